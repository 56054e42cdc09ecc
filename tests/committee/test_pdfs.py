"""The session protocol and the advisor's copy of the assessment, as real PDFs."""

import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from cases.models import AuditEntry, CaseStatus
from committee import services
from committee.models import Recommendation
from tests.committee.conftest import (
    assessment_agreed,
    case_submit,
    client_login,
    office_user,
    session_create,
)

MARKING = "not part of the immigration file"


def _scheduled(case, member, session):
    services.case_status_change(
        case=case, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    services.case_schedule(case=case, session=session, actor=member)
    return case


def _session_passes(session):
    session.starts_at = timezone.now() - timedelta(hours=1)
    session.save()


def _assessed(case, member, session, text):
    services.assessment_save(
        case=case,
        text=text,
        recommendation=Recommendation.HARDSHIP_COMMISSION,
        version=0,
        actor=member,
    )
    case.refresh_from_db()
    return case


def _text_by_page(content):
    reader = PdfReader(io.BytesIO(content))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.fixture
def protocol_session(advisor, member):
    session = session_create(days=1)
    long_text = " ".join(["Die Person lebt seit vielen Jahren in Dortmund."] * 60)
    cases = [
        _scheduled(case_submit(advisor, full_name=f"Person {n}"), member, session)
        for n in range(3)
    ]
    _session_passes(session)
    return session, [_assessed(case, member, session, long_text) for case in cases]


def test_protocol_pdf_is_valid_marked_on_every_page_and_lists_the_cases(
    member_client, member, protocol_session
):
    session, cases = protocol_session
    response = member_client.get(reverse("committee:session_protocol", args=[session.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert response["Cache-Control"].startswith("no-store")
    assert response.content.startswith(b"%PDF-")
    pages = _text_by_page(response.content)
    assert len(pages) > 1
    for text in pages:
        assert MARKING in text or "nicht Teil der Ausländerakte" in text
    everything = " ".join(pages)
    for case in cases:
        assert case.reference in everything
    assert "Dortmund" in everything  # the assessments' text
    # Every case in the protocol counts as downloaded by this member.
    for case in cases:
        assert AuditEntry.objects.filter(
            case_reference=case.reference,
            action=AuditEntry.Action.DOWNLOAD,
            actor=member,
            detail__startswith="session protocol",
        ).exists()


def test_advisor_sees_the_released_assessment_and_downloads_it(
    client, advisor, member, other_advisor
):
    session = session_create()
    case = _scheduled(case_submit(advisor), member, session)
    _session_passes(session)
    case = _assessed(case, member, session, "Gute Perspektive")
    status_page = reverse("cases:case_detail", args=[case.reference])
    pdf_url = reverse("committee:case_assessment_pdf", args=[case.reference])
    client_login(client, advisor)
    # Not released yet: nothing shown, nothing to download.
    assert "Gute Perspektive" not in client.get(status_page).content.decode()
    assert client.get(pdf_url).status_code == 404

    assessment_agreed(case, member)
    services.assessment_release(case=case, actor=office_user())
    page = client.get(status_page).content.decode()
    assert "Gute Perspektive" in page
    assert pdf_url in page
    response = client.get(pdf_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(_text_by_page(response.content))
    assert "Gute Perspektive" in text and case.reference in text
    assert AuditEntry.objects.filter(
        case_reference=case.reference, action=AuditEntry.Action.DOWNLOAD, actor=advisor
    ).exists()

    client_login(client, other_advisor)
    assert client.get(pdf_url).status_code == 404
