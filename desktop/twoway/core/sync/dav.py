"""The few WebDAV requests sync needs (RFC 4918, CalDAV RFC 4791, CardDAV RFC 6352), sent
through the `caldav` library's client, which handles the connection and authentication.

Every failure becomes a DavError with a plain sentence: wrong password, server gone, TLS
problem, or the server refusing a change.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlparse
from xml.sax.saxutils import escape

from twoway.core.marks import QT_TRANSLATE_NOOP, Message, message

if TYPE_CHECKING:
    from caldav.response import DAVResponse

D = "{DAV:}"
C = "{urn:ietf:params:xml:ns:caldav}"
CARD = "{urn:ietf:params:xml:ns:carddav}"
CS = "{http://calendarserver.org/ns/}"
_NS = 'xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav" xmlns:card="urn:ietf:params:xml:ns:carddav" xmlns:cs="http://calendarserver.org/ns/"'
_MULTIGET_BATCH = 250


class DavError(Exception):
    """A request that failed; `message` says why in plain words."""

    def __init__(self, text: Message, status: int = 0) -> None:
        super().__init__(text)
        self.message = text
        self.status = status


class Unauthorized(DavError):
    pass


class Unreachable(DavError):
    pass


class PreconditionFailed(DavError):
    """The item changed on the server since we read it (If-Match failed)."""


@dataclass
class Collection:
    url: str
    name: str
    kind: str  # "calendar" or "addressbook"
    components: set[str] = field(default_factory=set)  # VEVENT, VTODO for calendars


@dataclass
class Item:
    href: str
    etag: str
    data: str = ""


def _xml(body: str) -> str:
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}'


class DavClient:
    def __init__(self, url: str, user: str, password: str, timeout: int = 30) -> None:
        # The submodule itself: the package's lazy attribute hides the class's type.
        from caldav.davclient import DAVClient

        self.url = url if url.endswith("/") else url + "/"
        parsed = urlparse(self.url)
        self._client = DAVClient(
            url=self.url,
            username=user or None,
            password=password or None,
            timeout=timeout,
            enable_rfc6764=False,
            # A server on this very machine (a local Radicale) may speak plain HTTP.
            require_tls=parsed.hostname not in ("127.0.0.1", "localhost", "::1"),
        )
        self.host = parsed.netloc

    def close(self) -> None:
        self._client.close()

    # --- transport -----------------------------------------------------------------------

    def request(
        self, url: str, method: str, body: str = "", headers: dict[str, str] | None = None
    ) -> DAVResponse:
        from caldav.lib import error

        try:
            response = self._client.request(url, method, body, headers or {})
        except error.AuthorizationError as exc:
            raise Unauthorized(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "%1 did not accept the user name or password (an app password may be needed); nothing was changed.",
                    ),
                    self.host,
                ),
                401,
            ) from exc
        except error.DAVError as exc:
            raise DavError(_refused(self.host, exc)) from exc
        except OSError as exc:  # connection refused, reset, time-outs, TLS (all OSErrors)
            raise _unreachable(self.host, exc) from exc
        except Exception as exc:
            # The HTTP layer's own errors do not all derive from OSError.
            if _is_http_error(exc):
                raise _unreachable(self.host, exc) from exc
            raise
        if response.status in (401, 403):
            raise Unauthorized(
                message(
                    QT_TRANSLATE_NOOP("Messages", "%1 did not allow this (the server said %2)."),
                    self.host,
                    response.status,
                ),
                response.status,
            )
        if response.status == 412:
            raise PreconditionFailed(
                message(
                    QT_TRANSLATE_NOOP("Messages", "The item changed on %1 meanwhile."), self.host
                ),
                412,
            )
        if response.status >= 400:
            raise DavError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "%1 refused a change (the server said %2 %3)."),
                    self.host,
                    response.status,
                    getattr(response, "reason", "") or "",
                ),
                response.status,
            )
        return response

    def _multistatus(
        self, url: str, method: str, body: str, depth: int
    ) -> list[tuple[str, dict[str, Any]]]:
        response = self.request(
            url,
            method,
            _xml(body),
            {"Depth": str(depth), "Content-Type": 'application/xml; charset="utf-8"'},
        )
        tree = response.tree
        if tree is None:
            return []
        results = []
        for node in tree.iter(f"{D}response"):
            href_node = node.find(f"{D}href")
            if href_node is None or not href_node.text:
                continue
            props: dict[str, Any] = {}  # tag → XML element
            for propstat in node.findall(f"{D}propstat"):
                status = propstat.findtext(f"{D}status") or ""
                if " 200 " not in status + " ":
                    continue
                prop = propstat.find(f"{D}prop")
                if prop is not None:
                    for child in prop:
                        props[child.tag] = child
            results.append((urljoin(url, href_node.text.strip()), props))
        return results

    # --- discovery -----------------------------------------------------------------------

    def _href_prop(self, url: str, tag: str, name: str) -> str | None:
        found = self._multistatus(
            url, "PROPFIND", f"<d:propfind {_NS}><d:prop>{tag}</d:prop></d:propfind>", 0
        )
        for _href, props in found:
            node = props.get(name)
            if node is not None:
                inner: str | None = node.findtext(f"{D}href")
                if inner:
                    return urljoin(url, inner.strip())
        return None

    def _principal(self) -> str:
        found = self._href_prop(
            self.url, "<d:current-user-principal/>", f"{D}current-user-principal"
        )
        return found or self.url

    def own_addresses(self) -> list[str]:
        """The user's email addresses as the server knows them (may be none)."""
        body = f"<d:propfind {_NS}><d:prop><c:calendar-user-address-set/></d:prop></d:propfind>"
        addresses = []
        for _href, props in self._multistatus(self._principal(), "PROPFIND", body, 0):
            node = props.get(f"{C}calendar-user-address-set")
            for href in node.iter(f"{D}href") if node is not None else []:
                text = (href.text or "").strip()
                if text.lower().startswith("mailto:"):
                    addresses.append(text[7:])
        return addresses

    def discover(self) -> list[Collection]:
        """The user's calendars and address books."""
        principal = self._principal()
        homes = []
        for tag, name in (
            ("<c:calendar-home-set/>", f"{C}calendar-home-set"),
            ("<card:addressbook-home-set/>", f"{CARD}addressbook-home-set"),
        ):
            home = self._href_prop(principal, tag, name)
            if home and home not in homes:
                homes.append(home)
        if not homes:
            homes = [self.url]
        found: dict[str, Collection] = {}
        body = (
            f"<d:propfind {_NS}><d:prop><d:resourcetype/><d:displayname/>"
            "<c:supported-calendar-component-set/></d:prop></d:propfind>"
        )
        for home in homes:
            for href, props in self._multistatus(home, "PROPFIND", body, 1):
                kinds = props.get(f"{D}resourcetype")
                if kinds is None:
                    continue
                tags = {child.tag for child in kinds}
                name = (props[f"{D}displayname"].text or "") if f"{D}displayname" in props else ""
                name = name.strip() or urlparse(href).path.rstrip("/").rsplit("/", 1)[-1]
                if f"{C}calendar" in tags:
                    comps = props.get(f"{C}supported-calendar-component-set")
                    names = (
                        {c.get("name", "").upper() for c in comps}
                        if comps is not None
                        else {"VEVENT", "VTODO"}
                    )
                    found[href] = Collection(href, name, "calendar", names)
                elif f"{CARD}addressbook" in tags:
                    found[href] = Collection(href, name, "addressbook")
        return list(found.values())

    # --- reading -------------------------------------------------------------------------

    def sync_token(self, collection: str) -> str:
        """What the server says about the collection's version ('' when it says nothing)."""
        body = f"<d:propfind {_NS}><d:prop><d:sync-token/><cs:getctag/></d:prop></d:propfind>"
        for _href, props in self._multistatus(collection, "PROPFIND", body, 0):
            for tag in (f"{D}sync-token", f"{CS}getctag"):
                node = props.get(tag)
                if node is not None and node.text:
                    token: str = node.text.strip()
                    return token
        return ""

    def list_etags(self, collection: str) -> dict[str, str]:
        """href → ETag of every item in the collection."""
        body = f"<d:propfind {_NS}><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>"
        result = {}
        own = collection.rstrip("/")
        for href, props in self._multistatus(collection, "PROPFIND", body, 1):
            if href.rstrip("/") == own:
                continue
            kinds = props.get(f"{D}resourcetype")
            if kinds is not None and len(kinds):
                continue  # a sub-collection
            etag = props.get(f"{D}getetag")
            result[href] = (etag.text or "").strip() if etag is not None else ""
        return result

    def multiget(self, collection: str, hrefs: Iterable[str], kind: str) -> list[Item]:
        """The items at `hrefs`, with their data, in batches."""
        hrefs = list(hrefs)
        if kind == "addressbook":
            root, data_tag, data_el = (
                "card:addressbook-multiget",
                "<card:address-data/>",
                f"{CARD}address-data",
            )
        else:
            root, data_tag, data_el = (
                "c:calendar-multiget",
                "<c:calendar-data/>",
                f"{C}calendar-data",
            )
        items = []
        for start in range(0, len(hrefs), _MULTIGET_BATCH):
            batch = hrefs[start : start + _MULTIGET_BATCH]
            refs = "".join(f"<d:href>{escape(urlparse(h).path)}</d:href>" for h in batch)
            body = f"<{root} {_NS}><d:prop><d:getetag/>{data_tag}</d:prop>{refs}</{root}>"
            for href, props in self._multistatus(collection, "REPORT", body, 1):
                data = props.get(data_el)
                etag = props.get(f"{D}getetag")
                if data is None or not data.text:
                    continue
                items.append(
                    Item(href, (etag.text or "").strip() if etag is not None else "", data.text)
                )
        return items

    def events_between(self, collection: str, start: str, end: str) -> list[Item]:
        """Events (with their recurring masters) that touch [start, end); times as UTC
        stamps like 20261207T000000Z. Recurrences are expanded by the caller."""
        body = (
            f"<c:calendar-query {_NS}><d:prop><d:getetag/><c:calendar-data/></d:prop>"
            '<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">'
            f'<c:time-range start="{start}" end="{end}"/>'
            "</c:comp-filter></c:comp-filter></c:filter></c:calendar-query>"
        )
        items = []
        for href, props in self._multistatus(collection, "REPORT", body, 1):
            data = props.get(f"{C}calendar-data")
            etag = props.get(f"{D}getetag")
            if data is not None and data.text:
                items.append(
                    Item(href, (etag.text or "").strip() if etag is not None else "", data.text)
                )
        return items

    def get(self, href: str) -> Item | None:
        try:
            response = self.request(href, "GET")
        except DavError as exc:
            if exc.status in (404, 410):
                return None
            raise
        try:
            raw = response.raw  # decoded as UTF-8 by the caldav library
            text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            raise DavError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "%1 sent an item Twoway cannot read (%2 is not UTF-8 text); Twoway tries again later.",
                    ),
                    self.host,
                    urlparse(href).path or href,
                )
            ) from exc
        return Item(href, (response.headers.get("ETag") or "").strip(), text)

    # --- writing -------------------------------------------------------------------------

    def put(self, href: str, data: str, content_type: str, etag: str | None) -> str:
        """Create (etag None: only if absent) or replace (only if still at `etag`).
        Returns the new ETag, or '' when the server does not say."""
        headers = {"Content-Type": f"{content_type}; charset=utf-8"}
        if etag is None:
            headers["If-None-Match"] = "*"
        elif etag:
            headers["If-Match"] = etag
        response = self.request(href, "PUT", data, headers)
        return (response.headers.get("ETag") or "").strip()

    def delete(self, href: str, etag: str | None) -> None:
        headers = {"If-Match": etag} if etag else {}
        try:
            self.request(href, "DELETE", "", headers)
        except DavError as exc:
            if exc.status not in (404, 410):
                raise


def _is_http_error(exc: Exception) -> bool:
    module = type(exc).__module__.split(".", 1)[0]
    return module in ("niquests", "requests", "urllib3", "urllib3_future", "httpx")


def _unreachable(host: str, exc: BaseException) -> Unreachable:
    if (
        isinstance(exc, ssl.SSLError)
        or "ssl" in type(exc).__name__.lower()
        or "certificate" in str(exc).lower()
    ):
        return Unreachable(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The secure connection to %1 failed (its certificate was not accepted); nothing was changed.",
                ),
                host,
            )
        )
    return Unreachable(
        message(
            QT_TRANSLATE_NOOP(
                "Messages", "%1 could not be reached; Twoway tries again later and nothing is lost."
            ),
            host,
        )
    )


def _refused(host: str, exc: BaseException) -> Message:
    return message(
        QT_TRANSLATE_NOOP("Messages", "%1 answered with an error (%2)."), host, type(exc).__name__
    )
