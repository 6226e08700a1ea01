//! `pocket-id backup` and `pocket-id restore` against a real daemon: a snapshot taken while
//! users are being created holds every user committed before it began, restores into a fresh
//! data directory and serves; bad inputs are refused with a clear message and change nothing.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use serde_json::json;

use crate::support::{Daemon, client, failed, json, pocket_id_bin, stdout_ok};

/// Runs `pocket-id --data-dir DIR ARGS…`.
fn pocket_id_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(pocket_id_bin())
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("POCKET_ID_CONFIG")
        .stdin(Stdio::null())
        .output()
        .expect("pocket-id runs")
}

/// `PRAGMA integrity_check` of a stopped server's database.
async fn integrity(db: &Path) -> String {
    use sea_orm::ConnectionTrait;
    let conn = sea_orm::Database::connect(format!("sqlite://{}?mode=ro", db.display()))
        .await
        .unwrap();
    let row = conn
        .query_one_raw(sea_orm::Statement::from_string(
            sea_orm::DbBackend::Sqlite,
            "PRAGMA integrity_check",
        ))
        .await
        .unwrap()
        .unwrap();
    let answer: String = row.try_get_by_index(0).unwrap();
    conn.close().await.unwrap();
    answer
}

/// Every username the admin API lists.
async fn usernames(daemon: &Daemon, http: &reqwest::Client) -> Vec<String> {
    let mut names = Vec::new();
    for page in 1.. {
        let body = json(
            http.get(daemon.api(&format!("/users?per_page=500&page={page}")))
                .send()
                .await
                .unwrap(),
            200,
        )
        .await;
        let items = body["items"].as_array().unwrap();
        names.extend(
            items
                .iter()
                .map(|u| u["username"].as_str().unwrap().to_owned()),
        );
        if items.len() < 500 {
            break;
        }
    }
    names
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_under_write_load_restores_every_committed_user() {
    let dir = tempfile::tempdir().unwrap();
    let daemon = Daemon::start_in(dir.path(), &[]);
    let key = daemon.create_key("ops");

    // One writer creating users as fast as the server takes them; `committed` counts those the
    // API has answered 201 for.
    let committed = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (committed, stop) = (committed.clone(), stop.clone());
        let (http, url) = (client(&key), daemon.api("/users"));
        tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(Ordering::SeqCst) {
                let response = http
                    .post(&url)
                    .json(&json!({"username": format!("user-{n:05}")}))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(response.status(), 201, "{:?}", response.text().await);
                n += 1;
                committed.store(n, Ordering::SeqCst);
            }
            n
        })
    };
    while committed.load(Ordering::SeqCst) < 30 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }

    let out = dir.path().join("snapshot.db");
    let before = committed.load(Ordering::SeqCst);
    let backup = {
        let (data_dir, out) = (dir.path().to_owned(), out.clone());
        tokio::task::spawn_blocking(move || {
            pocket_id_in(&data_dir, &["backup", "--out", out.to_str().unwrap()])
        })
        .await
        .unwrap()
    };
    let printed = stdout_ok(&backup);
    assert_eq!(printed.trim(), out.to_str().unwrap());
    let reminder = String::from_utf8_lossy(&backup.stderr);
    assert!(reminder.contains("encryption.key"), "{reminder}");
    // Writes went on meanwhile and after.
    let after_backup = committed.load(Ordering::SeqCst);
    while committed.load(Ordering::SeqCst) < after_backup + 10 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    stop.store(true, Ordering::SeqCst);
    let total = writer.await.unwrap();
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "backup mode {mode:o}");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert!(daemon.stop().success());

    // A fresh data directory with the key that belongs to the backup.
    let fresh = tempfile::tempdir().unwrap();
    std::fs::copy(
        dir.path().join("encryption.key"),
        fresh.path().join("encryption.key"),
    )
    .unwrap();
    let restored = pocket_id_in(fresh.path(), &["restore", out.to_str().unwrap()]);
    let said = stdout_ok(&restored);
    assert!(said.contains("restored"), "{said}");
    assert!(
        !said.contains("previous database"),
        "nothing to keep: {said}"
    );
    let db = fresh.path().join("pocket-id.db");
    let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "restored database mode {mode:o}");

    let daemon = Daemon::start_in(fresh.path(), &[]);
    let http = client(&key);
    let names = usernames(&daemon, &http).await;
    for n in 0..before {
        let name = format!("user-{n:05}");
        assert!(
            names.contains(&name),
            "{name} was committed before the backup"
        );
    }
    // At most one request was in flight when the count was read.
    assert!(
        names.len() <= after_backup + 1,
        "{} users, more than the {after_backup} committed when the backup ended (of {total})",
        names.len()
    );
    // The signing keys open with the copied key: tokens can be signed.
    json(
        reqwest::get(format!("{}/.well-known/jwks.json", daemon.base))
            .await
            .unwrap(),
        200,
    )
    .await;
    assert!(daemon.stop().success());
    assert_eq!(integrity(&db).await, "ok");
}

