"""The Kurzantrag in steps, saved as an encrypted draft at every move.

Each step keeps what was typed exactly as typed (valid or not) in the draft; "Save and
continue" checks the step, the final submission checks every step again from what the draft
holds, so a forged POST cannot skip a field. Files are checked and stored the moment they
arrive, so an error elsewhere never asks for them again.
"""

import uuid
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.decorators import verified_required
from cases import selectors, services
from cases.forms import (
    DEADLINE_FIELDS,
    HOUSEHOLD_FIELDS,
    HOUSEHOLD_MAX_ROWS,
    STEP_FIELDS,
    STEP_SLUGS,
    STEPS,
    TYPED_FIELDS,
    ApplicationForm,
    EvidenceForm,
    household_formset,
)
from cases.models import ConsentText
from cases.storage import PrivateStorageError
from cases.uploads import consent_file_check
from cases.views import advisor_or_404, file_response
from portal.rules import committee_rules

# Steps whose POST carries typed fields (kept when the session has ended meanwhile).
TYPING_STEPS = tuple(slug for slug in STEP_SLUGS if STEP_FIELDS[slug] or slug == "residence")
# The message the one-page form gave; it still says what happened and what to do.
CONSENT_FILE_NOT_STORED = gettext_lazy(
    "The signed consent declaration could not be stored because of a fault on our side, so "
    "the case has not been submitted. Everything you entered is still here: please attach "
    "the file again and send the form in a few minutes."
)
FILE_NOT_STORED = gettext_lazy(
    "The file could not be stored because of a fault on our side. Everything else you "
    "entered is saved: please choose the file again in a few minutes."
)
EARLIER_CASE_EXISTS = gettext_lazy(
    "A case for a person with this name and date of birth was already submitted. Please "
    "describe what has changed decisively since then."
)
NO_CONSENT_TEXT = gettext_lazy(
    "There is no consent text in force. Cases cannot be submitted until the committee office "
    "publishes one."
)
EVIDENCE_LIMIT = gettext_lazy(
    "A draft can hold at most %(count)d documents. Please remove one before adding another."
)


def _typed_fields(post, step):
    typed = {}
    for name in STEP_FIELDS.get(step, ()):
        if name == "consent_file":
            continue
        if name in ("urgent", "consent_confirmed"):
            # An unticked box is not sent at all: absent means no.
            typed[name] = "on" if post.get(name) else ""
        else:
            typed[name] = post.get(name, "")
    return typed


def household_typed(post):
    """The household rows as typed; None when the POST carries none (a forged or cut form).
    A missing or damaged row count is read from the rows sent."""
    sent_rows = any(key.startswith("household-") for key in post)
    if not sent_rows:
        return None
    try:
        rows = int(post["household-TOTAL_FORMS"])
    except (KeyError, ValueError):
        # A damaged count: the rows actually sent decide, so none of them is lost.
        rows = 1 + max(
            (
                index
                for index in range(HOUSEHOLD_MAX_ROWS)
                for field in HOUSEHOLD_FIELDS
                if f"household-{index}-{field}" in post
            ),
            default=-1,
        )
    rows = max(0, min(rows, HOUSEHOLD_MAX_ROWS))
    return [
        {field: post.get(f"household-{index}-{field}", "") for field in HOUSEHOLD_FIELDS}
        for index in range(rows)
    ]


def _household_data(household):
    """The rows as a formset would receive them; every row "extra", so an empty one is
    skipped, not an error."""
    data = {
        "household-TOTAL_FORMS": str(len(household)),
        "household-INITIAL_FORMS": "0",
        "household-MIN_NUM_FORMS": "0",
        "household-MAX_NUM_FORMS": str(HOUSEHOLD_MAX_ROWS),
    }
    for index, row in enumerate(household):
        for field in HOUSEHOLD_FIELDS:
            data[f"household-{index}-{field}"] = row.get(field, "")
    return data


