import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
COMPLETE = {
    "DJANGO_SECRET_KEY": "x" * 60,
    "DJANGO_ALLOWED_HOSTS": "portal.example.org",
    "DATABASE_URL": "postgres://portal@127.0.0.1:5432/portal",
    "PORTAL_ENCRYPTION_KEYS": "f9uEGvAyqY0Hwq3NO4QmdXqSFbhM2EFgBjkHgFHg7Ao=",
    "REDIS_URL": "redis://127.0.0.1:6379/12",
    "PAGECACHE_REDIS_URL": "redis://127.0.0.1:6380/0",
}


def load_production_settings(env_overrides, code="print('started')"):
    env = {key: value for key, value in os.environ.items() if key not in COMPLETE}
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("missing", sorted(COMPLETE))
def test_production_refuses_to_start_without(missing):
    result = load_production_settings({k: v for k, v in COMPLETE.items() if k != missing})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_production_starts_with_every_variable_set():
    result = load_production_settings(COMPLETE)
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


@pytest.mark.parametrize("name", ["REDIS_URL", "PAGECACHE_REDIS_URL"])
def test_production_refuses_a_redis_url_that_is_not_one(name):
    result = load_production_settings({**COMPLETE, name: "127.0.0.1:6379"})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"{name} must be a redis://" in result.stderr


@pytest.mark.parametrize(
    "pages",
    ["redis://127.0.0.1:6379/12", "redis://127.0.0.1/12", "redis://127.0.0.1:6379/12/"],
)
def test_production_refuses_pages_and_counters_in_one_redis_database(pages):
    result = load_production_settings({**COMPLETE, "PAGECACHE_REDIS_URL": pages})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "PAGECACHE_REDIS_URL must not be REDIS_URL" in result.stderr


def test_production_keeps_pages_and_counters_in_separate_redis_caches():
    code = (
        "from django.conf import settings; "
        "print(settings.CACHES['pagecache']['BACKEND'], settings.CACHES['pagecache']['LOCATION'])"
    )
    result = load_production_settings(COMPLETE, code)
    assert result.returncode == 0, result.stderr
    backend, location = result.stdout.split()
    assert backend == "django_redis.cache.RedisCache"
    assert location == COMPLETE["PAGECACHE_REDIS_URL"]


def test_production_counts_rate_limits_in_redis_and_never_logs_sql():
    code = (
        "from django.conf import settings; "
        "print(settings.CACHES['default']['BACKEND'], settings.CACHES['default']['LOCATION']); "
        "print('DEBUG', settings.DEBUG)"
    )
    result = load_production_settings({**COMPLETE, "DJANGO_DEBUG": "true"}, code)
    assert result.returncode == 0, result.stderr
    backend, location = result.stdout.splitlines()[0].split()
    assert backend == "django_redis.cache.RedisCache"
    assert location == COMPLETE["REDIS_URL"]
    # Django logs SQL with its parameters (typed form data) only when DEBUG is on.
    assert "DEBUG False" in result.stdout


def test_production_refuses_to_create_demo_accounts():
    script = (
        "import django; django.setup();"
        "from demo.accounts import demo_accounts_ensure;"
        "demo_accounts_ensure()"
    )
    env = {**os.environ, **COMPLETE, "DJANGO_SETTINGS_MODULE": "portal.settings.production"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "Demo accounts are disabled" in result.stderr
