"""The limits hold across app processes: two gunicorn servers on one database and one Redis
count together, so the 429 comes at the same total as with a single process."""

import http.cookiejar
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import redis
from captcha.models import CaptchaStore
from django.db import connection

from home.models import Submission

PROJECT_DIR = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/12"
LIMIT = 3
CONTACT = "/de/kontakt/"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(tmp_path):
    """The test database as the servers reach it: PostgreSQL's own, or SQLite's in-memory
    database copied into a file."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        path = tmp_path / "portal.sqlite3"
        connection.ensure_connection()
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()
        return f"sqlite:///{path}", path
    user = urllib.parse.quote(settings["USER"] or "")
    password = urllib.parse.quote(settings["PASSWORD"] or "")
    credentials = f"{user}:{password}@" if password else f"{user}@" if user else ""
    host = f"{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}"
    return f"postgres://{credentials}{host}/{settings['NAME']}", None


class Servers:
    def __init__(self, url, count=2):
        self.processes = []
        self.bases = []
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.portal.shared_cache_settings",
            "DATABASE_URL": url,
            "DATABASE_CONN_MAX_AGE": "0",
            "REDIS_URL": REDIS_URL,
            "PUBLIC_FORM_RATE_LIMIT": str(LIMIT),
            "DJANGO_LOG_LEVEL": "WARNING",
        }
        for _ in range(count):
            port = free_port()
            command = [
                sys.executable,
                "-m",
                "gunicorn",
                "portal.wsgi",
                f"--bind=127.0.0.1:{port}",
                "--workers=1",
                "--log-level=warning",
            ]
            self.processes.append(
                subprocess.Popen(
                    command,
                    cwd=PROJECT_DIR,
                    env=env,
                    start_new_session=True,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            self.bases.append(f"http://127.0.0.1:{port}")
        for base in self.bases:
            self.wait(base)

    def wait(self, base):
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=5):  # noqa: S310
                    return
            except OSError:
                time.sleep(0.3)
        raise AssertionError(f"{base} did not answer /healthz")

    def stop(self):
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            process.wait(timeout=30)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def shared_redis():
    store = redis.Redis.from_url(REDIS_URL)
    store.flushdb()
    yield store
    store.flushdb()


@pytest.fixture
def two_servers(transactional_db, tmp_path, shared_redis, demo_seed):
    demo_seed()
    url, sqlite_path = database_url(tmp_path)
    servers = Servers(url)
    servers.sqlite_path = sqlite_path
    yield servers
    servers.stop()


def captcha_response(servers, hashkey):
    if servers.sqlite_path is None:
        return CaptchaStore.objects.get(hashkey=hashkey).response
    with sqlite3.connect(servers.sqlite_path) as db:
        row = db.execute(
            "SELECT response FROM captcha_captchastore WHERE hashkey = ?", (hashkey,)
        ).fetchone()
    return row[0]


def submissions(servers):
    if servers.sqlite_path is None:
        return Submission.objects.count()
    with sqlite3.connect(servers.sqlite_path) as db:
        return db.execute("SELECT COUNT(*) FROM home_submission").fetchone()[0]


def send_question(opener, servers, base, number):
    """What a reader does: load the form, read the picture, send; returns the status."""
    with opener.open(base + CONTACT, timeout=30) as response:
        html = response.read().decode()
    key = re.search(r'name="captcha_0" value="([^"]+)"', html).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    data = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "email": f"reader{number}@example.org",
            "message": f"Frage {number}",
            "captcha_0": key,
            "captcha_1": captcha_response(servers, key),
        }
    ).encode()
    try:
        with opener.open(base + CONTACT, data=data, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_two_processes_share_one_count(two_servers, shared_redis):
    opener = urllib.request.build_opener(
        NoRedirect, urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    first, second = two_servers.bases
    statuses = [
        send_question(opener, two_servers, (first, second)[attempt % 2], attempt)
        for attempt in range(LIMIT + 2)
    ]
    # Sent alternately to both processes: the same answers as one process gives.
    assert statuses == [302] * LIMIT + [429, 429]
    assert submissions(two_servers) == LIMIT
    # The one count is in Redis, under a hashed key.
    keys = shared_redis.keys("portal:*ratelimit:public-form:*")
    assert len(keys) == 1
    assert b"127.0.0.1" not in keys[0]
    assert int(shared_redis.get(keys[0])) == LIMIT + 2
