"""The committee's forms (status, schedule, assessment, case filters and search) under hostile
input, for cases in each state the forms are offered in and in states they are not."""

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from django.utils.html import escape
from hypothesis import event, example, given
from hypothesis import strategies as st

from cases.models import Case, CaseStatus
from committee.models import AgendaItem, Assessment, CommitteeSession, Recommendation
from tests.committee.conftest import (
    advisor_create,
    case_submit,
    client_login,
    session_create,
    user_create,
)
from tests.factories import AdviceCenterFactory
from tests.fuzz.checks import (
    assert_errors_shown,
    assert_values_kept,
    multipart_safe,
    post,
    query_string,
)
from tests.fuzz.strategies import dates, encodings, fuzz_settings, numbers, tampered, texts
from tests.ui import de

STATES = st.sampled_from(["submitted", "admissible", "scheduled", "discussed", "closed"])


@pytest.fixture
def setting(client, db):
    """A case, a coming and a past session, and someone logged in who reaches every form:
    a member who also works in the office (the roles are tested elsewhere; here the input)."""
    member = user_create("member-1", group="Committee")
    member.groups.add(Group.objects.get(name="Office"))
    client_login(client, member)
    case = case_submit(advisor_create("advisor-a", AdviceCenterFactory()))
    coming = session_create(days=7)
    past = session_create(days=-7)
    return case, coming, past


def _put_in_state(case, state, *, coming, past):
    """The case as the workflow would have left it in ``state``."""
    Case.objects.filter(pk=case.pk).update(status=state)
    if state in ("scheduled", "discussed"):
        AgendaItem.objects.create(case=case, session=past if state == "discussed" else coming)
    case.refresh_from_db()


def _refusal_shown(client, response, message):
    """A step the case's state no longer offers: the case page says why, at the top."""
    html = client.get(response["Location"]).content.decode()
    assert escape(message) in html[: html.index('class="case-facts"')]


def _detail_page_checks(response, sent, *, encoding):
    assert response.status_code == 400
    html = response.content.decode()
    for name in ("status_form", "schedule_form"):
        form = response.context[name]
        if form.is_bound:
            assert form.errors
            assert_errors_shown(html, form, top_end='<div class="field')
            assert_values_kept(html, form, sent, encoding=encoding)


@pytest.mark.django_db
@fuzz_settings(30)
@given(
    state=STATES,
    sent=tampered(
        {"status": "admissible", "ground": "other", "reason": "Unterlagen vollständig"},
        fields={
            "status": st.one_of(st.sampled_from([s.value for s in CaseStatus]), texts()),
            "ground": st.one_of(
                st.sampled_from(
                    ["other", "exclude_asylum_application", "exclude_other_authority"]
                ),
                texts(),
            ),
            "reason": texts(),
        },
    ),
    encoding=encodings(),
)
@example(state="closed", sent={"status": ["admissible"]}, encoding="urlencoded")
@example(
    state="submitted", sent={"status": ["not_admissible"], "reason": [" "]}, encoding="multipart"
)
def test_status_change_answers_bad_input_with_messages(
    client, setting, isolated, state, sent, encoding
):
    case, coming, past = setting
    if encoding == "multipart":
        sent = multipart_safe(sent)
    with isolated():
        _put_in_state(case, state, coming=coming, past=past)
        response = post(
            client, f"/de/committee/cases/{case.reference}/status/", sent, encoding=encoding
        )
        event(f"{state}: {response.status_code}")
        case.refresh_from_db()
        if response.status_code == 302:
            if case.status != state:
                assert case.status == sent["status"][-1]
            else:
                with translation.override("de"):
                    message = translation.gettext(
                        "A case in the state “%(status)s” cannot be changed here."
                    ) % {"status": CaseStatus(state).label}
                _refusal_shown(client, response, message)
            return
        assert case.status == state
        _detail_page_checks(response, sent, encoding=encoding)


@pytest.mark.django_db
@fuzz_settings(30)
@given(
    state=STATES,
    session=st.one_of(st.sampled_from(["COMING", "PAST"]), numbers(), texts()),
    encoding=encodings(),
)
@example(state="admissible", session="PAST", encoding="multipart")
@example(state="submitted", session="COMING", encoding="urlencoded")
@example(state="admissible", session="99999999999999999999999", encoding="urlencoded")
def test_scheduling_answers_bad_input_with_messages(
    client, setting, isolated, state, session, encoding
):
    case, coming, past = setting
    value = {"COMING": str(coming.pk), "PAST": str(past.pk)}.get(session, session)
    with isolated():
        _put_in_state(case, state, coming=coming, past=past)
        sent = {"session": [value]}
        response = post(
            client, f"/de/committee/cases/{case.reference}/schedule/", sent, encoding=encoding
        )
        event(f"{state}: {response.status_code}")
        case.refresh_from_db()
        if response.status_code == 302:
            if state == "admissible":
                assert value == str(coming.pk)
                assert case.status == "scheduled"
            else:
                assert case.status == state
                _refusal_shown(
                    client, response, de("Only an admissible case can be scheduled for a session.")
                )
            return
        assert case.status == state
        _detail_page_checks(response, sent, encoding=encoding)


