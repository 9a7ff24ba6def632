//! Drag-and-drop of a CSV or SQLite file anywhere on the page.

use leptos::ev::DragEvent;
use leptos::prelude::*;

use super::workspace::Workspace;

/// Wraps the page; while a file is dragged over it, an overlay says what dropping will do.
#[component]
pub fn DropZone(children: Children) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let dragging = RwSignal::new(false);

    let over = move |ev: DragEvent| {
        // Without preventDefault the browser would open the file itself.
        ev.prevent_default();
        dragging.set(true);
    };
    let leave = move |ev: DragEvent| {
        // `dragleave` also fires when moving between children; only the page edge counts.
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    };
    let drop = move |ev: DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let file = ev.data_transfer().and_then(|dt| dt.files()).and_then(|files| files.get(0));
        match file {
            Some(file) if workspace.engine.is_ready() => workspace.open_file(file),
            Some(_) => workspace.complain("SQLite is still loading; drop the file again in a moment."),
            None => {}
        }
    };

    view! {
        <div class="dropzone" on:dragover=over on:dragenter=over on:dragleave=leave on:drop=drop>
            {children()}
            <Show when=move || dragging.get()>
                <div class="drop-overlay" aria-hidden="true">
                    <p>"Drop a CSV file to import it as a table, or a SQLite .db file to open it"</p>
                </div>
            </Show>
        </div>
    }
}
