//! Normalize: a matching copy of the report, with a map back to the original.
//!
//! Owns every rewrite done for matching only: full-width forms to ASCII,
//! traditional to simplified script, invisible characters, whitespace inside
//! running Chinese text, and pinyin glosses such as `當(dāng)前`. The
//! original text is never changed; [`NormalizedDoc::orig`] maps each
//! normalized character back to the original character it came from, so the
//! extractor can cite spans in the report exactly as written.

use regex::Regex;
use std::sync::LazyLock;

/// Which script a report is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Simplified,
    Traditional,
}

impl Script {
    pub fn as_str(self) -> &'static str {
        match self {
            Script::Simplified => "simplified",
            Script::Traditional => "traditional",
        }
    }
}

/// The normalized text of one report.
#[derive(Debug, Clone)]
pub struct NormalizedDoc {
    /// Normalized characters, for scanning by index.
    pub chars: Vec<char>,
    /// `orig[i]` is the index, in the original text's characters, of `chars[i]`.
    pub orig: Vec<usize>,
    /// Han characters in the text, and how many of them conversion changed
    /// (what [`NormalizedDoc::script`] is judged from; parts of a report add
    /// them up).
    pub han: usize,
    pub converted: usize,
    /// Number of characters in the original text.
    pub orig_len: usize,
    /// The normalized text as a string, for regexes and substring search;
    /// [`NormalizedDoc::index`] maps its byte offsets to indices in `chars`.
    pub text: String,
    pub index: CharIndex,
    /// Where the sentence-ending marks of `chars` stand.
    pub ends: MarkIndex,
    /// Where the line breaks of `chars` stand.
    pub breaks: MarkIndex,
    /// Where a tab stood between two cells of a table row (dropped with the
    /// spaces around it): the offset in `chars` of what follows it (of the
    /// one space kept between two ASCII words), in order.
    pub tabs: Vec<usize>,
}

impl NormalizedDoc {
    /// Original character range `[start, end)` for normalized range `[from, to)`.
    pub fn orig_span(&self, from: usize, to: usize) -> (usize, usize) {
        debug_assert!(from < to && to <= self.chars.len());
        (self.orig[from], self.orig[to - 1] + 1)
    }

    /// The script of the original text.
    pub fn script(&self) -> Script {
        script_of(self.han, self.converted)
    }

    /// Start of the sentence holding normalized offset `at`. With no
    /// sentence end within [`SENTENCE_REACH`], text is cut into fixed tiles
    /// of that size, so neighbouring figures share one window (and one
    /// segmentation).
    pub fn sentence_start(&self, at: usize) -> usize {
        let at = at.min(self.chars.len());
        self.ends.last_in(at.saturating_sub(SENTENCE_REACH), at).map_or(tile_start(at), |p| p + 1)
    }

    /// End (exclusive, before its closing mark) of the sentence holding
    /// `at`; the end of its tile when no sentence end is near (see
    /// [`NormalizedDoc::sentence_start`]).
    pub fn sentence_end(&self, at: usize) -> usize {
        let len = self.chars.len();
        let at = at.min(len);
        let tile_end = (tile_start(at) + SENTENCE_REACH).min(len);
        self.ends.first_in(at, (at + SENTENCE_REACH).min(len)).unwrap_or(tile_end)
    }

    /// Start of the line holding `at`, looking back at most `reach`
    /// characters (`at - reach` if no line break is that near): what
    /// [`bounded_start`] with a line break finds, without the walk.
    pub fn line_start(&self, at: usize, reach: usize) -> usize {
        let at = at.min(self.chars.len());
        let from = at.saturating_sub(reach);
        self.breaks.last_in(from, at).map_or(from, |p| p + 1)
    }

    /// The tabs (see [`NormalizedDoc::tabs`]) at offsets in `[from, to]`.
    pub fn tabs_in(&self, from: usize, to: usize) -> &[usize] {
        let first = self.tabs.partition_point(|&t| t < from);
        &self.tabs[first..first + self.tabs[first..].partition_point(|&t| t <= to)]
    }

    /// The heading of the table column holding offset `at`, as a range of
    /// `chars` with no space around it: the cell in the same column of the
    /// table's first row, a table being consecutive lines with tabs. None
    /// outside a table, in its first row or its first column.
    pub fn column_heading(&self, at: usize) -> Option<(usize, usize)> {
        let row = self.line_start(at, MAX_ROW_CHARS);
        let column = self.tabs_in(row + 1, at).len();
        if column == 0 {
            return None;
        }
        let mut heading = row;
        for _ in 0..MAX_TABLE_ROWS {
            let Some(end) = heading.checked_sub(1) else { break };
            let above = self.line_start(end, MAX_ROW_CHARS);
            if self.tabs_in(above + 1, end).is_empty() {
                break;
            }
            heading = above;
        }
        if heading == row {
            return None;
        }
        let line_end = self.chars[heading..].iter().position(|&c| c == '\n').map_or(self.chars.len(), |p| heading + p);
        let breaks = self.tabs_in(heading + 1, line_end);
        let (mut start, mut end) = (*breaks.get(column - 1)?, breaks.get(column).copied().unwrap_or(line_end));
        while start < end && self.chars[start].is_whitespace() {
            start += 1;
        }
        while end > start && self.chars[end - 1].is_whitespace() {
            end -= 1;
        }
        (start < end).then_some((start, end))
    }

