//! What a chart is made of: the rectangles, lines, points and texts [`layout`](super::layout)
//! computes, in the coordinates of the picture.

use super::ChartKind;
use super::axis::Axis;

/// The radius of a line chart's point markers.
pub const MARKER_RADIUS: f64 = 3.5;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.width
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }
}

/// A straight line from (`x1`, `y1`) to (`x2`, `y2`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
}

/// Which point of a text its `x` names, as SVG's `text-anchor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// What a text is, which decides its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextRole {
    /// A value beside a gridline.
    Tick,
    /// A row's label under the plot.
    Label,
    /// The label column's name under the labels, or the single series' name above the plot.
    Title,
    /// A series name in the legend.
    Legend,
}

/// A text at (`x`, `y`), `y` being its baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub x: f64,
    pub y: f64,
    /// What is shown, cut to fit.
    pub content: String,
    pub anchor: Anchor,
    pub role: TextRole,
    /// Turned 45° counter-clockwise about (`x`, `y`), for row labels too long to sit level.
    pub slanted: bool,
    /// The whole text when `content` had to be cut, shown as a tooltip.
    pub full: Option<String>,
}

impl Text {
    /// The SVG `transform` of a slanted text.
    pub fn transform(&self) -> Option<String> {
        self.slanted.then(|| format!("rotate(-45 {:.1} {:.1})", self.x, self.y))
    }
}

/// One value of one series in a bar chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Index into [`ChartData::series`], which also picks the colour.
    pub series: usize,
    pub row: usize,
    pub value: f64,
    /// From the zero line up to the value (down, for a negative one).
    pub rect: Rect,
    /// `label · series: value`.
    pub tooltip: String,
}

/// A run of consecutive non-NULL values of one series in a line chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Polyline {
    pub series: usize,
    pub points: Vec<(f64, f64)>,
}

impl Polyline {
    /// The SVG `points` attribute.
    pub fn points_attr(&self) -> String {
        self.points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ")
    }
}

/// A point of a line chart, drawn as a dot of [`MARKER_RADIUS`].
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub series: usize,
    pub row: usize,
    pub value: f64,
    pub cx: f64,
    pub cy: f64,
    pub tooltip: String,
}

/// A series' colour swatch and name, above the plot.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    pub series: usize,
    pub swatch: Rect,
    pub name: Text,
}

/// Everything to draw, in the coordinates of a `width` × `height` picture.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartLayout {
    pub kind: ChartKind,
    pub width: f64,
    pub height: f64,
    /// `Bar chart of count by genre`: the picture's accessible name.
    pub title: String,
    /// The area the values are drawn in; the axis runs from its bottom (`axis.min`) to its top.
    pub plot: Rect,
    pub axis: Axis,
    /// One per tick, across the plot.
    pub gridlines: Vec<Segment>,
    /// The zero line of a bar chart, the bottom of a line chart's plot.
    pub baseline: Segment,
    /// Tick labels, row labels and titles.
    pub texts: Vec<Text>,
    pub bars: Vec<Bar>,
    pub lines: Vec<Polyline>,
    pub markers: Vec<Marker>,
    /// Only when there are several series.
    pub legend: Vec<LegendEntry>,
}
