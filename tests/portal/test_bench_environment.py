"""`make bench` starts the site with production settings from a fresh checkout's environment."""

import subprocess
import sys

from bench import run


def test_the_bench_environment_satisfies_the_production_settings(monkeypatch):
    # A fresh machine: none of what production requires is set.
    for name in (
        "DJANGO_SECRET_KEY",
        "DJANGO_ALLOWED_HOSTS",
        "DATABASE_URL",
        "PORTAL_ENCRYPTION_KEYS",
        "REDIS_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    env = run.environment()
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=run.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
