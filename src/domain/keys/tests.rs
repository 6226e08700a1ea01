//! Unit tests of signing keys: real keys, a real SQLite file, a clock moved by hand.

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Duration;
use serde_json::{Value, json};

use super::{KeyError, RETIRED_KEY_PUBLISHED_FOR, unseal};
use crate::domain::test_support::{self, ManualClock, TEST_KEK};
use crate::domain::{AdminPrincipal, Domain, Error};
use crate::model::{EncryptionKey, RequestContext, SigningAlg, SigningKeyState};
use crate::store::Store;

fn claims() -> Value {
    json!({ "iss": "http://localhost:1411", "sub": "alice", "aud": "grafana", "exp": 2_000_000_000_i64 })
}

/// Another server on the same database as `dir`'s, with the same clock.
async fn second_domain(dir: &tempfile::TempDir, clock: Arc<ManualClock>, kek: [u8; 32]) -> Domain {
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
    let store = Store::connect(&url).await.unwrap();
    let auth = crate::domain::AuthSettings::new(
        "localhost",
        "http://localhost:1411",
        "http://localhost:1411",
        Duration::hours(24),
        Duration::days(14),
        crate::model::SignUpMode::Disabled,
    )
    .unwrap();
    Domain::new(store, clock, auth, test_support::key_settings(kek))
}

fn parts(token: &str) -> (Value, Value, Vec<u8>) {
    let mut it = token.split('.');
    let mut json_part =
        || serde_json::from_slice(&URL_SAFE_NO_PAD.decode(it.next().unwrap()).unwrap()).unwrap();
    let header = json_part();
    let payload = json_part();
    let signature = URL_SAFE_NO_PAD.decode(it.next().unwrap()).unwrap();
    (header, payload, signature)
}

fn encode(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(value.to_string())
}

fn state_of(keys: &[crate::model::SigningKeyInfo], kid: &str) -> Option<SigningKeyState> {
    keys.iter().find(|k| k.kid == kid).map(|k| k.state)
}

#[tokio::test]
async fn tokens_of_both_algorithms_round_trip() {
    let (domain, _clock, _dir) = test_support::domain().await;
    for (alg, kty) in [(SigningAlg::Es256, "EC"), (SigningAlg::Rs256, "RSA")] {
        let token = domain.sign_jwt(alg, "at+jwt", &claims()).await.unwrap();
        let (header, _, _) = parts(&token);
        assert_eq!(header["alg"], alg.as_str());
        assert_eq!(header["typ"], "at+jwt");
        assert_eq!(header.as_object().unwrap().len(), 3, "{header}");
        let verified = domain.verify_jwt(&token).await.unwrap().unwrap();
        assert_eq!(verified.alg, alg);
        assert_eq!(verified.typ.as_deref(), Some("at+jwt"));
        assert_eq!(verified.kid, header["kid"].as_str().unwrap());
        assert_eq!(Value::Object(verified.claims), claims());
        let jwks = domain.jwks().await.unwrap();
        let jwk = jwks["keys"]
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["kid"] == header["kid"])
            .unwrap();
        assert_eq!(jwk["kty"], kty);
        assert_eq!(jwk["use"], "sig");
        assert_eq!(jwk["alg"], alg.as_str());
    }
    // Without a type there is no `typ` header.
    let token = domain
        .sign_jwt(SigningAlg::Es256, "", &claims())
        .await
        .unwrap();
    assert!(parts(&token).0.get("typ").is_none());
    assert_eq!(domain.verify_jwt(&token).await.unwrap().unwrap().typ, None);
    // Claims must be an object.
    let refused = domain
        .sign_jwt(SigningAlg::Es256, "JWT", &json!(["not", "an", "object"]))
        .await
        .unwrap_err();
    assert!(matches!(refused, Error::Invalid { .. }), "{refused:?}");
}

