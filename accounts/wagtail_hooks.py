from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts import admin_views


@hooks.register("register_admin_urls")
def register_account_urls():
    urls = [
        path("", admin_views.account_list, name="account_list"),
        path("<int:pk>/decide/", admin_views.account_decide, name="account_decide"),
    ]
    return [
        path("advisor-accounts/", include((urls, "accounts_admin"), namespace="accounts_admin"))
    ]


class AccountMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.user_may_manage_accounts(request.user)


@hooks.register("register_admin_menu_item")
def register_account_menu_item():
    return AccountMenuItem(
        _("Advisor accounts"), reverse("accounts_admin:account_list"), icon_name="user", order=900
    )


@hooks.register("register_permissions")
def register_account_permissions():
    return Permission.objects.filter(
        content_type__app_label="accounts", codename="manage_advisor_accounts"
    )
