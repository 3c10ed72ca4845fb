//! Names: the named measures a report says its place carries out
//! (claims.md §2) and the honors it received (§3).
//!
//! Measures come from quoted names, judged by their shape and the words
//! around the quotes (a coined name ending in `办`/`制`/`机制`, or quoted after
//! `推行`/`实施`, or followed by `改革`/`模式`, or in a run of quotes closed by
//! `等…举措`/`等…活动`), and from the editable lexicon
//! `data/measures.txt` for names written without quotes. Everyday words and
//! idioms in quotes (`“生命线”`, `“一盘棋”`) are figures of speech, not names.
//! Honors come from titles after `获评`/`荣获`/`入选`… and from title-shaped
//! phrases (`全国文明城市`, `中国工业百强县市`).

use super::marks::Quote;
use super::numeral::{CN_YEAR, year_number};
use crate::normalize::{NormalizedDoc, holds, trim_end_word};
use crate::runs::RunRegex;
use crate::segment::is_dictionary_word;
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::LazyLock;

/// A named measure, once per report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedMeasure {
    /// Simplified script, without quotation marks.
    pub name: String,
    /// Quoted at least once in the report.
    pub quoted: bool,
    /// Normalized character offset of its first appearance.
    pub start: usize,
    /// Appearances in the report.
    pub count: usize,
}

/// An honor the place received, once per report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Honor {
    pub name: String,
    pub year: Option<u32>,
    /// Normalized character offset of its first appearance.
    pub start: usize,
}

static LEXICON: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::data::entries(include_str!("../../data/measures.txt")));

static LEXICON_SET: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| LEXICON.iter().copied().collect());

/// The lexicon names that occur in `chars`, in lexicon order, each once.
///
/// Every occurrence counts, one inside a longer name too, as `contains`
/// would say.
fn lexicon_names_in(chars: &[char]) -> Vec<&'static str> {
    static SCAN: LazyLock<NameScan> = LazyLock::new(|| NameScan::new(&LEXICON));
    LEXICON.iter().zip(SCAN.present(chars)).filter(|&(_, s)| s).map(|(n, _)| *n).collect()
}

/// The names in `data/measures.txt`.
pub fn measure_lexicon() -> impl Iterator<Item = &'static str> {
    LEXICON.iter().copied()
}

/// The normalized text of characters `[s, e)`, trimmed.
fn text_of(doc: &NormalizedDoc, s: usize, e: usize) -> String {
    doc.slice(s, e).trim().to_owned()
}

/// A word list searched as one automaton, built once: on the short windows
/// looked at here that is several times cheaper than one substring search
/// per word.
fn automaton(words: &[&str]) -> AhoCorasick {
    AhoCorasick::builder().kind(Some(AhoCorasickKind::DFA)).build(words).expect("a short fixed word list")
}

static HONOR_VERB_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(&[RECEIVING, OTHER_HONOR_VERBS].concat()));
static NOT_HONOR_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(NOT_HONOR));
/// Verbs of taking a place on a list or in a ranking.
static PLACING_FINDER: LazyLock<AhoCorasick> =
    LazyLock::new(|| automaton(&["进入", "位列", "位居", "名列", "排名", "排在", "列入", "纳入"]));

/// A word list asked of every quoted name whether the name ends with one
/// of its words: the words are kept by their last character, so a name is
/// compared only with the few that end as it does.
struct Endings(rustc_hash::FxHashMap<char, Vec<&'static str>>);

impl Endings {
    fn new(words: &[&'static str]) -> Endings {
        let mut by_last: rustc_hash::FxHashMap<char, Vec<&'static str>> = Default::default();
        for w in words {
            // An empty word would end every name; no list holds one.
            if let Some(last) = w.chars().next_back() {
                by_last.entry(last).or_default().push(w);
            }
        }
        Endings(by_last)
    }

    /// Whether one of the words ends `name`.
    fn is_end_of(&self, name: &str) -> bool {
        let words = name.chars().next_back().and_then(|c| self.0.get(&c));
        words.is_some_and(|words| words.iter().any(|w| name.ends_with(w)))
    }
}

static MEASURE_END: LazyLock<Endings> = LazyLock::new(|| Endings::new(MEASURE_ENDINGS));
static NOT_MEASURE_END: LazyLock<Endings> = LazyLock::new(|| Endings::new(NOT_MEASURE_ENDINGS));
static VERB_BEFORE_END: LazyLock<Endings> = LazyLock::new(|| Endings::new(VERBS_BEFORE));
static HONOR_END: LazyLock<Endings> = LazyLock::new(|| Endings::new(HONOR_ENDINGS));

/// The normalized text of characters `[s, e)`, both clamped to the text.
fn window(doc: &NormalizedDoc, s: usize, e: usize) -> &str {
    let len = doc.chars.len();
    doc.slice(s.min(len), e.min(len))
}

/// Endings of coined measure names.
const MEASURE_ENDINGS: &[&str] = &[
    "办",
    "办结",
    "批",
    "报",
    "制",
    "机制",
    "模式",
    "平台",
    "服务",
    "通",
    "团",
    "管家",
    "日",
    "讲堂",
    "合一",
    "合办",
    "互动",
    "联动",
    "齐发",
    "不罚",
    "免罚",
    "抵罚",
    "一次",
    "码",
    "会",
    "节",
    "兑",
    "评议",
    "热线",
    "群",
    "套餐",
    "窗",
    "专班",
    "专员",
    "秘书",
    "驿站",
    "工程",
    "行动",
    "工作法",
    "联办",
    "联审",
    "即办",
    "即享",
    "改革",
    "审批",
    "受理",
    "分离",
    "超市",
    "专区",
    "小程序",
    "年",
    "圈",
    "直通车",
    // How few trips or doors a service takes (`零跑腿`, `一次不用跑`,
    // `只进一门`, `只上一张网`, `一次办成`).
    "不用跑",
    "零跑",
    "跑腿",
    "一门",
    "一扇门",
    "一张网",
    "办成",
];
/// Endings of names that are not measures: documents, zones, people.
const NOT_MEASURE_ENDINGS: &[&str] = &[
    "方案",
    "意见",
    "通知",
    "办法",
    "条例",
    "规定",
    "决定",
    "细则",
    "备忘录",
    "规划",
    "纲要",
    "报告",
    "白皮书",
    "试验区",
    "实验区",
    "示范区",
    "新区",
    "开发区",
    "高新区",
    "自贸区",
    "园区",
    "者",
    "企业",
    "公司",
    "集团",
    "榜单",
    // `“孝南密码”`: the secret of a success, a figure of speech.
    "密码",
    // Events: `“中国营商环境峰会”`.
    "峰会",
    "论坛",
    "博览会",
    "交易会",
    "年会",
];
/// Campaigns that go to firms or parks (`“员额法官进企业”`): their names end
/// like a firm's or a zone's, but they are measures.
const VISITS: &[&str] = &["进企业", "入企业", "进园区", "入园区"];
const VERBS_BEFORE: &[&str] = &[
    "推行",
    "实行",
    "实施",
    "推进",
    "开展",
    "建立",
    "打造",
    "推出",
    "创新",
    "深化",
    "启动",
    "上线",
    "开通",
    "组建",
    "成立",
    "探索",
    "推广",
    "落实",
    "试行",
    "构建",
    "搭建",
    "开设",
    "设立",
    "首创",
    "创新推出",
    "依托",
    "运用",
    "通过",
    "实现",
    "借助",
    "采取",
    "采用",
    "利用",
];
const STRONG_AFTER: &[&str] = &[
    "机制",
    "体系",
    "架构",
    "模式",
    "制度",
    "改革",
    "平台",
    "品牌",
    "专区",
    "小程序",
    "工作法",
    "系统",
    "专窗",
    "窗口",
    "服务平台",
    "应用",
    "行动",
    "APP",
    "App",
    "app",
    "客户端",
    "移动端",
    "公众号",
];
/// How many Chinese characters after a quote a strong word may end.
const STRONG_REACH: usize = 7;
const WEAK_AFTER: &[&str] = &["工作", "服务", "活动", "建设", "团队", "队伍", "举措", "线上", "微信"];

static NUMERAL_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[一二两三四五六七八九十百千万双多][\p{Han}]{1,3}[一二两三四五六七八九十双多]").unwrap()
});

/// Numerals that open a coined name (`六城同创`); not 一, which opens
/// everyday words too.
const NUMERAL_OPENERS: &[char] = &['两', '三', '四', '五', '六', '七', '八', '九', '十', '双'];

/// `交地即交证`, `拿地即开工`, `验收即备案`: one step done upon another,
/// the shape of a reform's name (a verb and its object on each side of 即).
fn is_upon_shape(name: &str) -> bool {
    name.split_once('即').is_some_and(|(a, b)| {
        let han = |s: &str| (2..=4).contains(&s.chars().count()) && s.chars().all(crate::normalize::is_han);
        han(a) && han(b)
    })
}

/// `“三新”模式`: a short quoted name `name` read with its head noun.
fn is_short_with_head(doc: &NormalizedDoc, q: &Quote, name: &str) -> bool {
    !q.book && head_noun(doc, q, name).is_some_and(|head| !is_dictionary_word(&format!("{name}{head}")))
}

/// How strongly the quoted name at `q` reads as a measure (two or more is
/// one), or `None` when it cannot be one: a plan's period, a list of
/// examples, a slogan of spirit, a title, a dictionary word… `run` spans
/// its run of quotes, whose context it shares, and `listed` says the run is
/// closed as a list of measures ([`listed_quotes`]).
fn measure_score(doc: &NormalizedDoc, q: &Quote, run: &Quote, name: &str, listed: bool) -> Option<u32> {
    let len = name.chars().count();
    if LEXICON_SET.contains(name) {
        return Some(u32::MAX);
    }
    if q.book || !(2..=20).contains(&len) || !name.chars().any(crate::normalize::is_han) {
        return None;
    }
    // `“十三五”期间`: a plan's period, all numerals, names no measure.
    if name.chars().all(super::numeral::is_cn_numeral_char) {
        return None;
    }
    // `“压缩货物整体通关时间三分之一”任务`: a fraction is a figure; a
    // quote holding one is a target, not a name.
    if name.contains("分之") {
        return None;
    }
    // `“企业开办等证照审批”`: 等 closes a list of examples, not a name.
    if name.matches('、').count() >= 2
        || is_replaced(doc, q)
        || is_spirit(doc, run)
        || is_superlative(name)
        || name.contains('等')
        || (NOT_MEASURE_END.is_end_of(name) && !VISITS.iter().any(|v| name.ends_with(v)))
        || is_honor_name(name)
        || is_dictionary_word(name)
    {
        return None;
    }
    let mut score = 0;
    if MEASURE_END.is_end_of(name) && !(name.ends_with('年') && len < 5) {
        score += 2;
    }
    // `三集中三到位`; not a plan's period inside a slogan (`推进‘十四五’…`).
    let numeral_shape =
        NUMERAL_PATTERN.find_iter(name).any(|m| !m.as_str().chars().all(super::numeral::is_cn_numeral_char));
    if numeral_shape || is_upon_shape(name) {
        score += 2;
    } else if (3..=6).contains(&len)
        && name.chars().next().is_some_and(|c| NUMERAL_OPENERS.contains(&c))
        && name.chars().nth(1) != Some('个')
    {
        // `“六城同创”工作`, `“四下基层”活动`: a coined name may open with a
        // count of what it joins; a count of goals (`“五个突破”`) is a slogan.
        score += 1;
    }
    if name.contains('+') {
        score += 1;
    }
    if listed {
        score += 2;
    }
    let before = window(doc, run.start.saturating_sub(6), run.start.saturating_sub(1));
    // `被评为全省“四好商会”`: a quote that is the whole title received is
    // a title, not a measure (`荣获“最多跑一次”改革先行区` holds one).
    let received = says_received(window(doc, run.start.saturating_sub(9), run.start.saturating_sub(1)));
    if received && title_after_quote(doc, run.end + 1).is_none() {
        return None;
    }
    if VERB_BEFORE_END.is_end_of(before) {
        score += 1;
    }
    // `“…”的审批模式`: 的 may stand before the word after the quote.
    let skip = usize::from(doc.chars.get(run.end + 1) == Some(&'的'));
    let after = window(doc, run.end + 1 + skip, run.end + 5 + skip);
    // A strong word may end a longer noun of government service after the
    // quote (`“爱山东”政务服务平台`; `“京东云”大数据平台` is a firm's).
    let noun_after = window(doc, run.end + 1, run.end + 1 + han_run(&doc.chars, run.end + 1, STRONG_REACH));
    let service = ["政务", "服务", "营商", "政企"].iter().any(|w| noun_after.starts_with(w));
    if STRONG_AFTER.iter().any(|w| holds(after, w) || (service && noun_after.ends_with(w))) {
        score += 2;
    } else if WEAK_AFTER.iter().any(|w| after.starts_with(w)) || names_a_theme(doc, run) {
        score += 1;
    }
    Some(score)
}

