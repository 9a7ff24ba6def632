//! Notebooks as Markdown files, in the lesson format (`lessons/README.md`): a notebook saves
//! to `.md` and a `.md` (a notebook or a lesson) opens as a notebook.

use super::lesson::{self, Block, LessonError};
use super::notebook::{CellKind, Notebook};

/// Written after every text cell: two text cells in a row would otherwise read back as one,
/// and its `-->` (and `>`) ends an HTML comment or `<!…` block a text cell left open, which
/// would otherwise swallow the SQL fence after it.
const CELL_BREAK: &str = "<!-- cell -->";

/// HTML blocks that Markdown ends only at their closing tag (CommonMark's raw blocks).
const RAW_BLOCK_TAGS: [&str; 4] = ["script", "pre", "style", "textarea"];

/// A notebook file's content: which dataset it runs on and its cells.
#[derive(Debug, Clone, PartialEq)]
pub struct NotebookFile {
    pub title: String,
    pub dataset: String,
    pub setup: String,
    pub notebook: Notebook,
}

/// Writes a notebook as Markdown: front matter, then one ```sql fence per SQL cell and text
/// cells as they are.
pub fn to_markdown(title: &str, dataset: &str, notebook: &Notebook) -> String {
    // One line each: a line break (possible in a `key: |` block of a file that was opened) would
    // leave a line the front matter cannot read.
    let mut text =
        format!("---\ntitle: {}\ndataset: {}\n---\n", title.replace('\n', " "), dataset.replace('\n', " "));
    for cell in notebook.cells() {
        match cell.kind {
            CellKind::Sql => {
                let fence = fence_for(&cell.source);
                text.push_str(&format!("\n{fence}sql\n{}\n{fence}\n", cell.source.trim_end()));
            }
            CellKind::Text => {
                let prose = lesson::trim_blank_lines(&cell.source);
                text.push_str(&format!("\n{prose}{}\n\n{CELL_BREAK}\n", closing_tags(prose)));
            }
        }
    }
    text
}

/// What closes the blocks `prose` opens and does not close, a code fence or a raw HTML block
/// (`<pre>`, `<script>`…): left open, one would run on over the cells after it. (They come back
/// as part of the text cell, which keeps every character it had.)
fn closing_tags(prose: &str) -> String {
    let lower = prose.to_ascii_lowercase();
    let mut closers = open_fence(prose).map(|fence| format!("\n{fence}")).unwrap_or_default();
    for tag in RAW_BLOCK_TAGS {
        let open_tag = format!("<{tag}");
        let opened = lower
            .match_indices(&open_tag)
            .filter(|(at, _)| {
                lower[at + open_tag.len()..].chars().next().is_none_or(|c| c == '>' || c.is_whitespace())
            })
            .count();
        if opened > lower.matches(&format!("</{tag}>")).count() {
            closers.push_str(&format!("\n</{tag}>"));
        }
    }
    closers
}

/// The fence (``` or ~~~, as long as it was opened) that closes a code block `prose` leaves
/// open, following CommonMark: a fence line is indented at most three spaces; a closing fence
/// uses the same character, at least as many, and nothing after it.
fn open_fence(prose: &str) -> Option<String> {
    let mut open: Option<(char, usize)> = None;
    for line in prose.lines() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if indent > 3 {
            continue;
        }
        let rest = &line[indent..];
        let Some(mark) = rest.chars().next().filter(|c| *c == '`' || *c == '~') else { continue };
        let run = rest.len() - rest.trim_start_matches(mark).len();
        if run < 3 {
            continue;
        }
        let after = &rest[run..];
        match open {
            None if !(mark == '`' && after.contains('`')) => open = Some((mark, run)),
            Some((char, length)) if char == mark && run >= length && after.trim().is_empty() => open = None,
            _ => {}
        }
    }
    open.map(|(mark, length)| mark.to_string().repeat(length))
}

