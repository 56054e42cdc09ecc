"""The advisor's cases. Thin views: forms validate, services write, selectors read."""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render

from accounts.decorators import no_store, verified_required
from accounts.selectors import advisor_profile_approved, user_is_committee
from cases import selectors, services
from cases.draft_views import (  # noqa: F401 - the draft's pages, routed from here
    case_draft_delete,
    case_draft_evidence_file,
    case_draft_evidence_remove,
    case_draft_step,
    draft_step_url,
)
from cases.forms import STEP_SLUGS, STEPS, AdmissibilityForm, CaseSearchForm
from cases.models import AuditEntry, ConsentText
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
        },
        status=400 if search.is_bound and search.errors else 200,
    )


def _draft_rows(request):
    titles = {slug: title for slug, title, _fields in STEPS}
    rows = selectors.case_draft_rows(user=request.user)
    for row in rows:
        step = row["draft"].step if row["draft"].step in titles else STEP_SLUGS[0]
        row["step_title"] = titles[step]
        row["url"] = draft_step_url(row["draft"], step)
    return rows


def _advisor_or_404(request):
    profile = advisor_profile_approved(request.user)
    if profile is None:
        raise Http404
    return profile


@verified_required
def case_new(request):
    """Step 1: the admissibility questions, before anything personal is entered."""
    _advisor_or_404(request)
    rules = committee_rules(request)
    form = AdmissibilityForm(request.POST if request.method == "POST" else None, rules=rules)
    reasons = []
    if request.method == "POST" and form.is_valid():
        answers = {key: value for key, value in form.cleaned_data.items() if value != ""}
        reasons = services.admissibility_reasons(rules=rules, answers=answers)
        if not reasons:
            draft = services.case_draft_create(user=request.user, answers=answers, rules=rules)
            return redirect(draft_step_url(draft, STEP_SLUGS[0]))
    return render(request, "cases/case_admissibility.html", {"form": form, "reasons": reasons})


@verified_required
def case_detail(request, reference):
    case = services.case_for_user(user=request.user, reference=reference, action="view")
    services.audit_record(
        actor=request.user, case_reference=case.reference, action=AuditEntry.Action.VIEW
    )
    is_committee = user_is_committee(request.user)
    return render(
        request,
        "cases/case_detail.html",
        {
            "case": case,
            "person": selectors.case_person(case),
            "is_committee": is_committee,
            "is_advisor": advisor_profile_approved(request.user) is not None,
            "audit_trail": selectors.case_audit_trail(case=case) if is_committee else None,
        },
    )


@verified_required
def case_consent_file(request, reference):
    case = services.case_for_user(user=request.user, reference=reference, action="download")
    content = services.case_consent_file_read(case=case)
    services.audit_record(
        actor=request.user, case_reference=case.reference, action=AuditEntry.Action.DOWNLOAD
    )
    response = HttpResponse(content, content_type=case.consent_file_content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="consent-{case.reference}.{case.consent_file_extension}"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@verified_required
def case_receipt(request, reference):
    """The printable receipt of a submission, for the advisors of the case's centre only: it
    is theirs to file; the committee has the case itself."""
    _advisor_or_404(request)
    case = services.case_for_user(user=request.user, reference=reference, action="receipt")
    pdf = services.case_receipt_pdf(
        case=case,
        actor=request.user,
        committee_name=committee_rules(request).committee_name,
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="receipt-{case.reference}.pdf"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


# The consent text, public and printable -----------------------------------------------------


@no_store
def consent_text(request, version=None):
    version = version or ConsentText.objects.current_version()
    text = ConsentText.objects.for_language(version, request.LANGUAGE_CODE) if version else None
    if text is None:
        raise Http404
    return render(request, "cases/consent_text.html", {"text": text})
