import uuid

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from advice_centers.choices import WEEKDAYS


class PhoneBlock(blocks.StructBlock):
    label = blocks.CharBlock(required=False, label=_("Label"), help_text=_("e.g. Office"))
    number = blocks.CharBlock(label=_("Phone number"))


class ConsultationSlotBlock(blocks.StructBlock):
    weekday = blocks.ChoiceBlock(choices=WEEKDAYS, label=_("Weekday"))
    opens = blocks.TimeBlock(required=False, label=_("From"))
    closes = blocks.TimeBlock(required=False, label=_("To"))
    note = blocks.CharBlock(required=False, label=_("Note"), help_text=_("e.g. by appointment"))


class FinderShortFormBlock(blocks.StructBlock):
    """The finder's first question on any page: a language select that GETs the finder."""

    title = blocks.CharBlock(required=False, label=_("Title"))
    finder = blocks.PageChooserBlock(
        page_type="advice_centers.AdviceCenterIndexPage",
        required=False,
        label=_("Finder page"),
        help_text=_("Leave empty to use the site's finder."),
    )

    class Meta:
        template = "blocks/finder_short_form_block.html"
        icon = "search"
        label = _("Find advice (short form)")

    def get_context(self, value, parent_context=None):
        from wagtail.models import Locale

        from advice_centers.models import AdviceCenterIndexPage
        from advice_centers.views import language_options

        context = super().get_context(value, parent_context=parent_context)
        finder = value.get("finder")
        if finder is not None:
            finder = finder.specific.localized
        else:
            finder = (
                AdviceCenterIndexPage.objects.live().filter(locale=Locale.get_active()).first()
                or AdviceCenterIndexPage.objects.live().first()
            )
        request = (parent_context or {}).get("request")
        context["finder_url"] = finder.get_url(request) if finder and finder.live else ""
        context["language_options"] = language_options()
        # Unique per rendering: a page may hold the block more than once.
        context["form_id"] = uuid.uuid4().hex[:8]
        return context
