//! The sample dataset the notebook opens on, fetched from the site itself (relative URL, so
//! the site works under any path).

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The Real Python sample: authors, books, publishers and their two association tables.
pub const BOOKS: Dataset = Dataset {
    name: "author_book_publisher.db",
    url: "data/realpython-sqlite-sqlalchemy/author_book_publisher.db",
};

#[derive(Debug, Clone, Copy)]
pub struct Dataset {
    pub name: &'static str,
    pub url: &'static str,
}

impl Dataset {
    /// The dataset's bytes, or a message saying why they could not be fetched.
    pub async fn fetch(&self) -> Result<Vec<u8>, String> {
        let failed = |what: &str| format!("Could not load the sample database {}: {what}", self.name);
        let window = web_sys::window().ok_or_else(|| failed("no window"))?;
        let response = JsFuture::from(window.fetch_with_str(self.url))
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
}
