//! The top bar's controls: which dataset, open a file of one's own, export the database.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use super::dataset::{DATASETS, Dataset};
use super::workspace::Workspace;

/// File types the picker offers: CSV-like text and SQLite databases.
const ACCEPTED_FILES: &str = ".csv,.tsv,.txt,.db,.sqlite,.sqlite3,.db3,.md,text/csv";

#[component]
pub fn Toolbar() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let ready = move || workspace.engine.is_ready();
    let page_title = move || {
        web_sys::window()
            .and_then(|w| w.document())
            .map(|d| d.title())
            .and_then(|t| t.split(" — ").next().map(str::to_owned))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| "notebook".into())
    };

    let choose_dataset = move |ev| {
        if let Some(dataset) = Dataset::by_id(&event_target_value(&ev)) {
            workspace.load_dataset(dataset);
        }
    };
    let picked = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = ev.target().expect("a change event has a target").unchecked_into();
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            workspace.open_file(file);
        }
        // Picking the same file again must fire `change` again.
        input.set_value("");
    };

    view! {
        <div class="toolbar">
            <label class="dataset">
                <span class="visually-hidden">"Dataset"</span>
                <select
                    aria-label="Dataset"
                    on:change=choose_dataset
                    prop:value=move || workspace.dataset.get().unwrap_or("")
                    disabled=move || !ready()
                >
                    <option value="" disabled=true>
                        "Your file"
                    </option>
                    {DATASETS.iter().map(|d| view! { <option value=d.id>{d.name}</option> }).collect_view()}
                </select>
            </label>
            <label class="button open-file">
                "Open file…"
                <input
                    type="file"
                    class="visually-hidden"
                    accept=ACCEPTED_FILES
                    aria-label="Open a CSV, SQLite or notebook file"
                    on:change=picked
                    disabled=move || !ready()
                />
            </label>
            <button on:click=move |_| workspace.export_database() disabled=move || !ready()>
                "Export .db"
            </button>
            <button
                on:click=move |_| workspace.save_notebook(&page_title())
                title="Save these cells as a Markdown notebook"
            >
                "Save .md"
            </button>
            <button
                on:click=move |_| workspace.share(&page_title())
                title="Copy a link that opens these cells"
            >
                "Share"
            </button>
        </div>
    }
}
