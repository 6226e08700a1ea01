//! A software WebAuthn platform authenticator, with the browser steps around it, so that tests
//! can run real registration and sign-in ceremonies against the daemon over HTTP.
//!
//! It takes the options JSON a relying party sends and returns the JSON that the browser's
//! `PublicKeyCredential.toJSON()` would produce. It makes discoverable ES256 (P-256) credentials
//! with `none` attestation, written from the WebAuthn Level 3 specification, RFC 8949 (CBOR) and
//! RFC 9052/9053 (COSE). Knobs turn off user verification, set the backup flags, pin the
//! signature counter at zero, or hash a wrong RP ID, so that tests can check the server rejects
//! what it must. It stays free of the daemon's code: it is the other side of the protocol. The
//! integration tests and the load benchmark both drive the daemon with it.

mod cbor;
mod client;
mod data;
mod options;

use base64::Engine;
use base64::alphabet;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, URL_SAFE_NO_PAD};
use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::{ECDSA_P256_SHA256_ASN1_SIGNING, EcdsaKeyPair, KeyPair};
use serde_json::{Value, json};

use data::{FLAG_AT, FLAG_BE, FLAG_BS, FLAG_UP, FLAG_UV};

/// The AAGUID the authenticator reports unless told otherwise (`7e57a117-0000-4000-8000-
/// 000000000001`): fixed, so that tests can look for it among a user's passkeys, and no real
/// authenticator model's.
pub const TEST_AAGUID: [u8; 16] = [
    0x7e, 0x57, 0xa1, 0x17, 0x00, 0x00, 0x40, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
];

/// Why a ceremony did not produce a credential; each is what a browser reports as a DOMException.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No stored credential is for this RP ID and allowed by the request (`NotAllowedError`).
    #[error("no credential for this RP ID matches the request")]
    NoMatchingCredential,
    /// A credential in `excludeCredentials` is on this authenticator (`InvalidStateError`).
    #[error("a credential in excludeCredentials already exists on this authenticator")]
    ExcludedCredentialExists,
    /// `pubKeyCredParams` does not offer ES256, the only algorithm here (`NotSupportedError`).
    #[error("pubKeyCredParams does not offer ES256 (-7)")]
    UnsupportedAlgorithm,
    /// The options are not valid creation or request options JSON (`TypeError`).
    #[error("bad options JSON: {0}")]
    BadOptions(String),
    /// The origin is malformed or not a secure context (`SecurityError`).
    #[error("bad origin: {0}")]
    BadOrigin(String),
    /// The RP ID is not the origin's host or a parent domain of it (`SecurityError`).
    #[error("RP ID {rp_id:?} is not valid for origin {origin:?}")]
    InvalidRpId {
        /// The RP ID from the options (or the default).
        rp_id: String,
        /// The origin the ceremony ran at.
        origin: String,
    },
    /// ring failed to make a key or a signature (`UnknownError`).
    #[error("cryptography failed")]
    Crypto,
}

impl From<ring::error::Unspecified> for Error {
    fn from(_: ring::error::Unspecified) -> Self {
        Self::Crypto
    }
}

/// A discoverable credential held by the authenticator (a "public key credential source").
struct Credential {
    /// The credential ID.
    id: Vec<u8>,
    /// The RP ID it is scoped to.
    rp_id: String,
    /// The user handle (`user.id` at registration), returned with every assertion.
    user_handle: Vec<u8>,
    /// The private key.
    key: EcdsaKeyPair,
    /// The signature counter, bumped before each assertion.
    sign_count: u32,
}

/// A platform authenticator with user verification and resident keys, as a phone or laptop has.
pub struct Authenticator {
    /// Credentials in creation order.
    credentials: Vec<Credential>,
    /// The AAGUID in attested credential data.
    aaguid: [u8; 16],
    /// Whether it verifies the user (sets UV) unless the relying party discourages it.
    user_verification: bool,
    /// The BE flag.
    backup_eligible: bool,
    /// The BS flag.
    backup_state: bool,
    /// Whether every signature counter stays at 0, as synced passkeys do.
    zero_sign_count: bool,
    /// An RP ID to hash into authenticator data instead of the real one.
    rp_id_override: Option<String>,
    /// Randomness for keys, credential IDs and ECDSA nonces.
    rng: SystemRandom,
}

