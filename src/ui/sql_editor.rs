//! The SQL editor of cells and exercises: a textarea that grows with its text. One component,
//! so the editor can be replaced in one place.

use leptos::ev::KeyboardEvent;
use leptos::html::Textarea;
use leptos::prelude::*;

/// The fewest lines an editor shows, so an empty one still looks like a place to type.
const MIN_EDITOR_LINES: usize = 3;

#[component]
pub fn SqlEditor(
    /// The textarea, for callers that read its text or selection.
    editor: NodeRef<Textarea>,
    /// The text it starts with.
    initial: String,
    /// Its accessible name.
    #[prop(into)]
    label: Signal<String>,
    /// What it says while empty.
    placeholder: &'static str,
    /// Keys the caller acts on (run, check).
    on_keydown: Box<dyn Fn(KeyboardEvent)>,
    /// Told of every edit, with the whole text.
    #[prop(optional)]
    on_change: Option<Box<dyn Fn(String)>>,
) -> impl IntoView {
    let lines = RwSignal::new(line_count(&initial));
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        lines.set(line_count(&text));
        if let Some(on_change) = &on_change {
            on_change(text);
        }
    };
    view! {
        <textarea
            class="editor"
            node_ref=editor
            spellcheck="false"
            autocapitalize="off"
            autocomplete="off"
            rows=move || lines.get().max(MIN_EDITOR_LINES)
            aria-label=label
            placeholder=placeholder
            prop:value=initial
            on:input=on_input
            on:keydown=on_keydown
        ></textarea>
    }
}

/// Replaces the editor's text as if typed, so that it resizes and whoever listens hears of it.
pub fn set_text(editor: NodeRef<Textarea>, text: &str) {
    if let Some(textarea) = editor.get_untracked() {
        textarea.set_value(text);
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = textarea.dispatch_event(&event);
        }
    }
}

/// Lines an editor needs to show `source` whole.
fn line_count(source: &str) -> usize {
    source.lines().count() + usize::from(source.ends_with('\n'))
}
