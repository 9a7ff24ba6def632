//! A result drawn as a bar or line chart, from the geometry in [`crate::core::chart`], with a
//! Bar/Line switch and a Save SVG button. Every text from the data is a text node, never parsed
//! as markup. The page and the saved file draw the same scene ([`ChartLayout::scene`]): on the
//! page, each shape's class is styled by the stylesheet (so it follows the theme) and only a
//! series' colour is set on the element; the saved file is written by
//! [`ChartLayout::to_svg_string`] with every colour spelled out.

use leptos::prelude::*;

use super::files::download;
use super::workspace::Workspace;
use crate::core::chart::{self, ChartData, ChartKind, ChartLayout, Geometry, Shape, coordinate};

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
                <button class="save-chart" on:click=save>
                    "Save SVG"
                </button>
            </div>
            <div class="chart-scroll">{move || layout.with(drawing)}</div>
        </div>
    }
    .into_any()
}

/// The whole chart as inline SVG, named for assistive technology by its description: the
/// shapes of its scene, each as its element.
fn drawing(chart: &ChartLayout) -> AnyView {
    let (w, h) = (chart.width, chart.height);
    let shapes = chart.scene().into_iter().map(shape).collect_view();
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
            {shapes}
        </svg>
    }
    .into_any()
}

/// One shape: the stylesheet styles it by its class, except for its series' colour, which is
/// set as its `fill` or `stroke`.
fn shape(shape: Shape) -> AnyView {
    let (fill, stroke) = (shape.fill(), shape.stroke());
    let class = shape.class.name();
    // Built directly: a `<title>` outside an `<svg>` in `view!` would be the HTML element.
    let tooltip = shape.tooltip.map(|tooltip| leptos::svg::title().child(tooltip));
    let c = coordinate;
    match shape.geometry {
        Geometry::Line(s) => {
            view! { <line class=class x1=c(s.x1) y1=c(s.y1) x2=c(s.x2) y2=c(s.y2) /> }.into_any()
        }
        Geometry::Rect { rect: r, corner_radius } => view! {
            <rect
                class=class
                x=c(r.x)
                y=c(r.y)
                width=c(r.width)
                height=c(r.height)
                rx=corner_radius.map(|r| r.to_string())
                fill=fill
            >
                {tooltip}
            </rect>
        }
        .into_any(),
        Geometry::Polyline { points } => {
            view! { <polyline class=class points=points stroke=stroke /> }.into_any()
        }
        Geometry::Circle { cx, cy, r } => view! {
            <circle class=class cx=c(cx) cy=c(cy) r=r.to_string() fill=fill>
                {tooltip}
            </circle>
        }
        .into_any(),
        Geometry::Text { x, y, anchor, transform, content } => view! {
            <text class=class x=c(x) y=c(y) text-anchor=anchor.as_str() transform=transform>
                {content}
                {tooltip}
            </text>
        }
        .into_any(),
    }
}
