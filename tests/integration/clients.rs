//! OpenID Connect clients over the admin API and with `pocketctl`: registration, changes,
//! secret rotation, and every refused request changing nothing.

use serde_json::{Value, json};

use crate::support::{Daemon, client, expect_error, failed, json, ok, ok_json};

/// The clients and the audit log's size, to compare before and after a refused request.
async fn state_of(daemon: &Daemon, http: &reqwest::Client) -> Value {
    let clients = json(http.get(daemon.api("/clients")).send().await.unwrap(), 200).await;
    let audit = json(http.get(daemon.api("/audit")).send().await.unwrap(), 200).await;
    json!({ "clients": clients, "audit_total": audit["total"] })
}

#[tokio::test]
async fn clients_are_created_listed_changed_rotated_and_deleted() {
    let daemon = Daemon::start();
    let key = daemon.create_key("tests");
    let http = client(&key);
    json(
        http.post(daemon.api("/groups"))
            .json(&json!({"name": "family"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;

    let created = json(
        http.post(daemon.api("/clients"))
            .json(&json!({
                "name": "Grafana",
                "client_id": "grafana",
                "redirect_uris": [
                    "https://grafana.example.com/login/generic_oauth",
                    "http://localhost:3000/login/generic_oauth"
                ],
                "allowed_groups": ["family"],
                "id_token_signing_alg": "RS256",
                "access_token_lifetime_secs": 600,
            }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let secret = created["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("pic_") && secret.len() == 44, "{secret}");
    let grafana = &created["client"];
    assert_eq!(grafana["id"], "grafana");
    assert_eq!(grafana["is_public"], false);
    assert_eq!(grafana["require_pkce"], true);
    assert_eq!(grafana["access_token_lifetime_secs"], 600);
    assert_eq!(grafana["refresh_token_lifetime_secs"], 30 * 86_400);
    assert_eq!(grafana["id_token_signing_alg"], "RS256");
    assert_eq!(grafana["allowed_groups"][0]["name"], "family");
    assert_eq!(grafana["secrets"].as_array().unwrap().len(), 1);
    assert_eq!(grafana["secrets"][0]["prefix"], &secret[..8]);

    // A public client gets a generated id, no secret, and PKCE.
    let spa = json(
        http.post(daemon.api("/clients"))
            .json(&json!({
                "name": "Notes",
                "is_public": true,
                "redirect_uris": ["com.example.notes:/callback", "http://[::1]/cb"],
            }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    assert!(spa["secret"].is_null());
    let spa_id = spa["client"]["id"].as_str().unwrap().to_owned();
    assert_eq!(spa_id.len(), 36);
    assert_eq!(spa["client"]["require_pkce"], true);
    assert_eq!(spa["client"]["id_token_signing_alg"], "ES256");
    assert_eq!(spa["client"]["access_token_lifetime_secs"], 3600);

    let fetched = json(
        http.get(daemon.api("/clients/Grafana"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(&fetched, grafana);
    let list = json(http.get(daemon.api("/clients")).send().await.unwrap(), 200).await;
    let names: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Grafana", "Notes"]);
    assert!(!list.to_string().contains(&secret));

    let updated = json(
        http.patch(daemon.api("/clients/grafana"))
            .json(&json!({
                "name": "Grafana (home)",
                "skip_consent": true,
                "allowed_groups": [],
                "logo_url": "https://grafana.example.com/logo.svg",
            }))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(updated["name"], "Grafana (home)");
    assert_eq!(updated["skip_consent"], true);
    assert_eq!(updated["allowed_groups"], json!([]));
    assert_eq!(updated["logo_url"], "https://grafana.example.com/logo.svg");
    assert_eq!(updated["redirect_uris"], grafana["redirect_uris"]);

    let rotated = json(
        http.post(daemon.api("/clients/grafana/secrets"))
            .json(&json!({"keep_old_secs": 3600}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let new_secret = rotated["secret"].as_str().unwrap();
    assert!(new_secret.starts_with("pic_") && new_secret != secret);
    let secrets = rotated["client"]["secrets"].as_array().unwrap();
    assert_eq!(secrets.len(), 2);
    assert!(secrets[0]["expires_at"].is_string());
    assert!(secrets[1]["expires_at"].is_null());
    assert_eq!(secrets[1]["id"], rotated["client_secret"]["id"]);
    let fetched = json(
        http.get(daemon.api("/clients/grafana"))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(fetched["secrets"], rotated["client"]["secrets"]);
    // The fields, whatever their order: never the secret or its hash.
    let mut fields = fetched["secrets"][0]
        .as_object()
        .unwrap()
        .keys()
        .collect::<Vec<_>>();
    fields.sort_unstable();
    assert_eq!(fields, ["created_at", "expires_at", "id", "prefix"]);

    json(
        http.delete(daemon.api(&format!("/clients/{spa_id}")))
            .send()
            .await
            .unwrap(),
        204,
    )
    .await;
    expect_error(
        http.get(daemon.api("/clients/Notes")).send().await.unwrap(),
        404,
        "not_found",
    )
    .await;

    let audit = json(http.get(daemon.api("/audit")).send().await.unwrap(), 200).await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .filter(|a| a.starts_with("client."))
        .collect();
    assert_eq!(
        actions,
        [
            "client.delete",
            "client.rotate_secret",
            "client.update",
            "client.create",
            "client.create"
        ]
    );
    assert!(!audit.to_string().contains(&secret));
    assert!(!audit.to_string().contains(new_secret));
    assert!(!daemon.log_contains(&secret));
    assert!(!daemon.log_contains(new_secret));
}

#[tokio::test]
async fn refused_client_requests_change_nothing() {
    let daemon = Daemon::start();
    let key = daemon.create_key("tests");
    let http = client(&key);
    json(
        http.post(daemon.api("/clients"))
            .json(&json!({
                "name": "Grafana",
                "client_id": "grafana",
                "redirect_uris": ["https://grafana.example.com/cb"],
            }))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    json(
        http.post(daemon.api("/clients"))
            .json(&json!({"name": "Notes", "client_id": "notes", "is_public": true}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;
    let before = state_of(&daemon, &http).await;

    let create = |body: Value| http.post(daemon.api("/clients")).json(&body);
    let with_uri = |uri: &str| create(json!({"name": "App", "redirect_uris": [uri]}));
    let too_many: Vec<String> = (0..21)
        .map(|i| format!("https://app.example.com/cb{i}"))
        .collect();
    let cases: Vec<(&str, reqwest::RequestBuilder, u16, &str)> = vec![
        (
            "fragment",
            with_uri("https://app.example.com/cb#x"),
            422,
            "invalid_input",
        ),
        (
            "http off loopback",
            with_uri("http://app.example.com/cb"),
            422,
            "invalid_input",
        ),
        (
            "wildcard",
            with_uri("https://*.example.com/cb"),
            422,
            "invalid_input",
        ),
        ("relative", with_uri("/callback"), 422, "invalid_input"),
        (
            "scheme without a dot",
            with_uri("myapp:/callback"),
            422,
            "invalid_input",
        ),
        (
            "bad post-logout URI",
            create(json!({"name": "App", "post_logout_redirect_uris": ["http://example.com/"]})),
            422,
            "invalid_input",
        ),
        (
            "too many redirect URIs",
            create(json!({"name": "App", "redirect_uris": too_many})),
            422,
            "invalid_input",
        ),
        (
            "duplicate client id",
            create(json!({"name": "Other", "client_id": "grafana"})),
            409,
            "conflict",
        ),
        (
            "malformed client id",
            create(json!({"name": "Other", "client_id": "a b"})),
            422,
            "invalid_input",
        ),
        (
            "empty name",
            create(json!({"name": " "})),
            422,
            "invalid_input",
        ),
        (
            "unknown group",
            create(json!({"name": "App", "allowed_groups": ["nobody"]})),
            404,
            "not_found",
        ),
        (
            "access lifetime too short",
            create(json!({"name": "App", "access_token_lifetime_secs": 59})),
            422,
            "invalid_input",
        ),
        (
            "access lifetime too long",
            create(json!({"name": "App", "access_token_lifetime_secs": 86_401})),
            422,
            "invalid_input",
        ),
        (
            "refresh lifetime too long",
            create(json!({"name": "App", "refresh_token_lifetime_secs": 366 * 86_400})),
            422,
            "invalid_input",
        ),
        (
            "bad alg",
            create(json!({"name": "App", "id_token_signing_alg": "HS256"})),
            422,
            "invalid_input",
        ),
        (
            "public client without PKCE",
            create(json!({"name": "App", "is_public": true, "require_pkce": false})),
            422,
            "invalid_input",
        ),
        (
            "unknown field",
            create(json!({"name": "App", "client_secret": "mine"})),
            400,
            "bad_request",
        ),
        (
            "bad URI in an update",
            http.patch(daemon.api("/clients/grafana"))
                .json(&json!({"redirect_uris": ["http://example.com/cb"]})),
            422,
            "invalid_input",
        ),
        (
            "unknown group in an update",
            http.patch(daemon.api("/clients/grafana"))
                .json(&json!({"allowed_groups": ["nobody"]})),
            404,
            "not_found",
        ),
        (
            "bad alg in an update",
            http.patch(daemon.api("/clients/grafana"))
                .json(&json!({"id_token_signing_alg": "none"})),
            422,
            "invalid_input",
        ),
        (
            "update of an unknown client",
            http.patch(daemon.api("/clients/nothing"))
                .json(&json!({"name": "x"})),
            404,
            "not_found",
        ),
        (
            "secret for a public client",
            http.post(daemon.api("/clients/notes/secrets"))
                .json(&json!({})),
            422,
            "invalid_input",
        ),
        (
            "grace period too long",
            http.post(daemon.api("/clients/grafana/secrets"))
                .json(&json!({"keep_old_secs": 31 * 86_400})),
            422,
            "invalid_input",
        ),
        (
            "delete of an unknown client",
            http.delete(daemon.api("/clients/nothing")),
            404,
            "not_found",
        ),
    ];
    for (what, request, status, code) in cases {
        let response = request.send().await.unwrap();
        let body = expect_error(response, status, code).await;
        assert_eq!(
            state_of(&daemon, &http).await,
            before,
            "{what} changed something: {body}"
        );
    }
}

#[tokio::test]
async fn pocketctl_manages_clients() {
    let daemon = Daemon::start();
    let key = daemon.create_key("tests");
    ok(&daemon, &key, &["groups", "create", "admins"]);

    let printed = ok(
        &daemon,
        &key,
        &[
            "clients",
            "create",
            "Jellyfin",
            "--client-id",
            "jellyfin",
            "--redirect-uri",
            "https://media.example.com/sso/cb",
            "--redirect-uri",
            "http://127.0.0.1:8096/sso/cb",
            "--post-logout-uri",
            "https://media.example.com/",
            "--group",
            "admins",
            "--skip-consent",
            "--access-token-lifetime",
            "15m",
            "--refresh-token-lifetime",
            "7d",
            "--alg",
            "RS256",
            "--launch-url",
            "https://media.example.com/",
        ],
    );
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), 2, "{printed}");
    assert_eq!(lines[0], "jellyfin");
    let secret = lines[1].to_owned();
    assert!(secret.starts_with("pic_"), "{printed}");

    let shown = ok_json(&daemon, &key, &["clients", "show", "Jellyfin"]);
    assert_eq!(shown["access_token_lifetime_secs"], 900);
    assert_eq!(shown["refresh_token_lifetime_secs"], 7 * 86_400);
    assert_eq!(shown["id_token_signing_alg"], "RS256");
    assert_eq!(shown["skip_consent"], true);
    assert_eq!(shown["allowed_groups"][0]["name"], "admins");
    assert_eq!(
        shown["post_logout_redirect_uris"][0],
        "https://media.example.com/"
    );

    let public = ok(
        &daemon,
        &key,
        &[
            "clients",
            "create",
            "CLI tool",
            "--public",
            "--redirect-uri",
            "http://localhost/cb",
        ],
    );
    assert_eq!(public.lines().count(), 1, "{public}");

    let table = ok(&daemon, &key, &["clients", "list"]);
    assert!(
        table.contains("Jellyfin") && table.contains("CLI tool"),
        "{table}"
    );
    assert!(!table.contains(&secret));
    let details = ok(&daemon, &key, &["clients", "show", "jellyfin"]);
    assert!(
        details.contains(&secret[..8]) && !details.contains(&secret),
        "{details}"
    );

    let updated = ok_json(
        &daemon,
        &key,
        &[
            "clients",
            "update",
            "jellyfin",
            "--all-groups",
            "--alg",
            "ES256",
        ],
    );
    assert_eq!(updated["allowed_groups"], json!([]));
    assert_eq!(updated["id_token_signing_alg"], "ES256");

    let rotated = ok(
        &daemon,
        &key,
        &["clients", "rotate-secret", "jellyfin", "--keep-old", "0"],
    );
    let new_secret = rotated.trim();
    assert!(
        new_secret.starts_with("pic_") && new_secret != secret,
        "{rotated}"
    );
    let shown = ok_json(&daemon, &key, &["clients", "show", "jellyfin"]);
    assert_eq!(shown["secrets"].as_array().unwrap().len(), 2);

    let stderr = failed(
        &daemon.pocketctl(&key, &["clients", "rotate-secret", "CLI tool"]),
        1,
    );
    assert!(stderr.contains("public"), "{stderr}");
    let stderr = failed(
        &daemon.pocketctl(
            &key,
            &[
                "clients",
                "create",
                "Bad",
                "--redirect-uri",
                "http://example.com/cb",
            ],
        ),
        1,
    );
    assert!(stderr.contains("http"), "{stderr}");
    failed(
        &daemon.pocketctl(&key, &["clients", "create", "Bad", "--alg", "HS256"]),
        2,
    );

    // Deleting asks first; without a terminal, --yes answers.
    failed(
        &daemon.pocketctl(&key, &["clients", "delete", "jellyfin"]),
        2,
    );
    ok(&daemon, &key, &["clients", "delete", "jellyfin", "--yes"]);
    let list = ok_json(&daemon, &key, &["clients", "list"]);
    assert_eq!(list["items"].as_array().unwrap().len(), 1);

    assert!(!daemon.log_contains(&secret));
    assert!(!daemon.log_contains(new_secret));
}
