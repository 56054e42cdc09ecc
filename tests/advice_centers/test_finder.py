import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.advice_centers.conftest import FINDER
from tests.factories import AdviceCenterFactory
from tests.ui import de, de_plural

pytestmark = pytest.mark.django_db


def listed(response):
    """Names of the centres in the result list, in order."""
    html = response.content.decode()
    results = html.split('id="results-heading"', 1)[1]
    return listed_in(results)


def listed_in(html):
    return re.findall(r'<h3><a href="[^"]+"><bdi>([^<]+)</bdi></a></h3>', html)


@pytest.fixture
def centres(finder):
    return {
        "arabic_north": AdviceCenterFactory(
            name="Nordstadt Beratung",
            languages=["de", "ar"],
            topics=["residence_law", "housing"],
            district="Innenstadt-Nord",
        ),
        "farsi_north": AdviceCenterFactory(
            name="Ankommen e.V.",
            languages=["fa", "de"],
            topics=["residence_law"],
            district="Innenstadt-Nord",
        ),
        "arabic_hoerde": AdviceCenterFactory(
            name="Hörde hilft",
            languages=["ar"],
            topics=["work"],
            district="Hörde",
        ),
        "minors": AdviceCenterFactory(
            name="Zukunft für Junge",
            languages=["de"],
            topics=["unaccompanied_minors"],
            district="Hörde",
            offers_interpreters=True,
        ),
    }


def test_without_filters_every_centre_is_listed_alphabetically(client, centres):
    response = client.get(FINDER)
    assert response.status_code == 200
    assert listed(response) == [
        "Ankommen e.V.",
        "Hörde hilft",
        "Nordstadt Beratung",
        "Zukunft für Junge",
    ]


def test_language_filter_alone(client, centres):
    assert listed(client.get(FINDER, {"language": "ar"})) == [
        "Hörde hilft",
        "Nordstadt Beratung",
    ]


def test_language_codes_match_whole_codes_only(client, centres):
    AdviceCenterFactory(name="Dari-Beratung", languages=["prs"])
    assert listed(client.get(FINDER, {"language": "prs"})) == ["Dari-Beratung"]
    assert "Dari-Beratung" not in listed(client.get(FINDER, {"language": "ps"}))


def test_topic_filter_alone(client, centres):
    assert listed(client.get(FINDER, {"topic": "residence_law"})) == [
        "Ankommen e.V.",
        "Nordstadt Beratung",
    ]


def test_district_filter_alone(client, centres):
    assert listed(client.get(FINDER, {"district": "Hörde"})) == [
        "Hörde hilft",
        "Zukunft für Junge",
    ]


def test_filters_combine(client, centres):
    response = client.get(
        FINDER, {"language": "ar", "topic": "residence_law", "district": "Innenstadt-Nord"}
    )
    assert listed(response) == ["Nordstadt Beratung"]
    html = response.content.decode()
    assert '<option value="ar" selected>' in html
    assert '<option value="residence_law" selected>' in html
    assert '<option value="Innenstadt-Nord" selected>' in html


@pytest.mark.parametrize(
    "params",
    [
        {"language": "klingon"},
        {"topic": "<script>alert(1)</script>"},
        {"district": "Atlantis"},
        {"language": "ar", "topic": "nonsense", "district": "x" * 5000},
        {"language": ["ar", "zz"]},
    ],
)
def test_unknown_values_are_ignored(client, centres, params):
    response = client.get(FINDER, params)
    assert response.status_code == 200
    expected = ["Hörde hilft", "Nordstadt Beratung"] if params.get("language") == "ar" else None
    if expected:
        assert listed(response) == expected
    else:
        assert len(listed(response)) == 4
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_empty_result_offers_interpreters_and_ways_out(client, centres):
    response = client.get(FINDER, {"language": "ti", "district": "Hörde"})
    html = response.content.decode()
    assert de("No advice centre matches all your answers") in html
    # The Hörde centre that can bring an interpreter is suggested.
    offer = de("No centre lists %(language)s yet. These centres can arrange an interpreter:")
    assert offer.split("%(language)s")[1] in html
    assert "Zukunft für Junge" in html
    # One link drops the language, keeping the district.
    assert 'href="/de/beratung/?district=H%C3%B6rde"' in html
    assert f'href="{FINDER}">' in html