    /// Character index in `chars` of byte offset `byte` in `text`.
    pub fn char_at(&self, byte: usize) -> usize {
        self.index.at(byte)
    }

    /// The normalized text of characters `[from, to)`.
    pub fn slice(&self, from: usize, to: usize) -> &str {
        let len = self.text.len();
        &self.text[self.index.byte_of(from, len)..self.index.byte_of(to, len)]
    }
}

/// Builds the normalized copy of `original`.
pub fn normalize(original: &str) -> NormalizedDoc {
    let mut dropped = pinyin_glosses(original);
    for i in wrapped_breaks(original) {
        if dropped.len() <= i {
            dropped.resize(i + 1, false);
        }
        dropped[i] = true;
    }
    // Chinese text takes three bytes a character.
    let mut chars = Vec::with_capacity(original.len() / 2);
    let mut orig = Vec::with_capacity(original.len() / 2);
    let mut source = original.chars().enumerate().peekable();
    let mut orig_len = 0;
    let mut tabs = Vec::new();
    let (special, no_glosses) = (&*SPECIAL, dropped.is_empty());
    while let Some((i, c)) = source.next() {
        orig_len = i + 1;
        // Most characters are kept as they are: one bit test says so.
        if no_glosses && !special.contains(c) {
            chars.push(c);
            orig.push(i);
            continue;
        }
        if dropped.get(i).copied().unwrap_or(false) || is_invisible(c) {
            continue;
        }
        // A bullet opening a line stays: paragraphs are read by it.
        if is_pictograph(c) && chars.last().is_some_and(|&b| b != '\n') {
            continue;
        }
        if is_inline_space(c) {
            let mut tab = c == '\t';
            while let Some(&(j, n)) = source.peek().filter(|&&(_, n)| is_inline_space(n)) {
                orig_len = j + 1;
                tab |= n == '\t';
                source.next();
            }
            if tab {
                tabs.push(chars.len());
            }
            let before = chars.last().copied();
            let after = source.peek().map(|&(_, n)| n);
            if before.is_some_and(is_ascii_word) && after.map(fold_width).is_some_and(is_ascii_word) {
                chars.push(' ');
                orig.push(i);
            }
            continue;
        }
        chars.push(fold_width(c));
        orig.push(i);
    }
    circles_to_zeros(&mut chars);
    pair_straight_quotes(&mut chars);
    let (han, converted) = to_simplified(&mut chars);
    let (text, index, ends, breaks) = CharIndex::text_of(&chars);
    NormalizedDoc { chars, orig, han, converted, orig_len, text, index, ends, breaks, tabs }
}

/// The characters `normalize` does not keep as they are: invisible ones,
/// pictographs, spaces, and those whose width it folds.
static SPECIAL: LazyLock<CharClass> = LazyLock::new(|| {
    CharClass::new(|c| is_invisible(c) || is_pictograph(c) || is_inline_space(c) || fold_width(c) != c)
});

/// Pictographs: emoji, tiles, cards and the dingbats among symbols. Some
/// pages sow them between the characters of a sentence to spoil copying
/// (`新增市场主体1🟢200户`, `全省第🌏8位`); they say nothing a figure or a
/// name needs, so they are dropped, but for a bullet opening a line
/// (`★湘潭县`).
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{1F000}'..='\u{1FAFF}')
}

/// Converts traditional characters to simplified in place, one for one, and
/// says which script the text was in.
///
/// hanconv converts with OpenCC's phrase tables (so 回覆 becomes 回复 while
/// 覆盖 stays); a line whose conversion would change its length is converted
/// character by character instead, so the offset map stays one to one.
fn to_simplified(chars: &mut [char]) -> (usize, usize) {
    let mut han = 0usize;
    let mut changed = 0usize;
    let mut start = 0;
    while start < chars.len() {
        let end = chars[start..].iter().position(|&c| c == '\n').map_or(chars.len(), |p| start + p + 1);
        let line = &mut chars[start..end];
        han += line.iter().filter(|&&c| is_han(c)).count();
        start = end;
        if !may_convert(line) {
            continue;
        }
        let text: String = line.iter().collect();
        let converted: Vec<char> = hanconv::t2s(&text).chars().collect();
        if converted.len() == line.len() {
            changed += line.iter().zip(&converted).filter(|(a, b)| a != b).count();
            line.copy_from_slice(&converted);
        } else {
            for c in line.iter_mut() {
                let one: Vec<char> = hanconv::t2s(c.to_string()).chars().collect();
                if let [s] = one[..] {
                    changed += usize::from(s != *c);
                    *c = s;
                }
            }
        }
    }
    (han, changed)
}

/// The script of a text with `han` Han characters of which conversion
/// changed `changed`.
pub fn script_of(han: usize, changed: usize) -> Script {
    // A simplified report may quote a traditional name or two; a traditional
    // one changes on almost every line.
    if changed >= 5 && changed * 25 >= han { Script::Traditional } else { Script::Simplified }
}