def _step_form(draft, data, step, *, bound, user=None):
    only = STEP_FIELDS[step] if step != "review" else TYPED_FIELDS
    repeat = bool(data.get("answers", {}).get("submitted_before"))
    kept = bool(draft.consent_file_name)
    if bound:
        return ApplicationForm(
            {**data.get("fields", {}), "submission_token": data.get("submission_token", "")},
            only=only,
            repeat_declared=repeat,
            consent_file_kept=kept,
        )
    initial = {"contact_name": user.get_full_name(), "contact_email": user.email} if user else {}
    initial.update(
        {key: value for key, value in data.get("fields", {}).items() if value not in ("", None)}
    )
    return ApplicationForm(
        initial=initial, only=only, repeat_declared=repeat, consent_file_kept=kept
    )


def draft_household_formset(data, *, bound, extra_row=False):
    household = data.get("household")
    if household is None:
        # Never saved yet: two empty rows to start with, as the form always offered.
        household = [dict.fromkeys(HOUSEHOLD_FIELDS, "") for _ in range(2)]
    household = list(household)
    if extra_row and len(household) < HOUSEHOLD_MAX_ROWS:
        # What the POST holds beyond the rows it counted goes into the new row, not away.
        index = len(household)
        household.append(
            {field: extra_row.get(f"household-{index}-{field}", "") for field in HOUSEHOLD_FIELDS}
        )
    if bound:
        return household_formset(rows=0)(_household_data(household), prefix="household")
    return household_formset(rows=0)(prefix="household", initial=household)


def error_links(form, formset=None, *, url=""):
    """Each error of the page as (text, link to its field), for the summary at the top."""
    links = []
    for name, errors in form.errors.items():
        if name == "__all__":
            first = next(iter(form.grounds()), None) or next(iter(form), None)
            target = first.auto_id if first is not None else ""
        else:
            target = form[name].auto_id
        label = form.fields[name].label if name in form.fields else ""
        links.extend(
            {"label": label, "message": error, "href": f"{url}#{target}"} for error in errors
        )
    if formset is not None:
        for row in formset.forms:
            for name, errors in row.errors.items():
                if name == "__all__":
                    continue
                links.extend(
                    {
                        "label": row.fields[name].label,
                        "message": error,
                        "href": f"{url}#{row[name].auto_id}",
                    }
                    for error in errors
                )
        links.extend(
            {"label": "", "message": error, "href": f"{url}#household-rows"}
            for error in formset.non_form_errors()
        )
    return links


def _progress(draft, data, current):
    visited = set(data.get("visited", []))
    invalid = set(data.get("invalid", []))
    return [
        {
            "slug": slug,
            "number": number,
            "title": title,
            "url": draft.step_url(slug),
            "current": slug == current,
            "visited": slug in visited or slug == current,
            "invalid": slug in invalid,
        }
        for number, (slug, title, _fields) in enumerate(STEPS, start=1)
    ]


def _neighbour(step, offset):
    index = STEP_SLUGS.index(step) + offset
    return STEP_SLUGS[max(0, min(index, len(STEP_SLUGS) - 1))]


