"""Password plus second factor, enrolment, lockout, sessions, password reset, the admin."""

import base64
import re
import time
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.hashers import MD5PasswordHasher
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client

from accounts.middleware import LAST_SEEN, LOGIN_AT
from accounts.models import BackupCodeDevice, TOTPDevice
from accounts.services import advisor_deactivate, backup_codes_create
from tests.cases.helpers import (
    PASSWORD,
    current_code,
    login_verified,
    login_with_two_factors,
    totp_device,
)
from tests.factories import AdvisorProfileFactory, UserFactory
from tests.ui import de

LOGIN = "/de/accounts/login/"
CODE = "/de/accounts/login/code/"
ENROL = "/de/accounts/login/set-up-code/"


def is_logged_in(client):
    return SESSION_KEY in client.session


@pytest.mark.django_db
def test_login_with_password_and_code_reaches_the_cases(client, advisor_a):
    response = login_with_two_factors(client, advisor_a)
    assert response.status_code == 302
    assert response["Location"] == "/de/cases/"
    assert client.get("/de/cases/").status_code == 200


@pytest.mark.django_db
def test_password_alone_does_not_log_in(client, advisor_a, case_a):
    response = client.post(LOGIN, {"username": advisor_a.username, "password": PASSWORD})
    assert response["Location"] == CODE
    assert not is_logged_in(client)
    assert client.get(f"/de/cases/{case_a.reference}/").status_code == 302
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_wrong_code_is_refused_next_to_the_field(client, advisor_a):
    client.post(LOGIN, {"username": advisor_a.username, "password": PASSWORD})
    response = client.post(CODE, {"otp_token": "000000"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_otp_token_error"' in html
    assert 'aria-invalid="true"' in html
    assert not is_logged_in(client)


@pytest.mark.django_db
def test_too_many_wrong_codes_end_the_half_login(client, advisor_a):
    client.post(LOGIN, {"username": advisor_a.username, "password": PASSWORD})
    for _ in range(5):
        client.post(CODE, {"otp_token": "000000"})
    # Even the right code no longer helps: the password has to be given again.
    response = client.post(CODE, {"otp_token": current_code(totp_device(advisor_a))})
    assert response["Location"] == LOGIN
    assert not is_logged_in(client)


@pytest.mark.django_db
def test_backup_code_works_once(client, advisor_a):
    code = backup_codes_create(user=advisor_a)[0]
    client.post(LOGIN, {"username": advisor_a.username, "password": PASSWORD})
    assert client.post(CODE, {"otp_token": code})["Location"] == "/de/cases/"
    other = Client()
    other.post(LOGIN, {"username": advisor_a.username, "password": PASSWORD})
    assert other.post(CODE, {"otp_token": code}).status_code == 200
    assert not is_logged_in(other)


@pytest.mark.django_db
def test_first_login_forces_enrolment_with_qr_and_backup_codes(client, center_a):
    user = AdvisorProfileFactory(advice_center=center_a).user
    response = client.post(LOGIN, {"username": user.username, "password": PASSWORD})
    assert response["Location"] == ENROL
    page = client.get(ENROL)
    html = page.content.decode()
    assert (
        f'<svg role="img" aria-label="{de("QR code with the key for your authenticator app")}'
        in html
    )
    assert re.search(r'<path [^>]*\bd="M', html)
    assert 'autocomplete="one-time-code"' in html
    assert "<script" not in html
    assert not is_logged_in(client)
    assert client.get("/de/cases/").status_code == 302
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    secret = re.search(r'<code class="secret">([A-Z2-7 ]+)</code>', html).group(1)
    assert base64.b32decode(secret.replace(" ", "")) == device.bin_key
    done = client.post(ENROL, {"otp_token": current_code(device)})
    assert done.status_code == 200
    assert BackupCodeDevice.objects.get(user=user).codes.count() == 10
    shown = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", done.content.decode())
    device = BackupCodeDevice.objects.get(user=user)
    assert len(set(shown)) == 10
    assert all(device.verify_token(code) for code in shown)
    assert is_logged_in(client)
    assert client.get("/de/cases/").status_code == 200


@pytest.mark.django_db
def test_login_page_fields_carry_autocomplete_and_the_footer_links_to_it(client):
    html = client.get(LOGIN).content.decode()
    assert 'autocomplete="username"' in html
    assert 'autocomplete="current-password"' in html
    assert html.count('href="/de/accounts/login/"') >= 1
    footer = html.split('<footer class="site-footer">')[1]
    assert 'href="/de/accounts/login/"' in footer


@pytest.mark.django_db
def test_unknown_user_and_wrong_password_get_the_same_answer(client, advisor_a):
    wrong = client.post(LOGIN, {"username": advisor_a.username, "password": "nope-nope-nope"})
    unknown = client.post(LOGIN, {"username": "nobody@example.org", "password": "nope-nope"})
    assert wrong.status_code == unknown.status_code == 200

    def message(response):
        return re.search(r'role="alert".*?</div>', response.content.decode(), re.S).group(0)

    assert message(wrong) == message(unknown)


@pytest.mark.django_db
@pytest.mark.parametrize("status", ["pending", "rejected", "deactivated"])
def test_accounts_not_approved_cannot_log_in(client, center_a, status):
    profile = AdvisorProfileFactory(advice_center=center_a, status=status)
    profile.user.is_active = status == "pending"  # even an active flag does not help
    profile.user.save()
    response = client.post(LOGIN, {"username": profile.user.username, "password": PASSWORD})
    assert response.status_code == 200
    assert "_intake_preauth" not in client.session


@pytest.mark.django_db
def test_lockout_by_name_and_address_leaves_the_real_user_in(advisor_a):
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(5):
        attacker.post(LOGIN, {"username": advisor_a.username, "password": "guess-guess"})
    locked = attacker.post(LOGIN, {"username": advisor_a.username, "password": PASSWORD})
    assert locked.status_code == 429
    assert "_intake_preauth" not in attacker.session
    # The same name from the advisor's own address still works.
    owner = Client(REMOTE_ADDR="198.51.100.7")
    assert login_with_two_factors(owner, advisor_a)["Location"] == "/de/cases/"


@pytest.mark.django_db
def test_lockout_also_hits_unknown_names_alike(client):
    for _ in range(5):
        client.post(LOGIN, {"username": "ghost@example.org", "password": "guess-guess"})
    assert (
        client.post(LOGIN, {"username": "ghost@example.org", "password": "x"}).status_code == 429
    )


@pytest.mark.django_db
def test_login_gives_a_new_session_id(client, advisor_a):
    client.get(LOGIN)
    client.session.save()
    before = client.cookies["sessionid"].value
    login_with_two_factors(client, advisor_a)
    assert client.cookies["sessionid"].value != before


@pytest.mark.django_db
def test_idle_session_ends(client, advisor_a):
    login_verified(client, advisor_a)
    assert client.get("/de/cases/").status_code == 200
    session = client.session
    session[LAST_SEEN] = int(time.time()) - 31 * 60
    session.save()
    assert client.get("/de/cases/").status_code == 302
    assert not is_logged_in(client)


@pytest.mark.django_db
def test_session_ends_after_its_absolute_lifetime_even_when_busy(client, advisor_a):
    login_verified(client, advisor_a)
    client.get("/de/cases/")
    session = client.session
    session[LOGIN_AT] = int(time.time()) - 9 * 60 * 60
    session.save()
    assert client.get("/de/cases/").status_code == 302


@pytest.mark.django_db
def test_password_reset_does_not_bypass_the_second_factor(
    client, advisor_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/de/accounts/password-reset/", {"email": advisor_a.email})
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/accounts/password-reset/\S+/", mail.outbox[0].body).group(0)
    path = urlsplit(link).path
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "a-brand-new-password-7", "new_password2": "a-brand-new-password-7"},
    )
    assert done.status_code == 302
    assert not is_logged_in(client)
    response = client.post(
        LOGIN, {"username": advisor_a.username, "password": "a-brand-new-password-7"}
    )
    assert response["Location"] == CODE
    assert client.get("/de/cases/").status_code == 302


@pytest.mark.django_db
def test_password_reset_answers_alike_for_unknown_addresses(client, advisor_a):
    known = client.post("/de/accounts/password-reset/", {"email": advisor_a.email})
    unknown = client.post("/de/accounts/password-reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


@pytest.mark.django_db
def test_wagtail_admin_needs_the_second_factor(client, admin_user):
    # Wagtail's own login form must not be a way around the code.
    response = client.post(
        "/admin/login/", {"username": admin_user.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
    assert not is_logged_in(client)
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 302
    login_verified(client, admin_user)
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_wagtail_front_end_login_is_the_two_factor_login(client, advisor_a):
    # Pages restricted to logged-in readers send them here; a password alone must not do.
    response = client.get("/de/_util/login/?next=/de/ueber-das-gremium/")
    assert response.status_code == 302
    assert response["Location"] == LOGIN + "?next=/de/ueber-das-gremium/"
    client.post("/de/_util/login/", {"username": advisor_a.username, "password": PASSWORD})
    assert not is_logged_in(client)


@pytest.mark.django_db
def test_the_admin_does_not_exist_for_advisors_with_two_factors(client, advisor_a):
    login_verified(client, advisor_a)
    for path in ("/admin/", "/admin/login/", "/admin/password_reset/"):
        response = client.get(path, follow=True)
        assert response.status_code == 404, path
        assert "wagtail" not in response.content.decode().lower()


@pytest.mark.django_db
def test_editor_reaches_the_admin_with_two_factors_but_no_case(client, editor, case_a):
    login_with_two_factors(client, editor)
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/de/cases/{case_a.reference}/").status_code == 404


@pytest.mark.django_db
def test_deactivation_ends_every_session(client, advisor_a):
    login_verified(client, advisor_a)
    other = Client()
    login_verified(other, advisor_a)
    assert other.get("/de/cases/").status_code == 200
    advisor_deactivate(profile=advisor_a.advisor_profile, actor=None)
    assert client.get("/de/cases/").status_code == 302
    assert other.get("/de/cases/").status_code == 302
    assert not [
        s for s in Session.objects.all() if s.get_decoded().get(SESSION_KEY) == str(advisor_a.pk)
    ]


@pytest.mark.django_db
def test_deactivation_in_wagtails_user_editor_ends_sessions_too(client, committee_member):
    login_verified(client, committee_member)
    committee_member.is_active = False
    committee_member.save()
    assert client.get("/de/cases/").status_code == 302


@pytest.mark.django_db
def test_logout_needs_post_and_ends_the_session(client, advisor_a):
    login_verified(client, advisor_a)
    assert client.get("/de/accounts/logout/").status_code == 405
    client.post("/de/accounts/logout/")
    assert not is_logged_in(client)


@pytest.mark.django_db
def test_next_parameter_cannot_send_the_user_elsewhere(client, advisor_a):
    client.post(
        LOGIN + "?next=https://evil.example/",
        {"username": advisor_a.username, "password": PASSWORD, "next": "https://evil.example/"},
    )
    response = client.post(CODE, {"otp_token": current_code(totp_device(advisor_a))})
    assert response["Location"] == "/de/cases/"


@pytest.mark.django_db
def test_user_factory_password_is_the_helper_password():
    assert UserFactory().check_password(PASSWORD)


@pytest.mark.django_db
def test_every_failed_login_costs_one_password_hash(client, center_a, advisor_a, monkeypatch):
    pending = AdvisorProfileFactory(advice_center=center_a, status="pending").user
    pending.set_unusable_password()
    pending.is_active = False
    pending.save()
    calls = []
    original = MD5PasswordHasher.encode

    def counting(self, password, salt):
        calls.append(1)
        return original(self, password, salt)

    monkeypatch.setattr(MD5PasswordHasher, "encode", counting)
    for username in (advisor_a.username, "nobody@example.org", pending.username):
        calls.clear()
        client.post(LOGIN, {"username": username, "password": "wrong-password-9"})
        assert len(calls) == 1, username


@pytest.mark.django_db
def test_username_is_case_insensitive_for_login_and_lockout(advisor_a):
    name = advisor_a.username
    attacker = Client(REMOTE_ADDR="203.0.113.10")
    for variant in (name.upper(), name.title(), name.swapcase(), name.capitalize(), name):
        attacker.post(LOGIN, {"username": variant, "password": "guess-guess"})
    locked = attacker.post(LOGIN, {"username": name, "password": PASSWORD})
    assert locked.status_code == 429
    owner = Client()
    response = owner.post(LOGIN, {"username": name.upper(), "password": PASSWORD})
    assert response["Location"] == CODE
