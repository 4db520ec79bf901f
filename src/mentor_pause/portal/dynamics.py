"""The Dynamics 365 / Dataverse portal client: one ``PATCH`` per mentor, authenticated as an Entra app.

Why this shape: the portal lists mentors from a Dataverse table (Power Pages shows the rows of a view, filtered on a
column), so keeping it right means updating that column, and only that, on the mentor's record. Everything here is
one request and its answer; queuing, ordering and backoff belong to the sync worker, which calls
:meth:`DynamicsPortalClient.push` and acts on the :data:`~mentor_pause.portal.base.PushResult`.

The request (Microsoft Learn, "Update and delete table rows using the Web API", "Perform conditional operations using
the Web API", "Use an alternate key to reference a record"):

* ``PATCH <environment>/api/data/v9.2/<entity_set>(<mentor id>)``, or ``(<record_key>='<mentor id>')`` with an
  alternate key, with ``Accept``, ``OData-MaxVersion``/``OData-Version: 4.0``, ``Content-Type: application/json``
  and a body holding only the configured availability columns (re-sending other columns would count as changes in
  the audit log and fire plug-ins).
* ``If-Match: *``: a ``PATCH`` is an upsert by default; with ``If-Match: *`` a missing record is 404 instead of a
  silently created one, and the push is :class:`Rejected` (the portal has no record for that mentor: creating
  records is not this client's business).

Authentication (Microsoft identity platform, "OAuth 2.0 client credentials flow"): MSAL's
``ConfidentialClientApplication``, one per client object (so one token cache per process object), built on first
use (building it fetches the tenant's OpenID configuration), and ``acquire_token_for_client`` with scope
``<environment>/.default``, which answers from MSAL's in-memory cache and asks Entra again shortly before expiry
(MSAL treats a token with less than five minutes left as expired). MSAL is blocking: the async client calls it in a
worker thread. MSAL's HTTP goes through an httpx client with the same TLS trust and timeout as the Dataverse calls
(MSAL accepts any ``http_client`` with ``get``/``post``; see :class:`_MsalHttpClient` for why not its ``verify``).
When ``authority_host`` is not Microsoft's default host, MSAL's instance discovery (a call to login.microsoftonline.com
asking whether the host is a Microsoft authority) is turned off, as MSAL recommends for an authority the application
configures itself (a sovereign cloud, or a test double).

What the answers become (the decisions, in one place: :func:`classify_response` and :func:`token_error_result`):

* 2xx: :class:`Delivered`.
* 401 from Dataverse: the cached token is dropped (``remove_tokens_for_client``), a fresh one is acquired and the
  ``PATCH`` is sent once more. A second 401 is :class:`RetryLater`: with a token Entra has just issued, it is
  Dataverse's side (an application user being provisioned, a replication delay), which clears up on its own more
  often than not, and the worker's backoff costs little. A 403 (the application user lacks a privilege) is the
  configuration error, and is :class:`Rejected`.
* The token endpoint refusing the app (``invalid_client``: a wrong or expired secret; ``unauthorized_client``: an
  unknown client id in this tenant; ``invalid_scope``/``invalid_resource``: a wrong environment URL;
  ``invalid_request``/``invalid_grant``/``unsupported_grant_type``; an unknown tenant during discovery):
  :class:`Rejected` with Entra's reason, because retrying cannot fix a configuration. Every push fails the same
  way until an operator fixes the settings, so the worker should alert on rejections rather than drop them
  silently. Anything else from the token endpoint (``temporarily_unavailable``, a 5xx, a network failure) is
  :class:`RetryLater`.
* 429 and 503: :class:`RetryLater` with ``Retry-After`` as ``after_seconds`` (Dataverse's service protection limits
  send seconds; an HTTP date is understood too). Microsoft asks clients to wait the whole interval: sending earlier
  lengthens it.
* Other 5xx, 408, network errors and timeouts: :class:`RetryLater` without a delay (the worker backs off).
* Other 4xx (400 a malformed body or unknown column, 403 privileges, 404 no such record, 412): :class:`Rejected`
  with Dataverse's ``{"error": {"code", "message"}}`` message (``code`` is often empty). A 3xx is a wrong
  environment URL, :class:`Rejected` too.

MSAL comes with the ``dynamics`` extra (``pip install 'mentor-pause[dynamics]'``). It is imported when a client is
built, not with this module, so the no-op portal and the worker work without it; building a client without it raises
:class:`~mentor_pause.errors.MissingExtra` saying what to install.

Secrets: the client secret only reaches MSAL; neither it nor an access token is ever logged, put in a result's
reason, or shown by ``repr()``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import json
import logging
import math
import ssl
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from types import TracebackType
from typing import Any, Final, Self
from urllib.parse import quote
from uuid import UUID

import httpx

from mentor_pause._extras import require
from mentor_pause.portal.base import Delivered, MentorAvailability, PushResult, Rejected, RetryLater
from mentor_pause.portal.settings import DEFAULT_AUTHORITY_HOST, DynamicsSettings

logger = logging.getLogger(__name__)

#: Sent with every request (Microsoft Learn, "Compose HTTP requests and handle errors").
ODATA_HEADERS: Final[Mapping[str, str]] = {
    "Accept": "application/json",
    "OData-MaxVersion": "4.0",
    "OData-Version": "4.0",
    "Content-Type": "application/json",
    "If-Match": "*",
}

#: Token endpoint errors that mean the app registration or the settings are wrong: retrying cannot help.
CONFIGURATION_TOKEN_ERRORS: Final = frozenset(
    {
        "invalid_client",
        "unauthorized_client",
        "invalid_scope",
        "invalid_resource",
        "invalid_request",
        "invalid_grant",
        "unsupported_grant_type",
    }
)

#: Statuses whose ``Retry-After`` is honoured.
_THROTTLED: Final = frozenset({HTTPStatus.TOO_MANY_REQUESTS, HTTPStatus.SERVICE_UNAVAILABLE})
#: Longest piece of a response body quoted in a reason.
_REASON_LIMIT: Final = 500

Column = bool | int | str | None


# Request building --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DataverseRequest:
    """One ``PATCH``: where, with which headers (all but ``Authorization``), and which columns."""

    url: str
    headers: Mapping[str, str]
    columns: Mapping[str, Column]

    @property
    def content(self) -> bytes:
        return json.dumps(dict(self.columns), separators=(",", ":")).encode()


def record_path(settings: DynamicsSettings, mentor_id: UUID) -> str:
    """``<entity_set>(<guid>)`` or, with an alternate key, ``<entity_set>(<record_key>='<mentor id>')`` (an OData
    string literal: a quote inside is doubled; a UUID has none), percent-encoded for the URL path."""
    if settings.record_key is None:
        key = str(mentor_id)
    else:
        literal = str(mentor_id).replace("'", "''")
        key = f"{settings.record_key}='{literal}'"
    return quote(f"{settings.entity_set}({key})", safe="()=',")


def _utc_timestamp(moment: dt.datetime) -> str:
    """ISO 8601 in UTC with ``Z``, to the second (Dataverse stores date-time columns to the second)."""
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def columns_for(settings: DynamicsSettings, availability: MentorAvailability) -> dict[str, Column]:
    """The configured availability columns and their values for one mentor."""
    columns: dict[str, Column] = {settings.available_column: availability.available}
    if settings.status_column is not None:
        columns[settings.status_column] = settings.status_value(availability.status)
    if settings.return_date_column is not None:
        returning = availability.expected_return_date
        columns[settings.return_date_column] = returning.isoformat() if returning is not None else None
    if settings.changed_at_column is not None:
        columns[settings.changed_at_column] = _utc_timestamp(availability.changed_at)
    return columns


def build_request(settings: DynamicsSettings, availability: MentorAvailability) -> DataverseRequest:
    """The ``PATCH`` that puts ``availability`` on the mentor's record."""
    return DataverseRequest(
        url=f"{settings.api_url}/{record_path(settings, availability.mentor_id)}",
        headers=dict(ODATA_HEADERS),
        columns=columns_for(settings, availability),
    )


