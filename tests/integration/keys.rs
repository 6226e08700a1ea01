//! Token signing keys over the admin API, with `pocketctl` and with `pocket-id keys`: listing,
//! rotating, the key-encryption key file made on first start, and refusals that change nothing.

use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::{
    Daemon, client, expect_error, failed, json, ok, ok_json, pocket_id_bin, stdout_ok,
};

/// The keys and the audit log's size, to compare before and after a refused request.
async fn state_of(daemon: &Daemon, http: &reqwest::Client) -> Value {
    let keys = json(http.get(daemon.api("/keys")).send().await.unwrap(), 200).await;
    let audit = json(http.get(daemon.api("/audit")).send().await.unwrap(), 200).await;
    json!({ "keys": keys, "audit_total": audit["total"] })
}

/// `(alg, state)` of every key, in the order listed.
fn states(list: &Value) -> Vec<(String, String)> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            (
                k["alg"].as_str().unwrap().to_owned(),
                k["state"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn kid_in(list: &Value, alg: &str, state: &str) -> String {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["alg"] == alg && k["state"] == state)
        .unwrap_or_else(|| panic!("no {alg} {state} key: {list}"))["kid"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, s)| ((*a).to_owned(), (*s).to_owned()))
        .collect()
}

#[tokio::test]
async fn keys_are_listed_and_rotated_over_the_admin_api() {
    let daemon = Daemon::start();
    let key = daemon.create_key("tests");
    let http = client(&key);

    let list = json(http.get(daemon.api("/keys")).send().await.unwrap(), 200).await;
    assert_eq!(
        states(&list),
        pairs(&[("ES256", "active"), ("ES256", "next")])
    );
    let active = kid_in(&list, "ES256", "active");
    let next = kid_in(&list, "ES256", "next");
    assert_eq!(active.len(), 43, "a SHA-256 thumbprint: {active}");
    for item in list["items"].as_array().unwrap() {
        let mut fields: Vec<&str> = item
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        fields.sort_unstable();
        assert_eq!(
            fields,
            [
                "activated_at",
                "alg",
                "created_at",
                "kid",
                "published_until",
                "retired_at",
                "state"
            ],
            "nothing private is listed: {item}"
        );
    }
    assert!(list["items"][1]["activated_at"].is_null());

    // Every algorithm in use: the next key signs, the active one retires, a new next appears.
    let rotated = json(
        http.post(daemon.api("/keys/rotate"))
            .json(&json!({}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(
        states(&rotated),
        pairs(&[("ES256", "active"), ("ES256", "next"), ("ES256", "retired")])
    );
    assert_eq!(kid_in(&rotated, "ES256", "active"), next);
    assert_eq!(kid_in(&rotated, "ES256", "retired"), active);
    let retired = &rotated["items"][2];
    let at = |v: &Value| chrono::DateTime::parse_from_rfc3339(v.as_str().unwrap()).unwrap();
    assert_eq!(
        at(&retired["published_until"]) - at(&retired["retired_at"]),
        chrono::Duration::hours(25)
    );
    assert_eq!(
        json(http.get(daemon.api("/keys")).send().await.unwrap(), 200).await,
        rotated
    );

    // One algorithm: RS256 has no keys yet, so rotating it makes its first ones.
    let rotated = json(
        http.post(daemon.api("/keys/rotate"))
            .json(&json!({ "alg": "RS256" }))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(
        states(&rotated),
        pairs(&[
            ("ES256", "active"),
            ("ES256", "next"),
            ("ES256", "retired"),
            ("RS256", "active"),
            ("RS256", "next")
        ])
    );
    assert_eq!(kid_in(&rotated, "ES256", "active"), next);

    let audit = json(
        http.get(daemon.api("/audit?action=signing_key.rotate"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(audit["total"], 2, "{audit}");
    let latest = &audit["items"][0];
    assert_eq!(latest["actor"], "tests");
    assert_eq!(latest["target"], "RS256");
    assert_eq!(latest["details"]["automatic"], false);
    assert_eq!(
        audit["items"][1]["details"]["rotations"][0]["retired"][0],
        active.as_str()
    );
}

#[tokio::test]
async fn refused_rotations_change_nothing() {
    let daemon = Daemon::start();
    let key = daemon.create_key("tests");
    let http = client(&key);
    let before = state_of(&daemon, &http).await;

    for body in [
        json!({ "alg": "HS256" }),
        json!({ "alg": "none" }),
        json!({ "alg": "es256" }),
        json!({ "alg": 256 }),
        json!({ "algorithm": "ES256" }),
        json!(["ES256"]),
    ] {
        let response = http
            .post(daemon.api("/keys/rotate"))
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_error(response, 400, "bad_request").await;
    }
    let response = http.post(daemon.api("/keys/rotate")).send().await.unwrap();
    assert!(
        response.status().is_client_error(),
        "no body: {}",
        response.status()
    );
    // Without an API key.
    let anonymous = reqwest::Client::new();
    let response = anonymous
        .post(daemon.api("/keys/rotate"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    expect_error(response, 401, "unauthorized").await;
    let response = anonymous.get(daemon.api("/keys")).send().await.unwrap();
    expect_error(response, 401, "unauthorized").await;

    assert_eq!(state_of(&daemon, &http).await, before);
}

#[tokio::test]
async fn pocketctl_lists_and_rotates_keys() {
    let daemon = Daemon::start();
    let key = daemon.create_key("tests");

    let table = ok(&daemon, &key, &["keys", "list"]);
    assert!(table.contains("published until"), "{table}");
    assert!(
        table.contains("active") && table.contains("next"),
        "{table}"
    );
    let before = ok_json(&daemon, &key, &["keys", "list"]);

    // Rotating asks first: without a terminal it needs --yes, and nothing changes without it.
    let refused = failed(&daemon.pocketctl(&key, &["keys", "rotate"]), 2);
    assert!(refused.contains("--yes"), "{refused}");
    assert_eq!(ok_json(&daemon, &key, &["keys", "list"]), before);
    let bad = failed(
        &daemon.pocketctl(&key, &["keys", "rotate", "--alg", "HS256", "--yes"]),
        2,
    );
    assert!(bad.contains("ES256"), "{bad}");
    assert_eq!(ok_json(&daemon, &key, &["keys", "list"]), before);

    let rotated = ok(&daemon, &key, &["keys", "rotate", "--yes"]);
    assert!(rotated.contains("Rotated the signing keys."), "{rotated}");
    assert!(rotated.contains("retired"), "{rotated}");
    let list = ok_json(&daemon, &key, &["keys", "list"]);
    assert_eq!(
        states(&list),
        pairs(&[("ES256", "active"), ("ES256", "next"), ("ES256", "retired")])
    );
    assert_eq!(
        kid_in(&list, "ES256", "active"),
        kid_in(&before, "ES256", "next")
    );

    let rotated = ok_json(
        &daemon,
        &key,
        &["keys", "rotate", "--alg", "RS256", "--yes"],
    );
    assert_eq!(
        states(&rotated),
        pairs(&[
            ("ES256", "active"),
            ("ES256", "next"),
            ("ES256", "retired"),
            ("RS256", "active"),
            ("RS256", "next")
        ])
    );
}

#[tokio::test]
async fn pocket_id_rotates_keys_straight_in_the_database() {
    let daemon = Daemon::start();
    let key = daemon.create_key("tests");
    let http = client(&key);
    let before = json(http.get(daemon.api("/keys")).send().await.unwrap(), 200).await;

    let listed = stdout_ok(&daemon.pocket_id(&["keys", "list"]));
    assert!(listed.starts_with("kid"), "{listed}");
    assert!(
        listed.contains(&kid_in(&before, "ES256", "active")),
        "{listed}"
    );

    let rotated = stdout_ok(&daemon.pocket_id(&["keys", "rotate"]));
    assert!(rotated.contains("retired"), "{rotated}");
    // The running daemon lists what the command wrote.
    let after = json(http.get(daemon.api("/keys")).send().await.unwrap(), 200).await;
    assert_eq!(
        states(&after),
        pairs(&[("ES256", "active"), ("ES256", "next"), ("ES256", "retired")])
    );
    assert_eq!(
        kid_in(&after, "ES256", "active"),
        kid_in(&before, "ES256", "next")
    );
    let audit = json(
        http.get(daemon.api("/audit?action=signing_key.rotate"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(audit["items"][0]["actor"], "local-admin");
    assert!(
        audit["items"][0]["user_agent"]
            .as_str()
            .unwrap()
            .contains("keys rotate"),
        "{audit}"
    );

    let rotated = stdout_ok(&daemon.pocket_id(&["keys", "rotate", "--alg", "RS256"]));
    assert!(rotated.contains("RS256"), "{rotated}");
    let output = daemon.pocket_id(&["keys", "rotate", "--alg", "HS256"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        json(http.get(daemon.api("/keys")).send().await.unwrap(), 200).await["items"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
}

/// Runs `pocket-id … serve` on `dir` expecting it to fail at start-up; returns its stderr.
fn failed_start(dir: &std::path::Path, extra: &[&str]) -> String {
    let mut child = Command::new(pocket_id_bin())
        .arg("--data-dir")
        .arg(dir)
        .args(["--listen", "127.0.0.1:0"])
        .args(extra)
        .arg("serve")
        .env_remove("POCKET_ID_CONFIG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(!status.success());
            let mut stderr = String::new();
            std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
            return stderr;
        }
        if started.elapsed() > Duration::from_secs(30) {
            child.kill().unwrap();
            panic!("the daemon started with the wrong key-encryption key");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[tokio::test]
async fn the_key_encryption_key_is_made_once_and_a_different_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let daemon = Daemon::start_in(dir.path(), &[]);
    let key = daemon.create_key("tests");
    let kek_file = dir.path().join("encryption.key");
    let metadata = std::fs::metadata(&kek_file).unwrap();
    assert_eq!(metadata.permissions().mode() & 0o777, 0o600);
    let kek = std::fs::read_to_string(&kek_file).unwrap();
    assert_eq!(kek.trim().len(), 64, "hex of 32 bytes: {kek}");
    assert!(kek.trim().chars().all(|c| c.is_ascii_hexdigit()));
    assert!(daemon.log_contains("backup"), "{}", daemon.logs());
    let before = ok_json(&daemon, &key, &["keys", "list"]);
    assert!(daemon.stop().success());

    // The same file on the next start: the same keys, and no second warning.
    let daemon = Daemon::start_in(dir.path(), &[]);
    assert_eq!(ok_json(&daemon, &key, &["keys", "list"]), before);
    assert_eq!(std::fs::read_to_string(&kek_file).unwrap(), kek);
    assert!(!daemon.logs().contains("backup"), "{}", daemon.logs());
    assert!(daemon.stop().success());

    // Another key: a clear refusal that names the setting, and nothing is replaced.
    let other = dir.path().join("other.key");
    std::fs::write(&other, format!("{}\n", "5a".repeat(32))).unwrap();
    let stderr = failed_start(
        dir.path(),
        &["--encryption-key-file", other.to_str().unwrap()],
    );
    assert!(
        stderr.contains("cannot decrypt the signing key")
            && stderr.contains("encryption_key_file")
            && stderr.contains("Nothing was changed"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&kek_file).unwrap(), kek);
    let daemon = Daemon::start_in(dir.path(), &[]);
    assert_eq!(ok_json(&daemon, &key, &["keys", "list"]), before);
    drop(daemon);

    // A damaged key file is a configuration error.
    std::fs::write(&kek_file, "not a key\n").unwrap();
    let output = Command::new(pocket_id_bin())
        .arg("--data-dir")
        .arg(dir.path())
        .arg("check-config")
        .env_remove("POCKET_ID_CONFIG")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("encryption_key_file") && stderr.contains("encryption.key"),
        "{stderr}"
    );
}

#[tokio::test]
async fn a_configured_key_file_is_used_and_none_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let kek = dir.path().join("kek");
    std::fs::write(&kek, format!("{}\n", "c3".repeat(32))).unwrap();
    let data = dir.path().join("data");
    let flag = ["--encryption-key-file", kek.to_str().unwrap()];
    let daemon = Daemon::start_in(&data, &flag);
    assert!(!data.join("encryption.key").exists());
    let key = daemon.create_key_with(&flag, "tests");
    let list = ok_json(&daemon, &key, &["keys", "list"]);
    assert_eq!(list["items"].as_array().unwrap().len(), 2);
    assert!(daemon.stop().success());
    // The keys need that key: the default file made now does not open them.
    let stderr = failed_start(&data, &[]);
    assert!(
        stderr.contains("cannot decrypt the signing key"),
        "{stderr}"
    );
}

#[tokio::test]
async fn two_servers_on_one_postgres_database_rotate_without_doubling_keys() {
    let Some(url) = crate::daemon::fresh_postgres_database().await else {
        return;
    };
    let (one, two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // Both servers need the same key-encryption key.
    let kek = one.path().join("kek");
    std::fs::write(&kek, format!("{}\n", "e1".repeat(32))).unwrap();
    let flags = [
        "--database-url",
        &url,
        "--encryption-key-file",
        kek.to_str().unwrap(),
    ];
    let first = Daemon::start_in(one.path(), &flags);
    let second = Daemon::start_in(two.path(), &flags);
    let key = first.create_key_with(&flags, "tests");
    let http = client(&key);

    // Rotations from both servers at once: each one happens whole or is refused whole.
    let mut done = 0;
    for _ in 0..3 {
        let rotate = |daemon: &Daemon| {
            http.post(daemon.api("/keys/rotate"))
                .json(&json!({}))
                .send()
        };
        let (a, b) = tokio::join!(rotate(&first), rotate(&second));
        for response in [a.unwrap(), b.unwrap()] {
            match response.status().as_u16() {
                200 => done += 1,
                409 => {
                    expect_error(response, 409, "conflict").await;
                }
                other => panic!(
                    "rotation answered {other}: {}",
                    response.text().await.unwrap()
                ),
            }
        }
    }
    assert!(done >= 3, "{done} rotations");
    let list = json(http.get(second.api("/keys")).send().await.unwrap(), 200).await;
    let count = |state: &str| {
        states(&list)
            .iter()
            .filter(|(alg, s)| alg == "ES256" && s == state)
            .count()
    };
    assert_eq!((count("active"), count("next")), (1, 1), "{list}");
    assert_eq!(count("retired"), done, "{list}");
    let audit = json(
        http.get(first.api("/audit?action=signing_key.rotate"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(audit["total"], done, "{audit}");
}
