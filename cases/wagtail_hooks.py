from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from cases.models import ConsentText


class ConsentTextViewSet(ModelViewSet):
    model = ConsentText
    icon = "doc-full"
    menu_label = _("Consent texts")
    add_to_admin_menu = True
    menu_order = 910
    form_fields = ["purpose", "version", "language", "title", "body", "valid_from"]
    list_display = ["title", "purpose", "version", "language", "valid_from"]
    list_filter = ["purpose", "language"]


@hooks.register("register_admin_viewset")
def register_consent_text_viewset():
    return ConsentTextViewSet("consent_texts")


@hooks.register("register_permissions")
def register_consent_text_permissions():
    return Permission.objects.filter(
        content_type__app_label="cases",
        codename__in=["add_consenttext", "change_consenttext", "delete_consenttext"],
    )
