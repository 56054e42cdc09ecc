from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail_localize.segments import StringSegmentValue

from advice_centers.choices import WEEKDAYS


class TextPartsMixin:
    """Only the block's ``text_parts`` go to translators; everything else in it is data that
    is the same in every language (``advice_centers.services.center_translations_sync``)."""

    text_parts = ()

    def get_translatable_segments(self, value):
        return [
            StringSegmentValue("", value[name]).wrap(name)
            for name in self.text_parts
            if value.get(name)
        ]

    def restore_translated_segments(self, value, segments):
        for segment in segments:
            name, segment = segment.unwrap()
            if name in self.text_parts:
                value[name] = segment.render_text()
        return value


class PhoneBlock(TextPartsMixin, blocks.StructBlock):
    label = blocks.CharBlock(required=False, label=_("Label"), help_text=_("e.g. Office"))
    number = blocks.CharBlock(label=_("Phone number"))

    text_parts = ("label",)


class ConsultationSlotBlock(TextPartsMixin, blocks.StructBlock):
    weekday = blocks.ChoiceBlock(choices=WEEKDAYS, label=_("Weekday"))
    opens = blocks.TimeBlock(required=False, label=_("From"))
    closes = blocks.TimeBlock(required=False, label=_("To"))
    note = blocks.CharBlock(required=False, label=_("Note"), help_text=_("e.g. by appointment"))

    text_parts = ("note",)
