//! Time: when a report was published (its own date lines) and which period
//! each claim refers to (the time its sentence states before it).

use crate::extract::numeral::{CN_YEAR, year_number};
use crate::extract::{self, Quote};
use crate::normalize::{CharClass, NormalizedDoc};
use crate::runs::RunRegex;
use regex::Regex;
use std::sync::LazyLock;

/// Lines at the top of a report where its date line stands.
const HEADER_LINES: usize = 12;

/// A full date: `2024-06-21`, `2019/9/12`, `2019.09.12`, `2022年04月02日`.
const FULL_DATE: &str = r"((?:19|20)\d\d)\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})";

static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:发布时间|发布日期|发表时间|发布于|更新时间|时间|日期)\s*[:：]?\s*{FULL_DATE}")).unwrap()
});
/// A date that opens its line, then the line ends, a time or a space follows
/// (`2021-01-01 09:39:26 字号`, `2021年7月2日 来源:南方日报`); `2022年6月8日起,…`
/// opens a sentence instead.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^\s*{FULL_DATE}日?(?:\s|$)")).unwrap());
/// A date anywhere in a line that names the source or the author of the page
/// (`来源:宜宾新闻网 2025-01-15`, `作者:张三 | 2020年3月5日 | 阅读:1200`).
static SOURCE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{FULL_DATE}日?(?:\s|$|\||[)）\]】])")).unwrap());
const SOURCE_MARKS: &[&str] = &["来源", "作者", "编辑", "记者", "浏览", "阅读", "字号", "点击"];
/// A date with a clock time after it anywhere in a header line: a page's
/// time stamp (`市发改委  2024-03-08 09:12:33`, `2023年09月22日11:30`).
static STAMP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{FULL_DATE}(?:日\s*|\s+)\d{{1,2}}:\d{{2}}")).unwrap());

/// The date a report was delivered, under its title
/// (`——2020年7月29日在北京市第十五届人民代表大会常务委员会第二十三次会议上`).
static DELIVERED: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^\s*[—\-－]*\s*{FULL_DATE}日?在")).unwrap());

/// A line that is a date and nothing else (`2024年4月15日`).
static SIGNED: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^{FULL_DATE}日?$")).unwrap());
/// Lines at the end of a report where an official document's date stands.
const SIGNATURE_LINES: usize = 3;
/// The longest closing line read as a byline: a sentence of the story that
/// names a reporter and a date is none.
const MAX_BYLINE_CHARS: usize = 40;

