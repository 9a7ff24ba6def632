//! The native side of `bench/compare` (run by bench/compare/run.mjs, not by hand): the same
//! workload as the browser engines, on Joinery's own core (`Database`, rusqlite with bundled
//! SQLite, and `csv_import`), natively: the physical limit the in-browser engines are set
//! against.
//!
//! ```sh
//! cargo run --release --example bench_native -- <workload.sql> <csv dir>
//! ```
//!
//! `workload.sql` holds the SQL as sections, each opened by a line `-- @@ name` (written by
//! run.mjs from bench/compare/workload.js, so every engine runs the same text); the CSV
//! directory holds `flat_<rows>.csv`. Prints one JSON object in the shape the page returns.

use std::collections::HashMap;
use std::time::Instant;

use joinery::core::csv_import::{self, ImportPlan};
use joinery::core::{Database, ScriptOutcome, Value};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, workload, csv_dir] = &args[..] else {
        eprintln!("usage: bench_native <workload.sql> <csv dir>");
        std::process::exit(2);
    };
    let sql = sections(&std::fs::read_to_string(workload).expect("the workload file is readable"));
    let sizes: Vec<u64> = sql["sizes"].split_whitespace().map(|n| n.parse().unwrap()).collect();
    let runs: HashMap<&str, usize> = sql["runs"]
        .split_whitespace()
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap();
            (k, v.parse().unwrap())
        })
        .collect();
    let normalize_rows: u64 = sql["normalize_rows"].trim().parse().unwrap();

    let mut out = Json::default();
    out.str("engine", "native");

    // Engine init: a new in-memory database with Joinery's settings (foreign keys on).
    let mut db = None;
    let init = sample(runs["init"], || {
        db = Some(Database::open_in_memory().expect("SQLite opens"));
        None
    });
    let mut db = db.unwrap();
    // The worker's SQLite (sqlite-wasm-rs) is compiled with 8 KiB pages, a 16 MiB cache (which
    // also bounds how much a sort keeps in memory before merging runs) and temporary tables in
    // memory; the bundled native build defaults to 4 KiB pages, 2 MiB and temporary files on
    // disk. Natively, the same configuration as in the browser.
    db.connection()
        .execute_batch("PRAGMA page_size = 8192; PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY;")
        .expect("SQLite takes the pragmas");
    run(&mut db, &sql["setup"]);
    out.str("version", &first_row(&run(&mut db, &sql["version"])));
    out.figure("init", &init);

    let mut inserts = Json::default();
    for &n in &sizes {
        let runs = if n >= 1_000_000 { runs["insertLarge"] } else { runs["insertSmall"] };
        let mut figure = sample_with(
            runs,
            |db| run(db, &sql["create_flat"]),
            |db| {
                run(db, &sql[&format!("insert_{n}")]);
                None
            },
            &mut db,
        );
        figure.checksum = Some(first_row(&run(&mut db, &sql["flat_checksum"])));
        run(&mut db, &sql["drop_flat"]);
        eprintln!("[native] insert {n}: {:.1} ms", figure.ms);
        inserts.figure(&n.to_string(), &figure);
    }
    out.object("insert", inserts);

    let mut csvs = Json::default();
    for &n in &sizes {
        let path = format!("{csv_dir}/flat_{n}.csv");
        let runs = if n >= 1_000_000 { runs["insertLarge"] } else { runs["insertSmall"] };
        let mut figure = sample_with(
            runs,
            |db| run(db, &sql["drop_flat"]),
            |db| {
                let bytes = std::fs::read(&path).expect("the CSV file is readable");
                let preview = csv_import::inspect(&bytes, "flat.csv").expect("the CSV file inspects");
                let plan = ImportPlan::from_preview(&preview);
                let report =
                    csv_import::import_into(db.connection(), &bytes, &plan, &mut |_| {}).expect("imports");
                assert_eq!(report.rows, n);
                None
            },
            &mut db,
        );
        figure.checksum = Some(first_row(&run(&mut db, &sql["flat_checksum"])));
        run(&mut db, &sql["drop_flat"]);
        eprintln!("[native] csv {n}: {:.1} ms", figure.ms);
        csvs.figure(&n.to_string(), &figure);
    }
    out.object("csv", csvs);

    run(&mut db, &sql["create_flat"]);
    run(&mut db, &sql[&format!("insert_{normalize_rows}")]);
    let mut round_trips = Vec::new();
    let mut normalize = sample_with(
        runs["normalize"],
        |db| run(db, &sql["drop_normalized"]),
        |db| {
            run(db, &sql["normalize"]);
            let started = Instant::now();
            let check = first_row(&run(db, &sql["round_trip"]));
            round_trips.push((ms_since(started), check));
            None
        },
        &mut db,
    );
    let round_trip = Figure {
        ms: median(round_trips.iter().map(|(ms, _)| *ms).collect()),
        checksum: Some(round_trips[0].1.clone()),
    };
    normalize.checksum = round_trip.checksum.clone();
    eprintln!("[native] normalize: {:.1} ms, round trip {:.1} ms", normalize.ms, round_trip.ms);
    out.figure("normalize", &normalize);
    out.figure("roundTrip", &round_trip);

    let join = sample_with(runs["join"], |_| (), |db| Some(rows_checksum(&run(db, &sql["join"]))), &mut db);
    eprintln!("[native] join: {:.2} ms", join.ms);
    out.figure("join", &join);
    let scan = sample_with(runs["scan"], |_| (), |db| Some(rows_checksum(&run(db, &sql["scan"]))), &mut db);
    eprintln!("[native] scan: {:.1} ms", scan.ms);
    out.figure("scan", &scan);

    println!("{}", out.finish());
}

