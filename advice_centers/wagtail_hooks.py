from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from advice_centers.models import AdviceCenter


class AdviceCenterViewSet(SnippetViewSet):
    model = AdviceCenter
    icon = "group"
    menu_label = _("Advice centres")
    add_to_admin_menu = True
    menu_order = 200
    list_display = ["name", "organisation", "district", "last_checked"]
    search_fields = ["name", "organisation", "district"]


register_snippet(AdviceCenterViewSet)
