//! The command line of `pocketctl`: every command, flag and its help text, and nothing else.
//!
//! Man pages are generated from [`command`], so all user-facing wording of the options lives
//! here. Parsing of individual values that clap can check up front (URLs, lifetimes, times) is
//! done here too, so that a bad value is a usage error before anything is sent.

use std::path::PathBuf;

use chrono::{DateTime, Duration, Utc};
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{ArgGroup, Args, CommandFactory, Parser, Subcommand, ValueEnum};
use pocket_id::api::{MAX_PER_PAGE, parse_lifetime};
use reqwest::Url;

use crate::connection::parse_server_url;
use crate::presets::{self, Preset};

/// The clap command of `pocketctl`, for man pages and shell completions.
pub fn command() -> clap::Command {
    Cli::command()
}

/// Administer a Pocket ID server: users and their invites, sign-up links for new people, passkeys
/// and sessions, groups, custom claims, OpenID Connect clients, API keys, signing keys and the
/// audit log.
#[derive(Debug, Parser)]
#[command(
    name = "pocketctl",
    version,
    propagate_version = true,
    after_help = "Connection: --server/--token, else POCKETCTL_SERVER/POCKETCTL_TOKEN, else the \
                  profile saved by `pocketctl login`. With no server configured, pocketctl uses \
                  the daemon's admin socket (on the server's host, no API key needed)."
)]
pub struct Cli {
    /// Options that apply to every command.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted before or after any command.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Base URL of the Pocket ID server, e.g. `https://id.example.com`.
    #[arg(long, global = true, env = "POCKETCTL_SERVER", value_name = "URL",
          value_parser = parse_server_url)]
    pub server: Option<Url>,

    /// API key to authenticate with. Prefer POCKETCTL_TOKEN or `pocketctl login`: other local
    /// users can read command-line flags in the process list.
    #[arg(
        long,
        global = true,
        env = "POCKETCTL_TOKEN",
        value_name = "KEY",
        hide_env_values = true
    )]
    pub token: Option<String>,

    /// Profile of the configuration file to use (or, for `login`, to save) [default: default].
    #[arg(long, global = true, env = "POCKETCTL_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,

    /// Admin socket of a local daemon to use instead of a server URL [default: the first that
    /// exists of /run/pocket-id/admin.sock and ./data/admin.sock].
    #[arg(long, global = true, env = "POCKETCTL_SOCKET", value_name = "PATH")]
    pub socket: Option<PathBuf>,

    /// How to print results: tables for people, or the API's JSON for scripts.
    #[arg(
        long,
        short,
        global = true,
        env = "POCKETCTL_OUTPUT",
        value_enum,
        default_value_t = OutputFormat::Table
    )]
    pub output: OutputFormat,

    /// Answer yes to confirmations (needed for destructive commands without a terminal).
    #[arg(long, short, global = true)]
    pub yes: bool,
}

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Aligned tables and short sentences.
    Table,
    /// The server's JSON response, pretty-printed; nothing for operations without a body.
    Json,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage users.
    #[command(subcommand)]
    Users(UsersCommand),
    /// Manage sign-up links, with which new people create their own account and passkey.
    #[command(subcommand)]
    Invites(InvitesCommand),
    /// List and delete users' passkeys.
    #[command(subcommand)]
    Passkeys(PasskeysCommand),
    /// List and revoke users' sign-in sessions.
    #[command(subcommand)]
    Sessions(SessionsCommand),
    /// Manage groups and their members.
    #[command(subcommand)]
    Groups(GroupsCommand),
    /// Manage custom claims of users and groups.
    #[command(subcommand)]
    Claims(ClaimsCommand),
    /// Manage OpenID Connect clients: the apps people sign in to.
    #[command(subcommand)]
    Clients(ClientsCommand),
    /// Manage API keys.
    #[command(subcommand)]
    ApiKeys(ApiKeysCommand),
    /// List and rotate the keys that sign ID and access tokens.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Read the audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Check a server URL and API key, and save them as a profile.
    ///
    /// Uses --server and --token (or POCKETCTL_SERVER and POCKETCTL_TOKEN); asks for the key on a
    /// terminal when none is given. Without --server, the profile's saved server is kept.
    Login,
}

