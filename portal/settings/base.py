"""Settings shared by every environment. Secrets and hosts come from the environment."""

import os
import shutil
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _

from portal.languages import (
    READER_LANGUAGES,
    RTL_LANGUAGES,
    SOURCE_LANGUAGE,
    machine_translator_from_env,
    register_lang_info,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent

register_lang_info()


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
# Earlier keys, while data keyed with them is rewritten (README: "Changing DJANGO_SECRET_KEY").
SECRET_KEY_FALLBACKS = env_list("DJANGO_SECRET_KEY_FALLBACKS")
DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "advice_centers",
    "search",
    "accounts",
    "cases",
    "committee",
    "referrals",
    # Only the migrations that created the case tables before they moved to the apps above.
    "intake",
    "pagecache",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "captcha",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "portal.middleware.PortalCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "portal.middleware.WagtailSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.ratelimit.AnonymousPostLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.SessionLifetimeMiddleware",
    "accounts.middleware.AdminSecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"
# Widgets are templates too: the project's templates/ can hold them (e.g. the captcha).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "committee.context_processors.committee_identity",
                "committee.context_processors.referrals_link",
            ],
        },
    },
]

# Database: DATABASE_URL, else an SQLite file in the project folder (first run, quick tests).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts: password plus a second factor (accounts app), lockout by username and address together.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "accounts.auth.PortalModelBackend",
]
AXES_USERNAME_CALLABLE = "accounts.auth.axes_username"
LOGIN_URL = "accounts:login"
# Where each role lands after login when no page was asked for: its own work. The first listed
# group of the user wins; anyone else with access to the Wagtail admin (editors, the office,
# the administrator) goes there.
ROLE_HOME_URLS = {"Committee": "committee:case_list", "Advisors": "cases:case_list"}
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
# Locking by name alone would let anyone lock a real advisor out; the pair needs their address.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.auth.lockout_response"
AXES_VERBOSE = False
# The same client address as the rate limits (behind the proxy: the header it sets). Log lines
# mask name and address (AXES_SENSITIVE_PARAMETERS, axes' default).
AXES_CLIENT_IP_CALLABLE = "portal.ratelimit.client_address"


def _totp_issuer(device):
    # The committee's name from its rules, read when an authenticator entry is made.
    from portal.rules import committee_rules

    return committee_rules().committee_name


OTP_TOTP_ISSUER = _totp_issuer
# The committee's rules (a Wagtail site setting), applied by accounts and cases too.
COMMITTEE_RULES_MODEL = "committee.CommitteeRules"
SESSION_IDLE_TIMEOUT = 30 * 60
SESSION_ABSOLUTE_LIFETIME = 8 * 60 * 60
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_LIFETIME

# Case data at rest: comma-separated Fernet keys, the first one encrypts (see portal/crypto.py).
PORTAL_ENCRYPTION_KEYS = env_list("PORTAL_ENCRYPTION_KEYS")
PRIVATE_STORAGE_ROOT = Path(os.environ.get("PRIVATE_STORAGE_ROOT", BASE_DIR / "var" / "private"))
CONSENT_FILE_MAX_BYTES = 10 * 1024 * 1024
EVIDENCE_FILE_MAX_BYTES = int(os.environ.get("EVIDENCE_FILE_MAX_BYTES", 10 * 1024 * 1024))
# Per case or draft: enough for a thick file, few enough that a loop cannot fill the disk.
EVIDENCE_FILES_MAX = 30
# Photos of uploaded documents: a 64-megapixel phone camera's full-size photo fits, yet the
# limit stays below Pillow's default (about 89 million), which only guards against bombs.
UPLOAD_IMAGE_MAX_PIXELS = 70_000_000
CAPTCHA_TEST_MODE = False

# Internationalisation
LANGUAGE_CODE = SOURCE_LANGUAGE
LANGUAGES = READER_LANGUAGES
# Django's default list lacks Pashto; without it <html dir> would say ltr for ps.
LANGUAGES_BIDI = sorted(RTL_LANGUAGES)
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Browsers ask for /favicon.ico and /apple-touch-icon.png at the site root whatever a page
# links: WhiteNoise answers them from this folder, before any view or the page cache.
WHITENOISE_ROOT = BASE_DIR / "static" / "icons"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail: console by default; real SMTP when EMAIL_HOST is set.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
OFFICE_EMAIL = os.environ.get("OFFICE_EMAIL", "geschaeftsstelle@localhost")

