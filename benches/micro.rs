//! Micro-benchmarks of the hot paths behind the token and sign-in endpoints: JWT signing and
//! verification with the daemon's own key cache, WebAuthn assertion verification as the
//! daemon calls webauthn-rs, and reading a token request. Run with `cargo bench --bench micro`
//! (a name as an argument picks those whose name contains it).
//!
//! A plain harness: each case runs in batches for about a second after a warm-up, and the
//! median batch gives the time per call, so one slow batch (another process) does not move it.

use std::hint::black_box;
use std::time::{Duration, Instant};

use pocket_id::config::RawConfig;
use pocket_id::model::SigningAlg;
use serde_json::{Value, json};
use soft_authenticator::Authenticator;
use webauthn_rs::prelude::*;

/// Measures `f`; prints and returns nanoseconds per call.
fn measure(name: &str, filter: Option<&str>, mut f: impl FnMut()) {
    if filter.is_some_and(|wanted| !name.contains(wanted)) {
        return;
    }
    let warm_up = Instant::now();
    let mut per_batch = 1u64;
    while warm_up.elapsed() < Duration::from_millis(200) {
        let started = Instant::now();
        for _ in 0..per_batch {
            f();
        }
        if started.elapsed() < Duration::from_millis(10) {
            per_batch *= 2;
        }
    }
    let mut batches = Vec::new();
    let measuring = Instant::now();
    while measuring.elapsed() < Duration::from_secs(1) || batches.len() < 5 {
        let started = Instant::now();
        for _ in 0..per_batch {
            f();
        }
        batches.push(started.elapsed().as_nanos() as f64 / per_batch as f64);
    }
    batches.sort_by(f64::total_cmp);
    let median = batches[batches.len() / 2];
    println!(
        "{name:<44} {:>10.2} µs {:>12.0} /s   ({} batches of {per_batch})",
        median / 1_000.0,
        1e9 / median,
        batches.len()
    );
}

const ORIGIN: &str = "http://localhost:1411";

/// A registered passkey, webauthn-rs's relying party and the authenticator holding it.
fn passkey() -> (Webauthn, Passkey, Authenticator) {
    let origin = Url::parse(ORIGIN).expect("origin");
    let rp = WebauthnBuilder::new("localhost", &origin)
        .and_then(|b| b.rp_name("Pocket ID").build())
        .expect("relying party");
    let mut key = Authenticator::new().with_zero_sign_count();
    let (challenge, state) = rp
        .start_passkey_registration(Uuid::new_v4(), "alice", "Alice", None)
        .expect("registration starts");
    let mut options = serde_json::to_value(&challenge).expect("json");
    options["publicKey"]["authenticatorSelection"]["residentKey"] = json!("required");
    let response = key.register(&options, ORIGIN).expect("registers");
    let passkey = rp
        .finish_passkey_registration(&serde_json::from_value(response).expect("json"), &state)
        .expect("registration accepted");
    (rp, passkey, key)
}

