//! The page: a header with the engine's status and the notebook of SQL cells.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::cell::CellView;
use super::dataset::{BOOKS, Dataset};
use super::engine::{Engine, EngineStatus};
use crate::core::Notebook;
use crate::worker::{Request, Response};

/// The cells a new visitor finds: small, runnable questions about the sample data.
const STARTER_CELLS: [&str; 3] = [
    "-- Every author in the database\nSELECT * FROM author;",
    "-- Each author's books, ordered by last name\n\
     SELECT a.first_name || ' ' || a.last_name AS author, b.title\n\
     FROM author AS a\n\
     JOIN book AS b ON b.author_id = a.author_id\n\
     ORDER BY a.last_name, b.title;",
    "-- How many books each publisher carries\n\
     SELECT p.name AS publisher, count(*) AS books\n\
     FROM publisher AS p\n\
     JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id\n\
     GROUP BY p.publisher_id\n\
     ORDER BY books DESC, publisher;",
];

#[component]
pub fn App() -> impl IntoView {
    let engine = Engine::start();
    provide_context(engine);
    load_dataset(engine, BOOKS);

    let notebook = RwSignal::new(Notebook::from_sources(STARTER_CELLS));
    provide_context(notebook);

    let add_cell = move |_| {
        notebook.update(|nb| {
            nb.push("");
        });
    };

    view! {
        <header class="topbar">
            <div class="brand">
                <span class="logo" aria-hidden="true"></span>
                <span class="name">"Joinery"</span>
                <span class="tagline">"SQL notebook"</span>
            </div>
            <EngineBadge/>
        </header>
        <main class="page">
            <section class="intro">
                <h1>"Authors, books and publishers"</h1>
                <p>
                    "SQLite runs right here in your browser, on the sample database from Real Python's "
                    <em>"Data Management With Python, SQLite, and SQLAlchemy"</em>
                    ". Edit any cell and press "
                    <kbd>"Ctrl"</kbd>"+"<kbd>"Enter"</kbd>
                    " (" <kbd>"⌘"</kbd>"+"<kbd>"Enter"</kbd> " on a Mac) to run it. Nothing is sent anywhere."
                </p>
            </section>
            <ol class="notebook" aria-label="Notebook">
                <For
                    each=move || notebook.with(Notebook::ids)
                    key=|id| *id
                    children=move |id| view! { <CellView id=id/> }
                />
            </ol>
            <button class="add-cell" on:click=add_cell>"+ Add SQL cell"</button>
        </main>
    }
}

/// Fetches a dataset and hands it to the worker; the engine is ready once it is loaded.
fn load_dataset(engine: Engine, dataset: Dataset) {
    spawn_local(async move {
        let status = match dataset.fetch().await {
            Err(message) => EngineStatus::Broken(message),
            Ok(bytes) => match engine.request(Request::LoadDatabase { bytes }).await {
                Response::DatabaseLoaded => EngineStatus::Ready { dataset: dataset.name.to_owned() },
                Response::Failed { message } => EngineStatus::Broken(message),
                other => EngineStatus::Broken(format!("Unexpected answer from the database worker: {other:?}")),
            },
        };
        engine.status.set(status);
    });
}

/// Shows whether SQLite is loading, ready (and on which dataset), or broken.
#[component]
fn EngineBadge() -> impl IntoView {
    let engine = expect_context::<Engine>();
    let label = move || match engine.status.get() {
        EngineStatus::Loading => "Loading SQLite…".to_owned(),
        EngineStatus::Ready { dataset } => dataset,
        EngineStatus::Broken(message) => message,
    };
    let state = move || match engine.status.get() {
        EngineStatus::Loading => "loading",
        EngineStatus::Ready { .. } => "ready",
        EngineStatus::Broken(_) => "broken",
    };
    view! {
        <div class="engine" data-state=state role="status" aria-live="polite">
            <span class="dot" aria-hidden="true"></span>
            <span class="label">{label}</span>
        </div>
    }
}
