//! One statement's result: its rows (as a table, or a chart when they have numbers to plot)
//! with their count and actions, or a line saying what the statement changed.

use leptos::prelude::*;

use super::changes_view::ChangesView;
use super::exercise_sandbox::ExerciseSandbox;
use super::lineage_view::LineageView;
use super::plan_view::PlanView;
use super::result_views::{ResultViews, result_views};
use super::workspace::Workspace;
use crate::core::StatementResult;
use crate::core::format::{count, duration_ms, first_line, thousands};
use crate::core::tsv::to_tsv;

#[component]
pub fn StatementResultView(
    /// The statement's result as the worker returned it.
    mut result: StatementResult,
) -> impl IntoView {
    let timing = duration_ms(result.elapsed_ms);
    let changes = std::mem::take(&mut result.changes)
        .into_iter()
        .map(|changes| view! { <ChangesView changes=changes /> })
        .collect_view();
    if !result.returns_rows() {
        return statement_done(&result, &timing, changes);
    }
    let meta = rows_meta(&result, &timing);
    let download = result.read_only.then(|| download_button(result.sql.clone()));
    let copy = copy_button(to_tsv(&result.columns, &result.rows));
    // How SQLite finds the rows (the query plan), and where they come from (a join's source
    // rows, an aggregate's groups): each asked for on request, without running the query again.
    let show_plan = RwSignal::new(false);
    let show_lineage = RwSignal::new(false);
    let sql = StoredValue::new(result.sql.clone());
    let lineage_button = result.read_only.then(|| {
        toggle_button(
            show_lineage,
            "Trace rows",
            "Which source rows made each result row (joins), or which rows each group summarises",
        )
    });
    let plan_button = result
        .read_only
        .then(|| toggle_button(show_plan, "Plan", "How SQLite finds these rows: scans and index searches"));
    let plan = move || show_plan.get().then(|| view! { <PlanView sql=sql.get_value() /> });
    let lineage = move || show_lineage.get().then(|| view! { <LineageView sql=sql.get_value() /> });
    // Table, chart or tree.
    let ResultViews { switch, body } = result_views(&mut result);
    view! {
        <figure class="result">
            {body} <figcaption class="meta">
                <span class="result-meta">{meta}</span>
                <span class="result-actions">{switch} {lineage_button} {plan_button} {copy} {download}</span>
            </figcaption> {lineage} {plan} {changes}
        </figure>
    }
    .into_any()
}

/// A statement that returns no rows: its first line and what it changed.
fn statement_done(result: &StatementResult, timing: &str, changes: impl IntoView + 'static) -> AnyView {
    let changed = if result.rows_changed > 0 {
        format!("{} changed", count(result.rows_changed, "row"))
    } else {
        "Done".to_owned()
    };
    view! {
        <div class="statement-done">
            <span class="check" aria-hidden="true">
                "✓"
            </span>
            <code class="statement">{first_line(&result.sql)}</code>
            <span class="meta">{format!("{changed} · {timing}")}</span>
        </div>
        {changes}
    }
    .into_any()
}

/// How many rows there are, how many are shown, and how long the statement took.
fn rows_meta(result: &StatementResult, timing: &str) -> String {
    if result.is_truncated() {
        format!(
            "showing the first {} of {} · {timing}",
            thousands(result.rows.len() as u64),
            count(result.total_rows, "row")
        )
    } else {
        format!("{} · {timing}", count(result.total_rows, "row"))
    }
}

/// Offers every row of the read-only statement `sql` as a CSV file (run again, in the
/// exercise's sandbox when it ran there).
fn download_button(sql: String) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let sandbox = ExerciseSandbox::here();
    view! {
        <button class="download-csv" on:click=move |_| workspace.export_csv(sandbox.clone(), sql.clone())>
            "Download CSV"
        </button>
    }
}

/// Puts the rows shown on the clipboard as tab-separated text.
fn copy_button(tsv: String) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let copy = move |_| {
        if let Some(window) = web_sys::window() {
            let copying =
                wasm_bindgen_futures::JsFuture::from(window.navigator().clipboard().write_text(&tsv));
            leptos::task::spawn_local(async move {
                match copying.await {
                    Ok(_) => workspace.inform("The rows are on the clipboard, tab-separated."),
                    Err(_) => workspace.complain("The browser did not allow copying to the clipboard."),
                }
            });
        }
    };
    view! {
        <button class="copy-tsv" on:click=copy>
            "Copy TSV"
        </button>
    }
}

/// A button that shows or hides a panel under the result.
fn toggle_button(shown: RwSignal<bool>, label: &'static str, title: &'static str) -> impl IntoView {
    view! {
        <button
            class="show-plan"
            aria-pressed=move || shown.get().to_string()
            on:click=move |_| shown.update(|s| *s = !*s)
            title=title
        >
            {label}
        </button>
    }
}
