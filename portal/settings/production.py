"""Production: refuses to start without its secrets and its shared cache, serves static files
with WhiteNoise."""

from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

REQUIRED_VARIABLES = (
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "DATABASE_URL",
    "PORTAL_ENCRYPTION_KEYS",
    # Rate limits and the page cache's invalidations must hold across every app process and
    # server; a per-process cache would grant each one the full allowance again.
    "REDIS_URL",
    # The page cache in a Redis of its own, so that pages can never push out the counters.
    "PAGECACHE_REDIS_URL",
)
_missing = [name for name in REQUIRED_VARIABLES if not os.environ.get(name)]
if _missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables: " + ", ".join(_missing)
    )

for _name in ("REDIS_URL", "PAGECACHE_REDIS_URL"):
    if not os.environ[_name].startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(
            f"{_name} must be a redis://, rediss:// or unix:// address of a shared Redis."
        )


def _redis_database(url):
    """Server and database number a Redis URL names, defaults filled in."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return parts.path, parse_qs(parts.query).get("db", ["0"])[0]
    return parts.hostname, parts.port or 6379, parts.path.strip("/") or "0"


if _redis_database(os.environ["PAGECACHE_REDIS_URL"]) == _redis_database(os.environ["REDIS_URL"]):
    raise ImproperlyConfigured(
        "PAGECACHE_REDIS_URL must not be REDIS_URL: the page cache needs a Redis server "
        "whose eviction policy may drop pages, the rate-limit counters one that never evicts "
        "(README, 'Redis in production'). `manage.py check --deploy` verifies both servers."
    )
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "portal",
    },
    "pagecache": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ["PAGECACHE_REDIS_URL"],
        "KEY_PREFIX": "portal-pages",
    },
}

DEBUG = False
PORTAL_ENCRYPTION_KEYS = env_list("PORTAL_ENCRYPTION_KEYS")
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
PORTAL_DEMO_ACCOUNTS = False
# Nor does production run with them: each app process refuses to start while the database
# holds a login with the demo password or authenticator secret (``check --deploy`` too).
# Right after WhiteNoise: the public static files need no database.
MIDDLEWARE = [*MIDDLEWARE]  # noqa: F405
MIDDLEWARE.insert(
    MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1,
    "accounts.middleware.DemoAccountsRefusalMiddleware",
)

STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