/// Paging options of list commands.
#[derive(Debug, Clone, Args)]
pub struct PageArgs {
    /// Page to show, from 1.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub page: Option<u32>,
    /// Results per page (at most 500) [default: 50].
    #[arg(long, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_PER_PAGE)))]
    pub per_page: Option<u32>,
}

/// `pocketctl users …`
#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// List users, ordered by username.
    List {
        /// Only users whose username, name or email contains this text.
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        /// Paging.
        #[command(flatten)]
        paging: PageArgs,
        /// Fetch every page instead of one.
        #[arg(long, conflicts_with = "page")]
        all: bool,
    },
    /// Show a user with its groups and custom claims.
    Show {
        /// Username or id.
        user: String,
    },
    /// Create a user.
    Create(CreateUserArgs),
    /// Change a user's fields; an empty value clears a field (or re-derives the display name).
    Update(UpdateUserArgs),
    /// Disable a user: they cannot sign in and get no new tokens.
    Disable {
        /// Username or id.
        user: String,
    },
    /// Enable a disabled user again.
    Enable {
        /// Username or id.
        user: String,
    },
    /// Delete a user and their passkeys, for good.
    Delete {
        /// Username or id.
        user: String,
    },
    /// Make a one-time link with which the user registers a passkey.
    ///
    /// With tables, only the link goes to standard output, so that `URL=$(pocketctl users invite
    /// alice)` captures it. It works once; a newer invite replaces an unused older one.
    Invite {
        /// Username or id.
        user: String,
        /// How long the link works, such as 30m, 24h or 7d; at most 31 days [default: 24h].
        #[arg(long, value_name = "LIFETIME", value_parser = parse_expires)]
        expires: Option<Duration>,
    },
    /// Make a one-time code with which the user signs in without a passkey (to add a new one).
    ///
    /// With tables, only the code goes to standard output; where to enter it goes to standard
    /// error. It works once; a newer code replaces an unused older one.
    LoginCode {
        /// Username or id.
        user: String,
        /// How long the code works, such as 15m or 2h; at most 24 hours [default: 15m].
        #[arg(long, value_name = "LIFETIME", value_parser = parse_expires)]
        expires: Option<Duration>,
    },
}

/// `pocketctl invites …`
#[derive(Debug, Subcommand)]
pub enum InvitesCommand {
    /// Make a sign-up link with which new people create their own account and passkey.
    ///
    /// With tables, only the link goes to standard output, so that `URL=$(pocketctl invites
    /// create)` captures it. It works only while the server's sign-up mode (`--signup`) is
    /// invite-only or open.
    Create {
        /// How many people may sign up with it, from 1 to 100 [default: 1].
        #[arg(long, value_name = "N")]
        uses: Option<u32>,
        /// How long the link works, such as 24h or 7d; at most 31 days [default: 7d].
        #[arg(long, value_name = "LIFETIME", value_parser = parse_expires)]
        expires: Option<Duration>,
        /// A group (name or id) that people who sign up with it join; repeat for several.
        #[arg(long = "group", value_name = "GROUP")]
        groups: Vec<String>,
    },
    /// List sign-up links, newest first, with the sign-ups they have left.
    List,
    /// Revoke a sign-up link: it stops working at once; accounts made with it stay.
    Revoke {
        /// The link's id, as `invites list` shows it.
        id: String,
    },
}

/// `pocketctl passkeys …`
#[derive(Debug, Subcommand)]
pub enum PasskeysCommand {
    /// List a user's passkeys, oldest first.
    List {
        /// Username or id.
        user: String,
    },
    /// Delete a user's passkey: it stops working at once.
    ///
    /// Without passkeys the user needs an invite (`users invite`) or a login code (`users
    /// login-code`) to sign in again.
    Delete {
        /// Username or id.
        user: String,
        /// The passkey's id, as `passkeys list` shows it.
        passkey: String,
    },
}

/// `pocketctl sessions …`
#[derive(Debug, Subcommand)]
pub enum SessionsCommand {
    /// List a user's sign-in sessions, newest first.
    List {
        /// Username or id.
        user: String,
    },
    /// Sign a user out: end one session, or all of them with --all.
    #[command(
        group(ArgGroup::new("which").required(true).args(["session", "all"])),
        override_usage = "pocketctl sessions revoke [OPTIONS] <USER> <SESSION|--all>"
    )]
    Revoke {
        /// Username or id.
        user: String,
        /// The session's id, as `sessions list` shows it.
        session: Option<String>,
        /// End every session of the user.
        #[arg(long)]
        all: bool,
    },
}

