//! Share links: a small notebook (or a single query) carried in the page URL's fragment, so
//! that sharing needs no server and the fragment never reaches one.
//!
//! A link's fragment is `share=v2.` followed by base64url (no padding) of the raw-deflate
//! compression of this payload:
//!
//! ```text
//! payload  = checksum body
//! checksum = Adler-32 of body, 4 bytes big-endian
//! body     = field(dataset) field(cell)*
//! cell     = kind text       (kind: "s" for SQL, "t" for Markdown text; one byte)
//! field    = length ":" bytes    (length: the byte count in ASCII decimal, no leading zeros)
//! ```
//!
//! Version 1 links (every cell SQL, no kind byte) still open.
//!
//! Length prefixes rather than separators keep any cell text intact (newlines, NULs, colons,
//! emoji) with nothing to escape. Deflate has no checksum of its own, and a link mangled in a
//! chat app can still inflate to well-formed fields; the checksum makes it read as damaged
//! instead of opening a notebook nobody wrote. The version lets formats coexist; any other
//! reads as damaged.

mod payload;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use miniz_oxide::{deflate, inflate};

use crate::core::notebook::CellKind;
use payload::{parse, payload};

/// What a share link carries.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedNotebook {
    pub dataset: String,
    pub cells: Vec<(CellKind, String)>,
}

/// The longest fragment we hand out; past it, the UI offers a Markdown download instead.
pub const MAX_FRAGMENT_CHARS: usize = 2000;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ShareError {
    #[error("the notebook is too large for a link ({chars} characters; at most {max})")]
    TooLong { chars: usize, max: usize },
    /// Any decoding failure: bad base64, bad deflate, bad checksum, bad UTF-8, bad structure,
    /// unknown version.
    #[error("this link is damaged or incomplete")]
    Damaged,
}

/// What marks a fragment as a share link, whatever its version.
const MARKER: &str = "share=";
const VERSION: &str = "v2.";
/// Links made before text cells: every cell is SQL.
const VERSION_1: &str = "v1.";

/// Decoding inflates at most this much, so that a crafted link (a "deflate bomb") cannot make
/// the page allocate without bound. Deflate expands at most about 1032:1, so the 1500 bytes
/// behind a `MAX_FRAGMENT_CHARS` fragment inflate to at most ~1.55 MB: every link `encode`
/// hands out stays under this.
const MAX_INFLATED_BYTES: usize = 2 << 20;

/// miniz_oxide's best standard level; links are tiny, so compression time does not matter.
const LEVEL: u8 = 9;

/// The fragment payload (without '#'), e.g. "share=v2.<base64url>".
pub fn encode(notebook: &SharedNotebook) -> Result<String, ShareError> {
    let fragment = fragment(notebook);
    // All ASCII, so bytes are characters.
    let chars = fragment.len();
    if chars > MAX_FRAGMENT_CHARS {
        return Err(ShareError::TooLong { chars, max: MAX_FRAGMENT_CHARS });
    }
    Ok(fragment)
}

/// Accepts the fragment with or without the leading '#'; returns None when the fragment is
/// not a share link at all (e.g. "#/lesson/x"), Some(Err) when it is one but damaged.
pub fn decode(fragment: &str) -> Option<Result<SharedNotebook, ShareError>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let versioned = fragment.strip_prefix(MARKER)?;
    Some(read(versioned).ok_or(ShareError::Damaged))
}

/// The fragment for a notebook, whatever its length.
fn fragment(notebook: &SharedNotebook) -> String {
    let compressed = deflate::compress_to_vec(&payload(notebook), LEVEL);
    format!("{MARKER}{VERSION}{}", URL_SAFE_NO_PAD.encode(compressed))
}

fn read(versioned: &str) -> Option<SharedNotebook> {
    let (data, kinded) = match versioned.strip_prefix(VERSION) {
        Some(data) => (data, true),
        None => (versioned.strip_prefix(VERSION_1)?, false),
    };
    let compressed = URL_SAFE_NO_PAD.decode(data).ok()?;
    let payload = inflate::decompress_to_vec_with_limit(&compressed, MAX_INFLATED_BYTES).ok()?;
    parse(&payload, kinded)
}

#[cfg(test)]
mod tests;
