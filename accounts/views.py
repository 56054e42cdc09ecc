"""Login with password and second factor, password reset, account requests. Thin views:
forms validate, services write."""

import time

import django_otp
import segno
from django.contrib import messages
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from accounts import selectors, services
from accounts.decorators import no_store
from accounts.forms import EnrolmentForm, LoginForm, RegistrationForm, SecondFactorForm
from accounts.middleware import LAST_SEEN, LOGIN_AT
from home.forms import NEW_CAPTCHA
from portal import ratelimit
from portal.ratelimit import LOGIN_TEMPLATE, post_limit

PREAUTH = "_intake_preauth"
PREAUTH_SECONDS = 5 * 60
SECOND_FACTOR_ATTEMPTS = 5
SECOND_FACTOR_ACCOUNT = "second-factor-account"


def _safe_next(request, fallback):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


# Login -------------------------------------------------------------------------------------


def _preauth_user(request):
    data = request.session.get(PREAUTH)
    if not data or time.time() - data["at"] > PREAUTH_SECONDS:
        request.session.pop(PREAUTH, None)
        return None
    user = get_user_model().objects.filter(pk=data["user_id"]).first()
    if not services.user_may_log_in(user):
        return None
    user.backend = data["backend"]
    return user


def _complete_login(request, user, device):
    next_url = request.session.get(PREAUTH, {}).get("next") or ""
    auth_login(request, user, backend=user.backend)
    request.session.pop(PREAUTH, None)
    django_otp.login(request, device)
    now = int(time.time())
    request.session[LOGIN_AT] = now
    request.session[LAST_SEEN] = now
    return next_url


@sensitive_post_parameters("password")
@no_store
@post_limit("login", template=LOGIN_TEMPLATE)
def login(request):
    if request.user.is_authenticated and request.user.is_verified():
        return redirect(_safe_next(request, selectors.user_home_url(request.user)))
    form = LoginForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(
            request,
            username=form.cleaned_data["username"],
            password=form.cleaned_data["password"],
        )
        if user is not None and services.user_may_log_in(user):
            # A fresh session id before anything is stored for this user.
            request.session.cycle_key()
            request.session[PREAUTH] = {
                "user_id": user.pk,
                "backend": user.backend,
                "at": time.time(),
                "attempts": 0,
                "next": _safe_next(request, ""),
            }
            if selectors.user_has_second_factor(user):
                return redirect("accounts:login_verify")
            return redirect("accounts:enrol")
        form.add_error(None, _("The username or password is wrong, or the account is not active."))
    return render(
        request, "registration/login.html", {"form": form, "next": _safe_next(request, "")}
    )


def _second_factor_locked(request, user):
    """Too many wrong codes for this account, from whichever sessions and addresses: even
    the right code is refused until the period is over, and the half login ends."""
    if not ratelimit.limit_reached(scope=SECOND_FACTOR_ACCOUNT, identity=user.pk):
        return None
    request.session.pop(PREAUTH, None)
    return ratelimit.too_many_requests(
        request, scope=SECOND_FACTOR_ACCOUNT, template=LOGIN_TEMPLATE
    )


def _second_factor_failed(request, user):
    ratelimit.attempt_record(scope=SECOND_FACTOR_ACCOUNT, identity=user.pk)
    data = request.session.get(PREAUTH, {})
    data["attempts"] = data.get("attempts", 0) + 1
    if data["attempts"] >= SECOND_FACTOR_ATTEMPTS:
        request.session.pop(PREAUTH, None)
        messages.error(request, _("Too many wrong codes. Please log in again."))
        return True
    request.session[PREAUTH] = data
    return False


