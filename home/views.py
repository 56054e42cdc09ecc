from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.template import loader
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET

from home.forms import NEW_CAPTCHA, AccessibilityFeedbackForm, OfficeQuestionForm
from home.services import submission_create
from home.submissions import Submission
from portal import ratelimit

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