# Response classification -------------------------------------------------------------------------------------------
def retry_after_seconds(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """``Retry-After`` as seconds (RFC 9110 section 10.2.3: delay-seconds or an HTTP date); None if absent or
    unreadable."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        seconds = (when - (now or dt.datetime.now(dt.UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _REASON_LIMIT else line[: _REASON_LIMIT - 1] + "…"


def dataverse_error(content: bytes) -> tuple[str, str]:
    """``(code, message)`` from Dataverse's ``{"error": {"code", "message"}}`` body; for another body, ``("", its
    text)``."""
    try:
        body: object = json.loads(content)
    except ValueError:
        return "", _one_line(content.decode("utf-8", "replace"))
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict):
            code, message = error.get("code"), error.get("message")
            return (str(code) if code else "", _one_line(str(message)) if message else "")
        if isinstance(error, str):  # an OAuth-style body from something in between
            return error, _one_line(str(body.get("error_description") or ""))
    return "", _one_line(content.decode("utf-8", "replace"))


def _describe(status: int, content: bytes) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    code, message = dataverse_error(content)
    text = f"Dataverse answered {status} {phrase}".rstrip()
    if message:
        text += f": {message}"
    if code:
        text += f" (code {code})"
    return text


def classify_response(status: int, headers: Mapping[str, str], content: bytes) -> PushResult:
    """What a Dataverse answer (other than a 401, which the clients retry once) means for the push."""
    if 200 <= status < 300:
        return Delivered()
    reason = _describe(status, content)
    if status in _THROTTLED:
        retry_after = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
        return RetryLater(reason, retry_after_seconds(retry_after))
    if status >= 500 or status in (HTTPStatus.REQUEST_TIMEOUT, HTTPStatus.UNAUTHORIZED):
        return RetryLater(reason)
    if 300 <= status < 400:
        return Rejected(f"{reason}; is the environment URL right?")
    return Rejected(reason)


def token_error_result(result: Mapping[str, object]) -> RetryLater | Rejected:
    """What the token endpoint's error answer (as MSAL returns it) means for the push."""
    error = str(result.get("error") or "unknown_error")
    description = str(result.get("error_description") or "").splitlines()
    reason = f"the Entra token endpoint refused: {error}"
    if description and description[0].strip():
        reason += f": {_one_line(description[0])}"
    if error in CONFIGURATION_TOKEN_ERRORS:
        return Rejected(f"{reason} (check the Dynamics portal settings)")
    return RetryLater(reason)


