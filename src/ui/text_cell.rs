//! A text cell of the notebook: Markdown notes between the queries, shown rendered (as text
//! nodes, never HTML) and edited as plain text. A new, empty one opens for editing.

use leptos::ev::KeyboardEvent;
use leptos::html::Textarea;
use leptos::prelude::*;

use super::cell_controls::{CellControls, cell_number};
use super::markdown_view::MarkdownView;
use super::workspace::Workspace;
use crate::core::CellId;

#[component]
pub fn TextCellView(
    /// Which cell of the notebook this is.
    id: CellId,
) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let notebook = workspace.notebook;
    let number = cell_number(workspace, id);
    let source = move || notebook.with(|nb| nb.get(id).map(|c| c.source.clone()).unwrap_or_default());
    let editing = RwSignal::new(source().trim().is_empty());
    let editor = NodeRef::<Textarea>::new();
    editor.on_load(|textarea| {
        let _ = textarea.focus();
    });

    let on_input = move |ev| {
        let text = event_target_value(&ev);
        notebook.update(|nb| {
            nb.set_source(id, text);
        });
    };
    // The keys that run a SQL cell show a text cell rendered.
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key() || ev.shift_key()) {
            ev.prevent_default();
            editing.set(false);
        }
    };
    let rendered = move || {
        let text = source();
        if text.trim().is_empty() {
            view! { <p class="empty-text">"An empty text cell. Double-click or press Edit to write in it."</p> }
                .into_any()
        } else {
            view! { <MarkdownView text=text /> }.into_any()
        }
    };

    view! {
        <li class="cell text-cell" data-cell-id=id>
            {cell_head(id, number, editing)}
            {move || {
                if editing.get() {
                    view! {
                        <textarea
                            class="text-editor"
                            node_ref=editor
                            rows=move || source().lines().count().max(3)
                            aria-label=move || format!("Text cell {} (Markdown)", number.get())
                            placeholder="Notes in Markdown: # headings, *emphasis*, lists, `code`. Ctrl+Enter shows them rendered."
                            prop:value=source()
                            on:input=on_input
                            on:keydown=on_keydown
                        ></textarea>
                    }
                        .into_any()
                } else {
                    view! {
                        <div class="text-rendered" on:dblclick=move |_| editing.set(true)>
                            {rendered}
                        </div>
                    }
                        .into_any()
                }
            }}
        </li>
    }
}

/// The cell's number, kind, Edit/Done switch and the controls every cell has.
fn cell_head(id: CellId, number: Signal<usize>, editing: RwSignal<bool>) -> impl IntoView {
    view! {
        <div class="cell-head">
            <span class="cell-number">{move || format!("[{}]", number.get())}</span>
            <span class="cell-kind">"Text"</span>
            <div class="cell-actions">
                <button
                    class="edit-text"
                    on:click=move |_| editing.update(|e| *e = !*e)
                    aria-pressed=move || editing.get().to_string()
                    title="Edit the Markdown (Ctrl+Enter shows it rendered)"
                >
                    {move || if editing.get() { "Done" } else { "Edit" }}
                </button>
                <CellControls id=id number=number />
            </div>
        </div>
    }
}
