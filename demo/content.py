"""Demo content for the Dortmund committee, written from the source documents.

Only facts the sources give: no addresses, phone numbers or names of people. Fields the
sources leave open stay empty for editors to complete.
"""

HOME = {
    "title": "Bleiberechte fördern",
    "slug": "startseite",
    "intro": (
        "Das Gremium „Bleiberechte fördern“ der Stadt Dortmund bespricht Fragen zum "
        "Aufenthalts- und Bleiberecht von Menschen, die mit einer Duldung in Dortmund leben. "
        "Auf Vorschlag und mit Zustimmung der Betroffenen berät es auch einzelne Fälle. Hier "
        "lesen Sie, was das Gremium tut, was es nicht tun kann und wie Sie eine Beratungsstelle "
        "finden."
    ),
    "body": [
        (
            "paragraph",
            (
                "<p>Eine Duldung ist keine Aufenthaltserlaubnis. Sie bescheinigt, dass die "
                "Abschiebung für eine Zeit ausgesetzt ist.</p>"
            ),
        ),
        (
            "notice",
            {
                "kind": "info",
                "title": "Wichtig: Anträge nur über eine Beratungsstelle",
                "text": (
                    "<p>Sie können Ihren Fall nicht selbst beim Gremium einreichen. Das geht nur "
                    "nach einer Beratung und mit Unterstützung einer hauptamtlichen Beraterin "
                    "oder eines hauptamtlichen Beraters einer Beratungsstelle.</p>"
                ),
            },
        ),
        ("heading", {"text": "Was Sie hier finden", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul><li>was das Gremium ist und wer darin sitzt,</li>"
                "<li>welche Fälle es berät und welche nicht,</li>"
                "<li>wie ein Fall zum Gremium kommt,</li>"
                "<li>welche Beratungsstellen in Dortmund helfen.</li></ul>"
            ),
        ),
    ],
}

# No right to have a case discussed, and the authority decides freely: on the about page and
# again on the rules page, where readers decide whether to seek advice.
ADVICE_ONLY_NOTICE = (
    "notice",
    {
        "kind": "warning",
        "title": "Das Gremium berät. Die Ausländerbehörde entscheidet.",
        "text": (
            "<p>Die Mitglieder geben eine gemeinsame Einschätzung ab. Sie kann Ihnen und der "
            "Ausländerbehörde bei der Entscheidung helfen. Die Ausländerbehörde bleibt in ihrer "
            "Entscheidung aber frei. Niemand hat einen Anspruch darauf, dass das Gremium seinen "
            "Fall berät.</p>"
        ),
    },
)

