"""The committee's workflow. Every status change goes through ``case_status_change``, which
checks the transitions table below, audits the change and tells the advisor (no personal data).
Mail goes out only once the change is committed (``portal.notifications``)."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from icalendar import Calendar, Event
from weasyprint import HTML

from accounts.selectors import user_is_office_group
from cases import storage
from cases.models import AuditEntry, Case, CaseStatus, Evidence
from cases.selectors import RETAINED_STATUSES, case_deletion_moment, months_after
from cases.services import (
    audit_record,
    case_followers,
    committee_addresses,
    evidence_files_delete,
)
from committee import selectors
from committee.models import (
    AgendaItem,
    Assessment,
    AssessmentConfirmation,
    Attendance,
    AuthorityNotice,
    CommitteeSession,
    DeletionWarning,
    MemberNote,
    Milestone,
    StatusChange,
)
from portal import crypto
from portal.notifications import absolute_url, notify

ROLE_COMMITTEE = "committee"
ROLE_ADVISOR = "advisor"

S = CaseStatus

# Which change each side may make. Anything not listed is refused.
COMMITTEE_TRANSITIONS = {
    S.SUBMITTED: {S.ADMISSIBLE, S.NOT_ADMISSIBLE},
    # Until the assessment a case can still turn out not admissible (e.g. an asylum
    # application made after the submission, which the rules exclude).
    S.ADMISSIBLE: {S.SCHEDULED, S.NOT_ADMISSIBLE},
    # Back to "admissible" takes the case off the agenda (postponed to a later session).
    S.SCHEDULED: {S.DISCUSSED, S.ADMISSIBLE, S.NOT_ADMISSIBLE},
    S.DISCUSSED: {S.ASSESSMENT_SENT},
    S.ASSESSMENT_SENT: {S.CLOSED},
    S.NOT_ADMISSIBLE: {S.CLOSED},
    S.CLOSED: set(),
    S.WITHDRAWN: set(),
}
# The advisor may withdraw at any point before the case is closed.
ADVISOR_TRANSITIONS = {
    status: ({S.WITHDRAWN} if status not in (S.CLOSED, S.WITHDRAWN) else set())
    for status in CaseStatus
}
TRANSITIONS = {ROLE_COMMITTEE: COMMITTEE_TRANSITIONS, ROLE_ADVISOR: ADVISOR_TRANSITIONS}

# How long before its deletion the advisor is told that a case goes.
DELETION_WARNING_DAYS = 14
SESSION_DURATION = timedelta(hours=3)
PROTOCOL_MARKING = gettext_lazy(
    "Internal protocol of the committee: not part of the immigration file, "
    "not for use in court proceedings."
)


class WorkflowError(Exception):
    """A change the workflow refuses; the message is meant for the user."""


class AssessmentConflict(WorkflowError):
    """Someone saved the assessment since the form was opened."""


def transition_allowed(*, role, from_status, to_status):
    return CaseStatus(to_status) in TRANSITIONS[role].get(CaseStatus(from_status), set())


def transitions_from(*, role, status):
    return sorted(TRANSITIONS[role].get(CaseStatus(status), set()))


def _preconditions_check(*, case, to_status, reason, ground):
    agenda = AgendaItem.objects.filter(case=case).select_related("session").first()
    if to_status == S.NOT_ADMISSIBLE and not (reason.strip() or ground):
        raise WorkflowError(_("Please give the reason why the case is not admissible."))
    if to_status == S.SCHEDULED and agenda is None:
        raise WorkflowError(_("Choose the session the case is scheduled for."))
    if to_status == S.DISCUSSED and (agenda is None or not agenda.session.day_has_come):
        raise WorkflowError(_("A case can be marked as discussed from the day of its session on."))
    if to_status == S.ASSESSMENT_SENT:
        assessment = Assessment.objects.filter(case=case).first()
        if assessment is None:
            raise WorkflowError(_("Record the joint assessment before releasing it."))
        state = selectors.assessment_confirmation_state(assessment=assessment)
        if not state["complete"]:
            raise WorkflowError(
                _(
                    "The assessment can be released once the attendance is recorded and every "
                    "present member has confirmed its current version."
                )
            )


def _milestone(kind, *, recommendation=""):
    Milestone.objects.create(
        kind=kind, year=timezone.localdate().year, recommendation=recommendation
    )


def case_status_change(*, case, status, actor, role, reason="", ground=""):
    """Move ``case`` to ``status`` if the table allows it for ``role``; returns the case.
    ``ground``: for "not admissible", the switch of the committee rules the case falls under."""
    status = CaseStatus(status)
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        if not transition_allowed(role=role, from_status=locked.status, to_status=status):
            raise WorkflowError(
                _("A case in the state “%(old)s” cannot be changed to “%(new)s”.")
                % {"old": CaseStatus(locked.status).label, "new": status.label}
            )
        _preconditions_check(case=locked, to_status=status, reason=reason, ground=ground)
        old = locked.status
        if old == S.SCHEDULED and status in (S.ADMISSIBLE, S.NOT_ADMISSIBLE):
            AgendaItem.objects.filter(case=locked).delete()
        if status == S.ASSESSMENT_SENT:
            assessment = Assessment.objects.get(case=locked)
            assessment.released_at = timezone.now()
            assessment.save(update_fields=["released_at"])
            _milestone(Milestone.Kind.RECOMMENDATION, recommendation=assessment.recommendation)
        elif status == S.ADMISSIBLE and old == S.SUBMITTED:
            _milestone(Milestone.Kind.ADMISSIBLE)
        elif status == S.DISCUSSED:
            _milestone(Milestone.Kind.DISCUSSED)
        StatusChange.objects.create(
            case=locked,
            from_status=old,
            to_status=status,
            changed_by=actor if getattr(actor, "is_authenticated", False) else None,
            changed_by_username=actor.get_username() if actor else "",
            reason_encrypted=crypto.json_encrypt(reason.strip()) if reason.strip() else "",
            ground=ground if status == S.NOT_ADMISSIBLE else "",
        )
        locked.status = status
        locked.status_changed_at = timezone.now()
        locked.save(update_fields=["status", "status_changed_at"])
        audit_record(
            actor=actor,
            case_reference=locked.reference,
            action=AuditEntry.Action.STATUS_CHANGE,
            detail=f"{old} -> {status}",
        )
        _advisor_notify(case=locked)
    case.status, case.status_changed_at = locked.status, locked.status_changed_at
    return case


def case_notify_committee(*, case):
    """Tell the members and the office of a new case, with a link to the committee's view."""
    url = absolute_url(reverse("committee:case_detail", args=[case.reference]))
    notify(
        kind="case_submitted",
        subject=_("New case %(reference)s") % {"reference": case.reference},
        body=_("A new case was submitted: %(reference)s\n\n%(url)s")
        % {"reference": case.reference, "url": url},
        to=committee_addresses(),
    )


