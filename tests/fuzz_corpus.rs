//! Replays the fuzzing corpus (`fuzz/corpus/<target>/`) and every case the fuzzer ever found
//! (`fuzz/regressions/<target>/`) through the fuzz targets' own checks, so that `cargo test`
//! keeps what fuzzing established. See `fuzz/README.md`.

mod fuzz_checks;

use std::fs;
use std::path::Path;

fn replay(target: &str, check: fuzz_checks::Check) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut replayed = 0;
    for folder in ["corpus", "regressions"] {
        let Ok(entries) = fs::read_dir(root.join(folder).join(target)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.map(|e| e.expect("a readable folder").path()).collect();
        paths.sort();
        for path in paths.into_iter().filter(|p| p.is_file()) {
            let data = fs::read(&path).expect("a readable file");
            let outcome = std::panic::catch_unwind(|| check(&data));
            assert!(outcome.is_ok(), "{target}: {} fails its check", path.display());
            replayed += 1;
        }
    }
    replayed
}

#[test]
fn every_corpus_and_regression_file_passes_its_target_check() {
    for &(target, check) in fuzz_checks::TARGETS {
        let replayed = replay(target, check);
        assert!(replayed > 0, "{target}: no corpus found under fuzz/");
    }
}