ABOUT = {
    "title": "Über das Gremium",
    "slug": "ueber-das-gremium",
    "intro": (
        "Das Gremium bringt die Ausländerbehörde und die haupt- und ehrenamtliche "
        "Flüchtlingshilfe an einen Tisch. Es soll Entscheidungen nachvollziehbar machen und, wo "
        "das Recht es zulässt, Lösungen für geduldete Menschen finden."
    ),
    "body": [
        ("heading", {"text": "Warum es das Gremium gibt", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Entscheidungen nach dem Aufenthaltsrecht wirken sich erheblich auf das Leben "
                "und die Lebensplanung geduldeter Menschen aus. Zwischen einem Bleiberecht nach "
                "Ermessen und Maßnahmen, die den Aufenthalt beenden, entstehen bei den "
                "Betroffenen oft Unsicherheit und manchmal Zweifel. Der Ausschuss für "
                "Bürgerdienste, öffentliche Ordnung, Anregungen und Beschwerden der Stadt "
                "Dortmund hat die Verwaltung am 22. Juni 2021 beauftragt, dafür ein regelmäßig "
                "tagendes Gremium für den Austausch zwischen Ausländerbehörde und haupt- und "
                "ehrenamtlicher Flüchtlingshilfe einzurichten.</p>"
                "<p>Die Ausländerbehörde ist die Behörde der Stadt, die über "
                "Aufenthaltserlaubnisse und Duldungen entscheidet. „Nach Ermessen“ heißt: Die "
                "Behörde darf ein Bleiberecht erteilen, sie muss es aber nicht.</p>"
                "<p>Im Gremium werden vor allem fachliche Fragen zu Aufenthalts- und "
                "Bleiberechten für geduldete Menschen in Dortmund besprochen. Wenn die "
                "Betroffenen es vorschlagen und zustimmen, berät es auch einzelne Fälle – bevor "
                "zum Beispiel der Petitionsausschuss oder die Härtefallkommission des Landes "
                "Nordrhein-Westfalen angerufen wird.</p>"
                "<p>Der Petitionsausschuss ist ein Ausschuss des Landtags Nordrhein-Westfalen; "
                "an ihn kann sich jeder Mensch mit Bitten und Beschwerden wenden. Die "
                "Härtefallkommission des Landes kann darum bitten, dass ein ausreisepflichtiger "
                "Mensch aus dringenden humanitären oder persönlichen Gründen eine "
                "Aufenthaltserlaubnis bekommt.</p>"
            ),
        ),
        ("heading", {"text": "Wer im Gremium sitzt", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Das Gremium hat vier Mitglieder:</p>"
                "<ul><li>zwei Vertreterinnen oder Vertreter der Arbeitsgemeinschaft der "
                "Wohlfahrtsverbände,</li>"
                "<li>ein Mitglied aus der ehrenamtlichen Flüchtlingsarbeit,</li>"
                "<li>die Leitung der Ausländerbehörde.</li></ul>"
                "<p>Die Mitglieder werden für die Wahlperiode des Rates der Stadt bestimmt. Weil "
                "die Fälle besonders vertraulich sind, gibt es keine Vertretung. Das Gremium ist "
                "im Dezernat für Recht, Ordnung, Bürgerdienste und Feuerwehr angesiedelt; die "
                "Geschäftsführung des Ausschusses unterstützt die Arbeit.</p>"
            ),
        ),
        ("heading", {"text": "Was das Gremium kann – und was nicht", "level": "h2"}),
        ADVICE_ONLY_NOTICE,
        ("heading", {"text": "Sitzungen und Protokoll", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Das Gremium trifft sich bei Bedarf und bis zu viermal im Jahr. Die "
                "Sitzungen sind nicht öffentlich. Die Geschäftsführung lädt die Mitglieder ein "
                "und schreibt ein Protokoll. Dieses Protokoll kommt nicht in die Akte der "
                "Ausländerbehörde über die betroffene Person und wird auch nicht Teil eines "
                "Verfahrens vor dem Verwaltungsgericht.</p>"
            ),
        ),
    ],
}