impl Default for Authenticator {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Authenticator {
    // By hand: key pairs have no useful `Debug`, and the knobs are what a failing test needs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Authenticator")
            .field("credentials", &self.credential_ids())
            .field("user_verification", &self.user_verification)
            .field("backup_eligible", &self.backup_eligible)
            .field("backup_state", &self.backup_state)
            .field("zero_sign_count", &self.zero_sign_count)
            .field("rp_id_override", &self.rp_id_override)
            .finish_non_exhaustive()
    }
}

impl Authenticator {
    /// An empty authenticator: user verification on, not backed up, counting signatures,
    /// reporting [`TEST_AAGUID`].
    pub fn new() -> Self {
        Self {
            credentials: Vec::new(),
            aaguid: TEST_AAGUID,
            user_verification: true,
            backup_eligible: false,
            backup_state: false,
            zero_sign_count: false,
            rp_id_override: None,
            rng: SystemRandom::new(),
        }
    }

    /// Turns user verification on or off. Off, the UV flag stays clear even when the relying
    /// party requires it (a real authenticator would refuse), so tests can see the server refuse.
    pub fn with_user_verification(mut self, on: bool) -> Self {
        self.user_verification = on;
        self
    }

    /// Sets the backup flags of the following ceremonies: BE (may sync) and BS (is synced).
    /// BS without BE is not allowed by the specification, which makes it a negative test.
    pub fn with_backup(mut self, eligible: bool, state: bool) -> Self {
        self.backup_eligible = eligible;
        self.backup_state = state;
        self
    }

    /// Makes every signature counter 0, as synced passkeys report it.
    pub fn with_zero_sign_count(mut self) -> Self {
        self.zero_sign_count = true;
        self
    }

    /// Reports `aaguid` instead of [`TEST_AAGUID`].
    pub fn with_aaguid(mut self, aaguid: [u8; 16]) -> Self {
        self.aaguid = aaguid;
        self
    }

    /// Hashes `rp_id` into authenticator data instead of the relying party's RP ID, as a
    /// phishing site's credential would look; the browser-side checks still use the real one.
    pub fn with_rp_id_override(mut self, rp_id: &str) -> Self {
        self.rp_id_override = Some(rp_id.to_owned());
        self
    }

    /// The base64url IDs of the stored credentials, oldest first.
    pub fn credential_ids(&self) -> Vec<String> {
        self.credentials
            .iter()
            .map(|c| URL_SAFE_NO_PAD.encode(&c.id))
            .collect()
    }

    /// Sets a credential's signature counter, e.g. lower than the server has seen, as a cloned
    /// authenticator would show. The next assertion reports `count + 1`.
    pub fn set_sign_count(&mut self, credential_id: &str, count: u32) -> Result<(), Error> {
        let id = decode_base64url(credential_id, "credential id")?;
        let credential = self
            .credentials
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or(Error::NoMatchingCredential)?;
        credential.sign_count = count;
        Ok(())
    }

