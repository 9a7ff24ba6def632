//! [`Session`]: the database a worker holds, and how it answers each [`Request`].
//! Pure Rust, so the worker's behaviour is tested natively.

use crate::core::Database;

use super::protocol::{Request, Response};

pub struct Session {
    database: Database,
}

impl Session {
    /// A session on a new, empty database.
    pub fn new() -> Result<Self, String> {
        let database = Database::open_in_memory().map_err(|e| e.to_string())?;
        Ok(Self { database })
    }

    pub fn database(&self) -> &Database {
        &self.database
    }

    pub fn handle(&mut self, request: Request) -> Response {
        match request {
            Request::RunScript { sql, row_limit } => {
                Response::ScriptRan(self.database.run_script(&sql, row_limit))
            }
            Request::LoadDatabase { bytes } => match Database::from_bytes(&bytes) {
                Ok(database) => {
                    self.database = database;
                    Response::DatabaseLoaded
                }
                Err(err) => Response::Failed { message: format!("Could not open the database: {err}.") },
            },
            Request::ExportDatabase => match self.database.to_bytes() {
                Ok(bytes) => Response::DatabaseExported { bytes },
                Err(err) => Response::Failed { message: format!("Could not export the database: {err}.") },
            },
        }
    }
}
