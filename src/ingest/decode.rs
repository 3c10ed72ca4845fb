//! Bytes to text: BOMs first, then strict UTF-8, then a detector for the
//! legacy Chinese encodings (GB18030/GBK, Big5) that real report pages use.
//!
//! chardetng does the guessing (it is the detector Firefox uses for legacy
//! web content, so it is tuned on exactly the pages our reports come from);
//! encoding_rs does the decoding.

use anyhow::{Result, bail};
use encoding_rs::{BIG5, Encoding as RsEncoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

/// An encoding a user may force with `--encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Encoding(&'static RsEncoding);

impl Encoding {
    /// Looks an encoding up by a WHATWG label (`utf-8`, `gbk`, `gb18030`, `big5`, `utf-16le`…).
    pub fn from_label(label: &str) -> Option<Self> {
        RsEncoding::for_label(label.trim().as_bytes()).map(Encoding)
    }
}

#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Share of replacement characters above which a decode is taken as failed.
const MAX_BAD_SHARE: f64 = 0.02;

pub fn decode(bytes: &[u8], forced: Option<Encoding>) -> Result<Decoded> {
    if let Some(Encoding(enc)) = forced {
        return finish(bytes, enc, true);
    }
    if let Some((enc, _)) = RsEncoding::for_bom(bytes) {
        return finish(bytes, enc, true);
    }
    if let Some(enc) = sniff_utf16(bytes) {
        return finish(bytes, enc, true);
    }
    if bytes.contains(&0) {
        bail!("not a text file (it holds NUL bytes)");
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return checked(text.to_owned(), UTF_8);
    }
    // Mostly UTF-8 with a few bad bytes (a page cut mid-character): keep it UTF-8.
    let (lossy, _, _) = UTF_8.decode(bytes);
    if Counts::of(&lossy).bad_share() <= MAX_BAD_SHARE {
        return checked(lossy.into_owned(), UTF_8);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    // GBK text is decoded as GB18030, its superset.
    let enc = if guess == encoding_rs::GBK { GB18030 } else { guess };
    if enc != GB18030 && enc != BIG5 {
        // The detector only ever sees non-UTF-8 bytes here; anything but the
        // Chinese encodings is more likely binary than a report.
        for candidate in [GB18030, BIG5] {
            if let Ok(done) = finish(bytes, candidate, false) {
                return Ok(done);
            }
        }
    }
    finish(bytes, enc, false)
}

/// UTF-16 without a BOM shows as every other byte NUL in ASCII-heavy text.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static RsEncoding> {
    if bytes.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(512)];
    let zeros_at = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let half = sample.len() / 2;
    if zeros_at(1) * 10 >= half * 9 && zeros_at(0) == 0 {
        Some(UTF_16LE)
    } else if zeros_at(0) * 10 >= half * 9 && zeros_at(1) == 0 {
        Some(UTF_16BE)
    } else {
        None
    }
}

fn finish(bytes: &[u8], enc: &'static RsEncoding, trusted: bool) -> Result<Decoded> {
    let (text, used, had_errors) = enc.decode(bytes);
    if had_errors && !trusted && Counts::of(&text).bad_share() > MAX_BAD_SHARE {
        bail!("not decodable as {}", used.name());
    }
    checked(text.into_owned(), used)
}

fn checked(text: String, enc: &'static RsEncoding) -> Result<Decoded> {
    let counts = Counts::of(&text);
    if counts.nul {
        bail!("not a text file (it holds NUL characters)");
    }
    if counts.controls * 50 > counts.total.max(1) {
        bail!("not a text file (too many control characters as {})", enc.name());
    }
    if counts.bad_share() > MAX_BAD_SHARE * 5.0 {
        bail!("not decodable as {}", enc.name());
    }
    Ok(Decoded { text, encoding: enc.name() })
}

/// What the checks on a decoded text look at, counted in one pass.
struct Counts {
    /// Characters.
    total: usize,
    /// Whether a NUL character occurs.
    nul: bool,
    /// Control characters other than whitespace.
    controls: usize,
    /// Replacement characters (`U+FFFD`) left by bytes that did not decode.
    bad: usize,
}

impl Counts {
    fn of(text: &str) -> Counts {
        let mut counts = Counts { total: 0, nul: false, controls: 0, bad: 0 };
        for c in text.chars() {
            counts.total += 1;
            if c.is_control() {
                counts.nul |= c == '\0';
                counts.controls += usize::from(!c.is_whitespace());
            }
            counts.bad += usize::from(c == '\u{FFFD}');
        }
        counts
    }

    /// The share of characters that did not decode.
    fn bad_share(&self) -> f64 {
        if self.total == 0 { 0.0 } else { self.bad as f64 / self.total as f64 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "打造“企業最有感”營商環境,2023年1-7月,湖州規上工業利潤增長9.1%。累计兑付116.4億元。";

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode(SAMPLE.as_bytes(), None).unwrap();
        assert_eq!(plain.text, SAMPLE);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(SAMPLE.as_bytes());
        let with = decode(&bom, None).unwrap();
        assert_eq!(with.text, SAMPLE, "the BOM is not part of the text");
    }

    #[test]
    fn utf16_both_orders_with_bom() {
        for (bom, be) in [([0xFF, 0xFE], false), ([0xFE, 0xFF], true)] {
            let mut bytes = bom.to_vec();
            for unit in SAMPLE.encode_utf16() {
                let pair = if be { unit.to_be_bytes() } else { unit.to_le_bytes() };
                bytes.extend_from_slice(&pair);
            }
            assert_eq!(decode(&bytes, None).unwrap().text, SAMPLE);
        }
    }

    #[test]
    fn gbk_and_big5_are_detected() {
        let simplified = "市场主体达到10.8万户,审批时限压缩74%,营商环境评价连续三年获评优异等次。";
        let (gbk, _, _) = GB18030.encode(simplified);
        let got = decode(&gbk, None).unwrap();
        assert_eq!(got.text, simplified);

        let traditional = "湖州市優化營商環境典型做法,累計兌付116.4億元,惠及企業7000餘家。";
        let (big5, _, _) = BIG5.encode(traditional);
        let got = decode(&big5, None).unwrap();
        assert_eq!(got.text, traditional);
        assert_eq!(got.encoding, "Big5");
    }

    #[test]
    fn forced_encoding_wins() {
        let (gbk, _, _) = GB18030.encode("营商环境");
        let got = decode(&gbk, Encoding::from_label("gbk")).unwrap();
        assert_eq!(got.text, "营商环境");
    }

    #[test]
    fn binary_is_refused() {
        let png = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R'];
        let err = decode(&png, None).unwrap_err().to_string();
        assert!(err.contains("not a text file"), "{err}");
    }

    #[test]
    fn empty_is_empty_text() {
        assert_eq!(decode(b"", None).unwrap().text, "");
    }

    #[test]
    fn a_cut_last_character_keeps_utf8() {
        let mut bytes = SAMPLE.as_bytes().to_vec();
        bytes.extend_from_slice(&"營".as_bytes()[..2]);
        let got = decode(&bytes, None).unwrap();
        assert_eq!(got.encoding, "UTF-8");
        assert!(got.text.starts_with(SAMPLE));
    }
}
