"""Full-page cache for anonymous readers, with exact invalidation.

What is cached: the 200 response of a GET that Wagtail's page serving answered (the
``before_serve_page`` hook marks the request), for a request without any cookie other than the
CSRF and language cookies and without an ``Authorization`` header. Nothing else: no admin, no
intake or committee views, no ``/healthz``, no preview, no response that sets a cookie (a CSRF
token sets one), asks for privacy (``Cache-Control: private/no-store/no-cache``), varies on
anything but ``Cookie``/``Accept-Encoding``, or streams.

How invalidation stays exact: every cached response remembers the moment its request started
and a set of *tags*; every tag holds the moment it was last invalidated. A cached response is
served only while all its tags were last invalidated before its request started, so a response
rendered from data that changed while it was being rendered is never served. Invalidating is
writing "now" into a tag, once at the change and again after the transaction commits. Nothing
is ever flushed wholesale, and no index of keys has to be kept consistent.

The tags of a response:

- ``site`` — everything on the site. Navigation, breadcrumbs, footer, language switcher and
  listings show other pages' titles and addresses on every page, so a *structural* change
  bumps it: a page is created live, unpublished, deleted or moved, or a published page changes
  its title, slug, address, menu flag, locale or expiry.
- ``page:<translation_key>`` — the page that was served. A content-only change of a live page
  (body, intro, SEO fields) bumps the page's own translation group and its parent's group,
  nothing else. A translation group is a page in every language: wagtail-localize's alias
  pages (the synced German fallback in the other trees) share the source's translation key,
  and a parent may list its children's teasers.
- ``table:<db_table>`` — every other database table the render read, recorded from the SQL
  that ran. Saving or deleting a row of such a model (an advice centre, the site links, an
  image) bumps its table's tag, so pages that show advice centres (finder, centre pages,
  contact cards) change with the centres and the others do not. Tables every page reads
  (sites, locales, view restrictions) bump ``site`` as well, and pages carry ``site`` instead
  of their tags, which keeps the tag list short (``portal.sites`` reads the sites table's).
  A template fragment cache would hide such reads; keep fragment caches out of public pages.

How the cache stays bounded, whatever anonymous visitors send:

- Only *canonical* addresses are stored: a query string is stored only when every parameter
  in it is one the page declared it reads, given once, with exactly the value the page
  understood (see ``request_query_is_canonical``). Any other query string gets the same page
  as always, rendered and not stored, so random or invalid parameters cannot add entries.
- Entries live in ``PAGECACHE_MAX_ENTRIES`` fixed slots: an address may occupy one of two
  slots chosen by its hash, and a new page replaces the older occupant. However many
  addresses arrive, there are never more page entries than slots, each of at most
  ``PAGECACHE_MAX_BYTES``; the Redis server of the page cache adds its own ``maxmemory``
  with an LRU policy (README, "Redis in production").

The clocks of all web servers must agree (NTP) when several share one cache.
"""

import hashlib
import re
import threading
import time
from collections import OrderedDict
from urllib.parse import parse_qsl, urlencode

from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import caches
from django.core.signals import setting_changed
from django.db import DEFAULT_DB_ALIAS, transaction
from django.dispatch import receiver
from wagtail.models import Page

SITE_TAG = "site"
KEY_PREFIX = "pagecache"

DEFAULTS = {
    "PAGECACHE_ENABLED": True,
    "PAGECACHE_CACHE_ALIAS": "default",
    # Cached responses stay valid until invalidated; the timeout only frees memory.
    "PAGECACHE_TIMEOUT": 24 * 60 * 60,
    # A reverse proxy cannot be told about invalidations, so it may keep a page only briefly.
    "PAGECACHE_BROWSER_MAX_AGE": 60,
    "PAGECACHE_PROXY_MAX_AGE": 60,
    # Public pages are well below this (tests/pagecache/test_page_weight.py); with the slot
    # count it bounds the page cache: 2,048 x 128 KB = 256 MB at the very most.
    "PAGECACHE_MAX_BYTES": 128 * 1024,
    "PAGECACHE_MAX_ENTRIES": 2048,
    "PAGECACHE_LOCAL_ENTRIES": 256,
    "PAGECACHE_MAX_QUERY_LENGTH": 300,
    "PAGECACHE_EXCLUDED_PATHS": (
        "/admin/",
        "/healthz",
        "/captcha/",
        "/documents/",
        "/static/",
        "/media/",
    ),
    # Models that no public page shows; saving them does not touch the cache.
    "PAGECACHE_UNTRACKED_APPS": (
        "accounts",
        "admin",
        "axes",
        "cases",
        "captcha",
        "contenttypes",
        "django_tasks",
        "otp_static",
        "otp_totp",
        "sessions",
        "wagtail_localize",
        "wagtailadmin",
        "wagtailsearch",
    ),
}

