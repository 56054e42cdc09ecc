"""The contact form and the accessibility feedback form under hostile input."""

import pytest
from captcha.models import CaptchaStore
from django.core import mail
from django.test import TestCase
from hypothesis import event, example, given
from hypothesis import strategies as st

from home.models import Submission
from tests.fuzz.checks import (
    assert_errors_shown,
    assert_fits_columns,
    assert_values_kept,
    multipart_safe,
    post,
    received,
)
from tests.fuzz.strategies import emails, encodings, fuzz_settings, long_email, tampered, texts

CONTACT = "/kontakt/"
BARRIER = "/barrierefreiheit/"
QUESTION = {"name": "Amina", "email": "amina@example.org", "message": "Wann tagt das Gremium?"}
FEEDBACK = {"page_address": "/de/beratung/", "message": "Kontrast zu schwach", "email": ""}
CAPTCHA = st.sampled_from(["right", "new picture", "right", "wrong", "missing", "fuzzed"])
LANGUAGES = st.sampled_from(["de", "ar", "fa"])


def _captcha(mode, fuzzed):
    key = CaptchaStore.generate_key()
    answer = CaptchaStore.objects.get(hashkey=key).response
    return {
        "right": {"captcha_0": [key], "captcha_1": [answer]},
        "wrong": {"captcha_0": [key], "captcha_1": [answer + "x"]},
        "missing": {},
        "fuzzed": {"captcha_0": [fuzzed[0]], "captcha_1": [fuzzed[1]]},
        "new picture": {"captcha_0": [key], "new_captcha": ["1"]},
    }[mode]


def _send_and_check(client, path, *, language, sent, captcha, fuzzed_captcha, encoding):
    if encoding == "multipart":
        sent = multipart_safe(sent)
    url = f"/{language}{path}"
    sent = {**sent, **_captcha(captcha, fuzzed_captcha)}
    # The office's mail goes out on commit; here it runs before the example is undone.
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = post(client, url, sent, encoding=encoding)
    event(f"status {response.status_code}")

    if response.status_code == 302:
        assert captcha == "right"
        # Where the page is not translated yet, the thanks come from the German page.
        assert response["Location"].endswith(f"{path}?sent=1")
        message = received(sent["message"][-1], encoding)
        submission = Submission.objects.get()
        assert submission.message == message.strip()
        assert_fits_columns(submission)
        assert len(mail.outbox) == 1
        return
    html = response.content.decode()
    form = response.context["form"]
    assert Submission.objects.count() == 0
    assert not mail.outbox
    assert_values_kept(html, form, sent, encoding=encoding)
    if captcha == "new picture":
        assert response.status_code == 200
        assert not form.is_bound
        return
    assert response.status_code == 400
    assert form.errors
    assert_errors_shown(html, form, top_end='<form class="public-form"', language=language)


COMMON = {"captcha": CAPTCHA, "fuzzed_captcha": st.tuples(texts(), texts())}


@pytest.mark.django_db
@fuzz_settings(40)
@given(
    sent=tampered(
        QUESTION,
        fields={"email": st.one_of(emails(), texts()), "message": texts(), "name": texts()},
    ),
    language=LANGUAGES,
    encoding=encodings(),
    **COMMON,
)
# A valid address longer than the database column (254 characters).
@example(
    sent={"email": [long_email(300)], "message": ["Frage"]},
    language="de",
    encoding="multipart",
    captcha="right",
    fuzzed_captcha=("", ""),
)
@example(
    sent={"email": ["a@example.org"], "message": ["a\x00b"], "name": ["\u202eAmina"]},
    language="ar",
    encoding="urlencoded",
    captcha="right",
    fuzzed_captcha=("", ""),
)
@example(
    sent={"email": ["a@example.org"], "message": ["<b>\u2067halb\u2069"]},
    language="fa",
    encoding="multipart",
    captcha="new picture",
    fuzzed_captcha=("", ""),
)
def test_question_form_answers_bad_input_with_messages_next_to_the_fields(
    client, seeded_site, isolated, sent, language, encoding, captcha, fuzzed_captcha
):
    with isolated():
        _send_and_check(
            client,
            CONTACT,
            language=language,
            sent=sent,
            captcha=captcha,
            fuzzed_captcha=fuzzed_captcha,
            encoding=encoding,
        )


@pytest.mark.django_db
@fuzz_settings(40)
@given(
    sent=tampered(
        FEEDBACK,
        fields={
            "email": st.one_of(emails(), texts()),
            "message": texts(),
            "page_address": texts(),
        },
    ),
    language=LANGUAGES,
    encoding=encodings(),
    **COMMON,
)
@example(
    sent={"email": [long_email(255)], "message": ["Kontrast"], "page_address": ["x" * 501]},
    language="de",
    encoding="urlencoded",
    captcha="right",
    fuzzed_captcha=("", ""),
)
def test_feedback_form_answers_bad_input_with_messages_next_to_the_fields(
    client, seeded_site, isolated, sent, language, encoding, captcha, fuzzed_captcha
):
    with isolated():
        _send_and_check(
            client,
            BARRIER,
            language=language,
            sent=sent,
            captcha=captcha,
            fuzzed_captcha=fuzzed_captcha,
            encoding=encoding,
        )
