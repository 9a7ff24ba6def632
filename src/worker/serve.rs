//! [`serve`]: the answering side of a worker, for any [`Protocol`]. Each worker binary calls it
//! once with its handler; it posts `Ready`, decodes each request, hands requests to the handler
//! one at a time in the order they came (a handler may await, say, another worker, and a later
//! request still waits for it), and posts each answer with its request's id.
//!
//! ```ignore
//! serve::<ParserWorker, _>(|RewriteQuery { sql }, _outbox| async move { lineage::rewrite(&sql) });
//! ```

use std::cell::RefCell;
use std::collections::VecDeque;
use std::future::Future;
use std::marker::PhantomData;
use std::rc::Rc;

use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::protocol::{Envelope, Posted, PostedBy, Protocol};

/// Where a handler reports on the request it is answering: progress and events go out with
/// the request's id, before its answer.
pub struct Outbox<P: Protocol> {
    scope: DedicatedWorkerGlobalScope,
    id: u64,
    protocol: PhantomData<P>,
}

impl<P: Protocol> Outbox<P> {
    pub fn progress(&self, done: u64) {
        post::<P>(&self.scope, self.id, Posted::Progress { done });
    }

    pub fn event(&self, event: P::Event) {
        post::<P>(&self.scope, self.id, Posted::Event(event));
    }
}

/// Answers requests in this worker with `handler`, for as long as the worker lives.
pub fn serve<P, F, Fut>(handler: F)
where
    P: Protocol,
    F: Fn(P::Request, Outbox<P>) -> Fut + 'static,
    Fut: Future<Output = Result<P::Response, String>> + 'static,
{
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let queue: Rc<RefCell<Queue<P>>> =
        Rc::new(RefCell::new(Queue { waiting: VecDeque::new(), pumping: false }));
    let handler = Rc::new(handler);

    let reply_scope = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let bytes = Uint8Array::new(&event.data()).to_vec();
        let envelope = match Envelope::<P::Request>::decode(&bytes) {
            Ok(envelope) => envelope,
            Err(err) => {
                web_sys::console::error_1(&format!("joinery worker: undecodable request: {err}").into());
                return;
            }
        };
        let start_pump = {
            let mut queue = queue.borrow_mut();
            queue.waiting.push_back(envelope);
            !std::mem::replace(&mut queue.pumping, true)
        };
        if start_pump {
            spawn_local(pump(queue.clone(), handler.clone(), reply_scope.clone()));
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post::<P>(&scope, 0, Posted::Ready);
}

/// Requests not yet answered, and whether a pump is answering them.
struct Queue<P: Protocol> {
    waiting: VecDeque<Envelope<P::Request>>,
    pumping: bool,
}

/// Answers queued requests one after the other until none is left.
async fn pump<P, F, Fut>(queue: Rc<RefCell<Queue<P>>>, handler: Rc<F>, scope: DedicatedWorkerGlobalScope)
where
    P: Protocol,
    F: Fn(P::Request, Outbox<P>) -> Fut,
    Fut: Future<Output = Result<P::Response, String>>,
{
    loop {
        let next = {
            let mut queue = queue.borrow_mut();
            let next = queue.waiting.pop_front();
            queue.pumping = next.is_some();
            next
        };
        let Some(Envelope { id, body }) = next else { return };
        let outbox = Outbox { scope: scope.clone(), id, protocol: PhantomData };
        let answer = handler(body, outbox).await;
        post::<P>(&scope, id, Posted::Answer(answer));
    }
}

/// Posts one message, transferring its buffer rather than copying it.
fn post<P: Protocol>(scope: &DedicatedWorkerGlobalScope, id: u64, body: PostedBy<P>) {
    let bytes = Uint8Array::from(Envelope { id, body }.encode().as_slice());
    let transfer = Array::of1(&bytes.buffer());
    if let Err(err) = scope.post_message_with_transfer(&bytes, &transfer) {
        web_sys::console::error_2(&"joinery worker: could not post a message".into(), &err);
    }
}
