//! PLACEHOLDER until the signing-key module lands; not for commit.
#![allow(missing_docs, unused)]
use super::{Domain, Result};
use crate::model::SigningAlg;

#[derive(Debug, Clone)]
pub struct VerifiedJwt {
    pub typ: Option<String>,
    pub alg: SigningAlg,
    pub kid: String,
    pub claims: serde_json::Map<String, serde_json::Value>,
}
impl Domain {
    pub async fn sign_jwt(
        &self,
        alg: SigningAlg,
        typ: &str,
        claims: &serde_json::Value,
    ) -> Result<String> {
        Err(super::Error::LinkUnusable)
    }
    pub async fn verify_jwt(&self, token: &str) -> Result<Option<VerifiedJwt>> {
        Ok(None)
    }
    pub async fn jwks(&self) -> Result<serde_json::Value> {
        Ok(serde_json::json!({"keys": []}))
    }
}