def _advisor_notify(*, case):
    """Tell the advisor who submitted the case, or the office that recorded it, that its
    status changed: reference and link."""
    to, url = case_followers(case=case)
    if not to:
        return
    notify(
        kind="status_change",
        subject=_("Case %(reference)s: new status") % {"reference": case.reference},
        body=_(
            "The status of case %(reference)s changed on %(date)s to: %(status)s. "
            "See it here: %(url)s"
        )
        % {
            "reference": case.reference,
            "date": date_format(timezone.localtime(case.status_changed_at), "SHORT_DATE_FORMAT"),
            "status": CaseStatus(case.status).label,
            "url": url,
        },
        to=to,
    )


def case_schedule(*, case, session, actor):
    if session.day_has_passed:
        raise WorkflowError(_("This session has already taken place. Choose a coming one."))
    with transaction.atomic():
        if not transition_allowed(
            role=ROLE_COMMITTEE, from_status=case.status, to_status=S.SCHEDULED
        ):
            raise WorkflowError(_("Only an admissible case can be scheduled for a session."))
        if session.cancelled_at is not None:
            raise WorkflowError(_("This session was cancelled. Choose another one."))
        last = session.agenda_items.order_by("-position").values_list("position", flat=True)
        AgendaItem.objects.update_or_create(
            case=case, defaults={"session": session, "position": (last.first() or 0) + 1}
        )
        return case_status_change(case=case, status=S.SCHEDULED, actor=actor, role=ROLE_COMMITTEE)


