"""A logged-in person sees who they are and the way out on every public page; anonymous
readers see what they always saw, from the page cache, and never anyone's name."""

import re

import pytest
from django.test import Client
from django.utils import translation

from tests.cases.helpers import (
    PASSWORD,
    current_code,
    login_verified,
    login_with_two_factors,
    totp_device,
)
from tests.committee.conftest import office_user

PAGE = "/de/ueber-das-gremium/"


def _name(user):
    return user.get_full_name() or user.get_username()


def _german(text):
    with translation.override("de"):
        return translation.gettext(text)


def test_a_logged_in_person_sees_their_name_and_a_log_out_button(client, seeded_site, advisor_a):
    login_verified(client, advisor_a)
    response = client.get(PAGE)
    html = response.content.decode()
    assert f"<bdi>{_name(advisor_a)}</bdi>" in html
    form = re.search(r'<form method="post" action="/de/accounts/logout/">.*?</form>', html, re.S)
    assert form and 'name="csrfmiddlewaretoken"' in form.group(0)
    assert _german("Log out") in form.group(0)
    # The footer no longer offers to log in.
    assert _german("Log in (advisors and committee)") not in html
    assert "no-store" in response["Cache-Control"]


def test_the_log_out_button_works_without_script(client, seeded_site, advisor_a):
    login_verified(client, advisor_a)
    client.get(PAGE)
    response = client.post("/de/accounts/logout/")
    assert response.status_code == 302
    assert _name(advisor_a) not in client.get(PAGE).content.decode()


def test_anonymous_readers_see_the_log_in_link_and_no_name(client, seeded_site):
    html = client.get(PAGE).content.decode()
    assert _german("Log in (advisors and committee)") in html
    assert 'action="/de/accounts/logout/"' not in html


def test_the_page_cache_never_serves_or_keeps_a_persons_page(page_cache, seeded_site, advisor_a):
    anonymous = Client()
    person = Client()
    login_verified(person, advisor_a)
    # The person first: their page must not become the cached one.
    mine = person.get(PAGE)
    assert mine.get("X-Cache") is None
    assert _name(advisor_a) in mine.content.decode()
    first = anonymous.get(PAGE)
    second = anonymous.get(PAGE)
    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    for response in (first, second):
        html = response.content.decode()
        assert _name(advisor_a) not in html
        assert 'action="/de/accounts/logout/"' not in html
    # And with the anonymous page cached, the person still gets their own.
    again = person.get(PAGE)
    assert again.get("X-Cache") is None
    assert _name(advisor_a) in again.content.decode()


@pytest.mark.parametrize(
    ("person", "home"),
    [
        ("advisor_a", "/de/cases/"),
        ("committee_member", "/de/committee/"),
        ("editor", "/admin/"),
        ("office", "/admin/"),
    ],
)
def test_each_role_lands_on_its_home(client, request, seeded_site, person, home):
    user = office_user() if person == "office" else request.getfixturevalue(person)
    response = login_with_two_factors(client, user)
    assert response["Location"] == home
    assert client.get(home).status_code == 200


def test_a_foreign_next_is_ignored(client, seeded_site, editor):
    device = totp_device(editor)
    client.post(
        "/de/accounts/login/",
        {"username": editor.username, "password": PASSWORD, "next": "https://evil.example/"},
    )
    response = client.post("/de/accounts/login/code/", {"otp_token": current_code(device)})
    assert response["Location"] == "/admin/"
