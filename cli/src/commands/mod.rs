//! One module per command group, and the dispatch from a parsed command line to them.
//!
//! Every command gets a [`Context`]: a client already connected as the configuration says, the
//! output format and the prompter. `login` is the exception: it makes the configuration.

mod api_keys;
mod audit;
mod claims;
mod client_presets;
mod clients;
mod groups;
mod invites;
mod keys;
mod login;
mod passkeys;
mod sessions;
mod users;

use std::path::Path;

use chrono::{DateTime, Duration, SubsecRound, Utc};

use crate::Error;
use crate::args::{Cli, ClientsCommand, Command, GlobalArgs};
use crate::client::Client;
use crate::config::{self, DEFAULT_PROFILE};
use crate::connection::{self, Connection, Explicit};
use crate::output::Output;
use crate::prompt::Prompter;
use crate::secret::Secret;

/// What every command needs.
#[derive(Debug)]
pub struct Context {
    /// The admin API.
    pub client: Client,
    /// Where and how results are printed.
    pub output: Output,
    /// How to ask for confirmation.
    pub prompt: Prompter,
}

/// Runs `cli`'s command.
pub async fn run(cli: Cli) -> Result<(), Error> {
    let Cli { global, command } = cli;
    let output = Output::new(global.output);
    let prompt = Prompter::from_terminal(global.yes);
    let connect = || -> Result<Context, Error> {
        Ok(Context {
            client: Client::new(&connection(&global)?)?,
            output,
            prompt,
        })
    };
    match command {
        Command::Users(command) => users::run(&connect()?, command).await,
        Command::Invites(command) => invites::run(&connect()?, command).await,
        Command::Passkeys(command) => passkeys::run(&connect()?, command).await,
        Command::Sessions(command) => sessions::run(&connect()?, command).await,
        Command::Groups(command) => groups::run(&connect()?, command).await,
        Command::Claims(command) => claims::run(&connect()?, command).await,
        // The presets are built in: listing them needs no server.
        Command::Clients(ClientsCommand::Presets) => client_presets::list(&output),
        Command::Clients(command) => clients::run(&connect()?, command).await,
        Command::ApiKeys(command) => api_keys::run(&connect()?, command).await,
        Command::Keys(command) => keys::run(&connect()?, command).await,
        Command::Audit(command) => audit::run(&connect()?, command).await,
        Command::Login => login::run(&global, output, prompt).await,
    }
}

/// The absolute expiry of an `--expires` lifetime that starts now, to the second as the server
/// keeps times: the largest lifetime the server allows is then never a fraction of a second too
/// long by its clock.
fn expires_at(lifetime: Option<Duration>) -> Option<DateTime<Utc>> {
    lifetime.map(|lifetime| (Utc::now() + lifetime).trunc_subsecs(0))
}

/// Works out the connection from the flags, the environment and the profile file.
fn connection(global: &GlobalArgs) -> Result<Connection, Error> {
    let explicit = Explicit {
        server: global.server.clone(),
        token: global
            .token
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(Secret::new),
        socket: global.socket.clone(),
    };
    // With both a server and a key on the command line the file is not needed, so a broken or
    // unreadable one does not get in the way.
    if explicit.server.is_some() && explicit.token.is_some() {
        return Ok(connection::resolve(explicit, None, |_| false)?);
    }
    let file_path = match config::path(|name| std::env::var_os(name)) {
        Ok(path) => Some(path),
        Err(err) if global.profile.is_some() => return Err(err.into()),
        Err(_) => None,
    };
    let file = match &file_path {
        Some(path) => config::load(path)?,
        None => config::ConfigFile::default(),
    };
    let name = global.profile.as_deref().unwrap_or(DEFAULT_PROFILE);
    let profile = file.profiles.get(name);
    if let (None, Some(_), Some(path)) = (profile, &global.profile, &file_path) {
        return Err(config::Error::UnknownProfile {
            name: name.to_owned(),
            path: path.clone(),
        }
        .into());
    }
    let profile = profile.map(|profile| (name, profile));
    Ok(connection::resolve(explicit, profile, Path::exists)?)
}