def assessment_save(*, case, text, recommendation, version, actor, next_steps=""):
    """Record or change the joint assessment; a case still scheduled moves to "discussed" in
    the same transaction, so the two are never stored apart. ``version`` is the one the form
    showed (0 for none); if another member saved in between, ``AssessmentConflict`` is raised
    and nothing is written. Every change makes a new version, which the present members
    confirm anew."""
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        agenda = AgendaItem.objects.filter(case=locked).select_related("session").first()
        if locked.status not in (S.SCHEDULED, S.DISCUSSED) or agenda is None:
            raise WorkflowError(_("An assessment can be recorded only for a case on an agenda."))
        if not agenda.session.day_has_come:
            raise WorkflowError(
                _("The assessment can be recorded from the day of the session on.")
            )
        assessment = _assessment_write(
            case=locked,
            session=agenda.session,
            text=text,
            next_steps=next_steps,
            recommendation=recommendation,
            version=version,
            actor=actor,
        )
        audit_record(
            actor=actor,
            case_reference=locked.reference,
            action=AuditEntry.Action.STATUS_CHANGE,
            detail=f"assessment recorded (version {assessment.version})",
        )
        if locked.status == S.SCHEDULED:
            case_status_change(case=case, status=S.DISCUSSED, actor=actor, role=ROLE_COMMITTEE)
    return assessment


def _assessment_write(*, case, session, text, next_steps, recommendation, version, actor):
    conflict = AssessmentConflict(
        _(
            "Another member saved this assessment while you were editing it. Your text was "
            "not saved; it is still in the form. Compare it with the saved version below, "
            "then save again."
        )
    )
    encrypted = crypto.json_encrypt(text)
    next_steps_encrypted = crypto.json_encrypt(next_steps) if next_steps.strip() else ""
    if version == 0:
        try:
            # A savepoint: a parallel first save leaves the outer transaction usable.
            with transaction.atomic():
                return Assessment.objects.create(
                    case=case,
                    session=session,
                    recommendation=recommendation,
                    text_encrypted=encrypted,
                    next_steps_encrypted=next_steps_encrypted,
                    recorded_by=actor,
                )
        except IntegrityError as error:
            raise conflict from error
    updated = Assessment.objects.filter(
        case=case, version=version, released_at__isnull=True
    ).update(
        recommendation=recommendation,
        text_encrypted=encrypted,
        next_steps_encrypted=next_steps_encrypted,
        recorded_by=actor,
        version=F("version") + 1,
        updated_at=timezone.now(),
    )
    if not updated:
        raise conflict
    return Assessment.objects.get(case=case)


def assessment_release(*, case, actor):
    """The office confirms the release of an assessment every present member agreed to."""
    if not (user_is_office_group(actor) and actor.has_perm("committee.run_office")):
        raise WorkflowError(_("Only the committee office releases an assessment."))
    return case_status_change(
        case=case, status=S.ASSESSMENT_SENT, actor=actor, role=ROLE_COMMITTEE
    )


def assessment_confirm(*, case, membership, version, actor):
    """``membership`` agrees to version ``version`` of the joint assessment. Only a seat
    holder acting at the case's session may; a version changed meanwhile is refused, so
    nobody confirms a text they have not seen."""
    with transaction.atomic():
        assessment = Assessment.objects.select_for_update().filter(case=case).first()
        if assessment is None or assessment.is_released:
            raise WorkflowError(_("There is no joint assessment to confirm."))
        if membership.pk not in selectors.memberships_acting(session=assessment.session):
            raise WorkflowError(
                _(
                    "Only the members present at the session confirm its joint assessment. "
                    "The office records who is present."
                )
            )
        if version != assessment.version:
            raise AssessmentConflict(
                _(
                    "The joint assessment was changed after you opened it. Read the current "
                    "version, then confirm it."
                )
            )
        AssessmentConfirmation.objects.get_or_create(
            assessment=assessment, membership=membership, version=version
        )
        audit_record(
            actor=actor,
            case_reference=case.reference,
            action=AuditEntry.Action.STATUS_CHANGE,
            detail=f"assessment confirmed (version {version})",
        )
    return assessment


