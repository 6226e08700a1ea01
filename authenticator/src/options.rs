//! Reading the options a relying party sends to `navigator.credentials.create()` and `.get()`
//! in their JSON form (WebAuthn Level 3 §5.4, §5.5, `PublicKeyCredentialCreationOptionsJSON`
//! and `PublicKeyCredentialRequestOptionsJSON`), either bare or wrapped in `{"publicKey": …}`
//! as webauthn-rs serialises them. Only the members the authenticator acts on are read; absent
//! and `null` members take the specification's defaults.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{Error, decode_base64url};

/// The creation options the authenticator acts on.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreationOptions {
    /// The relying party.
    pub rp: RelyingParty,
    /// The account the credential is for.
    pub user: User,
    /// The challenge, base64url.
    pub challenge: String,
    /// Acceptable key types, most preferred first; empty means ES256 or RS256 (§5.4).
    pub pub_key_cred_params: Option<Vec<CredentialParameters>>,
    /// Credentials the account already has; creating another on the same device is refused.
    pub exclude_credentials: Option<Vec<CredentialDescriptor>>,
    /// Requirements on the authenticator.
    pub authenticator_selection: Option<AuthenticatorSelection>,
    /// Requested extensions, answered only where a browser would answer without hardware.
    pub extensions: Option<Value>,
}

/// `PublicKeyCredentialRpEntity`.
#[derive(Debug, Deserialize)]
pub struct RelyingParty {
    /// The RP ID; the origin's host when absent.
    pub id: Option<String>,
}

/// `PublicKeyCredentialUserEntityJSON`.
#[derive(Debug, Deserialize)]
pub struct User {
    /// The user handle, base64url; stored with the credential and returned on sign-in.
    pub id: String,
}

/// `PublicKeyCredentialParameters`.
#[derive(Debug, Deserialize)]
pub struct CredentialParameters {
    /// Always `public-key` today; other types are skipped (§5.1.3 step 10).
    #[serde(rename = "type")]
    pub type_: String,
    /// A COSE algorithm identifier.
    pub alg: i64,
}

/// `PublicKeyCredentialDescriptorJSON`.
#[derive(Debug, Deserialize)]
pub struct CredentialDescriptor {
    /// Always `public-key` today; other types are skipped.
    #[serde(rename = "type")]
    pub type_: String,
    /// The credential ID, base64url.
    pub id: String,
}

/// `AuthenticatorSelectionCriteria`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthenticatorSelection {
    /// `required`, `preferred` (the default) or `discouraged`.
    pub user_verification: Option<String>,
}

/// The request options the authenticator acts on.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestOptions {
    /// The challenge, base64url.
    pub challenge: String,
    /// The RP ID; the origin's host when absent.
    pub rp_id: Option<String>,
    /// Credentials that may answer; empty means any discoverable credential for the RP ID.
    pub allow_credentials: Option<Vec<CredentialDescriptor>>,
    /// `required`, `preferred` (the default) or `discouraged`.
    pub user_verification: Option<String>,
}

impl CreationOptions {
    /// Whether ES256 is among the acceptable algorithms (it is when the list is empty).
    pub fn offers_es256(&self) -> bool {
        match self.pub_key_cred_params.as_deref() {
            None | Some([]) => true,
            Some(params) => params
                .iter()
                .any(|p| p.type_ == "public-key" && p.alg == super::data::COSE_ALG_ES256),
        }
    }

    /// The user verification requirement, if any.
    pub fn user_verification(&self) -> Option<&str> {
        self.authenticator_selection
            .as_ref()
            .and_then(|s| s.user_verification.as_deref())
    }

    /// Whether the relying party asked for the `credProps` client extension (§10.1.3).
    pub fn wants_cred_props(&self) -> bool {
        self.extensions
            .as_ref()
            .and_then(|e| e.get("credProps"))
            .and_then(Value::as_bool)
            .unwrap_or(false)
    }
}

/// Parses creation options, bare or inside `{"publicKey": …}`.
pub fn creation(options: &Value) -> Result<CreationOptions, Error> {
    parse(options)
}

/// Parses request options, bare or inside `{"publicKey": …, "mediation": …}`.
pub fn request(options: &Value) -> Result<RequestOptions, Error> {
    parse(options)
}

/// The decoded IDs of the `public-key` descriptors in `list`.
pub fn credential_ids(list: Option<&[CredentialDescriptor]>) -> Result<Vec<Vec<u8>>, Error> {
    list.unwrap_or_default()
        .iter()
        .filter(|d| d.type_ == "public-key")
        .map(|d| decode_base64url(&d.id, "credential id"))
        .collect()
}

/// Deserialises the options from under `publicKey` when that member is there.
fn parse<T: DeserializeOwned>(options: &Value) -> Result<T, Error> {
    let inner = options.get("publicKey").unwrap_or(options);
    T::deserialize(inner).map_err(|e| Error::BadOptions(e.to_string()))
}
