"""A Dataverse Web API + Microsoft Entra ID test double, over HTTPS, that implements only what the portal client uses.

Neither Dataverse nor Entra can be reached from these machines, so the Dynamics portal client (httpx + MSAL) is
exercised end to end, over real TLS, against this double. Each behaviour follows Microsoft's documentation, cited
below; what the documentation does not show is marked as this double's choice.

Entra ID (one tenant, one app registration):

* OpenID Connect discovery (learn.microsoft.com/entra/identity-platform/v2-protocols-oidc, "Fetch the OpenID
  configuration document"): ``GET /{tenant}/v2.0/.well-known/openid-configuration`` answers the provider metadata,
  among it ``authorization_endpoint``, ``token_endpoint`` (``/{tenant}/oauth2/v2.0/token``) and ``issuer``, which is
  what MSAL reads before its first token request. An unknown tenant is 400 ``invalid_tenant`` with AADSTS90002
  ("InvalidTenantName - The tenant name wasn't found in the data store", Microsoft Entra authentication and
  authorization error codes, learn.microsoft.com/entra/identity-platform/reference-error-codes).
* Token endpoint, client credentials with a shared secret (learn.microsoft.com/entra/identity-platform/
  v2-oauth2-client-creds-grant-flow, "First case: Access token request with a shared secret"): ``POST
  /{tenant}/oauth2/v2.0/token`` with a form of ``client_id``, ``scope``, ``client_secret`` and ``grant_type`` =
  ``client_credentials``; the secret may instead come as HTTP Basic credentials (RFC 6749 section 2.3.1, which the
  page says is supported). The scope must be ``<environment URL>/.default`` (one resource, ``.default``; the
  Dataverse environment URL is the resource). Success is ``{"token_type": "Bearer", "expires_in": N,
  "ext_expires_in": N, "access_token": ...}``; tokens are opaque random strings here (a real one is a JWT the client
  must not inspect either). Errors have the documented shape ``{"error", "error_description", "error_codes",
  "timestamp", "trace_id", "correlation_id", "error_uri"}``, with ``error`` from the page's table (reference-error-
  codes, "Handling error codes in your application"): a wrong grant type is 400 ``unsupported_grant_type``
  (AADSTS70003); an unknown client id 400 ``unauthorized_client`` (AADSTS700016,
  "UnauthorizedClient_DoesNotMatchRequest - The application wasn't found in the directory/tenant"); a wrong secret
  401 ``invalid_client`` (AADSTS7000215, "Invalid client secret provided"; 401 as RFC 6749 section 5.2 allows for
  a failed client authentication); a scope without ``/.default`` 400 ``invalid_scope`` (AADSTS70011, the page's
  example); another resource 400 ``invalid_resource`` (AADSTS500011, "The resource principal named {name} was not
  found in the tenant"). Descriptions end with the trace id, correlation id and timestamp lines, as in the page's
  example. Refresh tokens are never issued in this flow (the same page).

Dataverse Web API (one table; records seeded by the test):

* ``PATCH /api/data/v9.2/<entity set>(<key>)`` updates a record with the JSON body's columns and answers ``204 No
  Content`` (learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api,
  "Basic update"), with ``OData-EntityId``. The key is the primary key GUID, or an alternate key ``name='value'``
  (several comma-separated for a multi-part key; learn.microsoft.com/power-apps/developer/data-platform/
  use-alternate-key-reference-record). A key column that is not a declared alternate key is 400 with the message
  that page gives ("The key in the request URI is not valid for resource 'Microsoft.Dynamics.CRM.<table>'. ...").
* Upsert and its limits (webapi/perform-conditional-operations-using-web-api, "Limit upsert operations"): without
  ``If-Match`` a missing record is created (``PATCH`` is an upsert); with ``If-Match: *`` it is 404 ``{"error":
  {"code": ..., "message": "<table> With Id = <id> Does Not Exist"}}`` (the page shows an empty ``code``; this double
  sends ``0x80040217``, Dataverse's ObjectDoesNotExist, as current environments do. For an alternate key the
  message is "A record with the specified key values does not exist in <table> entity", code ``0x80048d02``, as in
  the 404 example of Microsoft Learn's collaboration controls virtual tables page); with ``If-None-Match: *`` an
  existing record is 412 "A record with matching key values already exists."; ``If-Match: W/"<version>"`` that
  does not match is 412 "The version of the existing record doesn't match the RowVersion property provided.".
* Errors (learn.microsoft.com/troubleshoot/power-platform/power-apps/dataverse/web-api-client-errors): ``{"error":
  {"code", "message"}}`` with ``Content-Type: application/json; odata.metadata=minimal`` and ``OData-Version: 4.0``.
  An unknown entity set is 404 ``0x8006088a`` "Resource not found for the segment '<name>'."; a column the table
  does not have (when the test declares ``columns``) 400 ``0x0`` "Could not find a property named '<column>' on type
  'Microsoft.Dynamics.CRM.<table>'."; a body that is not a JSON object 400 ``0x80048d19`` "Error identified in
  Payload provided by the user for Entity :'<entity set>' ...".
* Authentication: a missing, unknown or expired bearer token (or one for another resource) is 401 with an empty body
  and ``WWW-Authenticate: Bearer authorization_uri=<authority>/<tenant>/oauth2/authorize,
  resource_id=<environment URL>/`` (the challenge Dataverse sends to unauthenticated requests; widely reported, not
  shown on Microsoft Learn).
* Headers (webapi/compose-http-requests-handle-errors): a request without ``Accept: application/json``,
  ``OData-MaxVersion: 4.0``, ``OData-Version: 4.0`` and, with a body, ``Content-Type: application/json`` is refused
  with 400 and a message starting "test double:". Dataverse itself tolerates most of these missing; the double is
  strict (``strict_headers``) so that a client that stops sending them fails its tests.
* Service protection limits (learn.microsoft.com/power-apps/developer/data-platform/api-limits): 429 Too Many
  Requests with ``Retry-After`` in seconds and the documented codes and messages: ``0x80072322`` "Number of requests
  exceeded the limit of 6000 over time window of 300 seconds.", ``0x80072326`` "Number of concurrent requests
  exceeded the limit of 52." (``concurrency_limit`` turns the concurrent-requests limit on, with any number).

Controls for tests: :meth:`DataverseTestServer.seed` (record id -> columns), :meth:`~DataverseTestServer.record`
and :meth:`~DataverseTestServer.received` (what each record holds, and every body applied to it, in order),
:attr:`~DataverseTestServer.token_lifetime`, :meth:`~DataverseTestServer.expire_all_tokens`,
:meth:`~DataverseTestServer.fail_next` (the next N Dataverse requests answer 429/503/500/400/403/... instead,
with ``Retry-After`` if given), :meth:`~DataverseTestServer.drop_next` (the connection is cut mid-response),
:meth:`~DataverseTestServer.delay_next` (answer late, for timeouts), :meth:`~DataverseTestServer.outage` (every
Dataverse request, and optionally every token request, is 503 until turned off), and the request log
(:attr:`~DataverseTestServer.requests`: every request in order, with its time, status, headers and body; client
secrets redacted). Every control and the state behind it are guarded by one lock: worker threads and processes may
call the double concurrently.

Not modelled: ``$batch``, ``Prefer: return=representation``, reads, deletes, creates with ``POST``, lookups
(``@odata.bind``), certificate credentials, the real service protection accounting (request counts and execution
time over five minutes; only the fault injection and the concurrency limit give 429s).
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import re
import secrets
import shutil
import tempfile
import threading
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, unquote

import trustme
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from mentor_pause.local.cluster import free_loopback_port

API_PREFIX = "/api/data/v9.2"
DEFAULT_TENANT_ID = "7f1c2a9e-4b6d-4e1a-9c3f-2d8e5b7a1c60"
DEFAULT_CLIENT_ID = "3c9e7b12-5a4f-4d8e-b1c2-9f6a0e4d2b71"
DEFAULT_CLIENT_SECRET = "t0p~Secret.value-for-tests_only"  # the double's own test credential

_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_SEGMENT = re.compile(r"^(?P<set>[A-Za-z_][A-Za-z0-9_]*)\((?P<key>.*)\)$")
_KEY_PART = re.compile(r"\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:'(?P<text>(?:[^']|'')*)'|(?P<bare>[^,']+))\s*")

_ODATA_ERROR_HEADERS = {"OData-Version": "4.0"}
_ODATA_JSON = "application/json; odata.metadata=minimal"

RequestKind = Literal["discovery", "token", "patch", "other"]

#: Default bodies of injected faults: Microsoft's codes and messages where documented (see the module docstring).
_FAULT_ERRORS: dict[int, tuple[str, str]] = {
    429: ("0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds."),
    500: ("0x80040216", "An unexpected error occurred."),
    503: ("", "Service Unavailable"),  # the double's wording
}


def _now_text() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%SZ")


# Records of what happened -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LoggedRequest:
    """One request as the double saw it. ``at`` is ``time.time()`` on arrival; ``headers`` have lower-case names;
    ``body`` is the PATCH's JSON or the token request's form (with ``client_secret`` redacted); ``record_id`` is the
    record a PATCH resolved to (None when it resolved to none); ``status`` is 0 when the connection was cut."""

    at: float
    method: str
    path: str
    kind: RequestKind
    status: int
    headers: Mapping[str, str]
    body: Mapping[str, Any] | None = None
    record_id: str | None = None


@dataclass(frozen=True)
class Fault:
    """How to answer one Dataverse request instead of serving it."""

    status: int = 503
    retry_after: str | None = None
    code: str | None = None
    message: str | None = None
    drop: bool = False  # cut the connection mid-response instead of answering
    delay: float = 0.0  # wait this long, then serve the request normally (status is ignored)

    def response(self, logical_name: str) -> Response:
        if self.drop:
            return StreamingResponse(_dropped_body(), status_code=200, media_type="application/json")
        default_code, default_message = _FAULT_ERRORS.get(self.status, _default_error(self.status, logical_name))
        headers = dict(_ODATA_ERROR_HEADERS)
        if self.retry_after is not None:
            headers["Retry-After"] = self.retry_after
        return _odata_error(
            self.status,
            self.code if self.code is not None else default_code,
            self.message if self.message is not None else default_message,
            headers,
        )


def _default_error(status: int, logical_name: str) -> tuple[str, str]:
    if status == HTTPStatus.FORBIDDEN:
        # Paraphrased from Dataverse's SecLib::CheckPrivilege errors.
        return (
            "0x80040220",
            f"Principal user (Id=00000000-0000-0000-0000-0000000000aa, type=8) is missing prvWrite{logical_name} "
            f"privilege on entity '{logical_name}'.",
        )
    if status == HTTPStatus.BAD_REQUEST:
        return ("0x80048d19", f"Error identified in Payload provided by the user for Entity :'{logical_name}'")
    try:
        return ("", HTTPStatus(status).phrase)
    except ValueError:
        return ("", "Error")


class _ConnectionDropped(Exception):
    """Raised mid-body: uvicorn then closes the connection, as a network cut would."""


async def _dropped_body() -> AsyncIterator[bytes]:
    yield b'{"partial":'
    raise _ConnectionDropped


def _odata_error(status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> Response:
    body = json.dumps({"error": {"code": code, "message": message}})
    return Response(body, status_code=status, media_type=_ODATA_JSON, headers=dict(headers or _ODATA_ERROR_HEADERS))


@dataclass
class _Token:
    expires_at: float  # time.monotonic()
    client_id: str
    resource: str


@dataclass
class _Record:
    columns: dict[str, Any]
    version: int = 1
    received: list[dict[str, Any]] = field(default_factory=list)


# The server ---------------------------------------------------------------------------------------------------------
class DataverseTestServer:
    """The Entra + Dataverse double, its CA and its uvicorn thread (HTTPS on 127.0.0.1).

    ``entity_set``/``logical_name``: the one table it serves (``contacts``/``contact``); ``alternate_keys``: the
    columns declared as (single-column) alternate keys; ``columns``: if given, the table's columns (a PATCH naming
    another is 400); ``token_lifetime``: seconds an access token lives (Entra's are 60-90 minutes; MSAL treats one
    with less than five minutes left as expired, so lifetimes under 300 s are never served from its cache);
    ``concurrency_limit``: more PATCHes than this in flight at once get the concurrent-requests 429; ``latency``:
    seconds every PATCH takes (so that concurrent requests overlap); ``strict_headers``: refuse requests without the
    OData headers.
    """

    def __init__(
        self,
        *,
        tenant_id: str = DEFAULT_TENANT_ID,
        client_id: str = DEFAULT_CLIENT_ID,
        client_secret: str = DEFAULT_CLIENT_SECRET,
        entity_set: str = "contacts",
        logical_name: str = "contact",
        alternate_keys: Iterable[str] = (),
        columns: Iterable[str] | None = None,
        token_lifetime: int = 3599,
        concurrency_limit: int | None = None,
        latency: float = 0.0,
        strict_headers: bool = True,
    ) -> None:
        self.tenant_id = tenant_id
        self.client_id = client_id
        self.client_secret = client_secret
        self.entity_set = entity_set
        self.logical_name = logical_name
        self.alternate_keys = frozenset(alternate_keys)
        self.columns = frozenset(columns) if columns is not None else None
        self.token_lifetime = token_lifetime
        self.concurrency_limit = concurrency_limit
        self.latency = latency
        self.strict_headers = strict_headers

        self.port = free_loopback_port()
        self.url = f"https://127.0.0.1:{self.port}"
        self._dir = Path(tempfile.mkdtemp(prefix="dataverse-double-"))
        self.ca = trustme.CA()
        self.ca_bundle = self._dir / "ca.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_bundle))
        server_cert = self.ca.issue_cert("127.0.0.1", "localhost")
        cert_file = self._dir / "server.pem"
        server_cert.private_key_and_cert_chain_pem.write_to_path(str(cert_file))

        self._lock = threading.Lock()
        self._records: dict[str, _Record] = {}
        self._tokens: dict[str, _Token] = {}
        self._faults: deque[Fault] = deque()
        self._log: list[LoggedRequest] = []
        self._api_outage = False
        self._token_outage = False
        self._in_flight = 0

        self.app = Starlette(
            routes=[
                Route("/{tenant}/v2.0/.well-known/openid-configuration", self._discovery, methods=["GET"]),
                Route("/{tenant}/oauth2/v2.0/token", self._token, methods=["POST"]),
                Route(API_PREFIX + "/{segment:path}", self._patch, methods=["PATCH"]),
            ]
        )
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="off",
            ssl_certfile=str(cert_file),
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="dataverse-test-server", daemon=True)

    # -- lifecycle -----------------------------------------------------------------------------------------------

    def start(self) -> DataverseTestServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the Dataverse test server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def close(self) -> None:
        """Stop, and remove the certificate files (clients can no longer be built from :meth:`settings_values`)."""
        self.stop()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> DataverseTestServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- what clients need to know -------------------------------------------------------------------------------------

    @property
    def environment_url(self) -> str:
        """The Dataverse environment's URL (also the token scope's resource)."""
        return self.url

    @property
    def authority_host(self) -> str:
        """The Entra login host (the same server, other paths)."""
        return self.url

    def settings_values(self) -> dict[str, Any]:
        """The connection part of ``DynamicsSettings`` for this double (add the table and columns)."""
        return {
            "environment_url": self.environment_url,
            "authority_host": self.authority_host,
            "tenant_id": self.tenant_id,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "entity_set": self.entity_set,
            "ca_bundle": self.ca_bundle,
        }

    def environment(self, **settings: object) -> dict[str, str]:
        """``MENTOR_PAUSE_DYNAMICS_*`` variables for this double plus ``settings`` (dicts become JSON)."""
        values: dict[str, object] = {**self.settings_values(), **settings}
        return {
            f"MENTOR_PAUSE_DYNAMICS_{name.upper()}": json.dumps(value) if isinstance(value, dict) else str(value)
            for name, value in values.items()
        }

    # -- records ---------------------------------------------------------------------------------------------------

    def seed(self, records: Mapping[str | uuid.UUID, Mapping[str, Any]]) -> None:
        """Add (or replace) records: primary key GUID -> columns."""
        with self._lock:
            for record_id, columns in records.items():
                self._records[str(record_id).lower()] = _Record(dict(columns))

    def record(self, record_id: str | uuid.UUID) -> dict[str, Any] | None:
        """The record's current columns (None if there is no such record)."""
        with self._lock:
            found = self._records.get(str(record_id).lower())
            return dict(found.columns) if found else None

    def received(self, record_id: str | uuid.UUID) -> list[dict[str, Any]]:
        """Every body applied to the record, in order."""
        with self._lock:
            found = self._records.get(str(record_id).lower())
            return [dict(body) for body in found.received] if found else []

    # -- controls --------------------------------------------------------------------------------------------------

    def expire_all_tokens(self) -> None:
        """Every access token issued so far is now expired (clients still holding one get a 401)."""
        with self._lock:
            for token in self._tokens.values():
                token.expires_at = 0.0

    def fail_next(
        self,
        status: int = 503,
        *,
        times: int = 1,
        retry_after: float | str | None = None,
        code: str | None = None,
        message: str | None = None,
    ) -> None:
        """Answer the next ``times`` Dataverse requests with ``status`` (and ``Retry-After``) instead of serving them.
        A 429 without ``retry_after`` gets ``Retry-After: 5`` (Dataverse always sends one)."""
        if retry_after is None and status == HTTPStatus.TOO_MANY_REQUESTS:
            retry_after = 5
        value = None if retry_after is None else (retry_after if isinstance(retry_after, str) else f"{retry_after:g}")
        with self._lock:
            self._faults.extend(Fault(status, value, code, message) for _ in range(times))

    def drop_next(self, *, times: int = 1) -> None:
        """Cut the connection in the middle of the response to the next ``times`` Dataverse requests (not served)."""
        with self._lock:
            self._faults.extend(Fault(drop=True) for _ in range(times))

    def delay_next(self, seconds: float, *, times: int = 1) -> None:
        """Serve the next ``times`` Dataverse requests only after ``seconds``."""
        with self._lock:
            self._faults.extend(Fault(delay=seconds) for _ in range(times))

    def outage(self, on: bool, *, token_endpoint: bool = False) -> None:
        """While on, every Dataverse request (and, with ``token_endpoint``, every token request) is 503."""
        with self._lock:
            self._api_outage = on
            self._token_outage = on and token_endpoint

    # -- the log ---------------------------------------------------------------------------------------------------

    @property
    def requests(self) -> list[LoggedRequest]:
        """Every request so far, in order of arrival."""
        with self._lock:
            return list(self._log)

    @property
    def patches(self) -> list[LoggedRequest]:
        return [r for r in self.requests if r.kind == "patch"]

    @property
    def token_requests(self) -> list[LoggedRequest]:
        return [r for r in self.requests if r.kind == "token"]

    def _record_request(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._log.append(entry)

    # -- Entra ID --------------------------------------------------------------------------------------------------

    def _entra_error(self, status: int, error: str, code: int, description: str) -> Response:
        trace, correlation, now = uuid.uuid4(), uuid.uuid4(), _now_text()
        text = f"AADSTS{code}: {description}\r\nTrace ID: {trace}\r\nCorrelation ID: {correlation}\r\nTimestamp: {now}"
        body = {
            "error": error,
            "error_description": text,
            "error_codes": [code],
            "timestamp": now,
            "trace_id": str(trace),
            "correlation_id": str(correlation),
            "error_uri": f"{self.authority_host}/error?code={code}",
        }
        return JSONResponse(body, status_code=status)

    async def _discovery(self, request: Request) -> Response:
        at = time.time()
        tenant = request.path_params["tenant"]
        if tenant != self.tenant_id:
            response = JSONResponse(
                {
                    "error": "invalid_tenant",
                    "error_description": f"AADSTS90002: Tenant '{tenant}' not found. Check to make sure you have "
                    "the correct tenant ID and are signing into the correct cloud.",
                },
                status_code=400,
            )
        else:
            base = f"{self.authority_host}/{tenant}"
            response = JSONResponse(
                {
                    "token_endpoint": f"{base}/oauth2/v2.0/token",
                    "token_endpoint_auth_methods_supported": [
                        "client_secret_post",
                        "private_key_jwt",
                        "client_secret_basic",
                    ],
                    "jwks_uri": f"{self.authority_host}/{tenant}/discovery/v2.0/keys",
                    "response_modes_supported": ["query", "fragment", "form_post"],
                    "subject_types_supported": ["pairwise"],
                    "id_token_signing_alg_values_supported": ["RS256"],
                    "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
                    "scopes_supported": ["openid", "profile", "email", "offline_access"],
                    "issuer": f"{base}/v2.0",
                    "request_uri_parameter_supported": False,
                    "userinfo_endpoint": "https://graph.microsoft.com/oidc/userinfo",
                    "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                    "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
                    "end_session_endpoint": f"{base}/oauth2/v2.0/logout",
                    "tenant_region_scope": "EU",
                    "cloud_instance_name": "microsoftonline.com",
                }
            )
        self._record_request(
            LoggedRequest(at, "GET", request.url.path, "discovery", response.status_code, _headers(request))
        )
        return response

    async def _token(self, request: Request) -> Response:
        at = time.time()
        form = dict(parse_qsl((await request.body()).decode("utf-8", "replace"), keep_blank_values=True))
        basic = _basic_credentials(request.headers.get("authorization"))
        response = self._issue_token(request.path_params["tenant"], form, basic)
        logged_form = {k: ("<redacted>" if k == "client_secret" else v) for k, v in form.items()}
        headers = {k: ("<redacted>" if k == "authorization" else v) for k, v in _headers(request).items()}
        self._record_request(
            LoggedRequest(at, "POST", request.url.path, "token", response.status_code, headers, logged_form)
        )
        return response

    def _issue_token(self, tenant: str, form: Mapping[str, str], basic: tuple[str, str] | None) -> Response:
        with self._lock:
            outage, lifetime = self._token_outage, self.token_lifetime
        if outage:
            return self._entra_error(503, "temporarily_unavailable", 50196, "The server is temporarily unavailable.")
        if tenant != self.tenant_id:
            return self._entra_error(
                400,
                "invalid_request",
                90002,
                f"Tenant '{tenant}' not found. Check to make sure you have the "
                "correct tenant ID and are signing into the correct cloud.",
            )
        if form.get("grant_type") != "client_credentials":
            return self._entra_error(
                400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type."
            )
        client_id, secret = basic if basic is not None else (form.get("client_id", ""), form.get("client_secret", ""))
        if client_id != self.client_id:
            return self._entra_error(
                400,
                "unauthorized_client",
                700016,
                f"Application with identifier '{client_id}' was not found in the directory '{tenant}'. This can "
                "happen if the application has not been installed by the administrator of the tenant or consented "
                "to by any user in the tenant. You may have sent your authentication request to the wrong tenant.",
            )
        if not secrets.compare_digest(secret.encode(), self.client_secret.encode()):
            return self._entra_error(
                401,
                "invalid_client",
                7000215,
                "Invalid client secret provided. Ensure the secret being sent in the request is the client secret "
                f"value, not the client secret ID, for a secret added to app '{client_id}'.",
            )
        scope = form.get("scope", "")
        if not scope.endswith("/.default") or " " in scope.strip():
            return self._entra_error(
                400,
                "invalid_scope",
                70011,
                f"The provided value for the input parameter 'scope' is not valid. The scope {scope} is not valid.",
            )
        resource = scope.removesuffix("/.default").rstrip("/")
        if resource != self.environment_url:
            return self._entra_error(
                400,
                "invalid_resource",
                500011,
                f"The resource principal named {resource} was not found in the tenant named {tenant}. This can "
                "happen if the application has not been installed by the administrator of the tenant or consented "
                "to by any user in the tenant. You might have sent your authentication request to the wrong tenant.",
            )
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._tokens[token] = _Token(time.monotonic() + lifetime, client_id, resource)
        return JSONResponse(
            {"token_type": "Bearer", "expires_in": lifetime, "ext_expires_in": lifetime, "access_token": token}
        )

    # -- Dataverse -------------------------------------------------------------------------------------------------

    def _unauthorized(self) -> Response:
        challenge = (
            f"Bearer authorization_uri={self.authority_host}/{self.tenant_id}/oauth2/authorize, "
            f"resource_id={self.environment_url}/"
        )
        return Response(status_code=401, headers={"WWW-Authenticate": challenge})

    async def _patch(self, request: Request) -> Response:
        at = time.time()
        body_bytes = await request.body()
        with self._lock:
            outage = self._api_outage
            fault = self._faults.popleft() if self._faults and not outage else None
        parsed: Mapping[str, Any] | None = None
        record_id: str | None = None
        if outage:
            response = _odata_error(503, "", "Service Unavailable")
        elif fault is not None and fault.delay == 0:
            response = fault.response(self.logical_name)
        else:
            try:
                body: object = json.loads(body_bytes) if body_bytes else None
            except ValueError:
                body = None
            parsed = body if isinstance(body, dict) else None
            delay = self.latency + (fault.delay if fault is not None else 0.0)
            response, record_id = await self._update(request, parsed, delay)
        status = 0 if fault is not None and fault.drop else response.status_code
        self._record_request(
            LoggedRequest(at, "PATCH", request.url.path, "patch", status, _headers(request), parsed, record_id)
        )
        return response

    def _authorized(self, header: str | None) -> bool:
        if header is None or not header.startswith("Bearer "):
            return False
        with self._lock:
            token = self._tokens.get(header.removeprefix("Bearer ").strip())
        return (
            token is not None
            and token.expires_at > time.monotonic()
            and token.client_id == self.client_id
            and token.resource == self.environment_url
        )

    def _header_problem(self, request: Request, has_body: bool) -> str | None:
        headers = request.headers
        if headers.get("odata-maxversion", "").strip() not in ("4.0", "4.01"):
            return "OData-MaxVersion: 4.0 is required"
        if headers.get("odata-version", "").strip() != "4.0":
            return "OData-Version: 4.0 is required"
        if "application/json" not in headers.get("accept", ""):
            return "Accept: application/json is required"
        if has_body and not headers.get("content-type", "").startswith("application/json"):
            return "Content-Type: application/json is required"
        return None

    async def _update(
        self, request: Request, body: Mapping[str, Any] | None, delay: float
    ) -> tuple[Response, str | None]:
        """Authenticate, count the request in flight (for ``concurrency_limit``) while it takes ``delay`` seconds,
        then check, resolve the record and apply the body."""
        if not self._authorized(request.headers.get("authorization")):
            return self._unauthorized(), None
        with self._lock:
            limit = self.concurrency_limit
            if limit is not None and self._in_flight >= limit:
                message = f"Number of concurrent requests exceeded the limit of {limit}."
                return _odata_error(429, "0x80072326", message, {**_ODATA_ERROR_HEADERS, "Retry-After": "1"}), None
            self._in_flight += 1
        try:
            if delay > 0:
                await asyncio.sleep(delay)
            return self._apply(request, body)
        finally:
            with self._lock:
                self._in_flight -= 1

    def _apply(self, request: Request, body: Mapping[str, Any] | None) -> tuple[Response, str | None]:
        if self.strict_headers:
            problem = self._header_problem(request, has_body=True)
            if problem is not None:
                return _odata_error(400, "", f"test double: {problem}"), None
        segment = unquote(request.path_params["segment"])
        match = _SEGMENT.match(segment)
        entity_set = match.group("set") if match else segment.split("(", 1)[0]
        if match is None or entity_set != self.entity_set:
            return _odata_error(404, "0x8006088a", f"Resource not found for the segment '{entity_set}'."), None
        if body is None:
            message = (
                f"Error identified in Payload provided by the user for Entity :'{self.entity_set}', For more "
                "information on this error please follow this help link https://go.microsoft.com/fwlink/?linkid=2195293"
            )
            return _odata_error(400, "0x80048d19", message), None
        if self.columns is not None:
            unknown = [name for name in body if name not in self.columns]
            if unknown:
                entity_type = f"Microsoft.Dynamics.CRM.{self.logical_name}"
                message = f"Could not find a property named '{unknown[0]}' on type '{entity_type}'."
                return _odata_error(400, "0x0", message), None
        key = match.group("key")
        if_match = request.headers.get("if-match")
        if_none_match = request.headers.get("if-none-match")
        with self._lock:
            resolved = self._resolve(key)
            if isinstance(resolved, Response):
                return resolved, None
            record_id, by_alternate_key, key_columns = resolved
            record = self._records.get(record_id) if record_id is not None else None
            if record is None:
                if if_match is not None:
                    if by_alternate_key:
                        message = f"A record with the specified key values does not exist in {self.logical_name} entity"
                        return _odata_error(404, "0x80048d02", message), None
                    message = f"{self.logical_name} With Id = {record_id} Does Not Exist"
                    return _odata_error(404, "0x80040217", message), None
                record_id = record_id or str(uuid.uuid4())
                record = self._records[record_id] = _Record(dict(key_columns))
            elif if_none_match is not None and if_none_match.strip() == "*":
                return _odata_error(412, "", "A record with matching key values already exists."), record_id
            elif if_match is not None and if_match.strip() != "*" and if_match.strip() != f'W/"{record.version}"':
                message = "The version of the existing record doesn't match the RowVersion property provided."
                return _odata_error(412, "", message), record_id
            record.columns.update(body)
            record.received.append(dict(body))
            record.version += 1
        entity_id = f"{self.environment_url}{API_PREFIX}/{self.entity_set}({record_id})"
        return Response(status_code=204, headers={"OData-Version": "4.0", "OData-EntityId": entity_id}), record_id

    def _resolve(self, key: str) -> tuple[str | None, bool, dict[str, Any]] | Response:
        """``(record id or None, addressed by alternate key, key columns)`` for a key segment (lock held)."""
        text = key.strip()
        if _GUID.match(text):
            return text.lower(), False, {}
        parts: dict[str, Any] = {}
        position = 0
        while position < len(text):
            part = _KEY_PART.match(text, position)
            if part is None:
                return _odata_error(400, "", f"Bad Request - Error in query syntax: '{key}'.")
            value = part.group("text")
            parts[part.group("name")] = value.replace("''", "'") if value is not None else part.group("bare")
            position = part.end()
            if position < len(text):
                if text[position] != ",":
                    return _odata_error(400, "", f"Bad Request - Error in query syntax: '{key}'.")
                position += 1
        declared = set(parts) == {self.primary_key} or (len(parts) == 1 and next(iter(parts)) in self.alternate_keys)
        if not declared:
            resource = f"Microsoft.Dynamics.CRM.{self.logical_name}"
            message = (
                f"The key in the request URI is not valid for resource '{resource}'. Ensure that the names and "
                f"number of key properties match the declared or alternate key properties for the resource "
                f"'{resource}'."
            )
            return _odata_error(400, "", message)
        if self.primary_key in parts:
            return str(parts[self.primary_key]).lower(), False, {}
        for record_id, record in self._records.items():
            if all(str(record.columns.get(name)) == str(value) for name, value in parts.items()):
                return record_id, True, parts
        return None, True, parts

    @property
    def primary_key(self) -> str:
        """The table's primary key column (``<logical name>id``)."""
        return f"{self.logical_name}id"


def _headers(request: Request) -> dict[str, str]:
    return {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in request.headers.raw}


def _basic_credentials(header: str | None) -> tuple[str, str] | None:
    """``(client_id, client_secret)`` from ``Authorization: Basic`` (RFC 6749 section 2.3.1: form-encoded, then
    base64)."""
    if header is None or not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:].strip()).decode("utf-8")
    except ValueError:
        return None
    client_id, _, secret = decoded.partition(":")
    return unquote(client_id.replace("+", " ")), unquote(secret.replace("+", " "))