/// `pocketctl users create …`
#[derive(Debug, Args)]
pub struct CreateUserArgs {
    /// Sign-in name: letters, digits and `_ . @ -`, starting and ending with a letter or digit.
    pub username: String,
    /// Email address.
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// Given name.
    #[arg(long, value_name = "NAME")]
    pub first_name: Option<String>,
    /// Family name.
    #[arg(long, value_name = "NAME")]
    pub last_name: Option<String>,
    /// Name shown to people [default: first and last name, or the username].
    #[arg(long, value_name = "NAME")]
    pub display_name: Option<String>,
    /// Make the user an administrator.
    #[arg(long)]
    pub admin: bool,
}

/// `pocketctl users update …`
#[derive(Debug, Args)]
pub struct UpdateUserArgs {
    /// Username or id of the user to change.
    pub user: String,
    /// New sign-in name.
    #[arg(long, value_name = "NAME")]
    pub username: Option<String>,
    /// New email address ("" removes it).
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// New given name ("" removes it).
    #[arg(long, value_name = "NAME")]
    pub first_name: Option<String>,
    /// New family name ("" removes it).
    #[arg(long, value_name = "NAME")]
    pub last_name: Option<String>,
    /// New display name ("" derives it again from the names).
    #[arg(long, value_name = "NAME")]
    pub display_name: Option<String>,
    /// Grant (true) or withdraw (false) administration.
    #[arg(long, value_name = "true|false")]
    pub admin: Option<bool>,
}

/// `pocketctl groups …`
#[derive(Debug, Subcommand)]
pub enum GroupsCommand {
    /// List groups, ordered by name.
    List {
        /// Only groups whose name or display name contains this text.
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
    },
    /// Show a group with its members.
    Show {
        /// Group name or id.
        group: String,
    },
    /// Create a group.
    Create {
        /// Unique name, as apps see it in the `groups` claim: letters, digits and `_ . -`.
        name: String,
        /// Name shown to people [default: the name].
        #[arg(long, value_name = "NAME")]
        display_name: Option<String>,
    },
    /// Rename a group (apps see the new name in the `groups` claim).
    Rename {
        /// Group name or id.
        group: String,
        /// The new unique name.
        new_name: String,
        /// New display name too ("" uses the name).
        #[arg(long, value_name = "NAME")]
        display_name: Option<String>,
    },
    /// Delete a group; its members stay, without it.
    Delete {
        /// Group name or id.
        group: String,
    },
    /// Add users to a group.
    AddMember {
        /// Group name or id.
        group: String,
        /// Usernames or ids to add.
        #[arg(required = true)]
        users: Vec<String>,
    },
    /// Remove users from a group.
    RemoveMember {
        /// Group name or id.
        group: String,
        /// Usernames or ids to remove.
        #[arg(required = true)]
        users: Vec<String>,
    },
}

/// Whose claims: exactly one of `--user` and `--group`.
#[derive(Debug, Clone, Args)]
#[group(required = true, multiple = false)]
pub struct ClaimOwnerArgs {
    /// The user's claims (username or id).
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// The group's claims (name or id); members get them in their tokens.
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
}

/// `pocketctl claims …`
#[derive(Debug, Subcommand)]
pub enum ClaimsCommand {
    /// List the custom claims of a user or a group.
    List {
        /// Whose claims.
        #[command(flatten)]
        owner: ClaimOwnerArgs,
    },
    /// Set a custom claim of a user or a group.
    ///
    /// VALUE is taken as JSON when it is JSON (42, true, ["a","b"], {"a":1}, "quoted"), and as a
    /// plain string otherwise; --string always takes it as a string.
    Set {
        /// Whose claim.
        #[command(flatten)]
        owner: ClaimOwnerArgs,
        /// Claim name: letters, digits and `_ . : -`, starting with a letter.
        key: String,
        /// Claim value: JSON, or else a string.
        #[arg(allow_hyphen_values = true)]
        value: String,
        /// Take VALUE as a string even when it is valid JSON (e.g. "42").
        #[arg(long)]
        string: bool,
    },
    /// Remove a custom claim from a user or a group.
    Unset {
        /// Whose claim.
        #[command(flatten)]
        owner: ClaimOwnerArgs,
        /// Claim name.
        key: String,
    },
}

