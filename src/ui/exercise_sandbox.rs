//! An exercise's sandbox as the page sees it: which exercise a result came from, so that what
//! is asked of that result afterwards (its CSV, its plan, its traced rows) is answered on the
//! same data, not on the lesson's database.
//!
//! ```ignore
//! // In the exercise: what is drawn inside routes its requests to the sandbox. (A component
//! // has no owner of its own: `provide_context` there would reach the whole lesson.)
//! view! { <Provider value=ExerciseSandbox { exercise: id, setup }>{output}</Provider> }
//! // In a result view, where the component is made:
//! let sandbox = ExerciseSandbox::here();
//! let plan = ExerciseSandbox::ask(sandbox, engine, ExplainPlan { sql }).await?;
//! ```

use leptos::prelude::*;

use super::engine::Engine;
use crate::worker::{Ask, DatabaseWorker, Sandboxed};

#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseSandbox {
    pub exercise: String,
    /// The exercise's setup, which makes the sandbox the first time it is used.
    pub setup: String,
}

impl ExerciseSandbox {
    /// The sandbox of the exercise being drawn, if any. Call it where a component is made: it
    /// reads the context, which is gone once an async task runs.
    pub fn here() -> Option<Self> {
        use_context::<Self>()
    }

    /// Asks `request` of the database, answered in `sandbox` when there is one.
    pub async fn ask<A: Ask<DatabaseWorker> + 'static>(
        sandbox: Option<Self>,
        engine: Engine,
        request: A,
    ) -> Result<A::Answer, String> {
        match sandbox {
            Some(Self { exercise, setup }) => engine.ask(Sandboxed { exercise, setup, request }).await,
            None => engine.ask(request).await,
        }
    }
}
