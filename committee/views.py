"""The committee area, and the advisor's withdrawal and assessment download. Thin views:
forms validate, ``committee.services`` changes things, selectors decide who sees what."""

import uuid

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.decorators import only_for, verified_required
from accounts.selectors import advisor_profile_approved
from cases.draft_views import (
    CONSENT_FILE_NOT_STORED,
    EARLIER_CASE_EXISTS,
    application_data,
    error_links,
)
from cases.forms import (
    STEPS,
    AdmissibilityForm,
    CaseSearchForm,
    OfficeApplicationForm,
    household_formset,
)
from cases.models import AuditEntry, Case, CaseStatus, ConsentText
from cases.selectors import (
    application_rows,
    case_documents,
    case_has_news,
    case_list_rows,
    case_previous_visit,
    case_reference_for_token,
    cases_with_news_for,
    household_rows,
)
from cases.services import admissibility_reasons as case_admissibility_reasons
from cases.services import (
    audit_record,
    case_earlier_reference,
    case_for_user,
    case_submit,
)
from cases.storage import PrivateStorageError
from committee import selectors, services
from committee.forms import (
    AgendaNoteForm,
    AssessmentForm,
    AttendanceForm,
    CaseFilterForm,
    ConfirmForm,
    MemberNoteForm,
    ScheduleForm,
    SessionCancelForm,
    SessionForm,
    StatusChangeForm,
    WithdrawForm,
)
from committee.models import AgendaItem, CommitteeSession
from portal.rules import committee_rules

committee_area_required = only_for(selectors.user_in_committee_area)
member_required = only_for(selectors.user_is_member)
office_required = only_for(selectors.user_is_office)


def _attachment(content, *, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


# Cases -------------------------------------------------------------------------------------


@committee_area_required
def case_list(request):
    """Filters and order by GET (nothing personal in them); the search by name or reference
    by POST to the same address, so that no name is ever part of one."""
    form = CaseFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    search = CaseSearchForm(request.POST if request.method == "POST" else None)
    query = search.cleaned_data["q"] if search.is_bound and search.is_valid() else ""
    cases = selectors.cases_filtered(
        status=filters.get("status") or None,
        session=filters.get("session"),
        submitted_from=filters.get("submitted_from"),
        submitted_to=filters.get("submitted_to"),
        urgent=filters.get("urgent", False),
        sort=filters.get("sort", ""),
        query=query,
    )
    cases = selectors.cases_readable_by(cases, user=request.user)
    rules = committee_rules(request)
    rows = case_list_rows(
        cases=cases_with_news_for(cases, user=request.user),
        retention_months=rules.retention_months,
    )
    for row in rows:
        row["news"] = case_has_news(row["case"])
    audit_record(
        actor=request.user,
        case_reference="",
        action=AuditEntry.Action.VIEW,
        detail="committee case search" if query else "committee case list",
    )
    return render(
        request,
        "committee/case_list.html",
        {
            "form": form,
            "search": search,
            "query": query,
            "rows": rows,
            "reads_as_deputy": selectors.deputy_seat_only(request.user) is not None,
            "can_record": rules.office_records_applications
            and selectors.user_is_office(request.user),
        },
        status=400 if search.is_bound and search.errors else 200,
    )


# Applications recorded by the office ---------------------------------------------------------


def _recording_allowed(request):
    """The rules under which the office records applications; where they do not let it,
    the page does not exist."""
    rules = committee_rules(request)
    if not rules.office_records_applications:
        raise Http404
    return rules


@office_required
def case_record(request):
    """An application received on paper or taken down in person, entered on one page: the
    admissibility questions and the Kurzantrag of the advisors' steps, checked the same way
    and submitted through the same service. Nothing is stored unless all of it is admissible
    and valid; a refused page keeps everything typed (the file has to be chosen again, as a
    browser never sends it twice)."""
    rules = _recording_allowed(request)
    kinds = rules.applicant_kinds_without_centre()
    posted = request.method == "POST"
    admissibility = AdmissibilityForm(request.POST if posted else None, rules=rules, office=True)
    repeat = posted and request.POST.get("submitted_before") == "yes"
    form = OfficeApplicationForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        repeat_declared=repeat,
    )
    formset = household_formset()(request.POST if posted else None, prefix="household")
    consent = ConsentText.objects.in_force(request.LANGUAGE_CODE)
    reasons = []
    if posted and kinds:
        if (resent := _recorded_before(request)) is not None:
            return resent
        if admissibility.is_valid():
            answers = {k: v for k, v in admissibility.cleaned_data.items() if v != ""}
            reasons = case_admissibility_reasons(rules=rules, answers=answers)
        valid = form.is_valid() & formset.is_valid() & admissibility.is_valid()
        if valid and not reasons and consent is not None:
            if _earlier_case_recorded(request, rules, form.cleaned_data):
                form.add_error("changes_since_last", EARLIER_CASE_EXISTS)
            else:
                case = _record(request, rules, answers, form, formset, consent)
                if case is not None:
                    return redirect("committee:case_detail", reference=case.reference)
    errors = []
    if posted:
        errors = error_links(admissibility) + error_links(form, formset)
    return render(
        request,
        "committee/case_record.html",
        {
            "kinds": kinds,
            "admissibility": admissibility,
            "reasons": reasons,
            "form": form,
            "formset": formset,
            "consent": consent,
            "errors": errors,
            "sections": [
                (slug, title, [form[name] for name in names if name in form.fields])
                for slug, title, names in STEPS
                if slug not in ("evidence", "review")
            ],
        },
        status=400 if errors else 200,
    )


