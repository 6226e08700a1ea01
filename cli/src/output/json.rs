//! JSON as the server sent it: pretty-printed without reordering keys or rewriting numbers, and
//! joined when one command makes several requests.
//!
//! Going through `serde_json::Value` would sort object keys, so the text is re-indented instead.

use serde::Deserialize;
use serde_json::value::RawValue;

/// Re-indents valid JSON text with two spaces, as `serde_json::to_string_pretty` lays it out.
pub fn pretty(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = raw.chars().peekable();
    while let Some(ch) = chars.next() {
        if in_string {
            out.push(ch);
            match ch {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match ch {
            '"' => {
                in_string = true;
                out.push(ch);
            }
            '{' | '[' => {
                let close = if ch == '{' { '}' } else { ']' };
                while chars.peek().is_some_and(|next| is_json_space(*next)) {
                    chars.next();
                }
                out.push(ch);
                if chars.peek() == Some(&close) {
                    chars.next();
                    out.push(close);
                } else {
                    depth += 1;
                    line_break(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                line_break(&mut out, depth);
                out.push(ch);
            }
            ',' => {
                out.push(ch);
                line_break(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ if is_json_space(ch) => {}
            _ => out.push(ch),
        }
    }
    out
}

/// A JSON object whose members are already JSON text, in the given order.
pub fn object(members: &[(&str, &str)]) -> String {
    let members: Vec<String> = members
        .iter()
        .map(|(key, value)| format!("{}:{value}", quote(key)))
        .collect();
    format!("{{{}}}", members.join(","))
}

/// A JSON array of elements that are already JSON text.
pub fn array<'a>(elements: impl IntoIterator<Item = &'a str>) -> String {
    let elements: Vec<&str> = elements.into_iter().collect();
    format!("[{}]", elements.join(","))
}

/// The elements of a list response's `items`, as the server wrote them.
///
/// Only for bodies that already decoded as one of the API's list types, which all have `items`.
pub fn items(list: &str) -> Vec<&RawValue> {
    /// The one field every list response has.
    #[derive(Deserialize)]
    struct List<'a> {
        /// The elements, unparsed.
        #[serde(borrow)]
        items: Vec<&'a RawValue>,
    }
    serde_json::from_str::<List<'_>>(list)
        .expect("a decoded list response has items")
        .items
}

/// A list response's `items` array, as JSON text.
pub fn items_of(list: &str) -> String {
    array(items(list).iter().map(|item| item.get()))
}

/// `text` as a JSON string literal.
fn quote(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

/// Whitespace as JSON defines it.
fn is_json_space(ch: char) -> bool {
    matches!(ch, ' ' | '\t' | '\n' | '\r')
}

/// Starts a new line indented for `depth`.
fn line_break(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

#[cfg(test)]
mod tests {
    use super::{array, items_of, object, pretty};

    #[test]
    fn lays_out_like_serde_json() {
        let raw = r#"{"a":[1,2.50,{"b":"x,y:{z}\"q\\"}],"c":{},"d":[ ],"e":null,"f":"é"}"#;
        let value: serde_json::Value = serde_json::from_str(raw).unwrap();
        let expected = serde_json::to_string_pretty(&value)
            .unwrap()
            .replace("2.5", "2.50");
        assert_eq!(pretty(raw), expected);
    }

    #[test]
    fn keeps_the_servers_key_order() {
        let raw = "{ \"z\": 1,\n \"a\": 2 }";
        assert_eq!(pretty(raw), "{\n  \"z\": 1,\n  \"a\": 2\n}");
    }

    #[test]
    fn joins_json_texts() {
        let joined = object(&[("user", r#"{"id":"1"}"#), ("groups", &array(["1", "[]"]))]);
        assert_eq!(joined, r#"{"user":{"id":"1"},"groups":[1,[]]}"#);
        let _: serde_json::Value = serde_json::from_str(&joined).unwrap();
    }

    #[test]
    fn takes_the_items_of_a_list() {
        let list = r#"{"items": [ {"z":1,"a":2}, 3 ], "total": 2}"#;
        assert_eq!(items_of(list), r#"[{"z":1,"a":2},3]"#);
    }
}
