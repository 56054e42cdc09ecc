"""Where the portal relies on Django behaviour that Django does not document.

Each use names the Django version it was checked against; tests/portal/test_framework_internals.py
fails when Django changes it. On a Django upgrade, run that file first and re-check each use
against the new sources before changing the version noted here.
"""

from django.conf.locale import LANG_INFO

CHECKED_VERSION = "5.2.19"


# The error report's context -------------------------------------------------------------------
# Checked against Django 5.2.19: ``ExceptionReporter.get_traceback_data()`` (documented as the
# place to customise reports) returns the context of the technical_500 templates, whose keys are
# not documented. These are the keys that carry what a request sent or an exception's message.
# Django's filter (``get_safe_request_meta``, also undocumented) has already hidden the secret
# settings among the headers; every header outside ``safe_meta`` is hidden here.
REPORT_REQUEST_KEYS = (
    "request_GET_items",
    "request_FILES_items",
    "request_COOKIES_items",
    "request_insecure_uri",
    "request_meta",
)
REPORT_EXCEPTION_KEYS = ("exception_value", "exception_notes", "unicode_hint")


def error_report_withheld(data, *, request, hidden, message, safe_meta):
    """The error report's context without request data, exception message or notes.

    Names of query parameters, uploaded files and cookies stay (``hidden`` replaces the values),
    the address loses its query string, ``message`` replaces the exception's.
    """
    if request is not None:
        data["request_GET_items"] = [(key, hidden) for key in request.GET]
        data["request_FILES_items"] = [(key, hidden) for key in request.FILES]
        data["request_COOKIES_items"] = [(key, hidden) for key in request.COOKIES]
        data["request_insecure_uri"] = request.path
        data["request_meta"] = {
            key: (value if key in safe_meta else hidden)
            for key, value in data.get("request_meta", {}).items()
        }
    if "exception_value" in data:
        data["exception_value"] = message
    data.pop("exception_notes", None)
    data["unicode_hint"] = ""
    return data


# The local-memory cache's entries ---------------------------------------------------------------
# Checked against Django 5.2.19: ``LocMemCache`` keeps its entries in the dict ``_cache``, under
# the full key (prefix and version included), each value pickled. Only tests read it: they look
# for personal data in everything the caches hold, which no public API lists.


def locmem_cache_entries(cache):
    """(key, pickled value) of every entry of a local-memory cache; none for other backends."""
    return list(getattr(cache, "_cache", {}).items())


# A form's errors while it validates ----------------------------------------------------------
# Checked against Django 5.2.19: ``BaseForm._errors`` holds the ErrorDict that ``full_clean``
# fills (None before validation). The public ``Form.errors`` would start a validation of its
# own; the portal's forms read and change the errors while validation is under way.


def form_errors_so_far(form):
    """The form's errors as validation has left them: an ErrorDict, or None before it ran."""
    return form._errors


# Language codes the portal has no catalogue for ----------------------------------------------
# Checked against Django 5.2.19: ``get_supported_language_variant`` (which LocaleMiddleware
# uses for the Accept-Language header, the language cookie and the path) tries, for a code
# as the browser sent it (lower-cased), the codes in ``LANG_INFO[code]["fallback"]`` right
# after the code itself, then the code with its subtags cut off one by one (``fa-af`` →
# ``fa``). Only the first step can turn one language into another (``prs`` → ``fa``); each
# full code needs its own entry, because the fallbacks of a shortened code are not looked up.


def register_language_fallbacks(fallbacks):
    """Let each browser language code in ``fallbacks`` choose the portal language it maps to."""
    for code, target in fallbacks.items():
        LANG_INFO.setdefault(code.lower(), {"fallback": [target]})