def member_note_save(*, case, membership, text, actor):
    """A member's own note on the case; empty text removes it. A deputy writes one only
    while standing in for an absent member (``WorkflowError`` otherwise)."""
    if not selectors.membership_acts_on_case(membership=membership, case=case):
        raise WorkflowError(
            _("A deputy writes a note only while standing in for an absent member.")
        )
    with transaction.atomic():
        if text.strip():
            MemberNote.objects.update_or_create(
                case=case,
                membership=membership,
                defaults={"text_encrypted": crypto.json_encrypt(text.strip())},
            )
        else:
            MemberNote.objects.filter(case=case, membership=membership).delete()
        audit_record(
            actor=actor,
            case_reference=case.reference,
            action=AuditEntry.Action.STATUS_CHANGE,
            detail="member note saved",
        )


def authority_informed_record(*, case, membership, actor):
    """The head of the foreigners' authority has told the authority of the case."""
    if not membership.heads_authority:
        raise WorkflowError(_("Only the head of the foreigners' authority records this."))
    with transaction.atomic():
        notice, _created = AuthorityNotice.objects.get_or_create(
            case=case, defaults={"informed_by": membership}
        )
        audit_record(
            actor=actor,
            case_reference=case.reference,
            action=AuditEntry.Action.STATUS_CHANGE,
            detail="authority informed",
        )
    return notice


# Withdrawal and deletion -------------------------------------------------------------------


def case_withdraw(*, case, actor):
    return case_status_change(case=case, status=S.WITHDRAWN, actor=actor, role=ROLE_ADVISOR)


def case_delete(*, case, actor, detail):
    """Remove everything about the case: its row and everything hanging on it (addenda and
    evidence included), the encrypted consent file and the evidence files. The audit log
    keeps the reference and the fact of deletion."""
    reference, file_name = case.reference, case.consent_file_name
    with transaction.atomic():
        # Queued for after the commit, as the consent file below.
        evidence_files_delete(evidence=list(Evidence.objects.filter(case=case)))
        AgendaItem.objects.filter(case=case).delete()
        Assessment.objects.filter(case=case).delete()
        StatusChange.objects.filter(case=case).delete()
        Case.objects.filter(pk=case.pk).delete()
        audit_record(
            actor=actor, case_reference=reference, action=AuditEntry.Action.DELETE, detail=detail
        )
        # The file goes only once the rows are gone for good.
        transaction.on_commit(lambda: storage.private_file_delete(file_name))
    return reference


def case_consent_withdraw(*, case, actor):
    """The person withdrew their consent: nothing may be kept, so the case goes at once."""
    if not transition_allowed(role=ROLE_ADVISOR, from_status=case.status, to_status=S.WITHDRAWN):
        raise WorkflowError(_("This case is closed; it is deleted at the end of its retention."))
    with transaction.atomic():
        reference = case_delete(case=case, actor=actor, detail="consent withdrawn")
        notify(
            kind="consent_withdrawn",
            subject=_("Case %(reference)s withdrawn and deleted") % {"reference": reference},
            body=_(
                "The consent for case %(reference)s was withdrawn. The case and its files "
                "have been deleted."
            )
            % {"reference": reference},
            to=committee_addresses(),
        )
    return reference


def months_before(moment, months):
    return months_after(moment, -months)


def cases_expired(*, rules, now=None):
    cutoff = months_before(now or timezone.now(), rules.retention_months)
    return Case.objects.filter(status__in=RETAINED_STATUSES, status_changed_at__lte=cutoff)


