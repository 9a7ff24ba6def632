//! Query plans: SQLite's `EXPLAIN QUERY PLAN` as a tree, each step marked as a full scan, an
//! index search or a temporary b-tree, so a learner sees what an index changes.

use serde::{Deserialize, Serialize};

/// What a plan step does to find its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepKind {
    /// Reads every row of a table (`SCAN`): slow on big tables.
    Scan,
    /// Looks rows up through an index or the primary key (`SEARCH`).
    Search,
    /// Builds a temporary b-tree to sort or group (`USE TEMP B-TREE`).
    TempBTree,
    /// Anything else: compound queries, subqueries, co-routines.
    Other,
}

impl StepKind {
    /// The kind of a plan line, from its wording.
    pub fn of(detail: &str) -> Self {
        if detail.starts_with("SCAN") {
            Self::Scan
        } else if detail.starts_with("SEARCH") {
            Self::Search
        } else if detail.starts_with("USE TEMP B-TREE") {
            Self::TempBTree
        } else {
            Self::Other
        }
    }
}

/// One line of `EXPLAIN QUERY PLAN`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanStep {
    pub id: i64,
    /// The step this one belongs under; 0 for the top level.
    pub parent: i64,
    pub detail: String,
    pub kind: StepKind,
}

/// A statement's plan, in SQLite's order (a parent always comes before its children).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QueryPlan {
    pub steps: Vec<PlanStep>,
}

impl QueryPlan {
    /// The steps directly under `parent` (0 for the top level), in order.
    pub fn children(&self, parent: i64) -> impl Iterator<Item = &PlanStep> {
        self.steps.iter().filter(move |s| s.parent == parent)
    }

    /// How many steps read a whole table.
    pub fn scans(&self) -> usize {
        self.steps.iter().filter(|s| s.kind == StepKind::Scan).count()
    }

    /// The steps' details, for telling two plans apart at a glance.
    pub fn details(&self) -> Vec<&str> {
        self.steps.iter().map(|s| s.detail.as_str()).collect()
    }
}

/// The plan of the first statement in `sql`, without running it.
#[cfg(feature = "engine")]
pub fn explain(conn: &rusqlite::Connection, sql: &str) -> Result<QueryPlan, String> {
    use super::database::sqlite_message;
    use super::script::split_statements;

    let statement = split_statements(sql)
        .into_iter()
        .map(|range| sql[range].trim())
        .find(|s| !s.is_empty())
        .ok_or_else(|| "there is no statement to explain".to_owned())?;
    let mut prepared =
        conn.prepare(&format!("EXPLAIN QUERY PLAN {statement}")).map_err(|e| sqlite_message(&e))?;
    let steps = prepared
        .query_map([], |row| {
            let detail: String = row.get(3)?;
            Ok(PlanStep { id: row.get(0)?, parent: row.get(1)?, kind: StepKind::of(&detail), detail })
        })
        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
        .map_err(|e| sqlite_message(&e))?;
    Ok(QueryPlan { steps })
}
