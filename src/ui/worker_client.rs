//! [`WorkerClient`]: the page's side of the database worker. It starts the worker, queues
//! requests until the worker says it is ready, resolves each request's future with the
//! response that carries its id, and keeps the worker's latest snapshots so that a runaway
//! query can be stopped by ending the worker and starting a new one on the same data.

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
    running: RefCell<Running>,
    state: Rc<RefCell<Pending>>,
}

/// One started worker and the handlers that listen to it.
struct Running {
    worker: Worker,
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
    /// The database after the last request that changed it, and the starting state.
    latest: Option<Vec<u8>>,
    baseline: Option<Vec<u8>>,
    /// Told whenever a new snapshot arrives (to save it).
    on_snapshot: Option<Rc<dyn Fn()>>,
}

/// A request awaiting its final response, and whom to tell about its progress meanwhile.
struct Waiter {
    reply: oneshot::Sender<Response>,
    on_progress: Option<Box<dyn Fn(u64)>>,
}

impl WorkerClient {
    /// Starts the database worker.
    pub fn spawn() -> Result<Self, JsValue> {
        let state = Rc::new(RefCell::new(Pending { next_id: 1, ..Pending::default() }));
        let running = start(&state)?;
        Ok(Self { running: RefCell::new(running), state })
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
            post(&self.running.borrow().worker, &message);
        } else {
            state.queued.push(message);
        }
        response
    }

    /// Calls `listener` whenever the worker sends a new snapshot.
    pub fn set_on_snapshot(&self, listener: Rc<dyn Fn()>) {
        self.state.borrow_mut().on_snapshot = Some(listener);
    }

    /// The latest state and the starting state, as last sent by the worker.
    pub fn snapshots(&self) -> (Option<Vec<u8>>, Option<Vec<u8>>) {
        let state = self.state.borrow();
        (state.latest.clone(), state.baseline.clone())
    }

    /// Stops whatever the worker is doing by ending it, and starts a new one holding the
    /// database as the last completed request left it (and the same starting state). Every
    /// request under way fails with `message`.
    pub fn restart(&self, message: &str) -> Result<(), JsValue> {
        self.running.borrow().worker.terminate();
        let (waiting, latest, baseline) = {
            let mut state = self.state.borrow_mut();
            state.ready = false;
            state.queued.clear();
            let waiting: Vec<Waiter> = state.waiting.drain().map(|(_, w)| w).collect();
            (waiting, state.latest.clone(), state.baseline.clone())
        };
        for waiter in waiting {
            let _ = waiter.reply.send(Response::Failed { message: message.to_owned() });
        }
        *self.running.borrow_mut() = start(&self.state)?;
        // Queued until the new worker is ready; their answers need no one to hear them.
        if let Some(bytes) = baseline {
            drop(self.send(Request::LoadDatabase { bytes }, None));
            drop(self.send(Request::MarkBaseline, None));
        }
        if let Some(bytes) = latest {
            drop(self.send(Request::LoadDatabase { bytes }, None));
        }
        Ok(())
    }
}

/// Starts a worker whose messages settle the requests in `state`.
fn start(state: &Rc<RefCell<Pending>>) -> Result<Running, JsValue> {
    let worker = Worker::new(WORKER_URL)?;
    let on_message = {
        let state = state.clone();
        let worker = worker.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let bytes = Uint8Array::new(&event.data()).to_vec();
            match Envelope::<Response>::decode(&bytes) {
                Ok(envelope) => receive(&state, &worker, envelope),
                Err(err) => {
                    web_sys::console::error_1(&format!("joinery: undecodable worker response: {err}").into())
                }
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
    Ok(Running { worker, _on_message: on_message, _on_error: on_error })
}

fn receive(state: &Rc<RefCell<Pending>>, worker: &Worker, Envelope { id, body }: Envelope<Response>) {
    match body {
        Response::Ready => {
            let mut state = state.borrow_mut();
            state.ready = true;
            for message in state.queued.drain(..) {
                post(worker, &message);
            }
        }
        Response::Progress { done } => {
            let state = state.borrow();
            if let Some(on_progress) = state.waiting.get(&id).and_then(|w| w.on_progress.as_ref()) {
                on_progress(done);
            }
        }
        Response::Snapshot { bytes, baseline } => {
            let listener = {
                let mut state = state.borrow_mut();
                if baseline {
                    state.baseline = Some(bytes.clone());
                }
                state.latest = Some(bytes);
                state.on_snapshot.clone()
            };
            if let Some(listener) = listener {
                listener();
            }
        }
        body => {
            let waiter = state.borrow_mut().waiting.remove(&id);
            if let Some(waiter) = waiter {
                // The requester may have gone away; nothing to do then.
                let _ = waiter.reply.send(body);
            }
        }
    }
}

impl Drop for WorkerClient {
    fn drop(&mut self) {
        self.running.borrow().worker.terminate();
    }
}

/// Posts an encoded request, transferring its buffer.
fn post(worker: &Worker, message: &Uint8Array) {
    let transfer = Array::of1(&message.buffer());
    if let Err(err) = worker.post_message_with_transfer(message, &transfer) {
        web_sys::console::error_2(&"joinery: could not post a request".into(), &err);
    }
}
