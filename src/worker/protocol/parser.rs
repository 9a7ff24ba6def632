//! The parser worker's messages: one request, a query to rewrite for tracing its rows.

use serde::{Deserialize, Serialize};

use super::{Ask, Protocol};
use crate::core::lineage::Rewrite;

/// The parser worker (`src/bin/rewriter.rs`): the SQL parser that rewrites a query to trace
/// its rows, kept apart because it is big. The database worker starts it and asks it; the page
/// never talks to it.
pub struct ParserWorker;

impl Protocol for ParserWorker {
    type Request = RewriteQuery;
    type Response = Rewrite;
    type Event = ();
}

/// Rewrite a query so that it also returns its source rows' ids (see `core::lineage`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RewriteQuery {
    pub sql: String,
}

impl Ask<ParserWorker> for RewriteQuery {
    type Answer = Rewrite;
    fn answer(response: Rewrite) -> Option<Rewrite> {
        Some(response)
    }
}
