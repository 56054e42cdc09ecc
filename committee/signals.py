"""A new case: counted for the transparency page and announced to the committee the moment
it is stored (the mail itself leaves after commit)."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from cases.models import Case
from committee.models import Milestone
from committee.services import case_notify_committee


@receiver(post_save, sender=Case)
def _count_received(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        Milestone.objects.create(
            kind=Milestone.Kind.RECEIVED, year=timezone.localdate(instance.submitted_at).year
        )
        case_notify_committee(case=instance)
