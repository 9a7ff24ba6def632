//! Where a virtualized table is scrolled to, and which of its rows are therefore on the page.

use leptos::ev::Event;
use leptos::html::Tbody;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::virtual_rows::visible_range;

/// The row height assumed until a rendered row is measured, in CSS pixels.
const ROW_HEIGHT_GUESS: f64 = 33.0;
/// The scroll box's height assumed until it is measured (its CSS max-height).
const VIEWPORT_GUESS: f64 = 420.0;

/// The scroll box's position and height, and the rows' height as measured on the page.
#[derive(Clone, Copy)]
pub struct Scroll {
    top: RwSignal<f64>,
    viewport: RwSignal<f64>,
    pub row_height: RwSignal<f64>,
    /// The table's body, where rows are measured.
    pub tbody: NodeRef<Tbody>,
}

impl Scroll {
    pub fn new() -> Self {
        Self {
            top: RwSignal::new(0.0),
            viewport: RwSignal::new(VIEWPORT_GUESS),
            row_height: RwSignal::new(ROW_HEIGHT_GUESS),
            tbody: NodeRef::new(),
        }
    }

    /// The first row in view (with a margin) and the one past the last, of `row_count`.
    pub fn visible(self, row_count: usize) -> (usize, usize) {
        visible_range(self.top.get(), self.viewport.get(), self.row_height.get(), row_count)
    }

    pub fn on_scroll(self, ev: Event) {
        if let Some(scroller) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            self.top.set(f64::from(scroller.scroll_top()));
            self.viewport.set(f64::from(scroller.client_height()));
        }
        self.measure();
    }

    /// Replaces the guessed row height by the real one (fonts, zoom), measured over the rows on
    /// the page. Fractional, as a rounded height times 100k rows would put the end rows far off.
    pub fn measure(self) {
        if let Some(tbody) = self.tbody.get_untracked()
            && let Ok(rows) = tbody.query_selector_all("tr.row")
            && rows.length() > 2
            && let (Some(first), Some(last)) = (rows.item(1), rows.item(rows.length() - 1))
            && let (Ok(first), Ok(last)) =
                (first.dyn_into::<web_sys::Element>(), last.dyn_into::<web_sys::Element>())
        {
            // Top to top, from the second row: with collapsed borders a row's own box, and the
            // first row's place under the borderless spacer, are half a pixel off the pitch.
            let span = last.get_bounding_client_rect().top() - first.get_bounding_client_rect().top();
            let height = span / f64::from(rows.length() - 2);
            if height > 0.0 && (height - self.row_height.get_untracked()).abs() > 0.01 {
                self.row_height.set(height);
            }
        }
    }
}
