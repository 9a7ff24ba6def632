//! A chart as a standalone SVG file: the shapes of its [scene](ChartLayout::scene) with every
//! colour spelled out (the page's stylesheet is not there to supply them), on a white
//! background, with every text from the data escaped.

use std::fmt::Write;

use super::geometry::ChartLayout;
use super::scene::{Class, Geometry, Shape, coordinate};

const BACKGROUND: &str = "#ffffff";
const INK: &str = "#334155";
const MUTED: &str = "#64748b";
const GRID: &str = "#e2e8f0";
const BASELINE: &str = "#94a3b8";
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

impl ChartLayout {
    /// The chart as a complete SVG document, for saving as a .svg file.
    pub fn to_svg_string(&self) -> String {
        let (w, h) = (self.width, self.height);
        let mut svg = String::new();
        // `write!` to a String cannot fail.
        let _ = writeln!(svg, r#"<?xml version="1.0" encoding="UTF-8"?>"#);
        let _ = writeln!(
            svg,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.0} {h:.0}" font-family="{FONT}" font-size="12">"#
        );
        let _ = writeln!(svg, "<title>{}</title>", escape(&self.title));
        let _ = writeln!(svg, r#"<rect width="100%" height="100%" fill="{BACKGROUND}"/>"#);
        for shape in self.scene() {
            element(&mut svg, &shape);
        }
        svg.push_str("</svg>\n");
        svg
    }
}

/// One shape as an element on a line of its own.
fn element(svg: &mut String, shape: &Shape) {
    let paint = paint(shape);
    let c = coordinate;
    let (tag, attributes, content) = match &shape.geometry {
        Geometry::Line(s) => {
            let (x1, y1, x2, y2) = (c(s.x1), c(s.y1), c(s.x2), c(s.y2));
            ("line", format!(r#"x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" {paint}"#), None)
        }
        Geometry::Rect { rect: r, corner_radius } => {
            let (x, y, width, height) = (c(r.x), c(r.y), c(r.width), c(r.height));
            let rx = corner_radius.map(|r| format!(r#" rx="{r}""#)).unwrap_or_default();
            ("rect", format!(r#"x="{x}" y="{y}" width="{width}" height="{height}"{rx} {paint}"#), None)
        }
        Geometry::Polyline { points } => ("polyline", format!(r#"points="{points}" {paint}"#), None),
        Geometry::Circle { cx, cy, r } => {
            ("circle", format!(r#"cx="{}" cy="{}" r="{r}" {paint}"#, c(*cx), c(*cy)), None)
        }
        Geometry::Text { x, y, anchor, transform, content } => {
            let transform = transform.as_ref().map(|r| format!(r#" transform="{r}""#)).unwrap_or_default();
            let (x, y, anchor) = (c(*x), c(*y), anchor.as_str());
            let attributes = format!(r#"x="{x}" y="{y}" text-anchor="{anchor}" {paint}{transform}"#);
            ("text", attributes, Some(escape(content)))
        }
    };
    let tooltip = shape.tooltip.as_deref().map(|t| format!("<title>{}</title>", escape(t)));
    // An element with nothing inside closes itself.
    let _ = match (content, tooltip) {
        (None, None) => writeln!(svg, "<{tag} {attributes}/>"),
        (content, tooltip) => writeln!(
            svg,
            "<{tag} {attributes}>{}{}</{tag}>",
            content.unwrap_or_default(),
            tooltip.unwrap_or_default()
        ),
    };
}

/// The file's stand-in for the page's stylesheet (the `.chart` rules of style/joinery.css, in
/// the light theme's colours): the presentation attributes of a shape's class, with its
/// series' colour where it has one.
fn paint(shape: &Shape) -> String {
    let fill = shape.fill().unwrap_or_default();
    let stroke = shape.stroke().unwrap_or_default();
    match shape.class {
        Class::Grid => format!(r#"stroke="{GRID}" stroke-width="1""#),
        Class::Baseline => format!(r#"stroke="{BASELINE}" stroke-width="1""#),
        Class::Bar | Class::Swatch => format!(r#"fill="{fill}""#),
        Class::Line => format!(
            r#"fill="none" stroke="{stroke}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round""#
        ),
        Class::Marker => format!(r#"fill="{fill}" stroke="{BACKGROUND}" stroke-width="1""#),
        Class::Tick | Class::Label => format!(r#"fill="{MUTED}""#),
        Class::Title | Class::Legend => format!(r#"fill="{INK}""#),
    }
}

/// `text` safe inside an element or a quoted attribute: markup characters become entities, and
/// the control characters XML 1.0 does not allow (SQLite text may hold any) become U+FFFD.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}
