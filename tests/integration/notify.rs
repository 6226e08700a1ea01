//! The daemon under a service manager: the readiness, stopping and watchdog notifications it
//! sends to the datagram socket in `NOTIFY_SOCKET`, as systemd would receive them.

use std::os::unix::net::UnixDatagram;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::support::{Daemon, json};

/// A stand-in for the service manager's end: a datagram socket bound in `dir`.
struct Manager {
    socket: UnixDatagram,
}

impl Manager {
    fn bind(dir: &Path) -> (Self, std::path::PathBuf) {
        let path = dir.join("notify.sock");
        let socket = UnixDatagram::bind(&path).expect("a notify socket");
        (Self { socket }, path)
    }

    /// The next notification, or `None` when none comes within `wait`.
    fn next(&self, wait: Duration) -> Option<String> {
        self.socket.set_read_timeout(Some(wait)).unwrap();
        let mut buf = [0u8; 4096];
        match self.socket.recv(&mut buf) {
            Ok(len) => Some(String::from_utf8(buf[..len].to_vec()).expect("UTF-8")),
            Err(err)
                if matches!(
                    err.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                None
            }
            Err(err) => panic!("reading the notify socket: {err}"),
        }
    }

    /// The next notification, which must come within ten seconds.
    fn expect(&self) -> String {
        self.next(Duration::from_secs(10))
            .expect("a notification within ten seconds")
    }
}

fn lines(message: &str) -> Vec<&str> {
    message.lines().collect()
}

#[tokio::test]
async fn ready_is_sent_once_the_daemon_serves_and_stopping_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, socket) = Manager::bind(dir.path());
    let daemon = Daemon::start_with_env(
        &dir.path().join("data"),
        &[],
        &[("NOTIFY_SOCKET", socket.as_os_str())],
    );

    let ready = manager.expect();
    let address = daemon.base.trim_start_matches("http://");
    assert_eq!(
        lines(&ready),
        [
            "READY=1",
            &format!("STATUS=serving on {address} as http://localhost:1411"),
        ],
        "the first notification is readiness"
    );
    // Ready means served: the database is migrated and the listeners are bound, so the health
    // endpoint answers the moment the service manager is told.
    let health = json(
        reqwest::get(format!("{}/healthz", daemon.base))
            .await
            .unwrap(),
        200,
    )
    .await;
    assert_eq!(health["status"], "ok");
    assert!(daemon.socket().exists(), "the admin socket is bound too");
    assert_eq!(
        manager.next(Duration::from_millis(300)),
        None,
        "no watchdog pings without WATCHDOG_USEC"
    );

    assert!(daemon.stop().success(), "SIGTERM is a clean exit");
    let stopping = manager.expect();
    assert_eq!(
        lines(&stopping),
        ["STOPPING=1", "STATUS=draining in-flight requests"]
    );
}

#[tokio::test]
async fn the_watchdog_is_pinged_at_half_its_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, socket) = Manager::bind(dir.path());
    let daemon = Daemon::start_with_env(
        &dir.path().join("data"),
        &[],
        &[
            ("NOTIFY_SOCKET", socket.as_os_str()),
            ("WATCHDOG_USEC", "200000".as_ref()),
        ],
    );
    assert!(manager.expect().starts_with("READY=1\n"));

    // Every 100 ms: ten pings take about a second. The bounds are loose for a busy machine (a
    // late reader finds some pings queued) but catch a daemon that floods or forgets.
    let started = Instant::now();
    for _ in 0..10 {
        let ping = manager
            .next(Duration::from_secs(1))
            .expect("a watchdog ping well within the 200 ms timeout");
        assert_eq!(ping, "WATCHDOG=1");
    }
    let took = started.elapsed();
    assert!(
        took >= Duration::from_millis(400) && took < Duration::from_secs(5),
        "ten pings took {took:?}"
    );

    assert!(daemon.stop().success());
    // Pings may still be queued before the stop; the stop notification follows them.
    loop {
        let message = manager.expect();
        if message == "WATCHDOG=1" {
            continue;
        }
        assert!(message.starts_with("STOPPING=1\n"), "{message}");
        break;
    }
}

#[tokio::test]
async fn a_watchdog_meant_for_another_process_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, socket) = Manager::bind(dir.path());
    let daemon = Daemon::start_with_env(
        &dir.path().join("data"),
        &[],
        &[
            ("NOTIFY_SOCKET", socket.as_os_str()),
            ("WATCHDOG_USEC", "200000".as_ref()),
            ("WATCHDOG_PID", "1".as_ref()),
        ],
    );
    assert!(manager.expect().starts_with("READY=1\n"));
    assert_eq!(manager.next(Duration::from_millis(500)), None);
    drop(daemon);
}
