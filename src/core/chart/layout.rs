//! The chart's geometry: where the plot sits, its gridlines and tick labels, the bars or lines,
//! the row labels under the plot and the legend above it.
//!
//! Rows are spread evenly across the plot, each in a band of equal width: a bar chart puts a
//! group of bars (one per series) in the middle of each band, a line chart a point at its
//! centre. Text widths are estimated from character counts ([`CHAR_WIDTH`]), as for the ERD, so
//! no browser is needed to lay a chart out.

use super::axis::{Axis, nice_axis};
use super::{ChartData, ChartKind, format_value};

/// Estimated advance of one character of the 12 px sans-serif chart text; generous, so that
/// estimates overshoot rather than let texts collide.
pub const CHAR_WIDTH: f64 = 7.0;
/// The chart's text size.
pub const FONT_SIZE: f64 = 12.0;
/// Empty space around the whole drawing.
const MARGIN: f64 = 12.0;
/// Row labels longer than this are cut with an ellipsis (the full text is the tooltip).
const MAX_LABEL_CHARS: usize = 16;
/// Series and column names longer than this are cut likewise.
const MAX_NAME_CHARS: usize = 32;
/// About how many steps the value axis is divided into.
const TICK_TARGET: usize = 5;
/// The least distance between slanted row labels, so that neighbours do not overlap.
const LABEL_SPACING: f64 = 16.0;
/// Space between a level row label and its neighbours.
const LABEL_GAP: f64 = 8.0;
const LEGEND_ROW: f64 = 18.0;
const LEGEND_GAP: f64 = 18.0;
const SWATCH: f64 = 10.0;
/// Share of a row's band covered by its bars; the rest separates neighbouring groups.
const BAND_FILL: f64 = 0.8;
/// The widest a bar gets, so that a few rows do not make slabs.
const MAX_BAR_WIDTH: f64 = 64.0;
/// Past this many rows a line chart draws no point markers, which would merge into a smear;
/// a value standing alone between NULLs keeps its marker, as it has no line to show it.
const MAX_MARKERS: usize = 100;
pub const MARKER_RADIUS: f64 = 3.5;
/// cos 45° = sin 45°: slanted labels are turned by 45°.
const SLANT: f64 = std::f64::consts::FRAC_1_SQRT_2;

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

impl TextRole {
    /// The CSS class the page styles it with.
    pub fn class(self) -> &'static str {
        match self {
            TextRole::Tick => "chart-tick",
            TextRole::Label => "chart-label",
            TextRole::Title => "chart-title",
            TextRole::Legend => "chart-legend",
        }
    }
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

