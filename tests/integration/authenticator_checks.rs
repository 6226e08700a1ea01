//! The authenticator against webauthn-rs, the library the daemon verifies with, without the
//! daemon: ceremonies that must succeed do, and webauthn-rs rejects what each negative knob
//! produces. The options and responses go through JSON exactly as they would over HTTP.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use webauthn_rs::prelude::*;

use soft_authenticator::{Authenticator, Error, tamper_signature};

/// The origin a browser would be at.
const ORIGIN: &str = "http://localhost:1411";

/// A relying party for `localhost` at [`ORIGIN`].
fn relying_party() -> Webauthn {
    let origin = Url::parse(ORIGIN).expect("origin parses");
    WebauthnBuilder::new("localhost", &origin)
        .expect("RP ID matches the origin")
        .rp_name("Pocket ID")
        .build()
        .expect("relying party builds")
}

/// `value` as JSON, as a server would send it.
fn to_json(value: &impl Serialize) -> Value {
    serde_json::to_value(value).expect("serialises")
}

/// `json` as webauthn-rs's type, as a server would read the request body.
fn from_json<T: DeserializeOwned>(json: Value) -> T {
    serde_json::from_value(json).expect("webauthn-rs reads the authenticator's JSON")
}

/// Starts a passkey registration for `user`, asking for a discoverable credential the way the
/// daemon does (webauthn-rs asks for a non-discoverable one by default).
fn start_registration(
    rp: &Webauthn,
    user: Uuid,
    exclude: Option<Vec<CredentialID>>,
) -> (Value, PasskeyRegistration) {
    let (challenge, state) = rp
        .start_passkey_registration(user, "alice", "Alice Example", exclude)
        .expect("registration starts");
    // webauthn-rs does not re-export the type of `residentKey`, so the JSON is edited.
    let mut options = to_json(&challenge);
    let selection = &mut options["publicKey"]["authenticatorSelection"];
    selection["residentKey"] = json!("required");
    selection["requireResidentKey"] = json!(true);
    (options, state)
}

/// Registers a passkey for `user` on `authenticator`; panics unless webauthn-rs accepts it.
fn register(rp: &Webauthn, authenticator: &mut Authenticator, user: Uuid) -> Passkey {
    let (options, state) = start_registration(rp, user, None);
    let response = authenticator
        .register(&options, ORIGIN)
        .expect("authenticator registers");
    rp.finish_passkey_registration(&from_json(response), &state)
        .expect("webauthn-rs accepts the registration")
}

/// Runs a passkey sign-in of `passkey` and returns webauthn-rs's verdict.
fn sign_in(
    rp: &Webauthn,
    authenticator: &mut Authenticator,
    passkey: &Passkey,
) -> WebauthnResult<AuthenticationResult> {
    let (options, state) = rp
        .start_passkey_authentication(std::slice::from_ref(passkey))
        .expect("authentication starts");
    let assertion = authenticator
        .authenticate(&to_json(&options), ORIGIN)
        .expect("authenticator signs");
    rp.finish_passkey_authentication(&from_json(assertion), &state)
}

/// The flags byte of the authenticator data in a registration or assertion JSON.
fn flags(credential: &Value) -> u8 {
    let encoded = credential["response"]["authenticatorData"]
        .as_str()
        .unwrap();
    URL_SAFE_NO_PAD.decode(encoded).unwrap()[32]
}

#[test]
fn a_passkey_registers_and_signs_in_with_a_counter_that_advances() {
    let rp = relying_party();
    let mut authenticator = Authenticator::new();
    let mut passkey = register(&rp, &mut authenticator, Uuid::new_v4());
    assert_eq!(
        authenticator.credential_ids(),
        [URL_SAFE_NO_PAD.encode(passkey.cred_id())]
    );

    for expected in 1..=3 {
        let result = sign_in(&rp, &mut authenticator, &passkey).expect("sign-in verifies");
        assert_eq!(result.counter(), expected);
        assert!(result.user_verified());
        assert!(!result.backup_eligible());
        passkey.update_credential(&result);
    }
}

#[test]
fn a_discoverable_passkey_signs_in_without_a_username() {
    let rp = relying_party();
    let mut authenticator = Authenticator::new();
    let user = Uuid::new_v4();
    let passkey = register(&rp, &mut authenticator, user);

    let (options, state) = rp
        .start_discoverable_authentication()
        .expect("authentication starts");
    let options = to_json(&options);
    assert_eq!(options["publicKey"]["allowCredentials"], json!([]));
    let assertion: PublicKeyCredential =
        from_json(authenticator.authenticate(&options, ORIGIN).unwrap());

    let (user_id, credential_id) = rp
        .identify_discoverable_authentication(&assertion)
        .expect("the user handle names the user");
    assert_eq!(user_id, user);
    assert_eq!(credential_id, passkey.cred_id().as_slice());
    let result = rp
        .finish_discoverable_authentication_v2(&assertion, state, &passkey)
        .expect("sign-in verifies");
    assert_eq!(result.counter(), 1);
}