/// How ID tokens are signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SigningAlg {
    /// ECDSA on P-256 (the default).
    #[value(name = "ES256")]
    Es256,
    /// RSA with SHA-256, for apps that accept nothing else.
    #[value(name = "RS256")]
    Rs256,
}

impl SigningAlg {
    /// The name the API uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Es256 => "ES256",
            Self::Rs256 => "RS256",
        }
    }
}

/// `pocketctl clients …`
#[derive(Debug, Subcommand)]
pub enum ClientsCommand {
    /// List clients, ordered by name.
    List,
    /// Show a client with its redirect URIs, allowed groups and secrets (by prefix only).
    Show {
        /// Client id or exact name.
        client: String,
    },
    /// Register a client and print its id and, for a confidential client, its secret (shown
    /// only this once).
    ///
    /// With --preset and --url, the client is set up for a common app (see `clients presets`)
    /// and the settings to paste into that app are printed, secret included; other flags still
    /// apply and take precedence over the preset.
    #[command(override_usage = "pocketctl clients create [OPTIONS] <NAME>\n       \
                                pocketctl clients create --preset <APP> --url <URL> [OPTIONS] [NAME]")]
    Create(CreateClientArgs),
    /// List the apps `clients create --preset` knows, the redirect URIs each derives from --url,
    /// and what else each needs.
    Presets,
    /// Change a client's settings; lists given replace the old ones.
    Update(UpdateClientArgs),
    /// Delete a client: the app can no longer sign people in.
    Delete {
        /// Client id or exact name.
        client: String,
    },
    /// Give a confidential client a new secret and print it (shown only this once).
    ///
    /// The older secrets keep working for a while, so the app can be switched over; a client has
    /// at most 5 working secrets.
    RotateSecret {
        /// Client id or exact name.
        client: String,
        /// How long the older secrets keep working, such as 1h or 7d, or 0 to end them at once;
        /// at most 30 days [default: 24h].
        #[arg(long, value_name = "LIFETIME", value_parser = parse_keep_old)]
        keep_old: Option<Duration>,
    },
}

/// `pocketctl clients create …`
#[derive(Debug, Args)]
pub struct CreateClientArgs {
    /// Name shown to people, 1–100 characters [default with --preset: the app's name].
    #[arg(required_unless_present_any = ["preset", "name_flag"])]
    pub name: Option<String>,
    /// The name as a flag instead of NAME.
    #[arg(
        long = "name",
        id = "name_flag",
        value_name = "NAME",
        conflicts_with = "name"
    )]
    pub name_flag: Option<String>,
    /// Set the client up for a common app, and print the settings to paste into it.
    #[arg(long, value_name = "APP", value_parser = preset_parser(), requires = "url",
          help_heading = "Presets")]
    pub preset: Option<&'static Preset>,
    /// The app's base URL as people open it, such as https://grafana.example.com; the redirect
    /// URIs and the launch URL are made from it.
    #[arg(
        long,
        value_name = "URL",
        requires = "preset",
        help_heading = "Presets"
    )]
    pub url: Option<String>,
    /// The name the app gives this provider where it needs one: Jellyfin's provider name and
    /// Forgejo's authentication source (both part of the redirect URI), Nextcloud's provider
    /// identifier, the Proxmox realm [default: pocket-id].
    #[arg(long, value_name = "NAME", requires = "preset", value_parser = presets::check_provider_name,
          help_heading = "Presets")]
    pub provider_name: Option<String>,
    /// A confidential client even where the preset makes a public one.
    #[arg(long, conflicts_with = "public", help_heading = "Presets")]
    pub confidential: bool,
    /// The client id the app sends: 3–128 letters, digits or `. _ ~ -` [default: a random UUID].
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// A public client (a single-page or native app): no secret, PKCE always required.
    #[arg(long)]
    pub public: bool,
    /// Where people may be sent back after signing in; repeat for several (at most 20). https,
    /// http on localhost/127.0.0.1/[::1] (any port), or an app scheme with a dot.
    #[arg(long = "redirect-uri", value_name = "URI")]
    pub redirect_uris: Vec<String>,
    /// Where people may be sent after logging out; repeat for several.
    #[arg(long = "post-logout-uri", value_name = "URI")]
    pub post_logout_uris: Vec<String>,
    /// A group (name or id) whose members may use the client; repeat for several [default:
    /// everyone].
    #[arg(long = "group", value_name = "GROUP")]
    pub groups: Vec<String>,
    /// Do not ask people to consent (for apps you run yourself).
    #[arg(long)]
    pub skip_consent: bool,
    /// Do not require PKCE (confidential clients only; for apps that cannot do PKCE).
    #[arg(long, conflicts_with = "public")]
    pub no_pkce: bool,
    /// Accept the `plain` PKCE method as well as S256 (for old apps that cannot hash).
    #[arg(long)]
    pub allow_plain_pkce: bool,
    /// Lifetime of access tokens, from 60s to 1d [default: 1h].
    #[arg(long, value_name = "LIFETIME", value_parser = parse_expires)]
    pub access_token_lifetime: Option<Duration>,
    /// Lifetime of refresh tokens, from 1m to 365d [default: 30d].
    #[arg(long, value_name = "LIFETIME", value_parser = parse_expires)]
    pub refresh_token_lifetime: Option<Duration>,
    /// How ID tokens are signed [default: ES256].
    #[arg(long, value_enum, value_name = "ALG")]
    pub alg: Option<SigningAlg>,
    /// A logo shown to people (an http or https URL).
    #[arg(long, value_name = "URL")]
    pub logo_url: Option<String>,
    /// The app's start page (an http or https URL).
    #[arg(long, value_name = "URL")]
    pub launch_url: Option<String>,
}

