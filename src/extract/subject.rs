//! Subjects: the short noun phrase naming what a mention measures
//! (claims.md §1: `审批时限`, `市场主体`, `规上工业利润`).
//!
//! Each sentence is segmented once with jieba-rs. A count followed by a noun
//! measures that noun (`1406名党员干部`, `45家企业申报…`); otherwise the
//! subject is the run of nouns before the number, past the verbs and
//! function words that link them (`受理企业诉求108件`, `利润增长9.1%`,
//! `审批时限压缩至2个工作日`).

use super::{Kind, Mention};
use crate::normalize::NormalizedDoc;
use crate::segment::{self, Word};
use regex::Regex;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Words between a subject and its number that are not part of either.
const LINKS: &[&str] = &[
    "达到",
    "达",
    "为",
    "是",
    "至",
    "到",
    "共",
    "累计",
    "共计",
    "总计",
    "合计",
    "分别",
    // `排名全国倒数第三`: counted from the bottom of the list.
    "倒数",
    "同比",
    "环比",
    // `同口径增长48.1%`, `按可比价计算同比增长9.5%`: on what basis.
    "同口径",
    "可比口径",
    "可比价",
    "可比价格",
    "计算",
    "比",
    "了",
    "已",
    "均",
    "超过",
    "大于",
    "小于",
    "超",
    "约",
    "近",
    "逾",
    "突破",
    "将近",
    "接近",
    "不到",
    "不足",
    "不超过",
    "不少于",
    "不低于",
    "不高于",
    "不多于",
    "以上",
    "达到了",
    "共有",
    "现有",
    "有",
    "实现",
    "完成",
    "办结",
    "压缩",
    "压减",
    "缩短",
    "缩减",
    "减少",
    "降低",
    "下降",
    "增长",
    "增加",
    "提高",
    "提升",
    "提速",
    "上升",
    "上涨",
    "下跌",
    "精简",
    "简化",
    "节约",
    "节省",
    "减免",
    "削减",
    "扩大",
    "缩小",
    "多增",
    "净增加",
    "净减少",
    "翻番",
    "翻一番",
    "翻了一番",
    "翻两番",
    "翻了两番",
    "跃升",
    "攀升",
    "前移",
    "前进",
    "下滑",
    "回落",
    "后移",
    "后退",
    "提前",
    "取消",
    "增",
    "减",
    "降",
    "在",
    "仅",
    "由",
    "从",
    "控制在",
    "再",
    "又",
    "高达",
    "保持",
    "维持",
    "只需",
    "需",
    "要",
    "需要",
    "仅需",
    "全省",
    "全国",
    "全市",
    "全区",
    "全县",
    "蝉联",
    "位居",
    "位列",
    "排名",
    "排",
    "居",
    "列",
    "名列",
    "跃居",
    "稳居",
    "居于",
    "排在",
    "跻身",
    "进入",
    "迈入",
    "迈进",
    "挺进",
    "闯入",
    "跃入",
    "其中",
    "高峰期",
    "高峰时段",
    "旺季",
    "节假日",
    "含",
    "包括",
    "包含",
    "全年",
    "今年",
    "去年",
    "目前",
    "截至",
    "以来",
    "获",
    "取得",
    "使",
    "让",
    "即获",
    "发放",
    "兑付",
    "惠及",
    "引进",
    "今年以来",
    "新设立",
    "带动",
    "吸纳",
    "收集",
    "解决",
    "化解",
    "受理",
    "开展",
    "举办",
    "召开",
    "推出",
    "给予",
    "原来",
    "原",
    "过去",
    "以前",
    "现在",
    "现",
    "工作日",
    "个工作日",
    "均达",
    "均为",
    "均超",
    "都达",
    "都为",
    "全部达",
    "共达",
    "达至",
    // Currencies written before the figure (`达新台币10亿元`).
    "人民币",
    "新台币",
    "港币",
    "澳门币",
];
/// Tags of words that link rather than name: adverbs, prepositions,
/// conjunctions, particles, pronouns, times, numbers, classifiers.
/// (Not `d`: jieba tags rare nouns such as 频次 as adverbs; the adverbs that
/// matter are listed in LINKS and ADVERBS.)
const LINK_TAGS: &[&str] =
    &["p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "t", "m", "q", "f", "zg", "ad", "y"];
const ADVERBS: &[&str] = &[
    "还",
    "也",
    "都",
    "将",
    "正",
    "全部",
    "一律",
    "全面",
    "持续",
    "不断",
    "进一步",
    "大幅",
    "大幅度",
    "逆势",
    "大大",
    "逐步",
    "逐年",
    "有效",
    "更",
    "最",
    "首次",
    "率先",
    "同期",
    "现已",
    "共计",
    "总共",
    "一共",
    "基本",
    "已经",
    "累计",
    "先后",
    "直接",
    "整体",
    "明显",
    "显著",
    "稳步",
    "相继",
    "只",
    "仅",
    "才",
    "就",
    "即",
    // `满意率却降至92.80%`, `出口则增长5%`, `仍保持第一`: turns of the story.
    "却",
    "则",
    "仍",
    "仍然",
    "依然",
    "依旧",
    "高",
    "低",
    "快",
    "慢",
    "短",
    "长",
    "少",
    // Modal and streak words before a subject or verb: `亩均税收有望提高到…`,
    // `力争工业总产值突破…`, `预计年产值…`, `至少耗费两三天`, `连续8年`.
    "有望",
    "力争",
    "争取",
    "确保",
    "预计",
    "可",
    "能",
    "可以",
    "至少",
    "连续",
    // `余额历史性突破34万亿元`: jieba's noun of how.
    "历史性",
    // `收入总量继续全省第一`, `提前了整整2周`.
    "继续",
    "整整",
    // `特别是2022年在全省第8名`.
    "特别",
    "尤其",
];
/// Words that link when they stand between a subject and its number
/// (`审批时间平均缩短至…`, `压缩至最短30个工作日`) but belong to the subject
/// inside it (`平均办理时间`).
const TRAILING_LINKS: &[&str] = &["平均", "年均", "最短", "最长", "最快", "最多", "最少", "最低", "最高"];
/// Marks that end a clause: no subject rule looks across one (a list's `、`
/// is not among them), and jieba never joins words across one.
const CLAUSE_MARKS: &[char] = &[
    ',', '，', '。', ';', '；', ':', '：', '!', '！', '?', '？', '\n', '“', '”', '"', '(', ')', '（', '）', '《', '》',
    '【', '】',
];

/// Whether `word` is one of [`LINKS`], [`ADVERBS`] or [`COMPARISONS`], or
/// two of them that jieba glued (`同比增加/nr`, `累计完成`).
fn is_linking(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| LINKS.iter().chain(ADVERBS).chain(COMPARISONS).chain(SIGNS).copied().collect());
    SET.contains(word) || word.char_indices().skip(1).any(|(i, _)| SET.contains(&word[..i]) && SET.contains(&word[i..]))
}

/// Whether `word` introduces what a figure is compared with, alone or
/// glued by jieba to the word of time after it (`比前/f 三个/m 季度`).
fn is_comparison(word: &str) -> bool {
    COMPARISONS.contains(&word)
        || ["比", "较"].iter().any(|c| word.strip_prefix(c).is_some_and(|rest| matches!(rest, "前" | "上" | "去")))
}

/// Words that introduce what a figure is compared with.
const COMPARISONS: &[&str] =
    &["较", "比", "相比", "相较", "对比", "高于", "低于", "快于", "慢于", "多于", "少于", "优于", "超出", "高出"];
/// Verbs before a number that govern it (`压至2个工作日`) are skipped, at most this many.
const MAX_GOVERNING_VERBS: usize = 2;
/// The longest subject kept, in words.
const MAX_WORDS: usize = 4;
/// The longest subject kept after a count, in words and in characters.
const MAX_WORDS_AFTER: usize = 4;
const MAX_CHARS_AFTER: usize = 8;
/// How many words past those limits a head noun may still close the phrase
/// in, and the most characters the phrase then has.
const HEAD_REACH: usize = 2;
const MAX_CHARS_HEADED: usize = 12;
/// The longest clause between a count and the `的` before its noun, in
/// words (a list in it counts its `、`): long enough for a list of the
/// stages a service covers (`涉及出生、就业、婚姻、退休以及公司设立、
/// 经营、退出等全生命周期的`, 19 words).
const MAX_RELATIVE_WORDS: usize = 20;
/// Nouns that head what a count counts: the phrase after a count ends at
/// the first word ending in one (`1000个政务服务事项“跨市通办”`,
/// `45家企业申报知识产权`, `1406名党员干部联系企业`), since what follows
/// is the rest of the clause, which jieba often tags as nouns too.
const COUNTED_HEADS: &[&str] = &[
    "事项",
    "企业",
    "项目",
    "单位",
    "部门",
    "指标",
    "问题",
    "机构",
    "领导",
    "方面",
    "场所",
    "环节",
    "材料",
    "情形",
    "干部",
    "人员",
    "主体",
    "园区",
    "城市",
    "商户",
    "家庭",
    "群众",
    "措施",
    "举措",
    "政策",
    "证照",
    "案件",
    "诉求",
    "楼宇",
    "网点",
    "基地",
    "载体",
    "平台",
    "案例",
    "乡镇",
    "街道",
    "社区",
    "基金",
    "开发区",
    "示范区",
    "新区",
    "村",
    "任务",
    "套餐",
    // `5个可复制推广的经验`, `120个典型做法`.
    "经验",
    "做法",
    // `23件妨碍统一市场的规范性文件`, `167个司法政策文件`.
    "文件",
    // Money given (`100万元财政奖励/vn`), which jieba may tag as verbs.
    "奖励",
    "补贴",
    "补助",
    "奖补",
];

/// Endings of the names of measures (`满意率`, `审批时限`), which a
/// percentage after them measures.
const MEASURE_WORD_ENDS: &[&str] =
    &["率", "比", "比例", "比重", "时限", "时间", "用时", "时长", "量", "额", "速", "幅"];

/// Endings of words for people (`专员`, `干部`, `企业家`, `法官`).
const PEOPLE_ENDS: &[&str] = &["员", "干部", "企业家", "专家", "师", "官", "代表"];

/// Whether `text` ends in one of [`COUNTED_HEADS`].
fn ends_in_counted_head(text: &str) -> bool {
    COUNTED_HEADS.iter().any(|h| text.ends_with(h))
}

/// Characters that join the numbers of a list (`19%、27%和44%`); the
/// numbers may also stand side by side.
const JOINERS: &[char] = &['、', '和', '及', '与', ','];

/// One-character noun suffixes jieba splits off with odd tags (`公开/ad 率/v`).
const NOUN_SUFFIXES: &[&str] = &["率", "量", "数", "额", "值", "度", "费", "款", "类"];

/// Whether `w` joins the word `prev` before it as a noun suffix (`公开/率`,
/// and `占/比`, a share; `存贷/比`, a ratio; `时/长`, a length of time; `压减/幅度`, the size
/// of a change).
fn is_suffix_of(prev: &Word, w: &Word) -> bool {
    (NOUN_SUFFIXES.contains(&w.text)
        || (w.text == "比" && prev.text == "占")
        // `存贷/n 比达/nrt`, `负债/n 比为/d`: a 比 jieba glued to the link
        // after it (split off as a noun) is a ratio, no comparison.
        || (w.text == "比" && w.tag == "n" && prev.tag.starts_with(['n', 'j']))
        || (w.text == "长" && prev.text == "时")
        // `专项/n 组/zg`: a team.
        || (w.text == "组" && w.tag == "zg" && prev.tag.starts_with('n'))
        || (w.text == "幅度" && super::context::is_change_verb(prev.text))
        || is_area_of(prev, w))
        && prev.end == w.start
        && prev.text.chars().all(crate::normalize::is_han)
}

/// `产业/n 集聚/v 区/n`, `集中供热/l 区/n`: a 区 that jieba cuts off the
/// word before it is a kind of area (集聚区, 先行区), no level of
/// government, after a word of two characters or more that is neither a
/// level (`市/区`) nor a place's name (`江北/区`).
fn is_area_of(prev: &Word, w: &Word) -> bool {
    w.text == "区"
        && w.tag == "n"
        && matches!(prev.tag, "n" | "v" | "vn" | "l")
        && prev.text.chars().count() >= 2
        && !is_level(prev)
        && !crate::gazetteer::get().is_name(prev.text)
}

/// Units jieba cuts off as numbers or classifiers where they open a noun
/// as "per unit" (`亩/q 均/d 税收`, `税收/n 年/m 产出`).
const PER_UNITS: &[&str] = &["年", "月", "日", "亩"];

/// Whether `w` opens a "per unit" noun with the word `next` after it: `w`
/// is one of [`PER_UNITS`] cut as a number or classifier, stands after a
/// noun, a place or `的` or opens a clause, not after a number (`2023/年`),
/// and `next` is `均` or a noun or verb written right after it.
fn is_per_unit_of(before: Option<&Word>, w: &Word, next: &Word) -> bool {
    let after_noun = before.is_none_or(|b| {
        let noun = b.tag.starts_with('n') && b.text.chars().all(crate::normalize::is_han);
        is_punct(b) || (b.end == w.start && (noun || b.text == "的"))
    });
    PER_UNITS.contains(&w.text)
        && matches!(w.tag, "m" | "q")
        && after_noun
        && w.end == next.start
        && (next.text == "均" || next.tag.starts_with(['n', 'v']))
        && next.text.chars().all(crate::normalize::is_han)
}

/// Joins a noun suffix to the word before it: `公开率` is one noun. A
/// suffix jieba glues to the linking word after it (`解决/率达/92%`) is
/// split off it first. A "per unit" opens the word after it: `亩均`,
/// `年产出`; so does the negating prefix `非` (`非高耗能`). A number and 强
/// are one noun (`500强`).
fn merge_suffixes<'a>(sentence: &'a str, mut words: Vec<Word<'a>>) -> Vec<Word<'a>> {
    regroup_glued_verbs(sentence, &mut words);
    let words = split_glued_comparisons(merge_per_head(sentence, join_versions(sentence, words)));
    let mut out: Vec<Word> = Vec::with_capacity(words.len());
    let mut add = |w: Word<'a>| {
        let n = out.len();
        let per_unit = n > 0 && is_per_unit_of(n.checked_sub(2).map(|b| &out[b]), &out[n - 1], &w);
        let negated = n > 0 && out[n - 1].text == "非" && out[n - 1].end == w.start && is_subject_word(&w);
        // `500/m 强/a 企业`: a list of the strongest is a noun; so is a
        // grade in Latin letters (`4A/eng 级/q 旅游景区`).
        let strongest = n > 0 && out[n - 1].tag == "m" && out[n - 1].end == w.start && w.text == "强";
        let graded = n > 0
            && is_coined_term(&out[n - 1])
            && out[n - 1].text.chars().any(|c| c.is_ascii_digit())
            && out[n - 1].end == w.start
            && w.text == "级";
        // `高/a 价值/n`: 高 and 低 written onto a noun qualify it; they
        // link only before a figure (`比全省高20%`). `高/a 县市` is 高县.
        // So does 有效, an adverb before a verb (`有效降低`), onto a noun
        // (`有效/a 评价率`, `有效发明专利`).
        let qualified = n > 0
            && matches!(out[n - 1].text, "高" | "低" | "有效")
            && out[n - 1].tag == "a"
            && out[n - 1].end == w.start
            && w.tag.starts_with('n')
            && w.text.chars().all(crate::normalize::is_han)
            && !w.text.starts_with(['县', '市', '区']);
        // `办结/v 时间/n`: the time a verb of settling takes is a noun.
        let timed = n > 0
            && SETTLING.contains(&out[n - 1].text)
            && out[n - 1].end == w.start
            && matches!(w.text, "时间" | "时限" | "时长" | "用时" | "周期");
        match out.last_mut() {
            Some(prev)
                if per_unit || negated || strongest || graded || qualified || timed || is_suffix_of(prev, &w) =>
            {
                prev.text = &sentence[prev.byte_start..w.byte_end];
                prev.byte_end = w.byte_end;
                prev.end = w.end;
                prev.tag = "n";
            }
            _ => out.push(w),
        }
    };
    let mut last_latin = false;
    for word in words {
        // `GDP 2.1万亿元`: the space kept between letters and digits
        // parts no words.
        let latin = word.tag == "eng";
        if std::mem::replace(&mut last_latin, latin) && word.text == " " {
            continue;
        }
        let (w, rest) = split_glued_suffix(word);
        add(w);
        if let Some(rest) = rest {
            add(rest);
        }
    }
    for i in 1..out.len().saturating_sub(1) {
        if is_misread_name(&out[i - 1], &out[i], &out[i + 1]) {
            out[i].tag = "n";
        }
    }
    for i in 1..out.len() {
        let after_year = out[i - 1].end == out[i].start && out[i - 1].text.bytes().all(|b| b.is_ascii_digit());
        // `2019/m 年/m 时/n 为…`: 时 after a date says when.
        let after_date = out[i - 1].end == out[i].start && out[i - 1].text.ends_with(['年', '月', '日']);
        if (after_year && TIME_NOUNS.contains(&out[i].text)) || (after_date && out[i].text == "时") {
            out[i].tag = "t";
        }
    }
    for w in out.iter_mut() {
        if is_misread_place(w) || is_misread_noun(w) || TIME_TAGGED_NOUNS.contains(&w.text) {
            w.tag = "n";
        }
        // `线上/f 办理`: a channel of service, as `网上/s` is, not a place
        // word.
        if w.tag == "f" && CHANNELS.contains(&w.text) {
            w.tag = "s";
        }
        // `荣获/nr`, `荣膺/nr`, `荣登/nr`: jieba's dictionary tags these
        // verbs of receiving a title as names; they are verbs.
        if w.tag == "n" && matches!(w.text, "荣获" | "荣膺" | "荣登") {
            w.tag = "v";
        }
    }
    // `19个/一级/m 指标`: jieba reads a first grade as a number (二级 is
    // `b`); written onto a noun it qualifies it.
    for i in 1..out.len() {
        if out[i - 1].tag == "m"
            && ["一级", "一类", "一档", "一等"].contains(&out[i - 1].text)
            && out[i - 1].end == out[i].start
            && out[i].tag.starts_with('n')
        {
            out[i - 1].tag = "b";
        }
    }
    for w in out.iter_mut().filter(|w| matches!(w.tag, "ns" | "nt")) {
        if let Some(&(_, tag)) = MISTAGGED_WORDS.iter().find(|(word, _)| *word == w.text) {
            w.tag = tag;
        }
    }
    // `合肥/n 新/a 设/v 市场主体`, `孝感/n 新/a 登记/v 企业`: a place's
    // short name that jieba reads as a noun, opening a clause right before
    // more words, names where, not what.
    for i in 0..out.len() {
        let opening = i == 0 || is_punct(&out[i - 1]);
        // Not before a level's character (`八宿/n 市共`): that name was cut
        // from its suffix.
        let followed = out.get(i + 1).is_some_and(|n| {
            n.start == out[i].end
                && n.tag != "x"
                && !n.text.starts_with(['省', '市', '县', '区', '州', '旗', '镇', '乡'])
        });
        if opening && followed && is_short_place_read_as_noun(&out[i]) {
            out[i].tag = "ns";
        }
    }
    // `合作/vn 城市/ns`, `试点/n 城市/ns`: 城市 after a noun is a kind of
    // city. (After a cut name, `顺/p 城市/ns`, it may end the name.) So is
    // 城市 after a count (`共9个/q 城市`) or opening a clause before a
    // noun (`城市/ns 信用/n 综合指数`).
    for i in 0..out.len() {
        if out[i].text != "城市" {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| &out[p]).filter(|p| p.end == out[i].start);
        // `转方/n 城市/ns`: not when the noun's last character and 城 make
        // a place's short name (方城).
        let names_place =
            |p: &Word| p.text.chars().last().is_some_and(|c| crate::gazetteer::get().is_name(&format!("{c}城")));
        // `主要/b 城市`: so is 城市 after a word that sorts it.
        let after_noun =
            prev.is_some_and(|p| matches!(p.tag, "n" | "vn" | "b") && p.text.chars().count() >= 2 && !names_place(p));
        let counted = prev.is_some_and(|p| matches!(p.tag, "q" | "m"));
        let opening = (i == 0 || is_punct(&out[i - 1]))
            && out.get(i + 1).is_some_and(|n| n.start == out[i].end && matches!(n.tag, "n" | "vn"));
        if after_noun || counted || opening {
            out[i].tag = "n";
        }
    }
    // `南通/nz GDP总量`: a place's name the dictionary tags as another
    // proper name is a place; so is a full name (with its suffix) it tags
    // as a noun (`天元区/n 排名`).
    let suffixed =
        |w: &Word| w.text.chars().count() > 2 && w.text.ends_with(['市', '区', '县', '镇', '乡', '旗', '州']);
    for w in out
        .iter_mut()
        .filter(|w| (w.tag == "nz" || (w.tag == "n" && suffixed(w))) && crate::gazetteer::get().is_name(w.text))
    {
        w.tag = "ns";
    }
    out
}

/// A per-head base (`每万人口`, `每千人`, `每百户`), as a regular expression;
/// the taxonomy reads it too.
pub const PER_HEAD_BASE: &str = r"每[十百千万]+(?:人口|人|户|家|名)";
static PER_HEAD: LazyLock<Regex> = LazyLock::new(|| Regex::new(PER_HEAD_BASE).unwrap());

/// `每万/m 人口/n`, `每/zg 百户/n`, `每千人/i`: jieba cuts a per-head base
/// into a number and a noun, or reads it as an idiom; it is one noun
/// (`每万人口发明专利拥有量`). Merged only where it starts and ends on
/// word boundaries.
fn merge_per_head<'a>(sentence: &'a str, mut words: Vec<Word<'a>>) -> Vec<Word<'a>> {
    if !sentence.contains('每') {
        return words;
    }
    for base in PER_HEAD.find_iter(sentence) {
        let Some(first) = words.iter().position(|w| w.byte_start == base.start()) else { continue };
        let Some(last) = words[first..].iter().position(|w| w.byte_end == base.end()) else { continue };
        let last = first + last;
        let end = words[last];
        let merged = &mut words[first];
        merged.text = &sentence[merged.byte_start..end.byte_end];
        merged.byte_end = end.byte_end;
        merged.end = end.end;
        merged.tag = "n";
        words.drain(first + 1..=last);
    }
    words
}

/// `时长压/n 减至/v`: jieba may glue the first character of a linking verb
/// to the noun before it. When that character and the next word make a
/// linking word and the rest of the noun is a dictionary word, the
/// character goes back to the verb (`时长/n 压减至/v`).
///
/// Likewise a classifier of one character left after a noun that took the
/// first character of its word (`数据字/n 段/q` is `数据/字段`): the
/// character goes to the classifier when both halves are dictionary words.
fn regroup_glued_verbs<'a>(sentence: &'a str, words: &mut [Word<'a>]) {
    for i in 0..words.len().saturating_sub(1) {
        let (w, next) = (words[i], words[i + 1]);
        let Some(last) = w.text.chars().next_back() else { continue };
        let at = w.text.len() - last.len_utf8();
        let regrouped = &sentence[w.byte_start + at..next.byte_end];
        let glued = w.tag.starts_with('n')
            && w.text.chars().count() >= 3
            && w.end == next.start
            && ((is_linking(next.text) && is_linking(regrouped))
                || (next.tag == "q" && next.text.chars().count() == 1 && segment::is_dictionary_word(regrouped)))
            && segment::is_dictionary_word(&w.text[..at]);
        if glued {
            words[i] = Word { end: w.end - 1, byte_end: w.byte_start + at, text: &w.text[..at], ..w };
            let start = next.byte_start - last.len_utf8();
            let tag = if next.tag == "q" { "n" } else { next.tag };
            words[i + 1] =
                Word { start: next.start - 1, byte_start: start, text: &sentence[start..next.byte_end], tag, ..next };
        }
    }
}

/// `居民消费/n 价格比/n 上年/t 上涨`: jieba may glue the `比` of a comparison
/// to the noun before it (its dictionary has 价格比, a price ratio). Before
/// a time or an earlier level the `比` is the comparison's, when the rest
/// of the noun is a dictionary word.
fn split_glued_comparisons(words: Vec<Word>) -> Vec<Word> {
    let glued = |w: &Word, next: Option<&Word>| {
        w.tag.starts_with('n')
            && w.text.chars().count() >= 3
            && w.text.ends_with('比')
            && next.is_some_and(|n| n.start == w.end && (n.tag == "t" || EARLIER.contains(&n.text)))
            && segment::is_dictionary_word(&w.text[..w.text.len() - '比'.len_utf8()])
    };
    if !(0..words.len()).any(|i| glued(&words[i], words.get(i + 1))) {
        return words;
    }
    let mut out = Vec::with_capacity(words.len() + 1);
    for (i, &w) in words.iter().enumerate() {
        if glued(&w, words.get(i + 1)) {
            let at = w.text.len() - '比'.len_utf8();
            out.push(Word { end: w.end - 1, byte_end: w.byte_start + at, text: &w.text[..at], ..w });
            out.push(Word { start: w.end - 1, byte_start: w.byte_start + at, text: &w.text[at..], tag: "p", ..w });
        } else {
            out.push(w);
        }
    }
    out
}

/// Nouns jieba tags as times, which link rather than name (`审理/vn 周期/t`):
/// what a duration measures; and a time of day that qualifies a noun
/// (`夜间/t 经济`).
const TIME_TAGGED_NOUNS: &[&str] = &["周期", "夜间"];

/// Channels of service that jieba tags as place words (`线上/f`).
const CHANNELS: &[&str] = &["线上", "云上"];

/// `楼宇/nr`, `荣誉/nr`: jieba's dictionary tags thousands of two-character
/// common nouns as names of people; a person's name in a report is not a
/// dictionary word (`王永晨`, `李华`). Places stay places (`滕州/nr`). So
/// are longer words (`农村居民/nr`); three characters are left as they are,
/// the length of most names the dictionary holds.
/// Three characters are nouns too when they end in a thing made or set up
/// (`宣传牌/nr`), which ends no person's name.
fn is_misread_noun(w: &Word) -> bool {
    let len = w.text.chars().count();
    w.tag == "nr"
        && (len != 3 || w.text.ends_with(OBJECT_ENDS))
        && len >= 2
        && segment::is_dictionary_word(w.text)
        && !crate::gazetteer::get().is_name(w.text)
}

/// Last characters of the names of things set up or installed.
const OBJECT_ENDS: &[char] = &['牌', '栏', '屏', '柜', '箱', '桩', '墙', '板', '册', '卡', '亭'];

/// Everyday words jieba's dictionary tags as places or organisations
/// (`新增/上市/ns 企业`, `城镇/ns 新增就业`, `55个新建/ns 项目`, `100万件
/// 暨/nt 优化…`), with the tag of their everyday sense. A few are short
/// names too (新建区, 商城县); written as places they carry their suffix.
const MISTAGGED_WORDS: &[(&str, &str)] = &[
    ("暨", "c"),
    ("上市", "v"),
    ("新建", "v"),
    ("入园", "v"),
    ("普及", "v"),
    ("关联", "v"),
    ("中断", "v"),
    ("城镇", "n"),
    ("山区", "n"),
    ("海关", "n"),
    ("治安", "n"),
    ("福利", "n"),
    ("深度", "n"),
    ("长度", "n"),
    ("商城", "n"),
    ("古城", "n"),
    ("新城", "n"),
];

/// Whether `w` is a place's short name (two characters or more, never an
/// everyday word: the gazetteer leaves those out) that jieba tags as a
/// common or proper noun (`合肥/n`, `孝感/n`).
fn is_short_place_read_as_noun(w: &Word) -> bool {
    matches!(w.tag, "n" | "nz" | "j")
        && w.text.chars().count() >= 2
        && w.text.chars().all(crate::normalize::is_han)
        && crate::gazetteer::get().is_name(w.text)
}

/// `满意度/ns`: a word jieba reads as a place that ends in a noun suffix,
/// or a kind of city (`特大城市/ns`). No county or city has such a name but
/// 平度, which jieba tags as a noun.
fn is_misread_place(w: &Word) -> bool {
    w.tag == "ns"
        && w.text.chars().count() >= 2
        && (NOUN_SUFFIXES.iter().any(|s| w.text.ends_with(s)) || is_kind_of_city(w.text))
}

/// `特大城市`, `中心城市`: a kind of city, not a city's name (海城市 is one).
fn is_kind_of_city(word: &str) -> bool {
    word.chars().count() >= 3 && word.ends_with("城市") && !crate::gazetteer::get().is_name(word)
}

/// `涉企/n 许可/nr 事项/n`: a word jieba reads as a person's name, set
/// between two nouns it touches, is a noun of the phrase. A name stands
/// before a verb or a title (`记者/n 王永晨/nr (`), not inside a noun run.
fn is_misread_name(before: &Word, w: &Word, after: &Word) -> bool {
    let noun = |w: &Word| matches!(w.tag, "n" | "vn" | "nz" | "b");
    // So is one right after a count (`3.02万户/m 小微/nr 企业/n`).
    let counted = |w: &Word| matches!(w.tag, "m" | "q");
    matches!(w.tag, "nr" | "nrfg" | "nrt")
        && w.text.chars().count() >= 2
        && before.end == w.start
        && w.end == after.start
        && (noun(before) || counted(before))
        && noun(after)
}

/// Place words jieba makes of a level and the postposition `中` after it
/// (`百强县/ns 市中/s`): `在…县市中` is `县市` and `中`.
const LEVEL_IN: &[&str] = &["省中", "市中", "县中", "区中", "州中", "镇中", "乡中"];

/// `率达` as `率` and `达`, when the rest is a linking word; `对非` (a
/// preposition jieba glues to the negating prefix of the noun after it,
/// `对非/h 高耗能/n`) as `对` and `非`; `占地约/nr` as `占地` and `约`.
/// Modal words of two characters (also in [`ADVERBS`]).
const MODALS: &[&str] = &["有望", "力争", "争取", "确保", "预计"];

