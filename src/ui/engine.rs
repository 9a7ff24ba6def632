//! [`Engine`]: the UI's handle on the database worker, shared through context.
//!
//! ```ignore
//! let engine = expect_context::<Engine>();
//! spawn_local(async move {
//!     let outcome = engine.run_script("SELECT 1".into()).await;
//! });
//! ```

use leptos::prelude::*;

use super::worker_client::WorkerClient;
use crate::core::ScriptOutcome;
use crate::worker::{DEFAULT_ROW_LIMIT, Request, Response};

/// What the page says when the worker answers a request with a response meant for another
/// kind of request: a bug, never bad input.
pub const UNEXPECTED: &str = "The database worker gave an unexpected answer; reload the page.";

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

/// A cheap, copyable handle: the worker client lives in local (non-`Send`) storage.
#[derive(Clone, Copy)]
pub struct Engine {
    client: StoredValue<Option<WorkerClient>, LocalStorage>,
    pub status: RwSignal<EngineStatus>,
    /// How many scripts are running (what Stop and Esc would stop).
    pub running: RwSignal<usize>,
}

impl Engine {
    /// Starts the database worker. A browser that cannot start it leaves the engine broken,
    /// with a message instead of a dead page.
    pub fn start() -> Self {
        let (client, status) = match WorkerClient::spawn() {
            Ok(client) => (Some(client), EngineStatus::Loading),
            Err(err) => (None, EngineStatus::Broken(format!("The database worker could not start: {err:?}"))),
        };
        Self {
            client: StoredValue::new_local(client),
            status: RwSignal::new(status),
            running: RwSignal::new(0),
        }
    }

    pub fn is_ready(&self) -> bool {
        matches!(self.status.get(), EngineStatus::Ready { .. })
    }

    /// Sends one request and waits for its response.
    pub async fn request(self, request: Request) -> Response {
        self.request_with_progress(request, None).await
    }

    /// Sends one request, reporting the worker's progress (rows done) to `on_progress`.
    pub async fn request_with_progress(
        self,
        request: Request,
        on_progress: Option<Box<dyn Fn(u64)>>,
    ) -> Response {
        let pending = self.client.with_value(|client| client.as_ref().map(|c| c.send(request, on_progress)));
        let Some(pending) = pending else {
            return Response::Failed { message: "The database worker is not running.".into() };
        };
        pending.await.unwrap_or(Response::Failed { message: "The database worker went away.".into() })
    }

    /// Runs a script; `Err` carries a message when the worker could not run it at all (or it
    /// was stopped).
    pub async fn run_script(self, sql: String) -> Result<ScriptOutcome, String> {
        self.running.update(|n| *n += 1);
        let response = self.request(Request::RunScript { sql, row_limit: DEFAULT_ROW_LIMIT }).await;
        self.running.update(|n| *n = n.saturating_sub(1));
        match response {
            Response::ScriptRan(outcome) => Ok(outcome),
            Response::Failed { message } => Err(message),
            _ => Err(UNEXPECTED.to_owned()),
        }
    }

    /// Calls `listener` whenever the database changed and a new snapshot of it is at hand.
    pub fn on_snapshot(self, listener: impl Fn() + 'static) {
        self.client.with_value(|client| {
            if let Some(client) = client {
                client.set_on_snapshot(std::rc::Rc::new(listener));
            }
        });
    }

    /// The latest database and its starting state, as the worker last sent them.
    pub fn snapshots(self) -> (Option<Vec<u8>>, Option<Vec<u8>>) {
        self.client.with_value(|client| client.as_ref().map(|c| c.snapshots()).unwrap_or_default())
    }

    /// Stops every running script at once by ending the worker; a new worker takes over with
    /// the database as the last finished request left it.
    pub fn stop(self) {
        let restarted = self.client.with_value(|client| client.as_ref().map(|c| c.restart(STOPPED)));
        if let Some(Err(err)) = restarted {
            self.status.set(EngineStatus::Broken(format!("The database worker could not restart: {err:?}")));
        }
    }
}
