"""Anonymous visitors cannot fill Redis: only canonical addresses are stored, in a fixed
number of slots, and the page cache lives apart from the rate-limit counters, which a full
page cache can never push out."""

import socket
import subprocess
import time
import uuid

import pytest
import redis
from django.core.cache import caches
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.http import HttpResponse

from pagecache.checks import redis_eviction_check
from pagecache.services import pagecache_lookup, pagecache_store
from portal import ratelimit

pytestmark = pytest.mark.django_db

# A database of its own on the local Redis; each test adds a key prefix of its own on top.
SHARED_REDIS_URL = "redis://127.0.0.1:6379/13"
FINDER = "/de/beratung/"
LOGIN = "/de/accounts/login/"


def redis_cache(location):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
    }


def page_keys(alias="pagecache"):
    return set(caches[alias].keys("pagecache:page:*"))


def all_keys(alias="pagecache"):
    return set(caches[alias].keys("*"))


@pytest.fixture
def redis_caches(settings):
    """Counters and pages on the real Redis, as in production."""
    settings.PAGECACHE_ENABLED = True
    settings.CACHES = {
        "default": redis_cache(SHARED_REDIS_URL),
        "pagecache": redis_cache(SHARED_REDIS_URL),
    }
    yield
    # Only this test's keys: clear() would flush the whole database.
    for alias in ("default", "pagecache"):
        caches[alias].delete_pattern("*")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_server():
    """Starts Redis servers of the test's own with the given settings; stops them after."""
    processes = []

    def start(*options):
        port = free_port()
        process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                *options,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        processes.append(process)
        url = f"redis://127.0.0.1:{port}/0"
        client = redis.Redis.from_url(url)
        deadline = time.monotonic() + 30
        while True:
            try:
                client.ping()
                return url
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=30)


