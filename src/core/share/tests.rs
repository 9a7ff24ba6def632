use super::*;

fn notebook(dataset: &str, cells: &[&str]) -> SharedNotebook {
    SharedNotebook { dataset: dataset.into(), cells: sql(cells.iter().map(|&c| c.into()).collect()) }
}

fn sql(cells: Vec<String>) -> Vec<(CellKind, String)> {
    cells.into_iter().map(|c| (CellKind::Sql, c)).collect()
}

fn typical() -> SharedNotebook {
    notebook(
        "chinook",
        &[
            "SELECT name FROM artist ORDER BY name LIMIT 10;",
            "-- albums per artist\nSELECT ar.name, count(*) AS albums\nFROM artist ar\nJOIN album al ON al.artist_id = ar.artist_id\nGROUP BY ar.name\nORDER BY albums DESC;",
            "SELECT name, milliseconds / 60000.0 AS minutes\nFROM track\nWHERE milliseconds > 300000;",
        ],
    )
}

/// splitmix64: deterministic, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next() as u8).collect()
    }

    /// Text that deflate cannot shrink much: random picks from a 64-character alphabet.
    fn text(&mut self, len: usize) -> String {
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,";
        (0..len).map(|_| ALPHABET[self.below(ALPHABET.len())] as char).collect()
    }
}

/// A link around an arbitrary payload, to reach the checks past base64 and deflate.
fn link_for_payload(payload: &[u8]) -> String {
    format!("share=v2.{}", URL_SAFE_NO_PAD.encode(deflate::compress_to_vec(payload, LEVEL)))
}

fn with_checksum(body: &[u8]) -> Vec<u8> {
    let mut payload = adler2::adler32_slice(body).to_be_bytes().to_vec();
    payload.extend_from_slice(body);
    payload
}

fn compressed_of(fragment: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD.decode(fragment.strip_prefix("share=v2.").unwrap()).unwrap()
}

fn link_for_compressed(compressed: &[u8]) -> String {
    format!("share=v2.{}", URL_SAFE_NO_PAD.encode(compressed))
}

#[test]
fn a_notebook_survives_a_round_trip() {
    let shared = notebook(
        "chinook",
        &[
            "SELECT 'naïve café ☕ 🦀 日本語' AS text;",
            "-- two lines\nSELECT 1;\r\n",
            "SELECT '```' AS fence, '12:ab' AS colon;",
            "",
            "with\0nul",
            "",
        ],
    );
    let fragment = encode(&shared).unwrap();
    assert_eq!(decode(&fragment), Some(Ok(shared.clone())));
    assert_eq!(decode(&format!("#{fragment}")), Some(Ok(shared)));

    for edge in [notebook("books", &[]), notebook("", &[""]), notebook("empty", &["0:"])] {
        assert_eq!(decode(&encode(&edge).unwrap()), Some(Ok(edge)));
    }
}

