//! Random tokens and their stored hashes, shared by every secret the domain hands out.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngExt;
use sha2::{Digest, Sha256};

/// A fresh random token: 32 bytes (256 bits), base64url without padding.
pub(super) fn random_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The stored form of a high-entropy secret: hex SHA-256. A fast hash suffices when the secret
/// itself cannot be guessed, and keeps every lookup to one indexed query.
pub(super) fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Compares two byte strings in time that depends only on their lengths, so a guess of a secret
/// learns nothing from how long the comparison took.
pub(super) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
