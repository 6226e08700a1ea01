//! `pocket-id backup` and `pocket-id restore`: consistent snapshots of the SQLite database taken
//! while the server runs, and putting one back while it is stopped. Also the lock that tells
//! the two situations apart.
//!
//! The lock: a running server holds a shared `flock` on `<database>.lock` for as long as it
//! serves; `restore` takes it exclusively and refuses when it cannot. The kernel drops the lock
//! when the process ends however it ends, so unlike a PID file it is never stale, and unlike a
//! probe of the admin socket it works when the socket is off or elsewhere.
//!
//! PostgreSQL has its own tools (`pg_dump`, `pg_restore`); both commands say so and fail.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::config::{Config, EncryptionKeySource};
use crate::store::Store;

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// The SQLite file of `config`, or the advice for PostgreSQL.
fn sqlite_file(config: &Config, what: &str) -> anyhow::Result<PathBuf> {
    config.database_url.sqlite_path().with_context(|| {
        if config.database_url.is_sqlite() {
            format!("{what} needs an SQLite database file; this one is in memory")
        } else {
            format!(
                "{what} is for the SQLite database; with PostgreSQL use its own tools: \
                 `pg_dump --format=custom --file=pocket-id.dump DBNAME` to back up and \
                 `pg_restore --clean --dbname=DBNAME pocket-id.dump` (server stopped) to restore"
            )
        }
    })
}

/// The lock file beside a database file.
fn lock_path(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// `path` with `suffix` appended to its file name.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn open_lock(database: &Path) -> anyhow::Result<File> {
    let path = lock_path(database);
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(&path)
        .with_context(|| format!("cannot open the lock file `{}`", path.display()))
}

/// The lock a serving daemon holds, shared so several servers on one database can run; `None`
/// for PostgreSQL. Dropping it releases the lock.
pub fn hold_server_lock(config: &Config) -> anyhow::Result<Option<File>> {
    let Some(database) = config.database_url.sqlite_path() else {
        return Ok(None);
    };
    let dir = dir_of(&database);
    if !dir.exists() {
        // Holds the database and the admin socket: only the service's user.
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .with_context(|| format!("cannot create the data directory `{}`", dir.display()))?;
    }
    let file = open_lock(&database)?;
    match file.try_lock_shared() {
        Ok(()) => Ok(Some(file)),
        Err(std::fs::TryLockError::WouldBlock) => bail!(
            "`pocket-id restore` is replacing the database `{}`: start the server when it is done",
            database.display()
        ),
        Err(std::fs::TryLockError::Error(e)) => Err(anyhow::anyhow!(
            "cannot lock `{}`: {e}",
            lock_path(&database).display()
        )),
    }
}

/// Takes the lock exclusively: no server is running on `database` while it is held.
fn lock_out_servers(config: &Config, database: &Path) -> anyhow::Result<File> {
    let stop_it = || {
        anyhow::anyhow!(
            "a server is running on `{}`: stop it first (systemctl stop pocket-id), then restore",
            database.display()
        )
    };
    let file = open_lock(database)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => return Err(stop_it()),
        Err(std::fs::TryLockError::Error(e)) => {
            bail!("cannot lock `{}`: {e}", lock_path(database).display())
        }
    }
    // A server of a version without the lock still answers on its admin socket.
    if let Some(socket) = &config.admin_socket
        && std::os::unix::net::UnixStream::connect(socket).is_ok()
    {
        return Err(stop_it());
    }
    Ok(file)
}

/// Syncs a directory, so renames in it survive a crash.
fn sync_dir(dir: &Path) -> anyhow::Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .with_context(|| format!("cannot sync `{}`", dir.display()))
}

/// The directory of `path` (`.` for a bare file name).
fn dir_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// What to tell the operator about the key-encryption key.
pub fn key_reminder(config: &Config) -> String {
    format!(
        "the token signing keys in the database are encrypted with the key-encryption key from \
         {}; the database is useless without it, so keep a copy of that key (it does not change) \
         somewhere safe, apart from the backups",
        config.encryption_key.origin()
    )
}

