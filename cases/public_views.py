"""The public application form: for applicants the committee admits besides advice centres,
without an account, only where the committee's rules open it (else none of these pages
exists).

The admissibility questions come first and store nothing. Then the e-mail address and the
security code; the answers wait as an encrypted draft until the address is confirmed by the
link mailed to it. The confirmed browser holds the draft's id in its session, never anything
about the person. After the submission the reference and a secret are shown once; with both,
the status page shows the case's status and dates and nothing else.
"""

from datetime import timedelta
from functools import wraps

from django.core import signing
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache

from cases import services
from cases.draft_views import (
    CONSENT_FILE_NOT_STORED,
    NO_CONSENT_TEXT,
    application_data,
    draft_household_formset,
    error_links,
    household_typed,
)
from cases.forms import (
    PUBLIC_APPLICATION_FIELDS,
    PUBLIC_SECTIONS,
    ApplicationForm,
    PublicAdmissibilityForm,
    PublicEmailForm,
    PublicStatusForm,
)
from cases.models import Case, ConsentText
from cases.storage import PrivateStorageError
from cases.uploads import consent_file_check
from cases.views import file_response
from home.forms import NEW_CAPTCHA
from portal import ratelimit
from portal.rules import committee_rules

APPLICATION_SCOPE = "public-application"
STATUS_SCOPE = "public-status"
# The confirmed application this browser works on, and the references it submitted (for
# the receipt): ids only.
SESSION_APPLICATION = "_public_application"
SESSION_RECEIPTS = "_public_application_receipts"
ANSWERS_SALT = "cases.public_application.answers"
# The answers wait in the page between the two steps; a day is plenty to type an address.
ANSWERS_MAX_AGE = 24 * 60 * 60


def _public(view):
    """Counts every POST against the client's limit, then answers 404 unless the rules open
    the public form; nothing of these pages is kept by any cache."""

    @wraps(view)
    @never_cache
    @ratelimit.post_limit(APPLICATION_SCOPE)
    def wrapper(request, *args, **kwargs):
        rules = committee_rules(request)
        if not rules.public_applications or not rules.applicant_kinds_without_centre():
            raise Http404
        return view(request, *args, rules=rules, **kwargs)

    return wrapper


@_public
def public_apply(request, *, rules):
    """Step 1: the admissibility questions; a refusal says why and stores nothing."""
    form = PublicAdmissibilityForm(request.POST if request.method == "POST" else None, rules=rules)
    reasons = []
    if request.method == "POST" and form.is_valid():
        answers = {key: value for key, value in form.cleaned_data.items() if value != ""}
        reasons = services.admissibility_reasons(rules=rules, answers=answers)
        if not reasons:
            signed = signing.dumps(answers, salt=ANSWERS_SALT)
            return _email_page(request, PublicEmailForm(initial={"answers": signed}))
    return render(
        request,
        "cases/public_application_admissibility.html",
        {"form": form, "reasons": reasons},
        status=400 if form.errors else 200,
    )


def _email_page(request, form, status=200):
    return render(request, "cases/public_application_email.html", {"form": form}, status=status)


def _signed_answers(value):
    try:
        return signing.loads(value or "", salt=ANSWERS_SALT, max_age=ANSWERS_MAX_AGE)
    except signing.BadSignature:
        return None


@_public
def public_apply_email(request, *, rules):
    """Step 2: the e-mail address and the security code; then the link is mailed."""
    if request.method != "POST":
        return redirect("cases:public_apply")
    answers = _signed_answers(request.POST.get("answers"))
    if answers is None or services.admissibility_reasons(rules=rules, answers=answers):
        # Forged, too old, or the rules changed meanwhile: the questions again.
        return redirect("cases:public_apply")
    if NEW_CAPTCHA in request.POST:
        return _email_page(request, PublicEmailForm(initial=request.POST.dict()))
    form = PublicEmailForm(request.POST)
    if not form.is_valid():
        return _email_page(request, form, status=400)
    services.public_application_start(
        answers=answers,
        email=form.cleaned_data["email"],
        rules=rules,
        language=translation.get_language(),
    )
    return redirect("cases:public_apply_sent")


@_public
def public_apply_sent(request, *, rules):
    delete_on = timezone.localdate() + timedelta(days=rules.draft_days)
    return render(request, "cases/public_application_sent.html", {"delete_on": delete_on})


@_public
def public_apply_confirm(request, token, *, rules):
    """A button, not the link itself, confirms: mail scanners that open links must not use
    up the single use."""
    if request.method == "POST":
        application = services.public_application_confirm(token=token)
        if application is not None:
            request.session.cycle_key()
            request.session[SESSION_APPLICATION] = str(application.public_id)
            return redirect("cases:public_apply_form")
        return render(request, "cases/public_application_link_invalid.html", status=404)
    return render(request, "cases/public_application_confirm.html", {"token": token})


def _typed(post):
    typed = {}
    for name in PUBLIC_APPLICATION_FIELDS:
        if name in ("urgent", "consent_confirmed"):
            typed[name] = "on" if post.get(name) else ""
        else:
            typed[name] = post.get(name, "")
    return typed


