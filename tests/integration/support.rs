//! Spawning and driving a real daemon for a test.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

use serde_json::Value;

/// The daemon binary under test.
pub fn pocket_id_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_pocket-id"))
}

/// The `pocketctl` binary, built beside the daemon by `cargo test --workspace`.
pub fn pocketctl_bin() -> PathBuf {
    let path = pocket_id_bin().with_file_name("pocketctl");
    assert!(
        path.exists(),
        "{} is missing: run the tests with tests/run.sh (or `cargo build --workspace --bins` first)",
        path.display()
    );
    path
}

/// Installs the TLS crypto provider once. `pocketctl` builds reqwest without one, and cargo
/// unifies that choice into the tests' reqwest, so every client needs it present.
pub fn init() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// A running daemon with its own data directory. Killed when dropped.
pub struct Daemon {
    child: Option<Child>,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// The data directory.
    pub data_dir: PathBuf,
    /// The public URL (issuer and passkey origin).
    pub public_url: String,
    /// Every log line so far.
    logs: Arc<Mutex<Vec<String>>>,
    // Keeps the directory alive for fresh daemons.
    _temp: Option<Arc<tempfile::TempDir>>,
}

impl Daemon {
    /// A daemon on a fresh data directory.
    pub fn start() -> Self {
        let temp = Arc::new(tempfile::tempdir().expect("temp dir"));
        let mut daemon = Self::start_in(temp.path(), &[]);
        daemon._temp = Some(temp);
        daemon
    }

