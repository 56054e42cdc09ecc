"""Thin views: forms validate, services write, selectors decide who sees what."""

import time
import uuid
from functools import wraps
from urllib.parse import urlencode

import django_otp
from django.contrib import messages
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.contrib.auth import views as auth_views
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from wagtail.models import Site

from home.views import NEW_CAPTCHA
from intake import selectors, services
from intake.forms import (
    HOUSEHOLD_MAX_ROWS,
    AdmissibilityForm,
    ApplicationForm,
    EnrolmentForm,
    LoginForm,
    RegistrationForm,
    SecondFactorForm,
    household_formset,
)
from intake.middleware import LAST_SEEN, LOGIN_AT
from intake.models import AuditEntry, Case, CommitteeRules, ConsentText
from intake.storage import PrivateStorageError
from portal import ratelimit
from portal.ratelimit import LOGIN_TEMPLATE, post_limit

PREAUTH = "_intake_preauth"
PREAUTH_SECONDS = 5 * 60
SECOND_FACTOR_ATTEMPTS = 5
ADMISSIBILITY = "_intake_admissibility"
CONSENT_FILE_NOT_STORED = gettext_lazy(
    "The signed consent declaration could not be stored because of a fault on our side, so "
    "the case has not been submitted. Everything you entered is still here: please attach "
    "the file again and send the form in a few minutes."
)
SECOND_FACTOR_ACCOUNT = "second-factor-account"


def _no_store(response):
    response["Cache-Control"] = "no-store, private"
    response["Pragma"] = "no-cache"
    return response


def intake_view(view):
    """No caching anywhere for intake pages."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return _no_store(never_cache(view)(request, *args, **kwargs))

    return wrapper


def verified_required(view):
    """Logged in with both factors; anyone else goes to the login page."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        user = request.user
        if not (user.is_authenticated and user.is_verified()):
            return redirect(f"{reverse('intake:login')}?{urlencode({'next': request.path})}")
        return view(request, *args, **kwargs)

    return intake_view(wrapper)


def _safe_next(request, fallback):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def _rules(request):
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    return CommitteeRules.for_site(site)


# Login -------------------------------------------------------------------------------------


def _preauth_user(request):
    data = request.session.get(PREAUTH)
    if not data or time.time() - data["at"] > PREAUTH_SECONDS:
        request.session.pop(PREAUTH, None)
        return None
    user = get_user_model().objects.filter(pk=data["user_id"]).first()
    if not services.user_may_log_in(user):
        return None
    user.backend = data["backend"]
    return user


def _complete_login(request, user, device):
    next_url = request.session.get(PREAUTH, {}).get("next") or ""
    auth_login(request, user, backend=user.backend)
    request.session.pop(PREAUTH, None)
    django_otp.login(request, device)
    now = int(time.time())
    request.session[LOGIN_AT] = now
    request.session[LAST_SEEN] = now
    return next_url


@sensitive_post_parameters("password")
@intake_view
@post_limit("login", template=LOGIN_TEMPLATE)
def login(request):
    if request.user.is_authenticated and request.user.is_verified():
        return redirect(_safe_next(request, reverse("intake:case_list")))
    form = LoginForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(
            request,
            username=form.cleaned_data["username"],
            password=form.cleaned_data["password"],
        )
        if user is not None and services.user_may_log_in(user):
            # A fresh session id before anything is stored for this user.
            request.session.cycle_key()
            request.session[PREAUTH] = {
                "user_id": user.pk,
                "backend": user.backend,
                "at": time.time(),
                "attempts": 0,
                "next": _safe_next(request, ""),
            }
            if services.user_has_second_factor(user):
                return redirect("intake:login_verify")
            return redirect("intake:enrol")
        form.add_error(None, _("The username or password is wrong, or the account is not active."))
    return render(
        request, "registration/login.html", {"form": form, "next": _safe_next(request, "")}
    )