def _step_page(
    request,
    draft,
    step,
    *,
    form=None,
    formset=None,
    evidence_form=None,
    errors=None,
    checked=(),
    status=200,
):
    data = draft.data
    bound = step in data.get("invalid", [])
    if form is None:
        form = _step_form(draft, data, step, bound=bound, user=request.user)
        if bound:
            form.is_valid()
            earlier = data.get("earlier_case") and not data["fields"].get("changes_since_last")
            if step == "grounds" and earlier:
                form.add_error("changes_since_last", EARLIER_CASE_EXISTS)
    if formset is None and step == "residence":
        formset = draft_household_formset(data, bound=bound)
        if bound:
            formset.is_valid()
    if errors is None:
        errors = error_links(form, formset)
        if evidence_form is not None and evidence_form.is_bound:
            errors += error_links(evidence_form)
    context = {
        "draft": draft,
        "step": step,
        "step_title": dict((slug, title) for slug, title, _f in STEPS)[step],
        "step_number": STEP_SLUGS.index(step) + 1,
        "step_count": len(STEP_SLUGS),
        "progress": _progress(draft, data, step),
        "form": form,
        "formset": formset,
        "errors": errors,
        "is_first": step == STEP_SLUGS[0],
        "action": draft.step_url(step),
        "expires_at": draft.expires_at,
    }
    if step == "consent":
        context["consent"] = ConsentText.objects.in_force(request.LANGUAGE_CODE)
        context["consent_file"] = _kept_file(draft)
    if step == "evidence":
        context["evidence"] = _evidence_rows(draft)
        context["evidence_form"] = evidence_form or EvidenceForm()
        context["evidence_max"] = settings.EVIDENCE_FILES_MAX
    if step == "review":
        context.update(_review_context(request, draft, data))
    # The final check's forms, with their errors: the page title then begins with "Error:".
    context["checked"] = list(checked)
    for number, checked_form in enumerate(checked):
        context[f"checked_{number}"] = checked_form
    return render(request, "cases/case_draft_step.html", context, status=status)


def _kept_file(draft):
    if not draft.consent_file_name:
        return None
    return {
        "kind": draft.consent_file_type.upper(),
        "size": filesizeformat(draft.consent_file_size),
        "added_at": draft.consent_file_added_at,
    }


def _evidence_rows(draft):
    return [
        {
            "evidence": item,
            "description": services.evidence_description(item),
            "size": filesizeformat(item.file_size),
        }
        for item in selectors.draft_evidence(draft=draft)
    ]


def _display(field, value):
    if value in ("", None):
        return ""
    choices = getattr(field.field, "choices", None)
    if choices:
        return str(dict(choices).get(value, value))
    if field.widget_type == "checkbox":
        return _("Yes") if value else _("No")
    if field.widget_type == "date":
        try:
            return formats.date_format(
                timezone.datetime.fromisoformat(value).date(), "SHORT_DATE_FORMAT"
            )
        except ValueError:
            return value
    return value


def _review_context(request, draft, data):
    fields = data.get("fields", {})
    form = _step_form(draft, data, "review", bound=False)
    sections = []
    for slug, title, names in STEPS:
        if slug in ("evidence", "review"):
            continue
        rows = [
            {"label": form[name].label, "value": _display(form[name], fields.get(name, ""))}
            for name in names
            if name in form.fields
            and not (name == "changes_since_last" and not form.repeat_declared)
        ]
        sections.append({"slug": slug, "title": title, "url": draft.step_url(slug), "rows": rows})
    household_form = household_formset(rows=1)(prefix="household").forms[0]
    household = [
        [
            {
                "label": household_form[name].label,
                "value": _display(household_form[name], row.get(name, "")),
            }
            for name in HOUSEHOLD_FIELDS
        ]
        for row in data.get("household") or []
        if any(row.values())
    ]
    return {
        "sections": sections,
        "household": household,
        "evidence": _evidence_rows(draft),
        "consent_file": _kept_file(draft),
        "consent": ConsentText.objects.in_force(request.LANGUAGE_CODE),
        "submission_token": data.get("submission_token", ""),
    }


def _typing_kept_on_timeout(view):
    """A step sent after the session ended (idle or too long): what was typed, files aside,
    is kept encrypted for the user whose session it was (accounts.middleware names them) and
    goes into their draft once they have logged in again."""

    @wraps(view)
    def wrapper(request, public_id, step):
        ended_for = getattr(request, "session_ended_for", None)
        if (
            request.method == "POST"
            and ended_for is not None
            and not request.user.is_authenticated
            and step in TYPING_STEPS
        ):
            services.case_draft_typing_keep(
                session=request.session,
                user_id=ended_for,
                public_id=public_id,
                step=step,
                fields=_typed_fields(request.POST, step),
                household=household_typed(request.POST) if step == "residence" else None,
            )
        return view(request, public_id=public_id, step=step)

    return wrapper