fn split_glued_suffix(w: Word) -> (Word, Option<Word>) {
    let first = w.text.chars().next().map_or(0, char::len_utf8);
    // `占/v 比达/nrt`: the `比` of a share, glued to the link after it.
    let suffix_first = first > 0
        && first < w.text.len()
        && ((NOUN_SUFFIXES.contains(&&w.text[..first]) && is_linking(&w.text[first..]))
            || (&w.text[..first] == "比" && LINKS.contains(&&w.text[first..])));
    // `窗口/s 数由/p 最初…`: a noun's suffix glued to the 由 or 从 of a
    // before/after pair.
    let suffix_before_from = w.tag == "p"
        && first > 0
        && NOUN_SUFFIXES.contains(&&w.text[..first])
        && matches!(&w.text[first..], "由" | "从");
    let prefix_last = w.tag == "h" && w.text.len() > '非'.len_utf8() && w.text.ends_with('非');
    let level_in = w.tag == "s" && w.text.chars().count() == 2 && LEVEL_IN.contains(&w.text);
    // `占地约/nr`: a name jieba makes of a dictionary noun or verb and the
    // bound after it (its dictionary even lists 占地约 as a name). So is a
    // word its guess makes of a known noun and the bound (`营收达/v`).
    let last = w.text.chars().next_back().map_or(0, char::len_utf8);
    let known = |word: &str| segment::is_dictionary_word(word) || VERB_TAGGED_NOUNS.contains(&word);
    let bound_last = w.text.ends_with(['约', '近', '超', '达', '逾'])
        && w.text.chars().count() >= 3
        && (matches!(w.tag, "nr" | "nrt" | "nrfg") || !segment::is_dictionary_word(w.text))
        && known(&w.text[..w.text.len() - last]);
    // `确保重点/n 项目`: a modal word that jieba glued to the word after it
    // (its dictionary lists 确保重点 as a noun). No noun opens with one.
    let lead = w.text.char_indices().nth(2).map_or(w.text.len(), |(i, _)| i);
    let link_first = (w.tag.starts_with('n') || w.tag == "v")
        && w.text.chars().count() >= 4
        && MODALS.contains(&&w.text[..lead])
        && segment::is_dictionary_word(&w.text[lead..]);
    // `共新设/d 市场主体`, `共新/d 登记/v`: jieba's guess glues 共 (in
    // all) to the verb of making new after it.
    let total_first = w.tag == "d"
        && w.text.starts_with('共')
        && w.text[first..].starts_with('新')
        && !segment::is_dictionary_word(w.text);
    // `物价上涨/l`, `成本上升/l`, `人口减少/i`: jieba's dictionary holds some
    // idioms of a noun and the verb of its change.
    let tail = w.text.char_indices().nth_back(1).map_or(0, |(i, _)| i);
    let noun_then_change = w.text[..tail].chars().count() >= 2
        && super::context::is_change_verb(&w.text[tail..])
        && LINKS.contains(&&w.text[tail..])
        && segment::reads_as_one(&w.text[..tail], |t| t.starts_with('n'));
    // Where the word is cut, and the tags of its two parts.
    let (at, tags) = if total_first {
        (first, (w.tag, if w.text[first..].chars().count() == 1 { "a" } else { "v" }))
    } else if suffix_before_from {
        (first, ("n", w.tag))
    } else if suffix_first {
        (first, ("n", "v"))
    } else if prefix_last {
        (w.text.len() - '非'.len_utf8(), ("p", "h"))
    } else if level_in {
        (first, ("n", "f"))
    } else if bound_last {
        (w.text.len() - last, ("n", "d"))
    } else if link_first {
        (lead, ("d", w.tag))
    } else if noun_then_change {
        (tail, ("n", "v"))
    } else {
        return (w, None);
    };
    let chars = w.text[..at].chars().count();
    let head = Word { end: w.start + chars, byte_end: w.byte_start + at, text: &w.text[..at], tag: tags.0, ..w };
    let rest = Word { start: w.start + chars, byte_start: w.byte_start + at, text: &w.text[at..], tag: tags.1, ..w };
    (head, Some(rest))
}

/// A version number: `3.0`, `10.0`.
fn is_version(text: &str) -> bool {
    text.split_once('.').is_some_and(|(major, minor)| {
        (1..=2).contains(&major.len()) && major.bytes().all(|b| b.is_ascii_digit()) && minor == "0"
    })
}

/// `营商环境/n 5.0/m 版/n 改革措施`, `营商环境/n 3.0/m 措施/n`: a version
/// number written between a noun and a noun (or 版) is part of the name,
/// with the 版. Before a unit it is a figure (`满意度4.0分`).
fn join_versions<'a>(sentence: &'a str, words: Vec<Word<'a>>) -> Vec<Word<'a>> {
    if !words.iter().any(|w| is_version(w.text)) {
        return words;
    }
    let names = |w: &Word| {
        let chars: Vec<char> = w.text.chars().collect();
        w.text == "版" || (w.tag.starts_with('n') && super::units::unit_at(&chars, 0).is_none())
    };
    let mut out: Vec<Word> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let next = words.get(i + 1).filter(|next| is_version(w.text) && next.start == w.end && names(next));
        match (out.last_mut(), next) {
            (Some(prev), Some(next)) if prev.tag.starts_with('n') && prev.end == w.start => {
                let last = if next.text == "版" { next } else { &w };
                prev.text = &sentence[prev.byte_start..last.byte_end];
                prev.byte_end = last.byte_end;
                prev.end = last.end;
                prev.tag = "n";
                i += if next.text == "版" { 2 } else { 1 };
            }
            _ => {
                out.push(w);
                i += 1;
            }
        }
    }
    out
}

/// `营商环境3.0措施`, `营商环境5.0版`: a name holding a version number.
fn holds_version(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit() && c != '.').any(is_version)
}

fn is_punct(w: &Word) -> bool {
    w.text.chars().all(|c| !crate::normalize::is_han(c) && !c.is_alphanumeric()) && !SIGNS.contains(&w.text)
}

/// Signs of comparison: they link a figure to its subject like words do
/// (`好评率≥98%`), and are no punctuation.
const SIGNS: &[&str] = &["≤", "≥", "<", ">"];

/// Nouns jieba's dictionary tags as verbs; the flows of money (`累计放款
/// 12.3亿元`) name their amounts like nouns.
const VERB_TAGGED_NOUNS: &[&str] = &[
    "增速", "举措", "就业", "得分", "营收", "收入", "放款", "成交", "授信", "诉求", "投诉", "咨询", "减税", "退税",
    "提案", "来电", "来信", "来访",
];

/// Verbs jieba's dictionary tags as nouns (`套餐/n 上线/n`, `学校/n 投入使用/n`).
const NOUN_TAGGED_VERBS: &[&str] = &["上线", "落地", "投入使用"];

fn is_verb(w: &Word) -> bool {
    (w.tag.starts_with('v') && w.tag != "vn" && !VERB_TAGGED_NOUNS.contains(&w.text))
        || NOUN_TAGGED_VERBS.contains(&w.text)
}

/// Words that may stand in a subject: not punctuation, numbers, function
/// words, names of people or places (zones too), or linking words. After a
/// count, a zone is what is counted (`5个示范区`).
fn is_subject_word(w: &Word) -> bool {
    !is_punct(w)
        && !LINK_TAGS.contains(&w.tag)
        && !matches!(w.tag, "nr" | "ns" | "nrt" | "nrfg" | "x")
        && !is_linking(w.text)
        && (!w.text.chars().any(|c| c.is_ascii_digit())
            || w.text.ends_with('强')
            || is_coined_term(w)
            || (w.tag == "n" && holds_version(w.text)))
        && !is_counted_time(w)
        && !is_place_pronoun(w.text)
        && !is_zone(w)
        && !is_level(w)
}

/// `整体/n 通关/vn 时间`, `基本/n 满意率/nz`: one of [`QUALIFYING_ADVERBS`]
/// that jieba tags as a noun, written onto a noun, qualifies it
/// (`整体/n 提升/v` links; `占全部/n 市场主体` is all of them).
fn modifies_noun(words: &[Word], k: usize) -> bool {
    let w = &words[k];
    w.tag == "n"
        && QUALIFYING_ADVERBS.contains(&w.text)
        && words.get(k + 1).is_some_and(|next| next.start == w.end && (next.tag.starts_with('n') || next.tag == "vn"))
}

/// Adverbs that also qualify a noun (`整体通关时间`, `基本满意率`,
/// `直接经济损失`).
const QUALIFYING_ADVERBS: &[&str] = &["整体", "基本", "直接"];

/// `一季度/mq`, `两年/mq`: a count of a time unit says when, not what.
fn is_counted_time(w: &Word) -> bool {
    w.tag == "mq" && ["季度", "年度", "年", "月", "周"].iter().any(|t| w.text.ends_with(t))
}

/// `5G`, `4K`: a Latin term with digits in it names a thing, not a figure.
/// Also once a grade's 级 is written onto it (`4A级`, tagged a noun then).
fn is_coined_term(w: &Word) -> bool {
    let latin = w.text.chars().any(|c| c.is_ascii_alphabetic());
    latin && (w.tag == "eng" || (w.tag == "n" && w.text.ends_with('级')))
}

/// Nouns of time, which jieba tags as nouns after the digits of a year
/// (`2023/m 年度/n`): there they say when, not what (`年度目标` stays).
const TIME_NOUNS: &[&str] = &["年度", "季度", "月份", "年份", "年底", "年末", "年初", "月底", "月末"];

/// `我县`, `本市`, `该区`: the place the report speaks of, which jieba may
/// tag as a noun.
fn is_place_pronoun(word: &str) -> bool {
    is_level_word_after(word, &['我', '本', '该', '此'])
}

/// Whether `word` is one of `leads` and a level of place (`我市`, `全县`).
fn is_level_word_after(word: &str, leads: &[char]) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(lead), Some(level), None) => {
            leads.contains(&lead) && matches!(level, '省' | '市' | '县' | '区' | '镇' | '乡' | '州' | '旗' | '盟')
        }
        _ => false,
    }
}

/// Subjects for `mentions` (claims only; dates and labels get `None`).
pub fn subjects(doc: &NormalizedDoc, mentions: &[Mention]) -> Vec<Option<String>> {
    let chars = &doc.chars[..];
    let mut out = vec![None; mentions.len()];
    let mut i = 0;
    while i < mentions.len() {
        let at = mentions[i].norm_start;
        let (s, e) = (doc.sentence_start(at), doc.sentence_end(at));
        let group = i;
        while i < mentions.len() && mentions[i].norm_start < e {
            i += 1;
        }
        // Only the clauses from the first claim's to the last one's are
        // segmented: the rules never look past a clause mark, and jieba cuts
        // at those marks anyway, so the words are the same. Dates and labels
        // outside that stretch change no claim's subject, and a sentence
        // with no claim is not segmented at all.
        let Some(first) = (group..i).find(|&k| mentions[k].kind.is_claim()) else { continue };
        let Some(last) = (first..i).rfind(|&k| mentions[k].kind.is_claim()) else { continue };
        let at = mentions[first].norm_start;
        let last_end = mentions[first..=last].iter().map(|m| m.norm_end).max().unwrap_or(at).min(e);
        let sentence_start = s;
        let s = clause_start(chars, s, at);
        // `企业开办用时:3个工作日`: a figure right after a colon is named by
        // the label before it, which is segmented too.
        // So is one after a colon and a linking word (`接电时间:平均5个工作日`).
        // A date between is passed over (`排名:由2022年的第15位`).
        let gap = &chars[s..at];
        let labelled = gap.iter().filter(|&&c| !is_date_char(c)).count() <= MAX_LABEL_LINK
            && gap.iter().all(|&c| crate::normalize::is_han(c) || c.is_ascii_digit());
        // Not after a verb of saying (`民意调查显示:近八成受访者…`): what
        // follows is what was said, not a labelled figure.
        let said = |colon: usize| REPORTING_VERBS.iter().any(|v| super::ends_with(&chars[..colon], v));
        let s = match s.checked_sub(1).map(|c| chars[c]) {
            Some(':' | '：') if labelled && s > sentence_start && !said(s - 1) => {
                clause_start(chars, sentence_start, s - 1)
            }
            _ => s,
        };
        let s = quote_before(chars, sentence_start, s).unwrap_or(s);
        // `新增“四上”企业35家`: a verb of making new right before the quote
        // is read with it.
        let new_verb = (chars.get(s) == Some(&'“'))
            .then(|| NEW_VERBS.iter().find(|v| super::ends_with(&chars[sentence_start..s], v)))
            .flatten();
        let s = new_verb.map_or(s, |v| s - v.chars().count());
        let s = note_before(chars, sentence_start, s).unwrap_or(s);
        let s = share_in_brackets(doc, sentence_start, s, at).unwrap_or(s);
        let s = topic_before(chars, sentence_start, s).unwrap_or(s);
        let sentence_end = e;
        let e = chars[last_end..e].iter().position(|c| CLAUSE_MARKS.contains(c)).map_or(e, |p| last_end + p);
        let e = quote_after(chars, e, sentence_end).unwrap_or(e);
        let sentence = doc.slice(s, e);
        let local: Vec<(usize, usize, Kind)> =
            mentions[first..=last].iter().map(|m| (m.norm_start - s, m.norm_end.min(e) - s, m.kind)).collect();
        // A figure ends a word when what follows groups better without
        // it (`132家中小型企业` is no `家中`).
        // So does the start of one glued to letters (`GDP2.1万亿元`).
        let glued = |start: usize| start > 0 && chars[s + start - 1].is_ascii_alphabetic();
        let mut edges: Vec<usize> = local
            .iter()
            .flat_map(|&(start, end, _)| [Some(start).filter(|&b| glued(b)), Some(end)])
            .flatten()
            .collect();
        edges.sort_unstable();
        edges.dedup();
        let mut words = merge_suffixes(sentence, segment::words_within(sentence, &edges));
        // `结案率/n 第一季度/l 全省排名第1`: a word that is all date says
        // when, whatever jieba tags it.
        for m in mentions[group..i].iter().filter(|m| m.kind == Kind::Date && m.norm_start >= s && m.norm_end <= e) {
            let (from, to) = (m.norm_start - s, m.norm_end - s);
            // `2020/m 年省/n 营商环境`: a word jieba glued onto the date's
            // end is cut there; not one that ends the date's time
            // (`6月底`, `三年间`).
            let glued = |w: &Word| {
                w.start >= from
                    && w.start < to
                    && w.end > to
                    && !w.text.ends_with(['底', '初', '末', '间', '中', '内', '前', '后', '来', '度', '份', '里'])
            };
            if let Some(k) = words.iter().position(glued) {
                let (date, rest) = split_word(&words[k], to, words.get(k + 1));
                words.splice(k..=k, [date, rest]);
            }
            for w in words.iter_mut().filter(|w| w.start >= from && w.end <= to) {
                w.tag = "t";
            }
        }
        // `公布了“2019年中国外贸百强城市”榜单,湘潭市位居第49位`: a rank with
        // nothing naming it is a place on the list named before it.
        let lists: Vec<Option<String>> = mentions[first..=last]
            .iter()
            .map(|m| {
                (m.kind == Kind::Rank)
                    .then(|| {
                        ranking_list_before(chars, sentence_start, m.norm_start)
                            .or_else(|| evaluation_before(chars, sentence_start, m.norm_start))
                            .or_else(|| published_before(chars, sentence_start, m.norm_start))
                            .or_else(|| entered_before(chars, sentence_start, m.norm_start))
                            .or_else(|| list_sentence_before(chars, sentence_start))
                    })
                    .flatten()
            })
            .collect();
        for (k, subject) in sentence_subjects(&chars[s..e], &words, &local, lists).into_iter().enumerate() {
            out[first + k] = subject;
        }
    }
    // `全市新增市场主体3.2万户。其中,醴陵市新增6200户`: a figure named
    // only by the verb that opens the subject of the claim before it, in the
    // same paragraph, shares that subject.
    let mut named: Option<usize> = None; // the last mention with a subject
    for k in 0..mentions.len() {
        if out[k].is_some() {
            named = Some(k);
            continue;
        }
        let Some(p) = named.filter(|_| mentions[k].kind.is_claim()) else { continue };
        let at = mentions[k].norm_start;
        let same_paragraph = !chars[mentions[p].norm_end..at].contains(&'\n');
        let previous = out[p].as_deref().unwrap_or_default();
        let opens_previous = |n: usize| {
            at >= n && previous.chars().count() > n && previous.chars().take(n).eq(chars[at - n..at].iter().copied())
        };
        if same_paragraph && (2..=3).any(opens_previous) {
            out[k] = out[p].clone();
            named = Some(k);
        }
    }
    for k in 0..mentions.len() {
        let m = &mentions[k];
        // `民营经济主体达967万户,占比96.69%`: a share whose clause is only
        // the word of share is one of what the clause before names.
        if let Some(p) = share_of_figure_before(doc, mentions, &out, k) {
            out[k] = out[p].clone();
            continue;
        }
        if let Some(total) = total_of_figure_before(doc, mentions, &out, k) {
            out[k] = Some(total);
            continue;
        }
        if out[k].is_some() || !m.kind.is_claim() {
            continue;
        }
        out[k] = continued_clause(doc, m.norm_start, m.kind)
            .or_else(|| fronted_topic(doc, mentions, k))
            .or_else(|| places_moved(doc, m))
            .or_else(|| compared_to_figure_before(doc, mentions, &out, k))
            .or_else(|| listed_with_figure_before(doc, mentions, &out, k));
        // `…大幅压缩,由原来的30天压缩至5天`: the second of a before/after
        // pair continues the first's subject, found in the clause before.
        let first = (0..k).rfind(|&p| mentions[p].kind.is_claim());
        if out[k].is_none()
            && let Some(p) = first
                .filter(|&p| mentions[p].kind == m.kind && changed_to(doc.slice(mentions[p].norm_end, m.norm_start)))
        {
            out[k] = out[p].clone();
        }
    }
    // `全市A级纳税人达1200户,其中A级820户、B级380户`: parts of a total
    // that name nothing of their own are parts of what the total counts.
    for k in 0..mentions.len() {
        if out[k].is_some() || !mentions[k].kind.is_claim() {
            continue;
        }
        let at = mentions[k].norm_start;
        let sentence_start = doc.sentence_start(at);
        let head = doc.slice(sentence_start, at);
        let Some(qizhong) = head.rfind("其中") else { continue };
        let qizhong = sentence_start + head[..qizhong].chars().count();
        let total = (0..k)
            .rev()
            .take_while(|&p| mentions[p].norm_start >= sentence_start)
            .find(|&p| mentions[p].kind.is_claim() && mentions[p].norm_end <= qizhong && out[p].is_some());
        // `…新登记经营主体15.8万户。其中,章贡区新增1.9万户`: a sentence
        // that opens with 其中 parts the last total of the sentence before,
        // in the same paragraph and unit.
        let opens = qizhong == sentence_start && head.starts_with("其中");
        // The nearest in the unit of the part, past a growth rate after the
        // total (`新增经营主体1.86万户,同比增长6.2%。其中,邵东市3120户`).
        let before = || {
            (0..k)
                .rev()
                .take_while(|&p| !chars[mentions[p].norm_end..at].contains(&'\n'))
                .find(|&p| mentions[p].kind.is_claim() && out[p].is_some() && mentions[p].unit == mentions[k].unit)
        };
        if let Some(p) = total.or_else(|| opens.then(before).flatten()) {
            out[k] = out[p].clone();
        }
    }
    // `进出口总额完成5.6亿元,增长23%,增幅居全市第2位`: a bare word of
    // growth is the growth of what the last level before it in the sentence
    // (a figure not in percent) measures.
    for k in 1..mentions.len() {
        let Some(word) = out[k].as_deref().filter(|s| GROWTH_WORDS.contains(s)) else { continue };
        let at = mentions[k].norm_start;
        let sentence_start = doc.sentence_start(at);
        let before = (0..k)
            .rev()
            .take_while(|&p| mentions[p].norm_start >= sentence_start)
            .find(|&p| mentions[p].kind.is_claim() && mentions[p].kind != Kind::Percent && out[p].is_some());
        if let Some(named) = before.and_then(|p| out[p].as_deref()).filter(|s| !GROWTH_WORDS.contains(s)) {
            let whole = if named.ends_with(word) { named.to_owned() } else { format!("{named}{word}") };
            out[k] = Some(whole);
        }
    }
    // `位列设区市前三`: jieba may glue the 前 of the top places (`市前`) to
    // the list's name.
    for (slot, m) in out.iter_mut().zip(mentions) {
        let top = m.norm_start > 0 && chars[m.norm_start - 1] == '前';
        if let Some(subject) = slot.as_mut().filter(|s| top && s.ends_with('前') && s.chars().count() > 2) {
            subject.pop();
        }
    }
    // `县市区\t新增市场主体` over `湘潭县\t5200户`: a figure in a table
    // whose row names nothing it measures is named by its column's heading,
    // when that is a name (no figure, no period).
    for (slot, m) in out.iter_mut().zip(mentions) {
        if slot.is_none() && m.kind.is_claim() {
            *slot = doc
                .column_heading(m.norm_start)
                .map(|(s, e)| doc.slice(s, e))
                .filter(|h| is_heading_name(h))
                .map(str::to_owned);
        }
    }
    out
}

/// The most characters of a column heading read as a subject.
const MAX_HEADING_CHARS: usize = 16;

/// Whether a table's column heading names what its figures measure: a
/// short phrase of Han characters (and Latin letters, `GDP`), with no digit.
fn is_heading_name(heading: &str) -> bool {
    let n = heading.chars().count();
    (2..=MAX_HEADING_CHARS).contains(&n)
        && heading.chars().any(crate::normalize::is_han)
        && heading.chars().all(|c| crate::normalize::is_han(c) || c.is_ascii_alphabetic())
}

/// `民营经济主体达967万户,占比96.69%`: a share whose clause is only the
/// word of share (and a link) is a share of what the figure in the clause
/// right before names; that figure's index, if it has a subject.
fn share_of_figure_before(
    doc: &NormalizedDoc,
    mentions: &[Mention],
    out: &[Option<String>],
    k: usize,
) -> Option<usize> {
    let m = &mentions[k];
    if m.kind != Kind::Percent {
        return None;
    }
    let (s, p) = claim_in_clause_before(doc, mentions, k)?;
    let clause = doc.slice(s, m.norm_start);
    let link = SHARE_NOUNS.iter().find_map(|n| clause.strip_prefix(n)).or_else(|| {
        // `占全市比重为85.2%`, `占GDP的比重为54.6%`: the whole may stand
        // between 占 and the word of share.
        let rest = clause.strip_prefix('占')?;
        let share = SHARE_NOUNS.iter().filter_map(|n| rest.find(n).map(|i| (i, n.len()))).min();
        Some(match share {
            Some((i, len)) if rest[..i].chars().count() <= MAX_WHOLE_CHARS => &rest[i + len..],
            _ => rest,
        })
    })?;
    (SHARE_LINKS.contains(&link) && out[p].is_some()).then_some(p)
}

/// How long the whole named between 占 and a word of share may be.
const MAX_WHOLE_CHARS: usize = 10;

/// What may stand between a word of share opening a clause and its figure
/// (`占比超过30%`).
const SHARE_LINKS: &[&str] =
    &["", "为", "达", "约", "约为", "达到", "已达", "高达", "超过", "超", "逾", "近", "接近", "不足", "不到"];

/// Where the clause of the claim `k` opens, and the last claim before it,
/// when that claim stands in the clause right before, in the same sentence.
fn claim_in_clause_before(doc: &NormalizedDoc, mentions: &[Mention], k: usize) -> Option<(usize, usize)> {
    let chars = &doc.chars[..];
    let sentence_start = doc.sentence_start(mentions[k].norm_start);
    let s = clause_start(chars, sentence_start, mentions[k].norm_start);
    if s <= sentence_start {
        return None;
    }
    let p = (0..k).rfind(|&p| mentions[p].kind.is_claim())?;
    let before = clause_start(chars, sentence_start, s - 1);
    (mentions[p].norm_start >= before && mentions[p].norm_end < s).then_some((s, p))
}

/// `新增市场主体1.2万户、总量达到10万户`: where 、 stands right after the
/// claim before, that claim and where the words after 、 start, as
/// [`claim_in_clause_before`] gives a clause's.
fn listed_after_claim(doc: &NormalizedDoc, mentions: &[Mention], k: usize) -> Option<(usize, usize)> {
    let p = (0..k).rfind(|&p| mentions[p].kind.is_claim())?;
    let after = mentions[p].norm_end;
    let s = after + 1;
    (doc.chars.get(after) == Some(&'、')
        && s <= mentions[k].norm_start
        && !doc.chars[s..mentions[k].norm_start].contains(&','))
    .then_some((s, p))
}

/// `排名较上一年度攀升5位`: a change of places on a list whose clause
/// names nothing else is one of the ranking its clause names.
fn places_moved(doc: &NormalizedDoc, m: &Mention) -> Option<String> {
    if m.kind != Kind::Count || m.change.is_none() || !matches!(m.unit.as_str(), "位" | "名") {
        return None;
    }
    let s = clause_start(&doc.chars, doc.sentence_start(m.norm_start), m.norm_start);
    let clause = doc.slice(s, m.norm_start);
    ["排名", "位次", "名次"].into_iter().find(|w| clause.contains(w)).map(str::to_owned)
}

/// Words for the growth of something, which name nothing alone.
const GROWTH_WORDS: &[&str] = &["增速", "增幅"];

/// Words for the whole number of things, which name nothing alone.
const TOTALS: &[&str] = &["总数", "总量"];

/// `新增规上企业32家,总数达到410家`: a figure whose subject is only a word
/// for the total, opening its clause, is the total of what the new ones
/// in the clause right before are (without the verb of making new), past
/// a clause of their growth.
fn total_of_figure_before(
    doc: &NormalizedDoc,
    mentions: &[Mention],
    out: &[Option<String>],
    k: usize,
) -> Option<String> {
    let total = out[k].as_deref().filter(|s| TOTALS.contains(s))?;
    let m = &mentions[k];
    let (s, p) = claim_in_clause_before(doc, mentions, k).or_else(|| listed_after_claim(doc, mentions, k))?;
    if !doc.slice(s, m.norm_start).starts_with(total) {
        return None;
    }
    // `新登记市场主体1.2万户,同比增长15%,总量达到10万户`: the growth of
    // the new ones may stand between.
    let p = match (0..p).rfind(|&q| mentions[q].kind.is_claim()) {
        Some(q) if mentions[p].kind != m.kind && mentions[q].kind == m.kind && out[q].is_some() && out[q] == out[p] => {
            q
        }
        _ => p,
    };
    let earlier = out[p].as_deref().filter(|_| mentions[p].kind == m.kind)?;
    let things = NEW_VERBS.iter().find_map(|v| earlier.split_once(v).map(|(_, rest)| rest))?;
    (things.chars().count() >= 2).then(|| format!("{things}{total}"))
}

/// Linking verbs that may open a clause holding only a figure.
const CLAUSE_OPENING_LINKS: &[&str] =
    &["达", "达到", "已达", "为", "均为", "仅为", "仅", "仅需", "只需", "共计", "总计", "合计", "约", "约为", "有"];

/// `GDP总量跨越千亿台阶,达1023.6亿元`: a figure whose clause is a linking
/// verb and the figure continues the clause before, in the same sentence;
/// its subject is the noun phrase that opens that clause.
fn continued_clause(doc: &NormalizedDoc, at: usize, kind: Kind) -> Option<String> {
    let rank = kind == Kind::Rank;
    let chars = &doc.chars[..];
    let sentence_start = doc.sentence_start(at);
    let s = clause_start(chars, sentence_start, at);
    // `长沙营商环境,全国第六`: a rank's clause may be only where it ranks,
    // after a verb of placing or not.
    let scope_only = |link: &str| {
        let link = PLACING_VERBS.iter().chain(&["排名"]).find_map(|v| link.strip_prefix(v)).unwrap_or(link);
        SCOPES.contains(&link)
    };
    let link = doc.slice(s, at);
    if s <= sentence_start || chars[s - 1] != ',' {
        return None;
    }
    // `地区生产总值跃上百亿元台阶,增长3.8%`: a clause of only a change (and
    // 同比/环比) to a rate continues the one before. (After a change in a
    // count the noun counted follows: `增加18个编制`.)
    let change_only = |link: &str| {
        if kind != Kind::Percent {
            return false;
        }
        let link = ["同比", "环比"].iter().find_map(|p| link.strip_prefix(p)).unwrap_or(link);
        CHANGE_VERBS.contains(&link)
    };
    let opening = CLAUSE_OPENING_LINKS.contains(&link) || (rank && scope_only(link)) || change_only(link);
    if !opening && !from_earlier(link) {
        return None;
    }
    let clause = doc.slice(clause_start(chars, sentence_start, s - 1), s - 1);
    let words = merge_suffixes(clause, segment::words(clause));
    // `审批时间大幅压缩,由原来的30天压缩至5天`, `市场主体快速增长,达到
    // 10.8万户`: a clause that ends in a verb of change says what changed;
    // the phrase before the verb (and its adverbs) names the figure. A
    // clause opening with where the figure came from needs one.
    let changed = words.last().is_some_and(|w| CHANGE_VERBS.iter().any(|v| w.text.ends_with(v)));
    if changed {
        let setting = words.iter().take_while(|w| matches!(w.tag, "ns" | "t") || is_place_pronoun(w.text)).count();
        return backward(&words[setting.min(words.len() - 1)..words.len() - 1]);
    }
    if !opening {
        return None;
    }
    // `…,创历史新高,同比增长35.5%`: a clause that says how good a result
    // was names nothing the change is of.
    if change_only(link) && words.last().is_some_and(|w| RESULTS.iter().any(|r| w.text.ends_with(r))) {
        return None;
    }
    // Past the place and the time the clause opens with (`全市`, `今年`).
    let setting = |w: &Word| {
        // (`全年/m`: jieba counts the whole year.)
        matches!(w.tag, "ns" | "t")
            || is_place_pronoun(w.text)
            || SCOPES.contains(&w.text)
            || ["其中", "全年"].contains(&w.text)
    };
    let lead = words.iter().take_while(|w| setting(w)).count();
    // `用气报装时间最短,仅为2天`: a clause that says the figure is the
    // least or the most of what it names ends in that word; the phrase
    // before it is read as before a figure.
    // So does one that names the whole the figure is a part of
    // (`1000余项政务服务事项中,有98.5%实现…`).
    if let [named @ .., last] = &words[lead..]
        && (last.text.starts_with('最') || last.text == "中")
        && let Some(phrase) = backward(named)
    {
        return Some(phrase);
    }
    let run: Vec<&Word> =
        words[lead..].iter().take_while(|w| is_subject_word(w) && !is_verb(w)).take(MAX_WORDS).collect();
    join(&run).filter(|s| s.chars().count() >= 2)
}

/// Verbs of saying or showing before a colon (`调查显示:`): what follows
/// is what was said, not a figure labelled by the words before.
const REPORTING_VERBS: &[&str] = &["显示", "表明", "表示", "指出", "介绍", "称", "说", "透露", "强调"];

/// Verbs of change that may close the clause before a figure's
/// (`审批时间大幅压缩,…`), alone or glued to an adverb (`快速增长/n`): the
/// two-character ones of `context`'s change verbs that say a level moved,
/// not one-character verbs that end other words (`新增`). A test keeps
/// them among those.
const CHANGE_VERBS: &[&str] = &[
    "压缩", "压减", "缩短", "缩减", "减少", "降低", "下降", "增长", "增加", "提高", "提升", "提速", "上升", "跃升",
    "攀升", "前移", "精简",
];

/// Whether `between` (the text between two figures) says the second is
/// what the first changed to: a verb of change and 至, 到, 为 or 成,
/// maybe with the second's date (`压缩至`, `跃升至2020年`, `提升到`).
fn changed_to(between: &str) -> bool {
    let between = between.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '年' | '月' | '底' | '末'));
    // `压缩至承诺的`: which level the second is (承诺的) may follow.
    let level = |rest: &str| {
        rest.strip_suffix('的').is_some_and(|l| {
            (1..=MAX_LEVEL_CHARS).contains(&l.chars().count()) && l.chars().all(crate::normalize::is_han)
        })
    };
    CHANGE_VERBS.iter().any(|v| {
        between.strip_prefix(v).is_some_and(|rest| {
            let rest = rest.strip_prefix('了').unwrap_or(rest);
            ["至", "到", "为", "成"].iter().any(|to| rest.strip_prefix(to).is_some_and(|r| r.is_empty() || level(r)))
        })
    })
}

/// Most characters of the word saying which level a figure is, before
/// its 的 (`承诺的`, `法定的`).
const MAX_LEVEL_CHARS: usize = 3;

/// `由原来的`, `从`, `由2018年`: the opening of a clause that says where
/// a figure came from, with nothing of its own (an earlier time, a date,
/// 的).
fn from_earlier(link: &str) -> bool {
    let Some(rest) = link.strip_prefix('由').or_else(|| link.strip_prefix('从')) else { return false };
    let rest = rest.trim_end_matches('的').trim_start_matches(|c: char| c.is_ascii_digit() || c == '年');
    rest.is_empty() || EARLIER.contains(&rest)
}

/// Frames that are no topic: `在此基础上`, `在原有基础上`.
const FRAME_NOUNS: &[&str] = &["基础", "前提", "层面", "程度", "意义", "同时"];

