from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from advice_centers.centers import AdviceCenter
from advice_centers.services import center_directory_changed


@receiver(post_save, sender=AdviceCenter, dispatch_uid="advice_center_saved")
@receiver(post_delete, sender=AdviceCenter, dispatch_uid="advice_center_deleted")
def invalidate_flyers(sender, **kwargs):
    center_directory_changed()
