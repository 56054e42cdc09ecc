"""Deploy checks: the page cache can never push the rate-limit counters out of Redis.

Redis sets ``maxmemory`` and the eviction policy per server, not per database, so the pages
and the counters need two servers: the counters' one never evicts (``noeviction``), the
pages' one has a memory limit and drops the least recently used keys (``allkeys-lru``).
"""

from django.conf import settings
from django.core import checks
from django_redis import get_redis_connection
from redis.exceptions import RedisError

COUNTERS_ALIAS = "default"
PAGES_ALIAS = "pagecache"
PAGE_POLICIES = ("allkeys-lru", "allkeys-lfu")


def _is_redis(alias):
    return settings.CACHES.get(alias, {}).get("BACKEND", "").startswith("django_redis.")


def _memory_settings(alias):
    """(maxmemory, policy) as the server reports them; INFO works where CONFIG is disabled."""
    info = get_redis_connection(alias).info("memory")
    return int(info.get("maxmemory", 0)), str(info.get("maxmemory_policy", ""))


def _unreachable(alias, error):
    return checks.Warning(
        f"Cannot ask the Redis of the '{alias}' cache for its memory settings: {error}",
        hint="Start it before `manage.py check --deploy`; README, 'Redis in production'.",
        id="pagecache.W001",
    )


def redis_eviction_check(app_configs=None, **kwargs):
    if not (_is_redis(COUNTERS_ALIAS) and _is_redis(PAGES_ALIAS)):
        return []
    problems = []
    try:
        _maxmemory, policy = _memory_settings(COUNTERS_ALIAS)
    except RedisError as error:
        problems.append(_unreachable(COUNTERS_ALIAS, error))
    else:
        if policy != "noeviction":
            problems.append(
                checks.Warning(
                    f"The Redis of the rate-limit counters evicts keys ({policy}): a full "
                    "server would drop login and second-factor counters.",
                    hint="Set maxmemory-policy noeviction on it (REDIS_URL).",
                    id="pagecache.W002",
                )
            )
    try:
        maxmemory, policy = _memory_settings(PAGES_ALIAS)
    except RedisError as error:
        problems.append(_unreachable(PAGES_ALIAS, error))
    else:
        if maxmemory == 0 or policy not in PAGE_POLICIES:
            problems.append(
                checks.Warning(
                    f"The Redis of the page cache has maxmemory {maxmemory} and policy "
                    f"{policy}: it must have a memory limit and evict the least used pages.",
                    hint="Set maxmemory and maxmemory-policy allkeys-lru on a Redis server "
                    "of its own (PAGECACHE_REDIS_URL); deploy/redis/pages.conf.",
                    id="pagecache.W003",
                )
            )
    return problems


def connect():
    checks.register(redis_eviction_check, checks.Tags.caches, deploy=True)
