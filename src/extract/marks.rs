//! Marks: stretches of normalized text whose numbers are not claims.
//!
//! Dates and times (`2023年1-7月`, `5月20日`, `2024-06-21 08:13`) become
//! `date` records and are skipped by the number scanner; short quoted names
//! and book titles (`“533”审批制度改革`, `《优化营商环境条例》`) hold labels,
//! not claims (claims.md §1.1); web addresses hold no mentions at all.

use crate::normalize::CharIndex;
use crate::runs::RunRegex;
use regex::Regex;
use std::sync::LazyLock;

/// A normalized character range `[start, end)`.
pub type Range = (usize, usize);

static DATE: LazyLock<RunRegex> = LazyLock::new(|| {
    let d = r"[0-9]";
    let cn = r"[〇零一二三四五六七八九]";
    let sep = r"(?:-|~|—|至|到)";
    let patterns = [
        // 2024-06-21, 2019-9-12 17:02:22, 2021.01.01, 2021/1/1
        format!(r"{d}{{4}}[-/.]{d}{{1,2}}[-/.]{d}{{1,2}}(?:日)?(?: ?{d}{{1,2}}:{d}{{2}}(?::{d}{{2}})?)?"),
        // 2018-2020年, 2018至2020年
        format!(r"(?:公元)?{d}{{4}}年?{sep}{d}{{4}}年(?:度)?"),
        // 2023年, 2023年1-7月, 2022年6月8日, 公元967年, 2019年度
        format!(
            r"(?:公元)?{d}{{3,4}}年(?:度)?(?:{d}{{1,2}}(?:{sep}{d}{{1,2}})?月(?:份)?(?:{d}{{1,2}}(?:{sep}{d}{{1,2}})?日)?)?"
        ),
        // 二〇二三年
        format!(r"{cn}{{4}}年(?:度)?"),
        // 1-7月, 5月20日, 11月份, 5月20-21日
        format!(r"{d}{{1,2}}(?:{sep}{d}{{1,2}})?月(?:份)?(?:{d}{{1,2}}(?:{sep}{d}{{1,2}})?日)?"),
        // 十二月, 五月二十日
        r"(?:十[一二]|[一二三四五六七八九十])月(?:份)?(?:(?:[一二三]?十)?[一二三四五六七八九十]日)?".to_owned(),
        // 08:13, 17:02:22
        format!(r"{d}{{1,2}}:{d}{{2}}(?::{d}{{2}})?"),
        // 第三季度, 一季度, 前三季度
        r"(?:第|前)?[一二三四1-4]季度".to_owned(),
    ];
    RunRegex::new(Regex::new(&patterns.join("|")).unwrap(), DATE_ANCHORS, in_date)
});
/// Every date holds one of these.
const DATE_ANCHORS: &[&str] = &["年", "月", "季", ":", "-", "/", "."];

/// The characters dates are written with.
fn in_date(c: char) -> bool {
    c.is_ascii_digit() || DATE_CHARS.contains(&c)
}
const DATE_CHARS: &[char] = &[
    '-', '/', '.', '日', ' ', ':', '年', '度', '公', '元', '~', '—', '至', '到', '月', '份', '〇', '零', '一', '二',
    '三', '四', '五', '六', '七', '八', '九', '十', '第', '前', '季',
];

/// Dates and times in `text` (whose characters are `chars`, indexed by
/// `index`) as normalized character ranges.
pub fn dates(text: &str, chars: &[char], index: &CharIndex) -> Vec<Range> {
    DATE.find_iter(text)
        .into_iter()
        .map(|(s, e)| (index.at(s), index.at(e)))
        .filter(|&(s, e)| is_real_date(chars, s, e))
        .collect()
}

/// Web addresses (`https://…`, `www.…`) in `text` as normalized character
/// ranges: their numbers are parts of an identifier, never claims
/// (claims.md §1.1), even the `%81` of a percent-encoded character.
pub fn web_addresses(text: &str, index: &CharIndex) -> Vec<Range> {
    static ADDRESS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)(?:https?://|www\.)[0-9a-z\-._~:/?#@$&*+=%]+").unwrap());
    ADDRESS.find_iter(text).map(|m| (index.at(m.start()), index.at(m.end()))).collect()
}

fn is_real_date(chars: &[char], s: usize, e: usize) -> bool {
    let span = &chars[s..e];
    let preceded_by = |c: char| s > 0 && chars[s - 1] == c;
    // A digit or decimal point just before: the match started mid-number.
    if s > 0 && (chars[s - 1].is_ascii_digit() || chars[s - 1] == '.') {
        return false;
    }
    let digits: String = span.iter().take_while(|c| c.is_ascii_digit()).collect();
    if let Some(pos) = span.iter().position(|&c| c == '年')
        && digits.len() == pos
        && !span.starts_with(&['公', '元'])
    {
        // Bare `N年`: a year only in the range reports talk about, and not a streak.
        let year: u32 = digits.parse().unwrap_or(0);
        return (1900..=2100).contains(&year) && !preceded_by('连') && !preceded_by('续');
    }
    if let Some(pos) = span.iter().position(|&c| c == '月')
        && digits.len() == pos
        && !digits.is_empty()
    {
        let month: u32 = digits.parse().unwrap_or(0);
        return (1..=12).contains(&month) && !preceded_by('个');
    }
    true
}

const QUOTES: &[(char, char)] =
    &[('“', '”'), ('「', '」'), ('『', '』'), ('‘', '’'), ('《', '》'), ('〈', '〉'), ('"', '"'), ('\'', '\'')];
