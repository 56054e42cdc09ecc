"""Test settings for app processes that a test starts itself: the default cache is the Redis
that REDIS_URL names, as in production, so that the processes share their counters."""

import os

from portal.settings.test import *  # noqa: F403

CACHES = {
    **CACHES,  # noqa: F405
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "portal",
    },
}
