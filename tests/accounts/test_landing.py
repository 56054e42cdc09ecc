"""After login each role lands on its own work, never on a page it may not see."""

import pytest

from tests.cases.helpers import PASSWORD, current_code, login_with_two_factors, totp_device


@pytest.mark.parametrize(
    ("person", "home"),
    [
        ("advisor_a", "/de/cases/"),
        ("committee_member", "/de/committee/"),
        ("editor", "/admin/"),
        ("admin_user", "/admin/"),
    ],
)
def test_each_role_lands_on_its_home(client, request, seeded_site, person, home):
    user = request.getfixturevalue(person)
    response = login_with_two_factors(client, user)
    assert response.status_code == 302
    assert response["Location"] == home
    assert client.get(home).status_code == 200


def test_a_page_asked_for_still_wins(client, seeded_site, committee_member):
    device = totp_device(committee_member)
    client.post(
        "/de/accounts/login/",
        {
            "username": committee_member.username,
            "password": PASSWORD,
            "next": "/de/committee/sessions/",
        },
    )
    response = client.post("/de/accounts/login/code/", {"otp_token": current_code(device)})
    assert response["Location"] == "/de/committee/sessions/"
