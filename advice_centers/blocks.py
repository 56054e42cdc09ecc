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
