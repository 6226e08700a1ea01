//! The profile file: where it lives, reading it, and writing it readable by its owner only.
//!
//! It is TOML, one table per profile:
//!
//! ```toml
//! [profiles.default]
//! server = "https://id.example.com"
//! token = "pid_…"
//! ```

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::secret::Secret;

/// The profile used when none is named.
pub const DEFAULT_PROFILE: &str = "default";

/// The whole profile file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConfigFile {
    /// Profiles by name.
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// A saved server and the API key for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Base URL of the server.
    pub server: String,
    /// API key for that server.
    pub token: Secret,
}

/// Why the profile file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Neither `POCKETCTL_CONFIG`, `XDG_CONFIG_HOME` nor `HOME` is set.
    #[error("cannot find the configuration file: set POCKETCTL_CONFIG, XDG_CONFIG_HOME or HOME")]
    NoLocation,
    /// The file exists but cannot be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid TOML of the expected shape.
    #[error("{} is not a valid pocketctl configuration: {source}", path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: toml::de::Error,
    },
    /// The file cannot be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file (or its directory).
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A profile was asked for by name but is not in the file.
    #[error(
        "no profile `{name}` in {}: run `pocketctl login --profile {name} --server URL`",
        path.display()
    )]
    UnknownProfile {
        /// The name asked for.
        name: String,
        /// The file looked in.
        path: PathBuf,
    },
}

impl Error {
    /// Whether the fix is the user's (a missing or malformed file, an unknown profile) rather
    /// than a failing disk; these exit like usage errors.
    pub fn is_usage(&self) -> bool {
        match self {
            Self::NoLocation | Self::Parse { .. } | Self::UnknownProfile { .. } => true,
            Self::Read { .. } | Self::Write { .. } => false,
        }
    }
}

/// The file's path: `$POCKETCTL_CONFIG`, else `$XDG_CONFIG_HOME/pocketctl/config.toml`, else
/// `~/.config/pocketctl/config.toml`. `var` reads the environment (a parameter for tests).
pub fn path(var: impl Fn(&str) -> Option<OsString>) -> Result<PathBuf, Error> {
    let set = |name: &str| var(name).filter(|value| !value.is_empty());
    if let Some(file) = set("POCKETCTL_CONFIG") {
        return Ok(PathBuf::from(file));
    }
    // The XDG spec says relative values are to be ignored.
    if let Some(dir) = set("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|dir| dir.is_absolute())
    {
        return Ok(dir.join("pocketctl").join("config.toml"));
    }
    let home = set("HOME").ok_or(Error::NoLocation)?;
    Ok(PathBuf::from(home)
        .join(".config")
        .join("pocketctl")
        .join("config.toml"))
}

/// Reads the file; a file that does not exist is an empty configuration.
pub fn load(path: &Path) -> Result<ConfigFile, Error> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(ConfigFile::default()),
        Err(source) => {
            return Err(Error::Read {
                path: path.to_owned(),
                source,
            });
        }
    };
    toml::from_str(&text).map_err(|source| Error::Parse {
        path: path.to_owned(),
        source,
    })
}

/// Writes the file with mode 0600, creating its directory with mode 0700. The content goes to a
/// new file that is then renamed over the old one, so a crash never leaves half a file and the
/// key is never readable by others, even for a moment.
pub fn save(path: &Path, config: &ConfigFile) -> Result<(), Error> {
    let write_error = |path: &Path| {
        let path = path.to_owned();
        move |source| Error::Write { path, source }
    };
    let text = toml::to_string(config).expect("a profile file always serialises as TOML");
    let dir = path
        .parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    create_private_dir(dir).map_err(write_error(dir))?;

    let mut temp_name = path.file_name().unwrap_or_default().to_owned();
    temp_name.push(format!(".{}.tmp", std::process::id()));
    let temp = dir.join(temp_name);
    let written = create_private_file(&temp)
        .and_then(|mut file| {
            file.write_all(text.as_bytes())?;
            file.sync_all()
        })
        .and_then(|()| std::fs::rename(&temp, path));
    if let Err(source) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(Error::Write {
            path: path.to_owned(),
            source,
        });
    }
    Ok(())
}

/// Creates `dir` and its missing parents with mode 0700.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Creates a new file with mode 0600; fails if it exists, so a planted file is never reused.
fn create_private_file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;
    use std::os::unix::fs::PermissionsExt;
    use std::path::PathBuf;

    use super::{ConfigFile, Profile, load, path, save};
    use crate::secret::Secret;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |name| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| OsString::from(value))
        }
    }

    #[test]
    fn path_prefers_pocketctl_config_then_xdg_then_home() {
        let all = [
            ("POCKETCTL_CONFIG", "/etc/p.toml"),
            ("XDG_CONFIG_HOME", "/x"),
            ("HOME", "/h"),
        ];
        assert_eq!(path(env(&all)).unwrap(), PathBuf::from("/etc/p.toml"));
        assert_eq!(
            path(env(&all[1..])).unwrap(),
            PathBuf::from("/x/pocketctl/config.toml")
        );
        assert_eq!(
            path(env(&all[2..])).unwrap(),
            PathBuf::from("/h/.config/pocketctl/config.toml")
        );
        let relative_xdg = [("XDG_CONFIG_HOME", "x"), ("HOME", "/h")];
        assert_eq!(
            path(env(&relative_xdg)).unwrap(),
            PathBuf::from("/h/.config/pocketctl/config.toml")
        );
        assert!(path(env(&[])).is_err());
    }

    #[test]
    fn profiles_round_trip_through_a_private_file() {
        let temp = tempfile::tempdir().unwrap();
        let file = temp.path().join("pocketctl").join("config.toml");
        assert_eq!(load(&file).unwrap(), ConfigFile::default());

        let mut config = ConfigFile::default();
        config.profiles.insert(
            "default".into(),
            Profile {
                server: "https://id.example.com".into(),
                token: Secret::new("pid_secret"),
            },
        );
        save(&file, &config).unwrap();
        assert_eq!(load(&file).unwrap(), config);

        let mode =
            |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(file.parent().unwrap()), 0o700);

        // Saving again replaces the file and keeps it private.
        config.profiles.get_mut("default").unwrap().token = Secret::new("pid_other");
        save(&file, &config).unwrap();
        assert_eq!(load(&file).unwrap(), config);
        assert_eq!(mode(&file), 0o600);
        let leftovers = std::fs::read_dir(file.parent().unwrap()).unwrap().count();
        assert_eq!(leftovers, 1);
    }

    #[test]
    fn a_malformed_file_is_a_usage_error() {
        let temp = tempfile::tempdir().unwrap();
        let file = temp.path().join("config.toml");
        std::fs::write(&file, "[profiles.default]\nserver = 1\n").unwrap();
        let err = load(&file).unwrap_err();
        assert!(err.is_usage());
        assert!(err.to_string().contains("config.toml"));
    }
}
