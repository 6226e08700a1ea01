//! The man pages and shell completions in `man/`, generated from the clap definitions of both
//! programs (`pocket_id::cli::command` and `pocketctl::args::command`) and committed.
//!
//! The test fails when a committed file differs from a freshly generated one, is missing, or is
//! left over from a command that no longer exists. `UPDATE_SNAPSHOTS=1 cargo test -p pocketctl
//! --test man` rewrites them. Layout:
//!
//! - `man/man8/pocket-id.8` and one page per subcommand (`pocket-id-migrate-status.8`): the
//!   daemon and its maintenance commands are system administration, section 8;
//! - `man/man1/pocketctl.1` and one page per subcommand (`pocketctl-clients-create.1`);
//! - `man/completions/{pocket-id,pocketctl}.{bash,zsh,fish}`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap_complete::Shell;

/// The refresh command, as the failure message says it.
const REFRESH: &str = "UPDATE_SNAPSHOTS=1 cargo test -p pocketctl --test man";

/// The directories under `man/` that hold only generated files.
const GENERATED_DIRS: [&str; 3] = ["man1", "man8", "completions"];

/// The programs, with the man section of their pages.
fn programs() -> [(clap::Command, &'static str); 2] {
    [
        (pocket_id::cli::command(), "8"),
        (pocketctl::args::command(), "1"),
    ]
}

/// Every generated file: its path under `man/` and its contents.
fn generate() -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for (cmd, section) in programs() {
        let name = cmd.get_name().to_owned();
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut cmd.clone(), &name, &mut out);
            files.insert(PathBuf::from(format!("completions/{name}.{shell}")), out);
        }
        // As `clap_mangen::generate_to` does: no page for `help`, none for hidden commands; a
        // built command gives its subcommands display names like `pocketctl-clients-create`.
        let mut cmd = cmd.disable_help_subcommand(true);
        cmd.build();
        pages(&cmd, section, &mut files);
    }
    files
}

/// The man page of `cmd` and, recursively, of each of its subcommands.
fn pages(cmd: &clap::Command, section: &str, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for sub in cmd.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        pages(sub, section, files);
    }
    let man = clap_mangen::Man::new(cmd.clone()).section(section);
    let mut out = Vec::new();
    man.render(&mut out).unwrap();
    files.insert(
        PathBuf::from(format!("man{section}/{}", man.get_filename())),
        out,
    );
}

/// The files now in the generated directories, relative to `man/`.
fn committed(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for dir in GENERATED_DIRS {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_file() {
                let relative = path.strip_prefix(root).unwrap().to_owned();
                files.insert(relative, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

#[test]
fn man_pages_and_completions_match_the_clap_definitions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../man");
    let generated = generate();

    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        for stale in committed(&root)
            .keys()
            .filter(|p| !generated.contains_key(*p))
        {
            std::fs::remove_file(root.join(stale)).unwrap();
        }
        for (path, contents) in &generated {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, contents).unwrap();
        }
    }

    let committed = committed(&root);
    let mut problems = Vec::new();
    for (path, contents) in &generated {
        match committed.get(path) {
            None => problems.push(format!("missing: man/{}", path.display())),
            Some(old) if old != contents => {
                problems.push(format!("out of date: man/{}", path.display()))
            }
            Some(_) => {}
        }
    }
    for path in committed.keys().filter(|p| !generated.contains_key(*p)) {
        problems.push(format!("not generated any more: man/{}", path.display()));
    }
    assert!(
        problems.is_empty(),
        "the man pages and completions in man/ do not match the command lines: run `{REFRESH}` \
         and commit man/\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_command_has_a_page_and_every_page_is_roff() {
    let generated = generate();
    for page in [
        "man8/pocket-id.8",
        "man8/pocket-id-check-config.8",
        "man8/pocket-id-migrate-status.8",
        "man1/pocketctl.1",
        "man1/pocketctl-clients-create.1",
    ] {
        assert!(generated.contains_key(Path::new(page)), "no {page}");
    }
    for (path, contents) in &generated {
        if !path.starts_with("completions") {
            assert!(
                contents.starts_with(b".ie \\n(.g") || contents.starts_with(b".TH "),
                "{} does not start like a man page",
                path.display()
            );
            assert!(
                !path.to_string_lossy().contains("-help."),
                "{}",
                path.display()
            );
        }
    }
}