    /// A daemon on a fresh data directory whose public URL is where it really listens,
    /// `http://localhost:PORT`, so a relying party can use its discovery document as is.
    pub fn start_reachable(extra: &[&str]) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let listen = format!("127.0.0.1:{port}");
        let public_url = format!("http://localhost:{port}");
        let temp = Arc::new(tempfile::tempdir().expect("temp dir"));
        let mut args = vec!["--public-url", &public_url, "--listen", &listen];
        args.extend_from_slice(extra);
        let mut daemon = Self::start_in(temp.path(), &args);
        daemon._temp = Some(temp);
        daemon
    }

    /// A daemon on `data_dir`, with extra arguments.
    pub fn start_in(data_dir: &Path, extra: &[&str]) -> Self {
        Self::start_with_env(data_dir, extra, &[])
    }

    /// Like [`Daemon::start_in`], with extra environment variables. The service manager's
    /// variables (`NOTIFY_SOCKET`, `WATCHDOG_*`) reach the daemon only when given here.
    pub fn start_with_env(data_dir: &Path, extra: &[&str], env: &[(&str, &OsStr)]) -> Self {
        init();
        let listen = if extra.contains(&"--listen") {
            &[][..]
        } else {
            &["--listen", "127.0.0.1:0"][..]
        };
        let mut command = Command::new(pocket_id_bin());
        for name in ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"] {
            command.env_remove(name);
        }
        command.envs(env.iter().copied());
        let mut child = command
            .args(["--data-dir"])
            .arg(data_dir)
            .args(listen)
            .args(["--log-format", "json", "--log-level", "info"])
            .args(extra)
            .arg("serve")
            .env_remove("POCKET_ID_CONFIG")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the daemon starts");
        let stderr = child.stderr.take().expect("stderr is piped");
        let logs = Arc::new(Mutex::new(Vec::new()));
        let (ready_tx, ready_rx) = mpsc::channel();
        let sink = logs.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Ok(event) = serde_json::from_str::<Value>(&line)
                    && event["message"] == "listening"
                    && let Some(address) = event["address"].as_str()
                {
                    let _ = ready_tx.send(address.to_owned());
                }
                sink.lock().unwrap().push(line);
            }
        });
        let address = ready_rx
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|_| panic!("the daemon did not start: {:#?}", logs.lock().unwrap()));
        let public_url = extra
            .iter()
            .position(|arg| *arg == "--public-url")
            .and_then(|i| extra.get(i + 1))
            .map_or_else(
                || "http://localhost:1411".to_owned(),
                |url| (*url).to_owned(),
            );
        Self {
            child: Some(child),
            base: format!("http://{address}"),
            data_dir: data_dir.to_owned(),
            public_url,
            logs,
            _temp: None,
        }
    }

    /// The admin socket path.
    pub fn socket(&self) -> PathBuf {
        self.data_dir.join("admin.sock")
    }

    /// The URL of an admin API path (`/users`).
    pub fn api(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.base)
    }

    /// Every log line so far, joined.
    pub fn logs(&self) -> String {
        self.logs.lock().unwrap().join("\n")
    }

    /// Waits (up to five seconds) for a log line containing `needle`: lines reach the log from
    /// another thread, a moment after the request they describe.
    pub fn log_contains(&self, needle: &str) -> bool {
        for _ in 0..100 {
            if self.logs().contains(needle) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }

    /// Runs `pocket-id` with this daemon's data directory.
    pub fn pocket_id(&self, args: &[&str]) -> Output {
        Command::new(pocket_id_bin())
            .arg("--data-dir")
            .arg(&self.data_dir)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("pocket-id runs")
    }

    /// Creates an admin API key with `pocket-id api-key create` and returns its secret.
    pub fn create_key(&self, name: &str) -> String {
        self.create_key_with(&[], name)
    }

    /// Like [`Daemon::create_key`], with extra configuration flags.
    pub fn create_key_with(&self, flags: &[&str], name: &str) -> String {
        let mut args = flags.to_vec();
        args.extend(["api-key", "create", "--name", name]);
        let output = self.pocket_id(&args);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let key = String::from_utf8(output.stdout).unwrap().trim().to_owned();
        assert!(key.starts_with("pid_"), "{key}");
        key
    }

    /// Runs `pocketctl` against this daemon with `token`, without a terminal.
    pub fn pocketctl(&self, token: &str, args: &[&str]) -> Output {
        self.pocketctl_with(
            args,
            &[("POCKETCTL_SERVER", &self.base), ("POCKETCTL_TOKEN", token)],
        )
    }

    /// Runs `pocketctl` with exactly these `POCKETCTL_*` variables.
    pub fn pocketctl_with(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let home = self.data_dir.join("home");
        std::fs::create_dir_all(&home).unwrap();
        let mut command = Command::new(pocketctl_bin());
        command
            .args(args)
            .current_dir(&home)
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .stdin(Stdio::null());
        for (key, _) in std::env::vars() {
            if key.starts_with("POCKETCTL_") {
                command.env_remove(key);
            }
        }
        for (key, value) in env {
            command.env(key, value);
        }
        command.output().expect("pocketctl runs")
    }

    /// Asks the daemon to stop with SIGTERM and waits for it; returns its exit status.
    pub fn stop(mut self) -> std::process::ExitStatus {
        let mut child = self.child.take().unwrap();
        let pid = child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        for _ in 0..200 {
            if let Some(status) = child.try_wait().unwrap() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        child.kill().unwrap();
        panic!("the daemon did not stop on SIGTERM");
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// An HTTP client that sends the key on every request.
pub fn client(key: &str) -> reqwest::Client {
    init();
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::AUTHORIZATION,
        format!("Bearer {key}").parse().unwrap(),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap()
}

/// The body of a response as JSON, asserting its status.
pub async fn json(response: reqwest::Response, status: u16) -> Value {
    let actual = response.status().as_u16();
    let text = response.text().await.unwrap();
    assert_eq!(actual, status, "unexpected status; body: {text}");
    if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"))
    }
}

/// Asserts an admin API error response: its status, its code, and that the body's request id
/// is the one in the header.
pub async fn expect_error(response: reqwest::Response, status: u16, code: &str) -> Value {
    let header_id = response
        .headers()
        .get("x-request-id")
        .map(|v| v.to_str().unwrap().to_owned())
        .expect("a request id header");
    let body = json(response, status).await;
    assert_eq!(body["code"], code, "{body}");
    assert_eq!(body["request_id"], header_id.as_str(), "{body}");
    assert!(!body["message"].as_str().unwrap().is_empty());
    body
}

/// Stdout of a command, asserting it succeeded.
pub fn stdout_ok(output: &Output) -> String {
    assert!(
        output.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// Stdout of a successful `pocketctl` run against `daemon` with `key`.
pub fn ok(daemon: &Daemon, key: &str, args: &[&str]) -> String {
    stdout_ok(&daemon.pocketctl(key, args))
}

/// What a successful `pocketctl --output json …` run prints, parsed.
pub fn ok_json(daemon: &Daemon, key: &str, args: &[&str]) -> Value {
    let mut full = vec!["--output", "json"];
    full.extend_from_slice(args);
    let text = ok(daemon, key, &full);
    serde_json::from_str(&text).unwrap_or_else(|err| panic!("not JSON ({err}): {text}"))
}

/// Stderr of a failed run, asserting its exit code and that nothing went to stdout.
pub fn failed(output: &Output, code: i32) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout: {stdout}\nstderr: {stderr}"
    );
    assert!(stdout.is_empty(), "a failure printed to stdout: {stdout}");
    assert!(!stderr.trim().is_empty(), "a failure without a message");
    stderr
}
