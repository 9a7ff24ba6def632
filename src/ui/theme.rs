//! Light and dark: the system's preference (`prefers-color-scheme`) until the person picks
//! one with the toggle, which is then remembered.

use leptos::prelude::*;

use super::storage::local_storage;

const THEME_KEY: &str = "joinery.theme";

fn system_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|query| query.matches())
}

/// Sets `data-theme` on `<html>`, which the stylesheet's dark palette keys on.
fn apply(dark: bool) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", if dark { "dark" } else { "light" });
    }
}

/// The toggle in the top bar.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let saved = local_storage().and_then(|s| s.get_item(THEME_KEY).ok().flatten());
    let dark = RwSignal::new(match saved.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => system_prefers_dark(),
    });
    Effect::new(move |_| apply(dark.get()));
    let toggle = move |_| {
        dark.update(|d| *d = !*d);
        if let Some(store) = local_storage() {
            let _ = store.set_item(THEME_KEY, if dark.get_untracked() { "dark" } else { "light" });
        }
    };
    view! {
        <button
            class="theme-toggle"
            on:click=toggle
            aria-pressed=move || dark.get().to_string()
            aria-label="Dark mode"
            title=move || if dark.get() { "Switch to light mode" } else { "Switch to dark mode" }
        >
            {move || if dark.get() { "☀" } else { "☾" }}
        </button>
    }
}
