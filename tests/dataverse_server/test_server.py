"""The Dataverse + Entra double answers as its docstring says Microsoft's services do (raw HTTP, no SDK)."""

from __future__ import annotations

import base64
import ssl
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from uuid import uuid4

import httpx
import pytest

from tests.dataverse_server.server import API_PREFIX, DataverseTestServer

ODATA = {"Accept": "application/json", "OData-MaxVersion": "4.0", "OData-Version": "4.0"}


@pytest.fixture
def server() -> Iterator[DataverseTestServer]:
    with DataverseTestServer(alternate_keys={"hlf_mentorid"}, concurrency_limit=None) as double:
        yield double


@pytest.fixture
def http(server: DataverseTestServer) -> Iterator[httpx.Client]:
    context = ssl.create_default_context(cafile=str(server.ca_bundle))
    with httpx.Client(base_url=server.url, verify=context) as client:
        yield client


def token(server: DataverseTestServer, http: httpx.Client) -> str:
    response = http.post(
        f"/{server.tenant_id}/oauth2/v2.0/token",
        data={
            "grant_type": "client_credentials",
            "client_id": server.client_id,
            "client_secret": server.client_secret,
            "scope": f"{server.environment_url}/.default",
        },
    )
    assert response.status_code == 200
    return str(response.json()["access_token"])


def patch(http: httpx.Client, path: str, access_token: str, body: object, **headers: str) -> httpx.Response:
    return http.patch(
        f"{API_PREFIX}/{path}",
        json=body,
        headers={**ODATA, "Authorization": f"Bearer {access_token}", **headers},
    )


def test_discovery_names_the_endpoints_msal_needs(server: DataverseTestServer, http: httpx.Client) -> None:
    document = http.get(f"/{server.tenant_id}/v2.0/.well-known/openid-configuration").json()

    assert document["token_endpoint"] == f"{server.url}/{server.tenant_id}/oauth2/v2.0/token"
    assert document["authorization_endpoint"] == f"{server.url}/{server.tenant_id}/oauth2/v2.0/authorize"
    assert document["issuer"] == f"{server.url}/{server.tenant_id}/v2.0"
    unknown = http.get(f"/{uuid4()}/v2.0/.well-known/openid-configuration")
    assert unknown.status_code == 400
    assert "AADSTS90002" in unknown.json()["error_description"]


def test_a_token_has_the_documented_shape(server: DataverseTestServer, http: httpx.Client) -> None:
    server.token_lifetime = 1234
    response = http.post(
        f"/{server.tenant_id}/oauth2/v2.0/token",
        data={"grant_type": "client_credentials", "scope": f"{server.environment_url}/.default"},
        headers={
            "Authorization": "Basic " + base64.b64encode(f"{server.client_id}:{server.client_secret}".encode()).decode()
        },
    )

    body = response.json()
    assert set(body) == {"token_type", "expires_in", "ext_expires_in", "access_token"}
    assert (body["token_type"], body["expires_in"], body["ext_expires_in"]) == ("Bearer", 1234, 1234)
    (logged,) = server.token_requests
    assert logged.body is not None
    assert "client_secret" not in logged.body or logged.body["client_secret"] == "<redacted>"
    assert logged.headers["authorization"] == "<redacted>"


