//! A result drawn as a bar or line chart, from the geometry in [`crate::core::chart`], with a
//! Bar/Line switch and a Save SVG button. Every text from the data is a text node, never parsed
//! as markup. On the page, colours come from the stylesheet (so they follow the theme); the
//! saved file is written by [`ChartLayout::to_svg_string`] with its colours spelled out.

use leptos::prelude::*;

use super::files::download;
use super::workspace::Workspace;
use crate::core::chart::{self, ChartData, ChartKind, ChartLayout, PALETTE, Text};

/// The drawing's size in SVG units; the stylesheet scales it down to narrow cells.
const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 360.0;

#[component]
pub fn ChartView(
    /// What to draw: a result's labels and numeric series, as [`chart::chart_data`] gives them
    /// for a chartable result.
    data: ChartData,
) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let kind = RwSignal::new(ChartKind::Bar);
    let data = StoredValue::new(data);
    let layout = Memo::new(move |_| {
        let kind = kind.get();
        data.with_value(|data| chart::layout(data, kind, WIDTH, HEIGHT))
    });

    let save = move |_| {
        let svg = layout.with_untracked(ChartLayout::to_svg_string);
        if let Err(message) = download(svg.as_bytes(), "chart.svg", "image/svg+xml") {
            workspace.complain(message);
        }
    };
    let kind_button = move |choice: ChartKind, label: &'static str| {
        view! {
            <button
                aria-pressed=move || { (kind.get() == choice).to_string() }
                on:click=move |_| kind.set(choice)
            >
                {label}
            </button>
        }
    };

    view! {
        <div class="chart-view">
            <div class="chart-controls">
                <span class="chart-kinds" role="group" aria-label="Chart type">
                    {kind_button(ChartKind::Bar, "Bar")}
                    {kind_button(ChartKind::Line, "Line")}
                </span>
                <button class="save-chart" on:click=save>"Save SVG"</button>
            </div>
            <div class="chart-scroll">{move || layout.with(drawing)}</div>
        </div>
    }
    .into_any()
}

/// The whole chart as inline SVG, named for assistive technology by its description.
fn drawing(chart: &ChartLayout) -> AnyView {
    let (w, h) = (chart.width, chart.height);
    let gridlines = chart
        .gridlines
        .iter()
        .map(|g| {
            view! { <line class="chart-grid" x1=px(g.x1) y1=px(g.y1) x2=px(g.x2) y2=px(g.y2)/> }
        })
        .collect_view();
    let b = chart.baseline;
    let baseline = view! { <line class="chart-baseline" x1=px(b.x1) y1=px(b.y1) x2=px(b.x2) y2=px(b.y2)/> };
    let bars = chart
        .bars
        .iter()
        .map(|bar| {
            let r = bar.rect;
            view! {
                <rect
                    class=series_class("chart-bar", bar.series)
                    x=px(r.x)
                    y=px(r.y)
                    width=px(r.width)
                    height=px(r.height)
                >
                    <title>{bar.tooltip.clone()}</title>
                </rect>
            }
        })
        .collect_view();
    let lines = chart
        .lines
        .iter()
        .map(|line| view! { <polyline class=series_class("chart-line", line.series) points=line.points_attr()/> })
        .collect_view();
    let markers = chart
        .markers
        .iter()
        .map(|m| {
            view! {
                <circle
                    class=series_class("chart-marker", m.series)
                    cx=px(m.cx)
                    cy=px(m.cy)
                    r=chart::MARKER_RADIUS.to_string()
                >
                    <title>{m.tooltip.clone()}</title>
                </circle>
            }
        })
        .collect_view();
    let legend = chart
        .legend
        .iter()
        .map(|entry| {
            let r = entry.swatch;
            view! {
                <rect
                    class=series_class("chart-swatch", entry.series)
                    x=px(r.x)
                    y=px(r.y)
                    width=px(r.width)
                    height=px(r.height)
                    rx="2"
                />
                {text(&entry.name)}
            }
        })
        .collect_view();
    let texts = chart.texts.iter().map(text).collect_view();
    view! {
        <svg
            xmlns="http://www.w3.org/2000/svg"
            class="chart"
            role="img"
            aria-label=chart.title.clone()
            width=format!("{w:.0}")
            height=format!("{h:.0}")
            viewBox=format!("0 0 {w:.0} {h:.0}")
        >
            {gridlines}
            {baseline}
            {bars}
            {lines}
            {markers}
            {legend}
            {texts}
        </svg>
    }
    .into_any()
}

/// A text, with its whole content as a tooltip when it was cut.
fn text(t: &Text) -> impl IntoView + use<> {
    // Built directly: a `<title>` outside an `<svg>` in `view!` would be the HTML element.
    let tooltip = t.full.clone().map(|full| leptos::svg::title().child(full));
    view! {
        <text
            class=t.role.class()
            x=px(t.x)
            y=px(t.y)
            text-anchor=t.anchor.as_str()
            transform=t.transform()
        >
            {t.content.clone()}
            {tooltip}
        </text>
    }
}

/// `chart-bar series-2`: the element's kind and its series' colour (the palette cycles).
fn series_class(kind: &str, series: usize) -> String {
    format!("{kind} series-{}", series % PALETTE.len())
}

/// A coordinate as an attribute: a tenth of a unit is finer than any screen shows.
fn px(value: f64) -> String {
    format!("{value:.1}")
}
