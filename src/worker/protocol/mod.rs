//! The whole interface between the page and its workers: for each worker one request enum,
//! one response enum and one event type (a [`Protocol`]), and for each request the answer it
//! gets (an [`Ask`]), so that a caller reads `engine.ask(ReadSchema).await?` and never
//! matches a response meant for another request.
//!
//! Every message travels in an [`Envelope`] that carries the id of the request it belongs to,
//! encoded with postcard in a transferred `Uint8Array`: one copy-free buffer instead of a tree
//! of JS objects per result row. What a worker posts is a [`Posted`]: its ready handshake,
//! progress, events and answers, with failures as `Err` values.
//!
//! ```ignore
//! // A request is a struct; its answer type is declared once, here.
//! let outcome: ScriptOutcome = engine.ask(RunScript { sql, row_limit }).await?;
//! ```

use serde::{Deserialize, Serialize, de::DeserializeOwned};

mod database;
mod parser;
#[cfg(test)]
mod tests;

pub use database::*;
pub use parser::*;

/// Rows delivered per statement unless the caller asks otherwise: a 100k-row table whole (the
/// page virtualizes long tables), few enough that a runaway `SELECT` does not exhaust memory.
/// The full count is still reported.
pub const DEFAULT_ROW_LIMIT: usize = 100_000;

/// One worker's messages: what it is asked, what it answers, and what it says unasked.
pub trait Protocol: 'static {
    type Request: Serialize + DeserializeOwned + 'static;
    type Response: Serialize + DeserializeOwned + 'static;
    type Event: Serialize + DeserializeOwned + 'static;
}

/// A request that gets a known kind of answer from the workers speaking `P`.
pub trait Ask<P: Protocol>: Into<P::Request> {
    type Answer;
    /// The answer `response` carries, or `None` when it is the answer to another kind of
    /// request (a bug in the worker, never bad input).
    fn answer(response: P::Response) -> Option<Self::Answer>;
}

/// A message with the id that ties it to its request. Id 0 is the unasked `Ready`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope<T> {
    pub id: u64,
    pub body: T,
}

impl<T: Serialize + DeserializeOwned> Envelope<T> {
    pub fn encode(&self) -> Vec<u8> {
        // Serializing these plain types into a Vec cannot fail.
        postcard::to_allocvec(self).expect("protocol messages always serialize")
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, postcard::Error> {
        postcard::from_bytes(bytes)
    }
}

/// What a worker speaking `P` posts to the page.
pub type PostedBy<P> = Posted<<P as Protocol>::Response, <P as Protocol>::Event>;

/// What a worker posts to the page: `R` its responses, `E` its events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Posted<R, E> {
    /// Sent once, unasked, when the worker listens: the browser drops messages posted to a
    /// worker before its handler exists, so the page holds requests until this arrives.
    Ready,
    /// How far a long request is (rows done); any number of times before its answer.
    Progress { done: u64 },
    /// Something the page should know, sent before the answer of the request that caused it.
    Event(E),
    /// The final answer to a request, or why it could not be carried out (for a person).
    Answer(Result<R, String>),
}