/// `pocketctl clients update …`
#[derive(Debug, Args)]
pub struct UpdateClientArgs {
    /// Client id or exact name of the client to change.
    pub client: String,
    /// New name shown to people.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Redirect URIs replacing the old ones; repeat for several.
    #[arg(long = "redirect-uri", value_name = "URI")]
    pub redirect_uris: Vec<String>,
    /// Post-logout redirect URIs replacing the old ones; repeat for several.
    #[arg(long = "post-logout-uri", value_name = "URI")]
    pub post_logout_uris: Vec<String>,
    /// Remove every post-logout redirect URI.
    #[arg(long, conflicts_with = "post_logout_uris")]
    pub no_post_logout_uris: bool,
    /// Groups (names or ids) allowed to use the client, replacing the old ones; repeat for several.
    #[arg(long = "group", value_name = "GROUP")]
    pub groups: Vec<String>,
    /// Let everyone use the client again (remove the allowed groups).
    #[arg(long, conflicts_with = "groups")]
    pub all_groups: bool,
    /// Skip (true) or ask for (false) consent.
    #[arg(long, value_name = "true|false")]
    pub skip_consent: Option<bool>,
    /// Require PKCE (true) or not (false; confidential clients only).
    #[arg(long, value_name = "true|false")]
    pub require_pkce: Option<bool>,
    /// Accept (true) or refuse (false) the `plain` PKCE method.
    #[arg(long, value_name = "true|false")]
    pub allow_plain_pkce: Option<bool>,
    /// Lifetime of access tokens, from 60s to 1d.
    #[arg(long, value_name = "LIFETIME", value_parser = parse_expires)]
    pub access_token_lifetime: Option<Duration>,
    /// Lifetime of refresh tokens, from 1m to 365d.
    #[arg(long, value_name = "LIFETIME", value_parser = parse_expires)]
    pub refresh_token_lifetime: Option<Duration>,
    /// How ID tokens are signed.
    #[arg(long, value_enum, value_name = "ALG")]
    pub alg: Option<SigningAlg>,
    /// New logo URL ("" removes it).
    #[arg(long, value_name = "URL")]
    pub logo_url: Option<String>,
    /// New start page URL ("" removes it).
    #[arg(long, value_name = "URL")]
    pub launch_url: Option<String>,
}