RULES = {
    "title": "Grundsätze und Regeln für Einzelfälle",
    "slug": "regeln-fuer-einzelfaelle",
    "intro": (
        "Damit das Gremium Einzelfälle geordnet und in einem leistbaren Umfang beraten kann, "
        "gelten feste Grundsätze: welche Fälle es berät, wer einen Fall einreichen kann, welche "
        "Fälle ausgeschlossen sind und wie ein Fall eingereicht wird."
    ),
    "body": [
        ("heading", {"text": "Welche Fälle das Gremium berät", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Vor allem Fälle von Menschen, die ausreisepflichtig sind und eine Duldung "
                "haben, wenn eine Rückführung in das Herkunftsland oder in ein anderes Land, das "
                "zur Rücknahme verpflichtet ist, für sie eine besondere Härte sein kann.</p>"
            ),
        ),
        # Who can bring a case, the exclusions, sessions and retention: from the committee
        # rules, so the page says what the intake enforces.
        ("committee_rules", None),
        ADVICE_ONLY_NOTICE,
        (
            "steps",
            {
                "title": "So kommt ein Fall zum Gremium",
                "steps": [
                    {
                        "title": "Beratung in einer Beratungsstelle",
                        "text": (
                            "<p>Die betroffene Person lässt sich von einer hauptamtlichen "
                            "Beraterin oder einem hauptamtlichen Berater beraten: im Kommunalen "
                            "Integrationsmanagement oder in der Flüchtlingsberatung eines freien "
                            "Trägers.</p>"
                            "<p>Im Kommunalen Integrationsmanagement (KIM) begleiten "
                            "hauptamtliche Fallmanagerinnen und Fallmanager Zugewanderte. Freie "
                            "Träger sind "
                            "Organisationen wie Wohlfahrtsverbände und Vereine, die nicht zur "
                            "Stadtverwaltung gehören.</p>"
                        ),
                    },
                    {
                        "title": "Einverständniserklärung unterschreiben",
                        "text": (
                            "<p>Die betroffene Person erklärt schriftlich, dass sie mit der "
                            "Weitergabe und Beratung ihrer Daten einverstanden ist.</p>"
                        ),
                    },
                    {
                        "title": "Kurzantrag einreichen",
                        "text": (
                            "<p>Die Beratungsstelle reicht den standardisierten Kurzantrag ein. "
                            "Er nennt alle Gründe, die für eine besondere Härte sprechen.</p>"
                        ),
                    },
                    {
                        "title": "Beratung im Gremium",
                        "text": (
                            "<p>Die Mitglieder befassen sich unabhängig mit dem Fall und "
                            "erarbeiten eine gemeinsame Einschätzung. Die Leitung der "
                            "Ausländerbehörde legt dafür in der Sitzung die Unterlagen der "
                            "Behörde vor, die für die Entscheidung wichtig sind.</p>"
                        ),
                    },
                    {
                        "title": "Mitteilung der Einschätzung",
                        "text": (
                            "<p>Die betroffene Person erfährt über ihre Beratungsstelle die "
                            "Einschätzung des Gremiums zu ihrem Fall. Die Leitung der "
                            "Ausländerbehörde informiert die Behörde über die Befassung.</p>"
                        ),
                    },
                ],
            },
        ),
        ("heading", {"text": "Datenschutz", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Antrag und Beratung unterliegen dem Datenschutz. Ohne die unterschriebene "
                "Einverständniserklärung der betroffenen Person wird kein Fall beraten.</p>"
            ),
        ),
    ],
}

HOW_TO_GET_ADVICE = {
    "title": "So bekommen Sie Beratung",
    "slug": "beratung-bekommen",
    "intro": (
        "Einen Fall beim Gremium einreichen können nur hauptamtliche Beraterinnen und Berater. "
        "Wenden Sie sich deshalb zuerst an eine Beratungsstelle."
    ),
    "body": [
        (
            "steps",
            {
                "title": "In drei Schritten zur Beratung",
                "steps": [
                    {
                        "title": "Beratungsstelle auswählen",
                        "text": (
                            "<p>Suchen Sie unten eine Beratungsstelle aus. Fragen Sie, ob dort "
                            "jemand Ihre Sprache spricht oder ob eine Dolmetscherin oder ein "
                            "Dolmetscher helfen kann.</p>"
                        ),
                    },
                    {
                        "title": "Termin vereinbaren",
                        "text": (
                            "<p>Nehmen Sie Ihre Duldung und die Briefe der Ausländerbehörde "
                            "mit.</p>"
                        ),
                    },
                    {
                        "title": "Gemeinsam entscheiden",
                        "text": (
                            "<p>Die Beraterin oder der Berater prüft mit Ihnen, ob ein Antrag "
                            "beim Gremium sinnvoll ist, und hilft Ihnen dabei.</p>"
                        ),
                    },
                ],
            },
        ),
    ],
}

FINDER = {
    "title": "Beratung finden",
    "slug": "beratung",
    "intro": (
        "Diese Beratungsstellen in Dortmund haben hauptamtliche Flüchtlingsberaterinnen und "
        "-berater. Sie können einen Fall beim Gremium einreichen."
    ),
}

