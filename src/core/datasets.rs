//! The sample datasets: where each one's files are (paths relative to the site's root, which is
//! also the repository's root) and how they become a database. Shared by the UI, which fetches
//! the files, and the native tests, which read them from disk.

/// How a dataset's tables come to be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Source {
    /// A SQLite file.
    Database(&'static str),
    /// CSV files imported into tables (table, path), then an optional SQL script run on them.
    Csv { files: &'static [(&'static str, &'static str)], script: Option<&'static str> },
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dataset {
    /// What lessons name in their front matter.
    pub id: &'static str,
    /// What the dataset picker shows.
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
            files: &[(
                "author_book_publisher",
                "data/realpython-sqlite-sqlalchemy/author_book_publisher.csv",
            )],
            script: None,
        },
    },
    Dataset {
        id: "chinook",
        name: "Chinook",
        source: Source::Database("data/chinook/Chinook_Sqlite.sqlite"),
    },
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

/// The dataset the scratch notebook opens on.
pub const DEFAULT: Dataset = DATASETS[0];

impl Dataset {
    pub fn by_id(id: &str) -> Option<Dataset> {
        DATASETS.iter().copied().find(|d| d.id == id)
    }
}
