//! The notebook document: an ordered list of cells, SQL to run or Markdown text between them.
//!
//! This is the model lessons and saved notebooks will load into; the UI keeps one in a signal
//! and renders it, while each cell's run state stays in the UI.

use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

/// Stable identity of a cell, kept across edits and reordering, and never shared with a cell
/// of another notebook made in this program: the UI keys cell views by id, so a notebook
/// opened in place of another must not reuse the ids on screen (it would show stale cells).
pub type CellId = u64;

static NEXT_CELL_ID: AtomicU64 = AtomicU64::new(0);

fn next_cell_id() -> CellId {
    NEXT_CELL_ID.fetch_add(1, Ordering::Relaxed)
}

/// What a cell holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CellKind {
    /// SQL, run against the notebook's database.
    #[default]
    Sql,
    /// Markdown prose: notes between the queries, rendered as text.
    Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub id: CellId,
    pub kind: CellKind,
    pub source: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Notebook {
    cells: Vec<Cell>,
}

impl Notebook {
    /// A notebook with one SQL cell per source, in order.
    pub fn from_sources<S: Into<String>>(sources: impl IntoIterator<Item = S>) -> Self {
        Self::from_cells(sources.into_iter().map(|source| (CellKind::Sql, source)))
    }

    /// A notebook with these cells, in order.
    pub fn from_cells<S: Into<String>>(cells: impl IntoIterator<Item = (CellKind, S)>) -> Self {
        let mut notebook = Self::default();
        for (kind, source) in cells {
            notebook.push_cell(kind, source);
        }
        notebook
    }

    pub fn cells(&self) -> &[Cell] {
        &self.cells
    }

    pub fn ids(&self) -> Vec<CellId> {
        self.cells.iter().map(|c| c.id).collect()
    }

    pub fn get(&self, id: CellId) -> Option<&Cell> {
        self.cells.iter().find(|c| c.id == id)
    }

    /// Appends a SQL cell and returns its id.
    pub fn push(&mut self, source: impl Into<String>) -> CellId {
        self.push_cell(CellKind::Sql, source)
    }

    /// Appends a cell of `kind` and returns its id.
    pub fn push_cell(&mut self, kind: CellKind, source: impl Into<String>) -> CellId {
        let id = next_cell_id();
        self.cells.push(Cell { id, kind, source: source.into() });
        id
    }

    /// Inserts a SQL cell right after `after` (at the end when `after` is not in the notebook)
    /// and returns its id.
    pub fn insert_after(&mut self, after: CellId, source: impl Into<String>) -> CellId {
        let id = next_cell_id();
        let at = self.position(after).map_or(self.cells.len(), |p| p + 1);
        self.cells.insert(at, Cell { id, kind: CellKind::Sql, source: source.into() });
        id
    }

    /// Removes a cell; returns whether it was there.
    pub fn remove(&mut self, id: CellId) -> bool {
        let before = self.cells.len();
        self.cells.retain(|c| c.id != id);
        self.cells.len() != before
    }

    /// Replaces a cell's text; returns whether the cell exists.
    pub fn set_source(&mut self, id: CellId, source: impl Into<String>) -> bool {
        match self.cells.iter_mut().find(|c| c.id == id) {
            Some(cell) => {
                cell.source = source.into();
                true
            }
            None => false,
        }
    }

    /// Moves a cell one place up (`-1`) or down (`1`); returns whether it moved (not past
    /// either end).
    pub fn move_by(&mut self, id: CellId, step: isize) -> bool {
        let Some(from) = self.position(id) else { return false };
        let Some(to) = from.checked_add_signed(step).filter(|to| *to < self.cells.len()) else {
            return false;
        };
        self.cells.swap(from, to);
        true
    }

    /// The cell after `id`, if any.
    pub fn next_after(&self, id: CellId) -> Option<CellId> {
        self.position(id).and_then(|p| self.cells.get(p + 1)).map(|c| c.id)
    }

    fn position(&self, id: CellId) -> Option<usize> {
        self.cells.iter().position(|c| c.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_keep_their_ids_through_inserts_and_removals() {
        let mut nb = Notebook::from_sources(["SELECT 1", "SELECT 2"]);
        let [first, second] = [nb.cells()[0].id, nb.cells()[1].id];
        let middle = nb.insert_after(first, "SELECT 1.5");
        assert_eq!(nb.ids(), vec![first, middle, second]);
        assert!(nb.remove(first));
        assert!(!nb.remove(first));
        assert_eq!(nb.ids(), vec![middle, second]);
        assert_eq!(nb.get(second).unwrap().source, "SELECT 2");
        // Ids are never reused, even after a removal.
        let last = nb.push("SELECT 3");
        assert!(![first, middle, second].contains(&last));
    }

    #[test]
    fn cells_move_up_and_down_but_not_past_the_ends() {
        let mut nb = Notebook::from_sources(["a", "b", "c"]);
        let [a, b, c] = [nb.cells()[0].id, nb.cells()[1].id, nb.cells()[2].id];
        assert!(nb.move_by(c, -1));
        assert_eq!(nb.ids(), vec![a, c, b]);
        assert!(!nb.move_by(a, -1), "the first cell cannot go up");
        assert!(nb.move_by(a, 1));
        assert_eq!(nb.ids(), vec![c, a, b]);
        assert!(!nb.move_by(b, 1), "the last cell cannot go down");
        assert!(!nb.move_by(CellId::MAX, 1));
        assert_eq!(nb.next_after(c), Some(a));
        assert_eq!(nb.next_after(b), None);
    }

    #[test]
    fn text_cells_sit_among_sql_cells() {
        let nb = Notebook::from_cells([(CellKind::Text, "# Notes"), (CellKind::Sql, "SELECT 1;")]);
        let kinds: Vec<CellKind> = nb.cells().iter().map(|c| c.kind).collect();
        assert_eq!(kinds, vec![CellKind::Text, CellKind::Sql]);
        assert_eq!(Notebook::from_sources(["x"]).cells()[0].kind, CellKind::Sql);
    }

    #[test]
    fn two_notebooks_never_share_a_cell_id() {
        let first = Notebook::from_sources(["a", "b"]);
        let second = Notebook::from_sources(["a", "b"]);
        assert!(first.ids().iter().all(|id| !second.ids().contains(id)));
    }

    #[test]
    fn inserting_after_a_missing_cell_appends() {
        let mut nb = Notebook::from_sources(["a"]);
        let id = nb.insert_after(CellId::MAX, "b");
        assert_eq!(nb.cells().last().unwrap().id, id);
    }

    #[test]
    fn set_source_edits_only_the_named_cell() {
        let mut nb = Notebook::from_sources(["a", "b"]);
        let id = nb.cells()[1].id;
        assert!(nb.set_source(id, "B"));
        assert!(!nb.set_source(CellId::MAX, "x"));
        let sources: Vec<_> = nb.cells().iter().map(|c| c.source.as_str()).collect();
        assert_eq!(sources, vec!["a", "B"]);
    }
}
