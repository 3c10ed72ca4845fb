//! Run-limited regex search: the same matches as a regex over a whole text,
//! found by running it only on the stretches that can hold one.
//!
//! The date and period patterns are built of a few dozen characters and
//! every match holds one of a handful of anchors (`年`, `月`, `季`…). A
//! match therefore lies inside one maximal run of the pattern's characters
//! that holds an anchor. Anchors are found with memchr's SIMD substring
//! search, one anchor at a time (for a few anchors that all begin with the
//! same UTF-8 lead bytes this is many times faster than one multi-pattern
//! search), so the slow part (the regex's automaton, a byte at a time) sees
//! a small share of the text instead of all of it. A pattern with many
//! anchors (the honor titles and their endings) has them found by its
//! caller and passed to [`RunRegex::find_around`].

use memchr::memmem::Finder;
use regex::Regex;

/// A regex with the characters its matches are made of and the anchors
/// each match holds.
pub struct RunRegex {
    regex: Regex,
    anchors: Vec<Finder<'static>>,
    in_run: fn(char) -> bool,
}

impl RunRegex {
    /// `regex` must have no assertions (`^`, `$`, `\b`), must not match the
    /// empty string, every match must consist of characters for which
    /// `in_run` holds, and hold at least one of `anchors` (themselves made of
    /// such characters). The tests check these against random text. With
    /// many anchors, pass none and find them with [`RunRegex::find_around`].
    pub fn new(regex: Regex, anchors: &[&str], in_run: fn(char) -> bool) -> RunRegex {
        let anchors = anchors.iter().map(|a| Finder::new(a.as_bytes()).into_owned()).collect();
        RunRegex { regex, anchors, in_run }
    }

    /// Byte ranges of the matches in `text`: exactly those of
    /// `regex.find_iter(text)`, in order.
    pub fn find_iter(&self, text: &str) -> Vec<(usize, usize)> {
        let mut anchors: Vec<(usize, usize)> = Vec::new();
        for finder in &self.anchors {
            let len = finder.needle().len();
            anchors.extend(finder.find_iter(text.as_bytes()).map(|at| (at, at + len)));
        }
        self.find_around(text, anchors)
    }

    /// The same as [`RunRegex::find_iter`] with the anchors found by the
    /// caller (for a regex built with none): `anchors` are byte ranges of
    /// anchors in `text`, at least one inside every run that holds one.
    pub fn find_around(&self, text: &str, mut anchors: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
        anchors.sort_unstable();
        let mut found = Vec::new();
        // Text before `done` has been searched (or cannot hold a match).
        let mut done = 0;
        for (anchor_start, anchor_end) in anchors {
            if anchor_start < done {
                continue;
            }
            let start = text[done..anchor_start]
                .char_indices()
                .rev()
                .find(|&(_, c)| !(self.in_run)(c))
                .map_or(done, |(at, c)| done + at + c.len_utf8());
            let end = text[anchor_start..]
                .char_indices()
                .find(|&(_, c)| !(self.in_run)(c))
                .map_or(text.len(), |(at, _)| anchor_start + at)
                .max(anchor_end);
            found.extend(self.regex.find_iter(&text[start..end]).map(|m| (start + m.start(), start + m.end())));
            done = end;
        }
        found
    }

    /// The regex itself (the tests compare with a whole-text search).
    pub fn regex(&self) -> &Regex {
        &self.regex
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn digits_and_years() -> RunRegex {
        let regex = Regex::new(r"\d{4}年(?:\d{1,2}月)?|今年").unwrap();
        RunRegex::new(regex, &["年"], |c| c.is_numeric() || matches!(c, '年' | '月' | '今'))
    }

    #[test]
    fn same_matches_as_the_whole_text() {
        let re = digits_and_years();
        let text = "2023年1-7月,今年以来增长9.1%;2024年3月底,去年";
        let whole: Vec<(usize, usize)> = re.regex().find_iter(text).map(|m| (m.start(), m.end())).collect();
        assert_eq!(re.find_iter(text), whole);
        assert_eq!(whole.len(), 3);
    }

    proptest! {
        #[test]
        fn agrees_with_the_regex(text in "[0-9年月今去,。 a一]{0,40}") {
            let re = digits_and_years();
            let whole: Vec<(usize, usize)> = re.regex().find_iter(&text).map(|m| (m.start(), m.end())).collect();
            prop_assert_eq!(re.find_iter(&text), whole);
        }
    }
}
