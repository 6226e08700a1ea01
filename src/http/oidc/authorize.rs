//! `GET|POST /authorize`, `GET /authorize/resume` (back from the sign-in page) and
//! `POST /authorize/consent` (the consent page's answer).

use askama::Template;
use poem::http::StatusCode;
use poem::web::{Data, Redirect};
use poem::{Body, IntoResponse, Request, Response, handler};
use serde_json::Value;

use super::params;
use crate::domain::UserSession;
use crate::domain::oidc::{
    AuthorizationResponse, AuthorizeParams, AuthorizeStep, PageError, ResponseMode,
};
use crate::http::AppState;
use crate::http::pages::{error_page, page_with_form_targets};
use crate::http::request::request_context;
use crate::http::webauthn::same_origin;

#[derive(Template)]
#[template(path = "consent.html")]
struct ConsentPage {
    interaction: String,
    client_name: String,
    logo_url: Option<String>,
    client_origin: String,
    display_name: String,
    username: String,
    scopes: Vec<&'static str>,
}

#[derive(Template)]
#[template(path = "form_post.html")]
struct FormPostPage {
    action: String,
    params: Vec<(&'static str, String)>,
}

/// Where a form may go to reach `uri`: its origin, or its scheme for an app's own scheme.
pub(super) fn form_target(uri: &str) -> String {
    match url::Url::parse(uri) {
        Ok(url) if url.host().is_some() => url.origin().ascii_serialization(),
        Ok(url) => format!("{}:", url.scheme()),
        Err(_) => "'none'".into(),
    }
}

fn respond(response: AuthorizationResponse) -> Response {
    match response.mode {
        ResponseMode::Query | ResponseMode::Fragment => {
            Redirect::see_other(response.redirect_url()).into_response()
        }
        ResponseMode::FormPost => {
            let target = form_target(&response.redirect_uri);
            page_with_form_targets(
                StatusCode::OK,
                FormPostPage {
                    action: response.redirect_uri,
                    params: response.params,
                }
                .render(),
                &[target],
            )
        }
    }
}

fn show(step: Result<AuthorizeStep, PageError>) -> Response {
    match step {
        Ok(AuthorizeStep::Respond(response)) => respond(response),
        Ok(AuthorizeStep::SignIn {
            interaction,
            login_hint,
        }) => {
            let back = format!("/authorize/resume?interaction={interaction}");
            let mut query = url::form_urlencoded::Serializer::new(String::new());
            query.append_pair("return_to", &back);
            if let Some(hint) = login_hint {
                query.append_pair("login_hint", &hint);
            }
            Redirect::see_other(format!("/login?{}", query.finish())).into_response()
        }
        Ok(AuthorizeStep::Consent(view)) => {
            let target = form_target(&view.client_origin);
            page_with_form_targets(
                StatusCode::OK,
                ConsentPage {
                    interaction: view.interaction,
                    client_name: view.client_name,
                    logo_url: view.logo_url,
                    client_origin: view.client_origin,
                    display_name: view.display_name,
                    username: view.username,
                    scopes: view.scopes,
                }
                .render(),
                &[target],
            )
        }
        Err(err) => error_page(StatusCode::BAD_REQUEST, err.title, &err.message),
    }
}

async fn session(state: &AppState, req: &Request) -> Option<UserSession> {
    crate::http::account::current(state, req).await.ok()
}

/// `GET /authorize` and `POST /authorize` (OIDC Core §3.1.2.1 allows both).
#[handler]
pub async fn authorize(state: Data<&AppState>, req: &Request, body: Body) -> Response {
    let parsed = if req.method() == poem::http::Method::POST {
        params::form(req, body).await
    } else {
        params::parse(req.uri().query().unwrap_or_default().as_bytes())
    };
    let params: AuthorizeParams = match parsed {
        Ok(map) => params::into(map),
        Err(err) => {
            return error_page(StatusCode::BAD_REQUEST, "Invalid request", &err.description);
        }
    };
    let session = session(&state, req).await;
    show(
        state
            .domain
            .authorize(&params, session.as_ref(), &request_context(req))
            .await,
    )
}

fn interaction_of(map: &serde_json::Map<String, Value>) -> Option<String> {
    map.get("interaction")
        .and_then(Value::as_str)
        .map(str::to_owned)
}

/// `GET /authorize/resume?interaction=…`
#[handler]
pub async fn resume_endpoint(state: Data<&AppState>, req: &Request) -> Response {
    let Some(interaction) = params::parse(req.uri().query().unwrap_or_default().as_bytes())
        .ok()
        .as_ref()
        .and_then(interaction_of)
    else {
        return error_page(
            StatusCode::BAD_REQUEST,
            "Invalid request",
            "The sign-in request is missing. Go back to the app and start again.",
        );
    };
    let session = session(&state, req).await;
    show(
        state
            .domain
            .resume_authorization(&interaction, session.as_ref(), &request_context(req))
            .await,
    )
}

/// `POST /authorize/consent`
#[handler]
pub async fn consent(state: Data<&AppState>, req: &Request, body: Body) -> Response {
    if same_origin(req, &state).is_err() {
        return error_page(
            StatusCode::FORBIDDEN,
            "Request refused",
            "The consent form must be sent from this site.",
        );
    }
    let form = match params::form(req, body).await {
        Ok(form) => form,
        Err(err) => {
            return error_page(StatusCode::BAD_REQUEST, "Invalid request", &err.description);
        }
    };
    let (Some(interaction), Some(decision)) = (
        interaction_of(&form),
        form.get("decision").and_then(Value::as_str),
    ) else {
        return error_page(
            StatusCode::BAD_REQUEST,
            "Invalid request",
            "The consent form is incomplete. Go back to the app and start again.",
        );
    };
    let approved = match decision {
        "allow" => true,
        "deny" => false,
        _ => {
            return error_page(
                StatusCode::BAD_REQUEST,
                "Invalid request",
                "Choose Allow or Deny.",
            );
        }
    };
    let Some(session) = session(&state, req).await else {
        // Signed out in another tab meanwhile: sign in, then see the question again.
        let back = format!("/authorize/resume?interaction={interaction}");
        let query = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("return_to", &back)
            .finish();
        return Redirect::see_other(format!("/login?{query}")).into_response();
    };
    show(
        state
            .domain
            .decide_consent(&interaction, approved, &session, &request_context(req))
            .await,
    )
}
