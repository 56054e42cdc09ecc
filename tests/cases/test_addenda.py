"""Corrections and additions to a submitted case, and what the committee sees as new since
its last look at the case; the advisor's read-only copy of everything submitted."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cases import services as case_services
from cases.models import Addendum, AuditEntry, Case, CaseStatus, Evidence
from cases.services import private_files_unreferenced
from committee import services as committee_services
from tests.cases.helpers import login_verified, pdf_bytes
from tests.committee.conftest import case_submit
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ADDENDUM = "Seit Mai Ausbildung bei der Bäckerei Vertraulich"
NEW = "Neu seit Ihrem letzten Besuch:"


def _add(client, case, text=ADDENDUM):
    return client.post(f"/de/cases/{case.reference}/addenda/", {"text": text})


def _committee_page(client, case):
    response = client.get(f"/de/committee/cases/{case.reference}/")
    assert response.status_code == 200
    return response.content.decode()


def test_advisor_adds_an_addendum_stored_encrypted_and_the_committee_is_told(
    client, advisor_a, case_a, django_capture_on_commit_callbacks, mailoutbox
):
    login_verified(client, advisor_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = _add(client, case_a)
    assert response.status_code == 302
    addendum = Addendum.objects.get(case=case_a)
    assert ADDENDUM not in addendum.text_encrypted
    assert addendum.added_by == advisor_a
    # The application itself is untouched.
    assert Case.objects.get(pk=case_a.pk).payload == case_a.payload
    # The audit trail names what happened, not a status change.
    assert AuditEntry.objects.filter(
        actor=advisor_a, case_reference=case_a.reference, action=AuditEntry.Action.ADDENDUM_ADD
    ).exists()
    (message,) = mailoutbox
    assert case_a.reference in message.subject
    assert ADDENDUM not in message.body
    assert "Amina" not in message.body
    page = client.get(f"/de/cases/{case_a.reference}/").content.decode()
    assert ADDENDUM in page
    assert "Nachtrag vom" in page


def test_an_empty_addendum_is_refused_next_to_the_field(client, advisor_a, case_a):
    login_verified(client, advisor_a)
    response = _add(client, case_a, text="   ")
    assert response.status_code == 400
    assert 'id="id_text_error"' in response.content.decode()
    assert not Addendum.objects.exists()


def test_a_too_long_addendum_keeps_the_text(client, advisor_a, case_a):
    login_verified(client, advisor_a)
    text = "Lang " * 700
    response = _add(client, case_a, text=text)
    assert response.status_code == 400
    assert text.strip() in response.content.decode()


def test_another_centre_and_the_committee_cannot_add(client, advisor_b, committee_member, case_a):
    login_verified(client, advisor_b)
    assert _add(client, case_a).status_code == 404
    login_verified(client, committee_member)
    assert _add(client, case_a).status_code == 404
    assert not Addendum.objects.exists()


@pytest.mark.parametrize(
    "status",
    [CaseStatus.DISCUSSED, CaseStatus.CLOSED, CaseStatus.WITHDRAWN, CaseStatus.NOT_ADMISSIBLE],
)
def test_an_assessed_or_closed_case_takes_no_addendum(client, advisor_a, case_a, status):
    Case.objects.filter(pk=case_a.pk).update(status=status)
    login_verified(client, advisor_a)
    assert _add(client, case_a).status_code == 404
    assert not Addendum.objects.exists()
    assert (
        'id="addendum-form"' not in client.get(f"/de/cases/{case_a.reference}/").content.decode()
    )


def test_the_service_refuses_a_case_closed_meanwhile(advisor_a, case_a):
    Case.objects.filter(pk=case_a.pk).update(status=CaseStatus.WITHDRAWN)
    with pytest.raises(case_services.CaseClosedError):
        case_services.case_addendum_add(case=case_a, actor=advisor_a, text="x")


def test_committee_sees_only_what_came_after_its_last_visit(
    client, advisor_a, case_a, committee_member
):
    case_services.case_addendum_add(case=case_a, actor=advisor_a, text="Vor dem Besuch")
    login_verified(client, committee_member)
    # The first visit: nothing is "new" without an earlier one.
    first = _committee_page(client, case_a)
    assert "Vor dem Besuch" in first
    assert NEW not in first
    assert 'id="case-news"' not in first
    case_services.case_addendum_add(case=case_a, actor=advisor_a, text="Nach dem Besuch")
    case_services.case_evidence_add(
        case=case_a,
        actor=advisor_a,
        document=(pdf_bytes(), "pdf"),
        criterion="school_training_work",
        description="Zeugnis",
    )
    second = _committee_page(client, case_a)
    assert second.count(NEW) == 2
    assert "2 Einträge hinzugefügt" in second
    old, new = second.index("Vor dem Besuch"), second.index("Nach dem Besuch")
    assert NEW not in second[old - 200 : old]
    assert NEW in second[new - 300 : new]
    # Seen now: the next visit shows nothing as new.
    third = _committee_page(client, case_a)
    assert NEW not in third
    # Another member has never looked: for them nothing is marked either.
    other = UserFactory(groups=["Committee"])
    login_verified(client, other)
    assert NEW not in _committee_page(client, case_a)


def test_committee_list_marks_cases_with_news_in_one_query(
    client, advisor_a, case_a, committee_member, django_assert_max_num_queries
):
    quiet = case_submit(advisor_a, full_name="Ruhige Person")
    login_verified(client, committee_member)
    _committee_page(client, case_a)
    _committee_page(client, quiet)
    case_services.case_addendum_add(case=case_a, actor=advisor_a, text="Neu")
    page = client.get("/de/committee/").content.decode()
    assert page.count("Neue Ergänzungen") == 1
    row = page[page.index(case_a.reference) :]
    assert row.index("Neue Ergänzungen") < row.index("</tr>")
    # More cases with additions cost no more queries.
    with django_assert_max_num_queries(40) as queries:
        client.get("/de/committee/")
    count = len(queries.captured_queries)
    for index in range(3):
        extra = case_submit(advisor_a, full_name=f"Weitere Person {index}")
        case_services.case_addendum_add(case=extra, actor=advisor_a, text="x")
    with django_assert_max_num_queries(count):
        client.get("/de/committee/")


def test_advisor_sees_everything_submitted_and_the_status_history(
    client, advisor_a, committee_member
):
    case = case_submit(advisor_a, full_name="Lesbare Person")
    committee_services.case_status_change(
        case=case,
        status=CaseStatus.ADMISSIBLE,
        actor=committee_member,
        role=committee_services.ROLE_COMMITTEE,
    )
    login_verified(client, advisor_a)
    response = client.get(f"/de/cases/{case.reference}/")
    page = response.content.decode()
    for text in (
        "Lesbare Person",
        "Testland",
        "Innenstadt-Nord",
        "Seit 2015 in Dortmund",
        "Lange Aufenthaltsdauer",
        "Beraterin",
        "Der Antrag, wie er eingereicht wurde",
        "Einverständnis bestätigt am",
        "2026-01",
        "Statusverlauf",
        "Zulässigkeit bestätigt",
        "Duldung",
    ):
        assert text in page, text
    # Who in the committee changed the status is not the advisor's to see.
    assert committee_member.username not in page
    assert AuditEntry.objects.filter(
        actor=advisor_a, case_reference=case.reference, action=AuditEntry.Action.VIEW
    ).exists()


def test_advisor_page_in_arabic(client, advisor_a, case_a):
    case_services.case_addendum_add(case=case_a, actor=advisor_a, text=ADDENDUM)
    login_verified(client, advisor_a)
    page = client.get(f"/ar/cases/{case_a.reference}/").content.decode()
    assert 'dir="rtl"' in page
    assert "الطلب كما قُدِّم" in page
    assert "ما أُضيف بعد تقديم الطلب" in page
    assert ADDENDUM in page


def test_a_resent_form_stores_nothing_twice(client, advisor_a, case_a):
    login_verified(client, advisor_a)
    page = client.get(f"/de/cases/{case_a.reference}/").content.decode()
    tokens = re.findall(r'name="submission_token" value="([^"]+)"', page)
    assert len(tokens) == 2 and tokens[0] != tokens[1]
    data = {"text": ADDENDUM, "submission_token": tokens[1]}
    assert client.post(f"/de/cases/{case_a.reference}/addenda/", data).status_code == 302
    again = client.post(f"/de/cases/{case_a.reference}/addenda/", data, follow=True)
    assert "nicht ein zweites Mal hinzugefügt" in again.content.decode()
    assert Addendum.objects.count() == 1
    evidence = {
        "document": SimpleUploadedFile("a.pdf", pdf_bytes(), content_type="application/pdf"),
        "criterion": "health",
        "submission_token": tokens[0],
    }
    assert client.post(f"/de/cases/{case_a.reference}/evidence/", evidence).status_code == 302
    evidence["document"] = SimpleUploadedFile("a.pdf", pdf_bytes(), content_type="application/pdf")
    client.post(f"/de/cases/{case_a.reference}/evidence/", evidence)
    assert Evidence.objects.count() == 1
    assert private_files_unreferenced() == []
