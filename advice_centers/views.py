"""Public views of the directory, served by the routes of ``AdviceCenterIndexPage``.

The guide asks one question per screen, each a plain GET form that carries the earlier
answers in hidden fields, and the last screen submits straight to the finder. One question at
a time suits readers with little German or little reading practice better than a long form,
works without JavaScript, and every step has its own URL that can be bookmarked or sent.
"""

from urllib.parse import urlencode

from django.http import Http404, HttpResponse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext_lazy as _

from advice_centers.choices import NATIVE_LANGUAGE_NAMES, SPOKEN_LANGUAGES, TOPICS
from advice_centers.forms import FinderForm
from advice_centers.selectors import (
    FinderFilters,
    center_alternatives,
    center_districts,
    center_filter,
    center_get,
    center_languages_unknown,
    center_list,
    center_places,
    center_places_unknown,
    sort_key,
)
from advice_centers.services import (
    appointment_sheet_sections,
    center_json_ld,
    center_vcard,
    flyer_pdf,
    json_ld_text,
)
from portal.rules import committee_rules


def _url(base, params):
    return f"{base}?{urlencode(params)}" if params else base


def language_options():
    """Spoken languages by their name in the reader's language, each with its own name."""
    options = [
        {"value": code, "label": str(label), "native": NATIVE_LANGUAGE_NAMES.get(code, "")}
        for code, label in SPOKEN_LANGUAGES
    ]
    return sorted(options, key=lambda option: sort_key(option["label"]))


def _filter_context(*, finder_url, filters, districts, places):
    labels = {
        "language": dict(SPOKEN_LANGUAGES).get(filters.language, ""),
        "topic": dict(TOPICS).get(filters.topic, ""),
        "district": filters.district,
        "place": filters.place,
    }
    active = [
        {
            "name": name,
            "label": labels[name],
            "remove_url": _url(finder_url, filters.as_params(**{name: ""})),
        }
        for name in ("language", "topic", "district", "place")
        if getattr(filters, name)
    ]
    return {
        "filters": filters,
        "active_filters": active,
        "language_label": labels["language"],
        "language_options": language_options(),
        "topic_options": [{"value": code, "label": label} for code, label in TOPICS],
        "district_options": [{"value": name, "label": name} for name in districts],
        "place_options": [{"value": name, "label": name} for name in places],
    }


def _declare_parameters(request, filters, **extra):
    """Tell the page cache which query parameters this page reads and the values it used:
    only addresses made of exactly these are cached (``pagecache.services``)."""
    request.query_parameters_used = {
        "language": filters.language,
        "topic": filters.topic,
        "district": filters.district,
        "place": filters.place,
        **extra,
    }


def _directory(request, *, page):
    """Every offer of the page's locale, the districts and places they name, and the
    reader's filters among those."""
    centers = center_list(locale_id=page.locale_id)
    districts = center_districts(centers)
    places = center_places(centers)
    filters = FinderForm(request.GET, districts=districts, places=places).filters()
    return centers, districts, places, filters


def flyer_url(finder_url, *, place):
    return _url(finder_url + "flyer/", {"place": place} if place else {})


def finder(request, *, page):
    finder_url = page.get_url(request)
    centers, districts, places, filters = _directory(request, page=page)
    _declare_parameters(request, filters)
    results = center_filter(centers, filters=filters)
    languages_unknown = center_languages_unknown(centers, filters=filters)
    alternatives_kind, alternatives = "", []
    if not results and not languages_unknown and filters.active:
        alternatives_kind, alternatives = center_alternatives(centers, filters=filters)
    context = {
        "centers": results,
        "languages_unknown": languages_unknown,
        "total": len(centers),
        "finder_url": finder_url,
        "alternatives_kind": alternatives_kind,
        "alternatives": alternatives,
        "all_url": finder_url,
        "places_unknown": len(
            center_places_unknown([*results, *languages_unknown], place=filters.place)
        ),
        "flyer_url": flyer_url(finder_url, place=filters.place),
        **_filter_context(
            finder_url=finder_url, filters=filters, districts=districts, places=places
        ),
    }
    return page.render(request, context_overrides=context)


GUIDE_QUESTIONS = {
    "language": _("Which language do you speak?"),
    "topic": _("What is it about?"),
    "district": _("Where do you live?"),
    "place": _("Where do you live?"),
}


