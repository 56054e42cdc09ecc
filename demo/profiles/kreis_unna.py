"""Kreis Unna (seed 004, the practice concept built on the consensus paper "Bleibeperspektive
und Abschiebepraxis von geflohenen Menschen im Kreis Unna").

The seed names the district's Ausländerrechtliche Beratungskommission (ABK) but describes no
procedure by which it takes up individual cases: who may apply, exclusions, members, sessions.
So the case intake stays closed — nobody is admitted as an applicant, no intake channel for
cases is open, no seats — until the administrator enters the commission's own rules. What the
seed does describe is open: the referral of people obliged to leave who sign the consent and
release from confidentiality, through the integration centre, to welfare organisations and
volunteers near them; and the directory of full-time and volunteer support offers by place of
residence. The seed names no offer, so the directory starts empty. ``retention_months`` keeps
the software's default until the administrator sets the district's own. There are no
translation files: other languages show the German pages.
"""

from demo import content
from demo.profiles import kreis_unna_consent

NAME = "kreis-unna"

RULES = {
    "committee_name": "Ausländerrechtliche Beratungskommission des Kreises Unna",
    # Seed 004: the commission is the district's; it names no office or address of it.
    "letterhead": "Kreis Unna",
    "reference_prefix": "ABK",
    "applicant_kinds": [],
    "exclude_other_authority": False,
    "exclude_court_procedure": False,
    "exclude_asylum_application": False,
    "exclude_petition_or_hardship_commission": False,
    "repeat_requires_changed_facts": False,
    "regular_sessions_per_year": 0,
    "retention_months": 6,
    "member_count": 0,
    "deputy_count": 0,
    "office_records_applications": False,
    "public_applications": False,
    "referrals": True,
}

SEATS = []

HOME = {
    "title": "Bleibeperspektiven im Kreis Unna",
    "slug": "startseite",
    "intro": (
        "Der Kreis Unna, Mitglieder der Ausländerrechtlichen Beratungskommission und des "
        "Flüchtlingsrats im Kreis Unna und weitere Ehrenamtliche haben gemeinsam festgehalten, "
        "wie Bleibeperspektiven gestärkt werden sollen. Hier finden Sie Beratungs- und "
        "Unterstützungsangebote an Ihrem Wohnort und lesen, wie die Ausländerbehörde Menschen "
        "an Unterstützende weitervermittelt."
    ),
    "body": [
        ("heading", {"text": "Was Sie hier finden", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul><li>haupt- und ehrenamtliche Unterstützungsangebote an Ihrem Wohnort,</li>"
                "<li>worüber die Ausländerbehörde informiert,</li>"
                "<li>wie eine Weitervermittlung an Unterstützende mit Ihrer Einwilligung "
                "abläuft.</li></ul>"
            ),
        ),
    ],
}

ABOUT = {
    "title": "Über das Konsenspapier",
    "slug": "ueber-das-konsenspapier",
    "intro": (
        "Am 2. März 2023 haben alle Beteiligten das Konsenspapier „Bleibeperspektive und "
        "Abschiebepraxis von geflohenen Menschen im Kreis Unna“ einvernehmlich beschlossen. Ein "
        "Praxiskonzept beschreibt, wie es im Alltag umgesetzt wird."
    ),
    "body": [
        ("heading", {"text": "Wer zusammenarbeitet", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Die Ausländerbehörde des Kreises, das Kommunale Integrationszentrum (KI) "
                "und das Kommunale Integrationsmanagement (KIM) arbeiten im Fachbereich 35 "
                "„Zuwanderung und Integration“ zusammen, auch räumlich. Das soll kurze Wege "
                "schaffen und den schnellen Kontakt zu einem großen Netz haupt- und "
                "ehrenamtlicher Stellen ermöglichen.</p>"
                "<p>Die Ausländerbehörde entscheidet über den Aufenthalt. Im Kommunalen "
                "Integrationsmanagement begleiten hauptamtliche Fallmanagerinnen und "
                "Fallmanager Zugewanderte. Das Kommunale Integrationszentrum stellt die "
                "Verbindung zu Wohlfahrtsverbänden und Ehrenamtlichen her.</p>"
            ),
        ),
        ("heading", {"text": "Worüber die Ausländerbehörde informiert", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Die Ausländerbehörde informiert alle neu zugewanderten Menschen über "
                "Angebote zur Integration und über Beratungsstellen, unabhängig von ihrem "
                "Aufenthaltsstatus. Ein digitaler Flyer nennt alle haupt- und ehrenamtlichen "
                "Unterstützungsangebote am Wohnort der Person. Er wird in alle wichtigen "
                "Sprachen übersetzt und laufend aktualisiert.</p>"
                "<p>Menschen, die ausreisepflichtig sind, erklärt die Ausländerbehörde, welche "
                "Wege es zu einem gesicherten, rechtmäßigen Aufenthalt gibt und welche "
                "Voraussetzungen dafür erfüllt sein müssen. Sie nennt freie und von "
                "Wohlfahrtsverbänden getragene Beratungs- und Unterstützungsangebote. Das "
                "Gespräch wird in der Ausländerakte festgehalten, und die Person bekommt eine "
                "Ausfertigung davon.</p>"
            ),
        ),
        (
            "notice",
            {
                "kind": "info",
                "title": "Wenn Sie Unterstützung haben",
                "text": (
                    "<p>Werden Sie von Unterstützenden begleitet, muss die Ausländerbehörde das "
                    "sofort erfahren, und eine bevollmächtigte Person muss benannt werden. Die "
                    "Ausländerbehörde kann nur berücksichtigen, was für Ihren Aufenthalt "
                    "wichtig ist, wenn sie davon weiß.</p>"
                ),
            },
        ),
    ],
}