/// A fence longer than any run of backticks in the cell, so the cell's text cannot end it.
fn fence_for(source: &str) -> String {
    let longest = source.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

/// Reads a notebook (or lesson) file: its SQL cells become SQL cells and its prose text
/// cells; exercises become SQL cells holding their starter text, or their prompt as a comment.
pub fn from_markdown(file_name: &str, text: &str) -> Result<NotebookFile, LessonError> {
    let lesson = lesson::parse(file_name, text)?;
    let cells = lesson.blocks.iter().flat_map(|block| match block {
        Block::Sql { source, .. } => vec![(CellKind::Sql, source.clone())],
        Block::Exercise(e) if !e.starter.is_empty() => vec![(CellKind::Sql, e.starter.clone())],
        Block::Exercise(e) => vec![(CellKind::Sql, format!("-- {}\n", e.prompt))],
        Block::Markdown(prose) => prose
            .split(CELL_BREAK)
            .map(lesson::trim_blank_lines)
            .filter(|part| !part.is_empty())
            .map(|part| (CellKind::Text, part.to_owned()))
            .collect(),
        Block::Widget { .. } => Vec::new(),
    });
    Ok(NotebookFile {
        title: lesson.title,
        dataset: lesson.dataset,
        setup: lesson.setup,
        notebook: Notebook::from_cells(cells),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notebook_survives_a_round_trip_through_markdown() {
        let notebook =
            Notebook::from_sources(["SELECT 1;", "-- a comment\nSELECT 'with ``` backticks' AS tricky;", ""]);
        let text = to_markdown("My notes", "chinook", &notebook);
        let back = from_markdown("notes.md", &text).unwrap();
        assert_eq!(back.title, "My notes");
        assert_eq!(back.dataset, "chinook");
        let sources: Vec<&str> = back.notebook.cells().iter().map(|c| c.source.as_str()).collect();
        assert_eq!(sources, vec!["SELECT 1;", "-- a comment\nSELECT 'with ``` backticks' AS tricky;", ""]);
    }

    #[test]
    fn text_cells_survive_a_round_trip_even_side_by_side() {
        let notebook = Notebook::from_cells([
            (CellKind::Text, "# Orders\n\nWho bought what."),
            (CellKind::Text, "A second *note*."),
            (CellKind::Sql, "SELECT 1;"),
            (CellKind::Text, "```python\nprint('not sql')\n```"),
        ]);
        let back = from_markdown("notes.md", &to_markdown("Notes", "books", &notebook)).unwrap();
        let cells: Vec<(CellKind, &str)> =
            back.notebook.cells().iter().map(|c| (c.kind, c.source.as_str())).collect();
        let expected: Vec<(CellKind, &str)> =
            notebook.cells().iter().map(|c| (c.kind, c.source.as_str())).collect();
        assert_eq!(cells, expected);
    }

    #[test]
    fn a_text_cell_left_open_does_not_swallow_the_cells_after_it() {
        for open in ["<!-- draft", "<!X", "<pre>code", "<SCRIPT>x = 1", "  ```", "~~~~text\n~~~\nstill open"]
        {
            let notebook = Notebook::from_cells([(CellKind::Text, open), (CellKind::Sql, "SELECT 1;")]);
            let back = from_markdown("n.md", &to_markdown("N", "books", &notebook)).unwrap();
            let cells: Vec<(CellKind, &str)> =
                back.notebook.cells().iter().map(|c| (c.kind, c.source.as_str())).collect();
            assert_eq!(cells.len(), 2, "{open:?}: {cells:?}");
            assert!(cells[0].1.starts_with(open), "{open:?}: {cells:?}");
            assert_eq!(cells[1], (CellKind::Sql, "SELECT 1;"), "{open:?}");
        }
    }

    #[test]
    fn a_lesson_opens_as_a_notebook() {
        let lesson = "---\ntitle: L\ndataset: books\n---\nText.\n\n```sql\nSELECT 2;\n```\n\n```sql exercise id=e\n-- prompt: Count the books.\n-- hint: count(*)\nSELECT count(*) FROM book;\n```\n";
        let file = from_markdown("01-l.md", lesson).unwrap();
        let cells: Vec<(CellKind, &str)> =
            file.notebook.cells().iter().map(|c| (c.kind, c.source.as_str())).collect();
        assert_eq!(
            cells,
            vec![
                (CellKind::Text, "Text."),
                (CellKind::Sql, "SELECT 2;"),
                (CellKind::Sql, "-- Count the books.\n")
            ]
        );
    }
}