def case_deletion_date(*, case, rules):
    """The day from which the nightly run deletes a closed or withdrawn case; None for a
    case still in the workflow."""
    moment = case_deletion_moment(case=case, retention_months=rules.retention_months)
    # Read on the local calendar: the night the case really goes.
    return timezone.localtime(moment).date() if moment is not None else None


def cases_deletion_warn(*, rules, now=None):
    """Tell the advisor of every closed or withdrawn case whose deletion is at most
    ``DELETION_WARNING_DAYS`` away, so they can save the assessment first. Once per case
    (``DeletionWarning``); a case that goes tonight anyway is not warned. Returns the
    references of the cases warned."""
    now = now or timezone.now()
    last_day = timezone.localdate(now) + timedelta(days=DELETION_WARNING_DAYS)
    # A few days wider than the window, for month ends and the time zone; the day itself is
    # counted per case below.
    horizon = months_before(
        now + timedelta(days=DELETION_WARNING_DAYS + 4), rules.retention_months
    )
    candidates = (
        Case.objects.filter(
            status__in=RETAINED_STATUSES,
            status_changed_at__lte=horizon,
            submitted_by__isnull=False,
            deletion_warning__isnull=True,
        )
        .exclude(pk__in=cases_expired(rules=rules, now=now).values("pk"))
        .select_related("submitted_by")
        .order_by("pk")
    )
    warned = []
    for case in candidates.iterator():
        deletion_date = case_deletion_date(case=case, rules=rules)
        if deletion_date > last_day:
            continue
        with transaction.atomic():
            _warning, created = DeletionWarning.objects.get_or_create(case=case)
            if created:
                _deletion_warning_send(case=case, deletion_date=deletion_date)
                warned.append(case.reference)
    return warned


def _deletion_warning_send(*, case, deletion_date):
    """Reference, date and link, nothing about the person. In the committee's language: the
    nightly run has no reader whose language it could follow."""
    with translation.override(settings.LANGUAGE_CODE):
        to, url = case_followers(case=case)
        date = date_format(deletion_date, "DATE_FORMAT")
        notify(
            kind="deletion_warning",
            subject=_("Case %(reference)s will be deleted from %(date)s on")
            % {"reference": case.reference, "date": date},
            body=_(
                "The retention period of case %(reference)s ends: all its data will be "
                "deleted for good from %(date)s on. Save what the person concerned still "
                "needs, such as the committee's assessment, before then: %(url)s"
            )
            % {"reference": case.reference, "date": date, "url": url},
            to=to,
        )


def cases_expired_delete(*, rules, now=None):
    """Delete every closed or withdrawn case past its retention; returns their references.
    Each case goes in its own transaction, so an interrupted run leaves whole cases only."""
    deleted = []
    for case in cases_expired(rules=rules, now=now).order_by("pk").iterator():
        deleted.append(case_delete(case=case, actor=None, detail="retention period ended"))
    return deleted


# Sessions ----------------------------------------------------------------------------------


def session_regular_count(*, year, exclude=None):
    sessions = CommitteeSession.objects.filter(
        kind=CommitteeSession.Kind.REGULAR, starts_at__year=year, cancelled_at__isnull=True
    )
    if exclude is not None:
        sessions = sessions.exclude(pk=exclude.pk)
    return sessions.count()


def _regular_limit_check(*, starts_at, kind, rules, exclude=None):
    year = timezone.localtime(starts_at).year
    if kind == CommitteeSession.Kind.REGULAR and (
        session_regular_count(year=year, exclude=exclude) >= rules.regular_sessions_per_year
    ):
        raise ValidationError(
            _(
                "There are already %(count)s regular sessions in %(year)s, the most the "
                "committee rules allow. Plan this one as a session on occasion."
            )
            % {"count": rules.regular_sessions_per_year, "year": year},
            code="too_many_sessions",
        )


