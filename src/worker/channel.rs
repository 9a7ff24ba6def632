//! [`Channel`]: the asking side of a worker, for any [`Protocol`]. The page holds one to the
//! database worker; the database worker holds one to the parser worker. It starts the worker,
//! holds requests until the worker's `Ready`, gives each request an id and resolves its future
//! with the answer carrying that id, hands progress to the request that reported it and events
//! to one listener, and fails every request under way when the worker dies or is restarted.
//!
//! ```ignore
//! let parser = Channel::<ParserWorker>::spawn("./rewriter_loader.js")?;
//! let rewrite = parser.ask(RewriteQuery { sql }, None).await?;
//! ```

use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::rc::Rc;

use futures_channel::oneshot;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::{Closure, JsValue};
use web_sys::{ErrorEvent, MessageEvent, Worker};

use super::protocol::{Ask, Envelope, Posted, PostedBy, Protocol};

/// What a request's future says when the worker answered it with another request's answer: a
/// bug, never bad input.
pub const UNEXPECTED: &str = "A worker gave an unexpected answer; reload the page.";
/// What a request's future says when its worker went away without answering.
const GONE: &str = "The worker went away before it answered; reload the page.";

/// Called with each progress report of a request (rows done).
pub type OnProgress = Box<dyn Fn(u64)>;

pub struct Channel<P: Protocol> {
    url: &'static str,
    running: RefCell<Running>,
    state: Rc<RefCell<State<P>>>,
}

/// One started worker and the handlers that listen to it.
struct Running {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

struct State<P: Protocol> {
    next_id: u64,
    ready: bool,
    /// Requests encoded before the worker was ready, in order.
    queued: Vec<Uint8Array>,
    waiting: HashMap<u64, Waiter<P>>,
    on_event: Option<Rc<dyn Fn(P::Event)>>,
}

/// A request awaiting its answer, and whom to tell about its progress meanwhile.
struct Waiter<P: Protocol> {
    reply: oneshot::Sender<Result<P::Response, String>>,
    on_progress: Option<OnProgress>,
}

impl<P: Protocol> Channel<P> {
    /// Starts the worker whose script (Trunk's loader shim) is at `url`.
    pub fn spawn(url: &'static str) -> Result<Self, JsValue> {
        let state = Rc::new(RefCell::new(State {
            next_id: 1,
            ready: false,
            queued: Vec::new(),
            waiting: HashMap::new(),
            on_event: None,
        }));
        let running = start(url, &state)?;
        Ok(Self { url, running: RefCell::new(running), state })
    }

    /// Asks the worker; the future yields the typed answer or a message for a person.
    /// `on_progress` hears of each progress report before the answer.
    pub fn ask<A: Ask<P>>(
        &self,
        request: A,
        on_progress: Option<OnProgress>,
    ) -> impl Future<Output = Result<A::Answer, String>> + use<P, A>
    where
        A::Answer: 'static,
    {
        let answered = self.send(request.into(), on_progress);
        async move {
            match answered.await {
                Ok(Ok(response)) => A::answer(response).ok_or_else(|| UNEXPECTED.to_owned()),
                Ok(Err(message)) => Err(message),
                Err(oneshot::Canceled) => Err(GONE.to_owned()),
            }
        }
    }

    /// Sends a request whose answer no one needs to read (replaying state into a new worker).
    pub fn tell(&self, request: impl Into<P::Request>) {
        drop(self.send(request.into(), None));
    }

    /// Calls `listener` with every event the worker sends.
    pub fn on_event(&self, listener: Rc<dyn Fn(P::Event)>) {
        self.state.borrow_mut().on_event = Some(listener);
    }

    /// Ends the worker, failing every request under way with `message`, and starts a new one.
    /// Requests sent from here on are held until the new worker is ready.
    pub fn restart(&self, message: &str) -> Result<(), JsValue> {
        self.running.borrow().worker.terminate();
        fail_all(&self.state, message);
        self.state.borrow_mut().ready = false;
        self.state.borrow_mut().queued.clear();
        *self.running.borrow_mut() = start(self.url, &self.state)?;
        Ok(())
    }

    fn send(
        &self,
        request: P::Request,
        on_progress: Option<OnProgress>,
    ) -> oneshot::Receiver<Result<P::Response, String>> {
        let (reply, answered) = oneshot::channel();
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
        answered
    }
}

impl<P: Protocol> Drop for Channel<P> {
    fn drop(&mut self) {
        self.running.borrow().worker.terminate();
    }
}

/// Starts a worker whose messages settle the requests in `state`.
fn start<P: Protocol>(url: &str, state: &Rc<RefCell<State<P>>>) -> Result<Running, JsValue> {
    let worker = Worker::new(url)?;
    let on_message = {
        let (state, worker) = (state.clone(), worker.clone());
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let bytes = Uint8Array::new(&event.data()).to_vec();
            match Envelope::<PostedBy<P>>::decode(&bytes) {
                Ok(envelope) => receive(&state, &worker, envelope),
                Err(err) => {
                    web_sys::console::error_1(&format!("joinery: undecodable worker message: {err}").into())
                }
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let on_error = {
        let state = state.clone();
        Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
            fail_all(&state, &format!("The worker stopped: {}", event.message()));
        })
    };
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Running { worker, _on_message: on_message, _on_error: on_error })
}

fn receive<P: Protocol>(state: &Rc<RefCell<State<P>>>, worker: &Worker, envelope: Envelope<PostedBy<P>>) {
    let Envelope { id, body } = envelope;
    match body {
        Posted::Ready => {
            let mut state = state.borrow_mut();
            state.ready = true;
            for message in state.queued.drain(..) {
                post(worker, &message);
            }
        }
        Posted::Progress { done } => {
            let state = state.borrow();
            if let Some(on_progress) = state.waiting.get(&id).and_then(|w| w.on_progress.as_ref()) {
                on_progress(done);
            }
        }
        Posted::Event(event) => {
            // Cloned out first: the listener may send requests of its own.
            let listener = state.borrow().on_event.clone();
            if let Some(listener) = listener {
                listener(event);
            }
        }
        Posted::Answer(answer) => {
            let waiter = state.borrow_mut().waiting.remove(&id);
            if let Some(waiter) = waiter {
                // The requester may have gone away; nothing to do then.
                let _ = waiter.reply.send(answer);
            }
        }
    }
}

fn fail_all<P: Protocol>(state: &Rc<RefCell<State<P>>>, message: &str) {
    let waiting: Vec<Waiter<P>> = state.borrow_mut().waiting.drain().map(|(_, w)| w).collect();
    for waiter in waiting {
        let _ = waiter.reply.send(Err(message.to_owned()));
    }
}

/// Posts an encoded request, transferring its buffer.
fn post(worker: &Worker, message: &Uint8Array) {
    let transfer = Array::of1(&message.buffer());
    if let Err(err) = worker.post_message_with_transfer(message, &transfer) {
        web_sys::console::error_2(&"joinery: could not post a request".into(), &err);
    }
}