def x_cache(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response["X-Cache"]


CANONICAL = [
    FINDER,
    FINDER + "?language=ar",
    FINDER + "?language=ar&topic=work",
    FINDER + "?language=&topic=&district=",
    FINDER + "wegweiser/",
    FINDER + "wegweiser/?step=2&language=ar",
]


def random_query_strings(count):
    """What an attacker sends: unknown parameters, unknown and repeated filter values, known
    parameters with junk added, and steps written differently."""
    shapes = [
        "?q={n}",
        "?language=xx{n}",
        "?language=ar&utm_source={n}",
        "?topic=work&topic=t{n}",
        "?language=ar&topic=work&{n}",
        "wegweiser/?step=0{n}",
        "wegweiser/?step=2&language=ar&x={n}",
        "?district=Nowhere{n}",
    ]
    return [FINDER + shapes[n % len(shapes)].format(n=n) for n in range(count)]


def test_a_thousand_query_strings_add_no_entry_beyond_the_canonical_ones(
    client, seeded_site, redis_caches
):
    for url in CANONICAL:
        assert x_cache(client, url) == "MISS"
        assert x_cache(client, url) == "HIT"
    # The same addresses in another order, and with the filters' blank values, are the same.
    assert x_cache(client, FINDER + "?topic=work&language=ar") == "HIT"
    assert x_cache(client, FINDER + "?district=&topic=&language=") == "HIT"
    canonical_keys = all_keys()
    assert len(page_keys()) == len(CANONICAL)

    urls = random_query_strings(1000 - len(CANONICAL))
    assert len(set(urls + CANONICAL)) == 1000
    for url in urls:
        # A normal page for every one of them, never stored.
        assert x_cache(client, url) == "MISS"

    assert all_keys() == canonical_keys
    for url in CANONICAL:
        assert x_cache(client, url) == "HIT"


def test_unknown_values_and_absurd_query_strings_get_a_normal_page(client, cached_site):
    for url in [
        FINDER + "?language=%00&topic=%3Cscript%3E&district=" + "x" * 5000,
        FINDER + "?" + "&".join(f"p{n}={n}" for n in range(2000)),
        FINDER + "?language=%FF%FE",
        FINDER + "wegweiser/?step=" + "9" * 5000,
        "/de/ueber-das-gremium/?" + "a" * 100_000,
    ]:
        for _ in range(2):
            response = client.get(url)
            assert response.status_code == 200
            assert response.get("X-Cache") != "HIT"


def test_a_page_that_reads_no_parameters_is_stored_only_without_them(client, cached_site):
    assert x_cache(client, "/de/ueber-das-gremium/?ref=newsletter") == "MISS"
    assert x_cache(client, "/de/ueber-das-gremium/?ref=newsletter") == "MISS"
    assert x_cache(client, "/de/ueber-das-gremium/") == "MISS"
    assert x_cache(client, "/de/ueber-das-gremium/") == "HIT"


def stored_page(key, size=10_000):
    pagecache_store(
        key=key,
        started=time.time_ns(),
        tags={"site"},
        response=HttpResponse(b"x" * size),
    )


def test_the_number_of_entries_is_capped_however_many_addresses_come(settings, redis_caches):
    settings.PAGECACHE_MAX_ENTRIES = 16
    for number in range(500):
        stored_page(f"address-{number}")
    assert 0 < len(page_keys()) <= 16
    # The newest page is there; the cap pushed out older ones.
    assert pagecache_lookup(key="address-499")[2] == b"x" * 10_000


def test_a_page_larger_than_the_limit_is_not_stored(client, settings, cached_site):
    settings.PAGECACHE_MAX_BYTES = 1000
    for _ in range(2):
        assert x_cache(client, "/de/ueber-das-gremium/") == "MISS"


def test_counters_survive_a_full_page_cache(client, settings, seeded_site, redis_server):
    settings.PAGECACHE_ENABLED = True
    pages_url = redis_server("--maxmemory", "3mb", "--maxmemory-policy", "allkeys-lru")
    settings.CACHES = {
        "default": redis_cache(SHARED_REDIS_URL),
        "pagecache": redis_cache(pages_url),
    }
    settings.PAGECACHE_MAX_ENTRIES = 100_000  # Redis's own limit is the one that bites here
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login": (3, 900)}
    try:
        for number in range(3):
            client.post(LOGIN, {"username": f"guess{number}@example.org", "password": "x"})
        ratelimit.attempt_record(scope="second-factor-account", identity=4711)
        counters = set(caches["default"].keys("ratelimit:*"))
        assert len(counters) == 3  # login, every anonymous POST, the account's codes

        # Far more pages than the page cache's Redis may hold.
        for number in range(1500):
            stored_page(f"address-{number}")
        # Redis's LRU clock counts in seconds: only keys at least a tick older than the
        # finder's page and tags make them the older ones when the next write evicts.
        time.sleep(1.1)
        assert x_cache(client, FINDER) == "MISS"
        assert x_cache(client, FINDER) == "HIT"
        memory = redis.Redis.from_url(pages_url).info()
        assert memory["evicted_keys"] > 0
        assert memory["used_memory"] <= memory["maxmemory"] + 512 * 1024

        # Every counter is still there and still counts: the next attempt is refused.
        assert set(caches["default"].keys("ratelimit:*")) == counters
        refused = client.post(LOGIN, {"username": "guess9@example.org", "password": "x"})
        assert refused.status_code == 429
        assert refused["Retry-After"] == "900"
        assert ratelimit.attempt_record(scope="second-factor-account", identity=4711) == 2
    finally:
        caches["default"].delete_pattern("*")


def test_deploy_check_accepts_separate_servers_with_the_documented_policies(
    settings, redis_server
):
    counters_url = redis_server("--maxmemory", "16mb", "--maxmemory-policy", "noeviction")
    pages_url = redis_server("--maxmemory", "16mb", "--maxmemory-policy", "allkeys-lru")
    settings.CACHES = {"default": redis_cache(counters_url), "pagecache": redis_cache(pages_url)}
    assert redis_eviction_check() == []


def test_deploy_check_refuses_servers_that_could_evict_counters_or_grow_without_limit(
    settings, redis_server
):
    # One server for both, as a single Redis with two databases would be: it cannot be both.
    shared = redis_server("--maxmemory", "16mb", "--maxmemory-policy", "allkeys-lru")
    settings.CACHES = {
        "default": redis_cache(shared),
        "pagecache": redis_cache(shared.removesuffix("/0") + "/1"),
    }
    assert [problem.id for problem in redis_eviction_check()] == ["pagecache.W002"]

    unlimited = redis_server("--maxmemory-policy", "noeviction")
    settings.CACHES = {"default": redis_cache(unlimited), "pagecache": redis_cache(unlimited)}
    assert [problem.id for problem in redis_eviction_check()] == ["pagecache.W003"]
    with pytest.raises(SystemCheckError, match="pagecache.W003"):
        call_command("check", "--deploy", "--fail-level", "WARNING", "--tag", "caches")


def test_deploy_check_names_a_redis_it_cannot_reach(settings):
    settings.CACHES = {
        "default": redis_cache(f"redis://127.0.0.1:{free_port()}/0"),
        "pagecache": redis_cache(f"redis://127.0.0.1:{free_port()}/0"),
    }
    problems = redis_eviction_check()
    assert [problem.id for problem in problems] == ["pagecache.W001", "pagecache.W001"]
    assert "'default'" in problems[0].msg and "'pagecache'" in problems[1].msg
