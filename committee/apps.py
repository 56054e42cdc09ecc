from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommitteeConfig(AppConfig):
    name = "committee"
    verbose_name = _("Committee work")

    def ready(self):
        from committee import signals  # noqa: F401
        from committee.forms import CommitteeRulesForm
        from committee.models import CommitteeRules

        # Set here, not in the model: the form counts cases through the services, which
        # import the models.
        CommitteeRules.base_form_class = CommitteeRulesForm
