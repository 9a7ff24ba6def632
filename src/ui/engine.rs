//! [`Engine`]: the page's handle on the database worker, shared through context. Every request
//! is a typed [`Ask`]: its answer's type is known, failures come back as `Err` messages for a
//! person.
//!
//! ```ignore
//! let engine = expect_context::<Engine>();
//! spawn_local(async move {
//!     let schema = engine.ask(ReadSchema).await?;
//! });
//! ```
//!
//! The engine also keeps the worker's latest snapshots, so that Stop can end a runaway query
//! by ending the worker and start a new one on the same data.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::core::ScriptOutcome;
use crate::worker::channel::{Channel, OnProgress};
use crate::worker::{
    Ask, DEFAULT_ROW_LIMIT, DatabaseWorker, LoadDatabase, MarkBaseline, RunScript, Snapshot,
};

/// Where Trunk puts the worker's loader shim, relative to the page.
const WORKER_URL: &str = "./worker_loader.js";

/// Whether the database can take queries yet.
#[derive(Debug, Clone, PartialEq)]
pub enum EngineStatus {
    /// The worker or the dataset is still loading.
    Loading,
    /// Queries can run against `dataset`.
    Ready { dataset: String },
    /// Nothing can run; the message says why.
    Broken(String),
}

/// What a stopped query's cell says.
pub const STOPPED: &str = "Stopped. The database is as it was after the last cell that finished.";

/// A cheap, copyable handle: the channel lives in local (non-`Send`) storage.
#[derive(Clone, Copy)]
pub struct Engine {
    channel: StoredValue<Option<Channel<DatabaseWorker>>, LocalStorage>,
    snapshots: StoredValue<Rc<RefCell<Snapshots>>, LocalStorage>,
    pub status: RwSignal<EngineStatus>,
    /// How many scripts are running (what Stop and Esc would stop).
    pub running: RwSignal<usize>,
}

/// The database after the last request that changed it, the starting state, and who wants
/// to hear of a new snapshot (to save it).
#[derive(Default)]
struct Snapshots {
    latest: Option<Vec<u8>>,
    baseline: Option<Vec<u8>>,
    listener: Option<Rc<dyn Fn()>>,
}

impl Engine {
    /// Starts the database worker. A browser that cannot start it leaves the engine broken,
    /// with a message instead of a dead page.
    pub fn start() -> Self {
        let snapshots = Rc::new(RefCell::new(Snapshots::default()));
        let (channel, status) = match Channel::<DatabaseWorker>::spawn(WORKER_URL) {
            Ok(channel) => {
                let kept = snapshots.clone();
                channel.on_event(Rc::new(move |snapshot| keep(&kept, snapshot)));
                (Some(channel), EngineStatus::Loading)
            }
            Err(err) => (None, EngineStatus::Broken(format!("The database worker could not start: {err:?}"))),
        };
        Self {
            channel: StoredValue::new_local(channel),
            snapshots: StoredValue::new_local(snapshots),
            status: RwSignal::new(status),
            running: RwSignal::new(0),
        }
    }

    pub fn is_ready(&self) -> bool {
        matches!(self.status.get(), EngineStatus::Ready { .. })
    }

    /// Asks the database worker; the answer, or a message saying why there is none.
    pub async fn ask<A: Ask<DatabaseWorker> + 'static>(self, request: A) -> Result<A::Answer, String> {
        self.ask_with_progress(request, None).await
    }

    /// Asks the database worker, reporting its progress (rows done) to `on_progress`.
    pub async fn ask_with_progress<A: Ask<DatabaseWorker> + 'static>(
        self,
        request: A,
        on_progress: Option<OnProgress>,
    ) -> Result<A::Answer, String> {
        let asked = self.channel.with_value(|channel| channel.as_ref().map(|c| c.ask(request, on_progress)));
        match asked {
            Some(answer) => answer.await,
            None => Err("The database worker is not running.".into()),
        }
    }

    /// Runs a script, counted among the running ones that Stop ends.
    pub async fn run_script(self, sql: String) -> Result<ScriptOutcome, String> {
        self.running.update(|n| *n += 1);
        let outcome = self.ask(RunScript { sql, row_limit: DEFAULT_ROW_LIMIT }).await;
        self.running.update(|n| *n = n.saturating_sub(1));
        outcome
    }

    /// Calls `listener` whenever the database changed and a new snapshot of it is at hand.
    pub fn on_snapshot(self, listener: impl Fn() + 'static) {
        self.snapshots.with_value(|snapshots| snapshots.borrow_mut().listener = Some(Rc::new(listener)));
    }

    /// The latest database and its starting state, as the worker last sent them.
    pub fn snapshots(self) -> (Option<Vec<u8>>, Option<Vec<u8>>) {
        self.snapshots.with_value(|snapshots| {
            let snapshots = snapshots.borrow();
            (snapshots.latest.clone(), snapshots.baseline.clone())
        })
    }

    /// Stops every running script at once by ending the worker; a new worker takes over with
    /// the database as the last finished request left it (and the same starting state).
    pub fn stop(self) {
        let (latest, baseline) = self.snapshots();
        let restarted = self.channel.with_value(|channel| {
            let channel = channel.as_ref()?;
            Some(channel.restart(STOPPED).map(|()| {
                // Held until the new worker is ready; their answers need no one to hear them.
                if let Some(bytes) = baseline {
                    channel.tell(LoadDatabase { bytes });
                    channel.tell(MarkBaseline);
                }
                if let Some(bytes) = latest {
                    channel.tell(LoadDatabase { bytes });
                }
            }))
        });
        if let Some(Err(err)) = restarted {
            self.status.set(EngineStatus::Broken(format!("The database worker could not restart: {err:?}")));
        }
    }
}

/// Keeps a snapshot the worker sent and tells the listener.
fn keep(snapshots: &RefCell<Snapshots>, Snapshot { bytes, baseline }: Snapshot) {
    let listener = {
        let mut snapshots = snapshots.borrow_mut();
        if baseline {
            snapshots.baseline = Some(bytes.clone());
        }
        snapshots.latest = Some(bytes);
        snapshots.listener.clone()
    };
    if let Some(listener) = listener {
        listener();
    }
}
