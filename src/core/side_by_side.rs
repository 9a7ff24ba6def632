//! The update-anomaly widget's text: the same change written for two (or more) layouts of the
//! data, to be tried side by side on the live database and then undone.
//!
//! ```text
//! -- side: The flat copy
//! UPDATE flat SET last_name = 'Bachman' WHERE last_name = 'King';
//! -- side: The normalized tables
//! UPDATE author SET last_name = 'Bachman' WHERE last_name = 'King';
//! ```

/// One layout's version of the change.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    pub title: String,
    pub sql: String,
}

const MARKER: &str = "-- side:";

/// The sides of a widget body, in order; at least two, each with SQL.
pub fn parse_sides(body: &str) -> Result<Vec<Side>, String> {
    let mut sides: Vec<Side> = Vec::new();
    for line in body.lines() {
        if let Some(title) = line.trim_start().strip_prefix(MARKER) {
            sides.push(Side { title: title.trim().to_owned(), sql: String::new() });
        } else if let Some(side) = sides.last_mut() {
            side.sql.push_str(line);
            side.sql.push('\n');
        } else if !line.trim().is_empty() {
            return Err(format!("the text must start with a '{MARKER} <title>' line"));
        }
    }
    for side in &mut sides {
        side.sql = side.sql.trim().to_owned();
        if side.title.is_empty() || side.sql.is_empty() {
            return Err(format!("each '{MARKER}' needs a title and SQL under it"));
        }
    }
    if sides.len() < 2 {
        return Err("a side-by-side comparison needs at least two sides".into());
    }
    Ok(sides)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sides_split_on_their_markers() {
        let sides = parse_sides(
            "-- side: Flat\nUPDATE flat SET x = 1;\n\n-- side: Normalized\nUPDATE a SET x = 1;\nSELECT 1;\n",
        )
        .unwrap();
        assert_eq!(sides.len(), 2);
        assert_eq!(sides[0], Side { title: "Flat".into(), sql: "UPDATE flat SET x = 1;".into() });
        assert_eq!(sides[1].sql, "UPDATE a SET x = 1;\nSELECT 1;");
    }

    #[test]
    fn malformed_bodies_are_refused() {
        assert!(parse_sides("UPDATE flat SET x = 1;").is_err());
        assert!(parse_sides("-- side: Only one\nSELECT 1;").is_err());
        assert!(parse_sides("-- side: A\n-- side: B\nSELECT 1;").is_err());
        assert!(parse_sides("-- side:\nSELECT 1;\n-- side: B\nSELECT 2;").is_err());
    }
}
