//! A laid-out chart as the list of shapes to draw, in drawing order, each with its coordinates,
//! its CSS class, its series' colour and its tooltip. Both renderers are loops over this list:
//! the page's inline SVG (`src/ui/chart_view.rs`) and the saved .svg file
//! ([`ChartLayout::to_svg_string`]), so what is drawn, in which order and in which colour is
//! decided once, here, and tested natively.

use super::PALETTE;
use super::geometry::{Anchor, ChartLayout, MARKER_RADIUS, Rect, Segment, Text, TextRole};

/// Rounded corners of a legend swatch.
const SWATCH_CORNER: f64 = 2.0;

/// What a shape is, which decides how it is styled: on the page by the stylesheet's rule for
/// its class (theme colours), in the saved file by the colours `svg.rs` spells out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A gridline across the plot at a tick.
    Grid,
    /// The zero line of a bar chart, the bottom of a line chart's plot.
    Baseline,
    Bar,
    Line,
    Marker,
    /// A series' colour in the legend.
    Swatch,
    /// A value beside a gridline.
    Tick,
    /// A row's label under the plot.
    Label,
    /// The label column's name, or the single series' name above the plot.
    Title,
    /// A series' name in the legend.
    Legend,
}

impl Class {
    /// The CSS class, `chart-bar` and so on.
    pub fn name(self) -> &'static str {
        match self {
            Class::Grid => "chart-grid",
            Class::Baseline => "chart-baseline",
            Class::Bar => "chart-bar",
            Class::Line => "chart-line",
            Class::Marker => "chart-marker",
            Class::Swatch => "chart-swatch",
            Class::Tick => "chart-tick",
            Class::Label => "chart-label",
            Class::Title => "chart-title",
            Class::Legend => "chart-legend",
        }
    }
}

/// Where a shape is, as the SVG element that draws it.
#[derive(Debug, Clone, PartialEq)]
pub enum Geometry {
    /// `<line>`.
    Line(Segment),
    /// `<rect>`, with rounded corners (`rx`) when `corner_radius` is given.
    Rect { rect: Rect, corner_radius: Option<f64> },
    /// `<polyline>`, with its `points` attribute.
    Polyline { points: String },
    /// `<circle>`.
    Circle { cx: f64, cy: f64, r: f64 },
    /// `<text>`: `y` is the baseline; `transform` turns a slanted label.
    Text { x: f64, y: f64, anchor: Anchor, transform: Option<String>, content: String },
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub class: Class,
    pub geometry: Geometry,
    /// The colour of the shape's series, from [`PALETTE`]; `None` for the shapes that are not
    /// a series' (gridlines, texts), which take theirs from the class.
    pub colour: Option<&'static str>,
    /// Shown on hover, as the element's SVG `<title>`.
    pub tooltip: Option<String>,
}

impl Shape {
    /// The series colour as the `fill` attribute: bars, markers and swatches are filled.
    pub fn fill(&self) -> Option<&'static str> {
        self.colour.filter(|_| self.class != Class::Line)
    }

    /// The series colour as the `stroke` attribute: a line is stroked.
    pub fn stroke(&self) -> Option<&'static str> {
        self.colour.filter(|_| self.class == Class::Line)
    }
}

/// The colour of series `index`; a chart with more series than the palette cycles through it.
pub fn series_colour(index: usize) -> &'static str {
    PALETTE[index % PALETTE.len()]
}

/// A coordinate as an attribute value: a tenth of a unit is finer than any screen shows.
pub fn coordinate(value: f64) -> String {
    format!("{value:.1}")
}

