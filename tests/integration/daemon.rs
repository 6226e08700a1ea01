//! The daemon as an operator meets it: start-up, restart, health, the admin socket, shutdown,
//! configuration checks, migrations and the published spec.

use std::os::unix::fs::PermissionsExt;

use serde_json::json;

use crate::support::{Daemon, client, json, pocket_id_bin, stdout_ok};

#[tokio::test]
async fn data_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let daemon = Daemon::start_in(dir.path(), &[]);
    let key = daemon.create_key("ops");
    let http = client(&key);
    json(
        http.post(daemon.api("/users"))
            .json(&json!({"username": "alice"}))
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
    json(
        http.put(daemon.api("/groups/family/members/alice"))
            .send()
            .await
            .unwrap(),
        204,
    )
    .await;
    json(
        http.put(daemon.api("/users/alice/claims/team"))
            .json(&json!({"value": "blue"}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert!(daemon.stop().success(), "SIGTERM is a clean exit");

    let daemon = Daemon::start_in(dir.path(), &[]);
    let http = client(&key);
    let users = json(http.get(daemon.api("/users")).send().await.unwrap(), 200).await;
    assert_eq!(users["items"][0]["username"], "alice");
    let members = json(
        http.get(daemon.api("/groups/family/members"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(members["items"][0]["username"], "alice");
    let claims = json(
        http.get(daemon.api("/users/alice/claims"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(claims["items"][0]["value"], "blue");
    let audit = json(
        http.get(daemon.api("/audit?actor=ops"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(audit["total"], 4);
}

#[tokio::test]
async fn health_is_reported_over_http_and_by_the_healthcheck_command() {
    let daemon = Daemon::start();
    let health = json(
        reqwest::get(format!("{}/healthz", daemon.base))
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(health["status"], "ok");
    let head = reqwest::Client::new()
        .head(format!("{}/healthz", daemon.base))
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), 200);

    let ok = daemon.pocket_id(&["healthcheck", "--url", &daemon.base]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let down = daemon.pocket_id(&[
        "healthcheck",
        "--url",
        "http://127.0.0.1:1",
        "--timeout",
        "1",
    ]);
    assert_eq!(down.status.code(), Some(1));
}

#[tokio::test]
async fn the_admin_socket_is_private_and_needs_no_key() {
    let daemon = Daemon::start();
    let socket = daemon.socket();
    let mode = std::fs::metadata(&socket).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "socket mode {mode:o}");

    let local = reqwest::Client::builder()
        .unix_socket(socket.clone())
        .build()
        .unwrap();
    let created = json(
        local
            .post("http://localhost/api/v1/users")
            .json(&json!({"username": "root-made"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    assert_eq!(created["username"], "root-made");
    let audit = json(
        local
            .get("http://localhost/api/v1/audit?action=user.create")
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(audit["items"][0]["actor_kind"], "local_admin");
    assert_eq!(audit["items"][0]["actor"], "local-admin");

    // Over TCP the same request needs a key.
    let response = reqwest::Client::new()
        .get(daemon.api("/users"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);

    assert!(daemon.stop().success());
    assert!(!socket.exists(), "the socket is removed on shutdown");
}

#[tokio::test]
async fn every_response_carries_a_request_id_and_security_headers() {
    let daemon = Daemon::start();
    let response = reqwest::get(daemon.api("/users")).await.unwrap();
    let headers = response.headers().clone();
    let id = headers["x-request-id"].to_str().unwrap().to_owned();
    assert_eq!(id.len(), 32);
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["cache-control"], "no-store");
    let body = json(response, 401).await;
    assert_eq!(body["request_id"], id.as_str());
    assert!(daemon.log_contains(&id), "the request id is in the log");
}

#[test]
fn check_config_reports_every_problem_at_once() {
    let output = std::process::Command::new(pocket_id_bin())
        .args(["--listen", "nowhere", "--log-format", "xml", "check-config"])
        .env("POCKET_ID_PUBLIC_URL", "ftp://id.example.com")
        .env("POCKET_ID_TRUSTED_PROXIES", "10.0.0.0/8,not-an-ip")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    for needle in [
        "4 problems",
        "POCKET_ID_PUBLIC_URL",
        "--listen",
        "POCKET_ID_LOG_FORMAT",
        "`not-an-ip`",
    ] {
        assert!(stderr.contains(needle), "missing {needle}: {stderr}");
    }

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pocket-id.toml");
    std::fs::write(&file, "public_url = \"https://id.example.com\"\nlisten = \"127.0.0.1:9999\"\ntrusted_proxies = [\"10.0.0.1\"]\n").unwrap();
    let output = std::process::Command::new(pocket_id_bin())
        .arg("--config")
        .arg(&file)
        .args(["--listen", "127.0.0.1:7777", "check-config"])
        .env_remove("POCKET_ID_LISTEN")
        .env("PUBLIC_URL", "https://other.example.com")
        .output()
        .unwrap();
    let stdout = stdout_ok(&output);
    // Flags beat the environment, which beats the file.
    assert!(stdout.contains("127.0.0.1:7777"), "{stdout}");
    assert!(stdout.contains("https://other.example.com"), "{stdout}");

    std::fs::write(
        &file,
        "public_url = \"https://id.example.com\"\nlisten_address = \"x\"\n",
    )
    .unwrap();
    let output = std::process::Command::new(pocket_id_bin())
        .arg("--config")
        .arg(&file)
        .arg("check-config")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("listen_address"));
}

#[test]
fn the_example_configuration_is_valid() {
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/pocket-id.example.toml");
    let output = std::process::Command::new(pocket_id_bin())
        .arg("--config")
        .arg(&example)
        .arg("check-config")
        .env_remove("POCKET_ID_PUBLIC_URL")
        .env_remove("PUBLIC_URL")
        .output()
        .unwrap();
    let stdout = stdout_ok(&output);
    assert!(stdout.contains("https://id.example.com"), "{stdout}");
}

#[test]
fn migrate_status_lists_the_applied_migrations() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(pocket_id_bin())
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .output()
            .unwrap()
    };
    let before = stdout_ok(&run(&["migrate", "status"]));
    assert!(
        before.contains("pending  m20261201_000001_directory"),
        "{before}"
    );
    stdout_ok(&run(&["migrate", "up"]));
    let after = stdout_ok(&run(&["migrate", "status"]));
    assert!(
        after.contains("applied  m20261201_000001_directory"),
        "{after}"
    );
}

#[tokio::test]
async fn the_published_spec_matches_the_committed_snapshot() {
    let snapshot_path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/openapi.json");
    let printed = std::process::Command::new(pocket_id_bin())
        .arg("openapi")
        .output()
        .unwrap();
    let printed = stdout_ok(&printed);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&snapshot_path, &printed).unwrap();
    }
    let committed = std::fs::read_to_string(&snapshot_path).unwrap_or_default();
    assert!(
        committed == printed,
        "packaging/openapi.json is out of date: run `UPDATE_SNAPSHOTS=1 cargo test --workspace --test integration spec` and commit it"
    );

    let daemon = Daemon::start();
    let served: serde_json::Value = json(
        reqwest::get(daemon.api("/openapi.json")).await.unwrap(),
        200,
    )
    .await;
    let printed: serde_json::Value = serde_json::from_str(&printed).unwrap();
    assert_eq!(served, printed);
    // Every operation is documented and names its errors.
    for (path, item) in printed["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            assert!(
                operation["summary"].is_string(),
                "{method} {path} has no summary"
            );
            assert!(
                operation["responses"]["401"].is_object(),
                "{method} {path} lists no 401"
            );
        }
    }
    let docs = reqwest::get(format!("{}/api/docs", daemon.base))
        .await
        .unwrap();
    assert_eq!(docs.status(), 200);
    assert!(docs.text().await.unwrap().contains("swagger"));
}

/// A fresh PostgreSQL database for one test, on the server `tests/run.sh` starts.
pub async fn fresh_postgres_database() -> Option<String> {
    let Ok(admin_url) = std::env::var("POCKET_ID_TEST_POSTGRES_URL") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the PostgreSQL test: run the tests with tests/run.sh"
        );
        eprintln!("POCKET_ID_TEST_POSTGRES_URL is not set: run tests/run.sh to include PostgreSQL");
        return None;
    };
    use sea_orm::ConnectionTrait;
    let name = format!("pocket_test_{}", uuid::Uuid::new_v4().simple());
    let admin = sea_orm::Database::connect(&admin_url).await.unwrap();
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    admin.close().await.unwrap();
    let (base, _) = admin_url.rsplit_once('/').unwrap();
    Some(format!("{base}/{name}"))
}

#[tokio::test]
async fn postgres_serves_the_same_directory() {
    let Some(url) = fresh_postgres_database().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let daemon = Daemon::start_in(dir.path(), &["--database-url", &url]);
    assert!(
        !dir.path().join("pocket-id.db").exists(),
        "no SQLite file with PostgreSQL"
    );
    let key = daemon.create_key_with(&["--database-url", &url], "ops");
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
    crate::support::expect_error(
        http.post(daemon.api("/users"))
            .json(&json!({"username": "ALICE"}))
            .send()
            .await
            .unwrap(),
        409,
        "conflict",
    )
    .await;
    crate::support::expect_error(
        http.post(daemon.api("/users"))
            .json(&json!({"username": "bob", "email": "ALICE@example.com"}))
            .send()
            .await
            .unwrap(),
        409,
        "conflict",
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
    json(
        http.put(daemon.api("/groups/family/members/alice"))
            .send()
            .await
            .unwrap(),
        204,
    )
    .await;
    json(
        http.put(daemon.api("/groups/family/claims/role"))
            .json(&json!({"value": ["a"]}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    json(
        http.put(daemon.api("/groups/family/claims/role"))
            .json(&json!({"value": "b"}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let found = json(
        http.get(daemon.api("/users?search=LIC"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(found["total"], 1);
    let group = json(
        http.get(daemon.api("/groups/FAMILY")).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(group["member_count"], 1);
    json(
        http.post(daemon.api("/api-keys"))
            .json(&json!({"name": "k"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    crate::support::expect_error(
        http.post(daemon.api("/api-keys"))
            .json(&json!({"name": "k"}))
            .send()
            .await
            .unwrap(),
        409,
        "conflict",
    )
    .await;
    json(
        http.delete(daemon.api("/api-keys/k")).send().await.unwrap(),
        204,
    )
    .await;
    json(
        http.post(daemon.api("/api-keys"))
            .json(&json!({"name": "k"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    assert!(daemon.stop().success());

    let daemon = Daemon::start_in(dir.path(), &["--database-url", &url]);
    let http = client(&key);
    let claims = json(
        http.get(daemon.api("/groups/family/claims"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(claims["items"], json!([{"key": "role", "value": "b"}]));
    let audit = json(
        http.get(daemon.api("/audit?actor=ops"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(audit["total"], 8);
}
