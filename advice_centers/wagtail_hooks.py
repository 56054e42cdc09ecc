import django_filters
from django.urls import path, reverse
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BaseColumn
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from advice_centers.admin_views import CenterImportView, StaleCentersReportView
from advice_centers.centers import AdviceCenter
from advice_centers.choices import OFFER_KINDS, SPOKEN_LANGUAGES, TOPICS
from advice_centers.selectors import (
    MISSING,
    ORIGINAL,
    TRANSLATED,
    WAITING,
    center_translation_states,
)
from advice_centers.services import CSV_COLUMNS, center_export_row


def district_choices(request=None):
    districts = AdviceCenter.objects.exclude(district="").values_list("district", flat=True)
    return [(name, name) for name in sorted(set(districts))]


class AdviceCenterFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind of offer"), choices=OFFER_KINDS, empty_label=_("All")
    )
    district = django_filters.ChoiceFilter(
        label=_("District"), choices=district_choices, empty_label=_("All")
    )
    languages = django_filters.ChoiceFilter(
        label=_("Language spoken"),
        choices=SPOKEN_LANGUAGES,
        method="filter_code",
        empty_label=_("All"),
    )
    topics = django_filters.ChoiceFilter(
        label=_("Topic"), choices=TOPICS, method="filter_code", empty_label=_("All")
    )
    last_checked = django_filters.DateFromToRangeFilter(
        label=_("Last checked"), widget=DateRangePickerWidget
    )
    never_checked = django_filters.BooleanFilter(
        label=_("Never checked"), field_name="last_checked", lookup_expr="isnull"
    )

    class Meta:
        model = AdviceCenter
        fields = ["kind", "district", "languages", "topics", "barrier_free", "last_checked"]

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        # A centre exists once per language, with the same data in each: the list shows it once,
        # in the default language, with its translations in a column of their own. Another
        # language can still be chosen in the filter.
        locale_filter = self.filters.get("locale")
        if locale_filter is not None:
            default = Locale.get_default().language_code
            locale_filter.extra["initial"] = default
            if self.is_bound and not self.data.get("locale"):
                self.data = self.data.copy()
                self.data["locale"] = default

    def filter_code(self, queryset, name, value):
        # Codes are stored as a JSON list; the quoted code matches one whole list item.
        return queryset.filter(**{f"{name}__icontains": f'"{value}"'})


STATE_LABELS = {
    ORIGINAL: _("original"),
    TRANSLATED: _("translated"),
    WAITING: _("waiting for translation"),
    MISSING: _("not translated yet"),
}
STATE_SIGNS = {ORIGINAL: "●", TRANSLATED: "✓", WAITING: "…", MISSING: "–"}


class TranslationStateColumn(BaseColumn):
    """The centre in every language: original, translated, waiting for a translation of
    changed text, or not there yet; each copy links to its editor."""

    cell_template_name = "advice_centers/admin/translation_state_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        table = parent_context["table"]
        # All rows of the page at once, on the first cell: a handful of queries in all.
        states = getattr(table, "_center_translation_states", None)
        if states is None:
            states = table._center_translation_states = center_translation_states(list(table.data))
        context["states"] = [
            {
                **state,
                "language": get_language_info(state["language_code"])["name_translated"],
                "label": STATE_LABELS[state["state"]],
                "sign": STATE_SIGNS[state["state"]],
                "url": reverse(
                    "wagtailsnippets_advice_centers_advicecenter:edit", args=[state["pk"]]
                )
                if state["pk"]
                else "",
            }
            for state in states.get(instance.translation_key, [])
        ]
        return context


class AdviceCenterIndexView(IndexView):
    def to_row_dict(self, item):
        return center_export_row(item)

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("Import CSV"),
                url=reverse("advice_centers_import"),
                icon_name="upload",
                priority=50,
            )
        )
        return buttons


class AdviceCenterViewSet(SnippetViewSet):
    model = AdviceCenter
    icon = "group"
    menu_label = _("Advice centres")
    add_to_admin_menu = True
    menu_order = 200
    index_view_class = AdviceCenterIndexView
    list_display = [
        "name",
        "organisation",
        "district",
        "last_checked",
        TranslationStateColumn("translations", label=_("Translations")),
    ]
    search_fields = ["name", "organisation", "district"]
    filterset_class = AdviceCenterFilterSet
    # The export has the import's columns, so editors can edit it and import it again.
    list_export = CSV_COLUMNS
    export_headings = {column: column for column in CSV_COLUMNS}
    export_filename = "advice-centres"


register_snippet(AdviceCenterViewSet)


@hooks.register("register_admin_urls")
def register_center_admin_urls():
    return [
        path(
            "advice-centres/import/",
            CenterImportView.as_view(),
            name="advice_centers_import",
        ),
        path(
            "reports/stale-advice-centres/",
            StaleCentersReportView.as_view(),
            name="advice_centers_stale",
        ),
        path(
            "reports/stale-advice-centres/results/",
            StaleCentersReportView.as_view(results_only=True),
            name="advice_centers_stale_results",
        ),
    ]


class StaleReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("advice_centers.change_advicecenter")


@hooks.register("register_reports_menu_item")
def register_stale_centers_report():
    return StaleReportMenuItem(
        _("Advice centres to check"),
        reverse("advice_centers_stale"),
        name="stale-advice-centres",
        icon_name="time",
        order=900,
    )