def _transport_failure(exc: httpx.HTTPError, timeout: float) -> RetryLater:
    if isinstance(exc, httpx.TimeoutException):
        return RetryLater(f"Dataverse did not answer within {timeout:g} s ({type(exc).__name__})")
    return RetryLater(f"network error talking to Dataverse: {type(exc).__name__}: {exc}")


# Tokens ------------------------------------------------------------------------------------------------------------
def _ssl_verify(settings: DynamicsSettings) -> ssl.SSLContext | bool:
    if settings.ca_bundle is None:
        return True
    return ssl.create_default_context(cafile=str(settings.ca_bundle))


class _MsalHttpClient:
    """MSAL's HTTP client interface (``msal.oauth2cli.http.HttpClient``: ``get``/``post`` returning a response with
    ``status_code``, ``text``, ``headers``) over a blocking :class:`httpx.Client`.

    So that the token endpoint is reached with exactly the TLS trust and timeout the Dataverse calls use. MSAL's own
    ``verify`` goes to a ``requests`` session, where ``REQUESTS_CA_BUNDLE``/``CURL_CA_BUNDLE`` silently take
    precedence over a session's ``verify`` (psf/requests#3829): a configured ``ca_bundle`` would be ignored on any
    machine that sets them."""

    def __init__(self, settings: DynamicsSettings) -> None:
        self._client = httpx.Client(timeout=settings.timeout_seconds, verify=_ssl_verify(settings))

    def post(
        self,
        url: str,
        params: Mapping[str, str] | None = None,
        data: Mapping[str, str] | str | bytes | None = None,
        headers: Mapping[str, str] | None = None,
        **_: object,
    ) -> httpx.Response:
        if isinstance(data, (str, bytes)):
            return self._client.post(url, params=params, content=data, headers=headers)
        return self._client.post(url, params=params, data=data, headers=headers)

    def get(
        self,
        url: str,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        **_: object,
    ) -> httpx.Response:
        return self._client.get(url, params=params, headers=headers)

    def close(self) -> None:
        self._client.close()


