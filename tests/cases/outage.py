"""A database that can go away: the app under test reaches PostgreSQL through a TCP hop the
test controls, served the way a sync gunicorn worker serves it, and a browser without magic.

The machine's PostgreSQL keeps running; only the app's way to it is cut.
"""

import contextlib
import http.client
import re
import selectors
import socket
import threading
from http.cookies import SimpleCookie

from django.core.handlers.wsgi import WSGIHandler
from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer
from django.db import connections
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

# How psycopg ends a transaction: a simple-protocol query message holding just COMMIT.
COMMIT_MESSAGE = b"Q\x00\x00\x00\x0bCOMMIT\x00"


class DatabaseProxy:
    """Forwards 127.0.0.1:<port> to the real server.

    ``stop`` is the database going down as the app sees it: the port refuses connections and
    every open connection ends at once. ``start`` brings it back on the same port.
    """

    def __init__(self, host, port):
        self.target = (host, int(port))
        self.port = 0
        self.connections_accepted = 0
        self._thread = None
        self._wake = None
        self._cut_at_commit = threading.Event()
        self.commit_answered = threading.Event()

    def start(self):
        self.stop()  # what is left of a run that ended by itself
        listener = socket.create_server(("127.0.0.1", self.port))  # SO_REUSEADDR on POSIX
        self.port = listener.getsockname()[1]
        wake_read, self._wake = socket.socketpair()
        self._thread = threading.Thread(
            target=self._run, args=(listener, wake_read), name="db-proxy", daemon=True
        )
        self._thread.start()

    def stop(self):
        if self._thread is None:
            return
        with contextlib.suppress(OSError):
            self._wake.send(b"x")
        self._thread.join(timeout=10)
        self._wake.close()
        self._thread = None

    def cut_after_next_commit(self):
        """Let the next COMMIT reach the database, wait until it has answered, then go down
        before the answer reaches the app: committed, but the app cannot know."""
        self._cut_at_commit.set()

    def _run(self, listener, wake_read):
        selector = selectors.DefaultSelector()
        selector.register(listener, selectors.EVENT_READ, "accept")
        selector.register(wake_read, selectors.EVENT_READ, "wake")
        pairs = _SocketPairs(selector)
        awaiting_commit_answer = set()
        try:
            while True:
                for key, _events in selector.select():
                    if key.data == "wake":
                        return
                    if key.data == "accept":
                        client, _address = listener.accept()
                        pairs.open(client, socket.create_connection(self.target))
                        self.connections_accepted += 1
                    elif self._relay(key, pairs, awaiting_commit_answer):
                        return
        finally:
            pairs.close_all()
            listener.close()
            wake_read.close()
            selector.close()

    def _relay(self, key, pairs, awaiting_commit_answer):
        """Pass one read on to the other end; True once the watched COMMIT was answered."""
        sock = key.fileobj
        if sock not in pairs.partner:
            return False
        try:
            data = sock.recv(65536)
        except ConnectionError:
            data = b""
        if not data:
            pairs.close(sock)
            return False
        if sock in awaiting_commit_answer:
            self.commit_answered.set()
            return True
        if key.data == "client" and self._cut_at_commit.is_set() and COMMIT_MESSAGE in data:
            self._cut_at_commit.clear()
            awaiting_commit_answer.add(pairs.partner[sock])
        pairs.partner[sock].sendall(data)
        return False


class _SocketPairs:
    """Client and server sockets of the proxied connections, each registered for reading."""

    def __init__(self, selector):
        self.selector = selector
        self.partner = {}

    def open(self, client, server):
        self.partner[client], self.partner[server] = server, client
        self.selector.register(client, selectors.EVENT_READ, "client")
        self.selector.register(server, selectors.EVENT_READ, "server")

    def close(self, sock):
        for end in (sock, self.partner.pop(sock, None)):
            if end is not None:
                self.partner.pop(end, None)
                self.selector.unregister(end)
                end.close()

    def close_all(self):
        for sock in list(self.partner):
            sock.close()


class QuietRequestHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


class AppServer:
    """The project's WSGI application in one thread, answering one request after the other,
    as a sync gunicorn worker does: one persistent database connection, which Django's request
    signals open, check and close as in production (the test client switches that off)."""

    def __init__(self, *, database_port):
        self.database_port = database_port
        self._httpd = WSGIServer(("127.0.0.1", 0), QuietRequestHandler)
        self._httpd.set_app(WSGIHandler())
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._serve, name="app-server", daemon=True)

    def _serve(self):
        # Only this thread's connection takes the detour; the test's own stays direct.
        connection = connections["default"]
        connection.settings_dict = {
            **connection.settings_dict,
            "HOST": "127.0.0.1",
            "PORT": str(self.database_port),
        }
        try:
            self._httpd.serve_forever(poll_interval=0.05)
        finally:
            connections.close_all()

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._httpd.shutdown()
        self._thread.join(timeout=10)
        self._httpd.server_close()


class Response:
    def __init__(self, status, headers, body):
        self.status_code = status
        self.headers = headers
        self.text = body.decode("utf-8", "replace")

    def form_value(self, name):
        match = re.search(rf'name="{re.escape(name)}" value="([^"]*)"', self.text)
        return match.group(1) if match else None


class Browser:
    """Cookies, forms with files, no redirects followed."""

    def __init__(self, port, cookies=None):
        self.port = port
        self.cookies = dict(cookies or {})

    def _request(self, method, path, body=None, content_type=None):
        headers = {"Host": f"127.0.0.1:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if content_type:
            headers["Content-Type"] = content_type
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            answer = connection.getresponse()
            body = answer.read()
        finally:
            connection.close()
        for header in answer.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return Response(answer.status, answer.headers, body)

    def get(self, path):
        return self._request("GET", path)

    def post(self, path, data):
        return self._request(
            "POST", path, body=encode_multipart(BOUNDARY, data), content_type=MULTIPART_CONTENT
        )