# Tables read by every render whose changes the page tags already describe.
_UNTAGGED_TABLES = frozenset({"django_content_type", "django_session"})
# Tables every page reads (routing, locale, view restrictions): a change is site-wide.
SITE_WIDE_TABLES = frozenset(
    {"wagtailcore_site", "wagtailcore_locale", "wagtailcore_pageviewrestriction"}
)
_TABLE_PATTERN = re.compile(r'\b(?:FROM|JOIN)\s+["`]?([A-Za-z_][A-Za-z0-9_]*)', re.IGNORECASE)
_PREVIEW_PARAMETER = re.compile(r"(?:^|&)preview(?:[=&]|$)")
_ALLOWED_VARY = frozenset({"cookie", "accept-encoding"})
_PRIVATE_DIRECTIVES = ("private", "no-store", "no-cache")
_deploy_fingerprint = None
_page_tables = None
_model_tables = None


_settings_cache = {}


def setting(name):
    # Read on every request: a missing setting would raise and catch inside LazySettings.
    try:
        return _settings_cache[name]
    except KeyError:
        value = _settings_cache[name] = getattr(settings, name, DEFAULTS[name])
        return value


@receiver(setting_changed)
def _forget_settings(**kwargs):
    _settings_cache.clear()


def _cache():
    return caches[setting("PAGECACHE_CACHE_ALIAS")]


def _tag_key(tag):
    return f"{KEY_PREFIX}:tag:{tag}"


def _fingerprint():
    """Static file names change with each deploy; pages that link the old names must go."""
    global _deploy_fingerprint
    if _deploy_fingerprint is None:
        hashed = getattr(staticfiles_storage, "hashed_files", None) or {}
        digest = hashlib.sha256(repr(sorted(hashed.items())).encode()).hexdigest()[:16]
        _deploy_fingerprint = digest
    return _deploy_fingerprint


def page_tables():
    """The tables of Page and its subclasses: their changes arrive as page or site tags."""
    global _page_tables
    if _page_tables is None:
        _page_tables = frozenset(
            model._meta.db_table for model in apps.get_models() if issubclass(model, Page)
        )
    return _page_tables


def model_tables():
    """Every table a model owns; only a model's save or delete can invalidate a tag."""
    global _model_tables
    if _model_tables is None:
        _model_tables = frozenset(
            model._meta.db_table for model in apps.get_models(include_auto_created=True)
        )
    return _model_tables


def tables_in_sql(sql):
    return set(_TABLE_PATTERN.findall(sql))


def pagecache_tags(*, page_key=None, tables=()):
    tags = {SITE_TAG}
    if page_key:
        tags.add(f"page:{page_key}")
    untagged = _UNTAGGED_TABLES | SITE_WIDE_TABLES | page_tables()
    # Names that are no model's table (a query's own WITH names) would make tags nothing bumps.
    tags.update(
        f"table:{table}" for table in tables if table not in untagged and table in model_tables()
    )
    return tags


def request_is_eligible(request):
    """Whether this request may be answered from, or stored in, the page cache."""
    if not setting("PAGECACHE_ENABLED") or request.method not in ("GET", "HEAD"):
        return False
    if any(request.path_info.startswith(prefix) for prefix in setting("PAGECACHE_EXCLUDED_PATHS")):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    harmless = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    if any(name not in harmless for name in request.COOKIES):
        return False
    query = request.META.get("QUERY_STRING", "")
    if len(query) > setting("PAGECACHE_MAX_QUERY_LENGTH"):
        return False
    return not _PREVIEW_PARAMETER.search(query)


