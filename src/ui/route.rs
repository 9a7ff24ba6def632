//! Hash routes, which work on any static host: `#/` the course contents, `#/lesson/<slug>` a
//! lesson, `#/scratch` the scratch notebook.
//!
//! ```ignore
//! let route = use_route();
//! move || match route.get() { Route::Lesson(slug) => …, _ => … }
//! ```

use leptos::ev;
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Contents,
    Lesson(String),
    Scratch,
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path.split_once('/') {
            Some(("lesson", slug)) if !slug.is_empty() => Route::Lesson(slug.to_owned()),
            _ if path == "scratch" => Route::Scratch,
            _ => Route::Contents,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Contents => "#/".into(),
            Route::Lesson(slug) => format!("#/lesson/{slug}"),
            Route::Scratch => "#/scratch".into(),
        }
    }
}

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
