"""The office's referrals, the chosen offers' view of them, and the consent declaration.
Thin views: the form validates, ``referrals.services`` writes and audits."""

import re
import uuid
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.decorators import no_store, only_for
from cases.forms import RESIDENCE_STATUSES
from cases.models import ConsentPurpose, ConsentText
from cases.selectors import consent_declaration
from cases.services import consent_declaration_pdf
from cases.storage import PrivateStorageError
from cases.views import file_response
from portal.rules import committee_rules
from referrals import selectors, services
from referrals.forms import ReferralForm, WithdrawForm
from referrals.models import Referral


def referrals_open(view):
    """Where the committee's rules do not open referrals, none of these pages exists, for
    anyone: checked before the login, so nobody is sent to log in for nothing."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not committee_rules(request).referrals:
            raise Http404
        return view(request, *args, **kwargs)

    return no_store(wrapper)


def _only_for(allowed):
    return lambda view: referrals_open(only_for(allowed)(view))


office_required = _only_for(selectors.user_may_refer)
centre_required = _only_for(lambda user: selectors.referral_centre_of(user) is not None)


def _deletion_date(request, referral):
    return services.referral_deletion_moment(
        referral=referral, retention_months=committee_rules(request).retention_months
    )


# The office ----------------------------------------------------------------------------------


@office_required
def referral_list(request):
    """References, state and deletion dates: the names are on the detail pages, where
    each look is audited."""
    rows = selectors.referral_rows(Referral.objects.all())
    services.referral_list_viewed(user=request.user, detail="referral list")
    return render(
        request,
        "referrals/referral_list.html",
        {
            "rows": [
                {"referral": referral, "deletion": _deletion_date(request, referral)}
                for referral in rows
            ]
        },
    )


def _typed(post):
    """What the office typed, to show it again without checking it (the place was chosen)."""
    typed = {name: post.get(name, "") for name in ReferralForm.base_fields}
    typed["offers"] = post.getlist("offers")
    typed.pop("consent_file")
    typed["consent_confirmed"] = bool(post.get("consent_confirmed"))
    return {key: value for key, value in typed.items() if value not in ("", None)}


def _consent_in_force(language):
    return ConsentText.objects.in_force(language, purpose=ConsentPurpose.REFERRAL)


def _consent_link(consent, language):
    if consent is None:
        return ""
    with translation.override(language):
        return reverse("referrals:consent_text_version", args=[consent.version])


@office_required
def referral_record(request):
    """One page, no script: the place first ("Show offers" sends the page back with the
    offers serving it), then the offers, the person and the signed consent. A page with
    errors keeps everything typed except the file, which the browser does not send twice."""
    entries = selectors.directory_entries()
    places = selectors.referral_places(entries)
    posted = request.method == "POST"
    place = request.POST.get("place", "") if posted else ""
    offers = selectors.offers_serving(place if place in places else "", entries)
    recording = posted and request.POST.get("action") == "record"
    if recording:
        resent = _recorded_before(request.POST.get("submission_token", ""))
        if resent is not None:
            return redirect("referrals:referral_detail", reference=resent.reference)
        form = ReferralForm(request.POST, request.FILES, places=places, offers=offers)
    else:
        form = ReferralForm(
            initial=_typed(request.POST) if posted else None, places=places, offers=offers
        )
    language = (form.data if recording else form.initial).get("language") or ""
    if language not in dict(form.fields["language"].choices) or not language:
        language = request.LANGUAGE_CODE
    consent = _consent_in_force(language)
    status = 200
    if recording:
        if form.is_valid() and consent is not None:
            referral = _record(request, form, consent)
            if referral is not None:
                return redirect("referrals:referral_detail", reference=referral.reference)
        elif "consent_file" not in form.errors and request.FILES.get("consent_file"):
            form.add_error(
                "consent_file",
                _("Please choose the file again: it is not kept while the form has errors."),
            )
        status = 400
    return render(
        request,
        "referrals/referral_record.html",
        {
            "form": form,
            "places": places,
            "place": place if place in places else "",
            "offer_choices": list(zip(form["offers"], offers, strict=False)),
            "consent": consent,
            # Digits and hyphens keep their order inside a right-to-left sentence.
            "consent_version": format_html("<bdi>{}</bdi>", consent.version) if consent else "",
            "consent_url": _consent_link(consent, consent.language if consent else language),
            "errors": _error_links(form) if recording else [],
        },
        status=status,
    )


def _recorded_before(token):
    """The referral this page already made (double click, back and send again)."""
    try:
        token = uuid.UUID(token)
    except ValueError:
        return None
    return Referral.objects.filter(submission_token=token).first()


# The order the page shows the fields in, for the summary of errors at the top.
FIELD_ORDER = (
    "place",
    "language",
    "offers",
    "full_name",
    "residence_status",
    "phone",
    "email",
    "address",
    "note",
    "consent_confirmed",
    "consent_file",
)


def _error_links(form):
    links = []
    errors = sorted(
        form.errors.items(),
        key=lambda item: FIELD_ORDER.index(item[0]) if item[0] in FIELD_ORDER else -1,
    )
    for name, messages_ in errors:
        field = form[name] if name in form.fields else None
        target = field.auto_id if field is not None else ""
        if name == "offers":
            target = f"{target}_0" if form.fields["offers"].choices else "id_place"
        # A checkbox's label is the whole sentence it confirms; its message says enough.
        label = field.label if field is not None and name != "consent_confirmed" else ""
        links.extend(
            {"label": label, "message": error, "href": f"#{target}"} for error in messages_
        )
    return links


def _record(request, form, consent):
    rules = committee_rules(request)
    try:
        referral, _created = services.referral_record(
            actor=request.user,
            prefix=rules.reference_prefix,
            person=form.person(),
            offers=form.chosen_offers(),
            consent_version=consent.version,
            consent_language=consent.language,
            consent_file=form.cleaned_data["consent_file"],
            token=form.cleaned_data["submission_token"],
        )
    except PrivateStorageError:
        form.add_error(
            "consent_file",
            _(
                "The signed consent declaration could not be stored because of a fault on "
                "our side, so the referral has not been recorded. Please choose the file "
                "again and send the form in a few minutes."
            ),
        )
        return None
    messages.success(
        request,
        _("The referral has been recorded as %(reference)s. The chosen offers have been told.")
        % {"reference": referral.reference},
    )
    return referral


def _reference_html(referral):
    # Kept on one line and in its order inside a right-to-left heading.
    return format_html('<bdi class="reference">{}</bdi>', referral.reference)


def _person_rows(data, *, for_offer=False):
    """What the page shows of the person. The offer's people get what the declaration lets
    the office pass on to make contact: not the status under residence law."""
    statuses = dict(RESIDENCE_STATUSES)
    languages = dict(settings.LANGUAGES)
    rows = {
        **data,
        "residence_status_label": statuses.get(data.get("residence_status"), ""),
        "language_label": languages.get(data.get("language"), data.get("language", "")),
    }
    if for_offer:
        del rows["residence_status"], rows["residence_status_label"]
    return rows


def _consent_language_label(referral):
    return dict(settings.LANGUAGES).get(referral.consent_language, referral.consent_language)


@office_required
def referral_detail(request, reference):
    referral = services.referral_for_office(user=request.user, reference=reference, action="view")
    services.referral_viewed(user=request.user, referral=referral)
    return render(
        request,
        "referrals/referral_detail.html",
        {
            "referral": referral,
            "reference_html": _reference_html(referral),
            "person": _person_rows(referral.data),
            "offers": selectors.referral_offers(referral=referral),
            "deletion": _deletion_date(request, referral),
            "consent_language": _consent_language_label(referral),
        },
    )


@office_required
def referral_consent_file(request, reference):
    referral = services.referral_for_office(
        user=request.user, reference=reference, action="download"
    )
    content = services.referral_consent_file_read(user=request.user, referral=referral)
    return file_response(
        content,
        content_type=referral.consent_file_content_type,
        filename=f"consent-{referral.reference}.{referral.consent_file_extension}",
    )


@office_required
def referral_withdraw(request, reference):
    """The person withdrew their consent: after a confirmation, everything goes at once."""
    referral = services.referral_for_office(
        user=request.user, reference=reference, action="withdraw"
    )
    form = WithdrawForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        services.referral_consent_withdraw(referral=referral, actor=request.user)
        messages.success(
            request,
            _("Referral %(reference)s and the signed declaration have been deleted.")
            % {"reference": reference},
        )
        return redirect("referrals:referral_list")
    return render(
        request,
        "referrals/referral_withdraw.html",
        {"referral": referral, "form": form, "reference_html": _reference_html(referral)},
        status=400 if form.errors else 200,
    )


# The chosen offers ---------------------------------------------------------------------------


@centre_required
def centre_list(request):
    center = selectors.referral_centre_of(request.user)
    referrals = selectors.referrals_for_centre(user=request.user)
    services.referral_list_viewed(user=request.user, detail="centre referral list")
    rows = [
        {
            "referral": referral,
            "offer": next(
                offer
                for offer in selectors.referral_offers(referral=referral)
                if offer.advice_center_id == center.pk
            ),
        }
        for referral in referrals
    ]
    return render(request, "referrals/centre_list.html", {"center": center, "rows": rows})


def _centre_offer(request, referral):
    center = selectors.referral_centre_of(request.user)
    return next(
        offer
        for offer in selectors.referral_offers(referral=referral)
        if offer.advice_center_id == center.pk
    )


@centre_required
def centre_detail(request, reference):
    referral = services.referral_for_centre(user=request.user, reference=reference, action="view")
    services.referral_viewed(user=request.user, referral=referral)
    return render(
        request,
        "referrals/centre_detail.html",
        {
            "referral": referral,
            "reference_html": _reference_html(referral),
            "person": _person_rows(referral.data, for_offer=True),
            "offer": _centre_offer(request, referral),
        },
    )


@centre_required
@require_POST
def centre_confirm(request, reference):
    referral = services.referral_for_centre(
        user=request.user, reference=reference, action="confirm contact"
    )
    offer = _centre_offer(request, referral)
    services.referral_contact_confirm(
        user=request.user, referral=referral, center=offer.advice_center
    )
    messages.success(request, _("Thank you. The office can see that contact was made."))
    return redirect("referrals:centre_detail", reference=referral.reference)


# The consent declaration, public and printable -----------------------------------------------


def _declaration(request, version):
    version = version or ConsentText.objects.current_version(ConsentPurpose.REFERRAL)
    declaration = (
        consent_declaration(
            version=version, language=request.LANGUAGE_CODE, purpose=ConsentPurpose.REFERRAL
        )
        if version
        else None
    )
    if declaration is None:
        raise Http404
    return declaration


@referrals_open
def consent_text(request, version=None):
    """The referral's declaration to read and print: German, and the reader's language."""
    declaration = _declaration(request, version)
    pdf_url = reverse("referrals:consent_text_pdf", args=[declaration["german"]["text"].version])
    return render(request, "cases/consent_text.html", {**declaration, "pdf_url": pdf_url})


@referrals_open
def consent_text_pdf(request, version):
    declaration = _declaration(request, version)
    language = declaration["translated"]["language"] if declaration["translated"] else "de"
    # The version is typed by editors: only harmless characters go into the header.
    version = re.sub(r"[^A-Za-z0-9._-]", "", declaration["german"]["text"].version)
    return file_response(
        consent_declaration_pdf(declaration=declaration),
        content_type="application/pdf",
        filename=f"referral-consent-{version}-{language}.pdf",
        disposition="inline",
    )
