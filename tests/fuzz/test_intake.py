"""The case intake (admissibility questions, the Kurzantrag with household rows and the
consent file) as a logged-in advisor, under hostile input."""

import re
import uuid
from datetime import date, timedelta

import pytest
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.utils import validate_file_name
from hypothesis import event, example, given
from hypothesis import strategies as st

from cases.forms import STEP_SLUGS
from cases.models import Case
from tests.cases.helpers import (
    ADMISSIBLE_ANSWERS,
    DRAFT_STEP,
    application_post,
    draft_start,
    draft_step_url,
    jpeg_bytes,
    login_verified,
    pdf_bytes,
    png_bytes,
)
from tests.factories import AdviceCenterFactory, AdvisorProfileFactory
from tests.fuzz.checks import (
    assert_errors_shown,
    assert_no_markup_injected,
    assert_non_form_errors_shown,
    assert_values_kept,
    multipart_safe,
    post,
    received,
)
from tests.fuzz.strategies import (
    dates,
    encodings,
    field_values,
    fuzz_settings,
    numbers,
    tampered,
    texts,
)
from tests.ui import de

NEW = "/de/cases/new/"
APPLICATION_STEPS = ("person", "residence", "dates", "grounds", "consent")


@pytest.fixture
def advisor(client, db):
    """Logged in with both factors (once: examples share the session)."""
    user = AdvisorProfileFactory(advice_center=AdviceCenterFactory()).user
    login_verified(client, user)
    return user


@pytest.fixture
def admissible(client, advisor):
    """The admissibility step answered: the draft's first step, the application open."""
    return draft_start(client)


YES_NO = st.one_of(st.sampled_from(["yes", "no", "", "Yes", "ja", "1", "true"]), texts())


@pytest.mark.django_db
@fuzz_settings(50)
@given(
    sent=tampered(
        {**ADMISSIBLE_ANSWERS, "facts_changed": "no"},
        fields={
            "applicant_kind": st.one_of(
                st.sampled_from(["affected_person", "initiative_group", "representative"]),
                texts(),
            ),
            **{key: YES_NO for key in ADMISSIBLE_ANSWERS if key != "applicant_kind"},
            "facts_changed": YES_NO,
        },
    ),
    encoding=encodings(),
)
@example(sent={}, encoding="urlencoded")
@example(sent={"submitted_before": ["yes"], "facts_changed": ["\x00"]}, encoding="multipart")
def test_admissibility_answers_bad_input_with_messages_next_to_the_fields(
    client, advisor, isolated, sent, encoding
):
    if encoding == "multipart":
        sent = multipart_safe(sent)
    with isolated():
        response = post(client, NEW, sent, encoding=encoding)
        event(f"status {response.status_code}")
        if response.status_code == 302:
            assert DRAFT_STEP.match(response["Location"])
            return
        assert response.status_code == 200
        html = response.content.decode()
        form = response.context["form"]
        reasons = response.context["reasons"]
        # Never the same page without a word: either errors or why the case is refused.
        assert form.errors or reasons
        if reasons:
            assert 'id="not-admissible"' in html
        assert_errors_shown(html, form, top_end=f'<form method="post" action="{NEW}"')
        assert Case.objects.count() == 0


def _household(rows):
    return {
        f"household-{index}-{field}": value
        for index, row in enumerate(rows)
        for field, value in zip(("relation", "date_of_birth", "status"), row, strict=True)
    }


