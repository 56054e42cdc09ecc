from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PORTAL_DEMO_ACCOUNTS = True

MEDIA_ROOT = BASE_DIR / ".test-media"
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
PORTAL_ENCRYPTION_KEYS = ["f9uEGvAyqY0Hwq3NO4QmdXqSFbhM2EFgBjkHgFHg7Ao="]  # test only
PRIVATE_STORAGE_ROOT = BASE_DIR / ".test-private"

# Tests that exercise the page cache switch it on themselves; the others see every change.
# Both caches stay in the test process whatever REDIS_URL says: tests clear them freely, and
# those that need Redis configure it themselves.
PAGECACHE_ENABLED = False
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pagecache": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