def _second_factor_locked(request, user):
    """Too many wrong codes for this account, from whichever sessions and addresses: even
    the right code is refused until the period is over, and the half login ends."""
    if not ratelimit.limit_reached(scope=SECOND_FACTOR_ACCOUNT, identity=user.pk):
        return None
    request.session.pop(PREAUTH, None)
    return ratelimit.too_many_requests(
        request, scope=SECOND_FACTOR_ACCOUNT, template=LOGIN_TEMPLATE
    )


def _second_factor_failed(request, user):
    ratelimit.attempt_record(scope=SECOND_FACTOR_ACCOUNT, identity=user.pk)
    data = request.session.get(PREAUTH, {})
    data["attempts"] = data.get("attempts", 0) + 1
    if data["attempts"] >= SECOND_FACTOR_ATTEMPTS:
        request.session.pop(PREAUTH, None)
        messages.error(request, _("Too many wrong codes. Please log in again."))
        return True
    request.session[PREAUTH] = data
    return False


@sensitive_post_parameters("otp_token")
@intake_view
@post_limit("second-factor", template=LOGIN_TEMPLATE)
def login_verify(request):
    user = _preauth_user(request)
    if user is None:
        return redirect("intake:login")
    if not services.user_has_second_factor(user):
        return redirect("intake:enrol")
    if request.method == "POST" and (locked := _second_factor_locked(request, user)):
        return locked
    form = SecondFactorForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        device = services.second_factor_verify(user=user, token=form.cleaned_data["otp_token"])
        if device is not None:
            next_url = _complete_login(request, user, device)
            return redirect(_safe_next_value(request, next_url))
        if _second_factor_failed(request, user):
            return redirect("intake:login")
        form.add_error("otp_token", _("This code is not valid. Please try the current code."))
    return render(request, "registration/login_verify.html", {"form": form})


def _safe_next_value(request, target):
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("intake:case_list")


