//! Running the daemon: open and migrate the database, bind the admin socket, serve HTTP on the
//! listeners until shutdown, then drain in-flight requests. The service manager hears of each
//! step through [`crate::notify`].

use std::future::Future;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use poem::Server;
use poem::listener::{TcpAcceptor, UnixAcceptor};

use crate::config::{Config, EncryptionKeySource};
use crate::domain::{AuthSettings, Domain, KeyError, KeySettings, SystemClock};
use crate::http::{self, AppState};
use crate::model::EncryptionKey;
use crate::notify::{self, Notifier};
use crate::store::Store;

/// How long in-flight requests may take to finish after shutdown is asked for.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);

/// The sign-in settings of `config`.
pub fn auth_settings(config: &Config) -> anyhow::Result<AuthSettings> {
    AuthSettings::new(
        &config.rp_id,
        &config.rp_origin,
        &config.public_url,
        config.session_idle,
        config.session_lifetime,
        config.signup,
    )
    .map_err(|e| anyhow::anyhow!(e))
}

/// The signing key settings of `config`: the key-encryption key and the rotation period. With no
/// key configured, the key is read from `<data_dir>/encryption.key`, which is made with a random
/// key the first time.
pub fn key_settings(config: &Config) -> anyhow::Result<KeySettings> {
    let kek = match &config.encryption_key {
        EncryptionKeySource::Given { key, .. } => key.clone(),
        EncryptionKeySource::DataDir(path) => read_or_make_key_file(path)?,
    };
    Ok(KeySettings::new(kek, config.key_rotation))
}