class _TokenSource:
    """One MSAL confidential client application, built on first use, shared by every push of one portal client.

    Thread-safe: acquisitions are serialised (a cache hit is quick; on a miss, one token request serves every waiting
    caller instead of each asking Entra). ``acquire`` never raises for Entra's answers or the network."""

    def __init__(self, settings: DynamicsSettings) -> None:
        # First, so that a missing extra fails before anything is opened.
        self._msal = require("msal", extra="dynamics", feature="the Dynamics portal client")
        # Imported by name: older MSAL releases (1.31) do not import it into the package namespace.
        self._msal_error: type[Exception] = require(
            "msal.exceptions", extra="dynamics", feature="the Dynamics portal client"
        ).MsalError
        self._settings = settings
        self._lock = threading.Lock()
        self._http = _MsalHttpClient(settings)
        self._app: Any = None  # msal.ConfidentialClientApplication (MSAL is untyped)
        self._current: str | None = None

    def __repr__(self) -> str:
        return f"_TokenSource(authority={self._settings.authority!r}, client_id={self._settings.client_id!r})"

    def _build(self) -> Any:
        settings = self._settings
        return self._msal.ConfidentialClientApplication(
            settings.client_id,
            client_credential=settings.client_secret.get_secret_value(),
            authority=settings.authority,
            http_client=self._http,
            instance_discovery=settings.authority_host == DEFAULT_AUTHORITY_HOST,
            app_name="mentor-pause",
        )

    def _application(self) -> Any:
        """The MSAL application (built on first use), or why it cannot be built. Called with the lock held."""
        if self._app is None:
            try:
                self._app = self._build()
            except (httpx.HTTPError, OSError, self._msal_error) as exc:
                return RetryLater(f"the Entra authority is unreachable: {type(exc).__name__}: {exc}")
            except ValueError as exc:  # an unknown tenant (OIDC discovery 4xx) or a malformed authority
                # MSAL replaces the discovery error (which carries Entra's answer) with generic advice: keep both.
                cause = f"{exc.__context__}; " if isinstance(exc.__context__, ValueError) else ""
                return Rejected(
                    f"the Entra authority {self._settings.authority} refused: {_one_line(cause + str(exc))}"
                )
        return self._app

    def acquire(self) -> str | RetryLater | Rejected:
        """A valid access token for Dataverse, from MSAL's cache or from Entra; or why there is none."""
        with self._lock:
            app = self._application()
            if isinstance(app, (RetryLater, Rejected)):
                return app
            try:
                result: object = app.acquire_token_for_client(scopes=[self._settings.scope])
            except (httpx.HTTPError, OSError, self._msal_error) as exc:
                return RetryLater(f"the Entra token endpoint is unreachable: {type(exc).__name__}: {exc}")
            except ValueError as exc:  # a body that is not JSON (a proxy's error page)
                return RetryLater(f"the Entra token endpoint answered something unreadable: {type(exc).__name__}")
            token = result.get("access_token") if isinstance(result, dict) else None
            if isinstance(token, str) and token:
                self._current = token
                return token
            if not isinstance(result, dict):
                return RetryLater("the Entra token endpoint gave no answer")
            return token_error_result(result)

    def invalidate(self, token: str) -> None:
        """Dataverse refused ``token``: drop it so the next ``acquire`` asks Entra (unless another caller already
        replaced it)."""
        with self._lock:
            if self._app is not None and token == self._current:
                self._app.remove_tokens_for_client()
                self._current = None

    def close(self) -> None:
        self._app = None
        self._http.close()