/// A set of characters as one bit per code point, for membership tests in
/// the scans over every character of a report. Code points past the CJK
/// extension planes are not stored; the set answers "maybe" for them.
pub struct CharSet(Vec<u64>);

impl CharSet {
    const LIMIT: usize = 0x3_0000;

    pub fn new() -> CharSet {
        CharSet(vec![0; CharSet::LIMIT / 64])
    }

    pub fn insert(&mut self, c: char) {
        let c = c as usize;
        if c < CharSet::LIMIT {
            self.0[c / 64] |= 1 << (c % 64);
        }
    }

    /// Whether `c` is in the set (always true beyond the stored range).
    pub fn may_contain(&self, c: char) -> bool {
        let c = c as usize;
        c >= CharSet::LIMIT || self.0[c / 64] & (1 << (c % 64)) != 0
    }
}

/// A test on characters, answered from a bit per character for every
/// character a [`CharSet`] holds (the test is asked once for each, when the
/// class is built) and by the test itself beyond: for the tests that scans
/// ask of every character of a report.
pub struct CharClass {
    set: CharSet,
    test: fn(char) -> bool,
}

impl CharClass {
    pub fn new(test: fn(char) -> bool) -> CharClass {
        let mut set = CharSet::new();
        (0..CharSet::LIMIT as u32).filter_map(char::from_u32).filter(|&c| test(c)).for_each(|c| set.insert(c));
        CharClass { set, test }
    }

    /// Whether `test(c)` holds.
    pub fn contains(&self, c: char) -> bool {
        if (c as usize) < CharSet::LIMIT { self.set.may_contain(c) } else { (self.test)(c) }
    }
}

impl Default for CharSet {
    fn default() -> CharSet {
        CharSet::new()
    }
}

/// What the converter (OpenCC's tables) may change: characters it converts
/// on their own, and the phrases it converts as a whole.
struct Convertible {
    /// Characters with a simplified form of their own.
    chars: CharSet,
    /// First characters of the phrases that convert, and the phrases by them.
    phrase_starts: CharSet,
    phrases: rustc_hash::FxHashMap<char, Vec<Vec<char>>>,
}

static CONVERTIBLE: LazyLock<Convertible> = LazyLock::new(|| {
    let mut chars = CharSet::new();
    let mut phrase_starts = CharSet::new();
    let mut phrases: rustc_hash::FxHashMap<char, Vec<Vec<char>>> = Default::default();
    for (key, value) in hanconv::Dictionary::TSCharacters.iter().chain(hanconv::Dictionary::TSPhrases.iter()) {
        let mut it = key.chars();
        match (it.next(), it.next()) {
            (Some(c), None) if key != value => chars.insert(c),
            (Some(c), Some(_)) if key != value => {
                phrase_starts.insert(c);
                phrases.entry(c).or_default().push(key.chars().collect());
            }
            _ => {}
        }
    }
    Convertible { chars, phrase_starts, phrases }
});

/// Whether OpenCC's traditional-to-simplified conversion can change `line`:
/// it holds a character that converts, or a phrase that does. Most lines of
/// a simplified report hold neither and are left alone without asking the
/// converter.
fn may_convert(line: &[char]) -> bool {
    let table = &*CONVERTIBLE;
    (0..line.len()).any(|i| {
        let c = line[i];
        // ASCII never converts.
        !c.is_ascii()
            && (table.chars.may_contain(c)
                || (table.phrase_starts.may_contain(c)
                    && table.phrases.get(&c).is_some_and(|ps| ps.iter().any(|p| line[i..].starts_with(p)))))
    })
}

/// The tone-marked vowels every gloss holds; most reports have none.
const TONED: &[char] = &[
    'ā', 'á', 'ǎ', 'à', 'ē', 'é', 'ě', 'è', 'ī', 'í', 'ǐ', 'ì', 'ō', 'ó', 'ǒ', 'ò', 'ū', 'ú', 'ǔ', 'ù', 'ǖ', 'ǘ', 'ǚ',
    'ǜ', 'ń', 'ň', 'ǹ',
];

/// The fewest glosses with no space after them that make a glossed text:
/// one or two could be letters in brackets (`条款(a)项`).
const MIN_TIGHT_GLOSSES: usize = 3;