    /// `navigator.credentials.create()` at `origin` (such as `http://localhost:1411`) with the
    /// creation options JSON the server sent (webauthn-rs's `CreationChallengeResponse`, or the
    /// bare `publicKey` member). Returns the `RegistrationResponseJSON` a browser would send.
    /// The credential is always discoverable, whatever `residentKey` asks.
    pub fn register(&mut self, options: &Value, origin: &str) -> Result<Value, Error> {
        let options = options::creation(options)?;
        let rp_id = match &options.rp.id {
            Some(id) => id.clone(),
            None => client::default_rp_id(origin)?,
        };
        client::check_rp_id(&rp_id, origin)?;
        let challenge = canonical_base64url(&options.challenge, "challenge")?;
        let user_handle = decode_base64url(&options.user.id, "user.id")?;
        if user_handle.is_empty() || user_handle.len() > 64 {
            return Err(Error::BadOptions("user.id must be 1 to 64 bytes".into()));
        }
        if !options.offers_es256() {
            return Err(Error::UnsupportedAlgorithm);
        }
        let excluded = options::credential_ids(options.exclude_credentials.as_deref())?;
        if self
            .credentials
            .iter()
            .any(|c| c.rp_id == rp_id && excluded.contains(&c.id))
        {
            return Err(Error::ExcludedCredentialExists);
        }
        let client_data = client::client_data_json("webauthn.create", &challenge, origin);

        // authenticatorMakeCredential (§6.3.2).
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &self.rng)?;
        let key =
            EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref(), &self.rng)
                .map_err(|_| Error::Crypto)?;
        let mut id = vec![0; 32];
        self.rng.fill(&mut id)?;
        let public_key = key.public_key().as_ref().to_vec();
        let attested =
            data::attested_credential_data(&self.aaguid, &id, &data::cose_es256_key(&public_key));
        let flags = FLAG_AT | self.flags(options.user_verification());
        let auth_data =
            data::authenticator_data(self.hashed_rp_id(&rp_id), flags, 0, Some(&attested));
        let attestation_object = data::none_attestation_object(&auth_data);
        // A new discoverable credential replaces the one this account had here (§6.3.2 step 8).
        self.credentials
            .retain(|c| !(c.rp_id == rp_id && c.user_handle == user_handle));
        self.credentials.push(Credential {
            id: id.clone(),
            rp_id,
            user_handle,
            key,
            sign_count: 0,
        });

        let extensions = if options.wants_cred_props() {
            json!({ "credProps": { "rk": true } })
        } else {
            json!({})
        };
        let id = URL_SAFE_NO_PAD.encode(&id);
        Ok(json!({
            "id": id,
            "rawId": id,
            "type": "public-key",
            "authenticatorAttachment": "platform",
            "clientExtensionResults": extensions,
            "response": {
                "clientDataJSON": URL_SAFE_NO_PAD.encode(&client_data),
                "attestationObject": URL_SAFE_NO_PAD.encode(&attestation_object),
                "authenticatorData": URL_SAFE_NO_PAD.encode(&auth_data),
                "transports": ["internal"],
                "publicKey": URL_SAFE_NO_PAD.encode(data::p256_subject_public_key_info(&public_key)),
                "publicKeyAlgorithm": data::COSE_ALG_ES256,
            },
        }))
    }

    /// `navigator.credentials.get()` at `origin` with the request options JSON the server sent
    /// (webauthn-rs's `RequestChallengeResponse`, or the bare `publicKey` member). With an
    /// empty `allowCredentials` it signs with the newest credential for the RP ID, as a user
    /// picking the top account would. Returns the `AuthenticationResponseJSON` a browser would
    /// send, `userHandle` included.
    pub fn authenticate(&mut self, options: &Value, origin: &str) -> Result<Value, Error> {
        self.get_assertion(options, origin, None)
    }

    /// Like [`Authenticator::authenticate`], but signs with the credential `credential_id`
    /// (base64url), as a user picking that account would; it must still be allowed.
    pub fn authenticate_with(
        &mut self,
        options: &Value,
        origin: &str,
        credential_id: &str,
    ) -> Result<Value, Error> {
        let chosen = decode_base64url(credential_id, "credential id")?;
        self.get_assertion(options, origin, Some(&chosen))
    }

    /// The browser's get() steps and authenticatorGetAssertion (§6.3.3), signing with `chosen`
    /// or else the newest credential that qualifies.
    fn get_assertion(
        &mut self,
        options: &Value,
        origin: &str,
        chosen: Option<&[u8]>,
    ) -> Result<Value, Error> {
        let options = options::request(options)?;
        let rp_id = match &options.rp_id {
            Some(id) => id.clone(),
            None => client::default_rp_id(origin)?,
        };
        client::check_rp_id(&rp_id, origin)?;
        let challenge = canonical_base64url(&options.challenge, "challenge")?;
        let allowed = options::credential_ids(options.allow_credentials.as_deref())?;
        let client_data = client::client_data_json("webauthn.get", &challenge, origin);
        let flags = self.flags(options.user_verification.as_deref());
        let rp_id_hash_input = self.hashed_rp_id(&rp_id).to_owned();
        let zero = self.zero_sign_count;

        let credential = self
            .credentials
            .iter_mut()
            .rev()
            .filter(|c| c.rp_id == rp_id)
            .filter(|c| allowed.is_empty() || allowed.contains(&c.id))
            .find(|c| chosen.is_none_or(|id| c.id == id))
            .ok_or(Error::NoMatchingCredential)?;
        let sign_count = if zero {
            0
        } else {
            credential.sign_count = credential.sign_count.saturating_add(1);
            credential.sign_count
        };
        let auth_data = data::authenticator_data(&rp_id_hash_input, flags, sign_count, None);
        let mut signed = auth_data.clone();
        signed.extend_from_slice(&data::sha256(&client_data));
        let signature = credential.key.sign(&self.rng, &signed)?;

        let id = URL_SAFE_NO_PAD.encode(&credential.id);
        Ok(json!({
            "id": id,
            "rawId": id,
            "type": "public-key",
            "authenticatorAttachment": "platform",
            "clientExtensionResults": {},
            "response": {
                "clientDataJSON": URL_SAFE_NO_PAD.encode(&client_data),
                "authenticatorData": URL_SAFE_NO_PAD.encode(&auth_data),
                "signature": URL_SAFE_NO_PAD.encode(signature.as_ref()),
                "userHandle": URL_SAFE_NO_PAD.encode(&credential.user_handle),
            },
        }))
    }

    /// The flags of a ceremony apart from AT: UP always (no test needs a silent assertion), UV
    /// when on and not discouraged, and the backup flags as set.
    fn flags(&self, user_verification: Option<&str>) -> u8 {
        let mut flags = FLAG_UP;
        if self.user_verification && user_verification != Some("discouraged") {
            flags |= FLAG_UV;
        }
        if self.backup_eligible {
            flags |= FLAG_BE;
        }
        if self.backup_state {
            flags |= FLAG_BS;
        }
        flags
    }

    /// The RP ID whose hash goes into authenticator data.
    fn hashed_rp_id<'a>(&'a self, rp_id: &'a str) -> &'a str {
        self.rp_id_override.as_deref().unwrap_or(rp_id)
    }
}

