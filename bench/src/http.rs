//! A small HTTP/1.1 client: one keep-alive connection per virtual user, requests written by
//! hand and responses read with `Content-Length` or chunked bodies.
//!
//! It does only what the benchmark needs, so that its own CPU time stays small next to the
//! daemon's cheapest endpoints (about 20 µs for discovery): on two shared cores, whatever the
//! load generator spends is taken from the daemon.

use std::net::SocketAddr;

use anyhow::{Context, bail};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// A response, with header names in lower case.
#[derive(Debug)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// The headers, in order.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Response {
    /// The first header called `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON.
    pub fn json(&self) -> anyhow::Result<serde_json::Value> {
        serde_json::from_slice(&self.body).context("the body is not JSON")
    }

    /// Fails unless the status is `expected`, quoting the start of the body.
    pub fn expect(self, expected: u16) -> anyhow::Result<Self> {
        if self.status == expected {
            return Ok(self);
        }
        let body = String::from_utf8_lossy(&self.body[..self.body.len().min(300)]).into_owned();
        bail!("status {} (expected {expected}): {body}", self.status)
    }

    /// The `name=value` pair of the first `Set-Cookie`.
    pub fn cookie(&self) -> Option<String> {
        let set = self.header("set-cookie")?;
        Some(set.split(';').next()?.trim().to_owned())
    }
}

/// One connection to the daemon, reopened when the server closes it.
pub struct Connection {
    addr: SocketAddr,
    host: String,
    stream: Option<BufReader<TcpStream>>,
    request: Vec<u8>,
    line: String,
}

impl Connection {
    /// A connection to `addr`, sending `host` as the `Host` header (opened on first use).
    pub fn new(addr: SocketAddr, host: &str) -> Self {
        Self {
            addr,
            host: host.to_owned(),
            stream: None,
            request: Vec::with_capacity(1024),
            line: String::with_capacity(256),
        }
    }

    /// `GET path`.
    pub async fn get(&mut self, path: &str, headers: &[(&str, &str)]) -> anyhow::Result<Response> {
        self.send("GET", path, headers, None).await
    }

    /// `POST path` with a body of `content_type`.
    pub async fn post(
        &mut self,
        path: &str,
        headers: &[(&str, &str)],
        content_type: &str,
        body: &[u8],
    ) -> anyhow::Result<Response> {
        self.send("POST", path, headers, Some((content_type, body)))
            .await
    }

    /// Sends one request and reads its response. On any error the connection is dropped, so
    /// the next request starts on a fresh one.
    pub async fn send(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<(&str, &[u8])>,
    ) -> anyhow::Result<Response> {
        let result = self.exchange(method, path, headers, body).await;
        if result.is_err() {
            self.stream = None;
        }
        result
    }

    async fn exchange(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<(&str, &[u8])>,
    ) -> anyhow::Result<Response> {
        if self.stream.is_none() {
            let stream = TcpStream::connect(self.addr)
                .await
                .with_context(|| format!("cannot connect to {}", self.addr))?;
            stream.set_nodelay(true)?;
            self.stream = Some(BufReader::with_capacity(16 * 1024, stream));
        }
        let request = &mut self.request;
        request.clear();
        for part in [method, " ", path, " HTTP/1.1\r\nhost: ", &self.host, "\r\n"] {
            request.extend_from_slice(part.as_bytes());
        }
        for (name, value) in headers {
            for part in [*name, ": ", *value, "\r\n"] {
                request.extend_from_slice(part.as_bytes());
            }
        }
        if let Some((content_type, body)) = body {
            let length = body.len().to_string();
            for part in [
                "content-type: ",
                content_type,
                "\r\ncontent-length: ",
                &length,
                "\r\n",
            ] {
                request.extend_from_slice(part.as_bytes());
            }
            request.extend_from_slice(b"\r\n");
            request.extend_from_slice(body);
        } else {
            request.extend_from_slice(b"\r\n");
        }
        let stream = self.stream.as_mut().context("no connection")?;
        stream.get_mut().write_all(request).await?;
        let response = read_response(stream, &mut self.line, method == "HEAD").await?;
        if response
            .header("connection")
            .is_some_and(|v| v.eq_ignore_ascii_case("close"))
        {
            self.stream = None;
        }
        Ok(response)
    }
}

