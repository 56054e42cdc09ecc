"""A user deactivated anywhere (Wagtail's user editor included) loses every session at once."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from accounts.services import user_sessions_end


@receiver(pre_save, sender=get_user_model())
def _remember_activity(sender, instance, **kwargs):
    if instance.pk is None:
        instance._was_active = False
        return
    instance._was_active = (
        sender.objects.filter(pk=instance.pk).values_list("is_active", flat=True).first()
    )


@receiver(post_save, sender=get_user_model())
def _end_sessions_on_deactivation(sender, instance, created, **kwargs):
    if not created and getattr(instance, "_was_active", False) and not instance.is_active:
        user_sessions_end(user=instance)
