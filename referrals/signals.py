from django.dispatch import receiver

from cases.storage import private_files_referenced
from portal.crypto import keys_rotate
from referrals import services
from referrals.models import Referral


@receiver(private_files_referenced, dispatch_uid="referrals_files_referenced")
def consent_files_referenced(sender, **kwargs):
    return Referral.objects.values_list("consent_file_name", flat=True)


@receiver(keys_rotate, dispatch_uid="referrals_keys_rotate")
def referrals_rotate(sender, **kwargs):
    return "referrals", services.referral_keys_rotate()