/// `pocketctl api-keys …`
#[derive(Debug, Subcommand)]
pub enum ApiKeysCommand {
    /// List API keys, newest first.
    List,
    /// Create an API key and print its secret (shown only this once).
    Create {
        /// What the key is for; unique among keys that are not revoked.
        #[arg(long, value_name = "NAME")]
        name: String,
        /// Lifetime, such as 30m, 24h, 90d or 1w2d [default: never expires].
        #[arg(long, value_name = "LIFETIME", value_parser = parse_expires)]
        expires: Option<Duration>,
    },
    /// Revoke an API key: programs using it stop working at once.
    Revoke {
        /// Key name or id.
        key: String,
    },
}

/// `pocketctl keys …`
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// List the signing keys: by algorithm the active key, the next key (already published),
    /// and retired keys with when they leave the JWKS.
    List,
    /// Rotate: the next key starts signing, the active one retires (tokens it signed stay
    /// valid until they expire) and a fresh next key is published. Asks first.
    Rotate {
        /// Rotate only this algorithm's keys [default: every algorithm in use].
        #[arg(long, value_enum, value_name = "ALG")]
        alg: Option<SigningAlg>,
    },
}

/// `pocketctl audit …`
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit events, newest first.
    List(AuditListArgs),
}

/// `pocketctl audit list …`
#[derive(Debug, Args)]
pub struct AuditListArgs {
    /// Only this action, e.g. user.create or group.member_add.
    #[arg(long, value_name = "ACTION")]
    pub action: Option<String>,
    /// Only events by this actor (a key name, a username, or local-admin).
    #[arg(long, value_name = "NAME")]
    pub actor: Option<String>,
    /// Only events on this target (its name or id).
    #[arg(long, value_name = "NAME")]
    pub target: Option<String>,
    /// Only events at or after this time (RFC 3339, e.g. 2026-01-31T00:00:00Z).
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub since: Option<DateTime<Utc>>,
    /// Only events before this time (RFC 3339).
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub until: Option<DateTime<Utc>>,
    /// Paging.
    #[command(flatten)]
    pub paging: PageArgs,
}

/// Parses `--preset`: a preset's name or alias; clap lists the names when it is neither.
fn preset_parser() -> impl TypedValueParser<Value = &'static Preset> {
    let names = presets::PRESETS.iter().map(|preset| {
        PossibleValue::new(preset.name)
            .aliases(preset.aliases.iter().copied())
            .help(preset.app)
    });
    PossibleValuesParser::new(names)
        .map(|name| presets::find(&name).expect("clap accepts only the presets' names"))
}

/// Parses `--expires` with the syntax the daemon uses too.
fn parse_expires(text: &str) -> Result<Duration, String> {
    parse_lifetime(text)
}

/// Parses `--keep-old`: a lifetime, or `0` for none.
fn parse_keep_old(text: &str) -> Result<Duration, String> {
    if text.trim() == "0" {
        return Ok(Duration::zero());
    }
    parse_lifetime(text)
}