/// Pinyin glosses after Han characters, `區(qū)域`: marks the characters to
/// drop. Some pages gloss without tones and set a space after the gloss
/// (`企業(ye) 生存`, `會(hui) 議`); those count only where a text holds two
/// or more, since one could be a word in brackets. Others set no space
/// (`營(ying)商`); those need [`MIN_TIGHT_GLOSSES`].
fn pinyin_glosses(original: &str) -> Vec<bool> {
    if !original.contains(['(', '（']) {
        return Vec::new();
    }
    // Every toned vowel is two bytes led by 0xC3 to 0xC7, which Chinese text
    // (three-byte characters and ASCII) almost never holds: a byte test,
    // quick to vectorize, rules most reports out before the character test.
    let may_be_toned = original.as_bytes().iter().any(|b| (0xC3..=0xC7).contains(b));
    static GLOSS: LazyLock<Regex> = LazyLock::new(|| {
        let toned: String = TONED.iter().collect();
        Regex::new(&format!(r"\p{{Han}}([(（][a-zü]*[{toned}][a-zü]*[)）])")).unwrap()
    });
    static TONELESS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{Han}(\([a-z]{1,6}\) )").unwrap());
    static TIGHT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{Han}((?:\([a-z]{1,6}\))+)").unwrap());
    // Two toneless glosses between Han characters make a glossed text;
    // then every one goes, before a figure too (`企業(ye) 300家`).
    let before_han = |m: &regex::Match| original[m.end()..].chars().next().is_some_and(is_han);
    let glosses: Vec<regex::Match> = if may_be_toned && original.contains(TONED) {
        GLOSS.captures_iter(original).filter_map(|c| c.get(1)).collect()
    } else if original.contains(") ")
        && let found = TONELESS.captures_iter(original).filter_map(|c| c.get(1)).collect::<Vec<_>>()
        && found.iter().filter(|m| before_han(m)).nth(1).is_some()
    {
        found
    } else {
        // `營(ying)商環(huan)境(jing)(jing)的(de)`: glosses with no space after,
        // one or more after a character, count where a text holds at least
        // MIN_TIGHT_GLOSSES between Han characters. A byte test rules out
        // texts with no letter after an opening bracket first.
        let letter_after = |(i, _): (usize, &str)| original.as_bytes().get(i + 1).is_some_and(u8::is_ascii_lowercase);
        if !original.match_indices('(').any(letter_after) {
            return Vec::new();
        }
        let found: Vec<regex::Match> = TIGHT.captures_iter(original).filter_map(|c| c.get(1)).collect();
        if found.iter().filter(|m| before_han(m)).nth(MIN_TIGHT_GLOSSES - 1).is_none() {
            return Vec::new();
        }
        found
    };
    let mut drop = Vec::new();
    let mut last_byte = 0;
    let mut char_idx = 0;
    for m in glosses {
        char_idx += original[last_byte..m.start()].chars().count();
        let len = m.as_str().chars().count();
        if drop.len() < char_idx + len {
            drop.resize(char_idx + len, false);
        }
        drop[char_idx..char_idx + len].fill(true);
        char_idx += len;
        last_byte = m.end();
    }
    drop
}

/// The fewest lines of one width that make a text hard-wrapped.
const MIN_WRAPPED_LINES: usize = 4;
/// Widths are counted in columns: a Han character or full-width mark takes
/// two, an ASCII character one, as on the page the text was copied from.
fn columns(line: &str) -> usize {
    // Counted on bytes: an ASCII byte is a column, a multi-byte character's
    // lead byte two, its continuation bytes none.
    let bytes = line.trim().as_bytes();
    bytes.iter().filter(|&&b| b < 0x80).count() + 2 * bytes.iter().filter(|&&b| b >= 0xC0).count()
}
/// Lines narrower than this say nothing of a wrap width (headings, dates).
const MIN_MEASURED: usize = 30;
/// The narrowest and widest wrap widths (20 and 120 Han characters): text
/// copied out of a PDF is wrapped at its page width, far below the length
/// of a paragraph written as one line.
const MIN_WRAP_WIDTH: usize = 40;
const MAX_WRAP_WIDTH: usize = 240;
/// How far a full line's width may stray from the page width: a wide
/// character that does not fit leaves a column, a mark may hang over.
const WRAP_TOLERANCE: usize = 2;
/// How many columns short of the width a line may be and still be full (an
/// indented first line, a mark pushed to the next line).
const WRAP_SLACK: usize = 6;

/// Text copied out of a PDF breaks its paragraphs into lines of the page's
/// width (`…累计供地387` / `5亩…`), which would split figures, names and
/// sentences. A text is wrapped when a third of the lines of some width
/// share one width, give or take [`WRAP_TOLERANCE`], and hardly any line is
/// wider; then a break after a full line, before a line that does not
/// start indented, is a wrap. The character indices of those breaks (and
/// of a `\r` before them) are returned, for `normalize` to drop. Texts
/// written a paragraph a line (or a list an item a line) return none.
fn wrapped_breaks(original: &str) -> Vec<usize> {
    // Lines without their line ends; few texts are wrapped, so where each
    // starts (in characters) is counted only for those that are.
    let lines: Vec<&str> = original.split('\n').collect();
    if lines.len() < MIN_WRAPPED_LINES {
        return Vec::new();
    }
    // A line is at least half as many columns as bytes: a long one is
    // wider than any page without counting.
    let widest = MAX_WRAP_WIDTH + WRAP_TOLERANCE;
    let widths: Vec<usize> = lines.iter().map(|l| if l.len() > 2 * widest { usize::MAX } else { columns(l) }).collect();
    let measured = widths.iter().filter(|&&w| w >= MIN_MEASURED).count();
    let mut counts = vec![0usize; widest + 1];
    for &w in widths.iter().filter(|&&w| w >= MIN_MEASURED && w <= widest) {
        counts[w] += 1;
    }
    // The width: the one most lines have, give or take the tolerance.
    let near = |w: usize| counts[w - WRAP_TOLERANCE..=w + WRAP_TOLERANCE].iter().sum::<usize>();
    let Some((width, full)) =
        (MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).map(|w| (w, near(w))).max_by_key(|&(w, n)| (n, std::cmp::Reverse(w)))
    else {
        return Vec::new();
    };
    let wider = widths.iter().filter(|&&w| w > width + WRAP_TOLERANCE).count();
    if full < MIN_WRAPPED_LINES || full * 3 < measured || wider * 10 > measured {
        return Vec::new();
    }
    let mut breaks = Vec::new();
    let mut start = 0;
    for (i, pair) in lines.windows(2).enumerate() {
        let (line, next) = (pair[0], pair[1]);
        let width_here = widths[i];
        // A full line that ends a sentence is joined too: far more
        // sentences end inside a paragraph than paragraphs end at a line's
        // last column, and a new paragraph is indented or set apart.
        let full_line = width_here.saturating_add(WRAP_SLACK) >= width;
        // An indent is a full-width space, a tab or two spaces; one space
        // may be the one between two words the wrap fell on.
        let indented = next.starts_with(['\u{3000}', '\t']) || next.starts_with("  ") || next.trim().is_empty();
        let newline = start + line.chars().count();
        if full_line && !indented {
            if line.ends_with('\r') {
                breaks.push(newline - 1);
            }
            breaks.push(newline);
        }
        start = newline + 1;
    }
    breaks
}

