//! Browser entry point of the parser worker: the SQL parser the row-lineage views use to
//! rewrite a query, kept out of the database worker because it is big. The database worker
//! starts this worker the first time someone traces rows and asks it through the
//! `ParserWorker` protocol (see `joinery::worker::protocol`).

#[cfg(all(target_arch = "wasm32", feature = "parser"))]
fn main() {
    use joinery::worker::protocol::{ParserWorker, RewriteQuery};
    joinery::worker::serve::serve::<ParserWorker, _, _>(|RewriteQuery { sql }, _outbox| async move {
        joinery::core::lineage::rewrite(&sql)
    });
}

#[cfg(not(all(target_arch = "wasm32", feature = "parser")))]
fn main() {
    eprintln!("The Joinery parser worker runs in a browser: build it with `trunk build`.");
}
