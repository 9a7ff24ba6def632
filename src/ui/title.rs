//! The browser tab's title, set by each page ("Lesson title — Joinery").

/// Sets the document title to `page — Joinery`.
pub fn set_page_title(page: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{page} — Joinery"));
    }
}
