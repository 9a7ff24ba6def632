//! The learner's progress, kept in the browser's local storage (no account): solved exercises
//! and the last lesson opened.

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::storage::local_storage;

const SOLVED_KEY: &str = "joinery.solved";
const LAST_LESSON_KEY: &str = "joinery.last-lesson";

#[derive(Clone, Copy)]
pub struct Progress {
    solved: RwSignal<BTreeSet<String>>,
    pub last_lesson: RwSignal<Option<String>>,
}

impl Progress {
    /// Reads what was saved; a browser without storage starts empty and keeps progress for the
    /// session only.
    pub fn load() -> Self {
        let store = local_storage();
        let read = |key: &str| store.as_ref().and_then(|s| s.get_item(key).ok().flatten());
        let solved = read(SOLVED_KEY)
            .map(|text| text.lines().filter(|l| !l.is_empty()).map(str::to_owned).collect())
            .unwrap_or_default();
        Self { solved: RwSignal::new(solved), last_lesson: RwSignal::new(read(LAST_LESSON_KEY)) }
    }

    pub fn is_solved(&self, id: &str) -> bool {
        self.solved.with(|s| s.contains(id))
    }

    pub fn solved_count<'a>(&self, ids: impl Iterator<Item = &'a str>) -> usize {
        self.solved.with(|s| ids.filter(|id| s.contains(*id)).count())
    }

    pub fn mark_solved(&self, id: &str) {
        if self.is_solved(id) {
            return;
        }
        self.solved.update(|s| {
            s.insert(id.to_owned());
        });
        let text = self.solved.with_untracked(|s| s.iter().cloned().collect::<Vec<_>>().join("\n"));
        if let Some(store) = local_storage() {
            let _ = store.set_item(SOLVED_KEY, &text);
        }
    }

    pub fn open_lesson(&self, slug: &str) {
        self.last_lesson.set(Some(slug.to_owned()));
        if let Some(store) = local_storage() {
            let _ = store.set_item(LAST_LESSON_KEY, slug);
        }
    }
}