#[test]
fn the_user_picks_among_accounts_on_one_device() {
    let rp = relying_party();
    let mut authenticator = Authenticator::new();
    let (alice, bob) = (Uuid::new_v4(), Uuid::new_v4());
    let alice_key = register(&rp, &mut authenticator, alice);
    register(&rp, &mut authenticator, bob);
    assert_eq!(authenticator.credential_ids().len(), 2);

    let identify = |authenticator: &mut Authenticator, pick: Option<&str>| {
        let (options, _) = rp.start_discoverable_authentication().unwrap();
        let options = to_json(&options);
        let assertion = match pick {
            Some(id) => authenticator.authenticate_with(&options, ORIGIN, id),
            None => authenticator.authenticate(&options, ORIGIN),
        };
        let assertion: PublicKeyCredential = from_json(assertion.unwrap());
        rp.identify_discoverable_authentication(&assertion)
            .unwrap()
            .0
    };
    assert_eq!(
        identify(&mut authenticator, None),
        bob,
        "the newest by default"
    );
    let alice_id = URL_SAFE_NO_PAD.encode(alice_key.cred_id());
    assert_eq!(identify(&mut authenticator, Some(&alice_id)), alice);
}

#[test]
fn a_synced_passkey_reports_backup_flags_and_a_zero_counter() {
    let rp = relying_party();
    let mut authenticator = Authenticator::new()
        .with_backup(true, true)
        .with_zero_sign_count();
    let mut passkey = register(&rp, &mut authenticator, Uuid::new_v4());
    for _ in 0..2 {
        let result = sign_in(&rp, &mut authenticator, &passkey).expect("sign-in verifies");
        assert_eq!(result.counter(), 0);
        assert!(result.backup_eligible() && result.backup_state());
        passkey.update_credential(&result);
    }
}

#[test]
fn a_new_passkey_for_the_same_account_replaces_the_old_one_on_the_device() {
    let rp = relying_party();
    let mut authenticator = Authenticator::new();
    let user = Uuid::new_v4();
    register(&rp, &mut authenticator, user);
    let second = register(&rp, &mut authenticator, user);
    assert_eq!(
        authenticator.credential_ids(),
        [URL_SAFE_NO_PAD.encode(second.cred_id())]
    );
}

#[test]
fn exclude_credentials_refuses_a_second_passkey_on_the_same_device() {
    let rp = relying_party();
    let mut authenticator = Authenticator::new();
    let user = Uuid::new_v4();
    let passkey = register(&rp, &mut authenticator, user);
    let (options, _) = start_registration(&rp, user, Some(vec![passkey.cred_id().clone()]));
    let refused = authenticator.register(&options, ORIGIN);
    assert!(
        matches!(refused, Err(Error::ExcludedCredentialExists)),
        "{refused:?}"
    );
    // Another device has no such credential, so it may register.
    Authenticator::new().register(&options, ORIGIN).unwrap();
}

#[test]
fn a_relying_party_without_es256_is_refused() {
    let rp = relying_party();
    let (mut options, _) = start_registration(&rp, Uuid::new_v4(), None);
    options["publicKey"]["pubKeyCredParams"] = json!([{ "type": "public-key", "alg": -257 }]);
    let refused = Authenticator::new().register(&options, ORIGIN);
    assert!(
        matches!(refused, Err(Error::UnsupportedAlgorithm)),
        "{refused:?}"
    );
}

#[test]
fn allow_credentials_limits_which_credential_may_answer() {
    let rp = relying_party();
    let mut other_device = Authenticator::new();
    let passkey = register(&rp, &mut other_device, Uuid::new_v4());
    let mut this_device = Authenticator::new();
    register(&rp, &mut this_device, Uuid::new_v4());

    let (options, _) = rp.start_passkey_authentication(&[passkey]).unwrap();
    let refused = this_device.authenticate(&to_json(&options), ORIGIN);
    assert!(
        matches!(refused, Err(Error::NoMatchingCredential)),
        "{refused:?}"
    );
}

#[test]
fn the_browser_checks_come_first() {
    let rp = relying_party();
    let (options, _) = start_registration(&rp, Uuid::new_v4(), None);
    let mut authenticator = Authenticator::new();
    let refused = authenticator.register(&options, "https://example.com");
    assert!(
        matches!(refused, Err(Error::InvalidRpId { .. })),
        "{refused:?}"
    );
    let refused = authenticator.register(&options, "http://127.0.0.1:1411");
    assert!(
        matches!(refused, Err(Error::InvalidRpId { .. })),
        "{refused:?}"
    );
    let refused = authenticator.register(&json!({ "publicKey": {} }), ORIGIN);
    assert!(matches!(refused, Err(Error::BadOptions(_))), "{refused:?}");
    assert!(authenticator.credential_ids().is_empty());
}