def _recorded_before(request):
    """The page was sent again after the case was made (double click, back and resend)."""
    try:
        token = uuid.UUID(request.POST.get("submission_token", ""))
    except ValueError:
        return None
    reference = case_reference_for_token(token=token)
    if reference is None:
        return None
    return redirect("committee:case_detail", reference=reference)


def _earlier_case_recorded(request, rules, cleaned):
    """An earlier case of the same person when the rules ask what changed since and the
    application does not say (audited each time, found or not)."""
    if not rules.repeat_requires_changed_facts or cleaned.get("changes_since_last"):
        return False
    return bool(
        case_earlier_reference(
            user=request.user,
            full_name=cleaned["full_name"],
            date_of_birth=cleaned["date_of_birth"],
            office=True,
        )
    )


def _record(request, rules, answers, form, formset, consent):
    """The case, or None with the reason next to the consent file."""
    cleaned = form.cleaned_data
    try:
        case, _created = case_submit(
            user=request.user,
            submission_token=cleaned["submission_token"],
            reference_prefix=rules.reference_prefix,
            answers=answers,
            application=application_data(cleaned),
            household=formset.members(),
            consent_version=consent.version,
            consent_file=cleaned["consent_file"],
            deadline=cleaned.get("deadline"),
            deadline_reason=cleaned.get("deadline_reason", ""),
            urgent=cleaned.get("urgent", False),
            recorded_by_office=True,
        )
    except PrivateStorageError:
        form.add_error("consent_file", CONSENT_FILE_NOT_STORED)
        return None
    messages.success(
        request,
        _("The application has been recorded as case %(reference)s.")
        % {"reference": case.reference},
    )
    return case


