"""In every language the rules page states the committee rules in the reader's language, and
no language keeps the old exclusion of everyone who ever applied for asylum."""

from html import unescape

import pytest
from django.conf import settings
from django.utils import translation

from demo import content as seed_content
from portal.languages import RTL_LANGUAGES
from tests.i18n.conftest import find_one, parse_html

LANGUAGES = [code for code, _name in settings.LANGUAGES]
RULES_PATH = f"{seed_content.RULES['slug']}/"
ASYLUM_EXCLUSION = (
    "Cases in which an asylum application is made at the time of the application to the "
    "committee or afterwards."
)
# The wording the pages had in German and in each seeded translation: it excluded every case
# in which an asylum application had ever been made.
WRONG_ASYLUM_EXCLUSIONS = (
    "Fälle, in denen ein Asylantrag gestellt wurde",
    "cases in which an asylum application has been made",
    "الحالات التي قُدِّم فيها طلب لجوء",
    "پرونده‌هایی که در آنها درخواست پناهندگی داده شده است",
    "iltica başvurusu yapılmış durumlar",
    "справи, у яких подано заяву про надання притулку",
)
# Claims of the home page that the sources do not make (the advice is free; people have lived
# here for a long time), in German and in each seeded translation.
UNSUPPORTED_HOME_CLAIMS = (
    "kostenlos",
    "seit längerer Zeit",
    "free of charge",
    "for a long time",
    "مجانية",
    "منذ وقت طويل",
    "رایگان",
    "مدت زیادی",
    "ücretsiz",
    "uzun süredir",
    "безкоштовна",
    "тривалий час",
)


def ui_text(code, msgid):
    with translation.override(code):
        return translation.gettext(msgid)


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
def test_rules_page_states_the_rules_in_the_readers_language(client, multilingual_site, code):
    html = client.get(f"/{code}/{RULES_PATH}").content.decode()
    section = find_one(parse_html(html), "section", class_="committee-rules")
    assert section.attrs["lang"] == code
    assert section.attrs["dir"] == ("rtl" if code in RTL_LANGUAGES else "ltr")
    statement = ui_text(code, ASYLUM_EXCLUSION)
    if code != "en":
        assert statement != ASYLUM_EXCLUSION
    assert statement in unescape(section.text)
    for wrong in WRONG_ASYLUM_EXCLUSIONS:
        assert wrong not in unescape(html)


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_makes_no_claim_the_sources_do_not_support(client, multilingual_site, code):
    html = unescape(client.get(f"/{code}/").content.decode())
    main = html[html.index("<main") : html.index("</main>")]
    for claim in UNSUPPORTED_HOME_CLAIMS:
        assert claim not in main