/// What a slogan names when it follows the quote (`以“说办就办、马上就办”的
/// 作风`, `“招商第一”理念`): a way of working, not a measure; so is a
/// layout (`“一核两带三区”布局`) or a strategy (`“三高四新”战略`).
const SPIRITS: &[&str] = &[
    "作风", "精神", "理念", "态度", "干劲", "劲头", "状态", "姿态", "担当", "决心", "信念", "氛围", "原则", "意识",
    "情怀", "目标", "思路", "速度", "布局", "格局", "战略", "倡议",
];

/// What a quote names when one of these follows it: a problem the reform
/// met, not the reform (`存在“三多三少”现象`, `“玻璃门”问题`).
const PROBLEMS: &[&str] = &["现象", "问题", "难题", "顽疾", "痛点", "堵点", "怪圈"];

/// Whether the quote `q` is followed, maybe after 的, by one of [`SPIRITS`]
/// or [`PROBLEMS`].
fn is_spirit(doc: &NormalizedDoc, q: &Quote) -> bool {
    // `“多头跑、来回跑”等问题`: 等 may close a list of them.
    let after = window(doc, q.end + 1, q.end + 4);
    let after = after.strip_prefix(['的', '等']).unwrap_or(after);
    SPIRITS.iter().chain(PROBLEMS).any(|w| after.starts_with(w))
}

/// Words that say the quote before them gave way to the quote after them
/// (`“找部门”转变为“找一窗”`).
const REPLACED_BY: &[&str] = &["变成", "变为", "转变为", "转变成", "转为", "转向"];

/// Whether the quote `q` names the old way a reform replaced: before
/// [`REPLACED_BY`] and another quote, or in `从“…”到“…”`, `由“…”向“…”`,
/// `变“…”为“…”`. That is the state left behind, not a measure; the new
/// one after it may be (`变“项目等指标”为“指标引项目”`).
fn is_replaced(doc: &NormalizedDoc, q: &Quote) -> bool {
    let after = window(doc, q.end + 1, q.end + 5);
    let opener = q.start.checked_sub(2).and_then(|i| doc.chars.get(i));
    let to: &[&str] = match opener {
        Some('从' | '由') => &["到", "向"],
        Some('变') => &["为"],
        _ => &[],
    };
    REPLACED_BY.iter().chain(to).any(|w| after.strip_prefix(w).is_some_and(|rest| rest.starts_with('“')))
}

/// The words for what a list of quoted names names: campaigns (`活动`,
/// `行动`) besides the practices an unquoted list names ([`PRACTICE_WORDS`]).
static QUOTED_PRACTICES: LazyLock<String> = LazyLock::new(|| format!("(?:{PRACTICE_WORDS}|活动|行动)"));

/// What closes a list of quoted measures: `等`, maybe a count and a
/// modifier, then one of [`QUOTED_PRACTICES`]
/// (`“一业一证”“四验同步”等创新举措`, `“法治体检”等助企活动`,
/// `等25项创新举措`). `等问题`, `等荣誉` close no list of measures.
static QUOTE_LIST_CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^等(?:[0-9一二三四五六七八九十百几多]+[项个条]|一批|一系列)?\p{{Han}}{{0,2}}?{}",
        *QUOTED_PRACTICES
    ))
    .unwrap()
});

/// What closes a run of quoted measures with a count of them and no `等`
/// (`“智慧办税”“矛调中心建设”2项改革`), after the count.
static COUNTED_LIST_CLOSING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^[项个条]\p{{Han}}{{0,2}}?{}", *QUOTED_PRACTICES)).unwrap());

/// Whether the text at `at` counts the `n` quotes of a run before it as
/// measures: exactly `n` (no more, no fewer), then [`COUNTED_LIST_CLOSING`].
fn counts_listed(doc: &NormalizedDoc, at: usize, n: usize) -> bool {
    super::numeral::read(&doc.chars, at).is_some_and(|count| {
        let exact = !count.more && count.value_max.is_none();
        exact
            && count.value == super::numeral::Decimal::int(n as i128)
            && COUNTED_LIST_CLOSING.is_match(window(doc, count.end, count.end + 8))
    })
}

/// For each of `quotes`, whether it belongs to a run of quotes (next to each
/// other, or joined by `、`, `和`, `及`, `与`) closed by [`QUOTE_LIST_CLOSING`],
/// or by a count of its two or more quotes ([`counts_listed`]).
fn listed_quotes(doc: &NormalizedDoc, quotes: &[Quote]) -> Vec<bool> {
    // Most quotes are followed by neither 等 nor a number: one character
    // says so.
    closed_runs(doc, quotes, |at, n| match doc.chars.get(at) {
        Some('等') => QUOTE_LIST_CLOSING.is_match(window(doc, at, at + 14)),
        Some(&c) if n > 1 && super::numeral::may_begin_number(c) => counts_listed(doc, at, n),
        _ => false,
    })
}

/// For each of `quotes`, whether it belongs to a run of quotes (next to each
/// other, or joined by `、`, `和`, `及`, `与`) that `closes`: asked with the
/// offset just past the run's last closing mark and the number of quotes
/// in the run.
fn closed_runs(doc: &NormalizedDoc, quotes: &[Quote], closes: impl Fn(usize, usize) -> bool) -> Vec<bool> {
    let mut closed = vec![false; quotes.len()];
    for run in runs(doc, quotes) {
        if closes(quotes[run.end - 1].end + 1, run.len()) {
            closed[run].fill(true);
        }
    }
    closed
}

/// The runs of `quotes` (indices): quotes next to each other, or joined by
/// `、`, `和`, `及`, `与`, in order.
fn runs(doc: &NormalizedDoc, quotes: &[Quote]) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut run_start = 0;
    for (i, q) in quotes.iter().enumerate() {
        // Quotes come in order and never overlap: the next one opens after
        // this one's closing mark.
        let next_joins = quotes.get(i + 1).is_some_and(|n| {
            let gap = window(doc, q.end + 1, n.start - 1);
            gap.is_empty() || matches!(gap, "、" | "和" | "及" | "与")
        });
        if !next_joins {
            runs.push(run_start..i + 1);
            run_start = i + 1;
        }
    }
    runs
}

/// Longest reach of the words around a numbered quote ([`numbered_name`]).
const NUMBERED_TAIL: usize = 8;
const NUMBERED_HEAD: usize = 12;

/// `旅游市场综合监管服务“12345”模式`, `“12345”市长热线`: a quote of digits is
/// a number, not a name; the name is the number with the words around it,
/// up to a measure ending after it (the longest within six characters) and
/// back to the verb or particle before it. Returns the name and where it
/// starts; `None` when the quote holds Chinese or no ending follows.
fn numbered_name(doc: &NormalizedDoc, q: &Quote, quoted: &str) -> Option<(String, usize)> {
    let is_han = crate::normalize::is_han;
    // `“1+1>2”`: a formula is a figure of speech.
    let formula = quoted.contains(['>', '<', '=', '＞', '＜', '＝']);
    if q.book || formula || quoted.chars().any(is_han) || !quoted.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let chars = &doc.chars;
    let after = q.end + 1;
    // `“12345”的…`: the words after 的 are what the number qualifies, no
    // name it heads.
    if chars.get(after) == Some(&'的') {
        return None;
    }
    // The tail is the noun phrase after the number: it ends before the
    // first verb that follows a noun (`“12345”热线/受理诉求`).
    let run = window(doc, after, after + han_run(chars, after, NUMBERED_TAIL));
    let words = crate::segment::words(run);
    let verb = (1..words.len()).find(|&i| words[i].tag == "v" && words[i - 1].tag.starts_with('n'));
    let tail_len = verb.map_or(run.chars().count(), |i| words[i].start);
    // `“13710”工作制度`: a system (制度) ends it too, whole, though a quote
    // that is all words needs a stronger ending than that.
    let ends = |t: &str| MEASURE_END.is_end_of(t) || t.ends_with("制度");
    let tail = (2..=tail_len).rev().map(|n| window(doc, after, after + n)).find(|t| ends(t))?;
    let open = q.start.checked_sub(1)?;
    let head_len = chars[..open].iter().rev().take(NUMBERED_HEAD).take_while(|&&c| is_han(c)).count();
    let head = strip_leading_verb(window(doc, open - head_len, open));
    let head = head.rsplit(['了', '的', '是', '和', '与', '及', '在']).next().unwrap_or(head);
    let head = after_place(head);
    // `共受理“12345”热线工单`: a verb right before the quote takes the named
    // thing as its object; the words before it are no part of the name.
    let governed = !head.is_empty() && crate::segment::words(head).last().is_some_and(|w| w.tag == "v");
    let head = if governed { "" } else { head };
    let start = open - head.chars().count();
    Some((format!("{head}{quoted}{tail}"), start))
}

/// The words of `head` after the last place named in full in it
/// (`并结合高邮市` → ``): whose a numbered name is, not part of it.
fn after_place(head: &str) -> &str {
    let g = crate::gazetteer::get();
    let ends: Vec<usize> = head.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
    let starts: Vec<usize> = head.char_indices().map(|(i, _)| i).collect();
    let named_to = |end: usize| {
        head[..end].ends_with(['省', '市', '县', '区', '州', '旗'])
            && starts.iter().filter(|&&s| s < end && end - s >= 6).any(|&s| g.is_name(&head[s..end]))
    };
    ends.into_iter().rfind(|&end| named_to(end)).map_or(head, |cut| &head[cut..])
}

/// Whether `name` says 最 (`“企业最有感”`, `“最美窗口”`): a slogan or a
/// title. `最多`/`最少` set a limit, as reform names do (`“最多跑一趟”`).
fn is_superlative(name: &str) -> bool {
    name.match_indices('最').any(|(at, m)| !matches!(name[at + m.len()..].chars().next(), Some('多' | '少')))
}

/// `“在湖州看见美丽中国”实干争先主题实践`: the quote names the theme of a
/// campaign, said by 主题 in the words right after it (up to 8 Chinese
/// characters, before any punctuation).
fn names_a_theme(doc: &NormalizedDoc, q: &Quote) -> bool {
    let after = q.end + 1;
    let run = window(doc, after, after + han_run(&doc.chars, after, 8));
    // `以“…”为主题的大会`: the theme of an event is its slogan.
    holds(run, "主题") && !run.starts_with("为主题")
}

/// How many Chinese characters, at most `max`, run from offset `at`.
fn han_run(chars: &[char], at: usize, max: usize) -> usize {
    chars.get(at..).unwrap_or_default().iter().take(max).take_while(|&&c| crate::normalize::is_han(c)).count()
}

/// Head nouns that a very short quoted name is read together with:
/// `“三新”模式` is the 三新模式.
const HEAD_NOUNS: &[&str] = &["模式", "机制", "制度"];

/// The name a quote gives: its text `name`, or with its head noun when the
/// quoted part is too short to stand alone.
fn quoted_name(doc: &NormalizedDoc, q: &Quote, name: String) -> String {
    // A known name stands alone: `“好差评”制度` is the 好差评.
    if LEXICON_SET.contains(name.as_str()) {
        return name;
    }
    match head_noun(doc, q, &name) {
        Some(head) => name + head,
        None => name,
    }
}