def _case_page(request, case, *, status_form=None, schedule_form=None, note_form=None, status=200):
    data = case.data
    membership = selectors.membership_of(request.user)
    assessment = selectors.case_assessment(case=case)
    # A deputy who stands in for no one at this case's session reads no member's notes and
    # writes none.
    acting = membership is not None and selectors.membership_acts_on_case(
        membership=membership, case=case
    )
    notes = selectors.case_member_notes(case=case, membership=membership) if acting else None
    confirmation = (
        selectors.assessment_confirmation_state(assessment=assessment) if assessment else None
    )
    is_office = selectors.user_is_office(request.user)
    context = {
        "is_office": is_office,
        "membership": membership,
        "deputy_standing_by": membership is not None and not acting,
        "notes": notes,
        "note_form": note_form
        or MemberNoteForm(initial={"text": notes["own"].text if notes and notes["own"] else ""}),
        "confirmation": confirmation,
        "can_confirm": bool(
            membership
            and confirmation
            and not assessment.is_released
            and membership in confirmation["missing"]
        ),
        "authority_notice": selectors.case_authority_notice(case=case),
        "case": case,
        "application": application_rows(
            application=data.get("application", {}),
            recorded_by_office=case.recorded_by_office,
        ),
        "household": household_rows(household=data.get("household", [])),
        "history": selectors.case_status_history(case=case),
        # Every way to this page audits the visit first: the one before it is the last.
        "documents": case_documents(
            case=case, seen_before=case_previous_visit(user=request.user, case=case)
        ),
        "audit_trail": selectors.case_audit_trail(case=case),
        "same_person": selectors.cases_of_same_person(case=case),
        "agenda_item": selectors.case_agenda_item(case=case),
        "assessment": assessment,
        "status_form": status_form or StatusChangeForm(case=case, rules=committee_rules(request)),
        "schedule_form": schedule_form or ScheduleForm(sessions=selectors.sessions_upcoming()),
        "can_schedule": is_office
        and services.transition_allowed(
            role=services.ROLE_COMMITTEE, from_status=case.status, to_status=CaseStatus.SCHEDULED
        ),
        "can_release": is_office and case.status == CaseStatus.DISCUSSED,
        "can_assess": case.status in (CaseStatus.SCHEDULED, CaseStatus.DISCUSSED),
    }
    return render(request, "committee/case_detail.html", context, status=status)


def _member_case(request, reference, action):
    case = case_for_user(user=request.user, reference=reference, action=action)
    readable = Case.objects.filter(pk=case.pk)
    if not selectors.cases_readable_by(readable, user=request.user).exists():
        audit_record(
            actor=request.user,
            case_reference=reference,
            action=AuditEntry.Action.ACCESS_DENIED,
            detail=action,
        )
        raise Http404
    return case


def _audit_view(request, case, detail=""):
    audit_record(
        actor=request.user,
        case_reference=case.reference,
        action=AuditEntry.Action.VIEW,
        detail=detail,
    )


@committee_area_required
def case_detail(request, reference):
    case = _member_case(request, reference, "committee view")
    _audit_view(request, case)
    return _case_page(request, case)


@committee_area_required
@require_POST
def case_status(request, reference):
    case = _member_case(request, reference, "committee status change")
    form = StatusChangeForm(request.POST, case=case, rules=committee_rules(request))
    if not form.fields["status"].choices:
        # Sent from a page that is out of date: the case page no longer offers the form,
        # so an error next to it would not be seen.
        messages.error(
            request,
            _("A case in the state “%(status)s” cannot be changed here.")
            % {"status": case.get_status_display()},
        )
        return redirect("committee:case_detail", reference=case.reference)
    if form.is_valid():
        try:
            services.case_status_change(
                case=case,
                status=form.cleaned_data["status"],
                actor=request.user,
                role=services.ROLE_COMMITTEE,
                reason=form.cleaned_data.get("reason", ""),
                ground=form.rule_ground(),
            )
        except services.WorkflowError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The status was changed."))
            return redirect("committee:case_detail", reference=case.reference)
    _audit_view(request, case)
    return _case_page(request, case, status_form=form, status=400)