/// `在市场主体比例上,2019年达到58%`: a figure whose clause names nothing
/// is about the topic the clause before it sets with `在…上` or `在…方面`,
/// the noun phrase that topic ends with.
/// `在登记注册所需时间和办理证件数量上,…从…的6.4天和2.4个`: a topic that
/// lists as many things as the list claim `k` stands in holds figures
/// names each figure's own.
fn fronted_topic(doc: &NormalizedDoc, mentions: &[Mention], k: usize) -> Option<String> {
    let at = mentions[k].norm_start;
    let chars = &doc.chars[..];
    let sentence_start = doc.sentence_start(at);
    let s = clause_start(chars, sentence_start, at);
    if s <= sentence_start || chars[s - 1] != ',' {
        return None;
    }
    let topic = doc.slice(clause_start(chars, sentence_start, s - 1), s - 1);
    let inner = topic.strip_prefix('在')?;
    let inner = inner.strip_suffix("方面").or_else(|| inner.strip_suffix('上'))?;
    let items: Vec<&str> = inner.split(TOPIC_JOINERS).collect();
    // The figure's place in its list is looked for only for a topic that lists.
    let listed = (items.len() >= 2 && items.iter().all(|t| t.chars().count() >= 2))
        .then(|| listed_position(doc, mentions, k))
        .flatten();
    let item = listed.filter(|&(_, n)| items.len() == n).map(|(i, _)| items[i]);
    let inner = item.unwrap_or(inner);
    let words = merge_suffixes(inner, segment::words(inner));
    let from = words.iter().rposition(|w| !is_subject_word(w)).map_or(0, |p| p + 1);
    // An item of a list is a noun phrase of its own: kept whole when short.
    let whole = item.is_some_and(|i| i.chars().count() <= MAX_ITEM_CHARS && i.chars().all(crate::normalize::is_han));
    let from = if whole { 0 } else { from.max(words.len().saturating_sub(MAX_WORDS)) };
    let run: Vec<&Word> = words[from..].iter().collect();
    let head = run.last()?;
    let nominal = head.tag.starts_with('n') || NOUN_SUFFIXES.contains(&head.text);
    (nominal && !FRAME_NOUNS.contains(&head.text)).then(|| join(&run)).flatten().filter(|s| s.chars().count() >= 2)
}

/// The longest item of a fronted topic's list kept whole.
const MAX_ITEM_CHARS: usize = 10;

/// What joins the things a fronted topic lists.
const TOPIC_JOINERS: &[char] = &['和', '、', '及', '与'];

/// The place of claim `k` in the list of figures it stands in (figures of
/// its sentence joined only by `和`, `、`, `及` or `与`), and the list's
/// length; `None` when it stands alone.
fn listed_position(doc: &NormalizedDoc, mentions: &[Mention], k: usize) -> Option<(usize, usize)> {
    let before = |p: usize| (0..p).rfind(|&q| mentions[q].kind.is_claim());
    let after = |p: usize| (p + 1..mentions.len()).find(|&q| mentions[q].kind.is_claim());
    let joined = |a: usize, b: usize| {
        let between = doc.slice(mentions[a].norm_end.min(mentions[b].norm_start), mentions[b].norm_start);
        between.chars().count() == 1 && between.starts_with(TOPIC_JOINERS)
    };
    // Figures joined to the one before, counted back from `k`, then on.
    let earlier = std::iter::successors(Some(k), |&b| before(b).filter(|&a| joined(a, b))).count() - 1;
    let later = std::iter::successors(Some(k), |&a| after(a).filter(|&b| joined(a, b))).count() - 1;
    (earlier + later > 0).then_some((earlier, earlier + later + 1))
}

/// Where the clause holding offset `at` starts: just past the last clause
/// mark in `[from, at)`, else at `from`.
fn clause_start(chars: &[char], from: usize, at: usize) -> usize {
    chars[from..at].iter().rposition(|c| CLAUSE_MARKS.contains(c)).map_or(from, |p| from + p + 1)
}

/// The most characters of a clause of only a noun phrase that names the
/// figures of the clause after it (`企业开办时间,由3天压缩至1天`).
const MAX_TOPIC_CHARS: usize = 20;

/// Where the clause before a comma at `s - 1` opens, within the sentence
/// starting at `from`, when it may be a noun phrase that names the figures
/// after it: 2 to [`MAX_TOPIC_CHARS`] characters, all Chinese. Whether it is
/// one is for [`topic_clause_before`] to judge from its words.
fn topic_before(chars: &[char], from: usize, s: usize) -> Option<usize> {
    if s <= from || chars[s - 1] != ',' {
        return None;
    }
    let open = clause_start(chars, from, s - 1);
    let clause = &chars[open..s - 1];
    ((2..=MAX_TOPIC_CHARS).contains(&clause.len()) && clause.iter().all(|&c| crate::normalize::is_han(c)))
        .then_some(open)
}

/// Where the clause opens before a share given in brackets after a noun
/// (`制造业(占比32%)`), when the clause of the figure at `at` (opening at
/// `s`) is only a word of share and maybe a linking verb; the share is the
/// noun's.
fn share_in_brackets(doc: &NormalizedDoc, from: usize, s: usize, at: usize) -> Option<usize> {
    let chars = &doc.chars[..];
    if s <= from + 1 || !matches!(chars[s - 1], '(' | '（') || !crate::normalize::is_han(chars[s - 2]) {
        return None;
    }
    let inside = doc.slice(s, at);
    let inside = inside.strip_suffix(['达', '为', '约']).unwrap_or(inside);
    SHARE_NOUNS.contains(&inside).then(|| clause_start(chars, from, s - 1))
}

/// Where the clause opens that a short note in brackets closing just
/// before `at` follows a word of (`注册资本(金)`, `一般公共预算收入(剔除
/// 留抵退税因素)`), within the sentence starting at `from`: at most
/// [`MAX_NOTE_CHARS`] characters inside, all Chinese.
fn note_before(chars: &[char], from: usize, at: usize) -> Option<usize> {
    if at <= from || !matches!(chars[at - 1], ')' | '）') {
        return None;
    }
    let reach = (at - 1).saturating_sub(MAX_NOTE_CHARS + 1).max(from);
    let open = chars[reach..at - 1].iter().rposition(|&c| matches!(c, '(' | '（'))? + reach;
    let inside = &chars[open + 1..at - 1];
    let word_before = open > from && crate::normalize::is_han(chars[open - 1]);
    // An abbreviation in Latin letters is a note too (`地区生产总值(GDP)`).
    let latin = inside.iter().all(|c| c.is_ascii_alphabetic());
    (word_before && !inside.is_empty() && (latin || inside.iter().all(|&c| crate::normalize::is_han(c))))
        .then(|| clause_start(chars, from, open))
}

/// The longest quoted name read as the head of a subject (`“一网通办”率`),
/// or as the list a rank is on (`获评“2019年全国经开区营商环境指数”第1`).
const MAX_QUOTED: usize = 24;

/// Where the quoted name that closes just before `at` opens, if it does
/// within the sentence starting at `from` and holds no clause mark; for a
/// list of quoted names (`“跑一次”、“零跑腿”`), where the first opens.
fn quote_before(chars: &[char], from: usize, at: usize) -> Option<usize> {
    if at == 0 || at <= from || chars[at - 1] != '”' {
        return None;
    }
    let reach = (at - 1).saturating_sub(MAX_QUOTED + 1).max(from);
    let open = chars[reach..at - 1].iter().rposition(|&c| c == '“')? + reach;
    if chars[open + 1..at - 1].iter().any(|c| CLAUSE_MARKS.contains(c)) {
        return None;
    }
    let listed = open > from && chars[open - 1] == '、';
    Some(listed.then(|| quote_before(chars, from, open - 1)).flatten().unwrap_or(open))
}

/// The quoted name of a ranking list (`“…”榜单`, `“…”排行榜`, `在“…”中`)
/// nearest before `at` in the sentence starting at `from`, without a year
/// that opens it (the year is the claim's period).
fn ranking_list_before(chars: &[char], from: usize, at: usize) -> Option<String> {
    let close = (from..at).rev().find(|&c| matches!(chars[c], '”' | '》') && names_a_ranking_list(chars, c))?;
    // `在《2023中国县域经济百强研究》中`: a report's title names the list too.
    let reach = close.saturating_sub(MAX_QUOTED).max(from);
    let open = match chars[close] {
        '》' => reach + chars[reach..close].iter().rposition(|&c| c == '《')?,
        _ => quote_before(chars, from, close + 1)?,
    };
    let (name, _) = super::names::split_year(&chars[open + 1..close].iter().collect::<String>());
    (name.chars().count() >= 2).then_some(name)
}

/// Verbs that place a figure's owner on a list (`位居全省前列`).
const PLACING_VERBS: &[&str] = &["位居", "位列", "名列", "稳居", "跃居", "跻身", "居", "列"];

/// Words that make an unquoted `在…中` the evaluation a rank is on (`强`
/// for a list of the strongest: `综合实力百强县市`).
const EVALUATIONS: &[&str] =
    &["评价", "评估", "考核", "考评", "测评", "评比", "评选", "排名", "排行", "榜单", "指数", "调查", "监测", "强"];
/// The scope that opens an evaluation's name (`全省营商环境评价`): where the
/// rank is, not what is ranked.
const SCOPES: &[&str] = &["全国", "全省", "全市", "全区", "全县", "全州", "全球"];
/// The sets of units a rank is among, after a scope (`在全省市辖区位居第一`).
const RANKED_AMONG: &[&str] =
    &["市辖区", "县市区", "县市", "县区", "区县", "城市", "地市", "市州", "县域", "开发区", "园区", "省份", "同类城市"];

/// The evaluation named unquoted by the nearest `在…中` before `at` in the
/// sentence starting at `from` (`在2024年度全省营商环境评价中,赣州市位列
/// 第2名` → `营商环境评价`), without its year and scope.
/// Verbs that say a list came out (`中国百强城市正式发布,我市位列第66位`).
const PUBLISHING: &[&str] = &["发布", "公布", "揭晓", "出炉", "揭榜"];
/// The most characters between a verb of publishing and the rank.
const MAX_PLACING_AFTER: usize = 10;

/// The list named by the clause before `at` that says it came out, in the
/// sentence starting at `from` (`2023年度中国百强城市正式发布,我市位列
/// 第66位` → `中国百强城市`), without its year and scope.
fn published_before(chars: &[char], from: usize, at: usize) -> Option<String> {
    // The nearest verb of publishing before the rank, with only a short
    // clause of placing after it (`,我市位列`; in a title whose space the
    // normalizing dropped, `连云港市位列`).
    let text: String = chars[from..at].iter().collect();
    let (verb_at, verb) = last_of(&text, PUBLISHING)?;
    let after = &text[verb_at + verb.len()..];
    let placing = PLACING_VERBS.iter().chain(&["排名", "排"]).any(|v| after.contains(v));
    if !placing || after.chars().count() > MAX_PLACING_AFTER {
        return None;
    }
    let verb_char = from + text[..verb_at].chars().count();
    let open = clause_start(chars, from, verb_char);
    let list: String = chars[open..verb_char].iter().collect();
    let list = list.strip_suffix("正式").unwrap_or(&list);
    let (name, _) = super::names::split_year(list);
    evaluation_named(without_scope(&name)).filter(|n| n.chars().all(crate::normalize::is_han))
}

/// Words that end a sentence naming a list.
const LIST_WORDS: &[&str] = &["榜单", "排行榜", "名单"];

/// The list a short sentence right before the one starting at `from` names
/// and nothing else (`全国县域商业发展力100强榜单。邵东市排名第67位`),
/// without its year and scope.
fn list_sentence_before(chars: &[char], from: usize) -> Option<String> {
    let end = from.checked_sub(1).filter(|&e| chars[e] == '。')?;
    let start = chars[..end].iter().rposition(|&c| crate::normalize::is_sentence_end(c)).map_or(0, |p| p + 1);
    let sentence: String = chars[start..end].iter().collect();
    let list = LIST_WORDS.iter().find_map(|w| sentence.strip_suffix(w))?;
    let (name, _) = super::names::split_year(list);
    // `…排列了全国前20名城市的榜单。` says what was done, not only which list.
    let done = name.ends_with('的') || name.contains('了');
    evaluation_named(without_scope(&name))
        .filter(|n| !done && n.chars().all(|c| crate::normalize::is_han(c) || c.is_ascii_digit()))
}

/// Verbs of getting onto a list (`进入营商环境百强县`).
const ENTERING: &[&str] = &["进入", "跻身", "入选", "入围", "上榜"];

/// The list that the nearest verb of getting onto one before `at`, in the
/// sentence starting at `from`, names (`山东有9个县(市)进入营商环境百强县,
/// 分别为:龙口市(13位)` → `营商环境百强县`), without its year; its scope
/// is part of its name, as a title's is.
fn entered_before(chars: &[char], from: usize, at: usize) -> Option<String> {
    let text: String = chars[from..at].iter().collect();
    let (verb_at, verb) = last_of(&text, ENTERING)?;
    let rest = &text[verb_at + verb.len()..];
    let list: String = rest.chars().take_while(|&c| crate::normalize::is_han(c) || c.is_ascii_digit()).collect();
    let (name, _) = super::names::split_year(&list);
    // `进入全国县域经济百强行列`: the ranks of a list are the list.
    let name = ["行列", "之列"].iter().find_map(|s| name.strip_suffix(s)).unwrap_or(&name);
    evaluation_named(name)
}

/// `name` without the scope that opens it (`全省营商环境评价` → `营商环境评价`).
fn without_scope(name: &str) -> &str {
    SCOPES.iter().find_map(|s| name.strip_prefix(s)).unwrap_or(name)
}

/// Where the last of `words` in `text` starts (in bytes), and which it is.
fn last_of<'w>(text: &str, words: &[&'w str]) -> Option<(usize, &'w str)> {
    words.iter().filter_map(|&w| text.rfind(w).map(|i| (i, w))).max_by_key(|&(i, _)| i)
}

/// Whether `word` places a figure on a list (`位居`, `居`, `排名`).
fn places_on_list(word: &str) -> bool {
    PLACING_VERBS.contains(&word) || word == "排名"
}

/// `name`, when it is of a length to name an evaluation and says it is one.
fn evaluation_named(name: &str) -> Option<String> {
    let named = (3..=MAX_QUOTED).contains(&name.chars().count());
    (named && EVALUATIONS.iter().any(|e| name.contains(e))).then(|| name.to_owned())
}

fn evaluation_before(chars: &[char], from: usize, at: usize) -> Option<String> {
    let close = (from..at).rev().find(|&c| chars[c] == '中')?;
    let reach = close.saturating_sub(MAX_QUOTED).max(from);
    // `在…中`, or a clause of its own opening the sentence
    // (`株洲市营商环境考核中,醴陵市排名第一`).
    let zai = chars[reach..close].iter().rposition(|&c| c == '在').map(|p| p + reach + 1);
    let fronted = || {
        let open = chars[reach..close].iter().rposition(|c| CLAUSE_MARKS.contains(c)).map_or(reach, |p| p + reach + 1);
        (chars.get(close + 1) == Some(&',') && (open > reach || reach == from)).then_some(open)
    };
    let open = zai.or_else(fronted)?;
    let inner = &chars[open..close];
    if inner.iter().any(|c| CLAUSE_MARKS.contains(c) || matches!(c, '“' | '”')) {
        return None;
    }
    let (name, _) = super::names::split_year(&inner.iter().collect::<String>());
    // `在2020年的营商环境评价中`: the year's 的 goes with it.
    let name = name.strip_prefix('的').unwrap_or(&name);
    evaluation_named(without_scope(name))
}

/// Whether the quote closing at `close` names a ranking list: `“…”榜单`,
/// `“…”排行榜`, `在“…”中`, `在“…”调查中`, `“…百强榜”`.
pub fn names_a_ranking_list(chars: &[char], close: usize) -> bool {
    let after = &chars[(close + 1).min(chars.len())..];
    matches!(after.first(), Some('榜' | '排' | '中'))
        || (close > 0 && chars[close - 1] == '榜')
        || (after.get(2) == Some(&'中') && EVALUATIONS.iter().any(|e| e.chars().eq(after[..2].iter().copied())))
}

/// Where the clause ends when a quoted name opens at `at` (`200个“一件事一次办”
/// 事项`): at the first clause mark after the name, before `to`.
fn quote_after(chars: &[char], at: usize, to: usize) -> Option<usize> {
    if chars.get(at) != Some(&'“') {
        return None;
    }
    let reach = (at + MAX_QUOTED + 2).min(to);
    let close = at + 1 + chars.get(at + 1..reach)?.iter().position(|&c| c == '”')?;
    if chars[at + 1..close].iter().any(|c| CLAUSE_MARKS.contains(c)) {
        return None;
    }
    Some(chars[close + 1..to].iter().position(|c| CLAUSE_MARKS.contains(c)).map_or(to, |p| close + 1 + p))
}

/// Subjects of the mentions `(start, end, kind)` of one sentence; `lists`
/// names the list each rank is on, for a rank nothing else names.
fn sentence_subjects(
    chars: &[char],
    words: &[Word],
    mentions: &[(usize, usize, Kind)],
    lists: Vec<Option<String>>,
) -> Vec<Option<String>> {
    let mut out: Vec<Option<String>> = vec![None; mentions.len()];
    let mut k = 0;
    while k < mentions.len() {
        if !mentions[k].2.is_claim() {
            k += 1;
            continue;
        }
        // A run of claims joined by list marks shares one subject phrase.
        let mut last = k;
        while last + 1 < mentions.len() && mentions[last + 1].2.is_claim() {
            let joined = match &chars[mentions[last].1..mentions[last + 1].0] {
                [] => true,
                [c] => JOINERS.contains(c),
                _ => false,
            };
            if !joined {
                break;
            }
            last += 1;
        }
        let (start, end, kind) = mentions[k];
        // The claim before this one, if any.
        let before = (0..k).rfind(|&p| mentions[p].2.is_claim());
        // A date that opens a quoted name (`“2019年度中国…十佳…”第1`) is
        // part of the subject: the name's opening mark bounds it.
        // Other dates are passed over (`市场主体从2020年底的25.3万户`): the
        // floor is the claim before.
        let floor = k.checked_sub(1).map_or(0, |p| {
            let (start, _, kind) = mentions[p];
            if !kind.is_claim() && start > 0 && chars[start - 1] == '“' {
                start - 1
            } else {
                (0..=p).rfind(|&c| mentions[c].2.is_claim()).map_or(0, |c| mentions[c].1)
            }
        });
        // `为1.2万家规上企业配备服务专员386名`: the firms the count before
        // counts are whom the action is for, not part of what this figure
        // measures.
        let floor =
            before.and_then(|p| past_counted_beneficiary(words, mentions[p], out[p].as_deref())).unwrap_or(floor);
        let mut head = subject_in(words, floor, start, end, kind);
        // `“区长企业接待日”坚持4年多`: a verb of lasting before a span of time
        // says what the thing did that long; it is no part of the thing.
        if kind == Kind::Duration {
            head = head.map(|h| without_lasting(&h).to_owned());
        }
        // `总量保持在全省19个国家级经开区第7位`: a rank among a counted set
        // is named by what stands before the count.
        if let Some(p) = before.filter(|&p| kind == Kind::Rank && mentions[p].2 == Kind::Count) {
            let (p_start, p_end, _) = mentions[p];
            let between = words_between(words, p_end, start);
            // `政府采购等5个指标居全省第一`: after a verb of placing, the
            // things counted are what ranks, not a set it ranks among.
            // Not when 在…中 frames the count as the set
            // (`在全省54个市辖区中位列第一`).
            let framed = between.iter().any(|w| w.text == "中")
                && words.iter().rfind(|w| w.end <= p_start).is_some_and(|w| w.text == "在" || SCOPES.contains(&w.text));
            let placed = !framed && between.iter().any(|w| places_on_list(w.text));
            let in_clause = !between.iter().any(is_punct);
            if in_clause && !placed && (head.is_none() || head == out[p]) {
                let earlier = (0..p).rfind(|&c| mentions[c].2.is_claim());
                let floor = earlier.map_or(0, |c| mentions[c].1);
                // `得分为83.15分,在全省54个市辖区中位列第一`, `增长15.9%,居
                // 全市6个县市第1位`: with nothing before the set but where it
                // is (and a verb of placing), the rank is the figure before's,
                // in the clause before.
                let only_setting = |c: usize| {
                    words_between(words, mentions[c].1, p_start).iter().all(|w| {
                        [",", "在"].contains(&w.text)
                            || SCOPES.contains(&w.text)
                            || PLACING_VERBS.contains(&w.text)
                            || ALL_MARKS.contains(&w.text)
                    })
                };
                let named = subject_in(words, floor, p_start, p_end, kind).filter(|s| Some(s) != out[p].as_ref());
                head = named.or_else(|| earlier.filter(|&c| only_setting(c)).and_then(|c| out[c].clone())).or(head);
            }
        }
        let items = listed_subjects(words, start);
        let count = last - k + 1;
        // `高新技术企业156家、专精特新企业48家,分别增长20%和33%`: listed
        // figures said to hold respectively for the claims before them.
        // Not when the clause names its own list (`开工率、投产率、…分别达`)
        // or what its figures measure (`城乡居民人均可支配收入分别增长
        // 4.8%、7.2%`), unless that is a share or rate of the things before
        // (`…,占工业投资比重分别达82.2%和41.6%`).
        let of_things_before =
            head.as_deref().is_none_or(|h| h.ends_with('率') || SHARE_NOUNS.iter().any(|s| h.ends_with(s)));
        let respective: Option<Vec<Option<String>>> = (count > 1
            && items.len() != count
            && of_things_before
            && linked_by(words, start, &["分别"])
            && !lists_before(words, start))
        .then(|| {
            let before: Vec<usize> = (0..k).filter(|&p| mentions[p].2.is_claim()).collect();
            let from = before.len().checked_sub(count)?;
            Some(before[from..].iter().map(|&p| out[p].clone()).collect())
        })
        .flatten()
        .filter(|subjects: &Vec<Option<String>>| subjects.iter().all(Option::is_some));
        for (n, slot) in out[k..=last].iter_mut().enumerate() {
            let (_, e, kind) = mentions[k + n];
            *slot = if let Some(subjects) = &respective {
                subjects[n].clone()
            } else if items.len() == count && count > 1 {
                Some(items[n].clone())
            } else if last == k && linked_by(words, start, ALL_MARKS) {
                // `满意率、办理率、公开率均达100%`: one figure for a list; the
                // first item names it (claims.md's own example).
                // `A、B分别达到X和Y,均保持全省第三`: the list stands in the
                // clause of the figure before.
                first_listed(words, start)
                    .or_else(|| {
                        before
                            .filter(|_| only_links_before(words, start))
                            .and_then(|p| first_listed(words, mentions[p].0))
                    })
                    .or_else(|| head.clone())
            } else if n == 0 {
                head.clone()
            } else {
                // `不超过2次,70%以上网上申办事项…`: a later percentage that
                // stands before a noun phrase is a share of it, like the first.
                forward_of(words, e, qualifies(kind) || kind == Kind::Percent).or_else(|| head.clone())
            };
        }
        k = last + 1;
    }
    for (slot, list) in out.iter_mut().zip(lists) {
        if slot.is_none() {
            *slot = list;
        }
    }
    // `市场主体新增1.2万户`: a verb of making new after the noun makes the
    // same subject as before it (新增市场主体); not after a word of "per"
    // (`日均净增`), which says how often.
    for subject in out.iter_mut().flatten() {
        if let Some((things, verb)) = NEW_VERBS.iter().find_map(|v| subject.strip_suffix(v).map(|t| (t, v)))
            && things.chars().count() >= 2
            && !things.ends_with('均')
        {
            *subject = format!("{verb}{things}");
        }
    }
    // The word right before each figure, when it touches it: the loops
    // below each ask for it.
    let verbs: Vec<Option<&Word>> = mentions.iter().map(|m| verb_before(words, m.0)).collect();
    // `新增市场主体8943户,今年一季度新增5071户`: a verb of making new alone
    // before a figure counts what it counted earlier in the sentence, also
    // when the earlier figure was made new by another such verb
    // (`新登记市场主体887万户,…平均每天新设4.9万户`: 新设市场主体).
    for k in 0..out.len() {
        let Some(verb) =
            verbs[k].filter(|w| (out[k].is_none() || out[k].as_deref() == Some(w.text)) && NEW_VERBS.contains(&w.text))
        else {
            continue;
        };
        let earlier =
            (0..k).rev().find_map(|p| out[p].as_deref().filter(|_| mentions[p].2 == mentions[k].2).and_then(made_new));
        // `全市共有规上工业企业356家,其中新增42家`: failing that, the things
        // the figure before counts in the same unit are what is new.
        let counted = || {
            claim_before_in_unit(chars, mentions, k)
                .and_then(|p| out[p].as_deref())
                .filter(|s| !NEW_VERBS.iter().any(|v| s.starts_with(v)))
        };
        out[k] = earlier.or_else(counted).map(|things| format!("{}{things}", verb.text));
    }
    // `全市26个园区已有8个设立…`, `120家企业,有100家给予好评`: a count
    // after 有 that a verb follows (no noun of its own) counts some of the
    // things the count before counts in the same unit.
    for k in 0..out.len() {
        let had = verbs[k].is_some_and(|w| HAVING.contains(&w.text));
        if !(had && mentions[k].2 == Kind::Count) {
            continue;
        }
        let after = words.iter().find(|w| w.start >= mentions[k].1);
        if !after.is_none_or(|w| is_verb(w) || is_punct(w)) {
            continue;
        }
        if let Some(things) = claim_before_in_unit(chars, mentions, k).and_then(|p| out[p].clone()) {
            out[k] = Some(things);
        }
    }
    // `区法院共受理1200件`: an agency before a verb of taking in is who
    // takes the things in, not what is counted. The things are those the
    // claim before counts in the same unit, or failing that the verb names
    // them (`受理`).
    for k in 0..out.len() {
        let taken_in = verbs[k].filter(|w| TAKING_IN.contains(&w.text));
        let Some(verb) = taken_in.filter(|_| out[k].as_deref().is_some_and(is_agency)) else {
            continue;
        };
        let earlier = claim_before_in_unit(chars, mentions, k).and_then(|p| out[p].clone()).filter(|s| !is_agency(s));
        out[k] = earlier.or_else(|| Some(verb.text.to_owned()));
    }
    // `受理企业诉求500件,办结480件`: a verb of settling alone before a
    // count says how many of the things the count before counts (in the
    // same unit) were settled.
    for k in 0..out.len() {
        let Some(verb) = verbs[k].filter(|w| {
            mentions[k].2 == Kind::Count
                && (out[k].is_none() || out[k].as_deref() == Some(w.text))
                && SETTLING.contains(&w.text)
        }) else {
            continue;
        };
        let things = claim_before_in_unit(chars, mentions, k)
            .and_then(|p| out[p].as_deref())
            .filter(|s| !SETTLING.iter().any(|v| s.starts_with(v)))
            // `收到诉求100件,已解决95件`: not the verb of taking them in.
            .map(|s| TAKING_IN.iter().find_map(|v| s.strip_prefix(v)).unwrap_or(s));
        // Things named by their verb only (`受理2.8万件,办结2.4万件`): the
        // verb of settling names them too.
        if let Some(things) = things {
            out[k] = Some(format!("{}{things}", verb.text));
        }
    }
    // `连续两年在全市营商环境考评中位列第一`: a streak of places on a list is
    // named by the rank it leads to, in the same clause.
    for k in 0..out.len().saturating_sub(1) {
        let (_, end, kind) = mentions[k];
        let (start, _, next) = mentions[k + 1];
        let same_clause = !words_between(words, end, start).iter().any(is_punct);
        if out[k].is_none() && kind == Kind::Duration && next == Kind::Rank && same_clause {
            out[k] = out[k + 1].clone();
        }
    }
    // `企业开办时间,由3天压缩至1天`: a clause that is only a noun phrase,
    // set off by a comma before a figure whose own clause names nothing,
    // names that figure.
    for k in 0..out.len() {
        let floor = (0..k).rfind(|&p| mentions[p].2.is_claim()).map_or(0, |p| mentions[p].1);
        if out[k].is_none() && mentions[k].2.is_claim() {
            out[k] = topic_clause_before(words, floor, mentions[k].0);
        }
    }
    // A clause with no subject of its own (`,同比多增164.96亿元`) continues the
    // one before, when nothing but linking words stands between them.
    // Dates between them (`较2020年末增长`) are passed over.
    // A year-on-year change (`,创历史新高,同比增长35.5%`) is the change of
    // the figure before it, even past a clause of comment. A rank with
    // nothing naming it ranks what the sentence spoke of (`营商环境考核连续
    // 两年位居全省第一方阵,2022年排名全省第二`).
    for k in 1..out.len() {
        let Some(p) = (0..k).rfind(|&p| mentions[p].2.is_claim()) else { continue };
        let yearly = year_on_year(words, mentions[k].0);
        // The level a change reaches is of what its starting level is of,
        // whatever the words between say of how (`分阶段压缩至`).
        if out[p].is_some() && mentions[k].2.is_claim() && from_to(words, mentions[p], mentions[k]) {
            out[k] = out[p].clone();
            continue;
        }
        let continues = mentions[k].2 == Kind::Rank
            || only_links_between(words, mentions[p].1, mentions[k].0)
            || yearly
            || of_earlier_level(words, mentions[p].1, mentions[k].0);
        if out[k].is_none() && mentions[k].2.is_claim() && continues {
            // `外贸进出口2229.75亿元,完成年度目标任务的54.7%,同比增长24.1%`:
            // a growth in percent is that of a level, not of a share.
            let in_percent = |m: usize| mentions[m].1 > 0 && chars[mentions[m].1 - 1] == '%';
            let level = (yearly && in_percent(k))
                .then(|| (0..k).rfind(|&p| mentions[p].2.is_claim() && !in_percent(p)))
                .flatten()
                .filter(|&l| out[l].is_some());
            out[k] = out[level.unwrap_or(p)].clone();
            // `新增市场主体4860户,累计达到9.8万户`: the running total of
            // what is new is the total of the things.
            let total = words_between(words, mentions[p].1, mentions[k].0).iter().any(|w| w.text == "累计");
            if let Some(subject) = out[k].as_mut().filter(|_| total && mentions[k].2 == mentions[p].2)
                && let Some(things) = NEW_VERBS.iter().find_map(|v| subject.strip_prefix(v)).filter(|t| !t.is_empty())
            {
                *subject = things.to_owned();
            }
        }
    }
    // `新收破产案件6件,审结5件`: another verb alone before a figure counts
    // the things the claim before it counted, done its own way, when that
    // claim's subject opens with its verb.
    for k in 1..out.len() {
        let p = k - 1;
        // (A count after a verbal noun, `投产/vn 941个`, names itself by it.)
        let counted = mentions[k].2 == Kind::Count;
        let Some(verb) = verbs[k].filter(|w| {
            let verbal = counted && w.tag == "vn";
            (out[k].is_none() || (verbal && out[k].as_deref() == Some(w.text)))
                && (is_verb(w) || verbal)
                && w.text.chars().count() == 2
                && !is_linking(w.text)
                && !super::context::is_change_verb(w.text)
        }) else {
            continue;
        };
        // The same things in the same unit (not `出动干警460余人次,拘留96人`).
        let same_unit = chars.get(mentions[p].1.wrapping_sub(1)) == chars.get(mentions[k].1.wrapping_sub(1));
        let Some(subject) = out[p].as_deref().filter(|_| mentions[p].2 == mentions[k].2 && same_unit) else { continue };
        let opening = words
            .iter()
            .find(|w| w.end <= mentions[p].0 && (is_verb(w) || w.tag == "vn") && subject.starts_with(w.text));
        // Things no verb opens are named whole when a head noun ends them
        // (`新增入园项目1814个,开工1647个`: 开工项目).
        let things = match opening {
            Some(w) => Some(&subject[w.text.len()..]).filter(|t| t.chars().count() >= 2),
            None => Some(subject).filter(|s| counted && ends_in_counted_head(s)),
        };
        if let Some(t) = things {
            out[k] = Some(format!("{}{t}", verb.text));
        }
    }
    // `国家18个、自治区26个及本市18个重点事项`: figures set apart by levels
    // and places only count what the last one counts.
    for k in (0..out.len().saturating_sub(1)).rev() {
        let shares = mentions[k].2.is_claim()
            && mentions[k + 1].2.is_claim()
            && out[k].is_none()
            && only_places_between(words, mentions[k].1, mentions[k + 1].0);
        if shares {
            out[k] = out[k + 1].clone();
        }
    }
    out
}

