// The SQL editor of Joinery's cells and exercises: CodeMirror 6, bundled from npm at build time
// by scripts/build-editor.mjs into one local ES module (dist/sql-editor.js), which the Rust UI
// imports through wasm-bindgen (src/ui/sql_editor.rs). Nothing loads from a CDN.
//
// This file is the whole surface the Rust side sees: `createEditor` and the methods of the
// object it returns. Positions are UTF-16 offsets, as in JavaScript strings and CodeMirror.

import { EditorState, Compartment } from '@codemirror/state';
import {
  EditorView,
  keymap,
  placeholder as placeholderText,
  lineNumbers,
  highlightActiveLine,
  highlightSpecialChars,
  drawSelection,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, syntaxHighlighting, HighlightStyle } from '@codemirror/language';
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import { sql, SQLite } from '@codemirror/lang-sql';
import { tags } from '@lezer/highlight';

// Colours come from the page's CSS variables, so light and dark themes both apply.
const highlighting = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--syntax-keyword)', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--syntax-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--syntax-number)' },
  { tag: [tags.lineComment, tags.blockComment], color: 'var(--syntax-comment)', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.standard(tags.name)], color: 'var(--syntax-type)' },
  { tag: [tags.operator, tags.punctuation, tags.paren], color: 'var(--syntax-punctuation)' },
  { tag: [tags.special(tags.name), tags.quote], color: 'var(--syntax-name)' },
]);

const theme = EditorView.theme({
  '&': { fontSize: 'inherit' },
  '.cm-content': { caretColor: 'var(--ink)' },
});

/**
 * Mounts an editor in `parent`.
 *
 * `options`: `doc` (the starting text), `label` (accessible name), `placeholder`,
 * `onChange(text)` (after every edit), `onKey(name) -> bool` for the keys the caller acts on
 * ("run": Ctrl/Cmd+Enter, "run-next": Shift+Enter, "check": Ctrl/Cmd+Shift+Enter); a `true`
 * answer means the caller handled the key.
 */
export function createEditor(parent, options) {
  const schema = new Compartment();
  const label = new Compartment();
  const onKey = (name) => () => Boolean(options.onKey(name));
  const language = (tables) => sql({ dialect: SQLite, schema: tables, upperCaseKeywords: true });

  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        // The caller's keys come before CodeMirror's own (Ctrl+Enter would otherwise insert a line).
        keymap.of([
          { key: 'Mod-Enter', run: onKey('run') },
          { key: 'Shift-Enter', run: onKey('run-next') },
          { key: 'Mod-Shift-Enter', run: onKey('check') },
        ]),
        lineNumbers(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        autocompletion({ icons: false }),
        highlightActiveLine(),
        lintGutter(),
        syntaxHighlighting(highlighting),
        schema.of(language({})),
        placeholderText(options.placeholder),
        label.of(EditorView.contentAttributes.of({ 'aria-label': options.label })),
        EditorView.lineWrapping,
        theme,
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, indentWithTab]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            // An error underline belongs to the text that ran; an edit makes it stale.
            update.view.dispatch(setDiagnostics(update.state, []));
            options.onChange(update.state.doc.toString());
          }
        }),
      ],
    }),
  });

  return {
    /** The whole text. */
    text: () => view.state.doc.toString(),
    /** The selected text, or all of it when nothing is selected, with where it starts. */
    selectionOrAll() {
      const { from, to } = view.state.selection.main;
      return from === to ? [view.state.doc.toString(), 0] : [view.state.sliceDoc(from, to), from];
    },
    /** Replaces the whole text (one undoable change), telling `onChange`. */
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    /** Focuses the editor and selects `from..to`, scrolled into view. */
    select(from, to) {
      const clamp = (n) => Math.max(0, Math.min(n, view.state.doc.length));
      view.focus();
      view.dispatch({ selection: { anchor: clamp(from), head: clamp(to) }, scrollIntoView: true });
    },
    /** Underlines `from..to` as an error with `message` (shown on hover and in the gutter). */
    markError(from, to, message) {
      const length = view.state.doc.length;
      const start = Math.max(0, Math.min(from, length));
      const end = Math.max(start, Math.min(to, length));
      view.dispatch(setDiagnostics(view.state, [{ from: start, to: end, severity: 'error', message }]));
    },
    /** Completes these tables and their columns (`{ table: [column, …] }`) besides keywords. */
    setSchema(tables) {
      view.dispatch({ effects: schema.reconfigure(language(tables)) });
    },
    setLabel(text) {
      view.dispatch({ effects: label.reconfigure(EditorView.contentAttributes.of({ 'aria-label': text })) });
    },
    destroy: () => view.destroy(),
  };
}
