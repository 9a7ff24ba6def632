//! Notebooks as Markdown files, in the lesson format (`lessons/README.md`): a notebook saves
//! to `.md` and a `.md` (a notebook or a lesson) opens as a notebook.

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag};

use super::lesson::{self, Block, CELL_BREAK, LessonError, TEXT_START};
use super::notebook::{CellKind, Notebook};

// `CELL_BREAK` is written after every text cell: two text cells in a row would otherwise read
// back as one, and its `-->` (and `>`) ends an HTML comment or `<!…` block a text cell left
// open, which would otherwise swallow the SQL fence after it. `TEXT_START` is written before a
// text cell that would otherwise read back as more than prose (it shows a ```sql sample).

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

/// Writes a notebook as Markdown: front matter (with the `setup` SQL that makes its starting
/// state, when there is one), then one ```sql fence per SQL cell and text cells as they are.
pub fn to_markdown(title: &str, dataset: &str, setup: &str, notebook: &Notebook) -> String {
    // One line each: a line break (possible in a `key: |` block of a file that was opened) would
    // leave a line the front matter cannot read.
    let mut text =
        format!("---\ntitle: {}\ndataset: {}\n", title.replace('\n', " "), dataset.replace('\n', " "));
    if !setup.trim().is_empty() {
        // A block, indented, so that no line of it can end the front matter.
        text.push_str("setup: |\n");
        for line in setup.lines() {
            text.push_str(&format!("  {line}\n"));
        }
    }
    text.push_str("---\n");
    for cell in notebook.cells() {
        match cell.kind {
            CellKind::Sql => {
                let fence = fence_for(&cell.source);
                text.push_str(&format!("\n{fence}sql\n{}\n{fence}\n", cell.source.trim_end()));
            }
            CellKind::Text => {
                let prose = lesson::trim_blank_lines(&cell.source);
                if !reads_as_prose(prose) {
                    text.push_str(&format!("\n{TEXT_START}\n"));
                }
                text.push_str(&format!("\n{prose}{}\n\n{CELL_BREAK}\n", closing_tags(prose)));
            }
        }
    }
    text
}

/// Whether `prose`, read as a lesson body, is prose only: no fence in it makes a cell, a widget
/// or an exercise, or fails to read.
fn reads_as_prose(prose: &str) -> bool {
    lesson::parse_body(prose, 1).is_ok_and(|blocks| blocks.iter().all(|b| matches!(b, Block::Markdown(_))))
}

/// What closes the blocks `prose` leaves open at its end, a code fence or an HTML block that
/// only its own end condition ends (`<pre>`, `<!--`, `<?`…): left open, one would run on over
/// the cell marker and the cells after it. (The closers come back as part of the text cell,
/// which keeps every character it had.) Found by asking the Markdown parser which earlier block
/// holds the marker, until none does and the marker stands alone; each round closes one block.
fn closing_tags(prose: &str) -> String {
    let mut closers = String::new();
    for _ in 0..MAX_NESTED_OPEN_BLOCKS {
        let written = format!("{prose}{closers}\n\n{CELL_BREAK}\n");
        let marker_at = written.len() - CELL_BREAK.len() - 1;
        match closer_of_block_holding(&written, marker_at) {
            Some(closer) => closers.push_str(&format!("\n{closer}")),
            None => break,
        }
    }
    closers
}

/// Blocks closed at most; each round closes the outermost, and Markdown blocks of these kinds
/// do not nest, so one or two suffice in practice.
const MAX_NESTED_OPEN_BLOCKS: usize = 4;

/// What ends the top-level block of `markdown` that starts before `offset` and runs over it,
/// when it is a fenced code block or an HTML block of a kind that a blank line does not end.
fn closer_of_block_holding(markdown: &str, offset: usize) -> Option<String> {
    let mut depth = 0usize;
    for (event, range) in Parser::new(markdown).into_offset_iter() {
        let holds = depth == 0 && range.start < offset && offset < range.end;
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) if holds => {
                let line = markdown[range.start..].trim_start_matches(' ');
                let mark = line.chars().next()?;
                return Some(line.chars().take_while(|c| *c == mark).collect());
            }
            Event::Start(Tag::HtmlBlock) if holds => return html_closer(&markdown[range]),
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// What ends an HTML block, by CommonMark's kinds, from its first characters.
fn html_closer(block: &str) -> Option<String> {
    let start = block.trim_start_matches(' ').to_ascii_lowercase();
    for tag in RAW_BLOCK_TAGS {
        let after = start.strip_prefix('<').and_then(|s| s.strip_prefix(tag));
        if after.is_some_and(|rest| rest.chars().next().is_none_or(|c| c == '>' || c.is_whitespace())) {
            return Some(format!("</{tag}>"));
        }
    }
    let closer = if start.starts_with("<!--") {
        "-->"
    } else if start.starts_with("<?") {
        "?>"
    } else if start.starts_with("<![cdata[") {
        "]]>"
    } else if start.starts_with("<!") {
        ">"
    } else {
        return None;
    };
    Some(closer.to_owned())
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
        Block::Markdown(prose) => text_cells(prose),
        Block::Widget { .. } => Vec::new(),
    });
    Ok(NotebookFile {
        title: lesson.title,
        dataset: lesson.dataset,
        setup: lesson.setup,
        notebook: Notebook::from_cells(cells),
    })
}