/// The head noun right after the quote, when its text `name` is short
/// enough to be read with it.
fn head_noun(doc: &NormalizedDoc, q: &Quote, name: &str) -> Option<&'static str> {
    if name.chars().count() > 3 || !name.chars().any(crate::normalize::is_han) {
        return None;
    }
    // Every head noun has two characters: the two after the closing mark.
    let after = window(doc, q.end + 1, q.end + 3);
    HEAD_NOUNS.iter().find(|h| after == **h).copied()
}

/// Lists of practices closed by `等措施` (`全程网办、预约错时办、特事秒批办等措施`).
static PRACTICE_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"((?:[\p{{Han}}+]{{2,12}}、)+[\p{{Han}}+]{{2,12}}){}", *LIST_CLOSING)).unwrap()
});
/// The words that close a list of practices.
static LIST_CLOSING: LazyLock<String> = LazyLock::new(|| format!("等(?:{PRACTICE_WORDS})"));
/// Words for practices, as alternatives of a pattern.
const PRACTICE_WORDS: &str = "措施|举措|机制|模式|改革|做法|服务|制度";

/// Items of practice lists that are shaped like measure names.
fn listed_practices(text: &str) -> Vec<String> {
    // A list is a run of Han characters, `+` and `、` closed by `等措施`…; the
    // list pattern runs only on the runs that hold such a closing word.
    static CLOSING: LazyLock<Regex> = LazyLock::new(|| Regex::new(&LIST_CLOSING).unwrap());
    let in_run = |c: char| crate::normalize::is_han(c) || c == '+' || c == '、';
    let mut found = Vec::new();
    let mut done = 0;
    for closing in CLOSING.find_iter(text) {
        if closing.start() < done {
            continue;
        }
        let before = &text[..closing.start()];
        let start = before.char_indices().rev().find(|&(_, c)| !in_run(c)).map_or(0, |(p, c)| p + c.len_utf8());
        let end = text[closing.start()..].find(|c| !in_run(c)).map_or(text.len(), |p| closing.start() + p);
        done = end;
        found.extend(practices_in(&text[start..end]));
    }
    found
}

/// The practice-list items of one run of text (see [`listed_practices`]).
fn practices_in(run: &str) -> Vec<String> {
    let mut found = Vec::new();
    for caps in PRACTICE_LIST.captures_iter(run) {
        for (i, item) in caps[1].split('、').enumerate() {
            // The first item still carries the clause's verb (`创新线上全程网办`).
            let item = if i == 0 { strip_leading_verb(item) } else { item };
            if let Some(known) = LEXICON.iter().find(|n| item.contains(**n)) {
                found.push((*known).to_owned());
            } else if (3..=8).contains(&item.chars().count())
                && MEASURE_END.is_end_of(item)
                && !is_dictionary_word(item)
            {
                found.push(item.to_owned());
            }
        }
    }
    found
}

fn strip_leading_verb(item: &str) -> &str {
    VERBS_BEFORE.iter().filter_map(|v| item.rfind(v).map(|p| p + v.len())).max().map_or(item, |cut| &item[cut..])
}

/// The measures of a report: accepted quoted names, listed practices and
/// lexicon names, each once, ordered by first appearance.
pub fn measures(doc: &NormalizedDoc, quotes: &[Quote]) -> Vec<NamedMeasure> {
    let (chars, text) = (&doc.chars[..], &doc.text);
    // name → (quoted at least once, normalized starts of its appearances)
    let mut names: BTreeMap<String, (bool, BTreeSet<usize>)> = BTreeMap::new();
    // Each quote's run, read as one: the words before its first quote and
    // after its last speak for all of them (`推行“秒报”“秒办”服务`).
    let runs = runs(doc, quotes);
    let spans: Vec<Quote> = runs
        .iter()
        .flat_map(|run| {
            let span = Quote { start: quotes[run.start].start, end: quotes[run.end - 1].end, book: false };
            run.clone().map(move |_| span)
        })
        .collect();
    // Each quote's score as a measure, `None` for one read otherwise or
    // ruled out.
    let mut scored: Vec<Option<(u32, String)>> = Vec::with_capacity(quotes.len());
    for ((q, in_list), run) in quotes.iter().zip(listed_quotes(doc, quotes)).zip(&spans) {
        let quoted = text_of(doc, q.start, q.end);
        // `“拿地即开工、承诺即审批”`, `“双随机、一公开”`: a pair of names in
        // one quote is the name, as quoted; holding a known measure makes
        // it one. A longer list (`“秒批、秒办、秒查”`) is no one name: it is
        // read as its items, and the known ones count as quoted there.
        let listed = listed_known(&quoted);
        if !listed.is_empty() && quoted.matches('、').count() == 1 {
            scored.push(Some((u32::MAX, quoted)));
            continue;
        }
        if !listed.is_empty() {
            for (offset, item) in listed {
                quoted_at(&mut names, item.to_owned(), q.start + offset);
            }
            scored.push(None);
            continue;
        }
        if let Some((name, start)) = numbered_name(doc, q, &quoted) {
            quoted_at(&mut names, name, start);
            scored.push(None);
            continue;
        }
        let score = measure_score(doc, q, run, &quoted, in_list);
        let score = if is_short_with_head(doc, q, &quoted) { Some(u32::MAX) } else { score };
        scored.push(score.map(|s| (s, quoted)));
    }
    // `办事“只进一扇门”“只上一个网”“最多跑一次”`: a short quote that is not
    // ruled out, in a run with a measure read on its own, is one of the
    // run's measures.
    let is_one = |i: usize| scored[i].as_ref().is_some_and(|(s, _)| *s >= 2);
    for run in &runs {
        let in_company = run.clone().any(is_one);
        for i in run.clone() {
            let Some((score, quoted)) = &scored[i] else { continue };
            let short = (3..=MAX_RUN_MATE_CHARS).contains(&quoted.chars().count());
            if *score >= 2 || (short && in_company) {
                quoted_at(&mut names, quoted_name(doc, &quotes[i], quoted.clone()), quotes[i].start);
            }
        }
    }
    for name in listed_practices(text).into_iter().chain(lexicon_names_in(chars).into_iter().map(|n| n.to_owned())) {
        names.entry(name).or_default();
    }
    if names.is_empty() {
        return Vec::new();
    }
    // Appearances in running text; where names overlap, the leftmost and
    // then the longest counts, the way a reader would read them.
    let keys: Vec<&str> = names.keys().map(String::as_str).collect();
    let found = NameScan::new(&keys).find(chars);
    for ((_, entry), found) in names.iter_mut().zip(found) {
        entry.1.extend(found);
    }
    let mut found: Vec<NamedMeasure> = names
        .into_iter()
        .filter_map(|(name, (quoted, starts))| {
            Some(NamedMeasure { start: *starts.first()?, count: starts.len(), name, quoted })
        })
        .collect();
    found.sort_by(|a, b| (a.start, &a.name).cmp(&(b.start, &b.name)));
    found
}

/// The longest quote read as a measure for the company of its run.
const MAX_RUN_MATE_CHARS: usize = 8;

/// Notes a quoted appearance of `name` at normalized offset `start` in
/// `names` (name → (quoted at least once, starts of its appearances)).
fn quoted_at(names: &mut BTreeMap<String, (bool, BTreeSet<usize>)>, name: String, start: usize) {
    let entry = names.entry(name).or_default();
    entry.0 = true;
    entry.1.insert(start);
}

/// The items of a quoted list (`指尖办、掌上办`) that the measure lexicon
/// holds, with their character offsets in the quote.
fn listed_known(quoted: &str) -> Vec<(usize, &str)> {
    if !quoted.contains('、') {
        return Vec::new();
    }
    let mut offset = 0;
    let mut known = Vec::new();
    for item in quoted.split('、') {
        if LEXICON_SET.contains(item) {
            known.push((offset, item));
        }
        offset += item.chars().count() + 1;
    }
    known
}

/// Finds names in a text: where they appear reading left to right (at each
/// offset the longest name that starts there counts, and the next is looked
/// for after its end), or which of them occur at all.
///
/// One pass over the characters: a 1,024-bit filter of the names' first
/// characters turns away almost every character, and the few left find
/// their candidates by binary search.
struct NameScan {
    /// (first character, the name's characters, its index), longest first
    /// among names with the same first character.
    by_first: Vec<(char, Vec<char>, usize)>,
    filter: [u64; 16],
    names: usize,
}

impl NameScan {
    fn new(names: &[&str]) -> NameScan {
        let mut by_first: Vec<(char, Vec<char>, usize)> = names
            .iter()
            .enumerate()
            .filter_map(|(n, name)| {
                let name: Vec<char> = name.chars().collect();
                Some((*name.first()?, name, n))
            })
            .collect();
        by_first.sort_by_key(|a| (a.0, std::cmp::Reverse(a.1.len())));
        let mut filter = [0u64; 16];
        for &(first, _, _) in &by_first {
            filter[Self::slot(first) / 64] |= 1 << (Self::slot(first) % 64);
        }
        NameScan { by_first, filter, names: names.len() }
    }

    fn slot(c: char) -> usize {
        (c as usize) % 1024
    }

    /// The names that start at character `i` of `chars`, longest first.
    fn starting_at<'a>(&'a self, chars: &'a [char], i: usize) -> impl Iterator<Item = &'a (char, Vec<char>, usize)> {
        let c = chars[i];
        let candidates = if self.filter[Self::slot(c) / 64] & (1 << (Self::slot(c) % 64)) != 0 {
            let from = self.by_first.partition_point(|(first, _, _)| *first < c);
            &self.by_first[from..]
        } else {
            &[]
        };
        candidates
            .iter()
            .take_while(move |(first, _, _)| *first == c)
            .filter(move |(_, name, _)| chars[i..].starts_with(name))
    }

    /// Which names occur in `chars` at all, overlapping ones too.
    fn present(&self, chars: &[char]) -> Vec<bool> {
        let mut seen = vec![false; self.names];
        for i in 0..chars.len() {
            for (_, _, n) in self.starting_at(chars, i) {
                seen[*n] = true;
            }
        }
        seen
    }

    /// The character offsets where each name appears in `chars`.
    fn find(&self, chars: &[char]) -> Vec<Vec<usize>> {
        let mut found = vec![Vec::new(); self.names];
        let mut i = 0;
        while i < chars.len() {
            match self.starting_at(chars, i).next() {
                Some((_, name, n)) => {
                    found[*n].push(i);
                    i += name.len();
                }
                None => i += 1,
            }
        }
        found
    }
}

/// Endings of titles a place receives.
const HONOR_ENDINGS: &[&str] = &[
    "示范城市",
    "示范县市",
    "示范市",
    "示范县",
    "示范县域",
    "文明城市",
    "文明城区",
    "文明县城",
    // `全国文明城市提名城市`: a nomination, a title of its own.
    "提名城市",
    "提名城区",
    "提名县城",
    "卫生城市",
    "卫生县城",
    "园林城市",
    "园林县城",
    "森林城市",
    "宜居城市",
    "旅游城市",
    "创新型城市",
    "创新城市",
    "幸福感城市",
    "活力城市",
    "潜力城市",
    "潜力县",
    "文化名城",
    "模范城",
    "园林城",
    "模范城市",
    "模范县",
    "百佳示范县市",
    "百强县市",
    "百强区县",
    "百强县区",
    "百强县",
    "百强区",
    "百强市",
    "百强城市",
    "十佳市",
    "十佳县",
    "十佳区",
    "十佳城市",
    "十佳城区",
    "百佳城市",
    "百佳县",
    "百佳区",
    "百佳市",
    "百佳县市",
    "百佳区县",
    "百佳县区",
    "十佳县市",
    "十佳区县",
    "十佳县区",
    "十强县",
    "十强区",
    "十强市",
    "优秀城市",
    "优秀市",
    "优秀县",
    "强县",
    "强市",
    "先进单位",
    "先进集体",
    "先进县",
    "先进市",
    "先进区",
    // `全省县域经济工作成绩突出单位`, `…发展突出贡献单位`.
    "突出单位",
    "贡献单位",
    "优秀单位",
    "领先县市",
    "标杆城区",
    "标杆城市",
    "价值城市",
    "价值城市(区域)",
    "口碑城市",
    // A province's titles (`营商环境最佳口碑省份`).
    "口碑省份",
    "最佳省份",
    "标杆省份",
    "先进省份",
    "最佳城市",
    "最佳县",
    "最佳市",
    "经济开发区",
    "大奖",
    "金奖",
    "奖",
    "称号",
    "30强",
    "50强",
    "百强",
    "十强",
];
/// Verbs after which a title is one held, besides [`RECEIVING`]: joining a
/// list, creating a title, keeping one (`跻身…百强`, `成功创建…`, `蝉联…`).
const OTHER_HONOR_VERBS: &[&str] = &["跻身", "荣登", "创成", "成功创建", "蝉联", "入围", "获"];

