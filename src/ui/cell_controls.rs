//! The buttons every notebook cell has, whatever it holds: move up, move down, delete.

use leptos::prelude::*;

use super::workspace::Workspace;
use crate::core::CellId;

#[component]
pub fn CellControls(
    /// The cell they act on.
    id: CellId,
    /// The cell's 1-based place in the notebook, for the buttons' accessible names.
    #[prop(into)]
    number: Signal<usize>,
) -> impl IntoView {
    let notebook = expect_context::<Workspace>().notebook;
    let count = move || notebook.with(|nb| nb.cells().len());
    let move_by = move |step: isize| {
        notebook.update(|nb| {
            nb.move_by(id, step);
        })
    };
    let delete = move |_| {
        notebook.update(|nb| {
            nb.remove(id);
        });
    };
    view! {
        <button
            class="move"
            on:click=move |_| move_by(-1)
            disabled=move || { number.get() <= 1 }
            aria-label=move || format!("Move cell {} up", number.get())
            title="Move up"
        >
            "↑"
        </button>
        <button
            class="move"
            on:click=move |_| move_by(1)
            disabled=move || { number.get() >= count() }
            aria-label=move || format!("Move cell {} down", number.get())
            title="Move down"
        >
            "↓"
        </button>
        <button
            class="delete"
            on:click=delete
            aria-label=move || format!("Delete cell {}", number.get())
            title="Delete cell"
        >
            "✕"
        </button>
    }
}

/// The 1-based place of cell `id` in the workspace's notebook (0 once it is gone).
pub fn cell_number(workspace: Workspace, id: CellId) -> Signal<usize> {
    let notebook = workspace.notebook;
    Signal::derive(move || notebook.with(|nb| nb.ids().iter().position(|c| *c == id).map_or(0, |p| p + 1)))
}
