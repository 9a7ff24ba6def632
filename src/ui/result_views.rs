//! The ways to look at a result's rows: a table always; a chart when they have labels and
//! numbers; a tree when they read as a hierarchy (authors → books → publishers). Charts and
//! trees are drawn the first time they are asked for, then kept: switching only shows one.

use leptos::prelude::*;

use super::chart_view::ChartView;
use super::result_grid::ResultGrid;
use crate::core::chart::chart_data;
use crate::core::tree::{TreeNode, tree_of};
use crate::core::{Column, StatementResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    Table,
    Chart,
    Tree,
}

impl Shown {
    fn name(self) -> &'static str {
        match self {
            Shown::Table => "Table",
            Shown::Chart => "Chart",
            Shown::Tree => "Tree",
        }
    }
}

/// The views of one result: `switch` (absent when only the table applies) goes in the
/// caption, `body` where the rows go.
pub struct ResultViews {
    pub switch: Option<AnyView>,
    pub body: AnyView,
}

/// Takes the rows out of `result`.
pub fn result_views(result: &mut StatementResult) -> ResultViews {
    let chart = chart_data(result).ok();
    let tree = tree_of(result);
    let columns: Vec<Column> = std::mem::take(&mut result.columns);
    let levels: Vec<String> = columns.iter().map(|c| c.name.clone()).collect();
    let grid = view! { <ResultGrid columns=columns rows=std::mem::take(&mut result.rows) /> }.into_any();
    if chart.is_none() && tree.is_none() {
        return ResultViews { switch: None, body: grid };
    }
    let shown = RwSignal::new(Shown::Table);
    let drawn = RwSignal::new(vec![Shown::Table]);
    let show = move |view: Shown| {
        drawn.update(|d| {
            if !d.contains(&view) {
                d.push(view)
            }
        });
        shown.set(view);
    };
    let mut options = vec![Shown::Table];
    options.extend(chart.is_some().then_some(Shown::Chart));
    options.extend(tree.is_some().then_some(Shown::Tree));
    let buttons = options
        .into_iter()
        .map(|view| {
            view! {
                <button aria-pressed=move || (shown.get() == view).to_string() on:click=move |_| show(view)>
                    {view.name()}
                </button>
            }
        })
        .collect_view();
    let switch = view! {
        <span class="view-switch" role="group" aria-label="Show as">
            {buttons}
        </span>
    }
    .into_any();
    let pane = move |view: Shown, content: AnyView| {
        view! { <div hidden=move || shown.get() != view>{content}</div> }
    };
    let chart = chart.map(|data| {
        let data = StoredValue::new(data);
        let lazy = move || {
            drawn.get().contains(&Shown::Chart).then(|| view! { <ChartView data=data.get_value() /> })
        };
        pane(Shown::Chart, lazy.into_any())
    });
    let tree = tree.map(|nodes| {
        let nodes = StoredValue::new(nodes);
        let levels = StoredValue::new(levels);
        let lazy = move || {
            drawn.get().contains(&Shown::Tree).then(|| {
                view! {
                    <figure class="tree-view" aria-label="The rows as a tree">
                        <figcaption class="plan-note">{levels.with_value(|l| l.join(" → "))}</figcaption>
                        {nodes.with_value(|n| branch(n, 0))}
                    </figure>
                }
            })
        };
        pane(Shown::Tree, lazy.into_any())
    });
    let body = view! {
        {pane(Shown::Table, grid)}
        {chart}
        {tree}
    }
    .into_any();
    ResultViews { switch: Some(switch), body }
}

/// One level of the tree, nested.
fn branch(nodes: &[TreeNode], depth: usize) -> AnyView {
    let items = nodes
        .iter()
        .map(|node| {
            let children = (!node.children.is_empty()).then(|| branch(&node.children, depth + 1));
            view! {
                <li>
                    <span class=format!("tree-label depth-{}", depth.min(3))>{node.label.clone()}</span>
                    {children}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="tree">{items}</ul> }.into_any()
}