# The attribute a view sets on the request: each query parameter its page reads, with the
# value the page used ("" for one it ignored or that was absent).
QUERY_PARAMETERS_USED = "query_parameters_used"


def request_query_is_canonical(request):
    """Whether the address names the page exactly as the page understood it.

    True for an address without query string, and for one whose every parameter the page
    declared in ``request.query_parameters_used``, given once, with exactly the value the
    page used. An unknown parameter, a repeated one, or a value the page dropped or corrected
    (an unknown language, ``step=02``) makes the address one the cache does not keep.
    """
    used = getattr(request, QUERY_PARAMETERS_USED, None) or {}
    pairs = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
    names = [name for name, _value in pairs]
    if len(names) != len(set(names)):
        return False
    return all(name in used and value == str(used[name]) for name, value in pairs)


def request_cache_key(request):
    # A stable sort keeps repeated parameters in their order, so ?a=1&a=2 stays itself.
    params = sorted(parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True))
    url = f"{request.scheme}://{request.get_host()}{request.path}?{urlencode(params)}"
    # The address, not yet a cache key: its entry lives in one of two slots (``_slot_keys``).
    return hashlib.sha256(f"{_fingerprint()}|{url}".encode()).hexdigest()


def response_is_cacheable(request, response):
    if request.method != "GET" or getattr(request, "_pagecache_page_key", None) is None:
        return False
    if getattr(request, "is_preview", False) or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # Never a page rendered for a logged-in person (its header names them). Their session
    # cookie already keeps them out; this holds should they ever arrive without one.
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if not request_query_is_canonical(request):
        return False
    if response.has_header("Set-Cookie") or response.has_header("Content-Encoding"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in _PRIVATE_DIRECTIVES):
        return False
    vary = {item.strip().lower() for item in response.get("Vary", "").split(",") if item.strip()}
    if not vary <= _ALLOWED_VARY:
        return False
    return len(response.content) <= setting("PAGECACHE_MAX_BYTES")


def add_public_cache_control(response):
    if not response.has_header("Cache-Control"):
        response["Cache-Control"] = (
            f"public, max-age={setting('PAGECACHE_BROWSER_MAX_AGE')}, "
            f"s-maxage={setting('PAGECACHE_PROXY_MAX_AGE')}"
        )


class _LocalEntries:
    """The last few responses this process served, so a hit costs one cache round trip.

    Only the bodies are kept here; whether one may still be served is asked of the shared
    cache's tags on every request, exactly as for an entry fetched from there.
    """

    def __init__(self):
        self._entries = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key, entry):
        if len(entry[-1]) > _LOCAL_MAX_BYTES:
            return
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > setting("PAGECACHE_LOCAL_ENTRIES"):
                self._entries.popitem(last=False)

    def discard(self, key):
        with self._lock:
            self._entries.pop(key, None)


# Bounds the memory of each worker: 256 pages of at most 64 KB.
_LOCAL_MAX_BYTES = 64 * 1024
# (address, request started, tags, status, headers, content)
_ENTRY_LENGTH = 6
_local_entries = _LocalEntries()


def _still_valid(cache, entry):
    started, tags = entry[1], entry[2]
    tag_keys = [_tag_key(tag) for tag in tags]
    stamps = cache.get_many(tag_keys)
    return len(stamps) == len(tag_keys) and all(stamp < started for stamp in stamps.values())


def _slot_keys(key):
    """The two slots an address may occupy; there are PAGECACHE_MAX_ENTRIES slots in all.

    Two candidates instead of one keep two busy pages whose hashes meet in one slot from
    pushing each other out on every request.
    """
    digest = hashlib.sha256(key.encode()).digest()
    slots = setting("PAGECACHE_MAX_ENTRIES")
    first = int.from_bytes(digest[:8], "big") % slots
    second = int.from_bytes(digest[8:16], "big") % slots
    return list(dict.fromkeys(f"{KEY_PREFIX}:page:{slot}" for slot in (first, second)))


