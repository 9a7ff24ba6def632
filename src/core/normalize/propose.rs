//! From dependencies to a proposed decomposition.
//!
//! Columns that determine each other (`first_name ↔ last_name` when no two authors share a
//! first name) are one class. A class becomes an entity table when it determines another
//! class, when it has several columns, or, as a lookup table, when it is a single text column
//! that nothing determines and whose values repeat (each one and a half times on average, NULL
//! aside, like `publisher`). A class of REAL columns only (prices, measurements) is never an entity: a
//! number that happens to tell rows apart rarely identifies a thing.
//!
//! Each entity table holds its class (the natural key, or only its id-like column such as
//! `customer_id` when it has one), the other classes it determines most directly (3NF: a
//! column goes to the nearest determinant, never to one that determines it only through
//! another), and a reference to each entity it determines directly. The link table keeps the
//! key columns, the constants and the columns nothing stores, with a reference to each entity
//! that no other entity determines.

use std::collections::HashSet;

use super::checked::link_primary_key;
use super::{Decomposition, Discovery, LinkTable, ProposedTable, SourceColumn};

/// Column names (lowercase) that are parts of a person's name: a class made only of these is
/// proposed as a table `person`.
const NAME_PARTS: [&str; 11] = [
    "first_name",
    "last_name",
    "firstname",
    "lastname",
    "given_name",
    "family_name",
    "middle_name",
    "surname",
    "forename",
    "first",
    "last",
];

/// Suffixes dropped from a column name to name its table: `publisher_name` → `publisher`.
const NAME_SUFFIXES: [&str; 6] = ["_name", "_id", "_code", "_key", "_no", "_number"];

/// Suffixes of columns that look like identifiers (`customer_id`, `order_no`), which alone are
/// the natural key of their class.
const ID_SUFFIXES: [&str; 5] = ["_id", "_code", "_key", "_no", "_number"];