impl ChartLayout {
    /// Every shape of the chart, in drawing order (later ones on top): gridlines, the baseline,
    /// bars, lines, markers, the legend, then the texts.
    pub fn scene(&self) -> Vec<Shape> {
        let mut shapes = Vec::new();
        for g in &self.gridlines {
            shapes.push(plain(Class::Grid, Geometry::Line(*g)));
        }
        shapes.push(plain(Class::Baseline, Geometry::Line(self.baseline)));
        for bar in &self.bars {
            let geometry = Geometry::Rect { rect: bar.rect, corner_radius: None };
            shapes.push(of_series(Class::Bar, geometry, bar.series, Some(bar.tooltip.clone())));
        }
        for line in &self.lines {
            let geometry = Geometry::Polyline { points: line.points_attr() };
            shapes.push(of_series(Class::Line, geometry, line.series, None));
        }
        for m in &self.markers {
            let geometry = Geometry::Circle { cx: m.cx, cy: m.cy, r: MARKER_RADIUS };
            shapes.push(of_series(Class::Marker, geometry, m.series, Some(m.tooltip.clone())));
        }
        for entry in &self.legend {
            let geometry = Geometry::Rect { rect: entry.swatch, corner_radius: Some(SWATCH_CORNER) };
            shapes.push(of_series(Class::Swatch, geometry, entry.series, None));
            shapes.push(text(&entry.name));
        }
        shapes.extend(self.texts.iter().map(text));
        shapes
    }
}

fn plain(class: Class, geometry: Geometry) -> Shape {
    Shape { class, geometry, colour: None, tooltip: None }
}

fn of_series(class: Class, geometry: Geometry, series: usize, tooltip: Option<String>) -> Shape {
    Shape { class, geometry, colour: Some(series_colour(series)), tooltip }
}

/// A text, with its whole content as the tooltip when it was cut.
fn text(t: &Text) -> Shape {
    let class = match t.role {
        TextRole::Tick => Class::Tick,
        TextRole::Label => Class::Label,
        TextRole::Title => Class::Title,
        TextRole::Legend => Class::Legend,
    };
    let geometry = Geometry::Text {
        x: t.x,
        y: t.y,
        anchor: t.anchor,
        transform: t.transform(),
        content: t.content.clone(),
    };
    Shape { class, geometry, colour: None, tooltip: t.full.clone() }
}

#[cfg(test)]
mod tests {
    use super::super::{ChartData, ChartKind, Series, layout};
    use super::*;

    fn data(series: usize, labels: &[&str]) -> ChartData {
        ChartData {
            label_name: "genre".into(),
            labels: labels.iter().map(|l| l.to_string()).collect(),
            series: (0..series)
                .map(|s| Series {
                    name: format!("s{s}"),
                    values: (0..labels.len()).map(|row| Some((row + s) as f64)).collect(),
                })
                .collect(),
        }
    }

    /// The classes in order, with each run of one class counted: `Bar×4`.
    fn runs(shapes: &[Shape]) -> Vec<String> {
        let mut runs: Vec<(Class, usize)> = Vec::new();
        for shape in shapes {
            match runs.last_mut() {
                Some((class, n)) if *class == shape.class => *n += 1,
                _ => runs.push((shape.class, 1)),
            }
        }
        runs.into_iter().map(|(class, n)| format!("{class:?}×{n}")).collect()
    }

    #[test]
    fn shapes_come_in_drawing_order() {
        let chart = layout(&data(2, &["Rock", "Jazz", "Blues"]), ChartKind::Bar, 720.0, 360.0);
        let ticks = chart.axis.ticks.len();
        assert_eq!(
            runs(&chart.scene()),
            [
                format!("Grid×{ticks}"),
                "Baseline×1".into(),
                "Bar×6".into(),
                "Swatch×1".into(),
                "Legend×1".into(),
                "Swatch×1".into(),
                "Legend×1".into(),
                format!("Tick×{ticks}"),
                "Label×3".into(),
                "Title×1".into(),
            ]
        );
        let chart = layout(&data(1, &["Rock", "Jazz"]), ChartKind::Line, 720.0, 360.0);
        assert_eq!(
            runs(&chart.scene())[1..4],
            ["Baseline×1".to_owned(), "Line×1".into(), "Marker×2".into()],
            "lines under their markers"
        );
    }