@pytest.mark.django_db
@fuzz_settings(30)
@given(
    state=STATES,
    sent=tampered(
        {
            "recommendation": Recommendation.HARDSHIP_COMMISSION.value,
            "text": "Lange Aufenthaltsdauer, gute Integration",
            "version": "0",
        },
        fields={
            "recommendation": st.one_of(
                st.sampled_from([r.value for r in Recommendation]), texts()
            ),
            "text": texts(),
            "version": st.one_of(numbers(), texts()),
        },
    ),
    encoding=encodings(),
)
@example(
    state="discussed",
    sent={"recommendation": ["perspective_seen"], "text": ["Gut"], "version": ["x"]},
    encoding="multipart",
)
@example(
    state="discussed",
    sent={"recommendation": ["perspective_seen"], "text": ["Gut"], "version": ["9" * 30]},
    encoding="urlencoded",
)
def test_assessment_answers_bad_input_with_messages(
    client, setting, isolated, state, sent, encoding
):
    case, coming, past = setting
    if encoding == "multipart":
        sent = multipart_safe(sent)
    with isolated():
        _put_in_state(case, state, coming=coming, past=past)
        response = post(
            client, f"/de/committee/cases/{case.reference}/assessment/", sent, encoding=encoding
        )
        event(f"{state}: {response.status_code}")
        if response.status_code == 302:
            assert Assessment.objects.get(case=case).text == sent["text"][-1].strip()
            return
        # 409: the version sent is not the saved one (as when another member saved first).
        assert response.status_code in (400, 409)
        assert not Assessment.objects.exists()
        html = response.content.decode()
        form = response.context["form"]
        assert form.errors
        assert_errors_shown(html, form, top_end='id="assessment-form"')
        assert_values_kept(html, form, sent, encoding=encoding)


@pytest.mark.django_db
@fuzz_settings(30)
@given(
    params=tampered(
        {
            "status": "submitted",
            "session": "1",
            "submitted_from": "2020-01-01",
            "submitted_to": "",
            "urgent": "on",
            "sort": "deadline",
        },
        fields={
            "status": texts(),
            "session": st.one_of(numbers(), texts()),
            "submitted_from": dates(),
            "submitted_to": dates(),
            "urgent": texts(),
            "sort": st.one_of(st.sampled_from(["", "deadline", "urgent"]), texts()),
        },
    ),
)
@example(params={"submitted_from": ["0001-01-01"], "submitted_to": ["9999-12-31"]})
@example(params={"submitted_from": ["2030-01-01"], "submitted_to": ["2020-01-01"]})
def test_case_filters_answer_bad_input_with_messages(client, setting, isolated, params):
    with isolated():
        response = client.get(f"/de/committee/?{query_string(params)}")
        event(f"status {response.status_code}")
        assert response.status_code == 200
        form = response.context["form"]
        html = response.content.decode()
        assert_errors_shown(html, form, top_end='<div class="field')
        assert_values_kept(html, form, params, encoding="urlencoded")
        if not form.errors:
            assert 'id="case-table"' in html or 'id="no-cases"' in html


@pytest.mark.django_db
@fuzz_settings(30)
@given(
    sent=tampered({"q": "Testperson"}, fields={"q": texts()}),
    encoding=encodings(),
    filters=st.sampled_from(["", "?sort=deadline", "?urgent=on&status=submitted"]),
)
@example(sent={"q": ["Testperson"]}, encoding="urlencoded", filters="")
@example(sent={"q": ["x" * 201]}, encoding="multipart", filters="")
def test_case_search_answers_bad_input_with_messages(
    client, setting, isolated, sent, encoding, filters
):
    with isolated():
        response = post(client, f"/de/committee/{filters}", sent, encoding=encoding)
        event(f"status {response.status_code}")
        form = response.context["search"]
        assert response.status_code == (400 if form.errors else 200)
        html = response.content.decode()
        assert_errors_shown(html, form, top_end='id="case-search"')
        assert_values_kept(html, form, sent, encoding=encoding)
        assert 'id="case-table"' in html or 'id="no-cases"' in html


TIMES = st.one_of(
    st.times().map(lambda moment: moment.isoformat()),
    st.sampled_from(["24:00", "23:60", "9", "09:00:00.5", "-1:00", "12:00\u202e", "noon"]),
    texts(),
)


@pytest.mark.django_db
@fuzz_settings(30)
@given(
    sent=tampered(
        {"date": "2030-05-06", "time": "17:00", "place": "Rathaus, Raum 1", "kind": "occasion"},
        fields={
            "date": dates(),
            "time": TIMES,
            "place": texts(),
            "kind": st.one_of(st.sampled_from(["regular", "occasion"]), texts()),
        },
    ),
    encoding=encodings(),
)
@example(
    sent={"date": ["0001-01-01"], "time": ["00:00"], "place": ["Rathaus"], "kind": ["occasion"]},
    encoding="urlencoded",
)
@example(
    sent={"date": ["9999-12-31"], "time": ["23:59"], "place": ["Rathaus"], "kind": ["regular"]},
    encoding="multipart",
)
def test_session_planning_answers_bad_input_with_messages(
    client, setting, isolated, sent, encoding
):
    if encoding == "multipart":
        sent = multipart_safe(sent)
    with isolated():
        sessions = CommitteeSession.objects.count()
        response = post(client, "/de/committee/sessions/", sent, encoding=encoding)
        event(f"status {response.status_code}")
        if response.status_code == 302:
            assert CommitteeSession.objects.count() == sessions + 1
            return
        assert response.status_code == 400
        assert CommitteeSession.objects.count() == sessions
        html = response.content.decode()
        form = response.context["form"]
        assert form.errors
        assert_errors_shown(html, form, top_end='id="session-form"')
        assert_values_kept(html, form, sent, encoding=encoding)
