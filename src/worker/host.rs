//! The database worker's host: serves [`DatabaseWorker`] requests with the [`Session`]. SQLite
//! lives here and nowhere else in the browser, so a long query blocks this thread, never the
//! page. A query to trace is first rewritten by the parser worker, which this worker starts
//! the first time someone traces rows (it is big, and most visits never need it).

use std::cell::RefCell;
use std::rc::Rc;

use super::channel::Channel;
use super::protocol::{DatabaseWorker, ParserWorker, RewriteQuery};
use super::serve::serve;
use super::session::Session;

/// Where Trunk puts the parser worker's loader shim, relative to this worker's script.
const PARSER_URL: &str = "./rewriter_loader.js";
const NO_PARSER: &str = "the SQL parser could not be started in this browser";

/// Starts answering the page.
pub fn start() {
    let session =
        Rc::new(RefCell::new(Session::new().expect("SQLite can always open an in-memory database")));
    let parser: Rc<RefCell<Option<Channel<ParserWorker>>>> = Rc::default();
    serve::<DatabaseWorker, _, _>(move |request, outbox| {
        let (session, parser) = (session.clone(), parser.clone());
        async move {
            let to_rewrite = request.query_to_rewrite().map(str::to_owned);
            if let Some(sql) = to_rewrite.filter(|sql| !session.borrow().has_rewrite(sql)) {
                let rewrite = rewrite(&parser, sql.clone()).await;
                session.borrow_mut().remember_rewrite(sql, rewrite);
            }
            let mut session = session.borrow_mut();
            let answer = session.handle(request, &mut |done| outbox.progress(done));
            // The page keeps the latest state so that it can stop a runaway query later by
            // ending this worker; it gets the state before the answer.
            if let Some(snapshot) = session.take_snapshot() {
                outbox.event(snapshot);
            }
            answer
        }
    });
}

/// The parser worker's rewrite of `sql`, starting that worker on first use.
async fn rewrite(
    parser: &RefCell<Option<Channel<ParserWorker>>>,
    sql: String,
) -> Result<crate::core::lineage::Rewrite, String> {
    let asked = {
        let mut parser = parser.borrow_mut();
        if parser.is_none() {
            *parser = Some(Channel::spawn(PARSER_URL).map_err(|_| NO_PARSER.to_owned())?);
        }
        parser.as_ref().expect("started above").ask(RewriteQuery { sql }, None)
    };
    asked.await
}