    #[test]
    fn a_series_colour_cycles_through_the_palette_and_only_series_shapes_have_one() {
        let chart = layout(&data(10, &["a", "b"]), ChartKind::Line, 720.0, 360.0);
        let scene = chart.scene();
        let strokes: Vec<&str> = scene.iter().filter_map(Shape::stroke).collect();
        assert_eq!(strokes.len(), 10, "one line per series");
        assert_eq!(strokes[..8], PALETTE);
        assert_eq!(strokes[8..], [PALETTE[0], PALETTE[1]]);
        for shape in &scene {
            let of_series = matches!(shape.class, Class::Line | Class::Marker | Class::Swatch);
            assert_eq!(shape.colour.is_some(), of_series, "{shape:?}");
            assert!(shape.fill().is_none() || shape.stroke().is_none(), "{shape:?}");
        }
        let swatch = scene.iter().find(|s| s.class == Class::Swatch).unwrap();
        assert_eq!(swatch.fill(), Some(PALETTE[0]));
        assert!(
            matches!(swatch.geometry, Geometry::Rect { corner_radius: Some(r), .. } if r == SWATCH_CORNER)
        );
    }

    #[test]
    fn bars_markers_and_cut_texts_have_tooltips() {
        let long = "a label far too long to fit under its bar";
        let chart = layout(&data(1, &["short", long]), ChartKind::Bar, 720.0, 360.0);
        let scene = chart.scene();
        let bar = scene.iter().find(|s| s.class == Class::Bar).unwrap();
        assert_eq!(bar.tooltip.as_deref(), Some("short · s0: 0"));
        assert!(matches!(bar.geometry, Geometry::Rect { corner_radius: None, .. }));
        let labels: Vec<&Shape> = scene.iter().filter(|s| s.class == Class::Label).collect();
        assert_eq!(labels[0].tooltip, None);
        assert_eq!(labels[1].tooltip.as_deref(), Some(long));
        assert!(scene.iter().filter(|s| s.class == Class::Grid).all(|s| s.tooltip.is_none()));

        let chart = layout(&data(1, &["short", long]), ChartKind::Line, 720.0, 360.0);
        // The tooltip names the row by its whole label.
        let marker = chart.scene().into_iter().filter(|s| s.class == Class::Marker).nth(1).unwrap();
        assert_eq!(marker.tooltip.as_deref(), Some(format!("{long} · s0: 1").as_str()));
        assert_eq!(
            marker.geometry,
            Geometry::Circle { cx: chart.markers[1].cx, cy: chart.markers[1].cy, r: 3.5 }
        );
    }

    #[test]
    fn slanted_labels_carry_their_turn() {
        let labels: Vec<String> = (0..60).map(|i| format!("label number {i}")).collect();
        let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
        let chart = layout(&data(1, &labels), ChartKind::Bar, 720.0, 360.0);
        let scene = chart.scene();
        let turned = scene.iter().find_map(|s| match (&s.class, &s.geometry) {
            (Class::Label, Geometry::Text { x, y, transform, anchor, .. }) => {
                Some((*x, *y, transform, *anchor))
            }
            _ => None,
        });
        let (x, y, transform, anchor) = turned.expect("a row label");
        assert_eq!(transform.as_deref(), Some(format!("rotate(-45 {x:.1} {y:.1})").as_str()));
        assert_eq!(anchor, Anchor::End);
        let title = scene.iter().find(|s| s.class == Class::Title).unwrap();
        assert!(matches!(&title.geometry, Geometry::Text { transform: None, .. }));
    }

    #[test]
    fn coordinates_are_written_to_a_tenth() {
        assert_eq!(coordinate(12.0), "12.0");
        assert_eq!(coordinate(12.34), "12.3");
        assert_eq!(coordinate(-7.06), "-7.1");
        assert_eq!(coordinate(720.0), "720.0");
    }
}
