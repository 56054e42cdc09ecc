"""Requesting an advisor account, and the office's decision in the Wagtail admin."""

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client
from wagtail.models import Locale

from accounts.models import AdvisorProfile
from accounts.services import advisor_register
from tests.cases.helpers import PASSWORD, login_verified, registration_post


@pytest.mark.django_db
def test_registration_creates_an_inactive_pending_account(
    client, center_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = registration_post(client, center_a)
    assert response.status_code == 302
    assert response["Location"] == "/de/accounts/register/done/"
    user = User.objects.get(username="new.advisor@example.org")
    assert not user.is_active
    assert not user.has_usable_password()
    assert user.advisor_profile.status == AdvisorProfile.Status.PENDING
    assert user.advisor_profile.advice_center == center_a
    assert len(mail.outbox) == 1  # the office is told, without the person's details
    assert "new.advisor" not in mail.outbox[0].body


@pytest.mark.django_db
def test_wrong_captcha_keeps_the_input_and_shows_the_error(client, center_a):
    response = registration_post(client, center_a, answer="wrong")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_captcha_error"' in html or 'id="id_captcha_1_error"' in html
    assert 'value="Neue Beraterin"' in html
    assert not User.objects.filter(username="new.advisor@example.org").exists()


@pytest.mark.django_db
def test_registration_is_rate_limited_per_address(center_a):
    client = Client(REMOTE_ADDR="192.0.2.44")
    for number in range(5):
        assert (
            registration_post(client, center_a, email=f"a{number}@example.org").status_code == 302
        )
    assert registration_post(client, center_a, email="a9@example.org").status_code == 429
    assert not User.objects.filter(username="a9@example.org").exists()
    other = Client(REMOTE_ADDR="192.0.2.45")
    assert registration_post(other, center_a, email="b@example.org").status_code == 302


@pytest.mark.django_db
def test_a_known_address_gets_the_same_answer_and_no_second_account(client, advisor_a, center_a):
    response = registration_post(client, center_a, email=advisor_a.email)
    assert response["Location"] == "/de/accounts/register/done/"
    assert User.objects.filter(email__iexact=advisor_a.email).count() == 1


@pytest.mark.django_db
def test_pending_account_cannot_log_in(client, center_a):
    registration_post(client, center_a)
    user = User.objects.get(username="new.advisor@example.org")
    user.set_password(PASSWORD)
    user.save()
    response = client.post(
        "/de/accounts/login/", {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 200
    assert "_intake_preauth" not in client.session


@pytest.mark.django_db
def test_staff_approves_in_the_admin_linking_the_centre_and_the_person_gets_a_link(
    client, center_a, center_b, admin_user, django_capture_on_commit_callbacks
):
    registration_post(Client(), center_a)
    profile = AdvisorProfile.objects.get(user__username="new.advisor@example.org")
    mail.outbox.clear()
    login_verified(client, admin_user)
    listing = client.get("/admin/advisor-accounts/")
    assert listing.status_code == 200
    assert "new.advisor@example.org" in listing.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/advisor-accounts/{profile.pk}/decide/",
            {"action": "approve", "advice_center": center_b.pk},
        )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.status == AdvisorProfile.Status.APPROVED
    assert profile.advice_center == center_b
    assert profile.user.is_active
    assert profile.user.groups.filter(name="Advisors").exists()
    assert mail.outbox[0].to == ["new.advisor@example.org"]
    link = re.search(r"https?://\S+/accounts/password-reset/\S+/", mail.outbox[0].body).group(0)
    new = Client()
    page = new.get(link.split("8000", 1)[-1].split("testserver", 1)[-1], follow=True)
    assert page.status_code == 200
    done = new.post(
        page.redirect_chain[-1][0],
        {"new_password1": "my-own-password-42", "new_password2": "my-own-password-42"},
    )
    assert done.status_code == 302
    first = new.post(
        "/de/accounts/login/",
        {"username": "new.advisor@example.org", "password": "my-own-password-42"},
    )
    assert first["Location"] == "/de/accounts/login/set-up-code/"


@pytest.mark.django_db
def test_staff_rejects_and_the_person_is_told(
    client, center_a, admin_user, django_capture_on_commit_callbacks
):
    registration_post(Client(), center_a)
    profile = AdvisorProfile.objects.get(user__username="new.advisor@example.org")
    mail.outbox.clear()
    login_verified(client, admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/advisor-accounts/{profile.pk}/decide/", {"action": "reject"})
    profile.refresh_from_db()
    assert profile.status == AdvisorProfile.Status.REJECTED
    assert not profile.user.is_active
    assert mail.outbox[0].to == ["new.advisor@example.org"]


@pytest.mark.django_db
def test_editors_cannot_decide_on_accounts(client, editor, center_a):
    registration_post(Client(), center_a)
    profile = AdvisorProfile.objects.get(user__username="new.advisor@example.org")
    login_verified(client, editor)
    assert client.get("/admin/advisor-accounts/").status_code in (302, 403)
    client.post(
        f"/admin/advisor-accounts/{profile.pk}/decide/",
        {"action": "approve", "advice_center": center_a.pk},
    )
    profile.refresh_from_db()
    assert profile.status == AdvisorProfile.Status.PENDING


@pytest.mark.django_db
def test_a_translated_centre_is_stored_as_the_german_one(client, center_a):
    english = Locale.objects.get_or_create(language_code="en")[0]
    translation = center_a.copy_for_translation(english)
    translation.save()
    profile = advisor_register(
        full_name="X Y", email="x@example.org", advice_center=translation, role="case_manager"
    )
    assert profile.advice_center == center_a
