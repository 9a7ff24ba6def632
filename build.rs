//! Lists the lesson files so that the site knows them without a server: a teacher adds a
//! lesson by adding `lessons/NN-slug.md` and rebuilding, with no Rust change.

use std::fs;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=lessons");
    let mut files: Vec<String> = fs::read_dir("lessons")
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".md") && name.starts_with(|c: char| c.is_ascii_digit()))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let list = files.iter().map(|f| format!("{f:?}")).collect::<Vec<_>>().join(", ");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lesson_files.rs");
    fs::write(out, format!("pub const LESSON_FILES: &[&str] = &[{list}];\n")).expect("OUT_DIR is writable");
}
