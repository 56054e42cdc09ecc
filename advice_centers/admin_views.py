"""Editor views in the Wagtail admin: the CSV import and the report of centres to check."""

import datetime

from django.contrib.auth.mixins import PermissionRequiredMixin
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from advice_centers.forms import CenterImportForm
from advice_centers.selectors import stale_centers
from advice_centers.services import CSV_COLUMNS, center_import_csv

STALE_AFTER_DAYS = 365


class CenterImportView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    permission_required = ["advice_centers.add_advicecenter", "advice_centers.change_advicecenter"]
    raise_exception = True
    form_class = CenterImportForm
    template_name = "advice_centers/admin/import.html"
    page_title = _("Import advice centres")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailsnippets_advice_centers_advicecenter:list"),
                "label": _("Advice centres"),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = CSV_COLUMNS
        return context

    def form_valid(self, form):
        result = center_import_csv(
            data=form.cleaned_data["file"].read(), locale=Locale.get_default()
        )
        if not result.ok:
            return self.render_to_response(
                self.get_context_data(form=form, import_errors=result.errors)
            )
        messages.success(
            self.request,
            _("Import finished: %(created)s created, %(updated)s updated.")
            % {"created": result.created, "updated": result.updated},
        )
        return self.render_to_response(self.get_context_data(form=CenterImportForm()))


class StaleCentersReportView(ReportView):
    """Centres whose data nobody has confirmed for a year: phone numbers and hours change."""

    page_title = _("Advice centres to check")
    header_icon = "time"
    template_name = "wagtailadmin/reports/base_report.html"
    results_template_name = "advice_centers/admin/stale_report_results.html"
    index_url_name = "advice_centers_stale"
    index_results_url_name = "advice_centers_stale_results"
    permission_required = "change"
    list_export = ["name", "organisation", "district", "last_checked"]
    export_headings = {
        "name": _("Name"),
        "organisation": _("Organisation"),
        "district": _("District"),
        "last_checked": _("Last checked"),
    }

    def user_has_permission(self, permission):
        return self.request.user.has_perm("advice_centers.change_advicecenter")

    def get_filename(self):
        return f"advice-centres-to-check-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        checked_before = datetime.date.today() - datetime.timedelta(days=STALE_AFTER_DAYS)
        return stale_centers(checked_before=checked_before)