@pytest.mark.parametrize(
    ("change", "status", "error", "code"),
    [
        ({"client_secret": "wrong"}, 401, "invalid_client", 7000215),
        ({"client_id": "00000000-0000-0000-0000-000000000000"}, 400, "unauthorized_client", 700016),
        ({"grant_type": "password"}, 400, "unsupported_grant_type", 70003),
        ({"scope": "https://example.crm.dynamics.com/user_impersonation"}, 400, "invalid_scope", 70011),
        ({"scope": "https://example.crm.dynamics.com/.default"}, 400, "invalid_resource", 500011),
    ],
)
def test_token_errors_have_the_documented_shape(
    server: DataverseTestServer, http: httpx.Client, change: dict[str, str], status: int, error: str, code: int
) -> None:
    form = {
        "grant_type": "client_credentials",
        "client_id": server.client_id,
        "client_secret": server.client_secret,
        "scope": f"{server.environment_url}/.default",
        **change,
    }
    response = http.post(f"/{server.tenant_id}/oauth2/v2.0/token", data=form)

    body = response.json()
    assert response.status_code == status
    assert body["error"] == error
    assert body["error_codes"] == [code]
    assert body["error_description"].startswith(f"AADSTS{code}: ")
    assert "\r\nTrace ID: " in body["error_description"]
    assert {"timestamp", "trace_id", "correlation_id", "error_uri"} <= set(body)


def test_patch_updates_and_logs(server: DataverseTestServer, http: httpx.Client) -> None:
    record = uuid4()
    server.seed({record: {"hlf_available": True}})

    response = patch(http, f"contacts({record})", token(server, http), {"hlf_available": False}, **{"If-Match": "*"})

    assert response.status_code == 204
    assert response.headers["OData-EntityId"] == f"{server.url}{API_PREFIX}/contacts({record})"
    assert server.record(record) == {"hlf_available": False}
    assert server.patches[-1].body == {"hlf_available": False}


def test_without_if_match_a_patch_is_an_upsert(server: DataverseTestServer, http: httpx.Client) -> None:
    record = uuid4()

    assert patch(http, f"contacts({record})", token(server, http), {"hlf_available": True}).status_code == 204
    assert server.record(record) == {"hlf_available": True}


def test_if_match_star_on_a_missing_record_is_404(server: DataverseTestServer, http: httpx.Client) -> None:
    record = uuid4()

    response = patch(http, f"contacts({record})", token(server, http), {"x": 1}, **{"If-Match": "*"})

    assert response.status_code == 404
    assert response.json() == {"error": {"code": "0x80040217", "message": f"contact With Id = {record} Does Not Exist"}}
    assert response.headers["OData-Version"] == "4.0"
    assert server.record(record) is None


def test_if_none_match_star_on_an_existing_record_is_412(server: DataverseTestServer, http: httpx.Client) -> None:
    record = uuid4()
    server.seed({record: {}})

    response = patch(http, f"contacts({record})", token(server, http), {"x": 1}, **{"If-None-Match": "*"})

    assert response.status_code == 412
    assert response.json()["error"]["message"] == "A record with matching key values already exists."


def test_keys(server: DataverseTestServer, http: httpx.Client) -> None:
    record, mentor = uuid4(), uuid4()
    server.seed({record: {"hlf_mentorid": str(mentor)}})
    access = token(server, http)

    by_key = patch(http, f"contacts(hlf_mentorid='{mentor}')", access, {"a": 1}, **{"If-Match": "*"})
    by_named_primary_key = patch(http, f"contacts(contactid={record})", access, {"b": 2}, **{"If-Match": "*"})
    undeclared = patch(http, "contacts(emailaddress1='a@b.c')", access, {"c": 3}, **{"If-Match": "*"})
    missing = patch(http, f"contacts(hlf_mentorid='{uuid4()}')", access, {"d": 4}, **{"If-Match": "*"})

    assert (by_key.status_code, by_named_primary_key.status_code) == (204, 204)
    assert server.received(record) == [{"a": 1}, {"b": 2}]
    assert undeclared.status_code == 400
    assert undeclared.json()["error"]["message"].startswith(
        "The key in the request URI is not valid for resource 'Microsoft.Dynamics.CRM.contact'."
    )
    assert missing.status_code == 404
    assert missing.json()["error"] == {
        "code": "0x80048d02",
        "message": "A record with the specified key values does not exist in contact entity",
    }


