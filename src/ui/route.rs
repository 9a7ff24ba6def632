//! The current hash route (see [`crate::core::route`] for what each hash names), following the
//! address bar.
//!
//! ```ignore
//! let route = use_route();
//! move || match route.get() { Route::Lesson(slug) => …, _ => … }
//! ```

use leptos::ev;
use leptos::prelude::*;

pub use crate::core::route::Route;

/// The route the address bar names now.
fn current() -> Route {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    Route::parse(&hash)
}

/// The current route, following the address bar.
pub fn use_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(current());
    let handle = window_event_listener(ev::hashchange, move |_| set_route.set(current()));
    // The listener lives as long as the page: the app's root owns it.
    on_cleanup(move || handle.remove());
    route
}