@office_required
@require_POST
def case_schedule(request, reference):
    case = _member_case(request, reference, "committee schedule")
    if not services.transition_allowed(
        role=services.ROLE_COMMITTEE, from_status=case.status, to_status=CaseStatus.SCHEDULED
    ):
        # As above: the case page offers no scheduling for this case any more.
        messages.error(request, _("Only an admissible case can be scheduled for a session."))
        return redirect("committee:case_detail", reference=case.reference)
    form = ScheduleForm(request.POST, sessions=selectors.sessions_upcoming())
    if form.is_valid():
        try:
            services.case_schedule(
                case=case, session=form.cleaned_data["session"], actor=request.user
            )
        except services.WorkflowError as error:
            form.add_error("session", str(error))
        else:
            messages.success(request, _("The case is on the session's agenda."))
            return redirect("committee:case_detail", reference=case.reference)
    _audit_view(request, case)
    return _case_page(request, case, schedule_form=form, status=400)


@committee_area_required
def case_assessment(request, reference):
    case = _member_case(request, reference, "committee assessment")
    assessment = selectors.case_assessment(case=case)
    agenda_item = selectors.case_agenda_item(case=case)
    conflict_with = None
    # A damaged version field comes back as the current one (see hidden_errors_to_top).
    current_version = {"version": assessment.version if assessment is not None else 0}
    if request.method == "POST":
        form = AssessmentForm(request.POST, initial=current_version)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.assessment_save(
                    case=case,
                    text=data["text"],
                    recommendation=data["recommendation"],
                    next_steps=data["next_steps"],
                    version=data["version"],
                    actor=request.user,
                )
            except services.AssessmentConflict as error:
                form.add_error(None, str(error))
                conflict_with = selectors.case_assessment(case=case)
            except services.WorkflowError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The joint assessment was saved."))
                return redirect("committee:case_detail", reference=case.reference)
    else:
        initial = {"version": 0}
        if assessment is not None:
            initial = {
                "version": assessment.version,
                "text": assessment.text,
                "next_steps": assessment.next_steps,
                "recommendation": assessment.recommendation,
            }
        form = AssessmentForm(initial=initial)
    _audit_view(request, case, detail="assessment")
    return render(
        request,
        "committee/assessment_form.html",
        {
            "case": case,
            "form": form,
            "assessment": assessment,
            "agenda_item": agenda_item,
            "conflict_with": conflict_with,
            "session_passed": agenda_item is not None and agenda_item.session.day_has_come,
        },
        status=409 if conflict_with is not None else (400 if form.errors else 200),
    )


@office_required
@require_POST
def case_release(request, reference):
    case = _member_case(request, reference, "committee release")
    try:
        services.assessment_release(case=case, actor=request.user)
    except services.WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The assessment is released to the advisor."))
    return redirect("committee:case_detail", reference=case.reference)


@member_required
@require_POST
def case_note(request, reference):
    case = _member_case(request, reference, "committee member note")
    membership = selectors.membership_of(request.user)
    form = MemberNoteForm(request.POST)
    if membership is None:
        messages.error(request, _("Only a member holding a seat on the committee writes notes."))
        return redirect("committee:case_detail", reference=case.reference)
    if form.is_valid():
        try:
            services.member_note_save(
                case=case,
                membership=membership,
                text=form.cleaned_data["text"],
                actor=request.user,
            )
        except services.WorkflowError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Your note was saved."))
        return redirect("committee:case_detail", reference=case.reference)
    _audit_view(request, case)
    return _case_page(request, case, note_form=form, status=400)


@member_required
@require_POST
def case_confirm(request, reference):
    case = _member_case(request, reference, "committee confirmation")
    membership = selectors.membership_of(request.user)
    form = ConfirmForm(request.POST)
    if membership is None or not form.is_valid():
        messages.error(request, _("The confirmation was not recorded. Please try again."))
        return redirect("committee:case_detail", reference=case.reference)
    try:
        services.assessment_confirm(
            case=case,
            membership=membership,
            version=form.cleaned_data["version"],
            actor=request.user,
        )
    except services.WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("You confirmed the joint assessment."))
    return redirect("committee:case_detail", reference=case.reference)


