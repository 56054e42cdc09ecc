"""The committee's case list and case page: filters, decrypted application, audit, history."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from cases.models import AuditEntry, Case, CaseStatus
from committee import services
from tests.committee.conftest import case_submit, client_login, session_create


def test_case_page_shows_the_decrypted_application_and_is_audited(member_client, member, case):
    response = member_client.get(reverse("committee:case_detail", args=[case.reference]))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Testperson Geheim" in content
    assert "Seit 2015 in Dortmund" in content
    assert reverse("cases:case_consent_file", args=[case.reference]) in content
    view = AuditEntry.objects.filter(
        case_reference=case.reference, action=AuditEntry.Action.VIEW
    ).last()
    assert view.actor == member
    # The audit trail on the page lists that very view.
    assert 'id="audit-trail"' in content and member.username in content


def test_consent_file_download_reuses_intake_and_is_audited(member_client, member, case):
    response = member_client.get(reverse("cases:case_consent_file", args=[case.reference]))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert response["Cache-Control"].startswith("no-store")
    assert AuditEntry.objects.filter(
        case_reference=case.reference, action=AuditEntry.Action.DOWNLOAD, actor=member
    ).exists()


def test_status_history_on_the_case_page(member_client, member, case):
    url = reverse("committee:case_status", args=[case.reference])
    response = member_client.post(url, {"status": CaseStatus.ADMISSIBLE})
    assert response.status_code == 302
    page = member_client.get(reverse("committee:case_detail", args=[case.reference]))
    history = page.content.decode().split('id="status-history"')[1].split("</table>")[0]
    assert "Admissibility confirmed" in history or "Zulässigkeit" in history
    assert member.username in history


def test_not_admissible_without_reason_keeps_the_form(member_client, case):
    url = reverse("committee:case_status", args=[case.reference])
    response = member_client.post(url, {"status": CaseStatus.NOT_ADMISSIBLE, "reason": ""})
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode()
    case.refresh_from_db()
    assert case.status == CaseStatus.SUBMITTED


def test_forbidden_change_through_the_form_is_refused(member_client, case):
    url = reverse("committee:case_status", args=[case.reference])
    response = member_client.post(url, {"status": CaseStatus.CLOSED})
    assert response.status_code == 400
    case.refresh_from_db()
    assert case.status == CaseStatus.SUBMITTED


def test_filters(member_client, member, advisor):
    first = case_submit(advisor, full_name="Erste Person")
    second = case_submit(advisor, full_name="Zweite Person")
    old = case_submit(advisor, full_name="Alte Person")
    Case.objects.filter(pk=old.pk).update(submitted_at=timezone.now() - timedelta(days=400))
    services.case_status_change(
        case=second, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
    )
    session = session_create()
    services.case_schedule(case=second, session=session, actor=member)
    url = reverse("committee:case_list")

    def listed(params):
        content = member_client.get(url, params).content.decode()
        return {c.reference for c in (first, second, old) if c.reference in content}

    assert listed({}) == {first.reference, second.reference, old.reference}
    assert listed({"status": CaseStatus.SUBMITTED}) == {first.reference, old.reference}
    assert listed({"session": session.pk}) == {second.reference}
    since = (timezone.localdate() - timedelta(days=30)).isoformat()
    assert listed({"submitted_from": since}) == {first.reference, second.reference}
    until = (timezone.localdate() - timedelta(days=300)).isoformat()
    assert listed({"submitted_to": until}) == {old.reference}


def test_bad_filter_input_is_a_message_not_an_error(member_client, case):
    response = member_client.get(
        reverse("committee:case_list"), {"submitted_from": "kein Datum", "session": "999"}
    )
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert 'value="kein Datum"' in response.content.decode()


def test_advisor_status_page_explains_the_state_in_plain_language(client, advisor, member, case):
    client_login(client, advisor)
    url = reverse("cases:case_detail", args=[case.reference])
    page = client.get(url).content.decode()
    assert 'id="case-status-explanation"' in page
    services.case_status_change(
        case=case,
        status=CaseStatus.NOT_ADMISSIBLE,
        actor=member,
        role=services.ROLE_COMMITTEE,
        reason="Eine andere Ausländerbehörde ist zuständig.",
    )
    page = client.get(url).content.decode()
    assert "Eine andere Ausländerbehörde ist zuständig." in page
    # The committee-area link is for members only.
    assert reverse("committee:case_detail", args=[case.reference]) not in page


def test_each_choice_says_what_it_does(member_client, case):
    url = reverse("committee:case_detail", args=[case.reference])

    def status_form():
        page = member_client.get(url).content.decode()
        return page.split('id="status-form"')[1].split("</form>")[0]

    form = status_form()
    assert 'name="ground"' in form and 'name="reason"' in form
    services.case_status_change(
        case=case,
        status=CaseStatus.ADMISSIBLE,
        actor=case.submitted_by,
        role=services.ROLE_COMMITTEE,
    )
    services.case_schedule(case=case, session=session_create(), actor=case.submitted_by)
    form = status_form()
    assert "Von der Tagesordnung nehmen" in form
    assert "Zulässigkeit bestätigt" not in form
    services.case_status_change(
        case=case,
        status=CaseStatus.NOT_ADMISSIBLE,
        actor=case.submitted_by,
        role=services.ROLE_COMMITTEE,
        reason="Gerichtsverfahren anhängig",
    )
    form = status_form()
    # Only "close" is left: no reason field that belongs to another choice.
    assert "Abschließen" in form
    assert 'name="reason"' not in form