/// Words that open with a verb of receiving but mean no title received:
/// `获悉` (learned), `获知`, `获取`, `获得感` (a sense of gain).
const NOT_RECEIVING: &[&str] = &["获悉", "获知", "获取", "获得感"];

/// Whether `text` holds a verb of receiving or holding a title, not as
/// part of one of [`NOT_RECEIVING`] (`…审批局获悉,“拿地即开工”…`).
fn says_received(text: &str) -> bool {
    HONOR_VERB_FINDER.find_iter(text).any(|m| !NOT_RECEIVING.iter().any(|w| text[m.start()..].starts_with(w)))
}

/// Whether `chars` ends in a verb of receiving a title (`…获评`), which the
/// title's name would follow.
pub fn ends_in_receiving(chars: &[char]) -> bool {
    RECEIVING.iter().any(|v| super::ends_with(chars, v))
}

/// Whether `word` is a verb of receiving or holding a title.
pub(super) fn is_honor_verb(word: &str) -> bool {
    RECEIVING.contains(&word) || OTHER_HONOR_VERBS.contains(&word)
}
/// Titles that are not honors: pilots and model cases (claims.md §3), or
/// awards for firms or people rather than places.
const NOT_HONOR: &[&str] =
    &["试点", "案例", "试验区", "实验区", "企业", "公司", "独角兽", "书记", "个人", "劳动模范", "党员", "工作者"];
/// Words shortly before an unquoted title that mean it is sought, not
/// received (`奋进全国县域经济50强`, `力争跻身…`).
const SEEKING: &[&str] =
    &["争创", "申创", "创建", "冲刺", "争取", "打造", "申报", "迎接", "奋进", "迈进", "进军", "冲击", "力争"];
/// Words that make a title's `成功创建` an aim (`力争成功创建`).
const AIMING: &[&str] = &["力争", "争取", "正在", "努力", "计划"];
/// Words straight after an unquoted title that mean the same
/// (`推进全国文明城市创建`), unless the title is being kept (`巩固`).
const SEEKING_AFTER: &[&str] = &["创建", "创评", "申报", "申创"];
/// Words straight after an unquoted title that make it the name of a
/// publication or a list (`百强县报告`, `百强县榜单`), not a title received.
const PUBLICATIONS: &[&str] = &["报告", "榜单", "名单", "排行", "研究", "指数", "白皮书", "评价"];
/// Words straight after an unquoted title that count its holders
/// (`浙江省营商环境百强县总数达到27个`), not a title received.
const TALLIED_AFTER: &[&str] = &["总数", "数量", "个数", "总量"];
/// Words right before an unquoted title that compare with those holding it.
const COMPARED_WITH: &[&str] = &["比", "较", "向", "对标", "对照", "对比", "赶超", "学习", "高于", "低于", "接近"];
/// How many Chinese characters after a quoted title a word of a model
/// case (`案例`, `试点`) is looked for in.
const CASE_REACH: usize = 8;
/// How many characters after a title [`SEEKING_AFTER`] is looked for in.
const SEEKING_AFTER_CHARS: usize = 4;

fn is_honor_name(name: &str) -> bool {
    // `十佳优化营商环境县(市、区)`: the levels in parentheses after the
    // ending say which units may hold the title.
    let bare = match name.strip_suffix(')').and_then(|n| n.rsplit_once('(')) {
        Some((head, levels)) if levels.chars().all(|c| matches!(c, '市' | '县' | '区' | '、')) => head,
        _ => name,
    };
    // A title of the best few, ending in the level it is given to.
    let best_of = RANKED_TITLES.iter().any(|p| bare.starts_with(p)) && bare.ends_with(['县', '市', '区', '城', '园']);
    // `全国县域旅游之星`: a star of the country or province (a star of a
    // service hall, `服务之星`, is a worker's).
    let star = bare.ends_with("之星") && ["全国", "中国", "全省", "国家"].iter().any(|p| bare.starts_with(p));
    (HONOR_END.is_end_of(name) || HONOR_END.is_end_of(bare) || best_of || star) && !NOT_HONOR_FINDER.is_match(name)
}

/// What opens the title of the best few (`十佳优化营商环境县`).
const RANKED_TITLES: &[&str] = &["十佳", "百佳", "十强", "百强", "十大", "最佳", "最具"];

/// The endings an unquoted title ends with: those of three characters or more.
static TITLE_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| HONOR_ENDINGS.iter().copied().filter(|e| e.chars().count() >= 3).collect());

/// An unquoted title: a national or provincial prefix, up to a few Han
/// characters, a title ending (`全国文明城市`). A province's short name alone
/// needs a character between: `河北经济开发区` is a place. Searched only in
/// the runs of characters around an ending ([`title_matches`]).
static TITLE: LazyLock<RunRegex> = LazyLock::new(|| {
    let provinces: Vec<String> = crate::gazetteer::get().province_short_names();
    let mut endings = TITLE_ENDINGS.clone();
    endings.sort_by_key(|e| std::cmp::Reverse(e.chars().count()));
    let endings: Vec<String> = endings.iter().map(|e| regex::escape(e)).collect();
    let regex = Regex::new(&format!(
        r"(?:(?:中国|全国|国家级?|省级|全省|(?:{p})省)[\p{{Han}}()]{{0,18}}?|(?:{p})\p{{Han}}{{1,18}}?)(?:{})",
        endings.join("|"),
        p = provinces.join("|"),
    ))
    .unwrap();
    RunRegex::new(regex, &[], in_title)
});

/// Whether `c` may stand in a title: anything but whitespace and
/// punctuation (the parentheses of `价值城市(区域)` excepted). A superset of
/// the title pattern's characters (Han, digits, parentheses), which is all
/// the run search needs; a test checks it against `\p{Han}`.
fn in_title(c: char) -> bool {
    !(c.is_whitespace()
        || (c.is_ascii_punctuation() && c != '(' && c != ')')
        || matches!(c, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}'))
}

/// Byte ranges of the unquoted titles in `doc`: the title pattern's matches
/// over the whole text, found by searching only the runs that hold an ending.
fn title_matches(doc: &NormalizedDoc) -> Vec<(usize, usize)> {
    let len = doc.text.len();
    static ENDINGS: LazyLock<NameScan> = LazyLock::new(|| NameScan::new(&TITLE_ENDINGS));
    let anchors = ENDINGS
        .find(&doc.chars)
        .into_iter()
        .zip(TITLE_ENDINGS.iter())
        .flat_map(|(starts, ending)| {
            starts.into_iter().map(|s| doc.index.byte_of(s, len)).map(move |b| (b, b + ending.len()))
        })
        .collect();
    TITLE.find_around(&doc.text, anchors)
}

/// Byte end of a title match ending at `end`, run on over an ending that
/// follows it straight away: `中国楼宇(总部)经济标杆城区30强`, a ranked list
/// named by a title, ends at the rank.
fn title_end(text: &str, end: usize) -> usize {
    end + TITLE_ENDINGS.iter().find(|w| text[end..].starts_with(*w)).map_or(0, |w| w.len())
}

/// A year in Arabic digits or, followed by `年`, in Chinese numerals.
static YEAR_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?:((?:19|20)\d\d)(?:年度|年)?|({CN_YEAR})(?:年度|年))")).unwrap());

/// Splits a leading year off a title: `2019年度中国营商环境百佳示范县市`,
/// `二〇二三年度…`.
pub(super) fn split_year(name: &str) -> (String, Option<u32>) {
    match YEAR_PREFIX.captures(name) {
        Some(c) => (name[c.get(0).unwrap().end()..].to_owned(), year_number(year_digits(&c))),
        None => (name.to_owned(), None),
    }
}

fn trim_title(name: &str) -> String {
    without_calling(name).to_owned()
}

/// `name` less the words that call it a title after it: 称号, and the
/// 荣誉 or 光荣 before that (`先进集体光荣称号`).
fn without_calling(name: &str) -> &str {
    let name = trim_end_word(name, "称号");
    ["荣誉", "光荣"].iter().fold(name, |n, w| trim_end_word(n, w))
}

/// The most characters of a title that follows the quote of an evaluation.
const MAX_TITLE_AFTER_QUOTE: usize = 10;

/// A title right after a closing quote mark at `at - 1`: the whole run of
/// Chinese characters from `at`, less a closing 称号, when it is
/// title-shaped (`最佳口碑城市称号`, `奖`; not `等称号`, `奖补资金`).
fn title_after_quote(doc: &NormalizedDoc, at: usize) -> Option<&str> {
    let run = han_run(&doc.chars, at, MAX_TITLE_AFTER_QUOTE + 1);
    let raw = window(doc, at, at + run);
    let title = without_calling(raw);
    // `获得全省“大力推进一事联办”改革先行区称号`: 称号 says the words
    // before it end a title, whatever their shape.
    let called = raw.ends_with("称号");
    // `被评为“灵秀湖北”十大旅游新秀`: a title of the best few names itself.
    let ranked = RANKED_TITLES.iter().any(|p| title.starts_with(p) && title.len() > p.len());
    let shaped = called || ranked || is_honor_name(title);
    (run <= MAX_TITLE_AFTER_QUOTE && !title.is_empty() && !title.starts_with('等') && shaped).then_some(title)
}

