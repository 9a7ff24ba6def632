//! A lesson: its prose, runnable cells, exercises and widgets, on the lesson's own data, with
//! previous/next links.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::anomaly_view::AnomalyView;
use super::cell::CellView;
use super::course::Course;
use super::erd_view::ErdView;
use super::exercise::ExerciseView;
use super::markdown_view::MarkdownView;
use super::normalize_lab::NormalizeLab;
use super::progress::Progress;
use super::route::Route;
use super::title::set_page_title;
use super::workspace::Workspace;
use crate::core::Notebook;
use crate::core::datasets::Dataset;
use crate::core::lesson::{Block, Lesson};
use crate::worker::ResetToBaseline;

#[component]
pub fn LessonPage(
    /// Which lesson, by slug.
    slug: String,
) -> impl IntoView {
    let course = expect_context::<Course>();
    course.load();
    let workspace = expect_context::<Workspace>();
    move || match (course.lessons.with(|l| l.is_none()), course.find(&slug)) {
        (true, _) => view! { <p class="muted">"Loading the lesson…"</p> }.into_any(),
        (false, None) => view! {
            <div class="missing">
                <h1>"No such lesson"</h1>
                <p>
                    "There is no lesson called “" {slug.clone()} "”. "
                    <a href=Route::Contents.href()>"See all lessons"</a>
                </p>
            </div>
        }
        .into_any(),
        (false, Some((index, lesson))) => lesson_view(workspace, course, index, lesson),
    }
}

fn lesson_view(workspace: Workspace, course: Course, index: usize, lesson: Lesson) -> AnyView {
    set_page_title(&lesson.title);
    expect_context::<Progress>().open_lesson(&lesson.slug);
    let lesson_cells = open_notebook(workspace, &lesson);
    let previous = index.checked_sub(1).and_then(|i| course.neighbour(i));
    let next = course.neighbour(index + 1);
    let blocks = blocks_view(workspace, &lesson.title, lesson.blocks);
    let extra_cells =
        move || workspace.notebook.with(|nb| nb.ids().into_iter().skip(lesson_cells).collect::<Vec<_>>());
    view! {
        <article class="lesson">
            <nav class="lesson-crumbs">
                <a href=Route::Contents.href()>"Course"</a>
                <span aria-hidden="true">" / "</span>
                <span>{format!("Lesson {}", index + 1)}</span>
                <button
                    class="reset-data"
                    on:click=move |_| reset_data(workspace)
                    title="Undo every change made to this lesson's data"
                >
                    "Reset data"
                </button>
            </nav>
            <h1>{lesson.title}</h1>
            {blocks}
            <Show when=move || !extra_cells().is_empty()>
                <h2>"Your cells"</h2>
            </Show>
            <ol class="notebook">
                <For each=extra_cells key=|id| *id children=move |id| view! { <CellView id=id /> } />
            </ol>
            <button class="add-cell" on:click=move |_| workspace.add_cell("")>
                "+ SQL cell"
            </button>
            {pager(previous, next)}
        </article>
    }
    .into_any()
}

/// Puts the lesson's data and cells in the workspace: as the learner left them, or fresh from
/// its dataset and setup. Returns how many cells the lesson itself has (the learner's own
/// cells come after them).
fn open_notebook(workspace: Workspace, lesson: &Lesson) -> usize {
    // The storage key changes before the cells do, so the cells are saved under the lesson.
    let key = format!("lesson:{}", lesson.slug);
    match Dataset::by_id(&lesson.dataset) {
        Some(dataset) => workspace.enter(key.clone(), dataset, lesson.setup.clone()),
        None => workspace.complain(format!("This lesson names an unknown dataset, {}.", lesson.dataset)),
    }
    let sources: Vec<String> = lesson
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Sql { source, .. } => Some(source.clone()),
            _ => None,
        })
        .collect();
    let lesson_cells = sources.len();
    // Edited cells come back as the learner left them, unless the lesson has changed shape.
    let notebook = Workspace::saved_cells(&key)
        .filter(|saved| saved.cells().len() >= lesson_cells)
        .unwrap_or_else(|| Notebook::from_sources(sources));
    workspace.notebook.set(notebook);
    lesson_cells
}

/// The lesson's blocks in order: prose, its cells (the notebook's first cells, in order),
/// numbered exercises and widgets.
fn blocks_view(workspace: Workspace, title: &str, blocks: Vec<Block>) -> impl IntoView + use<> {
    let mut cell_index = 0;
    let mut exercise_number = 0;
    // The page shows the title already; a lesson that opens by repeating it as a top-level
    // heading does not get it twice.
    let repeated = format!("# {title}");
    blocks
        .into_iter()
        .enumerate()
        .map(|(position, block)| match block {
            Block::Markdown(text) => {
                let text = match text.strip_prefix(&repeated) {
                    Some(rest) if position == 0 => rest.trim_start().to_owned(),
                    _ => text,
                };
                view! { <MarkdownView text=text /> }.into_any()
            }
            Block::Sql { .. } => {
                let id = workspace.notebook.with_untracked(|nb| nb.cells()[cell_index].id);
                cell_index += 1;
                view! {
                    <ol class="notebook lesson-cell">
                        <CellView id=id />
                    </ol>
                }
                .into_any()
            }
            Block::Exercise(exercise) => {
                exercise_number += 1;
                view! { <ExerciseView exercise=exercise number=exercise_number /> }.into_any()
            }
            Block::Widget { kind, .. } if kind == "erd" => view! { <ErdView /> }.into_any(),
            Block::Widget { kind, body } if kind == "anomaly" => {
                view! { <AnomalyView body=body /> }.into_any()
            }
            Block::Widget { kind, body } if kind == "normalize" => {
                view! { <NormalizeLab table=body /> }.into_any()
            }
            Block::Widget { .. } => ().into_any(),
        })
        .collect_view()
}

/// Puts the lesson's data back as it started.
fn reset_data(workspace: Workspace) {
    spawn_local(async move {
        match workspace.engine.ask(ResetToBaseline).await {
            Ok(()) => {
                workspace.inform("The lesson's data is back to how it started.");
                workspace.refresh_schema();
            }
            Err(message) => workspace.complain(message),
        }
    });
}

/// Links to the lessons before and after this one, where there are.
fn pager(previous: Option<(String, String)>, next: Option<(String, String)>) -> impl IntoView {
    view! {
        <nav class="lesson-pager">
            {previous
                .map(|(slug, title)| {
                    view! {
                        <a class="previous" href=Route::Lesson(slug).href()>
                            "← "
                            {title}
                        </a>
                    }
                })} <span></span>
            {next
                .map(|(slug, title)| {
                    view! {
                        <a class="next" href=Route::Lesson(slug).href()>
                            {title}
                            " →"
                        </a>
                    }
                })}
        </nav>
    }
}
