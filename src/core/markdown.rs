//! Markdown as a small owned tree, built with pulldown-cmark, for the UI to render as views.
//! Raw HTML becomes text: a lesson can never inject markup or script.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element, Vec<Node>),
    Text(String),
    /// Inline `code`.
    Code(String),
    /// A fenced or indented code block that is not a special lesson block: shown, not run.
    CodeBlock {
        language: String,
        code: String,
    },
    LineBreak,
    Rule,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    Paragraph,
    Heading(u8),
    Emphasis,
    Strong,
    Strikethrough,
    BlockQuote,
    List {
        ordered: bool,
        start: u64,
    },
    Item,
    /// A link with a safe target (http, https, mailto, or relative).
    Link(String),
    Table,
    TableHead,
    TableRow,
    TableCell,
}

/// Parses Markdown into a list of block nodes.
pub fn parse(text: &str) -> Vec<Node> {
    let mut stack: Vec<(Option<Element>, Vec<Node>)> = vec![(None, Vec::new())];
    let mut code_block: Option<(String, String)> = None;
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(text, options) {
        if let Some((_, code)) = code_block.as_mut() {
            match event {
                Event::Text(t) => code.push_str(&t),
                Event::End(TagEnd::CodeBlock) => {
                    let (language, code) = code_block.take().expect("inside a code block");
                    push(&mut stack, Node::CodeBlock { language, code: code.trim_end().to_owned() });
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let language = match kind {
                    pulldown_cmark::CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_owned()
                    }
                    pulldown_cmark::CodeBlockKind::Indented => String::new(),
                };
                code_block = Some((language, String::new()));
            }
            Event::Start(tag) => stack.push((element(tag), Vec::new())),
            Event::End(_) => {
                let (element, children) = stack.pop().expect("balanced events");
                match element {
                    Some(element) => push(&mut stack, Node::Element(element, children)),
                    // Unsupported containers (images, footnotes) keep their text.
                    None => {
                        for child in children {
                            push(&mut stack, child);
                        }
                    }
                }
            }
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => {
                push(&mut stack, Node::Text(t.into_string()))
            }
            Event::Code(c) => push(&mut stack, Node::Code(c.into_string())),
            Event::SoftBreak => push(&mut stack, Node::Text(" ".into())),
            Event::HardBreak => push(&mut stack, Node::LineBreak),
            Event::Rule => push(&mut stack, Node::Rule),
            _ => {}
        }
    }
    stack.pop().map(|(_, nodes)| nodes).unwrap_or_default()
}

fn push(stack: &mut [(Option<Element>, Vec<Node>)], node: Node) {
    if let Some((_, children)) = stack.last_mut() {
        children.push(node);
    }
}

fn element(tag: Tag<'_>) -> Option<Element> {
    Some(match tag {
        Tag::Paragraph => Element::Paragraph,
        Tag::Heading { level, .. } => Element::Heading(match level {
            HeadingLevel::H1 => 1,
            HeadingLevel::H2 => 2,
            HeadingLevel::H3 => 3,
            HeadingLevel::H4 => 4,
            HeadingLevel::H5 => 5,
            HeadingLevel::H6 => 6,
        }),
        Tag::Emphasis => Element::Emphasis,
        Tag::Strong => Element::Strong,
        Tag::Strikethrough => Element::Strikethrough,
        Tag::BlockQuote(_) => Element::BlockQuote,
        Tag::List(start) => Element::List { ordered: start.is_some(), start: start.unwrap_or(1) },
        Tag::Item => Element::Item,
        Tag::Link { dest_url, .. } if is_safe_url(&dest_url) => Element::Link(dest_url.into_string()),
        Tag::Table(_) => Element::Table,
        Tag::TableHead => Element::TableHead,
        Tag::TableRow => Element::TableRow,
        Tag::TableCell => Element::TableCell,
        _ => return None,
    })
}

/// Links may go to web pages, mail, or elsewhere on the site; `javascript:` and the like are
/// dropped (their text stays).
fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    match lower.split_once(':') {
        Some((scheme, _)) if !scheme.contains('/') && !scheme.contains('#') && !scheme.contains('?') => {
            matches!(scheme, "http" | "https" | "mailto")
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_a_tree_of_blocks_and_inlines() {
        let nodes = parse("# Title\n\nSome *em* and `code`.\n\n- a\n- b\n");
        assert_eq!(nodes[0], Node::Element(Element::Heading(1), vec![Node::Text("Title".into())]));
        assert_eq!(
            nodes[1],
            Node::Element(
                Element::Paragraph,
                vec![
                    Node::Text("Some ".into()),
                    Node::Element(Element::Emphasis, vec![Node::Text("em".into())]),
                    Node::Text(" and ".into()),
                    Node::Code("code".into()),
                    Node::Text(".".into()),
                ]
            )
        );
        let Node::Element(Element::List { ordered: false, .. }, items) = &nodes[2] else {
            panic!("{nodes:?}")
        };
        assert_eq!(items.len(), 2);
    }

    #[test]
    fn html_is_text_and_unsafe_links_lose_their_target() {
        let nodes = parse("<script>alert(1)</script>\n\n[x](javascript:alert(1)) [y](https://sqlite.org)");
        assert_eq!(nodes[0], Node::Text("<script>alert(1)</script>\n".into()));
        let Node::Element(Element::Paragraph, inline) = &nodes[1] else { panic!("{nodes:?}") };
        assert_eq!(inline[0], Node::Text("x".into()));
        assert_eq!(
            inline[2],
            Node::Element(Element::Link("https://sqlite.org".into()), vec![Node::Text("y".into())])
        );
    }

    #[test]
    fn code_blocks_keep_their_language() {
        let nodes = parse("```python\nprint(1)\n```\n");
        assert_eq!(nodes, vec![Node::CodeBlock { language: "python".into(), code: "print(1)".into() }]);
    }
}