/// Honors in the report, once each, ordered by first appearance.
pub fn honors(doc: &NormalizedDoc, quotes: &[Quote]) -> Vec<Honor> {
    let mut found: Vec<Honor> = Vec::new();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut add = |found: &mut Vec<Honor>, name: String, year: Option<u32>, start: usize| {
        for (offset, name) in joined_titles(&name) {
            if name.chars().count() >= 4 && seen.insert(name.clone()) {
                found.push(Honor { name, year, start: start + offset });
            }
        }
    };
    // Quoted titles: after an honor verb (the run of quotes that follows it),
    // in a run of quotes called titles (`“…”、“…”等称号`), or title-shaped
    // in a sentence that speaks of receiving or ranking.
    let called = closed_runs(doc, quotes, |at, _| {
        doc.chars.get(at).is_some_and(|c| matches!(c, '等' | '称' | '荣' | '奖'))
            && TITLES_CLOSING.is_match(window(doc, at, at + 8))
    });
    let mut run_end: Option<usize> = None;
    for (i, (q, called)) in quotes.iter().zip(called).enumerate().filter(|(_, (q, _))| !q.book) {
        let raw = text_of(doc, q.start, q.end);
        let (name, prefix_year) = split_year(&raw);
        // The honor starts at its name, past a year that opens the quote.
        let name_start = q.start + raw.chars().count() - name.chars().count();
        // `入选“万家民营企业评营商环境”最佳口碑城市`: the quote names the
        // evaluation, the title in it follows the quote.
        let tail = title_after_quote(doc, q.end + 1);
        let name = trim_title(&(name + tail.unwrap_or_default()));
        // `获评2024年度“…”`: a year between verb and name is passed over.
        let verb_end = before_year(&doc.chars, q.start.saturating_sub(1));
        // The verb is looked for back to the quote before, not inside it
        // (`“获得电力”“登记财产”两项指标`).
        let previous_end = i.checked_sub(1).map_or(0, |p| quotes[p].end + 1);
        let before = window(doc, verb_end.saturating_sub(7).max(previous_end).min(verb_end), verb_end);
        let after_verb = called || says_received(before) || run_end.is_some_and(|e| q.start <= e + 3);
        // The sentence is looked at only for a title-shaped name.
        let titled = !after_verb && is_honor_name(&name) && {
            let (sentence_before, sentence_after) = sentence_around(doc, q.start, q.end);
            let in_ranking = sentence_after.starts_with("榜单")
                && ["位居", "位列", "排名", "排第", "居第"].iter().any(|w| sentence_after.contains(w));
            says_received(sentence_before) || in_ranking
        };
        // `被…评为“行风建设助力优化营商环境”优秀实践案例`: a quote that
        // names a model case or a pilot (claims.md §3) is no title.
        let after = window(doc, q.end + 1, q.end + 1 + han_run(&doc.chars, q.end + 1, CASE_REACH));
        let a_case = ["案例", "试点"].iter().any(|w| after.contains(w));
        let excluded = || a_case || NOT_HONOR_FINDER.is_match(tail.unwrap_or(&name)) || firm_is_subject(doc, q.start);
        if (after_verb || titled) && !excluded() {
            run_end = Some(q.end);
            add(&mut found, name, prefix_year.or_else(|| year_before(doc, q.start)), name_start);
        }
    }
    // Unquoted titles.
    for (start, end) in title_matches(doc).into_iter().map(|(s, e)| (s, title_end(&doc.text, e))) {
        let (s, e) = (doc.char_at(start), doc.char_at(end));
        // `被国家发展改革委评为全国营商环境标杆城市`: a match that runs over
        // a verb of receiving starts after it.
        // So does one that runs over a verb of placing (`在全国营商环境
        // 评价中进入前50强`: a place on a list, no title).
        let matched = window(doc, s, e);
        let s =
            match HONOR_VERB_FINDER.find_iter(matched).chain(PLACING_FINDER.find_iter(matched)).max_by_key(|m| m.end())
            {
                Some(verb) => s + matched[..verb.end()].chars().count(),
                None => s,
            };
        if TITLE.regex().find(window(doc, s, e)).is_none_or(|m| m.start() > 0) {
            continue;
        }
        let inside_quote = quotes.iter().any(|q| q.start <= s && s < q.end + 1);
        let before = window(doc, s.saturating_sub(4), s);
        let after = window(doc, e, e + SEEKING_AFTER_CHARS);
        // `成功创建` is done, unless it is still aimed at (`力争成功创建`).
        let aimed = AIMING.iter().any(|w| holds(window(doc, s.saturating_sub(10), s), w));
        let sought = (SEEKING.iter().any(|w| holds(before, w))
            || (SEEKING_AFTER.iter().any(|w| after.starts_with(w)) && !before.contains("巩固")))
            && (!before.ends_with("成功创建") || aimed);
        let name = trim_title(&text_of(doc, s, e));
        // `发布县域营商环境百强县报告`: the title of a publication or a list.
        let published = PUBLICATIONS.iter().chain(TALLIED_AFTER).any(|w| after.starts_with(w)) || name.contains("发布");
        // `河北沧州沧县沧东经济开发区`: a zone's name; a zone's rank is a
        // title (`国家级经济开发区`).
        let zone = crate::gazetteer::Gazetteer::is_zone_name(&name);
        // `比全国标杆城市多12个工作日`, `对标全国文明城市`: a title held by others.
        let compared = COMPARED_WITH.iter().any(|w| before.ends_with(w));
        if inside_quote
            || sought
            || published
            || zone
            || compared
            || NOT_HONOR_FINDER.is_match(&name)
            || firm_is_subject(doc, s)
        {
            continue;
        }
        add(&mut found, name, year_before(doc, s), s);
    }
    // Titles right after a verb of receiving, whatever they open with
    // (`获评营商环境引领奖`, `获评泉州市营商环境标杆城区`): the whole run of
    // characters up to the clause's end, when it ends as a title does.
    for (start, name, year) in received_titles(doc, quotes) {
        let end = start + name.chars().count();
        if !found.iter().any(|h| h.start < end && start < h.start + h.name.chars().count()) {
            add(&mut found, name, year, start);
        }
    }
    found.sort_by_key(|h| h.start);
    for h in listed_titles(doc, &found) {
        add(&mut found, h.name, h.year, h.start);
    }
    found.sort_by_key(|h| h.start);
    found
}

/// The most characters of a title listed after another.
const MAX_LISTED_TITLE: usize = 16;

/// `省级园林城市、卫生城市、文明城市`, `十大旅游新秀、全国县域旅游之星`:
/// the items listed right after a title, each ending as a title does, are
/// titles too (a scope or verb written once holds for all).
fn listed_titles(doc: &NormalizedDoc, found: &[Honor]) -> Vec<Honor> {
    let chars = &doc.chars[..];
    let mut out = Vec::new();
    for h in found {
        // Where the title ends as written: its quotation marks are not in
        // its name (`“灵秀湖北”十大旅游新秀`).
        let written_end = h.name.chars().try_fold(h.start, |at, c| {
            let at = at + chars.get(at..)?.iter().take_while(|&&w| w != c && is_quote_mark(w)).count();
            (chars.get(at) == Some(&c)).then_some(at + 1)
        });
        let Some(mut at) = written_end else { continue };
        while chars.get(at) == Some(&'、') {
            let len =
                chars[at + 1..].iter().take(MAX_LISTED_TITLE + 1).take_while(|&&c| crate::normalize::is_han(c)).count();
            if len == 0 || len > MAX_LISTED_TITLE {
                break;
            }
            let written = doc.slice(at + 1, at + 1 + len);
            let item = trim_title(written.strip_suffix('等').unwrap_or(written));
            if !is_honor_name(&item) {
                break;
            }
            out.push(Honor { name: item, year: h.year, start: at + 1 });
            at += 1 + len;
        }
    }
    out
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '「' | '」' | '"')
}

/// The titles a name joins with 和 or 及 as words of their own
/// (`湖北省高质量发展重点县(市)和中部百强县`; not `和谐`), each with its
/// offset in characters: the parts that are title-shaped, when one is;
/// else the name alone.
fn joined_titles(name: &str) -> Vec<(usize, String)> {
    if !name.contains(['和', '及']) {
        return vec![(0, name.to_owned())];
    }
    let mut parts = Vec::new();
    let (mut from, mut byte_from) = (0, 0);
    for w in crate::segment::words(name).iter().filter(|w| matches!(w.text, "和" | "及")) {
        parts.push((from, name[byte_from..w.byte_start].to_owned()));
        (from, byte_from) = (w.end, w.byte_end);
    }
    parts.push((from, name[byte_from..].to_owned()));
    // `全省投资和项目建设突出单位`: where a part names no kind of unit, 和
    // joins the words of one title.
    if parts.iter().any(|(_, p)| !p.ends_with(['县', '市', '区', '城', '州', ')']))
        && !parts.iter().all(|(_, p)| is_honor_name(p))
    {
        return vec![(0, name.to_owned())];
    }
    let titles: Vec<(usize, String)> =
        parts.into_iter().filter(|(_, p)| p.chars().count() >= 4 && is_honor_name(p)).collect();
    if titles.is_empty() { vec![(0, name.to_owned())] } else { titles }
}

/// Verbs of receiving a title, which the title's name follows at once
/// (`获评营商环境引领奖`, `入选全国县域经济百强县`). The places stage reads
/// them too: a place's name right after one names the title's giver.
pub const RECEIVING: &[&str] = &[
    "获评",
    "荣获",
    "被评为",
    "评为",
    "被授予",
    "授予",
    "被命名为",
    "命名为",
    "荣膺",
    "斩获",
    "摘得",
    "捧回",
    "获得",
    "入选",
];

static EDITION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:首|第[一二三四五六七八九十\d]+)届").unwrap());

/// Verbs of having created a title, read like verbs of receiving before an
/// unquoted title (`成功创建湖北旅游强市`), unless still aimed at
/// (`力争成功创建…`).
const CREATING: &[&str] = &["成功创建", "创成"];

/// The most characters of a title read after a verb of receiving.
const MAX_RECEIVED_TITLE: usize = 24;

/// Unquoted titles right after a verb of receiving, as (start, name, year):
/// the run of Han characters, digits and parentheses after the verb (past
/// `了` and a year) that ends the clause and ends as a title does.
fn received_titles(doc: &NormalizedDoc, quotes: &[Quote]) -> Vec<(usize, String, Option<u32>)> {
    static FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(RECEIVING.iter().chain(CREATING))
            .expect("a short fixed word list")
    });
    let chars = &doc.chars[..];
    let in_run = |c: char| crate::normalize::is_han(c) || c.is_ascii_digit() || matches!(c, '(' | ')');
    // The run of a title: a list mark only inside parentheses (`县(市、区)`).
    let run_from = |s: usize| {
        let mut open = false;
        chars[s..]
            .iter()
            .take(MAX_RECEIVED_TITLE + 1)
            .take_while(|&&c| {
                open = (open || c == '(') && c != ')';
                in_run(c) || (open && c == '、')
            })
            .count()
    };
    let mut out = Vec::new();
    for verb in FINDER.find_iter(&doc.text) {
        let (v, mut s) = (doc.char_at(verb.start()), doc.char_at(verb.end()));
        if chars.get(s) == Some(&'了') {
            s += 1;
        }
        let e = s + run_from(s);
        if e - s > MAX_RECEIVED_TITLE || e == s {
            continue;
        }
        let raw = doc.slice(s, e);
        let (name, year) = split_year(raw);
        // `首届`, `第二届`: the edition of an award is no part of its name.
        let name = EDITION.find(&name).map_or(name.as_str(), |m| &name[m.end()..]).to_owned();
        // The name starts past the year; what is trimmed is at its end.
        let start = s + raw.chars().count() - name.chars().count();
        let name = trim_title(&name);
        let name = name.strip_suffix('等').unwrap_or(&name);
        let before = window(doc, v.saturating_sub(6), v);
        let sought = SEEKING.iter().chain(AIMING).any(|w| holds(before, w));
        let inside_quote = quotes.iter().any(|q| q.start <= v && v < q.end);
        if !is_honor_name(name) || sought || inside_quote || firm_is_subject(doc, v) {
            continue;
        }
        out.push((start, name.to_owned(), year.or_else(|| year_before(doc, v))));
    }
    out
}

/// What calls the quotes before it titles: `称号`, `荣誉`, `奖项`, maybe
/// after `等` and a short count (`等多项荣誉`, `等荣誉称号`).
static TITLES_CLOSING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:等\p{Han}{0,3}?)?(?:荣誉)?(?:称号|荣誉|奖项)").unwrap());

/// The parts of the sentence before `start` and after `end`.
fn sentence_around(doc: &NormalizedDoc, start: usize, end: usize) -> (&str, &str) {
    let s = doc.sentence_start(start);
    let after = (end + 1).min(doc.chars.len());
    let e = doc.sentence_end(after);
    (doc.slice(s, start), doc.slice(after, e))
}

/// `3家企业入选…`, `融通高科入选…`: a firm, not the place, received it.
/// So did a service window or a worker (`窗口获评“服务之星”`).
fn firm_is_subject(doc: &NormalizedDoc, at: usize) -> bool {
    let before = window(doc, at.saturating_sub(12), at);
    let clause = before.rsplit([',', '。', ';', '\n']).next().unwrap_or("");
    ["企业", "公司", "集团", "高科", "科技", "股份", "商会", "协会", "窗口", "同志", "职工", "员工"]
        .iter()
        .any(|w| holds(clause, w))
        || COUNTED_RECEIVERS.is_match(clause)
}

