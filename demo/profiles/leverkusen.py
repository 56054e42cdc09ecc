"""Leverkusen's advisory committee on residence law (seed 003, the Integrationsrat's motion).

What the seed gives: people living in Leverkusen who face expulsion or deportation may turn to
the committee; the affected persons, their representatives and initiative groups may apply
(professional advisors are not named: an advisor brings a case as the person's representative),
in writing or by having it recorded (*zur Niederschrift*), naming every aspect of hardship; a
case comes once unless the facts changed decisively; cases that were before the Landtag's
petition procedure or the state hardship commission are excluded; five members and five
deputies, one member each from five named bodies; the result is a recommendation only.

What it leaves open stays open: no advice centres, no number of sessions (0: sessions on
occasion only), and no retention period — ``retention_months`` keeps the software's default
until the administrator sets the committee's own. The court-procedure and asylum exclusions
are off because the seed names neither; "another authority" is excluded because only people
living in Leverkusen may apply. The public form is open for the demo of that channel. The seed
does not say which bodies send the deputies; each demo deputy stands in for the member of the
same body. There are no translation files: other languages show the German pages.
"""

from demo import content
from demo.profiles import leverkusen_consent

NAME = "leverkusen"

RULES = {
    "committee_name": "Beratungsgremium zum Aufenthaltsrecht",
    # Seed 003: the council sets the committee up for the city; it names no office or address.
    "letterhead": "Stadt Leverkusen",
    "reference_prefix": "AR",
    "applicant_kinds": ["affected_person", "representative", "initiative_group"],
    "exclude_other_authority": True,
    "exclude_court_procedure": False,
    "exclude_asylum_application": False,
    "exclude_petition_or_hardship_commission": True,
    "repeat_requires_changed_facts": True,
    "regular_sessions_per_year": 0,
    "retention_months": 6,
    "member_count": 5,
    "deputy_count": 5,
    "office_records_applications": True,
    "public_applications": True,
    "referrals": False,
}

BODIES = [
    "Integrationsrat der Stadt Leverkusen",
    "Fachbereich Bürger und Integration der Verwaltung",
    "Gleichstellungsbüro der Stadt Leverkusen",
    "Wohlfahrtsverband",
    "Beratungsorganisation in der Integrationsarbeit",
]

# Members first, then deputies; ``deputy_for`` is the index of the member's seat.
SEATS = [{"kind": "member", "body": body, "heads_authority": False} for body in BODIES] + [
    {"kind": "deputy", "body": body, "heads_authority": False, "deputy_for": index}
    for index, body in enumerate(BODIES)
]

HOME = {
    "title": "Beratungsgremium zum Aufenthaltsrecht",
    "slug": "startseite",
    "intro": (
        "Das Beratungsgremium zum Aufenthaltsrecht berät die Ausländerbehörde der Stadt "
        "Leverkusen, wenn Menschen mit internationaler Familiengeschichte die Ausweisung oder "
        "Abschiebung droht, und sucht gemeinsam mit ihr nach humanitären Lösungen. Hier lesen "
        "Sie, wer einen Antrag stellen kann, was darin stehen muss und was das Gremium nicht "
        "kann."
    ),
    "body": [
        (
            "notice",
            {
                "kind": "info",
                "title": "Den Antrag können Sie selbst stellen",
                "text": (
                    "<p>Betroffene, ihre Vertreterinnen und Vertreter und Initiativgruppen "
                    "können sich selbst an das Gremium wenden: schriftlich oder zur "
                    "Niederschrift. Zur Niederschrift heißt: Sie tragen Ihr Anliegen vor, und "
                    "es wird für Sie aufgeschrieben.</p>"
                ),
            },
        ),
        ("heading", {"text": "Was Sie hier finden", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul><li>was das Gremium ist und wer darin sitzt,</li>"
                "<li>wer einen Antrag stellen kann und welche Fälle ausgeschlossen sind,</li>"
                "<li>was in einem Antrag stehen muss.</li></ul>"
            ),
        ),
    ],
}