def test_dataverse_refuses_what_it_does_not_know(server: DataverseTestServer, http: httpx.Client) -> None:
    access = token(server, http)
    server.columns = frozenset({"hlf_available"})

    unknown_set = patch(http, f"accounts({uuid4()})", access, {})
    unknown_column = patch(http, f"contacts({uuid4()})", access, {"hlf_nope": 1})
    not_an_object = patch(http, f"contacts({uuid4()})", access, [1, 2])

    assert unknown_set.status_code == 404
    assert unknown_set.json()["error"] == {
        "code": "0x8006088a",
        "message": "Resource not found for the segment 'accounts'.",
    }
    assert unknown_column.status_code == 400
    assert "Could not find a property named 'hlf_nope'" in unknown_column.json()["error"]["message"]
    assert not_an_object.status_code == 400
    assert not_an_object.json()["error"]["code"] == "0x80048d19"


def test_bearer_tokens_are_checked(server: DataverseTestServer, http: httpx.Client) -> None:
    record = uuid4()
    server.seed({record: {}})
    access = token(server, http)

    assert patch(http, f"contacts({record})", "made-up", {"a": 1}).status_code == 401
    server.expire_all_tokens()
    expired = patch(http, f"contacts({record})", access, {"a": 1})
    assert expired.status_code == 401
    assert expired.headers["WWW-Authenticate"].startswith(
        f"Bearer authorization_uri={server.authority_host}/{server.tenant_id}/oauth2/authorize"
    )
    assert server.received(record) == []


def test_missing_odata_headers_are_refused(server: DataverseTestServer, http: httpx.Client) -> None:
    response = http.patch(
        f"{API_PREFIX}/contacts({uuid4()})", json={}, headers={"Authorization": f"Bearer {token(server, http)}"}
    )

    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith("test double: OData-MaxVersion")


def test_faults_and_outages(server: DataverseTestServer, http: httpx.Client) -> None:
    record = uuid4()
    server.seed({record: {}})
    access = token(server, http)
    server.fail_next(429)
    server.fail_next(503, retry_after=3)

    throttled = patch(http, f"contacts({record})", access, {"a": 1})
    unavailable = patch(http, f"contacts({record})", access, {"a": 1})
    server.outage(True)
    out = patch(http, f"contacts({record})", access, {"a": 1})
    server.outage(False)
    server.drop_next()
    with pytest.raises(httpx.RemoteProtocolError):
        patch(http, f"contacts({record})", access, {"a": 1})

    assert (throttled.status_code, throttled.headers["Retry-After"]) == (429, "5")
    assert throttled.json()["error"]["code"] == "0x80072322"
    assert (unavailable.status_code, unavailable.headers["Retry-After"]) == (503, "3")
    assert out.status_code == 503
    assert server.received(record) == []
    assert [p.status for p in server.patches] == [429, 503, 503, 0]


def test_the_concurrency_limit(server: DataverseTestServer, http: httpx.Client) -> None:
    server.concurrency_limit = 0
    record = uuid4()
    server.seed({record: {}})

    response = patch(http, f"contacts({record})", token(server, http), {"a": 1})

    assert response.status_code == 429
    assert response.json()["error"] == {
        "code": "0x80072326",
        "message": "Number of concurrent requests exceeded the limit of 0.",
    }
    assert "Retry-After" in response.headers


def test_the_concurrency_limit_counts_requests_in_flight(server: DataverseTestServer) -> None:
    server.concurrency_limit = 2
    server.latency = 0.5
    records = [uuid4() for _ in range(4)]
    server.seed({r: {} for r in records})
    context = ssl.create_default_context(cafile=str(server.ca_bundle))
    with httpx.Client(base_url=server.url, verify=context) as http:
        access = token(server, http)

    def send(record: object) -> int:
        with httpx.Client(base_url=server.url, verify=context) as client:
            return patch(client, f"contacts({record})", access, {"a": 1}).status_code

    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = sorted(pool.map(send, records))

    assert statuses == [204, 204, 429, 429]