/// A count of things that receive (`6个项目入选全省“双百工程”`, `3所学校
/// 获评`): they hold what is received, not the place.
static COUNTED_RECEIVERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[\d一二三四五六七八九十两百]+(?:个|家|项|所|名|位|件)\p{Han}{0,4}?(?:项目|单位|学校|医院|村|社区|干部|人员|产品|品牌|园区|基地)(?:入选|获评|荣获|获得|被评为|被授予|入围)",
    ).unwrap()
});

/// Where a year written just before `at` (`2024年`, `2024年度`) starts; `at`
/// when none is.
pub fn before_year(chars: &[char], at: usize) -> usize {
    let head = &chars[..at.min(chars.len())];
    let head = head.strip_suffix(&['度']).unwrap_or(head);
    let Some(digits) = head.strip_suffix(&['年']) else { return at };
    static FOUR: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^(?:[0-9]{{4}}|{CN_YEAR})$")).unwrap());
    let year: String = digits[digits.len().saturating_sub(4)..].iter().collect();
    let run_on = digits.len() > 4 && digits[digits.len() - 5].is_ascii_digit();
    if FOUR.is_match(&year) && !run_on { digits.len() - 4 } else { at }
}

/// The year of a `YEAR_PREFIX` or `YEAR` match: Arabic or Chinese digits.
fn year_digits<'h>(c: &regex::Captures<'h>) -> &'h str {
    c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str())
}

