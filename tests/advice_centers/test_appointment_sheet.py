"""The printable sheet a reader takes to an appointment at an advice centre."""

import re

import pytest
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Site

from cases.models import ApplicantKind
from committee.models import CommitteeRules
from home.templatetags.language_tags import german_terms
from tests.committee.conftest import client_login
from tests.ui import de

SHEET = "/de/beratung/vorbereitung/"
COURT = "administrative court"


def _rules():
    return CommitteeRules.for_site(Site.objects.get(is_default_site=True))


def _columns(html):
    return re.findall(r'<section class="sheet-column" lang="([^"]+)" dir="([^"]+)"', html)


@pytest.mark.django_db
def test_german_sheet_lists_papers_questions_and_the_rules_exclusions(client, seeded_site):
    rules = _rules()
    rules.exclude_court_procedure = True
    rules.save()
    response = client.get(SHEET)
    html = response.content.decode()
    assert response.status_code == 200
    assert _columns(html) == [("de", "ltr")]
    for heading in [
        "Mitzubringende Unterlagen",
        "Nachweise, falls vorhanden",
        "Danach fragt Sie die Beraterin oder der Berater",
        "Fälle, mit denen sich das Gremium nicht befasst",
        "Einverständnis",
    ]:
        assert heading in html
    assert "Duldung" in html
    assert "Verwaltungsgericht" in html
    assert "<script" not in html.split("<main", 1)[-1].split("</main>", 1)[0]


@pytest.mark.django_db
def test_an_exclusion_switched_off_leaves_the_sheet(client, seeded_site):
    rules = _rules()
    rules.exclude_court_procedure = False
    rules.save()
    html = client.get(SHEET).content.decode()
    assert "Verwaltungsgericht" not in html


@pytest.mark.django_db
def test_who_can_bring_a_case_comes_from_the_rules(client, seeded_site):
    rules = _rules()
    rules.applicant_kinds = [ApplicantKind.PROFESSIONAL_ADVISOR]
    rules.save()
    html = client.get(SHEET).content.decode()
    assert de(ApplicantKind.PROFESSIONAL_ADVISOR.label) in html
    assert de(ApplicantKind.AFFECTED_PERSON.label) not in html
    # A committee where the affected person may apply says so on the sheet too.
    rules.applicant_kinds = [ApplicantKind.PROFESSIONAL_ADVISOR, ApplicantKind.AFFECTED_PERSON]
    rules.save()
    html = client.get(SHEET).content.decode()
    assert de(ApplicantKind.AFFECTED_PERSON.label) in html


@pytest.mark.django_db
def test_arabic_sheet_shows_arabic_right_to_left_beside_german(client, seeded_site):
    response = client.get("/ar/beratung/vorbereitung/")
    html = response.content.decode()
    assert response.status_code == 200
    assert _columns(html) == [("ar", "rtl"), ("de", "ltr")]
    arabic, german = [
        part.split("</section>", 1)[0] for part in html.split('<section class="sheet-column"')[1:3]
    ]
    assert re.search(r"[\u0600-\u06ff]{3,}", arabic)
    assert "Duldung" in german and "Mitzubringende Unterlagen" in german
    assert not re.search(r"[\u0600-\u06ff]", german)


@pytest.mark.django_db
def test_the_guide_result_and_the_how_to_page_link_the_sheet(client, seeded_site):
    result = client.get("/de/beratung/?language=ar&topic=").content.decode()
    assert 'href="/de/beratung/vorbereitung/"' in result
    how_to = client.get("/de/beratung-bekommen/").content.decode()
    assert 'href="/de/beratung/vorbereitung/"' in how_to


@pytest.mark.django_db
def test_pages_without_advice_centres_do_not_link_the_sheet(client, seeded_site):
    home = client.get("/de/").content.decode()
    assert "/de/beratung/vorbereitung/" not in home


@pytest.mark.django_db
def test_anonymous_sheet_is_served_from_the_page_cache(client, seeded_site, page_cache):
    client.get(SHEET)
    assert client.get(SHEET).get("X-Cache") == "HIT"


@pytest.mark.django_db
def test_sitemap_lists_the_sheet(client, seeded_site):
    assert "/de/beratung/vorbereitung/" in client.get("/sitemap.xml").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["advisor_a", "committee_member"])
def test_signed_in_users_read_the_same_sheet(client, seeded_site, role, request):
    client_login(client, request.getfixturevalue(role))
    response = client.get(SHEET)
    assert response.status_code == 200
    assert _columns(response.content.decode()) == [("de", "ltr")]


ADVISOR_SUBMITS = (
    "Your advisor can only submit your case after you have read and signed the consent "
    "declaration."
)
CASE_SUBMITTED = (
    "Your case can only be submitted after you have read and signed the consent declaration."
)
IN_WRITING = (
    "Applications can also be sent to the committee in writing or be given to it in person "
    "to be written down."
)
APPLY_ONLINE = "Apply online, without an account"
NOBODY = "This committee takes in no cases at present: its rules admit no one."


