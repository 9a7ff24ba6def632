//! The records of a CSV file, each checked for UTF-8 and width and dated to the line it starts on.

use super::CsvError;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The bytes without a UTF-8 byte order mark; an error when nothing but white space is left.
pub(super) fn content(bytes: &[u8]) -> Result<&[u8], CsvError> {
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(CsvError::Empty);
    }
    Ok(bytes)
}

pub(super) fn reader(bytes: &[u8], delimiter: u8) -> csv::Reader<&[u8]> {
    // `flexible` so that ragged rows reach us and are reported with their line, instead of the
    // reader's own error; no header handling, so that the header is just line 1.
    csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(bytes)
}

/// One row read and checked: its fields as text and the line it starts on.
pub(super) struct Row<'r> {
    #[cfg_attr(not(feature = "engine"), allow(dead_code))]
    pub(super) line: u64,
    pub(super) fields: Vec<&'r str>,
}

/// The records of a file, each checked for UTF-8 and, past the header, for its width.
///
/// Lines are counted here rather than taken from the reader's positions: after a CRLF the reader
/// dates the next record to the line before, and it dates a record after blank lines to the first
/// of them.
pub(super) struct Rows<'a> {
    bytes: &'a [u8],
    reader: csv::Reader<&'a [u8]>,
    record: csv::ByteRecord,
    /// Everything before this byte has been counted into `line`.
    counted_to: usize,
    /// The line holding byte `counted_to`.
    line: u64,
}

impl<'a> Rows<'a> {
    pub(super) fn new(bytes: &'a [u8], delimiter: u8) -> Self {
        Self {
            bytes,
            reader: reader(bytes, delimiter),
            record: csv::ByteRecord::new(),
            counted_to: 0,
            line: 1,
        }
    }

    /// The line on which a record starts, given where the reader says it does: a record never
    /// starts with a line break, so any at that place belong to the line ends before it.
    fn line_at(&mut self, reported: usize) -> u64 {
        let start = self.bytes[reported.min(self.bytes.len())..]
            .iter()
            .position(|b| !matches!(b, b'\r' | b'\n'))
            .map_or(self.bytes.len(), |skip| reported + skip);
        if start > self.counted_to {
            self.line += newlines(&self.bytes[self.counted_to..start]);
            self.counted_to = start;
        }
        self.line
    }

    /// The next record, or `None` at the end. With `width`, a record with another number of
    /// fields is an error.
    pub(super) fn next_row(&mut self, width: Option<usize>) -> Result<Option<Row<'_>>, CsvError> {
        let more = match self.reader.read_byte_record(&mut self.record) {
            Ok(more) => more,
            Err(err) => {
                let at = err.position().map_or(self.counted_to, |p| p.byte() as usize);
                return Err(CsvError::Read { line: self.line_at(at), message: err.to_string() });
            }
        };
        if !more {
            return Ok(None);
        }
        let reported = self.record.position().map_or(0, |p| p.byte() as usize);
        let line = self.line_at(reported);
        if let Some(expected) = width
            && self.record.len() != expected
        {
            return Err(CsvError::Ragged { line, expected, found: self.record.len() });
        }
        let mut fields = Vec::with_capacity(self.record.len());
        // The usual case in one check: the whole record is UTF-8 and no field boundary splits a
        // character. Otherwise field by field, to name the line of the bad byte.
        if let Ok(text) = std::str::from_utf8(self.record.as_slice()) {
            for index in 0..self.record.len() {
                match self.record.range(index).and_then(|range| text.get(range)) {
                    Some(field) => fields.push(field),
                    None => break,
                }
            }
            if fields.len() == self.record.len() {
                return Ok(Some(Row { line, fields }));
            }
            fields.clear();
        }
        for (index, raw) in self.record.iter().enumerate() {
            match std::str::from_utf8(raw) {
                Ok(text) => fields.push(text),
                Err(err) => {
                    // Line breaks inside the quoted fields before this one move it down.
                    let lines_before: u64 = self.record.iter().take(index).map(newlines).sum();
                    let line = line + lines_before + newlines(&raw[..err.valid_up_to()]);
                    return Err(CsvError::InvalidUtf8 { line });
                }
            }
        }
        Ok(Some(Row { line, fields }))
    }
}

/// Line breaks in some bytes: `\n`, so that CRLF counts once. (A lone `\r`, the line end of
/// classic Mac files, is not counted; the files are rare and the reader does not count it
/// either.)
fn newlines(bytes: &[u8]) -> u64 {
    // Eight bytes at a time (every line of the file passes through here): a byte of `x` is
    // zero where the input holds '\n', and `zero` gets that byte's high bit set.
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let (words, rest) = bytes.as_chunks::<8>();
    let mut count = 0;
    for word in words {
        let x = u64::from_le_bytes(*word) ^ 0x0A0A_0A0A_0A0A_0A0A;
        let zero = !(((x & LOW7) + LOW7) | x | LOW7);
        count += u64::from(zero.count_ones());
    }
    count + rest.iter().filter(|&&b| b == b'\n').count() as u64
}

#[cfg(test)]
mod tests {
    use super::super::inspect;
    use super::*;

    #[test]
    fn a_character_split_across_two_fields_is_not_utf8() {
        // Joined, the two fields' bytes read as "1éx"; each field alone does not.
        assert_eq!(inspect(b"a,b\n1\xC3,\xA9x\n", "split.csv"), Err(CsvError::InvalidUtf8 { line: 2 }));
        assert_eq!(inspect(b"a,b\n\"1\n\xC3\",\xA9x\n", "split.csv"), Err(CsvError::InvalidUtf8 { line: 3 }));
    }

    #[test]
    fn line_breaks_are_counted_like_the_reader_counts_them() {
        assert_eq!(newlines(b"a\nb\r\nc\rd"), 2);
        assert_eq!(newlines(b""), 0);
        // Past eight bytes the count goes a word at a time: every byte value, at every offset.
        let bytes: Vec<u8> =
            (0..=255u8).chain((0..300).map(|i| if i % 3 == 0 { b'\n' } else { 0x8A })).collect();
        for start in 0..16 {
            for end in [start, start + 7, start + 8, start + 9, bytes.len() - 3, bytes.len()] {
                let slice = &bytes[start..end];
                assert_eq!(newlines(slice), slice.iter().filter(|&&b| b == b'\n').count() as u64);
            }
        }
    }
}