def _outcome(response: httpx.Response, *, retried: bool) -> PushResult | None:
    """The push's result, or None for "refresh the token and send it again" (a first 401)."""
    if response.status_code == HTTPStatus.UNAUTHORIZED:
        if not retried:
            return None
        return RetryLater(f"{_describe(response.status_code, response.content)}, twice, with a freshly issued token")
    return classify_response(response.status_code, response.headers, response.content)


def _log_result(availability: MentorAvailability, result: PushResult) -> PushResult:
    logger.debug("portal push of mentor %s (version %d): %s", availability.mentor_id, availability.version, result)
    return result


# The clients -------------------------------------------------------------------------------------------------------
class DynamicsPortalClient:
    """Pushes availability to Dataverse (blocking; safe to share between threads). Use as a context manager, or call
    :meth:`close`."""

    def __init__(self, settings: DynamicsSettings) -> None:
        self.settings = settings
        self._tokens = _TokenSource(settings)
        self._http = httpx.Client(timeout=settings.timeout_seconds, verify=_ssl_verify(settings))

    def __repr__(self) -> str:
        s = self.settings
        return f"{type(self).__name__}(environment_url={s.environment_url!r}, entity_set={s.entity_set!r})"

    def push(self, availability: MentorAvailability) -> PushResult:
        request = build_request(self.settings, availability)
        for retried in (False, True):
            token = self._tokens.acquire()
            if not isinstance(token, str):
                return _log_result(availability, token)
            try:
                response = self._http.patch(
                    request.url,
                    headers={**request.headers, "Authorization": f"Bearer {token}"},
                    content=request.content,
                )
            except httpx.HTTPError as exc:
                return _log_result(availability, _transport_failure(exc, self.settings.timeout_seconds))
            outcome = _outcome(response, retried=retried)
            if outcome is not None:
                return _log_result(availability, outcome)
            logger.info("Dataverse refused the access token (401); acquiring a fresh one and sending again")
            self._tokens.invalidate(token)
        raise AssertionError("a second 401 is an outcome")  # pragma: no cover

    def close(self) -> None:
        self._http.close()
        self._tokens.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncDynamicsPortalClient:
    """The asyncio twin of :class:`DynamicsPortalClient`; MSAL runs in a worker thread."""

    def __init__(self, settings: DynamicsSettings) -> None:
        self.settings = settings
        self._tokens = _TokenSource(settings)
        self._http = httpx.AsyncClient(timeout=settings.timeout_seconds, verify=_ssl_verify(settings))

    def __repr__(self) -> str:
        s = self.settings
        return f"{type(self).__name__}(environment_url={s.environment_url!r}, entity_set={s.entity_set!r})"

    async def push(self, availability: MentorAvailability) -> PushResult:
        request = build_request(self.settings, availability)
        for retried in (False, True):
            token = await asyncio.to_thread(self._tokens.acquire)
            if not isinstance(token, str):
                return _log_result(availability, token)
            try:
                response = await self._http.patch(
                    request.url,
                    headers={**request.headers, "Authorization": f"Bearer {token}"},
                    content=request.content,
                )
            except httpx.HTTPError as exc:
                return _log_result(availability, _transport_failure(exc, self.settings.timeout_seconds))
            outcome = _outcome(response, retried=retried)
            if outcome is not None:
                return _log_result(availability, outcome)
            logger.info("Dataverse refused the access token (401); acquiring a fresh one and sending again")
            await asyncio.to_thread(self._tokens.invalidate, token)
        raise AssertionError("a second 401 is an outcome")  # pragma: no cover

    async def aclose(self) -> None:
        await self._http.aclose()
        self._tokens.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