/// The subject a clause of only a noun phrase gives the figure at `start`
/// in the clause after it (see [`sentence_subjects`]): the words between
/// the comma and the figure name nothing (links, adverbs, verbs of a level
/// or a change), and the clause before the comma, after `floor`, opens the
/// sentence or a clause and is made of nouns and the verbs inside them
/// (`企业/开办/时间`), ending in a noun.
fn topic_clause_before(words: &[Word], floor: usize, start: usize) -> Option<String> {
    let before = words.iter().take_while(|w| w.end <= start).count();
    let comma = words[..before].iter().rposition(is_punct)?;
    // Verbs that take the figure as a level or a change may stand there;
    // others say what was done (`现场解决问题,已举办31期`).
    let names_nothing = |w: &Word| {
        if is_verb(w) {
            is_governing(w) || super::context::is_change_verb(w.text) || w.text.chars().count() == 1
        } else {
            !is_subject_word(w)
        }
    };
    if words[comma].text != "," || !words[comma + 1..before].iter().all(names_nothing) {
        return None;
    }
    let open = words[..comma].iter().rposition(is_punct);
    if open.is_some_and(|p| !matches!(words[p].text, "," | "。" | ";" | ":" | "\n")) {
        return None;
    }
    let topic = &words[open.map_or(0, |p| p + 1)..comma];
    // Places and levels may open it (`全市市场主体`), and 和 may join two
    // (`政府投资项目和企业投资项目审批时间`).
    let nominal = |w: &Word| {
        ((w.tag.starts_with('n') || matches!(w.tag, "vn" | "b") || is_verb(w)) && !is_linking(w.text))
            || is_place_pronoun(w.text)
            || SCOPES.contains(&w.text)
            || is_level(w)
            || matches!(w.text, "和" | "与" | "及")
    };
    // Not a noun jieba made of a change (`市场主体/快速增长/n,达到…`): that
    // clause says what happened to the noun before.
    let of_change = |w: &Word| w.text.char_indices().any(|(i, _)| super::context::is_change_verb(&w.text[i..]));
    let ends_in_noun =
        topic.last().is_some_and(|w| w.tag.starts_with('n') && is_subject_word(w) && !is_verb(w) && !of_change(w));
    let fits = topic.iter().all(nominal) && ends_in_noun;
    (fits && topic[0].start >= floor).then(|| backward(topic)).flatten()
}

/// The word that ends right where the figure at `start` begins, if any.
fn verb_before<'w, 'a>(words: &'w [Word<'a>], start: usize) -> Option<&'w Word<'a>> {
    words.iter().rfind(|w| w.end <= start).filter(|w| w.end == start)
}

/// The words that start at `from` or later and end by `to`.
fn words_between<'w, 'a>(words: &'w [Word<'a>], from: usize, to: usize) -> &'w [Word<'a>] {
    let lo = words.iter().position(|w| w.start >= from).unwrap_or(words.len());
    &words[lo..lo + words[lo..].iter().take_while(|w| w.end <= to).count()]
}

/// Whether the words between `from` and `to` hold a level or a place
/// pronoun, and besides only list marks and conjunctions.
fn only_places_between(words: &[Word], from: usize, to: usize) -> bool {
    let mut place = false;
    for w in words_between(words, from, to) {
        if is_level(w) || is_place_pronoun(w.text) {
            place = true;
        } else if !(w.text == "、" || w.tag == "c") {
            return false;
        }
    }
    place
}

/// Words that compare a figure with the same one a year before (`同比`,
/// `比上年`, `较去年同期`, Hong Kong and Macau `按年`).
const YEAR_ON_YEAR: &[&str] = &["同比", "环比", "上年", "去年", "上年同期", "去年同期", "按年"];

/// Whether the clause of the figure at `start` holds nothing before it but
/// linking words, among them one of [`YEAR_ON_YEAR`].
fn year_on_year(words: &[Word], start: usize) -> bool {
    let before = words.iter().take_while(|w| w.end <= start).count();
    let clause = words[..before].iter().rposition(is_punct).map_or(0, |p| p + 1);
    let clause = &words[clause..before];
    let year = |w: &Word| YEAR_ON_YEAR.contains(&w.text);
    clause.iter().any(year) && clause.iter().all(|w| !is_subject_word(w) || is_governing(w) || year(w))
}

/// `扩充至31个,是原先的5倍`: between two figures, only a share verb, an
/// earlier time and 的 (past punctuation): the second is a share or
/// multiple of an earlier level of what the first measures.
fn of_earlier_level(words: &[Word], from: usize, to: usize) -> bool {
    let between: Vec<&Word> = words_between(words, from, to).iter().filter(|w| !is_punct(w)).collect();
    matches!(&between[..], [verb, earlier @ .., de]
        if SHARE_OF.contains(&verb.text) && !earlier.is_empty()
            && earlier.iter().all(|w| EARLIER.contains(&w.text)) && de.text == "的")
}

fn only_links_between(words: &[Word], from: usize, to: usize) -> bool {
    // What a comparison word introduces (`,高于全省平均水平`) is the figure's
    // baseline, not a subject of its own.
    // A zone (`阳曲/n 示范区/n`) is a place: the word naming it is none either.
    let mut compared = false;
    let between = words_between(words, from, to);
    between.iter().enumerate().all(|(i, w)| {
        // So is the whole that 占 introduces (`,占市场主体总数的78%`).
        compared |= COMPARISONS.contains(&w.text) || is_share_verb(w);
        let names_zone = between.get(i + 1).is_some_and(|next| is_zone(next) && next.start == w.end);
        // `8.5个工作日冲刺/vn 至3个工作小时`.
        let reaching = between.get(i + 1).is_some_and(|next| takes_figure_by(w, next));
        compared
            || is_punct(w)
            || !is_subject_word(w)
            || is_governing(w)
            || is_share_verb(w)
            || reaching
            || TRAILING_LINKS.contains(&w.text)
            || names_zone
    })
}

/// `在…比例上,2019年达到58%,高于2018年约10个百分点`: a figure whose
/// clause opens with a word of comparison is how far the figure just
/// before, in the clause before in its sentence, stands from another; it
/// measures what that figure does, also when the subject came from a
/// topic set before (read after the words of the sentence).
fn compared_to_figure_before(
    doc: &NormalizedDoc,
    mentions: &[Mention],
    out: &[Option<String>],
    k: usize,
) -> Option<String> {
    let (s, p) = claim_in_clause_before(doc, mentions, k)?;
    let m = &mentions[k];
    let opens_compared = COMPARISONS.iter().any(|c| doc.slice(s, m.norm_start).starts_with(c));
    if !opens_compared || mentions[p].kind != m.kind {
        return None;
    }
    // `平均用时为111.65天,实现130天的目标要求,比2020年缩短了87.7天`: a
    // target met is not what changed; the level before it in the sentence is.
    let sentence_start = doc.sentence_start(m.norm_start);
    let is_target = |p: usize| out[p].as_deref().is_some_and(|t| t.ends_with("目标") || t.ends_with("目标要求"));
    let level = (0..=p)
        .rev()
        .take_while(|&q| mentions[q].norm_start >= sentence_start)
        .find(|&q| mentions[q].kind == m.kind && !is_target(q));
    out[level.unwrap_or(p)].clone()
}

/// `比前三个季度分别提高9.13、0.04和1.01个百分点`: a figure listed right
/// after another of its kind, nothing but a joining mark or word between,
/// shares its subject.
fn listed_with_figure_before(
    doc: &NormalizedDoc,
    mentions: &[Mention],
    out: &[Option<String>],
    k: usize,
) -> Option<String> {
    let p = k.checked_sub(1)?;
    let joined = joins_list(doc.slice(mentions[p].norm_end, mentions[k].norm_start));
    (joined && mentions[p].kind == mentions[k].kind).then(|| out[p].clone()).flatten()
}

/// `示范区`, `开发区`, `高新区`…: the word jieba cuts off a zone's name
/// (`西山/ns 示范区/n`), naming a place.
fn is_zone(w: &Word) -> bool {
    crate::gazetteer::Gazetteer::is_bare_zone(w.text)
}

/// Levels of government as grades (`省级专精特新企业`): part of a subject,
/// never one alone.
const GRADES: &[&str] = &["国家级", "省级", "市级", "县级", "区级"];

/// Levels of government. Before a figure a level says where it holds
/// (`国家18个、自治区26个`), like a place; after a count it is what is
/// counted (`12个县`). A level as a qualifier (`省级专精特新企业`) is part
/// of the subject.
const LEVELS: &[&str] = &["国家", "中央", "省", "自治区", "市", "县", "区", "乡镇"];

fn is_level(w: &Word) -> bool {
    // The first character turns away almost every word without a compare.
    matches!(w.text.chars().next(), Some('国' | '中' | '省' | '自' | '市' | '县' | '区' | '乡'))
        && LEVELS.contains(&w.text)
}

/// A verb that takes the number as its new level or amount (`压至`, `减为`,
/// `达`, `缩短成`).
fn is_governing(w: &Word) -> bool {
    is_verb(w) && w.text.ends_with(['至', '到', '为', '了', '达', '需', '成'])
}

/// The subject of the mention at sentence offsets `[start, end)`, looking
/// back no further than `floor` (the end of the mention before it: a word
/// jieba glued onto that mention's unit, `3天/压减至/半天` cut as `天压`, is
/// no subject; with nothing of its own the claim continues the one before).
fn subject_in(words: &[Word], floor: usize, start: usize, end: usize, kind: Kind) -> Option<String> {
    let before = words.iter().rposition(|w| w.end <= start);
    let from = words.iter().position(|w| w.start >= floor).unwrap_or(words.len());
    // `总投资592亿元的…项目`: a noun right before the figure names it
    // rather than the noun after 的 (`提供9000万元的预授信` has none).
    let possessive = words.iter().find(|w| w.start >= end).is_some_and(|w| w.text == "的");
    let noun_before = before.filter(|&b| b >= from).is_some_and(|b| {
        let w = &words[b];
        w.end == start && (w.tag.starts_with('n') || w.tag == "vn") && is_subject_word(w)
    });
    if possessive
        && noun_before
        && let Some(subject) = before.and_then(|b| backward(&words[from..=b]))
    {
        return Some(subject);
    }
    // `国家级海洋牧场示范区1个`, `全市高新区3个`: a bare zone right before
    // a count is a kind of zone counted, not a place; the nouns before it
    // say which.
    // Not after a place's name (`西山示范区25项`, `阳曲示范区48项`) or
    // nothing (`对高新区14家…企业`): that names a zone.
    let counts_places = words.iter().any(|w| w.end == end && w.text.ends_with(['个', '处']))
        && words.iter().find(|w| w.start >= end).is_none_or(is_punct);
    let zone_before = before.filter(|&b| b > from && words[b].end == start && is_zone(&words[b]));
    if let Some(b) = zone_before.filter(|_| kind == Kind::Count && counts_places) {
        let g = crate::gazetteer::get();
        let kind_word = |k: usize| is_subject_word(&words[k]) && !is_verb(&words[k]) && !g.is_name(words[k].text);
        let qualifiers = (from..b).rev().take_while(|&k| kind_word(k)).take(MAX_WORDS - 1).count();
        if qualifiers > 0 {
            return join(&words[b - qualifiers..=b].iter().collect::<Vec<_>>());
        }
    }
    // `求助类86.16万件占比40.42%`: a bare word of share right after the
    // figure before is the share of what that figure counts, as in
    // `咨询类占77.18%`; the phrase before that figure names it.
    if let Some(b) = before.filter(|&b| b == from && from > 0 && SHARE_NOUNS.contains(&words[b].text))
        && matches!(words[b - 1].tag, "m" | "q")
    {
        let figure = (0..b).rev().take_while(|&k| matches!(words[k].tag, "m" | "q")).last().unwrap_or(b);
        if let Some(subject) = backward(&words[..figure]) {
            return Some(subject);
        }
    }
    // `制造业(占比32%)`: a word of share opening a bracket is the share of
    // the noun before the bracket.
    if let Some(b) = before.filter(|&b| b > from && SHARE_NOUNS.contains(&words[b].text))
        && matches!(words[b - 1].text, "(" | "（")
        && let Some(subject) = backward(&words[..b - 1])
    {
        return Some(subject);
    }
    // `邀请人大代表、律师等60余人走进法院`: a count closing a list with 等,
    // followed by what they did, counts the list's items; the first names
    // them, as for one figure shared by a list.
    let closes_list = before.filter(|&b| b > from && words[b].text == "等" && words[b].end == start);
    if let Some(b) = closes_list.filter(|_| kind == Kind::Count)
        && words.iter().find(|w| w.start >= end).is_some_and(is_verb)
        && let Some(subject) = first_item(&words[from..b])
    {
        return Some(subject);
    }
    // `行政服务中心100%政务服务事项实现…`: a percentage right before things
    // counted (a phrase ending in a counted head) is a share of them,
    // unless what stands before it is a measure (`满意率100%企业…`,
    // `审批时限压缩50%企业…`, their comma left out).
    // The phrase before the figure, read at most once.
    let earlier = std::cell::LazyCell::new(|| before.filter(|&b| b >= from).and_then(|b| backward(&words[from..=b])));
    if kind == Kind::Percent
        && words.iter().find(|w| w.start >= end).is_some_and(|w| w.start == end && is_subject_word(w))
        && let Some(share_of) = forward_of(words, end, true).filter(|s| ends_in_counted_head(s))
        && earlier.as_deref().is_none_or(|e| !MEASURE_WORD_ENDS.iter().any(|m| e.ends_with(m)))
    {
        return Some(share_of);
    }
    // A percentage is a share of the noun after it (`全县30%竹企业参与…`)
    // only when nothing before it names what it measures.
    forward_of(words, end, qualifies(kind))
        .or_else(|| earlier.clone())
        .or_else(|| before.filter(|&b| b >= from).and_then(|b| label_before(&words[from..=b], start)))
        .or_else(|| (kind == Kind::Percent).then(|| forward_of(words, end, true)).flatten())
        .or_else(|| (kind == Kind::Duration).then(|| streak_after(words, start, end)).flatten())
        .or_else(|| matches!(kind, Kind::Percent | Kind::Duration).then(|| action_after(words, end, kind)).flatten())
}

/// `连续8年获评中国工业百强县市`, `连续三年先行区创建数量…第一`: with
/// nothing before it, a streak (`连续` and a duration) is one of what
/// follows it: the title it is held with, after a verb of receiving, else
/// the nouns after it.
fn streak_after(words: &[Word], start: usize, end: usize) -> Option<String> {
    let before = words.iter().rposition(|w| w.end <= start)?;
    if words[before].text != "连续" || words[before].end != start {
        return None;
    }
    let rest = &words[words.iter().position(|w| w.start >= end)?..];
    let (verb, after) = rest.split_first()?;
    // `连续三年/排名第/1位`: a verb of placing glued to the rank after it
    // names nothing.
    if verb.text.strip_suffix('第').is_some_and(places_on_list) {
        return None;
    }
    // `连续三年在全省营商环境评价中位列第一方阵`: the evaluation it was
    // placed in, without its scope.
    let clause = &after[..after.iter().take_while(|w| !is_punct(w)).count()];
    let placed_in = (verb.text == "在")
        .then(|| clause.iter().position(|w| w.text == "中"))
        .flatten()
        .filter(|&within| clause.get(within + 1).is_some_and(|w| places_on_list(w.text)));
    if let Some(within) = placed_in {
        let list = match clause[..within].split_first() {
            Some((scope, rest)) if SCOPES.contains(&scope.text) => rest,
            _ => &clause[..within],
        };
        return join(&list.iter().collect::<Vec<_>>()).filter(|s| (2..=MAX_QUOTED).contains(&s.chars().count()));
    }
    // `连续29年位居全国县域经济基本竞争力百强县前十`: the list, without its
    // scope and the place on it.
    if PLACING_VERBS.contains(&verb.text) {
        let list = &after[..after.iter().take_while(|w| !is_punct(w)).count()];
        // `稳居五大环境之首`: 之 before the place goes with it.
        let list = &list[..list.iter().rposition(|w| w.tag != "m" && w.text != "之").map_or(0, |p| p + 1)];
        let list = match list.split_first() {
            Some((scope, rest)) if SCOPES.contains(&scope.text) => rest,
            _ => list,
        };
        return join(&list.iter().collect::<Vec<_>>()).filter(|s| (2..=MAX_QUOTED).contains(&s.chars().count()));
    }
    if !super::names::is_honor_verb(verb.text) {
        return forward(rest, true);
    }
    // An unquoted title ends before a place on it (`入选百强县前五名`).
    let placed = |w: &Word, next: Option<&Word>| w.tag == "m" || (w.tag == "f" && next.is_some_and(|n| n.tag == "m"));
    let title = match after.iter().position(|w| w.text == "”") {
        Some(close) if after[0].text == "“" => quoted_head(&after[..=close])?,
        _ => {
            let n =
                (0..after.len()).take_while(|&i| !is_punct(&after[i]) && !placed(&after[i], after.get(i + 1))).count();
            &after[..n]
        }
    };
    let run: Vec<&Word> = title.iter().collect();
    join(&run).filter(|s| (2..=MAX_QUOTED).contains(&s.chars().count()))
}

/// Marks that end a label naming the figure right after them.
const LABEL_MARKS: &[char] = &[':', '：', '—'];

/// `企业开办——8.5个工作日`, `企业开办用时:3个工作日`: the phrase before
/// the mark that `words` end with, when the figure at `start` follows it at
/// once. Speech (`他表示:`) names nothing: verbs alone are no subject.
fn label_before(words: &[Word], start: usize) -> Option<String> {
    let is_mark = |w: &Word| w.text.chars().all(|c| LABEL_MARKS.contains(&c));
    // A date among the links is passed over and not counted
    // (`排名:由2022年的第15位`).
    let is_date = |w: &Word| w.text.chars().all(is_date_char);
    let links = words
        .iter()
        .rev()
        .take_while(|w| is_linking(w.text) || TRAILING_LINKS.contains(&w.text) || is_date(w) || w.text == "的")
        .count();
    let dated: usize = words[words.len() - links..].iter().filter(|w| is_date(w)).map(|w| w.text.chars().count()).sum();
    let words = &words[..words.len() - links];
    let mark = words.last().filter(|w| is_mark(w))?;
    if start - mark.end > MAX_LABEL_LINK + dated {
        return None;
    }
    let label = words.iter().rposition(|w| !is_mark(w))?;
    backward(&words[..=label])
}

/// The most characters of linking words between a label's mark and its
/// figure (`接电时间:平均5个工作日`), a date's not counted.
const MAX_LABEL_LINK: usize = 4;

/// Whether `c` may be part of a date written in digits (`2022年`).
fn is_date_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '年' | '月' | '日' | '度')
}

/// `2天内交办、2周内回复、100%回访`: with nothing else to name it, a time
/// limit or a share is that of the action it stands before, when that verb
/// ends the clause. A time limit is also that of an action with its object
/// when the two end the clause (`2个工作日内取得施工通知单`, `1个工作日内便
/// 取得了用地批文`): adverbs of one character and 了 are passed over.
fn action_after(words: &[Word], end: usize, kind: Kind) -> Option<String> {
    let after = words.iter().position(|w| w.start >= end)?;
    let rest = &words[after..];
    let adverbs = if kind == Kind::Duration {
        rest.iter().take_while(|w| w.tag == "d" && w.text.chars().count() == 1).count()
    } else {
        0
    };
    let rest = &rest[adverbs..];
    let verb = rest.first().filter(|w| w.tag.starts_with('v') && w.text.chars().count() >= 2)?;
    if rest.get(1).is_none_or(is_punct) {
        return is_subject_word(verb).then(|| verb.text.to_owned());
    }
    if kind != Kind::Duration {
        return None;
    }
    let object = &rest[1 + usize::from(rest[1].text == "了")..];
    let run = object.iter().take_while(|w| is_subject_word(w) && w.tag != "x").count();
    let closed = object.get(run).is_none_or(is_punct);
    let nominal = object[..run].last().is_some_and(|w| w.tag.starts_with('n'));
    ((1..=MAX_WORDS_AFTER).contains(&run) && closed && nominal)
        .then(|| join(&std::iter::once(verb).chain(&object[..run]).collect::<Vec<_>>()))
        .flatten()
}

/// Whether a mention of `kind` qualifies the noun it stands before: counts
/// and amounts do (`3亿元以上项目`, `100万元财政奖励`); percentages,
/// durations and ranks do not.
fn qualifies(kind: Kind) -> bool {
    matches!(kind, Kind::Count | Kind::Money | Kind::Other)
}

/// The phrase after the mention ending at `end`: with any head when
/// `qualifies`, else only after `的`.
fn forward_of(words: &[Word], end: usize, qualifies: bool) -> Option<String> {
    let after = words.iter().position(|w| w.start >= end).unwrap_or(words.len());
    // `求助类86.16万件占比40.42%`: a word of share after a figure opens the
    // next figure's clause; it is not what the first counts.
    if words.get(after).is_some_and(|w| SHARE_NOUNS.contains(&w.text)) {
        return None;
    }
    // jieba may glue a conjunction to the unit (`措施15条及强化…` as
    // `15/条及/c`): the figure then ends its phrase, and what follows is
    // the next item.
    if after > 0 && words[after - 1].end > end && LINK_TAGS.contains(&words[after - 1].tag) {
        return None;
    }
    // jieba may glue the classifier to the noun it counts (`118/m 个村/n`):
    // the rest of that word opens the phrase. Or to the verb after it
    // (`100/m 项压/n 减至/v`): the rest, cut with the word after it, says
    // which.
    if let Some(glued) = after.checked_sub(1).map(|g| &words[g]).filter(|w| w.start < end && w.end > end) {
        let (_, rest) = split_word(glued, end, words.get(after));
        let words: Vec<Word> = std::iter::once(rest).chain(words[after..].iter().cloned()).collect();
        return forward(&words, qualifies);
    }
    // `3600份市场主体问卷`: 份 counts papers; when its phrase runs on to a
    // paper, that is what is counted, not who filled it in.
    if after > 0 && words[after - 1].text.ends_with('份') && words[after - 1].end == end {
        // A verb may stand inside the paper's name (`349份法治/体检/v 报告`).
        let phrase = words[after..].iter().take(MAX_WORDS_AFTER).take_while(|w| is_subject_word(w));
        if let Some(p) = phrase.clone().position(|w| PAPERS.iter().any(|d| w.text.ends_with(d))) {
            return join(&words[after..=after + p].iter().collect::<Vec<_>>());
        }
    }
    forward(&words[after..], qualifies)
}

/// What 份 counts, at the end of a phrase: papers.
const PAPERS: &[&str] = &["问卷", "答卷", "调查表", "报告", "合同", "协议", "提案", "申请书", "样本", "文件"];

/// `w` cut at sentence offset `at`, inside it: the part before keeps the
/// tag; the part after is tagged as [`rest_tag`] reads it with `next`, the
/// word after `w`.
fn split_word<'a>(w: &Word<'a>, at: usize, next: Option<&Word>) -> (Word<'a>, Word<'a>) {
    let byte = w.text.char_indices().nth(at - w.start).map_or(w.text.len(), |(i, _)| i);
    let (head, tail) = w.text.split_at(byte);
    let tag = rest_tag(tail, next.filter(|n| n.start == w.end));
    let rest = Word { start: at, byte_start: w.byte_start + byte, text: tail, tag, ..*w };
    (Word { end: at, byte_end: w.byte_start + byte, text: head, ..*w }, rest)
}

/// The tag of `rest`, the part of a word that jieba glued onto a
/// classifier or a date (`个村`, `年省`), as jieba tags it cut alone with
/// the word `next` after it: a noun (`个村/n` → `村`) unless that cut makes
/// it something else (`项压/n 减至` → `压/v`).
fn rest_tag(rest: &str, next: Option<&Word>) -> &'static str {
    let Some(next) = next else { return "n" };
    let text = format!("{rest}{}", next.text);
    let cut = segment::words(&text);
    match cut.first() {
        Some(w) if w.text == rest && w.tag.starts_with('v') => "v",
        Some(w) if w.text == rest && w.tag.starts_with(['d', 'p', 'c']) => "d",
        _ => "n",
    }
}

/// Nouns that say how or where a thing is done, not what it is.
const MANNER_NOUNS: &[&str] = &["线上", "线下", "网上", "掌上", "全面"];

/// Verbs of lasting, which may stand between a thing and how long it lasted.
const LASTING: &[&str] = &["坚持", "持续", "运行", "运营", "实施", "推行", "开展", "举办", "坚守"];

/// `subject` without a verb of lasting at its end, if something is left.
fn without_lasting(subject: &str) -> &str {
    LASTING.iter().find_map(|v| subject.strip_suffix(v)).filter(|rest| rest.chars().count() >= 2).unwrap_or(subject)
}

/// Words of within or since, after a count of time (`一年内`, `一年来`).
const WITHIN: &[&str] = &["内", "以内", "之内", "里", "期间", "来"];

/// Words for how a result went (`好成绩`, `佳绩`, `名次`, `历史新低`).
const RESULTS: &[&str] = &["成绩", "佳绩", "名次", "位次", "成效", "新低", "新高"];

/// `5个过亿元重点项目`, `5个亿元以上重点项目`, `3个10亿元级项目`: how many
/// words at the start of `words` make a threshold of money that grades the
/// counted noun after it (none when no noun follows).
fn money_threshold(words: &[Word]) -> usize {
    let over = usize::from(words.first().is_some_and(|w| matches!(w.text, "过" | "超" | "超过")));
    let amount = words[over..]
        .iter()
        .take_while(|w| w.tag == "m" && w.text.chars().all(|c| c.is_ascii_digit() || ".十百千万亿元".contains(c)))
        .count();
    if amount == 0 || !words[over + amount - 1].text.ends_with('元') {
        return 0;
    }
    let end = over + amount;
    let end = end + usize::from(words.get(end).is_some_and(|w| matches!(w.text, "以上" | "及以上" | "级")));
    if words.get(end).is_some_and(|w| w.tag.starts_with('n') && is_subject_word(w)) { end } else { 0 }
}

/// `1406名党员干部`, `9000万元的预授信`: the nouns right after the mention.
fn forward(words: &[Word], qualifies: bool) -> Option<String> {
    // A bound may stand before 的 (`80%以上的新增就业`).
    let skip = words.iter().take_while(|w| matches!(w.text, "以上" | "以下" | "左右" | "余" | "多" | "的")).count();
    let possessive = words[..skip].iter().any(|w| w.text == "的");
    if !qualifies && !possessive {
        return None;
    }
    // `取得全市第四的好成绩`: a result word after a rank or a share says how
    // good it was, not what it measures.
    if !qualifies {
        let phrase: String = words.iter().skip(skip).take_while(|w| !is_punct(w)).take(3).map(|w| w.text).collect();
        if RESULTS.iter().any(|r| phrase.ends_with(r)) {
            return None;
        }
    }
    // `161栋千万级税收楼宇`, `40栋亿元/m 级/q 楼宇`: a grade of size before
    // the counted noun is passed over.
    let grade = match &words[skip..] {
        [w, ..] if w.tag == "m" && w.text.ends_with('级') => 1,
        [w, g, ..] if w.tag == "m" && g.text == "级" => 2,
        rest => money_threshold(rest),
    };
    let rest = &words[skip + grade..];
    // `40栋亿元级、161栋千万级税收楼宇`, `10亿元以上、5亿元以上项目`: a
    // grade or a bound alone before the next figure of a list qualifies
    // the noun that item names.
    if let [joiner, n, ..] = rest
        && (grade > 0 || skip > 0)
        && joiner.text == "、"
        && n.tag == "m"
    {
        let figure = rest[1..].iter().take_while(|w| matches!(w.tag, "m" | "q" | "zg")).count();
        return forward(&rest[1 + figure..], qualifies);
    }
    // `200个“一件事一次办”事项`: a quoted name with the noun it qualifies.
    let closing = rest.first().and_then(|open| closing_quote(open.text));
    if let Some(close) = closing.and_then(|c| rest.iter().position(|w| w.text == c)) {
        let quote = &rest[1..close];
        let after = &rest[close + 1..];
        // `78项“一件事”集成/v 服务 套餐`: a verb may open the noun phrase
        // when a head noun closes it.
        let nouns: Vec<&Word> = match after.first() {
            Some(w) if is_verb(w) => headed_phrase(after, 0, 0).map_or_else(Vec::new, |h| after[..=h].iter().collect()),
            // `15个“一件事”线下/全面/运行`: words of how or where it is done
            // end the name's phrase.
            _ => after
                .iter()
                .take_while(|w| is_subject_word(w) && !is_verb(w) && !MANNER_NOUNS.contains(&w.text))
                .take(MAX_WORDS_AFTER)
                .collect(),
        };
        if quote.is_empty() || quote.iter().any(is_punct) {
            return None;
        }
        // `7项“秒报”和5项…`: a quoted name right after a count that ends
        // the item is what is counted (after `的` it is a figure of speech:
        // `第36位的“…密码”`).
        // So is one the phrase's 的 follows (`3项“一件事”的基础上`), or a
        // word that names nothing or a verb (`24项“一件事”在我市全部上线`).
        // (Punctuation, conjunctions and 的 are words that name nothing.)
        let ends_item = !possessive
            && rest.get(close + 1).is_none_or(|w| !is_subject_word(w) || is_verb(w) || MANNER_NOUNS.contains(&w.text));
        // `11.8万项“政务服务事项”实现…`: so is one that ends in a head noun.
        let headed = quote.last().is_some_and(|w| ends_in_counted_head(w.text));
        if nouns.is_empty() && !ends_item && !headed {
            return None;
        }
        return join(&quote.iter().chain(nouns).collect::<Vec<_>>()).filter(|s| s.chars().count() >= 2);
    }
    // `14家享受研发奖补的科技型中小微企业`, `3个正在建设的项目`: a clause
    // closed by `的` describes the counted noun after it, when that noun
    // phrase ends in a head noun (`用于支持企业的发展` is no such case).
    if !possessive && rest.first().is_some_and(|w| !w.tag.starts_with('n')) {
        // The clause may list things (`涉及出生、就业等全生命周期的`), but
        // no figures: after `投资4.2亿元、日处理垃圾600吨的…项目` the list
        // is of figures, each with its own noun.
        let de = rest.iter().take(MAX_RELATIVE_WORDS).position(|w| w.text == "的" || (is_punct(w) && w.text != "、"));
        let listing_figures =
            |p: usize| rest[..p].iter().any(|w| w.text == "、") && rest[..p].iter().any(|w| w.tag == "m");
        let headed = de
            .filter(|&p| p > 0 && rest[p].text == "的" && !listing_figures(p))
            .and_then(|p| forward(&rest[p..], true))
            .filter(|s| ends_in_counted_head(s));
        if headed.is_some() {
            return headed;
        }
    }
    // A verb may open the phrase as a modifier when a noun follows (`12类突出问题`).
    let verb_modifier = rest.len() > 1 && is_verb(&rest[0]) && is_subject_word(&rest[1]) && !is_verb(&rest[1]);
    let mut run: Vec<&Word> = Vec::new();
    let mut len = 0;
    // A word of where after the first (`日办结量/当场/受理`) opens the rest
    // of the clause; first, it is part of the phrase (`窗口电子证照`). A
    // head noun is one whatever its tag (`具体/a 举措/v`).
    // After `的` verbs may make the noun (`的/预/v 授信/v`), but once a noun
    // is read a verb is the clause's (`三分之二的乡镇/n 建成/v …`).
    let allowed = |n: usize, w: &Word, named: bool| {
        let noun = !is_verb(w) || (possessive && !named) || (n == 0 && verb_modifier) || ends_in_counted_head(w.text);
        // `4.3亿元未/d 清偿`: an adverb of one character says how, of the
        // verb after it.
        let adverb = w.tag == "d" && w.text.chars().count() == 1;
        // `2家全国重点实验室`: a scope that opens a noun phrase grades it.
        let graded_by_scope = n == 0
            && SCOPES.contains(&w.text)
            && rest.get(1).is_some_and(|x| is_subject_word(x) && x.tag.starts_with('n'));
        (is_subject_word(w) || is_zone(w) || is_level(w) || graded_by_scope)
            && noun
            && !adverb
            && (n == 0 || w.tag != "s")
    };
    // `省级/b 以上/f 园区`, `国家级/b 和/c 省级/b 园区`: a grade's bound or
    // the conjunction to the next grade stays inside the phrase.
    let is_grade = |w: &Word| w.tag == "b" || w.text.ends_with('级');
    let graded = |n: usize, w: &Word| {
        n > 0
            && is_grade(&rest[n - 1])
            && (matches!(w.text, "以上" | "以下" | "及以上" | "及以下")
                || (matches!(w.text, "和" | "及" | "、") && rest.get(n + 1).is_some_and(is_grade)))
    };
    for (n, w) in rest.iter().enumerate() {
        if len >= MAX_CHARS_AFTER || run.len() == MAX_WORDS_AFTER {
            // `20个优化营商环境优秀案例`: a head noun just past the limits
            // still closes the phrase.
            let mut longer = len;
            for (k, w) in rest[n..].iter().take(HEAD_REACH).enumerate() {
                longer += w.text.chars().count();
                if !is_subject_word(w) || is_verb(w) || longer > MAX_CHARS_HEADED {
                    break;
                }
                if ends_in_counted_head(w.text) {
                    run.extend(&rest[n..=n + k]);
                    return join(&run);
                }
            }
            break;
        }
        if graded(n, w) {
            len += w.text.chars().count();
            run.push(w);
            continue;
        }
        if !allowed(n, w, run.iter().any(|r| r.tag.starts_with('n'))) {
            // `30项奖励/vn 支持/v 措施/n`: a verb inside the phrase is a
            // modifier when a head noun closes the phrase within its limits.
            // Not after people (`161名驻企服务专员/走访/企业`): the verb is
            // then what they do.
            let after_people = run.last().is_some_and(|r| PEOPLE_ENDS.iter().any(|p| r.text.ends_with(p)));
            let headed = (!possessive && n > 0 && is_verb(w) && !after_people)
                .then(|| headed_phrase(&rest[n..], len, run.len()))
                .flatten();
            if let Some(h) = headed {
                run.extend(&rest[n..=n + h]);
                return join(&run);
            }
            // `30项智慧“秒批”`: a quoted name the phrase runs into ends it.
            // Not after a verb (`69枚审批公章启动/vn “一枚印章管审批”`): the
            // quote is then what the verb does.
            let open_run = run.last().is_some_and(|r| !r.tag.starts_with('v'));
            let quoted = open_run.then(|| closing_quote(w.text)).flatten().and_then(|c| {
                let close = n + rest[n..].iter().position(|q| q.text == c)?;
                let inside = &rest[n + 1..close];
                (!inside.is_empty() && !inside.iter().any(is_punct) && close - n <= MAX_WORDS_AFTER + 1)
                    .then_some(inside)
            });
            if let Some(inside) = quoted {
                run.extend(inside);
                return join(&run);
            }
            // `30多家中央、省、市级媒体`: the phrase is the first of several
            // qualifiers of one noun; the last item, with the noun, is read.
            if w.text == "、"
                && !run.is_empty()
                && run.iter().all(|r| is_level_or_grade(r))
                && let Some(last) = last_listed_qualifier(&rest[n..])
            {
                return join(&last.iter().collect::<Vec<_>>());
            }
            break;
        }
        len += w.text.chars().count();
        run.push(w);
        if ends_in_counted_head(w.text) {
            // `30项奖励/vn 支持/v 措施`: a head tagged as a verb, that a verb
            // and another head follow within the limits, modifies that head
            // (`1406名党员干部/n 担任/v 企业…` stops at 干部).
            let further = (w.tag.starts_with('v') && rest.get(n + 1).is_some_and(is_verb))
                .then(|| headed_phrase(&rest[n + 1..], len, run.len()))
                .flatten();
            if let Some(h) = further {
                run.extend(&rest[n + 1..=n + 1 + h]);
            }
            // `2家平台/n 企业/n`: a head right before a word for firms or
            // bodies qualifies it (not a thing counted before what the next
            // figure measures: `231项事项/申报材料精简39.96%`).
            if let Some(next) = rest.get(n + 1).filter(|x| {
                x.start == w.end
                    && ["企业", "公司", "机构", "单位"].contains(&x.text)
                    && len + x.text.chars().count() <= MAX_CHARS_AFTER
            }) && further.is_none()
            {
                run.push(next);
            }
            return join(&run);
        }
    }
    // With no head noun, the phrase ends at its last noun (`财政/n 奖励/vn`
    // is `财政`); after `的` it is kept whole (`9000万元的预授信`).
    while !possessive
        && run.len() > 1
        && !run.last().is_some_and(|w| w.tag.starts_with('n') || VERB_TAGGED_NOUNS.contains(&w.text))
    {
        run.pop();
    }
    join(&run)
}