def session_create(*, starts_at, place, kind, actor, rules):
    with transaction.atomic():
        _regular_limit_check(starts_at=starts_at, kind=kind, rules=rules)
        return CommitteeSession.objects.create(
            starts_at=starts_at, place=place, kind=kind, created_by=actor
        )


def session_update(*, session, starts_at, place, kind, actor, rules):
    """Move a session or change its place or kind. Once assessments of the session have gone
    out, its date stays: the letters name it. Members already invited get the invitation
    again, with the new date and place."""
    with transaction.atomic():
        locked = CommitteeSession.objects.select_for_update().get(pk=session.pk)
        if locked.cancelled_at is not None:
            raise ValidationError(
                _("This session was cancelled. Plan a new one instead."), code="cancelled"
            )
        released = Assessment.objects.filter(session=locked, released_at__isnull=False)
        if starts_at != locked.starts_at and released.exists():
            raise ValidationError(
                _(
                    "Assessments of this session have already been released and name its "
                    "date, so the session can no longer be moved."
                ),
                code="assessments_released",
            )
        _regular_limit_check(starts_at=starts_at, kind=kind, rules=rules, exclude=locked)
        moved = (starts_at, place) != (locked.starts_at, locked.place)
        locked.starts_at, locked.place, locked.kind = starts_at, place, kind
        locked.save(update_fields=["starts_at", "place", "kind"])
        if moved and locked.invitation_sent_at is not None:
            session_invite(session=locked, actor=actor, changed=True)
    return locked


def session_attendance_record(*, session, presence, actor):
    """``presence``: seat -> present (True) or absent (False), as the office records it."""
    with transaction.atomic():
        for membership, present in presence.items():
            Attendance.objects.update_or_create(
                session=session, membership=membership, defaults={"present": present}
            )
        for item in session.agenda_items.all():
            audit_record(
                actor=actor,
                case_reference=item.case.reference,
                action=AuditEntry.Action.STATUS_CHANGE,
                detail=f"attendance of session {session.pk} recorded",
            )


def session_cancel(*, session, actor):
    """Cancel a session: its cases go back to "admissible" (off the agenda, to be planned
    again), and the members already invited are told. A session with a recorded assessment
    has taken place and cannot be cancelled."""
    with transaction.atomic():
        locked = CommitteeSession.objects.select_for_update().get(pk=session.pk)
        if Assessment.objects.filter(session=locked).exists():
            raise ValidationError(
                _(
                    "Assessments were recorded for this session, so it took place and cannot "
                    "be cancelled."
                ),
                code="assessments_recorded",
            )
        for item in locked.agenda_items.select_related("case"):
            case_status_change(
                case=item.case, status=S.ADMISSIBLE, actor=actor, role=ROLE_COMMITTEE
            )
        locked.cancelled_at = timezone.now()
        locked.save(update_fields=["cancelled_at"])
        if locked.invitation_sent_at is not None:
            local = timezone.localtime(locked.starts_at)
            notify(
                kind="session_cancelled",
                subject=_("Cancelled: committee session on %(date)s")
                % {"date": f"{local:%d.%m.%Y}"},
                body=_(
                    "The committee session on %(date)s at %(place)s is cancelled. Its cases "
                    "will be planned for a later session."
                )
                % {"date": f"{local:%d.%m.%Y %H:%M}", "place": locked.place},
                to=committee_addresses(),
                attachments=[
                    (
                        f"session-{locked.pk}.ics",
                        session_ics(session=locked, cancelled=True),
                        "text/calendar",
                    )
                ],
            )
    return locked


def agenda_item_move(*, item, offset):
    """Move a case up (-1) or down (+1) on its session's agenda."""
    with transaction.atomic():
        items = list(
            AgendaItem.objects.select_for_update()
            .filter(session_id=item.session_id)
            .order_by("position", "added_at", "id")
        )
        index = next(i for i, other in enumerate(items) if other.pk == item.pk)
        target = index + offset
        if 0 <= target < len(items):
            items[index], items[target] = items[target], items[index]
        for position, other in enumerate(items, start=1):
            if other.position != position:
                other.position = position
                other.save(update_fields=["position"])


