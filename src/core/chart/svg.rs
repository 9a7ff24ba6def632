//! A chart as a standalone SVG file: every colour spelled out (the page's stylesheet is not
//! there to supply them), on a white background, with every text from the data escaped.

use std::fmt::Write;

use super::PALETTE;
use super::geometry::{ChartLayout, MARKER_RADIUS, Segment, Text, TextRole};

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
        for line in &self.gridlines {
            segment(&mut svg, line, GRID);
        }
        segment(&mut svg, &self.baseline, BASELINE);
        for bar in &self.bars {
            let r = bar.rect;
            let _ = writeln!(
                svg,
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{}"><title>{}</title></rect>"#,
                r.x,
                r.y,
                r.width,
                r.height,
                colour(bar.series),
                escape(&bar.tooltip)
            );
        }
        for line in &self.lines {
            let _ = writeln!(
                svg,
                r#"<polyline points="{}" fill="none" stroke="{}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>"#,
                line.points_attr(),
                colour(line.series)
            );
        }
        for marker in &self.markers {
            let _ = writeln!(
                svg,
                r#"<circle cx="{:.1}" cy="{:.1}" r="{MARKER_RADIUS}" fill="{}" stroke="{BACKGROUND}" stroke-width="1"><title>{}</title></circle>"#,
                marker.cx,
                marker.cy,
                colour(marker.series),
                escape(&marker.tooltip)
            );
        }
        for entry in &self.legend {
            let r = entry.swatch;
            let _ = writeln!(
                svg,
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="2" fill="{}"/>"#,
                r.x,
                r.y,
                r.width,
                r.height,
                colour(entry.series)
            );
            text(&mut svg, &entry.name);
        }
        for t in &self.texts {
            text(&mut svg, t);
        }
        svg.push_str("</svg>\n");
        svg
    }
}

/// The colour of series `index`, cycling through the palette.
fn colour(index: usize) -> &'static str {
    PALETTE[index % PALETTE.len()]
}

fn segment(svg: &mut String, s: &Segment, stroke: &str) {
    let _ = writeln!(
        svg,
        r#"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{stroke}" stroke-width="1"/>"#,
        s.x1, s.y1, s.x2, s.y2
    );
}

fn text(svg: &mut String, t: &Text) {
    let fill = match t.role {
        TextRole::Tick | TextRole::Label => MUTED,
        TextRole::Title | TextRole::Legend => INK,
    };
    let transform = t.transform().map(|r| format!(r#" transform="{r}""#)).unwrap_or_default();
    let tooltip =
        t.full.as_deref().map(|full| format!("<title>{}</title>", escape(full))).unwrap_or_default();
    let _ = writeln!(
        svg,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="{}" fill="{fill}"{transform}>{}{tooltip}</text>"#,
        t.x,
        t.y,
        t.anchor.as_str(),
        escape(&t.content)
    );
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
