//! The admin API's successful paths, over HTTP with an API key.

use serde_json::{Value, json};

use crate::support::{Daemon, client, json};

#[tokio::test]
async fn users_can_be_created_listed_changed_disabled_and_deleted() {
    let daemon = Daemon::start();
    let http = client(&daemon.create_key("tests"));

    let alice = json(
        http.post(daemon.api("/users"))
            .json(&json!({"username": "alice", "email": "alice@example.com", "first_name": "Alice", "last_name": "Liddell"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    assert_eq!(alice["display_name"], "Alice Liddell");
    assert_eq!(alice["is_admin"], false);
    let id = alice["id"].as_str().unwrap().to_owned();

    for i in 0..3 {
        json(
            http.post(daemon.api("/users"))
                .json(&json!({"username": format!("user{i}")}))
                .send()
                .await
                .unwrap(),
            201,
        )
        .await;
    }

    // By id and by username, in any case.
    for reference in [id.as_str(), "alice", "ALICE"] {
        let got = json(
            http.get(daemon.api(&format!("/users/{reference}")))
                .send()
                .await
                .unwrap(),
            200,
        )
        .await;
        assert_eq!(got["id"], id.as_str());
    }

    let page = json(
        http.get(daemon.api("/users?per_page=2&page=2"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(page["total"], 4);
    assert_eq!(page["items"].as_array().unwrap().len(), 2);
    assert_eq!(page["items"][0]["username"], "user1");

    let found = json(
        http.get(daemon.api("/users?search=LIDD"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(found["total"], 1);
    assert_eq!(found["items"][0]["username"], "alice");

    let changed = json(
        http.patch(daemon.api("/users/alice"))
            .json(&json!({"display_name": "Al", "is_admin": true, "last_name": ""}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(changed["display_name"], "Al");
    assert_eq!(changed["is_admin"], true);
    assert_eq!(changed["last_name"], Value::Null);
    assert_eq!(changed["email"], "alice@example.com");

    let disabled = json(
        http.post(daemon.api("/users/alice/disable"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(disabled["disabled"], true);
    let enabled = json(
        http.post(daemon.api("/users/alice/enable"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(enabled["disabled"], false);

    json(
        http.delete(daemon.api("/users/user0"))
            .send()
            .await
            .unwrap(),
        204,
    )
    .await;
    let page = json(http.get(daemon.api("/users")).send().await.unwrap(), 200).await;
    assert_eq!(page["total"], 3);

    let audit = json(
        http.get(daemon.api("/audit?action=user."))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "user.delete",
            "user.enable",
            "user.disable",
            "user.update",
            "user.create",
            "user.create",
            "user.create",
            "user.create"
        ]
    );
    let update = &audit["items"][3];
    assert_eq!(update["actor"], "tests");
    assert_eq!(update["actor_kind"], "api_key");
    assert_eq!(update["target"], "alice");
    assert_eq!(update["ip"], "127.0.0.1");
    assert_eq!(update["details"]["is_admin"], true);
    assert!(
        update["request_id"]
            .as_str()
            .is_some_and(|id| !id.is_empty())
    );
}

#[tokio::test]
async fn groups_hold_members_and_can_be_renamed_and_deleted() {
    let daemon = Daemon::start();
    let http = client(&daemon.create_key("tests"));
    for name in ["alice", "bob"] {
        json(
            http.post(daemon.api("/users"))
                .json(&json!({"username": name}))
                .send()
                .await
                .unwrap(),
            201,
        )
        .await;
    }
    let family = json(
        http.post(daemon.api("/groups"))
            .json(&json!({"name": "family", "display_name": "The Family"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    assert_eq!(family["member_count"], 0);

    json(
        http.put(daemon.api("/groups/family/members/alice"))
            .send()
            .await
            .unwrap(),
        204,
    )
    .await;
    json(
        http.put(daemon.api("/groups/family/members/bob"))
            .send()
            .await
            .unwrap(),
        204,
    )
    .await;
    // Adding again changes nothing.
    json(
        http.put(daemon.api("/groups/FAMILY/members/alice"))
            .send()
            .await
            .unwrap(),
        204,
    )
    .await;

    let got = json(
        http.get(daemon.api("/groups/family")).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(got["member_count"], 2);
    let members = json(
        http.get(daemon.api("/groups/family/members"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let names: Vec<&str> = members["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["alice", "bob"]);
    let groups = json(
        http.get(daemon.api("/users/alice/groups"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(groups["items"][0]["name"], "family");

    let renamed = json(
        http.patch(daemon.api("/groups/family"))
            .json(&json!({"name": "household"}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(renamed["name"], "household");
    assert_eq!(renamed["id"], family["id"]);
    assert_eq!(renamed["display_name"], "The Family");

    json(
        http.delete(daemon.api("/groups/household/members/bob"))
            .send()
            .await
            .unwrap(),
        204,
    )
    .await;
    let got = json(
        http.get(daemon.api("/groups/household"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(got["member_count"], 1);

    let list = json(
        http.get(daemon.api("/groups?search=house"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(list["items"].as_array().unwrap().len(), 1);

    json(
        http.delete(daemon.api("/groups/household"))
            .send()
            .await
            .unwrap(),
        204,
    )
    .await;
    let groups = json(
        http.get(daemon.api("/users/alice/groups"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(groups["items"], json!([]));
    // The members stay.
    json(
        http.get(daemon.api("/users/alice")).send().await.unwrap(),
        200,
    )
    .await;
}

#[tokio::test]
async fn custom_claims_are_set_listed_and_unset_on_users_and_groups() {
    let daemon = Daemon::start();
    let http = client(&daemon.create_key("tests"));
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
            .json(&json!({"name": "admins"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;

    let set = json(
        http.put(daemon.api("/users/alice/claims/department"))
            .json(&json!({"value": "research"}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(set, json!({"key": "department", "value": "research"}));
    json(
        http.put(daemon.api("/users/alice/claims/quota"))
            .json(&json!({"value": {"gb": 50, "tags": ["a"]}}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    // Setting again replaces.
    json(
        http.put(daemon.api("/users/alice/claims/department"))
            .json(&json!({"value": 7}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    json(
        http.put(daemon.api("/groups/admins/claims/role"))
            .json(&json!({"value": ["admin"]}))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;

    let claims = json(
        http.get(daemon.api("/users/alice/claims"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(
        claims["items"],
        json!([{"key": "department", "value": 7}, {"key": "quota", "value": {"gb": 50, "tags": ["a"]}}])
    );
    let claims = json(
        http.get(daemon.api("/groups/admins/claims"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(
        claims["items"],
        json!([{"key": "role", "value": ["admin"]}])
    );

    json(
        http.delete(daemon.api("/users/alice/claims/quota"))
            .send()
            .await
            .unwrap(),
        204,
    )
    .await;
    let claims = json(
        http.get(daemon.api("/users/alice/claims"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(claims["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn api_keys_are_listed_without_secrets_and_stop_working_when_revoked() {
    let daemon = Daemon::start();
    let first = daemon.create_key("bootstrap");
    let http = client(&first);

    let created = json(
        http.post(daemon.api("/api-keys"))
            .json(&json!({"name": "terraform"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let secret = created["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("pid_") && secret.len() == 44, "{secret}");
    assert_eq!(created["api_key"]["created_by"], "bootstrap");
    assert_eq!(created["api_key"]["prefix"], &secret[..8]);

    // Both header forms work.
    let via_header = reqwest::Client::new()
        .get(daemon.api("/users"))
        .header("X-API-Key", &secret)
        .send()
        .await
        .unwrap();
    json(via_header, 200).await;

    let list = json(http.get(daemon.api("/api-keys")).send().await.unwrap(), 200).await;
    let text = list.to_string();
    assert!(
        !text.contains(&secret) && !text.contains(&first),
        "a secret is listed: {text}"
    );
    let bootstrap = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["name"] == "bootstrap")
        .unwrap();
    assert!(bootstrap["last_used_at"].is_string(), "{bootstrap}");
    assert_eq!(bootstrap["created_by"], "local-admin");

    json(
        http.delete(daemon.api("/api-keys/terraform"))
            .send()
            .await
            .unwrap(),
        204,
    )
    .await;
    let list = json(http.get(daemon.api("/api-keys")).send().await.unwrap(), 200).await;
    let terraform = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["name"] == "terraform")
        .unwrap();
    assert!(terraform["revoked_at"].is_string());

    // The name is free again once revoked.
    json(
        http.post(daemon.api("/api-keys"))
            .json(&json!({"name": "terraform"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;

    let audit = json(
        http.get(daemon.api("/audit?action=api_key."))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(audit["total"], 4);
    assert!(!audit.to_string().contains(&secret));
    assert!(
        !daemon.logs().contains(&secret) && !daemon.logs().contains(&first),
        "a secret reached the log"
    );
}

#[tokio::test]
async fn the_audit_log_filters_by_actor_target_and_time() {
    let daemon = Daemon::start();
    let http = client(&daemon.create_key("ops"));
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

    let by_ops = json(
        http.get(daemon.api("/audit?actor=ops"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(by_ops["total"], 3);
    let on_family = json(
        http.get(daemon.api("/audit?target=family"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(on_family["total"], 2);
    assert_eq!(on_family["items"][0]["action"], "group.member_add");
    assert_eq!(on_family["items"][0]["details"]["username"], "alice");
    let local = json(
        http.get(daemon.api("/audit?actor=local-admin"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(local["items"][0]["action"], "api_key.create");
    let future = json(
        http.get(daemon.api("/audit?since=2999-01-01T00:00:00Z"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(future["total"], 0);
    let paged = json(
        http.get(daemon.api("/audit?per_page=1&page=2"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(paged["items"].as_array().unwrap().len(), 1);
    // The three changes, the key's creation and the setup link logged at start.
    assert_eq!(paged["total"], 5);
}
