"""The Kurzantrag in steps: each step saved in the draft, errors summarised and linked to
their fields, nothing typed lost, files kept across errors, every step checked again on
submission."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cases import storage
from cases.models import Case, CaseDraft, Evidence
from tests.cases.helpers import (
    application_post,
    draft_start,
    draft_step_url,
    login_verified,
    pdf_bytes,
    png_bytes,
    review_token,
    step_post,
    steps_submit,
)

pytestmark = pytest.mark.django_db


def pdf_upload(name="erklaerung.pdf"):
    return SimpleUploadedFile(name, pdf_bytes(), content_type="application/pdf")


@pytest.fixture
def first_step(client, advisor_a):
    login_verified(client, advisor_a)
    return draft_start(client)


def test_admissible_answers_create_a_draft_and_lead_to_the_first_step(client, first_step):
    draft = CaseDraft.objects.get()
    assert first_step == f"/de/cases/drafts/{draft.public_id}/person/"
    assert draft.data["answers"]["applicant_kind"] == "professional_advisor"
    page = client.get(first_step).content.decode()
    assert 'aria-current="step"' in page
    assert "<ol>" in page


def test_whole_application_through_the_steps_submits_the_case(client, first_step):
    data = application_post(consent_file=pdf_upload())
    response = steps_submit(client, data, first_step_url=first_step)
    case = Case.objects.get()
    assert response["Location"] == f"/de/cases/{case.reference}/"
    assert case.data["application"]["full_name"] == "Amina Testperson"
    assert case.data["household"][0]["relation"] == "child"
    assert not CaseDraft.objects.exists()


def test_moving_between_steps_keeps_what_was_typed(client, first_step):
    data = application_post()
    # Incomplete, and sent with "Back": saved all the same.
    step_post(
        client,
        {"full_name": "Amina Testperson", "nationality": "Testland"},
        "person",
        first_step_url=first_step,
        action="continue",
    )
    step_post(client, data, "residence", first_step_url=first_step, action="back")
    page = client.get(draft_step_url(first_step, "residence")).content.decode()
    assert 'value="Innenstadt-Nord"' in page
    assert 'value="2016-05-05"' in page
    page = client.get(first_step).content.decode()
    assert 'value="Amina Testperson"' in page
    assert 'value="Testland"' in page
    # The draft's payload is encrypted: the name is not in the row as typed.
    assert "Amina" not in CaseDraft.objects.get().payload


def test_errors_are_summarised_at_the_top_with_links_to_their_fields(client, first_step):
    response = step_post(
        client,
        {"full_name": "", "date_of_birth": "2999-01-01"},
        "person",
        first_step_url=first_step,
    )
    assert response.status_code == 200
    html = response.content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title.startswith("Fehler:")
    start = html.index('class="error-summary"')
    summary = html[start : html.index("</div>", start)]
    assert 'href="#id_full_name"' in summary
    assert 'href="#id_date_of_birth"' in summary
    assert 'href="#id_nationality"' in summary
    assert 'id="id_full_name"' in html
    assert 'aria-invalid="true"' in html
    # The step is marked in the progress list, and shows its errors when opened again.
    again = client.get(first_step).content.decode()
    assert "error-summary" in again


def test_bad_consent_file_keeps_the_rest_and_a_good_one_survives_later_errors(client, first_step):
    data = application_post()
    contact = {k: data[k] for k in ("contact_name", "contact_email", "contact_phone")}
    bad = SimpleUploadedFile("x.pdf", b"not a pdf at all", content_type="application/pdf")
    response = step_post(
        client,
        {**contact, "consent_confirmed": "on", "consent_file": bad},
        "consent",
        first_step_url=first_step,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_consent_file_error"' in html
    assert 'value="0231 000000"' in html
    assert CaseDraft.objects.get().consent_file_name == ""
    # A good file is kept at once; a later error elsewhere does not ask for it again.
    response = step_post(
        client,
        {
            **contact,
            "contact_email": "kaputt",
            "consent_confirmed": "on",
            "consent_file": pdf_upload(),
        },
        "consent",
        first_step_url=first_step,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="consent-file-kept"' in html
    assert 'id="id_consent_file_error"' not in html
    draft = CaseDraft.objects.get()
    assert draft.consent_file_name and draft.consent_file_type == "pdf"
    response = step_post(
        client, {**contact, "consent_confirmed": "on"}, "consent", first_step_url=first_step
    )
    assert response["Location"] == draft_step_url(first_step, "review")
    # Submitted without uploading again: the draft's file becomes the case's.
    response = steps_submit(client, application_post(), first_step_url=first_step)
    case = Case.objects.get()
    assert case.consent_file_name == draft.consent_file_name
    assert client.get(f"/de/cases/{case.reference}/consent-file/").content == pdf_bytes()


def test_submission_checks_every_step_again(client, first_step):
    """A forged POST straight to the check page cannot skip a required field."""
    data = application_post(consent_file=pdf_upload())
    step_post(client, data, "consent", first_step_url=first_step)
    response = client.post(draft_step_url(first_step, "review"), {"action": "submit"})
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{draft_step_url(first_step, "person")}#id_full_name"' in html
    assert re.search(r"<title>(.*?)</title>", html, re.S).group(1).startswith("Fehler:")
    assert "Please explain at least one ground" in html or "mindestens einen" in html
    assert not Case.objects.exists()
    assert CaseDraft.objects.exists()


def test_evidence_moves_to_the_case_on_submission(client, first_step, settings):
    data = application_post(consent_file=pdf_upload())
    evidence_url = draft_step_url(first_step, "evidence")
    response = client.post(
        evidence_url,
        {
            "action": "add_evidence",
            "criterion": "health",
            "description": "Attest Dr. Beispiel",
            "document": SimpleUploadedFile("attest.png", png_bytes(), content_type="image/png"),
        },
    )
    assert response["Location"] == evidence_url
    page = client.get(evidence_url).content.decode()
    assert "Attest Dr. Beispiel" in page
    evidence = Evidence.objects.get()
    assert evidence.draft is not None and evidence.case is None
    assert "Beispiel" not in evidence.description_encrypted
    download = client.get(
        f"/de/cases/drafts/{evidence.draft.public_id}/evidence/{evidence.pk}/file/"
    )
    assert download.content == png_bytes()
    # A file that fails the check: a message next to the field, nothing attached.
    response = client.post(
        evidence_url,
        {
            "action": "add_evidence",
            "criterion": "health",
            "document": SimpleUploadedFile("x.png", b"nope", content_type="image/png"),
        },
    )
    assert response.status_code == 200
    assert 'id="id_document_error"' in response.content.decode()
    assert Evidence.objects.count() == 1
    response = steps_submit(client, data, first_step_url=first_step)
    case = Case.objects.get()
    evidence.refresh_from_db()
    assert evidence.case == case and evidence.draft is None
    assert not CaseDraft.objects.exists()


def test_evidence_is_removed_with_its_file(client, first_step, django_capture_on_commit_callbacks):
    evidence_url = draft_step_url(first_step, "evidence")
    client.post(
        evidence_url,
        {
            "action": "add_evidence",
            "criterion": "family",
            "document": SimpleUploadedFile("a.pdf", pdf_bytes(), content_type="application/pdf"),
        },
    )
    evidence = Evidence.objects.get()
    assert evidence.file_name in storage.private_file_names()
    public_id = evidence.draft.public_id
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/de/cases/drafts/{public_id}/evidence/{evidence.pk}/remove/")
    assert response["Location"] == evidence_url
    assert not Evidence.objects.exists()
    assert evidence.file_name not in storage.private_file_names()


def test_at_most_the_allowed_number_of_documents(client, first_step, settings):
    settings.EVIDENCE_FILES_MAX = 1
    evidence_url = draft_step_url(first_step, "evidence")
    for _round in range(2):
        response = client.post(
            evidence_url,
            {
                "action": "add_evidence",
                "criterion": "family",
                "document": SimpleUploadedFile(
                    "a.pdf", pdf_bytes(), content_type="application/pdf"
                ),
            },
        )
    assert response.status_code == 200
    assert Evidence.objects.count() == 1


def test_resent_submission_shows_the_case_it_made(client, first_step):
    data = application_post(consent_file=pdf_upload())
    for step in ("person", "residence", "dates", "grounds", "evidence", "consent"):
        step_post(client, data, step, first_step_url=first_step)
    token = review_token(client, first_step)
    review = draft_step_url(first_step, "review")
    first = client.post(review, {"action": "submit", "submission_token": token})
    second = client.post(review, {"action": "submit", "submission_token": token})
    case = Case.objects.get()
    assert first["Location"] == second["Location"] == f"/de/cases/{case.reference}/"
