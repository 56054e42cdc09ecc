import time
from contextlib import ExitStack

from django.db import connections
from django.http import HttpResponse

from pagecache import services


class _TableRecorder:
    """Database execute wrapper that notes which tables a render reads."""

    def __init__(self):
        self.tables = set()

    def __call__(self, execute, sql, params, many, context):
        self.tables.update(services.tables_in_sql(sql))
        return execute(sql, params, many, context)


class PageCacheMiddleware:
    """Answers anonymous readers from the page cache; see ``pagecache.services``.

    Sits right after WhiteNoise: a hit skips sessions, locale, CSRF and authentication, which
    is why it must never store anything those could have made personal.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not services.request_is_eligible(request):
            return self.get_response(request)

        started = time.time_ns()
        key = services.request_cache_key(request)
        stored = services.pagecache_lookup(key=key)
        if stored is not None:
            return self._replay(stored)

        recorder = _TableRecorder()
        with ExitStack() as stack:
            for connection in connections.all():
                stack.enter_context(connection.execute_wrapper(recorder))
            response = self.get_response(request)

        if services.response_is_cacheable(request, response):
            services.add_public_cache_control(response)
            tags = services.pagecache_tags(
                page_key=request._pagecache_page_key, tables=recorder.tables
            )
            services.pagecache_store(key=key, started=started, tags=tags, response=response)
        response["X-Cache"] = "MISS"
        return response

    @staticmethod
    def _replay(stored):
        status, headers, content = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Cache"] = "HIT"
        return response
