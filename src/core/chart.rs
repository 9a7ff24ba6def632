//! Charts of a result: whether a result can be drawn as a bar or line chart, and what to draw.
//!
//! A result is chartable when it has a label column and at least one numeric column, and at
//! least one row. The label column is the first column that does not hold only numbers (names,
//! dates, categories); when every column is numeric the first one labels the others
//! (`SELECT year, sum(total) …`). Every other numeric column becomes a series; other text
//! columns are left out.
//!
//! The chart itself is computed here as data, so that it is tested natively: [`layout`] gives
//! its rectangles, lines and texts with coordinates, and [`ChartLayout::scene`] lists them as the
//! shapes to draw, in order, with their classes and colours. Both renderers are loops over that
//! scene: the UI's inline SVG and [`ChartLayout::to_svg_string`], the standalone .svg file.

mod axis;
mod geometry;
mod layout;
mod scene;
mod svg;

use std::fmt;

use super::outcome::StatementResult;
use super::value::Value;

pub use axis::{Axis, nice_axis};
pub use geometry::{
    Anchor, Bar, ChartLayout, LegendEntry, MARKER_RADIUS, Marker, Polyline, Rect, Segment, Text, TextRole,
};
pub use layout::layout;
pub use scene::{Class, Geometry, Shape, coordinate};

/// Series colours, in order (a chart with more series cycles through them). Mid-tone hues that
/// read on both the light page and the dark one. This is the one place they are defined: the
/// scene gives each series' shapes its colour, which the page and the saved file both write as
/// the shape's `fill` or `stroke` (the file has no stylesheet, so the colours must be known
/// here; the stylesheet, which styles everything that follows the theme, has none of them).
pub const PALETTE: [&str; 8] =
    ["#14b8a6", "#f59e0b", "#6366f1", "#f43f5e", "#0ea5e9", "#84cc16", "#a855f7", "#f97316"];

/// The two ways a result is drawn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ChartKind {
    #[default]
    Bar,
    Line,
}

impl ChartKind {
    /// `Bar chart`, `Line chart`: how a description of the chart starts.
    pub fn name(self) -> &'static str {
        match self {
            ChartKind::Bar => "Bar chart",
            ChartKind::Line => "Line chart",
        }
    }
}

/// One numeric column: its name and a value per row (`None` for NULL, which is left out of the
/// drawing: no bar, a gap in the line).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

/// What a chart shows: a label per row and one or more series of numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    /// The label column's name, written under the horizontal axis.
    pub label_name: String,
    /// One per row, as the result table shows the value (`NULL` for NULL).
    pub labels: Vec<String>,
    /// At least one; each has exactly `labels.len()` values.
    pub series: Vec<Series>,
}

impl ChartData {
    /// `Bar chart of total and count by genre`: the chart's accessible name and its title.
    pub fn describe(&self, kind: ChartKind) -> String {
        let names: Vec<&str> = self.series.iter().map(|s| s.name.as_str()).collect();
        let series = match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => names.concat(),
        };
        format!("{} of {series} by {}", kind.name(), self.label_name)
    }
}

/// Why a result has no chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotChartable {
    /// The statement returned no table (DDL, plain DML).
    NoTable,
    /// The table has no rows.
    NoRows,
    /// A single numeric column: there is nothing to label its values with.
    NoLabelColumn,
    /// No column besides the label holds numbers.
    NoNumericColumn,
    /// More rows than a chart can show legibly (and than the page can draw quickly).
    TooManyRows,
}

/// Results with more rows than this get no chart: past it a bar chart is a smear, and the
/// SVG's hundreds of thousands of elements would freeze the page.
pub const MAX_CHART_ROWS: usize = 2_000;

impl fmt::Display for NotChartable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NotChartable::NoTable => "The statement returned no rows to chart.",
            NotChartable::NoRows => "There are no rows to chart.",
            NotChartable::NoLabelColumn => "A chart needs a column of labels beside the numbers.",
            NotChartable::NoNumericColumn => "A chart needs a column that holds only numbers.",
            NotChartable::TooManyRows => "Charts draw at most 2,000 rows; aggregate or filter first.",
        })
    }
}

/// The chart of `result`'s delivered rows, or why there is none.
pub fn chart_data(result: &StatementResult) -> Result<ChartData, NotChartable> {
    if !result.returns_rows() {
        return Err(NotChartable::NoTable);
    }
    if result.rows.is_empty() {
        return Err(NotChartable::NoRows);
    }
    if result.rows.len() > MAX_CHART_ROWS {
        return Err(NotChartable::TooManyRows);
    }
    let columns = result.columns.len();
    let numeric: Vec<bool> = (0..columns).map(|c| is_numeric_column(&result.rows, c)).collect();
    let label = match numeric.iter().position(|n| !n) {
        Some(column) => column,
        None if columns >= 2 => 0,
        None => return Err(NotChartable::NoLabelColumn),
    };
    let series: Vec<Series> = (0..columns)
        .filter(|&c| c != label && numeric[c])
        .map(|c| Series {
            name: result.columns[c].name.clone(),
            values: result.rows.iter().map(|row| row.get(c).and_then(number)).collect(),
        })
        .collect();
    if series.is_empty() {
        return Err(NotChartable::NoNumericColumn);
    }
    Ok(ChartData {
        label_name: result.columns[label].name.clone(),
        labels: result
            .rows
            .iter()
            .map(|row| row.get(label).map(Value::display).unwrap_or_default())
            .collect(),
        series,
    })
}

/// Numeric: at least one number and nothing but numbers and NULLs. A column of NULLs only is
/// not, as it would draw nothing.
fn is_numeric_column(rows: &[Vec<Value>], column: usize) -> bool {
    let mut any = false;
    for value in rows.iter().filter_map(|row| row.get(column)) {
        match value {
            Value::Integer(_) | Value::Real(_) => any = true,
            Value::Null => {}
            Value::Text(_) | Value::Blob(_) => return false,
        }
    }
    any
}

/// A value's position on the axis; infinities (SQLite stores `1e999` as one) have none.
fn number(value: &Value) -> Option<f64> {
    match *value {
        Value::Integer(i) => Some(i as f64),
        Value::Real(r) if r.is_finite() => Some(r),
        _ => None,
    }
}

/// A number as a tooltip shows it: whole numbers without a decimal point.
pub fn format_value(value: f64) -> String {
    // Adding zero turns -0 into 0.
    let value = value + 0.0;
    if value.fract() == 0.0 && value.abs() < 1e15 { format!("{value:.0}") } else { value.to_string() }
}
