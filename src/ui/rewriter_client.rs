//! The rewriter worker (`src/bin/rewriter.rs`): the SQL parser behind "Trace rows", started
//! the first time someone traces rows, so that its size never slows the page's start. Queries
//! are answered in the order they were sent.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use futures_channel::oneshot;
use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{MessageEvent, Worker};

use crate::core::lineage::Rewrite;

const REWRITER_URL: &str = "./rewriter_loader.js";
const UNAVAILABLE: &str = "The SQL parser could not be started in this browser.";

type Answer = Result<Rewrite, String>;
type Waiting = Rc<RefCell<VecDeque<oneshot::Sender<Answer>>>>;

struct Rewriter {
    worker: Worker,
    waiting: Waiting,
    /// Queries sent before the worker said it listens (it would have dropped them).
    queued: Rc<RefCell<Option<Vec<String>>>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static REWRITER: RefCell<Option<Rewriter>> = const { RefCell::new(None) };
}

/// The rewrite of `sql` for tracing its rows, or why it cannot be traced.
pub async fn rewrite(sql: String) -> Answer {
    let (send, receive) = oneshot::channel();
    let posted = REWRITER.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            *slot = Some(start().map_err(|_| UNAVAILABLE.to_owned())?);
        }
        let rewriter = slot.as_ref().expect("just started");
        rewriter.waiting.borrow_mut().push_back(send);
        match rewriter.queued.borrow_mut().as_mut() {
            Some(queue) => {
                queue.push(sql);
                Ok(())
            }
            None => rewriter.worker.post_message(&sql.into()).map_err(|_| UNAVAILABLE.to_owned()),
        }
    });
    posted?;
    receive.await.unwrap_or_else(|_| Err(UNAVAILABLE.to_owned()))
}

fn start() -> Result<Rewriter, wasm_bindgen::JsValue> {
    let worker = Worker::new(REWRITER_URL)?;
    let waiting: Waiting = Rc::default();
    let queued: Rc<RefCell<Option<Vec<String>>>> = Rc::new(RefCell::new(Some(Vec::new())));
    let answers = waiting.clone();
    let (flush, to) = (queued.clone(), worker.clone());
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if event.data().as_string().as_deref() == Some("ready") {
            for sql in flush.borrow_mut().take().unwrap_or_default() {
                let _ = to.post_message(&sql.into());
            }
            return;
        }
        let bytes = Uint8Array::new(&event.data()).to_vec();
        let answer = postcard::from_bytes::<Answer>(&bytes).unwrap_or_else(|_| Err(UNAVAILABLE.to_owned()));
        if let Some(waiter) = answers.borrow_mut().pop_front() {
            let _ = waiter.send(answer);
        }
    });
    let failed = waiting.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        // Dropping the senders answers every waiting query with UNAVAILABLE.
        failed.borrow_mut().clear();
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Rewriter { worker, waiting, queued, _on_message: on_message, _on_error: on_error })
}