LEGAL_PAGES = [
    {
        "key": "imprint_page",
        "title": "Impressum",
        "slug": "impressum",
        "text": (
            "<p>Die Angaben zum Anbieter dieser Seiten (Name, Anschrift, Vertretung, Kontakt) "
            "werden von der Redaktion ergänzt.</p>"
        ),
    },
    {
        "key": "privacy_page",
        "title": "Datenschutz",
        "slug": "datenschutz",
        "text": (
            "<p>Diese Seiten setzen keine Analyse- oder Werbedienste ein und laden nichts von "
            "fremden Servern. Die vollständige Datenschutzerklärung (verantwortliche Stelle, "
            "Zwecke, Rechtsgrundlagen, Speicherdauer, Ihre Rechte) wird von der Redaktion "
            "ergänzt.</p>"
        ),
    },
    {
        "key": "accessibility_page",
        "title": "Erklärung zur Barrierefreiheit",
        "slug": "barrierefreiheit",
        "feedback_form": True,
        "text": (
            "<p>Diese Seiten sollen für alle Menschen nutzbar sein und die Anforderungen der "
            "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) erfüllen. Der Stand der "
            "Vereinbarkeit, bekannte Barrieren, die Kontaktstelle und die Schlichtungsstelle "
            "werden von der Redaktion ergänzt.</p>"
        ),
    },
]

CENTERS = [
    {
        "slug": "awo",
        "name": "AWO Unterbezirk Dortmund",
        "organisation": "Arbeiterwohlfahrt (AWO)",
        "city": "Dortmund",
        "description": (
            "Hauptamtliche Flüchtlingsberatung eines Wohlfahrtsverbandes. Kann Fälle beim "
            "Gremium einreichen."
        ),
        "topics": ["residence_law", "hardship_cases"],
    },
    {
        "slug": "drk",
        "name": "Deutsches Rotes Kreuz – Kreisverband Dortmund e.V.",
        "organisation": "Deutsches Rotes Kreuz (DRK)",
        "city": "Dortmund",
        "description": (
            "Hauptamtliche Flüchtlingsberatung eines Wohlfahrtsverbandes. Kann Fälle beim "
            "Gremium einreichen."
        ),
        "topics": ["residence_law", "hardship_cases"],
    },
    {
        "slug": "diakonie",
        "name": "Diakonisches Werk Dortmund und Lünen gGmbH",
        "organisation": "Diakonie",
        "postcode": "44145",
        "city": "Dortmund",
        "description": (
            "Hauptamtliche Flüchtlingsberatung, auch (Verfahrens-)Beratung für unbegleitete "
            "minderjährige Ausländerinnen und Ausländer (UMA). Kann Fälle beim Gremium "
            "einreichen."
        ),
        "topics": ["residence_law", "hardship_cases", "unaccompanied_minors"],
    },
    {
        "slug": "multikulturelles-forum",
        "name": "Multikulturelles Forum e.V.",
        "organisation": "Multikulturelles Forum e.V.",
        "city": "Dortmund",
        "description": (
            "Hauptamtliche Flüchtlingsberatung eines freien Trägers. Kann Fälle beim Gremium "
            "einreichen."
        ),
        "topics": ["residence_law", "hardship_cases"],
    },
    {
        "slug": "vmdo",
        "name": "VMDO e.V.",
        "organisation": "VMDO e.V.",
        "city": "Dortmund",
        "description": (
            "Hauptamtliche Flüchtlingsberatung eines freien Trägers. Kann Fälle beim Gremium "
            "einreichen."
        ),
        "topics": ["residence_law", "hardship_cases"],
    },
]