def _store(**values):
    rules = _rules()
    for name, value in values.items():
        setattr(rules, name, value)
    rules.save()


def dortmund_like():
    _store(
        applicant_kinds=[ApplicantKind.PROFESSIONAL_ADVISOR.value],
        office_records_applications=False,
        public_applications=False,
    )


def leverkusen_like():
    _store(
        applicant_kinds=[
            ApplicantKind.AFFECTED_PERSON.value,
            ApplicantKind.REPRESENTATIVE.value,
            ApplicantKind.INITIATIVE_GROUP.value,
        ],
        office_records_applications=True,
        public_applications=True,
    )


def _in(language, message):
    with translation.override(language):
        return escape(translation.gettext(message))


def _sheet_columns(client, language):
    html = client.get(f"/{language}/beratung/vorbereitung/").content.decode()
    return [
        part.split("</section>", 1)[0] for part in html.split('<section class="sheet-column"')[1:]
    ]


@pytest.mark.django_db
def test_where_only_advisors_apply_the_sheet_says_the_advisor_submits(client, seeded_site):
    dortmund_like()
    (german,) = _sheet_columns(client, "de")
    assert _in("de", ApplicantKind.PROFESSIONAL_ADVISOR.label) in german
    assert _in("de", ADVISOR_SUBMITS) in german
    for absent in (CASE_SUBMITTED, IN_WRITING, APPLY_ONLINE, ApplicantKind.AFFECTED_PERSON.label):
        assert _in("de", absent) not in german
    assert "/apply/" not in german


@pytest.mark.django_db
def test_where_people_apply_themselves_the_sheet_names_them_and_their_channels(
    client, seeded_site
):
    leverkusen_like()
    (german,) = _sheet_columns(client, "de")
    for kind in (ApplicantKind.AFFECTED_PERSON, ApplicantKind.INITIATIVE_GROUP):
        assert _in("de", kind.label) in german
    assert _in("de", ApplicantKind.PROFESSIONAL_ADVISOR.label) not in german
    assert _in("de", IN_WRITING) in german
    assert f'<a href="/de/apply/">{_in("de", APPLY_ONLINE)}</a>' in german
    assert _in("de", CASE_SUBMITTED) in german
    assert _in("de", ADVISOR_SUBMITS) not in german


@pytest.mark.django_db
def test_the_arabic_sheet_states_the_same_rules_in_arabic_beside_german(client, seeded_site):
    leverkusen_like()
    arabic, german = _sheet_columns(client, "ar")
    assert arabic.startswith(' lang="ar" dir="rtl"')
    for message in (ApplicantKind.AFFECTED_PERSON.label, IN_WRITING, CASE_SUBMITTED):
        assert _in("ar", message) in arabic and _in("de", message) in german
    assert f'<a href="/ar/apply/">{_in("ar", APPLY_ONLINE)}</a>' in arabic
    assert _in("ar", ADVISOR_SUBMITS) not in arabic
    dortmund_like()
    arabic, german = _sheet_columns(client, "ar")
    assert _in("ar", ADVISOR_SUBMITS) in arabic and _in("de", ADVISOR_SUBMITS) in german
    assert _in("ar", IN_WRITING) not in arabic and "/apply/" not in arabic


@pytest.mark.django_db
def test_rules_that_admit_nobody_say_so_on_the_sheet_as_on_the_rules_page(client, seeded_site):
    _store(applicant_kinds=[])
    (german,) = _sheet_columns(client, "de")
    assert _in("de", NOBODY) in german


@pytest.mark.django_db
def test_german_terms_the_arabic_texts_keep_in_brackets_are_marked_as_german(client, seeded_site):
    _store(exclude_other_authority=True)
    arabic, _german = _sheet_columns(client, "ar")
    assert '(<bdi lang="de">Duldung</bdi>)' in arabic
    assert '(<bdi lang="de">Ausländerbehörde</bdi>)' in arabic
    rules_page = client.get("/ar/regeln-fuer-einzelfaelle/").content.decode()
    assert '(<bdi lang="de">Ausländerbehörde</bdi>)' in rules_page


@pytest.mark.parametrize(
    ("language", "text", "marked"),
    [
        (
            "ar",
            "وقف الترحيل المؤقت (Duldung)",
            'وقف الترحيل المؤقت (<bdi lang="de">Duldung</bdi>)',
        ),
        (
            "ru",
            "Дулдунг (Duldung) & <b>",
            'Дулдунг (<bdi lang="de">Duldung</bdi>) &amp; &lt;b&gt;',
        ),
        # In a language written in Latin script a bracketed word may be the reader's own.
        ("fr", "un document (facultatif)", "un document (facultatif)"),
    ],
)
def test_german_terms_marks_bracketed_latin_words_only_in_other_scripts(language, text, marked):
    with translation.override(language):
        assert str(german_terms(text)) == marked