@member_required
@require_POST
def case_authority_informed(request, reference):
    case = _member_case(request, reference, "committee authority informed")
    membership = selectors.membership_of(request.user)
    if membership is None or not membership.heads_authority:
        raise Http404
    services.authority_informed_record(case=case, membership=membership, actor=request.user)
    messages.success(request, _("It is recorded that the authority was informed of the case."))
    return redirect("committee:case_detail", reference=case.reference)


# Sessions ----------------------------------------------------------------------------------


@committee_area_required
def session_list(request):
    is_office = selectors.user_is_office(request.user)
    if request.method == "POST" and not is_office:
        raise Http404
    form = SessionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            session = services.session_create(
                starts_at=form.starts_at(),
                place=form.cleaned_data["place"],
                kind=form.cleaned_data["kind"],
                actor=request.user,
                rules=committee_rules(request),
            )
        except ValidationError as error:
            form.add_error("kind", error)
        else:
            messages.success(request, _("The session was created."))
            return redirect("committee:session_detail", pk=session.pk)
    return render(
        request,
        "committee/session_list.html",
        {
            "form": form,
            "sessions": selectors.sessions_next_first(),
            "rules": committee_rules(request),
            "is_office": is_office,
        },
        status=400 if form.errors else 200,
    )


@committee_area_required
def session_detail(request, pk):
    session = get_object_or_404(CommitteeSession, pk=pk)
    return render(
        request,
        "committee/session_detail.html",
        {
            "session": session,
            "agenda": selectors.session_agenda(session=session),
            "seats": selectors.session_seats(session=session),
            "is_office": selectors.user_is_office(request.user),
        },
    )


