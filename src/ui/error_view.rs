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
) -> impl IntoView {
    let excerpt = error.excerpt(&script);
    let place = format!(
        "Statement {} failed at line {}, column {}",
        error.statement_index + 1,
        excerpt.line,
        excerpt.column
    );
    let offset = error.marked_offset(&script);
    let marked = if excerpt.marked.is_empty() { " ".to_owned() } else { excerpt.marked };
    view! {
        <div class="script-error" role="alert" data-offset=offset>
            <p class="where">{place}</p>
            <p class="message">{error.message}</p>
            <pre class="excerpt"><span class="line-no">{format!("{:>3} │ ", excerpt.line)}</span>{excerpt.before}<mark>{marked}</mark>{excerpt.after}</pre>
        </div>
    }
}