/// The ISO date a report states it was published: from its header lines,
/// else the date an official document signs off with.
pub fn published(text: &str) -> Option<String> {
    let header: Vec<&str> = text.lines().take(HEADER_LINES).collect();
    let labelled = || header.iter().find_map(|l| LABELLED.captures(l));
    let opening = || header.iter().find_map(|l| DATE_LINE.captures(l));
    let names_source = |l: &str| SOURCE_MARKS.iter().any(|m| l.contains(m));
    let sourced = || header.iter().filter(|l| names_source(l)).find_map(|l| SOURCE_LINE.captures(l));
    let stamped = || header.iter().find_map(|l| STAMP.captures(l));
    let delivered = || header.iter().find_map(|l| DELIVERED.captures(l));
    // `…领导小组办公室\n2024年4月15日`: an official document signs off with
    // its date, a line of its own among the last.
    // A news page may close with its byline instead (`(编辑:王某 2023年05月16日)`).
    let signed = || {
        let last = text.lines().rev().map(str::trim).filter(|l| !l.is_empty()).take(SIGNATURE_LINES);
        let bylined =
            |l: &str| names_source(l) && l.chars().count() <= MAX_BYLINE_CHARS && !l.contains(['。', ',', '，']);
        last.into_iter()
            .find_map(|l| SIGNED.captures(l).or_else(|| bylined(l).then(|| SOURCE_LINE.captures(l)).flatten()))
    };
    let caps = labelled().or_else(opening).or_else(sourced).or_else(stamped).or_else(delivered).or_else(signed)?;
    let (y, m, d): (u32, u32, u32) = (caps[1].parse().ok()?, caps[2].parse().ok()?, caps[3].parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

static PERIOD: LazyLock<RunRegex> = LazyLock::new(|| {
    // `1-7月`, `11月-12月`, `10月30日`.
    let months = r"\d{1,2}(?:月?[-至到~—]\d{1,2})?月(?:\d{1,2}日|份)?(?:底|末)?";
    // `二〇二三年一至九月`: a year in Chinese numerals, and then months in
    // them too (alone, `阳春三月` is no period).
    let cn_months = r"[一二三四五六七八九十]{1,2}(?:月?[-至到~—][一二三四五六七八九十]{1,2})?月(?:份)?(?:底|末)?";
    // `今年前七个月`: the opening months of a year. Two dates joined by 至
    // (`2020年至今年5月`, `2021年至2023年`) are one period, a span.
    let opening = r"前(?:[一二两三四五六七八九十]{1,2}|\d{1,2})个月";
    let date = format!(
        r"(?:(?:19|20)\d\d年(?:度)?(?:(?:前|第)?[一二三四1-4]季度|上半年|下半年|全年|{opening}|{months})?|{CN_YEAR}年(?:度)?(?:(?:前|第)?[一二三四]季度|上半年|下半年|全年|{opening}|{cn_months})?|(?:今年|去年)?(?:{months}|(?:前|第)?[一二三四]季度|上半年|下半年|{opening}))"
    );
    let regex = Regex::new(&format!(
        r"(?:截至|截止|截止到|自|从)?{date}(?:[至到—~-]{date})?(?:以来|起|底|末)?|今年以来|去年以来|今年来|今年|去年|过去一年|全年|前三季度|疫情期间|截至目前|近?[一两三四五六七八九十]{{1,2}}年来"
    ))
    .unwrap();
    RunRegex::new(regex, PERIOD_ANCHORS, in_period)
});
/// Every period holds one of these.
const PERIOD_ANCHORS: &[&str] = &["年", "月", "季", "疫情期间", "截至目前"];

/// The characters periods are written with (`\d` is any decimal digit).
fn in_period(c: char) -> bool {
    // Asked of every character around each anchor: one bit test.
    static CLASS: LazyLock<CharClass> =
        LazyLock::new(|| CharClass::new(|c| c.is_numeric() || PERIOD_CHARS.contains(&c)));
    CLASS.contains(c)
}
const PERIOD_CHARS: &[char] = &[
    '截', '至', '止', '到', '自', '从', '年', '度', '前', '第', '一', '二', '三', '四', '季', '上', '下', '半', '月',
    '份', '底', '末', '-', '以', '来', '起', '今', '去', '全', '疫', '情', '期', '间', '目', '~', '—', '〇', '零',
    '五', '六', '七', '八', '九', '十', '日', '过', '两', '近', '个',
];
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"((?:19|20)\d\d|{CN_YEAR})年")).unwrap());

/// Periods stated in a text, found once per report.
pub struct Periods {
    found: Vec<Period>,
}

/// A period outside book titles: its character range and text, and where
/// the quoted name that holds it closes, if one does.
struct Period {
    start: usize,
    end: usize,
    text: String,
    name_close: Option<usize>,
}

pub fn periods(doc: &NormalizedDoc, quotes: &[Quote]) -> Periods {
    // Matches come in order and do not overlap: character offsets are
    // counted on from the previous match's end.
    let (mut done_byte, mut done_char) = (0, 0);
    let found = PERIOD
        .find_iter(&doc.text)
        .into_iter()
        .filter_map(|(s, e)| {
            let start = done_char + doc.text[done_byte..s].chars().count();
            // `今年来` is 今年以来, but not in `今年来自…`, `今年来到…`.
            let e = if doc.text[s..e].ends_with("今年来") && doc.text[e..].starts_with(['自', '到', '看', '说', '临'])
            {
                e - '来'.len_utf8()
            } else {
                e
            };
            let text = &doc.text[s..e];
            (done_byte, done_char) = (e, start + text.chars().count());
            // Quotes come in order and do not overlap: the one that may
            // hold the period is the last opening at or before it.
            let name = quotes[..quotes.partition_point(|q| q.start <= start)].last().filter(|q| done_char <= q.end);
            // `《…三年行动方案(2023-2025年)》`: a document's own years.
            match name {
                Some(q) if q.book => None,
                _ => Some(Period { start, end: done_char, text: text.to_owned(), name_close: name.map(|q| q.end) }),
            }
        })
        .collect();
    Periods { found }
}