ADVICE_ONLY_NOTICE = (
    "notice",
    {
        "kind": "warning",
        "title": "Das Gremium empfiehlt. Die Verwaltung entscheidet.",
        "text": (
            "<p>Das Gremium kann der Verwaltung nichts vorschreiben und nichts entscheiden. Sein "
            "Ergebnis ist eine Empfehlung: Die Verwaltung nutzt es als Hilfe, wenn sie nach "
            "Ermessen entscheidet. „Nach Ermessen“ heißt: Die Behörde hat einen "
            "Spielraum, wie sie entscheidet.</p>"
        ),
    },
)

ABOUT = {
    "title": "Über das Gremium",
    "slug": "ueber-das-gremium",
    "intro": (
        "Das Gremium berät die Ausländerbehörde bei ihren Entscheidungen und sucht mit ihr "
        "nach humanitären Lösungen für Menschen, denen die Ausweisung oder Abschiebung droht."
    ),
    "body": [
        ("heading", {"text": "Warum es das Gremium gibt", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Eine Ausweisung oder Abschiebung kann für die betroffenen Menschen eine "
                "große menschliche Härte sein, auch wenn sie dem geltenden Recht entspricht. "
                "Deshalb hat der Integrationsrat der Stadt Leverkusen beim Rat der Stadt "
                "beantragt, dieses Gremium einzurichten (Beschluss seines Arbeitskreises "
                "Migration und Flüchtlinge vom 8. März 2023).</p>"
                "<p>Die Ausländerbehörde ist die Behörde der Stadt, die über den Aufenthalt "
                "entscheidet. Das Gremium berät sie, wie sie helfen kann: damit eine positive "
                "Entscheidung möglich wird, oder damit ein Antrag bei der Härtefallkommission "
                "des Landes Nordrhein-Westfalen unterstützt wird. Die Härtefallkommission kann "
                "darum bitten, dass ein ausreisepflichtiger Mensch aus dringenden humanitären "
                "oder persönlichen Gründen eine Aufenthaltserlaubnis bekommt.</p>"
            ),
        ),
        ("heading", {"text": "Wer im Gremium sitzt", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Das Gremium hat fünf ordentliche und fünf stellvertretende Mitglieder. "
                "Je ein ordentliches Mitglied kommt aus:</p>"
                "<ul><li>dem Integrationsrat der Stadt Leverkusen,</li>"
                "<li>dem Fachbereich Bürger und Integration der Verwaltung,</li>"
                "<li>dem Gleichstellungsbüro der Stadt Leverkusen,</li>"
                "<li>einem Wohlfahrtsverband,</li>"
                "<li>einer Beratungsorganisation in der Integrationsarbeit.</li></ul>"
                "<p>Das Nähere regelt eine Geschäftsordnung.</p>"
            ),
        ),
        ("heading", {"text": "Was das Gremium kann – und was nicht", "level": "h2"}),
        ADVICE_ONLY_NOTICE,
    ],
}