async fn read_line(stream: &mut BufReader<TcpStream>, line: &mut String) -> anyhow::Result<()> {
    line.clear();
    if stream.read_line(line).await? == 0 {
        bail!("the server closed the connection");
    }
    if !line.ends_with("\r\n") {
        bail!("a line without CRLF: {line:?}");
    }
    line.truncate(line.len() - 2);
    Ok(())
}

async fn read_response(
    stream: &mut BufReader<TcpStream>,
    line: &mut String,
    head_only: bool,
) -> anyhow::Result<Response> {
    read_line(stream, line).await?;
    let status = line
        .strip_prefix("HTTP/1.1 ")
        .and_then(|rest| rest.get(..3))
        .and_then(|code| code.parse::<u16>().ok())
        .with_context(|| format!("bad status line {line:?}"))?;
    let mut headers = Vec::with_capacity(16);
    loop {
        read_line(stream, line).await?;
        if line.is_empty() {
            break;
        }
        let (name, value) = line
            .split_once(':')
            .with_context(|| format!("bad header line {line:?}"))?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
    }
    let mut response = Response {
        status,
        headers,
        body: Vec::new(),
    };
    if head_only || status == 204 || status == 304 || (100..200).contains(&status) {
        return Ok(response);
    }
    if response
        .header("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
    {
        let mut body = Vec::new();
        loop {
            read_line(stream, line).await?;
            let size = line.split(';').next().unwrap_or_default().trim();
            let size = usize::from_str_radix(size, 16)
                .with_context(|| format!("bad chunk size {size:?}"))?;
            if size == 0 {
                // Trailers, then the empty line.
                loop {
                    read_line(stream, line).await?;
                    if line.is_empty() {
                        break;
                    }
                }
                response.body = body;
                return Ok(response);
            }
            let start = body.len();
            body.resize(start + size, 0);
            stream.read_exact(&mut body[start..]).await?;
            read_line(stream, line).await?;
        }
    }
    let length = match response.header("content-length") {
        Some(value) => value
            .parse::<usize>()
            .with_context(|| format!("bad content-length {value:?}"))?,
        None => 0,
    };
    response.body = vec![0; length];
    stream.read_exact(&mut response.body).await?;
    Ok(response)
}

/// `application/x-www-form-urlencoded` encoding of `pairs`.
pub fn form(pairs: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(256);
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        encode_into(&mut out, name);
        out.push('=');
        encode_into(&mut out, value);
    }
    out
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn encode_into(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(byte));
            }
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 15)]));
            }
        }
    }
}

/// Decodes one `application/x-www-form-urlencoded` value.
pub fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(value.get(i + 1..i + 3).unwrap_or("zz"), 16) {
                    Ok(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of query parameter `name` in a URL or path.
pub fn query_param(url: &str, name: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or(query);
    query.split('&').find_map(|pair| {
        let (n, v) = pair.split_once('=').unwrap_or((pair, ""));
        (n == name).then(|| decode(v))
    })
}

#[cfg(test)]
mod tests {
    use super::{decode, form, query_param};

    #[test]
    fn forms_round_trip() {
        let encoded = form(&[("a b", "x/y+z=1&"), ("k", "")]);
        assert_eq!(encoded, "a%20b=x%2Fy%2Bz%3D1%26&k=");
        assert_eq!(decode("x%2Fy%2Bz%3D1%26"), "x/y+z=1&");
        assert_eq!(decode("a+b%"), "a b%");
        assert_eq!(
            query_param("https://a.example/cb?code=ab%2Bc&state=s#f", "code").as_deref(),
            Some("ab+c")
        );
        assert_eq!(query_param("/cb?x=1", "code"), None);
    }
}
