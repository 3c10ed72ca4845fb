//! The extraction result for one report: plain data handed from the
//! pipeline to the renderers. Nothing here knows how it was found or how it
//! will be written.

use crate::extract::{Bound, Change, Kind};
use serde::{Deserialize, Serialize};

/// What the `doc` record says about a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocMeta {
    /// File name without extension.
    pub name: String,
    pub place: Option<String>,
    pub province: Option<String>,
    /// ISO date the report states it was published.
    pub published: Option<String>,
    /// `simplified` or `traditional`.
    pub script: String,
    /// Characters in the decoded text.
    pub chars: usize,
    /// SHA-256 of the decoded text as UTF-8, lower-case hex.
    pub sha256: String,
}

/// One numeric mention with everything a reader needs to use and cite it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub start: usize,
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// The span exactly as written.
    pub text: String,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: String,
    pub kind: Kind,
    pub bound: Bound,
    pub change: Option<Change>,
    pub subject: Option<String>,
    pub place: Option<String>,
    pub period: Option<String>,
    pub metric: Option<String>,
    /// The sentence holding the span, as written, and where it starts.
    pub sentence: String,
    pub sentence_start: usize,
    /// The calendar year `period` refers to: stated in it, or resolved from
    /// `今年`/`去年` against the publication date.
    pub period_year: Option<u32>,
    /// The sentence in normalized (simplified) script, and the mention's
    /// byte offset in it: what indicators are matched against.
    pub norm_sentence: String,
    pub norm_offset: usize,
}

/// A named measure the report's place carries out (claims.md §2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    /// Simplified script, without quotation marks.
    pub name: String,
    pub quoted: bool,
    /// Character offset of the first appearance in the original text.
    pub start: usize,
    pub count: usize,
    /// Line and sentence of the first appearance.
    pub line: usize,
    pub sentence: String,
    pub sentence_start: usize,
}

/// An honor the report's place received (claims.md §3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Honor {
    /// Simplified script.
    pub name: String,
    pub year: Option<u32>,
    /// Character offset of the first appearance in the original text.
    pub start: usize,
    pub line: usize,
    pub sentence: String,
    pub sentence_start: usize,
}

/// Everything extracted from one report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub meta: DocMeta,
    /// Ordered by `start`.
    pub claims: Vec<Claim>,
    /// Ordered by first appearance.
    pub measures: Vec<Measure>,
    /// Ordered by first appearance.
    pub honors: Vec<Honor>,
}

impl Report {
    /// Moves every offset and line of a part of a report to where the part
    /// stands in the whole: after `chars` characters and `lines` lines.
    pub fn shift(&mut self, chars: usize, lines: usize) {
        for c in &mut self.claims {
            c.start += chars;
            c.end += chars;
            c.sentence_start += chars;
            c.line += lines;
        }
        for m in &mut self.measures {
            m.start += chars;
            m.sentence_start += chars;
            m.line += lines;
        }
        for h in &mut self.honors {
            h.start += chars;
            h.sentence_start += chars;
            h.line += lines;
        }
    }
}

/// The measures and honors of a report read in parts, each once: a
/// measure's first appearance, whether any part quoted it and how often it
/// appeared in all; an honor's first appearance.
#[derive(Debug, Default)]
pub struct NamesSoFar {
    measures: std::collections::BTreeMap<String, Measure>,
    honors: std::collections::BTreeMap<String, Honor>,
}

impl NamesSoFar {
    /// Adds one part's names (parts in order).
    pub fn add(&mut self, measures: Vec<Measure>, honors: Vec<Honor>) {
        for m in measures {
            match self.measures.get_mut(&m.name) {
                Some(known) => {
                    known.quoted |= m.quoted;
                    known.count += m.count;
                }
                None => {
                    self.measures.insert(m.name.clone(), m);
                }
            }
        }
        for h in honors {
            self.honors.entry(h.name.clone()).or_insert(h);
        }
    }

    /// Measures and honors ordered by first appearance.
    pub fn finish(self) -> (Vec<Measure>, Vec<Honor>) {
        let mut measures: Vec<Measure> = self.measures.into_values().collect();
        measures.sort_by(|a, b| (a.start, &a.name).cmp(&(b.start, &b.name)));
        let mut honors: Vec<Honor> = self.honors.into_values().collect();
        honors.sort_by(|a, b| (a.start, &a.name).cmp(&(b.start, &b.name)));
        (measures, honors)
    }
}

/// Lower-case hexadecimal digits of `bytes`, as digests are written.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    bytes.iter().flat_map(|&b| [DIGITS[usize::from(b >> 4)] as char, DIGITS[usize::from(b & 15)] as char]).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn hex_digits_are_lower_case_and_padded() {
        assert_eq!(super::hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(super::hex(&[]), "");
    }
}