def guide(request, *, page):
    finder_url = page.get_url(request)
    guide_url = finder_url + page.reverse_subpage("guide_route")
    centers, districts, places, filters = _directory(request, page=page)
    # Where the reader lives: the places offers serve where the directory records them, else
    # the districts the centres are in. Never both, which would ask the same thing twice.
    where = ["place"] if places else ["district"] if districts else []
    questions = ["language", "topic", *where]
    try:
        step = int(request.GET.get("step", "1"))
    except ValueError:
        step = 1
    step = min(max(step, 1), len(questions))
    _declare_parameters(request, filters, step=str(step))
    question = questions[step - 1]
    last = step == len(questions)
    context = _filter_context(
        finder_url=finder_url, filters=filters, districts=districts, places=places
    )
    options = {
        "language": context["language_options"],
        "topic": context["topic_options"],
        "district": context["district_options"],
        "place": context["place_options"],
    }[question]
    hidden = filters.as_params(**{question: ""})
    if not last:
        hidden["step"] = step + 1
    context.update(
        {
            "finder_url": finder_url,
            "step": step,
            "step_count": len(questions),
            "question": question,
            "question_text": GUIDE_QUESTIONS[question],
            "options": options,
            "selected": getattr(filters, question),
            "hidden": hidden,
            "action": finder_url if last else guide_url,
            "back_url": _url(guide_url, {**filters.as_params(), "step": step - 1})
            if step > 1
            else "",
            "matching": len(center_filter(centers, filters=filters)),
            "languages_unknown": len(center_languages_unknown(centers, filters=filters)),
        }
    )
    return page.render(request, template="advice_centers/guide.html", context_overrides=context)


def _center_or_404(page, slug):
    center = center_get(locale_id=page.locale_id, slug=slug)
    if center is None:
        raise Http404
    return center


def center_detail(request, *, page, slug):
    center = _center_or_404(page, slug)
    finder_url = page.get_url(request)
    center_url = request.build_absolute_uri(finder_url + f"{center.slug}/")
    context = {
        "center": center,
        "finder_url": finder_url,
        "vcard_url": finder_url + page.reverse_subpage("vcard_route", kwargs={"slug": slug}),
        "json_ld": json_ld_text(center_json_ld(center=center, url=center_url)),
    }
    return page.render(
        request, template="advice_centers/advice_center.html", context_overrides=context
    )


def center_vcard_download(request, *, page, slug):
    center = _center_or_404(page, slug)
    url = request.build_absolute_uri(page.get_url(request) + f"{center.slug}/")
    response = HttpResponse(
        center_vcard(center=center, url=url), content_type="text/vcard; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{center.slug}.vcf"'
    return response


def flyer_download(request, *, page):
    """The flyer of every offer, or with ``?place=`` of those serving one place; an unknown
    place is dropped like the finder drops it."""
    centers, _districts, _places, filters = _directory(request, page=page)
    place = filters.place
    finder_url = request.build_absolute_uri(page.get_url(request))
    language_code = get_language()
    pdf = flyer_pdf(
        page=page,
        centers=center_filter(centers, filters=FinderFilters(place=place)),
        place=place,
        finder_url=_url(finder_url, {"place": place} if place else {}),
        language_code=language_code,
        bidi=get_language_bidi(),
        today=timezone.localdate(),
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    suffix = f"-{slugify(place)}" if place and slugify(place) else ""
    response["Content-Disposition"] = f'inline; filename="beratung-{language_code}{suffix}.pdf"'
    # The flyer carries today's date: the full-page cache, which keeps a page for a day, must
    # not serve yesterday's. The flyer's own cache is keyed by the date.
    response["Cache-Control"] = "no-cache"
    return response


def appointment_sheet(request, *, page):
    """The printable sheet for an appointment: in the reader's language beside German, so
    that reader and advisor can read the same lines; in German once."""
    rules = committee_rules(request)
    language_code = get_language()
    columns = [
        {
            "lang": language_code,
            "dir": "rtl" if get_language_bidi() else "ltr",
            "sections": appointment_sheet_sections(rules=rules),
        }
    ]
    if language_code != "de":
        with translation.override("de"):
            columns.append(
                {"lang": "de", "dir": "ltr", "sections": appointment_sheet_sections(rules=rules)}
            )
    context = {"finder_url": page.get_url(request), "columns": columns}
    return page.render(
        request, template="advice_centers/appointment_sheet.html", context_overrides=context
    )