@office_required
def session_edit(request, pk):
    session = get_object_or_404(CommitteeSession, pk=pk)
    local = timezone.localtime(session.starts_at)
    form = SessionForm(
        request.POST if request.method == "POST" else None,
        initial={
            "date": local.date(),
            "time": local.time().replace(second=0, microsecond=0),
            "place": session.place,
            "kind": session.kind,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            # Unchanged fields keep the stored moment (it may carry seconds the form does not).
            moved = {"date", "time"} & set(form.changed_data)
            services.session_update(
                session=session,
                starts_at=form.starts_at() if moved else session.starts_at,
                place=form.cleaned_data["place"],
                kind=form.cleaned_data["kind"],
                actor=request.user,
                rules=committee_rules(request),
            )
        except ValidationError as error:
            field = {"too_many_sessions": "kind", "cancelled": None}.get(error.code, "date")
            form.add_error(field, error)
        else:
            messages.success(request, _("The session was changed."))
            return redirect("committee:session_detail", pk=session.pk)
    return render(
        request,
        "committee/session_edit.html",
        {"session": session, "form": form},
        status=400 if form.errors else 200,
    )


@office_required
@require_POST
def session_invite(request, pk):
    session = get_object_or_404(CommitteeSession, pk=pk, cancelled_at__isnull=True)
    services.session_invite(session=session, actor=request.user)
    messages.success(request, _("The invitation was sent to the committee members."))
    return redirect("committee:session_detail", pk=session.pk)


@committee_area_required
def session_ics(request, pk):
    session = get_object_or_404(CommitteeSession, pk=pk)
    return _attachment(
        services.session_ics(session=session),
        content_type="text/calendar; charset=utf-8",
        filename=f"committee-session-{session.pk}.ics",
    )


@committee_area_required
def session_protocol(request, pk):
    session = get_object_or_404(CommitteeSession, pk=pk)
    deputy = selectors.deputy_seat_only(request.user)
    if deputy is not None and deputy.pk not in selectors.memberships_acting(session=session):
        raise Http404
    return _attachment(
        services.session_protocol_pdf(session=session, actor=request.user),
        content_type="application/pdf",
        filename=f"protocol-session-{session.pk}.pdf",
    )


@office_required
def session_cancel(request, pk):
    session = get_object_or_404(CommitteeSession, pk=pk, cancelled_at__isnull=True)
    form = SessionCancelForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.session_cancel(session=session, actor=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The session is cancelled."))
            return redirect("committee:session_list")
    return render(
        request,
        "committee/session_cancel.html",
        {"session": session, "form": form, "agenda": selectors.session_agenda(session=session)},
        status=400 if form.errors else 200,
    )


@office_required
def session_attendance(request, pk):
    session = get_object_or_404(CommitteeSession, pk=pk, cancelled_at__isnull=True)
    seats = selectors.session_seats(session=session)
    form = AttendanceForm(request.POST if request.method == "POST" else None, seats=seats)
    if request.method == "POST" and form.is_valid():
        services.session_attendance_record(
            session=session, presence=form.presence(), actor=request.user
        )
        messages.success(request, _("The attendance was recorded."))
        return redirect("committee:session_detail", pk=session.pk)
    return render(
        request,
        "committee/session_attendance.html",
        {"session": session, "form": form},
        status=400 if form.errors else 200,
    )


def _agenda_item(session_pk, item_pk):
    return get_object_or_404(
        AgendaItem.objects.select_related("case", "session"), pk=item_pk, session_id=session_pk
    )


@office_required
@require_POST
def agenda_item_move(request, pk, item_pk):
    item = _agenda_item(pk, item_pk)
    services.agenda_item_move(item=item, offset=-1 if request.POST.get("direction") == "up" else 1)
    return redirect(f"{reverse('committee:session_detail', args=[pk])}#agenda")


@office_required
def agenda_item_note(request, pk, item_pk):
    item = _agenda_item(pk, item_pk)
    form = AgendaNoteForm(
        request.POST if request.method == "POST" else None, initial={"text": item.office_note}
    )
    if request.method == "POST" and form.is_valid():
        services.agenda_item_note_save(
            item=item, text=form.cleaned_data["text"], actor=request.user
        )
        messages.success(request, _("The note was saved."))
        return redirect("committee:session_detail", pk=pk)
    _audit_view(request, item.case, detail="office note")
    return render(
        request,
        "committee/agenda_item_note.html",
        {"item": item, "form": form},
        status=400 if form.errors else 200,
    )


# The advisor's side ------------------------------------------------------------------------


def _advisor_case(request, reference, action):
    if advisor_profile_approved(request.user) is None:
        raise Http404
    return case_for_user(user=request.user, reference=reference, action=action)


@verified_required
def advisor_case_withdraw(request, reference):
    case = _advisor_case(request, reference, "withdraw")
    allowed = services.transition_allowed(
        role=services.ROLE_ADVISOR, from_status=case.status, to_status=CaseStatus.WITHDRAWN
    )
    form = WithdrawForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and allowed and form.is_valid():
        try:
            if form.cleaned_data["kind"] == WithdrawForm.CONSENT_WITHDRAWN:
                services.case_consent_withdraw(case=case, actor=request.user)
                messages.success(
                    request,
                    _("Case %(reference)s and all its data have been deleted.")
                    % {"reference": reference},
                )
                return redirect("cases:case_list")
            services.case_withdraw(case=case, actor=request.user)
        except services.WorkflowError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The case is withdrawn."))
            return redirect("cases:case_detail", reference=case.reference)
    return render(
        request,
        "committee/case_withdraw.html",
        {"case": case, "form": form, "allowed": allowed},
        status=400 if form.errors else 200,
    )


@verified_required
def advisor_assessment_pdf(request, reference):
    case = _advisor_case(request, reference, "assessment download")
    language = services.letter_language(request.GET.get("language", ""))
    pdf = services.assessment_pdf(
        case=case, actor=request.user, rules=committee_rules(request), language=language
    )
    if pdf is None:
        raise Http404
    code = language or settings.LANGUAGE_CODE
    return _attachment(
        pdf, content_type="application/pdf", filename=f"assessment-{case.reference}-{code}.pdf"
    )
