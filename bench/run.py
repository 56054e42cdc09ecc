"""`make bench`: the portal under gunicorn with production settings, measured with wrk.

Two gunicorn servers run side by side on loopback, one with the page cache and one without
(PAGECACHE_ENABLED=false is read once at start; no request can switch the cache off). The five
scenarios run alternately, round after round, and the medians of the rounds are compared with
the targets. The exit status is 1 when a target is missed.
"""

import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import redis
from cryptography.fernet import Fernet

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
DURATION = int(os.environ.get("BENCH_SECONDS", "6"))
CONNECTIONS = 8
WORKERS = os.cpu_count() or 2

LUA = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), errors))
end
"""

# name, server ("cached"/"uncached"), path (None: the stylesheet the home page links)
SCENARIOS = [
    ("a static CSS file", "cached", None),
    ("b home page, cached", "cached", "/de/"),
    ("c home page, uncached", "uncached", "/de/"),
    ("d finder in fa, filtered, cached", "cached", "/fa/beratung/?language=fa"),
    ("e content page in ar, cached", "cached", "/ar/ueber-das-gremium/"),
]
CACHED = {
    "b home page, cached",
    "d finder in fa, filtered, cached",
    "e content page in ar, cached",
}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# Production settings need a Redis; without REDIS_URL the bench uses a database of its own on
# the local Redis and empties that one database (never another) before it starts.
BENCH_REDIS_URL = "redis://127.0.0.1:6379/15"
# The bench's page cache: a database of its own on the same server (production keeps the pages
# on a Redis server of their own, README "Redis in production").
BENCH_PAGECACHE_REDIS_URL = "redis://127.0.0.1:6379/14"


def environment():
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DJANGO_SECRET_KEY=env.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="false",
        DATABASE_URL=env.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        REDIS_URL=env.get("REDIS_URL") or BENCH_REDIS_URL,
        PAGECACHE_REDIS_URL=env.get("PAGECACHE_REDIS_URL") or BENCH_PAGECACHE_REDIS_URL,
        # Public pages only: a throw-away key when none is configured (nothing is decrypted).
        PORTAL_ENCRYPTION_KEYS=env.get("PORTAL_ENCRYPTION_KEYS") or Fernet.generate_key().decode(),
        DJANGO_LOG_LEVEL="WARNING",
    )
    return env


def bench_redis_flush(env):
    """Empty the bench's own Redis databases; a configured REDIS_URL or PAGECACHE_REDIS_URL is
    left alone."""
    for name, own in (
        ("REDIS_URL", BENCH_REDIS_URL),
        ("PAGECACHE_REDIS_URL", BENCH_PAGECACHE_REDIS_URL),
    ):
        if env[name] == own:
            redis.Redis.from_url(own).flushdb()


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def start_gunicorn(env, port, cache):
    server_env = {**env, "PAGECACHE_ENABLED": "true" if cache else "false"}
    command = [
        PYTHON,
        "-m",
        "gunicorn",
        "portal.wsgi",
        f"--bind=127.0.0.1:{port}",
        f"--workers={WORKERS}",
        "--log-level=warning",
    ]
    process = subprocess.Popen(command, cwd=BASE_DIR, env=server_env, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit(f"gunicorn on port {port} did not answer /healthz")


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def stylesheet_path(base):
    _status, _headers, body = fetch(base + "/de/")
    match = re.search(rb'<link rel="stylesheet" href="(/static/[^"]+\.css)"', body)
    if not match:
        raise SystemExit("the home page links no stylesheet")
    return match[1].decode()


def check_servers(urls):
    """The cached server must answer from its cache, the other must not."""
    for name, url in urls.items():
        for _ in range(3):
            status, headers, _body = fetch(url)
        if status != 200:
            raise SystemExit(f"{name}: {url} answered {status}")
        if name in CACHED and headers.get("X-Cache") != "HIT":
            raise SystemExit(f"{name}: {url} is not served from the page cache")
        if name.startswith("c ") and headers.get("X-Cache") == "HIT":
            raise SystemExit(f"{name}: {url} came from the page cache")


def wrk(url, script, seconds):
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "-s", script, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(r"RESULT (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)", output)
    if not match:
        raise SystemExit(f"unexpected wrk output:\n{output}")
    requests, micros, p50, p95, p99, errors = (int(value) for value in match.groups())
    return {
        "rps": requests / (micros / 1e6),
        "p50": p50 / 1000,
        "p95": p95 / 1000,
        "p99": p99 / 1000,
        "errors": errors,
    }


def evaluate(results):
    static = results["a static CSS file"]
    failures = []
    for name in CACHED:
        row = results[name]
        if row["rps"] < 0.5 * static["rps"]:
            failures.append(f"{name}: {row['rps']:.0f} req/s < 0.5 x static")
        if row["p95"] > 3 * static["p95"]:
            failures.append(f"{name}: p95 {row['p95']:.2f} ms > 3 x static p95")
        if row["p99"] > 4 * row["p50"]:
            failures.append(f"{name}: p99/p50 = {row['p99'] / row['p50']:.1f} > 4")
    uncached = results["c home page, uncached"]
    if uncached["rps"] < 0.04 * static["rps"]:
        failures.append(f"c home page, uncached: {uncached['rps']:.0f} req/s < 0.04 x static")
    for name, row in results.items():
        if row["errors"]:
            failures.append(f"{name}: {row['errors']} failed requests")
    return failures


def print_table(results):
    static = results["a static CSS file"]
    print()
    print(
        f"wrk, {CONNECTIONS} connections, {DURATION} s per run, {ROUNDS} alternating rounds, "
        f"gunicorn {WORKERS} workers; medians"
    )
    print("| scenario | req/s | p50 ms | p95 ms | p99 ms | req/s vs (a) | p95 vs (a) | p99/p50 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, row in results.items():
        print(
            f"| {name} | {row['rps']:.0f} | {row['p50']:.2f} | {row['p95']:.2f} "
            f"| {row['p99']:.2f} | {row['rps'] / static['rps']:.2f} "
            f"| {row['p95'] / static['p95']:.2f} | {row['p99'] / row['p50']:.1f} |"
        )
    print()


def main():
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install -y wrk")
    try:
        # Servers and wrk inherit this: on a shared machine, neighbours then disturb less.
        os.nice(-10)
    except PermissionError:
        print("(running at normal priority; as root the bench raises its own)")
    env = environment()
    print(f"database: {env['DATABASE_URL'].split('@')[-1]}")
    print(f"cache: {env['REDIS_URL']}")
    bench_redis_flush(env)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "seed_portal")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "pagecache_clear")

    ports = {"cached": free_port(), "uncached": free_port()}
    servers = [
        start_gunicorn(env, ports["cached"], cache=True),
        start_gunicorn(env, ports["uncached"], cache=False),
    ]
    try:
        bases = {kind: f"http://127.0.0.1:{port}" for kind, port in ports.items()}
        css = stylesheet_path(bases["cached"])
        urls = {name: bases[server] + (path or css) for name, server, path in SCENARIOS}
        check_servers(urls)
        runs = {name: [] for name in urls}
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(LUA)
        for round_number in range(1, ROUNDS + 1):
            for name, url in urls.items():
                wrk(url, script.name, 1)  # settle connections and worker caches
                runs[name].append(wrk(url, script.name, DURATION))
            print(f"round {round_number}/{ROUNDS} done")
        os.unlink(script.name)
    finally:
        for server in servers:
            os.killpg(server.pid, signal.SIGTERM)
        for server in servers:
            server.wait(timeout=30)

    results = {
        name: {
            metric: statistics.median(run[metric] for run in rows)
            for metric in ("rps", "p50", "p95", "p99", "errors")
        }
        for name, rows in runs.items()
    }
    print_table(results)
    failures = evaluate(results)
    for failure in failures:
        print("MISSED:", failure)
    if failures:
        return 1
    print("All targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