#[test]
fn the_json_has_the_members_a_browser_sends() {
    let rp = relying_party();
    let (options, _) = start_registration(&rp, Uuid::new_v4(), None);
    let mut authenticator = Authenticator::new();
    let registration = authenticator.register(&options, ORIGIN).unwrap();
    assert_eq!(registration["type"], "public-key");
    assert_eq!(registration["id"], registration["rawId"]);
    assert_eq!(registration["authenticatorAttachment"], "platform");
    assert_eq!(registration["response"]["transports"], json!(["internal"]));
    assert_eq!(registration["response"]["publicKeyAlgorithm"], -7);
    assert_eq!(flags(&registration), 0x45, "UP, UV and AT");
    // webauthn-rs asks for credProps; the answer says the credential is discoverable.
    assert_eq!(
        registration["clientExtensionResults"],
        json!({ "credProps": { "rk": true } })
    );

    let (options, _) = rp.start_discoverable_authentication().unwrap();
    let assertion = authenticator
        .authenticate(&to_json(&options), ORIGIN)
        .unwrap();
    assert_eq!(assertion["clientExtensionResults"], json!({}));
    assert_eq!(flags(&assertion), 0x05, "UP and UV");
    let client_data = URL_SAFE_NO_PAD
        .decode(assertion["response"]["clientDataJSON"].as_str().unwrap())
        .unwrap();
    let client_data: Value = serde_json::from_slice(&client_data).unwrap();
    assert_eq!(
        client_data,
        json!({
            "type": "webauthn.get",
            "challenge": to_json(&options)["publicKey"]["challenge"],
            "origin": ORIGIN,
            "crossOrigin": false,
        })
    );
}

#[test]
fn user_verification_is_skipped_when_the_relying_party_discourages_it() {
    let rp = relying_party();
    let mut authenticator = Authenticator::new();
    register(&rp, &mut authenticator, Uuid::new_v4());
    let (options, _) = rp.start_discoverable_authentication().unwrap();
    let mut options = to_json(&options);
    options["publicKey"]["userVerification"] = json!("discouraged");
    let assertion = authenticator.authenticate(&options, ORIGIN).unwrap();
    assert_eq!(flags(&assertion), 0x01, "UP only");
}

#[test]
fn webauthn_rs_rejects_the_wrong_origin() {
    let rp = relying_party();
    let mut authenticator = Authenticator::new();
    // A subdomain passes the browser's RP ID check, but the server expects its own origin.
    let phishing = "http://login.localhost:1411";
    let (options, state) = start_registration(&rp, Uuid::new_v4(), None);
    let response = authenticator.register(&options, phishing).unwrap();
    assert!(
        rp.finish_passkey_registration(&from_json(response), &state)
            .is_err()
    );

    let passkey = register(&rp, &mut authenticator, Uuid::new_v4());
    let (options, state) = rp.start_passkey_authentication(&[passkey]).unwrap();
    let assertion = authenticator
        .authenticate(&to_json(&options), phishing)
        .unwrap();
    let verdict = rp.finish_passkey_authentication(&from_json(assertion), &state);
    assert!(verdict.is_err(), "{verdict:?}");
}

#[test]
fn webauthn_rs_rejects_the_wrong_rp_id_hash() {
    let rp = relying_party();
    let mut honest = Authenticator::new();
    let passkey = register(&rp, &mut honest, Uuid::new_v4());

    let mut confused = Authenticator::new().with_rp_id_override("example.com");
    let (options, state) = start_registration(&rp, Uuid::new_v4(), None);
    let response = confused.register(&options, ORIGIN).unwrap();
    let verdict = rp.finish_passkey_registration(&from_json(response), &state);
    assert!(
        matches!(verdict, Err(WebauthnError::InvalidRPIDHash)),
        "{verdict:?}"
    );

    let mut honest = honest.with_rp_id_override("example.com");
    let verdict = sign_in(&rp, &mut honest, &passkey);
    assert!(
        matches!(verdict, Err(WebauthnError::InvalidRPIDHash)),
        "{verdict:?}"
    );
}

#[test]
fn webauthn_rs_rejects_a_tampered_signature() {
    let rp = relying_party();
    let mut authenticator = Authenticator::new();
    let passkey = register(&rp, &mut authenticator, Uuid::new_v4());
    let (options, state) = rp.start_passkey_authentication(&[passkey]).unwrap();
    let mut assertion = authenticator
        .authenticate(&to_json(&options), ORIGIN)
        .unwrap();
    tamper_signature(&mut assertion);
    let verdict = rp.finish_passkey_authentication(&from_json(assertion), &state);
    assert!(verdict.is_err(), "{verdict:?}");
}

