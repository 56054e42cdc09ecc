"""The Kurzantrag in steps: each step saved in the draft, errors summarised and linked to
their fields, nothing typed lost, files kept across errors, every step checked again on
submission."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cases.models import Case, CaseDraft
from tests.cases.helpers import (
    application_post,
    draft_start,
    login_verified,
    pdf_bytes,
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
