//! Laying a chart out: where the plot sits, its gridlines and tick labels, the bars or lines,
//! the row labels under the plot and the legend above it (the shapes are in `geometry`).
//!
//! Rows are spread evenly across the plot, each in a band of equal width: a bar chart puts a
//! group of bars (one per series) in the middle of each band, a line chart a point at its
//! centre. Text widths are estimated from character counts ([`CHAR_WIDTH`]), as for the ERD, so
//! no browser is needed to lay a chart out.

use super::axis::{Axis, nice_axis};
use super::geometry::{
    Anchor, Bar, ChartLayout, LegendEntry, Marker, Polyline, Rect, Segment, Text, TextRole,
};
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
/// cos 45° = sin 45°: slanted labels are turned by 45°.
const SLANT: f64 = std::f64::consts::FRAC_1_SQRT_2;

/// Lays out `data` as a `kind` chart of `width` × `height`, in steps: the heading above the
/// plot, the plot's frame, the value axis, the row labels, then the bars or lines.
pub fn layout(data: &ChartData, kind: ChartKind, width: f64, height: f64) -> ChartLayout {
    let axis = value_axis(data, kind);
    let mut texts = Vec::new();

    // Above the plot: the legend, or the one series' name (the axis's unit, in effect).
    let (legend, heading_bottom) = if data.series.len() > 1 {
        legend(data, width)
    } else {
        let title = series_title(data);
        let bottom = title.y;
        texts.push(title);
        (Vec::new(), bottom)
    };
    let tick_labels = axis.labels();
    let frame = frame(data, axis, &tick_labels, heading_bottom, width, height);
    let gridlines = value_ticks(&frame, tick_labels, &mut texts);
    texts.extend(row_labels(data, &frame, height));

    let (bars, lines, markers, baseline_y) = match kind {
        ChartKind::Bar => (bars(data, &frame), Vec::new(), Vec::new(), frame.y_of(0.0)),
        ChartKind::Line => {
            let (lines, markers) = lines(data, &frame);
            (Vec::new(), lines, markers, frame.plot.bottom())
        }
    };
    let Frame { plot, axis, .. } = frame;
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

/// The one series' name, above the plot where a chart of several series has its legend.
fn series_title(data: &ChartData) -> Text {
    let (content, full) = data.series.first().map(|s| shorten(&s.name, MAX_NAME_CHARS)).unwrap_or_default();
    let y = MARGIN + FONT_SIZE;
    Text { x: MARGIN, y, content, anchor: Anchor::Start, role: TextRole::Title, slanted: false, full }
}

/// Where the plot sits and how the rows spread across it: what the later steps draw against.
struct Frame {
    plot: Rect,
    axis: Axis,
    /// The width of each row's band.
    band: f64,
    /// Every row's label, cut to fit, with its whole text when cut.
    labels: Vec<(String, Option<String>)>,
    /// Whether the row labels sit level; else they are slanted.
    level: bool,
    /// Only every so many rows is labelled.
    every: usize,
}

impl Frame {
    /// The height of `value` on the value axis.
    fn y_of(&self, value: f64) -> f64 {
        self.plot.y + self.plot.height * (self.axis.max - value) / (self.axis.max - self.axis.min)
    }

    /// The middle of row `row`'s band.
    fn centre(&self, row: usize) -> f64 {
        self.plot.x + self.band * (row as f64 + 0.5)
    }
}

/// The plot's place: below the heading, right of the widest tick label, above the row labels.
fn frame(
    data: &ChartData,
    axis: Axis,
    tick_labels: &[String],
    heading_bottom: f64,
    width: f64,
    height: f64,
) -> Frame {
    let rows = data.labels.len();
    let slots = rows.max(1) as f64;
    // The top tick label is centred on the plot's top edge: leave it a line of room.
    let top = heading_bottom + FONT_SIZE + 4.0;
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
    Frame { plot, axis, band, labels, level, every }
}

/// A gridline across the plot for every tick of the value axis, and the tick's label (added to
/// `texts`) left of it.
fn value_ticks(frame: &Frame, tick_labels: Vec<String>, texts: &mut Vec<Text>) -> Vec<Segment> {
    let plot = frame.plot;
    let mut gridlines = Vec::new();
    for (&tick, label) in frame.axis.ticks.iter().zip(tick_labels) {
        let y = frame.y_of(tick);
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
    gridlines
}

/// The labels under the plot: every labelled row's, then the label column's name.
fn row_labels(data: &ChartData, frame: &Frame, height: f64) -> Vec<Text> {
    let plot = frame.plot;
    let mut texts = Vec::new();
    for row in (0..data.labels.len()).step_by(frame.every) {
        let (content, full) = frame.labels[row].clone();
        let text = if frame.level {
            let (x, y) = (frame.centre(row), plot.bottom() + FONT_SIZE + 4.0);
            Text { x, y, content, anchor: Anchor::Middle, role: TextRole::Label, slanted: false, full }
        } else {
            // Shifted right by a third of the text's height, so that the slanted text's middle,
            // not its baseline, ends at the tick.
            let (x, y) = (frame.centre(row) + FONT_SIZE / 3.0, plot.bottom() + 10.0);
            Text { x, y, content, anchor: Anchor::End, role: TextRole::Label, slanted: true, full }
        };
        texts.push(text);
    }
    let (content, full) = shorten(&data.label_name, MAX_NAME_CHARS);
    let (x, y) = (plot.x + plot.width / 2.0, height - MARGIN);
    texts.push(Text { x, y, content, anchor: Anchor::Middle, role: TextRole::Title, slanted: false, full });
    texts
}

/// `label · series: value`, a bar's or a marker's tooltip.
fn tooltip(data: &ChartData, row: usize, series: usize, value: f64) -> String {
    format!("{} · {}: {}", data.labels[row], data.series[series].name, format_value(value))
}

/// A bar chart's bars: per row a group with one bar per series, from the zero line to the value.
fn bars(data: &ChartData, frame: &Frame) -> Vec<Bar> {
    let mut bars = Vec::new();
    let count = data.series.len().max(1) as f64;
    let bar_width = (frame.band * BAND_FILL / count).min(MAX_BAR_WIDTH);
    // Bars of one group are parted by a hairline when there is room for it.
    let gap = if data.series.len() > 1 { (bar_width * 0.15).min(2.0) } else { 0.0 };
    for row in 0..data.labels.len() {
        let group_start = frame.centre(row) - bar_width * count / 2.0;
        for (series, values) in data.series.iter().enumerate() {
            let Some(value) = values.values.get(row).copied().flatten() else { continue };
            let x = group_start + bar_width * series as f64 + gap / 2.0;
            let (top, bottom) = (frame.y_of(value.max(0.0)), frame.y_of(value.min(0.0)));
            let rect = Rect { x, y: top, width: bar_width - gap, height: bottom - top };
            bars.push(Bar { series, row, value, rect, tooltip: tooltip(data, row, series, value) });
        }
    }
    bars
}

/// A line chart's lines, one per run of values between NULLs, and its point markers.
fn lines(data: &ChartData, frame: &Frame) -> (Vec<Polyline>, Vec<Marker>) {
    let rows = data.labels.len();
    let (mut lines, mut markers) = (Vec::new(), Vec::new());
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
            let (cx, cy) = (frame.centre(row), frame.y_of(v));
            run.push((cx, cy));
            let alone = (row == 0 || value(row - 1).is_none()) && value(row + 1).is_none();
            if rows <= MAX_MARKERS || alone {
                let tooltip = tooltip(data, row, series, v);
                markers.push(Marker { series, row, value: v, cx, cy, tooltip });
            }
        }
        if !run.is_empty() {
            lines.push(Polyline { series, points: run });
        }
    }
    (lines, markers)
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
