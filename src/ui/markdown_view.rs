//! Renders lesson Markdown (see [`crate::core::markdown`]) as views: every piece of text is a
//! text node, so nothing in a lesson is ever parsed as HTML.

use leptos::prelude::*;

use crate::core::markdown::{self, Element, Node};

#[component]
pub fn MarkdownView(
    /// The Markdown source.
    text: String,
) -> impl IntoView {
    let nodes = markdown::parse(&text);
    view! { <div class="prose">{nodes.into_iter().map(render).collect_view()}</div> }
}

/// Inline Markdown (a prompt): rendered without a wrapping paragraph.
pub fn inline(text: &str) -> AnyView {
    let nodes = markdown::parse(text);
    let nodes = match nodes.as_slice() {
        [Node::Element(Element::Paragraph, children)] => children.clone(),
        _ => nodes,
    };
    nodes.into_iter().map(render).collect_view().into_any()
}

fn render(node: Node) -> AnyView {
    match node {
        Node::Text(text) => text.into_any(),
        Node::Code(code) => view! { <code>{code}</code> }.into_any(),
        Node::CodeBlock { language, code } => {
            let label =
                (!language.is_empty()).then(|| view! { <span class="language">{language.clone()}</span> });
            view! {
                <pre class="code-sample" data-language=language>
                    {label}
                    <code>{code}</code>
                </pre>
            }
            .into_any()
        }
        Node::LineBreak => view! { <br /> }.into_any(),
        Node::Rule => view! { <hr /> }.into_any(),
        Node::Element(element, children) => {
            let children = children.into_iter().map(render).collect_view();
            match element {
                Element::Paragraph => view! { <p>{children}</p> }.into_any(),
                Element::Heading(1) | Element::Heading(2) => view! { <h2>{children}</h2> }.into_any(),
                Element::Heading(3) => view! { <h3>{children}</h3> }.into_any(),
                Element::Heading(_) => view! { <h4>{children}</h4> }.into_any(),
                Element::Emphasis => view! { <em>{children}</em> }.into_any(),
                Element::Strong => view! { <strong>{children}</strong> }.into_any(),
                Element::Strikethrough => view! { <s>{children}</s> }.into_any(),
                Element::BlockQuote => view! { <blockquote>{children}</blockquote> }.into_any(),
                Element::List { ordered: true, start } => {
                    view! { <ol start=start>{children}</ol> }.into_any()
                }
                Element::List { ordered: false, .. } => view! { <ul>{children}</ul> }.into_any(),
                Element::Item => view! { <li>{children}</li> }.into_any(),
                Element::Link(href) => {
                    let external = href.starts_with("http");
                    view! {
                        <a
                            href=href
                            target=external.then_some("_blank")
                            rel=external.then_some("noopener noreferrer")
                        >
                            {children}
                        </a>
                    }
                    .into_any()
                }
                Element::Table => view! {
                    <div class="table-scroll">
                        <table class="prose-table">{children}</table>
                    </div>
                }
                .into_any(),
                Element::TableHead => view! {
                    <thead>
                        <tr>{children}</tr>
                    </thead>
                }
                .into_any(),
                Element::TableRow => view! { <tr>{children}</tr> }.into_any(),
                Element::TableCell => view! { <td>{children}</td> }.into_any(),
            }
        }
    }
}
