from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from intake import admin_views
from intake.models import ConsentText


@hooks.register("register_admin_urls")
def register_account_urls():
    urls = [
        path("", admin_views.account_list, name="account_list"),
        path("<int:pk>/decide/", admin_views.account_decide, name="account_decide"),
    ]
    return [path("advisor-accounts/", include((urls, "intake_admin"), namespace="intake_admin"))]


class AccountMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.user_may_manage_accounts(request.user)


@hooks.register("register_admin_menu_item")
def register_account_menu_item():
    return AccountMenuItem(
        _("Advisor accounts"), reverse("intake_admin:account_list"), icon_name="user", order=900
    )


class ConsentTextViewSet(ModelViewSet):
    model = ConsentText
    icon = "doc-full"
    menu_label = _("Consent texts")
    add_to_admin_menu = True
    menu_order = 910
    form_fields = ["version", "language", "title", "body", "valid_from"]
    list_display = ["title", "version", "language", "valid_from"]


@hooks.register("register_admin_viewset")
def register_consent_text_viewset():
    return ConsentTextViewSet("consent_texts")


@hooks.register("register_permissions")
def register_intake_permissions():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="intake",
        codename__in=[
            "manage_advisor_accounts",
            "add_consenttext",
            "change_consenttext",
            "delete_consenttext",
        ],
    )
