//! The update-anomaly widget: the same change made to two layouts of the data, side by side,
//! with the rows each had to touch counted and shown; then undone, so the lesson's data stays
//! as it was.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::changes_view::ChangesView;
use super::workspace::Workspace;
use crate::core::ScriptOutcome;
use crate::core::format::thousands;
use crate::core::side_by_side::{Side, parse_sides};
use crate::worker::TryChanges;

#[component]
pub fn AnomalyView(
    /// The widget's text: `-- side: <title>` lines, each followed by its SQL.
    body: String,
) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    // The lesson parser has already checked the body.
    let sides = StoredValue::new(parse_sides(&body).unwrap_or_default());
    let outcomes = RwSignal::new(None::<Result<Vec<ScriptOutcome>, String>>);
    let running = RwSignal::new(false);
    let run = move |_| {
        running.set(true);
        let scripts = sides.with_value(|sides| sides.iter().map(|s| s.sql.clone()).collect());
        spawn_local(async move {
            let result = workspace.engine.ask(TryChanges { scripts }).await;
            outcomes.set(Some(result));
            running.set(false);
        });
    };
    let columns = move || {
        let results = outcomes.get();
        sides.with_value(|sides| {
            sides
                .iter()
                .enumerate()
                .map(|(i, side)| {
                    let outcome =
                        results.as_ref().and_then(|r| r.as_ref().ok()).and_then(|o| o.get(i)).cloned();
                    side_view(side, outcome)
                })
                .collect_view()
        })
    };
    let failure = move || {
        outcomes.get().and_then(Result::err).map(|message| {
            view! {
                <p class="error" role="alert">
                    {message}
                </p>
            }
        })
    };
    view! {
        <section class="anomaly" aria-label="The same change, side by side">
            <div class="anomaly-head">
                <button
                    class="primary"
                    on:click=run
                    disabled=move || running.get() || !workspace.engine.is_ready()
                >
                    "▶ Make both changes"
                </button>
                <span class="plan-note">"Each runs on the lesson's data and is then undone."</span>
            </div>
            {failure}
            <div class="anomaly-sides">{columns}</div>
        </section>
    }
}

fn side_view(side: &Side, outcome: Option<ScriptOutcome>) -> impl IntoView + use<> {
    let touched = outcome.as_ref().map(|o| o.results.iter().map(|r| r.rows_changed).sum::<u64>());
    let error =
        outcome.as_ref().and_then(|o| o.error.clone()).map(|e| view! { <p class="error">{e.message}</p> });
    let changes = outcome.map(|o| {
        o.results
            .into_iter()
            .flat_map(|r| r.changes)
            .map(|c| view! { <ChangesView changes=c /> })
            .collect_view()
    });
    view! {
        <div class="anomaly-side" aria-label=side.title.clone()>
            <h4>{side.title.clone()}</h4>
            <pre class="anomaly-sql">
                <code>{side.sql.clone()}</code>
            </pre>
            {touched
                .map(|n| {
                    view! {
                        <p class="anomaly-count">
                            <strong>{thousands(n)}</strong>
                            {if n == 1 { " row touched" } else { " rows touched" }}
                        </p>
                    }
                })}
            {error}
            {changes}
        </div>
    }
}
