//! The workers: the protocol the page speaks to them, the generic channel that asks a worker
//! and the generic loop that answers in one, the session that answers the database worker's
//! requests, and on wasm the database worker's host.

pub mod protocol;
#[cfg(feature = "engine")]
pub mod session;

#[cfg(target_arch = "wasm32")]
pub mod channel;
#[cfg(all(target_arch = "wasm32", feature = "engine"))]
pub mod host;
#[cfg(all(target_arch = "wasm32", any(feature = "engine", feature = "parser")))]
pub mod serve;

pub use protocol::*;
#[cfg(feature = "engine")]
pub use session::Session;
