//! Fetching a sample dataset's files from the site (relative URLs, so the site works under any
//! path) to load it in one click; see `data/*/SOURCE.md` for origins and licenses.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub use crate::core::datasets::{DATASETS, DEFAULT, Dataset, Source};
use crate::worker::{BuildDatabase, CsvSource, LoadDatabase};

/// The request that loads a dataset into the worker.
pub enum DatasetLoad {
    File(LoadDatabase),
    Build(BuildDatabase),
}

/// Fetches a dataset's files and makes the request that loads it into the worker.
pub async fn load_request(dataset: &Dataset) -> Result<DatasetLoad, String> {
    match dataset.source {
        Source::Database(url) => Ok(DatasetLoad::File(LoadDatabase { bytes: fetch(url).await? })),
        Source::Csv { files, script } => {
            let mut sources = Vec::with_capacity(files.len());
            for (table, url) in files {
                let file_name = url.rsplit('/').next().unwrap_or(url).to_owned();
                sources.push(CsvSource { table: (*table).to_owned(), file_name, bytes: fetch(url).await? });
            }
            let script = match script {
                Some(url) => fetch_text(url).await?,
                None => String::new(),
            };
            Ok(DatasetLoad::Build(BuildDatabase { sources, script }))
        }
    }
}

/// The UTF-8 text at a URL of the site.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    String::from_utf8(fetch(url).await?).map_err(|_| format!("{url} is not UTF-8 text"))
}

/// The bytes at a URL of the site, or a message saying why they could not be fetched.
async fn fetch(url: &str) -> Result<Vec<u8>, String> {
    let failed = |what: &str| format!("Could not load {url}: {what}");
    let window = web_sys::window().ok_or_else(|| failed("no window"))?;
    let response =
        JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| failed("the network request failed"))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(failed(&format!("the server answered {}", response.status())));
    }
    let buffer = response.array_buffer().map_err(|_| failed("unreadable response"))?;
    let buffer = JsFuture::from(buffer).await.map_err(|_| failed("unreadable response"))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