/// Proposes a decomposition of `discovery.table` (see the module documentation). Table names
/// come from their natural key columns and avoid the table's own name, the other names of
/// the database and each other.
pub fn propose(discovery: &Discovery) -> Decomposition {
    let columns = &discovery.columns;
    let width = columns.len();
    let index = |name: &str| columns.iter().position(|c| c.name == name);
    let mut determines = vec![vec![false; width]; width];
    for dependency in &discovery.dependencies {
        let Some(a) = index(&dependency.determinant) else { continue };
        for b in dependency.dependents.iter().filter_map(|b| index(b)) {
            determines[a][b] = a != b;
        }
    }
    let is_key = |c: usize| discovery.keys.iter().any(|k| k.len() == 1 && k[0] == columns[c].name);
    let is_constant = |c: usize| discovery.constants.contains(&columns[c].name);
    let eligible: Vec<bool> = (0..width).map(|c| !is_key(c) && !is_constant(c)).collect();

    // Classes of columns that determine each other, in column order.
    let mut class_of = vec![None; width];
    let mut classes: Vec<Vec<usize>> = Vec::new();
    for c in (0..width).filter(|&c| eligible[c]) {
        if class_of[c].is_some() {
            continue;
        }
        let members: Vec<usize> = (c..width)
            .filter(|&d| {
                d == c || (eligible[d] && class_of[d].is_none() && determines[c][d] && determines[d][c])
            })
            .collect();
        for &m in &members {
            class_of[m] = Some(classes.len());
        }
        classes.push(members);
    }
    let count = classes.len();
    let above = |x: usize, y: usize| x != y && determines[classes[x][0]][classes[y][0]];
    let natural: Vec<Vec<usize>> = classes.iter().map(|class| natural_key(class, columns)).collect();
    let structural: Vec<bool> = (0..count)
        .map(|x| !natural[x].is_empty() && ((0..count).any(|y| above(x, y)) || classes[x].len() >= 2))
        .collect();
    let entity: Vec<bool> = (0..count)
        .map(|x| {
            structural[x] || {
                let column = &columns[classes[x][0]];
                classes[x].len() == 1
                    && text_like(&column.decl_type)
                    && repeats(column, discovery.row_count)
                    && !(0..count).any(|w| structural[w] && above(w, x))
            }
        })
        .collect();
    let entities: Vec<usize> = (0..count).filter(|&x| entity[x]).collect();

    // Where each column that is no entity's key goes: the nearest entity that determines it,
    // the one with fewest rows among equally near ones; the link table when none does.
    let mut stored: Vec<Vec<usize>> = vec![Vec::new(); count];
    let mut link_columns: Vec<usize> = (0..width).filter(|&c| !eligible[c]).collect();
    for x in 0..count {
        if entity[x] {
            stored[x].extend(classes[x].iter().filter(|c| !natural[x].contains(c)));
            continue;
        }
        let hosts: Vec<usize> = entities.iter().copied().filter(|&h| above(h, x)).collect();
        let nearest = hosts
            .iter()
            .copied()
            .filter(|&h| !hosts.iter().any(|&other| above(h, other)))
            .min_by_key(|&h| (columns[classes[h][0]].distinct, classes[h][0]));
        match nearest {
            Some(h) => stored[h].extend(&classes[x]),
            None => link_columns.extend(&classes[x]),
        }
    }
    link_columns.sort_unstable();

    // Names, in column order of the entities' keys.
    let mut taken: HashSet<String> = discovery.taken_names.iter().map(|n| n.to_ascii_lowercase()).collect();
    taken.insert(discovery.table.to_ascii_lowercase());
    let column_names: HashSet<String> = columns.iter().map(|c| c.name.to_ascii_lowercase()).collect();
    let mut names = vec![String::new(); count];
    for &x in &entities {
        let key: Vec<&str> = natural[x].iter().map(|&c| columns[c].name.as_str()).collect();
        names[x] = unique_name(&entity_name(&key), &mut taken, |candidate| {
            let id = format!("{candidate}_id").to_ascii_lowercase();
            !column_names.contains(&id)
                || matches!(natural[x].as_slice(), [c] if columns[*c].name.eq_ignore_ascii_case(&id) && columns[*c].nulls == 0)
        });
    }
    let direct = |x: usize, z: usize| {
        above(x, z) && !entities.iter().any(|&w| w != x && w != z && above(x, w) && above(w, z))
    };
    let mut tables: Vec<ProposedTable> = entities
        .iter()
        .map(|&x| {
            let mut stored_columns = stored[x].clone();
            stored_columns.sort_unstable();
            ProposedTable {
                name: names[x].clone(),
                key_columns: natural[x].iter().map(|&c| columns[c].name.clone()).collect(),
                columns: stored_columns.iter().map(|&c| columns[c].name.clone()).collect(),
                references: entities.iter().filter(|&&z| direct(x, z)).map(|&z| names[z].clone()).collect(),
            }
        })
        .collect();
    tables.sort_by_key(|t| index(&t.key_columns[0]));
    let roots: Vec<usize> =
        entities.iter().copied().filter(|&x| !entities.iter().any(|&w| above(w, x))).collect();
    let link_references: Vec<String> = roots.iter().map(|&x| names[x].clone()).collect();
    let link_name = if link_columns.is_empty() && link_references.len() >= 2 {
        link_references.join("_")
    } else {
        match discovery.table.strip_prefix("raw_") {
            Some(rest) if !rest.is_empty() => rest.to_owned(),
            _ => format!("{}_facts", discovery.table),
        }
    };
    let mut decomposition = Decomposition {
        source_table: discovery.table.clone(),
        source_columns: columns.clone(),
        tables,
        link_table: LinkTable {
            name: unique_name(&link_name, &mut taken, |_| true),
            columns: link_columns.iter().map(|&c| columns[c].name.clone()).collect(),
            references: link_references,
            primary_key: Vec::new(),
        },
    };
    // The first key without NULLs that the link table can hold.
    for key in &discovery.keys {
        let nullable = key.iter().any(|k| index(k).is_none_or(|c| columns[c].nulls > 0));
        decomposition.link_table.primary_key = key.clone();
        if !nullable && link_primary_key(&decomposition).is_some() {
            return decomposition;
        }
    }
    decomposition.link_table.primary_key.clear();
    decomposition
}

