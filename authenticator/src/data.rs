//! The authenticator's binary structures (WebAuthn Level 3 §6.1, §6.5): authenticator data,
//! attested credential data, the credential public key as a COSE_Key (RFC 9052 §7, RFC 9053
//! §2.1 and §7.1.1), the `none` attestation object, and the SubjectPublicKeyInfo form of the key
//! that `getPublicKey()` returns. Only byte layout lives here; no choices are made.

use ring::digest::{SHA256, digest};

use super::cbor::Value;

/// User Present: the user touched the authenticator.
pub const FLAG_UP: u8 = 0x01;
/// User Verified: the user proved who they are (PIN, biometrics).
pub const FLAG_UV: u8 = 0x04;
/// Backup Eligible: the credential may be synced to other devices.
pub const FLAG_BE: u8 = 0x08;
/// Backup State: the credential is currently backed up (synced).
pub const FLAG_BS: u8 = 0x10;
/// Attested credential data follows the signature counter.
pub const FLAG_AT: u8 = 0x40;

/// COSE key type EC2 (RFC 9053 §7.1).
const COSE_KTY_EC2: i64 = 2;
/// COSE algorithm ES256: ECDSA with SHA-256 (RFC 9053 §2.1).
pub const COSE_ALG_ES256: i64 = -7;
/// COSE elliptic curve P-256 (RFC 9053 §7.1).
const COSE_CRV_P256: i64 = 1;

/// SHA-256 of `data`.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    digest(&SHA256, data)
        .as_ref()
        .try_into()
        .expect("SHA-256 is 32 bytes")
}

/// Authenticator data (§6.1): rpIdHash ‖ flags ‖ signCount (big-endian) ‖ attested credential
/// data when present. We never send extension outputs, so the ED flag stays clear.
pub fn authenticator_data(
    rp_id: &str,
    flags: u8,
    sign_count: u32,
    attested: Option<&[u8]>,
) -> Vec<u8> {
    let mut out = Vec::with_capacity(37 + attested.map_or(0, <[u8]>::len));
    out.extend_from_slice(&sha256(rp_id.as_bytes()));
    out.push(flags);
    out.extend_from_slice(&sign_count.to_be_bytes());
    if let Some(attested) = attested {
        out.extend_from_slice(attested);
    }
    out
}

/// Attested credential data (§6.5.2): AAGUID ‖ credentialIdLength (u16 big-endian) ‖
/// credentialId ‖ credentialPublicKey.
pub fn attested_credential_data(
    aaguid: &[u8; 16],
    credential_id: &[u8],
    cose_key: &[u8],
) -> Vec<u8> {
    let id_len = u16::try_from(credential_id.len()).expect("credential IDs are at most 1023 bytes");
    let mut out = Vec::with_capacity(18 + credential_id.len() + cose_key.len());
    out.extend_from_slice(aaguid);
    out.extend_from_slice(&id_len.to_be_bytes());
    out.extend_from_slice(credential_id);
    out.extend_from_slice(cose_key);
    out
}

/// The COSE_Key of a P-256 public key given as an uncompressed SEC1 point (0x04 ‖ x ‖ y, what
/// ring returns): {1 (kty): 2, 3 (alg): -7, -1 (crv): 1, -2 (x): x, -3 (y): y}.
pub fn cose_es256_key(uncompressed_point: &[u8]) -> Vec<u8> {
    let (x, y) = point_coordinates(uncompressed_point);
    Value::Map(vec![
        (Value::Int(1), Value::Int(COSE_KTY_EC2)),
        (Value::Int(3), Value::Int(COSE_ALG_ES256)),
        (Value::Int(-1), Value::Int(COSE_CRV_P256)),
        (Value::Int(-2), Value::Bytes(x.to_vec())),
        (Value::Int(-3), Value::Bytes(y.to_vec())),
    ])
    .encode()
}