/// The year stated earlier in the same sentence, if any (`2023年,获评…`).
fn year_before(doc: &NormalizedDoc, at: usize) -> Option<u32> {
    // `入选2018中国营商环境百强区县`: a year right before the title needs no 年.
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"((?:19|20)\d\d)(?:年|$)|({CN_YEAR})年")).unwrap());
    let before = doc.slice(doc.sentence_start(at), at);
    let adjacent = |c: &regex::Captures| {
        c.get(0)
            .is_some_and(|m| m.as_str().ends_with('年') || !before[..m.start()].ends_with(|c: char| c.is_ascii_digit()))
    };
    YEAR.captures_iter(before).filter(adjacent).last().and_then(|c| year_number(year_digits(&c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn endings_agree_with_a_walk_of_the_list(
            head in "[办制度区城市a ]{0,3}",
            word in proptest::sample::select(
                [MEASURE_ENDINGS, NOT_MEASURE_ENDINGS, VERBS_BEFORE, HONOR_ENDINGS].concat(),
            ),
            tail in "[办区市a]?",
        ) {
            // A list word, often with a character after it: names that end
            // with a word, and names that end with only its last character.
            let name = format!("{head}{word}{tail}");
            for (set, list) in [
                (&*MEASURE_END, MEASURE_ENDINGS),
                (&*NOT_MEASURE_END, NOT_MEASURE_ENDINGS),
                (&*VERB_BEFORE_END, VERBS_BEFORE),
                (&*HONOR_END, HONOR_ENDINGS),
            ] {
                proptest::prop_assert_eq!(set.is_end_of(&name), list.iter().any(|w| name.ends_with(w)));
            }
        }
    }

    /// (name, quoted, start) of each measure of `s`.
    fn records(s: &str) -> Vec<(String, bool, usize)> {
        let doc = crate::normalize::normalize(s);
        measures(&doc, &crate::extract::quotes(&doc)).into_iter().map(|m| (m.name, m.quoted, m.start)).collect()
    }

    fn measure_names(s: &str) -> Vec<String> {
        let doc = crate::normalize::normalize(s);
        measures(&doc, &crate::extract::quotes(&doc)).into_iter().map(|m| m.name).collect()
    }

    #[test]
    fn a_short_quote_in_a_run_with_a_measure_is_one() {
        let s = "实现企业、群众办事“只进一扇门”“只上一个网”“最多跑一次”。";
        assert_eq!(measure_names(s), ["只进一扇门", "只上一个网", "最多跑一次"]);
        // Not one ruled out on its own (a plan's period, a dictionary word).
        assert_eq!(measure_names("落实“十四五”“一网通办”要求。"), ["一网通办"]);
    }

    #[test]
    fn an_honor_starts_at_its_name_past_a_year() {
        let s = "《中国海关》杂志公布了“2019年中国外贸百强城市”榜单,湘潭市位居第49位。";
        let doc = crate::normalize::normalize(s);
        let found = honors(&doc, &crate::extract::quotes(&doc));
        let chars: Vec<char> = s.chars().collect();
        let h = &found[0];
        assert_eq!((h.name.as_str(), h.year), ("中国外贸百强城市", Some(2019)));
        let at: String = chars[h.start..h.start + h.name.chars().count()].iter().collect();
        assert_eq!(at, h.name);
    }

    #[test]
    fn a_place_in_a_ranking_is_no_title() {
        assert_eq!(honor_names("资阳市在全国营商环境评价中进入前50强。"), []);
        let got = honor_names("资阳市在评价中进入全国百强县市。");
        assert_eq!(got, [("全国百强县市".to_owned(), None)], "a title after the verb stays");
    }

    #[test]
    fn titles_of_the_best_few_end_in_a_list_of_levels() {
        let got = honor_names("南康区先后获评全国营商环境百佳区县、中国营商环境质量十佳区县,被通报表扬。");
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["全国营商环境百佳区县", "中国营商环境质量十佳区县"]);
    }

    #[test]
    fn an_honor_year_may_be_written_in_chinese_numerals() {
        // The nearest year before the verb counts, not an earlier one.
        let s = "衡阳市荣获“2022年度全省营商环境优秀城市”称号,并于二〇二三年获评“全国营商环境创新城市”。";
        let got = honor_names(s);
        assert_eq!(got[1], ("全国营商环境创新城市".to_owned(), Some(2023)), "{got:?}");
        // A year opening the quote, and one between the verb and the quote.
        let got = honor_names("湘潭县荣获“二零二一年度全省营商环境标杆县”称号。");
        assert_eq!(got, [("全省营商环境标杆县".to_owned(), Some(2021))]);
        let got = honor_names("湘潭县获评二〇二四年度“全省营商环境标杆县”。");
        assert_eq!(got, [("全省营商环境标杆县".to_owned(), Some(2024))]);
    }

    fn honor_names(s: &str) -> Vec<(String, Option<u32>)> {
        let doc = crate::normalize::normalize(s);
        honors(&doc, &crate::extract::quotes(&doc)).into_iter().map(|h| (h.name, h.year)).collect()
    }

    /// Text shaped like titles and near misses: a prefix or not, a few
    /// characters, one of the title endings or not, a separator or not.
    fn title_phrase() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::{sample::select, strategy::Strategy};
        let prefixes = vec!["", "全国", "中国", "国家级", "省级", "湖南省", "湖南", "创建"];
        let fillers = vec!["营商", "环境", "示范", "百强", "城", "县", "市", "2023年", "30", "(", ")", "a", "全省"];
        let mut endings = vec![""];
        endings.extend(TITLE_ENDINGS.iter());
        let separators = vec!["", ",", "。", "“", " "];
        (select(prefixes), proptest::collection::vec(select(fillers), 0..4), select(endings), select(separators))
            .prop_map(|(prefix, fill, ending, separator)| format!("{prefix}{}{ending}{separator}", fill.concat()))
    }

    #[test]
    fn title_characters_include_every_han_character() {
        let han = Regex::new(r"^[\p{Han}0-9()]$").unwrap();
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            assert!(in_title(c) || !han.is_match(c.encode_utf8(&mut [0; 4])), "{c:?}");
        }
        assert!(!in_title(',') && !in_title('。') && !in_title('“') && !in_title(' '));
    }

    proptest::proptest! {
        #[test]
        fn titles_found_around_endings_are_the_whole_text_matches(
            phrases in proptest::collection::vec(title_phrase(), 0..6)
        ) {
            let doc = crate::normalize::normalize(&phrases.concat());
            let whole: Vec<(usize, usize)> =
                TITLE.regex().find_iter(&doc.text).map(|m| (m.start(), m.end())).collect();
            proptest::prop_assert_eq!(title_matches(&doc), whole);
        }
    }

    #[test]
    fn approval_reforms_and_listed_quotes() {
        // Reform names ending in 审批 and 分离, from the extra reports.
        let s = "19个简易事项实行“独任审批”,一人一窗20分钟以内办结。";
        assert_eq!(measure_names(s), ["独任审批"]);
        assert_eq!(measure_names("实现了审管分离模式下的“一枚印章管审批”。"), ["一枚印章管审批"]);
        // A scope with 等 is no name.
        assert!(measure_names("积极推进“企业开办等证照审批”全程网上办理。").is_empty());
        // A quoted pair holding a known measure is the name as quoted
        // (the contract's `双随机、一公开`); a longer list is read as its
        // items, the known ones quoted there.
        let listed = records("形成了以“拿地即开工、承诺即审批”为核心的帮办代办体系。");
        assert_eq!(listed, [("拿地即开工、承诺即审批".to_owned(), true, 5), ("帮办代办".to_owned(), false, 21)]);
        assert_eq!(records("推进“指尖办、掌上办”。"), [("指尖办、掌上办".to_owned(), true, 3)]);
        assert_eq!(measure_names("实现群众办事“只进一家门、最多跑一次”。"), ["只进一家门、最多跑一次"]);
        assert_eq!(records("推进“指尖办、掌上办、随时办”。"), [("掌上办".to_owned(), true, 7)]);
    }

    #[test]
    fn appearances_read_leftmost_then_longest() {
        let chars: Vec<char> = "一网通办和通办,一网通一网通办".chars().collect();
        let found = NameScan::new(&["一网通", "一网通办", "通办", "办和"]).find(&chars);
        assert_eq!(found, [vec![8], vec![0, 11], vec![5], vec![]]);
        // Names sharing no first character, more than the filter has bits.
        let many: Vec<String> =
            (0..2000u32).filter_map(|n| char::from_u32(0x4e00 + n)).map(|c| format!("{c}办")).collect();
        let names: Vec<&str> = many.iter().map(String::as_str).collect();
        let chars: Vec<char> = "丁办七办".chars().collect(); // 丁 is U+4E01, 七 U+4E03
        let found = NameScan::new(&names).find(&chars);
        assert_eq!(found.iter().filter(|f| !f.is_empty()).count(), 2);
        assert_eq!((found[1].clone(), found[3].clone()), (vec![0], vec![2]));
    }

    #[test]
    fn quoted_coined_names_are_measures() {
        assert_eq!(measure_names("全面推行“首违不罚”“公益抵罚”柔性执法"), ["首违不罚", "公益抵罚"]);
        assert_eq!(measure_names("组建“帮帮团”,选派140名干部"), ["帮帮团"]);
        assert_eq!(measure_names("创新“指标引项目”机制"), ["指标引项目"]);
        assert_eq!(measure_names("实行“一会两函”(即召开会议)"), ["一会两函"]);
        assert_eq!(measure_names("依托“e企安”平台"), ["e企安"]);
        // An app is a service; a campaign (行动) is a measure by itself.
        assert_eq!(measure_names("县里开发“茶山云管”数字应用,效果明显"), ["茶山云管"]);
        assert_eq!(measure_names("全市“清源护航”行动成效明显"), ["清源护航"]);
        // A mobile app or account is a service; a service circle is a programme.
        assert_eq!(measure_names("市民可通过“i泉城”APP办理"), ["i泉城"]);
        assert_eq!(measure_names("关注“泉城e家”公众号即可"), ["泉城e家"]);
        assert_eq!(measure_names("建成“10分钟便民服务圈”"), ["10分钟便民服务圈"]);
        // A structure or system built around the name.
        assert_eq!(measure_names("完成“企业法人+内保负责人+N个安全顾问”架构建设"), ["企业法人+内保负责人+N个安全顾问"]);
        assert_eq!(measure_names("形成“企业吹哨、部门报到”服务体系"), ["企业吹哨、部门报到"]);
        // Quotes next to each other share the words around them.
        assert_eq!(measure_names("推行“首问负责”“一次告知”服务"), ["首问负责", "一次告知"]);
        assert_eq!(measure_names("“智慧办税”“矛调中心建设”改革获评先进"), ["智慧办税", "矛调中心建设"]);
        // Approvals and filings done at once.
        assert_eq!(measure_names("三分之一的事项实现“秒批”,7项“秒报”"), ["秒批", "秒报"]);
        assert_eq!(measure_names("企业开办实现“一日办结”"), ["一日办结"]);
        // How few trips or doors a service takes.
        assert_eq!(measure_names("让“零跑腿”办事成为常态"), ["零跑腿"]);
        assert_eq!(measure_names("线下办事“只进一门”"), ["只进一门"]);
        assert_eq!(measure_names("“一次不用跑”比例为90%"), ["一次不用跑"]);
        assert_eq!(measure_names("变“接力跑”为“并肩跑”"), Vec::<String>::new());
        assert_eq!(measure_names("打造“爱山东”政务服务平台"), ["爱山东"]);
        assert_eq!(measure_names("依托“京东云”大数据平台"), Vec::<String>::new());
        assert_eq!(measure_names("“39天拿地即开工”的审批模式"), ["39天拿地即开工"]);
        // A count that opens a coined name speaks for it.
        assert_eq!(measure_names("开展“六城同创”工作"), ["六城同创"]);
        assert_eq!(measure_names("开通“企业服务直通车”"), ["企业服务直通车"]);
        assert_eq!(measure_names("他说“六城同创”很好"), Vec::<String>::new());
        assert_eq!(measure_names("着力推进“五个突破”"), Vec::<String>::new());
    }

    #[test]
    fn quotes_closed_as_a_list_of_measures_are_measures() {
        let s = "通过“员额法官进企业”“公安235包联”“法治体检”等助企活动,解决问题";
        assert_eq!(measure_names(s), ["员额法官进企业", "公安235包联", "法治体检"]);
        let s = "“一业一证”“四验同步”和“五化管理”等25项创新举措全面推行";
        assert_eq!(measure_names(s), ["一业一证", "四验同步", "五化管理"]);
        // 等 must close a list of measures: problems, ideas and honors are not.
        assert!(measure_names("聚焦“繁简不清”“流程不优”等问题").is_empty());
        assert!(measure_names("县级审批存在“三多三少”现象:审批事项多。").is_empty());
        assert!(measure_names("超额完成国务院“压缩货物整体通关时间三分之一”任务").is_empty());
        assert!(measure_names("破解“准入不准营”问题").is_empty());
        assert!(measure_names("树立“项目为王”“招商第一”等理念推动服务").is_empty());
        assert!(measure_names("获评“四验同步”等多项荣誉").is_empty());
        // Only the run of quotes next to the closing word is listed.
        assert_eq!(measure_names("打造“法治体检”品牌,推出“四验同步”等举措"), ["法治体检", "四验同步"]);
        assert_eq!(measure_names("打造“法治体检”,推出“四验同步”等举措"), ["四验同步"]);
    }

    #[test]
    fn the_old_way_a_reform_replaced_is_no_measure() {
        assert_eq!(measure_names("把“不能办”变成“怎么办”,解决问题"), Vec::<String>::new());
        assert_eq!(measure_names("实现办事“找部门”转变为“找一窗”"), ["找一窗"]);
        // A slogan of a way of working is no measure.
        assert_eq!(measure_names("以“说办就办、马上就办”的作风推进改革。"), Vec::<String>::new());
        assert_eq!(measure_names("树立“项目为王”理念,推行“拿地即开工”。"), ["拿地即开工"]);
        assert_eq!(measure_names("围绕“一核两带三区”布局。"), Vec::<String>::new());
        // Problems a reform met, listed with 等.
        assert_eq!(measure_names("破解“办事难、办事慢”“多头跑、来回跑”等问题"), Vec::<String>::new());
        assert_eq!(measure_names("作为实施“三高四新”战略的重要抓手"), Vec::<String>::new());
        assert_eq!(measure_names("“十三五”期间,推行“一网通办”"), ["一网通办"]);
        // An event is no measure.
        assert_eq!(measure_names("在第二届“中国营商环境峰会”上获奖。"), Vec::<String>::new());
        // One step upon another is a reform's shape; a sentence is not.
        assert_eq!(measure_names("实现“交地即交证”。"), ["交地即交证"]);
        assert_eq!(measure_names("他说“企业有需求我们即刻响应”。"), Vec::<String>::new());
        assert_eq!(measure_names("从“一窗通办”到“一网通办”"), ["一窗通办", "一网通办"], "the lexicon still counts");
        assert_eq!(measure_names("变“群众办”为“数据办”"), ["数据办"]);
        assert_eq!(measure_names("从“部门办”到“数据办”"), ["数据办"]);
        // Not a pair of ways: the quote stays a measure.
        assert_eq!(measure_names("推行“不能办”服务,变为常态"), ["不能办"]);
        assert_eq!(measure_names("推行“数据办”到“园区”"), ["数据办"]);
    }

    #[test]
    fn quotes_counted_as_measures_are_measures() {
        let s = "“智慧办税”“单体竣工提前验收”“矛调中心建设”3项改革被认定为省级先行区事项";
        assert_eq!(measure_names(s), ["智慧办税", "单体竣工提前验收", "矛调中心建设"]);
        assert_eq!(measure_names("推出“智慧办税”、“矛调中心建设”两项做法"), ["智慧办税", "矛调中心建设"]);
        // The count must be that of the quotes: these are part of a list.
        assert!(measure_names("推出“智慧办税”“矛调中心建设”3项做法").is_empty());
        assert!(measure_names("推出“智慧办税”“矛调中心建设”两三项做法").is_empty());
        assert!(measure_names("推出“智慧办税”“矛调中心建设”2余项做法").is_empty());
        // One quote with a count is not a list.
        assert!(measure_names("推出“矛调中心建设”1项做法").is_empty());
        // What is counted must be measures.
        assert!(measure_names("聚焦“繁简不清”“流程不优”2个问题").is_empty());
    }

    #[test]
    fn a_quoted_number_is_named_with_the_words_around_it() {
        let s = "韶山市创新推出旅游市场综合监管服务“12345”模式,以“一榜一码一制度”为突破口";
        assert_eq!(records(s)[0], ("旅游市场综合监管服务12345模式".to_owned(), true, 7));
        assert_eq!(measure_names("通过“企业家群”“12345”市长热线等渠道"), ["企业家群", "12345市长热线"]);
        // Not the verb that takes it as its object, nor what stands before.
        assert_eq!(measure_names("共受理“12345”热线工单1.8万件"), ["12345热线"]);
        // The whole ending word, not a shorter one inside it.
        assert_eq!(measure_names("全面落实“13710”工作制度,扎实开展工作"), ["13710工作制度"]);
        assert_eq!(measure_names("推出了“533”审批制度改革。"), ["533审批制度改革"]);
        // No measure ending after the number: no name.
        assert!(measure_names("主动对接全省“51020”现代产业体系").is_empty());
        assert!(measure_names("拨打“12345”,反映问题").is_empty());
        // The name ends before the verb after its nouns; it may run to
        // eight characters past the number.
        assert_eq!(measure_names("“12345”热线受理诉求8.6万件。"), ["12345热线"]);
        assert_eq!(measure_names("“12345”政务服务便民热线共受理来电5万件。"), ["12345政务服务便民热线"]);
        // A place named before the quote is whose the name is.
        assert_eq!(measure_names("并结合高邮市“356”行动计划,修改完善了方案"), ["356行动"]);
        // A formula, or a number 的 qualifies, heads no name.
        assert!(measure_names("合作区持续释放“1+1>2”的体制优势").is_empty());
        assert!(measure_names("打响“12345”的服务品牌").is_empty());
    }

    #[test]
    fn a_quote_that_names_a_theme_is_a_campaign() {
        assert_eq!(measure_names("深化“在湖州看见美丽中国”实干争先主题实践,区县比贡献"), ["在湖州看见美丽中国"]);
        // The theme word must follow in the same run of words, and the
        // quote still needs a second sign (here the verb before it).
        assert!(measure_names("深化“在湖州看见美丽中国”,实干争先主题实践").is_empty());
        assert!(measure_names("“在湖州看见美丽中国”实干争先主题实践").is_empty());
        assert!(measure_names("以“推进‘十四五’高质量发展”为主题的2020中国经济传媒大会").is_empty());
    }

    #[test]
    fn limits_joint_action_and_visits_make_measure_names() {
        assert_eq!(measure_names("超98%事项“最多跑一趟”"), ["最多跑一趟"]);
        assert_eq!(measure_names("深化企业破产“府院联动”"), ["府院联动"]);
        assert_eq!(measure_names("现场“五证齐发”项目45个"), ["五证齐发"]);
        assert_eq!(measure_names("开展“送法进企业”活动"), ["送法进企业"]);
        // A firm's own name, a superlative slogan: no measure.
        assert!(measure_names("开展“瞪羚企业”活动").is_empty());
        assert!(measure_names("推出“最美窗口”服务").is_empty());
    }

    #[test]
    fn short_quotes_take_their_head_noun_and_listed_practices_count() {
        assert_eq!(measure_names("以“三新”模式促科技创新"), ["三新模式"]);
        // A name the lexicon knows is not read with its head noun.
        assert_eq!(measure_names("推行政务服务“好差评”制度"), ["好差评"]);
        // The verb before the first item is no part of it (上门服务 is an everyday word).
        assert_eq!(measure_names("借助上门服务、承诺受理等措施,促使材料压缩"), ["承诺受理"]);
        let s = "创新线上全程网办、预约错时办、特事秒批办等措施";
        assert_eq!(measure_names(s), ["全程网办", "预约错时办", "特事秒批办"]);
    }

    #[test]
    fn figures_of_speech_slogans_and_documents_are_not() {
        let s = "把营商环境作为“生命线”来抓,跑出“加速度”,打通“最后一公里”,下好“一盘棋”,打造“企业最有感”营商环境,印发《优化营商环境条例》,奔跑的“奔跑者”,从全省第81位到第18位的“孝南密码”";
        assert!(measure_names(s).is_empty(), "{:?}", measure_names(s));
    }

    #[test]
    fn lexicon_entries_are_distinct_simplified_coined_names() {
        let general = jieba_rs::Jieba::new();
        let mut seen = std::collections::BTreeSet::new();
        for name in measure_lexicon() {
            assert!(seen.insert(name), "{name} is listed twice");
            let doc = crate::normalize::normalize(name);
            assert_eq!(doc.slice(0, doc.chars.len()), name, "{name} is not in simplified script");
            assert!(!general.has_word(name), "{name} is an everyday word");
        }
    }

    #[test]
    fn lexicon_names_count_without_quotes() {
        let got = {
            let s = "推行告知承诺制和容缺审批,实现“一网通办”。一网通办事项1610项。";
            let doc = crate::normalize::normalize(s);
            measures(&doc, &crate::extract::quotes(&doc))
        };
        let summary: Vec<(&str, bool, usize)> = got.iter().map(|m| (m.name.as_str(), m.quoted, m.count)).collect();
        assert_eq!(summary, [("告知承诺制", false, 1), ("容缺审批", false, 1), ("一网通办", true, 2)]);
    }

    #[test]
    fn quotes_called_titles_are_honors() {
        let s = "样本区先后获评全国综合实力百强区、“2023年度中国营商环境最佳口碑城区”等称号。";
        assert_eq!(
            honor_names(s),
            [("全国综合实力百强区".to_owned(), None), ("中国营商环境最佳口碑城区".to_owned(), Some(2023))]
        );
        let s = "被授予了省里的“优化营商环境先进区”、“营商服务优胜区”等多项荣誉。";
        assert_eq!(honor_names(s).len(), 2, "{:?}", honor_names(s));
        // Other lists are not titles.
        assert!(honor_names("解决了“营商服务优胜区”等问题。").is_empty());
    }

    #[test]
    fn honors_after_verbs_and_in_lists() {
        let s = "斩获了“中国西部百强县市”“2019年度中国营商环境百佳示范县市”等多项荣誉";
        assert_eq!(
            honor_names(s),
            [("中国西部百强县市".to_owned(), None), ("中国营商环境百佳示范县市".to_owned(), Some(2019))]
        );
        assert_eq!(honor_names("湘潭荣获“最具投资营商价值城市(区域)”。")[0].0, "最具投资营商价值城市(区域)");
        // A verb inside the quote before is none (`获得电力` is an indicator).
        assert_eq!(honor_names("“获得电力”“登记财产”两项指标进入全国标杆行列。"), []);
        assert_eq!(honor_names("在四川省县域经济发展考核中被评为先进县。"), []);
        let s = "该市被国家发展改革委评为全国营商环境标杆城市。";
        assert_eq!(honor_names(s), [("全国营商环境标杆城市".to_owned(), None)]);
        assert_eq!(honor_names("力争成功创建全国营商环境示范城市。"), []);
        // A garden city's title, written short (园林城).
        assert_eq!(honor_names("2015年,该县率先成功创成国家级园林城。"), [("国家级园林城".to_owned(), Some(2015))]);
        assert_eq!(honor_names("麻城成功创建湖北旅游强市。"), [("湖北旅游强市".to_owned(), None)]);
        let s = "麻城还被评为“灵秀湖北”十大旅游新秀。";
        assert_eq!(honor_names(s), [("灵秀湖北十大旅游新秀".to_owned(), None)]);
        assert_eq!(honor_names("力争成功创建湖北旅游强市。"), []);
        // A person's award is not the place's.
        assert_eq!(honor_names("县委书记张某被授予“全国优秀县委书记”称号。"), []);
        assert_eq!(honor_names("李某荣获全国劳动模范称号。"), []);
        assert_eq!(honor_names("研究中心于17日在北京发布年县域营商环境百强县报告。"), []);
        assert_eq!(honor_names("中国县域营商环境百强县榜单公布"), []);
        // Right after a verb of receiving, a title needs no national prefix.
        assert_eq!(honor_names("深圳市南山区获评营商环境引领奖。"), [("营商环境引领奖".to_owned(), None)]);
        let s = "2022年,泉港区获评了泉州市营商环境标杆城区称号";
        assert_eq!(honor_names(s), [("泉州市营商环境标杆城区".to_owned(), Some(2022))]);
        assert_eq!(honor_names("获评全省机制创新优秀案例。"), []);
        assert_eq!(honor_names("唯一获得营商环境引领奖的市辖区。"), []);
        assert_eq!(honor_names("力争获评营商环境引领奖。"), []);
        let s = "其中,泰和县获评十佳优化营商环境县(市、区)。";
        assert_eq!(honor_names(s), [("十佳优化营商环境县(市、区)".to_owned(), None)]);
        assert_eq!(honor_names("南山区获评2018年首届中国营商环境评估引领奖")[0].0, "中国营商环境评估引领奖");
        assert_eq!(honor_names("4月11日,河北沧州沧县沧东经济开发区一家企业开工"), []);
        let s = "我市入选2023年度全国营商环境质量十佳城市。";
        assert_eq!(honor_names(s), [("全国营商环境质量十佳城市".to_owned(), Some(2023))]);
        // A quoted evaluation, and the title in it right after the quote.
        let s = "晋江还入选全国工商联“万家民营企业评营商环境”最佳口碑城市称号。";
        assert_eq!(honor_names(s), [("万家民营企业评营商环境最佳口碑城市".to_owned(), None)]);
        assert_eq!(honor_names("“获得电力”指标全省第一。"), []);
        // Titles joined by 和 are apart; a designation beside one is none.
        let got: Vec<String> =
            honor_names("跻身湖北省高质量发展重点县(市)和中部百强县。").into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["中部百强县"]);
        assert_eq!(honor_names("荣获全国和谐社区建设示范城市称号。")[0].0, "全国和谐社区建设示范城市");
        // 和 between words of one title, where a part names no unit.
        let got: Vec<String> = honor_names("被评为全省投资和项目建设突出单位、全省服务业发展突出贡献单位。")
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(got, ["全省投资和项目建设突出单位", "全省服务业发展突出贡献单位"]);
        let got: Vec<String> =
            honor_names("荣获全国文明城市和全国卫生城市称号。").into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["全国文明城市", "全国卫生城市"]);
        let s = "霍山县连续三届获得“全国社会治安综合治理”先进集体光荣称号。";
        assert_eq!(honor_names(s)[0].0, "全国社会治安综合治理先进集体");
        // The holders of a title counted.
        assert_eq!(honor_names("其中,浙江省营商环境百强县总数达到27个。"), []);
        // Things counted that receive hold what they receive.
        assert_eq!(honor_names("6个项目入选全省“双百工程”。"), []);
        assert_eq!(honor_names("3名干部获评全国优秀公务员。"), []);
        // A place's name that opens with a count is no count.
        let s = "五家渠荣获“最具投资营商价值城市(区域)”。";
        assert_eq!(honor_names(s), [("最具投资营商价值城市(区域)".to_owned(), None)]);
        // 称号 closes the title whatever its shape.
        let s = "获得全省“大力推进一事联办”改革先行区称号。";
        assert_eq!(honor_names(s), [("大力推进一事联办改革先行区".to_owned(), None)]);
        let s = "义乌市获评营商环境最佳县(市)。";
        assert_eq!(honor_names(s), [("营商环境最佳县(市)".to_owned(), None)]);
        assert_eq!(honor_names("荣获“詹天佑”大奖。"), [("詹天佑大奖".to_owned(), None)]);
        assert_eq!(honor_names("获得“小微”奖补资金。"), []);
        // A year between the verb and the name.
        let s = "宜宾获评2024年度“中国营商环境十佳城市”。";
        assert_eq!(honor_names(s), [("中国营商环境十佳城市".to_owned(), Some(2024))]);
    }

    #[test]
    fn unquoted_titles() {
        assert_eq!(honor_names("此后,大冶被评为全国资源型城市转型示范市。")[0].0, "全国资源型城市转型示范市");
        assert_eq!(honor_names("2023年,获评全国资源枯竭型城市绩效考核优秀单位")[0].1, Some(2023));
        assert!(honor_names("全力争创全国文明城市").is_empty());
        assert_eq!(honor_names("广东连续4年荣获营商环境最佳口碑省份。")[0].0, "营商环境最佳口碑省份");
        assert!(honor_names("对标营商环境最佳省份。").is_empty());
        assert_eq!(honor_names("我市成功入选2023年全国营商环境创新城市。")[0].0, "全国营商环境创新城市");
        assert!(honor_names("打造全国营商环境创新城市。").is_empty());
        // A title held by others that the place is compared with.
        assert!(honor_names("用时比全国标杆城市多12个工作日。").is_empty());
        assert!(honor_names("对标全国营商环境标杆城市,查找差距。").is_empty());
        assert_eq!(honor_names("荣获全国文明城市与国家卫生城市。").len(), 2);
        // A prefix straight before the ending: the contract's own example.
        let bare: Vec<String> =
            honor_names("大冶还是全国文明城市、国家园林城市。").into_iter().map(|(n, _)| n).collect();
        assert_eq!(bare, ["全国文明城市", "国家园林城市"]);
        // A nomination is a title of its own, not the title it names.
        let nominated: Vec<String> =
            honor_names("先后荣获全国文明城市提名城市、国家卫生县城等称号。").into_iter().map(|(n, _)| n).collect();
        assert_eq!(nominated, ["全国文明城市提名城市", "国家卫生县城"]);
        // Items listed after a title, its scope written once.
        let listed: Vec<String> =
            honor_names("这里是省级园林城市、卫生城市、文明城市。").into_iter().map(|(n, _)| n).collect();
        assert_eq!(listed, ["省级园林城市", "卫生城市", "文明城市"]);
        let s = "还被评为“灵秀湖北”十大旅游新秀、全国县域旅游之星,成功创建湖北旅游强市。";
        let listed: Vec<String> = honor_names(s).into_iter().map(|(n, _)| n).collect();
        assert_eq!(listed, ["灵秀湖北十大旅游新秀", "全国县域旅游之星", "湖北旅游强市"]);
        let unlisted: Vec<String> =
            honor_names("获评全国文明城市、卫生条件较好。").into_iter().map(|(n, _)| n).collect();
        assert_eq!(unlisted, ["全国文明城市"], "an item that is no title ends the list");
        assert!(honor_names("评选出全市服务之星10名。").is_empty(), "a worker's star");
        assert!(honor_names("政务大厅窗口获评“服务之星”。").is_empty(), "a window's");
        assert_eq!(honor_names("2021年成功创建国家卫生城市")[0], ("国家卫生城市".to_owned(), Some(2021)));
        // A year right before the title needs no 年; a list of districts and
        // counties ends the title as a whole.
        let s = "宜都市入选2018中国营商环境百强区县。";
        assert_eq!(honor_names(s), [("中国营商环境百强区县".to_owned(), Some(2018))]);
        assert_eq!(honor_names("编号12018中国营商环境百强县")[0].1, None);
        assert!(honor_names("协调各县、河北经济开发区和市直单位").is_empty());
        assert!(honor_names("冲刺千亿县市(区),奋进全国县域经济50强。").is_empty());
        assert!(honor_names("力争跻身全国百强县").is_empty());
        assert!(honor_names("扎实推进全国文明城市创建工作").is_empty());
        assert_eq!(honor_names("巩固全国文明城市创建成果")[0].0, "全国文明城市");
        // Every seeking word fits the window looked at after a title.
        assert!(SEEKING_AFTER.iter().all(|w| w.chars().count() <= SEEKING_AFTER_CHARS));
        assert_eq!(honor_names("获评湖北省文明城市")[0].0, "湖北省文明城市");
        // A bracket inside the name; a ranked list ends at its rank.
        assert_eq!(honor_names("·连续两年获评中国楼宇(总部)经济标杆城区30强")[0].0, "中国楼宇(总部)经济标杆城区30强");
        let district: Vec<String> =
            honor_names("该区先后获评全国文明城区、全国双拥模范城。").into_iter().map(|(n, _)| n).collect();
        assert_eq!(district, ["全国文明城区", "全国双拥模范城"]);
        assert_eq!(honor_names("2023年获评湖北省知识产权强省建设示范县域")[0].0, "湖北省知识产权强省建设示范县域");
        let more: Vec<String> = honor_names("该县是中国优秀旅游城市、国家历史文化名城,获评中国最具投资潜力县。")
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(more, ["中国优秀旅游城市", "国家历史文化名城", "中国最具投资潜力县"]);
    }

    #[test]
    fn pilots_cases_and_firms_are_not_honors() {
        assert!(honor_names("被国务院列入全国“放管服”改革典型案例").is_empty());
        assert!(honor_names("昨从该区行政审批局获悉,“拿地即开工”在全区已实现全覆盖。").is_empty());
        assert_eq!(honor_names("该县获“全国文明城市”称号。"), [("全国文明城市".to_owned(), None)]);
        let s = "被国家市场监管总局评为“行风建设助力优化营商环境”优秀实践案例。";
        assert!(honor_names(s).is_empty());
        assert_eq!(honor_names("被评为“全国文明城市”。"), [("全国文明城市".to_owned(), None)]);
        assert!(honor_names("有3家企业入选全省民营企业“百强”").is_empty());
        assert!(honor_names("融通高科入选“中国独角兽企业”").is_empty());
        assert!(honor_names("发布“湖州民企50强”榜单,由企业家代表为获评“好案例”的部门颁奖").is_empty());
        assert_eq!(honor_names("公布了“2019年中国外贸百强城市”榜单,湘潭市位居第49位")[0].1, Some(2019));
        // A chamber of commerce, not the place, received it; and a quote
        // that is the whole title received is no measure either.
        let s = "安良镇商会被评为全省“四好商会”、全市唯一。";
        assert!(honor_names(s).is_empty());
        assert!(measure_names(s).is_empty());
        // A title that holds a measure's name keeps the measure.
        assert_eq!(measure_names("荣获“最多跑一次”改革先行区称号。"), ["最多跑一次"]);
    }
}
