//! Segmentation: the one jieba-rs instance the whole run shares.
//!
//! Built once (loading the dictionary takes tens of milliseconds) with the
//! default dictionary plus our own words: the measure lexicon, so that a
//! reform name stays one token, and the gazetteer's place names, tagged
//! `ns` so they are told apart from what a figure measures. Callers ask for
//! words of normalized (simplified) text.

use jieba_rs::Jieba;
use std::sync::LazyLock;

static JIEBA: LazyLock<Jieba> = LazyLock::new(|| {
    let mut jieba = Jieba::new();
    for name in crate::extract::measure_lexicon() {
        jieba.add_word(name, Some(2000), Some("nz"));
    }
    for unit in &crate::gazetteer::get().units {
        jieba.add_word(&unit.name, Some(1000), Some("ns"));
    }
    for (word, tag) in DOMAIN_WORDS {
        jieba.add_word(word, Some(500), Some(tag));
    }
    jieba
});

/// Words of the reports' indicators that the general dictionary lacks, so
/// that jieba cuts them into function words (`审图用时` as `用/p 时/ng`) or
/// reads them as a person's name (`惠企/nr`), and bound words it would cut
/// in two (`不/d 超过/v`). Only missing words belong here: for a word the
/// dictionary has, `add_word` would change its frequency and keep its tag.
const DOMAIN_WORDS: &[(&str, &str)] = &[
    ("用时", "n"),
    ("专精特新", "n"),
    ("营商环境", "n"),
    ("惠企", "vn"),
    ("用电报装", "n"),
    ("充电桩", "n"),
    ("即办件", "n"),
    ("普惠", "b"),
    ("小微", "b"),
    ("中小微", "b"),
    ("政务服务", "n"),
    ("承诺件", "n"),
    // Foreign investment used, a statistic of its own, that jieba cuts
    // as 实际/n 使用/v 外资/n (`80%以上的实际使用外资`).
    ("实际使用外资", "n"),
    ("达效率", "n"),
    ("缓缴", "v"),
    // `依申请政务服务事项`: services given upon application.
    ("依申请", "b"),
    // A verb of making new (`新登记1.2万户`) that jieba cuts as 新/a 登记/v,
    // so that it is seen alone.
    ("新登记", "v"),
    ("不超过", "v"),
    ("不少于", "v"),
    ("不低于", "v"),
    ("不高于", "v"),
    ("不多于", "v"),
];

/// A word of the segmented text: its characters' range, its bytes' range,
/// and its part-of-speech tag. Borrows the text it was cut from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub text: &'a str,
    pub tag: &'a str,
}

/// Segments `text` (simplified script) into tagged words with character offsets.
pub fn words(text: &str) -> Vec<Word<'_>> {
    JIEBA
        .tag(text, true)
        .into_iter()
        .map(|t| Word {
            start: t.start,
            end: t.end,
            byte_start: t.byte_start,
            byte_end: t.byte_end,
            text: t.word,
            tag: t.tag,
        })
        .collect()
}

/// Segments `text` like [`words`], but where jieba's cut makes a word
/// cross one of `edges` (character offsets, ascending) and the text after
/// the edge, cut alone, opens with a longer word than that remainder
/// (`132家中小型企业`: `家中/小型企业` crosses, `中小型企业` is longer than `中`),
/// the text is cut anew on either side of the edge. A remainder that stays
/// a word of its own (`118个村` as `个村`, `3天压减` as `天压`) is left to
/// the callers, which read a classifier glued to what follows. Most texts
/// are segmented once.
pub fn words_within<'a>(text: &'a str, edges: &[usize]) -> Vec<Word<'a>> {
    let words = words(text);
    let byte_of = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
    let regrouped = |edge: usize| {
        let Some(crossing) = words.iter().find(|w| w.start < edge && w.end > edge) else { return false };
        // `GDP2.1/eng 万亿元`: letters and the figure after them.
        if crossing.tag == "eng" {
            return true;
        }
        let from = byte_of(edge);
        let window = &text[from..byte_of(crossing.end + REGROUP_REACH)];
        words_of_piece(window, edge, from).next().is_some_and(|first| first.end > crossing.end)
    };
    let cuts: Vec<usize> = edges.iter().copied().filter(|&e| regrouped(e)).collect();
    if cuts.is_empty() {
        return words;
    }
    let mut out = Vec::with_capacity(words.len() + cuts.len());
    let (mut char_from, mut byte_from) = (0, 0);
    for edge in cuts {
        let byte_to = byte_of(edge);
        out.extend(words_of_piece(&text[byte_from..byte_to], char_from, byte_from));
        (char_from, byte_from) = (edge, byte_to);
    }
    out.extend(words_of_piece(&text[byte_from..], char_from, byte_from));
    out
}

/// How many characters past a crossing word [`words_within`] cuts to see
/// how the text after an edge groups.
const REGROUP_REACH: usize = 6;

fn words_of_piece(piece: &str, chars_before: usize, bytes_before: usize) -> impl Iterator<Item = Word<'_>> {
    words(piece).into_iter().map(move |w| Word {
        start: w.start + chars_before,
        end: w.end + chars_before,
        byte_start: w.byte_start + bytes_before,
        byte_end: w.byte_end + bytes_before,
        ..w
    })
}

