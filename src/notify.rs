//! Telling the service manager how the daemon is doing: the sd_notify protocol of systemd.
//!
//! When systemd starts the daemon with `Type=notify` it sets `NOTIFY_SOCKET` to a Unix datagram
//! socket, either a path or, starting with `@`, a name in the abstract namespace. The daemon sends
//! newline-separated `KEY=value` assignments there: `READY=1` once it serves, `STOPPING=1` when it
//! begins to shut down, `WATCHDOG=1` at least every `WATCHDOG_USEC` microseconds, and `STATUS=…`
//! for `systemctl status`. Without `NOTIFY_SOCKET` nothing is sent. A notification that cannot be
//! sent is logged and otherwise ignored: the service manager's view is never worth a failed start.
//!
//! The protocol is small enough to speak here with the standard library. This module knows no
//! other part of the daemon.

use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::net::{SocketAddr, UnixDatagram};
use std::path::PathBuf;
use std::time::Duration;

/// How long one notification may block when the service manager does not read its socket.
const SEND_TIMEOUT: Duration = Duration::from_secs(1);

/// A notification socket that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    /// `NOTIFY_SOCKET` names something other than a path or an abstract socket.
    #[error("NOTIFY_SOCKET `{0}` is neither an absolute path nor an abstract socket name (@…)")]
    Unsupported(String),
    /// The address is too long or otherwise not a Unix socket address.
    #[error("NOTIFY_SOCKET `{name}` is not a valid socket address: {source}")]
    Address {
        /// The value of `NOTIFY_SOCKET`.
        name: String,
        /// Why it was refused.
        source: std::io::Error,
    },
    /// Making the sending socket failed.
    #[error("cannot open a socket to notify the service manager: {0}")]
    Socket(std::io::Error),
    /// Sending a notification failed.
    #[error("cannot notify the service manager at `{name}`: {source}")]
    Send {
        /// The value of `NOTIFY_SOCKET`.
        name: String,
        /// Why the send failed.
        source: std::io::Error,
    },
}

/// A connection to the service manager's notification socket.
#[derive(Debug)]
pub struct Notifier {
    socket: UnixDatagram,
    address: SocketAddr,
    name: String,
}

impl Notifier {
    /// The notifier named by `NOTIFY_SOCKET`, `None` when it is unset or empty. A socket that
    /// cannot be used is logged and treated as absent.
    pub fn from_env() -> Option<Self> {
        let name = std::env::var_os("NOTIFY_SOCKET").filter(|name| !name.is_empty())?;
        match Self::new(&name) {
            Ok(notifier) => Some(notifier),
            Err(err) => {
                tracing::warn!(error = %err, "not notifying the service manager");
                None
            }
        }
    }

    /// A notifier for the socket `name`: an absolute path, or `@name` in the abstract namespace.
    pub fn new(name: &OsStr) -> Result<Self, NotifyError> {
        let shown = name.to_string_lossy().into_owned();
        let bytes = name.as_bytes();
        let address = match bytes.first() {
            Some(b'/') => SocketAddr::from_pathname(PathBuf::from(OsString::from(name))),
            Some(b'@') => abstract_address(&bytes[1..]),
            _ => return Err(NotifyError::Unsupported(shown)),
        }
        .map_err(|source| NotifyError::Address {
            name: shown.clone(),
            source,
        })?;
        let socket = UnixDatagram::unbound().map_err(NotifyError::Socket)?;
        socket
            .set_write_timeout(Some(SEND_TIMEOUT))
            .map_err(NotifyError::Socket)?;
        Ok(Self {
            socket,
            address,
            name: shown,
        })
    }

    /// Sends `assignments` (lines of `KEY=value`) as one datagram.
    pub fn try_send(&self, assignments: &str) -> Result<(), NotifyError> {
        self.socket
            .send_to_addr(assignments.as_bytes(), &self.address)
            .map(drop)
            .map_err(|source| NotifyError::Send {
                name: self.name.clone(),
                source,
            })
    }

    /// Sends `assignments`, logging a failure instead of returning it.
    pub fn send(&self, assignments: &str) {
        if let Err(err) = self.try_send(assignments) {
            tracing::warn!(error = %err, "could not notify the service manager");
        }
    }

    /// The daemon serves: `READY=1` with a status line.
    pub fn ready(&self, status: &str) {
        self.send(&format!("READY=1\nSTATUS={}", one_line(status)));
    }

    /// The daemon is shutting down: `STOPPING=1` with a status line.
    pub fn stopping(&self, status: &str) {
        self.send(&format!("STOPPING=1\nSTATUS={}", one_line(status)));
    }

