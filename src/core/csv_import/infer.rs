//! Inferring a column's type from all its values: the narrowest of INTEGER, REAL and TEXT.

use super::ColumnType;

/// What a column's values so far allow it to be.
#[derive(Debug, Clone, Copy)]
pub(super) struct Guess {
    integer: bool,
    real: bool,
    any_value: bool,
}

impl Default for Guess {
    fn default() -> Self {
        Self { integer: true, real: true, any_value: false }
    }
}

impl Guess {
    pub(super) fn observe(&mut self, value: &str) {
        if value.is_empty() {
            return;
        }
        self.any_value = true;
        if self.integer && !is_integer(value) {
            self.integer = false;
        }
        if self.real && !self.integer && !is_real(value) {
            self.real = false;
        }
    }

    pub(super) fn column_type(self) -> ColumnType {
        if !self.any_value {
            ColumnType::Text
        } else if self.integer {
            ColumnType::Integer
        } else if self.real {
            ColumnType::Real
        } else {
            ColumnType::Text
        }
    }
}

/// Whether `value` is an integer written exactly as SQLite would print it: an optional `-`,
/// digits without leading zeros, within i64. So `007` (an id, a code) and `+5` stay text, and
/// storing the number loses nothing of what the file said.
pub fn is_integer(value: &str) -> bool {
    value.parse::<i64>().is_ok_and(|n| n.to_string() == value)
}

/// Whether `value` is a plain decimal number: either [`is_integer`], or an optional `-`, digits
/// without leading zeros, a fractional part and/or an exponent (`2.5`, `-0.125`, `.5`, `6.02e23`,
/// `1E-9`), finite as an f64. Not `inf`, `nan`, `+1.5` or `007.5`; and not an integer too large
/// for i64, which as a REAL would silently lose its last digits.
pub fn is_real(value: &str) -> bool {
    if is_integer(value) {
        return true;
    }
    let unsigned = value.strip_prefix('-').unwrap_or(value);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (mantissa, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let whole_ok = digits(whole) && !(whole.len() > 1 && whole.starts_with('0'));
    let fraction_ok = fraction.is_none_or(digits);
    let has_digits = !whole.is_empty() || fraction.is_some_and(|f| !f.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    // Without a fraction or an exponent the value is an integer, and `is_integer` said no.
    let not_integer_form = fraction.is_some() || exponent.is_some();
    whole_ok
        && fraction_ok
        && has_digits
        && exponent_ok
        && not_integer_form
        && value.parse::<f64>().is_ok_and(f64::is_finite)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_canonical_i64s() {
        for yes in ["0", "-12", "42", "9223372036854775807", "-9223372036854775808"] {
            assert!(is_integer(yes), "{yes}");
        }
        for no in ["007", "+5", "-0", "", " 1", "1 ", "1.0", "9223372036854775808", "1_000", "１"] {
            assert!(!is_integer(no), "{no}");
        }
    }

    #[test]
    fn reals_are_plain_decimal_notation() {
        for yes in ["2.5", "-0.125", "0.5", ".5", "5.", "1e3", "6.02E23", "1e-9", "-2.5e+4", "12", "0.0"] {
            assert!(is_real(yes), "{yes}");
        }
        for no in [
            "inf",
            "-inf",
            "NaN",
            "infinity",
            "+1.5",
            "007.5",
            "00.5",
            "1e999",
            "1e",
            "e5",
            ".",
            "-",
            "1.2.3",
            "1,5",
            "12345678901234567890",
            "0x1F",
            " 1.5",
            "-0",
        ] {
            assert!(!is_real(no), "{no}");
        }
    }

    #[test]
    fn a_column_is_the_narrowest_type_of_all_its_values() {
        let guess = |values: &[&str]| {
            let mut g = Guess::default();
            values.iter().for_each(|v| g.observe(v));
            g.column_type()
        };
        assert_eq!(guess(&["1", "", "-3"]), ColumnType::Integer);
        assert_eq!(guess(&["1", "2.5", ""]), ColumnType::Real);
        assert_eq!(guess(&["2.5", "1"]), ColumnType::Real);
        assert_eq!(guess(&["1", "2.5", "n/a"]), ColumnType::Text);
        assert_eq!(guess(&["1", "007"]), ColumnType::Text);
        assert_eq!(guess(&["", ""]), ColumnType::Text);
        assert_eq!(guess(&[]), ColumnType::Text);
    }
}
