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

# Kinds of support offer. Kreis Unna's flyer lists full-time and volunteer offers alike
# (seed 004): professional advice centres of welfare organisations beside initiatives of
# volunteers, their cafés and language groups, and question hours.
OFFER_KINDS = [
    ("advice_centre", _("Professional advice centre")),
    ("initiative", _("Volunteer initiative")),
    ("cafe", _("Café or meeting place")),
    ("language_group", _("Language group")),
    ("question_hour", _("Question-and-answer hour")),
]
DEFAULT_OFFER_KIND = "advice_centre"

WEEKDAYS = [
    ("1", _("Monday")),
    ("2", _("Tuesday")),
    ("3", _("Wednesday")),
    ("4", _("Thursday")),
    ("5", _("Friday")),
    ("6", _("Saturday")),
    ("7", _("Sunday")),
]

# How speakers write their own language: readers who do not read the UI language still find
# theirs in the list. Not translated on purpose.
NATIVE_LANGUAGE_NAMES = {
    "de": "Deutsch",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "prs": "دری",
    "ps": "پښتو",
    "kmr": "Kurmancî",
    "ckb": "کوردی",
    "tr": "Türkçe",
    "ru": "Русский",
    "uk": "Українська",
    "fr": "Français",
    "ti": "ትግርኛ",
    "so": "Soomaali",
    "sq": "Shqip",
    "sr": "Српски",
    "ro": "Română",
    "ur": "اردو",
}

# schema.org and iCalendar day names, by the weekday codes above.
SCHEMA_DAYS = {
    "1": "Monday",
    "2": "Tuesday",
    "3": "Wednesday",
    "4": "Thursday",
    "5": "Friday",
    "6": "Saturday",
    "7": "Sunday",
}

# Weekday spellings accepted in CSV imports (English and German abbreviations or 1-7).
WEEKDAY_ALIASES = {
    **{code: code for code, _label in WEEKDAYS},
    "mo": "1",
    "tu": "2",
    "di": "2",
    "we": "3",
    "mi": "3",
    "th": "4",
    "do": "4",
    "fr": "5",
    "sa": "6",
    "su": "7",
    "so": "7",
}
WEEKDAY_EXPORT = {"1": "Mo", "2": "Tu", "3": "We", "4": "Th", "5": "Fr", "6": "Sa", "7": "Su"}


def label_for(choices, code):
    return dict(choices).get(code, code)