def _qr_svg(url):
    """The key as an inline SVG QR code: no script, no style, no data: URI for the CSP."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage)
    svg = image.to_string(encoding="unicode")
    label = escape(_("QR code with the key for your authenticator app"))
    return mark_safe(  # noqa: S308 - generated by qrcode from our own URL; label escaped
        svg.replace("<svg ", f'<svg role="img" aria-label="{label}" class="qr" ', 1)
    )


@sensitive_post_parameters("otp_token")
@intake_view
@post_limit("second-factor", template=LOGIN_TEMPLATE)
def enrol(request):
    user = _preauth_user(request)
    if user is None:
        return redirect("intake:login")
    if services.user_has_second_factor(user):
        return redirect("intake:login_verify")
    if request.method == "POST" and (locked := _second_factor_locked(request, user)):
        return locked
    device = services.totp_device_for_enrolment(user=user)
    form = EnrolmentForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["otp_token"].strip()):
            codes = services.totp_enrolment_confirm(device=device)
            next_url = _complete_login(request, user, device)
            return render(
                request,
                "registration/backup_codes.html",
                {"codes": codes, "next_url": _safe_next_value(request, next_url)},
            )
        if _second_factor_failed(request, user):
            return redirect("intake:login")
        form.add_error("otp_token", _("This code is not valid. Please try the current code."))
    secret = services.totp_secret_base32(device)
    return render(
        request,
        "registration/enrol.html",
        {
            "form": form,
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "qr_svg": _qr_svg(device.config_url),
        },
    )


@require_POST
@intake_view
def logout(request):
    auth_logout(request)
    messages.info(request, _("You are logged out."))
    return redirect("intake:login")


# Password reset: Django's views; the reset ends in the login page, never in a session. --------


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "registration/password_reset_form.html"
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("intake:password_reset_done")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_reset_confirm.html"
    success_url = reverse_lazy("intake:password_reset_complete")
    post_reset_login = False


password_reset = intake_view(post_limit("password-reset")(PasswordResetView.as_view()))
password_reset_done = intake_view(
    auth_views.PasswordResetDoneView.as_view(template_name="registration/password_reset_done.html")
)
password_reset_confirm = intake_view(
    post_limit("password-reset-confirm")(PasswordResetConfirmView.as_view())
)
password_reset_complete = intake_view(
    auth_views.PasswordResetCompleteView.as_view(
        template_name="registration/password_reset_complete.html"
    )
)


# Registration ------------------------------------------------------------------------------


@intake_view
@post_limit("register")
def register(request):
    form = RegistrationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if NEW_CAPTCHA in request.POST:
            # A fresh picture without error messages; what the person typed stays.
            form = RegistrationForm(initial=request.POST.dict())
        elif form.is_valid():
            services.advisor_register(
                full_name=form.cleaned_data["full_name"],
                email=form.cleaned_data["email"],
                advice_center=form.cleaned_data["advice_center"],
                role=form.cleaned_data["role"],
            )
            return redirect("intake:register_done")
    return render(request, "registration/register.html", {"form": form})


@intake_view
def register_done(request):
    return render(request, "registration/register_done.html")


# Cases -------------------------------------------------------------------------------------


@verified_required
def case_list(request):
    cases = selectors.cases_visible_to(request.user)
    is_committee = selectors.user_is_committee(request.user)
    is_advisor = selectors.advisor_profile_approved(request.user) is not None
    if not (is_committee or is_advisor):
        raise Http404
    return render(
        request,
        "intake/case_list.html",
        {"cases": cases, "is_advisor": is_advisor, "is_committee": is_committee},
    )


def _advisor_or_404(request):
    profile = selectors.advisor_profile_approved(request.user)
    if profile is None:
        raise Http404
    return profile


@verified_required
def case_new(request):
    """Step 1: the admissibility questions, before anything personal is entered."""
    _advisor_or_404(request)
    rules = _rules(request)
    form = AdmissibilityForm(request.POST if request.method == "POST" else None, rules=rules)
    reasons = []
    if request.method == "POST" and form.is_valid():
        answers = {key: value for key, value in form.cleaned_data.items() if value != ""}
        reasons = services.admissibility_reasons(rules=rules, answers=answers)
        if not reasons:
            request.session[ADMISSIBILITY] = answers
            return redirect("intake:case_application")
        request.session.pop(ADMISSIBILITY, None)
    return render(request, "intake/case_admissibility.html", {"form": form, "reasons": reasons})


def _consent_text(request):
    version = ConsentText.objects.current_version()
    if version is None:
        return None
    return ConsentText.objects.for_language(version, request.LANGUAGE_CODE)


def _rows_requested(request):
    try:
        rows = int(request.POST.get("household-TOTAL_FORMS", "0"))
    except ValueError:
        rows = 0
    return rows


@verified_required
def case_application(request):
    """Step 2: the Kurzantrag itself, with the consent declaration."""
    profile = _advisor_or_404(request)
    if request.method == "POST":
        token = request.POST.get("submission_token", "")
        existing = Case.objects.filter(submission_token=_uuid_or_none(token)).first()
        if existing is not None:
            case = selectors.case_for_user(
                user=request.user, reference=existing.reference, action="resubmit"
            )
            return redirect("intake:case_detail", reference=case.reference)
    answers = request.session.get(ADMISSIBILITY)
    if answers is None:
        messages.info(request, _("Please answer the admissibility questions first."))
        return redirect("intake:case_new")
    consent = _consent_text(request)
    repeat = bool(answers.get("submitted_before"))
    user = request.user
    initial = {
        "contact_name": user.get_full_name(),
        "contact_email": user.email,
    }
    if request.method == "POST" and "add_household_row" in request.POST:
        rows = min(_rows_requested(request) + 1, HOUSEHOLD_MAX_ROWS)
        form = ApplicationForm(initial=_initial_from_post(request.POST), repeat_declared=repeat)
        # Rows typed so far come back as initial values; extra=0 keeps the count exact.
        formset = household_formset(rows=0)(
            prefix="household", initial=_household_initial(request.POST, rows)
        )
        return _application_page(request, form, formset, consent, profile, row_added=True)
    if request.method == "POST":
        form = ApplicationForm(
            request.POST, request.FILES, initial=initial, repeat_declared=repeat
        )
        household_data = request.POST.copy()
        # Every row is an "extra" row: an empty one is skipped, not an error.
        household_data["household-INITIAL_FORMS"] = "0"
        formset = household_formset(rows=0)(household_data, prefix="household")
        if form.is_valid() and formset.is_valid() and consent is not None:
            data = form.cleaned_data
            rules = _rules(request)
            if (
                rules.repeat_requires_changed_facts
                and not data.get("changes_since_last")
                and services.case_earlier_exists(
                    full_name=data["full_name"], date_of_birth=data["date_of_birth"]
                )
            ):
                form.add_error(
                    "changes_since_last",
                    _(
                        "A case for a person with this name and date of birth was already "
                        "submitted. Please describe what has changed decisively since then."
                    ),
                )
            else:
                try:
                    case, _created = services.case_submit(
                        user=user,
                        submission_token=data["submission_token"],
                        answers=answers,
                        application=_application_data(data),
                        household=[
                            {**row.cleaned_data, "minor": row.is_minor()}
                            for row in formset.forms
                            if row.has_changed() and row.cleaned_data
                        ],
                        consent_version=consent.version,
                        consent_file=data["consent_file"],
                    )
                except PrivateStorageError:
                    # Nothing was stored; the page comes back with everything typed so far.
                    form.add_error("consent_file", CONSENT_FILE_NOT_STORED)
                else:
                    request.session.pop(ADMISSIBILITY, None)
                    return redirect("intake:case_detail", reference=case.reference)
        return _application_page(request, form, formset, consent, profile)
    form = ApplicationForm(initial=initial, repeat_declared=repeat)
    formset = household_formset()(prefix="household")
    return _application_page(request, form, formset, consent, profile)


def _uuid_or_none(value):
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _initial_from_post(post):
    initial = {key: value for key, value in post.items() if not key.startswith("household-")}
    if _uuid_or_none(initial.get("submission_token")) is None:
        # The form draws a fresh token instead of carrying a broken one along.
        initial.pop("submission_token", None)
    return initial


def _household_initial(post, rows):
    return [
        {
            field: post.get(f"household-{index}-{field}", "")
            for field in ("relation", "date_of_birth", "status")
        }
        for index in range(rows)
    ]


def _application_data(data):
    skip = {"consent_file", "consent_confirmed", "submission_token"}
    return {key: value for key, value in data.items() if key not in skip}


def _application_page(request, form, formset, consent, profile, row_added=False):
    return render(
        request,
        "intake/case_application.html",
        {
            "form": form,
            "formset": formset,
            "consent": consent,
            "profile": profile,
            "row_added": row_added,
        },
    )


@verified_required
def case_detail(request, reference):
    case = selectors.case_for_user(user=request.user, reference=reference, action="view")
    services.audit_record(
        actor=request.user, case_reference=case.reference, action=AuditEntry.Action.VIEW
    )
    is_committee = selectors.user_is_committee(request.user)
    return render(
        request,
        "intake/case_detail.html",
        {
            "case": case,
            "is_committee": is_committee,
            "audit_trail": selectors.case_audit_trail(case=case) if is_committee else None,
        },
    )


@verified_required
def case_consent_file(request, reference):
    case = selectors.case_for_user(user=request.user, reference=reference, action="download")
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


# The consent text, public and printable -----------------------------------------------------


@intake_view
def consent_text(request, version=None):
    version = version or ConsentText.objects.current_version()
    text = ConsentText.objects.for_language(version, request.LANGUAGE_CODE) if version else None
    if text is None:
        raise Http404
    return render(request, "intake/consent_text.html", {"text": text})
