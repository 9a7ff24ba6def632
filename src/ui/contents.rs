//! The course contents: every lesson with its progress, and where to pick up.

use leptos::prelude::*;

use super::course::Course;
use super::progress::Progress;
use super::route::Route;
use super::title::set_page_title;
use crate::core::datasets::Dataset;
use crate::core::lesson::Lesson;

#[component]
pub fn ContentsPage() -> impl IntoView {
    let course = expect_context::<Course>();
    course.load();
    let progress = expect_context::<Progress>();
    set_page_title("Course");
    let lessons = move || match course.lessons.get() {
        None => view! { <p class="muted">"Loading the course…"</p> }.into_any(),
        Some(Err(message)) => view! {
            <p class="error" role="alert">
                {message}
            </p>
        }
        .into_any(),
        Some(Ok(lessons)) => {
            let total: usize = lessons.iter().map(|l| l.exercises().count()).sum();
            let solved: usize =
                lessons.iter().map(|l| progress.solved_count(l.exercises().map(|e| e.id.as_str()))).sum();
            let resume = progress
                .last_lesson
                .get()
                .and_then(|slug| lessons.iter().find(|l| l.slug == slug).map(|l| (slug, l.title.clone())));
            let items = lessons
                .iter()
                .enumerate()
                .map(|(i, lesson)| lesson_entry(i, lesson, progress))
                .collect_view();
            view! {
                <p class="course-summary">
                    {format!("{} lessons · {solved} of {total} exercises solved", lessons.len())}
                </p>
                {resume
                    .map(|(slug, title)| {
                        view! {
                            <a class="resume" href=Route::Lesson(slug).href()>
                                "Continue: "
                                {title}
                                " →"
                            </a>
                        }
                    })}
                <ol class="contents">{items}</ol>
            }
            .into_any()
        }
    };
    view! {
        <section class="contents-page">
            <h1>"Learn SQL with real data"</h1>
            <p class="lead">
                "A course in your browser: read, run and change SQL on real databases, and check your "
                "answers as you go. It follows Real Python's "
                <em>"Data Management With Python, SQLite, and SQLAlchemy"</em> " and Miguel Grinberg's "
                <em>"SQLAlchemy 2 In Practice"</em>
                ". Your progress stays in this browser; there is no account. Prefer to explore? Open the "
                <a href=Route::Scratch.href()>"scratch notebook"</a> "."
            </p>
            {lessons}
        </section>
    }
}

/// One lesson in the contents: its number, title, dataset and how many of its exercises are
/// solved.
fn lesson_entry(i: usize, lesson: &Lesson, progress: Progress) -> impl IntoView {
    let count = lesson.exercises().count();
    let done = progress.solved_count(lesson.exercises().map(|e| e.id.as_str()));
    let dataset = Dataset::by_id(&lesson.dataset).map_or(lesson.dataset.clone(), |d| d.name.to_owned());
    let percent = (done * 100).checked_div(count).unwrap_or(0);
    let complete = count > 0 && done == count;
    view! {
        <li class="lesson-entry" class:complete=complete>
            <span class="lesson-number">{format!("{:02}", i + 1)}</span>
            <div class="lesson-text">
                <a href=Route::Lesson(lesson.slug.clone()).href()>{lesson.title.clone()}</a>
                <span class="lesson-dataset">{dataset}</span>
            </div>
            <div class="lesson-progress" title=format!("{done} of {count} exercises solved")>
                <span class="bar">
                    <span class="fill" style:width=format!("{percent}%")></span>
                </span>
                <span class="count">{format!("{done}/{count}")}</span>
            </div>
        </li>
    }
}
