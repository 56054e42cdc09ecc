"""The site search, the finder's filters and the guide under hostile query strings."""

import pytest
from django.utils.html import escape
from hypothesis import event, example, given
from hypothesis import strategies as st

from advice_centers.choices import SPOKEN_LANGUAGES, TOPICS
from search.views import SEARCH_QUERY_MAX_LENGTH, search_query
from tests.fuzz.checks import assert_no_markup_injected, query_string, received
from tests.fuzz.strategies import field_values, fuzz_settings, numbers, tampered, texts

LANGUAGES = st.sampled_from(["de", "ar", "ckb"])


@pytest.mark.django_db
@fuzz_settings(40)
@given(
    params=tampered({"q": "Beratung", "page": "2"}, fields={"q": texts(), "page": numbers()}),
    language=LANGUAGES,
)
@example(params={"q": ["Beratung\x00"]}, language="de")
@example(params={"q": ["\x00"], "page": ["1e309"]}, language="de")
@example(params={"q": ["%ED%A0%80"]}, language="ar")
@example(params={"q": ['"><script>alert(1)</script>']}, language="de")
@example(params={"q": ['AND OR NOT ("*" -+ ^:']}, language="de")
def test_search_answers_every_query_with_a_page(client, seeded_site, isolated, params, language):
    with isolated():
        response = client.get(f"/{language}/suche/?{query_string(params)}")
        event(f"status {response.status_code}")
        assert response.status_code == 200
        html = response.content.decode()
        query = search_query(received(params["q"][-1], "urlencoded")) if params.get("q") else ""
        assert len(query) <= SEARCH_QUERY_MAX_LENGTH
        assert f'name="q" value="{escape(query)}"' in html
        assert_no_markup_injected(html, params)


FILTERS = {"language": "ar", "topic": "hardship_cases", "district": "Innenstadt-Nord"}
FILTER_VALUES = {
    "language": st.one_of(st.sampled_from([code for code, _label in SPOKEN_LANGUAGES]), texts()),
    "topic": st.one_of(st.sampled_from([code for code, _label in TOPICS]), texts()),
    "district": field_values("Innenstadt-Nord"),
}


@pytest.mark.django_db
@fuzz_settings(40)
@given(params=tampered(FILTERS, fields=FILTER_VALUES), language=LANGUAGES)
@example(params={"language": ["\x00"], "topic": ["x" * 100_000]}, language="de")
@example(params={"district": ["Innenstadt-Nord", "\u202eNord"]}, language="fa")
def test_finder_filters_never_fail(client, seeded_site, isolated, params, language):
    with isolated():
        response = client.get(f"/{language}/beratung/?{query_string(params)}")
        event(f"status {response.status_code}")
        assert response.status_code == 200
        assert_no_markup_injected(response.content.decode(), params)


@pytest.mark.django_db
@fuzz_settings(40)
@given(
    params=tampered({**FILTERS, "step": "2"}, fields={**FILTER_VALUES, "step": numbers()}),
    language=LANGUAGES,
)
@example(params={"step": ["9" * 5000]}, language="de")
@example(params={"step": ["-99999999999999999999"], "language": ["\x00"]}, language="ar")
def test_guide_steps_never_fail(client, seeded_site, isolated, params, language):
    with isolated():
        response = client.get(f"/{language}/beratung/wegweiser/?{query_string(params)}")
        event(f"status {response.status_code}")
        assert response.status_code == 200
        html = response.content.decode()
        assert 'class="guide-form"' in html
        assert_no_markup_injected(html, params)
