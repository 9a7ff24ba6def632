//! A value on screen: its cell, cut when long, and the panel that shows a long value in full.

use leptos::prelude::*;

use crate::core::Value;

/// A long value opened from a virtualized table: its place and its text.
#[derive(Clone, PartialEq)]
pub struct OpenValue {
    pub row: usize,
    pub column: String,
    pub text: String,
}

/// A value's cell: numbers align right; NULL gets its own look so it never reads as the text
/// 'NULL'. Text longer than `cut` characters is cut, with a button that shows all of it: in
/// place, or through `open` when given (a virtualized row must keep its height).
pub fn value_cell(value: Value, cut: usize, open: Option<Callback<String>>) -> AnyView {
    let class = match &value {
        Value::Null => "null",
        Value::Integer(_) | Value::Real(_) => "num",
        Value::Text(_) => "text",
        Value::Blob(_) => "blob",
    };
    let title = value.is_null().then_some("SQL NULL: no value");
    let text = value.display();
    let length = text.chars().count();
    if length <= cut {
        return view! {
            <td class=class data-type=value.type_name() title=title>
                {text}
            </td>
        }
        .into_any();
    }
    let short: String = text.chars().take(cut).collect();
    if let Some(open) = open {
        return view! {
            <td class=class data-type=value.type_name()>
                {format!("{short}…")}
                <button class="expand-text" on:click=move |_| open.run(text.clone())>
                    {format!("all {length} characters")}
                </button>
            </td>
        }
        .into_any();
    }
    let expanded = RwSignal::new(false);
    view! {
        <td class=class data-type=value.type_name()>
            {move || if expanded.get() { text.clone() } else { format!("{short}…") }}
            <button class="expand-text" on:click=move |_| expanded.update(|e| *e = !*e)>
                {move || if expanded.get() { "less".to_owned() } else { format!("all {length} characters") }}
            </button>
        </td>
    }
    .into_any()
}

/// The value opened from a virtualized row, in full, with where it is from.
pub fn value_detail(opened: RwSignal<Option<OpenValue>>) -> Option<impl IntoView> {
    opened.get().map(|open| {
        view! {
            <div class="value-detail" role="region" aria-label="Full value">
                <div class="value-detail-head">
                    <span>{format!("{}, row {}", open.column, open.row)}</span>
                    <button on:click=move |_| opened.set(None)>"Close"</button>
                </div>
                <pre>{open.text}</pre>
            </div>
        }
    })
}
