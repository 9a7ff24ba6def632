//! Lessons (and notebook files): Markdown with front matter and special fenced blocks, as
//! `lessons/README.md` describes. Parsing is pure, so every lesson is checked natively.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// A parsed lesson.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    /// From the file name: `03-normalization.md` → `normalization`.
    pub slug: String,
    pub title: String,
    /// A dataset id (see [`crate::core::datasets`]).
    pub dataset: String,
    /// SQL run after the dataset loads; with the dataset it makes the starting state.
    pub setup: String,
    pub blocks: Vec<Block>,
}

/// One piece of a lesson, in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Block {
    /// Markdown prose, rendered as text (raw HTML is never interpreted).
    Markdown(String),
    /// A runnable, editable cell; `expect_error` marks a cell meant to show an error.
    Sql {
        source: String,
        expect_error: bool,
    },
    Exercise(Exercise),
    /// A named widget, such as `erd`.
    Widget {
        kind: String,
        body: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exercise {
    pub id: String,
    /// Markdown (inline formatting) saying what to return.
    pub prompt: String,
    /// Revealed one at a time.
    pub hints: Vec<String>,
    /// What the learner's editor starts with.
    pub starter: String,
    /// Run on the starting state before this exercise is checked.
    pub setup: String,
    /// The reference solution, hidden until asked for.
    pub solution: String,
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum LessonError {
    #[error("the file does not start with front matter between `---` lines")]
    NoFrontMatter,
    #[error("front matter line {line}: {message}")]
    FrontMatter { line: usize, message: String },
    #[error("front matter has no `{0}`")]
    Missing(&'static str),
    #[error("exercise at line {line}: {message}")]
    Exercise { line: usize, message: String },
    #[error("unknown fence `{info}` at line {line}")]
    UnknownFence { line: usize, info: String },
}

/// The slug of a lesson file name: `03-normalization.md` → `normalization`.
pub fn slug_of(file_name: &str) -> String {
    let stem = file_name
        .rsplit('/')
        .next()
        .unwrap_or(file_name)
        .trim_end_matches(".md");
    let without_number = stem
        .split_once('-')
        .filter(|(n, _)| n.chars().all(|c| c.is_ascii_digit()));
    without_number.map_or(stem, |(_, rest)| rest).to_owned()
}

/// Parses a lesson file.
pub fn parse(file_name: &str, text: &str) -> Result<Lesson, LessonError> {
    let (front, body, body_line) = split_front_matter(text)?;
    let fields = parse_front_matter(front)?;
    let get = |key: &str| {
        fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    };
    let title = get("title").ok_or(LessonError::Missing("title"))?;
    let dataset = get("dataset").ok_or(LessonError::Missing("dataset"))?;
    let setup = get("setup").unwrap_or_default();
    let blocks = parse_body(body, body_line)?;
    Ok(Lesson {
        slug: slug_of(file_name),
        title,
        dataset,
        setup,
        blocks,
    })
}

impl Lesson {
    pub fn exercises(&self) -> impl Iterator<Item = &Exercise> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Exercise(e) => Some(e),
            _ => None,
        })
    }
}

/// Front matter text, body text, and the 1-based line where the body starts.
fn split_front_matter(text: &str) -> Result<(&str, &str, usize), LessonError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
        .ok_or(LessonError::NoFrontMatter)?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_line = front.lines().count() + 3;
            return Ok((front, body, body_line));
        }
        offset += line.len();
    }
    Err(LessonError::NoFrontMatter)
}

/// The small YAML subset lessons use: `key: value` and `key: |` followed by indented lines.
fn parse_front_matter(front: &str) -> Result<Vec<(String, String)>, LessonError> {
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut block: Option<(String, Vec<String>)> = None;
    for (index, line) in front.lines().enumerate() {
        let line_no = index + 2;
        if let Some((_, lines)) = block.as_mut() {
            if line.starts_with(' ') || line.starts_with('\t') || line.trim().is_empty() {
                lines.push(line.to_owned());
                continue;
            }
            let (key, lines) = block.take().expect("checked above");
            fields.push((key, dedent(&lines)));
        }
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| LessonError::FrontMatter {
                line: line_no,
                message: format!("expected `key: value`, found `{line}`"),
            })?;
        let key = key.trim().to_owned();
        let value = value.trim();
        if value == "|" {
            block = Some((key, Vec::new()));
        } else {
            fields.push((key, unquote(value).to_owned()));
        }
    }
    if let Some((key, lines)) = block {
        fields.push((key, dedent(&lines)));
    }
    Ok(fields)
}

fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value
            .strip_prefix(quote)
            .and_then(|v| v.strip_suffix(quote))
        {
            return inner;
        }
    }
    value
}

/// Removes the common indentation of a block scalar and trailing blank lines.
fn dedent(lines: &[String]) -> String {
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let text: Vec<&str> = lines
        .iter()
        .map(|l| l.get(indent..).unwrap_or("").trim_end())
        .collect();
    text.join("\n").trim_end().to_owned()
}

/// Splits the body into prose and special fenced blocks.
fn parse_body(body: &str, body_line: usize) -> Result<Vec<Block>, LessonError> {
    let line_at = |offset: usize| body_line + body[..offset].matches('\n').count();
    let mut blocks = Vec::new();
    let mut prose_start = 0;
    let mut fence: Option<(String, Range<usize>, String)> = None;
    for (event, range) in Parser::new(body).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                fence = Some((info.trim().to_owned(), range, String::new()));
            }
            Event::Text(text) => {
                if let Some((_, _, content)) = fence.as_mut() {
                    content.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                let Some((info, range, content)) = fence.take() else {
                    continue;
                };
                let Some(block) = special_block(&info, content, line_at(range.start))? else {
                    continue;
                };
                push_prose(&mut blocks, &body[prose_start..range.start]);
                blocks.push(block);
                prose_start = range.end;
            }
            _ => {}
        }
    }
    push_prose(&mut blocks, &body[prose_start..]);
    Ok(blocks)
}

fn push_prose(blocks: &mut Vec<Block>, text: &str) {
    if !text.trim().is_empty() {
        blocks.push(Block::Markdown(text.trim().to_owned()));
    }
}

/// The block a fence stands for, or `None` for an ordinary code sample (```python, say).
fn special_block(info: &str, content: String, line: usize) -> Result<Option<Block>, LessonError> {
    let mut words = info.split_whitespace();
    let language = words.next().unwrap_or("");
    let rest: Vec<&str> = words.collect();
    let source = content.trim_end().to_owned();
    Ok(match (language, rest.as_slice()) {
        ("sql", []) => Some(Block::Sql {
            source,
            expect_error: false,
        }),
        ("sql", ["expect-error"]) => Some(Block::Sql {
            source,
            expect_error: true,
        }),
        ("sql", ["exercise", attributes @ ..]) => {
            Some(Block::Exercise(parse_exercise(attributes, &source, line)?))
        }
        ("sql", _) => {
            return Err(LessonError::UnknownFence {
                line,
                info: info.to_owned(),
            });
        }
        ("erd", _) => Some(Block::Widget {
            kind: "erd".into(),
            body: source,
        }),
        _ => None,
    })
}

