"""Advisors and the committee tell cases apart by the person's name and find them by name or
reference: names only for those who may read the case, never in an address, and searched
through a keyed blind index that says nothing without the key."""

import hashlib
import importlib
import re
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse

from cases.models import AuditEntry, CaseNameToken
from cases.name_index import name_tokens
from committee import services as committee_services
from tests.cases.helpers import login_verified, submit_case
from tests.ui import de

pytestmark = pytest.mark.django_db

CASES = "/de/cases/"
COMMITTEE = "/de/committee/"


def search(client, path, query):
    response = client.post(path, {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def references(html, *cases):
    return {case.reference for case in cases if case.reference in html}


def addresses(response):
    """Every address a page sends the reader to: links, form targets, sources, redirects."""
    html = response.content.decode()
    found = re.findall(r'(?:href|action|src|formaction)="([^"]*)"', html)
    return [*found, response.get("Location", "")]


# Names in the lists ---------------------------------------------------------------------


def test_each_advisor_sees_the_names_of_their_own_centre_only(
    client, advisor_a, advisor_b, case_a, case_b
):
    login_verified(client, advisor_a)
    own = client.get(CASES).content.decode()
    assert "Amina Testperson" in own
    assert "Other Person" not in own and case_b.reference not in own

    login_verified(client, advisor_b)
    other = client.get(CASES).content.decode()
    assert "Other Person" in other
    assert "Amina Testperson" not in other and case_a.reference not in other


def test_the_committee_list_shows_every_name_with_centre(client, committee_member, case_a, case_b):
    login_verified(client, committee_member)
    html = client.get(COMMITTEE).content.decode()
    assert "Amina Testperson" in html and "Other Person" in html
    assert "Zentrum A" in html and "Zentrum B" in html


def test_each_list_view_is_audited_without_a_name(client, advisor_a, committee_member, case_a):
    login_verified(client, advisor_a)
    client.get(CASES)
    search(client, CASES, "Amina")
    login_verified(client, committee_member)
    client.get(COMMITTEE)
    search(client, COMMITTEE, "Testperson")
    entries = AuditEntry.objects.filter(action=AuditEntry.Action.VIEW, case_reference="")
    assert [(entry.actor, entry.detail) for entry in entries] == [
        (advisor_a, "case list"),
        (advisor_a, "case search"),
        (committee_member, "committee case list"),
        (committee_member, "committee case search"),
    ]


# Search ---------------------------------------------------------------------------------


def test_an_advisor_finds_their_case_by_a_name_part_in_any_case(client, advisor_a, case_a):
    other = submit_case(advisor_a, full_name="Jonas Beispiel")
    login_verified(client, advisor_a)
    for query in ("testperson", "TESTPERSON", "  Amina   Testperson ", "testperson amina"):
        html = search(client, CASES, query)
        assert references(html, case_a, other) == {case_a.reference}, query
    # Every word must match; a piece of a word matches nothing.
    assert references(search(client, CASES, "Amina Beispiel"), case_a, other) == set()
    assert references(search(client, CASES, "Testpers"), case_a, other) == set()
    assert de("No case matches this search.") in search(client, CASES, "Niemand")


def test_accents_and_german_spelling_are_found(client, advisor_a):
    case = submit_case(advisor_a, full_name="Zoë Müller-Şahin")
    login_verified(client, advisor_a)
    for query in ("zoe", "ZOË", "müller", "MUELLER", "Muller", "sahin", "Zoe Şahin"):
        assert references(search(client, CASES, query), case) == {case.reference}, query


def test_a_reference_is_found_by_its_beginning_in_any_case(client, advisor_a, case_a):
    other = submit_case(advisor_a, full_name="Jonas Beispiel")
    login_verified(client, advisor_a)
    assert references(search(client, CASES, case_a.reference.lower()), case_a, other) == {
        case_a.reference
    }
    assert references(search(client, CASES, case_a.reference[:7]), case_a, other) >= {
        case_a.reference
    }


def test_another_centre_finds_nothing_by_the_name(client, advisor_b, case_a, case_b):
    login_verified(client, advisor_b)
    html = search(client, CASES, "Amina Testperson")
    assert case_a.reference not in html
    assert de("No case matches this search.") in html
    html = search(client, CASES, case_a.reference)
    assert case_a.reference not in html.split('id="case-search"')[1].split("</form>")[1]


def test_the_committee_finds_by_name_within_its_filters(client, committee_member, case_a, case_b):
    login_verified(client, committee_member)
    assert references(search(client, COMMITTEE, "other"), case_a, case_b) == {case_b.reference}
    assert references(search(client, COMMITTEE, "Amina"), case_a, case_b) == {case_a.reference}
    # The search goes to the list's address with its filters, which still apply.
    closed = search(client, f"{COMMITTEE}?status=closed", "Amina")
    assert references(closed, case_a, case_b) == set()


def test_a_search_too_long_is_a_message_next_to_the_field(client, advisor_a, case_a):
    login_verified(client, advisor_a)
    response = client.post(CASES, {"q": "Amina " * 50})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="id_q_error"' in html and 'aria-invalid="true"' in html
    # What was typed stays in the field; the list shows every case meanwhile.
    assert "Amina Amina" in html
    assert case_a.reference in html
    assert client.post(CASES, {"q": " "}).status_code == 200


# Never in an address ----------------------------------------------------------------------


def test_no_name_is_in_any_address_of_the_pages(client, advisor_a, committee_member, case_a):
    name_parts = ["amina", "testperson"]
    login_verified(client, advisor_a)
    responses = [
        client.get(CASES),
        client.post(CASES, {"q": "Amina Testperson"}),
        client.get(reverse("cases:case_detail", args=[case_a.reference])),
    ]
    login_verified(client, committee_member)
    responses += [
        client.get(COMMITTEE, {"sort": "deadline"}),
        client.post(f"{COMMITTEE}?sort=deadline", {"q": "Amina Testperson"}),
        client.get(reverse("committee:case_detail", args=[case_a.reference])),
    ]
    for response in responses:
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        for address in addresses(response):
            assert not [part for part in name_parts if part in address.casefold()], address
    # The searches answered with the results, not with a redirect to an address.
    assert "Amina Testperson" in responses[1].content.decode()
    assert 'method="post"' in responses[0].content.decode().split('id="case-search"')[0][-200:]


# The index itself ---------------------------------------------------------------------------


def plain_hashes(*texts):
    hashes = set()
    for text in texts:
        for algorithm in ("md5", "sha1", "sha256", "sha512"):
            hashes.add(hashlib.new(algorithm, text.encode()).hexdigest()[:64])
    return hashes


def test_tokens_hold_no_name_nor_a_hash_anyone_could_compute(case_a):
    tokens = set(CaseNameToken.objects.filter(case=case_a).values_list("token", flat=True))
    assert tokens
    assert all(re.fullmatch(r"[0-9a-f]{64}", token) for token in tokens)
    for token in tokens:
        assert "amina" not in token and "testperson" not in token
    guesses = ["amina", "testperson", "amina testperson", "Amina", "Testperson"]
    guesses += ["Amina Testperson", "AMINA", "TESTPERSON"]
    assert not tokens & plain_hashes(*guesses)


def test_tokens_depend_on_the_key(settings, advisor_a):
    first = name_tokens("Amina Testperson")
    settings.SECRET_KEY = "another-key-for-this-test-only"
    assert not set(first) & set(name_tokens("Amina Testperson"))


def test_search_survives_a_key_change_until_the_index_is_rebuilt(client, settings, advisor_a):
    case = submit_case(advisor_a, full_name="Amina Testperson")
    old_key = settings.SECRET_KEY
    settings.SECRET_KEY = "the-new-key-for-this-test-only"
    settings.SECRET_KEY_FALLBACKS = [old_key]
    login_verified(client, advisor_a)
    assert references(search(client, CASES, "Amina"), case) == {case.reference}

    settings.SECRET_KEY_FALLBACKS = []
    assert references(search(client, CASES, "Amina"), case) == set()
    output = StringIO()
    call_command("rebuild_case_name_index", stdout=output)
    assert references(search(client, CASES, "Amina"), case) == {case.reference}
    assert set(CaseNameToken.objects.filter(case=case).values_list("token", flat=True)) == set(
        name_tokens("Amina Testperson")
    )


def test_tokens_go_with_the_case(advisor_a, committee_member, case_a):
    assert CaseNameToken.objects.filter(case=case_a).exists()
    committee_services.case_delete(case=case_a, actor=committee_member, detail="test")
    assert not CaseNameToken.objects.exists()


def test_cases_from_before_the_index_get_their_tokens(case_a, case_b):
    CaseNameToken.objects.all().delete()
    migration = importlib.import_module("cases.migrations.0004_case_name_tokens_fill")
    migration.tokens_fill(apps, None)
    assert set(CaseNameToken.objects.filter(case=case_a).values_list("token", flat=True)) == set(
        name_tokens("Amina Testperson")
    )
    assert CaseNameToken.objects.filter(case=case_b).count() == len(name_tokens("Other Person"))