impl Periods {
    /// The period of a claim at normalized offset `at`: the nearest one
    /// stated before it in its sentence. `rank` says the claim is a rank,
    /// which a year in a quoted name before it dates (the list it is on).
    pub fn of_claim(&self, doc: &NormalizedDoc, at: usize, rank: bool) -> Option<String> {
        let sentence_start = doc.sentence_start(at);
        // `found` is sorted by start: look back from `at` only.
        let before = self.found.partition_point(|p| p.start < at);
        let holds = |i: usize| {
            let p = &self.found[i];
            p.end <= at
                && !is_dateline(&doc.chars, p)
                && !is_baseline(&doc.chars, p)
                && !dates_other_level(&doc.chars, p, at)
                && !dates_a_target(&doc.chars, p, at)
                && !dates_a_title(&doc.chars, p, at)
                && !names_other(&doc.chars, p, at, rank)
        };
        let in_sentence = || (0..before).rev().take_while(|&i| self.found[i].start >= sentence_start);
        // `2020年电力科技产业园区全年主营业务收入达60亿元`, `截至目前,全年共开展…`:
        // 全年 after another period of the sentence is the whole of that
        // time, which the other names (as the public gold reads it).
        // Not one of another clause (`在疫情期间…解决了问题,全年免费为…`).
        let joined = |j: usize, i: usize| {
            let between = &doc.chars[self.found[j].end..self.found[i].start];
            between.iter().all(|&c| c == ',' || c.is_whitespace()) || !between.contains(&',')
        };
        let stated = in_sentence().find(|&i| holds(i)).map(|i| {
            let whole_year = self.found[i].text == "全年";
            let named = || in_sentence().skip_while(|&j| j >= i).find(|&j| holds(j)).filter(|&j| joined(j, i));
            whole_year.then(named).flatten().unwrap_or(i)
        });
        let Some(i) = stated.or_else(|| self.opening_before_semicolons(doc, sentence_start)) else {
            return self.column_heading(doc, at);
        };
        let span = |i: usize| (self.found[i].start, self.found[i].end);
        let i = super::respective::respective(doc, span, i, at).unwrap_or(i);
        Some(&self.found[i])
            .filter(|p| !NOW.iter().any(|w| crate::normalize::holds(doc.slice(p.end, at), w)))
            // `从2019年的8.5天`: the level a change starts from is of 2019.
            .map(|p| {
                let from_level = doc.chars.get(p.end) == Some(&'的');
                p.text.strip_prefix('从').filter(|_| from_level).unwrap_or(&p.text).to_owned()
            })
    }

    /// `1-11月出口退税1.66亿元;延期缴纳税款312户次`: the period that opens
    /// a sentence holds past its semicolons, in the clauses after them that
    /// state none. The index of the period opening the nearest of the parts
    /// before `start` (a part's start, just after a `;`), if one does.
    fn opening_before_semicolons(&self, doc: &NormalizedDoc, start: usize) -> Option<usize> {
        let mut part = start;
        for _ in 0..MAX_PARTS_BACK {
            if part == 0 || doc.chars[part - 1] != ';' {
                return None;
            }
            part = doc.sentence_start(part - 1);
            let i = self.found.partition_point(|p| p.start < part);
            let opens = |p: &Period| {
                opens_part(&doc.chars[part..], p.start - part, p.end - part)
                    && !is_baseline(&doc.chars, p)
                    && !is_dateline(&doc.chars, p)
            };
            if self.found.get(i).is_some_and(opens) {
                return Some(i);
            }
        }
        None
    }

    /// `指标\t2022年\t2023年` over `市场主体\t10.2万户\t11.5万户`: a figure
    /// in a cell of a tab-separated table, whose row states no period,
    /// takes the period that is the whole heading of its column.
    fn column_heading(&self, doc: &NormalizedDoc, at: usize) -> Option<String> {
        let (start, end) = doc.column_heading(at)?;
        let i = self.found.partition_point(|p| p.start < start);
        self.found.get(i).filter(|p| p.start == start && p.end == end).map(|p| p.text.clone())
    }
}

/// Whether the period `[start, end)` is part of a quoted name that the
/// claim at `at` does not follow at once: `“2019年…指数”第1` is of 2019,
/// but `获评“2023年度…城区”等称号,…连续三年` is not. A rank further on is
/// of the year of the ranking list it is on (`“…”榜单`, `“…”排行榜`,
/// `在“…”中`).
fn names_other(chars: &[char], period: &Period, at: usize, rank: bool) -> bool {
    period.name_close.is_some_and(|close| close + 1 != at && !(rank && extract::names_a_ranking_list(chars, close)))
}

/// Whether the period at `[at, end)` of a part opens it: nothing before,
/// or a short lead-in clause with no figure when the period is a clause of
/// its own (`据统计,今年前三季度,…`; not `企业反映,2022年以来手续多`).
fn opens_part(part: &[char], at: usize, end: usize) -> bool {
    match part[..at.min(part.len())] {
        [] => true,
        [ref lead @ .., ','] => {
            // After a source of figures (`统计显示,一季度全市…`, `据统计,`) the
            // period may open the clause of the figures itself.
            let source = lead.first() == Some(&'据') || lead.ends_with(&['显', '示']) || lead.ends_with(&['表', '明']);
            (lead.len() <= MAX_LEAD_IN || (lead.first() == Some(&'据') && lead.len() <= MAX_SOURCE_LEAD_IN))
                && lead.iter().all(|&c| crate::normalize::is_han(c))
                && (part.get(end) == Some(&',') || source)
        }
        _ => false,
    }
}