/// Reads the generated key file, making it first when it does not exist. The file is written
/// under a temporary name and linked into place, so it never holds half a key and an existing
/// one is never replaced.
fn read_or_make_key_file(path: &Path) -> anyhow::Result<EncryptionKey> {
    let read = |path: &Path| -> anyhow::Result<Option<EncryptionKey>> {
        match std::fs::read_to_string(path) {
            Ok(text) => EncryptionKey::parse(&text).map(Some).map_err(|e| {
                anyhow::anyhow!(
                    "the key-encryption key file `{}` is damaged: {e}; restore it from a backup",
                    path.display()
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(anyhow::anyhow!(
                "cannot read the key-encryption key file `{}`: {e}",
                path.display()
            )),
        }
    };
    if let Some(key) = read(path)? {
        return Ok(key);
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(parent)
            .with_context(|| format!("cannot create the data directory `{}`", parent.display()))?;
    }
    let key = EncryptionKey::from_bytes(rand::random());
    let staging = path.with_extension(format!("key.{}", std::process::id()));
    let _ = std::fs::remove_file(&staging);
    {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&staging)
            .with_context(|| format!("cannot write `{}`", staging.display()))?;
        writeln!(file, "{}", key.to_hex())?;
        file.sync_all()?;
    }
    let linked = std::fs::hard_link(&staging, path);
    let _ = std::fs::remove_file(&staging);
    match linked {
        Ok(()) => {
            let message = "made a new key-encryption key: it encrypts the token signing keys in \
                           the database, so every backup must keep this file with the database";
            if tracing::dispatcher::has_been_set() {
                tracing::warn!(path = %path.display(), "{message}");
            } else {
                eprintln!("note: {message}: {}", path.display());
            }
            Ok(key)
        }
        // Another process made it meanwhile: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read(path)?
            .with_context(|| format!("the key-encryption key file `{}` vanished", path.display())),
        Err(e) => Err(anyhow::anyhow!(
            "cannot create the key-encryption key file `{}`: {e}",
            path.display()
        )),
    }
}

/// A failure to open or make the signing keys, explained in terms of the configuration.
pub fn signing_keys_error(config: &Config, err: crate::domain::Error) -> anyhow::Error {
    match err {
        crate::domain::Error::Keys(KeyError::WrongEncryptionKey { .. }) => anyhow::anyhow!(
            "{err}. The key-encryption key comes from {}, but the signing keys in the database \
             were encrypted with another one: start with the original key (encryption_key_file, \
             env POCKET_ID_ENCRYPTION_KEY_FILE, flag --encryption-key-file, or the file \
             encryption.key in the data directory, restored from a backup). Nothing was changed.",
            config.encryption_key.origin()
        ),
        other => anyhow::anyhow!("cannot prepare the token signing keys: {other}"),
    }
}

/// A domain over `store` with the settings of `config`.
pub fn domain(config: &Config, store: Store) -> anyhow::Result<Domain> {
    Ok(Domain::new(
        store,
        Arc::new(SystemClock),
        auth_settings(config)?,
        key_settings(config)?,
    ))
}

/// Opens the configured database and applies pending migrations.
pub async fn open_store(config: &Config) -> anyhow::Result<Store> {
    if config.database_url.is_sqlite() && !config.data_dir.exists() {
        // The directory holds the database and the admin socket: only the service's user.
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&config.data_dir)
            .with_context(|| {
                format!(
                    "cannot create the data directory `{}`",
                    config.data_dir.display()
                )
            })?;
    }
    let store = Store::connect(config.database_url.expose())
        .await
        .with_context(|| {
            format!(
                "cannot open the database {}",
                config.database_url.redacted()
            )
        })?;
    store
        .migrate()
        .await
        .context("cannot apply the database migrations")?;
    Ok(store)
}

/// Binds the admin socket with mode 0600. It is bound under a temporary name and renamed into
/// place, so it is never reachable with looser permissions.
fn bind_admin_socket(path: &Path) -> anyhow::Result<std::os::unix::net::UnixListener> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create `{}`", parent.display()))?;
    }
    // A socket left by a previous run that is no longer served.
    if path.exists() {
        if std::os::unix::net::UnixStream::connect(path).is_ok() {
            anyhow::bail!(
                "`{}` is in use by another running server; stop it or set a different admin_socket",
                path.display()
            );
        }
        std::fs::remove_file(path)
            .with_context(|| format!("cannot remove the stale socket `{}`", path.display()))?;
    }
    let staging = path.with_extension(format!("sock.{}", std::process::id()));
    let _ = std::fs::remove_file(&staging);
    let listener = std::os::unix::net::UnixListener::bind(&staging)
        .with_context(|| format!("cannot bind the admin socket `{}`", staging.display()))?;
    std::fs::set_permissions(&staging, std::fs::Permissions::from_mode(0o600))?;
    std::fs::rename(&staging, path)
        .with_context(|| format!("cannot move the admin socket to `{}`", path.display()))?;
    listener.set_nonblocking(true)?;
    Ok(listener)
}