@_typing_kept_on_timeout
@verified_required
def case_draft_step(request, public_id, step):
    advisor_or_404(request)
    if step not in STEP_SLUGS:
        raise Http404
    if request.method == "POST" and step == "review" and (resent := _already_submitted(request)):
        return resent
    draft = services.case_draft_for_user(user=request.user, public_id=public_id, action=step)
    if request.method == "POST":
        if step == "review":
            action = request.POST.get("action", "submit")
            if action == "back":
                return redirect(draft.step_url(_neighbour(step, -1)))
            if action == "leave":
                return _leave(request, draft)
            return _review_submit(request, draft)
        return _step_post(request, draft, step)
    return _step_page(request, draft, step)


def _leave(request, draft):
    moment = formats.date_format(timezone.localtime(draft.expires_at), "SHORT_DATE_FORMAT")
    messages.success(
        request,
        _("The draft has been saved. It will be deleted on %(date)s unless you continue it.")
        % {"date": moment},
    )
    return redirect("cases:case_list")


def _earlier_case_found(request, data):
    """Whether the own centre already submitted a case for this name and date of birth, when
    the rules ask what changed since and the advisor has not said yet (audited each time)."""
    rules = committee_rules(request)
    fields = data.get("fields", {})
    if not rules.repeat_requires_changed_facts or fields.get("changes_since_last"):
        return False
    person = ApplicationForm(fields, only=("full_name", "date_of_birth"))
    if not person.is_valid():
        return False
    return bool(
        services.case_earlier_reference(
            user=request.user,
            full_name=person.cleaned_data["full_name"],
            date_of_birth=person.cleaned_data["date_of_birth"],
        )
    )


def _already_submitted(request):
    """The check page was sent again after the case was made (double click, back and
    resend): the draft is gone, the case it became is shown."""
    token = request.POST.get("submission_token", "")
    try:
        token = uuid.UUID(token)
    except ValueError:
        return None
    reference = selectors.case_reference_for_token(token=token)
    if reference is None:
        return None
    case = services.case_for_user(user=request.user, reference=reference, action="resubmit")
    return redirect("cases:case_detail", reference=case.reference)


def _step_changes(post, step):
    changes = {"fields": _typed_fields(post, step)}
    if step == "residence" and (household := household_typed(post)) is not None:
        changes["household"] = household
    return changes


def _step_post(request, draft, step):
    rules = committee_rules(request)
    action = request.POST.get("action", "continue")
    adding_row = step == "residence" and "add_household_row" in request.POST
    data = draft.data
    changes = _step_changes(request.POST, step)
    file_error = None
    if step == "consent" and request.FILES.get("consent_file"):
        file_error = _consent_file_store(request, draft, rules)
    evidence_form = None
    if step == "evidence" and (request.FILES.get("document") or action == "add_evidence"):
        evidence_form = _evidence_add(request, draft, rules)
    merged = {**data, **changes, "fields": {**data.get("fields", {}), **changes["fields"]}}
    form = _step_form(draft, merged, step, bound=True)
    valid = form.is_valid()
    formset = None
    if step == "residence":
        formset = draft_household_formset(merged, bound=True)
        valid = formset.is_valid() and valid
    if step == "grounds" and action == "continue" and valid:
        changes["earlier_case"] = _earlier_case_found(request, merged)
        if changes["earlier_case"]:
            form.add_error("changes_since_last", EARLIER_CASE_EXISTS)
            valid = False
    if file_error is not None:
        # "Required" would be wrong: a file was chosen, it was refused for what it is.
        form.errors.pop("consent_file", None)
        form.add_error("consent_file", file_error)
    invalid = [slug for slug in data.get("invalid", []) if slug != step]
    if action == "continue" and not adding_row and not valid:
        invalid.append(step)
    changes["invalid"] = invalid
    changes["visited"] = [*dict.fromkeys([*data.get("visited", []), step])]
    draft = services.case_draft_save(
        draft=draft, actor=request.user, rules=rules, step=step, changes=changes
    )
    if file_error is not None or (evidence_form is not None and evidence_form.errors):
        # Whatever the button: the advisor must see why the file was not taken.
        return _step_page(
            request,
            draft,
            step,
            form=form,
            formset=formset,
            evidence_form=evidence_form,
            status=200,
        )
    return _step_answer(
        request,
        draft,
        step,
        action=action,
        adding_row=adding_row,
        form=form,
        formset=formset,
        valid=valid,
    )


