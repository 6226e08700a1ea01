//! The HTTP edge of failures: one exhaustive mapping from [`domain::Error`] to a status and an
//! [`ErrorCode`], and the JSON body every admin API error is answered with.

use poem::http::StatusCode;
use poem::{IntoResponse, Response};
use poem_openapi::ApiResponse;
use poem_openapi::ResponseContent;
use poem_openapi::payload::Json;
use poem_openapi::registry::{MetaResponse, MetaResponses, Registry};

use crate::api::{ErrorBody, ErrorCode};
use crate::domain;

use super::request::current_request_id;

/// An admin API failure: a status, a machine code and a message for people.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The machine code.
    pub code: ErrorCode,
    /// What went wrong, for people.
    pub message: String,
}

impl ApiError {
    /// An error with this status, code and message.
    pub fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    /// The JSON body of this error for the current request.
    pub fn body(&self) -> ErrorBody {
        ErrorBody {
            code: self.code,
            message: self.message.clone(),
            request_id: current_request_id(),
        }
    }

    /// The error a status from outside our handlers stands for (a malformed body, an unknown
    /// route, …), keeping the message poem gave for client errors.
    pub fn from_status(status: StatusCode, message: String) -> Self {
        let code = match status {
            StatusCode::BAD_REQUEST => ErrorCode::BadRequest,
            StatusCode::UNAUTHORIZED => ErrorCode::Unauthorized,
            StatusCode::FORBIDDEN => ErrorCode::Forbidden,
            StatusCode::NOT_FOUND => ErrorCode::NotFound,
            StatusCode::METHOD_NOT_ALLOWED => ErrorCode::MethodNotAllowed,
            StatusCode::CONFLICT => ErrorCode::Conflict,
            StatusCode::PAYLOAD_TOO_LARGE => ErrorCode::PayloadTooLarge,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => ErrorCode::UnsupportedMediaType,
            StatusCode::UNPROCESSABLE_ENTITY => ErrorCode::InvalidInput,
            StatusCode::TOO_MANY_REQUESTS => ErrorCode::RateLimited,
            StatusCode::SERVICE_UNAVAILABLE => ErrorCode::Unavailable,
            s if s.is_client_error() => ErrorCode::BadRequest,
            _ => ErrorCode::Internal,
        };
        let message = match code {
            ErrorCode::Internal => internal_message(),
            ErrorCode::NotFound if message.trim().is_empty() => "no such API path".into(),
            ErrorCode::MethodNotAllowed if message.trim().is_empty() => {
                "this method is not allowed on this path".into()
            }
            _ if message.trim().is_empty() => status
                .canonical_reason()
                .unwrap_or("request failed")
                .to_owned(),
            _ => message,
        };
        Self::new(status, code, message)
    }
}

fn internal_message() -> String {
    format!(
        "internal error; the server log has the details under request id {}",
        current_request_id()
    )
}

impl From<domain::Error> for ApiError {
    fn from(err: domain::Error) -> Self {
        use domain::Error as E;
        match err {
            E::Invalid { message, .. } => Self::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::InvalidInput,
                message,
            ),
            E::NotFound { .. } => {
                Self::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, err.to_string())
            }
            E::Conflict { message, .. } => {
                Self::new(StatusCode::CONFLICT, ErrorCode::Conflict, message)
            }
            E::Unauthorized(failure) => Self::new(
                StatusCode::UNAUTHORIZED,
                ErrorCode::Unauthorized,
                failure.to_string(),
            ),
            E::PasskeyRejected(message) => Self::new(
                StatusCode::UNAUTHORIZED,
                ErrorCode::PasskeyRejected,
                message,
            ),
            E::LinkUnusable => {
                Self::new(StatusCode::GONE, ErrorCode::LinkUnusable, err.to_string())
            }
            E::Keys(source) => {
                tracing::error!(error = %source, "signing key failure");
                Self::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ErrorCode::Internal,
                    internal_message(),
                )
            }
            E::Store(source) => {
                tracing::error!(error = %source, "store failure");
                Self::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ErrorCode::Internal,
                    internal_message(),
                )
            }
        }
    }
}

impl poem::error::ResponseError for ApiError {
    fn status(&self) -> StatusCode {
        self.status
    }

    fn as_response(&self) -> Response {
        let mut response = Json(self.body()).into_response();
        response.set_status(self.status);
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                poem::http::header::WWW_AUTHENTICATE,
                poem::http::HeaderValue::from_static("Bearer realm=\"pocket-id\""),
            );
        }
        response
    }
}

/// The statuses every admin operation may fail with, for the spec.
const DOCUMENTED: &[(u16, &str)] = &[
    (
        400,
        "The request is malformed: bad JSON, an unknown field, a wrong type.",
    ),
    (
        401,
        "No API key, or one that is unknown, expired or revoked.",
    ),
    (404, "The named resource does not exist."),
    (409, "A uniqueness rule would be broken."),
    (413, "The request body is too large."),
    (415, "The request body is not JSON."),
    (
        422,
        "A value breaks a rule; the message names it and the fix.",
    ),
    (500, "The server failed; quote the request id."),
];

impl ApiResponse for ApiError {
    fn meta() -> MetaResponses {
        MetaResponses {
            responses: DOCUMENTED
                .iter()
                .map(|(status, description)| MetaResponse {
                    description,
                    status: Some(*status),
                    status_range: None,
                    content: <Json<ErrorBody> as ResponseContent>::media_types(),
                    headers: Vec::new(),
                })
                .collect(),
        }
    }

    fn register(registry: &mut Registry) {
        <Json<ErrorBody> as ResponseContent>::register(registry);
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        poem::error::ResponseError::as_response(&self)
    }
}
