//! What Check says: the headline, its details, the rows that differ as two small tables
//! (expected rows missing, rows not expected) in the page's table style, and notes that never
//! fail an answer.

use leptos::prelude::*;

use crate::core::format::count;
use crate::core::outcome::{RowDiff, Verdict};
use crate::core::value::Value;

#[component]
pub fn VerdictView(verdict: Verdict) -> impl IntoView {
    let Verdict { passed, summary, details, diff, notes, .. } = verdict;
    view! {
        <div class="verdict" class:right=passed class:wrong=!passed role="status">
            <p class="verdict-summary">{summary}</p>
            {(!details.is_empty())
                .then(|| {
                    view! {
                        <ul class="verdict-details">
                            {details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                        </ul>
                    }
                })}
            {diff.map(|diff| view! { <RowDiffView diff=diff /> })}
            {(!notes.is_empty())
                .then(|| {
                    view! {
                        <ul class="verdict-notes">
                            {notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                        </ul>
                    }
                })}
        </div>
    }
}

/// The two halves of a diff, each a table headed by what it is.
#[component]
fn RowDiffView(diff: RowDiff) -> impl IntoView {
    let RowDiff { of, columns, missing, missing_total, extra, extra_total } = diff;
    let missing_title = format!("Missing from {of} ({})", count(missing_total as u64, "row"));
    let extra_title = format!("Not expected in {of} ({})", count(extra_total as u64, "row"));
    view! {
        <div class="row-diff">
            {(missing_total > 0)
                .then(|| {
                    view! {
                        <DiffTable
                            class="diff-missing"
                            title=missing_title
                            columns=columns.clone()
                            rows=missing
                            total=missing_total
                        />
                    }
                })}
            {(extra_total > 0)
                .then(|| {
                    view! {
                        <DiffTable
                            class="diff-extra"
                            title=extra_title
                            columns=columns
                            rows=extra
                            total=extra_total
                        />
                    }
                })}
        </div>
    }
}

#[component]
fn DiffTable(
    class: &'static str,
    title: String,
    columns: Vec<String>,
    rows: Vec<Vec<Value>>,
    /// How many rows there are in all; more than `rows.len()` when some are not shown.
    total: usize,
) -> impl IntoView {
    let more =
        (total > rows.len()).then(|| format!("and {} more", count((total - rows.len()) as u64, "row")));
    view! {
        <figure class=format!("diff-table result {class}")>
            <figcaption>{title}</figcaption>
            <table>
                <thead>
                    <tr>{columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            view! {
                                <tr>
                                    {row
                                        .into_iter()
                                        .map(|v| {
                                            view! {
                                                <td class:null=v.is_null() class:num=v.is_numeric()>
                                                    {v.display()}
                                                </td>
                                            }
                                        })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            {more.map(|m| view! { <p class="diff-more">{m}</p> })}
        </figure>
    }
}