/// Joinery's protocol default: a 100k-row result comes back whole.
const ROW_LIMIT: usize = 100_000;

fn run(db: &mut Database, sql: &str) -> ScriptOutcome {
    let outcome = db.run_script(sql, ROW_LIMIT);
    if let Some(error) = &outcome.error {
        panic!("{} in {}", error.message, error.sql);
    }
    outcome
}

fn sections(text: &str) -> HashMap<String, String> {
    let mut out: HashMap<String, String> = HashMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("-- @@ ") {
            current = Some(name.trim().to_owned());
            out.insert(name.trim().to_owned(), String::new());
        } else if let Some(name) = &current {
            let section = out.get_mut(name).unwrap();
            section.push_str(line);
            section.push('\n');
        }
    }
    out
}

/// The last statement's first row as the page spells it: values joined with `|`.
fn first_row(outcome: &ScriptOutcome) -> String {
    let result = outcome.results.last().expect("a statement ran");
    result.rows[0]
        .iter()
        .map(|v| match v {
            Value::Null => "null".to_owned(),
            Value::Integer(i) => i.to_string(),
            Value::Text(t) => t.clone(),
            other => panic!("checksum queries return integers and text, not {other:?}"),
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// `rowsChecksum` of workload.js over the last statement's rows, computed the same way
/// (a whole REAL counts as an integer there, since JavaScript has one number type).
fn rows_checksum(outcome: &ScriptOutcome) -> String {
    let rows = &outcome.results.last().expect("a statement ran").rows;
    let (mut cells, mut ints, mut cents, mut text) = (0u64, 0i64, 0i64, 0u64);
    for row in rows {
        for v in row {
            cells += 1;
            match v {
                Value::Integer(i) => ints += i,
                Value::Real(r) if r.fract() == 0.0 => ints += *r as i64,
                Value::Real(r) => cents += (r * 100.0).round() as i64,
                Value::Text(t) => text += t.encode_utf16().count() as u64,
                Value::Null | Value::Blob(_) => {}
            }
        }
    }
    format!("rows={} cells={cells} ints={ints} cents={cents} text={text}", rows.len())
}

struct Figure {
    ms: f64,
    checksum: Option<String>,
}

fn sample(runs: usize, mut f: impl FnMut() -> Option<String>) -> Figure {
    let mut unit = ();
    sample_with(runs, |_| (), |_: &mut ()| f(), &mut unit)
}

/// Runs `timed` `runs` times, `before` untimed ahead of each; the median time and the
/// checksum `timed` returns (the same every run, or the benchmark stops).
fn sample_with<T, B>(
    runs: usize,
    mut before: impl FnMut(&mut T) -> B,
    mut timed: impl FnMut(&mut T) -> Option<String>,
    state: &mut T,
) -> Figure {
    let mut times = Vec::new();
    let mut checksum = None;
    for _ in 0..runs {
        before(state);
        let started = Instant::now();
        let sum = timed(state);
        times.push(ms_since(started));
        if checksum.is_some() && sum != checksum {
            panic!("checksum changed between runs: {checksum:?} / {sum:?}");
        }
        checksum = sum;
    }
    Figure { ms: median(times), checksum }
}

fn ms_since(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1000.0
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n % 2 == 1 { xs[n / 2] } else { (xs[n / 2 - 1] + xs[n / 2]) / 2.0 }
}

/// Just enough JSON for flat objects of numbers, strings and nested objects.
#[derive(Default)]
struct Json(Vec<String>);

impl Json {
    fn str(&mut self, key: &str, value: &str) {
        self.0.push(format!("{}:{}", quote(key), quote(value)));
    }

    fn object(&mut self, key: &str, value: Json) {
        self.0.push(format!("{}:{}", quote(key), value.finish()));
    }

    fn figure(&mut self, key: &str, figure: &Figure) {
        let mut object = Json::default();
        object.0.push(format!("\"ms\":{}", figure.ms));
        if let Some(checksum) = &figure.checksum {
            object.str("checksum", checksum);
        }
        self.object(key, object);
    }

    fn finish(self) -> String {
        format!("{{{}}}", self.0.join(","))
    }
}

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
