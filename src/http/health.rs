//! `/healthz`: whether the server can serve, database included.

use poem::http::StatusCode;
use poem::web::{Data, Json};
use poem::{IntoResponse, Response, handler};
use serde_json::json;

use super::AppState;

/// 200 `{"status":"ok"}` when the database answers, 503 otherwise. Not authenticated.
#[handler]
pub async fn healthz(state: Data<&AppState>) -> Response {
    match state.domain.health().await {
        Ok(()) => Json(json!({ "status": "ok" })).into_response(),
        Err(err) => {
            tracing::warn!(error = %err, "health check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "status": "unavailable", "reason": "database" })),
            )
                .into_response()
        }
    }
}