/// A level of government or its grade (`中央`, `省`, `市级`).
fn is_level_or_grade(w: &Word) -> bool {
    is_level(w) || GRADES.contains(&w.text)
}

/// The last item of a list of levels that `words` continues (it opens with
/// `、`): levels or grades joined by `、`, the last one with the noun they
/// qualify, which ends the phrase (`、省、市级媒体` → `市级媒体`).
fn last_listed_qualifier<'w, 'a>(words: &'w [Word<'a>]) -> Option<&'w [Word<'a>]> {
    let mut at = 0;
    while words.get(at).is_some_and(|w| w.text == "、") && words.get(at + 1).is_some_and(is_level_or_grade) {
        let from = at + 1;
        if words.get(from + 1).is_some_and(|w| w.text == "、") {
            at = from + 1;
            continue;
        }
        let noun = |w: &&Word| (is_subject_word(w) && !is_verb(w)) || is_level_or_grade(w);
        let len = words[from..].iter().take_while(noun).count();
        let item = &words[from..from + len];
        let named = (2..=MAX_WORDS_AFTER).contains(&len) && item.last().is_some_and(|w| w.tag.starts_with('n'));
        return named.then_some(item);
    }
    None
}

/// Where, in `words`, the first word ending in a counted head stands, if
/// only subject words come before it and the phrase, which already holds
/// `words_before` words of `chars_before` characters, stays within the
/// limits a head closing it has: [`HEAD_REACH`] words past
/// [`MAX_WORDS_AFTER`], and [`MAX_CHARS_HEADED`] characters
/// (`99项营商环境/改革/vn 创新/v 具体/a 举措`).
fn headed_phrase(words: &[Word], chars_before: usize, words_before: usize) -> Option<usize> {
    let mut len = chars_before;
    for (i, w) in words.iter().enumerate() {
        if len >= MAX_CHARS_HEADED
            || words_before + i == MAX_WORDS_AFTER + HEAD_REACH
            || !is_subject_word(w)
            || w.tag == "s"
        {
            return None;
        }
        if ends_in_counted_head(w.text) {
            return Some(i);
        }
        len += w.text.chars().count();
    }
    None
}

/// `受理企业诉求108件`, `办理时间压至2个工作日`: the phrase before a number,
/// past the verbs and linking words that govern it.
fn backward(words: &[Word]) -> Option<String> {
    // Only links in the clause, but one of them names the money it moves
    // (`累计兑付116.4亿元`, `…,累计减免逾3000万元`): that is the subject.
    let money_action =
        |links: &[Word]| links.iter().rev().find(|w| MONEY_ACTIONS.contains(&w.text)).map(|w| w.text.to_owned());
    let Some(end) = links_before(words) else {
        return money_action(&words[words.iter().rposition(is_punct).map_or(0, |p| p + 1)..]);
    };
    let mut i = end;
    // `新增/v 各类/r 经营主体`, `新/a 登记/v 各类/r`: a word of sorts after a verb of making new
    // is passed over, and left out of the phrase: 新增 says which of the
    // things are counted. (After another verb, `办理各类税金减免`, the
    // phrase starts past it.)
    let sorts_inside = |k: usize| {
        k > 0
            && k < end
            && SORTS.contains(&words[k].text)
            && is_verb(&words[k - 1])
            && (words[k - 1].text.starts_with('新') || (k > 1 && words[k - 2].text == "新"))
    };
    // `新/a 登记/v`: 新 that jieba cut off a verb of making new is part of it.
    let new_of_verb = |k: usize| words[k].text == "新" && k + 1 < end && is_verb(&words[k + 1]);
    let mut sorts = 0; // words of sorts passed over, which the phrase leaves out
    // `税收占财政收入的80%`, `“标准地”已占总出让土地约60%`: the phrase
    // after a share verb is the whole the figure is a share of.
    while i > 0
        && end - i - sorts < MAX_WORDS
        && (is_subject_word(&words[i - 1]) || sorts_inside(i - 1) || new_of_verb(i - 1) || modifies_noun(words, i - 1))
        && !(i < end && is_share_verb(&words[i - 1]))
    {
        sorts += usize::from(sorts_inside(i - 1));
        i -= 1;
    }
    // `新/a 设/v 农民/n 专业/n 合作社/l`: the word limit, reached at the
    // verb, does not cut the 新 jieba cut off it.
    if i > 0 && new_of_verb(i - 1) {
        i -= 1;
    }
    // `办事/n 人/n 平均/a 等待/v 时长/n`: nor does it cut off the word a
    // noun of one character ends (`人平均等待时长`).
    if i > 0
        && i < end
        && end - i - sorts == MAX_WORDS
        && words[i].tag == "n"
        && words[i].text.chars().count() == 1
        && words[i - 1].end == words[i].start
        && words[i - 1].tag.starts_with(['n', 'v'])
        && is_subject_word(&words[i - 1])
    {
        i -= 1;
    }
    // `政府/n 投资/vn 项目/n 审批/v 时限/n`, `数字/n 经济/n 核心/n 产业/n
    // 增加值/n`: nor a noun written straight onto the phrase, within the
    // characters of a headed phrase, unless it is the last of several
    // (`政府和社会投资项目…分别`).
    if i > 0
        && i < end
        && end - i - sorts == MAX_WORDS
        && words[i - 1].tag == "n"
        && words[i - 1].end == words[i].start
        && is_subject_word(&words[i - 1])
        && words[i - 1..end].iter().map(|w| w.text.chars().count()).sum::<usize>() <= MAX_CHARS_HEADED
        && !(i > 1 && joins_list(words[i - 2].text))
    {
        i -= 1;
    }
    // `广州/ns 经济/n 技术开发区/n 营商/n 环境/n 指数/n`: a phrase cut short
    // by the word limit inside a zone's name starts past the zone's suffix.
    if i > 0 && end - i - sorts == MAX_WORDS && is_subject_word(&words[i - 1]) {
        let ends_zone = |w: &Word| is_zone(w) || crate::gazetteer::Gazetteer::is_zone_name(w.text);
        i = (i..end - 1).rfind(|&k| ends_zone(&words[k])).map_or(i, |k| k + 1);
    }
    // `办理时限由法定的20个工作日压缩至…`: a phrase closed by 的 right after
    // 由 or 从 says which level the figure was (法定, 承诺); the subject
    // stands before 由.
    // So does one of a time before or after something (`由改革/前/的20天`,
    // `由开业/时/6.07人`).
    let of_level = words[end..].iter().find(|w| w.tag != "f").is_some_and(|w| w.text == "的")
        || (end > i && words[end - 1].text == "时")
        || words.get(end).is_some_and(|w| w.tag == "f" && matches!(w.text, "前" | "后" | "时"));
    // A word of time may stand before the phrase (`由最初/t 设计时的212个`).
    let from = (1..i).rev().find(|&k| words[k].tag != "t").unwrap_or(0);
    if from > 0
        && of_level
        && matches!(words[from].text, "由" | "从")
        && let Some(subject) = backward(&words[..from])
    {
        return Some(subject);
    }
    // `增幅在全省二类县市中排名第一`: the phrase found is the set the figure
    // ranks among; the subject stands before 在. Likewise the base a
    // change is reckoned on (`承诺时限在法定时限基础上压缩50%`).
    let on_base = end > i && words[end - 1].text.ends_with("基础") && words.get(end).is_some_and(|w| w.text == "上");
    if on_base || words.get(end).is_some_and(|w| w.text == "中") {
        let clause = words[..i].iter().rposition(is_punct).map_or(0, |p| p + 1);
        if let Some(zai) = words[clause..i].iter().rposition(|w| w.text == "在") {
            return backward(&words[..clause + zai]);
        }
    }
    // So is a set of units after 在 and a scope, without 中
    // (`森林覆盖率…,在全省市辖区位居第一`).
    // (The phrase is joined only after 在 and a scope are seen.)
    let after_scope = i > 1 && i < end && words[i - 2].text == "在" && SCOPES.contains(&words[i - 1].text);
    if after_scope && RANKED_AMONG.contains(&words[i..end].iter().map(|w| w.text).collect::<String>().as_str()) {
        return backward(&words[..i - 2]);
    }
    // `不见面审批事项占行政审批事项的比重达到91%`: a bare word of share
    // after 的 is the share of what stands before a lone 占 in the clause.
    // So is one after a scope alone (`地区生产总值占全市比重为42.3%`).
    let after_whole = i > 1 && (words[i - 1].text == "的" || SCOPES.contains(&words[i - 1].text));
    if end - i == 1 && SHARE_NOUNS.contains(&words[i].text) && after_whole {
        let clause = words[..i].iter().rposition(is_punct).map_or(0, |p| p + 1);
        if let Some(zhan) = words[clause..i - 1].iter().rposition(is_share_verb)
            && let Some(subject) = backward(&words[..clause + zhan])
        {
            return Some(subject);
        }
    }
    // `平均承诺时限为法定时限的62%`: the phrase found is the whole the
    // figure is a share of; what it measures stands before 为.
    // With 的 any verb of share says so; without it only 占 does (`为`, `是`
    // then say what the figure is: `总投资为5亿元`).
    let of_share = |verb: &Word| match words.get(end) {
        Some(w) if w.text == "的" => SHARE_OF.contains(&verb.text),
        _ => is_share_verb(verb),
    };
    if i > 0 && i < end && of_share(&words[i - 1]) {
        if let Some(subject) = backward(&words[..i - 1]) {
            return Some(subject);
        }
        // `扩充至31个,是原先的5倍`: a share of an earlier level of the same
        // thing; the clause before names it.
        if words[i..end].iter().all(|w| EARLIER.contains(&w.text)) {
            return None;
        }
        // `个体工商户2.8万户,占市场主体总数的78%`: so it does when 占 opens
        // the clause: the figure is a share of that whole.
        if is_share_verb(&words[i - 1]) && (i == 1 || is_punct(&words[i - 2])) {
            return None;
        }
    }
    // `审批时限较改革前压缩74%`: the phrase found is what the figure is
    // compared with; the subject stands before the comparison.
    // Linking words may stand between (`高于/全省/平均水平`), and function
    // words (`高于/各项/贷款平均增速`, `较/上/一/年度`). So may the place
    // whose figure it is (`比广东省规定的3个工作日`).
    // With no phrase found, what stands before the figure may be a
    // compared place of several words (`用时比全国标杆城市/ns 多12个工作日`).
    let mut j = i;
    let mut nouns = if i == end { MAX_WORDS } else { 0 };
    while j > 0 && !is_comparison(words[j - 1].text) {
        let w = &words[j - 1];
        if is_linking(w.text) || w.tag == "ns" || LINK_TAGS.contains(&w.tag) {
            j -= 1;
        } else if nouns > 0 && is_subject_word(w) {
            nouns -= 1;
            j -= 1;
        } else {
            break;
        }
    }
    if j > 0 && is_comparison(words[j - 1].text) {
        return backward(&words[..j - 1]);
    }
    // `“一网通办”率`, `“掌上办”事项`: a quoted name heads the noun after it.
    // Alone, a quoted name is the subject unless it is an example of a
    // list (`“十大行动”等25项创新举措`).
    let i = past_zone_suffix(words, past_beneficiary(words, i, end), end);
    // `用工人才保障等方面实际问题`: a word that closes a list after 等 is
    // not part of what the things after it are.
    let i = i + usize::from(i + 1 < end && i > 0 && words[i - 1].text == "等" && LIST_CLOSERS.contains(&words[i].text));
    // `原先办理时限53天压减至20天`: a word of an earlier time says when the
    // level held, not what it measures.
    let i = i + usize::from(i + 1 < end && EARLIER.contains(&words[i].text));
    // `一年/m 内/n 接受检查`: a word of within after a count of time says
    // when, with it.
    let within_time = i > 0 && words[i - 1].tag.starts_with('m') && WITHIN.contains(&words[i].text);
    let i = i + usize::from(i < end && within_time);
    // jieba may glue a bound word to the noun before it (`固投超/v`); a
    // dictionary word that ends the same way (`平均`) is left whole. The
    // dictionary is asked only when a bound character ends a word.
    const BOUNDS: [char; 13] = ['超', '达', '约', '近', '逾', '仅', '只', '即', '才', '就', '共', '均', '已'];
    let glued =
        |w: &Word| w.text.ends_with(BOUNDS) && w.text.chars().count() > 1 && !segment::is_dictionary_word(w.text);
    // `不动产登记/局共/d 办理/不动产登记`: such a word inside the phrase
    // closes the clause's subject (登记局, 共); the phrase starts after it.
    // Not one of 均, which makes "per" (`亩均/税收`, `案均/审理天数`).
    let closes = |w: &Word| glued(w) && !w.text.ends_with('均');
    let i = (i..end.saturating_sub(1)).rev().find(|&k| closes(&words[k])).map_or(i, |k| k + 1);
    let quoted = quoted_head(&words[..i]).filter(|_| i < end || !words[end..].iter().any(|w| w.text == "等"));
    // `新增“四上”企业35家`: a verb of making new right before the quote says
    // which of the things are counted, as it does before a noun.
    let new_verb = quoted
        .and_then(|q| i.checked_sub(q.len() + 3))
        .filter(|&v| NEW_VERBS.contains(&words[v].text) && words[v].end == words[v + 1].start)
        .map(|v| &words[v]);
    let run: Vec<&Word> = new_verb
        .into_iter()
        .chain(quoted.unwrap_or_default())
        .chain(words[i..end].iter().filter(|w| !SORTS.contains(&w.text)))
        .collect();
    // A verb alone names nothing (`推动`, `耗费`), unless a change word
    // follows it: `审批提速67%` measures the approval. A noun glued to a
    // bound word is read as a verb. Two verbs or more name an action
    // (`留抵/v 退税/v`, `减税/v 降费/v`).
    // `收入按同口径计算增长64.5%`: the phrase found says how the figure is
    // reckoned; what it measures stands before 按.
    if quoted.is_none()
        && i > 0
        && matches!(words[i - 1].text, "按" | "按照")
        && words[i..end].last().is_some_and(|w| w.text.ends_with('算'))
    {
        return backward(&words[..i - 1]);
    }
    // `审批时限从法定60个工作日压缩至…`: after 由 or 从, a word alone that
    // says which level the figure was names nothing; what it measures
    // stands before them.
    if quoted.is_none()
        && i > 0
        && matches!(words[i - 1].text, "由" | "从")
        && !run.is_empty()
        && run.iter().all(|w| LEVEL_QUALIFIERS.contains(&w.text) || EARLIER.contains(&w.text))
    {
        return backward(&words[..i - 1]);
    }
    let changed = words.get(end).is_some_and(|w| super::context::is_change_verb(w.text));
    // Some verbs name the money they move (`累计兑付116.4亿元`, `减免3000万元`).
    let lone_verb = matches!(run[..], [w] if is_verb(w) && !glued(w) && !MONEY_ACTIONS.contains(&w.text));
    if quoted.is_none() && lone_verb && !changed {
        // `受理量由成立之初的1400多件增长到…`: the verb tells when the level
        // was, after 由/从; what it measures stands before them.
        return match i.checked_sub(1).map(|p| words[p].text) {
            Some("由" | "从") => backward(&words[..i - 1]),
            _ => None,
        };
    }
    if run.is_empty() {
        return money_action(&words[end..]);
    }
    // A quoted name's leading year (`“2019年全国…指数”第1`) is the
    // claim's period, not its subject.
    let phrase = match quoted {
        Some(_) => join(&run).map(|s| super::names::split_year(&s).0),
        None => join(&run),
    };
    phrase
        .map(|s| if run.last().is_some_and(|w| glued(w)) { s.trim_end_matches(BOUNDS).to_owned() } else { s })
        // `旅顺经济技术开发区排名较上年攀升5位`: a zone's name names the
        // place, not what is measured.
        // A level alone (`将区级80%以上高频事项`) says where, not what.
        .filter(|s| {
            s.chars().count() >= 2 && !crate::gazetteer::Gazetteer::is_zone_name(s) && !GRADES.contains(&s.as_str())
        })
}

/// Words that close a list after 等 (`…等方面`, `…等领域`).
const LIST_CLOSERS: &[&str] = &["方面", "领域", "行业", "环节", "类别"];

/// Words for an earlier time whose level a figure is a share or multiple of
/// (`是原先的5倍`).
const EARLIER: &[&str] = &["原先", "原来", "以前", "过去", "之前", "改革前", "上年", "去年", "同期", "去年同期"];

/// Words that say which level a figure after 由 or 从 was (`从法定60个工作日`).
const LEVEL_QUALIFIERS: &[&str] = &["法定", "规定", "原", "原有", "最初", "传统", "以往", "承诺"];

/// Verbs that make the figure after `…的` a share of the phrase between.
const SHARE_OF: &[&str] = &["为", "占", "相当于", "是", "达到", "达", "完成"];

/// Verbs that, alone before a figure, name the money they move.
const MONEY_ACTIONS: &[&str] = &[
    "兑付", "兑现", "减免", "融资", "授信", "贴息", "退税", "奖补", "补贴", "让利", "缓交", "缓缴", "拨付", "返还",
    "退还", "减征", "免征",
];

/// What a subject opened by a verb of making new names (`市场主体` of
/// `新增市场主体`), if it is one.
fn made_new(subject: &str) -> Option<&str> {
    NEW_VERBS.iter().find_map(|v| subject.strip_prefix(v)).filter(|t| t.chars().count() >= 2)
}

/// The claim right before the mention `k`, when it is of the same kind and
/// ends in the same unit character (`356家…42家`).
fn claim_before_in_unit(chars: &[char], mentions: &[(usize, usize, Kind)], k: usize) -> Option<usize> {
    let unit = |p: usize| chars.get(mentions[p].1.wrapping_sub(1));
    (0..k).rev().find(|&p| mentions[p].2.is_claim()).filter(|&p| mentions[p].2 == mentions[k].2 && unit(p) == unit(k))
}

/// Words of having some of a set (`已有8个`, `中有10个`).
const HAVING: &[&str] = &["有", "已有", "中有", "共有", "现有"];

/// Verbs of settling cases or requests (`办结480件`).
const SETTLING: &[&str] = &["办结", "审结", "执结", "结案", "解决", "化解"];

/// Whether `subject` names an agency: a court, a bureau, a centre, a
/// window or a hotline, which takes things in (`区法院受理1200件`).
fn is_agency(subject: &str) -> bool {
    AGENCY_ENDS.iter().any(|e| subject.ends_with(e))
}

const AGENCY_ENDS: &[&str] =
    &["法院", "中院", "检察院", "局", "中心", "窗口", "部门", "热线", "平台", "法庭", "派出所", "办公室", "机关"];

/// Verbs of taking in cases or requests (`收到诉求100件`).
const TAKING_IN: &[&str] = &["受理", "新收", "收到", "接到", "接收", "收集", "征集", "梳理"];

/// Verbs of making new that open a subject (`新增市场主体`).
const NEW_VERBS: &[&str] = &["新增", "净增", "新登记", "新设立", "新设", "新注册"];

/// Words of sorts (`各类`, `各项`) that say "all kinds of" the noun after them.
const SORTS: &[&str] = &["各类", "各项", "各种", "各级", "各个"];

/// Words that say for whom something is done (`为企业减税降费`).
const BENEFACTIVES: &[&str] = &["为", "给", "帮", "帮助", "替", "助力", "助"];

/// Where the phrase `words[i..end]` starts once past those it benefits:
/// `为企业减税降费3.5亿元`, `帮助企业融资8.6亿元` measure the action, not
/// the firms. The nouns after a benefactive word are passed over when a
/// verb follows them that names something: two words or more, or a verbal
/// noun (`融资/vn`). jieba may glue 为 to the noun after it (`为小微/nr`).
fn past_beneficiary(words: &[Word], i: usize, end: usize) -> usize {
    let benefactive = |w: &Word| BENEFACTIVES.contains(&w.text) || (w.text.starts_with('为') && w.tag == "nr");
    let from = match (i..end).rev().find(|&k| benefactive(&words[k])) {
        Some(k) => k + 1,
        None if i > 0 && benefactive(&words[i - 1]) => i,
        None => return i,
    };
    let Some(verb) = (from..end).find(|&k| words[k].tag.starts_with('v')) else { return i };
    let nouns = verb > from && words[from..verb].iter().all(|w| w.tag.starts_with('n') && !is_verb(w));
    if nouns && (end - verb >= 2 || words[verb].tag == "vn") { verb } else { i }
}

/// Where the phrase `words[i..end]` starts once past a zone's suffix that
/// jieba cut off the place naming the zone (`长沙/ns 经济/n 技术开发区/n
/// 新增企业`): the suffix is part of the place's name.
fn past_zone_suffix(words: &[Word], i: usize, end: usize) -> usize {
    if i == 0 || words[i - 1].tag != "ns" {
        return i;
    }
    let mut suffix = String::new();
    for (k, w) in words.iter().enumerate().take(end).skip(i) {
        suffix.push_str(w.text);
        if crate::gazetteer::Gazetteer::is_bare_zone(&suffix) {
            return k + 1;
        }
        if suffix.len() >= MAX_ZONE_SUFFIX_BYTES {
            break;
        }
    }
    i
}

/// The longest zone suffix, in bytes (`高新技术产业开发区`).
const MAX_ZONE_SUFFIX_BYTES: usize = 27;

/// Where the noun phrase `counted` after the count `(start, end)` ends,
/// when that count follows a benefactive word (`为`, `为全市`, `给辖区`):
/// the counted are then whom what follows is done for.
fn past_counted_beneficiary(
    words: &[Word],
    (start, end, kind): (usize, usize, Kind),
    counted: Option<&str>,
) -> Option<usize> {
    let counted = counted.filter(|_| kind == Kind::Count)?;
    let first = words.iter().position(|w| w.end > start)?;
    // `为全市`, `给辖区`: where the counted are may stand between.
    let whole = |w: &Word| w.text == "辖区" || is_level_word_after(w.text, &['全']);
    let scope = words[..first]
        .iter()
        .rev()
        .take_while(|w| is_place_pronoun(w.text) || whole(w) || is_level(w) || w.tag == "ns")
        .count();
    let benefactive = first.checked_sub(scope + 1).map(|b| &words[b])?;
    if !BENEFACTIVES.contains(&benefactive.text) {
        return None;
    }
    let after = words.iter().position(|w| w.start >= end)?;
    let mut text = String::new();
    for w in &words[after..] {
        text.push_str(w.text);
        if text == counted {
            return Some(w.end);
        }
        if text.len() >= counted.len() {
            return None;
        }
    }
    None
}

/// Quote marks, opening and closing: `“”`, and `‘’` for a quote inside
/// one (`“…办理‘一件事一次办’事项…”`).
const QUOTE_MARKS: [(&str, &str); 2] = [("“", "”"), ("‘", "’")];

/// The mark that opens a quote `close` closes.
fn opening_quote(close: &str) -> Option<&'static str> {
    QUOTE_MARKS.iter().find(|&&(_, c)| c == close).map(|&(open, _)| open)
}

/// The mark that closes a quote `open` opens.
fn closing_quote(open: &str) -> Option<&'static str> {
    QUOTE_MARKS.iter().find(|&&(o, _)| o == open).map(|&(_, close)| close)
}

/// The words of the quoted name that `words` ends with, without its marks.
/// A name may pair items (`“双随机、一公开”抽查`).
fn quoted_head<'w, 'a>(words: &'w [Word<'a>]) -> Option<&'w [Word<'a>]> {
    let (close, rest) = words.split_last()?;
    let opening = opening_quote(close.text)?;
    let open = rest.iter().rposition(|w| w.text == opening)?;
    let inside = &rest[open + 1..];
    (!inside.is_empty() && inside.iter().all(|w| !is_punct(w) || w.text == "、")).then_some(inside)
}

/// The most words, and characters, inside a note in brackets after a
/// subject ([`bracketed_note`] reads words, [`note_before`] characters).
const MAX_NOTE_WORDS: usize = 5;
const MAX_NOTE_CHARS: usize = 10;

/// Where the short note in brackets that `words` ends with opens, when a
/// noun stands right before it (`注册资本(金)`, `一般公共预算收入(剔除留抵
/// 退税因素)`): at most [`MAX_NOTE_WORDS`] words inside.
fn bracketed_note(words: &[Word]) -> Option<usize> {
    let (close, rest) = words.split_last()?;
    if !matches!(close.text, ")" | "）") {
        return None;
    }
    let open = rest.iter().rposition(|w| matches!(w.text, "(" | "（"))?;
    let inside = &rest[open + 1..];
    // (Or after a link: `同比(下同)增长`.)
    let noun_before = open.checked_sub(1).is_some_and(|b| is_subject_word(&rest[b]) || is_linking(rest[b].text));
    (noun_before && (1..=MAX_NOTE_WORDS).contains(&inside.len()) && !inside.iter().any(is_punct)).then_some(open)
}

/// The most words between a verb of placing and the figure that name the
/// set it ranks among.
const MAX_SET_WORDS: usize = 4;

/// `办案效率位列福州两级法院第一名`, `位居全市法院第一`: where the verb of
/// placing ends when only the set ranked among (places, scopes, levels and
/// nouns, no verb) stands between it and the figure, which `words` ends
/// before.
fn among_set(words: &[Word]) -> Option<usize> {
    let verb = words.iter().rev().take(MAX_SET_WORDS + 1).position(|w| PLACING_VERBS.contains(&w.text))?;
    let at = words.len() - 1 - verb;
    let set = &words[at + 1..];
    let names_set = !set.is_empty() && set.iter().all(|w| !is_punct(w) && !is_verb(w));
    (names_set && set.iter().any(|w| SCOPES.contains(&w.text) || w.tag == "ns" || names_units(w.text)))
        .then_some(at + 1)
}

/// `中心城区`, `主城区`, `县市`: a word that names a kind of unit places
/// rank among (`增速位居中心城区第三`).
fn names_units(word: &str) -> bool {
    super::UNIT_SETS.contains(&word) || ["城区", "县区", "区县", "城市"].iter().any(|k| word.ends_with(k))
}

/// `均居全市6县市第1位`: where a count of units that `words` ends with
/// opens (the number, and 个 if written), the set the figure after ranks
/// among. The count may be no mention (`6县市` has no classifier).
fn counted_units_before(words: &[Word]) -> Option<usize> {
    let number =
        |w: &Word| w.tag == "m" && w.text.chars().all(|c| c.is_ascii_digit() || super::numeral::is_cn_numeral_char(c));
    let set = match words {
        [.., n, ge, units] if number(n) && ge.text == "个" && super::UNIT_SETS.contains(&units.text) => 3,
        [.., n, units] if number(n) && super::UNIT_SETS.contains(&units.text) => 2,
        _ => return None,
    };
    Some(words.len() - set)
}