# Cache: local memory unless REDIS_URL points at a shared Redis. The default cache holds the
# rate-limit counters (portal/ratelimit.py): its Redis server must never evict a key.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Full-page cache for anonymous readers (pagecache/services.py explains what and how). Its
# invalidations must reach every worker process: a Redis server of its own when
# PAGECACHE_REDIS_URL is set, else files on disk. Never the counters' server: pages may be
# evicted, the counters may not (README, "Redis in production").
PAGECACHE_ENABLED = os.environ.get("PAGECACHE_ENABLED", "true").lower() == "true"
PAGECACHE_REDIS_URL = os.environ.get("PAGECACHE_REDIS_URL", "")
if PAGECACHE_REDIS_URL:
    CACHES["pagecache"] = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": PAGECACHE_REDIS_URL,
        "KEY_PREFIX": "portal-pages",
    }
else:
    CACHES["pagecache"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("PAGECACHE_DIR", str(BASE_DIR / "var" / "pagecache")),
        "OPTIONS": {"MAX_ENTRIES": 5_000},
    }
PAGECACHE_CACHE_ALIAS = "pagecache"

# Sessions and cookies
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Readers' pages and the intake need no inline script at all; a nonce is there for the rare
# template that must carry one. The Wagtail admin gets its own policy (portal/middleware.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

# Wagtail
# The admin's title by default, the name of the first committee; each installation's own name
# is in its committee rules and is what readers see.
WAGTAIL_SITE_NAME = _("Bleiberechte fördern")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
# The admin makes no third-party requests either: no avatars from Gravatar, no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# wagtail-localize: machine translation is off unless an operator configures a backend
# (DEEPL_API_KEY or LIBRETRANSLATE_URL, see portal/languages.py).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_env(os.environ)

# portal/logs.py: log records keep an exception's type and stack, never its message; error
# reports show no request data.
LOGGING_CONFIG = "portal.logs.configure"
DEFAULT_EXCEPTION_REPORTER = "portal.logs.Reporter"
DEFAULT_EXCEPTION_REPORTER_FILTER = "portal.logs.ReporterFilter"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # Background index updates log every task at INFO, and WeasyPrint each step of loading its
    # stylesheets when it is imported; that is noise, not news.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# Abuse limits (portal/ratelimit.py): POSTs per client address and period in seconds, counted
# in the shared cache under a hashed key; past the limit the answer is 429. The texts of the
# 429 pages name the periods: a quarter of an hour for the login steps, an hour otherwise.
RATE_LIMITS = {
    # The question to the office and the accessibility feedback.
    "public-form": (
        int(os.environ.get("PUBLIC_FORM_RATE_LIMIT", "10")),
        int(os.environ.get("PUBLIC_FORM_RATE_PERIOD", "3600")),
    ),
    "register": (5, 60 * 60),
    # Any names from one address; django-axes locks a name and address pair after 5 failures.
    "login": (20, 15 * 60),
    "second-factor": (10, 15 * 60),
    # Wrong codes for one account across all sessions and addresses.
    "second-factor-account": (10, 15 * 60),
    "password-reset": (5, 60 * 60),
    "password-reset-confirm": (10, 60 * 60),
    # The public application form, where the committee opens it: each of its steps.
    "public-application": (20, 60 * 60),
    # Reference and secret of a case: few tries, so that secrets cannot be guessed.
    "public-status": (10, 60 * 60),
    # Every POST of someone not logged in with both factors, on any address of the site.
    "anonymous-post": (100, 60 * 60),
}
# Behind a reverse proxy: the META key of the header it sets with the client's address.
PUBLIC_FORM_CLIENT_IP_HEADER = os.environ.get("PUBLIC_FORM_CLIENT_IP_HEADER", "")
PUBLIC_FORM_RETENTION_DAYS = int(os.environ.get("PUBLIC_FORM_RETENTION_DAYS", "90"))
# Audio version of the security code; flite is a Debian package. Also looked for where Debian
# puts it, for app servers started with a PATH that leaves /usr/bin out (home.checks).
CAPTCHA_FLITE_PATH = (
    os.environ.get("CAPTCHA_FLITE_PATH")
    or shutil.which("flite")
    or shutil.which("flite", path="/usr/local/bin:/usr/bin")
)
CAPTCHA_TIMEOUT = 30  # minutes: slow readers and screen-reader users need time
CAPTCHA_LENGTH = 5
CAPTCHA_FONT_SIZE = 32
