//! HTTP: the only module that knows poem. It builds the endpoint tree (admin API, its spec and
//! docs, the health check) over an [`AppState`], and renders domain results and errors.
//!
//! Handlers parse the request, call one domain function and render; they hold no rules.

pub mod admin;
mod errors;
mod health;
mod request;
mod session_cookie;
mod webauthn;

use std::sync::Arc;

use poem::{Endpoint, EndpointExt, Route, get, post};

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
}

/// The endpoint tree. `via_admin_socket` marks requests as coming from the local administrator,
/// for the listener on the admin socket only.
pub fn app(state: AppState, via_admin_socket: bool) -> impl Endpoint + 'static {
    let trusted = Arc::new(state.config.trusted_proxies.clone());
    let service = admin::service();
    let spec = service.spec_endpoint();
    let docs = service.swagger_ui();
    Route::new()
        .at("/healthz", get(health::healthz).head(health::healthz))
        .at("/webauthn/enrol/start", post(webauthn::enrol_start))
        .at("/webauthn/enrol/finish", post(webauthn::enrol_finish))
        .at("/webauthn/sign-in/start", post(webauthn::sign_in_start))
        .at("/webauthn/sign-in/finish", post(webauthn::sign_in_finish))
        .at("/session", get(webauthn::current_session))
        .at("/sign-out", post(webauthn::sign_out))
        .at("/api/v1/openapi.json", spec)
        .nest("/api/docs", docs)
        .nest(crate::api::BASE_PATH, service)
        .data(state)
        .with(request::RequestLayer::new(trusted, via_admin_socket))
}
