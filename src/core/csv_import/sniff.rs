//! Guessing a file's delimiter from its first records.

use super::reader::reader;

/// How many records the delimiter sniffer looks at.
const SNIFF_RECORDS: usize = 10;

/// The delimiters the sniffer chooses among, in order of preference when several fit.
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// The delimiter among `,` `;` and tab that splits the first few records into the same number
/// (more than one) of fields; quotes are honoured, so a `,` inside `"…"` does not count. When
/// several do, the one giving the most fields wins (then the earlier in that list); when none
/// does (a ragged row early on), the one giving the header the most fields, so that the ragged
/// row is reported rather than the whole file read as one column; `,` by default.
pub(super) fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let mut consistent: Option<(usize, u8)> = None;
    let mut widest_header: Option<(usize, u8)> = None;
    for delimiter in DELIMITERS {
        let mut reader = reader(bytes, delimiter);
        let mut record = csv::ByteRecord::new();
        let mut counts = Vec::new();
        while counts.len() < SNIFF_RECORDS && matches!(reader.read_byte_record(&mut record), Ok(true)) {
            counts.push(record.len());
        }
        let Some(&first) = counts.first() else {
            continue;
        };
        if first < 2 {
            continue;
        }
        if counts.iter().all(|&n| n == first) && consistent.is_none_or(|(n, _)| first > n) {
            consistent = Some((first, delimiter));
        }
        if widest_header.is_none_or(|(n, _)| first > n) {
            widest_header = Some((first, delimiter));
        }
    }
    consistent.or(widest_header).map_or(b',', |(_, delimiter)| delimiter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sniffer_honours_quotes_and_prefers_consistent_counts() {
        assert_eq!(sniff_delimiter(b"a,b\n1,2\n"), b',');
        assert_eq!(sniff_delimiter(b"a;b\n1,5;2\n3;4,25\n"), b';');
        assert_eq!(sniff_delimiter(b"a\tb\n\"x;y\"\t2\n"), b'\t');
        assert_eq!(sniff_delimiter(b"\"a,b\";c\n\"1,2\";3\n"), b';');
        assert_eq!(sniff_delimiter(b"only\none\n"), b',');
        // A ragged early row: the widest header wins, so the ragged row is what gets reported.
        assert_eq!(sniff_delimiter(b"a;b;c\n1;2\n"), b';');
    }
}
