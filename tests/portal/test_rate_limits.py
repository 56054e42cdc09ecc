"""Abuse limits: every address an anonymous visitor can POST to answers 429 past its limit,
in the reader's language, without repeating what was sent."""

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.utils import translation

from tests.cases.helpers import PASSWORD, current_code, login_verified, totp_device
from tests.factories import AdvisorProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

# Each limit of the table below is set to OWN; the ceiling for every anonymous POST to
# CEILING. A 429 after OWN POSTs proves the address's own limit, after CEILING the ceiling.
OWN = 2
CEILING = 4

# Every URL pattern outside the admin, with example addresses and the scope whose limit an
# anonymous POST there meets first. ``None``: only the ceiling for all anonymous POSTs. A new
# URL makes test_every_url_pattern_is_in_the_table fail until it is listed here.
TABLE = {
    "healthz": [("/healthz", None)],
    "documents/^(\\d+)/(.*)$": [("/documents/1/leaflet.pdf", None)],
    "documents/authenticate_with_password/<int:restriction_id>/": [
        ("/documents/authenticate_with_password/1/", None)
    ],
    "captcha/image/(?P<key>\\w+)/$": [("/captcha/image/abc/", None)],
    "captcha/image/(?P<key>\\w+)@2/$": [("/captcha/image/abc@2/", None)],
    "captcha/audio/(?P<key>\\w+).wav$": [("/captcha/audio/abc.wav", None)],
    "captcha/refresh/$": [("/captcha/refresh/", None)],
    "sitemap.xml": [("/sitemap.xml", None)],
    "robots.txt": [("/robots.txt", None)],
    "de/accounts/login/": [("/de/accounts/login/", "login")],
    "de/accounts/login/code/": [("/de/accounts/login/code/", "second-factor")],
    "de/accounts/login/set-up-code/": [("/de/accounts/login/set-up-code/", "second-factor")],
    "de/accounts/logout/": [("/de/accounts/logout/", None)],
    "de/accounts/register/": [("/de/accounts/register/", "register")],
    "de/accounts/register/done/": [("/de/accounts/register/done/", None)],
    "de/accounts/password-reset/": [("/de/accounts/password-reset/", "password-reset")],
    "de/accounts/password-reset/sent/": [("/de/accounts/password-reset/sent/", None)],
    "de/accounts/password-reset/<uidb64>/<token>/": [
        ("/de/accounts/password-reset/MQ/set-password/", "password-reset-confirm")
    ],
    "de/accounts/password-reset/complete/": [("/de/accounts/password-reset/complete/", None)],
    "de/cases/": [("/de/cases/", None)],
    "de/cases/new/": [("/de/cases/new/", None)],
    "de/cases/drafts/<uuid:public_id>/<slug:step>/": [
        ("/de/cases/drafts/00000000-0000-4000-8000-000000000000/person/", None)
    ],
    "de/cases/drafts/<uuid:public_id>/delete/": [
        ("/de/cases/drafts/00000000-0000-4000-8000-000000000000/delete/", None)
    ],
    "de/cases/drafts/<uuid:public_id>/evidence/<int:pk>/remove/": [
        ("/de/cases/drafts/00000000-0000-4000-8000-000000000000/evidence/1/remove/", None)
    ],
    "de/cases/drafts/<uuid:public_id>/evidence/<int:pk>/file/": [
        ("/de/cases/drafts/00000000-0000-4000-8000-000000000000/evidence/1/file/", None)
    ],
    "de/cases/<str:reference>/": [("/de/cases/BF-AAAA-BBBB/", None)],
    "de/cases/<str:reference>/consent-file/": [("/de/cases/BF-AAAA-BBBB/consent-file/", None)],
    "de/cases/<str:reference>/receipt.pdf": [("/de/cases/BF-AAAA-BBBB/receipt.pdf", None)],
    # Logged in with both factors only: the ceiling for anonymous POSTs is all a stranger meets.
    "de/cases/<str:reference>/evidence/": [("/de/cases/BF-AAAA-BBBB/evidence/", None)],
    "de/cases/<str:reference>/evidence/<int:number>/": [
        ("/de/cases/BF-AAAA-BBBB/evidence/1/", None)
    ],
    "de/cases/<str:reference>/addenda/": [("/de/cases/BF-AAAA-BBBB/addenda/", None)],
    # The public application form: every step counts, open or closed.
    "de/apply/": [("/de/apply/", "public-application")],
    "de/apply/email/": [("/de/apply/email/", "public-application")],
    "de/apply/sent/": [("/de/apply/sent/", "public-application")],
    "de/apply/confirm/<str:token>/": [("/de/apply/confirm/abc/", "public-application")],
    "de/apply/form/": [("/de/apply/form/", "public-application")],
    "de/apply/receipt/<str:reference>.pdf": [
        ("/de/apply/receipt/BF-AAAA-BBBB.pdf", "public-application")
    ],
    "de/apply/status/": [("/de/apply/status/", "public-status")],
    "de/consent/": [("/de/consent/", None)],
    "de/consent/<str:version>/": [("/de/consent/1.0/", None)],
    "de/consent/<str:version>/print.pdf": [("/de/consent/1.0/print.pdf", None)],
    "de/_util/login/": [("/de/_util/login/", None)],
    "de/suche/": [("/de/suche/", None)],
    "de/committee/": [("/de/committee/", None)],
    "de/committee/cases/record/": [("/de/committee/cases/record/", None)],
    "de/committee/cases/<str:reference>/": [("/de/committee/cases/BF-AAAA-BBBB/", None)],
    "de/committee/cases/<str:reference>/status/": [
        ("/de/committee/cases/BF-AAAA-BBBB/status/", None)
    ],
    "de/committee/cases/<str:reference>/schedule/": [
        ("/de/committee/cases/BF-AAAA-BBBB/schedule/", None)
    ],
    "de/committee/cases/<str:reference>/assessment/": [
        ("/de/committee/cases/BF-AAAA-BBBB/assessment/", None)
    ],
    "de/committee/cases/<str:reference>/release/": [
        ("/de/committee/cases/BF-AAAA-BBBB/release/", None)
    ],
    "de/committee/sessions/": [("/de/committee/sessions/", None)],
    "de/committee/sessions/<int:pk>/": [("/de/committee/sessions/1/", None)],
    "de/committee/sessions/<int:pk>/edit/": [("/de/committee/sessions/1/edit/", None)],
    "de/committee/sessions/<int:pk>/cancel/": [("/de/committee/sessions/1/cancel/", None)],
    "de/committee/sessions/<int:pk>/attendance/": [("/de/committee/sessions/1/attendance/", None)],
    "de/committee/sessions/<int:pk>/agenda/<int:item_pk>/move/": [
        ("/de/committee/sessions/1/agenda/1/move/", None)
    ],
    "de/committee/sessions/<int:pk>/agenda/<int:item_pk>/note/": [
        ("/de/committee/sessions/1/agenda/1/note/", None)
    ],
    "de/committee/cases/<str:reference>/note/": [("/de/committee/cases/BF-AAAA-BBBB/note/", None)],
    "de/committee/cases/<str:reference>/confirm/": [
        ("/de/committee/cases/BF-AAAA-BBBB/confirm/", None)
    ],
    "de/committee/cases/<str:reference>/authority-informed/": [
        ("/de/committee/cases/BF-AAAA-BBBB/authority-informed/", None)
    ],
    "de/committee/sessions/<int:pk>/invite/": [("/de/committee/sessions/1/invite/", None)],
    "de/committee/sessions/<int:pk>/session.ics": [("/de/committee/sessions/1/session.ics", None)],
    "de/committee/sessions/<int:pk>/protocol.pdf": [
        ("/de/committee/sessions/1/protocol.pdf", None)
    ],
    "de/cases/<str:reference>/withdraw/": [("/de/cases/BF-AAAA-BBBB/withdraw/", None)],
    "de/cases/<str:reference>/assessment.pdf": [("/de/cases/BF-AAAA-BBBB/assessment.pdf", None)],
    # Referrals: the office and the chosen offers' people, logged in with both factors; the
    # declaration is read, never posted to.
    "de/referrals/": [("/de/referrals/", None)],
    "de/referrals/new/": [("/de/referrals/new/", None)],
    "de/referrals/<str:reference>/": [("/de/referrals/ABKR-AAAA-BBBB/", None)],
    "de/referrals/<str:reference>/consent-file/": [
        ("/de/referrals/ABKR-AAAA-BBBB/consent-file/", None)
    ],
    "de/referrals/<str:reference>/withdraw/": [("/de/referrals/ABKR-AAAA-BBBB/withdraw/", None)],
    "de/centre-referrals/": [("/de/centre-referrals/", None)],
    "de/centre-referrals/<str:reference>/": [("/de/centre-referrals/ABKR-AAAA-BBBB/", None)],
    "de/centre-referrals/<str:reference>/contact/": [
        ("/de/centre-referrals/ABKR-AAAA-BBBB/contact/", None)
    ],
    "de/referral-consent/": [("/de/referral-consent/", None)],
    "de/referral-consent/<str:version>/": [("/de/referral-consent/1.0/", None)],
    "de/referral-consent/<str:version>/print.pdf": [("/de/referral-consent/1.0/print.pdf", None)],
    "de/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": [
        ("/de/_util/authenticate_with_password/1/2/", None)
    ],
    # Wagtail serves every page; the contact page and the accessibility statement carry the
    # public forms.
    "de/^((?:[\\w\\-]+/)*)$": [
        ("/de/kontakt/", "public-form"),
        ("/de/barrierefreiheit/", "public-form"),
        ("/de/", None),
        ("/de/ueber-das-gremium/", None),
        ("/de/no-such-page/", None),
    ],
}
# The admin, its own login and password reset included: redirected to the two-step login
# before any of its views runs (accounts.middleware.AdminSecondFactorMiddleware).
ADMIN_EXAMPLES = ["/admin/", "/admin/login/", "/admin/password_reset/", "/admin/pages/3/edit/"]


