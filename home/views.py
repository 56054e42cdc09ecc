import unicodedata

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse, HttpResponseRedirect
from django.template import loader
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.html import strip_tags
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from advice_centers.models import AdviceCenter, AdviceCenterIndexPage
from home.forms import AccessibilityFeedbackForm, OfficeQuestionForm
from home.models import Submission
from home.services import submission_create
from portal import ratelimit

FORMS = {
    Submission.Kind.QUESTION: OfficeQuestionForm,
    Submission.Kind.BARRIER: AccessibilityFeedbackForm,
}
NEW_CAPTCHA = "new_captcha"
PUBLIC_FORM_SCOPE = "public-form"
SEARCH_PAGE_SIZE = 10
SEARCH_QUERY_MAX_LENGTH = 200


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


def search_query(text):
    """The words as the reader typed them, without control characters (a NUL ends the
    database's full-text query early) and at most SEARCH_QUERY_MAX_LENGTH long."""
    text = "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)
    return text.strip()[:SEARCH_QUERY_MAX_LENGTH]


def search_terms(query):
    """The query as the search backend gets it. SQLite's full-text backend puts each word in
    double quotes without escaping them, so a quote inside a word breaks its query syntax;
    the site offers no phrase search, so quotes carry no meaning here."""
    return " ".join(query.replace('"', " ").split())


@require_GET
def search(request):
    query = search_query(request.GET.get("q", ""))
    terms = search_terms(query)
    locale = Locale.get_active()
    pages = centers = []
    finder = None
    if terms:
        pages = list(Page.objects.live().public().filter(locale=locale).specific().search(terms))
        centers = list(
            get_search_backend().search(terms, AdviceCenter.objects.filter(locale_id=locale.id))
        )
        finder = AdviceCenterIndexPage.objects.live().filter(locale=locale).first()
    results = [{"title": p.title, "url": p.url, "text": _page_summary(p)} for p in pages]
    if finder is not None:
        results += [
            {"title": c.name, "url": finder.url_for_center(c), "text": c.description}
            for c in centers
        ]
    paginator = Paginator(results, SEARCH_PAGE_SIZE)
    try:
        results_page = paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger):
        results_page = paginator.page(1)
    return TemplateResponse(
        request,
        "home/search_results.html",
        {"query": query, "results": results_page, "count": len(results)},
    )


def _page_summary(page):
    text = getattr(page, "search_description", "") or getattr(page, "intro", "")
    return strip_tags(str(text))


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