def test_unknown_language_centres_listed(client, centres):
    """A centre whose languages nobody recorded may speak the reader's: it comes after the
    matching ones under its own heading, and the count says how many there are."""
    AdviceCenterFactory(name="Ohne Sprachangaben", topics=["residence_law"])
    AdviceCenterFactory(name="Anderes Thema", topics=["work"])
    html = client.get(FINDER, {"language": "ar", "topic": "residence_law"}).content.decode()
    matching, unknown = html.split('id="languages-unknown-heading"')
    assert listed_in(matching) == ["Nordstadt Beratung"]
    assert listed_in(unknown) == ["Ohne Sprachangaben"]
    assert de("Languages not recorded") in unknown
    count = de(
        "Advice centres that match: %(matching)s of %(total)s. "
        "Languages not recorded: %(unknown)s.",
        matching=1,
        total=6,
        unknown=1,
    )
    assert count in matching
    # Nothing speaks Tigrinya: the unrecorded ones are still offered, not an empty list.
    html = client.get(FINDER, {"language": "ti", "topic": "residence_law"}).content.decode()
    assert de("No advice centre matches all your answers") not in html
    assert listed_in(html.split('id="languages-unknown-heading"')[1]) == ["Ohne Sprachangaben"]
    # The guide counts them the same way before the reader reaches the list.
    html = client.get(FINDER + "wegweiser/", {"step": 2, "language": "ti"}).content.decode()
    assert (
        de_plural(
            "%(counter)s advice centre matches your answers so far.",
            "%(counter)s advice centres match your answers so far.",
            0,
        )
        in html
    )
    assert (
        de_plural(
            "%(counter)s more advice centre has not recorded its languages; it is listed too.",
            "%(counter)s more advice centres have not recorded their languages; "
            "they are listed too.",
            2,
        )
        in html
    )
    # Without a language filter they are simply among all the others.
    html = client.get(FINDER, {"topic": "residence_law"}).content.decode()
    assert 'id="languages-unknown-heading"' not in html
    assert "Ohne Sprachangaben" in listed_in(html)


def test_empty_result_shows_the_editors_office_text(client, centres, finder):
    finder.no_results_text = "<p>Geschäftsstelle: Telefon steht im Impressum.</p>"
    finder.save_revision().publish()
    html = client.get(FINDER, {"topic": "opportunity_residence"}).content.decode()
    assert "Geschäftsstelle: Telefon steht im Impressum." in html


def test_the_finder_is_one_get_form_with_labelled_fields(client, centres):
    html = client.get(FINDER).content.decode()
    form = re.search(r'<form class="finder-form" method="get".*?</form>', html, re.S).group(0)
    for name in ("language", "topic", "district"):
        assert f'<label for="filter-{name}">' in form
        assert f'id="filter-{name}" name="{name}"' in form
    assert "<script" not in html.replace('<script type="application/ld+json">', "")


class TestGuide:
    GUIDE = FINDER + "wegweiser/"

    def test_first_question_is_the_language(self, client, centres):
        html = client.get(self.GUIDE).content.decode()
        assert f"<legend>{de('Which language do you speak?')}</legend>" in html
        assert 'name="language" value="ar"' in html
        assert f'action="{self.GUIDE}"' in html
        assert '<input type="hidden" name="step" value="2">' in html

    def test_second_question_keeps_the_first_answer(self, client, centres):
        html = client.get(self.GUIDE, {"step": 2, "language": "ar"}).content.decode()
        assert f"<legend>{de('What is it about?')}</legend>" in html
        assert '<input type="hidden" name="language" value="ar">' in html
        assert (
            de_plural(
                "%(counter)s advice centre matches your answers so far.",
                "%(counter)s advice centres match your answers so far.",
                2,
            )
            in html
        )

    def test_last_question_submits_to_the_finder(self, client, centres):
        html = client.get(
            self.GUIDE, {"step": 3, "language": "ar", "topic": "work"}
        ).content.decode()
        assert f"<legend>{de('Where do you live?')}</legend>" in html
        assert f'action="{FINDER}"' in html
        assert 'value="Hörde"' in html
        assert 'name="step"' not in html

    def test_the_answers_lead_to_the_matching_centre(self, client, centres):
        response = client.get(FINDER, {"language": "ar", "topic": "work", "district": "Hörde"})
        assert listed(response) == ["Hörde hilft"]

    def test_without_districts_the_guide_asks_two_questions(self, client, finder):
        AdviceCenterFactory(languages=["ar"])
        html = client.get(self.GUIDE, {"step": 2}).content.decode()
        assert de("Question %(step)s of %(count)s", step=2, count=2) in html
        assert f'action="{FINDER}"' in html

    @pytest.mark.parametrize("step", ["0", "99", "zwei", ""])
    def test_odd_steps_do_not_fail(self, client, centres, step):
        assert client.get(self.GUIDE, {"step": step}).status_code == 200


def count_queries(client, url, params=None):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(context.captured_queries)


def add_centres(count):
    for index in range(count):
        AdviceCenterFactory(
            languages=["ar", "de"] if index % 2 else ["fa"],
            topics=["residence_law"],
            district="Hörde" if index % 3 else "Eving",
            phones=[("phone", {"label": "Büro", "number": "0231 1"})],
            hours=[("slot", {"weekday": "1", "opens": "09:00", "closes": "12:00", "note": ""})],
        )


@pytest.mark.parametrize(
    "url,params",
    [
        (FINDER, {}),
        (FINDER, {"language": "ar", "topic": "residence_law", "district": "Hörde"}),
        (FINDER + "wegweiser/", {"step": "2", "language": "ar"}),
        (FINDER + "stelle-fixed/", {}),
    ],
)
def test_query_count_does_not_grow_with_the_number_of_centres(client, finder, url, params):
    AdviceCenterFactory(slug="stelle-fixed", languages=["ar"], district="Hörde")
    add_centres(4)
    client.get(url, params)  # warm per-process caches (site root paths, locales)
    with_five = count_queries(client, url, params)
    add_centres(45)
    with_fifty = count_queries(client, url, params)
    assert with_five == with_fifty
