from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from committee.models import Membership
from committee.selectors import user_is_office


class MembershipViewSet(ModelViewSet):
    """Who holds the committee's seats. The model has no add/change permissions to grant, so
    only administrators manage it."""

    model = Membership
    icon = "group"
    menu_label = _("Committee seats")
    add_to_admin_menu = True
    menu_order = 920
    form_fields = ["user", "kind", "body", "deputy_for", "heads_authority"]
    list_display = ["__str__", "kind", "deputy_for", "heads_authority"]


@hooks.register("register_admin_viewset")
def register_membership_viewset():
    return MembershipViewSet("committee_seats")


class CommitteeAreaMenuItem(MenuItem):
    def is_shown(self, request):
        return user_is_office(request.user)


@hooks.register("register_admin_menu_item")
def register_committee_area_menu_item():
    # The office starts in the admin (advisor accounts) and plans sessions in its own area.
    return CommitteeAreaMenuItem(
        _("Committee office: sessions"),
        reverse("committee:session_list"),
        icon_name="date",
        order=905,
    )
