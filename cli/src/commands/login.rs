//! `pocketctl login`: checks a server URL and API key with one harmless request, then saves them
//! as a profile.

use pocket_id::api::UserPage;

use crate::Error;
use crate::args::GlobalArgs;
use crate::client::{Client, Reply};
use crate::config::{self, DEFAULT_PROFILE, Profile};
use crate::connection::{Connection, parse_server_url};
use crate::output::Output;
use crate::prompt::Prompter;
use crate::secret::Secret;

/// Runs `login`.
pub async fn run(global: &GlobalArgs, output: Output, prompt: Prompter) -> Result<(), Error> {
    let path = config::path(|name| std::env::var_os(name))?;
    let mut file = config::load(&path)?;
    let name = global.profile.as_deref().unwrap_or(DEFAULT_PROFILE);
    if name.is_empty() {
        return Err(Error::usage("a profile name cannot be empty"));
    }

    // Logging in again without --server keeps the profile's server: that is how a key is renewed.
    let server = match (&global.server, file.profiles.get(name)) {
        (Some(url), _) => url.clone(),
        (None, Some(saved)) => parse_server_url(&saved.server).map_err(Error::Usage)?,
        (None, None) => {
            return Err(Error::usage(
                "say which server to log in to: pass --server URL or set POCKETCTL_SERVER",
            ));
        }
    };
    let shown = server.as_str().trim_end_matches('/').to_owned();

    let token = match global.token.clone().filter(|token| !token.is_empty()) {
        Some(token) => token,
        None => prompt
            .secret(&format!("API key for {shown}"))?
            .ok_or_else(|| {
                Error::usage("pass --token KEY or set POCKETCTL_TOKEN (no terminal to ask on)")
            })?,
    };
    let token = Secret::new(token.trim());

    let connection = Connection::Server {
        url: server,
        token: token.clone(),
    };
    let _: Reply<UserPage> = Client::new(&connection)?
        .get(&["users"], &[("per_page", "1".to_owned())])
        .await?;

    file.profiles.insert(
        name.to_owned(),
        Profile {
            server: shown.clone(),
            token,
        },
    );
    config::save(&path, &file)?;
    output.note(&format!(
        "Logged in to {shown}; saved as profile `{name}` in {}.",
        path.display()
    ))
}
