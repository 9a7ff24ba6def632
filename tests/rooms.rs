//! The guards of ARCHITECTURE.md's invariants, read from the source itself: what each room may
//! use, and how large a file or a component may grow. A change that breaks one fails here with
//! the file and line, not in a review months later.

use std::fs;
use std::path::{Path, PathBuf};

/// A file longer than this needs a sentence saying why (a line starting with [`LONG_FILE`]).
const MAX_FILE_LINES: usize = 400;
const LONG_FILE: &str = "//! Longer than 400 lines because";
/// A component longer than this needs a sentence saying why (a line containing
/// [`LONG_COMPONENT`] in its file).
const MAX_COMPONENT_LINES: usize = 80;
const LONG_COMPONENT: &str = "Longer than 80 lines because";

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(Path::new(dir), &mut out);
    out.sort();
    out
}

/// The code of a line: comments dropped (doc examples may name anything).
fn code(line: &str) -> &str {
    match line.find("//") {
        Some(at) => &line[..at],
        None => line,
    }
}

/// `file:line: text` for each line of code in `files` that uses one of `words`.
fn uses(files: &[(PathBuf, String)], words: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for (path, text) in files {
        for (n, line) in text.lines().enumerate() {
            if words.iter().any(|w| code(line).contains(w)) {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    found
}

#[test]
fn the_core_never_touches_the_browser() {
    let found = uses(
        &sources("src/core"),
        &["web_sys", "js_sys", "wasm_bindgen", "leptos", "crate::ui", "crate::worker"],
    );
    assert!(found.is_empty(), "the core is pure Rust, tested natively:\n{}", found.join("\n"));
}

#[test]
fn the_ui_never_touches_sqlite_or_the_parser() {
    let found = uses(
        &sources("src/ui"),
        &["rusqlite", "sqlparser", "worker::session", "core::database", "Database::"],
    );
    assert!(
        found.is_empty(),
        "the page asks the database worker through the protocol:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_ui_builds_and_reads_no_sql_text() {
    // Keywords as they open a statement or clause in a string the UI would build; SQL the UI
    // shows comes from the core (lessons, notebooks, the core's query builders).
    let words =
        ["\"SELECT ", "\"INSERT ", "\"UPDATE ", "\"DELETE ", "\"CREATE ", "\"DROP ", " FROM {", "PRAGMA "];
    let found = uses(&sources("src/ui"), &words);
    assert!(found.is_empty(), "SQL is built in the core; the UI passes names:\n{}", found.join("\n"));
}

#[test]
fn only_the_worker_room_talks_to_workers() {
    // (The service worker is another matter: `ui::offline` talks to it directly.)
    let found = uses(&sources("src/ui"), &["Worker::new(", "web_sys::Worker"]);
    assert!(found.is_empty(), "workers are reached through worker::channel:\n{}", found.join("\n"));
}

#[test]
fn no_file_is_too_long_to_read_without_a_reason() {
    let mut too_long = Vec::new();
    for dir in ["src", "tests", "examples"] {
        for (path, text) in sources(dir) {
            let lines = text.lines().count();
            if lines > MAX_FILE_LINES && !text.lines().any(|l| l.starts_with(LONG_FILE)) {
                too_long.push(format!("{}: {lines} lines", path.display()));
            }
        }
    }
    assert!(
        too_long.is_empty(),
        "split these files, or say why not in a line starting `{LONG_FILE}`:\n{}",
        too_long.join("\n")
    );
}

/// Each function returning a view (`impl IntoView`, `AnyView`) in `text`: its name, first
/// line and length.
fn components(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut at = 0;
    while at < lines.len() {
        let line = lines[at];
        let trimmed = line.trim_start();
        let is_fn = trimmed.starts_with("fn ")
            || trimmed.starts_with("pub fn ")
            || trimmed.starts_with("pub(crate) fn ");
        if !is_fn {
            at += 1;
            continue;
        }
        // The signature runs to the line that opens the body.
        let mut open = at;
        while open < lines.len() && !lines[open].trim_end().ends_with('{') {
            open += 1;
        }
        let signature = lines[at..=open.min(lines.len() - 1)].join(" ");
        let indent = &line[..line.len() - trimmed.len()];
        let close = (open..lines.len()).find(|&i| lines[i] == format!("{indent}}}"));
        let returns_view = signature.contains("impl IntoView") || signature.contains("-> AnyView");
        if let (true, Some(close)) = (returns_view, close) {
            let name =
                trimmed.split(['(', '<']).next().unwrap_or("").rsplit(' ').next().unwrap_or("").to_owned();
            found.push((name, at + 1, close - at + 1));
        }
        at = open + 1;
    }
    found
}

#[test]
fn no_component_is_longer_than_a_screen_without_a_reason() {
    let mut too_long = Vec::new();
    for (path, text) in sources("src/ui") {
        if text.contains(LONG_COMPONENT) {
            continue;
        }
        for (name, line, length) in components(&text) {
            if length > MAX_COMPONENT_LINES {
                too_long.push(format!("{}:{line}: {name} is {length} lines", path.display()));
            }
        }
    }
    assert!(
        too_long.is_empty(),
        "split these components, or say why not in a comment with `{LONG_COMPONENT}`:\n{}",
        too_long.join("\n")
    );
}

#[test]
fn the_component_scanner_measures_what_it_should() {
    let text = "#[component]\npub fn Small(\n    a: u8,\n) -> impl IntoView {\n    view! { <p/> }\n}\n\nfn helper() -> u8 {\n    1\n}\n\n    fn inner() -> impl IntoView + use<> {\n        ()\n    }\nfn any(x: u8) -> AnyView {\n    ().into_any()\n}\n";
    let found = [("Small".to_owned(), 2, 5), ("inner".to_owned(), 12, 3), ("any".to_owned(), 15, 3)];
    assert_eq!(components(text), found);
}
