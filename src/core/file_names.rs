//! What a file's name and first bytes say: which kind of file the person opened, and the names
//! the page gives the files it offers for download.

/// What an opened file is taken to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A notebook or lesson in Markdown.
    Notebook,
    /// A SQLite database file.
    Database,
    /// Anything else is read as CSV (the importer sniffs the delimiter).
    Csv,
}

impl FileKind {
    /// The kind of the file `name` holding `bytes`: a SQLite file is known by its header even
    /// with another extension.
    pub fn of(name: &str, bytes: &[u8]) -> FileKind {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            FileKind::Notebook
        } else if looks_like_sqlite(bytes) || has_database_extension(name) {
            FileKind::Database
        } else {
            FileKind::Csv
        }
    }
}

/// True when `bytes` start with SQLite's file header.
pub fn looks_like_sqlite(bytes: &[u8]) -> bool {
    bytes.starts_with(b"SQLite format 3\0")
}

/// True for file names people give SQLite databases.
pub fn has_database_extension(file_name: &str) -> bool {
    let lower = file_name.to_ascii_lowercase();
    [".db", ".sqlite", ".sqlite3", ".db3"].iter().any(|ext| lower.ends_with(ext))
}

/// The download name of the database whose badge says `label` (a dataset's or an opened
/// file's name): `Chinook` → `Chinook.db`, `mine.sqlite` stays, `sales.csv` → `sales.db`,
/// `Chinook (from your file)` → `Chinook.db`; nothing loaded → `joinery.db`.
pub fn export_name(label: Option<&str>) -> String {
    let base = match label {
        Some(label) => label.split(" (").next().unwrap_or(label),
        None => "joinery",
    };
    if has_database_extension(base) {
        base.to_owned()
    } else {
        format!("{}.db", base.trim_end_matches(".csv"))
    }
}

/// The file name of a notebook saved under `title`: lower case, anything but letters and
/// digits made a dash, `.md` added.
pub fn notebook_file_name(title: &str) -> String {
    format!("{}.md", title.to_lowercase().replace(|c: char| !c.is_alphanumeric(), "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_known_by_its_extension_or_its_sqlite_header() {
        assert_eq!(FileKind::of("Lesson.MD", b"# hi"), FileKind::Notebook);
        assert_eq!(FileKind::of("notes.markdown", b""), FileKind::Notebook);
        assert_eq!(FileKind::of("shop.sqlite3", b"not yet"), FileKind::Database);
        assert_eq!(FileKind::of("data.bin", b"SQLite format 3\0rest"), FileKind::Database);
        assert_eq!(FileKind::of("people.csv", b"a,b\n1,2\n"), FileKind::Csv);
        assert_eq!(FileKind::of("people.tsv", b"SQLite format 3"), FileKind::Csv, "the header has a NUL");
    }

    #[test]
    fn export_names_end_in_a_database_extension() {
        assert_eq!(export_name(Some("Chinook")), "Chinook.db");
        assert_eq!(export_name(Some("mine.sqlite")), "mine.sqlite");
        assert_eq!(export_name(Some("sales.csv")), "sales.db");
        assert_eq!(export_name(Some("Real Python books (author_book_publisher.db)")), "Real Python books.db");
        assert_eq!(export_name(None), "joinery.db");
    }

    #[test]
    fn notebook_file_names_are_plain() {
        assert_eq!(notebook_file_name("Scratch notebook"), "scratch-notebook.md");
        assert_eq!(notebook_file_name("Joins: 1/2"), "joins--1-2.md");
    }
}
