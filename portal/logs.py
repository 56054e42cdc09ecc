"""Logs without personal data.

What people type reaches the code as request data, and from there it can slip into an
exception's message (a database error quotes the offending value, a parser the text it could
not read). Log records therefore keep an exception's type and stack, never its message: every
record is cleaned when it is made, before any handler (console, syslog, an error tracker) sees
it. Error reports (``mail_admins``) show no request data and no local variables outside DEBUG.
SQL with its parameters is logged only with DEBUG, which production settings never set.
"""

import errno
import logging
import logging.config
import traceback

from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

from portal import django_internals

WITHHELD = "(message withheld: it may hold personal data)"


def _describe(exc):
    name = f"{type(exc).__module__}.{type(exc).__qualname__}"
    code = getattr(exc, "errno", None)
    # An errno says what went wrong (refused, timed out) without anyone's data.
    if isinstance(exc, OSError) and isinstance(code, int) and code in errno.errorcode:
        return f"{name} [{errno.errorcode[code]}] {WITHHELD}"
    return f"{name} {WITHHELD}"


def exception_text(exc):
    """The traceback of ``exc`` and the exceptions chained to it, with types and stack frames
    but no message."""
    chain = []
    seen = set()
    current = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        if current.__cause__ is not None:
            current = current.__cause__
        elif not current.__suppress_context__:
            current = current.__context__
        else:
            current = None
    blocks = []
    for item in reversed(chain):
        lines = ["Traceback (most recent call last):\n"]
        lines += traceback.format_tb(item.__traceback__)
        lines.append(_describe(item))
        blocks.append("".join(lines))
    return "\n\nThe above led to:\n\n".join(blocks)


def _clean(value):
    if isinstance(value, BaseException):
        return _describe(value)
    return value


def record_clean(record):
    """Replace exceptions in a log record by their withheld description."""
    if record.exc_info and record.exc_info[1] is not None:
        record.exc_text = exception_text(record.exc_info[1])
        # Formatters render exc_text; nothing downstream can read the message any more.
        record.exc_info = None
    record.msg = _clean(record.msg)
    if isinstance(record.args, tuple):
        record.args = tuple(_clean(arg) for arg in record.args)
    elif isinstance(record.args, dict):
        record.args = {key: _clean(arg) for key, arg in record.args.items()}
    return record


_base_factory = None


def _factory(*args, **kwargs):
    return record_clean(_base_factory(*args, **kwargs))


def record_factory_install():
    global _base_factory
    if _base_factory is None:
        _base_factory = logging.getLogRecordFactory()
        logging.setLogRecordFactory(_factory)


def configure(config):
    """``LOGGING_CONFIG``: Django's dictConfig, and every record cleaned from then on."""
    record_factory_install()
    if config:
        logging.config.dictConfig(config)


# Request headers an error report may show as they are; any other is withheld (addresses,
# the referring page's query, the browser's identity, cookies).
SAFE_META = frozenset(
    {
        "REQUEST_METHOD",
        "PATH_INFO",
        "SCRIPT_NAME",
        "SERVER_NAME",
        "SERVER_PORT",
        "SERVER_PROTOCOL",
        "CONTENT_TYPE",
        "CONTENT_LENGTH",
        "HTTP_HOST",
        "HTTP_ACCEPT",
        "HTTP_ACCEPT_ENCODING",
        "HTTP_ACCEPT_LANGUAGE",
        "wsgi.url_scheme",
    }
)


class ReporterFilter(SafeExceptionReporterFilter):
    """Error reports (DEBUG off) show neither POST data nor the values of local variables: any
    of them may be what someone typed. Request headers: see ``Reporter``."""

    def get_post_parameters(self, request):
        if request is None or not self.is_active(request):
            return super().get_post_parameters(request)
        return dict.fromkeys(request.POST, self.cleansed_substitute)

    def get_traceback_frame_variables(self, request, tb_frame):
        if not self.is_active(request):
            return super().get_traceback_frame_variables(request, tb_frame)
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]


class Reporter(ExceptionReporter):
    """Error reports (DEBUG off): besides the filter's cleaning, no query string, uploaded
    file name, cookie, request header beyond the technical ones or exception message."""

    def get_traceback_data(self):
        data = super().get_traceback_data()
        if not self.filter.is_active(self.request):
            return data
        return django_internals.error_report_withheld(
            data,
            request=self.request,
            hidden=self.filter.cleansed_substitute,
            message=WITHHELD,
            safe_meta=SAFE_META,
        )
