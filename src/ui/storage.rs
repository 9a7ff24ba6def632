//! Keeping work across reloads and browser restarts: small text in local storage, and each
//! notebook's database (its latest state and its starting state) in IndexedDB, which takes
//! large binary values and is available wherever the page is (OPFS's synchronous access is
//! worker-only).
//!
//! ```ignore
//! storage::save("scratch", &Saved { latest, baseline, label }).await?;
//! let saved = storage::load("scratch").await?;
//! ```

use futures_channel::oneshot;
use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::{Closure, JsValue};
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "joinery";
const STORE: &str = "databases";

/// The browser's local storage, for small text (cells, progress, the theme); `None` where the
/// browser keeps none for the page.
pub fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// A notebook's database as saved.
#[derive(Debug, Clone)]
pub struct Saved {
    pub latest: Vec<u8>,
    pub baseline: Option<Vec<u8>>,
    /// What the engine badge said (the dataset's or file's name).
    pub label: String,
}

/// Why saving or loading failed, for a person.
fn describe(err: &JsValue) -> String {
    let name = err.dyn_ref::<web_sys::DomException>().map(|e| e.name()).unwrap_or_default();
    if name == "QuotaExceededError" {
        "the browser's storage for this site is full".into()
    } else {
        let message = err.dyn_ref::<web_sys::DomException>().map(|e| e.message()).unwrap_or_default();
        if message.is_empty() { "the browser's storage is not available".into() } else { message }
    }
}

/// Settles when the request succeeds (with its result) or fails.
async fn settle(request: &IdbRequest) -> Result<JsValue, String> {
    let (done, result) = oneshot::channel::<Result<JsValue, String>>();
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let on_success = {
        let done = done.clone();
        let request = request.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Some(done) = done.borrow_mut().take() {
                let _ = done.send(request.result().map_err(|e| describe(&e)));
            }
        })
    };
    let on_error = {
        let request = request.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Some(done) = done.borrow_mut().take() {
                let error = request.error().ok().flatten().map(JsValue::from).unwrap_or(JsValue::NULL);
                let _ = done.send(Err(describe(&error)));
            }
        })
    };
    request.set_onsuccess(Some(on_success.as_ref().unchecked_ref()));
    request.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let outcome = result.await.unwrap_or_else(|_| Err("the storage request was dropped".into()));
    request.set_onsuccess(None);
    request.set_onerror(None);
    outcome
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or("this browser keeps no storage for the page (private mode?)")?;
    let request = factory.open_with_u32(DATABASE, 1).map_err(|e| describe(&e))?;
    let upgrade = {
        let request = request.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Ok(db) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>())
                && !db.object_store_names().contains(STORE)
            {
                let _ = db.create_object_store(STORE);
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = settle(&request).await?;
    request.set_onupgradeneeded(None);
    db.dyn_into::<IdbDatabase>().map_err(|_| "unexpected storage answer".into())
}

/// Saves a notebook's database under `key`, replacing what was there.
pub async fn save(key: &str, saved: &Saved) -> Result<(), String> {
    let db = open().await?;
    let value = Object::new();
    let set =
        |name: &str, v: &JsValue| Reflect::set(&value, &name.into(), v).map(|_| ()).map_err(|e| describe(&e));
    set("latest", &Uint8Array::from(saved.latest.as_slice()).into())?;
    let baseline = saved.baseline.as_deref().map_or(JsValue::NULL, |b| Uint8Array::from(b).into());
    set("baseline", &baseline)?;
    set("label", &saved.label.as_str().into())?;
    let transaction =
        db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite).map_err(|e| describe(&e))?;
    let store = transaction.object_store(STORE).map_err(|e| describe(&e))?;
    let request = store.put_with_key(&value, &key.into()).map_err(|e| describe(&e))?;
    settle(&request).await.map(|_| ())
}

/// The database saved under `key`, if any.
pub async fn load(key: &str) -> Result<Option<Saved>, String> {
    let db = open().await?;
    let transaction =
        db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readonly).map_err(|e| describe(&e))?;
    let store = transaction.object_store(STORE).map_err(|e| describe(&e))?;
    let request = store.get(&key.into()).map_err(|e| describe(&e))?;
    let value = settle(&request).await?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let get = |name: &str| Reflect::get(&value, &name.into()).unwrap_or(JsValue::NULL);
    let bytes = |v: JsValue| v.dyn_into::<Uint8Array>().ok().map(|a| a.to_vec());
    let Some(latest) = bytes(get("latest")) else { return Ok(None) };
    Ok(Some(Saved {
        latest,
        baseline: bytes(get("baseline")),
        label: get("label").as_string().unwrap_or_default(),
    }))
}
