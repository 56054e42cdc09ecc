"""Abuse limits for everything an anonymous visitor can POST.

Counters live in the default cache. Several app processes must see the same counters, or each
one would grant the full allowance again: production therefore runs on Redis (its settings
refuse to start without ``REDIS_URL``), whose INCR is atomic. Keys hold a keyed hash of the
client's address or of the account, never the address itself.

``settings.RATE_LIMITS`` maps each scope to ``(attempts, seconds)``. A client that has made
more than ``attempts`` POSTs of a scope within ``seconds`` gets a 429 page in its language,
with ``Retry-After``, that repeats nothing of what was sent.
"""

from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import salted_hmac

TEMPLATE = "429.html"
LOGIN_TEMPLATE = "registration/locked_out.html"
# Every POST of someone not logged in with both factors, whatever the address: a ceiling for
# forms of Wagtail and Django that have no limit of their own (page and document passwords,
# the admin's login, anything added later).
ANONYMOUS_POST = "anonymous-post"


def client_address(request):
    """The client's address as the trusted reverse proxy reports it, else the socket's.

    With a proxy in front, REMOTE_ADDR is the proxy for everyone; PUBLIC_FORM_CLIENT_IP_HEADER
    names the header it sets (e.g. HTTP_X_FORWARDED_FOR), whose last entry it appended itself.
    """
    if request is None:
        return ""
    header = settings.PUBLIC_FORM_CLIENT_IP_HEADER
    value = request.META.get(header, "") if header else ""
    if value:
        return value.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def _key(scope, identity):
    digest = salted_hmac("portal.rate-limit", f"{scope}|{identity}").hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


def attempt_record(*, scope, identity):
    """Count one attempt of ``identity`` in ``scope``; returns the attempts in this window."""
    _limit, period = settings.RATE_LIMITS[scope]
    key = _key(scope, identity)
    if cache.add(key, 1, timeout=period):
        return 1
    try:
        return cache.incr(key)
    except ValueError:
        # Expired between add() and incr(): this is the first attempt of a new window.
        cache.add(key, 1, timeout=period)
        return 1


def limit_reached(*, scope, identity):
    """True once ``identity`` has used up its attempts in ``scope`` (nothing is counted)."""
    limit, _period = settings.RATE_LIMITS[scope]
    return (cache.get(_key(scope, identity)) or 0) >= limit


def client_limit_hit(*, request, scope):
    """Count one attempt for this client; True once it has made more than allowed."""
    limit, _period = settings.RATE_LIMITS[scope]
    return attempt_record(scope=scope, identity=client_address(request)) > limit


def refusal_page(request, *, retry_after=None, template=TEMPLATE, context=None):
    """The 429 page: in the reader's language, never stored, and without the sent data."""
    response = render(request, template, context or {}, status=429)
    if retry_after:
        response["Retry-After"] = str(int(retry_after))
    add_never_cache_headers(response)
    return response


def too_many_requests(request, *, scope, template=TEMPLATE, context=None):
    """The 429 page of a scope; a client may try again once the scope's period is over."""
    _limit, period = settings.RATE_LIMITS[scope]
    return refusal_page(request, retry_after=period, template=template, context=context)


def post_limit(scope, *, template=TEMPLATE):
    """View decorator: every POST counts for the client; past the limit the view is not run."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "POST" and client_limit_hit(request=request, scope=scope):
                return too_many_requests(request, scope=scope, template=template)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def _fully_logged_in(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class AnonymousPostLimitMiddleware:
    """Counts every POST (and any other method that may change something) of a client that is
    not logged in with both factors."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method not in SAFE_METHODS
            and not _fully_logged_in(request)
            and client_limit_hit(request=request, scope=ANONYMOUS_POST)
        ):
            return too_many_requests(request, scope=ANONYMOUS_POST)
        return self.get_response(request)
