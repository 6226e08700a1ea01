//! The daemon under test: started on a fresh data directory with the readiness protocol of
//! systemd, so start-up is timed to the moment it says it serves, and measured from `/proc`.

use std::net::SocketAddr;
use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

/// `/proc` reports CPU time in USER_HZ ticks, 100 per second on every Linux architecture.
const TICKS_PER_SECOND: f64 = 100.0;

/// A running daemon.
pub struct Daemon {
    child: Child,
    binary: PathBuf,
    data_dir: PathBuf,
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its public URL (`http://localhost:PORT`), the passkeys' origin.
    pub public_url: String,
    /// From spawning the process to its `READY=1`.
    pub ready_after: Duration,
}

/// What `/proc` says of the process.
#[derive(Debug, Clone, Copy)]
pub struct ProcessStats {
    /// Resident memory now, in KiB.
    pub rss_kib: u64,
    /// The anonymous part of it (heap, stacks: the daemon's own memory), in KiB; the rest is
    /// file pages (its code and libc's), shared and reclaimable.
    pub anon_kib: u64,
    /// The most resident memory so far, in KiB.
    pub peak_rss_kib: u64,
    /// User and system CPU time so far, in seconds.
    pub cpu_seconds: f64,
}

impl Daemon {
    /// Starts `binary` on `data_dir` (which should be empty) and waits until it is ready.
    pub fn start(binary: &Path, data_dir: &Path) -> anyhow::Result<Self> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .context("no free port")?
            .port();
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let public_url = format!("http://localhost:{port}");
        let socket_path = data_dir.join("notify.sock");
        let socket = UnixDatagram::bind(&socket_path).context("cannot bind the notify socket")?;
        socket.set_read_timeout(Some(Duration::from_millis(100)))?;
        let log = std::fs::File::create(data_dir.join("daemon.log"))?;
        let started = Instant::now();
        let mut child = Command::new(binary)
            .arg("--data-dir")
            .arg(data_dir)
            .args(["--listen", &addr.to_string(), "--public-url", &public_url])
            // Every request is a sign-in attempt from one address: the limits would stop the
            // benchmark after a few dozen.
            .args(["--rate-limits", "off"])
            .arg("serve")
            .env_remove("POCKET_ID_CONFIG")
            .env("NOTIFY_SOCKET", &socket_path)
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .with_context(|| format!("cannot start {}", binary.display()))?;
        let mut buffer = [0u8; 4096];
        let ready_after = loop {
            if let Ok(n) = socket.recv(&mut buffer)
                && String::from_utf8_lossy(&buffer[..n])
                    .lines()
                    .any(|l| l == "READY=1")
            {
                break started.elapsed();
            }
            if let Some(status) = child.try_wait()? {
                bail!(
                    "the daemon exited with {status} before it was ready; see {}",
                    data_dir.join("daemon.log").display()
                );
            }
            if started.elapsed() > Duration::from_secs(60) {
                let _ = child.kill();
                bail!("the daemon was not ready within a minute");
            }
        };
        Ok(Self {
            child,
            binary: binary.to_owned(),
            data_dir: data_dir.to_owned(),
            addr,
            public_url,
            ready_after,
        })
    }

    /// Runs a maintenance subcommand of the daemon's binary on its data directory.
    pub fn command(&self, args: &[&str]) -> anyhow::Result<String> {
        let output = Command::new(&self.binary)
            .arg("--data-dir")
            .arg(&self.data_dir)
            .args(["--public-url", &self.public_url])
            .args(args)
            .env_remove("POCKET_ID_CONFIG")
            .output()
            .with_context(|| format!("cannot run {}", self.binary.display()))?;
        if !output.status.success() {
            bail!(
                "`pocket-id {}` failed: {}",
                args.join(" "),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
    }

    /// The SQLite database file.
    pub fn database(&self) -> PathBuf {
        self.data_dir.join("pocket-id.db")
    }

    /// Memory and CPU time of the process now.
    pub fn stats(&self) -> anyhow::Result<ProcessStats> {
        let pid = self.child.id();
        let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
        let field = |name: &str| -> anyhow::Result<u64> {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|v| v.parse().ok())
                .with_context(|| format!("no {name} in /proc/{pid}/status"))
        };
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
        // Fields after the command name (which may hold spaces) in parentheses.
        let after = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("");
        let fields: Vec<&str> = after.split_whitespace().collect();
        // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
        let ticks = |i: usize| -> anyhow::Result<f64> {
            fields
                .get(i)
                .and_then(|v| v.parse::<f64>().ok())
                .with_context(|| format!("bad /proc/{pid}/stat"))
        };
        Ok(ProcessStats {
            rss_kib: field("VmRSS:")?,
            anon_kib: field("RssAnon:")?,
            peak_rss_kib: field("VmHWM:")?,
            cpu_seconds: (ticks(11)? + ticks(12)?) / TICKS_PER_SECOND,
        })
    }

    /// Fails if the daemon has exited.
    pub fn check_running(&mut self) -> anyhow::Result<()> {
        match self.child.try_wait()? {
            Some(status) => bail!(
                "the daemon exited with {status}; see {}",
                self.data_dir.join("daemon.log").display()
            ),
            None => Ok(()),
        }
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
