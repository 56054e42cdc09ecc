"""Work that waits until the response has gone out, so that how long it takes (a mail
server's answer, above all) cannot be read from the response time.

A request's callbacks run when Django reports the response delivered (``request_finished``,
sent as the WSGI server closes the response), in the thread that served it. Outside a
request (a management command, a test calling a service) they run at once.
"""

import logging
import threading

from django.core.signals import request_finished, request_started

logger = logging.getLogger(__name__)
_state = threading.local()


def after_response(callback):
    pending = getattr(_state, "pending", None)
    if pending is None:
        callback()
    else:
        pending.append(callback)


def _request_started(**kwargs):
    _state.pending = []


def _request_finished(**kwargs):
    pending = getattr(_state, "pending", None) or []
    _state.pending = None
    for callback in pending:
        try:
            callback()
        except Exception:
            # The response is out; all that is left is to say the work failed.
            logger.exception("Work queued for after the response failed")


def connect():
    request_started.connect(_request_started, dispatch_uid="accounts.after_response.started")
    request_finished.connect(_request_finished, dispatch_uid="accounts.after_response.finished")