/// The parts of an exercise fence: `-- key: text` lines, and the solution.
fn parse_exercise(attributes: &[&str], source: &str, line: usize) -> Result<Exercise, LessonError> {
    let fail = |message: String| LessonError::Exercise { line, message };
    let id = attributes
        .iter()
        .find_map(|a| a.strip_prefix("id="))
        .filter(|id| !id.is_empty())
        .ok_or_else(|| fail("the fence needs `id=…`".into()))?
        .to_owned();
    let (mut prompt, mut hints, mut starter, mut setup, mut solution) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for text in source.lines() {
        let meta = text.trim_start().strip_prefix("--").and_then(|rest| {
            let (key, value) = rest.trim_start().split_once(':')?;
            Some((key.trim(), value.strip_prefix(' ').unwrap_or(value)))
        });
        match meta {
            Some(("prompt", v)) => prompt.push(v.trim().to_owned()),
            Some(("hint", v)) => hints.push(v.trim().to_owned()),
            Some(("starter", v)) => starter.push(v.to_owned()),
            Some(("setup", v)) => setup.push(v.to_owned()),
            _ => solution.push(text.to_owned()),
        }
    }
    let solution = solution.join("\n").trim().to_owned();
    if prompt.is_empty() {
        return Err(fail(format!("`{id}` has no `-- prompt:` line")));
    }
    if hints.is_empty() {
        return Err(fail(format!("`{id}` has no `-- hint:` line")));
    }
    if solution.is_empty() {
        return Err(fail(format!("`{id}` has no reference solution")));
    }
    Ok(Exercise {
        id,
        prompt: prompt.join(" "),
        hints,
        starter: starter.join("\n"),
        setup: setup.join("\n"),
        solution,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "---\ntitle: Flat files\ndataset: books-flat\nsetup: |\n  CREATE TABLE x (a);\n  INSERT INTO x VALUES (1);\n---\n\n# Intro\n\nSome *prose*.\n\n```sql\nSELECT 1;\n```\n\n```python\nprint('shown, not run')\n```\n\n```sql exercise id=flat-one\n-- prompt: Return the number\n-- prompt: one.\n-- hint: It is 1.\n-- hint: Really.\n-- starter: SELECT\n-- setup: INSERT INTO x VALUES (2);\n-- a comment kept in the solution\nSELECT a FROM x;\n```\n\n```erd\n```\n\nThe end.\n";

    #[test]
    fn parses_front_matter_prose_cells_exercises_and_widgets() {
        let lesson = parse("01-flat-files.md", SAMPLE).unwrap();
        assert_eq!(lesson.slug, "flat-files");
        assert_eq!(lesson.title, "Flat files");
        assert_eq!(lesson.dataset, "books-flat");
        assert_eq!(
            lesson.setup,
            "CREATE TABLE x (a);\nINSERT INTO x VALUES (1);"
        );
        assert_eq!(lesson.blocks.len(), 6, "{:#?}", lesson.blocks);
        assert_eq!(
            lesson.blocks[0],
            Block::Markdown("# Intro\n\nSome *prose*.".into())
        );
        assert_eq!(
            lesson.blocks[1],
            Block::Sql {
                source: "SELECT 1;".into(),
                expect_error: false
            }
        );
        let Block::Markdown(python) = &lesson.blocks[2] else {
            panic!()
        };
        assert!(
            python.contains("print('shown, not run')"),
            "other fences stay prose"
        );
        let Block::Exercise(exercise) = &lesson.blocks[3] else {
            panic!()
        };
        assert_eq!(exercise.id, "flat-one");
        assert_eq!(exercise.prompt, "Return the number one.");
        assert_eq!(exercise.hints, vec!["It is 1.", "Really."]);
        assert_eq!(exercise.starter, "SELECT");
        assert_eq!(exercise.setup, "INSERT INTO x VALUES (2);");
        assert_eq!(
            exercise.solution,
            "-- a comment kept in the solution\nSELECT a FROM x;"
        );
        assert_eq!(
            lesson.blocks[4],
            Block::Widget {
                kind: "erd".into(),
                body: String::new()
            }
        );
        assert_eq!(lesson.blocks[5], Block::Markdown("The end.".into()));
    }

    #[test]
    fn problems_are_reported_with_their_line() {
        assert_eq!(
            parse("a.md", "# no front matter"),
            Err(LessonError::NoFrontMatter)
        );
        assert_eq!(
            parse("a.md", "---\ntitle: T\n---\n"),
            Err(LessonError::Missing("dataset"))
        );
        let no_hint = "---\ntitle: T\ndataset: empty\n---\n\ntext\n\n```sql exercise id=x\n-- prompt: p\nSELECT 1;\n```\n";
        assert_eq!(
            parse("a.md", no_hint),
            Err(LessonError::Exercise {
                line: 8,
                message: "`x` has no `-- hint:` line".into()
            })
        );
        let unknown = "---\ntitle: T\ndataset: empty\n---\n```sql quiz\nSELECT 1;\n```\n";
        assert_eq!(
            parse("a.md", unknown),
            Err(LessonError::UnknownFence {
                line: 5,
                info: "sql quiz".into()
            })
        );
    }

    #[test]
    fn slugs_drop_the_ordering_number() {
        assert_eq!(slug_of("lessons/03-normalization.md"), "normalization");
        assert_eq!(slug_of("scratch.md"), "scratch");
        assert_eq!(slug_of("2024-plan.md"), "plan");
    }
}