REFERRAL = {
    "title": "Weitervermittlung an Unterstützende",
    "slug": "weitervermittlung",
    "intro": (
        "Menschen, die ausreisepflichtig sind und für die nach Prüfung keine Bleibeperspektive "
        "zu sehen ist, kann die Ausländerbehörde an Unterstützende vermitteln, zum Beispiel an "
        "Ehrenamtliche – wenn sie das möchten und eingewilligt haben."
    ),
    "body": [
        (
            "paragraph",
            (
                "<p>Die Weitervermittlung ist für Menschen gedacht, die Unterstützung bei der "
                "Organisation einer freiwilligen Ausreise möchten.</p>"
            ),
        ),
        (
            "steps",
            {
                "title": "So läuft die Weitervermittlung ab",
                "steps": [
                    {
                        "title": "Einwilligung unterschreiben",
                        "text": (
                            "<p>Die Person unterschreibt die datenschutzrechtliche "
                            "Einwilligungserklärung und Entbindung von der Schweigepflicht. "
                            "Ohne diese Unterschrift wird nichts weitergegeben.</p>"
                        ),
                    },
                    {
                        "title": "Weitergabe an das Kommunale Integrationszentrum",
                        "text": (
                            "<p>Die Ausländerbehörde gibt die persönlichen Daten, die "
                            "Kontaktdaten und den aufenthaltsrechtlichen Status an das "
                            "Kommunale Integrationszentrum weiter.</p>"
                        ),
                    },
                    {
                        "title": "Kontakt zu Unterstützenden am Wohnort",
                        "text": (
                            "<p>Das Kommunale Integrationszentrum wendet sich an "
                            "Wohlfahrtsverbände und Ehrenamtliche am Wohnort der Person, damit "
                            "ein Kontakt entsteht.</p>"
                        ),
                    },
                ],
            },
        ),
    ],
}

FINDER = {
    "title": "Unterstützungsangebote finden",
    "slug": "beratung",
    "intro": (
        "Hier stehen haupt- und ehrenamtliche Beratungs- und Unterstützungsangebote im Kreis "
        "Unna, sobald die Redaktion sie eingetragen hat."
    ),
}

MENU_PAGES = [ABOUT, REFERRAL]
CONTACT_CARDS_ON = None

# What every installation must complete; the texts name no place.
LEGAL_PAGES = content.LEGAL_PAGES

CONTACT = {
    "title": "Allgemeine Frage stellen",
    "slug": "kontakt",
    "intro": (
        "<p>Hier können Sie allgemeine Fragen stellen, zum Beispiel zu diesen Internetseiten."
        "</p><p>Bitte schicken Sie über dieses Formular keine Unterlagen und keine Einzelheiten "
        "zu Ihrem Aufenthalt.</p>"
    ),
}

# No easy-language page is seeded; editors add one.
EASY_LANGUAGE = None

CENTERS = []

# The consent and release from confidentiality a referral needs. No application channel is
# open, so there is no declaration for an application.
CONSENT_TEXTS = [kreis_unna_consent.REFERRAL]


def po_dir():
    return None
