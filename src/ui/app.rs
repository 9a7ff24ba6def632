//! The page: a top bar (datasets, files, engine status), the schema browser, the diagram and
//! the notebook of SQL cells.

use leptos::prelude::*;

use super::cell::CellView;
use super::contents::ContentsPage;
use super::course::Course;
use super::dataset;
use super::dropzone::DropZone;
use super::engine::{Engine, EngineStatus};
use super::erd_view::ErdView;
use super::import_dialog::ImportDialog;
use super::lesson_page::LessonPage;
use super::normalize_lab::NormalizeLab;
use super::notice::NoticeBanner;
use super::progress::Progress;
use super::route::{Route, use_route};
use super::schema_panel::SchemaPanel;
use super::text_cell::TextCellView;
use super::theme::ThemeToggle;
use super::title::set_page_title;
use super::toolbar::Toolbar;
use super::workspace::{SCRATCH_KEY, SaveStatus, Workspace};
use crate::core::{CellId, CellKind, Notebook};

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
    let cells = Workspace::saved_cells(SCRATCH_KEY).unwrap_or_else(|| Notebook::from_sources(STARTER_CELLS));
    let workspace = Workspace::new(engine, cells);
    provide_context(workspace);
    workspace.keep_work();
    provide_context(Course::new());
    provide_context(Progress::load());
    let shared = workspace.open_shared_link();
    let route = use_route();
    // The scratch notebook's data; a lesson opens its own.
    if !shared && !matches!(route.get_untracked(), Route::Lesson(_)) {
        workspace.enter(SCRATCH_KEY.to_owned(), dataset::DEFAULT, String::new());
    }

    // Esc stops running queries, wherever the focus is.
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && engine.running.get_untracked() > 0 {
            ev.prevent_default();
            engine.stop();
        }
    });
    on_cleanup(move || escape.remove());

    let show_erd = RwSignal::new(false);
    let page = move || match route.get() {
        Route::Contents => view! { <ContentsPage /> }.into_any(),
        Route::Lesson(slug) => view! { <LessonPage slug=slug /> }.into_any(),
        Route::Scratch => view! { <ScratchPage show_erd=show_erd /> }.into_any(),
    };
    let current = move |target: Route| {
        let here = route.get();
        let same = matches!((&here, &target), (Route::Lesson(_), Route::Contents)) || here == target;
        same.then_some("page")
    };

    view! {
        <DropZone>
            <header class="topbar">
                <a class="brand" href=Route::Contents.href()>
                    <span class="logo" aria-hidden="true"></span>
                    <span class="name">"Joinery"</span>
                </a>
                <nav class="site-nav" aria-label="Site">
                    <a href=Route::Contents.href() aria-current=move || current(Route::Contents)>
                        "Course"
                    </a>
                    <a href=Route::Scratch.href() aria-current=move || current(Route::Scratch)>
                        "Scratch notebook"
                    </a>
                </nav>
                <Toolbar />
                <EngineBadge />
                <ThemeToggle />
            </header>
            <NoticeBanner />
            <div class="workspace">
                <SchemaPanel show_erd=show_erd />
                <main class="page">{page}</main>
            </div>
            <ImportDialog />
        </DropZone>
    }
}

/// The scratch notebook: free-form cells on any dataset or file. Its cells survive visits to
/// lessons (not yet reloads).
#[component]
fn ScratchPage(
    /// Whether the diagram is shown above the cells.
    show_erd: RwSignal<bool>,
) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    set_page_title("Scratch notebook");
    workspace.enter(SCRATCH_KEY.to_owned(), dataset::DEFAULT, String::new());
    workspace.notebook.set(workspace.scratch.get_value());
    on_cleanup(move || workspace.scratch.set_value(workspace.notebook.get_untracked()));
    let add_cell = move |_| workspace.add_cell("");
    let add_text_cell = move |_| workspace.add_text_cell();
    let cell_view = move |id: CellId| {
        let kind = workspace.notebook.with_untracked(|nb| nb.get(id).map(|c| c.kind));
        match kind {
            Some(CellKind::Text) => view! { <TextCellView id=id /> }.into_any(),
            _ => view! { <CellView id=id /> }.into_any(),
        }
    };
    view! {
        <section class="intro">
            <h1>"Scratch notebook"</h1>
            <p>
                "SQLite runs right here in your browser; nothing is sent anywhere. It starts on the "
                "authors, books and publishers of Real Python's "
                <em>"Data Management With Python, SQLite, and SQLAlchemy"</em>
                ". Pick another dataset above, or open or drop a CSV or SQLite file of your own. "
                "Edit any cell and press " <kbd>"Ctrl"</kbd>"+"<kbd>"Enter"</kbd> " (" <kbd>"⌘"</kbd>"+"
                <kbd>"Enter"</kbd> " on a Mac) to run it."
            </p>
        </section>
        <Show when=move || show_erd.get()>
            <ErdView />
        </Show>
        {move || {
            workspace
                .normalizing
                .get()
                .map(|table| {
                    view! {
                        <div class="lab-panel">
                            <div class="panel-head">
                                <h2>{format!("Normalizing {table}")}</h2>
                                <button on:click=move |_| workspace.normalizing.set(None)>"Close"</button>
                            </div>
                            <NormalizeLab table=table.clone() />
                        </div>
                    }
                })
        }}
        <ol class="notebook" aria-label="Notebook">
            <For each=move || workspace.notebook.with(Notebook::ids) key=|id| *id children=cell_view />
        </ol>
        <div class="add-cells">
            <button class="add-cell" on:click=add_cell>
                "+ SQL cell"
            </button>
            <button class="add-cell" on:click=add_text_cell>
                "+ Text cell"
            </button>
        </div>
    }
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
    let workspace = expect_context::<Workspace>();
    let saved = move || match workspace.save_status.get() {
        SaveStatus::Idle => ("idle", ""),
        SaveStatus::Saving => ("saving", "saving…"),
        SaveStatus::Saved => ("saved", "saved"),
        SaveStatus::Failed => ("failed", "not saved"),
    };
    view! {
        <div class="engine" data-state=state role="status" aria-live="polite">
            <span class="dot" aria-hidden="true"></span>
            <span class="label">{label}</span>
            <span class="save-state" data-save=move || saved().0>
                {move || saved().1}
            </span>
        </div>
    }
}