/// Index just past the subject phrase: skips linking words and governing
/// verbs back from the number; `None` when the clause ends first.
fn links_before(words: &[Word]) -> Option<usize> {
    let mut i = among_set(words).or_else(|| counted_units_before(words)).unwrap_or(words.len());
    let set_start = i;
    let mut verbs = 0;
    while i > 0 {
        let w = &words[i - 1];
        if is_punct(w) {
            // `注册资本(金)2.37万亿元`: a short note in brackets after the
            // noun is passed over.
            if let Some(open) = bracketed_note(&words[..i]) {
                i = open;
                continue;
            }
            // A quoted name right before the number (`“个转企”126户`) may
            // be its subject.
            return quoted_head(&words[..i]).map(|_| i);
        }
        // `增幅居赣州市第2位`: the place right before the figure links too;
        // so does a scope (`跃升全球第12位`).
        let ranked_in = (w.tag == "ns" || SCOPES.contains(&w.text)) && i == set_start;
        let link = is_linking(w.text)
            || LINK_TAGS.contains(&w.tag)
            || TRAILING_LINKS.contains(&w.text)
            || ranked_in
            || is_share_verb(w);
        // jieba may cut a one-character verb off the governing verb after
        // it (`压/减至`): it belongs to that verb.
        let split_off = i < words.len()
            && is_verb(w)
            && !NOUN_SUFFIXES.contains(&w.text)
            && w.text.chars().count() == 1
            && is_governing(&words[i])
            && w.end == words[i].start;
        let by_zai = words.get(i).is_some_and(|next| takes_figure_by(w, next));
        // `招商绩效荣获全国第三名`: a verb of winning before a rank (and
        // its scope or place) links it to what won.
        // (Or right before the figure: `脱颖而出荣获第三名`.)
        let won = || {
            (super::names::is_honor_verb(w.text) || WINNING.contains(&w.text))
                && words
                    .get(i)
                    .is_none_or(|next| next.text.starts_with('第') || next.tag == "ns" || SCOPES.contains(&next.text))
        };
        let governing = (is_governing(w) || split_off || by_zai || won()) && verbs < MAX_GOVERNING_VERBS;
        if !link && !governing {
            break;
        }
        verbs += usize::from(governing && !link);
        i -= 1;
    }
    Some(i)
}

/// Verbs of winning a place in a contest, besides those of receiving a
/// title (`夺得全省第一名`).
const WINNING: &[&str] = &["夺得", "勇夺", "喜获"];

/// `控制/在`, `保持/在`, `稳定/a 在`: a verb that takes the figure by way
/// of 在, the preposition `next` right after it; `扩充/至`, `发展/vn 到`,
/// `冲刺/vn 至`: one that reaches it.
fn takes_figure_by(w: &Word, next: &Word) -> bool {
    let reaches = matches!(next.text, "至" | "到");
    w.end == next.start && (next.text == "在" || reaches) && (is_verb(w) || w.tag == "a" || (w.tag == "vn" && reaches))
}

/// `从88个工作日分阶段压缩至目前的零个工作日`: the level a change starts
/// from (after 从 or 由) and the level it reaches (after a verb that takes
/// it by 至 or 到, in the same clause) are two levels of one thing, however
/// the change is said to be made.
fn from_to(words: &[Word], from: (usize, usize, Kind), to: (usize, usize, Kind)) -> bool {
    let Some(b) = words.iter().rposition(|w| w.end <= from.0) else { return false };
    if !matches!(words[b].text, "从" | "由") || words[b].end != from.0 {
        return false;
    }
    let between = words_between(words, from.1, to.0);
    !between.iter().any(is_punct) && between.windows(2).any(|p| takes_figure_by(&p[0], &p[1]))
}

/// Words naming a share of a whole (`比重`, `占比`).
const SHARE_NOUNS: &[&str] = &["比重", "比例", "占比", "份额"];

/// `咨询类占77.18%`: 占 standing alone (not merged into 占比) links a share
/// to what it is a share of. Not among [`LINKS`], which would keep `占/比`
/// from joining as a noun.
fn is_share_verb(w: &Word) -> bool {
    w.text == "占"
}

/// Words saying one figure holds for every item listed before it.
const ALL_MARKS: &[&str] =
    &["均", "都", "均达", "均为", "均超", "均居", "均列", "都达", "都为", "都居", "全部", "全部达"];

/// Whether the linking words before the figure at `start` hold one of
/// `marks` (`均`/`都`: it holds for every item listed; `分别`: respectively).
fn linked_by(words: &[Word], start: usize, marks: &[&str]) -> bool {
    let Some(b) = words.iter().rposition(|w| w.end <= start) else { return false };
    let end = links_before(&words[..=b]).unwrap_or_else(|| {
        // The clause holds nothing but links (`,分别增长20%`): all of it.
        words[..=b].iter().rposition(is_punct).map_or(0, |p| p + 1)
    });
    words[end..=b].iter().any(|w| marks.contains(&w.text))
}

/// Whether the clause before `start` lists things (`、` between them).
fn lists_before(words: &[Word], start: usize) -> bool {
    let b = words.iter().take_while(|w| w.end <= start).count();
    let clause = words[..b].iter().rposition(|w| is_punct(w) && w.text != "、").map_or(0, |p| p + 1);
    words[clause..b].iter().any(|w| w.text == "、")
}

/// Whether the clause before `start` holds nothing but linking words.
fn only_links_before(words: &[Word], start: usize) -> bool {
    let b = words.iter().take_while(|w| w.end <= start).count();
    let clause = words[..b].iter().rposition(is_punct).map_or(0, |p| p + 1);
    words[clause..b].iter().all(|w| !is_subject_word(w) || is_governing(w))
}

/// The first item of the list the clause before `start` opens with, its
/// items joined by `、` or by a conjunction (`有效评价率和主动评价率均居…`).
fn first_listed(words: &[Word], start: usize) -> Option<String> {
    let b = words.iter().rposition(|w| w.end <= start)?;
    let (item, joined) = opening_item(&words[..=b]);
    // `中心城区及石狮市、晋江市居民饮用水达标率均达100%`: a list of places
    // (the item after the joiner is one) says whose figure it is; the phrase
    // before the figure names it.
    let of_places = words.get(item.end + 1).is_some_and(|w| w.tag == "ns");
    (joined && !of_places).then(|| backward(&words[item])).flatten()
}

/// The first item of the list that ends `words` (its clause, items joined
/// by `、` or a conjunction), past the verbs that govern the list
/// (`邀请/人大代表、政协委员、律师`): nouns only, at most [`MAX_WORDS`].
fn first_item(words: &[Word]) -> Option<String> {
    let (item, _) = opening_item(words);
    let item = &words[item];
    let item = &item[item.iter().take_while(|w| is_verb(w)).count()..];
    let nouns = !item.is_empty() && item.len() <= MAX_WORDS && item.iter().all(|w| is_subject_word(w) && !is_verb(w));
    nouns.then(|| join(&item.iter().collect::<Vec<_>>())).flatten()
}

/// Where the words stand that open the clause ending `words` (its start is
/// past the last punctuation but `、`) up to the first `、` or conjunction,
/// and whether one closed them (else they run to the end).
fn opening_item(words: &[Word]) -> (std::ops::Range<usize>, bool) {
    let clause = words.iter().rposition(|w| is_punct(w) && w.text != "、").map_or(0, |p| p + 1);
    match words[clause..].iter().position(|w| joins_list(w.text)) {
        Some(p) => (clause..clause + p, true),
        None => (clause..words.len(), false),
    }
}

/// Whether `word` joins the items of a list: `、` or a conjunction.
fn joins_list(word: &str) -> bool {
    matches!(word, "、" | "和" | "及" | "与")
}

/// `涉企警情数、刑事案件数、治安案件数同比下降19%、27%和44%`: the items of
/// a listed subject, for numbers listed in the same order.
fn listed_subjects(words: &[Word], start: usize) -> Vec<String> {
    let Some(b) = words.iter().rposition(|w| w.end <= start) else { return Vec::new() };
    let Some(end) = links_before(&words[..=b]) else { return Vec::new() };
    // Each item's words, and how many of them open it as a quoted name.
    let mut items: Vec<(Vec<&Word>, usize)> = vec![(Vec::new(), 0)];
    let mut j = end;
    while j > 0 {
        let w = &words[j - 1];
        let item = items.last_mut().expect("never empty");
        if w.text == "、" || w.text == "和" || w.text == "及" {
            items.push((Vec::new(), 0));
            j -= 1;
        } else if let Some(quote) = quoted_head(&words[..j]) {
            // `“跑一次”、“零跑腿”事项`: a quoted name opens its item.
            item.0.splice(0..0, quote);
            item.1 = quote.len();
            j -= quote.len() + 2;
            if j > 0 && !matches!(words[j - 1].text, "、" | "和" | "及") {
                break;
            }
        } else if (is_subject_word(w) || modifies_noun(words, j - 1)) && item.1 == 0 && item.0.len() < MAX_WORDS {
            // `权限97项、执法人员96名`: a classifier jieba tags as a noun
            // ends the figure before; the list of names stops there.
            if j >= 2 && words[j - 2].tag == "m" && words[j - 2].end == w.start && w.text.chars().count() == 1 {
                break;
            }
            item.0.insert(0, w);
            j -= 1;
        } else {
            break;
        }
    }
    items.reverse();
    // Quoted names listed before the last item share the noun it ends with.
    if let Some(((last, quoted), rest)) = items.split_last_mut() {
        let head = &last[*quoted..];
        if *quoted > 0 && !head.is_empty() {
            for (item, _) in rest.iter_mut().filter(|(item, n)| *n > 0 && item.len() == *n) {
                item.extend(head.iter().copied());
            }
        }
    }
    let mut names: Vec<String> = items.iter().filter_map(|(it, _)| join(it)).collect();
    if names.len() != items.len() {
        return Vec::new();
    }
    // `城镇和农村居民人均可支配收入`: one-word items before a longer last one
    // stand for the opening of its first word, as long; they share the
    // rest (城镇居民人均可支配收入).
    if let Some(((last, 0), rest)) = items.split_last()
        && last.len() >= 2
        && !rest.is_empty()
        && rest.iter().all(|(item, quoted)| item.len() == 1 && *quoted == 0)
    {
        let first = last[0].text;
        let tail: String = last[1..].iter().map(|w| w.text).collect();
        for (name, (item, _)) in names.iter_mut().zip(rest) {
            // The byte offset after the first word's opening n characters
            // (its end when it is no longer): none when it is shorter.
            let n = item[0].text.chars().count();
            let mut boundaries = first.char_indices().map(|(i, _)| i).chain(std::iter::once(first.len()));
            if let Some(at) = boundaries.nth(n) {
                *name = format!("{}{}{}", item[0].text, &first[at..], tail);
            }
        }
    }
    names
}

