"""The advisor's cases. Thin views: forms validate, services write, selectors read."""

import re

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.decorators import no_store, verified_required
from accounts.selectors import advisor_profile_approved, user_is_committee
from cases import selectors, services
from cases.forms import (
    STEP_SLUGS,
    STEPS,
    AddendumForm,
    AdmissibilityForm,
    CaseSearchForm,
    EvidenceForm,
)
from cases.models import AuditEntry, ConsentText
from cases.storage import PrivateStorageError
from portal.rules import committee_rules


@verified_required
def case_list(request):
    """The centre's cases with the person's name; a POSTed search narrows them (see
    ``CaseSearchForm`` for why not GET)."""
    is_committee = user_is_committee(request.user)
    is_advisor = advisor_profile_approved(request.user) is not None
    if not (is_committee or is_advisor):
        raise Http404
    search = CaseSearchForm(request.POST if request.method == "POST" else None)
    query = search.cleaned_data["q"] if search.is_bound and search.is_valid() else ""
    rows = selectors.case_list_rows(
        cases=selectors.cases_listed(user=request.user, query=query),
        retention_months=committee_rules(request).retention_months,
    )
    services.audit_record(
        actor=request.user,
        case_reference="",
        action=AuditEntry.Action.VIEW,
        detail="case search" if query else "case list",
    )
    return render(
        request,
        "cases/case_list.html",
        {
            "rows": rows,
            "drafts": _draft_rows(request) if is_advisor else [],
            "search": search,
            "query": query,
            "is_advisor": is_advisor,
            "is_committee": is_committee,
            # Where the rules open referrals, the centre's people find those to their offer.
            "referrals_open": is_advisor and committee_rules(request).referrals,
        },
        status=400 if search.is_bound and search.errors else 200,
    )


def _draft_rows(request):
    titles = {slug: title for slug, title, _fields in STEPS}
    rows = selectors.case_draft_rows(user=request.user)
    for row in rows:
        step = row["draft"].step if row["draft"].step in titles else STEP_SLUGS[0]
        row["step_title"] = titles[step]
        row["url"] = row["draft"].step_url(step)
    return rows


def advisor_or_404(request):
    """The approved advisor profile of the user; for anyone else the page does not exist."""
    profile = advisor_profile_approved(request.user)
    if profile is None:
        raise Http404
    return profile


@verified_required
def case_new(request):
    """Step 1: the admissibility questions, before anything personal is entered."""
    advisor_or_404(request)
    rules = committee_rules(request)
    if not rules.applicant_kinds:
        # No answer could pass: say so at once instead of asking the questions.
        reasons = services.admissibility_reasons(rules=rules, answers={})
        return render(request, "cases/case_admissibility.html", {"form": None, "reasons": reasons})
    form = AdmissibilityForm(request.POST if request.method == "POST" else None, rules=rules)
    reasons = []
    if request.method == "POST" and form.is_valid():
        answers = {key: value for key, value in form.cleaned_data.items() if value != ""}
        reasons = services.admissibility_reasons(rules=rules, answers=answers)
        if not reasons:
            draft = services.case_draft_create(user=request.user, answers=answers, rules=rules)
            return redirect(draft.step_url(STEP_SLUGS[0]))
    return render(request, "cases/case_admissibility.html", {"form": form, "reasons": reasons})


@verified_required
def case_detail(request, reference):
    case = services.case_for_user(user=request.user, reference=reference, action="view")
    services.audit_record(
        actor=request.user, case_reference=case.reference, action=AuditEntry.Action.VIEW
    )
    return _case_page(request, case)


def _case_page(request, case, *, evidence_form=None, addendum_form=None, status=200):
    """The case as it was submitted, what came after, and for the centre's advisors the
    forms to add to it while it is open."""
    is_committee = user_is_committee(request.user)
    is_advisor = advisor_profile_approved(request.user) is not None
    can_add = is_advisor and selectors.case_is_open(case)
    return render(
        request,
        "cases/case_detail.html",
        {
            "case": case,
            "person": selectors.case_person(case),
            "submitted": selectors.case_submitted_content(case),
            "documents": selectors.case_documents(case=case),
            "is_committee": is_committee,
            "is_advisor": is_advisor,
            "can_add": can_add,
            "evidence_form": (evidence_form or EvidenceForm()) if can_add else None,
            "addendum_form": (addendum_form or AddendumForm()) if can_add else None,
            "evidence_max": settings.EVIDENCE_FILES_MAX,
            "audit_trail": selectors.case_audit_trail(case=case) if is_committee else None,
        },
        status=status,
    )


@verified_required
def case_consent_file(request, reference):
    case = services.case_for_user(user=request.user, reference=reference, action="download")
    content = services.case_consent_file_read(case=case)
    services.audit_record(
        actor=request.user, case_reference=case.reference, action=AuditEntry.Action.DOWNLOAD
    )
    return file_response(
        content,
        content_type=case.consent_file_content_type,
        filename=f"consent-{case.reference}.{case.consent_file_extension}",
    )