/// The names and contents of the files in `dir`, to show nothing changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| (e.path(), std::fs::read(e.path()).unwrap()))
        .collect();
    files.sort();
    files
}

#[tokio::test]
async fn bad_backups_and_restores_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let daemon = Daemon::start_in(dir.path(), &[]);
    let http = client(&daemon.create_key("ops"));
    json(
        http.post(daemon.api("/users"))
            .json(&json!({"username": "alice"}))
            .send()
            .await
            .unwrap(),
        201,
    )
    .await;

    // An existing file is kept unless --force.
    let out = outside.path().join("pocket-id.backup");
    std::fs::write(&out, "precious").unwrap();
    let out_arg = out.to_str().unwrap();
    let refused = failed(&daemon.pocket_id(&["backup", "--out", out_arg]), 1);
    assert!(refused.contains("already exists"), "{refused}");
    assert!(refused.contains("--force"), "{refused}");
    assert_eq!(std::fs::read(&out).unwrap(), b"precious");
    stdout_ok(&daemon.pocket_id(&["backup", "--out", out_arg, "--force"]));
    assert!(
        std::fs::read(&out)
            .unwrap()
            .starts_with(b"SQLite format 3\0")
    );

    // Not while the server runs.
    let busy = failed(&daemon.pocket_id(&["restore", out_arg]), 1);
    assert!(busy.contains("server is running"), "{busy}");
    assert!(daemon.stop().success());

    let before = snapshot(dir.path());
    let junk = outside.path().join("junk.db");
    std::fs::write(&junk, "this is not a database at all, just some text\n").unwrap();
    let truncated = outside.path().join("truncated.db");
    let whole = std::fs::read(&out).unwrap();
    std::fs::write(&truncated, &whole[..whole.len() / 2]).unwrap();
    let empty = outside.path().join("empty.db");
    std::fs::write(&empty, "").unwrap();
    let foreign = outside.path().join("foreign.db");
    {
        use sea_orm::ConnectionTrait;
        let conn = sea_orm::Database::connect(format!("sqlite://{}?mode=rwc", foreign.display()))
            .await
            .unwrap();
        conn.execute_unprepared("CREATE TABLE notes (body TEXT)")
            .await
            .unwrap();
        conn.close().await.unwrap();
    }
    for (file, expected) in [
        (&junk, "not an SQLite database"),
        (&empty, "not an SQLite database"),
        (&truncated, "truncated.db"),
        (&foreign, "not one of Pocket ID"),
        (&outside.path().join("missing.db"), "cannot read"),
    ] {
        let stderr = failed(
            &pocket_id_in(dir.path(), &["restore", file.to_str().unwrap()]),
            1,
        );
        assert!(stderr.contains(expected), "{}: {stderr}", file.display());
        assert_eq!(
            snapshot(dir.path()),
            before,
            "{} changed something",
            file.display()
        );
    }
    let truncated_said = failed(
        &pocket_id_in(dir.path(), &["restore", truncated.to_str().unwrap()]),
        1,
    );
    assert!(
        truncated_said.contains("nothing was changed"),
        "{truncated_said}"
    );

    // The good backup restores over the current database, which is kept.
    let said = stdout_ok(&pocket_id_in(dir.path(), &["restore", out_arg]));
    assert!(said.contains("before-restore-"), "{said}");
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("pocket-id.db.before-restore-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");

    // A backup needs its key: a data directory without one is refused.
    let keyless = tempfile::tempdir().unwrap();
    let stderr = failed(&pocket_id_in(keyless.path(), &["restore", out_arg]), 1);
    assert!(stderr.contains("encryption.key"), "{stderr}");
    assert!(!keyless.path().join("pocket-id.db").exists());
    // …and one with another key too.
    std::fs::write(keyless.path().join("encryption.key"), "ab".repeat(32)).unwrap();
    let stderr = failed(&pocket_id_in(keyless.path(), &["restore", out_arg]), 1);
    assert!(stderr.contains("nothing was changed"), "{stderr}");
    assert!(!keyless.path().join("pocket-id.db").exists());
}

#[test]
fn postgres_is_pointed_at_its_own_tools() {
    let dir = tempfile::tempdir().unwrap();
    let url = "postgres://pocket:secret@127.0.0.1:1/pocket";
    let out = dir.path().join("x.db");
    let backup = failed(
        &pocket_id_in(
            dir.path(),
            &[
                "--database-url",
                url,
                "backup",
                "--out",
                out.to_str().unwrap(),
            ],
        ),
        1,
    );
    assert!(backup.contains("pg_dump"), "{backup}");
    assert!(!out.exists());
    let restore = failed(
        &pocket_id_in(dir.path(), &["--database-url", url, "restore", "x.db"]),
        1,
    );
    assert!(restore.contains("pg_restore"), "{restore}");
}