/// The natural key of a class: its first id-like column if it has one, else its columns that
/// are not REAL.
fn natural_key(class: &[usize], columns: &[SourceColumn]) -> Vec<usize> {
    let candidates: Vec<usize> =
        class.iter().copied().filter(|&c| !real_affinity(&columns[c].decl_type)).collect();
    match candidates.iter().find(|&&c| id_like(&columns[c].name)) {
        Some(&id) => vec![id],
        None => candidates,
    }
}

fn id_like(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower == "id" || ID_SUFFIXES.iter().any(|s| lower.len() > s.len() && lower.ends_with(s))
}

/// SQLite's REAL affinity rule for a declared type.
fn real_affinity(decl_type: &str) -> bool {
    let upper = decl_type.to_ascii_uppercase();
    !upper.contains("INT")
        && !["CHAR", "CLOB", "TEXT"].iter().any(|t| upper.contains(t))
        && ["REAL", "FLOA", "DOUB"].iter().any(|t| upper.contains(t))
}

/// Whether the column's values (NULL aside) repeat enough to be worth a lookup table: each
/// appears at least one and a half times on average. Publishers, manufacturers and customer
/// names do; comments, mostly NULL and otherwise all different, do not.
fn repeats(column: &SourceColumn, rows: u64) -> bool {
    let values = rows.saturating_sub(column.nulls);
    let distinct = column.distinct - u64::from(column.nulls > 0);
    distinct > 0 && values.saturating_mul(2) >= distinct.saturating_mul(3)
}

/// TEXT affinity, or no declared type (values of any kind).
fn text_like(decl_type: &str) -> bool {
    let upper = decl_type.to_ascii_uppercase();
    upper.trim().is_empty()
        || (!upper.contains("INT") && ["CHAR", "CLOB", "TEXT"].iter().any(|t| upper.contains(t)))
}

/// A table name for a natural key: `person` for name parts, else the first column without
/// its `_name`, `_id`, … suffix.
fn entity_name(key: &[&str]) -> String {
    if key.len() >= 2 && key.iter().all(|c| NAME_PARTS.contains(&c.to_ascii_lowercase().as_str())) {
        return "person".to_owned();
    }
    let name = key[0];
    let lower = name.to_ascii_lowercase();
    for suffix in NAME_SUFFIXES {
        if lower.len() > suffix.len() && lower.ends_with(suffix) {
            // ASCII lowercasing keeps byte offsets, and the suffix is ASCII.
            return name[..name.len() - suffix.len()].to_owned();
        }
    }
    name.to_owned()
}

/// `base`, or `base_2`, `base_3`, …: the first not taken (ignoring ASCII case) that `fits`.
fn unique_name(base: &str, taken: &mut HashSet<String>, fits: impl Fn(&str) -> bool) -> String {
    let mut n = 1;
    loop {
        let candidate = if n == 1 { base.to_owned() } else { format!("{base}_{n}") };
        let lower = candidate.to_ascii_lowercase();
        if !taken.contains(&lower) && fits(&candidate) {
            taken.insert(lower);
            return candidate;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_drop_their_suffix_and_name_parts_make_a_person() {
        assert_eq!(entity_name(&["publisher"]), "publisher");
        assert_eq!(entity_name(&["customer_name"]), "customer");
        assert_eq!(entity_name(&["Customer_ID"]), "Customer");
        assert_eq!(entity_name(&["_id"]), "_id");
        assert_eq!(entity_name(&["first_name", "last_name"]), "person");
        assert_eq!(entity_name(&["address", "phone"]), "address");
    }

    #[test]
    fn affinities_follow_sqlite() {
        assert!(real_affinity("REAL") && real_affinity("double precision") && !real_affinity("INTEGER"));
        assert!(!real_affinity("FLOATING POINT")); // "INT" wins, as in SQLite
        assert!(text_like("TEXT") && text_like("varchar(20)") && text_like("") && !text_like("INTEGER"));
        assert!(id_like("id") && id_like("order_no") && !id_like("void") && !id_like("_id"));
    }
}
