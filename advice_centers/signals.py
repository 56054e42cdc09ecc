from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from advice_centers.centers import AdviceCenter
from advice_centers.services import (
    SYNCING,
    center_directory_changed,
    center_structure_from_source,
    center_translations_sync,
)

TAKES_SOURCE = "_structured_data_from_source"


@receiver(pre_save, sender=AdviceCenter, dispatch_uid="advice_center_pre_save")
def take_data_from_source(sender, instance, raw=False, **kwargs):
    # A translation takes the data of its source; any other centre gives its data to the rest.
    if raw or getattr(instance, SYNCING, False):
        setattr(instance, TAKES_SOURCE, False)
        return
    setattr(instance, TAKES_SOURCE, center_structure_from_source(center=instance))


@receiver(post_save, sender=AdviceCenter, dispatch_uid="advice_center_saved")
def give_data_to_translations(sender, instance, raw=False, **kwargs):
    if getattr(instance, SYNCING, False):
        # The save that copies the data invalidates the flyers once for all copies.
        return
    center_directory_changed()
    if not raw and not getattr(instance, TAKES_SOURCE, False):
        center_translations_sync(center=instance)


@receiver(post_delete, sender=AdviceCenter, dispatch_uid="advice_center_deleted")
def invalidate_flyers(sender, **kwargs):
    center_directory_changed()