#[test]
fn the_fragment_is_url_safe() {
    let mut rng = Rng(1);
    let mut notebooks = vec![typical()];
    // Random bytes (as text) exercise every base64url symbol, '-' and '_' included.
    notebooks.extend((0..20).map(|_| {
        let cell = String::from_utf8_lossy(&rng.bytes(300)).into_owned();
        SharedNotebook { dataset: "books".into(), cells: sql(vec![cell]) }
    }));
    let mut seen = std::collections::HashSet::new();
    for shared in notebooks {
        let fragment = encode(&shared).unwrap();
        let data = fragment.strip_prefix("share=v2.").unwrap();
        assert!(data.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{fragment}");
        seen.extend(data.bytes());
    }
    assert!(seen.contains(&b'-') && seen.contains(&b'_'), "the test should reach both");
}

#[test]
fn a_notebook_past_the_limit_is_too_long_with_its_length() {
    let mut rng = Rng(2);
    let shared =
        SharedNotebook { dataset: "chinook".into(), cells: sql(vec![rng.text(2000), rng.text(1000)]) };
    let full = fragment(&shared);
    // The count is that of a real, decodable encoding of this notebook.
    assert_eq!(decode(&full), Some(Ok(shared.clone())));
    assert!(full.len() > MAX_FRAGMENT_CHARS);
    assert_eq!(encode(&shared), Err(ShareError::TooLong { chars: full.len(), max: MAX_FRAGMENT_CHARS }));

    // Growing a cell crosses the limit exactly where the fragment does.
    let text = Rng(3).text(3000);
    let mut crossed = false;
    for len in (1000..3000).step_by(10) {
        let shared = notebook("books", &[&text[..len]]);
        match encode(&shared) {
            Ok(fragment) => {
                assert!(!crossed, "a longer cell fitted again at {len}");
                assert!(fragment.len() <= MAX_FRAGMENT_CHARS);
            }
            Err(ShareError::TooLong { chars, .. }) => {
                crossed = true;
                assert!(chars > MAX_FRAGMENT_CHARS);
            }
            Err(e) => panic!("{e}"),
        }
    }
    assert!(crossed);
}

#[test]
fn text_cells_keep_their_kind() {
    let shared = SharedNotebook {
        dataset: "books".into(),
        cells: vec![(CellKind::Text, "# Notes".into()), (CellKind::Sql, "SELECT 1;".into())],
    };
    assert_eq!(decode(&encode(&shared).unwrap()), Some(Ok(shared)));
}

#[test]
fn a_version_1_link_still_opens_with_every_cell_sql() {
    // Made by the version 1 writer: dataset "books", one cell "SELECT 1;".
    let body = b"5:books9:SELECT 1;";
    let link =
        format!("share=v1.{}", URL_SAFE_NO_PAD.encode(deflate::compress_to_vec(&with_checksum(body), LEVEL)));
    let expected = SharedNotebook { dataset: "books".into(), cells: sql(vec!["SELECT 1;".into()]) };
    assert_eq!(decode(&link), Some(Ok(expected)));
}

#[test]
fn an_unknown_cell_kind_is_damaged() {
    assert_eq!(decode(&link_for_payload(&with_checksum(b"5:books2:xA"))), Some(Err(ShareError::Damaged)));
    assert_eq!(decode(&link_for_payload(&with_checksum(b"5:books0:"))), Some(Err(ShareError::Damaged)));
}

#[test]
fn other_fragments_are_not_share_links() {
    for fragment in ["#/lesson/x", "/lesson/x", "", "#", "#share", "#shared=v1.abc", "#/share=v2.abc"] {
        assert_eq!(decode(fragment), None, "{fragment:?}");
    }
}

#[test]
fn a_truncated_link_is_damaged() {
    let fragment = encode(&typical()).unwrap();
    for len in "share=".len()..fragment.len() {
        assert_eq!(decode(&fragment[..len]), Some(Err(ShareError::Damaged)), "{len}");
    }
}

#[test]
fn a_flipped_bit_never_opens_a_different_notebook() {
    let shared = typical();
    let compressed = compressed_of(&encode(&shared).unwrap());
    let mut unchanged = 0;
    for bit in 0..compressed.len() * 8 {
        let mut flipped = compressed.clone();
        flipped[bit / 8] ^= 1 << (bit % 8);
        match decode(&link_for_compressed(&flipped)) {
            Some(Err(ShareError::Damaged)) => {}
            // Only the unused bits after deflate's end-of-block code may change nothing.
            Some(Ok(same)) if same == shared && bit / 8 == compressed.len() - 1 => unchanged += 1,
            other => panic!("bit {bit}: {other:?}"),
        }
    }
    assert!(unchanged < 8);
}

#[test]
fn other_versions_and_garbage_are_damaged() {
    let fragment = encode(&typical()).unwrap();
    let data = fragment.strip_prefix("share=v2.").unwrap();
    let damaged = [
        format!("share=v3.{data}"),
        format!("share=v1{data}"),
        format!("share=V2.{data}"),
        format!("share=v2.{data}="),
        format!("share=v2.{data}!"),
        format!("share=v2.{}", data.replace(['-', '_'], "+")),
        "share=".into(),
        "share=v2.".into(),
        "#share=v2.hello world".into(),
        "share=v2.AAAA".into(),
        "share=v2.🦀".into(),
    ];
    for fragment in damaged {
        assert_eq!(decode(&fragment), Some(Err(ShareError::Damaged)), "{fragment:?}");
    }
}

#[test]
fn a_well_compressed_but_malformed_payload_is_damaged() {
    let good = payload(&typical());
    let mut bad_checksum = good.clone();
    bad_checksum[0] ^= 1;
    let payloads = [
        bad_checksum,
        vec![],
        vec![0, 0, 0],
        with_checksum(b""),                          // no dataset
        with_checksum(b"5:abc"),                     // a field past the end
        with_checksum(b"5:books3"),                  // a length without its colon
        with_checksum(b"05:books"),                  // a non-canonical length
        with_checksum(b"+5:books"),                  // likewise
        with_checksum(b":books"),                    // no length
        with_checksum(b"2:\xff\xfe"),                // not UTF-8
        with_checksum(b"99999999999999999999999:x"), // a length past usize
    ];
    assert_eq!(decode(&link_for_payload(&good)), Some(Ok(typical())), "the helper itself works");
    for payload in payloads {
        assert_eq!(decode(&link_for_payload(&payload)), Some(Err(ShareError::Damaged)), "{payload:?}");
    }
}

#[test]
fn a_deflate_bomb_is_damaged() {
    // A well-formed notebook of 10 MB: it would decode but for the inflate limit.
    let bomb = SharedNotebook { dataset: "books".into(), cells: sql(vec!["0".repeat(10 << 20)]) };
    let fragment = fragment(&bomb);
    assert!(fragment.len() < 20_000, "{} characters", fragment.len());
    assert_eq!(decode(&fragment), Some(Err(ShareError::Damaged)));
}

#[test]
fn encode_never_hands_out_a_link_past_the_inflate_limit() {
    // The most compressible content there is, just past the limit, still does not fit a link.
    let shared = SharedNotebook { dataset: "books".into(), cells: sql(vec!["0".repeat(MAX_INFLATED_BYTES)]) };
    assert!(matches!(encode(&shared), Err(ShareError::TooLong { .. })));
}

#[test]
fn decode_never_panics_on_arbitrary_input() {
    let mut rng = Rng(4);
    let mut parsed = 0;
    for _ in 0..2000 {
        let len = rng.below(64);
        // Anything at all, with and without the marker.
        let text = String::from_utf8_lossy(&rng.bytes(len)).into_owned();
        decode(&text);
        assert!(decode(&format!("share=v2.{text}")).is_some());

        // Valid base64url: reaches inflate.
        let data = URL_SAFE_NO_PAD.encode(rng.bytes(len));
        assert!(decode(&format!("share=v2.{data}")).is_some());

        // Valid deflate around random bytes: reaches the checksum.
        assert_eq!(decode(&link_for_payload(&rng.bytes(len))).unwrap().ok(), None);

        // Valid checksum around field-like bodies, some lengths off or padded: reaches the
        // parser. What parses must be exactly what `payload` writes, so a link has one reading.
        let mut body = Vec::new();
        for _ in 0..rng.below(4) {
            let content: Vec<u8> = (0..rng.below(4)).map(|_| b"a:1\xff"[rng.below(4)]).collect();
            let len = match rng.below(4) {
                0 => format!("0{}", content.len()),
                1 => (content.len() + 1).to_string(),
                _ => content.len().to_string(),
            };
            body.extend_from_slice(len.as_bytes());
            body.push(b':');
            body.extend_from_slice(&content);
        }
        let candidate = with_checksum(&body);
        if let Some(Ok(shared)) = decode(&link_for_payload(&candidate)) {
            assert_eq!(payload(&shared), candidate);
            parsed += 1;
        }
    }
    assert!(parsed > 100, "only {parsed} bodies parsed: the loop should reach the parser's success path");
}

#[test]
fn a_typical_notebook_makes_a_short_link() {
    let fragment = encode(&typical()).unwrap();
    assert!(fragment.len() < 400, "{} characters", fragment.len());
}
