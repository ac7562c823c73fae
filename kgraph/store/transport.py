"""HTTP for `kgraph.store.push`: a deadline per request, answers safe to print.

urllib's timeout bounds each socket operation, so a server trickling a byte
a second never times out; `Deadline` bounds the whole request by shutting its
sockets when the time is up. `redactor` and `shown` make a server's answer fit
one printed line without credentials or control characters.
"""

from __future__ import annotations

import contextlib
import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from typing import Any

__all__ = [
    "REDACTED",
    "Deadline",
    "DeadlineHTTPHandler",
    "DeadlineHTTPSHandler",
    "error_body",
    "redactor",
    "shown",
]

#: what replaces a credential in printed text
REDACTED = "[redacted]"
_BODY_LIMIT = 65_536  # bytes of an error answer read (and redacted) at most
#: an Authorization header echoed by a server, as text or JSON: (name, value)
_AUTH_HEADER_RE = re.compile(
    r"""((?:proxy-)?authorization["']?\s*[:=]\s*)"""
    r"""("[^"\r\n]*"?|'[^'\r\n]*'?|[^\r\n]*)""",
    re.IGNORECASE,
)


class Deadline:
    """A total time limit for one request: when it passes, its sockets are shut.

    Give `connect` to the request's connections (the handlers below do), and
    run the request inside ``with deadline.running(seconds):``; afterwards
    ``expired`` says whether the time ran out.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._end = 0.0
        self._request = 0  # which request the clock runs for
        self.expired = False

    @contextlib.contextmanager
    def running(self, seconds: float) -> Iterator[None]:
        """Start the clock for one request; stop it when the block ends."""
        with self._lock:
            self._request += 1
            self.expired, self._end = False, time.monotonic() + seconds
        timer = threading.Timer(seconds, self._expire, args=(self._request,))
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()
            with self._lock:
                self._sockets.clear()
                self._request += 1  # a timer firing late finds it over

    def _expire(self, request: int) -> None:
        with self._lock:
            if request != self._request:
                return
            self.expired = True
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)  # wakes a blocked read

    def connect(
        self, address: tuple[str, int], timeout: Any = None, *args: Any
    ) -> socket.socket:
        """`socket.create_connection` within the time left, its socket watched."""
        left = max(self._end - time.monotonic(), 0.001)
        if isinstance(timeout, int | float):
            left = min(left, timeout)
        sock = socket.create_connection(address, left, *args)
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                sock.shutdown(socket.SHUT_RDWR)
        return sock


def _watched(
    cls: type[http.client.HTTPConnection], deadline: Deadline
) -> Callable[..., http.client.HTTPConnection]:
    """A factory of ``cls`` connections whose sockets ``deadline`` can shut."""

    def make(host: str, **kwargs: Any) -> http.client.HTTPConnection:
        connection = cls(host, **kwargs)
        connection._create_connection = deadline.connect  # type: ignore[attr-defined]
        return connection

    return make


class DeadlineHTTPHandler(urllib.request.HTTPHandler):
    """urllib's ``http://`` handler, its connections watched by a `Deadline`."""

    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        make = _watched(http.client.HTTPConnection, self._deadline)
        return self.do_open(make, req)


class DeadlineHTTPSHandler(urllib.request.HTTPSHandler):
    """urllib's ``https://`` handler (default TLS context), watched by a `Deadline`."""

    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        make = _watched(http.client.HTTPSConnection, self._deadline)
        return self.do_open(make, req)


def redactor(secrets: Iterable[str]) -> Callable[[str], str]:
    """A function replacing ``secrets``, and Authorization header values, by a mark.

    Parameters
    ----------
    secrets : iterable of str
        The values to hide (empty ones are ignored); longer ones go first,
        so a password inside a token is not half replaced.

    Returns
    -------
    callable
        ``redact(text) -> str``, with each secret, and the value of any
        ``Authorization:`` header (as text or JSON) in it, `REDACTED`.

    Examples
    --------
    >>> redact = redactor(["s3cret"])
    >>> redact("token s3cret; Authorization: Basic YWRtaW4= (echoed)")
    'token [redacted]; Authorization: [redacted]'
    """
    ordered = sorted({s for s in secrets if s}, key=len, reverse=True)

    def redact(text: str) -> str:
        for secret in ordered:
            text = text.replace(secret, REDACTED)
        return _AUTH_HEADER_RE.sub(lambda m: m.group(1) + REDACTED, text)

    return redact


def shown(text: str, limit: int) -> str:
    """``text`` on one line, without control characters, at most ``limit`` long.

    Examples
    --------
    >>> shown("HTTP 500\\r\\n\\x1b[31mboom\\x1b[0m  " + "x" * 20, 20)
    'HTTP 500 [31mboom […'
    """
    text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def error_body(err: urllib.error.HTTPError) -> str:
    """The start of a server's error answer, or what came of it if cut off."""
    try:
        data = err.read(_BODY_LIMIT)
    except http.client.IncompleteRead as cut:
        data = cut.partial
    except (OSError, http.client.HTTPException):
        data = b""
    return data.decode("utf-8", "replace")
