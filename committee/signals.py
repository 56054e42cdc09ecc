"""Counts a new case for the transparency page the moment it is stored."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from cases.models import Case
from committee.models import Milestone


@receiver(post_save, sender=Case)
def _count_received(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        Milestone.objects.create(
            kind=Milestone.Kind.RECEIVED, year=timezone.localdate(instance.submitted_at).year
        )