/// Corrupts the signature of an assertion JSON (one bit of the last byte, so it stays valid
/// DER but no longer verifies).
pub fn tamper_signature(assertion: &mut Value) {
    let field = &mut assertion["response"]["signature"];
    let encoded = field.as_str().expect("an assertion has response.signature");
    let mut signature = decode_base64url(encoded, "signature").expect("signature is base64url");
    *signature.last_mut().expect("a signature is not empty") ^= 0x01;
    *field = Value::String(URL_SAFE_NO_PAD.encode(signature));
}

/// Decodes base64url the way browsers' `parse…FromJSON` do, and a little more leniently: with
/// or without padding, and in the standard alphabet too, since servers differ.
fn decode_base64url(encoded: &str, what: &str) -> Result<Vec<u8>, Error> {
    let lenient =
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
    GeneralPurpose::new(&alphabet::URL_SAFE, lenient)
        .decode(encoded)
        .or_else(|_| GeneralPurpose::new(&alphabet::STANDARD, lenient).decode(encoded))
        .map_err(|e| Error::BadOptions(format!("{what} is not base64url: {e}")))
}

/// Re-encodes base64url as unpadded base64url: the challenge in clientDataJSON is the base64url
/// of the challenge bytes, whatever form the server sent them in.
fn canonical_base64url(encoded: &str, what: &str) -> Result<String, Error> {
    Ok(URL_SAFE_NO_PAD.encode(decode_base64url(encoded, what)?))
}