@sensitive_post_parameters("otp_token")
@no_store
@post_limit("second-factor", template=LOGIN_TEMPLATE)
def login_verify(request):
    user = _preauth_user(request)
    if user is None:
        return redirect("accounts:login")
    if not selectors.user_has_second_factor(user):
        return redirect("accounts:enrol")
    if request.method == "POST" and (locked := _second_factor_locked(request, user)):
        return locked
    form = SecondFactorForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        device = services.second_factor_verify(user=user, token=form.cleaned_data["otp_token"])
        if device is not None:
            next_url = _complete_login(request, user, device)
            return redirect(_safe_next_value(request, next_url, user))
        if _second_factor_failed(request, user):
            return redirect("accounts:login")
        form.add_error("otp_token", _("This code is not valid. Please try the current code."))
    return render(request, "registration/login_verify.html", {"form": form})


def _safe_next_value(request, target, user):
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return selectors.user_home_url(user)


def _qr_svg(url):
    """The key as an inline SVG QR code: no script, no style, no data: URI for the CSP."""
    svg = segno.make(url, error="m").svg_inline(scale=4, svgclass="qr", omitsize=False)
    label = escape(_("QR code with the key for your authenticator app"))
    return mark_safe(  # noqa: S308 - generated by segno from our own URL; label escaped
        svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)
    )


@sensitive_post_parameters("otp_token")
@no_store
@post_limit("second-factor", template=LOGIN_TEMPLATE)
def enrol(request):
    user = _preauth_user(request)
    if user is None:
        return redirect("accounts:login")
    if selectors.user_has_second_factor(user):
        return redirect("accounts:login_verify")
    if request.method == "POST" and (locked := _second_factor_locked(request, user)):
        return locked
    device = services.totp_device_for_enrolment(user=user)
    form = EnrolmentForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["otp_token"].strip()):
            codes = services.totp_enrolment_confirm(device=device)
            next_url = _complete_login(request, user, device)
            return render(
                request,
                "registration/backup_codes.html",
                {"codes": codes, "next_url": _safe_next_value(request, next_url, user)},
            )
        if _second_factor_failed(request, user):
            return redirect("accounts:login")
        form.add_error("otp_token", _("This code is not valid. Please try the current code."))
    secret = selectors.totp_secret_base32(device)
    return render(
        request,
        "registration/enrol.html",
        {
            "form": form,
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "qr_svg": _qr_svg(device.config_url),
        },
    )


@require_POST
@no_store
def logout(request):
    auth_logout(request)
    messages.info(request, _("You are logged out."))
    return redirect("accounts:login")


# Password reset: Django's views; the reset ends in the login page, never in a session. --------


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "registration/password_reset_form.html"
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        # Not Django's form.save(), which writes the mail during the request and only for a
        # known address: the time of the answer would tell.
        services.password_reset_request(
            email=form.cleaned_data["email"],
            subject_template=self.subject_template_name,
            body_template=self.email_template_name,
        )
        return redirect(self.success_url)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")
    post_reset_login = False


password_reset = no_store(post_limit("password-reset")(PasswordResetView.as_view()))
password_reset_done = no_store(
    auth_views.PasswordResetDoneView.as_view(template_name="registration/password_reset_done.html")
)
password_reset_confirm = no_store(
    post_limit("password-reset-confirm")(PasswordResetConfirmView.as_view())
)
password_reset_complete = no_store(
    auth_views.PasswordResetCompleteView.as_view(
        template_name="registration/password_reset_complete.html"
    )
)


# Registration ------------------------------------------------------------------------------


@no_store
@post_limit("register")
def register(request):
    form = RegistrationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if NEW_CAPTCHA in request.POST:
            # A fresh picture without error messages; what the person typed stays.
            form = RegistrationForm(initial=request.POST.dict())
        elif form.is_valid():
            services.advisor_register(
                full_name=form.cleaned_data["full_name"],
                email=form.cleaned_data["email"],
                advice_center=form.cleaned_data["advice_center"],
                role=form.cleaned_data["role"],
            )
            return redirect("accounts:register_done")
    return render(request, "registration/register.html", {"form": form})


@no_store
def register_done(request):
    return render(request, "registration/register_done.html")
