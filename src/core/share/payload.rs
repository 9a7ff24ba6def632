//! The payload a share link carries, before compression: a checksum and length-prefixed fields,
//! as the format in [`super`] describes.

use super::SharedNotebook;
use crate::core::notebook::CellKind;

pub(super) fn payload(notebook: &SharedNotebook) -> Vec<u8> {
    let mut body = Vec::new();
    let mut push_field = |parts: &[&[u8]]| {
        let len: usize = parts.iter().map(|p| p.len()).sum();
        body.extend_from_slice(len.to_string().as_bytes());
        body.push(b':');
        parts.iter().for_each(|p| body.extend_from_slice(p));
    };
    push_field(&[notebook.dataset.as_bytes()]);
    for (kind, text) in &notebook.cells {
        let kind: &[u8] = match kind {
            CellKind::Sql => b"s",
            CellKind::Text => b"t",
        };
        push_field(&[kind, text.as_bytes()]);
    }
    let mut payload = adler2::adler32_slice(&body).to_be_bytes().to_vec();
    payload.extend_from_slice(&body);
    payload
}

/// `kinded`: whether each cell starts with its kind byte (version 2).
pub(super) fn parse(payload: &[u8], kinded: bool) -> Option<SharedNotebook> {
    let (checksum, mut body) = payload.split_first_chunk::<4>()?;
    if u32::from_be_bytes(*checksum) != adler2::adler32_slice(body) {
        return None;
    }
    let mut fields = Vec::new();
    while !body.is_empty() {
        let (field, rest) = split_field(body)?;
        fields.push(String::from_utf8(field.to_vec()).ok()?);
        body = rest;
    }
    let mut fields = fields.into_iter();
    let dataset = fields.next()?;
    let cells = fields
        .map(|field| match (kinded, field.as_bytes().first()) {
            (false, _) => Some((CellKind::Sql, field)),
            (true, Some(b's')) => Some((CellKind::Sql, field[1..].to_owned())),
            (true, Some(b't')) => Some((CellKind::Text, field[1..].to_owned())),
            (true, _) => None,
        })
        .collect::<Option<_>>()?;
    Some(SharedNotebook { dataset, cells })
}

/// Splits one `length ":" bytes` field off the front of `body`.
fn split_field(body: &[u8]) -> Option<(&[u8], &[u8])> {
    let (digits, rest) = body.split_at(body.iter().position(|&b| b == b':')?);
    let rest = &rest[1..];
    // Only the form `payload` writes: `usize::from_str` alone would also take "+5" and "05".
    let canonical = match digits {
        [b'0'] => true,
        [b'1'..=b'9', more @ ..] => more.iter().all(u8::is_ascii_digit),
        _ => false,
    };
    if !canonical {
        return None;
    }
    let len: usize = std::str::from_utf8(digits).ok()?.parse().ok()?;
    (len <= rest.len()).then(|| rest.split_at(len))
}
