//! The SQL editor of cells and exercises: CodeMirror 6 (SQL highlighting, completion of keywords
//! and of the live database's tables and columns, bracket matching, undo, error underline),
//! bundled from npm into `sql-editor.js` at build time (`js/sql_editor.js`,
//! `scripts/build-editor.mjs`). CodeMirror rather than a hand-written editor: it is the
//! well-kept reference, and accessible (its content is a labelled textbox).
//!
//! ```ignore
//! let editor = SqlEditorHandle::new();
//! view! { <SqlEditor handle=editor initial=text label="SQL cell 1" placeholder="…" on_key=… /> };
//! let (script, starts_at) = editor.selected_or_all();
//! ```

use js_sys::{Array, Object, Reflect};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::workspace::Workspace;
use crate::core::ScriptError;
use crate::core::schema::Schema;

#[wasm_bindgen(raw_module = "./sql-editor.js")]
extern "C" {
    /// A mounted CodeMirror editor (see `js/sql_editor.js`).
    type JsEditor;

    #[wasm_bindgen(js_name = createEditor)]
    fn create_editor(parent: &web_sys::HtmlElement, options: &Object) -> JsEditor;
    #[wasm_bindgen(method)]
    fn text(this: &JsEditor) -> String;
    #[wasm_bindgen(method, js_name = selectionOrAll)]
    fn selection_or_all(this: &JsEditor) -> Array;
    #[wasm_bindgen(method, js_name = setText)]
    fn set_text(this: &JsEditor, text: &str);
    #[wasm_bindgen(method)]
    fn select(this: &JsEditor, from: u32, to: u32);
    #[wasm_bindgen(method, js_name = markError)]
    fn mark_error(this: &JsEditor, from: u32, to: u32, message: &str);
    #[wasm_bindgen(method, js_name = setSchema)]
    fn set_schema(this: &JsEditor, tables: &Object);
    #[wasm_bindgen(method, js_name = setLabel)]
    fn set_label(this: &JsEditor, text: &str);
    #[wasm_bindgen(method)]
    fn destroy(this: &JsEditor);
}

/// Keys an editor hands to its owner instead of editing the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorKey {
    /// Ctrl/Cmd+Enter.
    Run,
    /// Shift+Enter.
    RunNext,
    /// Ctrl/Cmd+Shift+Enter.
    Check,
}

/// The live editor and the Rust callbacks it calls, which must live exactly as long as it.
struct Mounted {
    editor: JsEditor,
    _on_change: Closure<dyn Fn(String)>,
    _on_key: Closure<dyn Fn(String) -> bool>,
}

/// The owner's way to read and steer an editor: created by the owner, given to [`SqlEditor`].
/// Before the editor is on the page (or after it left), reads give the starting text.
#[derive(Clone, Copy)]
pub struct SqlEditorHandle {
    mounted: StoredValue<Option<Mounted>, LocalStorage>,
    initial: StoredValue<String>,
}

impl SqlEditorHandle {
    pub fn new() -> Self {
        Self { mounted: StoredValue::new_local(None), initial: StoredValue::new(String::new()) }
    }

    fn with_editor<R>(&self, action: impl FnOnce(&JsEditor) -> R) -> Option<R> {
        self.mounted.try_with_value(|m| m.as_ref().map(|m| action(&m.editor))).flatten()
    }

    /// The whole text.
    pub fn text(&self) -> String {
        self.with_editor(|e| e.text()).unwrap_or_else(|| self.initial.get_value())
    }

    /// The selected text, or all of it, with where that text starts (UTF-16 position).
    pub fn selected_or_all(&self) -> (String, u32) {
        self.with_editor(|e| {
            let pair = e.selection_or_all();
            (pair.get(0).as_string().unwrap_or_default(), pair.get(1).as_f64().unwrap_or(0.0) as u32)
        })
        .unwrap_or_else(|| (self.text(), 0))
    }

    /// Replaces the whole text as an edit (undoable; the owner's `on_change` hears of it).
    pub fn set_text(&self, text: &str) {
        self.with_editor(|e| e.set_text(text));
    }

    /// Focuses the editor and selects `from..to` (UTF-16 positions).
    pub fn select(&self, from: u32, to: u32) {
        self.with_editor(|e| e.select(from, to));
    }

    /// Underlines where `error` stopped `script`, which began at `from` in the editor.
    pub fn mark_error(&self, script: &str, error: &ScriptError, from: u32) {
        let (start, end) = error.marked_range_utf16(script);
        self.with_editor(|e| e.mark_error(from + start, from + end, &error.message));
    }
}

