//! The entity-relationship diagram of the live schema, drawn as SVG from [`crate::core::erd`],
//! redrawn whenever the schema changes, and savable as a standalone .svg file. All styling is
//! in attributes, so the saved file looks the same outside the page.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::files::download;
use super::workspace::Workspace;
use crate::core::erd::{self, BoxRow, Edge, ErdLayout, HEADER_HEIGHT, MARKER_WIDTH, PADDING, TableBox};

const ACCENT: &str = "#0f766e";
const INK: &str = "#0f172a";
const MUTED: &str = "#64748b";
const LINE: &str = "#94a3b8";
const FONT: &str = "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";

#[component]
pub fn ErdView() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let holder = NodeRef::<Div>::new();
    let layout = Memo::new(move |_| workspace.schema.with(|s| s.as_ref().map(erd::layout)));
    let diagram = move || layout.with(|layout| layout.as_ref().map(drawing));
    view! {
        <section class="erd-panel" aria-label="Entity-relationship diagram">
            <div class="panel-head">
                <h2>"Entity-relationship diagram"</h2>
                <button on:click=move |_| save_svg(holder, workspace)>"Save SVG"</button>
            </div>
            <div class="erd-scroll" node_ref=holder>
                {diagram}
            </div>
        </section>
    }
}

/// Offers the diagram drawn in `holder` as a standalone .svg file.
fn save_svg(holder: NodeRef<Div>, workspace: Workspace) {
    let Some(svg) = holder.get_untracked().and_then(|div| div.query_selector("svg").ok().flatten()) else {
        return;
    };
    let text = web_sys::XmlSerializer::new().and_then(|s| s.serialize_to_string(svg.unchecked_ref()));
    match text {
        Ok(text) => {
            if let Err(message) = download(text.as_bytes(), "schema.svg", "image/svg+xml") {
                workspace.complain(message);
            }
        }
        Err(_) => workspace.complain("Could not save the diagram."),
    }
}

/// The whole diagram as inline SVG, or a line saying there is nothing to draw.
fn drawing(layout: &ErdLayout) -> AnyView {
    if layout.boxes.is_empty() {
        return view! { <p class="muted">"No tables to draw yet."</p> }.into_any();
    }
    let edges = layout.edges.iter().map(edge).collect_view();
    let boxes = layout.boxes.iter().map(table_box).collect_view();
    let (w, h) = (layout.width, layout.height);
    view! {
        <svg
            xmlns="http://www.w3.org/2000/svg"
            class="erd"
            role="img"
            aria-label="Entity-relationship diagram of the database"
            width=format!("{w:.0}")
            height=format!("{h:.0}")
            viewBox=format!("0 0 {w:.0} {h:.0}")
        >
            {markers()}
            <rect width="100%" height="100%" fill="#ffffff" />
            {edges}
            {boxes}
        </svg>
    }
    .into_any()
}

/// The ends of a relationship line: an arrow at the referenced ("one") side, a ring at the
/// referring ("many") side.
fn markers() -> impl IntoView {
    view! {
        <defs>
            <marker
                id="erd-one"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="8"
                markerHeight="8"
                orient="auto"
            >
                <path d="M0,0 L10,5 L0,10 z" fill=LINE />
            </marker>
            <marker
                id="erd-many"
                viewBox="0 0 10 10"
                refX="5"
                refY="5"
                markerWidth="6"
                markerHeight="6"
                orient="auto"
            >
                <circle cx="5" cy="5" r="4" fill="#ffffff" stroke=LINE stroke-width="2" />
            </marker>
        </defs>
    }
}

/// One foreign key's line, titled with the columns it links.
fn edge(edge: &Edge) -> impl IntoView {
    let [(x0, y0), (x1, y1), (x2, y2), (x3, y3)] = edge.path;
    let d = format!("M{x0:.1},{y0:.1} C{x1:.1},{y1:.1} {x2:.1},{y2:.1} {x3:.1},{y3:.1}");
    let title = format!("{}.{} → {}.{}", edge.from_table, edge.from_column, edge.to_table, edge.to_column);
    view! {
        <g class="erd-edge">
            <title>{title}</title>
            <path
                d=d
                fill="none"
                stroke=LINE
                stroke-width="1.5"
                marker-start="url(#erd-many)"
                marker-end="url(#erd-one)"
            />
        </g>
    }
}

/// One table: a header with its name, then a row per column with PK/FK marks and the type.
fn table_box(table: &TableBox) -> impl IntoView {
    let (x, y, w, h) = (table.x, table.y, table.width, table.height);
    let header_fill = if table.is_view { MUTED } else { ACCENT };
    let rows = table.rows.iter().enumerate().map(|(i, row)| column_row(table, i, row)).collect_view();
    view! {
        <g class="erd-table">
            <rect
                x=format!("{x:.1}")
                y=format!("{y:.1}")
                width=format!("{w:.1}")
                height=format!("{h:.1}")
                rx="6"
                fill="#ffffff"
                stroke="#cbd5e1"
            />
            <rect
                x=format!("{x:.1}")
                y=format!("{y:.1}")
                width=format!("{w:.1}")
                height=format!("{HEADER_HEIGHT:.1}")
                rx="6"
                fill=header_fill
            />
            <rect
                x=format!("{x:.1}")
                y=format!("{:.1}", y + HEADER_HEIGHT - 6.0)
                width=format!("{w:.1}")
                height="6"
                fill=header_fill
            />
            <text
                x=format!("{:.1}", x + PADDING)
                y=format!("{:.1}", y + HEADER_HEIGHT / 2.0 + 4.5)
                font-size="13"
                font-weight="700"
                fill="#ffffff"
                font-family=FONT
            >
                {table.table.clone()}
            </text>
            {rows}
            <title>{format!("{} ({} columns)", table.table, table.rows.len())}</title>
        </g>
    }
}

/// One column's row in a table's box: its PK/FK mark, its name (bold for the primary key) and
/// its declared type.
fn column_row(table: &TableBox, i: usize, row: &BoxRow) -> impl IntoView {
    let (x, w) = (table.x, table.width);
    let baseline = table.row_y(i) + 4.0;
    let mark = match (row.primary_key, row.foreign_key) {
        (true, true) => "PF",
        (true, false) => "PK",
        (false, true) => "FK",
        (false, false) => "",
    };
    let weight = if row.primary_key { "700" } else { "400" };
    view! {
        <text
            x=format!("{:.1}", x + PADDING)
            y=format!("{baseline:.1}")
            font-size="9"
            font-weight="700"
            fill=ACCENT
            font-family=FONT
        >
            {mark}
        </text>
        <text
            x=format!("{:.1}", x + PADDING + MARKER_WIDTH)
            y=format!("{baseline:.1}")
            font-size="12"
            font-weight=weight
            fill=INK
            font-family=FONT
        >
            {row.name.clone()}
        </text>
        <text
            x=format!("{:.1}", x + w - PADDING)
            y=format!("{baseline:.1}")
            font-size="11"
            fill=MUTED
            text-anchor="end"
            font-family=FONT
        >
            {row.decl_type.clone()}
        </text>
    }
}