    /// The daemon is alive: `WATCHDOG=1`.
    pub fn watchdog(&self) {
        self.send("WATCHDOG=1");
    }
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn abstract_address(name: &[u8]) -> std::io::Result<SocketAddr> {
    #[cfg(target_os = "android")]
    use std::os::android::net::SocketAddrExt;
    #[cfg(target_os = "linux")]
    use std::os::linux::net::SocketAddrExt;
    SocketAddr::from_abstract_name(name)
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn abstract_address(_name: &[u8]) -> std::io::Result<SocketAddr> {
    Err(std::io::Error::new(
        std::io::ErrorKind::Unsupported,
        "abstract socket names exist only on Linux",
    ))
}

/// A status text as one line: the protocol separates assignments by newlines.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

/// How often to send `WATCHDOG=1`: half of `WATCHDOG_USEC`, when it is set and meant for this
/// process (`WATCHDOG_PID`, when present, is our pid).
pub fn watchdog_interval_from_env() -> Option<Duration> {
    let usec = std::env::var("WATCHDOG_USEC").ok();
    let pid = std::env::var("WATCHDOG_PID").ok();
    watchdog_interval(usec.as_deref(), pid.as_deref(), std::process::id())
}

/// [`watchdog_interval_from_env`] over given values: `usec` and `pid` as the variables hold
/// them, `own_pid` the process asking.
pub fn watchdog_interval(usec: Option<&str>, pid: Option<&str>, own_pid: u32) -> Option<Duration> {
    if let Some(pid) = pid
        && pid.trim().parse::<u32>().ok() != Some(own_pid)
    {
        return None;
    }
    let usec = usec?.trim().parse::<u64>().ok().filter(|usec| *usec > 0)?;
    Some(Duration::from_micros(usec) / 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn receive(socket: &UnixDatagram) -> String {
        socket
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let mut buf = [0u8; 4096];
        let len = socket.recv(&mut buf).unwrap();
        String::from_utf8(buf[..len].to_vec()).unwrap()
    }

    #[test]
    fn notifications_reach_a_socket_at_a_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notify.sock");
        let server = UnixDatagram::bind(&path).unwrap();
        let notifier = Notifier::new(path.as_os_str()).unwrap();
        notifier.ready("serving\non 127.0.0.1:1411");
        assert_eq!(
            receive(&server),
            "READY=1\nSTATUS=serving on 127.0.0.1:1411"
        );
        notifier.watchdog();
        assert_eq!(receive(&server), "WATCHDOG=1");
        notifier.stopping("draining");
        assert_eq!(receive(&server), "STOPPING=1\nSTATUS=draining");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn notifications_reach_an_abstract_socket() {
        use std::os::linux::net::SocketAddrExt;
        let name = format!("pocket-id-notify-test-{}", std::process::id());
        let server =
            UnixDatagram::bind_addr(&SocketAddr::from_abstract_name(name.as_bytes()).unwrap())
                .unwrap();
        let notifier = Notifier::new(OsStr::new(&format!("@{name}"))).unwrap();
        notifier.try_send("READY=1").unwrap();
        assert_eq!(receive(&server), "READY=1");
    }

    #[test]
    fn a_missing_socket_is_an_error_to_log_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let notifier = Notifier::new(dir.path().join("absent.sock").as_os_str()).unwrap();
        let err = notifier.try_send("READY=1").unwrap_err();
        assert!(matches!(err, NotifyError::Send { .. }), "{err}");
        notifier.ready("still fine");
    }

    #[test]
    fn relative_and_other_addresses_are_refused() {
        for name in ["notify.sock", "vsock:2:1234", ""] {
            let err = Notifier::new(OsStr::new(name)).unwrap_err();
            assert!(matches!(err, NotifyError::Unsupported(_)), "{name}: {err}");
        }
        let long = format!("/{}", "x".repeat(200));
        assert!(matches!(
            Notifier::new(OsStr::new(&long)),
            Err(NotifyError::Address { .. })
        ));
    }

    #[test]
    fn the_watchdog_pings_at_half_the_timeout_for_this_process_only() {
        let half = Some(Duration::from_millis(100));
        assert_eq!(watchdog_interval(Some("200000"), None, 7), half);
        assert_eq!(watchdog_interval(Some("200000"), Some("7"), 7), half);
        assert_eq!(watchdog_interval(Some("200000"), Some("8"), 7), None);
        assert_eq!(watchdog_interval(Some("0"), None, 7), None);
        assert_eq!(watchdog_interval(Some("soon"), None, 7), None);
        assert_eq!(watchdog_interval(None, Some("7"), 7), None);
    }
}