CONTACT = {
    "title": "Frage an die Geschäftsstelle",
    "slug": "kontakt",
    "intro": (
        "<p>Hier können Sie der Geschäftsstelle des Gremiums allgemeine Fragen stellen, zum "
        "Beispiel zur Arbeitsweise des Gremiums oder zu diesen Internetseiten.</p>"
        "<p>Bitte schicken Sie keine Unterlagen und keine Einzelheiten zu Ihrem Aufenthalt. "
        "Für Ihren eigenen Fall ist eine Beratungsstelle der richtige Weg.</p>"
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
                "<p>Die Gruppe trifft sich und spricht über wichtige Fragen.</p>"
                "<p>Dieses Gremium heißt: Bleiberechte fördern.</p>"
                "<p>Es gibt das Gremium in der Stadt Dortmund.</p>"
                "<p>Im Gremium sind 4 Menschen:</p>"
                "<ul><li>2 Menschen von den Wohlfahrts-Verbänden.</li>"
                "<li>1 Mensch, der ehrenamtlich Flüchtlingen hilft.</li>"
                "<li>Die Leitung von der Ausländer-Behörde.</li></ul>"
            ),
        ),
        ("heading", {"text": "Was macht das Gremium?", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Manche Menschen in Dortmund haben eine Duldung.</p>"
                "<p>Das heißt: Sie müssen eigentlich aus Deutschland ausreisen.</p>"
                "<p>Aber sie dürfen im Moment noch hier sein.</p>"
                "<p>Das Gremium spricht über diese Menschen.</p>"
                "<p>Das Gremium fragt: Kann die Person vielleicht in Deutschland bleiben?</p>"
                "<p>Das Gremium sagt dann seine Meinung.</p>"
            ),
        ),
        (
            "notice",
            {
                "kind": "warning",
                "title": "Wichtig",
                "text": (
                    "<p>Das Gremium entscheidet nicht.</p>"
                    "<p>Die Ausländer-Behörde entscheidet.</p>"
                    "<p>Niemand hat ein Recht darauf, dass das Gremium über seinen Fall "
                    "spricht.</p>"
                ),
            },
        ),
        ("heading", {"text": "Wie bekommen Sie Hilfe?", "level": "h2"}),
        (
            "steps",
            {
                "title": "",
                "steps": [
                    {
                        "title": "Gehen Sie zu einer Beratungs-Stelle.",
                        "text": "<p>Dort arbeiten Beraterinnen und Berater.</p>",
                    },
                    {
                        "title": "Sprechen Sie mit der Beraterin oder dem Berater.",
                        "text": (
                            "<p>Nehmen Sie Ihre Duldung mit.</p>"
                            "<p>Nehmen Sie die Briefe von der Ausländer-Behörde mit.</p>"
                        ),
                    },
                    {
                        "title": "Die Beratungs-Stelle schickt Ihren Fall zum Gremium.",
                        "text": (
                            "<p>Sie selbst können Ihren Fall nicht schicken.</p>"
                            "<p>Sie müssen vorher auf einem Blatt unterschreiben.</p>"
                            "<p>Damit sagen Sie: Das Gremium darf über meinen Fall sprechen.</p>"
                        ),
                    },
                ],
            },
        ),
        ("heading", {"text": "Was steht auf dieser Internet-Seite?", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Ganz oben ist das Menü.</p>"
                "<p>Dort finden Sie die wichtigsten Seiten:</p>"
                "<ul><li>Über das Gremium.</li>"
                "<li>Regeln für Fälle.</li>"
                "<li>So bekommen Sie Beratung.</li>"
                "<li>Eine Liste mit Beratungs-Stellen in Dortmund.</li></ul>"
                "<p>Oben gibt es auch ein Feld zum Suchen.</p>"
                "<p>Dort können Sie ein Wort schreiben.</p>"
                "<p>Dann finden Sie Seiten mit diesem Wort.</p>"
                "<p>Ganz unten auf jeder Seite sind Links zu diesen Seiten:</p>"
                "<ul><li>Impressum: Wer hat diese Internet-Seite gemacht?</li>"
                "<li>Datenschutz: Was passiert mit Ihren Daten?</li>"
                "<li>Erklärung zur Barriere-Freiheit.</li>"
                "<li>Leichte Sprache: diese Seite.</li>"
                "<li>Frage an die Geschäfts-Stelle.</li></ul>"
            ),
        ),
        ("heading", {"text": "Barriere-Freiheit", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Alle Menschen sollen diese Internet-Seite gut benutzen können.</p>"
                "<p>Das nennt man: Barriere-Freiheit.</p>"
                "<p>Auf der Seite Erklärung zur Barriere-Freiheit steht:</p>"
                "<ul><li>Was auf dieser Internet-Seite schon gut ist.</li>"
                "<li>Was noch nicht gut ist.</li></ul>"
                "<p>Ist etwas für Sie schwer?</p>"
                "<p>Dann schreiben Sie uns.</p>"
                "<p>Unten auf der Seite Erklärung zur Barriere-Freiheit gibt es dafür ein "
                "Formular.</p>"
            ),
        ),
    ],
}
