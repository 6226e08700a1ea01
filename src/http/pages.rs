//! The server-rendered pages: sign-in, login code, invite, account, and errors. Templates are
//! askama files in `templates/`, compiled into the binary with the one stylesheet and script.

use askama::Template;
use poem::http::{HeaderValue, StatusCode, header};
use poem::web::{Data, Path, Query, Redirect};
use poem::{IntoResponse, Request, Response, handler};
use serde::Deserialize;

use super::AppState;
use crate::domain::{Error, SelfEnrolment};

/// No inline script or style, nothing from elsewhere but app logos, no framing.
const PAGE_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; \
     connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const APP_CSS: &str = include_str!("../../templates/static/app.css");
const PASSKEYS_JS: &str = include_str!("../../templates/static/passkeys.js");

fn page(status: StatusCode, body: Result<String, askama::Error>) -> Response {
    page_with_form_targets(status, body, &[])
}

/// A page whose forms may also be sent (or redirected after sending) to `form_targets`: the
/// consent and logout pages end in a redirect to the app, which `form-action` governs too.
pub(super) fn page_with_form_targets(
    status: StatusCode,
    body: Result<String, askama::Error>,
    form_targets: &[String],
) -> Response {
    match body {
        Ok(html) => {
            let mut response = html.into_response();
            response.set_status(status);
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            let csp = if form_targets.is_empty() {
                HeaderValue::from_static(PAGE_CSP)
            } else {
                let targets = form_targets.join(" ");
                HeaderValue::from_str(&PAGE_CSP.replace(
                    "form-action 'self'",
                    &format!("form-action 'self' {targets}"),
                ))
                .unwrap_or(HeaderValue::from_static(PAGE_CSP))
            };
            headers.insert(header::CONTENT_SECURITY_POLICY, csp);
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(err) => {
            tracing::error!(error = %err, "template failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    title: &'a str,
    message: &'a str,
}

pub(super) fn error_page(status: StatusCode, title: &str, message: &str) -> Response {
    page(status, ErrorPage { title, message }.render())
}

/// Only paths of this site are followed after sign-in (no open redirect).
fn return_path(candidate: Option<&str>) -> String {
    match candidate {
        // Browsers drop tabs and newlines inside URLs and read a backslash as a slash, so either
        // could turn a local path into `//elsewhere`.
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path
                    .chars()
                    .any(|c| c.is_control() || c == '\\' || c == ' ') =>
        {
            path.to_owned()
        }
        _ => "/account".into(),
    }
}

/// Query of the sign-in pages.
#[derive(Deserialize)]
pub struct SignInQuery {
    return_to: Option<String>,
    code: Option<String>,
    /// An app's `login_hint`, to prefill the username.
    login_hint: Option<String>,
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    return_to: String,
    login_hint: String,
}

/// `GET /login`
#[handler]
pub async fn login(query: Query<SignInQuery>) -> Response {
    page(
        StatusCode::OK,
        LoginPage {
            return_to: return_path(query.return_to.as_deref()),
            login_hint: query
                .login_hint
                .as_deref()
                .unwrap_or_default()
                .chars()
                .filter(|c| !c.is_control())
                .take(100)
                .collect(),
        }
        .render(),
    )
}

#[derive(Template)]
#[template(path = "login_code.html")]
struct CodePage {
    return_to: String,
    code: String,
}

/// `GET /login/code`
#[handler]
pub async fn login_code(query: Query<SignInQuery>) -> Response {
    page(
        StatusCode::OK,
        CodePage {
            return_to: return_path(query.return_to.as_deref()),
            code: query
                .code
                .clone()
                .unwrap_or_default()
                .chars()
                .take(12)
                .collect(),
        }
        .render(),
    )
}

#[derive(Template)]
#[template(path = "invite.html")]
struct InvitePage {
    token: String,
    username: String,
    display_name: String,
}

/// `GET /invite/{token}`
#[handler]
pub async fn invite(state: Data<&AppState>, token: Path<String>) -> Response {
    match state.domain.enrolment_user(&token).await {
        Ok(user) => page(
            StatusCode::OK,
            InvitePage {
                token: token.0,
                username: user.username.to_string(),
                display_name: user.display_name(),
            }
            .render(),
        ),
        Err(Error::LinkUnusable) => error_page(
            StatusCode::GONE,
            "This link no longer works",
            "Invite links work once and expire. Ask your administrator for a new one.",
        ),
        Err(err) => {
            tracing::error!(error = %err, "invite page failed");
            error_page(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Something went wrong",
                "Please try again later.",
            )
        }
    }
}

struct PasskeyRow {
    id: String,
    name: String,
    created: String,
    last_used: String,
    synced: bool,
}

struct SessionRow {
    id: String,
    current: bool,
    device: String,
    method: &'static str,
    created: String,
    ip: String,
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    display_name: String,
    custom_display_name: String,
    username: String,
    email: String,
    first_name: String,
    last_name: String,
    passkeys: Vec<PasskeyRow>,
    sessions: Vec<SessionRow>,
}

fn when(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// A short description of a browser from its user agent.
fn device(user_agent: Option<&str>) -> String {
    let Some(ua) = user_agent else {
        return "Unknown browser".into();
    };
    let browser = ["Edg/", "Firefox/", "Chrome/", "Safari/"]
        .into_iter()
        .find(|b| ua.contains(b))
        .map(|b| match b {
            "Edg/" => "Edge",
            "Firefox/" => "Firefox",
            "Chrome/" => "Chrome",
            _ => "Safari",
        });
    let system = [
        ("Android", "Android"),
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Mac OS X", "macOS"),
        ("Windows", "Windows"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(needle, _)| ua.contains(needle))
    .map(|(_, name)| name);
    match (browser, system) {
        (Some(b), Some(s)) => format!("{b} on {s}"),
        (Some(b), None) => b.to_owned(),
        _ => ua.chars().take(40).collect(),
    }
}

fn name_or_empty(name: Option<&crate::model::PersonName>) -> String {
    name.map(|n| n.as_str().to_owned()).unwrap_or_default()
}

/// `GET /account`
#[handler]
pub async fn account(state: Data<&AppState>, req: &Request) -> Response {
    let Ok(me) = super::account::current(&state, req).await else {
        return Redirect::see_other("/login?return_to=/account").into_response();
    };
    let (passkeys, sessions) = match (
        state.domain.my_passkeys(&me).await,
        state.domain.my_sessions(&me).await,
    ) {
        (Ok(p), Ok(s)) => (p, s),
        (Err(err), _) | (_, Err(err)) => {
            tracing::error!(error = %err, "account page failed");
            return error_page(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Something went wrong",
                "Please try again later.",
            );
        }
    };
    page(
        StatusCode::OK,
        AccountPage {
            display_name: me.user.display_name(),
            custom_display_name: name_or_empty(me.user.display_name.as_ref()),
            username: me.user.username.to_string(),
            email: me
                .user
                .email
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            first_name: name_or_empty(me.user.first_name.as_ref()),
            last_name: name_or_empty(me.user.last_name.as_ref()),
            passkeys: passkeys
                .into_iter()
                .map(|p| PasskeyRow {
                    id: p.id.to_string(),
                    name: p.name,
                    created: when(p.created_at),
                    last_used: p.last_used_at.map_or_else(|| "never".into(), when),
                    synced: p.backup_state,
                })
                .collect(),
            sessions: sessions
                .into_iter()
                .map(|s| SessionRow {
                    current: s.id == me.session.id,
                    id: s.id.to_string(),
                    device: device(s.user_agent.as_deref()),
                    method: match s.method {
                        crate::model::SignInMethod::Passkey => "passkey",
                        crate::model::SignInMethod::OneTimeCode => "login code",
                    },
                    created: when(s.created_at),
                    ip: s.ip.unwrap_or_else(|| "unknown address".into()),
                })
                .collect(),
        }
        .render(),
    )
}

/// `GET /`: the account when signed in, else sign-in.
#[handler]
pub async fn home(state: Data<&AppState>, req: &Request) -> Redirect {
    match super::account::current(&state, req).await {
        Ok(_) => Redirect::see_other("/account"),
        Err(_) => Redirect::see_other("/login"),
    }
}

fn asset(body: &'static str, content_type: &'static str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    response
}

/// `GET /static/app.css`
#[handler]
pub fn stylesheet() -> Response {
    asset(APP_CSS, "text/css; charset=utf-8")
}

/// `GET /static/passkeys.js`
#[handler]
pub fn script() -> Response {
    asset(PASSKEYS_JS, "text/javascript; charset=utf-8")
}

#[derive(Template)]
#[template(path = "signup.html")]
struct SignUpPage<'a> {
    title: &'a str,
    intro: &'a str,
    via: &'a str,
    token: String,
}

async fn self_enrolment_page(state: &AppState, via: SelfEnrolment<'_>) -> Response {
    match state.domain.self_enrolment_link(via).await {
        Ok(_) => {
            let (title, intro, name, token) = match via {
                SelfEnrolment::Setup(token) => (
                    "Set up Pocket ID",
                    "Create the first administrator's account, then a passkey to sign in with.",
                    "setup",
                    token,
                ),
                SelfEnrolment::SignUpLink(token) => (
                    "Create your account",
                    "Choose a username, then create a passkey to sign in with.",
                    "signup",
                    token,
                ),
                SelfEnrolment::Open => (
                    "Create your account",
                    "Choose a username, then create a passkey to sign in with.",
                    "open",
                    "",
                ),
            };
            page(
                StatusCode::OK,
                SignUpPage {
                    title,
                    intro,
                    via: name,
                    token: token.to_owned(),
                }
                .render(),
            )
        }
        Err(Error::LinkUnusable) => error_page(
            StatusCode::GONE,
            "This link no longer works",
            "It was used up, has expired, or sign-up is turned off. Ask your administrator for a new one.",
        ),
        Err(err) => {
            tracing::error!(error = %err, "sign-up page failed");
            error_page(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Something went wrong",
                "Please try again later.",
            )
        }
    }
}

/// `GET /setup/{token}`: the first administrator's enrolment.
#[handler]
pub async fn setup(state: Data<&AppState>, token: Path<String>) -> Response {
    self_enrolment_page(&state, SelfEnrolment::Setup(&token)).await
}

/// `GET /signup/{token}`: sign-up with a link.
#[handler]
pub async fn signup_with_link(state: Data<&AppState>, token: Path<String>) -> Response {
    self_enrolment_page(&state, SelfEnrolment::SignUpLink(&token)).await
}

/// `GET /signup`: open sign-up, when the configuration allows it.
#[handler]
pub async fn signup_open(state: Data<&AppState>) -> Response {
    self_enrolment_page(&state, SelfEnrolment::Open).await
}

struct AppLink {
    name: String,
    launch_url: String,
    logo_url: Option<String>,
}

#[derive(Template)]
#[template(path = "apps.html")]
struct AppsPage {
    apps: Vec<AppLink>,
}

/// `GET /apps`: the apps the signed-in person may use that have a launch URL.
#[handler]
pub async fn apps(state: Data<&AppState>, req: &Request) -> Response {
    let Ok(me) = super::account::current(&state, req).await else {
        return Redirect::see_other("/login?return_to=/apps").into_response();
    };
    match state.domain.my_apps(&me).await {
        Ok(clients) => page(
            StatusCode::OK,
            AppsPage {
                apps: clients
                    .into_iter()
                    .filter_map(|client| {
                        Some(AppLink {
                            launch_url: client.launch_url?,
                            name: client.name,
                            logo_url: client.logo_url,
                        })
                    })
                    .collect(),
            }
            .render(),
        ),
        Err(err) => {
            tracing::error!(error = %err, "apps page failed");
            error_page(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Something went wrong",
                "Please try again later.",
            )
        }
    }
}
