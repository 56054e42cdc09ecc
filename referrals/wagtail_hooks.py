from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.rules import committee_rules
from referrals.selectors import user_may_refer


class ReferralsMenuItem(MenuItem):
    def is_shown(self, request):
        return committee_rules(request).referrals and user_may_refer(request.user)


@hooks.register("register_admin_menu_item")
def register_referrals_menu_item():
    # The office starts in the admin; where the rules open referrals it finds them from there.
    return ReferralsMenuItem(
        _("Referrals"), reverse("referrals:referral_list"), icon_name="group", order=906
    )
