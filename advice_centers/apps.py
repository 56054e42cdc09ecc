from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdviceCentersConfig(AppConfig):
    name = "advice_centers"
    verbose_name = _("Advice centres")

    def ready(self):
        from advice_centers import signals  # noqa: F401