/// `backup --out FILE`: a consistent snapshot of the running (or stopped) server's SQLite
/// database, written under a temporary name beside `out` with mode 0600 and renamed into place.
/// An existing `out` is replaced only with `force`. Returns the path written.
pub async fn backup(config: &Config, out: &Path, force: bool) -> anyhow::Result<PathBuf> {
    let database = sqlite_file(config, "backup")?;
    if !database.exists() {
        bail!(
            "there is no database at `{}` (check --data-dir or --database-url)",
            database.display()
        );
    }
    if out.is_dir() {
        bail!("`{}` is a directory: give a file name", out.display());
    }
    if !force && out.symlink_metadata().is_ok() {
        bail!(
            "`{}` already exists: choose another name, or pass --force to replace it",
            out.display()
        );
    }
    let dir = dir_of(out);
    let name = out
        .file_name()
        .with_context(|| format!("`{}` has no file name", out.display()))?;
    let staging = dir.join(format!(
        ".{}.partial-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let _ = std::fs::remove_file(&staging);
    // Made empty and private first: VACUUM INTO fills an empty file, and the snapshot is never
    // readable by others, not even for a moment.
    File::options()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&staging)
        .with_context(|| format!("cannot create `{}`", staging.display()))?;

    let result = async {
        let store = Store::connect(config.database_url.expose())
            .await
            .with_context(|| format!("cannot open the database `{}`", database.display()))?;
        let written = store.vacuum_into(&staging).await;
        store.close().await.ok();
        written.with_context(|| format!("cannot write the snapshot to `{}`", staging.display()))?;
        let file = File::open(&staging)?;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        file.sync_all()?;
        if force {
            std::fs::rename(&staging, out)
                .with_context(|| format!("cannot move the snapshot to `{}`", out.display()))?;
        } else {
            // A link, unlike a rename, fails when `out` appeared meanwhile.
            std::fs::hard_link(&staging, out).map_err(|e| match e.kind() {
                std::io::ErrorKind::AlreadyExists => anyhow::anyhow!(
                    "`{}` already exists: choose another name, or pass --force to replace it",
                    out.display()
                ),
                _ => anyhow::anyhow!("cannot move the snapshot to `{}`: {e}", out.display()),
            })?;
            std::fs::remove_file(&staging)?;
        }
        sync_dir(&dir)
    }
    .await;
    if result.is_err() {
        let _ = std::fs::remove_file(&staging);
    }
    result?;
    Ok(out.to_owned())
}

/// Reads the first bytes of `path` and checks they are SQLite's.
fn looks_like_sqlite(path: &Path) -> anyhow::Result<()> {
    let mut header = [0u8; 16];
    let mut file = File::open(path).with_context(|| format!("cannot read `{}`", path.display()))?;
    let read = file.read(&mut header)?;
    if read < header.len() || &header != SQLITE_HEADER {
        bail!("`{}` is not an SQLite database", path.display());
    }
    Ok(())
}

/// Checks the copy of a backup at `staging` is a sound Pocket ID database this binary can run.
async fn check_backup(staging: &Path, shown: &Path) -> anyhow::Result<()> {
    let unusable = |why: String| anyhow::anyhow!("`{}` {why}", shown.display());
    let facts = Store::inspect_sqlite_file(staging)
        .await
        .map_err(|e| unusable(format!("is damaged or truncated: it cannot be read ({e})")))?;
    if facts.integrity != ["ok"] {
        let first: Vec<&str> = facts.integrity.iter().take(3).map(String::as_str).collect();
        return Err(unusable(format!(
            "is damaged: the integrity check says {}",
            first.join("; ")
        )));
    }
    let applied = facts.applied_migrations.ok_or_else(|| {
        unusable("is an SQLite database but not one of Pocket ID (no migrations table)".into())
    })?;
    if applied.is_empty() {
        return Err(unusable("is an empty Pocket ID database".into()));
    }
    let known = Store::known_migrations();
    let unknown: Vec<&String> = applied.iter().filter(|m| !known.contains(m)).collect();
    if !unknown.is_empty() {
        return Err(unusable(format!(
            "was made by a newer Pocket ID (migrations {} are unknown to this {}): restore it \
             with that version or newer",
            unknown
                .iter()
                .map(|m| m.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            env!("CARGO_PKG_VERSION")
        )));
    }
    Ok(())
}

/// Migrates the database at `staging` and checks the configured key opens its signing keys.
async fn prepare_backup(config: &Config, staging: &Path) -> anyhow::Result<()> {
    let store = Store::connect(&format!("sqlite://{}", staging.display()))
        .await
        .context("cannot open the copy of the backup")?;
    let result = async {
        store
            .migrate()
            .await
            .context("cannot apply the database migrations to the backup")?;
        let domain = crate::domain(config, store.clone())?;
        domain
            .ensure_signing_keys()
            .await
            .map_err(|err| crate::signing_keys_error(config, err))?;
        store
            .checkpoint()
            .await
            .context("cannot checkpoint the backup")?;
        anyhow::Ok(())
    }
    .await;
    store.close().await.ok();
    result
}

/// What a restore did.
#[derive(Debug, Clone)]
pub struct Restored {
    /// The database file now in place.
    pub database: PathBuf,
    /// Where the database it replaced was kept, if there was one.
    pub previous: Option<PathBuf>,
}

/// `restore FILE`: checks `backup` is a sound Pocket ID database no newer than this binary,
/// migrates a copy and checks the key-encryption key opens its signing keys, then, with no
/// server running, keeps the current database as `<db>.before-restore-<time>` and puts the copy
/// in its place. Any failure before the swap leaves everything as it was.
pub async fn restore(config: &Config, backup: &Path) -> anyhow::Result<Restored> {
    let database = sqlite_file(config, "restore")?;
    let meta =
        std::fs::metadata(backup).with_context(|| format!("cannot read `{}`", backup.display()))?;
    if !meta.is_file() {
        bail!("`{}` is not a file", backup.display());
    }
    looks_like_sqlite(backup)?;
    if let EncryptionKeySource::DataDir(key_file) = &config.encryption_key
        && !key_file.exists()
    {
        bail!(
            "there is no key-encryption key at `{}`: copy the encryption.key that belongs with \
             this backup there first (or configure encryption_key_file); without it the signing \
             keys in the backup cannot be opened. Nothing was changed.",
            key_file.display()
        );
    }
    let dir = dir_of(&database);
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .with_context(|| format!("cannot create `{}`", dir.display()))?;
    }
    let _lock = lock_out_servers(config, &database)?;

    let staging = dir.join(format!(".pocket-id-restore-{}.db", std::process::id()));
    let remove_staging = || {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let _ = std::fs::remove_file(with_suffix(&staging, suffix));
        }
    };
    remove_staging();
    let prepared = async {
        {
            let mut from = File::open(backup)?;
            let mut to = File::options()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&staging)
                .with_context(|| format!("cannot create `{}`", staging.display()))?;
            std::io::copy(&mut from, &mut to)
                .with_context(|| format!("cannot copy `{}`", backup.display()))?;
            to.sync_all()?;
        }
        check_backup(&staging, backup).await?;
        prepare_backup(config, &staging).await
    }
    .await;
    if let Err(err) = prepared {
        remove_staging();
        return Err(err.context("nothing was changed"));
    }
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(with_suffix(&staging, suffix));
    }

    let previous = if database.exists() {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
        let kept = with_suffix(&database, &format!(".before-restore-{stamp}"));
        std::fs::rename(&database, &kept)
            .with_context(|| format!("cannot move `{}` aside", database.display()))?;
        // The write-ahead log holds committed changes of the old file: it goes with it.
        let wal = with_suffix(&database, "-wal");
        if wal.exists() {
            std::fs::rename(&wal, with_suffix(&kept, "-wal"))
                .with_context(|| format!("cannot move `{}` aside", wal.display()))?;
        }
        Some(kept)
    } else {
        None
    };
    for suffix in ["-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(with_suffix(&database, suffix));
    }
    std::fs::rename(&staging, &database)
        .with_context(|| format!("cannot move the backup to `{}`", database.display()))?;
    sync_dir(&dir)?;
    Ok(Restored { database, previous })
}