/// Whether jieba reads `text` alone as one word whose tag passes `tag`
/// (`参评` as a verb, `物价` as a noun).
pub fn reads_as_one(text: &str, tag: impl Fn(&str) -> bool) -> bool {
    matches!(&words(text)[..], [w] if tag(w.tag))
}

/// Whether `word` is an entry of the general dictionary: an everyday word or
/// idiom (`生命线`, `一站式`, `按图索骥`) rather than a coined proper name.
/// Our own entries (measure names) do not count; place names do (a place is
/// no measure).
pub fn is_dictionary_word(word: &str) -> bool {
    JIEBA.has_word(word) && !crate::extract::measure_lexicon().any(|m| m == word)
}

/// Whether `chars[from..to]` is part of longer words rather than a word of
/// its own: jieba, cutting the few characters around it, makes a word that
/// crosses its start or its end (`以上/高频` across `上高`). Jieba is only asked
/// when a character pair across an edge is a dictionary word; most are not.
pub fn crossed_by_words(chars: &[char], from: usize, to: usize) -> bool {
    let pair_is_word = |at: usize| {
        if at == 0 || at >= chars.len() {
            return false;
        }
        // The pair's UTF-8 on the stack: asked of every short name found.
        let mut buf = [0u8; 8];
        let first = chars[at - 1].encode_utf8(&mut buf).len();
        let second = chars[at].encode_utf8(&mut buf[first..]).len();
        std::str::from_utf8(&buf[..first + second]).is_ok_and(|pair| JIEBA.has_word(pair))
    };
    if from >= to || to > chars.len() || !(pair_is_word(from) || pair_is_word(to)) {
        return false;
    }
    let (start, end) = crossed_edges(chars, from, to);
    start || end
}

/// Whether jieba, cutting `chars[from..to]` with three characters either
/// side, makes a word that crosses `from`, and one that crosses `to`. Asks
/// jieba every time: callers first rule out the edges no word could cross.
pub fn crossed_edges(chars: &[char], from: usize, to: usize) -> (bool, bool) {
    let start = from.saturating_sub(3);
    let window: String = chars[start..(to + 3).min(chars.len())].iter().collect();
    let (from, to) = (from - start, to - start);
    let cut = words(&window);
    let crosses = |at: usize| cut.iter().any(|w| w.start < at && w.end > at);
    (crosses(from), crosses(to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_carry_character_offsets() {
        let got = words("湖州规上工业利润增长9.1%");
        assert_eq!(got[0].text, "湖州");
        let last = got.last().unwrap();
        assert_eq!((last.start, last.end), (10, 14));
    }

    #[test]
    fn no_word_crosses_an_edge() {
        let text = "为132家中小型企业办理";
        let plain: Vec<&str> = words(text).iter().map(|w| w.text).collect();
        assert!(plain.contains(&"家中"), "jieba alone crosses the edge: {plain:?}");
        let cut = words_within(text, &[5]);
        assert!(cut.iter().all(|w| w.start >= 5 || w.end <= 5), "{cut:?}");
        assert!(cut.windows(2).all(|p| p[0].end == p[1].start && p[0].byte_end == p[1].byte_start));
        for w in &cut {
            assert_eq!(&text[w.byte_start..w.byte_end], w.text);
            assert_eq!(text.chars().skip(w.start).take(w.end - w.start).collect::<String>(), w.text);
        }
        assert_eq!(words_within(text, &[1]), words(text), "an edge no word crosses changes nothing");
        let glued = "全市118个村(社区)实现";
        assert_eq!(words_within(glued, &[7]), words(glued), "`村` alone is no longer than in `个村`");
    }

    #[test]
    fn indicator_nouns_stay_whole() {
        let texts: Vec<&str> = words("审图用时仅10天,用时间换空间").iter().map(|w| w.text).collect();
        assert!(texts.contains(&"用时") && texts.contains(&"时间"), "{texts:?}");
    }

    #[test]
    fn domain_words_are_missing_from_the_general_dictionary() {
        let general = Jieba::new();
        for (word, _) in DOMAIN_WORDS {
            assert!(!general.has_word(word), "{word} is in jieba's dictionary");
        }
    }

    #[test]
    fn stretches_crossed_by_words() {
        let crossed = |s: &str, from: usize, to: usize| {
            let chars: Vec<char> = s.chars().collect();
            crossed_by_words(&chars, from, to)
        };
        assert!(crossed("实现90%以上高频事项", 6, 8), "以上/高频");
        assert!(crossed("全市上高速", 2, 4), "上/高速");
        assert!(!crossed("在上高召开会议", 1, 3));
        assert!(!crossed("以上海为例", 1, 3));
        assert!(!crossed("上高", 0, 2));
        assert!(!crossed("上高", 1, 5), "out of range");
    }

    #[test]
    fn dictionary_words_and_coined_names() {
        assert!(is_dictionary_word("生命线"));
        assert!(is_dictionary_word("按图索骥"));
        assert!(!is_dictionary_word("首违不罚"));
        assert!(!is_dictionary_word("一网通办"), "lexicon names are ours, not everyday words");
    }
}
