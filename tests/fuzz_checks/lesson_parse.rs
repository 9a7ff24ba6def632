//! lesson_parse: text read as a lesson and as a notebook file, and written back.

use joinery::core::notebook_file::{NotebookFile, from_markdown, to_markdown};
use joinery::core::{CellKind, Notebook, lesson};

/// Parses UTF-8 text as a lesson and as a notebook file (the same parse underneath, so both
/// succeed or both fail); a notebook file written back with `to_markdown` must read back, with
/// the same cells. SQL cells are compared without trailing white space, which the file format
/// does not keep (a fence's content is trimmed at the end when read, by design).
///
/// One case is known to break that, and is only run (see `fuzz/README.md`): a text cell that
/// holds one of the format's own markers (`<!-- cell -->`, `<!-- text -->`) on a line of its
/// own, which reads back as a boundary between cells.
pub fn lesson_parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lesson = lesson::parse("01-fuzz.md", text);
    let file = from_markdown("fuzz.md", text);
    assert_eq!(lesson.is_ok(), file.is_ok(), "a notebook file is a lesson");
    let Ok(file) = file else {
        return;
    };
    if file.notebook.cells().iter().any(|c| c.kind == CellKind::Text && holds_a_marker_line(&c.source)) {
        let _ = to_markdown(&file.title, &file.dataset, &file.setup, &file.notebook);
        return;
    }
    let once = read_back(&file);
    // Leading white space of a one-line `setup:` value is not kept (SQL does not need it).
    assert_eq!(once.setup.trim(), file.setup.trim(), "a round trip changed the setup");
    let once = NotebookFile { notebook: once.notebook, ..file.clone() };
    let (before, after) = (cells(&file.notebook), cells(&once.notebook));
    assert_eq!(before.len(), after.len(), "a round trip changed the cells: {before:?} became {after:?}");
    for ((kind, source), (kind_back, source_back)) in before.iter().zip(&after) {
        assert_eq!(kind, kind_back, "a round trip changed a cell's kind: {before:?} became {after:?}");
        match kind {
            CellKind::Sql => assert_eq!(source, source_back, "a round trip changed a SQL cell"),
            // A text cell that left a block open comes back with it closed, and only that.
            CellKind::Text => assert!(
                source_back.strip_prefix(source).is_some_and(only_closers),
                "a round trip changed a text cell: {source:?} became {source_back:?}"
            ),
        }
    }
    let twice = read_back(&once);
    assert_eq!(cells(&twice.notebook), after, "a second round trip changed the cells");
}

/// The notebook file written with `to_markdown` and read back, which must succeed.
fn read_back(file: &NotebookFile) -> NotebookFile {
    let written = to_markdown(&file.title, &file.dataset, &file.setup, &file.notebook);
    from_markdown("fuzz.md", &written)
        .unwrap_or_else(|err| panic!("to_markdown wrote a file that does not read back ({err}):\n{written}"))
}

/// Whether `text` holds nothing but lines that close a Markdown block: a fence, `-->`, `?>`,
/// `>`, `]]>` or the end tag of a raw HTML block.
fn only_closers(text: &str) -> bool {
    const TAGS: [&str; 8] = ["-->", "?>", ">", "]]>", "</script>", "</pre>", "</style>", "</textarea>"];
    text.lines().all(|line| {
        let line = line.trim();
        line.is_empty()
            || TAGS.contains(&line)
            || (line.len() >= 3 && (line.bytes().all(|b| b == b'`') || line.bytes().all(|b| b == b'~')))
    })
}

/// Whether a line of `text`, trimmed, is one of the notebook format's markers.
fn holds_a_marker_line(text: &str) -> bool {
    text.lines().any(|line| [lesson::CELL_BREAK, lesson::TEXT_START].contains(&line.trim()))
}

fn cells(notebook: &Notebook) -> Vec<(CellKind, &str)> {
    notebook
        .cells()
        .iter()
        .map(|c| match c.kind {
            CellKind::Sql => (c.kind, c.source.trim_end()),
            CellKind::Text => (c.kind, c.source.as_str()),
        })
        .collect()
}