RULES_PAGE = {
    "title": "Anträge und Regeln",
    "slug": "antraege-und-regeln",
    "intro": (
        "Wer einen Antrag stellen kann, welche Fälle das Gremium nicht beraten kann und was in "
        "einem Antrag stehen muss."
    ),
    "body": [
        ("heading", {"text": "Welche Fälle das Gremium berät", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Fälle von Menschen, die in Leverkusen leben und denen die Ausweisung oder "
                "Abschiebung droht, wenn sie auf eine besondere Härte hinweisen möchten. Jeder "
                "Fall kommt nur einmal zum Gremium, es sei denn, der Sachverhalt hat sich "
                "entscheidend geändert.</p>"
            ),
        ),
        # Who can apply and the exclusions: from the committee rules, so the page says what
        # the intake enforces.
        ("committee_rules", None),
        ADVICE_ONLY_NOTICE,
        (
            "steps",
            {
                "title": "So kommt ein Fall zum Gremium",
                "steps": [
                    {
                        "title": "Antrag stellen",
                        "text": (
                            "<p>Die betroffene Person, ihre Vertreterin oder ihr Vertreter oder "
                            "eine Initiativgruppe richtet den Antrag an das Gremium: "
                            "schriftlich oder zur Niederschrift.</p>"
                        ),
                    },
                    {
                        "title": "Alle Gründe für eine besondere Härte nennen",
                        "text": (
                            "<p>Der Antrag nennt alles, was für eine besondere Härte spricht, "
                            "unter anderem:</p>"
                            "<ul><li>wie lange die Person schon hier lebt,</li>"
                            "<li>gesundheitliche Beeinträchtigungen,</li>"
                            "<li>wie sie sozial und wirtschaftlich hier eingebunden ist,</li>"
                            "<li>ob sie nachweisen kann, dass sie selbst für ihren "
                            "Lebensunterhalt sorgen kann.</li></ul>"
                        ),
                    },
                    {
                        "title": "Beratung im Gremium",
                        "text": (
                            "<p>Das Gremium berät den Fall und gibt der Verwaltung eine "
                            "Empfehlung.</p>"
                        ),
                    },
                ],
            },
        ),
    ],
}

FINDER = {
    "title": "Beratung und Unterstützung finden",
    "slug": "beratung",
    "intro": (
        "Hier stehen Beratungsstellen und Unterstützungsangebote in Leverkusen, sobald die "
        "Redaktion sie eingetragen hat."
    ),
}

MENU_PAGES = [ABOUT, RULES_PAGE]
CONTACT_CARDS_ON = None

# What every installation must complete; the texts name no place.
LEGAL_PAGES = content.LEGAL_PAGES

CONTACT = {
    "title": "Frage an die Geschäftsstelle",
    "slug": "kontakt",
    "intro": (
        "<p>Hier können Sie allgemeine Fragen stellen, zum Beispiel zur Arbeitsweise des "
        "Gremiums oder zu diesen Internetseiten.</p>"
        "<p>Bitte schicken Sie über dieses Formular keine Unterlagen und keine Einzelheiten zu "
        "Ihrem Aufenthalt. Ihren Fall bringen Sie mit einem Antrag zum Gremium.</p>"
    ),
}

EASY_LANGUAGE = {
    "title": "Leichte Sprache",
    "slug": "leichte-sprache",
    "intro": "Hier erklären wir diese Internet-Seite in Leichter Sprache.",
    "body": [
        ("heading", {"text": "Was ist das Gremium?", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Ein Gremium ist eine Gruppe von Menschen.</p>"
                "<p>Dieses Gremium gibt es in der Stadt Leverkusen.</p>"
                "<p>Es spricht über Menschen, die Deutschland verlassen sollen.</p>"
                "<p>Das Gremium fragt: Ist das für den Menschen besonders hart?</p>"
                "<p>Dann sagt das Gremium der Ausländer-Behörde seine Meinung.</p>"
            ),
        ),
        (
            "notice",
            {
                "kind": "warning",
                "title": "Wichtig",
                "text": (
                    "<p>Das Gremium entscheidet nicht.</p><p>Die Verwaltung entscheidet.</p>"
                ),
            },
        ),
        ("heading", {"text": "Wie kommt Ihr Fall zum Gremium?", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Sie können selbst einen Antrag stellen.</p>"
                "<p>Auch Ihre Vertreterin, Ihr Vertreter oder eine Initiativ-Gruppe kann den "
                "Antrag für Sie stellen.</p>"
                "<p>Sie können den Antrag schreiben.</p>"
                "<p>Oder Sie sagen, was im Antrag stehen soll. Dann wird es für Sie "
                "aufgeschrieben.</p>"
                "<p>Schreiben Sie alles in den Antrag, was für Sie besonders hart ist.</p>"
            ),
        ),
    ],
}

CENTERS = []

# The declaration an application needs (the person's consent to their data going to the
# committee, and the release from confidentiality), naming this committee and its members.
CONSENT_TEXTS = [leverkusen_consent.APPLICATION]


def po_dir():
    return None
