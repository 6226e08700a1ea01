//! Token signing keys: making them, sealing them at rest, rotating them with overlap, publishing
//! their public halves as a JWKS, and signing and verifying compact JWS tokens with them.
//!
//! Each algorithm in use (ES256 always, RS256 once a client needs it) has one `active` key that
//! signs and one `next` key that is already published, so a relying party that caches the JWKS
//! knows a key before it signs anything. A rotation activates the next key, retires the active
//! one and makes a fresh next key, in one transaction with its audit record. A retired key signs
//! nothing but stays published until every token it signed has expired (the longest token
//! lifetime plus a margin), and is then deleted by the hourly purge.
//!
//! Private keys are PKCS#8 documents sealed with AES-256-GCM under the key-encryption key, with
//! the key id as associated data, so a sealed key cannot be moved to another row. Keys are
//! generated with ring (P-256) and the `rsa` crate (RSA-2048); tokens are signed and verified
//! through biscuit, over ring.
//!
//! Signing and verifying are hot paths: the opened keys live in a cache held by the domain,
//! reloaded from the database when it is a minute old or when a token names a key it does not
//! know, so several servers sharing a database pick up each other's rotations. No signature
//! costs a query. Nothing here imports poem or sea-orm.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, RwLock};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use biscuit::jwa::SignatureAlgorithm;
use biscuit::jws::{Compact, Header, RegisteredHeader, Secret};
use biscuit::{CompactJson, Empty};
use chrono::{DateTime, Duration, Utc};
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair, RsaKeyPair};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use zeroize::Zeroizing;

use super::{AdminPrincipal, AuditTarget, Domain, Error, Result};
use crate::model::{
    Actor, EncryptionKey, KeyRotation, RequestContext, SigningAlg, SigningKeyInfo, SigningKeyState,
    StoredSigningKey,
};
use crate::store::{StoreError, UniqueField};

/// How long a retired key stays published: the longest a token may live (access tokens up to
/// a day, ID tokens an hour) and an hour's margin for clock skew and cached JWKS documents.
pub const RETIRED_KEY_PUBLISHED_FOR: Duration =
    Duration::seconds(super::clients::MAX_ACCESS_TOKEN_LIFETIME_SECS + 3_600);

/// The shortest automatic rotation period allowed: more often would pile up retired keys.
pub const MIN_ROTATION_PERIOD: Duration = Duration::days(1);

/// How long the cache of opened keys is trusted before it is checked against the database.
const CACHE_TTL_MILLIS: i64 = 60_000;
/// A token naming an unknown key reloads the cache at most this often, so a flood of made-up
/// key ids cannot turn into a flood of queries.
const UNKNOWN_KID_RELOAD_MILLIS: i64 = 5_000;
/// Longest compact token looked at.
const MAX_TOKEN_LEN: usize = 16 * 1024;
/// RSA modulus size of generated keys.
const RSA_BITS: usize = 2048;
/// Version byte in front of a sealed key.
const SEAL_VERSION: u8 = 1;

/// A private key in the clear, wiped from memory when dropped.
type Pkcs8 = Zeroizing<Vec<u8>>;

/// A JWT whose signature checked out against one of our published keys.
#[derive(Debug, Clone)]
pub struct VerifiedJwt {
    /// The `typ` header, if any (e.g. "JWT", "at+jwt").
    pub typ: Option<String>,
    /// The key's algorithm.
    pub alg: SigningAlg,
    /// The `kid` header.
    pub kid: String,
    /// The payload.
    pub claims: Map<String, Value>,
}

/// How signing keys are kept: the key-encryption key and the automatic rotation period.
#[derive(Clone)]
pub struct KeySettings {
    kek: EncryptionKey,
    rotation: Option<Duration>,
}

impl KeySettings {
    /// Keys sealed with `kek`, rotated automatically every `rotation` (never when `None`).
    pub fn new(kek: EncryptionKey, rotation: Option<Duration>) -> Self {
        Self { kek, rotation }
    }
}

impl std::fmt::Debug for KeySettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeySettings")
            .field("kek", &self.kek)
            .field("rotation", &self.rotation)
            .finish()
    }
}