/// Zero-width and bidirectional format characters: never content.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

fn is_inline_space(c: char) -> bool {
    c != '\n' && c != '\r' && c.is_whitespace()
}

fn is_ascii_word(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

pub fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}' | '〇')
}

/// Chinese numerals a zero may stand among.
const CHINESE_DIGITS: &[char] = &['〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/// `二○二三年`: reports often write the zero of a Chinese numeral as the
/// geometric circle `○`. Inside a run of three or more numerals it is `〇`;
/// alone (a bullet) it stays.
fn circles_to_zeros(chars: &mut [char]) {
    let mut i = 0;
    while let Some(at) = chars[i..].iter().position(|&c| c == '○') {
        let at = i + at;
        let digit = |c: &char| *c == '○' || CHINESE_DIGITS.contains(c);
        let start = at - chars[..at].iter().rev().take_while(|c| digit(c)).count();
        let end = at + chars[at..].iter().take_while(|c| digit(c)).count();
        let run = &mut chars[start..end];
        if run.len() >= 3 && run.iter().any(|c| *c != '○') {
            run.iter_mut().filter(|c| **c == '○').for_each(|c| *c = '〇');
        }
        i = end;
    }
}

/// The most characters a pair of straight quotes holds for
/// [`pair_straight_quotes`] to read it as a quoted name.
const MAX_STRAIGHT_QUOTED: usize = 24;

/// `新增"四上"企业`, `建成"限时办"系统`: straight double quotes (full-width
/// ones are folded to them) that pair up in a line, around a short stretch
/// with a Chinese character in it, are the curly quotes a Chinese text
/// means. Every stage then reads one kind of quote. Pairs are taken in
/// order; one that does not fit is left as it is.
fn pair_straight_quotes(chars: &mut [char]) {
    let mut open: Option<usize> = None;
    for i in 0..chars.len() {
        match chars[i] {
            '\n' => open = None,
            '"' => match open.take() {
                None => open = Some(i),
                Some(o) => {
                    let inside = &chars[o + 1..i];
                    if inside.len() <= MAX_STRAIGHT_QUOTED && inside.iter().any(|&c| is_han(c)) {
                        chars[o] = '“';
                        chars[i] = '”';
                    }
                }
            },
            _ => {}
        }
    }
}

/// Full-width ASCII forms to ASCII, plus the few other look-alikes reports use.
fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '﹪' => '%',
        '﹐' => ',',
        '﹒' => '.',
        '\r' => '\n',
        _ => c,
    }
}

/// Whether `text` holds `word`: `str::contains`, without its searcher's
/// set-up, which costs more than the search on the short texts and words
/// the stages ask of every claim and name. A window is compared only where
/// its last byte (a continuation byte, in Chinese text) matches.
pub fn holds(text: &str, word: &str) -> bool {
    let (text, word) = (text.as_bytes(), word.as_bytes());
    let Some((&last, _)) = word.split_last() else { return true };
    let n = word.len();
    text.len() >= n && (n - 1..text.len()).any(|i| text[i] == last && &text[i + 1 - n..=i] == word)
}

/// The characters of a text as a 256-bit set of their hashes. A text
/// cannot hold a word that has a character whose bit the text lacks, so
/// one comparison of two sets turns away most of the word searches the
/// indicator matcher would make in each claim's clause.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CharBloom([u64; 4]);

impl CharBloom {
    pub fn of(text: &str) -> CharBloom {
        let mut bits = [0u64; 4];
        for c in text.chars() {
            // Fibonacci hashing: the top eight bits of the product.
            let h = (u32::from(c).wrapping_mul(0x9E37_79B1) >> 24) as usize;
            bits[h / 64] |= 1 << (h % 64);
        }
        CharBloom(bits)
    }

    /// Whether a text with this set may hold a word with the set `word`:
    /// false only when it cannot.
    pub fn may_hold(&self, word: &CharBloom) -> bool {
        self.0.iter().zip(&word.0).all(|(text, word)| word & !text == 0)
    }
}