/// The words of `run` as one phrase: one with Han characters, or a Latin
/// abbreviation (`GDP`).
fn join(run: &[&Word]) -> Option<String> {
    let s: String = run.iter().map(|w| w.text).collect();
    let abbreviation = s.len() >= 2 && s.chars().all(|c| c.is_ascii_uppercase());
    (s.chars().any(crate::normalize::is_han) || abbreviation).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, quotes};
    use crate::normalize::normalize;

    #[test]
    fn a_table_cell_is_named_by_its_row_or_its_column_heading() {
        let table = "县市区\t新增市场主体\t增幅\t2023年\n湘潭县\t5200户\t10.5%\t3天\n韶山市\t1800户\t8.1%\t2天\n";
        assert_eq!(subject_of(table, "1800户").as_deref(), Some("新增市场主体"));
        assert_eq!(subject_of(table, "10.5%").as_deref(), Some("增幅"));
        assert_eq!(subject_of(table, "3天"), None, "a period is no name");
        let table = "指标\t2022年\n企业开办时间\t3天\n";
        assert_eq!(subject_of(table, "3天").as_deref(), Some("企业开办时间"), "the row's name first");
    }

    fn subject_of(sentence: &str, mention: &str) -> Option<String> {
        let doc = normalize(sentence);
        let mentions = extract(&doc, &quotes(&doc));
        let chars: Vec<char> = sentence.chars().collect();
        let subjects = subjects(&doc, &mentions);
        let i = mentions.iter().position(|m| chars[m.start..m.end].iter().collect::<String>() == mention).unwrap();
        subjects[i].clone()
    }

    /// Each `(sentence, mention, subject)` case holds.
    fn assert_subjects(cases: &[(&str, &str, Option<&str>)]) {
        for &(sentence, mention, want) in cases {
            assert_eq!(subject_of(sentence, mention).as_deref(), want, "{sentence}");
        }
    }

    #[test]
    fn verbs_closing_a_changed_clause_are_change_verbs() {
        for verb in CHANGE_VERBS {
            assert!(crate::extract::context::is_change_verb(verb), "{verb}");
        }
    }

    #[test]
    fn subjects_from_real_sentences() {
        assert_eq!(
            subject_of("湖州规上工业利润增长9.1%,比浙江全省平均高20.2个百分点。", "9.1%").as_deref(),
            Some("规上工业利润")
        );
        assert_eq!(
            subject_of("湖州规上工业利润增长9.1%,比浙江全省平均高20.2个百分点。", "20.2个百分点").as_deref(),
            Some("规上工业利润")
        );
        assert_eq!(subject_of("市级领导带头,组织1406名党员干部联系企业。", "1406名").as_deref(), Some("党员干部"));
        assert_eq!(subject_of("今年以来,受理企业诉求108件。", "108件").as_deref(), Some("企业诉求"));
        assert_eq!(subject_of("审批时限压缩74%。", "74%").as_deref(), Some("审批时限"));
        assert_eq!(subject_of("用电报装平均时长为25.3天。", "25.3天").as_deref(), Some("用电报装平均时长"));
        assert!(subject_of("政务服务事项即办件比例提升至85%。", "85%").unwrap().ends_with("即办件比例"));
        assert_eq!(subject_of("全区有161栋千万级税收楼宇。", "161栋").as_deref(), Some("税收楼宇"));
        let s = "选出可复制推广的20个优化营商环境优秀案例。";
        assert_eq!(subject_of(s, "20个").as_deref(), Some("优化营商环境优秀案例"));
        let s = "营商环境评价排名:由2022年的第15位上升至2023年的第8位";
        assert_eq!(subject_of(s, "第15位").as_deref(), Some("营商环境评价"));
        assert_eq!(subject_of("全市市场主体达到10.8万户。", "10.8万户").as_deref(), Some("市场主体"));
        assert_eq!(
            subject_of("企业设立登记实现全程网办,办理时间压至2个工作日内;", "2个工作日").as_deref(),
            Some("办理时间")
        );
        assert_eq!(
            subject_of("今年全市新增贷款361.41亿元,同比多增164.96亿元。", "164.96亿元").as_deref(),
            Some("新增贷款")
        );
        assert_eq!(subject_of("给予了9000万元的预授信。", "9000万元").as_deref(), Some("预授信"));
        assert_eq!(subject_of("审批时限较改革前压缩74%。", "74%").as_deref(), Some("审批时限"));
        let s = "目前,我市行政复议案件案后回访满意率、新受理的行政复议案件全流程在线办理率、行政复议决定书网上公开率均达100%。";
        let got = subject_of(s, "100%");
        assert!(got.as_deref().is_some_and(|g| g.ends_with("满意率")), "{got:?}");
        // So is one joined by 和, before 均居 too.
        assert_subjects(&[
            ("网络查控发起率和结案率均为100%。", "100%", Some("网络查控发起率")),
            // Verbs of entering a list link (闯入, 挺进).
            ("成都凭借良好的营商环境闯入全国前十。", "十", Some("营商环境")),
            // Figures listed after a comparison glued to its time word
            // (`比前/f`) share the subject of the figure compared.
            ("满意率为95.95%,比前三个季度分别提高9.13、0.04和1.01个百分点。", "9.13", Some("满意率")),
            ("满意率为95.95%,比前三个季度分别提高9.13、0.04和1.01个百分点。", "1.01个百分点", Some("满意率")),
            // A list of places says whose figure it is.
            ("中心城区及石狮市、晋江市居民饮用水达标率均达100%。", "100%", Some("居民饮用水达标率")),
            // 有效 onto a noun qualifies it; 均列 is 均 and a verb of placing.
            ("政务服务有效评价率和主动评价率均居全省第一;", "第一", Some("政务服务有效评价率")),
            ("政务服务有效评价率和主动评价率均列全省第一;", "第一", Some("政务服务有效评价率")),
            ("有效降低企业成本5亿元。", "5亿元", Some("企业成本")),
            ("签约项目数量和投资总额均居全省前三位。", "三位", Some("签约项目数量")),
        ]);
    }

    #[test]
    fn a_percentage_before_a_noun_is_a_share_of_it() {
        assert_eq!(subject_of("构建“无塑”基本单元,全县30%竹企业参与加工开发。", "30%").as_deref(), Some("竹企业"));
        assert_eq!(subject_of("更快:超98%事项“最多跑一趟”", "98%").as_deref(), Some("事项"));
        // What stands before the figure comes first.
        assert_eq!(subject_of("网办率达98%企业满意。", "98%").as_deref(), Some("网办率"));
        // Unless it is no measure and things counted follow.
        let s = "行政服务中心100%政务服务事项实现分类办理。";
        assert_eq!(subject_of(s, "100%").as_deref(), Some("政务服务事项"));
        assert_eq!(subject_of("审批时限压缩50%企业办事更便利。", "50%").as_deref(), Some("审批时限"));
        // So is a later one in a list of figures after a comma.
        let s = "所有网上申办事项到现场办理次数不超过2次,70%以上网上申办事项到现场办理次数不超过1次。";
        assert_eq!(subject_of(s, "70%").as_deref(), Some("网上申办事项"));
    }

    #[test]
    fn change_and_streak_words_link_a_subject_to_its_figure() {
        let cases = [
            ("全县共清理各类证明201项,取消194项,保留7项。", "194项", Some("证明")),
            ("该县取消行政审批事项39项。", "39项", Some("行政审批事项")),
            ("共简化申请材料1382项。", "1382项", Some("申请材料")),
            ("两项收入总量继续全省第一。", "第一", Some("收入总量")),
            ("企业开业提前了整整2周。", "2周", Some("企业开业")),
            // A verb that names the money it moves, alone before the figure.
            ("服务平台实现惠企资金直达快享,累计兑付116.4亿元。", "116.4亿元", Some("兑付")),
            ("千余家个体工商户享受减免政策,累计减免逾3000万元。", "3000万元", Some("减免")),
            ("全市推动5项改革,累计推动3000万元。", "3000万元", None),
            // A time of peak load is when, not what.
            ("市政务服务中心日均办件量突破1500件,高峰期超两千件。", "两千件", Some("政务服务中心日均办件量")),
            // What a total includes, in brackets after it.
            ("全区实有经营主体1,234,567户(含个体工商户98,765户)。", "98,765户", Some("个体工商户")),
            // Doubling is a change too, jieba's idiom or not.
            ("全区规上工业产值翻一番,达到1000亿元。", "1000亿元", Some("规上工业产值")),
            ("规上工业产值翻了一番,达到1000亿元。", "1000亿元", Some("规上工业产值")),
            // 类 closes a noun like 率 and 量 do.
            ("其中,投诉举报类185件、咨询类1437件。", "185件", Some("投诉举报类")),
            // A verb that reaches the figure by 至/到 links too.
            ("综合窗口扩充至31个。", "31个", Some("综合窗口")),
            ("服务网点拓展到300个。", "300个", Some("服务网点")),
            ("全区市场经营主体发展到262.89万户。", "262.89万户", Some("市场经营主体")),
            ("企业开办——8.5个工作日冲刺至3个工作小时;", "3个工作小时", Some("企业开办")),
            // How a figure is reckoned is no part of what it measures.
            ("一般公共预算收入按同口径计算增长了64.5%。", "64.5%", Some("一般公共预算收入")),
            ("GDP按可比价格计算增长6.5%。", "6.5%", Some("GDP")),
            // An idiom of jieba's made of a noun and its change verb.
            ("全年物价上涨2.3%。", "2.3%", Some("物价")),
            ("企业成本上升5%。", "5%", Some("企业成本")),
            ("全市人口减少2万人。", "2万人", Some("人口")),
            ("营业收入稳步增长12%。", "12%", Some("营业收入")),
            ("CPI上涨2.3%,PPI下跌1.2%。", "2.3%", Some("CPI")),
            // Letters glued to the figure, or spaced from it.
            ("全区GDP2.1万亿元,增长6%。", "2.1万亿元", Some("GDP")),
            ("全区GDP 2.1万亿元。", "2.1万亿元", Some("GDP")),
            ("使办理环节由6个缩减为2个。", "6个", Some("办理环节")),
            // A quote after a verb is what the verb does, no part of the phrase.
            ("从封存69枚审批公章启动“一枚印章管审批”到…", "69枚", Some("审批公章")),
            // A rank among a counted set: what stands before the count.
            ("工业主营业务收入总量保持在全省19个国家级经开区第7位。", "第7位", Some("工业主营业务收入总量")),
            // A short note in brackets after the noun is passed over.
            ("注册资本(金)2.37万亿元,同比增长3.54%。", "2.37万亿元", Some("注册资本")),
            ("地区生产总值(GDP)增长4.5%。", "4.5%", Some("地区生产总值")),
            ("全年地区生产总值同比(下同)增长4.5%。", "4.5%", Some("地区生产总值")),
            // 城市 after a noun is a kind of city, no place's name.
            ("“跨省通办”合作城市增至30个。", "30个", Some("跨省通办合作城市")),
            ("以我国36个主要城市为研究对象。", "36个", Some("主要城市")),
            // 份 counts papers, not who filled them in.
            ("共收回3600份市场主体问卷。", "3600份", Some("市场主体问卷")),
            ("根据69120份大中小微民营企业有效问卷数据计算。", "69120份", Some("大中小微民营企业有效问卷")),
            ("为200份企业提供服务。", "200份", Some("企业")),
            // A verb of making new alone counts what it counted before.
            ("新增市场主体8943户,今年一季度新增5071户。", "5071户", Some("新增市场主体")),
            // Failing a figure of new things, the things the figure before
            // counts, in the same unit.
            ("全市共有规上工业企业356家,其中新增42家。", "42家", Some("新增规上工业企业")),
            // An adverb jieba tags as a noun, written onto a noun, qualifies
            // it; before a verb it links.
            ("该市基本满意率为3.77%。", "3.77%", Some("基本满意率")),
            ("进口、出口整体通关时间分别为32.5小时和1.2小时。", "1.2小时", Some("出口整体通关时间")),
            ("营商环境整体提升20%。", "20%", Some("营商环境")),
            // A verb of settling alone counts the settled ones of what the
            // count before counts, without the verb that took them in.
            ("受理企业诉求500件,办结480件。", "480件", Some("办结企业诉求")),
            ("共受理涉企案件1.2万件,审结1.1万件。", "1.1万件", Some("审结涉企案件")),
            ("收到诉求100件,已解决95件。", "95件", Some("解决诉求")),
            // Some of a set counted before, after 有 and before a verb.
            ("全市26个园区已有8个设立行政服务分中心。", "8个", Some("园区")),
            ("参评的120家企业,有100家给予好评。", "100家", Some("企业")),
            ("全市有企业100家,有30家高新技术企业。", "30家", Some("高新技术企业")),
            // A statistic the dictionary cuts in three is one word.
            ("完成了全市80%以上的实际使用外资。", "80%", Some("实际使用外资")),
            // Stages of projects counted after a count of projects.
            ("新增入园项目1814个,开工1647个,投产941个,达产515个。", "1647个", Some("开工入园项目")),
            ("新增入园项目1814个,开工1647个,投产941个,达产515个。", "515个", Some("达产入园项目")),
            // A verb of making new after the noun.
            ("全县市场主体新登记1.2万户,其中企业新增3000户。", "1.2万户", Some("新登记市场主体")),
            ("全县市场主体新登记1.2万户,其中企业新增3000户。", "3000户", Some("新增企业")),
            ("全国日均新设企业2.2万户,日均净增1.2万户。", "1.2万户", Some("日均净增")),
            // The time a verb of settling takes is a noun.
            ("承诺件平均办结时限由10天缩短成了3天。", "3天", Some("承诺件平均办结时限")),
            ("办结时间平均缩短30%以上。", "30%", Some("办结时间")),
            // 逆势 is a manner of the change, no subject.
            ("新登记市场主体41179户,逆势增长22.2%。", "22.2%", Some("新登记市场主体")),
            // An agency before the verb of taking in takes the things in.
            ("区法院共受理1200件,审结1100件。", "1200件", Some("受理")),
            ("区法院共受理1200件,审结1100件。", "1100件", Some("审结")),
            ("全市法院受理各类案件25.4万件,其中市中院受理2.8万件。", "2.8万件", Some("案件")),
            ("企业诉求受理500件,办结480件。", "480件", Some("办结企业诉求")),
            ("受理企业诉求500件,办结率98%。", "98%", Some("办结率")),
            // 新登记, which jieba would cut as 新/a 登记/v, is such a verb.
            ("全市市场主体达10万户,新登记1.2万户。", "1.2万户", Some("新登记市场主体")),
            ("培训人员300人,新增50家。", "50家", None),
            ("新登记市场主体887万户,同比增长13.2%,平均每天新设4.9万户。", "4.9万户", Some("新设市场主体")),
            // A rank's clause that says only where it ranks continues the
            // clause before.
            ("长沙营商环境,全国第六!", "第六", Some("营商环境")),
            ("去年,全国第六。", "第六", None),
            // A multiple of an earlier level is of what the figure before measures.
            ("综合窗口扩充至31个,是原先的5倍。", "5倍", Some("综合窗口")),
            // A verb may open the noun a quoted name qualifies.
            ("推出78项“一件事”集成服务套餐。", "78项", Some("一件事集成服务套餐")),
            ("完成104项重点任务。", "104项", Some("重点任务")),
            // Levels listed before the noun they all qualify.
            ("共有30多家中央、省、市级媒体出席。", "30多家", Some("市级媒体")),
            ("设立3个工作专班、2个服务队。", "3个", Some("工作专班")),
            ("引进5家银行、保险机构。", "5家", Some("银行")),
            // A date jieba does not tag as a time (`第一季度/l`) is no part of it.
            ("刑事结案率第一季度全省排名第1。", "第1", Some("刑事结案率")),
            // A comparison's 比 that jieba glued to the noun (`价格比/n 上年`).
            ("居民消费价格比上年上涨2.9%。", "2.9%", Some("居民消费价格")),
            ("性能价格比很高,达到95%。", "95%", Some("性能价格比")),
            // A verb alone before money may name what it moves.
            ("“欠费不停供”累计缓交34385.13万元。", "34385.13万元", Some("缓交")),
            // So does a village.
            ("全镇77个村顺利完成农村集体产权改革工作。", "77个", Some("村")),
            // A verb glued to the unit is no noun counted (`100/m 项压/n 减至/v`).
            ("审批事项由100项压减至66项。", "100项", Some("审批事项")),
            ("审批事项由100项压减至66项。", "66项", Some("审批事项")),
            // A 区 cut off the word before it is a kind of area, no level.
            ("建成产业集聚区3个。", "3个", Some("建成产业集聚区")),
            ("建成集中供热区2个。", "2个", Some("建成集中供热区")),
            ("培育夜间经济集聚区20个。", "20个", Some("培育夜间经济集聚区")),
            ("全市各区5个。", "5个", None),
            // Ways of working that a count counts.
            ("形成5个可复制可推广的经验。", "5个", Some("经验")),
            ("全市120个典型做法入选。", "120个", Some("典型做法")),
            // A count of units before a rank is the set it ranks among.
            ("规上工业增加值增速五城区第一;", "第一", Some("规上工业增加值增速")),
            // Dictionary tags read the other way: `提案/v` names, `投入使用/n` acts.
            ("115件人大代表建议、168件政协委员提案全部办结。", "168件", Some("政协委员提案")),
            ("世外高中等10所学校投入使用。", "10所", Some("学校")),
            // A 新 cut off its verb stays with it at the word limit.
            ("新设农民专业合作社12.6万户。", "12.6万户", Some("新设农民专业合作社")),
            // A word jieba glued onto a date's end is cut there (`年省`),
            // unless it ends the date's time (`年底`).
            ("获得2020年省营商环境评价第一名。", "第一名", Some("营商环境评价")),
            ("每千人拥有企业数由2019年底的27.6户增长到30.0户。", "27.6户", Some("每千人拥有企业数")),
            // A streak before a placing verb glued to the rank names nothing
            // of its own (`排名第/i`).
            ("总体得分全省第一,连续三年排名第1位。", "三年", Some("总体得分")),
            // A noun glued to a bound inside the phrase ends what was before.
            ("7月份,不动产登记局共办理不动产登记2571宗。", "2571宗", Some("办理不动产登记")),
            ("2021年,固始县共新增市场主体9306户。", "9306户", Some("新增市场主体")),
            ("“五类合同”案件案均审理天数降至30.11天。", "30.11天", Some("五类合同案件案均审理天数")),
            // A grade alone before the next count of a list shares its noun.
            ("全区40栋亿元级、161栋千万级税收楼宇。", "40栋", Some("税收楼宇")),
            ("引进10亿元以上、5亿元以上项目各3个。", "10亿元", Some("项目")),
            // A clause closed by 的 may list things before the counted noun.
            ("已经梳理出了39个涉及出生、就业等全生命周期的“一件事一次办”事项。", "39个", Some("一件事一次办事项")),
            ("投资4.2亿元、日处理垃圾600吨的环保发电项目已开工。", "4.2亿元", Some("投资")),
            // A domain word jieba lacks (`充电/v 桩/q`).
            ("建成充电桩1200个。", "1200个", Some("建成充电桩")),
            // A zone word ends what a count counts.
            ("对19个国家级开发区年度营商环境进行评价。", "19个", Some("国家级开发区")),
            // A scope right before a rank says where it ranks.
            ("推动我国“获得电力”指标跃升全球第12位。", "第12位", Some("获得电力指标")),
            // So does a short sentence before that names a list and nothing else.
            ("全国县域商业发展力100强榜单。邵东市排名第67位", "第67位", Some("县域商业发展力100强")),
            // Not a sentence that says what was done with the list.
            ("我们根据健康指数排列了全国前20名城市的榜单。深圳市连续两年排名第一。", "第一", None),
            // So does the list a verb of getting onto one names before it.
            ("山东有9个县(市)进入营商环境百强县,分别为:龙口市(13位)、胶州市(16位)。", "16位", Some("营商环境百强县")),
            // Another verb alone counts the things an earlier verb did.
            ("新收破产案件6件,审结5件。", "5件", Some("审结破产案件")),
            ("出动干警460余人次,拘留96人,执行42件。", "42件", None),
            // Between a verb of placing and a rank, the set ranked among.
            ("办案效率位列福州两级法院第一名。", "第一名", Some("办案效率")),
            // A list said to come out in the clause before names the rank.
            ("近日,2023年度中国百强城市正式发布,我市位列第66位,比上一年上升了8位。", "第66位", Some("中国百强城市")),
            ("2023年度中国百强城市正式发布 连云港市位列第66位", "第66位", Some("中国百强城市")),
            // A bare zone right before a count is a kind of zone counted.
            ("新增国家级海洋牧场示范区1个。", "1个", Some("牧场示范区")),
            ("建成省级高新区3个。", "3个", Some("省级高新区")),
            ("西山示范区25个、阳曲示范区48个。", "48个", None),
            ("高新区排名第3位。", "第3位", None),
            // After a verb of placing, the things counted are what ranks.
            ("纳税、政府采购等5个指标居全省第一。", "第一", Some("指标")),
            // 占 links a share to what it is a share of.
            ("咨询类占77.18%,投诉举报类占12.47%。", "77.18%", Some("咨询类")),
            ("税收占财政收入的80%。", "80%", Some("税收")),
            // A bare word of growth: the growth of the last level before.
            ("进出口总额完成5.6亿元,增长23%,增幅居全市第2位。", "第2位", Some("进出口总额增幅")),
            ("实现民营经济增加值15.19亿元,占GDP的比重为54.6%,增速为8.1%。", "8.1%", Some("民营经济增加值增速")),
            ("增速居全市第一。", "第一", Some("增速")),
            // A verb may stand inside the name of the papers 份 counts.
            ("市检察院完成349份法治体检报告。", "349份", Some("法治体检报告")),
            // Documents head what a count counts.
            ("市司法局清理23件妨碍统一市场的规范性文件。", "23件", Some("规范性文件")),
            // 占 opening the clause: a share of what the clause before names.
            ("全县共有个体工商户2.8万户,占市场主体总数的78%。", "78%", Some("个体工商户")),
            ("审批时间大幅压缩,由原来的30天压缩至5天。", "30天", Some("审批时间")),
            ("审批时间大幅压缩,由原来的30天压缩至5天。", "5天", Some("审批时间")),
            ("全球排名持续提升,由2018年第172位跃升至2020年第33位。", "第33位", Some("全球排名")),
            ("市场主体快速增长,达到10.8万户。", "10.8万户", Some("市场主体")),
            ("• 制造业(占比32%)", "32%", Some("制造业")),
            ("即获100万元财政奖励。", "100万元", Some("财政奖励")),
            ("贡献了80%以上的新增就业。", "80%", Some("新增就业")),
            // (A first grade is part of the name, as 二级 is.)
            ("一级评价指标得分为83.15分,在全省54个市辖区中位列第一。", "第一", Some("一级评价指标")),
            ("采取30项奖励支持措施。", "30项", Some("奖励支持措施")),
            ("贷款加权平均利率降至3.69%的历史新低。", "3.69%", Some("贷款加权平均利率")),
            ("普惠小微贷款余额历史性突破34万亿元大关。", "34万亿元", Some("普惠小微贷款余额")),
            ("专精特新企业年均贷款增长45%。", "45%", Some("专精特新企业年均贷款")),
            ("一项最新民意调查显示:近八成受访者表示营商环境有改善。", "八成", Some("受访者")),
            ("企业开办用时:3个工作日。", "3个工作日", Some("企业开办用时")),
            ("办理时限由法定的20个工作日压缩至承诺的5个工作日。", "20个工作日", Some("办理时限")),
            ("办理时限由法定的20个工作日压缩至承诺的5个工作日。", "5个工作日", Some("办理时限")),
            // A word alone after 从 that says which level it was.
            ("审批时限从法定60个工作日压缩至20个工作日内。", "60个工作日", Some("审批时限")),
            ("审批时限从法定60个工作日压缩至20个工作日内。", "20个工作日", Some("审批时限")),
            // A clause of only a noun phrase names the figures after a comma;
            // not a clause of what was done.
            ("企业开办时间,由3天压缩至1天。", "3天", Some("企业开办时间")),
            ("企业开办时间,由3天压缩至1天。", "1天", Some("企业开办时间")),
            ("全市市场主体,已达到10万户。", "10万户", Some("市场主体")),
            ("项目审批时间,将分别压减至79个、60个工作日以内。", "79个", Some("项目审批时间")),
            ("项目审批时间,将分别压减至79个、60个工作日以内。", "60个工作日", Some("项目审批时间")),
            ("现场解决问题,已举办31期。", "31期", None),
            ("营商环境持续优化,市场主体达到10万户。", "10万户", Some("市场主体")),
            // 线上 is a channel, as 网上 is.
            ("其中,线上办理2.1万余件、线下办理11.7万余件。", "2.1万余件", Some("线上办理")),
            // A quoted name after a count, before a word that names nothing.
            ("国家、省统筹的24项“一件事”在我市全部上线。", "24项", Some("一件事")),
            // Figures said to hold respectively, in a clause that names them.
            (
                "零售总额增长7.9%,预算收入增长6.4%,城乡居民人均可支配收入分别增长4.8%、7.2%。",
                "7.2%",
                Some("城乡居民人均可支配收入"),
            ),
            // A time word before the level's phrase; a suffix glued to 由.
            ("推进“窗口”数由最初设计时的212个压缩至106个。", "212个", Some("窗口数")),
            ("窗口数由最初设计时的212个压缩至106个。", "106个", Some("窗口数")),
            // The word limit keeps the word a one-character noun ends.
            ("办事人平均等待时长减少30%。", "30%", Some("办事人平均等待时长")),
            // …and a noun written onto the phrase: one noun, not a verb.
            ("政府投资项目审批时限由120天减至41天。", "41天", Some("政府投资项目审批时限")),
            ("推动投资项目审批时限压缩30%。", "30%", Some("投资项目审批时限")),
            ("高新技术企业投资项目审批时限压缩30%。", "30%", Some("企业投资项目审批时限")),
            ("全市数字经济核心产业增加值增长12%。", "12%", Some("数字经济核心产业增加值")),
            ("政府和社会投资项目审批时限分别压缩至70、50个工作日。", "70", Some("投资项目审批时限")),
            // jieba tags some nouns of things as names (`宣传牌/nr`).
            ("设立大型户外宣传牌30余块。", "30余块", Some("设立大型户外宣传牌")),
            // A classifier's first character glued to the noun before it.
            ("打通6部门77个数据字段。", "77个", Some("数据字段")),
            // Services upon application; words of how after a quoted name.
            ("1542项依申请政务服务事项实现“一网通办”。", "1542项", Some("依申请政务服务事项")),
            ("自主创新的15个“一件事”线下全面运行。", "15个", Some("一件事")),
            // …and so does a time before or after something.
            ("审批时限由改革前的20天压缩至5天。", "20天", Some("审批时限")),
            ("户均从业人员由开业时6.07人增加到7.14人。", "6.07人", Some("户均从业人员")),
            // A count of time and 来 say since when.
            ("一年来新设企业开业率近7成。", "7成", Some("新设企业开业率")),
            // A verb of lasting before a span of time is no part of the thing.
            ("“区长企业接待日”坚持4年多,组织了40场。", "4年", Some("区长企业接待日")),
            ("审批时限压缩至3天。", "3天", Some("审批时限")),
            ("重组获批2家全国重点实验室。", "2家", Some("全国重点实验室")),
            ("36项可比可量化指标中20项全省最佳表现达到全国先进水平。", "20项", Some("量化指标")),
            // Without a verb of change the clause before names nothing.
            ("为企业办实事,由原来的30天到5天。", "30天", None),
            ("财政总收入、一般公共预算收入分别达到1073.6亿元和638.7亿元,均保持全省第三。", "第三", Some("财政总收入")),
            ("求助类86.16万件占比40.42%,咨询类82.56万件占比38.74%。", "86.16万件", Some("求助类")),
            ("求助类86.16万件占比40.42%,咨询类82.56万件占比38.74%。", "38.74%", Some("咨询类")),
            ("新增上市企业6家。", "6家", Some("新增上市企业")),
            ("目前,55个新建项目中,大部分已开工。", "55个", Some("新建项目")),
            ("办件量突破100万件暨专项行动启动仪式举行。", "100万件", Some("办件量")),
            ("全市城镇新增就业1.2万人。", "1.2万人", Some("城镇新增就业")),
            ("邀请人大代表、政协委员、律师等60余人走进法院。", "60余人", Some("人大代表")),
            ("邀请律师等60余人走进法院。", "60余人", Some("律师")),
            ("“预约办理”满意率却降至92.80%。", "92.80%", Some("预约办理满意率")),
            ("办理时间却缩短至3天。", "3天", Some("办理时间")),
            ("不见面审批事项占行政审批事项的比重达到91%。", "91%", Some("不见面审批事项")),
            // The whole may stand between 占 and the word of share in a
            // clause of its own: the share is of the figure before's.
            ("民营经济增加值520亿元,占全市比重为56%。", "56%", Some("民营经济增加值")),
            ("实际使用外资增长13.9%,占GDP的比重为85.2%。", "85.2%", Some("实际使用外资")),
            // …and after a scope in the figure's own clause.
            ("开发区地区生产总值占全市比重为42.3%。", "42.3%", Some("地区生产总值")),
            ("其中民营企业占全部企业的比例为92%。", "92%", Some("民营企业")),
            // Without 占 the word of share is the subject.
            ("审批事项的比重达到91%。", "91%", Some("比重")),
            ("原先办理时限53天压减至20天以内。", "53天", Some("办理时限")),
            // Bare 城市 after a count is what is counted.
            ("成都市、泸州市、宜宾市共9个城市为“优秀”等级。", "9个", Some("城市")),
            // 倒数 says where on the list, not what ranks.
            ("信用指数排名全国倒数第三,位居西部第二。", "第二", Some("信用指数")),
            ("主园区地区生产总值增长9.7%,增速稳居全市第一。", "第一", Some("增速")),
            ("GDP排在全省第5位。", "第5位", Some("GDP")),
            // On what basis a rate is counted links it to the figure before.
            ("地方一般公共预算收入6.14亿元,同口径增长48.1%。", "48.1%", Some("地方一般公共预算收入")),
            ("全市实现地区生产总值947.13亿元,按可比价计算同比增长9.5%。", "9.5%", Some("地区生产总值")),
            // 净增 alone counts the net new ones of what the figure before counts.
            ("申请地方政府专项债券资金13.78亿元,净增5.17亿元。", "5.17亿元", Some("净增地方政府专项债券资金")),
            // A 比 glued to the link after it ends a ratio; a comparison stays.
            ("地方财政收入增长3.4%,地方税比达67.1%。", "67.1%", Some("地方税比")),
            ("金融机构存贷比达77.2%。", "77.2%", Some("金融机构存贷比")),
            ("增速比全省高2个百分点。", "2个百分点", Some("增速")),
            // So is a kind of unit after a verb of placing.
            ("一般公共预算收入增长8.31%,增速位居中心城区第三。", "第三", Some("增速")),
            // A longer note in brackets after the subject.
            ("一般公共预算收入(剔除留抵退税因素)同比增长11.8%。", "11.8%", Some("一般公共预算收入")),
            // A head before a word for firms qualifies it; not one before
            // what the next figure measures.
            ("2家平台企业获评电子商务示范企业。", "2家", Some("平台企业")),
            ("两批231项事项申报材料精简39.96%。", "231项", Some("事项")),
            // A quoted name after a count, before 的, is what is counted.
            ("在落实省级3项“一件事”的基础上推进改革。", "3项", Some("一件事")),
            // A count of units before a rank is the set it ranks among.
            ("税收收入增长15.9%,均居全市6县市第1位。", "第1位", Some("税收收入")),
            ("税收收入增长15.9%,居全市6个县市第1位。", "第1位", Some("税收收入")),
            ("GDP增速居全省14个市州第3位。", "第3位", Some("GDP增速")),
            // A clause of only a change continues the clause before.
            ("全年地区生产总值跃上百亿元台阶,增长3.8%。", "3.8%", Some("地区生产总值")),
            ("营商环境持续优化,同比提升15%。", "15%", Some("营商环境")),
            ("营商环境评价创历史新高,同比提升15%。", "15%", None),
            ("成立服务中心2个机构,增加18个编制。", "18个", None),
            // One-word items share the rest of the last item's phrase.
            ("城镇和农村居民人均可支配收入分别为34621元、19426元。", "34621元", Some("城镇居民人均可支配收入")),
            ("城镇和农村居民人均可支配收入分别为34621元、19426元。", "19426元", Some("农村居民人均可支配收入")),
            ("省级和市级重点项目分别达到12个、30个。", "12个", Some("省级重点项目")),
            // jieba reads 农村居民 as a person's name.
            ("农村居民人均可支配收入17225元。", "17225元", Some("农村居民人均可支配收入")),
            ("“标准地”已占总出让土地约60%。", "60%", Some("标准地")),
            ("咨询类诉求124599件,占63.72%;", "63.72%", Some("咨询类诉求")),
            // jieba glues 压 to 时长; it goes back to 减至.
            ("时长压减至20个工作日以内。", "20个工作日", Some("时长")),
            ("办理手续最快需要67个工作日。", "67个工作日", Some("办理手续")),
            ("累计缓缴费用14.1亿元。", "14.1亿元", Some("缓缴费用")),
            // A noun of time after a year says when (`年度目标` stays whole).
            ("营商环境排名2023年度名列全省第10名。", "第10名", Some("营商环境")),
            ("完成年度目标70%以上。", "70%", Some("年度目标")),
            ("外贸进出口2229.75亿元,完成年度目标任务的54.7%,同比增长24.1%。", "24.1%", Some("外贸进出口")),
            ("占比达30.2%,同比提高2个百分点。", "2个百分点", Some("占比")),
            // `时` after a year says when.
            ("2018年证件数量为2.3个,2019年时为1.0个。", "1.0个", Some("证件数量")),
            // A noun right before the figure names it, not the noun after 的.
            ("总投资592亿元的华润·赤壁示范区项目落地。", "592亿元", Some("总投资")),
            ("为企业提供9000万元的预授信。", "9000万元", Some("预授信")),
            // Whom the action benefits is not what is measured.
            ("累计为企业减税降费3.5亿元。", "3.5亿元", Some("减税降费")),
            ("帮助企业融资8.6亿元。", "8.6亿元", Some("融资")),
            ("为企业代办事项120余件。", "120余件", Some("代办事项")),
            // …also when a count of them comes between.
            ("为1754户次小微企业授信发放贷款12.3亿元。", "12.3亿元", Some("授信发放贷款")),
            ("为全市1.2万家规上企业配备服务专员386名。", "386名", Some("配备服务专员")),
            ("为全市1.2万家规上企业配备服务专员386名。", "1.2万家", Some("规上企业")),
            // 各类 after 新增 is passed over; after another verb the phrase
            // starts past it.
            ("乐至县新增各类经营主体5312户。", "5312户", Some("新增经营主体")),
            // Jieba's `新/a 登记/v 各类/r`; the word of sorts counts for no word.
            ("全年新登记各类经营主体5.6万户。", "5.6万户", Some("新登记经营主体")),
            // A time stated inside the clause is no part of the subject.
            ("城步县、新宁县一季度新增经营主体分别下降3.1%和1.7%。", "3.1%", Some("新增经营主体")),
            // A Latin term with a digit is part of the name.
            ("全市新增5G基站4200个。", "4200个", Some("新增5G基站")),
            ("新增4A级旅游景区2家。", "2家", Some("新增4A级旅游景区")),
            ("累计办理各类税金减免8.70亿元。", "8.70亿元", Some("税金")),
            ("为企业减负3亿元。", "3亿元", Some("企业减负")),
        ];
        assert_subjects(&cases);
    }

    #[test]
    fn a_year_on_year_change_is_the_change_of_the_figure_before() {
        let cases = [
            ("新增经营主体20119户,创历史新高,同比增长35.5%。", "35.5%", Some("新增经营主体")),
            ("全年共有6,532间新公司成立,按年增加21.4%。", "21.4%", Some("新公司")),
            ("新增经营主体20119户,创历史新高,比去年同期增长35.5%。", "35.5%", Some("新增经营主体")),
            ("全市税收收入52亿元,位居全省前列,较上年增长8%。", "8%", Some("税收收入")),
            // A clause of comment without a year-on-year word stays apart.
            ("新增经营主体20119户,创历史新高,增长35.5%。", "35.5%", None),
            // Nor does a clause with a word of its own, if too short to name (`量`).
            ("新增经营主体20119户,创历史新高,量同比提高35.5%。", "35.5%", None),
        ];
        assert_subjects(&cases);
    }

    #[test]
    fn a_verb_names_a_figure_only_next_to_it() {
        let cases = [
            ("审批时限压缩至29个工作日,审批提速67%。", "67%", Some("审批")),
            ("对企业家的诉求闭环管理,2天内交办、2周内回复、100%回访。", "2天", Some("交办")),
            ("对企业家的诉求闭环管理,2天内交办、2周内回复、100%回访。", "100%", Some("回访")),
            // With its object, when the two end the clause.
            ("实现2个工作日内取得施工通知单,1个工作日内便取得了用地批文。", "2个工作日", Some("取得施工通知单")),
            ("实现2个工作日内取得施工通知单,1个工作日内便取得了用地批文。", "1个工作日", Some("取得用地批文")),
            // Not a verb that governs the figure, nor one the clause goes on
            // past: 楼宇 (a noun jieba tags as a name) is what is counted.
            ("持续推动全区40栋楼宇发展。", "40栋", Some("楼宇")),
            ("至少耗费两三天,现在20分钟就办妥了。", "两三天", None),
            // A verb with its object that ends the clause names a time limit.
            ("收到申请后,3天内审核材料。", "3天", Some("审核材料")),
        ];
        assert_subjects(&cases);
    }

    #[test]
    fn a_rank_with_no_subject_is_on_the_list_named_before_it() {
        let s = "杂志公布了“2019年中国外贸百强城市”榜单,湘潭市位居第49位。";
        assert_eq!(subject_of(s, "第49位").as_deref(), Some("中国外贸百强城市"));
        let s = "发布“2023年度全国县域营商环境”排行榜,我县排名第18位。";
        assert_eq!(subject_of(s, "第18位").as_deref(), Some("全国县域营商环境"));
        let s = "在全国工商联发布的2023年度“万家民营企业评营商环境”中,长沙位居全国第8位。";
        assert_eq!(subject_of(s, "第8位").as_deref(), Some("万家民营企业评营商环境"));
        let s = "株洲市营商环境考核中,醴陵市连续两年排名第一。";
        assert_eq!(subject_of(s, "第一").as_deref(), Some("株洲市营商环境考核"));
        let s = "市场监管指标在2020年的营商环境评价中取得全省第二名。";
        assert_eq!(subject_of(s, "第二名").as_deref(), Some("市场监管指标"));
        let s = "在2020年的营商环境评价中,我市取得全省第二名。";
        assert_eq!(subject_of(s, "第二名").as_deref(), Some("营商环境评价"));
        let s = "在2023年度“万家民营企业评营商环境”调查中,我市位列全国第15位。";
        assert_eq!(subject_of(s, "第15位").as_deref(), Some("万家民营企业评营商环境"));
        let s = "在赛迪顾问发布的《2023中国县域经济百强研究》中,该县排名第21位。";
        assert_eq!(subject_of(s, "第21位").as_deref(), Some("中国县域经济百强研究"));
        let s = "我市入围“2023中国城市营商环境百强榜”,居第36位。";
        assert_eq!(subject_of(s, "第36位").as_deref(), Some("中国城市营商环境百强榜"));
        // A subject of its own comes first; a quote that is no list is none.
        let s = "公布了“2019年中国外贸百强城市”榜单,湘潭市进出口总额位居第49位。";
        assert_eq!(subject_of(s, "第49位").as_deref(), Some("进出口总额"));
        assert_eq!(subject_of("推行“一网通办”,湘潭市位居第49位。", "第49位"), None);
        // `我县` is the place, not what is ranked.
        assert_eq!(subject_of("推行“一网通办”,我县排名第18位。", "第18位"), None);
        // Entering a top group places what entered.
        assert_eq!(subject_of("江山市获评优秀等次,13个指标进入全省前30%。", "30%").as_deref(), Some("指标"));
        // A result word after the rank names nothing.
        let s = "在2022年市对县“营商环境指数”考核中,取得全市第四的好成绩。";
        assert_eq!(subject_of(s, "第四").as_deref(), Some("营商环境指数"));
    }

    #[test]
    fn a_figure_named_by_the_verb_of_the_subject_before_shares_it() {
        let s = "今年新增市场主体3.2万户。其中,醴陵市新增6200户,攸县新增4100户。";
        assert_eq!(subject_of(s, "6200户").as_deref(), Some("新增市场主体"));
        assert_eq!(subject_of(s, "4100户").as_deref(), Some("新增市场主体"));
        let s = "新登记经营主体15.8万户。其中,章贡区新增1.9万户,南康区新增2.3万户。";
        assert_eq!(subject_of(s, "1.9万户").as_deref(), Some("新登记经营主体"), "parts after 其中");
        assert_eq!(subject_of(s, "2.3万户").as_deref(), Some("新登记经营主体"));
        // Past a growth rate of the total, to the figure in the parts' unit.
        let s = "全市新增经营主体1.86万户,同比增长6.2%。其中,邵东市3120户、隆回县2050户。";
        assert_eq!(subject_of(s, "3120户").as_deref(), Some("新增经营主体"));
        assert_eq!(subject_of(s, "2050户").as_deref(), Some("新增经营主体"));
        let s = "新登记经营主体15.8万户。其中,章贡区新增1.9万元。";
        assert_eq!(subject_of(s, "1.9万元"), None, "another unit");
        let s = "今年新增市场主体3.2万户。\n醴陵市新增6200户。";
        assert_eq!(subject_of(s, "6200户"), None, "another paragraph");
    }

    #[test]
    fn a_rank_in_an_unquoted_evaluation_is_on_that_list() {
        // The evaluation without its year and scope; jieba's `市中/s` is a
        // level and the postposition.
        let s = "在2024年度全省营商环境评价中,赣州市位列第2名。";
        assert_eq!(subject_of(s, "第2名").as_deref(), Some("营商环境评价"));
        let s = "去年,寿光在全国综合实力百强县市中排名第18位,较上年前移2位。";
        assert_eq!(subject_of(s, "第18位").as_deref(), Some("综合实力百强县市"));
        assert_eq!(subject_of(s, "2位").as_deref(), Some("综合实力百强县市"), "the move continues the rank");
        // Places compared are no evaluation; a subject of its own comes first.
        assert_eq!(subject_of("在全国各城市中,我市排名第三。", "第三"), None);
        let s = "在全省营商环境评价中,我市企业开办指标排名第3。";
        assert_eq!(subject_of(s, "第3").as_deref(), Some("企业开办指标"));
    }

    #[test]
    fn adverbs_and_words_of_within_are_no_part_of_a_subject() {
        assert_subjects(&[
            ("截至6月底尚有127笔、金额4.3亿元未清偿。", "4.3亿元", Some("金额")),
            ("个别企业一年内接受检查超过10次。", "10次", Some("接受检查")),
            // Words of the domain jieba lacks: no name (`普惠小微/nr`), no split.
            ("普惠小微贷款余额1.26万亿元。", "1.26万亿元", Some("普惠小微贷款余额")),
            ("全省政务服务事项网上可办率达到98.6%。", "98.6%", Some("政务服务事项网上可办率")),
            ("对14家享受研发奖补的科技型中小微企业给予支持。", "14家", Some("科技型中小微企业")),
        ]);
    }

    #[test]
    fn a_share_of_a_whole_is_of_what_stands_before_the_verb() {
        assert_subjects(&[
            ("平均承诺时限为法定时限的62%。", "62%", Some("平均承诺时限")),
            ("承诺时限平均为法定时限的38%。", "38%", Some("承诺时限")),
            ("一般公共预算收入完成全年收入目标的32.5%。", "32.5%", Some("一般公共预算收入")),
            // With nothing before the verb, the whole still names it.
            ("达到全省平均水平的120%。", "120%", Some("平均水平")),
        ]);
    }

    #[test]
    fn a_negating_prefix_stays_with_its_noun() {
        let s = "落实对非高耗能工商企业电费优惠5%。";
        assert_eq!(subject_of(s, "5%").as_deref(), Some("非高耗能工商企业电费优惠"));
    }

    #[test]
    fn a_verb_inside_a_counted_phrase_closed_by_a_head_noun() {
        assert_subjects(&[
            ("对213个地方予以督查激励,采取30项奖励支持措施。", "30项", Some("奖励支持措施")),
            // A phrase a verb opens may run past 8 characters to its head
            // noun, up to the 12 a head may close at.
            ("在80项相对集中行政许可事项实现全流程闭环运行。", "80项", Some("相对集中行政许可事项")),
            ("气候可行性论证等22项评估审批事项实行区域性集中评价。", "22项", Some("评估审批事项")),
            ("设立2000万元产业发展引导基金。", "2000万元", Some("产业发展引导基金")),
            // No head noun: the phrase ends at its last noun before the verb.
            ("我市共获得5项督查激励表扬。", "5项", Some("督查")),
            // A head may close it two words past the four (as it may after
            // a phrase of nouns); one farther off is not reached.
            ("推出99项营商环境改革创新具体举措。", "99项", Some("营商环境改革创新具体举措")),
            ("推出99项营商环境改革创新重点具体举措。", "99项", Some("营商环境")),
            // After people, a verb is what they do, not a modifier.
            ("全县161名驻企服务专员走访企业。", "161名", Some("驻企服务专员")),
        ]);
    }

    #[test]
    fn a_quoted_list_named_before_a_rank_without_its_year() {
        let s = "获评“2019年全国经开区营商环境指数”第1、“2019年度中国营商环境十佳经济开发区”第1、“最佳示范区”。";
        let doc = normalize(s);
        let mentions = extract(&doc, &quotes(&doc));
        let ranks: Vec<Option<String>> = subjects(&doc, &mentions)
            .into_iter()
            .zip(&mentions)
            .filter(|(_, m)| m.kind == Kind::Rank)
            .map(|(s, _)| s)
            .collect();
        assert_eq!(ranks, [Some("全国经开区营商环境指数".to_owned()), Some("中国营商环境十佳经济开发区".to_owned())]);
    }

    #[test]
    fn every_level_passes_the_first_character_test() {
        for &level in LEVELS {
            let w = Word { text: level, tag: "n", start: 0, end: 1, byte_start: 0, byte_end: level.len() };
            assert!(is_level(&w), "{level}");
        }
    }

    #[test]
    fn levels_of_government_are_where_a_figure_holds() {
        let s = "国家18个、自治区26个及本市18个重点事项实现“一件事一次办”。";
        for figure in ["18个", "26个"] {
            assert_eq!(subject_of(s, figure).as_deref(), Some("重点事项"), "{figure}");
        }
        assert_subjects(&[
            ("移交市纪委监委查办40件。", "40件", Some("纪委监委查办")),
            // After a count a level is what is counted; as a qualifier it stays.
            ("全市13个县(市、区)推广。", "13个", Some("县")),
            // (新增 stays too, as in the gold's `新增上市企业`.)
            ("新增省级专精特新中小企业144家。", "144家", Some("新增省级专精特新中小企业")),
            // A figure with a subject of its own keeps it.
            ("国家级企业18家、自治区26个重点事项。", "18家", Some("国家级企业")),
        ]);
    }

    #[test]
    fn what_a_place_has_is_no_part_of_the_subject() {
        assert_subjects(&[
            ("我市现有规上工业企业349家。", "349家", Some("规上工业企业")),
            // A count per head keeps its verb: it is what is measured.
            ("每千人拥有企业88.8户。", "88.8户", Some("每千人拥有企业")),
            // A per-head base is one noun, and 高 written onto a noun is
            // part of it.
            ("每万人口高价值发明专利拥有量6.8件。", "6.8件", Some("每万人口高价值发明专利拥有量")),
            ("每十万人口拥有律师12人。", "12人", Some("每十万人口拥有律师")),
            ("全市每百户企业拥有商标30件。", "30件", Some("每百户企业拥有商标")),
        ]);
    }

    #[test]
    fn nouns_tagged_as_verbs_head_the_phrase_after_a_count() {
        // jieba tags both 创新 and 举措 as verbs.
        assert_subjects(&[("“九门联动”“十大行动”等25项创新举措。", "25项", Some("创新举措"))]);
        // jieba tags 就业 (employment) as a verb: it names what is counted.
        assert_subjects(&[("发放贷款1.2亿元,带动就业2300多人。", "2300多人", Some("就业"))]);
        // So are 诉求 (demands) and 投诉 (complaints).
        assert_subjects(&[("便民热线全年受理诉求28.6万件。", "28.6万件", Some("诉求"))]);
        // And tax cuts and refunds, counted in money.
        assert_subjects(&[("三年来,全县减税12亿元。", "12亿元", Some("减税"))]);
    }

    #[test]
    fn a_classifier_ends_a_list_and_a_level_alone_names_nothing() {
        // A classifier tagged as a noun is no listed name.
        let s = "下沉执法权限97项、执法人员96名,9个镇街全部实现下沉。";
        assert_subjects(&[(s, "96名", Some("执法人员"))]);
        // A level alone is where, not what: the share is of the noun after it.
        let s = "将区级80%以上高频政务服务事项下沉镇街。";
        assert_subjects(&[(s, "80%", Some("高频政务服务事项"))]);
    }

    #[test]
    fn a_figure_ends_a_word_when_what_follows_groups_without_it() {
        // Jieba alone cuts `家中/小型企业`.
        let s = "为132家中小型企业办理续贷业务。";
        assert_subjects(&[(s, "132家", Some("中小型企业"))]);
        // `天内` stays one word: what is done within the time follows it.
        let s = "对企业的诉求闭环管理,2天内交办、2周内回复。";
        assert_subjects(&[(s, "2天", Some("交办")), (s, "2周", Some("回复"))]);
    }

    #[test]
    fn a_clause_of_a_link_and_a_figure_continues_the_clause_before() {
        assert_subjects(&[("GDP总量跨越千亿台阶,达1023.6亿元。", "1023.6亿元", Some("GDP总量"))]);
        // The running total of what is new is the total of the things.
        let s = "1-6月,全县新增市场主体4860户,累计达到9.8万户。";
        assert_subjects(&[(s, "4860户", Some("新增市场主体")), (s, "9.8万户", Some("市场主体"))]);
        // The least or the most of what the clause before names.
        assert_subjects(&[("绥宁县用气报装时间最短,仅为2天。", "2天", Some("用气报装时间"))]);
        assert_subjects(&[("全市办件量最多,达3000件。", "3000件", Some("办件量"))]);
        // …and the whole the figure is a part of.
        let s = "全区1000余项政务服务事项中,有98.5%实现“网上办”。";
        assert_subjects(&[(s, "98.5%", Some("政务服务事项"))]);
        let s = "全市A级纳税人达1200户,其中A级820户、B级380户。";
        assert_subjects(&[(s, "820户", Some("纳税人")), (s, "380户", Some("纳税人"))]);
    }

    #[test]
    fn a_cycle_a_comparison_past_function_words_and_a_zone() {
        assert_subjects(&[("民商事案件平均审理周期缩短至68天。", "68天", Some("民商事案件平均审理周期"))]);
        let s = "普惠小微贷款余额达386.2亿元,增速高于各项贷款平均增速6.8个百分点。";
        // (The growth is the balance's, named before.)
        assert_subjects(&[(s, "6.8个百分点", Some("普惠小微贷款余额增速"))]);
        let s = "大连市旅顺经济技术开发区排名较上一年度攀升5位。";
        // The zone is where, not what; the places moved are of its ranking.
        assert_subjects(&[(s, "5位", Some("排名"))]);
        // The base a change is reckoned on is no subject.
        let s = "平均承诺时限在法定时限基础上压缩50%以上,审批时限在原有基础上再压缩30%。";
        assert_subjects(&[(s, "50%", Some("平均承诺时限")), (s, "30%", Some("审批时限"))]);
        // A change compared with another year is the level's, not the
        // target's it met.
        let s = "一审案件的平均用时为111.65天,实现130天的目标要求,比2020年缩短了87.7天,比2019年缩短了107.61天。";
        assert_subjects(&[(s, "87.7天", Some("平均用时")), (s, "107.61天", Some("平均用时"))]);
    }

    #[test]
    fn signs_and_bounds_of_comparison_link() {
        assert_subjects(&[("好评率≥98%。", "98%", Some("好评率"))]);
        assert_subjects(&[("覆盖率大于90%。", "90%", Some("覆盖率"))]);
        assert_subjects(&[("全市经济稳中向好,为近年最好水平,达8%。", "8%", None)]);
        // `要` needs a figure like `需`, also glued to a bound (`要近/a`).
        assert_subjects(&[("企业开办要近3天。", "3天", Some("企业开办"))]);
        // A place the dictionary tags as another proper name.
        assert_subjects(&[("2019年南通GDP总量达到了9383亿元。", "9383亿元", Some("GDP总量"))]);
        assert_subjects(&[("用时较2022年减少21天,压减幅度35.6%。", "35.6%", Some("压减幅度"))]);
        // What the figure is compared with may be a place of several words.
        let s = "平均用时比全国标杆城市多12个工作日。";
        assert_subjects(&[(s, "12个工作日", Some("平均用时"))]);
        let s = "在2023年湖南省县域营商环境评价中,天元区排名全省第三、全市第一。";
        assert_subjects(&[(s, "第三", Some("湖南省县域营商环境评价"))]);
        // The level a change reaches, past a word of how it was made.
        assert_subjects(&[("审批时间逐步从88个工作日分阶段压缩至目前的零个工作日。", "零个工作日", Some("审批时间"))]);
    }

    #[test]
    fn verbs_tagged_as_nouns_end_the_phrase_after_a_count() {
        assert_subjects(&[
            ("·80个套餐上线“渝快办”", "80个", Some("套餐")),
            ("今年已有12个重大招商成果落地。", "12个", Some("重大招商成果")),
        ]);
    }

    #[test]
    fn a_quoted_name_that_ends_a_counted_item_is_what_is_counted() {
        let s = "率先推出7项“秒报”和5项“智能辅助审批”服务。";
        assert_subjects(&[
            (s, "7项", Some("秒报")),
            (s, "5项", Some("智能辅助审批服务")),
            ("营商环境从第162位到第36位的“福清密码”。", "第36位", Some("营商环境")),
            // A quoted noun phrase closed by a head noun, a verb after it.
            ("内蒙古11.8万项“政务服务事项”实现“免证办”。", "11.8万项", Some("政务服务事项")),
        ]);
    }

    #[test]
    fn a_quote_inside_a_quote_names_a_subject() {
        assert_subjects(&[
            ("他说:“我县办理‘一件事一次办’事项19172件。”", "19172件", Some("一件事一次办事项")),
            ("他说:“已有200个‘一件事一次办’事项实现网上办理。”", "200个", Some("一件事一次办事项")),
        ]);
    }

    #[test]
    fn a_word_read_as_a_name_inside_a_noun_run_is_a_noun() {
        let s = "该服务举措已惠及全市3.02万户小微企业。";
        assert_eq!(subject_of(s, "3.02万户").as_deref(), Some("小微企业"));
        // jieba tags 许可 and 小微 as names of people.
        assert_subjects(&[
            ("“证照分离”改革县级涉企许可事项67项。", "67项", Some("县级涉企许可事项")),
            ("全市小微企业新增贷款104亿元。", "104亿元", Some("小微企业新增贷款")),
        ]);
    }

    #[test]
    fn a_word_read_as_a_place_with_a_noun_suffix_is_a_noun() {
        // jieba tags 满意度 as a place.
        assert_subjects(&[("办结率98.4%,满意度98.7%。", "98.7%", Some("满意度"))]);
    }

    #[test]
    fn a_zone_is_a_place_not_a_subject() {
        let s = "市级赋权中北高新区行政管理事权391项、西山示范区259项、清徐开发区30项,阳曲示范区48项。";
        for figure in ["259项", "30项", "48项"] {
            assert_eq!(subject_of(s, figure).as_deref(), Some("行政管理事权"), "{figure}");
        }
        assert_eq!(subject_of("全市共有5个示范区。", "5个").as_deref(), Some("示范区"));
        // A zone's suffix cut off its place's name (`长沙/ns 经济/n 技术开发区`).
        assert_subjects(&[
            ("长沙经济技术开发区新增企业300家。", "300家", Some("新增企业")),
            ("宁乡高新技术产业开发区新增企业3家。", "3家", Some("新增企业")),
            // Also where the word limit cuts the phrase inside the zone's name.
            ("广州经济技术开发区营商环境指数全国第一", "第一", Some("营商环境指数")),
        ]);
    }

    #[test]
    fn a_threshold_of_money_after_a_count_grades_the_counted_noun() {
        assert_subjects(&[
            ("新开工健身中心、微电子等5个过亿元重点项目。", "5个", Some("重点项目")),
            ("新开工5个亿元以上重点项目。", "5个", Some("重点项目")),
            ("引进5个超10亿元产业项目。", "5个", Some("产业项目")),
            ("引进5个超10亿元产业项目。", "10亿元", Some("产业项目")),
            ("签约3个10亿元级项目。", "3个", Some("项目")),
            ("签约3个超1.5亿元项目。", "3个", Some("项目")),
        ]);
    }

    #[test]
    fn a_short_place_name_read_as_a_noun_is_a_place() {
        assert_subjects(&[
            ("今年1-9月,孝感新登记企业1.2万户。", "1.2万户", Some("新登记企业")),
            ("巧家每千人拥有市场主体104.2户。", "104.2户", Some("每千人拥有市场主体")),
            // A name cut from its suffix (`八宿/n 市共`) is not read as a
            // place; the bound glued to the suffix ends the phrase there.
            ("八宿市共新增市场主体9306户。", "9306户", Some("新增市场主体")),
        ]);
    }

    #[test]
    fn a_conjunction_glued_to_the_unit_ends_the_phrase() {
        let s =
            "出台工业助企纾困若干措施13条、中小微企业助企纾困若干措施15条及强化市场主体倍增要素服务保障若干措施8条。";
        assert_eq!(subject_of(s, "15条").as_deref(), Some("措施"));
    }

    #[test]
    fn a_per_unit_opens_the_noun_after_it() {
        let cases = [
            ("楼均GDP、税收年产出居西部第1。", "第1", Some("税收年产出")),
            ("企业年营收超过1亿元。", "1亿元", Some("企业年营收")),
            ("全县亩均税收达30万元。", "30万元", Some("亩均税收")),
            ("如今,85%的日办结量当场受理。", "85%", Some("日办结量")),
            // Nor after a pronoun: `每年` is when, not what.
            ("企业营收每年增长10%。", "10%", Some("企业营收")),
            // After a number, 年 is a date's or a duration's.
            ("2023年企业营收达到5亿元。", "5亿元", Some("企业营收")),
            ("3月企业营收增长8%。", "8%", Some("企业营收")),
        ];
        assert_subjects(&cases);
    }

    #[test]
    fn modal_and_streak_words_are_no_part_of_a_subject() {
        assert_eq!(subject_of("亩均税收有望提高到165万元。", "165万元").as_deref(), Some("亩均税收"));
        assert_eq!(subject_of("力争工业总产值2026年突破2000亿元。", "2000亿元").as_deref(), Some("工业总产值"));
        assert_eq!(subject_of("投资额844.4亿元,预计年产值399.4亿元。", "399.4亿元").as_deref(), Some("年产值"));
        // Nothing is left to name: no subject rather than the adverb.
        assert_eq!(subject_of("至少耗费两三天,现在20分钟就办妥了。", "两三天"), None);
        // A topic set before the figure's clause, not a frame.
        let s = "在查看企业信用信息系公开统的市场主体比例上,2019年达到58%,高于2018年约10个百分点。";
        assert_eq!(subject_of(s, "58%").as_deref(), Some("市场主体比例"));
        assert_eq!(subject_of(s, "10个百分点").as_deref(), Some("市场主体比例"), "compared, after the topic");
        // A topic listing as many things as the figures' list: each its own.
        let s = "在登记注册所需时间和办理证件数量上,云南省从2018年的6.4天和2.4个分别下降至2019年的2.9天和2.2个。";
        assert_eq!(subject_of(s, "6.4天").as_deref(), Some("登记注册所需时间"));
        assert_eq!(subject_of(s, "2.4个").as_deref(), Some("办理证件数量"));
        assert_eq!(subject_of(s, "2.9天").as_deref(), Some("登记注册所需时间"));
        assert_eq!(subject_of(s, "2.2个").as_deref(), Some("办理证件数量"));
        let s = "在查看公示系统的比例上,2019年达到58%,去年10个百分点。";
        assert_eq!(subject_of(s, "10个百分点"), None, "no word of comparison");
        assert_eq!(subject_of("在企业开办时间方面,已压缩至1个工作日。", "1个工作日").as_deref(), Some("企业开办时间"));
        assert_eq!(subject_of("在此基础上,2023年达到58%。", "58%"), None);
        assert_eq!(subject_of("在推进改革上,累计达到58%。", "58%"), None);
        let s = "日均业务受理量由成立之初的1400多件增长到目前的4500多件。";
        assert_eq!(subject_of(s, "1400多件").as_deref(), Some("日均业务受理量"));
        assert_eq!(subject_of(s, "4500多件").as_deref(), Some("日均业务受理量"));
        // Particles link: 得 (`ud`), 过 (`ug`), 地 (`uv`).
        assert_eq!(subject_of("获得第三名,可得奖金4000万元。", "4000万元").as_deref(), Some("奖金"));
        // Degree adverbs before the change verb.
        let s = "市场主体比例从2018年的44%大幅度增长至2019年的57%。";
        assert_eq!(subject_of(s, "57%").as_deref(), Some("市场主体比例"));
    }

    #[test]
    fn a_count_names_the_phrase_up_to_its_head_noun() {
        let cases = [
            // The phrase runs to the head noun, past nouns and verbal nouns.
            ("积极融圈入群,实现1000个政务服务事项“跨市通办”。", "1000个", "政务服务事项"),
            ("杨桥镇、迎仙镇等5个乡镇试点“就近办”。", "5个", "乡镇"),
            ("对2300多家重点内保单位开展检查。", "2300多家", "重点内保单位"),
            ("37个部门和单位就18个营商环境评价指标优化目标进行了公开承诺。", "18个", "营商环境评价指标"),
            ("率先推出30项智慧“秒批”、7项“秒报”服务。", "30项", "智慧秒批"),
            // A list of the strongest is a noun; after 的 the noun ends at the clause's verb.
            ("成功引进500强企业3家。", "3家", "500强企业"),
            ("全区三分之二的乡镇建成便民服务中心。", "三分之二", "乡镇"),
            // jieba glues the classifier to the noun (`个村/n`, `位市/n`).
            ("全市118个村(社区)实现“家门口办”。", "118个", "村"),
            ("36位市领导组成“帮帮团”。", "36位", "市领导"),
            ("率先成立北上广深四个特大城市中的首个。", "四个", "特大城市"),
            // A grade's bound and the conjunction to the next grade.
            ("改革覆盖全市12个省级以上园区。", "12个", "省级以上园区"),
            ("全市有12个国家级和省级园区。", "12个", "国家级和省级园区"),
            // What follows the head is the rest of the clause.
            ("45家企业申报知识产权质押融资。", "45家", "企业"),
            ("共精简1729个事项办理环节。", "1729个", "事项"),
            // jieba tags 举措 as a verb.
            ("一口气列出了26条具体举措。", "26条", "具体举措"),
            // A clause closed by `的` describes the head noun after it.
            ("对高新区14家享受研发奖补的科技型中小微企业发放贷款。", "14家", "科技型中小微企业"),
            ("全年引进5个投资超亿元的项目。", "5个", "项目"),
            // With no head noun, the phrase ends at its last noun.
            ("诚信法治环境等方面的12类突出问题。", "12类", "突出问题"),
            // A word closing the list after 等 is no part of the phrase.
            ("解决投融资需求、用工保障等方面实际问题近4000件。", "4000件", "实际问题"),
            ("从各部门抽调263名专业骨干、专家教授组成服务队伍。", "263名", "专业骨干"),
            // Money given is a head however jieba tags it (`奖励/vn`), as
            // the public gold reads `财政奖励`.
            ("发放100万元财政奖励。", "100万元", "财政奖励"),
        ];
        for (sentence, mention, want) in cases {
            assert_eq!(subject_of(sentence, mention).as_deref(), Some(want), "{sentence}");
        }
        // With no head noun after `的`, the clause is not read as describing it.
        let got = subject_of("安排1000万元用于支持企业的发展。", "1000万元");
        assert_ne!(got.as_deref(), Some("发展"));
    }

    #[test]
    fn verbs_and_adverbs_between_subject_and_number() {
        // `平均` links like `均`, and is not cut down to `平`.
        assert_eq!(subject_of("审批时间平均缩短至1.5小时。", "1.5小时").as_deref(), Some("审批时间"));
        // A dictionary word ending in a bound character keeps it.
        assert_eq!(subject_of("全县农民人均达1.2万元。", "1.2万元").as_deref(), Some("农民人均"));
        // jieba cuts `压减至` as `压/减至`: both govern the number.
        assert_eq!(subject_of("审批时限分别压减至3个工作日。", "3个工作日").as_deref(), Some("审批时限"));
        // What a figure is compared with is no part of its subject.
        assert_eq!(subject_of("产值增长9.2%,增速高出全省平均3.5个百分点。", "3.5个百分点").as_deref(), Some("增速"));
        // A quoted name heads the noun after it.
        assert_eq!(subject_of("政务服务事项“一网通办”率达到95%。", "95%").as_deref(), Some("一网通办率"));
        // A figure compared with, past the place it belongs to.
        let s = "开办时间压缩至1个工作日以内,比广东省规定的3个工作日提速67%。";
        assert_eq!(subject_of(s, "3个工作日").as_deref(), Some("开办时间"));
        assert_eq!(subject_of(s, "67%").as_deref(), Some("开办时间"));
        // jieba's made-up name of a word and a bound (`占地约/nr`).
        assert_eq!(subject_of("该项目总投资15亿元,占地约120亩。", "120亩").as_deref(), Some("占地"));
        // A version number written into a name is part of it; before a
        // unit it is a figure.
        let s = "通过155条营商环境3.0措施解决企业诉求,推出营商环境5.0版改革措施120项。";
        assert_eq!(subject_of(s, "155条").as_deref(), Some("营商环境3.0措施"));
        assert_eq!(subject_of(s, "120项").as_deref(), Some("营商环境5.0版改革措施"));
        assert_eq!(subject_of("企业满意度4.0分。", "4.0分").as_deref(), Some("企业满意度"));
        assert_eq!(subject_of("工业增加值增幅3.0个百分点。", "3.0个百分点").as_deref(), Some("工业增加值增幅"));
        // Money after a verbal noun is no stage of what the figure before
        // counted (only counts are).
        let s = "滚动推动总投资400.3亿元、年度计划完成投资38.98亿元的88个重大项目。";
        assert_ne!(subject_of(s, "38.98亿元").as_deref(), Some("投资推动总投资"));
        // …and its guess of one (`营收达/v`), a noun it tags as a verb.
        let s = "全区高新技术产业营收达1558.47亿元。";
        assert_eq!(subject_of(s, "1558.47亿元").as_deref(), Some("高新技术产业营收"));
        let s = "同比提高10个百分点,增幅在全省二类县市中排名第一。";
        assert_eq!(subject_of(s, "第一").as_deref(), Some("增幅"), "the set ranked among is no subject");
        // …without 中 too, after a scope; in a clause of its own, the clause
        // before names it. A set of units only, not an evaluation.
        let s = "先行区创建数量在全省县市区并列第一。";
        assert_eq!(subject_of(s, "第一").as_deref(), Some("先行区创建数量"));
        let s = "全区的森林覆盖率已经达到61.88%,在全省市辖区位居第一。";
        assert_eq!(subject_of(s, "第一").as_deref(), Some("森林覆盖率"));
        let s = "在全省营商环境评价排名第三。";
        assert_eq!(subject_of(s, "第三").as_deref(), Some("营商环境评价"));
        let s = "同比增长16.2%,增幅居赣州市第2位。";
        assert_eq!(subject_of(s, "第2位").as_deref(), Some("增幅"), "the place a rank holds in");
        // An adjective that takes the level by way of 在.
        let s = "确保企业开办时间稳定在0.5个工作日以内。";
        assert_eq!(subject_of(s, "0.5个工作日").as_deref(), Some("企业开办时间"));
        // Modal words and 缩减 link; 得分 is a noun jieba tags as a verb.
        let s = "审批时间压缩到15个工作日,最快可在8小时内完成。";
        assert_eq!(subject_of(s, "8小时").as_deref(), Some("审批时间"));
        assert_eq!(subject_of("注销时间从平均20天缩减至3天。", "3天").as_deref(), Some("注销时间"));
        assert_eq!(subject_of("2023年得分92.5分。", "92.5分").as_deref(), Some("得分"));
        assert_eq!(subject_of("营收环比下降2.1%。", "2.1%").as_deref(), Some("营收"));
        assert_eq!(subject_of("通过平台累计放款12.3亿元。", "12.3亿元").as_deref(), Some("放款"));
        // `收入/v` after a list mark: the amount of income.
        let s = "实现鲜食葡萄销售18.74万吨、收入9.3亿元。";
        assert_eq!(subject_of(s, "9.3亿元").as_deref(), Some("收入"));
        // `时/n 长/a` is one noun; 保持 links a streak's subject to its level.
        assert_eq!(subject_of("平均办理时长缩短至2.5天。", "2.5天").as_deref(), Some("平均办理时长"));
        assert_eq!(subject_of("好评率连续36个月保持100%。", "100%").as_deref(), Some("好评率"));
        // jieba glues the share's 比 to the link (`占/v 比达/nrt`).
        assert_eq!(subject_of("实现1862项事项“一趟不用跑”,占比达92.6%。", "92.6%").as_deref(), Some("占比"));
        // Dates between are passed over; an average rate continues the subject.
        let s = "市场主体从2020年底的25.3万户增长到2023年11月底的36.2万户,年均增长12.7%。";
        for figure in ["25.3万户", "36.2万户", "12.7%"] {
            assert_eq!(subject_of(s, figure).as_deref(), Some("市场主体"), "{figure}");
        }
        assert_eq!(subject_of("特别是2022年在全省第8名。", "第8名"), None);
        assert_eq!(
            subject_of("获评“2019年全国经开区营商环境指数”第1。", "第1").as_deref(),
            Some("全国经开区营商环境指数")
        );
        assert_eq!(subject_of("“掌上办”事项突破1000项。", "1000项").as_deref(), Some("掌上办事项"));
        // The second of a before/after pair continues the first's subject,
        // whatever jieba glues onto the first's unit.
        assert_eq!(subject_of("企业开办时间由3天压减至半天。", "半天").as_deref(), Some("企业开办时间"));
        assert_eq!(subject_of("总投资额约为人民币1250亿元。", "1250亿元").as_deref(), Some("总投资额"));
        // `缩短成了` governs the second of a before/after pair like `缩短至`.
        let got = subject_of("办结时限由10天缩短成了3天。", "3天");
        assert!(got.as_deref().is_some_and(|g| g.ends_with("时限")), "{got:?}");
    }

    #[test]
    fn respectively_dates_between_and_glued_suffixes() {
        // `分别`: the listed figures follow the claims before them in order.
        let s = "全区共有高新技术企业156家、专精特新企业48家,分别增长20%和33%。";
        assert_eq!(subject_of(s, "20%").as_deref(), Some("高新技术企业"));
        assert_eq!(subject_of(s, "33%").as_deref(), Some("专精特新企业"));
        // A date between a claim and the next does not stop the carry.
        let s = "全区市场主体总数达到8.6万户,较2020年末增长42.1%。";
        assert_eq!(subject_of(s, "42.1%").as_deref(), Some("市场主体总数"));
        // `用时` is one noun, part of the subject as `时间` is.
        let got = subject_of("工程建设项目审图用时仅10天。", "10天");
        assert_eq!(got.as_deref(), Some("工程建设项目审图用时"));
        // A quoted name alone before a count (with the verb of making new
        // before it); a Latin abbreviation.
        assert_eq!(subject_of("新增“个转企”126户。", "126户").as_deref(), Some("新增个转企"));
        assert_eq!(subject_of("推进“个转企”126户。", "126户").as_deref(), Some("个转企"));
        assert_eq!(subject_of("开展“双随机、一公开”抽查1260次。", "1260次").as_deref(), Some("双随机、一公开抽查"));
        assert_ne!(subject_of("推出“七诉合一”“十大行动”等25项。", "25项").as_deref(), Some("十大行动"));
        assert_eq!(subject_of("全县GDP达到356.8亿元。", "356.8亿元").as_deref(), Some("GDP"));
        // Words of the reports jieba lacks or mistags.
        assert_eq!(subject_of("发放惠企资金2.36亿元。", "2.36亿元").as_deref(), Some("惠企资金"));
        assert_eq!(subject_of("增速居全市第一。", "第一").as_deref(), Some("增速"));
        // A gap to a baseline continues the claim before it.
        let s = "全市规上工业增加值增长9.2%,高于全省平均水平1.5个百分点。";
        assert_eq!(subject_of(s, "1.5个百分点").as_deref(), Some("规上工业增加值"));
        let s = "全市规上工业增加值增长9.2%,高于平均水平1.5个百分点。";
        assert_eq!(subject_of(s, "1.5个百分点").as_deref(), Some("规上工业增加值"));
        // `占比` is a noun (a share), not `占` and the comparison `比`.
        assert_eq!(subject_of("“一趟不用跑”事项占比84.31%。", "84.31%").as_deref(), Some("一趟不用跑事项占比"));
        // jieba's `率达` is the suffix of the noun before and a link.
        assert_eq!(subject_of("帮助解决问题380个,问题解决率达92%。", "92%").as_deref(), Some("问题解决率"));
        // `平均` and `最短` link only between subject and number.
        let got = subject_of("企业获得电力平均时间压缩至15天以内。", "15天");
        assert_eq!(got.as_deref(), Some("企业获得电力平均时间"));
        let s = "审批时间由原来的200多个工作日压缩至最短30个工作日。";
        assert_eq!(subject_of(s, "30个工作日"), subject_of(s, "200多个工作日"));
        assert!(subject_of(s, "30个工作日").is_some());
    }

    #[test]
    fn listed_numbers_take_listed_subjects_in_order() {
        let s = "将省定200个“一件事一次办”事项和26个“就近办”事项纳入。";
        assert_eq!(subject_of(s, "200个").as_deref(), Some("一件事一次办事项"));
        assert_eq!(subject_of(s, "26个").as_deref(), Some("就近办事项"));
        let s = "“跑一次”、“零跑腿”事项分别达843项、476项。";
        assert_eq!(subject_of(s, "843项").as_deref(), Some("跑一次事项"));
        assert_eq!(subject_of(s, "476项").as_deref(), Some("零跑腿事项"));
        let s = "今年以来,全市涉企警情数、刑事案件数、治安案件数同比下降19%、27%和44%。";
        assert_eq!(subject_of(s, "19%").as_deref(), Some("涉企警情数"));
        assert_eq!(subject_of(s, "44%").as_deref(), Some("治安案件数"));
        assert_eq!(subject_of("市县联动召开恳谈会55期427场。", "427场").as_deref(), Some("恳谈会"));
    }

    #[test]
    fn a_streak_is_of_what_follows_it() {
        assert_subjects(&[
            ("连续8年获评中国工业百强县市。", "8年", Some("中国工业百强县市")),
            ("连续两年荣获“中国营商环境百佳示范县市”。", "两年", Some("中国营商环境百佳示范县市")),
            ("连续三年先行区创建数量在全省并列第一。", "三年", Some("先行区")),
            ("长沙已连续5年入选“中国最具幸福感城市”。", "5年", Some("中国最具幸福感城市")),
            // A place on a list: the list, without its scope and the place.
            (
                "晋江连续29年位居全国县域经济基本竞争力百强县前十,2022年位列第4位。",
                "29年",
                Some("县域经济基本竞争力百强县"),
            ),
            (
                "晋江连续29年位居全国县域经济基本竞争力百强县前十,2022年位列第4位。",
                "第4位",
                Some("县域经济基本竞争力百强县"),
            ),
            // The 前 of the top places is no part of the list's name.
            ("杭州市、宁波市、湖州市位列设区市前三。", "三", Some("设区市")),
            // An unquoted title ends before a place on it.
            ("连续五年入选全国县域经济百强县前五名,", "五年", Some("全国县域经济百强县")),
            ("连续五年入选全国县域经济百强县前五名,", "五名", Some("全国县域经济百强县")),
            ("连续三年位居全省第一。", "三年", None),
            ("连续3年稳居五大环境之首;", "3年", Some("五大环境")),
            ("连续3年位居全市之首。", "3年", None),
            ("并连续两年在全市营商环境考评中位列第一。", "两年", Some("营商环境考评")),
            // Something before it names the streak first.
            ("营商环境评价连续三年获评“优异”等次。", "三年", Some("营商环境评价")),
            // No streak: a span of time names nothing after it.
            ("8年获评中国工业百强县市。", "8年", None),
        ]);
    }

    #[test]
    fn glued_words_of_jieba_are_read_apart() {
        // `同比增加/nr`: two linking words, not a person's name.
        let s = "固投超10亿、50亿元项目同比增加5个和4个。";
        assert_eq!(subject_of(s, "5个").as_deref(), Some("项目"));
        // `固投超/v`: a noun glued to a bound word, not a verb.
        assert_eq!(subject_of(s, "10亿").as_deref(), Some("固投"));
        // A verb alone still names nothing; two name an action.
        assert_eq!(subject_of("已举办31期。", "31期"), None);
        assert_eq!(subject_of("其中留抵退税12.8亿元。", "12.8亿元").as_deref(), Some("留抵退税"));
        assert_eq!(subject_of("项目审批时间控制在40天以内。", "40天").as_deref(), Some("项目审批时间"));
        // `不超过` is one bound word, not `不` and `超过`.
        assert_eq!(subject_of("获得电力时间不超过15天。", "15天").as_deref(), Some("获得电力时间"));
        assert_eq!(subject_of("查处混淆等反不正当竞争案件21起。", "21起").as_deref(), Some("不正当竞争案件"));
        // `确保重点/n`: a modal word glued to the noun after it.
        let s = "确保重点项目用地需求100%保障。";
        assert_eq!(subject_of(s, "100%").as_deref(), Some("重点项目用地需求"));
    }

    #[test]
    fn a_streak_in_an_evaluation_is_of_that_evaluation() {
        let s = "连续三年在全省营商环境评价中位列第一方阵。";
        assert_eq!(subject_of(s, "三年").as_deref(), Some("营商环境评价"));
    }

    #[test]
    fn a_label_names_the_figure_right_after_it() {
        assert_subjects(&[
            ("企业开办——8.5个工作日冲刺至3个工作小时;", "8.5个工作日", Some("企业开办")),
            ("企业开办用时:3个工作日。", "3个工作日", Some("企业开办用时")),
            ("全市,企业开办:3个工作日。", "3个工作日", Some("企业开办")),
            // Linking words may stand between the mark and the figure.
            ("企业接电时间:平均5个工作日。", "5个工作日", Some("企业接电时间")),
            ("开办时间:压缩至1天。", "1天", Some("开办时间")),
            // A figure with a subject of its own after the colon keeps it.
            ("主要成效:市场主体达到10.8万户。", "10.8万户", Some("市场主体")),
            // Speech names nothing.
            ("他表示:3天就办好了。", "3天", None),
        ]);
    }

    #[test]
    fn a_rank_with_nothing_naming_it_ranks_what_the_sentence_spoke_of() {
        assert_subjects(&[
            ("营商环境考核连续两年位居全省第一方阵,2022年排名全省第二。", "第二", Some("营商环境考核")),
            ("营商环境评价连续三年获评“优异”等次,特别是2022年在全省第8名。", "第8名", Some("营商环境评价")),
            // Alone in its sentence, it still has none.
            ("2022年排名全省第二。", "第二", None),
        ]);
    }

    #[test]
    fn verbs_of_winning_grades_and_currencies() {
        assert_subjects(&[
            // A verb of winning before a rank links it, whatever jieba tags
            // it (`荣获/nr`).
            ("屏东县招商绩效荣获全国第三名。", "第三名", Some("招商绩效")),
            ("营商环境评价获评全省第一。", "第一", Some("营商环境评价")),
            ("该县招商绩效荣获第三名。", "第三名", Some("招商绩效")),
            ("该县夺得全省营商环境评价第一名。", "第一名", Some("营商环境评价")),
            // Before an amount it is no link.
            ("争取上级资金5亿元。", "5亿元", Some("上级资金")),
            // A first grade qualifies the noun it is written onto.
            ("设置了19个一级指标和77个二级指标。", "19个", Some("一级指标")),
            ("全市一级医院30家。", "30家", Some("一级医院")),
            ("排名上调一级至第3位。", "第3位", None),
            // A currency before the figure is none of its name.
            ("投资金额达新台币10亿元以上。", "10亿元", Some("投资金额")),
            ("投资金额达港币10亿元。", "10亿元", Some("投资金额")),
        ]);
    }

    #[test]
    fn a_list_of_its_own_is_not_respective_to_the_figures_before() {
        assert_subjects(&[
            ("新开工项目115个、总投资197亿元,开工率、投产率、达效率分别达100%、78%、100%。", "78%", Some("投产率")),
            // (Even when its items and figures do not pair.)
            ("新开工项目115个、总投资197亿元,开工率、投产率分别达100%、78%、90%。", "78%", Some("投产率")),
            // A clause with a whole and no list still is.
            (
                "工业新兴产业投资985.5亿元,高新技术产业投资499亿元,占工业投资比重分别达82.2%和41.6%。",
                "41.6%",
                Some("高新技术产业投资"),
            ),
        ]);
    }

    #[test]
    fn places_moved_and_teams() {
        assert_subjects(&[
            ("排名较上一年度攀升5位。", "5位", Some("排名")),
            ("位次前移3位。", "3位", Some("位次")),
            ("营商环境排名较上年提升5位。", "5位", Some("营商环境")),
            // Not a count of people.
            ("新增专业人才5名。", "5名", Some("新增专业人才")),
            ("并于2023年4月成立了6个专项组。", "6个", Some("专项组")),
        ]);
    }

    #[test]
    fn a_bare_total_is_of_the_new_ones_before() {
        assert_subjects(&[
            ("全年培育新增规上企业32家,总数达到410家。", "410家", Some("规上企业总数")),
            ("全年新登记市场主体1.2万户,同比增长15%,总量达到10万户。", "10万户", Some("市场主体总量")),
            // A verb of making new before a quoted name of the things.
            ("新增“四上”企业35家,总数达到312家。", "35家", Some("新增四上企业")),
            ("新增“四上”企业35家,总数达到312家。", "312家", Some("四上企业总数")),
            ("新登记企业500家,总量达1.2万家。", "1.2万家", Some("企业总量")),
            // After 、 straight after the figure of the new ones; net new
            // ones are new ones too.
            ("新增市场主体1.2万户、总量达到10万户。", "10万户", Some("市场主体总量")),
            ("五年净增市场主体107.2万户、总量突破340万户。", "107.2万户", Some("净增市场主体")),
            ("五年净增市场主体107.2万户、总量突破340万户。", "340万户", Some("市场主体总量")),
            ("市场主体10万户、企业3万户、总量13万户。", "13万户", Some("总量")),
            // Not without new ones before.
            ("规上企业32家,总数达到410家。", "410家", Some("总数")),
        ]);
    }

    #[test]
    fn calls_and_letters_received_are_counted() {
        // 来电 (calls), 来信, 来访 are nouns jieba tags as verbs.
        assert_subjects(&[("热线共受理来电5万件。", "5万件", Some("来电"))]);
    }

    #[test]
    fn in_all_glued_to_a_verb_of_making_new() {
        assert_subjects(&[
            ("前三季度,全国共新设市场主体1845.0万户。", "1845.0万户", Some("新设市场主体")),
            ("全市共新登记企业500家。", "500家", Some("新登记企业")),
            ("全县共新增企业500家。", "500家", Some("新增企业")),
        ]);
    }

    #[test]
    fn a_bare_share_is_one_of_the_figure_before() {
        assert_subjects(&[
            ("民营经济主体达967万户,占比96.69%。", "96.69%", Some("民营经济主体")),
            ("新设企业1.2万户,占比35%。", "35%", Some("新设企业")),
            ("外资企业20家,占比为5%。", "5%", Some("外资企业")),
            ("外资金融机构555家,占比超过30%。", "30%", Some("外资金融机构")),
            ("浙江有107家企业入围,占21.4%。", "21.4%", Some("企业")),
            // A share with its own noun, or of a named whole, keeps it.
            ("新设企业1.2万户,第三产业占比35%。", "35%", Some("第三产业占比")),
            ("新设企业1.2万户,占全部市场主体的35%。", "35%", Some("市场主体")),
        ]);
    }
}
