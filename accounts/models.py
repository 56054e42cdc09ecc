import time
from base64 import b32encode
from urllib.parse import quote, urlencode

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device, ThrottlingMixin, TimestampMixin
from django_otp.oath import TOTP

from accounts import second_factor


class AdvisorProfile(models.Model):
    """An advisor's account request and, once approved, the link to their advice centre.

    The centre is always the default-locale (German) centre; translations of a centre share
    its ``translation_key`` and count as the same centre.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        DEACTIVATED = "deactivated", _("Deactivated")

    class Role(models.TextChoices):
        CASE_MANAGER = "case_manager", _("Case manager (municipal integration management)")
        REFUGEE_ADVISOR = "refugee_advisor", _("Refugee advisor")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="advisor_profile"
    )
    advice_center = models.ForeignKey(
        "advice_centers.AdviceCenter",
        on_delete=models.PROTECT,
        related_name="advisors",
        verbose_name=_("Advice centre"),
    )
    role = models.CharField(max_length=32, choices=Role.choices, verbose_name=_("Role"))
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.PENDING, verbose_name=_("Status")
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("Advisor account")
        verbose_name_plural = _("Advisor accounts")
        ordering = ["-requested_at"]
        permissions = [("manage_advisor_accounts", "Can approve and deactivate advisor accounts")]

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    @property
    def is_approved(self):
        return self.status == self.Status.APPROVED


class TOTPDevice(TimestampMixin, ThrottlingMixin, Device):
    """An authenticator app, as django-otp's TOTP device but with the key encrypted at rest
    (``PORTAL_ENCRYPTION_KEYS``): django-otp keeps it in clear, so a copy of the database
    would have been a copy of every second factor."""

    # django-otp's own TOTP device (its table stays, empty) has taken ``totpdevice_set``.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="authenticator_devices"
    )
    key_encrypted = models.TextField(default=second_factor.totp_key_new_encrypted)
    step = models.PositiveSmallIntegerField(default=30)
    t0 = models.BigIntegerField(default=0)
    digits = models.PositiveSmallIntegerField(choices=[(6, 6), (8, 8)], default=6)
    tolerance = models.PositiveSmallIntegerField(default=1)
    drift = models.SmallIntegerField(default=0)
    # The time step of the last code accepted: a code counts once.
    last_t = models.BigIntegerField(default=-1)

    class Meta(Device.Meta):
        verbose_name = "authenticator app"

    @property
    def bin_key(self):
        return second_factor.totp_key_decrypt(self.key_encrypted)

    @bin_key.setter
    def bin_key(self, key):
        self.key_encrypted = second_factor.totp_key_encrypt(key)

    def get_throttle_factor(self):
        return getattr(settings, "OTP_TOTP_THROTTLE_FACTOR", 1)

    def verify_token(self, token):
        allowed, _details = self.verify_is_allowed()
        if not allowed:
            return False
        try:
            token = int(token)
        except (TypeError, ValueError):
            token = None
        totp = TOTP(self.bin_key, self.step, self.t0, self.digits, self.drift)
        totp.time = time.time()
        if token is None or not totp.verify(token, self.tolerance, self.last_t + 1):
            self.throttle_increment(commit=True)
            return False
        # Claimed in one statement: two requests bringing the same code at the same moment
        # cannot both pass.
        claimed = (
            type(self)
            .objects.filter(pk=self.pk, last_t__lt=totp.t())
            .update(
                last_t=totp.t(),
                drift=totp.drift,
                throttling_failure_count=0,
                throttling_failure_timestamp=None,
                last_used_at=timezone.now(),
            )
        )
        if not claimed:
            return False
        self.refresh_from_db()
        return True

    @property
    def config_url(self):
        """The ``otpauth://`` address an authenticator app reads from the QR code."""
        label = self.user.get_username()
        params = {
            "secret": b32encode(self.bin_key).decode("ascii"),
            "algorithm": "SHA1",
            "digits": self.digits,
            "period": self.step,
        }
        issuer = getattr(settings, "OTP_TOTP_ISSUER", None)
        if callable(issuer):
            issuer = issuer(self)
        if issuer:
            issuer = str(issuer).replace(":", "")
            label = f"{issuer}:{label}"
            params["issuer"] = issuer
        return f"otpauth://totp/{quote(label)}?{urlencode(params, quote_via=quote)}"


class BackupCodeDevice(TimestampMixin, ThrottlingMixin, Device):
    """A user's backup codes. Each is kept only as a salted hash keyed with ``SECRET_KEY``
    and deleted when used."""

    class Meta(Device.Meta):
        verbose_name = "backup codes"

    def get_throttle_factor(self):
        return getattr(settings, "OTP_STATIC_THROTTLE_FACTOR", 1)

    def verify_token(self, token):
        allowed, _details = self.verify_is_allowed()
        if not allowed:
            return False
        with transaction.atomic():
            match = next(
                (
                    code
                    for code in self.codes.select_for_update()
                    if second_factor.backup_code_matches(token, salt=code.salt, digest=code.digest)
                ),
                None,
            )
            # Deleted in the statement that decides: a code works once, even twice at once.
            used = match is not None and BackupCode.objects.filter(pk=match.pk).delete()[0] == 1
        if used:
            self.throttle_reset(commit=False)
            self.set_last_used_timestamp(commit=False)
            self.save()
        else:
            self.throttle_increment(commit=True)
        return used


class BackupCode(models.Model):
    device = models.ForeignKey(BackupCodeDevice, on_delete=models.CASCADE, related_name="codes")
    salt = models.CharField(max_length=32)
    digest = models.CharField(max_length=64)

    def __str__(self):
        return f"{self.device} #{self.pk}"
