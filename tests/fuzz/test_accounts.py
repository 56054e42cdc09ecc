"""Account request and login, as anyone on the internet can reach them, under hostile input."""

import pytest
from captcha.models import CaptchaStore
from django.contrib.auth.models import User
from django.core import mail
from django.test import TestCase
from hypothesis import event, example, given
from hypothesis import strategies as st

from accounts.models import AdvisorProfile
from tests.cases.helpers import PASSWORD, totp_device
from tests.factories import AdviceCenterFactory, AdvisorProfileFactory
from tests.fuzz.checks import (
    assert_errors_shown,
    assert_fits_columns,
    assert_values_kept,
    multipart_safe,
    post,
)
from tests.fuzz.strategies import (
    emails,
    encodings,
    field_values,
    fuzz_settings,
    long_email,
    numbers,
    tampered,
    texts,
)

REGISTER = "/de/accounts/register/"
LOGIN = "/de/accounts/login/"


@pytest.fixture
def center(db):
    return AdviceCenterFactory(name="Zentrum A", slug="zentrum-a")


REGISTRATION = {
    "full_name": "Neue Beraterin",
    "email": "new.advisor@example.org",
    "advice_center": "CENTER",
    "role": "case_manager",
}
REGISTRATION_VALUES = {
    "full_name": texts(),
    "email": st.one_of(emails(), texts()),
    "advice_center": st.one_of(numbers(), texts()),
    "role": st.one_of(st.sampled_from(["refugee_advisor", "committee", ""]), texts()),
}


@pytest.mark.django_db
@fuzz_settings(50)
@given(
    sent=tampered(REGISTRATION, fields=REGISTRATION_VALUES),
    captcha=st.sampled_from(["right", "right", "wrong", "missing"]),
    encoding=encodings(),
)
@example(
    sent={**{key: [value] for key, value in REGISTRATION.items()}, "email": [long_email(151)]},
    captcha="right",
    encoding="multipart",
)
@example(
    sent={**{key: [value] for key, value in REGISTRATION.items()}, "advice_center": ["1\x00"]},
    captcha="right",
    encoding="urlencoded",
)
@example(
    sent={
        **{key: [value] for key, value in REGISTRATION.items()},
        "advice_center": ["99999999999999999999999"],
    },
    captcha="right",
    encoding="urlencoded",
)
def test_account_request_answers_bad_input_with_messages_next_to_the_fields(
    client, center, isolated, sent, captcha, encoding
):
    if encoding == "multipart":
        sent = multipart_safe(sent)
    sent = {
        key: [str(center.pk) if value == "CENTER" else value for value in items]
        for key, items in sent.items()
    }
    with isolated():
        key = CaptchaStore.generate_key()
        answer = CaptchaStore.objects.get(hashkey=key).response
        if captcha != "missing":
            sent["captcha_0"] = [key]
            sent["captcha_1"] = [answer if captcha == "right" else answer + "?"]
        users = User.objects.count()
        # The office's mail goes out on commit; here it runs before the example is undone.
        with TestCase.captureOnCommitCallbacks(execute=True):
            response = post(client, REGISTER, sent, encoding=encoding)
        event(f"status {response.status_code}")

        if response.status_code == 302:
            assert response["Location"] == "/de/accounts/register/done/"
            profile = AdvisorProfile.objects.get()
            assert profile.user.username == sent["email"][-1].strip().lower()
            assert not profile.user.is_active
            assert_fits_columns(profile.user)
            assert_fits_columns(profile)
            assert len(mail.outbox) == 1
            return
        assert response.status_code == 200
        assert User.objects.count() == users
        assert not mail.outbox
        html = response.content.decode()
        form = response.context["form"]
        assert form.errors
        assert_errors_shown(html, form, top_end='<form method="post"')
        assert_values_kept(html, form, sent, encoding=encoding)


@pytest.fixture
def advisor(center):
    user = AdvisorProfileFactory(advice_center=center).user
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.mark.django_db
@fuzz_settings(50)
@given(
    sent=tampered(
        {"username": "USERNAME", "password": PASSWORD, "next": "/de/cases/"},
        fields={"username": texts(), "password": texts(), "next": field_values("/de/cases/")},
    ),
    encoding=encodings(),
)
@example(sent={"username": ["x" * 255], "password": ["\x00"]}, encoding="urlencoded")
@example(sent={"username": ["USERNAME\x00"], "password": [PASSWORD]}, encoding="multipart")
@example(
    sent={"username": ["USERNAME"], "password": [PASSWORD], "next": ["//evil.example/\u202e"]},
    encoding="urlencoded",
)
# A failed login is recorded with the request's fields; a NUL must not reach the database.
@example(
    sent={"username": ["USERNAME"], "password": ["wrong"], "\x00": ["\x00"]},
    encoding="urlencoded",
)
def test_login_answers_bad_input_without_failing(client, advisor, isolated, sent, encoding):
    if encoding == "multipart":
        sent = multipart_safe(sent)
    sent = {
        key: [advisor.username if value == "USERNAME" else value for value in items]
        for key, items in sent.items()
    }
    with isolated():
        response = post(client, LOGIN, sent, encoding=encoding)
        event(f"status {response.status_code}")

        if response.status_code == 302:
            # Only the right name and password lead on, and only to the second factor.
            assert sent["username"][-1].strip().lower() == advisor.username
            assert sent["password"][-1] == PASSWORD
            assert response["Location"] in (
                "/de/accounts/login/code/",
                "/de/accounts/login/set-up-code/",
            )
            return
        assert response.status_code == 200
        html = response.content.decode()
        form = response.context["form"]
        assert form.errors
        assert_errors_shown(html, form, top_end='<form method="post"')
        assert_values_kept(html, form, sent, encoding=encoding)
        assert PASSWORD not in html


@pytest.fixture
def password_given(client, advisor):
    """Past the password step: the second-factor page is open."""
    totp_device(advisor)
    response = client.post(LOGIN, {"username": advisor.username, "password": PASSWORD})
    assert response["Location"] == "/de/accounts/login/code/"


@pytest.mark.django_db
@fuzz_settings(30)
@given(
    sent=tampered({"otp_token": "123456"}, fields={"otp_token": st.one_of(numbers(), texts())}),
    encoding=encodings(),
)
@example(sent={"otp_token": ["１２３４５６"]}, encoding="urlencoded")
@example(sent={"otp_token": ["12345\x00"]}, encoding="multipart")
@example(sent={}, encoding="urlencoded")
def test_second_factor_answers_bad_codes_with_a_message(
    client, password_given, isolated, sent, encoding
):
    if encoding == "multipart":
        sent = multipart_safe(sent)
    with isolated():
        response = post(client, "/de/accounts/login/code/", sent, encoding=encoding)
        event(f"status {response.status_code}")
        # A random code is never right; the page asks again and says what was wrong.
        assert response.status_code == 200
        html = response.content.decode()
        form = response.context["form"]
        assert form.errors
        assert_errors_shown(html, form, top_end='<form method="post"')
        assert_values_kept(html, form, sent, encoding=encoding)