#[tokio::test]
async fn the_published_keys_verify_signatures_on_their_own() {
    use ring::signature::{
        ECDSA_P256_SHA256_FIXED, RSA_PKCS1_2048_8192_SHA256, RsaPublicKeyComponents,
        UnparsedPublicKey,
    };
    let (domain, _clock, _dir) = test_support::domain().await;
    for alg in [SigningAlg::Es256, SigningAlg::Rs256] {
        let token = domain.sign_jwt(alg, "JWT", &claims()).await.unwrap();
        let (header, _, signature) = parts(&token);
        let signing_input = token.rsplit_once('.').unwrap().0.as_bytes();
        let jwks = domain.jwks().await.unwrap();
        let jwk = jwks["keys"]
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["kid"] == header["kid"])
            .unwrap()
            .clone();
        let field = |name: &str| URL_SAFE_NO_PAD.decode(jwk[name].as_str().unwrap()).unwrap();
        match alg {
            SigningAlg::Es256 => {
                assert_eq!(jwk["crv"], "P-256");
                let mut point = vec![4];
                point.extend(field("x"));
                point.extend(field("y"));
                assert_eq!(signature.len(), 64);
                UnparsedPublicKey::new(&ECDSA_P256_SHA256_FIXED, point)
                    .verify(signing_input, &signature)
                    .unwrap();
            }
            SigningAlg::Rs256 => {
                assert_eq!(field("n").len(), 256);
                RsaPublicKeyComponents {
                    n: field("n"),
                    e: field("e"),
                }
                .verify(&RSA_PKCS1_2048_8192_SHA256, signing_input, &signature)
                .unwrap();
            }
        }
        // The kid is the RFC 7638 thumbprint of the published key.
        let canonical = match alg {
            SigningAlg::Es256 => format!(
                r#"{{"crv":"P-256","kty":"EC","x":"{}","y":"{}"}}"#,
                jwk["x"].as_str().unwrap(),
                jwk["y"].as_str().unwrap()
            ),
            SigningAlg::Rs256 => format!(
                r#"{{"e":"{}","kty":"RSA","n":"{}"}}"#,
                jwk["e"].as_str().unwrap(),
                jwk["n"].as_str().unwrap()
            ),
        };
        let digest = ring::digest::digest(&ring::digest::SHA256, canonical.as_bytes());
        assert_eq!(jwk["kid"], URL_SAFE_NO_PAD.encode(digest));
    }
}

#[tokio::test]
async fn forged_and_malformed_tokens_are_refused() {
    let (domain, _clock, _dir) = test_support::domain().await;
    let es = domain
        .sign_jwt(SigningAlg::Es256, "JWT", &claims())
        .await
        .unwrap();
    let rs = domain
        .sign_jwt(SigningAlg::Rs256, "JWT", &claims())
        .await
        .unwrap();
    let (es_header, _, _) = parts(&es);
    let (rs_header, _, _) = parts(&rs);
    let es_kid = es_header["kid"].as_str().unwrap().to_owned();
    let rs_kid = rs_header["kid"].as_str().unwrap().to_owned();
    let pieces = |t: &str| t.split('.').map(str::to_owned).collect::<Vec<_>>();
    let (es_parts, rs_parts) = (pieces(&es), pieces(&rs));

    let mut forged: Vec<(&str, String)> = Vec::new();
    // A changed payload under the original signature.
    let mut claims = claims();
    claims["sub"] = "mallory".into();
    forged.push((
        "tampered payload",
        format!("{}.{}.{}", es_parts[0], encode(&claims), es_parts[2]),
    ));
    // A flipped bit in the signature.
    let mut signature = URL_SAFE_NO_PAD.decode(&rs_parts[2]).unwrap();
    signature[10] ^= 1;
    forged.push((
        "tampered signature",
        format!(
            "{}.{}.{}",
            rs_parts[0],
            rs_parts[1],
            URL_SAFE_NO_PAD.encode(signature)
        ),
    ));
    // A kid nobody published, and none at all.
    let mut header = es_header.clone();
    header["kid"] = "not-a-key".into();
    forged.push((
        "unknown kid",
        format!("{}.{}.{}", encode(&header), es_parts[1], es_parts[2]),
    ));
    header.as_object_mut().unwrap().remove("kid");
    forged.push((
        "no kid",
        format!("{}.{}.{}", encode(&header), es_parts[1], es_parts[2]),
    ));
    // The RSA signature presented under the EC key's kid, with the RSA algorithm.
    let confused = json!({ "alg": "RS256", "typ": "JWT", "kid": es_kid });
    forged.push((
        "RS256 on an EC kid",
        format!("{}.{}.{}", encode(&confused), rs_parts[1], rs_parts[2]),
    ));
    let confused = json!({ "alg": "ES256", "typ": "JWT", "kid": rs_kid });
    forged.push((
        "ES256 on an RSA kid",
        format!("{}.{}.{}", encode(&confused), es_parts[1], es_parts[2]),
    ));
    // HMAC keyed with the public JWK, the classic confusion.
    let jwks = domain.jwks().await.unwrap();
    let public = jwks["keys"][0].to_string();
    let header = json!({ "alg": "HS256", "typ": "JWT", "kid": es_kid });
    let input = format!("{}.{}", encode(&header), es_parts[1]);
    let mac = ring::hmac::sign(
        &ring::hmac::Key::new(ring::hmac::HMAC_SHA256, public.as_bytes()),
        input.as_bytes(),
    );
    forged.push((
        "HS256 with the public key",
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(mac.as_ref())),
    ));
    let header = json!({ "alg": "none", "kid": es_kid });
    forged.push(("alg none", format!("{}.{}.", encode(&header), es_parts[1])));
    // An extension marked critical that nobody understands.
    let header = json!({ "alg": "ES256", "kid": es_kid, "crit": ["exp"], "exp": 1 });
    forged.push((
        "crit",
        format!("{}.{}.{}", encode(&header), es_parts[1], es_parts[2]),
    ));
    // A payload that is not an object.
    forged.push((
        "array payload",
        format!(
            "{}.{}.{}",
            es_parts[0],
            URL_SAFE_NO_PAD.encode("[1,2]"),
            es_parts[2]
        ),
    ));
    for garbage in [
        "",
        ".",
        "..",
        "a.b.c",
        "a.b.c.d",
        "!!!.???.***",
        &format!("{es}.extra"),
        &format!("{}.{}", es_parts[0], es_parts[1]),
        &"x".repeat(20_000),
    ] {
        forged.push(("garbage", garbage.to_owned()));
    }
    for (what, token) in forged {
        assert!(
            domain.verify_jwt(&token).await.unwrap().is_none(),
            "{what} was accepted: {token}"
        );
    }
    // The originals still pass.
    assert!(domain.verify_jwt(&es).await.unwrap().is_some());
    assert!(domain.verify_jwt(&rs).await.unwrap().is_some());
}