def agenda_item_note_save(*, item, text, actor):
    """The office's note on a case for the protocol."""
    with transaction.atomic():
        item.office_note_encrypted = crypto.json_encrypt(text.strip()) if text.strip() else ""
        item.save(update_fields=["office_note_encrypted"])
        audit_record(
            actor=actor,
            case_reference=item.case.reference,
            action=AuditEntry.Action.STATUS_CHANGE,
            detail=f"office note for session {item.session_id} saved",
        )
    return item


def session_ics(*, session, cancelled=False):
    """The session as an iCalendar file: date and place only, no case on the agenda. A
    cancellation carries the same UID, so calendars remove the entry."""
    calendar_ = Calendar()
    calendar_.add("prodid", "-//Bleiberecht portal//committee//DE")
    calendar_.add("version", "2.0")
    if cancelled:
        calendar_.add("method", "CANCEL")
    event = Event()
    host = settings.WAGTAILADMIN_BASE_URL.split("//")[-1].split("/")[0] or "localhost"
    event.add("uid", f"committee-session-{session.pk}@{host}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.starts_at + SESSION_DURATION)
    event.add("summary", _("Committee session (non-public)"))
    event.add("location", session.place)
    event.add(
        "description",
        _("Agenda in the portal: %(url)s")
        % {"url": absolute_url(reverse("committee:session_detail", args=[session.pk]))},
    )
    event.add("class", "CONFIDENTIAL")
    if cancelled:
        event.add("status", "CANCELLED")
        event.add("sequence", 1)
    calendar_.add_component(event)
    return calendar_.to_ical()


def session_invite(*, session, actor, changed=False):
    """Invite the members by e-mail: when, where, how many cases; never who. ``changed``: the
    session moved, and the subject says so (the calendar file updates the same entry)."""
    local = timezone.localtime(session.starts_at)
    body = render_to_string(
        "committee/emails/session_invitation.txt",
        {
            "session": session,
            "date": local,
            "case_count": session.agenda_items.count(),
            "url": absolute_url(reverse("committee:session_detail", args=[session.pk])),
        },
    )
    with transaction.atomic():
        session.invitation_sent_at = timezone.now()
        session.save(update_fields=["invitation_sent_at"])
        notify(
            kind="session_invitation",
            subject=(
                _("Changed: committee session on %(date)s")
                if changed
                else _("Invitation: committee session on %(date)s")
            )
            % {"date": f"{local:%d.%m.%Y}"},
            body=body,
            to=committee_addresses(),
            attachments=[
                (f"session-{session.pk}.ics", session_ics(session=session), "text/calendar")
            ],
        )
    return session


# PDFs --------------------------------------------------------------------------------------


def _pdf(template, context):
    html = render_to_string(template, context)
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()


def session_protocol_pdf(*, session, actor):
    """The protocol of a session as PDF, in the committee's language: attendance, and per
    case the joint assessment, the agreed next steps and the office's notes. Every case in it
    is audited as downloaded."""
    items = list(selectors.session_agenda(session=session))
    assessments = {
        assessment.case_id: assessment
        for assessment in Assessment.objects.filter(case__in=[item.case for item in items])
    }
    informed = set(
        AuthorityNotice.objects.filter(case__in=[item.case for item in items]).values_list(
            "case_id", flat=True
        )
    )
    entries = [
        {
            "case": item.case,
            "office_note": item.office_note,
            "assessment": assessments.get(item.case_id),
            "authority_informed": item.case_id in informed,
        }
        for item in items
    ]
    with translation.override(settings.LANGUAGE_CODE):
        pdf = _pdf(
            "committee/pdf/session_protocol.html",
            {
                "session": session,
                "seats": selectors.session_seats(session=session),
                "entries": entries,
                "marking": str(PROTOCOL_MARKING),
            },
        )
    for item in items:
        audit_record(
            actor=actor,
            case_reference=item.case.reference,
            action=AuditEntry.Action.DOWNLOAD,
            detail=f"session protocol {session.pk}",
        )
    return pdf


def letter_language(code):
    """The language the letter's translated part is in, or None for German only: an unknown
    code is not an error, the German original is the letter."""
    return code if code in dict(settings.LANGUAGES) and code != settings.LANGUAGE_CODE else None


def _letter_date(moment):
    day = timezone.localdate(moment)
    if formats.get_format_modules(translation.get_language()):
        return date_format(day, "DATE_FORMAT")
    # Django has no date formats for this language (Pashto, Kurmanji, Tigrinya): the month
    # would come out in German in an English order, so the day is given in digits.
    return date_format(day, "d.m.Y")


def _letter_texts(*, language, case, assessment, name):
    """The letter's fixed texts and the facts in ``language``. The joint assessment itself
    is not translated: its wording is the committee's."""
    with translation.override(language):
        return {
            "language": language,
            "language_name": dict(settings.LANGUAGES)[language],
            "bidi": translation.get_language_bidi(),
            "title": _("Joint assessment of the committee"),
            "version": _("Original (binding)")
            if language == settings.LANGUAGE_CODE
            else _("Translation (for information)"),
            "facts": [
                (_("Person concerned"), name),
                (_("Reference"), case.reference),
                (_("Date of the session"), _letter_date(assessment.session.starts_at)),
                (_("Released on"), _letter_date(assessment.released_at)),
                (_("Recommendation"), str(assessment.get_recommendation_display())),
            ],
            "reasons": _("Joint assessment"),
            "reasons_in_german": _("The committee's reasons follow below, in German only."),
            "note": _(
                "The committee gives advice only. The foreigners' authority remains free in "
                "its decision; there is no legal claim to a particular result."
            ),
            "binding": _("Only the German version is binding."),
        }


def assessment_pdf(*, case, actor, rules, language=""):
    """The released joint assessment as a letter: sender, person, session and release dates,
    recommendation, reasons and the note that the authority decides freely. In German, and
    with ``language`` (see ``letter_language``) its fixed texts translated beside it.
    Returns None before the release."""
    assessment = (
        Assessment.objects.filter(case=case, released_at__isnull=False)
        .select_related("session")
        .first()
    )
    if assessment is None:
        return None
    name = case.data["application"]["full_name"]
    german = _letter_texts(
        language=settings.LANGUAGE_CODE, case=case, assessment=assessment, name=name
    )
    language = letter_language(language)
    translated = (
        _letter_texts(language=language, case=case, assessment=assessment, name=name)
        if language
        else None
    )
    # Each fact beside its translation, row by row.
    facts = translated["facts"] if translated else [None] * len(german["facts"])
    rows = list(zip(german["facts"], facts, strict=True))
    with translation.override(settings.LANGUAGE_CODE):
        pdf = _pdf(
            "committee/pdf/assessment.html",
            {
                "committee_name": rules.committee_name,
                "letterhead": rules.letterhead_lines(),
                "german": german,
                "translated": translated,
                "rows": rows,
                "text": assessment.text,
            },
        )
    audit_record(
        actor=actor,
        case_reference=case.reference,
        action=AuditEntry.Action.DOWNLOAD,
        detail=f"assessment ({language or settings.LANGUAGE_CODE})",
    )
    return pdf


# Every encrypted text the committee's work writes: a key can only go once all are rotated.
ENCRYPTED_TEXTS = (
    (StatusChange, "reason_encrypted"),
    (Assessment, "text_encrypted"),
    (Assessment, "next_steps_encrypted"),
    (MemberNote, "text_encrypted"),
    (AgendaItem, "office_note_encrypted"),
)


def committee_texts_rotate():
    """Re-encrypt every text in ``ENCRYPTED_TEXTS`` with the current key."""
    count = 0
    for model, field in ENCRYPTED_TEXTS:
        for pk, token in model.objects.exclude(**{field: ""}).values_list("pk", field).iterator():
            rotated = crypto.token_rotate(token.encode("ascii")).decode("ascii")
            model.objects.filter(pk=pk).update(**{field: rotated})
            count += 1
    return count
