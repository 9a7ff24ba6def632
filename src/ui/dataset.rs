//! The sample datasets, each loadable in one click. Their files ship with the site (relative
//! URLs, so the site works under any path); see `data/*/SOURCE.md` for origins and licenses.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::worker::{CsvSource, Request};

/// Where a dataset's tables come from.
#[derive(Debug, Clone, Copy)]
pub enum Source {
    /// A SQLite file.
    Database(&'static str),
    /// CSV files imported into tables (table, url), then an optional SQL script run over them.
    Csv { files: &'static [(&'static str, &'static str)], script: Option<&'static str> },
}

#[derive(Debug, Clone, Copy)]
pub struct Dataset {
    pub id: &'static str,
    pub name: &'static str,
    pub source: Source,
}

pub const DATASETS: [Dataset; 5] = [
    Dataset {
        id: "books",
        name: "author_book_publisher.db",
        source: Source::Database("data/realpython-sqlite-sqlalchemy/author_book_publisher.db"),
    },
    Dataset {
        id: "books-flat",
        name: "author_book_publisher.csv (flat)",
        source: Source::Csv {
            files: &[("author_book_publisher", "data/realpython-sqlite-sqlalchemy/author_book_publisher.csv")],
            script: None,
        },
    },
    Dataset { id: "chinook", name: "Chinook", source: Source::Database("data/chinook/Chinook_Sqlite.sqlite") },
    Dataset {
        id: "retrofun",
        name: "RetroFun",
        source: Source::Csv {
            files: &[
                ("raw_products", "data/retrofun/products.csv"),
                ("raw_orders", "data/retrofun/orders.csv"),
                ("raw_reviews", "data/retrofun/reviews.csv"),
                ("raw_articles", "data/retrofun/articles.csv"),
            ],
            script: Some("data/retrofun/normalize.sql"),
        },
    },
    Dataset { id: "empty", name: "Empty database", source: Source::Csv { files: &[], script: None } },
];

/// The dataset a new notebook opens on.
pub const DEFAULT: Dataset = DATASETS[0];

impl Dataset {
    pub fn by_id(id: &str) -> Option<Dataset> {
        DATASETS.iter().copied().find(|d| d.id == id)
    }

    /// Fetches the dataset's files and makes the request that loads it into the worker.
    pub async fn request(&self) -> Result<Request, String> {
        match self.source {
            Source::Database(url) => Ok(Request::LoadDatabase { bytes: fetch(url).await? }),
            Source::Csv { files, script } => {
                let mut sources = Vec::with_capacity(files.len());
                for (table, url) in files {
                    let file_name = url.rsplit('/').next().unwrap_or(url).to_owned();
                    sources.push(CsvSource { table: (*table).to_owned(), file_name, bytes: fetch(url).await? });
                }
                let script = match script {
                    Some(url) => String::from_utf8(fetch(url).await?)
                        .map_err(|_| format!("{url} is not UTF-8 text"))?,
                    None => String::new(),
                };
                Ok(Request::BuildDatabase { sources, script })
            }
        }
    }
}

/// The bytes at a URL of the site, or a message saying why they could not be fetched.
async fn fetch(url: &str) -> Result<Vec<u8>, String> {
    let failed = |what: &str| format!("Could not load {url}: {what}");
    let window = web_sys::window().ok_or_else(|| failed("no window"))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| failed("the network request failed"))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(failed(&format!("the server answered {}", response.status())));
    }
    let buffer = response.array_buffer().map_err(|_| failed("unreadable response"))?;
    let buffer = JsFuture::from(buffer).await.map_err(|_| failed("unreadable response"))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
