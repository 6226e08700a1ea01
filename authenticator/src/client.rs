//! What the browser does around the authenticator (WebAuthn Level 3 §5.1.3, §5.1.4, §5.8.1):
//! refuse origins that are not secure contexts, check that the RP ID is the origin's host or a
//! parent domain of it, and serialise the client data that the signature covers. The checks
//! match a browser so that a test cannot pass with a configuration no browser would accept.

use std::net::IpAddr;

use super::Error;

/// The scheme and host of a serialised origin such as `http://localhost:1411`.
struct Origin<'a> {
    /// `http` or `https`.
    scheme: &'a str,
    /// The host without the port; IPv6 literals keep their brackets.
    host: &'a str,
}

/// Parses a serialised origin: `scheme://host[:port]`, nothing after it (an origin has no path,
/// and `clientDataJSON` must carry exactly what a browser would put there).
fn parse_origin(origin: &str) -> Result<Origin<'_>, Error> {
    let bad = |why: &str| Error::BadOrigin(format!("{origin:?}: {why}"));
    let (scheme, rest) = origin.split_once("://").ok_or_else(|| bad("no scheme"))?;
    if rest.contains(['/', '?', '#', '@']) {
        return Err(bad("an origin is scheme://host[:port] with no path"));
    }
    let (host, port) = match rest.strip_prefix('[') {
        Some(v6) => {
            let end = v6.find(']').ok_or_else(|| bad("unclosed IPv6 literal"))?;
            (&rest[..end + 2], &v6[end + 1..])
        }
        None => rest.find(':').map_or((rest, ""), |at| rest.split_at(at)),
    };
    if host.is_empty() {
        return Err(bad("no host"));
    }
    if let Some(port) = port.strip_prefix(':') {
        if port.parse::<u16>().is_err() {
            return Err(bad("the port is not a number"));
        }
    } else if !port.is_empty() {
        return Err(bad("junk after the host"));
    }
    Ok(Origin { scheme, host })
}

/// The host of `origin`, which is the RP ID a browser uses when the options name none.
pub fn default_rp_id(origin: &str) -> Result<String, Error> {
    Ok(parse_origin(origin)?.host.to_ascii_lowercase())
}

/// Refuses what a browser refuses before it talks to an authenticator: an origin that is not a
/// secure context (https, or http on `localhost` or a loopback address), and an RP ID that is an IP address or is not
/// the origin's host or a parent domain of it. The public suffix list is not consulted.
pub fn check_rp_id(rp_id: &str, origin: &str) -> Result<(), Error> {
    let parsed = parse_origin(origin)?;
    let host = parsed.host.to_ascii_lowercase();
    // Loopback hosts are "potentially trustworthy" (Secure Contexts §3.1) even over http.
    let loopback = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<IpAddr>()
        .is_ok_and(|ip| ip.is_loopback());
    let local = loopback || host == "localhost" || host.ends_with(".localhost");
    match parsed.scheme {
        "https" => {}
        "http" if local => {}
        _ => {
            return Err(Error::BadOrigin(format!(
                "{origin:?} is not a secure context: use https, or http on localhost"
            )));
        }
    }
    let rp_id = rp_id.to_ascii_lowercase();
    let is_ip = rp_id.starts_with('[') || rp_id.parse::<IpAddr>().is_ok();
    let matches = host == rp_id || host.ends_with(&format!(".{rp_id}"));
    if rp_id.is_empty() || is_ip || !matches {
        return Err(Error::InvalidRpId {
            rp_id,
            origin: origin.to_owned(),
        });
    }
    Ok(())
}

/// The JSON-compatible serialisation of the client data (§5.8.1.1): the members in the order
/// the specification gives, so that its limited verification algorithm would accept it too.
/// `challenge` is already base64url without padding.
pub fn client_data_json(kind: &str, challenge: &str, origin: &str) -> Vec<u8> {
    let string = |s: &str| serde_json::to_string(s).expect("a string serialises");
    format!(
        "{{\"type\":{},\"challenge\":{},\"origin\":{},\"crossOrigin\":false}}",
        string(kind),
        string(challenge),
        string(origin)
    )
    .into_bytes()
}

/// The browser-side checks on their own.
#[cfg(test)]
mod checks {
    use super::*;

    #[test]
    fn the_rp_id_defaults_to_the_host_without_the_port() {
        assert_eq!(default_rp_id("http://localhost:1411").unwrap(), "localhost");
        assert_eq!(
            default_rp_id("https://ID.example.com").unwrap(),
            "id.example.com"
        );
    }

    #[test]
    fn the_rp_id_may_be_the_host_or_a_parent_domain() {
        check_rp_id("localhost", "http://localhost:1411").unwrap();
        check_rp_id("example.com", "https://id.example.com").unwrap();
        check_rp_id("id.example.com", "https://id.example.com:8443").unwrap();
    }

    #[test]
    fn a_browser_refuses_these() {
        let refused = [
            ("other.com", "https://id.example.com"),
            ("ample.com", "https://id.example.com"),
            ("id.example.com", "https://example.com"),
            ("127.0.0.1", "http://127.0.0.1:1411"),
            ("localhost", "http://127.0.0.1:1411"),
            ("example.com", "http://example.com"),
            ("10.0.0.1", "http://10.0.0.1"),
            ("::1", "http://[::1]:1411"),
            ("localhost", "http://localhost:1411/login"),
            ("localhost", "localhost:1411"),
            ("localhost", "http://localhost:port"),
        ];
        for (rp_id, origin) in refused {
            assert!(
                check_rp_id(rp_id, origin).is_err(),
                "{rp_id} at {origin} was accepted"
            );
        }
    }

    #[test]
    fn client_data_has_the_specified_members_in_order() {
        let json = client_data_json("webauthn.get", "q_A", "http://localhost:1411");
        assert_eq!(
            String::from_utf8(json).unwrap(),
            r#"{"type":"webauthn.get","challenge":"q_A","origin":"http://localhost:1411","crossOrigin":false}"#
        );
    }
}
