"""Dortmund's "Bleiberechte fördern" (seeds 000 and 001): only professional advisors of an
advice centre bring a case; cases of another authority, with a pending court procedure or
asylum application are excluded; up to four regular sessions a year; four members and, because
of the special confidentiality, no deputies. The seed creates two demo seats, the second held by
the head of the foreigners' authority.

The pages and centres are ``demo.content``, translated from the PO files in ``demo/locale``.
"""

from demo import content, translations

NAME = "dortmund"

RULES = {
    "committee_name": "Bleiberechte fördern",
    # Seed 000: the city attaches the committee to this department's office. No address: the
    # seeds give none.
    "letterhead": (
        "Stadt Dortmund\n"
        "Dezernatsbüro des Dezernats für Recht, Ordnung, Bürgerdienste und Feuerwehr"
    ),
    "reference_prefix": "BF",
    "applicant_kinds": ["professional_advisor"],
    "exclude_other_authority": True,
    "exclude_court_procedure": True,
    "exclude_asylum_application": True,
    "exclude_petition_or_hardship_commission": False,
    "repeat_requires_changed_facts": False,
    "regular_sessions_per_year": 4,
    "retention_months": 6,
    "member_count": 4,
    "deputy_count": 0,
    "office_records_applications": False,
    "public_applications": False,
    "referrals": False,
}

# Members first, then deputies; ``deputy_for`` is the index of the member's seat.
SEATS = [
    {"kind": "member", "body": "", "heads_authority": False},
    {"kind": "member", "body": "", "heads_authority": True},
]

HOME = content.HOME
# Content pages in the main menu, in order; the slug in CONTACT_CARDS_ON also lists every
# seeded centre's contact card.
MENU_PAGES = [content.ABOUT, content.RULES, content.HOW_TO_GET_ADVICE]
CONTACT_CARDS_ON = content.HOW_TO_GET_ADVICE["slug"]
FINDER = content.FINDER
LEGAL_PAGES = content.LEGAL_PAGES
EASY_LANGUAGE = content.EASY_LANGUAGE
CONTACT = content.CONTACT
CENTERS = content.CENTERS
# The software's first consent declaration is Dortmund's (``cases.consent_default``, written by
# the migrations): the profile adds none.
CONSENT_TEXTS = []


def po_dir():
    # Looked up when the seed runs, so tests can point the seed at a copy of the files.
    return translations.PO_DIR