/// The longest lead-in clause before a part's opening period (`数据显示`),
/// and the longest that names its source (`据市政务服务数据管理局介绍`).
const MAX_LEAD_IN: usize = 6;
const MAX_SOURCE_LEAD_IN: usize = 20;

/// How many semicolon-separated parts back a sentence's opening period is
/// looked for: a work report's paragraph of figures runs to six or more
/// (`全年地区生产总值增长8.4%;…;…;…;…;城镇居民人均可支配收入增长5%`), and
/// the bound keeps a list of thousands of parts cheap.
const MAX_PARTS_BACK: usize = 12;

/// Words that move a clause to the present (`2012年进入百强,现在已进位至
/// 57位`): the period stated before them is not the claim's. The present is
/// no period (claims.md: `目前`, `现在` give null).
const NOW: &[&str] = &["现在", "目前", "如今", "当前", "现已"];

/// Whether the period is what a figure is compared with (`较去年增长`,
/// `比2018年底增长`, `与上年同期相比`, `是2018年的1.9倍`), not when it holds.
fn is_baseline(chars: &[char], period: &Period) -> bool {
    let before = period.start.checked_sub(1).map(|b| chars[b]);
    // `较第一季度和去年同期分别提高`: the same time of another year, and a
    // comparison after it.
    const COMPARED: &[&str] = &["增长", "提高", "提升", "下降", "减少", "上升", "相比", "分别", "多", "少", "高", "低"];
    let same_time = extract::starts_with(chars, period.end, "同期");
    let past_same_time = period.end + if same_time { 2 } else { 0 };
    let same_time_compared = same_time && COMPARED.iter().any(|w| extract::starts_with(chars, past_same_time, w));
    // `是2018年的1.9倍`, `是去年同期的1.5倍`.
    matches!(before, Some('较' | '比' | '与' | '同'))
        || (matches!(before, Some('是' | '为')) && chars.get(past_same_time) == Some(&'的'))
        || same_time_compared
}

/// Whether the period is a news story's dateline (`新华网合肥10月21日电`,
/// `…12日讯`): when the story was filed, not when its figures hold. Only a
/// date to the day (`2020年电力…` is a year and a noun).
fn is_dateline(chars: &[char], period: &Period) -> bool {
    period.text.ends_with('日') && matches!(chars.get(period.end), Some('电' | '讯'))
}

/// Whether the period dates the level a change starts from (`由2018年的56家
/// 增加到238家`), which is not the claim at `at`.
fn dates_other_level(chars: &[char], period: &Period, at: usize) -> bool {
    let from =
        period.text.starts_with('从') || period.start.checked_sub(1).is_some_and(|b| matches!(chars[b], '由' | '从'));
    // `从前三季度的新设企业增长情况来看,…`: 从…来看 frames what follows;
    // the period is the figures'.
    let clause_end = chars[period.end..at].iter().position(|&c| c == ',').map_or(at, |p| period.end + p);
    let framing = chars[period.end..clause_end].ends_with(&['看']);
    // `从2018年的6.4天和2.4个`: the figures listed right after 的 are all
    // the starting level's.
    let first = period.end + 1;
    let listed = at > first
        && chars.get(first).is_some_and(char::is_ascii_digit)
        && at - first <= MAX_LISTED_LEVEL
        && matches!(chars[at - 1], '和' | '、' | '及' | '与')
        && !chars[first..at].iter().any(|c| matches!(c, ',' | ';' | '。'));
    from && !framing && chars.get(period.end) == Some(&'的') && at != first && !listed
}

/// The most characters from the first figure of a starting level's list
/// to a later one.
const MAX_LISTED_LEVEL: usize = 16;

/// Nouns of what is aimed at: a period right before one dates the aim
/// (`完成全年收入目标的32.5%`, `年度目标任务`), not the claim.
const TARGETS: &[&str] = &["目标", "任务", "计划"];

/// Whether the period opens an unquoted title right after a verb of
/// receiving it (`获评2024年辽宁省特色产业园区,…引进10家`), in a clause
/// before the claim at `at`: it is the title's year.
fn dates_a_title(chars: &[char], period: &Period, at: usize) -> bool {
    extract::ends_in_receiving(&chars[..period.start]) && chars[period.end..at].contains(&',')
}

