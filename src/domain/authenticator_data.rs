//! What a new passkey's attestation says about its authenticator: whether it may sync (the
//! backup flags) and its model (the AAGUID), with a friendly name for well-known models.
//!
//! The attestation object is CBOR (WebAuthn §6.5.4): a map whose `authData` entry holds the
//! authenticator data, laid out as rpIdHash (32) ‖ flags (1) ‖ signCount (4) ‖ AAGUID (16) ‖ ….
//! Only that entry is read; the signature checks are webauthn-rs's.

/// The `authData` key as CBOR: a text string of length 8.
const AUTH_DATA_KEY: &[u8] = b"\x68authData";

/// Backup eligible (the passkey may be synced).
const FLAG_BE: u8 = 0x08;
/// Backup state (it is synced now).
const FLAG_BS: u8 = 0x10;
/// Attested credential data (with the AAGUID) is present.
const FLAG_AT: u8 = 0x40;

/// What the authenticator data tells about a new passkey.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuthenticatorFacts {
    /// The BE flag.
    pub backup_eligible: bool,
    /// The BS flag.
    pub backup_state: bool,
    /// The AAGUID, hyphenated; `None` when absent or all zeros.
    pub aaguid: Option<String>,
}

/// Finds the authenticator data in an attestation object.
fn auth_data(attestation_object: &[u8]) -> Option<&[u8]> {
    let at = attestation_object
        .windows(AUTH_DATA_KEY.len())
        .position(|w| w == AUTH_DATA_KEY)?;
    let rest = &attestation_object[at + AUTH_DATA_KEY.len()..];
    // A byte string (major type 2) with its length in the header or the next 1 or 2 bytes.
    let (len, start) = match *rest.first()? {
        head @ 0x40..=0x57 => (usize::from(head - 0x40), 1),
        0x58 => (usize::from(*rest.get(1)?), 2),
        0x59 => (
            usize::from(u16::from_be_bytes([*rest.get(1)?, *rest.get(2)?])),
            3,
        ),
        _ => return None,
    };
    rest.get(start..start + len)
}

/// Reads the facts from an attestation object; defaults when it cannot be read.
pub fn facts(attestation_object: &[u8]) -> AuthenticatorFacts {
    let Some(data) = auth_data(attestation_object) else {
        return AuthenticatorFacts::default();
    };
    let Some(&flags) = data.get(32) else {
        return AuthenticatorFacts::default();
    };
    let aaguid = data
        .get(37..53)
        .filter(|_| flags & FLAG_AT != 0)
        .filter(|bytes| bytes.iter().any(|b| *b != 0))
        .and_then(|bytes| uuid::Uuid::from_slice(bytes).ok())
        .map(|id| id.hyphenated().to_string());
    AuthenticatorFacts {
        backup_eligible: flags & FLAG_BE != 0,
        backup_state: flags & FLAG_BS != 0,
        aaguid,
    }
}

/// Names of well-known authenticator models, by AAGUID.
const KNOWN_MODELS: &[(&str, &str)] = &[
    ("fbfc3007-154e-4ecc-8c0b-6e020557d7bd", "iCloud Keychain"),
    (
        "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4",
        "Google Password Manager",
    ),
    ("adce0002-35bc-c60a-648b-0b25f1f05503", "Chrome on Mac"),
    ("08987058-cadc-4b81-b6e1-30de50dcbe96", "Windows Hello"),
    ("9ddd1817-af5a-4672-a2b9-3e3dd95000a9", "Windows Hello"),
    ("6028b017-b1d4-4c02-b4b3-afcdafc96bb2", "Windows Hello"),
    ("bada5566-a7aa-401f-bd96-45619a55120d", "1Password"),
    ("d548826e-79b4-db40-a3d8-11116f7e8349", "Bitwarden"),
    ("fdb141b2-5d84-443e-8a35-4698c205a502", "KeePassXC"),
    ("531126d6-e717-415c-9320-3d9aa6981239", "Dashlane"),
    ("cb69481e-8ff7-4039-93ec-0a2729a154a8", "YubiKey 5"),
    ("ee882879-721c-4913-9775-3dfcce97072a", "YubiKey 5"),
    ("fa2b99dc-9e39-4257-8f92-4a30d23c4118", "YubiKey 5 NFC"),
    ("2fc0579f-8113-47ea-b116-bb5a8db9202a", "YubiKey 5 NFC"),
];

/// A friendly name for a passkey from its authenticator model, or a generic one.
pub fn model_name(aaguid: Option<&str>) -> &'static str {
    aaguid
        .and_then(|id| KNOWN_MODELS.iter().find(|(known, _)| *known == id))
        .map_or("Passkey", |(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attestation(flags: u8, aaguid: [u8; 16]) -> Vec<u8> {
        let mut data = vec![0u8; 32];
        data.push(flags);
        data.extend([0, 0, 0, 1]);
        data.extend(aaguid);
        data.extend([0, 1, 7]);
        // {"fmt": "none", "attStmt": {}, "authData": h'…'}
        let mut object = vec![0xa3, 0x63];
        object.extend(b"fmt");
        object.push(0x64);
        object.extend(b"none");
        object.push(0x67);
        object.extend(b"attStmt");
        object.push(0xa0);
        object.extend(AUTH_DATA_KEY);
        object.push(0x58);
        object.push(u8::try_from(data.len()).unwrap());
        object.extend(data);
        object
    }

    #[test]
    fn flags_and_model_are_read() {
        let icloud = uuid::Uuid::parse_str("fbfc3007-154e-4ecc-8c0b-6e020557d7bd").unwrap();
        let found = facts(&attestation(0x45 | FLAG_BE | FLAG_BS, *icloud.as_bytes()));
        assert!(found.backup_eligible && found.backup_state);
        assert_eq!(model_name(found.aaguid.as_deref()), "iCloud Keychain");
        let plain = facts(&attestation(0x45, [0; 16]));
        assert_eq!(plain, AuthenticatorFacts::default());
        assert_eq!(facts(b"garbage"), AuthenticatorFacts::default());
    }
}
