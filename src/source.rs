//! Source locations: from character offsets in a report to its line number,
//! its exact text and the sentence that holds it, so every figure can cite
//! where it came from.

use crate::normalize::MarkIndex;

/// Whether `c` ends a sentence of the original text (a line break does too).
fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '\n')
}

/// Character-indexed view of one report's original text.
pub struct SourceText<'a> {
    text: &'a str,
    /// Byte offset of every character, plus the text's length at the end.
    bytes: Vec<usize>,
    /// Character offsets where each line starts.
    line_starts: Vec<usize>,
    /// Where the sentence-ending marks stand.
    ends: MarkIndex,
}

impl<'a> SourceText<'a> {
    pub fn new(text: &'a str) -> Self {
        // One pass over the text fills all three tables.
        let mut bytes = Vec::with_capacity(text.len() / 2 + 1);
        let mut line_starts = vec![0];
        let mut ends = Vec::new();
        for (b, c) in text.char_indices() {
            if is_sentence_end(c) {
                ends.push(bytes.len());
                if c == '\n' {
                    line_starts.push(bytes.len() + 1);
                }
            }
            bytes.push(b);
        }
        bytes.push(text.len());
        SourceText { text, bytes, line_starts, ends: MarkIndex::from_sorted(ends) }
    }

    /// Character `i` (`i < len()`).
    fn char_at(&self, i: usize) -> char {
        self.text[self.bytes[i]..].chars().next().unwrap_or('\0')
    }

    /// Number of characters.
    pub fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text of characters `[start, end)`.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let end = end.min(self.len());
        let start = start.min(end);
        &self.text[self.bytes[start]..self.bytes[end]]
    }

    /// The 1-based line holding character `at`.
    pub fn line(&self, at: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= at)
    }

    /// Character range of the sentence holding `[start, end)`, trimmed of
    /// surrounding whitespace; the ending punctuation is kept.
    pub fn sentence_span(&self, start: usize, end: usize) -> (usize, usize) {
        // A sentence reaches at most this far either side of the span (see
        // normalize::SENTENCE_REACH): a line with no full stop is not one sentence.
        let reach = crate::normalize::SENTENCE_REACH;
        let len = self.len();
        let floor = start.min(len).saturating_sub(reach);
        // A mark just before the floor still starts the sentence at the floor.
        let s = match self.ends.last_in(floor.saturating_sub(1), start.min(len)) {
            Some(p) => p + 1,
            None if floor == 0 => 0,
            None => crate::normalize::tile_start(start).min(start),
        };
        let from = end.max(s).min(len);
        let ceiling = (from + reach).min(len);
        let e = match self.ends.first_in(from, ceiling) {
            Some(p) => p,
            None if ceiling == len => len,
            None => (crate::normalize::tile_start(end.max(1) - 1) + reach).clamp(end, len),
        };
        closed_and_trimmed(|i| self.char_at(i), len, s, e)
    }

    /// The sentence holding `[start, end)`.
    pub fn sentence(&self, start: usize, end: usize) -> &'a str {
        let (s, e) = self.sentence_span(start, end);
        self.slice(s, e)
    }
}

/// The sentence `[s, e)` with its closing mark (not a line break) and
/// without the whitespace around it.
fn closed_and_trimmed(char_at: impl Fn(usize) -> char, len: usize, mut s: usize, mut e: usize) -> (usize, usize) {
    if e < len && char_at(e) != '\n' {
        e += 1;
    }
    while s < e && char_at(s).is_whitespace() {
        s += 1;
    }
    while e > s && char_at(e - 1).is_whitespace() {
        e -= 1;
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The sentence span found by walking the characters.
    fn walked(chars: &[char], start: usize, end: usize) -> (usize, usize) {
        let reach = crate::normalize::SENTENCE_REACH;
        let mut s = start.min(chars.len());
        let floor = s.saturating_sub(reach);
        while s > floor && !is_sentence_end(chars[s - 1]) {
            s -= 1;
        }
        if s == floor && s > 0 && !is_sentence_end(chars[s - 1]) {
            s = crate::normalize::tile_start(start).min(start);
        }
        let mut e = end.max(s).min(chars.len());
        let ceiling = (e + reach).min(chars.len());
        while e < ceiling && !is_sentence_end(chars[e]) {
            e += 1;
        }
        if e == ceiling && e < chars.len() {
            e = (crate::normalize::tile_start(end.max(1) - 1) + reach).clamp(end, chars.len());
        }
        closed_and_trimmed(|i| chars[i], chars.len(), s, e)
    }

    proptest! {
        #[test]
        fn sentence_spans_agree_with_a_walk(
            text in crate::normalize::sentence_test_text(&['。', '！', '？', '!', '?', '\n', ' ', ',']),
            widths in proptest::collection::vec(0usize..8, 1..4),
        ) {
            let src = SourceText::new(&text);
            let chars: Vec<char> = text.chars().collect();
            for start in 0..=src.len() {
                for &w in &widths {
                    let end = (start + w).min(src.len());
                    prop_assert_eq!(src.sentence_span(start, end), walked(&chars, start, end), "at {}..{}", start, end);
                }
            }
        }
    }

    #[test]
    fn lines_slices_and_sentences() {
        let text = "标题\n  累计兑付116.4亿元。惠及企业7000余家!\n末行";
        let src = SourceText::new(text);
        let at = text.chars().position(|c| c == '1').unwrap();
        assert_eq!(src.slice(at, at + 7), "116.4亿元");
        assert_eq!(src.line(at), 2);
        assert_eq!(src.line(0), 1);
        assert_eq!(src.sentence(at, at + 7), "累计兑付116.4亿元。");
        let later = text.chars().position(|c| c == '7').unwrap();
        assert_eq!(src.sentence(later, later + 4), "惠及企业7000余家!");
        assert_eq!(src.sentence(src.len() - 1, src.len()), "末行");
    }
}
