//! The few CBOR (RFC 8949) items an authenticator emits: integers, byte strings, text strings
//! and maps, in deterministic encoding (RFC 8949 §4.2.1: shortest argument, definite lengths,
//! map keys sorted by their encoded bytes). For the keys WebAuthn uses this is also CTAP2's
//! canonical form, so relying parties that insist on it accept our output.

/// A CBOR data item of the kinds the authenticator needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// An integer: major type 0 when non-negative, major type 1 when negative.
    Int(i64),
    /// A byte string (major type 2).
    Bytes(Vec<u8>),
    /// A UTF-8 text string (major type 3).
    Text(String),
    /// A map (major type 5); the order given here does not matter, encoding sorts it.
    Map(Vec<(Value, Value)>),
}

impl Value {
    /// A text string item.
    pub fn text(text: &str) -> Self {
        Self::Text(text.to_owned())
    }

    /// The deterministic encoding of this item.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.encode_into(&mut out);
        out
    }

    /// Appends the deterministic encoding of this item to `out`.
    fn encode_into(&self, out: &mut Vec<u8>) {
        match self {
            Self::Int(n) if *n >= 0 => head(out, 0, n.unsigned_abs()),
            // A negative integer n is carried as -1 - n, which cannot overflow for any i64.
            Self::Int(n) => head(out, 1, (-1 - *n).unsigned_abs()),
            Self::Bytes(bytes) => {
                head(out, 2, len(bytes.len()));
                out.extend_from_slice(bytes);
            }
            Self::Text(text) => {
                head(out, 3, len(text.len()));
                out.extend_from_slice(text.as_bytes());
            }
            Self::Map(entries) => {
                let mut encoded: Vec<(Vec<u8>, Vec<u8>)> = entries
                    .iter()
                    .map(|(key, value)| (key.encode(), value.encode()))
                    .collect();
                // Deterministic encoding orders keys by the bytewise order of their encodings.
                encoded.sort_by(|a, b| a.0.cmp(&b.0));
                debug_assert!(
                    encoded.windows(2).all(|pair| pair[0].0 != pair[1].0),
                    "duplicate CBOR map key"
                );
                head(out, 5, len(encoded.len()));
                for (key, value) in encoded {
                    out.extend_from_slice(&key);
                    out.extend_from_slice(&value);
                }
            }
        }
    }
}

/// A length as a CBOR argument (lengths always fit: usize is at most 64 bits).
fn len(n: usize) -> u64 {
    u64::try_from(n).expect("length fits in 64 bits")
}

/// Writes an item head: the major type in the top three bits and the argument in the shortest
/// form that holds it (RFC 8949 §3 and the "preferred serialization" of §4.1).
fn head(out: &mut Vec<u8>, major: u8, argument: u64) {
    let major = major << 5;
    if let Ok(small) = u8::try_from(argument) {
        if small < 24 {
            out.push(major | small);
        } else {
            out.push(major | 24);
            out.push(small);
        }
    } else if let Ok(short) = u16::try_from(argument) {
        out.push(major | 25);
        out.extend_from_slice(&short.to_be_bytes());
    } else if let Ok(word) = u32::try_from(argument) {
        out.push(major | 26);
        out.extend_from_slice(&word.to_be_bytes());
    } else {
        out.push(major | 27);
        out.extend_from_slice(&argument.to_be_bytes());
    }
}

/// Examples from RFC 8949 Appendix A, for the item kinds we encode.
#[cfg(test)]
mod rfc_8949_examples {
    use super::Value;

    /// Asserts that `value` encodes to the hex string `expected`.
    fn assert_encodes(value: Value, expected: &str) {
        let hex: String = value.encode().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, expected, "encoding of {value:?}");
    }

    #[test]
    fn unsigned_integers_use_the_shortest_argument() {
        assert_encodes(Value::Int(0), "00");
        assert_encodes(Value::Int(10), "0a");
        assert_encodes(Value::Int(23), "17");
        assert_encodes(Value::Int(24), "1818");
        assert_encodes(Value::Int(100), "1864");
        assert_encodes(Value::Int(1000), "1903e8");
        assert_encodes(Value::Int(1_000_000), "1a000f4240");
        assert_encodes(Value::Int(1_000_000_000_000), "1b000000e8d4a51000");
    }

    #[test]
    fn negative_integers_carry_minus_one_minus_n() {
        assert_encodes(Value::Int(-1), "20");
        assert_encodes(Value::Int(-10), "29");
        assert_encodes(Value::Int(-100), "3863");
        assert_encodes(Value::Int(-1000), "3903e7");
        assert_encodes(Value::Int(i64::MIN), "3b7fffffffffffffff");
    }

    #[test]
    fn strings_are_length_prefixed() {
        assert_encodes(Value::Bytes(vec![]), "40");
        assert_encodes(Value::Bytes(vec![1, 2, 3, 4]), "4401020304");
        assert_encodes(Value::text(""), "60");
        assert_encodes(Value::text("a"), "6161");
        assert_encodes(Value::text("IETF"), "6449455446");
        assert_encodes(Value::text("\u{00fc}"), "62c3bc");
    }

    #[test]
    fn maps_are_sorted_by_encoded_key() {
        assert_encodes(Value::Map(vec![]), "a0");
        assert_encodes(
            Value::Map(vec![
                (Value::Int(3), Value::Int(4)),
                (Value::Int(1), Value::Int(2)),
            ]),
            "a201020304",
        );
        // COSE key labels: 1 and 3 sort before -1 and -2 (0x01, 0x03 < 0x20, 0x21).
        let cose_order = Value::Map(vec![
            (Value::Int(-2), Value::Int(0)),
            (Value::Int(-1), Value::Int(0)),
            (Value::Int(3), Value::Int(0)),
            (Value::Int(1), Value::Int(0)),
        ]);
        assert_encodes(cose_order, "a40100030020002100");
        // Text keys: shorter encodings first, so "fmt" < "attStmt" < "authData".
        let attestation_order = Value::Map(vec![
            (Value::text("authData"), Value::Int(0)),
            (Value::text("fmt"), Value::Int(0)),
            (Value::text("attStmt"), Value::Int(0)),
        ]);
        assert_encodes(
            attestation_order,
            "a363666d74006761747453746d740068617574684461746100",
        );
    }
}
