//! The course: every lesson file, fetched from the site and parsed once.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::dataset::fetch_text;
use crate::core::lesson::{self, LESSON_FILES, Lesson};

#[derive(Clone, Copy)]
pub struct Course {
    /// `None` while loading.
    pub lessons: RwSignal<Option<Result<Vec<Lesson>, String>>>,
    requested: StoredValue<bool>,
}

impl Course {
    /// The course, not fetched until a page needs it (the scratch notebook never does).
    pub fn new() -> Self {
        Self { lessons: RwSignal::new(None), requested: StoredValue::new(false) }
    }

    /// Fetches and parses the lessons, once.
    pub fn load(self) {
        if self.requested.get_value() {
            return;
        }
        self.requested.set_value(true);
        let course = self;
        spawn_local(async move {
            let mut lessons = Vec::with_capacity(LESSON_FILES.len());
            for file in LESSON_FILES {
                let parsed = fetch_text(&format!("lessons/{file}"))
                    .await
                    .and_then(|text| lesson::parse(file, &text).map_err(|e| format!("{file}: {e}")));
                match parsed {
                    Ok(lesson) => lessons.push(lesson),
                    Err(message) => {
                        course.lessons.set(Some(Err(message)));
                        return;
                    }
                }
            }
            course.lessons.set(Some(Ok(lessons)));
        });
    }

    /// The lesson with `slug`, its position, and its neighbours' slugs and titles.
    pub fn find(&self, slug: &str) -> Option<(usize, Lesson)> {
        self.lessons.with(|l| {
            let lessons = l.as_ref()?.as_ref().ok()?;
            lessons.iter().position(|x| x.slug == slug).map(|i| (i, lessons[i].clone()))
        })
    }

    pub fn neighbour(&self, index: usize) -> Option<(String, String)> {
        self.lessons.with(|l| {
            let lessons = l.as_ref()?.as_ref().ok()?;
            lessons.get(index).map(|x| (x.slug.clone(), x.title.clone()))
        })
    }
}
