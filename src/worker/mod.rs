//! The database worker: the protocol the UI speaks to it, the session that answers, and on
//! wasm the Web Worker host that carries messages between the two.

pub mod protocol;
pub mod session;

#[cfg(target_arch = "wasm32")]
pub mod host;

pub use protocol::{Envelope, Request, Response};
pub use session::Session;
