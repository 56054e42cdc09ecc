"""Every page in every language: status, lang/dir, switcher, alternates, translated UI."""

from html import unescape

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from advice_centers.models import AdviceCenter
from demo import content as seed_content
from demo.translations import seed_languages
from portal.languages import RTL_LANGUAGES
from tests.i18n.conftest import NEW_PAGE, find_all, find_one, parse_html, seed_translation

LANGUAGES = [code for code, _name in settings.LANGUAGES]
TRANSLATED_LANGUAGES = [code for code in LANGUAGES if code != "de"]
# Every seeded page, by the file its translations are kept in.
SEEDED_PAGES = [
    seed_content.HOME,
    seed_content.ABOUT,
    seed_content.RULES,
    seed_content.HOW_TO_GET_ADVICE,
    seed_content.FINDER,
    *seed_content.LEGAL_PAGES,
    seed_content.EASY_LANGUAGE,
    seed_content.CONTACT,
]
NATIVE_NAMES = dict(settings.LANGUAGES)
NOTICE = "This page is not yet available in your language."


def german_paths():
    """Path below the language prefix of every live German page, the finder's centres too.

    New pages of the seed (e.g. the contact form) are covered as soon as they exist.
    """
    pages = Page.objects.live().filter(locale__language_code="de", depth__gt=1)
    paths = [page.get_url().removeprefix("/de/") for page in pages]
    finder = seed_content.FINDER["slug"]
    centres = AdviceCenter.objects.filter(locale__language_code="de")
    return sorted(paths + [f"{finder}/{centre.slug}/" for centre in centres])


def ui_text(code, msgid):
    with translation.override(code):
        text = translation.gettext(msgid)
    if code != "en":
        assert text != msgid, f"{msgid!r} is not translated into {code}"
    return text


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_page_serves_its_language_with_switcher_and_alternates(
    client, multilingual_site, code
):
    paths = german_paths()
    assert len(paths) >= 13  # home, 4 main pages, 3 legal pages, 5 centres
    skip_link = ui_text(code, "Skip to content")
    direction = "rtl" if code in RTL_LANGUAGES else "ltr"
    for path in paths:
        url = f"/{code}/{path}"
        response = client.get(url)
        assert response.status_code == 200, url
        elements = parse_html(response.content.decode())

        html = find_one(elements, "html")
        assert (html.attrs["lang"], html.attrs["dir"]) == (code, direction), url
        assert find_one(elements, "a", class_="skip-link").text == skip_link

        # The switcher comes first; a notice on an untranslated page links some languages too.
        switcher = [
            element for element in elements if element.tag == "a" and "hreflang" in element.attrs
        ][: len(LANGUAGES)]
        assert [link.attrs["hreflang"] for link in switcher] == LANGUAGES, url
        for link in switcher:
            other = link.attrs["hreflang"]
            assert link.attrs["lang"] == other
            assert link.attrs["href"] == f"/{other}/{path}", url
            assert link.text == NATIVE_NAMES[other]
            assert link.attrs["dir"] == ("rtl" if other in RTL_LANGUAGES else "ltr")
        assert [link.attrs.get("aria-current") for link in switcher].count("true") == 1
        current = next(link for link in switcher if link.attrs.get("aria-current"))
        assert current.attrs["hreflang"] == code

        alternates = find_all(elements, "link", rel="alternate")
        expected = {other: f"http://testserver/{other}/{path}" for other in LANGUAGES}
        expected["x-default"] = f"http://testserver/de/{path}"
        assert {link.attrs["hreflang"]: link.attrs["href"] for link in alternates} == expected
        assert len(alternates) == len(LANGUAGES) + 1


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
def test_switcher_links_lead_to_pages_in_that_language(client, multilingual_site, code):
    elements = parse_html(client.get(f"/{code}/ueber-das-gremium/").content.decode())
    for link in [
        element for element in elements if element.tag == "a" and "hreflang" in element.attrs
    ]:
        target = parse_html(client.get(link.attrs["href"]).content.decode())
        assert find_one(target, "html").attrs["lang"] == link.attrs["hreflang"]


def test_the_seed_translates_into_every_language():
    assert seed_languages() == sorted(TRANSLATED_LANGUAGES)


@pytest.mark.django_db
@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_every_seeded_page_is_translated_without_notice(client, multilingual_site, code):
    for data in SEEDED_PAGES:
        path = "" if data is seed_content.HOME else f"{data['slug']}/"
        raw = client.get(f"/{code}/{path}").content.decode()
        elements = parse_html(raw)
        html = unescape(raw)
        assert find_one(elements, "h1").text == seed_translation(code, data["slug"], data["title"])
        intro = data.get("intro") or data["text"]
        first_sentence = intro.removeprefix("<p>").split(". ")[0]
        assert first_sentence not in html, path  # no German left on the page
        main = find_one(elements, "main")
        assert "lang" not in main.attrs
        assert ui_text(code, NOTICE) not in html


@pytest.mark.django_db
@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_translated_languages_show_translated_centre_descriptions(client, multilingual_site, code):
    html = unescape(client.get(f"/{code}/beratung/").content.decode())
    for centre in seed_content.CENTERS:
        key = f"center-{centre['slug']}"
        assert seed_translation(code, key, centre["description"]) in html
        assert f'href="/{code}/beratung/{centre["slug"]}/"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["fr", "ti", "ar"])
def test_untranslated_pages_show_german_texts_marked_german_under_a_translated_notice(
    client, untranslated_page, code
):
    html = client.get(f"/{code}/{NEW_PAGE['slug']}/").content.decode()
    elements = parse_html(html)
    # The page's own texts are marked German, not the reader's interface around them.
    assert "lang" not in find_one(elements, "main").attrs
    heading = find_one(elements, "h1")
    ltr_in_rtl = "ltr" if code in RTL_LANGUAGES else None
    assert (heading.attrs["lang"], heading.attrs.get("dir")) == ("de", ltr_in_rtl)
    assert heading.text == NEW_PAGE["title"]
    notice = find_one(elements, "div", class_="notice untranslated-notice")
    assert "lang" not in notice.attrs
    assert ui_text(code, NOTICE) in notice.text


@pytest.mark.django_db
def test_german_pages_carry_no_notice(client, multilingual_site):
    html = client.get("/de/ueber-das-gremium/").content.decode()
    assert "untranslated-notice" not in html
    assert "lang" not in find_one(parse_html(html), "main").attrs


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("ar,en;q=0.5", "/ar/"),
        ("ps", "/ps/"),
        ("kmr", "/kmr/"),
        ("ti-ER,ti;q=0.9", "/ti/"),
        ("ckb", "/ckb/"),
        ("uk-UA", "/uk/"),
        ("sv-SE", "/de/"),
    ],
)
def test_root_redirects_to_the_best_supported_language(
    client, multilingual_site, accept, expected
):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected
