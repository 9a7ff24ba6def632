//! A statement's query plan drawn as a tree: full scans and index searches marked apart, and,
//! when the plan changed since it was last shown (an index was made in between), the plan
//! before beside the plan now.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::exercise_sandbox::ExerciseSandbox;
use super::workspace::Workspace;
use crate::core::plan::{PlanStep, QueryPlan, StepKind};
use crate::worker::ExplainPlan;

enum PlanState {
    Loading,
    Ready { before: Option<QueryPlan>, now: QueryPlan },
    Failed(String),
}

#[component]
pub fn PlanView(
    /// The statement to explain (it is not run again).
    sql: String,
) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let state = RwSignal::new(PlanState::Loading);
    let sandbox = ExerciseSandbox::here();
    spawn_local(async move {
        let next =
            match ExerciseSandbox::ask(sandbox, workspace.engine, ExplainPlan { sql: sql.clone() }).await {
                Ok(now) => {
                    let before =
                        workspace.plans.try_update_value(|plans| plans.insert(sql, now.clone())).flatten();
                    PlanState::Ready { before: before.filter(|b| *b != now), now }
                }
                Err(message) => PlanState::Failed(message),
            };
        state.set(next);
    });
    move || {
        state.with(|state| match state {
            PlanState::Loading => view! { <p class="plan-note">"Asking SQLite for the plan…"</p> }.into_any(),
            PlanState::Failed(message) => view! {
                <p class="error" role="alert">
                    {message.clone()}
                </p>
            }
            .into_any(),
            PlanState::Ready { before: None, now } => view! {
                <section class="plan" aria-label="Query plan">
                    <h4>"Query plan"</h4>
                    {summary(now)}
                    {tree(now, 0)}
                </section>
            }
            .into_any(),
            PlanState::Ready { before: Some(before), now } => view! {
                <section class="plan plan-compare" aria-label="Query plan, before and now">
                    <div class="plan-side" aria-label="Before">
                        <h4>"Before"</h4>
                        {summary(before)}
                        {tree(before, 0)}
                    </div>
                    <div class="plan-side" aria-label="Now">
                        <h4>"Now"</h4>
                        {summary(now)}
                        {tree(now, 0)}
                    </div>
                </section>
            }
            .into_any(),
        })
    }
}

/// One line on what the plan costs: how many tables it reads whole.
fn summary(plan: &QueryPlan) -> impl IntoView + use<> {
    let text = match plan.scans() {
        0 => "No full table scan: every table is reached through an index or its key.".to_owned(),
        1 => "One table is read row by row (SCAN).".to_owned(),
        n => format!("{n} tables are read row by row (SCAN)."),
    };
    view! { <p class="plan-note">{text}</p> }
}

/// The steps under `parent`, nested.
fn tree(plan: &QueryPlan, parent: i64) -> AnyView {
    let items = plan.children(parent).map(|step| node(plan, step)).collect::<Vec<_>>();
    if items.is_empty() { ().into_any() } else { view! { <ul class="plan-tree">{items}</ul> }.into_any() }
}

fn node(plan: &QueryPlan, step: &PlanStep) -> impl IntoView + use<> {
    let (class, tag) = match step.kind {
        StepKind::Scan => ("scan", "full scan"),
        StepKind::Search => ("search", "index"),
        StepKind::TempBTree => ("temp", "sorts"),
        StepKind::Other => ("other", ""),
    };
    let tag = (!tag.is_empty()).then(|| view! { <span class="plan-tag">{tag}</span> });
    view! {
        <li class=format!("plan-step {class}")>
            <span class="plan-detail">{step.detail.clone()}</span>
            {tag}
            {tree(plan, step.id)}
        </li>
    }
}
