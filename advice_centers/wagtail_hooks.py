import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from advice_centers.admin_views import CenterImportView, StaleCentersReportView
from advice_centers.centers import AdviceCenter
from advice_centers.choices import SPOKEN_LANGUAGES, TOPICS
from advice_centers.services import CSV_COLUMNS, center_export_row


def district_choices(request=None):
    districts = AdviceCenter.objects.exclude(district="").values_list("district", flat=True)
    return [(name, name) for name in sorted(set(districts))]


class AdviceCenterFilterSet(WagtailFilterSet):
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
        fields = ["district", "languages", "topics", "barrier_free", "last_checked"]

    def filter_code(self, queryset, name, value):
        # Codes are stored as a JSON list; the quoted code matches one whole list item.
        return queryset.filter(**{f"{name}__icontains": f'"{value}"'})


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
    list_display = ["name", "organisation", "district", "last_checked"]
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
