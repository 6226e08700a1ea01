//! Tables and cell formatting for people: one compact style everywhere, UTC times to the minute,
//! a dash for what is absent.

use chrono::{DateTime, Utc};
use tabled::builder::Builder;
use tabled::settings::Style;

/// A table with a header row.
pub fn list(headers: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut builder = Builder::default();
    builder.push_record(headers.iter().copied());
    for row in rows {
        builder.push_record(row);
    }
    let mut table = builder.build();
    table.with(Style::psql());
    trim_lines(&table.to_string())
}

/// A two-column table of labels and values, without a header, for one record.
pub fn details(rows: &[(&str, String)]) -> String {
    let mut builder = Builder::default();
    for (label, value) in rows {
        builder.push_record([(*label).to_owned(), value.clone()]);
    }
    let mut table = builder.build();
    table.with(Style::blank());
    trim_lines(&table.to_string())
}

/// `text` without the padding tabled leaves at the end of lines, which only gets in the way
/// when a table is copied or piped.
fn trim_lines(text: &str) -> String {
    text.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

/// A time in UTC to the minute: `2026-12-01 10:19`.
pub fn time(time: &DateTime<Utc>) -> String {
    time.format("%Y-%m-%d %H:%M").to_string()
}

/// An optional time, or `absent` when there is none.
pub fn maybe_time(time: Option<&DateTime<Utc>>, absent: &str) -> String {
    time.map_or_else(|| absent.to_owned(), self::time)
}

/// An optional text, or a dash.
pub fn or_dash(text: Option<&str>) -> String {
    text.filter(|text| !text.is_empty())
        .unwrap_or("-")
        .to_owned()
}

/// `yes` or `no`.
pub fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_owned()
}

/// A JSON value on one line.
pub fn compact_json(value: &serde_json::Value) -> String {
    value.to_string()
}

/// `text` cut to at most `max` characters, marking the cut with `…`.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// "1 user", "2 users".
pub fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The line under one page of a paged list: where it is, and how to see the next page.
pub fn page_footer(
    shown: usize,
    total: u64,
    page: u32,
    per_page: u32,
    noun: (&str, &str),
) -> String {
    let pages = total.div_ceil(u64::from(per_page.max(1))).max(1);
    let mut footer = format!(
        "{} of {}, page {page} of {pages}.",
        shown,
        count(total, noun.0, noun.1)
    );
    if u64::from(page) < pages {
        footer.push_str(&format!(" Next: --page {}.", page + 1));
    }
    footer
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::{compact_json, list, page_footer, time, truncate};

    #[test]
    fn times_are_utc_to_the_minute() {
        let at = chrono::Utc
            .with_ymd_and_hms(2026, 12, 1, 10, 19, 59)
            .unwrap();
        assert_eq!(time(&at), "2026-12-01 10:19");
    }

    #[test]
    fn tables_have_a_header_and_rows() {
        let text = list(&["name", "id"], [vec!["alice".into(), "1".into()]]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(lines[0].contains("name") && lines[2].contains("alice"));
    }

    #[test]
    fn cells_are_short_and_readable() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(compact_json(&serde_json::json!({"a": [1]})), r#"{"a":[1]}"#);
    }

    #[test]
    fn footers_point_to_the_next_page() {
        assert_eq!(
            page_footer(50, 120, 1, 50, ("user", "users")),
            "50 of 120 users, page 1 of 3. Next: --page 2."
        );
        assert_eq!(
            page_footer(1, 1, 1, 50, ("user", "users")),
            "1 of 1 user, page 1 of 1."
        );
    }
}
