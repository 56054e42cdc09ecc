from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from committee import figures
from home.models import PortalPage


class TransparencyPage(PortalPage):
    """Public yearly figures about the committee's work: counts only, small numbers hidden and
    no hidden number computable from the shown ones (see committee.figures)."""

    intro = models.TextField(blank=True, verbose_name=_("Introduction"))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Transparency page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        yearly = figures.transparency_figures()
        context["figures"] = yearly
        context["chart"] = figures.transparency_chart(figures=yearly)
        return context
