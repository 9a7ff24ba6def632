//! The literal values written in SQL text: what a prompt, a setup or a reference looks rows up
//! by (so hidden copies keep those rows), and what a learner may have copied from the visible
//! result (so the checker can say "hard-coded" only when it is true).

use std::collections::BTreeSet;

use crate::core::script::skip_quoted_or_comment;

/// A string or number literal, as written: `'King'` gives `King`, `1984` gives `1984`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Literal {
    Text(String),
    Number(String),
}

/// The literals of `sql`, skipping comments, quoted identifiers and the numbers of `LIMIT` and
/// `OFFSET` (row counts, not values).
pub fn literals(sql: &str) -> BTreeSet<Literal> {
    let bytes = sql.as_bytes();
    let mut found = BTreeSet::new();
    let mut previous_word = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'\'' => {
                let mut text = String::new();
                let mut j = i + 1;
                while j < bytes.len() {
                    if bytes[j] == b'\'' {
                        if bytes.get(j + 1) == Some(&b'\'') {
                            text.push('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    let ch = sql[j..].chars().next().expect("in bounds");
                    text.push(ch);
                    j += ch.len_utf8();
                }
                found.insert(Literal::Text(text));
                i = j + 1;
                previous_word.clear();
                continue;
            }
            b'"' | b'`' | b'[' | b'-' | b'/' if let Some(end) = skip_quoted_or_comment(bytes, i) => {
                i = end;
                continue;
            }
            c if c.is_ascii_digit() || (c == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'.') {
                    i += 1;
                }
                let counts_rows = previous_word.eq_ignore_ascii_case("limit")
                    || previous_word.eq_ignore_ascii_case("offset");
                if counts_rows {
                    // `LIMIT 2, 5`: the number after the comma counts rows too.
                    previous_word = "limit".to_owned();
                } else {
                    found.insert(Literal::Number(sql[start..i].to_owned()));
                    previous_word.clear();
                }
                continue;
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let start = i;
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'$')
                {
                    i += 1;
                }
                previous_word = sql[start..i].to_owned();
                continue;
            }
            c if c.is_ascii_whitespace() => {}
            b',' if previous_word.eq_ignore_ascii_case("limit") => {}
            _ => previous_word.clear(),
        }
        i += 1;
    }
    found
}

/// Whole numbers that `sql` compares with an id column (`id = 3`, `author_id IN (1, 4)`):
/// rows picked by hand.
pub fn picked_ids(sql: &str) -> BTreeSet<Literal> {
    let lower = sql.to_lowercase();
    let mut found = BTreeSet::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find("id") {
        let mut rest = lower[from + at + 2..].trim_start();
        from += at + 2;
        let is_list = if let Some(r) = rest.strip_prefix('=') {
            rest = r;
            false
        } else if let Some(r) = rest.strip_prefix("in") {
            match r.trim_start().strip_prefix('(') {
                Some(r) => {
                    rest = r;
                    true
                }
                None => continue,
            }
        } else {
            continue;
        };
        loop {
            rest = rest.trim_start();
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if digits.is_empty() {
                break;
            }
            rest = rest[digits.len()..].trim_start();
            found.insert(Literal::Number(digits));
            match rest.strip_prefix(',') {
                Some(r) if is_list => rest = r,
                _ => break,
            }
        }
    }
    found
}

/// The literals a prompt names: text in backticks, quotes or emphasis (`` `Amiga` ``, `'King'`,
/// `"Steven"`, `*Dead Zone*`).
pub fn prompt_literals(prompt: &str) -> BTreeSet<Literal> {
    let mut found = BTreeSet::new();
    let prompt = prompt.replace("**", "*");
    for quote in ['`', '\'', '"', '*'] {
        let parts: Vec<&str> = prompt.split(quote).collect();
        for inner in parts.iter().skip(1).step_by(2) {
            if !inner.is_empty() && inner.len() < 80 {
                found.insert(Literal::Text((*inner).to_owned()));
                if inner.parse::<f64>().is_ok() {
                    found.insert(Literal::Number((*inner).to_owned()));
                }
            }
        }
    }
    found
}

impl Literal {
    /// Whether a stored value is this literal (numbers compared as numbers).
    pub fn matches(&self, value: &super::super::value::Value) -> bool {
        use super::super::value::Value;
        match (self, value) {
            (Literal::Text(t), Value::Text(v)) => t == v,
            (Literal::Number(n), Value::Integer(v)) => n.parse::<f64>().is_ok_and(|n| n == *v as f64),
            (Literal::Number(n), Value::Real(v)) => n.parse::<f64>().is_ok_and(|n| (n - v).abs() < 1e-9),
            _ => false,
        }
    }

    /// The literal as SQL writes it.
    pub fn sql(&self) -> String {
        match self {
            Literal::Text(t) => format!("'{}'", t.replace('\'', "''")),
            Literal::Number(n) => n.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_numbers_are_found_but_not_row_counts_or_names() {
        let found = literals(
            "SELECT \"x 1\", 'O''Brien' FROM t -- 'comment'\n WHERE y > 2.5 AND z = 'a' LIMIT 3 OFFSET 4",
        );
        let expected: BTreeSet<Literal> =
            [Literal::Text("O'Brien".into()), Literal::Number("2.5".into()), Literal::Text("a".into())]
                .into_iter()
                .collect();
        assert_eq!(found, expected);
        assert!(literals("SELECT * FROM t LIMIT 2, 5").is_empty());
        assert_eq!(literals("SELECT col2 FROM t2").len(), 0);
    }

    #[test]
    fn a_prompt_names_values_in_backticks_and_quotes() {
        let found =
            prompt_literals("Books by `King` published after `1990`, or by 'Le Guin', or **Dead Zone**.");
        assert!(found.contains(&Literal::Text("Dead Zone".into())));
        assert!(found.contains(&Literal::Text("King".into())));
        assert!(found.contains(&Literal::Number("1990".into())));
        assert!(found.contains(&Literal::Text("Le Guin".into())));
    }
}
