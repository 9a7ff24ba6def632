//! Share links: the cells and dataset of a notebook in the address's fragment, made and opened.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{SCRATCH_KEY, Workspace};
use crate::core::{Notebook, share};
use crate::ui::dataset::Dataset;
use crate::ui::route::Route;

/// More cells than any hand-made notebook has: a link with more is not opened (a link can
/// compress a huge number of empty cells).
const MAX_SHARED_CELLS: usize = 500;

impl Workspace {
    /// Makes a link that opens these cells on this dataset, puts it on the clipboard and shows
    /// it; a notebook too large for a link is saved as a Markdown file instead.
    pub fn share(self, title: &str) {
        let dataset = self.dataset.get_untracked().unwrap_or("empty").to_owned();
        let cells = self
            .notebook
            .with_untracked(|nb| nb.cells().iter().map(|c| (c.kind, c.source.clone())).collect());
        match share::encode(&share::SharedNotebook { dataset, cells }) {
            Ok(fragment) => {
                let Some(window) = web_sys::window() else { return };
                let location = window.location();
                let base = format!(
                    "{}{}",
                    location.origin().unwrap_or_default(),
                    location.pathname().unwrap_or_default()
                );
                let link = format!("{base}#{fragment}");
                let copying =
                    wasm_bindgen_futures::JsFuture::from(window.navigator().clipboard().write_text(&link));
                spawn_local(async move {
                    // Without clipboard permission the link is still shown to copy by hand.
                    let said = match copying.await {
                        Ok(_) => "Link copied to the clipboard:",
                        Err(_) => "Share this link:",
                    };
                    self.inform(format!("{said} {link}"));
                });
            }
            Err(share::ShareError::TooLong { .. }) => {
                self.save_notebook(title);
                self.inform("This notebook is too large for a link, so it was saved as a Markdown file to share instead.");
            }
            Err(err) => self.complain(err.to_string()),
        }
    }

    /// Opens a shared notebook from the address bar's fragment, if it holds one; returns
    /// whether it did (the caller then skips loading the default dataset).
    pub fn open_shared_link(self) -> bool {
        let Some(window) = web_sys::window() else { return false };
        let hash = window.location().hash().unwrap_or_default();
        let Some(decoded) = share::decode(&hash) else { return false };
        let _ = window.location().set_hash(&Route::Scratch.href());
        let shared = match decoded {
            Ok(shared) if shared.cells.len() <= MAX_SHARED_CELLS => shared,
            Ok(_) | Err(_) => {
                self.complain(format!("{}; the notebook could not be opened.", share::ShareError::Damaged));
                return false;
            }
        };
        let Some(dataset) = Dataset::by_id(&shared.dataset) else {
            self.complain(format!("The shared notebook names an unknown dataset, {}.", shared.dataset));
            return false;
        };
        let notebook = Notebook::from_cells(shared.cells);
        self.scratch.set_value(notebook.clone());
        self.notebook.set(notebook);
        self.storage_key.set(Some(SCRATCH_KEY.to_owned()));
        self.inform("Opened a shared notebook.");
        self.load_dataset(dataset);
        true
    }
}
