//! HTTP: the only module that knows poem. It builds the endpoint tree (admin API, its spec and
//! docs, the health check) over an [`AppState`], and renders domain results and errors.
//!
//! Handlers parse the request, call one domain function and render; they hold no rules.

mod account;
pub mod admin;
mod errors;
mod health;
pub mod metrics;
pub mod oidc;
mod pages;
mod rate_limit;
mod request;
mod session_cookie;
mod webauthn;

use std::sync::{Arc, OnceLock};

use poem::{Endpoint, EndpointExt, Route, delete, get, post};

pub use errors::ApiError;
pub use request::{MAX_BODY_BYTES, RequestInfo, client_ip};

use crate::config::Config;
use crate::domain::Domain;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The use cases.
    pub domain: Domain,
    /// The validated configuration.
    pub config: Arc<Config>,
    /// Limits on guessable requests, per client.
    pub limiter: Arc<rate_limit::RateLimiter>,
    /// The discovery document, rendered once.
    pub oidc_metadata: Arc<String>,
    /// The counters `/metrics` reports.
    pub metrics: Arc<metrics::Metrics>,
}

impl AppState {
    /// The state for `domain` and `config`.
    pub fn new(domain: Domain, config: Arc<Config>) -> Self {
        let metadata = oidc::discovery::document(&config.public_url).to_string();
        let limiter = Arc::new(rate_limit::RateLimiter::new(config.rate_limits));
        Self {
            domain,
            config,
            limiter,
            oidc_metadata: Arc::new(metadata),
            metrics: Arc::default(),
        }
    }
}

/// The admin API's OpenAPI document, rendered on first use. Rendering walks every schema: done
/// at start-up (for both listeners) it cost a daemon that is never asked for it about 3 MiB of
/// memory that the allocator kept.
static OPENAPI_JSON: OnceLock<String> = OnceLock::new();
/// The Swagger UI page with the document inlined, rendered on first use likewise.
static API_DOCS: OnceLock<String> = OnceLock::new();

/// `GET /api/v1/openapi.json`
#[poem::handler]
fn openapi_json() -> poem::Response {
    poem::Response::builder()
        .content_type("application/json")
        .body(OPENAPI_JSON.get_or_init(|| admin::service().spec()).clone())
}

/// `GET /api/docs`: Swagger UI over the admin API.
#[poem::handler]
fn api_docs() -> poem::web::Html<String> {
    poem::web::Html(
        API_DOCS
            .get_or_init(|| admin::service().swagger_ui_html())
            .clone(),
    )
}

/// The endpoint tree. `via_admin_socket` marks requests as coming from the local administrator,
/// for the listener on the admin socket only.
pub fn app(state: AppState, via_admin_socket: bool) -> impl Endpoint + 'static {
    let trusted = Arc::new(state.config.trusted_proxies.clone());
    let service = admin::service();
    let metrics = state.metrics.clone();
    let routes = Route::new()
        .at("/healthz", get(health::healthz).head(health::healthz))
        .at("/", get(pages::home))
        .at("/login", get(pages::login))
        .at(
            "/login/code",
            get(pages::login_code).post(account::sign_in_with_code),
        )
        .at("/invite/:token", get(pages::invite))
        .at("/setup/:token", get(pages::setup))
        .at("/signup/:token", get(pages::signup_with_link))
        .at("/signup", get(pages::signup_open))
        .at(
            "/webauthn/self-enrol/start",
            post(webauthn::self_enrol_start),
        )
        .at(
            "/webauthn/self-enrol/finish",
            post(webauthn::self_enrol_finish),
        )
        .at("/account", get(pages::account))
        .at("/static/app.css", get(pages::stylesheet))
        .at("/static/passkeys.js", get(pages::script))
        .at("/webauthn/enrol/start", post(webauthn::enrol_start))
        .at("/webauthn/enrol/finish", post(webauthn::enrol_finish))
        .at("/webauthn/sign-in/start", post(webauthn::sign_in_start))
        .at("/webauthn/sign-in/finish", post(webauthn::sign_in_finish))
        .at("/session", get(webauthn::current_session))
        .at("/sign-out", post(webauthn::sign_out))
        .at("/webauthn/add/start", post(account::add_start))
        .at("/webauthn/add/finish", post(account::add_finish))
        .at("/account/profile", poem::patch(account::update_profile))
        .at("/account/passkeys", get(account::passkeys))
        .at(
            "/account/passkeys/:id",
            poem::patch(account::rename_passkey).delete(account::delete_passkey),
        )
        .at("/account/sessions", get(account::sessions))
        .at("/account/sessions/:id", delete(account::end_session))
        .at(
            "/account/sign-out-everywhere",
            post(account::sign_out_everywhere),
        )
        .at(
            "/.well-known/openid-configuration",
            get(oidc::discovery::metadata),
        )
        .at(
            "/.well-known/oauth-authorization-server",
            get(oidc::discovery::metadata),
        )
        .at("/.well-known/jwks.json", get(oidc::token::jwks))
        .at(
            "/authorize",
            get(oidc::authorize::authorize).post(oidc::authorize::authorize),
        )
        .at("/authorize/resume", get(oidc::authorize::resume_endpoint))
        .at("/authorize/consent", post(oidc::authorize::consent))
        .at(
            "/token",
            post(oidc::token::token_endpoint).options(oidc::cors_preflight),
        )
        .at(
            "/userinfo",
            get(oidc::token::userinfo)
                .post(oidc::token::userinfo)
                .options(oidc::cors_preflight),
        )
        .at("/introspect", post(oidc::token::introspect))
        .at(
            "/revoke",
            post(oidc::token::revoke).options(oidc::cors_preflight),
        )
        .at(
            "/end-session",
            get(oidc::logout::end_session).post(oidc::logout::end_session),
        )
        .at("/end-session/confirm", post(oidc::logout::confirm))
        .at("/apps", get(pages::apps))
        // The original Pocket ID's paths, for apps configured with explicit endpoint URLs
        // rather than discovery, so they keep working after a move.
        .at(
            "/api/oidc/token",
            post(oidc::token::token_endpoint).options(oidc::cors_preflight),
        )
        .at(
            "/api/oidc/userinfo",
            get(oidc::token::userinfo)
                .post(oidc::token::userinfo)
                .options(oidc::cors_preflight),
        )
        .at("/api/oidc/introspect", post(oidc::token::introspect))
        .at(
            "/api/oidc/end-session",
            get(oidc::logout::end_session).post(oidc::logout::end_session),
        )
        .at("/api/v1/openapi.json", get(openapi_json))
        .at("/api/docs", get(api_docs))
        .at("/api/docs/", get(api_docs))
        .nest(crate::api::BASE_PATH, service);
    // Off, the route does not exist: a scanner learns nothing from a 401.
    let routes = if state.config.metrics {
        routes.at("/metrics", get(metrics::metrics))
    } else {
        routes
    };
    routes
        .data(state)
        .with(request::RequestLayer::new(trusted, via_admin_socket).counting_into(metrics))
}
