//! A lesson's front matter: the `---` lines that open the file, and the small YAML subset
//! between them.

use super::LessonError;

/// Front matter text, body text, and the 1-based line where the body starts.
pub(super) fn split_front_matter(text: &str) -> Result<(&str, &str, usize), LessonError> {
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
pub(super) fn parse_front_matter(front: &str) -> Result<Vec<(String, String)>, LessonError> {
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
        let (key, value) = line.split_once(':').ok_or_else(|| LessonError::FrontMatter {
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
        if let Some(inner) = value.strip_prefix(quote).and_then(|v| v.strip_suffix(quote)) {
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
    let text: Vec<&str> = lines.iter().map(|l| l.get(indent..).unwrap_or("").trim_end()).collect();
    text.join("\n").trim_end().to_owned()
}
