//! The worker protocol's codec as a wasm module for JavaScript, built only for the benchmark
//! (`bash bench/run.sh compare` builds it with feature `codec`): the bench drives Joinery's real
//! database worker from JavaScript, and encodes and decodes its messages with the same Rust
//! types the page uses, so a protocol change cannot leave the bench speaking an old one.
//!
//! Values cross as serde's externally tagged JavaScript objects: `{ RunScript: { sql,
//! row_limit } }`, `{ Answer: { Ok: { ScriptRan: {...} } } }`, bytes as `Uint8Array`.

#[cfg(all(target_arch = "wasm32", feature = "codec"))]
mod codec {
    use joinery::core::csv_import::{CsvPreview, ImportPlan};
    use joinery::worker::{DatabaseWorker, Envelope, PostedBy, Request};
    use wasm_bindgen::prelude::*;

    /// The postcard bytes of request `request` (a JavaScript `Request`) with id `id`.
    #[wasm_bindgen(js_name = encodeRequest)]
    pub fn encode_request(id: f64, request: JsValue) -> Result<Vec<u8>, JsError> {
        let body: Request = serde_wasm_bindgen::from_value(request)?;
        Ok(Envelope { id: id as u64, body }.encode())
    }

    /// What the database worker posted, as `{ id, body }`.
    #[wasm_bindgen(js_name = decodePosted)]
    pub fn decode_posted(bytes: &[u8]) -> Result<JsValue, JsError> {
        let envelope = Envelope::<PostedBy<DatabaseWorker>>::decode(bytes)?;
        Ok(serde_wasm_bindgen::to_value(&envelope)?)
    }

    /// The import plan the app's import dialog proposes for a CSV preview, unchanged.
    #[wasm_bindgen(js_name = planFromPreview)]
    pub fn plan_from_preview(preview: JsValue) -> Result<JsValue, JsError> {
        let preview: CsvPreview = serde_wasm_bindgen::from_value(preview)?;
        Ok(serde_wasm_bindgen::to_value(&ImportPlan::from_preview(&preview))?)
    }
}

fn main() {}