/// `text` without every trailing `word`: `str::trim_end_matches` with a
/// `&str`, without the substring searcher it sets up on each call (which
/// costs more than the trim on the short clauses asked of every claim).
pub fn trim_end_word<'a>(mut text: &'a str, word: &str) -> &'a str {
    if word.is_empty() {
        return text;
    }
    while let Some(rest) = text.strip_suffix(word) {
        text = rest;
    }
    text
}

/// The marks that end a sentence in normalized text (a line break does too).
pub const SENTENCE_ENDS: &[char] = &['。', '!', '?', '\n', ';'];

/// Whether `c` is one of [`SENTENCE_ENDS`].
pub fn is_sentence_end(c: char) -> bool {
    SENTENCE_ENDS.contains(&c)
}

/// How far a sentence reaches either side of a position. Real sentences are
/// far shorter; the bound keeps a megabyte line without punctuation from
/// making every figure's "sentence" the whole line (and every scan quadratic).
pub const SENTENCE_REACH: usize = 300;
/// The most rows of a table read up to its heading row.
const MAX_TABLE_ROWS: usize = 60;
/// The longest table row looked back over.
const MAX_ROW_CHARS: usize = 400;

/// Start of the fixed tile holding `at`.
pub fn tile_start(at: usize) -> usize {
    at - at % SENTENCE_REACH
}

/// Just after the last of `marks` before `at`, looking back at most `reach`.
pub fn bounded_start(chars: &[char], at: usize, reach: usize, marks: &[char]) -> usize {
    let at = at.min(chars.len());
    let from = at.saturating_sub(reach);
    chars[from..at].iter().rposition(|c| marks.contains(c)).map_or(from, |p| from + p + 1)
}

/// The offsets, in order, where a text holds one kind of mark (its
/// sentence ends): the nearest mark before or after any offset is a binary
/// search away, instead of a walk over the characters between.
#[derive(Debug, Clone, Default)]
pub struct MarkIndex(Vec<usize>);

impl MarkIndex {
    /// An index of the offsets `marks`, which are in ascending order.
    pub fn from_sorted(marks: Vec<usize>) -> MarkIndex {
        debug_assert!(marks.is_sorted());
        MarkIndex(marks)
    }

    /// The last mark in `[from, to)`.
    pub fn last_in(&self, from: usize, to: usize) -> Option<usize> {
        let before = self.0.partition_point(|&p| p < to);
        before.checked_sub(1).map(|i| self.0[i]).filter(|&p| p >= from)
    }

    /// The first mark in `[from, to)`.
    pub fn first_in(&self, from: usize, to: usize) -> Option<usize> {
        self.0.get(self.0.partition_point(|&p| p < from)).copied().filter(|&p| p < to)
    }
}

/// Converts byte offsets in [`NormalizedDoc::text`] to character indices.
#[derive(Debug, Clone)]
pub struct CharIndex {
    starts: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        CharIndex { starts: text.char_indices().map(|(b, _)| b).collect() }
    }

    /// The string of `chars`, its index, and where its sentences end and
    /// its lines break, built in one pass.
    fn text_of(chars: &[char]) -> (String, CharIndex, MarkIndex, MarkIndex) {
        let mut text = String::with_capacity(chars.len() * 3);
        let mut starts = Vec::with_capacity(chars.len());
        let (mut ends, mut breaks) = (Vec::new(), Vec::new());
        for (i, &c) in chars.iter().enumerate() {
            starts.push(text.len());
            text.push(c);
            if is_sentence_end(c) {
                ends.push(i);
                if c == '\n' {
                    breaks.push(i);
                }
            }
        }
        (text, CharIndex { starts }, MarkIndex::from_sorted(ends), MarkIndex::from_sorted(breaks))
    }

    /// Byte offset of character index `at` (the text's length at or past its end).
    pub fn byte_of(&self, at: usize, text_len: usize) -> usize {
        self.starts.get(at).copied().unwrap_or(text_len)
    }

    /// Character index of byte offset `byte` (a char boundary or the end).
    pub fn at(&self, byte: usize) -> usize {
        self.starts.partition_point(|&b| b < byte)
    }
}