/// Serves until `shutdown` completes, on `listener` and, when configured, the admin socket.
///
/// Tests pass a listener bound to `127.0.0.1:0`; the daemon binds the configured address.
pub async fn serve(
    config: Config,
    listener: std::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let config = Arc::new(config);
    // Held until the server stops: `pocket-id restore` refuses while it is.
    let _running = crate::backup::hold_server_lock(&config)?;
    let store = open_store(&config).await?;
    let domain = domain(&config, store.clone())?;
    // Opens every published signing key: a wrong key-encryption key stops the start here.
    domain
        .ensure_signing_keys()
        .await
        .map_err(|err| signing_keys_error(&config, err))?;
    let state = AppState::new(domain, config.clone());

    // First start with no administrator: a setup link, logged for whoever runs the server.
    if let Some(link) = state.domain.create_setup_link().await? {
        tracing::warn!(
            setup_url = %link.url,
            expires_at = %link.expires_at,
            "no administrator yet: open the setup link to create one (or run `pocket-id setup-link` for a fresh one)"
        );
    }

    // Hourly: expired sign-in state and retired signing keys are removed (lookups already
    // ignore them), and signing keys are rotated when their period is up.
    let sweeper = {
        let domain = state.domain.clone();
        tokio::spawn(async move {
            let mut every_hour = tokio::time::interval(Duration::from_secs(3600));
            loop {
                every_hour.tick().await;
                match domain.purge_expired().await {
                    Ok(0) => {}
                    Ok(gone) => tracing::info!(
                        rows = gone,
                        "removed expired sessions, ceremonies, links and signing keys"
                    ),
                    Err(err) => {
                        tracing::warn!(error = %err, "could not remove expired sign-in state")
                    }
                }
                if let Err(err) = domain.rotate_signing_keys_if_due().await {
                    tracing::warn!(error = %err, "could not rotate the signing keys");
                }
            }
        })
    };

    listener.set_nonblocking(true)?;
    let address = listener.local_addr()?;
    let tcp = TcpAcceptor::from_std(listener).context("cannot serve on the TCP listener")?;

    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
        let _ = rx.wait_for(|stop| *stop).await;
    };

    let socket_server = match &config.admin_socket {
        Some(path) => {
            let socket = bind_admin_socket(path)?;
            let acceptor = UnixAcceptor::from_std(socket)?;
            tracing::info!(path = %path.display(), "admin socket ready");
            let app = http::app(state.clone(), true);
            let stop = stopped(stop_rx.clone());
            Some(tokio::spawn(async move {
                Server::new_with_acceptor(acceptor)
                    .run_with_graceful_shutdown(app, stop, Some(DRAIN_TIMEOUT))
                    .await
            }))
        }
        None => None,
    };

    tracing::info!(
        address = %address,
        public_url = %config.public_url,
        database = %config.database_url.redacted(),
        version = env!("CARGO_PKG_VERSION"),
        "listening"
    );
    match (config.metrics, &config.metrics_token, &config.admin_socket) {
        (false, _, _) => {}
        (true, Some(_), _) => {
            tracing::info!("metrics at /metrics, with the bearer token over HTTP")
        }
        (true, None, Some(_)) => tracing::info!(
            "metrics at /metrics on the admin socket only; set metrics_token to scrape over HTTP"
        ),
        (true, None, None) => tracing::warn!(
            "metrics are on but reachable nowhere: set metrics_token, or turn the admin socket on"
        ),
    }
    if config.public_url.starts_with("http://")
        && !config.public_url.starts_with("http://localhost")
        && !config.public_url.starts_with("http://127.")
    {
        tracing::warn!(
            public_url = %config.public_url,
            "the public URL is plain http: passkeys only work on https (or localhost)"
        );
    }

    // Migrations are applied and every listener is bound: connections from now on are served.
    let notifier = Notifier::from_env().map(Arc::new);
    if let Some(notifier) = &notifier {
        notifier.ready(&format!("serving on {address} as {}", config.public_url));
    }
    let watchdog = notifier.as_ref().and_then(|notifier| {
        let every = notify::watchdog_interval_from_env()?;
        tracing::info!(every = ?every, "pinging the service watchdog");
        let notifier = notifier.clone();
        Some(tokio::spawn(async move {
            let mut ticks = tokio::time::interval(every);
            loop {
                ticks.tick().await;
                notifier.watchdog();
            }
        }))
    });

    {
        let notifier = notifier.clone();
        tokio::spawn(async move {
            shutdown.await;
            tracing::info!("shutting down");
            if let Some(notifier) = &notifier {
                notifier.stopping("draining in-flight requests");
            }
            let _ = stop_tx.send(true);
        });
    }

    let app = http::app(state, false);
    let result = Server::new_with_acceptor(tcp)
        .run_with_graceful_shutdown(app, stopped(stop_rx), Some(DRAIN_TIMEOUT))
        .await;
    sweeper.abort();
    if let Some(watchdog) = watchdog {
        watchdog.abort();
    }
    if let Some(handle) = socket_server {
        handle.await??;
    }
    if let Some(path) = &config.admin_socket {
        let _ = std::fs::remove_file(path);
    }
    store.close().await.ok();
    result.context("the HTTP server failed")?;
    tracing::info!("stopped");
    Ok(())
}

/// Completes on SIGTERM or SIGINT.
pub async fn shutdown_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = signal(SignalKind::terminate()).expect("a SIGTERM handler can be installed");
    tokio::select! {
        _ = term.recv() => {}
        _ = tokio::signal::ctrl_c() => {}
    }
}
