"""Codes stored on advice centres. Only the codes are stored; labels are translated UI text."""

from django.utils.translation import gettext_lazy as _

# ISO 639 codes of languages a centre's staff may speak: the portal's reader languages plus
# further languages that people with a Duldung in NRW often speak.
SPOKEN_LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("fa", _("Persian (Farsi)")),
    ("prs", _("Dari")),
    ("ps", _("Pashto")),
    ("kmr", _("Kurmanji (Kurdish)")),
    ("ckb", _("Sorani (Kurdish)")),
    ("tr", _("Turkish")),
    ("ru", _("Russian")),
    ("uk", _("Ukrainian")),
    ("fr", _("French")),
    ("ti", _("Tigrinya")),
    ("so", _("Somali")),
    ("sq", _("Albanian")),
    ("sr", _("Serbian")),
    ("ro", _("Romanian")),
    ("ur", _("Urdu")),
]

TOPICS = [
    ("residence_law", _("Counselling on residence-law procedures")),
    ("hardship_cases", _("Hardship cases and the committee")),
    ("unaccompanied_minors", _("Counselling for unaccompanied minors")),
    ("opportunity_residence", _("Chancen-Aufenthaltsrecht (opportunity residence right)")),
    ("housing", _("Housing")),
    ("work", _("Work and training")),
]

WEEKDAYS = [
    ("1", _("Monday")),
    ("2", _("Tuesday")),
    ("3", _("Wednesday")),
    ("4", _("Thursday")),
    ("5", _("Friday")),
    ("6", _("Saturday")),
    ("7", _("Sunday")),
]