/// Text made of runs of `字` of random lengths (up to past
/// [`SENTENCE_REACH`]), each closed by one of `marks`: for testing sentence
/// lookups against a walk over the characters.
#[cfg(test)]
pub fn sentence_test_text(marks: &'static [char]) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    proptest::collection::vec((0..(SENTENCE_REACH + 40), proptest::sample::select(marks)), 0..6)
        .prop_map(|runs| runs.into_iter().map(|(n, mark)| "字".repeat(n) + &mark.to_string()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The sentence start and end found by walking the characters.
    fn walked(chars: &[char], at: usize) -> (usize, usize) {
        let at = at.min(chars.len());
        let from = at.saturating_sub(SENTENCE_REACH);
        let start = chars[from..at].iter().rposition(|&c| is_sentence_end(c)).map_or(tile_start(at), |p| from + p + 1);
        let limit = (at + SENTENCE_REACH).min(chars.len());
        let tile_end = (tile_start(at) + SENTENCE_REACH).min(chars.len());
        let end = chars[at..limit].iter().position(|&c| is_sentence_end(c)).map_or(tile_end, |p| at + p);
        (start, end)
    }

    proptest! {
        #[test]
        fn sentence_lookups_agree_with_a_walk(text in sentence_test_text(&['。', '!', '?', '\n', ';', ','])) {
            let doc = normalize(&text);
            for at in 0..=doc.chars.len() + 1 {
                prop_assert_eq!((doc.sentence_start(at), doc.sentence_end(at)), walked(&doc.chars, at), "at {}", at);
            }
        }

        #[test]
        fn trim_end_word_is_trim_end_matches(text in "[水平为的a]{0,10}", word in "[水平a]{0,3}") {
            prop_assert_eq!(trim_end_word(&text, &word), text.trim_end_matches(word.as_str()));
        }

        #[test]
        fn a_bloom_never_turns_away_a_word_the_text_holds(text in "[审批时限压缩率用满意a1]{0,12}", word in "[审批时限压缩用满a]{0,3}") {
            if text.contains(word.as_str()) {
                prop_assert!(CharBloom::of(&text).may_hold(&CharBloom::of(&word)));
            }
        }

        #[test]
        fn holds_is_contains(text in "[审批时限压缩率a1]{0,12}", word in "[审批时限压a]{0,3}") {
            prop_assert_eq!(holds(&text, &word), text.contains(word.as_str()));
        }

        #[test]
        fn line_starts_agree_with_a_walk(text in sentence_test_text(&['。', '\n', '\n', ',']), reach in 1..400usize) {
            let doc = normalize(&text);
            for at in 0..=doc.chars.len() + 1 {
                prop_assert_eq!(doc.line_start(at, reach), bounded_start(&doc.chars, at, reach, &['\n']), "at {}", at);
            }
        }
    }

    fn norm(s: &str) -> String {
        normalize(s).chars.iter().collect()
    }

    #[test]
    fn tabs_between_cells_are_dropped_and_remembered() {
        let doc = normalize("指标\t 2022年\t2023年\n新增\t1.2万户 \t 2\t3");
        assert_eq!(doc.text, "指标2022年2023年\n新增1.2万户2 3");
        // Where each cell after a tab starts; between two numbers, the
        // space kept for the tab.
        assert_eq!(doc.tabs, [2, 7, 15, 20, 21]);
        assert_eq!(normalize("a b\u{3000}c").tabs, [0usize; 0], "spaces are no tabs");
    }

    #[test]
    fn original_length_counts_dropped_characters() {
        for s in ["", "a  ", "营商 \u{200B}", "區(qū)域  \t", " x y "] {
            assert_eq!(normalize(s).orig_len, s.chars().count(), "{s:?}");
        }
        let doc = normalize("1610 项 a  b");
        assert_eq!(doc.chars.iter().collect::<String>(), "1610项a b");
        assert_eq!(doc.orig, [0, 1, 2, 3, 5, 7, 8, 10]);
    }

    #[test]
    fn traditional_words_from_the_brief() {
        assert_eq!(norm("營商環境 億元 首違不罰 審批 規上工業利潤增長"), "营商环境亿元首违不罚审批规上工业利润增长");
        assert_eq!(norm("2天內交辦、2周內回覆、100%回訪"), "2天内交办、2周内回复、100%回访");
    }

    /// `text` broken into lines of at most `width` columns, as a page would.
    fn wrap(text: &str, width: usize) -> Vec<String> {
        let mut lines = vec![String::new()];
        for c in text.chars() {
            let line = lines.last_mut().unwrap();
            if columns(line) + columns(&c.to_string()) > width {
                lines.push(String::new());
            }
            lines.last_mut().unwrap().push(c);
        }
        lines
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let para =
            "全区累计供地3875亩,总投资242亿元,其中“五证齐发”项目45个,实现拿地即开工,项目平均审批时间压缩至30个工作日。";
        let wrapped = wrap(para, 46);
        let text = format!("标题\n{}\n{}\n  第二段开头。", wrapped.join("\n"), wrapped.join("\r\n"));
        assert_eq!(norm(&text), format!("标题\n{para}\n{para}\n第二段开头。"));
        // A name broken over two lines is whole, and maps back to both.
        let doc = normalize(&text);
        let at = doc.text[..doc.text.find("“五证齐发”").unwrap()].chars().count();
        let (s, e) = doc.orig_span(at, at + 6);
        assert_eq!(text.chars().skip(s).take(e - s).collect::<String>(), "“五证齐\n发”");
    }

    #[test]
    fn a_paragraph_a_line_is_no_wrap() {
        let text = "审批时限压缩74%,市场主体达到10.8万户。\n全市新增企业3000家。\n累计兑付116.4亿元,惠及企业7000余家,政策直达快享。\n一网通办事项达1610项。\n";
        assert_eq!(norm(text), text);
        // A list an item a line: most items alike in width (52 to 54
        // columns, the width of a page), but a quarter far wider, which no
        // page would hold.
        let list = [
            "1.推行企业开办全程网办一日办结并实现证照同步发放到位",
            "2.推行工程建设项目审批告知承诺制并推动全流程网上审批",
            "3.推行不动产登记带押过户并实现抵押登记与交易同步办理",
            "4.推行政务服务事项跨省通办全覆盖并推动线上线下融合发展",
            "5.推行涉企检查综合查一次并建立健全联合检查清单工作机制和信用分级分类监管制度",
            "6.推行首违不罚轻微免罚清单制度并实现执法事项动态调整",
            "7.推行惠企政策免申即享并通过平台实现资金直达快享全覆盖以及企业诉求闭环办理制度",
            "8.推行水电气网联合报装并将平均办理时间压缩至五个工作日",
        ]
        .join("\n");
        assert_eq!(norm(&list), list);
    }

    #[test]
    fn straight_quotes_around_chinese_are_curly() {
        assert_eq!(norm("新增\"四上\"企业,建成\"限时办\"系统"), "新增“四上”企业,建成“限时办”系统");
        // Full-width ones too; not around no Chinese, nor across a line.
        assert_eq!(norm("推行＂一网通办＂"), "推行“一网通办”");
        assert_eq!(norm("参数\"a1\"和\"b\n办\""), "参数\"a1\"和\"b\n办\"");
    }

    #[test]
    fn circles_among_chinese_numerals_are_zeros() {
        assert_eq!(norm("二○二三年,二○○五年"), "二〇二三年,二〇〇五年");
        assert_eq!(norm("○ 主要成效○一○"), "○主要成效〇一〇");
        assert_eq!(norm("○一是,○○"), "○一是,○○");
    }

    #[test]
    fn full_width_digits_and_punctuation() {
        assert_eq!(norm("市场主体达到１０．８万户，增长９．１％"), "市场主体达到10.8万户,增长9.1%");
    }

    #[test]
    fn spaces_inside_chinese_go_spaces_between_numbers_stay() {
        assert_eq!(norm("1610 项事项"), "1610项事项");
        assert_eq!(norm("时间:2024-06-21 08:13"), "时间:2024-06-21 08:13");
        assert_eq!(norm("孙  辄:主持人好"), "孙辄:主持人好");
    }

    #[test]
    fn pinyin_glosses_and_invisibles_are_dropped_with_a_map_back() {
        let original = "18個(gè)重點(diǎn)\u{200B}事項(xiàng)";
        let doc = normalize(original);
        let text: String = doc.chars.iter().collect();
        assert_eq!(text, "18个重点事项");
        // Toneless glosses with a space after them, where a text holds two.
        assert_eq!(norm("企業(ye) 生存,多地舉(ju) 行會(hui) 議,企業(ye) 300家"), "企业生存,多地举行会议,企业300家");
        assert_eq!(norm("政务服务(app) 上线"), "政务服务(app)上线", "one is a word in brackets");
        // Glosses with no space after, several after one character too,
        // where a text holds three.
        assert_eq!(norm("企(qi)業對營(ying)商環(huan)境(jing)(jing)的(de)評分"), "企业对营商环境的评分");
        assert_eq!(norm("条款(a)项和附件(b)表"), "条款(a)项和附件(b)表", "two are letters in brackets");
        let (s, e) = doc.orig_span(0, 3);
        let back: String = original.chars().skip(s).take(e - s).collect();
        assert_eq!(back, "18個");
    }

    #[test]
    fn pictographs_sown_in_text_are_dropped_with_a_map_back() {
        let original = "新增市场主体1🟢200户,增长15📵%,签约项目3个🖟📵,全省第🌏8位,连续3☜年";
        assert_eq!(norm(original), "新增市场主体1200户,增长15%,签约项目3个,全省第8位,连续3年");
        let doc = normalize(original);
        let (s, e) = doc.orig_span(6, 11);
        let back: String = original.chars().skip(s).take(e - s).collect();
        assert_eq!(back, "1🟢200户");
        // Not a bullet opening a line.
        assert_eq!(norm("★湘潭县获评\n✔数据 ✔,完成"), "★湘潭县获评\n✔数据,完成");
    }

    #[test]
    fn a_char_class_answers_as_its_test_for_every_character() {
        let test = |c: char| c.is_numeric() || c == '年' || c > '\u{30000}';
        let class = CharClass::new(test);
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            assert_eq!(class.contains(c), test(c), "{c:?}");
        }
    }

    #[test]
    fn toned_vowels_have_the_lead_bytes_the_quick_test_looks_for() {
        for c in TONED {
            assert!((0xC3..=0xC7).contains(&c.to_string().as_bytes()[0]), "{c}");
        }
    }

    #[test]
    fn parentheses_that_are_not_pinyin_stay() {
        assert_eq!(norm("最具投资营商价值城市(区域)"), "最具投资营商价值城市(区域)");
        assert_eq!(norm("重点项目(企业)"), "重点项目(企业)");
    }

    #[test]
    fn script_detection() {
        assert_eq!(
            normalize("湖州市優化營商環境典型做法,累計兌付116.4億元,惠及企業7000餘家").script(),
            Script::Traditional
        );
        assert_eq!(normalize("湘潭市优化营商环境工作足迹,累计兑付116.4亿元").script(), Script::Simplified);
    }

    #[test]
    fn char_index_maps_bytes() {
        let idx = CharIndex::new("营商a环");
        assert_eq!(idx.at(0), 0);
        assert_eq!(idx.at(3), 1);
        assert_eq!(idx.at(6), 2);
        assert_eq!(idx.at(7), 3);
        assert_eq!(idx.at(10), 4);
    }
}
