//! The indicator taxonomy compiled for matching: which indicator a claim
//! measures, by its kind, unit, change and the words of its subject.

use crate::config::IndicatorDef;
use crate::extract::{Change, Kind};
use crate::normalize::{CharBloom, holds};
use crate::report::Claim;
use regex::Regex;
use std::cell::OnceCell;
use std::sync::LazyLock;

pub struct Taxonomy {
    defs: Vec<IndicatorDef>,
    /// Each indicator's kinds and change, parsed once (asked of every claim).
    shapes: Vec<Shape>,
}

struct Shape {
    /// The kinds the indicator takes, one bit per [`Kind`].
    kinds: u32,
    /// `None`: any change; `Some(c)`: exactly the change `c` (`Some(None)`: none).
    change: Option<Option<Change>>,
    /// The character sets of the indicator's word lists, word for word.
    subject_any: Vec<CharBloom>,
    subject_none: Vec<CharBloom>,
    named_any: Vec<CharBloom>,
    sentence_any: Vec<CharBloom>,
}

fn blooms(words: &[String]) -> Vec<CharBloom> {
    words.iter().map(|w| CharBloom::of(w)).collect()
}

/// Whether `text` (whose character set is `bloom`) holds one of `words`
/// (whose sets are `word_blooms`).
fn holds_any(text: &str, bloom: &CharBloom, words: &[String], word_blooms: &[CharBloom]) -> bool {
    words.iter().zip(word_blooms).any(|(w, b)| bloom.may_hold(b) && holds(text, w))
}

/// Characters that end the clause a number stands in.
const CLAUSE_MARKS: &[char] = &[',', ';', ':', '。', '!', '?', '\n'];

impl Taxonomy {
    pub fn new(defs: &[IndicatorDef]) -> Taxonomy {
        let shapes = defs
            .iter()
            .map(|d| Shape {
                kinds: d.kinds.iter().filter_map(|k| Kind::parse(k)).fold(0, |bits, k| bits | kind_bit(k)),
                change: match d.change.as_deref() {
                    Some("up") => Some(Some(Change::Up)),
                    Some("down") => Some(Some(Change::Down)),
                    Some("none") => Some(None),
                    _ => None,
                },
                subject_any: blooms(&d.subject_any),
                subject_none: blooms(&d.subject_none),
                named_any: blooms(&d.named_any),
                sentence_any: blooms(&d.sentence_any),
            })
            .collect();
        Taxonomy { defs: defs.to_vec(), shapes }
    }

    pub fn defs(&self) -> &[IndicatorDef] {
        &self.defs
    }

    pub fn get(&self, id: &str) -> Option<&IndicatorDef> {
        self.defs.iter().find(|d| d.id == id)
    }

    /// The id of the first indicator the claim fits, tested on its subject,
    /// then on the clause before its number.
    pub fn metric_of(&self, claim: &Claim) -> Option<&str> {
        // A daily average is looked for only once an indicator fits: most
        // claims fit none.
        self.fitting(claim).filter(|_| !is_per_day(claim))
    }

    fn fitting(&self, claim: &Claim) -> Option<&str> {
        if !claim.kind.is_claim() || is_per_head(claim) || is_served_count(claim) || is_difference(claim) {
            return None;
        }
        let subject = claim.subject.as_deref().unwrap_or("");
        let subject_bloom = CharBloom::of(subject);
        // Few indicators ask the sentence: its set is made when one does.
        let sentence_bloom = OnceCell::new();
        let fits = |d: &IndicatorDef, s: &Shape, words: &str, bloom: &CharBloom| {
            (d.subject_any.is_empty() || holds_any(words, bloom, &d.subject_any, &s.subject_any))
                && !holds_any(subject, &subject_bloom, &d.subject_none, &s.subject_none)
                && (d.named_any.is_empty()
                    || subject.is_empty()
                    || holds_any(subject, &subject_bloom, &d.named_any, &s.named_any))
                && (d.sentence_any.is_empty() || {
                    let sentence = &claim.norm_sentence;
                    let bloom = sentence_bloom.get_or_init(|| CharBloom::of(sentence));
                    holds_any(sentence, bloom, &d.sentence_any, &s.sentence_any)
                })
        };
        // One pass over the indicators the claim's kind, unit and change
        // fit: the first its subject fits wins; failing that, the first its
        // clause fits (the clause is looked at only until one does).
        // A subject that names a rate (`按时办结率`) says all it measures:
        // the clause may name another rate listed with it (`按时办结率、
        // 群众满意率均为100%`), which is not this one.
        let rate = subject.ends_with('率');
        let mut clause: Option<(&str, CharBloom)> = None;
        let mut by_clause = None;
        for (d, s) in self.defs.iter().zip(&self.shapes).filter(|(d, s)| s.fits(d, claim)) {
            if !subject.is_empty() && fits(d, s, subject, &subject_bloom) {
                return Some(d.id.as_str());
            }
            if by_clause.is_none() && !rate {
                let (text, bloom) = *clause.get_or_insert_with(|| {
                    let text = clause_of(claim);
                    (text, CharBloom::of(text))
                });
                if fits(d, s, text, &bloom) {
                    by_clause = Some(d.id.as_str());
                }
            }
        }
        by_clause
    }
}