/// The text cells of a stretch of prose: the parts between its cell markers.
fn text_cells(prose: &str) -> Vec<(CellKind, String)> {
    let mut cells = Vec::new();
    let mut start = 0;
    let ends = lesson::cell_markers(prose)
        .into_iter()
        .map(|(range, _)| range)
        .chain(std::iter::once(prose.len()..prose.len()));
    for marker in ends {
        let part = lesson::trim_blank_lines(&prose[start..marker.start]);
        if !part.is_empty() {
            cells.push((CellKind::Text, part.to_owned()));
        }
        start = marker.end;
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notebook_survives_a_round_trip_through_markdown() {
        let notebook =
            Notebook::from_sources(["SELECT 1;", "-- a comment\nSELECT 'with ``` backticks' AS tricky;", ""]);
        let text = to_markdown("My notes", "chinook", "", &notebook);
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
        let back = from_markdown("notes.md", &to_markdown("Notes", "books", "", &notebook)).unwrap();
        let cells: Vec<(CellKind, &str)> =
            back.notebook.cells().iter().map(|c| (c.kind, c.source.as_str())).collect();
        let expected: Vec<(CellKind, &str)> =
            notebook.cells().iter().map(|c| (c.kind, c.source.as_str())).collect();
        assert_eq!(cells, expected);
    }

    #[test]
    fn a_text_cell_left_open_does_not_swallow_the_cells_after_it() {
        for open in [
            "<!-- draft",
            "<!X",
            "<pre>code",
            "<SCRIPT>x = 1",
            "  ```",
            "~~~~text\n~~~\nstill open",
            "<?php echo 1;",
            "<![CDATA[ x",
            "<!-- a\n\n```erd\nb\n```",
            "> ```\n> quoted fence",
        ] {
            let notebook = Notebook::from_cells([(CellKind::Text, open), (CellKind::Sql, "SELECT 1;")]);
            let back = from_markdown("n.md", &to_markdown("N", "books", "", &notebook)).unwrap();
            let cells: Vec<(CellKind, &str)> =
                back.notebook.cells().iter().map(|c| (c.kind, c.source.as_str())).collect();
            assert_eq!(cells.len(), 2, "{open:?}: {cells:?}");
            assert!(cells[0].1.starts_with(open), "{open:?}: {cells:?}");
            assert_eq!(cells[1], (CellKind::Sql, "SELECT 1;"), "{open:?}");
        }
    }

    fn round_trip(cells: &[(CellKind, &str)]) -> (String, Vec<(CellKind, String)>) {
        let text = to_markdown("N", "books", "", &Notebook::from_cells(cells.iter().copied()));
        let back = from_markdown("n.md", &text).unwrap_or_else(|e| panic!("{e}:\n{text}"));
        (text, back.notebook.cells().iter().map(|c| (c.kind, c.source.clone())).collect())
    }

    #[test]
    fn a_text_cell_showing_sql_samples_stays_one_text_cell() {
        for sample in [
            "Try this:\n\n```sql\nSELECT 1;\n```\n\nthen this:\n\n```sql exercise id=x\nSELECT 2;\n```",
            "```erd\nnot a diagram\n```",
            "```sql quiz\n?\n```",
        ] {
            let cells = [(CellKind::Text, sample), (CellKind::Sql, "SELECT 3;"), (CellKind::Text, "After.")];
            let (text, back) = round_trip(&cells);
            assert!(text.contains(TEXT_START), "{text}");
            let expected: Vec<(CellKind, String)> =
                cells.iter().map(|(k, s)| (*k, (*s).to_owned())).collect();
            assert_eq!(back, expected, "{text}");
        }
        // Plain prose needs no marker.
        let (text, _) = round_trip(&[(CellKind::Text, "Just words.\n\n```python\nprint(1)\n```")]);
        assert!(!text.contains(TEXT_START), "{text}");
    }

    #[test]
    fn a_cell_marker_inside_a_code_block_or_a_list_does_not_split_a_text_cell() {
        for source in [
            "```\n<!-- cell -->\n```",
            "    <!-- cell -->\n\nindented code",
            "- item\n\n  <!-- cell -->\n\n  more",
            "> <!-- text -->\n> quoted",
        ] {
            let (text, back) = round_trip(&[(CellKind::Text, source), (CellKind::Sql, "SELECT 1;")]);
            assert_eq!(
                back,
                vec![(CellKind::Text, source.to_owned()), (CellKind::Sql, "SELECT 1;".to_owned())],
                "{text}"
            );
        }
    }

    #[test]
    fn the_setup_is_saved_with_the_cells() {
        let setup = "CREATE TABLE wish (title TEXT);\n\n  INSERT INTO wish VALUES ('---');\n---";
        let notebook = Notebook::from_cells([(CellKind::Sql, "SELECT * FROM wish;")]);
        let text = to_markdown("N", "books", setup, &notebook);
        let back = from_markdown("n.md", &text).unwrap_or_else(|e| panic!("{e}:\n{text}"));
        assert_eq!(back.setup, setup, "{text}");
        assert_eq!(back.notebook.cells()[0].source, "SELECT * FROM wish;");
        assert!(!to_markdown("N", "books", "", &notebook).contains("setup"));
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