APPLICATION_VALUES = {
    "full_name": texts(),
    "date_of_birth": dates(),
    "nationality": texts(),
    "district": texts(),
    "date_of_entry": dates(),
    "residence_status": st.one_of(st.sampled_from(["other", "residence_permit", ""]), texts()),
    "residence_status_since": dates(),
    "ground_length_of_stay": texts(),
    "summary": texts(),
    "contact_name": texts(),
    "contact_email": texts(),
    "contact_phone": texts(),
    "authority_file_number": texts(),
    "deadline": dates(),
    "deadline_reason": st.one_of(st.sampled_from(["court_date", "other", ""]), texts()),
    "urgent": st.sampled_from(["on", "", "off", "\x00"]),
    "consent_confirmed": st.sampled_from(["on", "", "off", "false", "0", "\x00"]),
    "submission_token": st.one_of(
        st.uuids().map(str),
        st.sampled_from(["", "0", "not-a-uuid", "{" + "0" * 32 + "}"]),
        texts(),
    ),
    "household-TOTAL_FORMS": st.one_of(numbers(), st.sampled_from(["21", "1000000", "-1"])),
    "household-INITIAL_FORMS": numbers(),
    "household-MIN_NUM_FORMS": numbers(),
    "household-MAX_NUM_FORMS": numbers(),
    "household-0-relation": st.one_of(st.sampled_from(["spouse", "parent", "", "pet"]), texts()),
    "household-0-date_of_birth": dates(),
    "household-0-status": texts(),
    "household-1-relation": field_values("sibling"),
    "household-1-date_of_birth": dates(),
    "household-1-status": texts(),
}


def _valid_application():
    return application_post(
        authority_file_number="ABH 12/345",
        deadline=(date.today() + timedelta(days=30)).isoformat(),
        deadline_reason="deportation_date",
        urgent="on",
        **_household([("child", "2016-05-05", "Duldung"), ("", "", "")]),
    )


def _usable_file_name(text):
    """Names a browser can send: one line, no quote, not only a folder."""
    if set(text) & set('"\r\n\x00'):
        return False
    try:
        validate_file_name(text)
    except SuspiciousFileOperation:
        return False
    return bool(text.strip())