#[test]
fn webauthn_rs_requires_user_verification_for_passkeys() {
    let rp = relying_party();
    let mut unverified = Authenticator::new().with_user_verification(false);
    let (options, state) = start_registration(&rp, Uuid::new_v4(), None);
    let response = unverified.register(&options, ORIGIN).unwrap();
    let verdict = rp.finish_passkey_registration(&from_json(response), &state);
    assert!(
        matches!(verdict, Err(WebauthnError::UserNotVerified)),
        "{verdict:?}"
    );

    let mut authenticator = Authenticator::new();
    let passkey = register(&rp, &mut authenticator, Uuid::new_v4());
    let mut authenticator = authenticator.with_user_verification(false);
    let verdict = sign_in(&rp, &mut authenticator, &passkey);
    assert!(
        matches!(verdict, Err(WebauthnError::UserNotVerified)),
        "{verdict:?}"
    );
}

#[test]
fn a_replay_is_caught_only_by_using_each_ceremony_state_once() {
    let rp = relying_party();
    let mut authenticator = Authenticator::new();
    let passkey = register(&rp, &mut authenticator, Uuid::new_v4());
    let (options, state) = rp
        .start_passkey_authentication(std::slice::from_ref(&passkey))
        .unwrap();
    let assertion: PublicKeyCredential = from_json(
        authenticator
            .authenticate(&to_json(&options), ORIGIN)
            .unwrap(),
    );
    rp.finish_passkey_authentication(&assertion, &state)
        .unwrap();

    // Against a new ceremony the old assertion carries the wrong challenge.
    let (_, fresh) = rp
        .start_passkey_authentication(std::slice::from_ref(&passkey))
        .unwrap();
    let verdict = rp.finish_passkey_authentication(&assertion, &fresh);
    assert!(verdict.is_err(), "{verdict:?}");
    // Against the same state webauthn-rs accepts it again: the server must delete the state on
    // first use. (The discoverable flow's finish takes the state by value, which helps.)
    assert!(rp.finish_passkey_authentication(&assertion, &state).is_ok());
}

#[test]
fn webauthn_rs_rejects_a_counter_that_goes_back() {
    let rp = relying_party();
    let mut authenticator = Authenticator::new();
    let mut passkey = register(&rp, &mut authenticator, Uuid::new_v4());
    let result = sign_in(&rp, &mut authenticator, &passkey).unwrap();
    passkey.update_credential(&result);

    // A clone of the key that has signed less often than the original.
    let id = authenticator.credential_ids().remove(0);
    authenticator.set_sign_count(&id, 0).unwrap();
    let verdict = sign_in(&rp, &mut authenticator, &passkey);
    assert!(
        matches!(verdict, Err(WebauthnError::CredentialPossibleCompromise)),
        "{verdict:?}"
    );
}

#[test]
fn webauthn_rs_rejects_inconsistent_backup_flags() {
    let rp = relying_party();
    // Backed up but not eligible for backup cannot happen.
    let mut impossible = Authenticator::new().with_backup(false, true);
    let (options, state) = start_registration(&rp, Uuid::new_v4(), None);
    let response = impossible.register(&options, ORIGIN).unwrap();
    assert!(
        rp.finish_passkey_registration(&from_json(response), &state)
            .is_err()
    );

    // Backup eligibility is fixed when the credential is made.
    let mut synced = Authenticator::new().with_backup(true, true);
    let passkey = register(&rp, &mut synced, Uuid::new_v4());
    let mut synced = synced.with_backup(false, false);
    let verdict = sign_in(&rp, &mut synced, &passkey);
    assert!(
        matches!(
            verdict,
            Err(WebauthnError::CredentialBackupEligibilityInconsistent)
        ),
        "{verdict:?}"
    );
}

#[test]
fn the_aaguid_is_in_the_attested_credential_data() {
    let rp = relying_party();
    let (options, state) = start_registration(&rp, Uuid::new_v4(), None);
    let mut authenticator = Authenticator::new().with_aaguid([0x42; 16]);
    let response = authenticator.register(&options, ORIGIN).unwrap();
    let auth_data = URL_SAFE_NO_PAD
        .decode(response["response"]["authenticatorData"].as_str().unwrap())
        .unwrap();
    // rpIdHash (32) ‖ flags (1) ‖ signCount (4) ‖ AAGUID (16) ‖ …
    assert_eq!(&auth_data[37..53], &[0x42; 16]);
    rp.finish_passkey_registration(&from_json(response), &state)
        .expect("webauthn-rs accepts any AAGUID with none attestation");
}