/// Parses an RFC 3339 time such as `2026-01-31T10:00:00Z`.
fn parse_time(text: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(text)
        .map(|time| time.with_timezone(&Utc))
        .map_err(|err| format!("{err}; write it as RFC 3339, like 2026-01-31T10:00:00Z"))
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::{Cli, ClientsCommand, Command, GroupsCommand, InvitesCommand, command};

    #[test]
    fn the_command_definition_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn claims_need_exactly_one_owner() {
        let both = ["pocketctl", "claims", "list", "--user", "a", "--group", "b"];
        assert!(Cli::try_parse_from(both).is_err());
        assert!(Cli::try_parse_from(["pocketctl", "claims", "list"]).is_err());
        assert!(Cli::try_parse_from(["pocketctl", "claims", "list", "--user", "a"]).is_ok());
    }

    #[test]
    fn bad_values_are_usage_errors() {
        let expires = [
            "pocketctl",
            "api-keys",
            "create",
            "--name",
            "ci",
            "--expires",
            "soon",
        ];
        let err = Cli::try_parse_from(expires).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        let since = ["pocketctl", "audit", "list", "--since", "yesterday"];
        assert_eq!(Cli::try_parse_from(since).unwrap_err().exit_code(), 2);
        let server = ["pocketctl", "--server", "id.example.com", "login"];
        assert_eq!(Cli::try_parse_from(server).unwrap_err().exit_code(), 2);
    }

    #[test]
    fn global_flags_go_anywhere() {
        let cli = Cli::try_parse_from(["pocketctl", "groups", "add-member", "g", "a", "b", "-y"])
            .unwrap();
        assert!(cli.global.yes);
        match cli.command {
            Command::Groups(GroupsCommand::AddMember { users, .. }) => {
                assert_eq!(users, ["a", "b"])
            }
            other => panic!("parsed as {other:?}"),
        }
    }

    #[test]
    fn revoking_sessions_takes_one_id_or_all() {
        let parse = |args: &[&str]| {
            let mut full = vec!["pocketctl", "sessions", "revoke"];
            full.extend_from_slice(args);
            Cli::try_parse_from(full)
        };
        assert!(parse(&["alice", "s-1"]).is_ok());
        assert!(parse(&["alice", "--all"]).is_ok());
        assert_eq!(parse(&["alice"]).unwrap_err().exit_code(), 2);
        assert_eq!(
            parse(&["alice", "s-1", "--all"]).unwrap_err().exit_code(),
            2
        );
    }

    #[test]
    fn invite_and_login_code_lifetimes_are_checked_up_front() {
        for command in ["invite", "login-code"] {
            let ok = ["pocketctl", "users", command, "alice", "--expires", "1h30m"];
            assert!(Cli::try_parse_from(ok).is_ok());
            let bad = ["pocketctl", "users", command, "alice", "--expires", "later"];
            assert_eq!(Cli::try_parse_from(bad).unwrap_err().exit_code(), 2);
        }
    }

    #[test]
    fn sign_up_links_take_repeated_groups_and_checked_lifetimes() {
        let cli = Cli::try_parse_from([
            "pocketctl",
            "invites",
            "create",
            "--uses",
            "2",
            "--group",
            "family",
            "--group",
            "friends",
            "--expires",
            "2d",
        ])
        .unwrap();
        match cli.command {
            Command::Invites(InvitesCommand::Create {
                uses,
                expires,
                groups,
            }) => {
                assert_eq!(uses, Some(2));
                assert_eq!(expires.map(|e| e.num_days()), Some(2));
                assert_eq!(groups, ["family", "friends"]);
            }
            other => panic!("parsed as {other:?}"),
        }
        for bad in [
            &["--expires", "soon"][..],
            &["--expires", "0d"],
            &["--uses", "two"],
            &["--uses", "-1"],
        ] {
            let mut full = vec!["pocketctl", "invites", "create"];
            full.extend_from_slice(bad);
            assert_eq!(Cli::try_parse_from(full).unwrap_err().exit_code(), 2);
        }
        assert!(Cli::try_parse_from(["pocketctl", "invites", "revoke"]).is_err());
    }

    #[test]
    fn presets_parse_by_name_or_alias_and_need_a_url() {
        let parse = |args: &[&str]| {
            let mut full = vec!["pocketctl", "clients", "create"];
            full.extend_from_slice(args);
            Cli::try_parse_from(full)
        };
        let cli = parse(&["--preset", "gitea", "--url", "https://git.example.com"]).unwrap();
        match cli.command {
            Command::Clients(ClientsCommand::Create(args)) => {
                assert_eq!(args.preset.unwrap().name, "forgejo");
                assert!(args.name.is_none() && args.name_flag.is_none());
            }
            other => panic!("parsed as {other:?}"),
        }
        assert!(
            parse(&[
                "App",
                "--preset",
                "grafana",
                "--url",
                "https://g.example.com"
            ])
            .is_ok()
        );
        assert!(
            parse(&[
                "--name",
                "App",
                "--redirect-uri",
                "https://a.example.com/cb"
            ])
            .is_ok()
        );
        for bad in [
            &["--preset", "wordpress", "--url", "https://x.example.com"][..],
            &["--preset", "grafana"],
            &["--url", "https://x.example.com"],
            &["App", "--name", "Other"],
            &[],
            &[
                "--preset",
                "jellyfin",
                "--url",
                "https://x",
                "--provider-name",
                "a b",
            ],
            &[
                "--preset",
                "hass",
                "--url",
                "https://x",
                "--public",
                "--confidential",
            ],
        ] {
            let err = parse(bad).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad:?}");
        }
    }

    #[test]
    fn negative_claim_values_are_values() {
        let cli = Cli::try_parse_from(["pocketctl", "claims", "set", "--user", "a", "n", "-5"]);
        assert!(cli.is_ok());
    }
}