/// Words that make what is counted after them those an action is done for
/// or to (`对1.8万家市场主体免予处罚`, `为1050家企业发放…`).
const SERVED: &[&str] = &["对", "为", "向", "给", "帮助", "帮扶", "惠及"];
/// Words of the whole place that may stand between (`为全市3.2万户经营主体`).
const WHOLE: &[&str] = &["全市", "全县", "全区", "全省", "全州", "辖区", "全国"];

/// Whether the claim is a count of those an action is done for: no
/// indicator counts them, and beside the totals of other places they would
/// read as one.
fn is_served_count(claim: &Claim) -> bool {
    if claim.kind != Kind::Count {
        return false;
    }
    let before = text_before(claim);
    let subject = claim.subject.as_deref().filter(|s| !s.is_empty());
    // `惠及市场主体1.2万余户`: the verb may stand before the things counted.
    let between = subject.and_then(|s| before.strip_suffix(s));
    let rest = between.unwrap_or(before);
    let rest = WHOLE.iter().find_map(|w| rest.strip_suffix(w)).unwrap_or(rest);
    // `市场主体总数为1.2万户`: what is counted, named before 为, is what
    // the figure is; 为 is no "for" there.
    let named_before = between.is_none() && subject.is_some_and(|s| before.contains(s));
    SERVED.iter().any(|w| rest.ends_with(w)) && !named_before
}

/// Words that end a comparison right before its figure (`比国家要求快2天`).
const AHEAD: &[&str] = &["快", "慢", "多", "少", "高", "低", "短", "长", "高出", "超出", "提前"];

/// Whether the claim is how far it is from what it is compared with
/// (`比国家要求快2天`, `较全省平均高1.2个百分点`), not a change over time:
/// beside other places' levels it would read as one.
fn is_difference(claim: &Claim) -> bool {
    let before = text_before(claim);
    // The cheap tests first: most claims end no comparison.
    claim.change.is_none() && AHEAD.iter().any(|w| before.ends_with(w)) && {
        let clause = last_clause(before);
        clause.contains('比') || clause.contains('较')
    }
}

/// A share per head or per area (`每万人拥有市场主体`, `人均`, `亩均税收`).
static PER_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("{}|人均|户均|亩均", crate::extract::PER_HEAD_BASE)).unwrap());

/// Whether the claim's subject is a figure per head or per area: none of
/// the indicators is, and beside the totals of other places it would read
/// as one (`每万人拥有市场主体1250户` is no count of market entities).
fn is_per_head(claim: &Claim) -> bool {
    claim.subject.as_deref().is_some_and(|s| PER_HEAD.is_match(s))
}

/// Words of a daily average (`平均每天新设4.9万户`, `日均新设市场主体`).
const PER_DAY: &[&str] = &["日均", "每天", "每日"];

/// Whether the claim is a figure per day: in its subject or its clause
/// before the number. Beside the totals of other places it would read as
/// one.
fn is_per_day(claim: &Claim) -> bool {
    let clause = last_clause(text_before(claim));
    PER_DAY.iter().any(|w| clause.contains(w) || claim.subject.as_deref().is_some_and(|s| s.contains(w)))
}

/// The claim's sentence up to its number.
fn text_before(claim: &Claim) -> &str {
    &claim.norm_sentence[..claim.norm_offset.min(claim.norm_sentence.len())]
}