impl Default for SqlEditorHandle {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
pub fn SqlEditor(
    /// The owner's handle on this editor.
    handle: SqlEditorHandle,
    /// The text it starts with.
    initial: String,
    /// Its accessible name.
    #[prop(into)]
    label: Signal<String>,
    /// What it says while empty.
    placeholder: &'static str,
    /// Keys the owner acts on (run, check); returns whether it acted, so that a key it does
    /// not use keeps its editing meaning (Shift+Enter a new line in an exercise).
    on_key: Box<dyn Fn(EditorKey) -> bool>,
    /// Told of every edit, with the whole text.
    #[prop(optional)]
    on_change: Option<Box<dyn Fn(String)>>,
) -> impl IntoView {
    let host = NodeRef::<Div>::new();
    handle.initial.set_value(initial.clone());
    // The callbacks move into the editor when it mounts, once.
    let callbacks = StoredValue::new_local(Some((on_key, on_change)));
    // Set once CodeMirror is on the page, so the effects below run again then.
    let is_mounted = RwSignal::new(false);

    host.on_load(move |div| {
        let Some((on_key, on_change)) = callbacks.try_update_value(Option::take).flatten() else {
            return;
        };
        let mounted = Mounted::create(&div, &initial, &label.get_untracked(), placeholder, on_key, on_change);
        handle.mounted.set_value(Some(mounted));
        is_mounted.set(true);
    });
    follow_page(handle, is_mounted, label);
    on_cleanup(move || {
        if let Some(Some(mounted)) = handle.mounted.try_update_value(Option::take) {
            mounted.editor.destroy();
        }
    });

    view! { <div class="editor" node_ref=host></div> }
}

impl Mounted {
    /// Puts a CodeMirror editor holding `doc` into `parent`, its keys and edits told to the
    /// owner's callbacks.
    fn create(
        parent: &web_sys::HtmlElement,
        doc: &str,
        label: &str,
        placeholder: &str,
        on_key: Box<dyn Fn(EditorKey) -> bool>,
        on_change: Option<Box<dyn Fn(String)>>,
    ) -> Self {
        let on_change = Closure::<dyn Fn(String)>::new(move |text: String| {
            // Called from CodeMirror, outside any reactive context, like an event handler.
            if let Some(on_change) = &on_change {
                untrack(|| on_change(text));
            }
        });
        let on_key = Closure::<dyn Fn(String) -> bool>::new(move |name: String| {
            let key = match name.as_str() {
                "run" => EditorKey::Run,
                "run-next" => EditorKey::RunNext,
                "check" => EditorKey::Check,
                _ => return false,
            };
            untrack(|| on_key(key))
        });
        let options = Object::new();
        let set = |key: &str, value: &JsValue| {
            let _ = Reflect::set(&options, &JsValue::from_str(key), value);
        };
        set("doc", &JsValue::from_str(doc));
        set("label", &JsValue::from_str(label));
        set("placeholder", &JsValue::from_str(placeholder));
        set("onChange", on_change.as_ref());
        set("onKey", on_key.as_ref());
        let editor = create_editor(parent, &options);
        Self { editor, _on_change: on_change, _on_key: on_key }
    }
}

/// Keeps CodeMirror in step with the page once it is there: completion follows the live
/// schema, the accessible name follows the cell's number.
fn follow_page(handle: SqlEditorHandle, is_mounted: RwSignal<bool>, label: Signal<String>) {
    let workspace = expect_context::<Workspace>();
    Effect::new(move || {
        if !is_mounted.get() {
            return;
        }
        let tables = workspace.schema.with(|schema| schema.as_ref().map(completion_tables));
        if let Some(tables) = tables {
            handle.with_editor(|e| e.set_schema(&tables));
        }
    });
    Effect::new(move || {
        if !is_mounted.get() {
            return;
        }
        let text = label.get();
        handle.with_editor(|e| e.set_label(&text));
    });
}

/// `{ table: [column, …] }`, the shape CodeMirror's SQL completion takes.
fn completion_tables(schema: &Schema) -> Object {
    let tables = Object::new();
    for table in &schema.tables {
        let columns: Array = table.columns.iter().map(|c| JsValue::from_str(&c.name)).collect();
        let _ = Reflect::set(&tables, &JsValue::from_str(&table.name), &columns);
    }
    tables
}