fn main() {
    // The first argument that is not a flag picks cases by name; cargo adds `--bench`.
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let filter = filter.as_deref();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");

    // The daemon's domain on a scratch database, with its signing keys made.
    let dir = tempfile::tempdir().expect("temp dir");
    let config = RawConfig {
        data_dir: Some(dir.path().display().to_string()),
        public_url: Some("http://localhost:1411".into()),
        ..RawConfig::default()
    }
    .validate()
    .expect("config");
    let domain = runtime.block_on(async {
        let store = pocket_id::open_store(&config).await.expect("store");
        let domain = pocket_id::domain(&config, store).expect("domain");
        domain.ensure_signing_keys().await.expect("keys");
        domain
    });
    let claims = json!({
        "iss": "http://localhost:1411",
        "sub": "0192f1c4-7a9e-7c2b-9a51-5d2f0c1e4b7a",
        "aud": "app",
        "client_id": "app",
        "exp": 4_102_444_800u64,
        "iat": 1_764_547_200u64,
        "scope": "openid profile email",
        "jti": "6c1d3b0e-3f6a-4c1e-9a7d-2f4b8e9c0d11",
    });
    for alg in [SigningAlg::Es256, SigningAlg::Rs256] {
        let name = format!("{alg:?}").to_uppercase();
        measure(&format!("jwt sign {name}"), filter, || {
            let token = runtime
                .block_on(domain.sign_jwt(alg, "at+jwt", black_box(&claims)))
                .expect("signs");
            black_box(token);
        });
        let token = runtime
            .block_on(domain.sign_jwt(alg, "at+jwt", &claims))
            .expect("signs");
        measure(&format!("jwt verify {name}"), filter, || {
            let verified = runtime
                .block_on(domain.verify_jwt(black_box(&token)))
                .expect("verifies");
            black_box(verified);
        });
    }

    // One round trip to SQLite through the store, the floor under every endpoint that reads:
    // a keyed lookup of a row that is not there, and a conditional update that changes nothing.
    let store = domain.store().clone();
    measure("store read (user by id)", filter, || {
        let user = runtime
            .block_on(store.user_by_id(pocket_id::model::UserId::new()))
            .expect("reads");
        black_box(user);
    });
    measure("store write (extend a grant)", filter, || {
        runtime
            .block_on(store.extend_grant(pocket_id::model::GrantId::new(), chrono::Utc::now()))
            .expect("writes");
    });

    // The sign-in finish as the daemon does it: identify the credential, then verify.
    let (rp, passkey, mut key) = passkey();
    let ceremonies: Vec<(PublicKeyCredential, DiscoverableAuthentication)> = (0..256)
        .map(|_| {
            let (options, state) = rp.start_discoverable_authentication().expect("starts");
            let assertion = key
                .authenticate(&serde_json::to_value(&options).expect("json"), ORIGIN)
                .expect("signs");
            (serde_json::from_value(assertion).expect("json"), state)
        })
        .collect();
    let mut next = 0;
    measure("webauthn assertion verify (discoverable)", filter, || {
        let (response, state) = &ceremonies[next % ceremonies.len()];
        next += 1;
        rp.identify_discoverable_authentication(response)
            .expect("identified");
        let result = rp
            .finish_discoverable_authentication_v2(response, state.clone(), &passkey)
            .expect("verified");
        black_box(result);
    });
    let (options, _) = rp.start_discoverable_authentication().expect("starts");
    let assertion: Value = key
        .authenticate(&serde_json::to_value(&options).expect("json"), ORIGIN)
        .expect("signs");
    let body = json!({"ceremony_id": "0192f1c4", "credential": assertion}).to_string();
    measure("webauthn finish body parse", filter, || {
        let parsed: Value = serde_json::from_str(black_box(&body)).expect("json");
        let credential: PublicKeyCredential =
            serde_json::from_value(parsed["credential"].clone()).expect("credential");
        black_box(credential);
    });

    // The token endpoint's request parsing: form, client authentication, typed request.
    let form = "grant_type=authorization_code&code=Yx3kQ9vZ2mN8pL4rT6wB1cE5fH7jK0sD\
        &redirect_uri=https%3A%2F%2Fapp.example.com%2Foauth%2Fcallback\
        &code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    let request = poem::Request::builder()
        .method(poem::http::Method::POST)
        .header("content-type", "application/x-www-form-urlencoded")
        .header(
            "authorization",
            "Basic MDE5MmYxYzQtN2E5ZS03YzJiOnBpY19zZWNyZXRfc2VjcmV0X3NlY3JldA==",
        )
        .finish();
    measure("token request parse", filter, || {
        let parsed =
            pocket_id::http::oidc::params::token_request(&request, black_box(form.as_bytes()))
                .expect("parses");
        black_box(parsed);
    });
}