def _application_form(application, data, *, bound):
    repeat = bool(data.get("answers", {}).get("submitted_before"))
    kept = bool(application.consent_file_name)
    only = (*PUBLIC_APPLICATION_FIELDS, "consent_file")
    if bound:
        return ApplicationForm(
            {**data.get("fields", {}), "submission_token": data.get("submission_token", "")},
            only=only,
            repeat_declared=repeat,
            consent_file_kept=kept,
        )
    initial = {key: value for key, value in data.get("fields", {}).items() if value}
    return ApplicationForm(
        initial=initial, only=only, repeat_declared=repeat, consent_file_kept=kept
    )


def _form_page(request, application, form, formset, *, status=200):
    sections = [
        {
            "slug": slug,
            "title": title,
            "fields": [form[name] for name in names if name in form.fields],
        }
        for slug, title, names in PUBLIC_SECTIONS
    ]
    consent = ConsentText.objects.in_force(request.LANGUAGE_CODE)
    return render(
        request,
        "cases/public_application_form.html",
        {
            "form": form,
            "formset": formset,
            "sections": sections,
            "consent": consent,
            "consent_file": application.consent_file_name
            and application.consent_file_type.upper(),
            "expires_at": application.expires_at,
            "errors": error_links(form, formset),
        },
        status=status,
    )


@_public
def public_apply_form(request, *, rules):
    """Step 3, for the confirmed browser only: the Kurzantrag, the consent declaration and
    its signed copy. Every POST keeps what was typed, as typed, and a file the moment it
    arrives, so an error never asks for anything again."""
    application = services.public_application_confirmed(
        public_id=request.session.get(SESSION_APPLICATION)
    )
    if application is None:
        return render(request, "cases/public_application_link_invalid.html", status=404)
    data = application.data
    if request.method != "POST":
        form = _application_form(application, data, bound=False)
        return _form_page(request, application, form, draft_household_formset(data, bound=False))
    file_error = None
    if request.FILES.get("consent_file"):
        try:
            document = consent_file_check(request.FILES["consent_file"])
            application = services.public_application_consent_file_store(
                application=application, rules=rules, document=document
            )
        except ValidationError as error:
            file_error = error
        except PrivateStorageError:
            file_error = ValidationError(CONSENT_FILE_NOT_STORED)
    application = services.public_application_save(
        application=application,
        rules=rules,
        fields=_typed(request.POST),
        household=household_typed(request.POST),
    )
    data = application.data
    form = _application_form(application, data, bound=True)
    formset = draft_household_formset(data, bound=True)
    valid = form.is_valid() & formset.is_valid()
    if file_error is not None:
        form.errors.pop("consent_file", None)
        form.add_error("consent_file", file_error)
        valid = False
    consent = ConsentText.objects.in_force(request.LANGUAGE_CODE)
    if consent is None:
        form.add_error(None, NO_CONSENT_TEXT)
        valid = False
    if not valid:
        return _form_page(request, application, form, formset, status=400)
    case, secret = services.public_application_submit(
        application=application,
        reference_prefix=rules.reference_prefix,
        application_data=application_data(form.cleaned_data),
        household=formset.members(),
        consent_version=consent.version,
    )
    if case is None:
        return render(request, "cases/public_application_link_invalid.html", status=404)
    request.session.pop(SESSION_APPLICATION, None)
    request.session[SESSION_RECEIPTS] = [
        *request.session.get(SESSION_RECEIPTS, [])[-4:],
        case.reference,
    ]
    # Shown in the answer to the POST and nowhere else: the secret is not stored in clear.
    return render(request, "cases/public_application_done.html", {"case": case, "secret": secret})


@_public
def public_apply_receipt(request, reference, *, rules):
    """The receipt, for the browser that submitted the case: no name, nothing from the
    application."""
    if reference not in request.session.get(SESSION_RECEIPTS, []):
        raise Http404
    case = Case.objects.filter(reference=reference).first()
    if case is None:
        raise Http404
    pdf = services.case_receipt_pdf(case=case, actor=None, committee_name=rules.committee_name)
    return file_response(
        pdf,
        content_type="application/pdf",
        filename=f"receipt-{case.reference}.pdf",
        disposition="inline",
    )


@never_cache
@ratelimit.post_limit(STATUS_SCOPE)
def public_status(request):
    """Reference and secret in, status and dates out; nothing else of the case."""
    rules = committee_rules(request)
    if not rules.public_applications:
        raise Http404
    form = PublicStatusForm(request.POST if request.method == "POST" else None)
    case = None
    refused = False
    if request.method == "POST" and form.is_valid():
        case = services.public_case_status(
            reference=form.cleaned_data["reference"], secret=form.cleaned_data["secret"]
        )
        refused = case is None
    return render(
        request,
        "cases/public_application_status.html",
        {"form": PublicStatusForm() if case else form, "case": case, "refused": refused},
        status=400 if refused or form.errors else 200,
    )
