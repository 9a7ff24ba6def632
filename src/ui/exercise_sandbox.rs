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
//! let request = ExerciseSandbox::route(&sandbox, Request::ExplainPlan { sql });
//! ```

use leptos::prelude::*;

use crate::worker::Request;

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

    /// `request`, to be answered in `sandbox` when there is one.
    pub fn route(sandbox: &Option<Self>, request: Request) -> Request {
        match sandbox {
            Some(sandbox) => Request::InExercise {
                exercise: sandbox.exercise.clone(),
                setup: sandbox.setup.clone(),
                request: Box::new(request),
            },
            None => request,
        }
    }
}
