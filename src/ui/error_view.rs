//! A failed statement: SQLite's message, where it failed, and the line with the offending token
//! marked.

use leptos::prelude::*;

use crate::core::ScriptError;

#[component]
pub fn ScriptErrorView(
    /// The script as it was run.
    script: String,
    /// The error that stopped it.
    error: ScriptError,
    /// Called with the marked token's range in UTF-16 code units (editor positions), to put
    /// the editor's selection on it.
    on_locate: Callback<(u32, u32)>,
) -> impl IntoView {
    let excerpt = error.excerpt(&script);
    let place = format!(
        "Statement {} failed at line {}, column {}",
        error.statement_index + 1,
        excerpt.line,
        excerpt.column
    );
    let offset = error.marked_offset(&script);
    let (start, end) = error.marked_range_utf16(&script);
    let marked = if excerpt.marked.is_empty() { " ".to_owned() } else { excerpt.marked };
    view! {
        <div class="script-error" role="alert" data-offset=offset>
            <p class="where">{place}</p>
            <p class="message">{error.message}</p>
            <button class="locate" on:click=move |_| on_locate.run((start, end))>
                "Show in editor"
            </button>
            <pre class="excerpt">
                <span class="line-no">{format!("{:>3} │ ", excerpt.line)}</span>
                {excerpt.before}
                <mark>{marked}</mark>
                {excerpt.after}
            </pre>
        </div>
    }
}