def _entry_of(key, stored):
    """The entry of ``key`` among the slots' contents (a slot holds whichever address came
    last, so each entry names its own address)."""
    for entry in stored.values():
        if isinstance(entry, tuple) and len(entry) == _ENTRY_LENGTH and entry[0] == key:
            return entry
    return None


def pagecache_lookup(*, key):
    """The stored (status, headers, content) if it is still valid, else None."""
    cache = _cache()
    entry = _local_entries.get(key)
    if entry is not None:
        if _still_valid(cache, entry):
            return entry[3:]
        _local_entries.discard(key)
    entry = _entry_of(key, cache.get_many(_slot_keys(key)))
    if entry is None or not _still_valid(cache, entry):
        return None
    _local_entries.put(key, entry)
    return entry[3:]


def _slot_for(key, stored, slot_keys):
    """The slot a new entry of ``key`` goes to: the one that holds it already, else an empty
    one, else the one whose page was rendered longest ago."""
    for slot_key in slot_keys:
        entry = stored.get(slot_key)
        if isinstance(entry, tuple) and entry and entry[0] == key:
            return slot_key
    for slot_key in slot_keys:
        if slot_key not in stored:
            return slot_key

    def rendered_at(slot_key):
        entry = stored[slot_key]
        valid = isinstance(entry, tuple) and len(entry) == _ENTRY_LENGTH
        return entry[1] if valid else 0

    return min(slot_keys, key=rendered_at)


def pagecache_store(*, key, started, tags, response):
    cache = _cache()
    tag_keys = [_tag_key(tag) for tag in sorted(tags)]
    present = cache.get_many(tag_keys)
    for tag_key in tag_keys:
        if tag_key not in present:
            # Unknown (new or evicted): count it as changed just before this request began.
            cache.add(tag_key, started - 1, timeout=None)
    headers = [
        (name, value) for name, value in response.items() if name.lower() not in ("x-cache",)
    ]
    entry = (key, started, tuple(sorted(tags)), response.status_code, headers, response.content)
    slot_keys = _slot_keys(key)
    slot_key = _slot_for(key, cache.get_many(slot_keys), slot_keys)
    cache.set(slot_key, entry, timeout=setting("PAGECACHE_TIMEOUT"))
    _local_entries.put(key, entry)


def _stamp(tags):
    if tags:
        _cache().set_many({_tag_key(tag): time.time_ns() for tag in tags}, timeout=None)


def pagecache_invalidate(*, tags, using=DEFAULT_DB_ALIAS):
    """Mark tags as changed now and again once the surrounding transaction commits.

    The first stamp makes the change visible at once to readers of the same process; the
    second discards what other requests cached from the old data before the commit.
    """
    tags = set(tags)
    if not tags:
        return
    _stamp(tags)
    transaction.on_commit(lambda: _stamp(tags), using=using)


def table_tags(table):
    """The tags a saved or deleted row of ``table`` invalidates: the table's own, and ``site``
    for a table every page reads (pages carry ``site`` instead of such a table's tag)."""
    tags = {f"table:{table}"}
    if table in SITE_WIDE_TABLES:
        tags.add(SITE_TAG)
    return tags


def tag_stamp(tag):
    """When ``tag`` was last invalidated, as every process sees it.

    A stamp nobody has written yet, or one the cache evicted, is written now, so that whoever
    compares it with one read before sees a change, as a stored page with that tag does. None
    from a cache that keeps nothing.
    """
    cache = _cache()
    key = _tag_key(tag)
    stamp = cache.get(key)
    if stamp is None:
        cache.add(key, time.time_ns(), timeout=None)
        stamp = cache.get(key)
    return stamp


def table_stamp(table):
    """When a row of ``table`` was last saved or deleted through the ORM, or the page cache
    cleared, as every process sees it (see ``tag_stamp``)."""
    return tag_stamp(f"table:{table}")


def pagecache_clear():
    """Invalidate every cached page (after a deploy that changed templates or translations),
    and count everything every page reads as changed (after data changed without signals)."""
    pagecache_invalidate(tags={SITE_TAG, *(f"table:{table}" for table in SITE_WIDE_TABLES)})