/// Longest quoted stretch still taken for a name rather than quoted speech.
const MAX_NAME_LEN: usize = 24;
/// Longest quoted stretch searched for its closing mark.
const MAX_QUOTE_LEN: usize = 200;
const SPEECH_MARKS: &[char] = &[',', '。', ';', '!', '?', ':', '，', '；', '：'];

/// The interior of a quoted name or book title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    /// A title in 《》 or 〈〉: a document, law or publication.
    pub book: bool,
}

/// Whether `c` may open a quote: every opening mark of [`QUOTES`] is one of
/// two ASCII quotes or lies in U+2018..=U+300E, below the Han characters
/// most of a text is made of.
fn may_open_quote(c: char) -> bool {
    c == '"' || c == '\'' || ('\u{2018}'..='\u{300E}').contains(&c)
}

/// Interiors of quoted names and book titles.
pub fn quoted_names(chars: &[char]) -> Vec<Quote> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let Some(&(_, close)) = may_open_quote(c).then(|| QUOTES.iter().find(|(open, _)| *open == c)).flatten() else {
            i += 1;
            continue;
        };
        let limit = (i + 1 + MAX_QUOTE_LEN).min(chars.len());
        let Some(len) = chars[i + 1..limit].iter().position(|&c| c == close || c == '\n') else {
            i += 1;
            continue;
        };
        let (s, e) = (i + 1, i + 1 + len);
        if chars.get(e) != Some(&close) {
            i += 1;
            continue;
        }
        let book = chars[i] == '《' || chars[i] == '〈';
        let name_like = len <= MAX_NAME_LEN && !chars[s..e].iter().any(|c| SPEECH_MARKS.contains(c));
        if (book || name_like) && len > 0 {
            found.push(Quote { start: s, end: e, book });
            i = e + 1;
        } else if close != c {
            // Quoted speech or a slogan with a comma: the names quoted
            // inside it (`“率先打造‘三个高地’,建设…”`) are still names.
            i += 1;
        } else {
            i = e + 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date_texts(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        dates(s, &chars, &CharIndex::new(s)).into_iter().map(|(a, b)| chars[a..b].iter().collect()).collect()
    }

    proptest::proptest! {
        /// The run-limited search finds what the date pattern finds in the whole text.
        #[test]
        fn date_runs_agree_with_the_pattern(text in "([0-9]{1,4}|年|月|日|季度|度|至|到|前|第|一|二|三|十|〇|公元|:|\\.|/| |~|—|-|份|,|。|a|个)*") {
            let whole: Vec<(usize, usize)> = DATE.regex().find_iter(&text).map(|m| (m.start(), m.end())).collect();
            proptest::prop_assert_eq!(DATE.find_iter(&text), whole);
        }
    }

    #[test]
    fn names_quoted_inside_quoted_speech() {
        let names = |s: &str| {
            let chars: Vec<char> = s.chars().collect();
            quoted_names(&chars).into_iter().map(|q| chars[q.start..q.end].iter().collect()).collect::<Vec<String>>()
        };
        assert_eq!(names("“率先打造‘三个高地’,建设示范区”不松劲"), ["三个高地"]);
        assert_eq!(names("他说:“我们推行‘一网通办’,群众满意。”又说"), ["一网通办"]);
        assert_eq!(names("“一网通办”“跨省通办”"), ["一网通办", "跨省通办"]);
    }

    #[test]
    fn dates_from_real_reports() {
        assert_eq!(date_texts("来源:湖北省政府网 时间:2024-06-21 08:13"), ["2024-06-21 08:13"]);
        assert_eq!(date_texts("2023年1-7月,湖州规上工业利润增长9.1%"), ["2023年1-7月"]);
        assert_eq!(date_texts("自2022年6月8日起"), ["2022年6月8日"]);
        assert_eq!(date_texts("5月20日,甘肃省优化营商环境大会在兰州召开"), ["5月20日"]);
        assert_eq!(date_texts("发布时间:2022年04月02日20:38"), ["2022年04月02日", "20:38"]);
        assert_eq!(date_texts("1-11月,全市减税"), ["1-11月"]);
        assert_eq!(date_texts("截至2023年第三季度"), ["2023年", "第三季度"]);
        assert_eq!(date_texts("大冶建县于公元967年"), ["公元967年"]);
        assert_eq!(date_texts("2019年度中国营商环境百佳示范县市"), ["2019年度"]);
    }

    #[test]
    fn durations_are_not_dates() {
        assert!(date_texts("有4000多年的采冶史").is_empty());
        assert!(date_texts("有1000年的建县史").is_empty());
        assert!(date_texts("压缩为3个月").is_empty());
        assert!(date_texts("连续2年获评").is_empty());
        assert!(date_texts("用时15月").is_empty());
    }

    #[test]
    fn every_opening_mark_passes_the_quick_test() {
        assert!(QUOTES.iter().all(|&(open, _)| may_open_quote(open)));
        assert!(!may_open_quote('一') && !may_open_quote('a'));
    }

    #[test]
    fn quoted_names_but_not_quoted_speech() {
        let s: Vec<char> = "推行“533”审批制度改革,“目前,玉门市正在对标国内一流营商环境,持续开展优化创新提升行动。”《优化营商环境条例》".chars().collect();
        let got: Vec<String> = quoted_names(&s).into_iter().map(|q| s[q.start..q.end].iter().collect()).collect();
        assert_eq!(got, ["533", "优化营商环境条例"]);
    }

    #[test]
    fn an_unclosed_quote_marks_nothing() {
        let s: Vec<char> = "他说“审批时限压缩74%\n下一行".chars().collect();
        assert!(quoted_names(&s).is_empty());
    }
}
