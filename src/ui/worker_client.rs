//! [`WorkerClient`]: the page's side of the database worker. It starts the worker, queues
//! requests until the worker says it is ready, and resolves each request's future with the
//! response that carries its id.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use futures_channel::oneshot;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::{Closure, JsValue};
use web_sys::{ErrorEvent, MessageEvent, Worker};

use crate::worker::{Envelope, Request, Response};

/// Where Trunk puts the worker's loader shim, relative to the page.
const WORKER_URL: &str = "./worker_loader.js";

pub struct WorkerClient {
    worker: Worker,
    state: Rc<RefCell<Pending>>,
    // Kept so the handlers live as long as the client.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

#[derive(Default)]
struct Pending {
    next_id: u64,
    ready: bool,
    /// Requests encoded before the worker was ready, in order.
    queued: Vec<Uint8Array>,
    waiting: HashMap<u64, Waiter>,
}

/// A request awaiting its final response, and whom to tell about its progress meanwhile.
struct Waiter {
    reply: oneshot::Sender<Response>,
    on_progress: Option<Box<dyn Fn(u64)>>,
}

impl WorkerClient {
    /// Starts the database worker.
    pub fn spawn() -> Result<Self, JsValue> {
        let worker = Worker::new(WORKER_URL)?;
        let state = Rc::new(RefCell::new(Pending { next_id: 1, ..Pending::default() }));

        let on_message = {
            let state = state.clone();
            let worker = worker.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let bytes = Uint8Array::new(&event.data()).to_vec();
                match Envelope::<Response>::decode(&bytes) {
                    Ok(Envelope { body: Response::Ready, .. }) => {
                        let mut state = state.borrow_mut();
                        state.ready = true;
                        for message in state.queued.drain(..) {
                            post(&worker, &message);
                        }
                    }
                    Ok(Envelope { id, body: Response::Progress { done } }) => {
                        let state = state.borrow();
                        if let Some(on_progress) = state.waiting.get(&id).and_then(|w| w.on_progress.as_ref())
                        {
                            on_progress(done);
                        }
                    }
                    Ok(Envelope { id, body }) => {
                        let waiter = state.borrow_mut().waiting.remove(&id);
                        if let Some(waiter) = waiter {
                            // The requester may have gone away; nothing to do then.
                            let _ = waiter.reply.send(body);
                        }
                    }
                    Err(err) => web_sys::console::error_1(
                        &format!("joinery: undecodable worker response: {err}").into(),
                    ),
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));

        let on_error = {
            let state = state.clone();
            Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
                let message = format!("The database worker stopped: {}", event.message());
                let waiting: Vec<Waiter> = state.borrow_mut().waiting.drain().map(|(_, w)| w).collect();
                for waiter in waiting {
                    let _ = waiter.reply.send(Response::Failed { message: message.clone() });
                }
            })
        };
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));

        Ok(Self { worker, state, _on_message: on_message, _on_error: on_error })
    }

    /// Sends a request; the returned receiver yields its response, and `on_progress` hears of
    /// each `Progress` the worker reports before it. A request made before the worker is ready
    /// is sent as soon as it is, in order.
    pub fn send(
        &self,
        request: Request,
        on_progress: Option<Box<dyn Fn(u64)>>,
    ) -> oneshot::Receiver<Response> {
        let (reply, response) = oneshot::channel();
        let mut state = self.state.borrow_mut();
        let id = state.next_id;
        state.next_id += 1;
        state.waiting.insert(id, Waiter { reply, on_progress });
        let message = Uint8Array::from(Envelope { id, body: request }.encode().as_slice());
        if state.ready {
            post(&self.worker, &message);
        } else {
            state.queued.push(message);
        }
        response
    }
}

impl Drop for WorkerClient {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// Posts an encoded request, transferring its buffer.
fn post(worker: &Worker, message: &Uint8Array) {
    let transfer = Array::of1(&message.buffer());
    if let Err(err) = worker.post_message_with_transfer(message, &transfer) {
        web_sys::console::error_2(&"joinery: could not post a request".into(), &err);
    }
}