/// The last clause of `text`: after its last clause mark.
fn last_clause(text: &str) -> &str {
    text.rsplit(CLAUSE_MARKS).next().unwrap_or("")
}

/// The clause before the claim's number, from after the last figure or
/// list mark before it.
/// When the clause holds the claim's subject, only the few characters
/// before it count with it: `市场主体总量` is the entities' total, but in
/// `市场主体登记注册所需办理证件数量` the entities only qualify what is
/// counted.
fn clause_of(claim: &Claim) -> &str {
    let clause = last_clause(text_before(claim));
    // A name in quotes or a title's marks names a thing, a dimension or a
    // document, not what the figure after it counts (`从“…”“经营主体满意度”
    // 5个维度进行评价`).
    let clause =
        clause.rsplit(|c: char| c.is_ascii_digit() || matches!(c, '、' | '”' | '》' | '」')).next().unwrap_or("");
    let subject = claim.subject.as_deref().unwrap_or("");
    match clause.rfind(subject).filter(|_| !subject.is_empty()) {
        Some(at) => {
            let from = clause[..at].char_indices().rev().nth(QUALIFIER_CHARS - 1).map_or(0, |(i, _)| i);
            &clause[from..at + subject.len()]
        }
        None => clause,
    }
}

/// How many characters before a subject the clause may name its indicator with.
const QUALIFIER_CHARS: usize = 5;

fn kind_bit(kind: Kind) -> u32 {
    1 << kind as u32
}

