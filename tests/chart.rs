//! Charts of results: which results can be charted, the value axis, the geometry of bars and
//! lines, and the standalone SVG file. Results come from real SQL run through the engine.

use joinery::core::chart::{
    ChartData, ChartKind, ChartLayout, NotChartable, Series, TextRole, chart_data, layout, nice_axis,
};
use joinery::core::{Database, StatementResult};

const BOOKS_DB: &[u8] = include_bytes!("../data/realpython-sqlite-sqlalchemy/author_book_publisher.db");
const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 360.0;
/// Coordinates are compared with this much slack for float rounding.
const EPSILON: f64 = 1e-6;

/// The result of the last statement of `script`, run on the books sample database.
fn books(script: &str) -> StatementResult {
    run(Database::from_bytes(BOOKS_DB).expect("the sample database loads"), script)
}

/// The result of the last statement of `script`, run on an empty database.
fn memory(script: &str) -> StatementResult {
    run(Database::open_in_memory().unwrap(), script)
}

fn run(mut db: Database, script: &str) -> StatementResult {
    let outcome = db.run_script(script, 1_000);
    assert!(outcome.is_ok(), "{:?}", outcome.error);
    outcome.results.into_iter().last().expect("a statement ran")
}

fn chart(script: &str) -> ChartData {
    chart_data(&memory(script)).expect("chartable")
}

fn series_names(data: &ChartData) -> Vec<&str> {
    data.series.iter().map(|s| s.name.as_str()).collect()
}

// ---------------------------------------------------------------------------------------------
// Which results are chartable

#[test]
fn a_count_per_group_is_a_label_column_and_a_series() {
    let result = books(
        "SELECT p.name AS publisher, count(*) AS books
         FROM publisher p JOIN book_publisher bp USING (publisher_id)
         GROUP BY p.publisher_id ORDER BY p.name",
    );
    let data = chart_data(&result).expect("chartable");
    assert_eq!(data.label_name, "publisher");
    assert_eq!(series_names(&data), ["books"]);
    let expected_labels: Vec<String> = result.rows.iter().map(|row| row[0].display()).collect();
    assert_eq!(data.labels, expected_labels);
    assert!(data.labels.len() > 1, "the sample has several publishers");
    let expected_counts: Vec<Option<f64>> =
        result.rows.iter().map(|row| Some(row[1].display().parse().unwrap())).collect();
    assert_eq!(data.series[0].values, expected_counts);
    assert_eq!(data.describe(ChartKind::Bar), "Bar chart of books by publisher");
}

#[test]
fn the_label_is_the_first_non_numeric_column_wherever_it_stands() {
    let data = chart("SELECT count(*) AS n, 'all' AS what, 2.5 AS avg FROM (SELECT 1)");
    assert_eq!(data.label_name, "what");
    assert_eq!(series_names(&data), ["n", "avg"]);
    assert_eq!(data.describe(ChartKind::Line), "Line chart of n and avg by what");
}

#[test]
fn when_every_column_is_numeric_the_first_labels_the_others() {
    let data = chart(
        "CREATE TABLE sale (year INTEGER, amount REAL, items INTEGER);
         INSERT INTO sale VALUES (2023, 10.5, 2), (2023, 4.5, 1), (2024, 30.0, 5);
         SELECT year, sum(amount) AS revenue, sum(items) AS items FROM sale GROUP BY year",
    );
    assert_eq!(data.label_name, "year");
    assert_eq!(data.labels, ["2023", "2024"]);
    assert_eq!(series_names(&data), ["revenue", "items"]);
    assert_eq!(data.series[0].values, [Some(15.0), Some(30.0)]);
    assert_eq!(data.series[1].values, [Some(3.0), Some(5.0)]);
}

#[test]
fn results_without_numbers_rows_or_a_label_are_not_chartable() {
    let names = books("SELECT first_name, last_name FROM author");
    assert_eq!(chart_data(&names), Err(NotChartable::NoNumericColumn));
    let single = books("SELECT count(*) FROM book");
    assert_eq!(chart_data(&single), Err(NotChartable::NoLabelColumn));
    let empty = books("SELECT title, book_id FROM book WHERE 0");
    assert_eq!(chart_data(&empty), Err(NotChartable::NoRows));
    let ddl = memory("CREATE TABLE t (x)");
    assert_eq!(chart_data(&ddl), Err(NotChartable::NoTable));
    // Every reason reads as a sentence for the person.
    for reason in [NotChartable::NoTable, NotChartable::NoRows, NotChartable::NoLabelColumn] {
        assert!(reason.to_string().ends_with('.'));
    }
}

