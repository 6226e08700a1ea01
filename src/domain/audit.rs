//! Reading the audit log.

use super::{AdminPrincipal, Domain, Error, Result};
use crate::model::{AuditEntry, Page, PageRequest};
use crate::store::AuditFilter;

impl Domain {
    /// Lists audit events, newest first.
    pub async fn list_audit(
        &self,
        _admin: &AdminPrincipal,
        filter: AuditFilter,
        page: PageRequest,
    ) -> Result<Page<AuditEntry>> {
        if let (Some(since), Some(until)) = (filter.since, filter.until)
            && since >= until
        {
            return Err(Error::invalid("since", "`since` must be before `until`"));
        }
        Ok(self.store.list_audit(&filter, page).await?)
    }
}