/// The attestation object of `none` attestation (§8.7): {"fmt": "none", "attStmt": {},
/// "authData": authenticator data}.
pub fn none_attestation_object(auth_data: &[u8]) -> Vec<u8> {
    Value::Map(vec![
        (Value::text("fmt"), Value::text("none")),
        (Value::text("attStmt"), Value::Map(vec![])),
        (Value::text("authData"), Value::Bytes(auth_data.to_vec())),
    ])
    .encode()
}

/// The DER SubjectPublicKeyInfo (RFC 5480) of a P-256 public key, as the browser's
/// `getPublicKey()` and `toJSON()` report it.
pub fn p256_subject_public_key_info(uncompressed_point: &[u8]) -> Vec<u8> {
    // SEQUENCE { SEQUENCE { OID id-ecPublicKey, OID prime256v1 }, BIT STRING (0 unused bits) }:
    // everything before the 65-byte point is fixed for this curve.
    const PREFIX: [u8; 26] = [
        0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08,
        0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00,
    ];
    assert_uncompressed_point(uncompressed_point);
    let mut out = PREFIX.to_vec();
    out.extend_from_slice(uncompressed_point);
    out
}

/// The x and y coordinates of an uncompressed P-256 point.
fn point_coordinates(uncompressed_point: &[u8]) -> (&[u8], &[u8]) {
    assert_uncompressed_point(uncompressed_point);
    uncompressed_point[1..].split_at(32)
}

/// Panics unless `point` is 0x04 followed by two 32-byte coordinates; ring always gives that
/// form, so anything else is a bug in this module's caller.
fn assert_uncompressed_point(point: &[u8]) {
    assert!(
        point.len() == 65 && point[0] == 0x04,
        "not an uncompressed P-256 point"
    );
}

/// Checks of the layouts against the byte offsets the specification gives.
#[cfg(test)]
mod layout {
    use super::*;

    #[test]
    fn authenticator_data_has_hash_flags_and_big_endian_counter() {
        let data = authenticator_data("localhost", FLAG_UP | FLAG_UV, 0x0102_0304, None);
        assert_eq!(data.len(), 37);
        assert_eq!(&data[..32], &sha256(b"localhost"));
        assert_eq!(data[32], 0x05);
        assert_eq!(&data[33..37], &[1, 2, 3, 4]);
    }

    #[test]
    fn attested_credential_data_prefixes_the_id_length() {
        let data = attested_credential_data(&[7; 16], &[9; 300], &[0xa0]);
        assert_eq!(&data[..16], &[7; 16]);
        assert_eq!(&data[16..18], &[0x01, 0x2c]);
        assert_eq!(&data[18..318], &[9; 300][..]);
        assert_eq!(&data[318..], &[0xa0]);
    }

    #[test]
    fn cose_key_is_canonical_ec2_es256() {
        let mut point = vec![0x04];
        point.extend([0x11; 32]);
        point.extend([0x22; 32]);
        let key = cose_es256_key(&point);
        // a5 (map of 5) 01 02 (kty EC2) 03 26 (alg -7) 20 01 (crv P-256) 21 58 20 x 22 58 20 y
        assert_eq!(&key[..7], &[0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01]);
        assert_eq!(&key[7..10], &[0x21, 0x58, 0x20]);
        assert_eq!(&key[10..42], &[0x11; 32]);
        assert_eq!(&key[42..45], &[0x22, 0x58, 0x20]);
        assert_eq!(&key[45..], &[0x22; 32]);
    }

    #[test]
    fn none_attestation_object_is_fmt_attstmt_authdata() {
        let object = none_attestation_object(&[1, 2]);
        let mut expected = vec![0xa3, 0x63];
        expected.extend(b"fmt");
        expected.push(0x64);
        expected.extend(b"none");
        expected.push(0x67);
        expected.extend(b"attStmt");
        expected.push(0xa0);
        expected.push(0x68);
        expected.extend(b"authData");
        expected.extend([0x42, 1, 2]);
        assert_eq!(object, expected);
    }
}
