//! The course as the native tests see it: the lesson files, parsed, and each lesson's starting
//! state built from the dataset files on disk exactly as the worker builds it in the browser.
#![allow(dead_code)] // each test crate uses its own part of this module

use joinery::core::Database;
use joinery::core::datasets::{Dataset, Source};
use joinery::core::lesson::{self, Lesson};
use joinery::worker::{BuildDatabase, CsvSource, ExportDatabase, LoadDatabase, Session};

/// The lesson files of the course (`NN-slug.md`), in order: (file name, text).
pub fn lesson_files() -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir("lessons")
        .expect("lessons/ exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().chars().next().is_some_and(|c| c.is_ascii_digit()))
        })
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// Every lesson, parsed.
pub fn lessons() -> Vec<Lesson> {
    lesson_files()
        .iter()
        .map(|(name, text)| lesson::parse(name, text).unwrap_or_else(|e| panic!("{name}: {e}")))
        .collect()
}

/// The lesson's starting state: its dataset, built from the files on disk, plus its setup.
pub fn starting_state(lesson: &Lesson) -> Vec<u8> {
    let dataset = Dataset::by_id(&lesson.dataset)
        .unwrap_or_else(|| panic!("{}: unknown dataset {}", lesson.slug, lesson.dataset));
    let mut session = Session::new().unwrap();
    let loaded = match dataset.source {
        Source::Database(path) => session.ask(LoadDatabase { bytes: std::fs::read(path).unwrap() }),
        Source::Csv { files, script } => session.ask(BuildDatabase {
            sources: files
                .iter()
                .map(|(table, path)| CsvSource {
                    table: (*table).into(),
                    file_name: path.rsplit('/').next().unwrap().into(),
                    bytes: std::fs::read(path).unwrap(),
                })
                .collect(),
            script: script.map(|p| std::fs::read_to_string(p).unwrap()).unwrap_or_default(),
        }),
    };
    assert_eq!(loaded, Ok(()), "{}: dataset", lesson.slug);
    let bytes = session.ask(ExportDatabase).unwrap();
    let mut db = Database::from_bytes(&bytes).unwrap();
    let outcome = db.run_script(&lesson.setup, 0);
    assert!(outcome.error.is_none(), "{}: setup failed: {:?}", lesson.slug, outcome.error);
    db.to_bytes().unwrap()
}