#[tokio::test]
async fn private_keys_are_sealed_in_the_database_and_bound_to_their_kid() {
    let (domain, _clock, _dir) = test_support::domain().await;
    domain
        .sign_jwt(SigningAlg::Rs256, "JWT", &claims())
        .await
        .unwrap();
    let rows = domain.store.signing_keys().await.unwrap();
    assert_eq!(rows.len(), 4);
    let kek = EncryptionKey::from_bytes(TEST_KEK);
    for row in &rows {
        let sealed = URL_SAFE_NO_PAD.decode(&row.sealed_private_key).unwrap();
        let plain = unseal(&kek, &row.kid, &row.sealed_private_key).unwrap();
        // A PKCS#8 document, and none of it readable in the stored bytes.
        assert_eq!(plain[0], 0x30);
        assert!(
            !sealed
                .windows(16)
                .any(|w| plain.windows(16).any(|p| p == w)),
            "{} is stored in the clear",
            row.kid
        );
        assert!(!row.public_jwk.contains("\"d\""), "{}", row.public_jwk);
        // The kid is the associated data: the sealed key does not open for another row.
        let other = rows.iter().find(|r| r.kid != row.kid).unwrap();
        assert!(matches!(
            unseal(&kek, &other.kid, &row.sealed_private_key),
            Err(KeyError::WrongEncryptionKey { .. })
        ));
    }
    assert!(!format!("{:?}", rows[0]).contains(&rows[0].sealed_private_key));
}

#[tokio::test]
async fn a_wrong_key_encryption_key_is_a_clear_error_and_changes_nothing() {
    let (domain, clock, dir) = test_support::domain().await;
    let before = domain.store.signing_keys().await.unwrap();
    let wrong = second_domain(&dir, clock, [9; 32]).await;
    let err = wrong.ensure_signing_keys().await.unwrap_err();
    assert!(
        matches!(err, Error::Keys(KeyError::WrongEncryptionKey { .. })),
        "{err:?}"
    );
    assert!(err.to_string().contains("key-encryption key"), "{err}");
    // Nothing can be signed, rotated or verified with it, and nothing was replaced.
    assert!(
        wrong
            .sign_jwt(SigningAlg::Es256, "JWT", &claims())
            .await
            .is_err()
    );
    assert!(
        wrong
            .rotate_signing_keys(&AdminPrincipal::local(), &RequestContext::default(), None)
            .await
            .is_err()
    );
    assert!(wrong.jwks().await.is_err());
    assert_eq!(domain.store.signing_keys().await.unwrap(), before);
}