/// Lays out `data` as a `kind` chart of `width` × `height`.
pub fn layout(data: &ChartData, kind: ChartKind, width: f64, height: f64) -> ChartLayout {
    let rows = data.labels.len();
    let slots = rows.max(1) as f64;
    let axis = value_axis(data, kind);
    let mut texts = Vec::new();

    // Above the plot: the legend, or the one series' name (the axis's unit, in effect).
    let (legend, heading_bottom) = if data.series.len() > 1 {
        legend(data, width)
    } else {
        let (content, full) =
            data.series.first().map(|s| shorten(&s.name, MAX_NAME_CHARS)).unwrap_or_default();
        let y = MARGIN + FONT_SIZE;
        texts.push(Text {
            x: MARGIN,
            y,
            content,
            anchor: Anchor::Start,
            role: TextRole::Title,
            slanted: false,
            full,
        });
        (Vec::new(), y)
    };
    // The top tick label is centred on the plot's top edge: leave it a line of room.
    let top = heading_bottom + FONT_SIZE + 4.0;

    let tick_labels = axis.labels();
    let mut left = MARGIN + tick_labels.iter().map(|l| text_width(l)).fold(0.0, f64::max) + 6.0;
    let right = MARGIN;

    // Under the plot: row labels, level when each fits its band, else slanted and, when even
    // slanted ones would collide, only every so many.
    let labels: Vec<(String, Option<String>)> =
        data.labels.iter().map(|l| shorten(l, MAX_LABEL_CHARS)).collect();
    let widest_label = labels.iter().map(|(l, _)| text_width(l)).fold(0.0, f64::max);
    let mut band = (width - left - right).max(1.0) / slots;
    let level = widest_label + LABEL_GAP <= band;
    let every = if level { 1 } else { (LABEL_SPACING / band).ceil().max(1.0) as usize };
    let label_depth = if level {
        FONT_SIZE + 6.0
    } else {
        // A slanted label hangs down and to the left of its tick: make room for the first one.
        let first_reach = labels.first().map_or(0.0, |(l, _)| text_width(l) * SLANT) - band / 2.0 + MARGIN;
        if first_reach > left {
            left = first_reach;
            band = (width - left - right).max(1.0) / slots;
        }
        let deepest = (0..rows).step_by(every).map(|i| text_width(&labels[i].0)).fold(0.0, f64::max);
        deepest * SLANT + FONT_SIZE
    };
    let bottom = height - MARGIN - FONT_SIZE - 6.0 - label_depth;
    let plot =
        Rect { x: left, y: top, width: (width - left - right).max(1.0), height: (bottom - top).max(1.0) };
    let y_of = |value: f64| plot.y + plot.height * (axis.max - value) / (axis.max - axis.min);
    let centre = |row: usize| plot.x + band * (row as f64 + 0.5);

    let mut gridlines = Vec::new();
    for (&tick, label) in axis.ticks.iter().zip(tick_labels) {
        let y = y_of(tick);
        gridlines.push(Segment { x1: plot.x, y1: y, x2: plot.right(), y2: y });
        let (x, y) = (plot.x - 6.0, y + FONT_SIZE / 3.0);
        texts.push(Text {
            x,
            y,
            content: label,
            anchor: Anchor::End,
            role: TextRole::Tick,
            slanted: false,
            full: None,
        });
    }
    for row in (0..rows).step_by(every) {
        let (content, full) = labels[row].clone();
        let text = if level {
            let (x, y) = (centre(row), plot.bottom() + FONT_SIZE + 4.0);
            Text { x, y, content, anchor: Anchor::Middle, role: TextRole::Label, slanted: false, full }
        } else {
            // Shifted right by a third of the text's height, so that the slanted text's middle,
            // not its baseline, ends at the tick.
            let (x, y) = (centre(row) + FONT_SIZE / 3.0, plot.bottom() + 10.0);
            Text { x, y, content, anchor: Anchor::End, role: TextRole::Label, slanted: true, full }
        };
        texts.push(text);
    }
    let (content, full) = shorten(&data.label_name, MAX_NAME_CHARS);
    let (x, y) = (plot.x + plot.width / 2.0, height - MARGIN);
    texts.push(Text { x, y, content, anchor: Anchor::Middle, role: TextRole::Title, slanted: false, full });

    let tooltip = |row: usize, series: usize, value: f64| {
        format!("{} · {}: {}", data.labels[row], data.series[series].name, format_value(value))
    };
    let (mut bars, mut lines, mut markers) = (Vec::new(), Vec::new(), Vec::new());
    let baseline_y = match kind {
        ChartKind::Bar => {
            let count = data.series.len().max(1) as f64;
            let bar_width = (band * BAND_FILL / count).min(MAX_BAR_WIDTH);
            // Bars of one group are parted by a hairline when there is room for it.
            let gap = if data.series.len() > 1 { (bar_width * 0.15).min(2.0) } else { 0.0 };
            for row in 0..rows {
                let group_start = centre(row) - bar_width * count / 2.0;
                for (series, values) in data.series.iter().enumerate() {
                    let Some(value) = values.values.get(row).copied().flatten() else { continue };
                    let x = group_start + bar_width * series as f64 + gap / 2.0;
                    let (top, bottom) = (y_of(value.max(0.0)), y_of(value.min(0.0)));
                    let rect = Rect { x, y: top, width: bar_width - gap, height: bottom - top };
                    bars.push(Bar { series, row, value, rect, tooltip: tooltip(row, series, value) });
                }
            }
            y_of(0.0)
        }
        ChartKind::Line => {
            for (series, values) in data.series.iter().enumerate() {
                let value = |row: usize| values.values.get(row).copied().flatten();
                let mut run = Vec::new();
                for row in 0..rows {
                    let Some(v) = value(row) else {
                        if !run.is_empty() {
                            lines.push(Polyline { series, points: std::mem::take(&mut run) });
                        }
                        continue;
                    };
                    let (cx, cy) = (centre(row), y_of(v));
                    run.push((cx, cy));
                    let alone = (row == 0 || value(row - 1).is_none()) && value(row + 1).is_none();
                    if rows <= MAX_MARKERS || alone {
                        markers.push(Marker {
                            series,
                            row,
                            value: v,
                            cx,
                            cy,
                            tooltip: tooltip(row, series, v),
                        });
                    }
                }
                if !run.is_empty() {
                    lines.push(Polyline { series, points: run });
                }
            }
            plot.bottom()
        }
    };

    ChartLayout {
        kind,
        width,
        height,
        title: data.describe(kind),
        plot,
        axis,
        gridlines,
        baseline: Segment { x1: plot.x, y1: baseline_y, x2: plot.right(), y2: baseline_y },
        texts,
        bars,
        lines,
        markers,
        legend,
    }
}