@st.composite
def consent_files(draw):
    """The signed declaration, or something else under its name."""
    valid = {"pdf": pdf_bytes(), "png": png_bytes(), "jpeg": jpeg_bytes()}
    kind = draw(
        st.sampled_from(["valid", "valid", "random", "signature", "mangled", "empty", "none"])
    )
    if kind == "none":
        return None
    if kind == "valid":
        content = valid[draw(st.sampled_from(sorted(valid)))]
    elif kind == "random":
        content = draw(st.binary(max_size=4096))
    elif kind == "signature":
        signature = draw(st.sampled_from([b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"]))
        content = signature + draw(st.binary(max_size=2048))
    elif kind == "mangled":
        content = bytearray(valid[draw(st.sampled_from(sorted(valid)))])
        for _ in range(draw(st.integers(min_value=1, max_value=8))):
            position = draw(st.integers(min_value=0, max_value=len(content) - 1))
            content[position] = draw(st.integers(min_value=0, max_value=255))
        content = bytes(content[: draw(st.integers(min_value=1, max_value=len(content)))])
    else:
        content = b""
    name = draw(
        st.one_of(
            st.sampled_from(
                ["erklaerung.pdf", "foto.JPG", "rechnung\u202efdp.exe", "..pdf", "a/b\\c.pdf"]
            ),
            texts().filter(_usable_file_name),
            st.integers(min_value=300, max_value=5000).map(lambda size: "n" * size + ".pdf"),
        )
    )
    content_type = draw(
        st.one_of(
            st.sampled_from(["application/pdf", "image/png", "text/html", "", "x/\u202e"]),
            st.text(max_size=20).filter(lambda text: not set(text) & set("\r\n\x00")),
        )
    )
    return SimpleUploadedFile(name, content, content_type=content_type or "application/pdf")


def _step_checks(response, sent, *, encoding, url):
    html = response.content.decode()
    form = response.context["form"]
    formset = response.context["formset"]
    top_end = f'<form method="post" action="{url}"'
    assert_errors_shown(html, form, top_end=top_end)
    if formset is not None:
        for row in formset.forms:
            assert_errors_shown(html, row, top_end=top_end)
            assert_values_kept(html, row, sent, encoding=encoding)
        assert_non_form_errors_shown(html, formset, top_end=top_end)
    assert_values_kept(html, form, sent, encoding=encoding)
    assert_no_markup_injected(html, sent)
    return form, formset


@pytest.mark.django_db
@fuzz_settings(60)
@given(
    sent=tampered(_valid_application(), fields=APPLICATION_VALUES),
    consent_file=consent_files(),
    add_row=st.booleans(),
    encoding=encodings(),
)
@example(
    sent={key: [value] for key, value in _valid_application().items()}
    | {"submission_token": ["not-a-uuid"]},
    consent_file=SimpleUploadedFile("e.pdf", pdf_bytes(), content_type="application/pdf"),
    add_row=False,
    encoding="multipart",
)
@example(
    sent={
        key: [value]
        for key, value in _valid_application().items()
        if not key.startswith("household-") or "-0-" in key
    },
    consent_file=SimpleUploadedFile("e.pdf", pdf_bytes(), content_type="application/pdf"),
    add_row=False,
    encoding="multipart",
)
@example(
    sent={key: [value] for key, value in _valid_application().items()}
    | {"household-TOTAL_FORMS": ["1000000"]},
    consent_file=SimpleUploadedFile("e.pdf", pdf_bytes(), content_type="application/pdf"),
    add_row=False,
    encoding="multipart",
)
@example(
    sent={key: [value] for key, value in _valid_application().items()}
    | {"submission_token": ["\x00"], "household-TOTAL_FORMS": ["9" * 5000]},
    consent_file=None,
    add_row=True,
    encoding="urlencoded",
)
def test_application_answers_bad_input_with_messages_next_to_the_fields(
    client, admissible, isolated, sent, consent_file, add_row, encoding
):
    if consent_file is not None:
        encoding = "multipart"
    if encoding == "multipart":
        sent = multipart_safe(sent)
    if add_row:
        sent = {**sent, "add_household_row": ["1"]}
    files = {"consent_file": consent_file} if consent_file is not None else None
    with isolated():
        # Everything sent to each step, as a forged form could; each keeps its own fields.
        for step in APPLICATION_STEPS:
            url = draft_step_url(admissible, step)
            response = post(
                client,
                url,
                {**sent, "action": ["continue"]},
                encoding=encoding,
                files=files if step == "consent" else None,
            )
            event(f"{step} status {response.status_code}")
            if response.status_code == 302:
                assert not (add_row and step == "residence")
                following = STEP_SLUGS[STEP_SLUGS.index(step) + 1]
                assert response["Location"] == draft_step_url(admissible, following)
                continue
            if response.status_code == 400:
                # A file name no file system allows makes the part's header longer than
                # the 1024 bytes Django reads: the whole request cannot be read.
                header = consent_file.name.encode() + consent_file.content_type.encode()
                assert len(header) > 800
                assert de("The request could not be read") in response.content.decode()
                return
            assert response.status_code == 200
            form, formset = _step_checks(response, sent, encoding=encoding, url=url)
            if not (add_row and step == "residence"):
                assert form.errors or (formset and formset.total_error_count())
        # The final check reads every step again from the draft.
        review = client.get(draft_step_url(admissible, "review")).content.decode()
        token = re.search(r'name="submission_token" value="([^"]*)"', review).group(1)
        uuid.UUID(token)
        response = client.post(
            draft_step_url(admissible, "review"), {"action": "submit", "submission_token": token}
        )
        if response.status_code == 302:
            case = Case.objects.get()
            assert response["Location"] == f"/de/cases/{case.reference}/"
            full_name = received(sent["full_name"][-1], encoding).strip()
            assert case.data["application"]["full_name"] == full_name
            return
        assert response.status_code == 200
        assert Case.objects.count() == 0
        assert 'class="error-summary"' in response.content.decode()
