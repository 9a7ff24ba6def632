//! share_decode: a share link decoded, and what decodes encoded again.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use joinery::core::share::{self, SharedNotebook};

/// Decodes the input as a fragment (when it is UTF-8) and, so that the fuzzer reaches the
/// payload parser behind base64, deflate and the checksum, as a payload body wrapped into
/// version 1 and version 2 links. Whatever decodes must encode to a link that decodes to the
/// same notebook (when it is short enough for a link).
pub fn share_decode(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        check_decoded(share::decode(text));
    }
    let Ok(len) = u16::try_from(data.len() + 4) else {
        return;
    };
    // One stored (uncompressed) deflate block: as valid as a compressed one, and much cheaper
    // to make than setting up a compressor for every input.
    let mut deflated = vec![1];
    deflated.extend_from_slice(&len.to_le_bytes());
    deflated.extend_from_slice(&(!len).to_le_bytes());
    deflated.extend_from_slice(&adler2::adler32_slice(data).to_be_bytes());
    deflated.extend_from_slice(data);
    let compressed = URL_SAFE_NO_PAD.encode(deflated);
    for version in ["v1.", "v2."] {
        let decoded = share::decode(&format!("#share={version}{compressed}"));
        assert!(decoded.is_some(), "a share link is recognized");
        check_decoded(decoded);
    }
}

fn check_decoded(decoded: Option<Result<SharedNotebook, share::ShareError>>) {
    let Some(Ok(notebook)) = decoded else {
        return;
    };
    if let Ok(link) = share::encode(&notebook) {
        assert_eq!(share::decode(&link), Some(Ok(notebook)), "a decoded notebook survives a round trip");
    }
}