def file_response(content, *, content_type, filename, disposition="attachment"):
    """A stored or generated file as download; the browser must not guess another type."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


# Evidence and addenda after the submission ---------------------------------------------------

EVIDENCE_NOT_STORED = gettext_lazy(
    "The document could not be stored because of a fault on our side. Please choose the file "
    "again and send it in a few minutes."
)


ADDITIONS_SENT = "_case_additions_sent"


def _sent_before(request):
    token = request.POST.get("submission_token", "")
    return bool(token) and token in request.session.get(ADDITIONS_SENT, [])


def _sent_remember(request, form):
    token = form.cleaned_data.get("submission_token")
    if token:
        request.session[ADDITIONS_SENT] = [
            *request.session.get(ADDITIONS_SENT, [])[-19:],
            str(token),
        ]


def _sent_again(request, case):
    messages.info(request, _("This was already sent and has not been added a second time."))
    return redirect(reverse("cases:case_detail", args=[case.reference]) + "#additions")


def _open_case_for_adding(request, reference, action):
    """The advisor's own open case, for a POST; a foreign, unknown or closed case does not
    exist here."""
    advisor_or_404(request)
    case = services.case_for_user(user=request.user, reference=reference, action=action)
    if request.method != "POST":
        return None, HttpResponseNotAllowed(["POST"])
    if not selectors.case_is_open(case):
        raise Http404
    return case, None


@verified_required
def case_evidence_add(request, reference):
    case, refused = _open_case_for_adding(request, reference, "evidence add")
    if refused:
        return refused
    if _sent_before(request):
        return _sent_again(request, case)
    form = EvidenceForm(request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.case_evidence_add(
                case=case,
                actor=request.user,
                document=data["document"],
                criterion=data["criterion"],
                description=data["description"],
            )
        except PrivateStorageError:
            form.add_error("document", EVIDENCE_NOT_STORED)
        except services.EvidenceLimitError:
            form.add_error(
                "document",
                _("A case can hold at most %(count)s documents.")
                % {"count": settings.EVIDENCE_FILES_MAX},
            )
        except services.CaseClosedError as error:
            raise Http404 from error
        else:
            _sent_remember(request, form)
            messages.success(
                request, _("The document was added. The committee office has been told.")
            )
            return redirect(reverse("cases:case_detail", args=[case.reference]) + "#additions")
    return _case_page(request, case, evidence_form=form, status=400)


@verified_required
def case_addendum_add(request, reference):
    case, refused = _open_case_for_adding(request, reference, "addendum add")
    if refused:
        return refused
    if _sent_before(request):
        return _sent_again(request, case)
    form = AddendumForm(request.POST)
    if form.is_valid():
        try:
            services.case_addendum_add(
                case=case, actor=request.user, text=form.cleaned_data["text"]
            )
        except services.CaseClosedError as error:
            raise Http404 from error
        _sent_remember(request, form)
        messages.success(request, _("The addendum was added. The committee office has been told."))
        return redirect(reverse("cases:case_detail", args=[case.reference]) + "#additions")
    return _case_page(request, case, addendum_form=form, status=400)


@verified_required
def case_evidence_file(request, reference, number):
    """One supporting document, for the centre's advisors and the committee. Named by case
    and number, never by the uploaded file's own name (which often is the person's)."""
    case = services.case_for_user(user=request.user, reference=reference, action="evidence")
    evidence = selectors.case_evidence_item(case=case, number=number)
    if evidence is None:
        raise Http404
    content = services.evidence_file_read(evidence=evidence)
    services.audit_record(
        actor=request.user,
        case_reference=case.reference,
        action=AuditEntry.Action.EVIDENCE_DOWNLOAD,
        detail=f"document {number}",
    )
    return file_response(
        content,
        content_type=evidence.content_type,
        filename=f"evidence-{case.reference}-{number}.{evidence.extension}",
    )


@verified_required
def case_receipt(request, reference):
    """The printable receipt of a submission, for the advisors of the case's centre only: it
    is theirs to file; the committee has the case itself."""
    advisor_or_404(request)
    case = services.case_for_user(user=request.user, reference=reference, action="receipt")
    pdf = services.case_receipt_pdf(
        case=case,
        actor=request.user,
        committee_name=committee_rules(request).committee_name,
    )
    return file_response(
        pdf, content_type="application/pdf", filename=f"receipt-{case.reference}.pdf"
    )


# The consent text, public and printable -----------------------------------------------------


def _consent_declaration(request, version):
    version = version or ConsentText.objects.current_version()
    declaration = (
        selectors.consent_declaration(version=version, language=request.LANGUAGE_CODE)
        if version
        else None
    )
    if declaration is None:
        raise Http404
    return declaration


@no_store
def consent_text(request, version=None):
    """The declaration to read and print: German, and beside it the reader's language."""
    return render(request, "cases/consent_text.html", _consent_declaration(request, version))


@no_store
def consent_text_pdf(request, version):
    declaration = _consent_declaration(request, version)
    language = declaration["translated"]["language"] if declaration["translated"] else "de"
    # The version is typed by editors: only harmless characters go into the header.
    version = re.sub(r"[^A-Za-z0-9._-]", "", declaration["german"]["text"].version)
    return file_response(
        services.consent_declaration_pdf(declaration=declaration),
        content_type="application/pdf",
        filename=f"consent-{version}-{language}.pdf",
        disposition="inline",
    )