#[tokio::test]
async fn the_next_key_is_published_before_it_signs_and_rotation_overlaps() {
    let (domain, clock, _dir) = test_support::domain().await;
    let admin = AdminPrincipal::local();
    let context = RequestContext::default();
    let keys = domain.list_signing_keys(&admin).await.unwrap();
    let states: Vec<_> = keys.iter().map(|k| (k.alg, k.state)).collect();
    assert_eq!(
        states,
        [
            (SigningAlg::Es256, SigningKeyState::Active),
            (SigningAlg::Es256, SigningKeyState::Next)
        ]
    );
    let (first, next) = (keys[0].kid.clone(), keys[1].kid.clone());
    let kids = |jwks: &Value| -> Vec<String> {
        jwks["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["kid"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(kids(&domain.jwks().await.unwrap()), [first.as_str(), &next]);

    let old_token = domain
        .sign_jwt(SigningAlg::Es256, "JWT", &claims())
        .await
        .unwrap();
    assert_eq!(parts(&old_token).0["kid"], first.as_str());

    let keys = domain
        .rotate_signing_keys(&admin, &context, None)
        .await
        .unwrap();
    assert_eq!(state_of(&keys, &first), Some(SigningKeyState::Retired));
    assert_eq!(state_of(&keys, &next), Some(SigningKeyState::Active));
    let newest = keys
        .iter()
        .find(|k| k.state == SigningKeyState::Next)
        .unwrap()
        .kid
        .clone();
    let retired = keys.iter().find(|k| k.kid == first).unwrap();
    assert_eq!(
        retired.published_until,
        Some(domain.now() + RETIRED_KEY_PUBLISHED_FOR)
    );
    // Signing moved to the key that was published ahead; the old one is still published.
    let new_token = domain
        .sign_jwt(SigningAlg::Es256, "JWT", &claims())
        .await
        .unwrap();
    assert_eq!(parts(&new_token).0["kid"], next.as_str());
    assert_eq!(
        kids(&domain.jwks().await.unwrap()),
        [next.as_str(), &newest, &first]
    );
    assert!(domain.verify_jwt(&old_token).await.unwrap().is_some());

    // A day later tokens of the retired key still verify (an access token may live a day)…
    clock.advance(Duration::hours(24));
    assert!(domain.verify_jwt(&old_token).await.unwrap().is_some());
    assert_eq!(domain.purge_expired().await.unwrap(), 0);
    // …and once no token it signed can be alive, it leaves the JWKS, is refused and deleted.
    clock.advance(Duration::hours(1));
    assert!(domain.verify_jwt(&old_token).await.unwrap().is_none());
    assert_eq!(
        kids(&domain.jwks().await.unwrap()),
        [next.as_str(), &newest]
    );
    assert!(domain.verify_jwt(&new_token).await.unwrap().is_some());
    assert_eq!(domain.purge_expired().await.unwrap(), 1);
    let keys = domain.list_signing_keys(&admin).await.unwrap();
    assert_eq!(state_of(&keys, &first), None);
    assert_eq!(keys.len(), 2);

    // Each rotation is audited with what changed.
    let audit = domain
        .store
        .list_audit(
            &crate::store::AuditFilter {
                action: Some("signing_key.rotate".into()),
                ..Default::default()
            },
            crate::model::PageRequest {
                page: 1,
                per_page: 10,
            },
        )
        .await
        .unwrap();
    assert_eq!(audit.total, 1);
    let details = &audit.items[0].details;
    assert_eq!(details["automatic"], false);
    assert_eq!(details["rotations"][0]["activated"], next.as_str());
    assert_eq!(details["rotations"][0]["retired"][0], first.as_str());
    assert_eq!(details["rotations"][0]["next"], newest.as_str());
}

#[tokio::test]
async fn rotation_is_automatic_when_due_and_per_algorithm_on_request() {
    let (domain, clock, _dir) = test_support::domain().await;
    let admin = AdminPrincipal::local();
    let context = RequestContext::default();
    domain
        .sign_jwt(SigningAlg::Rs256, "JWT", &claims())
        .await
        .unwrap();
    assert!(!domain.rotate_signing_keys_if_due().await.unwrap());

    // Rotating one algorithm leaves the other alone.
    let before = domain.list_signing_keys(&admin).await.unwrap();
    let after = domain
        .rotate_signing_keys(&admin, &context, Some(SigningAlg::Rs256))
        .await
        .unwrap();
    for key in before.iter().filter(|k| k.alg == SigningAlg::Es256) {
        assert_eq!(state_of(&after, &key.kid), Some(key.state));
    }
    assert_eq!(
        after
            .iter()
            .filter(|k| k.alg == SigningAlg::Rs256 && k.state == SigningKeyState::Retired)
            .count(),
        1
    );

    // 90 days on, the hourly task rotates both (the RS256 key was activated later, but the
    // same day) and records itself as the actor.
    clock.advance(Duration::days(90));
    assert!(domain.rotate_signing_keys_if_due().await.unwrap());
    assert!(!domain.rotate_signing_keys_if_due().await.unwrap());
    let audit = domain
        .store
        .list_audit(
            &crate::store::AuditFilter {
                action: Some("signing_key.rotate".into()),
                ..Default::default()
            },
            crate::model::PageRequest {
                page: 1,
                per_page: 10,
            },
        )
        .await
        .unwrap();
    assert_eq!(audit.total, 2);
    assert_eq!(audit.items[0].actor_kind, "system");
    assert_eq!(audit.items[0].details["automatic"], true);
    assert_eq!(audit.items[0].target.as_deref(), Some("ES256,RS256"));
}

#[tokio::test]
async fn servers_sharing_a_database_pick_up_each_others_rotations() {
    let (a, clock, dir) = test_support::domain().await;
    let b = second_domain(&dir, clock.clone(), TEST_KEK).await;
    b.ensure_signing_keys().await.unwrap();
    let from_b = b
        .sign_jwt(SigningAlg::Es256, "JWT", &claims())
        .await
        .unwrap();
    assert!(a.verify_jwt(&from_b).await.unwrap().is_some());

    // A rotates twice: its newest active key is one B has never seen.
    let admin = AdminPrincipal::local();
    let context = RequestContext::default();
    a.rotate_signing_keys(&admin, &context, None).await.unwrap();
    a.rotate_signing_keys(&admin, &context, None).await.unwrap();
    let from_a = a
        .sign_jwt(SigningAlg::Es256, "JWT", &claims())
        .await
        .unwrap();
    // B loaded its keys a moment ago, so an unknown kid does not send it to the database…
    assert!(b.verify_jwt(&from_a).await.unwrap().is_none());
    // …a few seconds later it does, and finds the key.
    clock.advance(Duration::seconds(6));
    assert!(b.verify_jwt(&from_a).await.unwrap().is_some());
    // B also signs with the new active key once its cache is a minute old.
    clock.advance(Duration::seconds(61));
    let again = b
        .sign_jwt(SigningAlg::Es256, "JWT", &claims())
        .await
        .unwrap();
    assert_eq!(parts(&again).0["kid"], parts(&from_a).0["kid"]);
    // Both servers agree on the JWKS.
    assert_eq!(a.jwks().await.unwrap(), b.jwks().await.unwrap());
}

#[tokio::test]
async fn a_burst_of_first_rs256_signatures_makes_one_pair_of_keys() {
    let (domain, _clock, _dir) = test_support::domain().await;
    let signing = (0..8).map(|_| {
        let domain = domain.clone();
        tokio::spawn(async move {
            domain
                .sign_jwt(SigningAlg::Rs256, "JWT", &claims())
                .await
                .unwrap()
        })
    });
    let tokens = futures_join(signing).await;
    let kids: std::collections::BTreeSet<String> = tokens
        .iter()
        .map(|t| parts(t).0["kid"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(kids.len(), 1);
    let rows = domain.store.signing_keys().await.unwrap();
    assert_eq!(
        rows.iter().filter(|r| r.alg == SigningAlg::Rs256).count(),
        2
    );
}

async fn futures_join(
    handles: impl Iterator<Item = tokio::task::JoinHandle<String>>,
) -> Vec<String> {
    let mut out = Vec::new();
    for handle in handles.collect::<Vec<_>>() {
        out.push(handle.await.unwrap());
    }
    out
}
