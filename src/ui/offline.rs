//! Working offline: registers `sw.js` (see its comments) and hands it every resource the page
//! loaded before the service worker took control, so that the first visit is enough.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{PerformanceObserver, PerformanceObserverEntryList, ServiceWorker, ServiceWorkerRegistration};

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
        if let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) {
            keep(&active, &Array::of1(&href.into()));
        }
        report_resources(active);
    });
}

/// Sends the service worker the address of every resource the page has loaded and will
/// load: requests that started before it took control finish later, so the list is followed
/// as it grows (the worker keeps only what it does not have yet).
fn report_resources(active: ServiceWorker) {
    let callback =
        Closure::<dyn FnMut(PerformanceObserverEntryList)>::new(move |list: PerformanceObserverEntryList| {
            let urls = Array::new();
            for entry in list.get_entries().iter() {
                if let Ok(entry) = entry.dyn_into::<web_sys::PerformanceEntry>() {
                    urls.push(&entry.name().into());
                }
            }
            keep(&active, &urls);
        });
    let Ok(observer) = PerformanceObserver::new(callback.as_ref().unchecked_ref()) else { return };
    // { type: 'resource', buffered: true } (web-sys only offers the older entryTypes form,
    // which cannot ask for the entries recorded before observing).
    let options = Object::new();
    let _ = Reflect::set(&options, &"type".into(), &"resource".into());
    let _ = Reflect::set(&options, &"buffered".into(), &true.into());
    if let Ok(observe) =
        Reflect::get(&observer, &"observe".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = observe.call1(&observer, &options);
    }
    // The observer reports for the life of the page.
    callback.forget();
}

fn keep(active: &ServiceWorker, urls: &Array) {
    let message = Object::new();
    let _ = Reflect::set(&message, &"cache".into(), urls);
    let _ = active.post_message(&message);
}
