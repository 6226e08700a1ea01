//! How lifetimes are written on command lines: `90s`, `30m`, `24h`, `7d`, `2w`, or combined
//! (`1d12h`). Both binaries parse `--expires` with this, so they agree on the syntax.

use chrono::Duration;

/// Parses a lifetime such as `24h`, `90d` or `1h30m` into a positive duration.
///
/// Units: `s` seconds, `m` minutes, `h` hours, `d` days, `w` weeks. At most ten years.
pub fn parse_lifetime(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("a lifetime is empty; write it like 30m, 24h or 90d".into());
    }
    let mut total: i64 = 0;
    let mut digits = String::new();
    for ch in text.chars() {
        if ch.is_ascii_digit() {
            digits.push(ch);
            continue;
        }
        let unit: i64 = match ch {
            's' => 1,
            'm' => 60,
            'h' => 3_600,
            'd' => 86_400,
            'w' => 604_800,
            _ => {
                return Err(format!(
                    "`{text}` is not a lifetime: unknown unit `{ch}` (use s, m, h, d or w, as in 24h or 90d)"
                ));
            }
        };
        let amount: i64 = digits
            .parse()
            .map_err(|_| format!("`{text}` is not a lifetime: a number must come before `{ch}`"))?;
        digits.clear();
        total = amount
            .checked_mul(unit)
            .and_then(|s| total.checked_add(s))
            .ok_or_else(|| format!("`{text}` is too long a lifetime"))?;
    }
    if !digits.is_empty() {
        return Err(format!(
            "`{text}` is not a lifetime: `{digits}` has no unit (use s, m, h, d or w, as in 24h or 90d)"
        ));
    }
    if total <= 0 {
        return Err(format!(
            "`{text}` is not a lifetime: it must be longer than zero"
        ));
    }
    if total > 10 * 366 * 86_400 {
        return Err(format!(
            "`{text}` is too long a lifetime: at most ten years"
        ));
    }
    Ok(Duration::seconds(total))
}

#[cfg(test)]
mod tests {
    use super::parse_lifetime;

    #[test]
    fn parses_units_and_combinations() {
        assert_eq!(parse_lifetime("90s").unwrap().num_seconds(), 90);
        assert_eq!(parse_lifetime("24h").unwrap().num_hours(), 24);
        assert_eq!(parse_lifetime("1d12h").unwrap().num_hours(), 36);
        assert_eq!(parse_lifetime("2w").unwrap().num_days(), 14);
    }

    #[test]
    fn refuses_malformed_lifetimes() {
        for bad in [
            "",
            "10",
            "h",
            "5x",
            "0h",
            "-1d",
            "99999999999999999999d",
            "20000d",
        ] {
            assert!(parse_lifetime(bad).is_err(), "{bad} was accepted");
        }
    }
}
