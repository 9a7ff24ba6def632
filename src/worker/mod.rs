//! The database worker: the protocol the UI speaks to it, the session that answers, and on
//! wasm the Web Worker host that carries messages between the two.

pub mod protocol;
#[cfg(feature = "engine")]
pub mod session;

#[cfg(all(target_arch = "wasm32", feature = "engine"))]
pub mod host;

pub use protocol::{CsvSource, DEFAULT_ROW_LIMIT, Envelope, Request, Response};
#[cfg(feature = "engine")]
pub use session::Session;
