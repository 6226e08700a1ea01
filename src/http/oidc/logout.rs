//! `GET|POST /end-session` (RP-initiated logout) and `POST /end-session/confirm`.

use askama::Template;
use poem::http::{StatusCode, header};
use poem::web::{Data, Redirect};
use poem::{Body, IntoResponse, Request, Response, handler};

use super::params;
use crate::domain::oidc::{LogoutParams, LogoutStep, PageError};
use crate::http::pages::{error_page, page_with_form_targets};
use crate::http::request::request_context;
use crate::http::webauthn::same_origin;
use crate::http::{AppState, session_cookie};

#[derive(Template)]
#[template(path = "logout.html")]
struct LogoutPage {
    confirm: bool,
    client_name: Option<String>,
    client_id: String,
    post_logout_redirect_uri: String,
    state: String,
    id_token_hint: String,
}

async fn read_params(req: &Request, body: Body) -> Result<LogoutParams, Response> {
    let parsed = if req.method() == poem::http::Method::POST {
        params::form(req, body).await
    } else {
        params::parse(req.uri().query().unwrap_or_default().as_bytes())
    };
    parsed
        .map(params::into)
        .map_err(|err| error_page(StatusCode::BAD_REQUEST, "Invalid request", &err.description))
}

fn show(
    state: &AppState,
    params: &LogoutParams,
    step: Result<LogoutStep, PageError>,
    signed_out: bool,
) -> Response {
    let target = params
        .post_logout_redirect_uri
        .as_deref()
        .map(super::authorize::form_target);
    let mut response = match step {
        Ok(LogoutStep::Confirm { client_name }) => page_with_form_targets(
            StatusCode::OK,
            LogoutPage {
                confirm: true,
                client_name,
                client_id: params.client_id.clone().unwrap_or_default(),
                post_logout_redirect_uri: params
                    .post_logout_redirect_uri
                    .clone()
                    .unwrap_or_default(),
                state: params.state.clone().unwrap_or_default(),
                id_token_hint: params.id_token_hint.clone().unwrap_or_default(),
            }
            .render(),
            target.as_slice(),
        ),
        Ok(LogoutStep::Done(Some(url))) => Redirect::see_other(url).into_response(),
        Ok(LogoutStep::Done(None)) => page_with_form_targets(
            StatusCode::OK,
            LogoutPage {
                confirm: false,
                client_name: None,
                client_id: String::new(),
                post_logout_redirect_uri: String::new(),
                state: String::new(),
                id_token_hint: String::new(),
            }
            .render(),
            &[],
        ),
        Err(err) => error_page(StatusCode::BAD_REQUEST, err.title, &err.message),
    };
    if signed_out {
        response.headers_mut().append(
            header::SET_COOKIE,
            session_cookie::clear(&state.config.public_url),
        );
    }
    response
}

/// Whether this request answers the confirmation page, or is the app's logout request.
#[derive(Clone, Copy)]
enum Stage {
    Request,
    Confirmed,
}

async fn handle(state: &AppState, req: &Request, body: Body, stage: Stage) -> Response {
    let params = match read_params(req, body).await {
        Ok(params) => params,
        Err(response) => return response,
    };
    let token = session_cookie::read(req, &state.config.public_url).map(str::to_owned);
    let session = crate::http::account::current(state, req).await.ok();
    let pair = session.as_ref().zip(token.as_deref());
    let context = request_context(req);
    let step = match stage {
        Stage::Request => state.domain.end_session(&params, pair, &context).await,
        Stage::Confirmed => {
            state
                .domain
                .confirm_end_session(&params, pair, &context)
                .await
        }
    };
    let signed_out = matches!(step, Ok(LogoutStep::Done(_))) && pair.is_some();
    show(state, &params, step, signed_out)
}

/// `GET|POST /end-session`
#[handler]
pub async fn end_session(state: Data<&AppState>, req: &Request, body: Body) -> Response {
    handle(&state, req, body, Stage::Request).await
}

/// `POST /end-session/confirm`: the logout page's answer.
#[handler]
pub async fn confirm(state: Data<&AppState>, req: &Request, body: Body) -> Response {
    if same_origin(req, &state).is_err() {
        return error_page(
            StatusCode::FORBIDDEN,
            "Request refused",
            "The sign-out form must be sent from this site.",
        );
    }
    handle(&state, req, body, Stage::Confirmed).await
}
