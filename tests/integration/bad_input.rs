//! Every refused request gets the right 4xx and the one error shape, and changes nothing.

use serde_json::{Value, json};

use crate::support::{Daemon, client, expect_error, json};

/// Everything an admin can see, to compare before and after a refused request.
async fn state_of(daemon: &Daemon, http: &reqwest::Client) -> Value {
    let mut state = serde_json::Map::new();
    for path in [
        "/users",
        "/groups",
        "/api-keys",
        "/users/alice/claims",
        "/groups/family/members",
    ] {
        let mut value = json(http.get(daemon.api(path)).send().await.unwrap(), 200).await;
        // Using a key updates its last-used time; that is not a change by the request.
        if path == "/api-keys" {
            for key in value["items"].as_array_mut().unwrap() {
                key["last_used_at"] = Value::Null;
            }
        }
        state.insert(path.into(), value);
    }
    let audit = json(http.get(daemon.api("/audit")).send().await.unwrap(), 200).await;
    state.insert("audit_total".into(), audit["total"].clone());
    Value::Object(state)
}

struct Case {
    what: &'static str,
    request: reqwest::RequestBuilder,
    status: u16,
    code: &'static str,
}

#[tokio::test]
async fn refused_requests_change_nothing() {
    let daemon = Daemon::start();
    let key = daemon.create_key("tests");
    let http = client(&key);
    json(
        http.post(daemon.api("/users"))
            .json(&json!({"username": "alice", "email": "alice@example.com"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    json(
        http.post(daemon.api("/groups"))
            .json(&json!({"name": "family"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let revoked = json(
        http.post(daemon.api("/api-keys"))
            .json(&json!({"name": "old"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let revoked = revoked["secret"].as_str().unwrap().to_owned();
    json(
        http.delete(daemon.api("/api-keys/old"))
            .send()
            .await
            .unwrap(),
        204,
    )
    .await;
    let expired = stdout_key(
        &daemon,
        &["api-key", "create", "--name", "short", "--expires", "1s"],
    );
    let anonymous = reqwest::Client::new();

    let before = state_of(&daemon, &http).await;
    // Let the short key expire (keys are kept to the second).
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;

    let cases = vec![
        Case {
            what: "duplicate username in another case",
            request: http
                .post(daemon.api("/users"))
                .json(&json!({"username": "ALICE"})),
            status: 409,
            code: "conflict",
        },
        Case {
            what: "duplicate email in another case",
            request: http
                .post(daemon.api("/users"))
                .json(&json!({"username": "bob", "email": "Alice@Example.COM"})),
            status: 409,
            code: "conflict",
        },
        Case {
            what: "invalid email in an update",
            request: http
                .patch(daemon.api("/users/alice"))
                .json(&json!({"email": "not-an-email"})),
            status: 422,
            code: "invalid_input",
        },
        Case {
            what: "invalid email",
            request: http
                .post(daemon.api("/users"))
                .json(&json!({"username": "bob", "email": "bob@"})),
            status: 422,
            code: "invalid_input",
        },
        Case {
            what: "invalid username",
            request: http
                .post(daemon.api("/users"))
                .json(&json!({"username": "-bob"})),
            status: 422,
            code: "invalid_input",
        },
        Case {
            what: "unknown JSON field",
            request: http
                .post(daemon.api("/users"))
                .json(&json!({"username": "bob", "password": "x"})),
            status: 400,
            code: "bad_request",
        },
        Case {
            what: "malformed JSON",
            request: http
                .post(daemon.api("/users"))
                .header("content-type", "application/json")
                .body("{\"username\":"),
            status: 400,
            code: "bad_request",
        },
        Case {
            what: "wrong type",
            request: http
                .post(daemon.api("/users"))
                .json(&json!({"username": "bob", "is_admin": "yes"})),
            status: 400,
            code: "bad_request",
        },
        Case {
            what: "not JSON",
            request: http
                .post(daemon.api("/users"))
                .header("content-type", "text/plain")
                .body("username=bob"),
            status: 415,
            code: "unsupported_media_type",
        },
        Case {
            what: "missing key",
            request: anonymous
                .post(daemon.api("/users"))
                .json(&json!({"username": "bob"})),
            status: 401,
            code: "unauthorized",
        },
        Case {
            what: "wrong key",
            request: anonymous
                .post(daemon.api("/users"))
                .bearer_auth("pid_0000000000000000000000000000000000000000")
                .json(&json!({"username": "bob"})),
            status: 401,
            code: "unauthorized",
        },
        Case {
            what: "malformed authorization",
            request: anonymous
                .post(daemon.api("/users"))
                .header("authorization", format!("Basic {key}"))
                .json(&json!({"username": "bob"})),
            status: 401,
            code: "unauthorized",
        },
        Case {
            what: "revoked key",
            request: anonymous
                .post(daemon.api("/users"))
                .bearer_auth(&revoked)
                .json(&json!({"username": "bob"})),
            status: 401,
            code: "unauthorized",
        },
        Case {
            what: "expired key",
            request: anonymous
                .post(daemon.api("/users"))
                .header("x-api-key", &expired)
                .json(&json!({"username": "bob"})),
            status: 401,
            code: "unauthorized",
        },
        Case {
            what: "reserved claim name",
            request: http
                .put(daemon.api("/users/alice/claims/email"))
                .json(&json!({"value": "x@y.z"})),
            status: 422,
            code: "invalid_input",
        },
        Case {
            what: "reserved claim name on a group, other case",
            request: http
                .put(daemon.api("/groups/family/claims/Groups"))
                .json(&json!({"value": ["x"]})),
            status: 422,
            code: "invalid_input",
        },
        Case {
            what: "null claim value",
            request: http
                .put(daemon.api("/users/alice/claims/team"))
                .json(&json!({"value": null})),
            status: 422,
            code: "invalid_input",
        },
        Case {
            what: "claim of an unknown user",
            request: http
                .put(daemon.api("/users/nobody/claims/team"))
                .json(&json!({"value": 1})),
            status: 404,
            code: "not_found",
        },
        Case {
            what: "member of an unknown group",
            request: http.put(daemon.api("/groups/nogroup/members/alice")),
            status: 404,
            code: "not_found",
        },
        Case {
            what: "unknown user into a group",
            request: http.put(daemon.api("/groups/family/members/nobody")),
            status: 404,
            code: "not_found",
        },
        Case {
            what: "removing a non-member",
            request: http.delete(daemon.api("/groups/family/members/alice")),
            status: 404,
            code: "not_found",
        },
        Case {
            what: "duplicate group name",
            request: http
                .post(daemon.api("/groups"))
                .json(&json!({"name": "Family"})),
            status: 409,
            code: "conflict",
        },
        Case {
            what: "invalid group name",
            request: http
                .post(daemon.api("/groups"))
                .json(&json!({"name": "a b"})),
            status: 422,
            code: "invalid_input",
        },
        Case {
            what: "duplicate active API key name",
            request: http
                .post(daemon.api("/api-keys"))
                .json(&json!({"name": "tests"})),
            status: 409,
            code: "conflict",
        },
        Case {
            what: "API key expiring in the past",
            request: http
                .post(daemon.api("/api-keys"))
                .json(&json!({"name": "x", "expires_at": "2001-01-01T00:00:00Z"})),
            status: 422,
            code: "invalid_input",
        },
        Case {
            what: "revoking a revoked key",
            request: http.delete(daemon.api("/api-keys/old")),
            status: 404,
            code: "not_found",
        },
        Case {
            what: "unknown user",
            request: http.delete(daemon.api("/users/nobody")),
            status: 404,
            code: "not_found",
        },
        Case {
            what: "page zero",
            request: http.get(daemon.api("/users?page=0")),
            status: 422,
            code: "invalid_input",
        },
        Case {
            what: "page not a number",
            request: http.get(daemon.api("/users?page=two")),
            status: 400,
            code: "bad_request",
        },
        Case {
            what: "audit since after until",
            request: http
                .get(daemon.api("/audit?since=2030-01-01T00:00:00Z&until=2020-01-01T00:00:00Z")),
            status: 422,
            code: "invalid_input",
        },
        Case {
            what: "unknown path",
            request: http.get(daemon.api("/nothing-here")),
            status: 404,
            code: "not_found",
        },
        Case {
            what: "wrong method",
            request: http.put(daemon.api("/users")),
            status: 405,
            code: "method_not_allowed",
        },
    ];

    for case in cases {
        let response = case.request.send().await.unwrap();
        let status = response.status().as_u16();
        assert_eq!(status, case.status, "{}: got {status}", case.what);
        let body = expect_error(response, case.status, case.code).await;
        assert!(
            body["message"].as_str().unwrap().len() > 5,
            "{}: {body}",
            case.what
        );
    }

    assert_eq!(
        state_of(&daemon, &http).await,
        before,
        "a refused request changed something"
    );
}

fn stdout_key(daemon: &Daemon, args: &[&str]) -> String {
    let output = daemon.pocket_id(args);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap().trim().to_owned()
}

/// Sends a raw HTTP/1.1 request and returns the status and body of the answer. Writing stops
/// quietly when the server closes early, as it may for a body it refuses.
fn raw_request(
    base: &str,
    key: &str,
    extra_headers: &str,
    body: &[u8],
) -> (u16, serde_json::Value) {
    use std::io::{Read, Write};
    let address = base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    let head = format!(
        "POST /api/v1/users HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {key}\r\nContent-Type: application/json\r\nConnection: close\r\n{extra_headers}\r\n"
    );
    stream.write_all(head.as_bytes()).unwrap();
    let _ = stream.write_all(body);
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text.split("\r\n\r\n").nth(1).unwrap_or("");
    // The body may be chunked: take the JSON object inside.
    let json_text = body
        .find('{')
        .map(|start| &body[start..=body.rfind('}').unwrap()])
        .unwrap_or("null");
    (
        status,
        serde_json::from_str(json_text).unwrap_or(serde_json::Value::Null),
    )
}

#[tokio::test]
async fn oversized_bodies_are_refused_without_being_read() {
    let daemon = Daemon::start();
    let key = daemon.create_key("tests");
    let http = client(&key);
    let big = format!(
        "{{\"username\":\"bob\",\"first_name\":\"{}\"}}",
        "x".repeat(100_000)
    );

    // Declared too large: refused from the headers alone.
    let (status, body) = raw_request(
        &daemon.base,
        &key,
        &format!("Content-Length: {}\r\n", big.len()),
        big.as_bytes(),
    );
    assert_eq!(status, 413);
    assert_eq!(body["code"], "payload_too_large");

    // Chunked, with no length: refused once the cap is passed.
    let mut chunked = Vec::new();
    for piece in big.as_bytes().chunks(8192) {
        chunked.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        chunked.extend_from_slice(piece);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let (status, body) = raw_request(
        &daemon.base,
        &key,
        "Transfer-Encoding: chunked\r\n",
        &chunked,
    );
    assert_eq!(status, 413);
    assert_eq!(body["code"], "payload_too_large");

    let users = json(http.get(daemon.api("/users")).send().await.unwrap(), 200).await;
    assert_eq!(users["total"], 0, "nothing was created");
}

#[tokio::test]
async fn an_error_shape_names_the_field_and_the_fix() {
    let daemon = Daemon::start();
    let http = client(&daemon.create_key("tests"));
    let body = expect_error(
        http.post(daemon.api("/users"))
            .json(&json!({"username": "bob", "email": "bob at example"}))
            .send()
            .await
            .unwrap(),
        422,
        "invalid_input",
    )
    .await;
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("alice@example.com"),
        "{body}"
    );
}