def url_patterns(patterns=None, prefix=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from url_patterns(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern)


def tight_limits(settings, **scopes):
    settings.RATE_LIMITS = {
        **{scope: (OWN, period) for scope, (_limit, period) in settings.RATE_LIMITS.items()},
        "anonymous-post": (CEILING, 3600),
        **scopes,
    }


def attempts_until_429(client, path, data=None, most=CEILING + 1, **extra):
    for attempt in range(1, most + 1):
        response = client.post(path, data or {}, **extra)
        if response.status_code == 429:
            return attempt, response
    return None, response


def test_every_url_pattern_is_in_the_table():
    listed = {pattern for pattern in url_patterns() if not pattern.startswith("admin/")}
    assert listed == set(TABLE)


@pytest.mark.parametrize(
    "path,scope",
    [example for examples in TABLE.values() for example in examples]
    + [(path, None) for path in ADMIN_EXAMPLES],
)
def test_every_anonymous_post_meets_a_limit(settings, seeded_site, path, scope):
    tight_limits(settings)
    attempt, response = attempts_until_429(Client(), path)
    assert attempt == (OWN if scope else CEILING) + 1, (path, response.status_code)
    assert response["Retry-After"].isdigit()
    assert "no-store" in response["Cache-Control"]


def test_the_ceiling_does_not_count_people_logged_in_with_both_factors(settings, seeded_site):
    tight_limits(settings)
    office = UserFactory(groups=["Office"])
    client = Client()
    login_verified(client, office)
    for _ in range(CEILING + 2):
        assert client.post("/de/committee/sessions/", {"place": "Rathaus"}).status_code == 400
    # The same address without a login is counted.
    assert attempts_until_429(Client(), "/de/")[0] == CEILING + 1


def test_other_methods_than_post_count_as_well(settings, seeded_site):
    tight_limits(settings)
    client = Client()
    for method in (client.put, client.delete, client.patch, client.put):
        assert method("/de/ueber-das-gremium/").status_code != 429
    assert client.delete("/de/ueber-das-gremium/").status_code == 429
    assert client.get("/de/ueber-das-gremium/").status_code == 200


def test_each_address_has_its_own_count(settings, seeded_site):
    tight_limits(settings)
    one, other = Client(REMOTE_ADDR="192.0.2.1"), Client(REMOTE_ADDR="192.0.2.2")
    assert attempts_until_429(one, "/de/accounts/password-reset/")[0] == OWN + 1
    assert (
        other.post("/de/accounts/password-reset/", {"email": "a@example.org"}).status_code == 302
    )


# Translated 429 pages -------------------------------------------------------------------

MARKERS = {
    "name": "Zeynep-Markername-7731",
    "full_name": "Zeynep-Markername-7731",
    "email": "marker-7731@example.org",
    "message": "Marker message 7731 about my Duldung",
    "username": "marker-7731@example.org",
    "password": "marker-password-7731",
}


def arabic(message):
    with translation.override("ar"):
        text = translation.gettext(message)
    assert text != message, f"no Arabic translation of {message!r}"
    return text


def assert_arabic_429(response, heading):
    html = response.content.decode()
    assert response.status_code == 429
    assert re.search(r'<html lang="ar" dir="rtl">', html)
    assert f"<h1>{arabic(heading)}</h1>" in html
    for marker in MARKERS.values():
        assert marker not in html


def test_contact_form_limit_in_arabic(settings, seeded_site):
    tight_limits(settings)
    client = Client()
    assert client.get("/ar/kontakt/").status_code == 200
    attempt, response = attempts_until_429(client, "/ar/kontakt/", MARKERS)
    assert attempt == OWN + 1
    assert_arabic_429(response, "Too many messages")
    assert arabic(
        "Nothing you wrote has been sent. If you still have the text, keep a copy of it."
    ) in (response.content.decode())


def test_registration_limit_in_arabic(settings, seeded_site):
    tight_limits(settings)
    attempt, response = attempts_until_429(Client(), "/ar/accounts/register/", MARKERS)
    assert attempt == OWN + 1
    assert_arabic_429(response, "Too many attempts")
    assert (
        arabic("Too many requests came from here in the last hour. Please try again later.")
        in response.content.decode()
    )


def test_login_lockout_in_arabic(seeded_site):
    advisor = AdvisorProfileFactory().user
    data = {**MARKERS, "username": advisor.username}
    client = Client()
    for _ in range(4):
        assert client.post("/ar/accounts/login/", data).status_code == 200
    # The fifth failure locks the name and address; even the right password is refused.
    assert client.post("/ar/accounts/login/", data).status_code == 429
    response = client.post("/ar/accounts/login/", {**data, "password": PASSWORD})
    assert_arabic_429(response, "Too many attempts")
    assert advisor.username not in response.content.decode()
    assert response["Retry-After"] == "900"
    assert "_intake_preauth" not in client.session


def test_login_limit_per_address_in_arabic_whatever_the_names(settings, seeded_site):
    tight_limits(settings)
    client = Client()
    for number in range(OWN):
        client.post("/ar/accounts/login/", {"username": f"n{number}", "password": "x"})
    response = client.post("/ar/accounts/login/", MARKERS)
    assert_arabic_429(response, "Too many attempts")


def test_ceiling_page_in_arabic(settings, seeded_site):
    tight_limits(settings)
    attempt, response = attempts_until_429(Client(), "/ar/ueber-das-gremium/", MARKERS)
    assert attempt == CEILING + 1
    assert_arabic_429(response, "Too many attempts")


# The login steps -------------------------------------------------------------------------


def password_step(client, user):
    response = client.post(
        "/de/accounts/login/", {"username": user.username, "password": PASSWORD}
    )
    assert response["Location"] == "/de/accounts/login/code/"


def test_wrong_codes_count_for_the_account_across_sessions_and_addresses(settings, seeded_site):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "second-factor-account": (3, 900)}
    advisor = AdvisorProfileFactory().user
    device = totp_device(advisor)
    first, second = Client(REMOTE_ADDR="192.0.2.10"), Client(REMOTE_ADDR="198.51.100.10")
    password_step(first, advisor)
    password_step(second, advisor)
    for client in (first, second, first):
        assert client.post("/de/accounts/login/code/", {"otp_token": "000000"}).status_code == 200
    # Even the right code is refused now, in a fresh session from a third address.
    third = Client(REMOTE_ADDR="203.0.113.10")
    password_step(third, advisor)
    response = third.post("/de/accounts/login/code/", {"otp_token": current_code(device)})
    assert response.status_code == 429
    assert SESSION_KEY not in third.session
    assert "_intake_preauth" not in third.session


def test_behind_a_proxy_the_lockout_is_per_forwarded_address(settings, seeded_site):
    settings.PUBLIC_FORM_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    advisor = AdvisorProfileFactory().user
    totp_device(advisor)
    proxy = Client(REMOTE_ADDR="10.0.0.1")
    data = {"username": advisor.username, "password": "guess-guess"}
    for _ in range(5):
        proxy.post("/de/accounts/login/", data, HTTP_X_FORWARDED_FOR="203.0.113.50")
    attacker = proxy.post(
        "/de/accounts/login/",
        {**data, "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.50",
    )
    assert attacker.status_code == 429
    # The advisor comes through the same proxy from their own address and gets in.
    owner = Client(REMOTE_ADDR="10.0.0.1")
    response = owner.post(
        "/de/accounts/login/",
        {"username": advisor.username, "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="198.51.100.50",
    )
    assert response["Location"] == "/de/accounts/login/code/"
