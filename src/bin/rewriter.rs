//! Browser entry point of the rewriter Web Worker: the SQL parser the row-lineage views use to
//! rewrite a query, kept out of the database worker because it is big; the page starts this
//! worker the first time someone traces rows. It says "ready" once it listens; then each
//! message is a query's text, and the answer is the postcard encoding of
//! `Result<Rewrite, String>` (see `ui::rewriter_client`).

#[cfg(all(target_arch = "wasm32", feature = "parser"))]
fn main() {
    use js_sys::{Array, Uint8Array};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let sql = event.data().as_string().unwrap_or_default();
        let answer = joinery::core::lineage::rewrite(&sql);
        let bytes = postcard::to_allocvec(&answer).expect("a rewrite always serializes");
        let bytes = Uint8Array::from(bytes.as_slice());
        let _ = reply.post_message_with_transfer(&bytes, &Array::of1(&bytes.buffer()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // Messages posted before the handler existed were dropped: the page waits for this.
    let _ = scope.post_message(&"ready".into());
}

#[cfg(not(all(target_arch = "wasm32", feature = "parser")))]
fn main() {
    eprintln!("The Joinery rewriter runs in a browser: build it with `trunk build`.");
}