/// The value axis over every series: from zero for bars, so that their lengths compare; around
/// the data for lines, whose shape is what matters.
fn value_axis(data: &ChartData, kind: ChartKind) -> Axis {
    let values = data.series.iter().flat_map(|s| s.values.iter().flatten().copied());
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let (lo, hi) = if lo > hi { (0.0, 1.0) } else { (lo, hi) };
    match kind {
        ChartKind::Bar => nice_axis(lo.min(0.0), hi.max(0.0), TICK_TARGET),
        ChartKind::Line => nice_axis(lo, hi, TICK_TARGET),
    }
}

/// The legend, in rows that wrap at the picture's width, and the baseline of its last row.
fn legend(data: &ChartData, width: f64) -> (Vec<LegendEntry>, f64) {
    let mut entries = Vec::new();
    let (mut x, mut row_top) = (MARGIN, MARGIN);
    for (series, s) in data.series.iter().enumerate() {
        let (content, full) = shorten(&s.name, MAX_NAME_CHARS);
        let entry_width = SWATCH + 6.0 + text_width(&content);
        if x > MARGIN && x + entry_width > width - MARGIN {
            (x, row_top) = (MARGIN, row_top + LEGEND_ROW);
        }
        let baseline = row_top + FONT_SIZE;
        let swatch = Rect { x, y: baseline - SWATCH + 1.0, width: SWATCH, height: SWATCH };
        let (x_name, role) = (x + SWATCH + 6.0, TextRole::Legend);
        let name =
            Text { x: x_name, y: baseline, content, anchor: Anchor::Start, role, slanted: false, full };
        entries.push(LegendEntry { series, swatch, name });
        x += entry_width + LEGEND_GAP;
    }
    (entries, row_top + FONT_SIZE)
}

/// `text` on one line, cut to `max` characters with an ellipsis; the whole (one-line) text
/// too when it was cut.
fn shorten(text: &str, max: usize) -> (String, Option<String>) {
    // Line breaks and other control characters would not show (and some are not allowed in
    // an XML file at all).
    let line: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    if line.chars().count() <= max {
        (line, None)
    } else {
        let cut: String = line.chars().take(max - 1).collect();
        (format!("{}…", cut.trim_end()), Some(line))
    }
}

fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * CHAR_WIDTH
}