impl Shape {
    /// Whether a claim's kind, unit and change fit the indicator `d` of this shape.
    fn fits(&self, d: &IndicatorDef, claim: &Claim) -> bool {
        self.kinds & kind_bit(claim.kind) != 0
            && (d.units.is_empty() || d.units.contains(&claim.unit))
            && self.change.is_none_or(|c| c == claim.change)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::extract::Bound;
    use proptest::prelude::*;

    /// The matcher as first written, two passes and a plain search per
    /// word: what the one-pass matcher with character sets must agree with.
    fn plain_metric_of<'t>(defs: &'t [IndicatorDef], shapes: &[Shape], claim: &Claim) -> Option<&'t str> {
        if !claim.kind.is_claim()
            || is_per_head(claim)
            || is_per_day(claim)
            || is_served_count(claim)
            || is_difference(claim)
        {
            return None;
        }
        let subject = claim.subject.as_deref().unwrap_or("");
        let shaped = || defs.iter().zip(shapes).filter(|(d, s)| s.fits(d, claim)).map(|(d, _)| d);
        let fits = |d: &&IndicatorDef, words: &str| {
            (d.subject_any.is_empty() || d.subject_any.iter().any(|w| words.contains(w.as_str())))
                && !d.subject_none.iter().any(|w| subject.contains(w.as_str()))
                && (d.named_any.is_empty()
                    || subject.is_empty()
                    || d.named_any.iter().any(|w| subject.contains(w.as_str())))
                && (d.sentence_any.is_empty()
                    || d.sentence_any.iter().any(|w| claim.norm_sentence.contains(w.as_str())))
        };
        let by_subject = || shaped().find(|d| !subject.is_empty() && fits(d, subject));
        let by_clause = || shaped().find(|d| !subject.ends_with('率') && fits(d, clause_of(claim)));
        by_subject().or_else(by_clause).map(|d| d.id.as_str())
    }

    fn claim(
        kind: Kind,
        unit: &str,
        change: Option<Change>,
        subject: Option<String>,
        sentence: String,
        offset: usize,
    ) -> Claim {
        Claim {
            start: 0,
            end: 0,
            line: 1,
            text: String::new(),
            value: Some(1.0),
            value_max: None,
            unit: unit.to_owned(),
            kind,
            bound: Bound::Eq,
            change,
            subject,
            place: None,
            period: None,
            metric: None,
            sentence: String::new(),
            sentence_start: 0,
            period_year: None,
            norm_offset: sentence.char_indices().nth(offset).map_or(sentence.len(), |(b, _)| b),
            norm_sentence: sentence,
        }
    }

    /// Text made of the indicators' own words, some noise and clause marks.
    fn words_and_marks() -> impl Strategy<Value = String> {
        let defs = Config::defaults().indicators;
        let mut pieces: Vec<String> = defs
            .iter()
            .flat_map(|d| {
                d.subject_any.iter().chain(&d.subject_none).chain(&d.named_any).chain(&d.sentence_any).cloned()
            })
            .collect();
        pieces.extend(["的", "企业", ",", "、", "3", "。", "压缩", "全省"].map(String::from));
        proptest::collection::vec(proptest::sample::select(pieces), 0..6).prop_map(|p| p.concat())
    }

    proptest! {
        // Few random claims meet an indicator's excluded words, so many
        // cases (about half a second for these in a test build).
        #![proptest_config(ProptestConfig::with_cases(4096))]
        #[test]
        fn one_pass_with_character_sets_agrees_with_the_plain_matcher(
            kind in proptest::sample::select(vec![Kind::Money, Kind::Percent, Kind::Count, Kind::Duration, Kind::Rank, Kind::Date]),
            unit in proptest::sample::select(vec!["元", "%", "个百分点", "天", "工作日", "家", "户", "名", "个"]),
            change in proptest::sample::select(vec![None, Some(Change::Up), Some(Change::Down)]),
            subject in proptest::option::of(words_and_marks()),
            sentence in words_and_marks(),
            offset in 0usize..40,
        ) {
            let taxonomy = Taxonomy::new(&Config::defaults().indicators);
            let c = claim(kind, unit, change, subject, sentence, offset);
            prop_assert_eq!(taxonomy.metric_of(&c), plain_metric_of(&taxonomy.defs, &taxonomy.shapes, &c));
        }
    }

    #[test]
    fn the_clause_names_the_indicator_only_right_before_the_subject() {
        let taxonomy = Taxonomy::new(&Config::defaults().indicators);
        let metric = |subject: &str, sentence: &str| {
            let offset = sentence.chars().position(|c| c.is_ascii_digit()).unwrap();
            let c = claim(Kind::Count, "个", None, Some(subject.to_owned()), sentence.to_owned(), offset);
            taxonomy.metric_of(&c).map(str::to_owned)
        };
        assert_eq!(metric("总量", "全市市场主体总量达到39个。").as_deref(), Some("market_entities"));
        assert_eq!(metric("办理证件数量", "市场主体登记注册所需办理证件数量为2个。"), None);
        // A subject the clause does not hold leaves the whole clause.
        assert_eq!(metric("总数", "全市市场主体达到39个。").as_deref(), Some("market_entities"));
        let online = |subject: &str| {
            let c = claim(Kind::Percent, "%", None, Some(subject.to_owned()), format!("{subject}达98.6%。"), 0);
            taxonomy.metric_of(&c).map(str::to_owned)
        };
        assert_eq!(online("政务服务事项一网通办率").as_deref(), Some("online_rate"));
        // The size of a change is no level.
        let days = |change: Option<Change>, sentence: &str| {
            let offset = sentence.rfind("2.3").map_or(0, |b| sentence[..b].chars().count());
            let c = claim(Kind::Duration, "天", change, Some("平均接电时间".to_owned()), sentence.to_owned(), offset);
            taxonomy.metric_of(&c).map(str::to_owned)
        };
        assert_eq!(days(Some(Change::Down), "平均接电时间为15.5天,较上年减少2.3天。"), None);
        assert_eq!(days(None, "平均接电时间为2.3天。").as_deref(), Some("approval_time_days"));
        // A quoted name or a title in the clause names no indicator.
        assert_eq!(metric("维度", "从“实施效率”“经营主体满意度”5个维度进行评价。"), None);
        assert_eq!(metric("事项", "《政务服务事项指导目录》确定的65个事项。"), None);
        assert_eq!(metric("数量", "全市“个转企”市场主体数量达到39个。").as_deref(), Some("market_entities"));
        // A streak of years is no time to open a business.
        let c =
            claim(Kind::Duration, "年", None, Some("开办企业指标".to_owned()), "开办企业指标连续2年第一".to_owned(), 8);
        assert_eq!(taxonomy.metric_of(&c), None);
        let c = claim(Kind::Duration, "天", None, Some("企业开办".to_owned()), "企业开办压缩至2天".to_owned(), 7);
        assert_eq!(taxonomy.metric_of(&c), Some("business_start_time"));
        // A rank on another list, in a sentence on the business environment.
        let rank = |subject: &str, sentence: &str| {
            let offset = sentence.find('第').map_or(0, |b| sentence[..b].chars().count());
            let c = claim(Kind::Rank, "名", None, Some(subject.to_owned()), sentence.to_owned(), offset);
            taxonomy.metric_of(&c).map(str::to_owned)
        };
        let s = "荣获全国营商环境创新县称号,入选全国县域经济百强县第5名。";
        assert_eq!(rank("全国县域经济百强县", s), None);
        let s = "营商环境评价排名全省第2名。";
        assert_eq!(rank("营商环境评价", s).as_deref(), Some("business_env_rank"));
        // A figure per head or per area is none of the indicators.
        assert_eq!(metric("每万人拥有市场主体", "每万人拥有市场主体1250个。"), None);
        assert_eq!(metric("市场主体", "全市市场主体1250个。").as_deref(), Some("market_entities"));
        // Those an action is done for are no total, nor found problems requests.
        assert_eq!(metric("市场主体", "累计对1.8万家市场主体免予处罚。"), None);
        assert_eq!(metric("市场主体", "为全市1200个市场主体减负。"), None);
        assert_eq!(metric("市场主体", "惠及1.2万户市场主体。"), None);
        assert_eq!(metric("市场主体", "全年惠及市场主体1.2万余户。"), None);
        // A bill saved is no tax or fee relieved; its own row takes it.
        let money = |subject: &str, sentence: &str| {
            let offset = sentence.chars().position(|c| c.is_ascii_digit()).unwrap();
            let c = claim(Kind::Money, "元", Some(Change::Down), Some(subject.to_owned()), sentence.to_owned(), offset);
            taxonomy.metric_of(&c).map(str::to_owned)
        };
        assert_eq!(money("电费", "减免电费8796万元").as_deref(), Some("electricity_cost_cut"));
        assert_eq!(money("工程费用", "为企业节约工程费用5.5万元"), None);
        assert_eq!(money("税费", "减免税费5.5亿元").as_deref(), Some("tax_fee_relief"));
        // Net new ones are no total, nor new registrations.
        assert_eq!(metric("净增市场主体", "全市净增市场主体2万户。"), None);
        // 为 after what is counted says what the figure is.
        let total = metric("市场主体总数", "全市市场主体总数为12000户。");
        assert_eq!(total.as_deref(), Some("market_entities"));
        assert_eq!(metric("发现问题", "共发现问题43个。"), None);
        assert_eq!(metric("企业诉求", "受理企业诉求43个。").as_deref(), Some("enterprise_requests"));
        // Citizens' requests are not firms'.
        assert_eq!(metric("处置群众诉求", "累计受理处置群众诉求43个。"), None);
        // Settled applications are no settled requests.
        let settled = |subject: &str, sentence: &str| {
            let offset = sentence.rfind("103").map_or(0, |b| sentence[..b].chars().count());
            let c = claim(Kind::Count, "件", None, Some(subject.to_owned()), sentence.to_owned(), offset);
            taxonomy.metric_of(&c).map(str::to_owned)
        };
        assert_eq!(settled("申请办件", "申请办件160万件,办结103万件。"), None);
        assert_eq!(settled("解决企业问题", "解决企业问题103件。").as_deref(), Some("enterprise_requests_solved"));
        assert_eq!(settled("办结市民诉求", "办结市民诉求103件。"), None);
        // A rate as the subject is what is measured, not a rate beside it.
        let rate = |subject: &str, sentence: &str| {
            let offset = sentence.chars().position(|c| c.is_ascii_digit()).unwrap();
            let c = claim(Kind::Percent, "%", None, Some(subject.to_owned()), sentence.to_owned(), offset);
            taxonomy.metric_of(&c).map(str::to_owned)
        };
        assert_eq!(rate("按时办结率", "按时办结率、群众满意率均为100%"), None);
        assert_eq!(rate("群众满意率", "群众满意率为100%").as_deref(), Some("satisfaction_rate"));
        assert_eq!(rate("不满意率", "不满意率为0.28%"), None);
        assert_eq!(rate("基本满意率", "基本满意率为3.77%"), None);
        // The time to handle a request or a hotline ticket is no approval time.
        let time = |subject: &str| {
            let sentence = format!("{subject}为2.6个工作日。");
            let offset = sentence.chars().position(|c| c.is_ascii_digit()).unwrap();
            taxonomy.metric_of(&claim(Kind::Duration, "工作日", None, Some(subject.to_owned()), sentence, offset))
        };
        assert_eq!(time("诉求平均办理时长"), None);
        assert_eq!(time("工单办理时间"), None);
        assert_eq!(time("办理时间"), Some("approval_time_workdays"));
        // Nor is a court's time to try a case.
        assert_eq!(time("案件审理用时"), None);
        // Bad loans resolved are no credit granted.
        let c = |subject: &str| {
            let sentence = format!("化解{subject}20亿元");
            let offset = sentence.chars().position(|c| c.is_ascii_digit()).unwrap();
            taxonomy.metric_of(&claim(Kind::Money, "元", None, Some(subject.to_owned()), sentence, offset))
        };
        assert_eq!(c("不良贷款"), None);
        assert_eq!(c("小微企业贷款"), Some("credit_granted"));
        // The economy's size and growth: GDP.
        let c = claim(
            Kind::Money,
            "元",
            None,
            Some("地区生产总值".to_owned()),
            "全市实现地区生产总值7569.5亿元".to_owned(),
            10,
        );
        assert_eq!(taxonomy.metric_of(&c), Some("gdp"));
        let c = claim(Kind::Percent, "%", Some(Change::Up), Some("GDP".to_owned()), "GDP增长5.6%".to_owned(), 5);
        assert_eq!(taxonomy.metric_of(&c), Some("gdp_growth"));
        // New registrations are no total, whatever the verb of creating.
        for new in ["新登记经营主体", "新设立经营主体", "新注册市场主体"] {
            let sentence = format!("全年{new}15个。");
            assert_eq!(metric(new, &sentence).as_deref(), Some("market_entities_new"), "{new}");
        }
        // Any claim, its figure the first digit of the sentence.
        let tagged = |kind: Kind, unit: &str, change: Option<Change>, subject: &str, sentence: &str| {
            let offset = sentence.chars().position(|c| c.is_ascii_digit()).unwrap();
            let c = claim(kind, unit, change, Some(subject.to_owned()), sentence.to_owned(), offset);
            taxonomy.metric_of(&c).map(str::to_owned)
        };
        // How far ahead of what it is compared with is no level.
        assert_eq!(tagged(Kind::Duration, "天", None, "企业开办全流程", "企业开办全流程比国家要求快2天。"), None);
        let level = tagged(Kind::Duration, "天", None, "企业开办全流程", "企业开办全流程压缩至1天。");
        assert_eq!(level.as_deref(), Some("business_start_time"));
        // A part of investment is no growth of the whole.
        let growth =
            |subject: &str| tagged(Kind::Percent, "%", Some(Change::Up), subject, &format!("{subject}增长15%。"));
        assert_eq!(growth("固定资产投资").as_deref(), Some("investment_growth"));
        assert_eq!(growth("投资").as_deref(), Some("investment_growth"));
        assert_eq!(growth("工业投资"), None);
        assert_eq!(growth("第一产业投资"), None);
        assert_eq!(growth("港澳台商投资企业"), None);
        // Output, value added and profit are three rows, and their growths.
        let amount = |subject: &str| tagged(Kind::Money, "元", None, subject, &format!("{subject}1200亿元。"));
        assert_eq!(amount("规上工业总产值").as_deref(), Some("industrial_output"));
        assert_eq!(amount("工业增加值").as_deref(), Some("industrial_value_added"));
        let grew =
            |subject: &str| tagged(Kind::Percent, "%", Some(Change::Up), subject, &format!("{subject}增长9.1%。"));
        assert_eq!(grew("规上工业增加值").as_deref(), Some("industrial_growth"));
        assert_eq!(grew("工业总产值").as_deref(), Some("industrial_output_growth"));
        assert_eq!(grew("规上工业利润").as_deref(), Some("industrial_profit_growth"));
        // The growth of new registrations is no growth of the total.
        assert_eq!(grew("市场主体总量").as_deref(), Some("market_entities_growth"));
        assert_eq!(grew("新设市场主体").as_deref(), Some("market_entities_new_growth"));
        assert_eq!(grew("新登记市场经营主体").as_deref(), Some("market_entities_new_growth"));
        // A rank in a sentence on the business environment is its rank
        // unless its subject names another list.
        let rank = |subject: Option<&str>, sentence: &str| {
            let offset = sentence.chars().position(|c| c == '第').unwrap() + 1;
            let c = claim(Kind::Rank, "名", None, subject.map(str::to_owned), sentence.to_owned(), offset);
            taxonomy.metric_of(&c).map(str::to_owned)
        };
        let s = "县域投资竞争力排名第1位、县域营商环境竞争力排名第9位。";
        assert_eq!(rank(Some("县域投资竞争力"), s), None);
        let s = "县域营商环境竞争力排名第9位,营商环境持续优化。";
        assert_eq!(rank(Some("县域营商环境竞争力"), s).as_deref(), Some("business_env_rank"));
        let s = "营商环境持续优化,全省排名第5。";
        assert_eq!(rank(None, s).as_deref(), Some("business_env_rank"));
        assert_eq!(rank(Some("排名"), s).as_deref(), Some("business_env_rank"));
        // A daily average is no total.
        let daily = tagged(Kind::Count, "户", None, "新设市场主体", "平均每天新设4.9万户。");
        assert_eq!(daily, None);
        assert_eq!(tagged(Kind::Count, "户", None, "日均新设市场主体", "日均新设市场主体1200户。"), None);
        // Items of approval services are service items.
        let items = tagged(Kind::Count, "项", None, "审批服务事项", "1542项审批服务事项实现一站式办结。");
        assert_eq!(items.as_deref(), Some("gov_service_items"));
        // Projects signed: not a change of their count, nor those in reserve.
        let projects =
            |subject: &str, change| tagged(Kind::Count, "个", change, subject, &format!("招商活动{subject}132个。"));
        assert_eq!(projects("签约项目", None).as_deref(), Some("projects_signed"));
        assert_eq!(projects("储备项目", None), None);
        assert_eq!(projects("项目", Some(Change::Up)), None);
        // By how many points a growth rate moved is no growth.
        let points =
            tagged(Kind::Percent, "个百分点", Some(Change::Up), "新设市场主体", "新设市场主体增速提升了2.6个百分点。");
        assert_eq!(points, None);
        // Total fiscal revenue and budget revenue are two rows.
        let revenue = |subject: &str| tagged(Kind::Money, "元", None, subject, &format!("{subject}达到1073.6亿元。"));
        assert_eq!(revenue("财政总收入").as_deref(), Some("fiscal_revenue"));
        assert_eq!(revenue("财政收入").as_deref(), Some("fiscal_revenue"));
        assert_eq!(revenue("一般公共预算收入").as_deref(), Some("budget_revenue"));
        assert_eq!(revenue("地方公共财政预算收入").as_deref(), Some("budget_revenue"));
        // New firms above the scale are no total of them.
        assert_eq!(metric("规上工业企业", "全县规上工业企业120家。").as_deref(), Some("above_scale_firms"));
        assert_eq!(metric("新增规上工业企业", "新增规上工业企业15家。"), None);
        // A score in the business-environment evaluation; not a
        // satisfaction survey's, nor by how much it moved.
        let score = |subject: &str, change| tagged(Kind::Other, "分", change, subject, &format!("{subject}89.6分。"));
        assert_eq!(score("营商环境评价得分", None).as_deref(), Some("business_env_score"));
        assert_eq!(score("营商环境满意度", None), None);
        assert_eq!(score("营商环境评价得分", Some(Change::Up)), None);
        // Nor is by how much a total moved.
        for subject in ["规上工业企业", "市场主体"] {
            let moved = tagged(Kind::Count, "家", Some(Change::Up), subject, &format!("{subject}比上年增加12家。"));
            assert_eq!(moved, None, "{subject}");
        }
        // Setting up a firm is its own indicator, whatever word of time
        // names it; other approvals are not.
        for (subject, unit, want) in [
            ("企业开办时间", "工作日", "business_start_time"),
            ("企业开办用时", "天", "business_start_time"),
            ("企业设立登记办理时间", "工作日", "business_start_time"),
            ("施工许可办理时间", "工作日", "approval_time_workdays"),
        ] {
            let got = tagged(Kind::Duration, unit, None, subject, &format!("{subject}1{unit}。"));
            assert_eq!(got.as_deref(), Some(want), "{subject}");
        }
    }

    #[test]
    fn character_sets_turn_words_away() {
        let clause = CharBloom::of("审批时限压缩");
        assert!(clause.may_hold(&CharBloom::of("时限")));
        assert!(!clause.may_hold(&CharBloom::of("满意")), "no character of 满意 is in the clause");
    }
}