#[test]
fn nulls_are_gaps_but_text_or_nothing_but_nulls_rules_a_column_out() {
    let data = chart(
        "SELECT column1 AS name, column2 AS score, column3 AS mixed, column4 AS blank
         FROM (VALUES ('a', 1, 1, NULL), ('b', NULL, 'two', NULL), ('c', 3.5, 3, NULL))",
    );
    assert_eq!(data.label_name, "name");
    assert_eq!(series_names(&data), ["score"], "a text value or only NULLs is no series");
    assert_eq!(data.series[0].values, [Some(1.0), None, Some(3.5)]);
    // A NULL in the label column is labelled as the table shows it.
    let null_label = chart("SELECT column1, column2 FROM (VALUES ('x', 1), (NULL, 2))");
    assert_eq!(null_label.labels, ["x", "NULL"]);
}

// ---------------------------------------------------------------------------------------------
// The value axis

#[test]
fn ticks_are_round_steps_that_cover_the_data() {
    let axis = nice_axis(0.0, 87.0, 5);
    assert_eq!(axis.ticks, [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
    assert_eq!(axis.labels(), ["0", "20", "40", "60", "80", "100"]);

    let negative = nice_axis(-35.0, 60.0, 5);
    assert_eq!(negative.ticks, [-40.0, -20.0, 0.0, 20.0, 40.0, 60.0]);
    assert_eq!(negative.labels()[0], "-40");

    let small = nice_axis(0.012, 0.048, 4);
    assert_eq!(small.step, 0.01);
    assert_eq!(small.labels(), ["0.01", "0.02", "0.03", "0.04", "0.05"]);

    for (lo, hi) in [(0.0, 1.0), (3.0, 7.0), (-1234.0, 98765.0), (0.0, 1e9), (-0.5, -0.01), (42.0, 42.0)] {
        let axis = nice_axis(lo, hi, 5);
        assert!(axis.min <= lo && axis.max >= hi && axis.min < axis.max, "{lo}..{hi}: {axis:?}");
        let unit = axis.step / 10f64.powf(axis.step.log10().floor());
        assert!([1.0, 2.0, 5.0].iter().any(|m| (unit - m).abs() < 1e-9), "{lo}..{hi}: step {}", axis.step);
        assert!((3..=12).contains(&axis.ticks.len()), "{lo}..{hi}: {:?}", axis.ticks);
    }
}

#[test]
fn a_bar_chart_starts_at_zero_and_a_line_chart_need_not() {
    let data = chart("SELECT column1, column2 FROM (VALUES ('a', 120), ('b', 180))");
    assert_eq!(layout(&data, ChartKind::Bar, WIDTH, HEIGHT).axis.min, 0.0);
    let line = layout(&data, ChartKind::Line, WIDTH, HEIGHT);
    assert!(line.axis.min >= 100.0 && line.axis.max <= 200.0, "{:?}", line.axis);
}

// ---------------------------------------------------------------------------------------------
// Geometry

fn assert_inside(chart: &ChartLayout, x: f64, y: f64) {
    let p = chart.plot;
    assert!(x >= p.x - EPSILON && x <= p.right() + EPSILON, "x {x} outside {p:?}");
    assert!(y >= p.y - EPSILON && y <= p.bottom() + EPSILON, "y {y} outside {p:?}");
}

#[test]
fn bar_heights_are_proportional_to_values_and_stand_on_the_zero_line() {
    let data = chart("SELECT column1, column2 FROM (VALUES ('a', 10), ('b', 20), ('c', 40), ('d', 0))");
    let chart = layout(&data, ChartKind::Bar, WIDTH, HEIGHT);
    assert_eq!(chart.bars.len(), 4);
    let heights: Vec<f64> = chart.bars.iter().map(|b| b.rect.height).collect();
    assert!((heights[1] - 2.0 * heights[0]).abs() < EPSILON, "{heights:?}");
    assert!((heights[2] - 4.0 * heights[0]).abs() < EPSILON, "{heights:?}");
    assert_eq!(heights[3], 0.0);
    for bar in &chart.bars {
        assert!((bar.rect.bottom() - chart.baseline.y1).abs() < EPSILON, "{bar:?} is not on the zero line");
        assert_inside(&chart, bar.rect.x, bar.rect.y);
        assert_inside(&chart, bar.rect.right(), bar.rect.bottom());
    }
    // Left to right in row order, none overlapping.
    for pair in chart.bars.windows(2) {
        assert!(pair[0].rect.right() <= pair[1].rect.x, "{pair:?}");
    }
    assert_eq!(chart.bars[2].tooltip, "c · column2: 40");
    assert!(chart.legend.is_empty(), "one series needs no legend");
    assert!(chart.lines.is_empty() && chart.markers.is_empty());
}

#[test]
fn negative_bars_hang_below_the_zero_line() {
    let data = chart("SELECT column1, column2 FROM (VALUES ('loss', -30), ('gain', 50))");
    let chart = layout(&data, ChartKind::Bar, WIDTH, HEIGHT);
    let zero = chart.baseline.y1;
    assert!(zero > chart.plot.y && zero < chart.plot.bottom(), "zero sits inside the plot");
    let (loss, gain) = (&chart.bars[0].rect, &chart.bars[1].rect);
    assert!((loss.y - zero).abs() < EPSILON && loss.bottom() > zero);
    assert!((gain.bottom() - zero).abs() < EPSILON && gain.y < zero);
    assert!((gain.height / loss.height - 50.0 / 30.0).abs() < EPSILON);
    assert!(chart.axis.min < 0.0 && chart.axis.ticks.contains(&0.0));
}

#[test]
fn several_series_make_grouped_bars_and_a_legend() {
    let data = chart(
        "SELECT column1 AS genre, column2 AS tracks, column3 AS albums
         FROM (VALUES ('Rock', 40, 6), ('Jazz', 12, NULL), ('Blues', 8, 3))",
    );
    let chart = layout(&data, ChartKind::Bar, WIDTH, HEIGHT);
    assert_eq!(chart.bars.len(), 5, "a NULL draws no bar");
    let band = chart.plot.width / 3.0;
    for bar in &chart.bars {
        let start = chart.plot.x + band * bar.row as f64;
        assert!(bar.rect.x >= start && bar.rect.right() <= start + band, "{bar:?} leaves its row's band");
    }
    let rock: Vec<_> = chart.bars.iter().filter(|b| b.row == 0).collect();
    assert_eq!((rock[0].series, rock[1].series), (0, 1));
    assert!(rock[0].rect.right() <= rock[1].rect.x);
    assert_eq!(rock[0].rect.width, rock[1].rect.width);

    let legend: Vec<&str> = chart.legend.iter().map(|e| e.name.content.as_str()).collect();
    assert_eq!(legend, ["tracks", "albums"]);
    assert!(chart.legend.iter().all(|e| e.swatch.bottom() < chart.plot.y), "the legend is above the plot");
    assert_eq!(chart.title, "Bar chart of tracks and albums by genre");
}

#[test]
fn a_line_chart_joins_points_and_breaks_at_nulls() {
    let data = chart(
        "SELECT column1, column2 FROM (VALUES ('Jan', 5), ('Feb', 9), ('Mar', NULL), ('Apr', 7), ('May', 1))",
    );
    let chart = layout(&data, ChartKind::Line, WIDTH, HEIGHT);
    assert!(chart.bars.is_empty());
    assert_eq!(chart.lines.len(), 2, "the NULL splits the line");
    assert_eq!(chart.lines[0].points.len(), 2);
    assert_eq!(chart.lines[1].points.len(), 2);
    assert_eq!(chart.markers.len(), 4);
    let ys: Vec<f64> = chart.markers.iter().map(|m| m.cy).collect();
    // Feb (9) is highest on the page, so smallest y; May (1) lowest.
    assert!(ys[1] < ys[2] && ys[2] < ys[0] && ys[0] < ys[3], "{ys:?}");
    for m in &chart.markers {
        assert_inside(&chart, m.cx, m.cy);
    }
    let xs: Vec<f64> = chart.markers.iter().map(|m| m.cx).collect();
    assert!(xs.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(chart.lines[0].points_attr().split(' ').count(), 2);
}

#[test]
fn crowded_labels_are_slanted_thinned_and_cut_but_stay_in_the_picture() {
    let data = memory(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
         SELECT 'customer number ' || i AS who, i * i AS score FROM n",
    );
    let data = chart_data(&data).unwrap();
    let chart = layout(&data, ChartKind::Bar, WIDTH, HEIGHT);
    let labels: Vec<_> = chart.texts.iter().filter(|t| t.role == TextRole::Label).collect();
    assert!(labels.len() < 60 && labels.len() >= 10, "{} labels shown for 200 rows", labels.len());
    assert_eq!(labels[0].content, data.labels[0].chars().take(15).collect::<String>() + "…");
    assert_eq!(labels[0].full.as_deref(), Some("customer number 1"));
    assert!(labels.iter().all(|t| t.slanted && t.content.chars().count() <= 16));
    for pair in labels.windows(2) {
        assert!(pair[1].x - pair[0].x >= 15.0, "neighbouring slanted labels overlap");
    }
    // A slanted label hangs down-left from its end: its start must stay in the picture.
    let reach = 16.0 * 7.0 * std::f64::consts::FRAC_1_SQRT_2;
    assert!(labels[0].x - reach >= 0.0, "the first label leaves the picture on the left");
    assert!(labels.iter().all(|t| t.y + reach <= HEIGHT), "a label leaves the picture at the bottom");
    assert!(chart.plot.height > HEIGHT / 3.0, "the labels leave the plot room: {:?}", chart.plot);
    assert_eq!(chart.bars.len(), 200);
}

#[test]
fn labels_that_fit_sit_level_one_per_row() {
    let data = chart("SELECT column1, column2 FROM (VALUES ('a', 1), ('b', 2), ('c', 3))");
    let chart = layout(&data, ChartKind::Bar, WIDTH, HEIGHT);
    let labels: Vec<&str> = chart
        .texts
        .iter()
        .filter(|t| t.role == TextRole::Label && !t.slanted)
        .map(|t| t.content.as_str())
        .collect();
    assert_eq!(labels, ["a", "b", "c"]);
    let ticks: Vec<&str> =
        chart.texts.iter().filter(|t| t.role == TextRole::Tick).map(|t| t.content.as_str()).collect();
    assert_eq!(ticks, chart.axis.labels());
    assert!(chart.texts.iter().any(|t| t.role == TextRole::Title && t.content == "column1"));
}

// ---------------------------------------------------------------------------------------------
// The standalone SVG file

#[test]
fn the_svg_file_escapes_data_and_is_well_formed() {
    let data = ChartData {
        label_name: "a&b".into(),
        labels: vec!["<script>&\"".into(), "O'Brien".into(), "bell\u{7}".into()],
        series: vec![
            Series { name: "x<y".into(), values: vec![Some(1.0), Some(2.0), None] },
            Series { name: "\"q\"".into(), values: vec![Some(3.0), None, Some(-1.0)] },
        ],
    };
    for kind in [ChartKind::Bar, ChartKind::Line] {
        let svg = layout(&data, kind, WIDTH, HEIGHT).to_svg_string();
        assert!(!svg.contains("<script"), "{svg}");
        assert!(svg.contains("&lt;script&gt;&amp;&quot;"), "{svg}");
        assert!(svg.contains("O&apos;Brien"));
        assert!(!svg.contains('\u{7}'), "a control character is not allowed in XML");
        assert!(svg.starts_with("<?xml"));
        assert!(svg.contains(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="720" height="360" viewBox="0 0 720 360""#
        ));
        assert!(
            svg.contains(&format!("<title>{} of x&lt;y and &quot;q&quot; by a&amp;b</title>", kind.name()))
        );
        assert!(
            svg.contains(r##"fill="#14b8a6""##) && svg.contains(r##"fill="#f59e0b""##),
            "series colours are explicit"
        );
        assert_well_formed(&svg);
    }
}

/// A small XML well-formedness check: tags balance, attributes are quoted, and every `&` starts
/// one of the five predefined entities.
fn assert_well_formed(xml: &str) {
    let mut rest = xml.strip_prefix(r#"<?xml version="1.0" encoding="UTF-8"?>"#).expect("an XML declaration");
    let mut open: Vec<&str> = Vec::new();
    while let Some(start) = rest.find('<') {
        assert_text(&rest[..start]);
        let end = start + rest[start..].find('>').expect("a tag is closed");
        let tag = &rest[start + 1..end];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop(), Some(name), "closing tag </{name}> does not match");
        } else {
            let self_closing = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let (name, attributes) = tag.split_once(' ').unwrap_or((tag, ""));
            assert!(!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric()), "tag name {name:?}");
            assert_attributes(attributes);
            if !self_closing {
                open.push(name);
            }
        }
        rest = &rest[end + 1..];
        if open.is_empty() {
            break;
        }
    }
    assert!(open.is_empty(), "unclosed: {open:?}");
    assert!(rest.trim().is_empty(), "text after the root element: {rest:?}");
}

fn assert_attributes(mut attributes: &str) {
    loop {
        attributes = attributes.trim_start();
        if attributes.is_empty() {
            return;
        }
        let (name, value) = attributes.split_once("=\"").expect("name=\"value\"");
        assert!(
            name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ':'),
            "attribute {name:?}"
        );
        let end = value.find('"').expect("a closing quote");
        assert!(!value[..end].contains('<'), "< in an attribute value");
        assert_text(&value[..end]);
        attributes = &value[end + 1..];
    }
}

fn assert_text(text: &str) {
    assert!(!text.contains('<'));
    for (at, _) in text.match_indices('&') {
        let entity = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"];
        assert!(entity.iter().any(|e| text[at..].starts_with(e)), "a bare & in {text:?}");
    }
}

#[test]
fn a_result_past_the_row_cap_gets_no_chart() {
    let script = format!(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {}) SELECT 'row ' || x, x FROM n;",
        joinery::core::chart::MAX_CHART_ROWS + 1
    );
    let outcome = Database::open_in_memory().unwrap().run_script(&script, 10_000);
    let result = &outcome.results[0];
    assert_eq!(result.rows.len(), joinery::core::chart::MAX_CHART_ROWS + 1);
    assert_eq!(chart_data(result).unwrap_err(), NotChartable::TooManyRows);
}