/// Whether the period opens the name of a target that the claim at `at`
/// comes after, with nothing but Han characters between.
fn dates_a_target(chars: &[char], period: &Period, at: usize) -> bool {
    let reach = (period.end + MAX_TARGET_CHARS).min(at);
    let run = chars[period.end..reach].iter().take_while(|&&c| crate::normalize::is_han(c)).count();
    (0..run).any(|i| TARGETS.iter().any(|t| extract::starts_with(chars, period.end + i, t)))
}
/// The most characters from a period to the end of the target it opens.
const MAX_TARGET_CHARS: usize = 8;

/// The calendar year a period refers to: stated in it, or `今年`/`去年`
/// counted from the publication date.
pub fn period_year(period: &str, published: Option<&str>) -> Option<u32> {
    // (A span's year is the year it ends in.)
    if let Some(c) = YEAR.captures_iter(period).last() {
        return year_number(&c[1]);
    }
    let year: u32 = published?.get(..4)?.parse().ok()?;
    if period.starts_with("今年") || period == "全年" {
        Some(year)
    } else if period.starts_with("去年") || period == "过去一年" {
        Some(year - 1)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The run-limited search finds what the period pattern finds in the whole text.
        #[test]
        fn period_runs_agree_with_the_pattern(text in "([0-9]|二〇二三|九|十|年|月|日|季度|以来|今|去|过去一年|全|上半|下|截至|目前|疫情期间|底|末|前|第|一|三|-|,|。|从|起|至|到|~|—|a|٣)*") {
            let whole: Vec<(usize, usize)> = PERIOD.regex().find_iter(&text).map(|m| (m.start(), m.end())).collect();
            proptest::prop_assert_eq!(PERIOD.find_iter(&text), whole);
        }
    }

    #[test]
    fn published_from_date_lines() {
        assert_eq!(
            published("当前位置\n来源:湖北省政府网      时间:2024-06-21 08:13\n").as_deref(),
            Some("2024-06-21")
        );
        assert_eq!(published("立即下载\n标题\n2021-01-01 09:39:26 字号:\n").as_deref(), Some("2021-01-01"));
        assert_eq!(published("发布时间:2022年04月02日20:38 来源: 荆楚网").as_deref(), Some("2022-04-02"));
        assert_eq!(published("发布时间:2019-9-12 17:02:22").as_deref(), Some("2019-09-12"));
        // The date a speech or report was delivered, under its title.
        let s = "关于…工作情况的报告\n——2020年7月29日在北京市第十五届人民代表大会常务委员会第二十三次会议上\n";
        assert_eq!(published(s).as_deref(), Some("2020-07-29"));
        assert_eq!(
            published("政府工作报告\n2025年2月11日在嘉兴市第九届人民代表大会上\n").as_deref(),
            Some("2025-02-11")
        );
        // Not a date that opens a sentence of the story.
        assert_eq!(published("标题\n2020年7月29日,全市召开会议。\n").as_deref(), None);
        assert_eq!(published("标题\n市发改委  2024-03-08 09:12:33\n").as_deref(), Some("2024-03-08"), "a time stamp");
        assert_eq!(published("2023年1-7月,湖州规上工业利润增长9.1%。"), None, "a date in the body is no date line");
        assert_eq!(published("自2022年6月8日起,湖州坚持每周三召开恳谈会。"), None, "a sentence that opens with a date");
        // An official document's date, a line of its own among the last.
        let notice = "通报\n一季度,全市新增经营主体1.86万户。\n\n领导小组办公室\n2024年4月15日\n";
        assert_eq!(published(notice).as_deref(), Some("2024-04-15"));
        let ends_in_a_sentence = "通报\n全市新增经营主体1.86万户。\n2024年4月15日,召开会议。\n";
        assert_eq!(published(ends_in_a_sentence), None);
        // Or a news page's byline among the last lines.
        let bylined = "标题\n全县新增企业100家。\n(编辑:王某 2023年05月16日)\n";
        assert_eq!(published(bylined).as_deref(), Some("2023-05-16"));
        let reported =
            format!("标题\n{}记者从县政府获悉,2023年05月16日 县里召开了大会。\n", "全县新增企业100家。\n".repeat(12));
        assert_eq!(published(&reported), None, "a sentence of the story is no byline");
        // Full-width colons, dates inside source lines, dates that open a line.
        let cases = [
            ("发布日期：2023年12月20日", "2023-12-20"),
            ("发布时间：2023/11/08 09:00", "2023-11-08"),
            ("【发布时间：2024年05月06日】", "2024-05-06"),
            ("来源：宜宾新闻网 2025-01-15", "2025-01-15"),
            ("作者：张三 | 2020年3月5日 | 阅读：1200", "2020-03-05"),
            ("2021年7月2日 来源：南方日报", "2021-07-02"),
            ("2023年09月22日11:30 | 來源:人民網研究院", "2023-09-22"),
        ];
        for (line, date) in cases {
            assert_eq!(published(&format!("某县优化营商环境\n{line}\n正文。")).as_deref(), Some(date), "{line}");
        }
    }

    #[test]
    fn a_cell_of_a_table_takes_the_period_heading_its_column() {
        let s = "主要指标\n指标\t2022年\t2023年1-9月\t增幅\n市场主体\t10.2万户\t11.5万户\t12.7%\n开办时间\t3天\t0.5天\t-83%\n";
        assert_eq!(period_at(s, "10.2万户").as_deref(), Some("2022年"));
        assert_eq!(period_at(s, "11.5万户").as_deref(), Some("2023年1-9月"));
        assert_eq!(period_at(s, "0.5天").as_deref(), Some("2023年1-9月"), "rows further down");
        assert_eq!(period_at(s, "12.7%"), None, "a heading that is no period");
        // A period the row states wins; a line with no tab above is no table.
        let s = "指标\t2022年\n今年以来新增\t1.2万户\n";
        assert_eq!(period_at(s, "1.2万户").as_deref(), Some("今年以来"));
        assert_eq!(period_at("2022年\n新增企业\t1.2万户\n", "1.2万户"), None);
    }

    fn period_at(s: &str, needle: &str) -> Option<String> {
        let doc = crate::normalize::normalize(s);
        let at = doc.char_at(doc.text.find(needle).unwrap());
        periods(&doc, &extract::quotes(&doc)).of_claim(&doc, at, needle.starts_with('第'))
    }

    #[test]
    fn years_of_names_are_no_periods_of_other_claims() {
        let s = "出台《三年行动方案(2023-2025年)》等政策文件12个。";
        assert_eq!(period_at(s, "12个"), None, "a document's own years");
        let s = "获评“2023年度中国营商环境最佳口碑城区”等称号,营商环境评价连续三年位列第一等次。";
        assert_eq!(period_at(s, "三年"), None, "an honor's year");
        // A rank is dated by the list it is on, even a clause later.
        let s = "公布了“2019年中国外贸百强城市”榜单,湘潭市位居第49位。";
        assert_eq!(period_at(s, "第49位").as_deref(), Some("2019年"));
        let s = "荣获“2023年度中国营商环境最佳城市”称号,在全省营商环境评价中位列第三。";
        assert_eq!(period_at(s, "第三"), None, "a title is no list");
        // Speech in quotes is no name: its dates count.
        let s = "“今年,我们将新增两家子公司。”";
        assert_eq!(period_at(s, "两家").as_deref(), Some("今年"));
    }

    #[test]
    fn periods_from_the_sentence() {
        let s = "2023年1-7月,湖州规上工业利润增长9.1%,比全省平均高20.2个百分点。";
        assert_eq!(period_at(s, "9.1%").as_deref(), Some("2023年1-7月"));
        assert_eq!(period_at(s, "20.2").as_deref(), Some("2023年1-7月"));
        assert_eq!(period_at("截至2023年第三季度,召开恳谈会55期", "55期").as_deref(), Some("截至2023年第三季度"));
        assert_eq!(period_at("今年以来,受理企业诉求108件", "108件").as_deref(), Some("今年以来"));
        // A count of years up to now is a period; 近年来 is vague, none.
        assert_eq!(period_at("两年来,经口岸出入的旅客超2125万人次", "2125").as_deref(), Some("两年来"));
        assert_eq!(period_at("近年来,新增企业5000家", "5000"), None);
        assert_eq!(period_at("2023年全年新成立公司4800家", "4800家").as_deref(), Some("2023年全年"));
        // 全年 after another period is the whole of that time.
        let s = "2020年电力科技产业园区全年主营业务收入达60亿元以上。";
        assert_eq!(period_at(s, "60亿元").as_deref(), Some("2020年"));
        assert_eq!(period_at("全年新成立公司4800家", "4800家").as_deref(), Some("全年"));
        assert_eq!(period_at("截至目前,全年共开展活动6次。", "6次").as_deref(), Some("截至目前"));
        let s = "在疫情期间线上为40余家企业解决了问题,全年免费为5家企业提供服务。";
        assert_eq!(period_at(s, "5家").as_deref(), Some("全年"), "another clause's period");
        // A government work report's year before.
        assert_eq!(period_at("过去一年,全市地区生产总值达到1.14万亿元", "1.14").as_deref(), Some("过去一年"));
        assert_eq!(period_year("过去一年", Some("2024-01-20")), Some(2023));
        // A dateline is when the story was filed.
        let s = "新华网合肥10月21日电 新签约亿元以上项目60个。";
        assert_eq!(period_at(s, "60个"), None);
        let s = "2020年电力科技产业园区收入达60亿元。";
        assert_eq!(period_at(s, "60亿元").as_deref(), Some("2020年"));
        // An event's date, to the day (the public gold's `10月30日`).
        assert_eq!(period_at("7月31日 37家单位公开亮出承诺。", "37家").as_deref(), Some("7月31日"));
        assert_eq!(period_at("2022年6月8日起,召开恳谈会55期", "55期").as_deref(), Some("2022年6月8日起"));
        // The period that opens a sentence holds past its semicolons, as the
        // public gold reads it; 今年 and the quarter are one period.
        let s = "1-11月出口退税1.66亿元,免抵税额1.797亿元;延期缴纳税款312户次,延期税款金额2.8亿元。";
        assert_eq!(period_at(s, "312户次").as_deref(), Some("1-11月"));
        let s = "今年一季度,完成财政总收入47.8亿元;完成地方一般公共预算收入22.5亿元。";
        assert_eq!(period_at(s, "47.8").as_deref(), Some("今年一季度"));
        assert_eq!(period_at(s, "22.5").as_deref(), Some("今年一季度"));
        // However many parts the sentence has.
        let s = "全年地区生产总值增长8.4%;投资增长21.8%;社零增长5.8%;税收增长7.8%;收入增长5%;出口增长3%。";
        assert_eq!(period_at(s, "3%").as_deref(), Some("全年"));
        // A short lead-in clause may stand before it.
        let s = "据统计,今年前三季度,实现地区生产总值1650亿元;规上工业增加值增长9.1%。";
        assert_eq!(period_at(s, "9.1%").as_deref(), Some("今年前三季度"));
        let s = "今年前七个月,全市新增企业1.2万户;2023年前10个月增长9.1%。";
        assert_eq!(period_at(s, "1.2万户").as_deref(), Some("今年前七个月"));
        assert_eq!(period_at(s, "9.1%").as_deref(), Some("2023年前10个月"));
        let s = "据中山市政务服务数据管理局介绍,今年1至10月,新登记经营主体5.8万户;企业开办时间压缩至0.5个工作日。";
        assert_eq!(period_at(s, "0.5").as_deref(), Some("今年1至10月"));
        let s = "企业反映,2022年以来手续多;办理许可用时3天。";
        assert_eq!(period_at(s, "3天"), None, "a period inside a clause opens nothing");
        // After a source of figures it may open their clause.
        // 今年来 is 今年以来, but not before 自 or 到.
        assert_eq!(period_at("今年来,全县新增企业300家。", "300家").as_deref(), Some("今年来"));
        assert_eq!(period_at("今年来自全国的企业达到500家。", "500家").as_deref(), Some("今年"));
        let s = "统计显示,一季度全市园区完成产值227.5亿元,增长12.6%;完成增加值62亿元。";
        assert_eq!(period_at(s, "62亿元").as_deref(), Some("一季度"));
        // Only a period that opens a part; one inside it is that clause's.
        let s = "企业开办用时较2022年缩短1天;办理许可用时3天。";
        assert_eq!(period_at(s, "3天"), None);
        let s = "全年签约项目17个;11月-12月,签约10余家。";
        assert_eq!(period_at(s, "10余家").as_deref(), Some("11月-12月"));
        // Two dates joined by 至 are one span.
        let s = "2020年至今年5月,全市签约项目56个。";
        assert_eq!(period_at(s, "56个").as_deref(), Some("2020年至今年5月"));
        let s = "2021年1月至2022年6月,新增企业500家。";
        assert_eq!(period_at(s, "500家").as_deref(), Some("2021年1月至2022年6月"));
        // 从…来看 frames the figures after it with its period.
        let s = "11月10日,总局召开新闻发布会,从前三季度的新设企业增长情况来看,高技术制造业新设企业增长62.8%。";
        assert_eq!(period_at(s, "62.8%").as_deref(), Some("前三季度"));
        // The year of an unquoted title received dates the title, not a
        // claim in a later clause; in the title's own clause it holds.
        let s = "产业园获评2024年辽宁省特色产业园区,成功引进10家配套单位。";
        assert_eq!(period_at(s, "10家"), None);
        let s = "2023年获评全省营商环境优秀县,新增企业500家。";
        assert_eq!(period_at(s, "500家").as_deref(), Some("2023年"));
        // A period that opens the name of a target dates the target.
        let s = "截至2021年3月15日,一般公共预算收入完成全年收入目标的32.5%。";
        assert_eq!(period_at(s, "32.5%").as_deref(), Some("截至2021年3月15日"));
        let s = "一季度、二季度、三季度分别新增企业320户、410户、380户。";
        assert_eq!(period_at(s, "320户").as_deref(), Some("一季度"));
        assert_eq!(period_at(s, "410户").as_deref(), Some("二季度"));
        assert_eq!(period_at(s, "380户").as_deref(), Some("三季度"));
        let s = "2022年和2023年分别新增企业320户、410户和380户。";
        assert_eq!(period_at(s, "380户").as_deref(), Some("2023年"), "more figures than periods");
        assert_eq!(period_at("今年1至9月,新设立企业1.2万家", "1.2万家").as_deref(), Some("今年1至9月"));
        assert_eq!(period_at("2023年1到7月,新设立企业1.2万家", "1.2万家").as_deref(), Some("2023年1到7月"));
        assert_eq!(period_at("2022年召开会议。审批时限压缩74%", "74%"), None, "another sentence's date does not count");
        let s = "截至2023年底,市场主体达45.6万户,比2018年底增长62%,较去年增长12.5%。";
        assert_eq!(period_at(s, "62%").as_deref(), Some("截至2023年底"), "a baseline is no period");
        assert_eq!(period_at(s, "12.5%").as_deref(), Some("截至2023年底"));
        let s = "截至2023年9月底,市场主体达18.6万户,是2018年的1.9倍,企业由2018年的56家增加到238家。";
        assert_eq!(period_at(s, "1.9倍").as_deref(), Some("截至2023年9月底"), "a multiple's baseline");
        assert_eq!(period_at(s, "56家").as_deref(), Some("2018年"), "the level a change starts from");
        assert_eq!(period_at(s, "238家").as_deref(), Some("截至2023年9月底"));
        let s = "云南省从2018年的6.4天和2.4个分别下降至2019年的2.9天和2.2个。";
        assert_eq!(period_at(s, "2.4个").as_deref(), Some("2018年"), "listed with the starting level");
        assert_eq!(period_at(s, "2.2个").as_deref(), Some("2019年"));
        let s = "上半年,新批项目6930个,增速分别较第一季度和去年同期提高7.2个和141.6个百分点。";
        assert_eq!(period_at(s, "141.6个百分点").as_deref(), Some("上半年"), "the same time last year is a baseline");
        assert_eq!(period_at("去年同期为30%。", "30%").as_deref(), Some("去年"));
        assert_eq!(
            period_at("新设企业1.1万家,是去年同期的1.5倍。", "1.5倍"),
            None,
            "a multiple of the same time last year"
        );
        let s = "二〇二三年一至九月,新设立企业1.2万家,二〇二〇年位列第四十二位。";
        assert_eq!(period_at(s, "1.2万家").as_deref(), Some("二〇二三年一至九月"), "a year in Chinese numerals");
        assert_eq!(period_at(s, "第四十二位").as_deref(), Some("二〇二〇年"));
        let s = "二零二二年全年,新设立企业1.2万家。";
        assert_eq!(period_at(s, "1.2万家").as_deref(), Some("二零二二年全年"), "零 for the zero");
        assert_eq!(period_at("阳春三月,新设立企业1.2万家", "1.2万家"), None, "months alone are in Arabic digits");
        assert_eq!(period_at("从2019年的第81位升至第18位", "第18位"), None);
        assert_eq!(period_at("从2019年的第81位升至第18位", "第81位").as_deref(), Some("2019年"));
    }

    #[test]
    fn the_present_is_no_period() {
        let s = "2012年,在全省率先进入全国县域经济百强行列,现在已进位至57位。";
        assert_eq!(period_at(s, "57位"), None);
        assert_eq!(period_at("2012年,进入全国百强,排名第81位。", "第81位").as_deref(), Some("2012年"));
        assert_eq!(period_at("截至目前,专线累计收到事项1622件。", "1622件").as_deref(), Some("截至目前"));
    }

    #[test]
    fn relative_years_resolve_against_publication() {
        assert_eq!(period_year("今年以来", Some("2021-01-01")), Some(2021));
        assert_eq!(period_year("去年以来", Some("2021-01-01")), Some(2020));
        assert_eq!(period_year("2023年1-7月", None), Some(2023));
        assert_eq!(period_year("2020年至2022年", None), Some(2022), "a span ends in its last year");
        assert_eq!(period_year("二〇二三年一至九月", None), Some(2023));
        assert_eq!(period_year("二零二二年", None), Some(2022), "零 for the zero");
        assert_eq!(period_year("今年以来", None), None);
    }
}
