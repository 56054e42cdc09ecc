"""The first consent declaration (German source text). Pure data: the data migration uses it."""
# ruff: noqa: E501 - paragraphs of the declaration stay on one line each

import datetime

CONSENT_TITLE = "Einwilligung in die Datenverarbeitung und Entbindung von der Schweigepflicht"
CONSENT_BODY = """Ich bin damit einverstanden, dass meine Beraterin oder mein Berater meinen Fall dem Gremium „Bleiberechte fördern“ vorlegt. Dazu werden meine Angaben aus dem Kurzantrag (Name, Geburtsdatum, Staatsangehörigkeit, Wohnbezirk, Aufenthaltsstatus, Haushalt und die Gründe für eine besondere Härte, auch Angaben zu meiner Gesundheit) an die Mitglieder des Gremiums und dessen Geschäftsführung übermittelt.

Die Mitglieder des Gremiums sind zwei Vertreterinnen oder Vertreter der Arbeitsgemeinschaft der Wohlfahrtsverbände, ein Mitglied aus der ehrenamtlichen Flüchtlingsarbeit und die Leitung der Ausländerbehörde. Sie beraten meinen Fall vertraulich und in nicht öffentlicher Sitzung.

Ich entbinde meine Beraterin oder meinen Berater sowie die Ausländerbehörde von der Schweigepflicht, soweit das für die Beratung meines Falles im Gremium nötig ist. Die Ausländerbehörde darf im Termin ihre Unterlagen zu meinem Fall zur Einsicht vorlegen.

Das Gremium gibt eine gemeinsame Einschätzung ab. Sie ist eine Entscheidungshilfe; die Ausländerbehörde entscheidet frei. Ich habe keinen Anspruch darauf, dass mein Fall behandelt wird. Das Protokoll der Sitzung wird nicht Teil meiner Ausländerakte und nicht Teil eines Gerichtsverfahrens.

Meine Angaben werden verschlüsselt gespeichert und nach Abschluss des Verfahrens gelöscht. Ich kann diese Einwilligung jederzeit ohne Angabe von Gründen bei meiner Beratungsstelle widerrufen; dann werden meine Angaben sofort gelöscht. Der Widerruf gilt für die Zukunft.

Ich habe diese Erklärung gelesen oder sie wurde mir in einer Sprache erklärt, die ich verstehe."""

VERSION = "1.0"
VALID_FROM = datetime.date(2025, 1, 1)
# The committee the text names, with its members: it fits no installation of another one.
COMMITTEE_NAME = "Bleiberechte fördern"


def consent_text_default_ensure(consent_text_model):
    consent_text_model.objects.get_or_create(
        version=VERSION,
        language="de",
        defaults={"title": CONSENT_TITLE, "body": CONSENT_BODY, "valid_from": VALID_FROM},
    )
