//! Working offline: registers `sw.js` (see its comments) and hands it the list of everything
//! the page loaded before it took control, so that the first visit is enough.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::ServiceWorkerRegistration;

/// Registers the service worker; a browser without service workers (or a page not served
/// over http(s)) simply works online only.
pub fn register() {
    let Some(window) = web_sys::window() else { return };
    if Reflect::get(&window.navigator(), &"serviceWorker".into()).map_or(true, |v| v.is_undefined()) {
        return;
    }
    let container = window.navigator().service_worker();
    let registering = container.register("./sw.js");
    spawn_local(async move {
        if JsFuture::from(registering).await.is_err() {
            return;
        }
        let Ok(ready) = container.ready() else { return };
        let Ok(registration) = JsFuture::from(ready).await else { return };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        let Some(active) = registration.active() else { return };
        let Some(window) = web_sys::window() else { return };
        let urls = Array::new();
        if let Ok(href) = window.location().href() {
            urls.push(&href.into());
        }
        if let Some(performance) = window.performance() {
            for entry in performance.get_entries_by_type("resource").iter() {
                if let Ok(entry) = entry.dyn_into::<web_sys::PerformanceEntry>() {
                    urls.push(&entry.name().into());
                }
            }
        }
        let message = Object::new();
        let _ = Reflect::set(&message, &"cache".into(), &urls);
        let _ = active.post_message(&message);
    });
}