/// What can go wrong with signing keys themselves.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The key-encryption key does not open a stored key.
    #[error(
        "cannot decrypt the signing key `{kid}`: the key-encryption key is not the one the key \
         was encrypted with"
    )]
    WrongEncryptionKey {
        /// The key that did not open.
        kid: String,
    },
    /// A stored key opened but is not what its row says.
    #[error("the signing key `{kid}` is damaged: {detail}")]
    Corrupt {
        /// The key.
        kid: String,
        /// What is wrong.
        detail: String,
    },
    /// A key could not be made.
    #[error("cannot make a new {alg} signing key: {detail}")]
    Generate {
        /// The algorithm.
        alg: &'static str,
        /// Why.
        detail: String,
    },
    /// Signing failed.
    #[error("cannot sign a token: {0}")]
    Sign(String),
}

/// The payload of a token: any JSON object.
#[derive(Serialize, Deserialize)]
#[serde(transparent)]
struct Payload(Map<String, Value>);

impl CompactJson for Payload {}

/// The JOSE algorithm of ours.
fn jose_alg(alg: SigningAlg) -> SignatureAlgorithm {
    match alg {
        SigningAlg::Es256 => SignatureAlgorithm::ES256,
        SigningAlg::Rs256 => SignatureAlgorithm::RS256,
    }
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// When a key leaves the JWKS: only retired keys do.
fn published_until(retired_at: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
    retired_at.map(|at| at + RETIRED_KEY_PUBLISHED_FOR)
}

/// Whether a key in `state`, retired at `retired_at`, is still published at `now`.
fn is_published(
    state: SigningKeyState,
    retired_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    match state {
        SigningKeyState::Active | SigningKeyState::Next => true,
        SigningKeyState::Retired => published_until(retired_at).is_some_and(|until| until > now),
    }
}

/// A private key in memory, ready to sign, with its public JWK.
struct OpenedKey {
    secret: Secret,
    /// The public JWK without `kid`, `alg` and `use`.
    public: Map<String, Value>,
    /// The RFC 7638 thumbprint of the public key.
    thumbprint: String,
}

/// Builds the public JWK and thumbprint of a parsed private key.
fn open_pkcs8(alg: SigningAlg, pkcs8: &[u8]) -> std::result::Result<OpenedKey, String> {
    match alg {
        SigningAlg::Es256 => {
            let pair = EcdsaKeyPair::from_pkcs8(
                &ECDSA_P256_SHA256_FIXED_SIGNING,
                pkcs8,
                &SystemRandom::new(),
            )
            .map_err(|e| format!("not a P-256 PKCS#8 key: {e}"))?;
            // The uncompressed point: 0x04, then x and y of 32 bytes each.
            let point = pair.public_key().as_ref();
            if point.len() != 65 || point[0] != 4 {
                return Err("the public point is not uncompressed P-256".into());
            }
            let (x, y) = (b64(&point[1..33]), b64(&point[33..]));
            let thumbprint = thumbprint(&format!(
                r#"{{"crv":"P-256","kty":"EC","x":"{x}","y":"{y}"}}"#
            ));
            let mut public = Map::new();
            public.insert("kty".into(), "EC".into());
            public.insert("crv".into(), "P-256".into());
            public.insert("x".into(), x.into());
            public.insert("y".into(), y.into());
            Ok(OpenedKey {
                secret: Secret::EcdsaKeyPair(Arc::new(pair)),
                public,
                thumbprint,
            })
        }
        SigningAlg::Rs256 => {
            let pair =
                RsaKeyPair::from_pkcs8(pkcs8).map_err(|e| format!("not an RSA PKCS#8 key: {e}"))?;
            let components = ring::rsa::PublicKeyComponents::<Vec<u8>>::from(pair.public());
            let (n, e) = (b64(&components.n), b64(&components.e));
            let thumbprint = thumbprint(&format!(r#"{{"e":"{e}","kty":"RSA","n":"{n}"}}"#));
            let mut public = Map::new();
            public.insert("kty".into(), "RSA".into());
            public.insert("n".into(), n.into());
            public.insert("e".into(), e.into());
            Ok(OpenedKey {
                secret: Secret::RsaKeyPair(Arc::new(pair)),
                public,
                thumbprint,
            })
        }
    }
}

/// RFC 7638: base64url of the SHA-256 of the required members in lexicographic order, no
/// whitespace (the members hold only base64url text and fixed names, so nothing needs escaping).
fn thumbprint(canonical: &str) -> String {
    b64(ring::digest::digest(&ring::digest::SHA256, canonical.as_bytes()).as_ref())
}

/// The published JWK of a key.
fn jwk(kid: &str, alg: SigningAlg, public: &Map<String, Value>) -> Value {
    let mut jwk = Map::new();
    jwk.insert("kid".into(), kid.into());
    jwk.insert("use".into(), "sig".into());
    jwk.insert("alg".into(), alg.as_str().into());
    for (name, value) in public {
        jwk.insert(name.clone(), value.clone());
    }
    Value::Object(jwk)
}

fn aead_key(kek: &EncryptionKey) -> LessSafeKey {
    // 32 bytes is always a valid AES-256 key.
    LessSafeKey::new(
        UnboundKey::new(&AES_256_GCM, kek.expose()).expect("an AES-256 key is 32 bytes"),
    )
}

/// Seals a PKCS#8 key for `kid`: base64url of version, random nonce, ciphertext and tag.
fn seal(kek: &EncryptionKey, kid: &str, pkcs8: &[u8]) -> std::result::Result<String, KeyError> {
    let mut nonce = [0u8; NONCE_LEN];
    SystemRandom::new()
        .fill(&mut nonce)
        .map_err(|_| KeyError::Generate {
            alg: "AES-256-GCM",
            detail: "the system random number generator failed".into(),
        })?;
    let mut in_out = pkcs8.to_vec();
    aead_key(kek)
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(kid.as_bytes()),
            &mut in_out,
        )
        .map_err(|_| KeyError::Generate {
            alg: "AES-256-GCM",
            detail: "sealing failed".into(),
        })?;
    let mut sealed = Vec::with_capacity(1 + NONCE_LEN + in_out.len());
    sealed.push(SEAL_VERSION);
    sealed.extend_from_slice(&nonce);
    sealed.extend_from_slice(&in_out);
    Ok(b64(&sealed))
}

/// Opens a key sealed by [`seal`] for the same `kid`.
fn unseal(kek: &EncryptionKey, kid: &str, sealed: &str) -> std::result::Result<Pkcs8, KeyError> {
    let corrupt = |detail: &str| KeyError::Corrupt {
        kid: kid.to_owned(),
        detail: detail.to_owned(),
    };
    let bytes = URL_SAFE_NO_PAD
        .decode(sealed)
        .map_err(|_| corrupt("the sealed key is not base64url"))?;
    match bytes.split_first() {
        Some((&SEAL_VERSION, rest)) if rest.len() > NONCE_LEN => {
            let (nonce, ciphertext) = rest.split_at(NONCE_LEN);
            let nonce = Nonce::try_assume_unique_for_key(nonce)
                .map_err(|_| corrupt("the nonce is damaged"))?;
            let mut in_out = Zeroizing::new(ciphertext.to_vec());
            let plain_len = aead_key(kek)
                .open_in_place(nonce, Aad::from(kid.as_bytes()), &mut in_out)
                .map_err(|_| KeyError::WrongEncryptionKey {
                    kid: kid.to_owned(),
                })?
                .len();
            in_out.truncate(plain_len);
            Ok(in_out)
        }
        Some((&SEAL_VERSION, _)) => Err(corrupt("the sealed key is truncated")),
        _ => Err(corrupt("the sealed key has an unknown format")),
    }
}

/// Makes a new PKCS#8 private key of `alg`. RSA takes a while: call it off the async threads.
fn generate_pkcs8(alg: SigningAlg) -> std::result::Result<Pkcs8, KeyError> {
    match alg {
        SigningAlg::Es256 => {
            EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &SystemRandom::new())
                .map(|doc| Zeroizing::new(doc.as_ref().to_vec()))
                .map_err(|_| KeyError::Generate {
                    alg: "ES256",
                    detail: "the system random number generator failed".into(),
                })
        }
        SigningAlg::Rs256 => {
            use rsa::pkcs8::EncodePrivateKey;
            let fail = |detail: String| KeyError::Generate {
                alg: "RS256",
                detail,
            };
            let key = rsa::RsaPrivateKey::new(&mut rand::rng(), RSA_BITS)
                .map_err(|e| fail(e.to_string()))?;
            let der = key.to_pkcs8_der().map_err(|e| fail(e.to_string()))?;
            Ok(Zeroizing::new(der.as_bytes().to_vec()))
        }
    }
}

/// A key of the cache: its row, opened.
struct LoadedKey {
    kid: String,
    alg: SigningAlg,
    state: SigningKeyState,
    created_at: DateTime<Utc>,
    retired_at: Option<DateTime<Utc>>,
    secret: Secret,
    jwk: Value,
}

impl LoadedKey {
    /// Opens a stored key and checks that it is the key its row describes.
    fn open(kek: &EncryptionKey, row: &StoredSigningKey) -> std::result::Result<Self, KeyError> {
        let corrupt = |detail: String| KeyError::Corrupt {
            kid: row.kid.clone(),
            detail,
        };
        let pkcs8 = unseal(kek, &row.kid, &row.sealed_private_key)?;
        let opened = open_pkcs8(row.alg, &pkcs8).map_err(corrupt)?;
        if opened.thumbprint != row.kid {
            return Err(corrupt(
                "its key id is not the thumbprint of its key".into(),
            ));
        }
        let jwk = jwk(&row.kid, row.alg, &opened.public);
        let stored: Value = serde_json::from_str(&row.public_jwk)
            .map_err(|e| corrupt(format!("its public JWK is not JSON: {e}")))?;
        if stored != jwk {
            return Err(corrupt(
                "its public JWK is not the public half of its private key".into(),
            ));
        }
        Ok(Self::from_parts(row, opened.secret, jwk))
    }

    fn from_parts(row: &StoredSigningKey, secret: Secret, jwk: Value) -> Self {
        Self {
            kid: row.kid.clone(),
            alg: row.alg,
            state: row.state,
            created_at: row.created_at,
            retired_at: row.retired_at,
            secret,
            jwk,
        }
    }

    fn is_published(&self, now: DateTime<Utc>) -> bool {
        is_published(self.state, self.retired_at, now)
    }
}

/// The opened keys that are published, as loaded at one moment.
struct Keyring {
    /// When the database was last consulted, in the domain clock's Unix milliseconds.
    checked_at: AtomicI64,
    /// When the keys were read, in the same unit.
    loaded_at: i64,
    by_kid: HashMap<String, Arc<LoadedKey>>,
    /// The active key of ES256 and of RS256.
    active: [Option<Arc<LoadedKey>>; 2],
    jwks: Value,
    /// `jwks` serialised once, as `/.well-known/jwks.json` serves it.
    jwks_json: Arc<str>,
}

fn alg_slot(alg: SigningAlg) -> usize {
    match alg {
        SigningAlg::Es256 => 0,
        SigningAlg::Rs256 => 1,
    }
}

impl Keyring {
    fn is_fresh(&self, now_millis: i64) -> bool {
        now_millis - self.checked_at.load(Ordering::Relaxed) < CACHE_TTL_MILLIS
    }

    fn active(&self, alg: SigningAlg) -> Option<Arc<LoadedKey>> {
        self.active[alg_slot(alg)].clone()
    }

    fn published(&self, kid: &str, now: DateTime<Utc>) -> Option<&Arc<LoadedKey>> {
        self.by_kid.get(kid).filter(|key| key.is_published(now))
    }
}

/// The cache of opened keys, shared by every clone of the domain.
pub(super) struct KeyCache {
    settings: KeySettings,
    ring: RwLock<Option<Arc<Keyring>>>,
    /// Held while reloading, so concurrent requests wait for one reload instead of each making
    /// their own.
    reloading: tokio::sync::Mutex<()>,
    /// Held while making the first keys of an algorithm, so a burst of first RS256 signatures
    /// makes one pair of keys rather than one per request.
    making: tokio::sync::Mutex<()>,
}

impl KeyCache {
    pub(super) fn new(settings: KeySettings) -> Self {
        Self {
            settings,
            ring: RwLock::new(None),
            reloading: tokio::sync::Mutex::new(()),
            making: tokio::sync::Mutex::new(()),
        }
    }

    fn current(&self) -> Option<Arc<Keyring>> {
        self.ring
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    fn install(&self, ring: Arc<Keyring>) {
        *self
            .ring
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(ring);
    }
}

/// What the audit log keeps of one algorithm's rotation.
fn rotation_details(alg: SigningAlg, rotation: &KeyRotation) -> Value {
    let activated = rotation.activate.clone().or_else(|| {
        rotation
            .insert
            .iter()
            .find(|k| k.state == SigningKeyState::Active)
            .map(|k| k.kid.clone())
    });
    let next = rotation
        .insert
        .iter()
        .find(|k| k.state == SigningKeyState::Next)
        .map(|k| k.kid.clone());
    json!({
        "alg": alg.as_str(),
        "activated": activated,
        "retired": rotation.retire,
        "next": next,
    })
}

fn info(row: &StoredSigningKey) -> SigningKeyInfo {
    SigningKeyInfo {
        kid: row.kid.clone(),
        alg: row.alg,
        state: row.state,
        created_at: row.created_at,
        activated_at: row.activated_at,
        retired_at: row.retired_at,
        published_until: published_until(row.retired_at),
    }
}

/// The order keys are listed in: by algorithm, active, next, then retired newest first.
fn listing_order(a: &SigningKeyInfo, b: &SigningKeyInfo) -> std::cmp::Ordering {
    alg_slot(a.alg)
        .cmp(&alg_slot(b.alg))
        .then(a.state.cmp(&b.state))
        .then(b.retired_at.cmp(&a.retired_at))
        .then(b.created_at.cmp(&a.created_at))
        .then(a.kid.cmp(&b.kid))
}

/// A refused rotation because keys changed under it.
fn changed_meanwhile() -> Error {
    Error::Conflict {
        field: UniqueField::SigningKeySlot,
        message: "the signing keys were changed at the same moment by another request or server; \
                  list them and try again"
            .into(),
    }
}

impl Domain {
    /// Signs `claims` (a JSON object) as a compact JWS with the active key of `alg`; header
    /// {alg, typ, kid}. An empty `typ` leaves the header out.
    pub async fn sign_jwt(&self, alg: SigningAlg, typ: &str, claims: &Value) -> Result<String> {
        let Value::Object(claims) = claims else {
            return Err(Error::invalid(
                "claims",
                "the claims of a token must be a JSON object",
            ));
        };
        let key = self.active_key(alg).await?;
        let header = Header {
            registered: RegisteredHeader {
                algorithm: jose_alg(key.alg),
                media_type: (!typ.is_empty()).then(|| typ.to_owned()),
                key_id: Some(key.kid.clone()),
                ..RegisteredHeader::default()
            },
            private: Empty {},
        };
        let token = Compact::new_decoded(header, Payload(claims.clone()))
            .encode(&key.secret)
            .map_err(|e| KeyError::Sign(e.to_string()))?;
        Ok(token.unwrap_encoded().to_string())
    }

    /// Checks a compact JWS against the published keys (active, next, retired-but-still-
    /// published). `Ok(None)` for anything malformed, an unknown kid, a wrong alg for the kid,
    /// or a bad signature. Does NOT check exp/iss/aud (callers do).
    pub async fn verify_jwt(&self, token: &str) -> Result<Option<VerifiedJwt>> {
        if token.len() > MAX_TOKEN_LEN || token.bytes().filter(|&b| b == b'.').count() != 2 {
            return Ok(None);
        }
        let jws = Compact::<Payload, Empty>::new_encoded(token);
        let Ok(header) = jws.unverified_header() else {
            return Ok(None);
        };
        // No extension is understood, so a token that marks one critical must be refused.
        let Some(kid) = header
            .registered
            .key_id
            .filter(|_| header.registered.critical.is_none())
        else {
            return Ok(None);
        };
        let now = self.clock.now();
        let mut ring = self.keyring().await?;
        if ring.published(&kid, now).is_none() {
            // Perhaps another server made it since the cache was loaded.
            if now.timestamp_millis() - ring.loaded_at < UNKNOWN_KID_RELOAD_MILLIS {
                return Ok(None);
            }
            ring = self.reload_keyring(Some(&ring), true).await?;
        }
        let Some(key) = ring.published(&kid, now) else {
            return Ok(None);
        };
        // The key decides the algorithm, never the token: `none`, HS256 or RS256 on an EC key
        // are all refused here.
        let alg = jose_alg(key.alg);
        if header.registered.algorithm != alg {
            return Ok(None);
        }
        let Ok(decoded) = jws.decode(&key.secret, alg) else {
            return Ok(None);
        };
        let (header, payload) = decoded.unwrap_decoded();
        Ok(Some(VerifiedJwt {
            typ: header.registered.media_type,
            alg: key.alg,
            kid,
            claims: payload.0,
        }))
    }

    /// The public JWKS document `{"keys":[...]}` (each with kid, kty, alg, use:"sig", and
    /// crv/x/y or n/e): the active, next and still-published retired keys.
    pub async fn jwks(&self) -> Result<Value> {
        Ok(self.keyring().await?.jwks.clone())
    }

    /// [`Domain::jwks`] as JSON text, serialised once per key set.
    pub async fn jwks_json(&self) -> Result<Arc<str>> {
        Ok(self.keyring().await?.jwks_json.clone())
    }

    /// Admin: every stored key with its state, by algorithm (active, next, then retired).
    pub async fn list_signing_keys(&self, _admin: &AdminPrincipal) -> Result<Vec<SigningKeyInfo>> {
        self.signing_key_infos().await
    }

    /// Admin: rotates the keys of `alg`, or of every algorithm in use when `None`: the next key
    /// becomes active, the active one retires, and a fresh next key is made. Rotating an
    /// algorithm that has no keys yet makes its first ones. Returns every key afterwards.
    pub async fn rotate_signing_keys(
        &self,
        admin: &AdminPrincipal,
        context: &RequestContext,
        alg: Option<SigningAlg>,
    ) -> Result<Vec<SigningKeyInfo>> {
        let algs = match alg {
            Some(alg) => vec![alg],
            None => {
                let stored = self.store.signing_keys().await?;
                let mut in_use: Vec<SigningAlg> = [SigningAlg::Es256, SigningAlg::Rs256]
                    .into_iter()
                    .filter(|&alg| {
                        stored
                            .iter()
                            .any(|k| k.alg == alg && k.state != SigningKeyState::Retired)
                    })
                    .collect();
                if in_use.is_empty() {
                    in_use.push(SigningAlg::Es256);
                }
                in_use
            }
        };
        self.rotate(admin.actor(), context, &algs, false).await?;
        self.signing_key_infos().await
    }

    /// For the daemon's hourly task: rotates every algorithm whose active key is older than the
    /// configured period. Returns whether it rotated.
    pub async fn rotate_signing_keys_if_due(&self) -> Result<bool> {
        let Some(period) = self.keys.settings.rotation else {
            return Ok(false);
        };
        let now = self.clock.now();
        let stored = self.store.signing_keys().await?;
        let due: Vec<SigningAlg> = [SigningAlg::Es256, SigningAlg::Rs256]
            .into_iter()
            .filter(|&alg| {
                stored.iter().any(|k| {
                    k.alg == alg
                        && k.state == SigningKeyState::Active
                        && k.activated_at.unwrap_or(k.created_at) + period <= now
                })
            })
            .collect();
        if due.is_empty() {
            return Ok(false);
        }
        match self
            .rotate(&Actor::System, &RequestContext::default(), &due, true)
            .await
        {
            Ok(()) => Ok(true),
            // Another server sharing the database rotated first.
            Err(Error::Conflict {
                field: UniqueField::SigningKeySlot,
                ..
            }) => Ok(false),
            Err(err) => Err(err),
        }
    }

    /// At start-up: makes sure an active and a next ES256 key exist, and RS256 ones when a
    /// client signs with RS256 (otherwise they are made the first time an RS256 signature is
    /// needed). Opens every published key, so a wrong key-encryption key fails here, before
    /// anything is changed.
    pub async fn ensure_signing_keys(&self) -> Result<()> {
        self.reload_keyring(None, false).await?;
        self.ensure_keys_of(SigningAlg::Es256).await?;
        let rs256_in_use = self
            .store
            .list_clients()
            .await?
            .iter()
            .any(|client| client.id_token_signing_alg == SigningAlg::Rs256);
        if rs256_in_use {
            self.ensure_keys_of(SigningAlg::Rs256).await?;
        }
        Ok(())
    }

    /// Deletes retired keys that have left the JWKS; returns how many went.
    pub(super) async fn purge_retired_signing_keys(&self) -> Result<u64> {
        let cutoff = self.clock.now() - RETIRED_KEY_PUBLISHED_FOR;
        Ok(self
            .store
            .delete_signing_keys_retired_before(cutoff)
            .await?)
    }

    /// Every stored key, in listing order.
    async fn signing_key_infos(&self) -> Result<Vec<SigningKeyInfo>> {
        let mut infos: Vec<SigningKeyInfo> =
            self.store.signing_keys().await?.iter().map(info).collect();
        infos.sort_by(listing_order);
        Ok(infos)
    }

    /// The key that signs `alg`, making the first keys of `alg` when there are none.
    async fn active_key(&self, alg: SigningAlg) -> Result<Arc<LoadedKey>> {
        if let Some(key) = self.keyring().await?.active(alg) {
            return Ok(key);
        }
        let _making = self.keys.making.lock().await;
        // Another request may have made them while this one waited.
        if let Some(key) = self.keys.current().and_then(|ring| ring.active(alg)) {
            return Ok(key);
        }
        self.ensure_keys_of(alg).await?;
        self.reload_keyring(None, false)
            .await?
            .active(alg)
            .ok_or_else(|| {
                KeyError::Sign(format!("there is no active {} key", alg.as_str())).into()
            })
    }

    /// The cache, reloaded first when it is older than a minute.
    async fn keyring(&self) -> Result<Arc<Keyring>> {
        let current = self.keys.current();
        match current {
            Some(ring) if ring.is_fresh(self.clock.now().timestamp_millis()) => Ok(ring),
            stale => self.reload_keyring(stale.as_ref(), true).await,
        }
    }

    /// Reads the keys from the database and opens the published ones, reusing those already
    /// open. `seen` is the cache the caller found wanting: when another task replaced it
    /// meanwhile, that newer cache is used instead. With `tolerant`, a failed reload keeps
    /// serving from the old cache (and is logged) rather than failing the request.
    async fn reload_keyring(
        &self,
        seen: Option<&Arc<Keyring>>,
        tolerant: bool,
    ) -> Result<Arc<Keyring>> {
        let _reloading = self.keys.reloading.lock().await;
        let previous = self.keys.current();
        if let (Some(seen), Some(current)) = (seen, &previous)
            && !Arc::ptr_eq(seen, current)
        {
            return Ok(current.clone());
        }
        match self.load_keyring(previous.as_deref()).await {
            Ok(ring) => {
                let ring = Arc::new(ring);
                self.keys.install(ring.clone());
                Ok(ring)
            }
            Err(err) => match previous {
                Some(old) if tolerant => {
                    tracing::warn!(error = %err, "cannot reload the signing keys; using the ones loaded before");
                    old.checked_at
                        .store(self.clock.now().timestamp_millis(), Ordering::Relaxed);
                    Ok(old)
                }
                _ => Err(err),
            },
        }
    }

    async fn load_keyring(&self, previous: Option<&Keyring>) -> Result<Keyring> {
        let rows = self.store.signing_keys().await?;
        let now = self.clock.now();
        let mut by_kid = HashMap::new();
        let mut active: [Option<Arc<LoadedKey>>; 2] = [None, None];
        let mut published: Vec<Arc<LoadedKey>> = Vec::new();
        for row in rows
            .iter()
            .filter(|row| is_published(row.state, row.retired_at, now))
        {
            let key = match previous.and_then(|p| p.by_kid.get(&row.kid)) {
                // Already open: only its state may have changed.
                Some(open) if open.alg == row.alg => {
                    LoadedKey::from_parts(row, open.secret.clone(), open.jwk.clone())
                }
                _ => LoadedKey::open(&self.keys.settings.kek, row)?,
            };
            let key = Arc::new(key);
            if key.state == SigningKeyState::Active {
                active[alg_slot(key.alg)] = Some(key.clone());
            }
            by_kid.insert(key.kid.clone(), key.clone());
            published.push(key);
        }
        published.sort_by(|a, b| {
            alg_slot(a.alg)
                .cmp(&alg_slot(b.alg))
                .then(a.state.cmp(&b.state))
                .then(b.retired_at.cmp(&a.retired_at))
                .then(b.created_at.cmp(&a.created_at))
        });
        let jwks = json!({ "keys": published.iter().map(|k| k.jwk.clone()).collect::<Vec<_>>() });
        let jwks_json = Arc::from(jwks.to_string());
        let millis = now.timestamp_millis();
        Ok(Keyring {
            checked_at: AtomicI64::new(millis),
            loaded_at: millis,
            by_kid,
            active,
            jwks,
            jwks_json,
        })
    }

    /// Makes a fresh key of `alg` in `state`, sealed for storage.
    async fn new_key(&self, alg: SigningAlg, state: SigningKeyState) -> Result<StoredSigningKey> {
        let pkcs8 = match alg {
            SigningAlg::Es256 => generate_pkcs8(alg)?,
            // Seconds of arithmetic on a small machine: keep it off the async threads.
            SigningAlg::Rs256 => tokio::task::spawn_blocking(move || generate_pkcs8(alg))
                .await
                .map_err(|e| KeyError::Generate {
                    alg: "RS256",
                    detail: e.to_string(),
                })??,
        };
        let opened = open_pkcs8(alg, &pkcs8).map_err(|detail| KeyError::Generate {
            alg: alg.as_str(),
            detail,
        })?;
        let kid = opened.thumbprint;
        let now = self.clock.now();
        Ok(StoredSigningKey {
            sealed_private_key: seal(&self.keys.settings.kek, &kid, &pkcs8)?,
            public_jwk: jwk(&kid, alg, &opened.public).to_string(),
            kid,
            alg,
            state,
            created_at: now,
            activated_at: (state == SigningKeyState::Active).then_some(now),
            retired_at: None,
        })
    }

    /// Makes the active and the next key of `alg` when they are missing. When another server
    /// makes them at the same moment, its keys are used.
    async fn ensure_keys_of(&self, alg: SigningAlg) -> Result<()> {
        let stored = self.store.signing_keys().await?;
        let has = |state| stored.iter().any(|k| k.alg == alg && k.state == state);
        let mut fresh = Vec::new();
        for state in [SigningKeyState::Active, SigningKeyState::Next] {
            if !has(state) {
                fresh.push(self.new_key(alg, state).await?);
            }
        }
        if fresh.is_empty() {
            return Ok(());
        }
        match self.store.insert_signing_keys(&fresh, None).await {
            Ok(()) => {
                for key in &fresh {
                    tracing::info!(kid = %key.kid, alg = alg.as_str(), state = key.state.as_str(), "made a signing key");
                }
            }
            Err(StoreError::Conflict(UniqueField::SigningKeySlot)) => {}
            Err(err) => return Err(err.into()),
        }
        let seen = self.keys.current();
        self.reload_keyring(seen.as_ref(), false).await?;
        Ok(())
    }

    /// Rotates `algs` in one transaction with one audit record.
    async fn rotate(
        &self,
        actor: &Actor,
        context: &RequestContext,
        algs: &[SigningAlg],
        automatic: bool,
    ) -> Result<()> {
        let stored = self.store.signing_keys().await?;
        // Every published key must open before anything changes: a wrong key-encryption key
        // stops here.
        for row in stored
            .iter()
            .filter(|row| is_published(row.state, row.retired_at, self.clock.now()))
        {
            LoadedKey::open(&self.keys.settings.kek, row)?;
        }
        let now = self.clock.now();
        let mut rotations = Vec::with_capacity(algs.len());
        let mut details = Vec::with_capacity(algs.len());
        for &alg in algs {
            let of = |state| {
                let mut keys: Vec<&StoredSigningKey> = stored
                    .iter()
                    .filter(|k| k.alg == alg && k.state == state)
                    .collect();
                keys.sort_by_key(|k| std::cmp::Reverse(k.created_at));
                keys
            };
            let retire = of(SigningKeyState::Active)
                .iter()
                .map(|k| k.kid.clone())
                .collect();
            let next = of(SigningKeyState::Next);
            let mut insert = Vec::new();
            let activate = match next.first() {
                Some(key) => Some(key.kid.clone()),
                None => {
                    insert.push(self.new_key(alg, SigningKeyState::Active).await?);
                    None
                }
            };
            insert.push(self.new_key(alg, SigningKeyState::Next).await?);
            let rotation = KeyRotation {
                at: now,
                retire,
                activate,
                discard_next: next.iter().skip(1).map(|k| k.kid.clone()).collect(),
                insert,
            };
            details.push(rotation_details(alg, &rotation));
            rotations.push(rotation);
        }
        let names = algs
            .iter()
            .map(|a| a.as_str())
            .collect::<Vec<_>>()
            .join(",");
        let record = self.record(
            actor,
            context,
            "signing_key.rotate",
            AuditTarget {
                kind: "signing_keys",
                id: names.clone(),
                label: names,
            },
            json!({ "automatic": automatic, "rotations": details }),
        );
        match self.store.rotate_signing_keys(&rotations, &record).await {
            Ok(()) => {}
            Err(StoreError::NotFound | StoreError::Conflict(UniqueField::SigningKeySlot)) => {
                return Err(changed_meanwhile());
            }
            Err(err) => return Err(err.into()),
        }
        tracing::info!(algs = %record.target.as_deref().unwrap_or_default(), automatic, "rotated the signing keys");
        let seen = self.keys.current();
        self.reload_keyring(seen.as_ref(), false).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
