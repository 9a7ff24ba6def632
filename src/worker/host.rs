//! The Web Worker host: receives encoded [`Request`]s from the page, answers each with the
//! [`Session`], and posts the encoded [`Response`] back. SQLite lives here and nowhere else in
//! the browser, so a long query blocks this thread, never the page.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::protocol::{Envelope, Request, Response};
use super::session::Session;

/// Installs the message handler and tells the page the worker is ready. Messages posted before
/// this point are dropped by the browser, which is why the page waits for `Ready`.
pub fn start() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let session =
        Rc::new(RefCell::new(Session::new().expect("SQLite can always open an in-memory database")));

    let reply_scope = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let bytes = Uint8Array::new(&event.data()).to_vec();
        match Envelope::<Request>::decode(&bytes) {
            Ok(Envelope { id, body }) => {
                let mut report =
                    |done| post(&reply_scope, &Envelope { id, body: Response::Progress { done } });
                let mut session = session.borrow_mut();
                let body = session.handle(body, &mut report);
                // The page keeps the latest state so that it can stop a runaway query later
                // by ending this worker; it gets the state before the answer.
                if let Some((bytes, baseline)) = session.take_snapshot() {
                    post(&reply_scope, &Envelope { id, body: Response::Snapshot { bytes, baseline } });
                }
                post(&reply_scope, &Envelope { id, body });
            }
            Err(err) => {
                web_sys::console::error_1(&format!("joinery worker: undecodable request: {err}").into());
            }
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();

    post(&scope, &Envelope { id: 0, body: Response::Ready });
}

/// Posts an encoded response, transferring its buffer rather than copying it.
fn post(scope: &DedicatedWorkerGlobalScope, message: &Envelope<Response>) {
    let bytes = Uint8Array::from(message.encode().as_slice());
    let transfer = Array::of1(&bytes.buffer());
    if let Err(err) = scope.post_message_with_transfer(&bytes, &transfer) {
        web_sys::console::error_2(&"joinery worker: could not post a response".into(), &err);
    }
}