def _step_answer(request, draft, step, *, action, adding_row, form, formset, valid):
    """Where a saved step leads: the same step (a new row, errors), the one before or after,
    or the case list."""
    if adding_row:
        return _step_page(
            request,
            draft,
            step,
            form=_step_form(draft, draft.data, step, bound=False, user=request.user),
            formset=draft_household_formset(draft.data, bound=False, extra_row=request.POST),
        )
    if action == "add_evidence":
        messages.success(request, _("The document has been attached."))
        return redirect(draft.step_url(step))
    if action == "leave":
        return _leave(request, draft)
    if action == "back":
        if step == STEP_SLUGS[0]:
            return _leave(request, draft)
        return redirect(draft.step_url(_neighbour(step, -1)))
    if not valid:
        return _step_page(request, draft, step, form=form, formset=formset, status=200)
    return redirect(draft.step_url(_neighbour(step, 1)))


def _consent_file_store(request, draft, rules):
    """The error for the consent file field, or None when it is now kept with the draft."""
    try:
        document = consent_file_check(request.FILES["consent_file"])
    except ValidationError as error:
        return error
    try:
        services.case_draft_consent_file_store(
            draft=draft, actor=request.user, rules=rules, document=document
        )
    except PrivateStorageError:
        return ValidationError(CONSENT_FILE_NOT_STORED)
    return None


def _evidence_add(request, draft, rules):
    """The bound form; it carries errors when the document was not attached."""
    form = EvidenceForm(request.POST, request.FILES)
    if not form.is_valid():
        return form
    try:
        services.case_draft_evidence_add(
            draft=draft,
            actor=request.user,
            rules=rules,
            document=form.cleaned_data["document"],
            criterion=form.cleaned_data["criterion"],
            description=form.cleaned_data["description"],
        )
    except PrivateStorageError:
        form.add_error("document", FILE_NOT_STORED)
    except services.EvidenceLimitError:
        form.add_error("document", EVIDENCE_LIMIT % {"count": settings.EVIDENCE_FILES_MAX})
    return form


def _review_submit(request, draft):
    """Every step checked again from what the draft holds, then the case submitted."""
    rules = committee_rules(request)
    data = draft.data
    form = _step_form(draft, data, "review", bound=True)
    formset = draft_household_formset(data, bound=True)
    valid = form.is_valid() & formset.is_valid()
    consent = ConsentText.objects.in_force(request.LANGUAGE_CODE)
    if valid and not draft.consent_file_name:
        form.add_error(None, _("Please attach the signed consent declaration."))
        valid = False
    if valid and _earlier_case_found(request, data):
        form.add_error("changes_since_last", EARLIER_CASE_EXISTS)
        valid = False
    if not valid or consent is None:
        return _review_refused(request, draft, data, form, formset)
    cleaned = form.cleaned_data
    try:
        case, _created = services.case_submit(
            user=request.user,
            submission_token=data["submission_token"],
            reference_prefix=rules.reference_prefix,
            answers=data.get("answers", {}),
            application=application_data(cleaned),
            household=formset.members(),
            consent_version=consent.version,
            draft=draft,
            deadline=cleaned.get("deadline"),
            deadline_reason=cleaned.get("deadline_reason", ""),
            urgent=cleaned.get("urgent", False),
        )
    except PrivateStorageError:
        messages.error(request, FILE_NOT_STORED)
        return redirect(draft.step_url("review"))
    messages.success(
        request,
        format_html(
            '{} <a href="{}">{}</a>',
            _("Case %(reference)s has been submitted. You will receive a confirmation by e-mail.")
            % {"reference": case.reference},
            reverse("cases:case_receipt", args=[case.reference]),
            _("Print the receipt (PDF)"),
        ),
    )
    return redirect("cases:case_detail", reference=case.reference)


