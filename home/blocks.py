"""StreamField blocks shared by every content page.

Blocks that show the advice centre directory name its models by label only; what the finder
short form needs from the directory, its template gets from the directory's ``finder_tags``.
``advice_centers`` builds on ``home``, never the reverse.
"""

import uuid

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock

from home.rules_text import intake_statements
from portal.languages import SOURCE_LANGUAGE
from portal.rules import committee_rules

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        template = "blocks/heading_block.html"
        icon = "title"
        label = _("Heading")


class NoticeBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("warning", _("Warning"))],
        default="info",
        label=_("Kind"),
    )
    title = blocks.CharBlock(required=False, label=_("Title"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        template = "blocks/notice_block.html"
        icon = "warning"
        label = _("Notice")


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Answer"))


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    items = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    class Meta:
        template = "blocks/faq_block.html"
        icon = "help"
        label = _("Questions and answers")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, required=False, label=_("Text"))


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"))

    class Meta:
        template = "blocks/steps_block.html"
        icon = "list-ol"
        label = _("Numbered steps")


class ContactCardBlock(blocks.StructBlock):
    """Shows an advice centre's contact data; the data lives once, on the centre."""

    center = SnippetChooserBlock("advice_centers.AdviceCenter", label=_("Advice centre"))

    def bulk_to_python(self, values):
        # Every card of a page in the reader's language, and its German original, in one query.
        structs = super().bulk_to_python(values)
        centers = [struct["center"] for struct in structs if struct.get("center") is not None]
        if centers:
            language = Locale.get_active().language_code
            keys = {center.translation_key for center in centers}
            model = type(centers[0])
            found = {
                (center.translation_key, center.locale.language_code): center
                for center in model.objects.filter(
                    translation_key__in=keys,
                    locale__language_code__in={language, SOURCE_LANGUAGE},
                ).select_related("locale")
            }
            for struct in structs:
                center = struct.get("center")
                if center is None:
                    continue
                shown = found.get((center.translation_key, language), center)
                original = found.get((center.translation_key, SOURCE_LANGUAGE), center)
                # Names usually stay as the organisations write them: in the source language.
                shown.name_language = (
                    SOURCE_LANGUAGE if shown.name == original.name else shown.locale.language_code
                )
                struct["center"] = shown
        return structs

    class Meta:
        template = "blocks/contact_card_block.html"
        icon = "user"
        label = _("Contact card")


class LinkBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Link text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("External address"))

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter an address."))}
            )
        return value


class LinkListBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        template = "blocks/link_list_block.html"
        icon = "link"
        label = _("Link list")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        template = "blocks/image_block.html"
        icon = "image"
        label = _("Image")


class FinderShortFormBlock(blocks.StructBlock):
    """The finder's first question on any page: a language select that GETs the finder.

    The template finds the finder page and the language list through ``finder_tags``.
    """

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
        context = super().get_context(value, parent_context=parent_context)
        # Unique per rendering: a page may hold the block more than once.
        context["form_id"] = uuid.uuid4().hex[:8]
        return context


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Text"),
        template="blocks/paragraph_block.html",
    )
    notice = NoticeBlock()
    faq = FAQBlock()
    steps = StepsBlock()
    contact_card = ContactCardBlock()
    link_list = LinkListBlock()
    image = ImageBlock()
    finder_form = FinderShortFormBlock()


class CommitteeRulesBlock(blocks.StaticBlock):
    """The committee rules of the reader's site, stated from the setting the intake enforces,
    in the reader's language: who can bring a case, what is excluded, sessions, retention."""

    class Meta:
        template = "blocks/committee_rules_block.html"
        icon = "tasks"
        label = _("Committee rules")
        admin_text = _(
            "Shows the committee rules (Settings → Committee rules) in the reader's language: "
            "who can bring a case, which cases are excluded, when the committee meets and how "
            "long a case is kept. Change the rules there, not in the page."
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        rules = committee_rules((parent_context or {}).get("request"))
        context["rules"] = rules
        context["intake"] = intake_statements(rules)
        return context


class ContentBodyBlock(BodyBlock):
    """A content page's body: the shared blocks, and the committee rules for the page that
    states them."""

    committee_rules = CommitteeRulesBlock()
