import tempfile

import polib
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation

from home.forms import NEW_CAPTCHA, AccessibilityFeedbackForm, OfficeQuestionForm
from home.services import TranslationFileRefused, submission_create, translation_po_import
from home.submissions import Submission
from portal import ratelimit, wagtail_internals

FORMS = {
    Submission.Kind.QUESTION: OfficeQuestionForm,
    Submission.Kind.BARRIER: AccessibilityFeedbackForm,
}
PUBLIC_FORM_SCOPE = "public-form"


def public_form_serve(request, *, page, kind):
    """GET shows the page with its form; POST validates, stores, mails and redirects."""
    form_class = FORMS[kind]
    sent = request.GET.get("sent") == "1"
    status = 200
    if request.method == "POST":
        if ratelimit.client_limit_hit(request=request, scope=PUBLIC_FORM_SCOPE):
            return ratelimit.too_many_requests(
                request,
                scope=PUBLIC_FORM_SCOPE,
                template="home/rate_limited.html",
                context={"page": page},
            )
        if NEW_CAPTCHA in request.POST:
            # A fresh picture without error messages; what the reader typed stays.
            form = form_class(initial=request.POST.dict())
        else:
            form = form_class(request.POST)
            if form.is_valid():
                submission_create(
                    kind=kind, data=form.cleaned_data, language=translation.get_language()
                )
                return HttpResponseRedirect(page.url + "?sent=1")
            status = 400
    else:
        form = form_class()
    response = TemplateResponse(
        request,
        page.get_template(request),
        {
            **page.get_context(request),
            "form": form,
            "sent": sent,
            "retention_days": settings.PUBLIC_FORM_RETENTION_DAYS,
        },
        status=status,
    )
    # Every view carries a new security code and CSRF token; no shared cache may keep it.
    add_never_cache_headers(response)
    return response


def server_error(request):
    """500 without the database: a plain context, so no tag can reach for a query."""
    template = loader.get_template("500.html")
    return HttpResponse(template.render({}), status=500)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /captcha/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _translation_for_editor(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not wagtail_internals.translation_user_can_edit(request.user, translation):
        raise PermissionDenied
    return translation


@require_admin_access
def translation_file_download(request, translation_id):
    """wagtail-localize's PO file, saying which language it is for."""
    translation = _translation_for_editor(request, translation_id)
    po = translation.export_po()
    language = translation.target_locale.language_code
    po.metadata["Language"] = language
    response = HttpResponse(str(po), content_type="text/x-gettext-translation; charset=utf-8")
    filename = f"{slugify(translation.source.object_repr)}-{language}.po"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_admin_access
@require_POST
def translation_file_upload(request, translation_id):
    """Import a translator's PO file only if every segment of it is sound."""
    translation = _translation_for_editor(request, translation_id)
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    po = _uploaded_po_file(request.FILES.get("file"))
    if po is None:
        messages.error(
            request, _("Please upload a PO file (.po) downloaded for this translation.")
        )
    elif "X-WagtailLocalize-TranslationID" not in po.metadata:
        messages.error(
            request,
            _(
                "The file does not say which translation it belongs to. Download the PO file of "
                "this translation, translate it and upload that file."
            ),
        )
    else:
        try:
            translation_po_import(po=po, translation=translation, user=request.user)
        except TranslationFileRefused as refusal:
            messages.error(request, _("The file was not imported; nothing has changed."))
            for problem in refusal.problems:
                messages.error(request, problem)
        else:
            messages.success(
                request,
                _("The translations of the file are saved. Publish the translation to show them."),
            )
    return redirect(next_url)


def _uploaded_po_file(upload):
    if upload is None:
        return None
    # polib reads a path as well as a text; a text that names a file on the server must never
    # be read as one, so the upload always goes through a file of its own.
    with tempfile.NamedTemporaryFile(suffix=".po") as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
        handle.flush()
        try:
            return polib.pofile(handle.name, encoding="utf-8")
        except (OSError, UnicodeDecodeError, ValueError):
            return None
