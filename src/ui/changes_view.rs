//! What a statement did to a table, row by row: inserted rows marked +, deleted rows marked −
//! and struck through, updated rows with each changed value shown old → new.

use leptos::prelude::*;

use crate::core::Value;
use crate::core::changes::TableChanges;
use crate::core::format::count;

/// Rows of each kind shown before the rest are only counted.
const SHOWN: usize = 50;

#[component]
pub fn ChangesView(
    /// One table's changes from one statement.
    changes: TableChanges,
) -> impl IntoView {
    let TableChanges { table, columns, inserted, updated, deleted, unchanged } = changes;
    let summary = format!(
        "{}: {} inserted, {} updated, {} deleted, {} unchanged",
        table,
        inserted.len(),
        updated.len(),
        deleted.len(),
        unchanged
    );
    let hidden =
        [inserted.len(), updated.len(), deleted.len()].iter().map(|n| n.saturating_sub(SHOWN)).sum::<usize>();
    let more = (hidden > 0)
        .then(|| view! { <p class="changes-more">{format!("and {} more", count(hidden as u64, "row"))}</p> });
    let header = columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view();
    let inserted = inserted.into_iter().take(SHOWN).map(|row| plain_row("inserted", "+", "inserted", row));
    let deleted = deleted.into_iter().take(SHOWN).map(|row| plain_row("deleted", "−", "deleted", row));
    let updated = updated.into_iter().take(SHOWN).map(|(old, new)| updated_row(old, new));
    view! {
        <figure class="changes" aria-label=format!("Changes to {table}")>
            <figcaption>{summary}</figcaption>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">
                                <span class="visually-hidden">"Change"</span>
                            </th>
                            {header}
                        </tr>
                    </thead>
                    <tbody>{updated.collect_view()}{inserted.collect_view()}{deleted.collect_view()}</tbody>
                </table>
            </div>
            {more}
        </figure>
    }
}

fn plain_row(class: &'static str, mark: &'static str, label: &'static str, row: Vec<Value>) -> impl IntoView {
    view! {
        <tr class=class>
            <td class="change-mark" title=label aria-label=label>
                {mark}
            </td>
            {row.into_iter().map(|v| view! { <td>{v.display()}</td> }).collect_view()}
        </tr>
    }
}

fn updated_row(old: Vec<Value>, new: Vec<Value>) -> impl IntoView {
    let cells = old
        .into_iter()
        .zip(new)
        .map(|(was, now)| {
            if was == now {
                view! { <td>{now.display()}</td> }.into_any()
            } else {
                view! {
                    <td class="changed">
                        <del>{was.display()}</del>
                        <span class="arrow" aria-hidden="true">
                            " → "
                        </span>
                        <ins>{now.display()}</ins>
                    </td>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <tr class="updated">
            <td class="change-mark" title="updated" aria-label="updated">
                "~"
            </td>
            {cells}
        </tr>
    }
}