def application_data(data):
    skip = {"consent_file", "consent_confirmed", "submission_token", *DEADLINE_FIELDS}
    return {key: value for key, value in data.items() if key not in skip}


def _step_of_field(name):
    if name == "__all__":
        return None
    for slug, _title, names in STEPS:
        if name in names:
            return slug
    return None


def _review_refused(request, draft, data, form, formset):
    """The check page again, each error linked to its field on its step; those steps show
    their errors when opened."""
    errors = []
    invalid = set()
    for name, texts in form.errors.items():
        for text in texts:
            if name != "__all__":
                slug, anchor = _step_of_field(name), f"id_{name}"
            elif not draft.consent_file_name:
                slug, anchor = "consent", "id_consent_file"
            else:
                slug, anchor = "grounds", "id_ground_length_of_stay"
            invalid.add(slug)
            errors.append(
                {
                    "label": form.fields[name].label if name in form.fields else "",
                    "message": text,
                    "href": f"{draft.step_url(slug)}#{anchor}",
                }
            )
    if any(row.errors for row in formset.forms) or formset.non_form_errors():
        invalid.add("residence")
        errors.extend(
            error_links(ApplicationForm(only=()), formset, url=draft.step_url("residence"))
        )
    if ConsentText.objects.in_force(request.LANGUAGE_CODE) is None:
        errors.append({"label": "", "message": NO_CONSENT_TEXT, "href": "#review-consent"})
    draft = services.case_draft_save(
        draft=draft,
        actor=request.user,
        rules=committee_rules(request),
        step="review",
        changes={"invalid": sorted(invalid)},
    )
    return _step_page(request, draft, "review", errors=errors, checked=(form, formset), status=200)


@verified_required
def case_draft_delete(request, public_id):
    """Confirm (GET), then delete the draft and its files for good (POST)."""
    advisor_or_404(request)
    draft = services.case_draft_for_user(user=request.user, public_id=public_id, action="delete")
    if request.method == "POST":
        services.case_draft_delete(draft=draft, actor=request.user)
        messages.success(request, _("The draft has been deleted."))
        return redirect("cases:case_list")
    return render(
        request,
        "cases/case_draft_confirm_delete.html",
        {"draft": draft, "name": draft.data.get("fields", {}).get("full_name", "")},
    )


@verified_required
def case_draft_evidence_remove(request, public_id, pk):
    advisor_or_404(request)
    if request.method != "POST":
        return HttpResponse(status=405, headers={"Allow": "POST"})
    draft = services.case_draft_for_user(user=request.user, public_id=public_id, action="remove")
    services.case_draft_evidence_remove(draft=draft, actor=request.user, evidence_id=pk)
    messages.success(request, _("The document has been removed."))
    return redirect(draft.step_url("evidence"))


@verified_required
def case_draft_evidence_file(request, public_id, pk):
    advisor_or_404(request)
    draft = services.case_draft_for_user(user=request.user, public_id=public_id, action="download")
    evidence, content = services.case_draft_evidence_read(
        draft=draft, actor=request.user, evidence_id=pk
    )
    return file_response(
        content,
        content_type=evidence.content_type,
        filename=f"evidence-{evidence.pk}.{evidence.extension}",
    )
