//! Extract: every numeric mention in a normalized report (claims.md §1).
//!
//! Takes a [`NormalizedDoc`] and hands on [`Mention`]s whose spans point into
//! the original text. The scan is one pass over the characters: dates and
//! quoted names are marked first, then each number is read with its unit,
//! joined with its neighbours into ranges (`35至70个工作日`) and lists sharing
//! a unit (`70、50个工作日`), and classified; bound and change come from the
//! words around it.

mod context;
mod marks;
mod names;
pub mod numeral;
mod subject;
mod units;

pub use marks::Quote;
pub use names::{Honor, NamedMeasure, RECEIVING, before_year, ends_in_receiving, measure_lexicon};
pub use subject::{PER_HEAD_BASE, names_a_ranking_list, subjects};

use crate::normalize::NormalizedDoc;
use numeral::{Decimal, Numeral};
use units::UnitDef;

/// What a mention measures (claims.md §1), plus the two context kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Money,
    Percent,
    Count,
    Duration,
    Rank,
    Area,
    Other,
    /// A date or period: context, not a claim.
    Date,
    /// A number inside a name, code or identifier: context, not a claim.
    Label,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Count => "count",
            Kind::Duration => "duration",
            Kind::Rank => "rank",
            Kind::Area => "area",
            Kind::Other => "other",
            Kind::Date => "date",
            Kind::Label => "label",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        [
            Kind::Money,
            Kind::Percent,
            Kind::Count,
            Kind::Duration,
            Kind::Rank,
            Kind::Area,
            Kind::Other,
            Kind::Date,
            Kind::Label,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }

    /// Whether records of this kind are claims (not dates or labels).
    pub fn is_claim(self) -> bool {
        !matches!(self, Kind::Date | Kind::Label)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Bound {
    Eq,
    Gt,
    Ge,
    Le,
    Lt,
    Approx,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Eq => "eq",
            Bound::Gt => "gt",
            Bound::Ge => "ge",
            Bound::Le => "le",
            Bound::Lt => "lt",
            Bound::Approx => "approx",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Up,
    Down,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Up => "up",
            Change::Down => "down",
        }
    }
}

/// One numeric mention, date or label.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Character range in the original text, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Character range in the normalized text, end exclusive.
    pub norm_start: usize,
    pub norm_end: usize,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: String,
    pub kind: Kind,
    pub bound: Bound,
    pub change: Option<Change>,
}

/// The quoted names and book titles of `doc`, found once for the two
/// stages that read them: [`extract`] (a number inside a name is no claim)
/// and [`names`].
pub fn quotes(doc: &NormalizedDoc) -> Vec<Quote> {
    marks::quoted_names(&doc.chars)
}

/// The named measures and honors of `doc` (claims.md §2, §3), each once,
/// ordered by first appearance; offsets are into the normalized text.
/// `quotes` are the doc's [`quotes`].
pub fn names(doc: &NormalizedDoc, quotes: &[Quote]) -> (Vec<NamedMeasure>, Vec<Honor>) {
    (names::measures(doc, quotes), names::honors(doc, quotes))
}

/// All mentions of `doc`, ordered by start; `quotes` are the doc's [`quotes`].
pub fn extract(doc: &NormalizedDoc, quotes: &[Quote]) -> Vec<Mention> {
    let chars = &doc.chars;
    let dates = marks::dates(&doc.text, &doc.chars, &doc.index);
    let names: Vec<(usize, usize)> = quotes.iter().map(|q| (q.start, q.end)).collect();
    let mut atoms = scan_atoms(chars, &dates);
    // A number in a web address is part of an identifier: no mention at all.
    let addresses = marks::web_addresses(&doc.text, &doc.index);
    if !addresses.is_empty() {
        atoms.retain(|a| inside(&addresses, a.num.start).is_none());
    }
    // `二道区`, `七台河市`: a number written in Chinese inside a place name
    // is part of the name. Only a number with a unit could be a claim. A
    // short name that could be a count (`五台`, five machines) is the place
    // when the report names that place in full (`五台县`).
    let g = crate::gazetteer::get();
    let named_in_full = |a: &Atom| g.full_names_of(&chars[a.num.start..a.end]).any(|full| doc.text.contains(full));
    atoms.retain(|a| !a.num.chinese || a.unit.is_none() || !(g.covers(chars, a.num.start, a.end) || named_in_full(a)));
    let mut found: Vec<Draft> = dates.iter().map(|&(s, e)| Draft::context(s, e, Kind::Date, None)).collect();
    found.extend(join_and_classify(chars, &atoms, &names));
    let mut mentions: Vec<Mention> = found.into_iter().map(|d| d.finish(doc)).collect();
    mentions.sort_by_key(|m| (m.start, m.end));
    mentions.dedup_by(|b, a| b.start < a.end);
    mentions
}

/// A number with what immediately follows it.
#[derive(Debug, Clone)]
struct Atom {
    num: Numeral,
    /// Span start: the number, or the `第` before it.
    first: usize,
    ordinal: bool,
    unit: Option<&'static UnitDef>,
    /// Span end: after the unit, or the number when it has none.
    end: usize,
    /// Percent written as a fraction (`百分之九十`, `四分之一`): value already in %.
    fraction: bool,
}

/// A mention before its spans are mapped back to the original text.
#[derive(Debug, Clone)]
struct Draft {
    start: usize,
    end: usize,
    value: Option<Decimal>,
    value_max: Option<Decimal>,
    unit: String,
    kind: Kind,
    more: bool,
    /// Set for dates and labels; claims take theirs from the words around.
    bound: Option<Bound>,
    /// Where the words that bound this mention stand before: its own start,
    /// or the head of the list it belongs to (`超10亿、50亿元`).
    bound_at: usize,
    /// Where the list it belongs to ends (its own end if in none): a limit
    /// written after the list is every item's (`8个、5个工作日以内`).
    list_end: usize,
    change: Option<Change>,
}

impl Draft {
    fn context(start: usize, end: usize, kind: Kind, value: Option<Decimal>) -> Draft {
        Draft {
            start,
            end,
            value,
            value_max: None,
            unit: String::new(),
            kind,
            more: false,
            bound: Some(Bound::Eq),
            bound_at: start,
            list_end: end,
            change: None,
        }
    }

    fn finish(self, doc: &NormalizedDoc) -> Mention {
        let (start, end) = doc.orig_span(self.start, self.end);
        let bound = self.bound.unwrap_or_else(|| {
            context::bound(&doc.chars, (self.start, self.end), self.bound_at, self.list_end, self.more)
        });
        Mention {
            start,
            end,
            norm_start: self.start,
            norm_end: self.end,
            value: self.value.map(Decimal::to_f64).filter(|v| v.is_finite()),
            value_max: self.value_max.map(Decimal::to_f64).filter(|v| v.is_finite()),
            unit: self.unit,
            kind: self.kind,
            bound,
            change: self.change,
        }
    }
}

/// The range of `ranges` (sorted by start, not overlapping) holding `at`.
fn inside(ranges: &[(usize, usize)], at: usize) -> Option<(usize, usize)> {
    let after = ranges.partition_point(|&(s, _)| s <= at);
    after.checked_sub(1).map(|i| ranges[i]).filter(|&(_, e)| at < e)
}

/// Reads every number outside the dates, with its unit.
fn scan_atoms(chars: &[char], dates: &[(usize, usize)]) -> Vec<Atom> {
    let mut atoms = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // Most characters cannot begin a number: pass them without asking more.
        let c = chars[i];
        if !numeral::may_begin_number(c) {
            i += 1;
            continue;
        }
        if let Some((_, e)) = inside(dates, i) {
            i = e;
            continue;
        }
        // Never start inside a word of digits or letters (`HF013`, `t20220624`),
        // but for an amount written straight after an abbreviation
        // (`GDP2.1万亿元`, `CPI2.3%`).
        let glued = chars[i].is_ascii_digit() && i > 0 && (chars[i - 1].is_ascii_alphanumeric() || chars[i - 1] == '.');
        let atom = if glued {
            atom_at(chars, i).filter(|a| is_amount_after_abbreviation(chars, a))
        } else {
            fraction_at(chars, i).or_else(|| slash_fraction_at(chars, i)).or_else(|| atom_at(chars, i))
        };
        match atom {
            Some(a) => {
                i = a.end.max(a.num.end).max(i + 1);
                atoms.push(a);
            }
            None => {
                // Skip the rest of a numeral run that did not parse (`十四五`).
                i += 1;
                while i < chars.len()
                    && numeral::is_cn_numeral_char(chars[i])
                    && numeral::is_cn_numeral_char(chars[i - 1])
                {
                    i += 1;
                }
                while glued && i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '.') {
                    i += 1;
                }
            }
        }
    }
    atoms
}

/// Whether `a`, glued to the letters before it, is an amount of money or a
/// percentage, or one with a magnitude, after an abbreviation of two
/// capitals or more (`GDP358亿元`): codes carry no such unit (`HF013号`,
/// `ISO9001`, `K3次`).
fn is_amount_after_abbreviation(chars: &[char], a: &Atom) -> bool {
    let letters = chars[..a.num.start].iter().rev().take_while(|c| c.is_ascii_alphabetic()).count();
    let opening = a.num.start - letters;
    letters >= 2
        && chars[opening..a.num.start].iter().all(char::is_ascii_uppercase)
        && (opening == 0 || !chars[opening - 1].is_ascii_alphanumeric())
        && a.unit.is_some_and(|u| matches!(u.kind, Kind::Money | Kind::Percent) || a.num.magnitude)
}

fn atom_at(chars: &[char], i: usize) -> Option<Atom> {
    let mut num = half_at(chars, i).or_else(|| numeral::read(chars, i))?;
    let ordinal = i > 0 && chars[i - 1] == '第';
    if !num.chinese && is_minus_sign(chars, i) {
        num.start = i - 1;
        num.value.mantissa = -num.value.mantissa;
    }
    let unit = units::unit_at(chars, num.end);
    let end = num.end + unit.map_or(0, |u| u.surface.len());
    Some(Atom { num, first: if ordinal { i - 1 } else { num.start }, ordinal, unit, end, fraction: false })
}

/// Characters a negative number may follow (`增长-2.3%`, `增速为-1.5%`,
/// `:-3%`): the end of a verb or a mark, never a digit or a letter (a range
/// `35-70`, a code `HF-013`) nor a date's character (`1月-6月`).
const BEFORE_MINUS: &[char] = &['长', '为', '达', '速', '幅', '是', '降', '至', '的', ':', '(', ',', ' ', '\n', '|'];

/// Whether the digits at `i` follow a minus sign that makes them negative.
fn is_minus_sign(chars: &[char], i: usize) -> bool {
    i > 0 && matches!(chars[i - 1], '-' | '−') && (i == 1 || BEFORE_MINUS.contains(&chars[i - 2]))
}

/// `半年`, `半个月`, `半小时`: one half of a duration.
fn half_at(chars: &[char], i: usize) -> Option<Numeral> {
    if chars.get(i) != Some(&'半') {
        return None;
    }
    // `上半年`, `多半`, `一年半`: a period or part of another number.
    if i > 0 && matches!(chars[i - 1], '上' | '下' | '前' | '后' | '多' | '大' | '一' | '过' | '减') {
        return None;
    }
    let unit = units::unit_at(chars, i + 1)?;
    (unit.kind == Kind::Duration).then_some(Numeral {
        start: i,
        end: i + 1,
        value: Decimal { mantissa: 5, exp: -1 },
        value_max: None,
        more: false,
        chinese: true,
        magnitude: false,
    })
}

/// `百分之九十`, `百分之5`, `四分之一`, `三分之二`: a percent.
fn fraction_at(chars: &[char], i: usize) -> Option<Atom> {
    let mut j = i;
    while j < chars.len() && numeral::is_cn_numeral_char(chars[j]) {
        j += 1;
    }
    if j == i || chars.get(j..j + 2) != Some(&['分', '之']) {
        return None;
    }
    let denominator = numeral::parse_chinese(&chars[i..j])?.to_f64();
    // `百分之百`: a lone 百 is no number elsewhere, but here it is the whole.
    let whole = || {
        let lone =
            chars.get(j + 2) == Some(&'百') && !chars.get(j + 3).is_some_and(|&c| numeral::is_cn_numeral_char(c));
        lone.then(|| Numeral {
            start: j + 2,
            end: j + 3,
            value: Decimal::int(100),
            value_max: None,
            more: false,
            chinese: true,
            magnitude: false,
        })
    };
    let mut num = numeral::read(chars, j + 2).or_else(whole)?;
    if denominator <= 0.0 {
        return None;
    }
    let percent = num.value.to_f64() * 100.0 / denominator;
    // Keep two decimals: 三分之二 is 66.67%.
    num.value = Decimal { mantissa: (percent * 100.0).round() as i128, exp: -2 };
    num.start = i;
    let end = num.end;
    Some(Atom { num, first: i, ordinal: false, unit: None, end, fraction: true })
}

/// `1/3的审批环节`, `2/3以上`: a proper fraction of small whole numbers, a
/// percent like 三分之一. Not one of a date or a code (`2023/1/3`, `1/2/3`,
/// `3/4.5`, `第1/2季度`), nor one a unit follows (`7/24小时`).
fn slash_fraction_at(chars: &[char], i: usize) -> Option<Atom> {
    let digits = |from: usize| chars[from.min(chars.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
    let top = digits(i);
    if !(1..=2).contains(&top) || chars.get(i + top) != Some(&'/') {
        return None;
    }
    let bottom = digits(i + top + 1);
    let end = i + top + 1 + bottom;
    let next = chars.get(end).copied();
    let fenced = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-'));
    let before = i.checked_sub(1).map(|p| chars[p]);
    if !(1..=3).contains(&bottom) || fenced(before) || before == Some('第') || fenced(next) {
        return None;
    }
    if units::unit_at(chars, end).is_some() {
        return None;
    }
    let number = |from: usize, n: usize| chars[from..from + n].iter().collect::<String>().parse::<u32>().ok();
    let (top, bottom) = (number(i, top)?, number(i + top + 1, bottom)?);
    if top == 0 || top >= bottom {
        return None;
    }
    let percent = f64::from(top) * 100.0 / f64::from(bottom);
    let num = Numeral {
        start: i,
        end,
        value: Decimal { mantissa: (percent * 100.0).round() as i128, exp: -2 },
        value_max: None,
        more: false,
        chinese: false,
        magnitude: false,
    };
    Some(Atom { num, first: i, ordinal: false, unit: None, end, fraction: true })
}

const RANGE_SEPS: &[char] = &['至', '到', '-', '~', '—', '–'];
/// Words before a bare `第N` that make it a place in a ranking (`全省第一`),
/// besides [`RANK_VERBS`].
const RANK_CONTEXT: &[&str] = &[
    "全省",
    "全国",
    "全市",
    "全区",
    "全县",
    "全州",
    "全球",
    "全世界",
    "居",
    "列",
    "西部",
    "中部",
    "东部",
    "全盟",
    "全疆",
];
/// Words after a duration that make it how often something recurs.
const EVERY: &[&str] = &["一度", "一届", "一次", "一轮", "一评"];
/// Words after a duration that make it part of a plan's name (`三年行动`).
/// Words after a span of years that make it a name or a qualifier, not a
/// streak: a plan (`三年行动`), an average over the years (`两年平均增长`).
const PLAN_WORDS: &[&str] = &["行动", "计划", "规划", "攻坚", "工程", "方案", "平均"];

/// Joins ranges and lists, then classifies each atom into a draft mention.
/// The range from `a` (its value read as `low`) to `b`, with `b`'s unit:
/// one atom spanning both.
fn range_of(a: &Atom, b: &Atom, low: Decimal) -> Atom {
    let mut merged = b.clone();
    merged.first = a.first;
    merged.num.start = a.num.start;
    merged.num.more |= a.num.more;
    merged.num.value_max = Some(b.num.value);
    merged.num.value = low;
    merged
}

fn join_and_classify(chars: &[char], atoms: &[Atom], names: &[(usize, usize)]) -> Vec<Draft> {
    let mut drafts = Vec::new();
    let mut k = 0;
    let mut previous: Option<(usize, usize)> = None; // (end, list head start) of the last atom
    while k < atoms.len() {
        // `第1、2名`, `第一、二、三位`: numbers listed after a bare place in
        // a ranking are places too, with the 第 written once.
        let listed;
        let a = if !atoms[k].ordinal && atoms[k].unit.is_none_or(is_place_unit) && lists_places(chars, atoms, k) {
            listed = Atom { ordinal: true, ..atoms[k].clone() };
            &listed
        } else {
            &atoms[k]
        };
        if a.unit.is_none() && !a.fraction && !a.ordinal {
            // `35至70个工作日`: one mention from the first number to the unit;
            // `3-5亿元`: the low end shares the high end's magnitude.
            let low = |b: &Atom| match (a.num.magnitude, b.num.magnitude) {
                (false, true) => a.num.value.scale(numeral::closing_power(chars, &b.num)),
                _ => Some(a.num.value),
            };
            if let Some(b) = atoms.get(k + 1)
                && b.unit.is_some()
                && !b.ordinal
                && b.first == a.num.end + 1
                && RANGE_SEPS.contains(&chars[a.num.end])
                && let Some(low) = low(b)
                && b.num.value.to_f64() > low.to_f64()
            {
                let merged = range_of(a, b, low);
                push_draft(&mut drafts, &mut previous, chars, classify(chars, &merged, names), &merged);
                k += 2;
                continue;
            }
        }
        // `第11~20位`, `第21至第31位`, `第3-5名`: a range of places in a
        // ranking is one rank; not a move from one place to another
        // (`从第5到第9位`).
        if let Some(b) = atoms.get(k + 1)
            && a.ordinal
            && !(a.first > 0 && matches!(chars[a.first - 1], '从' | '由'))
            && a.unit.is_none()
            && b.unit.is_some_and(is_place_unit)
            && b.first == a.num.end + 1
            && RANGE_SEPS.contains(&chars[a.num.end])
            && a.num.value_max.is_none()
            && b.num.value_max.is_none()
            && b.num.value.to_f64() > a.num.value.to_f64()
        {
            let mut merged = range_of(a, b, a.num.value);
            merged.ordinal = true;
            push_draft(&mut drafts, &mut previous, chars, classify(chars, &merged, names), &merged);
            k += 2;
            continue;
        }
        // `30%-50%`, `5000万元至1亿元`, `2小时~3小时`: a range written with
        // the unit at both ends is one mention too (`到` is left out: after
        // it the second figure is often a new level, `从30%到50%`).
        if let (Some(u), Some(b)) = (a.unit, atoms.get(k + 1))
            && !a.ordinal
            && !a.fraction
            && b.unit.is_some_and(|v| v.unit == u.unit && v.kind == u.kind)
            && !b.ordinal
            && b.first == a.end + 1
            && chars.get(a.end).is_some_and(|c| RANGE_SEPS.contains(c) && *c != '到')
            && a.num.value_max.is_none()
            && b.num.value.to_f64() > a.num.value.to_f64()
        {
            let merged = range_of(a, b, a.num.value);
            push_draft(&mut drafts, &mut previous, chars, classify(chars, &merged, names), &merged);
            k += 2;
            continue;
        }
        // `70、50个工作日`, `10亿、50亿元`, `1个、4个、5个工作日`: the list's
        // last unit is every item's.
        if !a.fraction
            && !a.ordinal
            && a.unit.is_none_or(is_bare_ge)
            && let Some(unit) = shared_unit(chars, atoms, k)
            // A `个` written out only goes on into a longer unit of its own
            // (`1个、4个、5个工作日`), never into another (`项目2个、5亿元`).
            && (a.unit.is_none() || unit.surface.first() == Some(&'个'))
        {
            let mut shared = a.clone();
            shared.unit = Some(unit);
            push_draft(&mut drafts, &mut previous, chars, classify(chars, &shared, names), &shared);
            k += 1;
            continue;
        }
        push_draft(&mut drafts, &mut previous, chars, classify(chars, a, names), a);
        k += 1;
    }
    drafts
}

/// Whether the atom at `k` continues a list (joined by `、`, `和`, `与`)
/// that a bare place in a ranking opens (`第1、2名`): the items between
/// have no unit either.
fn lists_places(chars: &[char], atoms: &[Atom], k: usize) -> bool {
    let mut j = k;
    while j > 0 {
        let before = &atoms[j - 1];
        let joined = before.end + 1 == atoms[j].first && matches!(chars[before.end], '、' | '和' | '与');
        if !joined || before.unit.is_some() || before.fraction {
            return false;
        }
        if before.ordinal {
            return true;
        }
        j -= 1;
    }
    false
}

/// Keeps a draft, pointing its bound words at the head of the list it
/// continues, if it continues one in the same unit.
fn push_draft(
    drafts: &mut Vec<Draft>,
    previous: &mut Option<(usize, usize)>,
    chars: &[char],
    draft: Option<Draft>,
    a: &Atom,
) {
    // A list's items share its unit (`10亿元以上项目2个、5亿元以上项目1个`
    // is no list of `2个` and `5亿元`).
    let same_unit = |d: &Draft| drafts.last().is_some_and(|last| last.unit == d.unit && last.kind == d.kind);
    let head = match *previous {
        Some((end, head))
            if a.first == end + 1
                && context::LIST_JOINERS.contains(&chars[end])
                && draft.as_ref().is_none_or(same_unit) =>
        {
            head
        }
        _ => a.first,
    };
    *previous = Some((a.end, head));
    if let Some(mut d) = draft {
        d.bound_at = head;
        if head != a.first {
            for item in drafts.iter_mut().rev().take_while(|item| item.bound_at == head) {
                item.list_end = d.end;
            }
        }
        drafts.push(d);
    }
}

/// The unit a list of numbers joined by `、` (or `和`, `与`, `及`: `分别提高
/// 3.1和5.6个百分点`) ends with, when the items
/// before the last are bare numbers or counted with a bare `个` (`1个、4个、
/// 5个工作日`: the last item's `个工作日` is what each `个` stands for).
fn shared_unit(chars: &[char], atoms: &[Atom], k: usize) -> Option<&'static UnitDef> {
    let mut prev = &atoms[k];
    let mut bare_ge = None;
    for next in &atoms[k + 1..] {
        let joined = chars.get(prev.end).is_some_and(|c| matches!(c, '、' | '和' | '与' | '及'));
        if !joined || next.first != prev.end + 1 || next.ordinal {
            break;
        }
        match next.unit {
            Some(u) if is_bare_ge(u) => bare_ge = Some(u),
            Some(u) => return Some(u),
            None => {}
        }
        prev = next;
    }
    // No longer unit ends the list: its `个` is what the bare numbers count.
    bare_ge
}

/// Words that may follow a quoted figure inside its quote (`“3%左右”`).
const QUOTED_BOUNDS: &[&str] = &["左右", "以上", "以内", "以下", "之内", "内", "上下"];

/// Whether the quote `(start, end)` holds the figure `a` and nothing else
/// but a bound word after it (`压缩至“0.5个工作日”`, `“3%左右”的预期目标`):
/// a figure quoted for weight, not a number inside a name. A figure in
/// digits with its unit only; a Chinese numeral (`“三个一”`) or words
/// after the unit (`“24小时响应机制”`, `“10条办法”`) make a name. So does a
/// count alone: `出台“30条”“25条”` names policies by their articles.
fn is_quoted_figure(chars: &[char], a: &Atom, (start, end): (usize, usize)) -> bool {
    let rest = &chars[a.end.min(end)..end];
    let bounded = QUOTED_BOUNDS.iter().any(|w| w.chars().eq(rest.iter().copied()));
    a.first == start
        && !a.num.chinese
        && a.unit.is_some_and(|u| u.kind != Kind::Count || bounded)
        && (rest.is_empty() || bounded)
}

fn is_bare_ge(unit: &UnitDef) -> bool {
    unit.surface == ['个']
}

/// Whether `unit` counts places in a ranking (`名`, `位`).
fn is_place_unit(unit: &UnitDef) -> bool {
    unit.surface == ['名'] || unit.surface == ['位']
}

fn classify(chars: &[char], a: &Atom, names: &[(usize, usize)]) -> Option<Draft> {
    let num = &a.num;
    let next = chars.get(a.end).copied();
    // `5G`, `4A级`, `3D`: a number glued to letters is a name, unless the
    // letters are its unit (`12km`, `5000m²`).
    let letter_unit = a.unit.is_some_and(|u| u.surface.first().is_some_and(char::is_ascii_alphabetic));
    if next.is_some_and(|c| c.is_ascii_alphabetic())
        || (chars.get(num.end).is_some_and(|c| c.is_ascii_alphabetic()) && !letter_unit)
    {
        return None;
    }
    if let Some(quote) = inside(names, num.start)
        && !is_quoted_figure(chars, a, quote)
    {
        return (!num.chinese).then(|| Draft::context(num.start, num.end, Kind::Label, Some(num.value)));
    }
    // `每一千人就有企业117户`, `每10万人口`, `每2年评估一次`: a number after
    // 每 is what a rate is per, or how often, not a fact of its own.
    if a.first > 0 && chars[a.first - 1] == '每' {
        return None;
    }
    if a.fraction {
        return Some(claim(chars, a, "%", Kind::Percent));
    }
    if a.ordinal {
        return rank(chars, a);
    }
    // `数十家`, `几百个`: some tens or hundreds, no number.
    let vague = num.chinese && a.first > 0 && matches!(chars[a.first - 1], '数' | '几') && {
        chars.get(num.start).is_some_and(|&c| matches!(c, '十' | '百' | '千' | '万'))
    };
    if vague {
        return None;
    }
    // A lone Chinese 一 is an article or idiom (`一批`, `一次性`); claims.md
    // §1.3. A multiple or a share is a quantity (`增长超过一倍`, `一成`).
    let multiple = a.unit.is_some_and(|u| matches!(u.surface[..], ['倍'] | ['成']));
    if num.chinese && num.value.is_one() && num.value_max.is_none() && !multiple {
        return None;
    }
    if is_bottom_of_ranking(chars, a) {
        return None;
    }
    if let Some(top) = top_of_ranking(chars, a) {
        return top;
    }
    if let Some(past) = past_top_of_ranking(chars, a) {
        return Some(past);
    }
    let Some(unit) = a.unit else {
        if !num.chinese && num.magnitude {
            return Some(claim(chars, a, "", Kind::Other));
        }
        let digits = num.end - num.start;
        return (!num.chinese && digits >= 5).then(|| Draft::context(num.start, num.end, Kind::Label, Some(num.value)));
    };
    // `四年一度的考评`, `三年一次`: how often, not how long.
    if unit.kind == Kind::Duration && EVERY.iter().any(|w| starts_with(chars, a.end, w)) {
        return None;
    }
    if unit.kind == Kind::Duration
        && (PLAN_WORDS.iter().any(|w| starts_with(chars, a.end, w)) || names_a_circle(chars, a))
    {
        return Some(Draft::context(a.first, a.end, Kind::Label, Some(num.value)));
    }
    if is_span_of_years(chars, a, unit) || is_opening_span(chars, a, unit) {
        return Some(Draft::context(a.first, a.end, Kind::Date, None));
    }
    if is_session_number(chars, a, unit)
        || is_phase_number(chars, a, unit)
        || is_grade_number(chars, a, unit)
        || is_team_number(chars, a, unit)
    {
        return None;
    }
    if is_page_statistic(chars, a) || is_journal_issue(chars, a, unit) {
        return Some(Draft::context(a.first, a.end, Kind::Label, Some(num.value)));
    }
    if unit.surface == ['位'] && is_ranked_place(chars, a) {
        return Some(claim(chars, a, "名", Kind::Rank));
    }
    if unit.surface == ['日'] && !day_is_duration(chars, a) {
        return Some(Draft::context(a.first, a.end, Kind::Date, None));
    }
    if unit.surface == ['成'] {
        // Tenths: `七成` is 70%; more than ten tenths is no share.
        let tenths = |d: Decimal| Decimal { mantissa: d.mantissa, exp: d.exp + 1 };
        if num.value.to_f64() > 10.0 {
            return None;
        }
        let mut scaled = a.clone();
        scaled.num.value = tenths(num.value);
        scaled.num.value_max = num.value_max.map(tenths);
        return Some(claim(chars, &scaled, "%", Kind::Percent));
    }
    if unit.surface == ['分'] {
        // A score is written in digits; `十分`, `三分`, `万分` are adverbs
        // and idioms. After `9时`/`9点` it is a clock's minutes.
        if num.chinese {
            return None;
        }
        if a.first > 0 && matches!(chars[a.first - 1], '时' | '点') {
            return Some(Draft::context(a.first, a.end, Kind::Date, None));
        }
    }
    Some(claim(chars, a, &unit.unit, unit.kind))
}

fn rank(chars: &[char], a: &Atom) -> Option<Draft> {
    match a.unit {
        Some(u) if is_place_unit(u) => Some(claim(chars, a, "名", Kind::Rank)),
        Some(_) => None,
        None => {
            let next = chars.get(a.num.end).copied();
            let ends_place = |c: Option<char>| c.is_none_or(|c| !crate::normalize::is_han(c) || c == '的');
            // `位居第二和第三位`: a bare place listed with the next place
            // (not with a batch: `第一和第二批`).
            let listed = matches!(next, Some('和' | '与' | '及' | '或'))
                && chars.get(a.num.end + 1) == Some(&'第')
                && numeral::read(chars, a.num.end + 2).is_some_and(|n| {
                    matches!(chars.get(n.end), Some('位' | '名')) || ends_place(chars.get(n.end).copied())
                });
            // `全国第七全省第一`: a place written right before the next
            // scope's place.
            let next_scope = RANK_CONTEXT
                .iter()
                .any(|w| starts_with(chars, a.num.end, w) && chars.get(a.num.end + w.chars().count()) == Some(&'第'));
            let at_boundary = listed || next_scope || ends_place(next);
            // Within its sentence: `…占全国的1/7。\n第二,营造…` is a list
            // marker after a scope that ends the sentence before.
            let sentence = crate::normalize::bounded_start(chars, a.first, 8, crate::normalize::SENTENCE_ENDS);
            let before = &chars[sentence..a.first];
            // `位居全国百强县投资潜力第3`: a verb of placing may open the
            // clause further back.
            let clause = crate::normalize::bounded_start(chars, a.first, RANKED_CLAUSE_REACH, context::CLAUSE_END);
            let ranked = RANK_CONTEXT.iter().chain(RANK_VERBS).any(|w| contains(before, w))
                || PLACING_VERBS.iter().any(|w| contains(&chars[clause..a.first], w))
                || before.last() == Some(&'”')
                || counted_set_before(&chars[..a.first])
                || continues_ranked_list(chars, a.first);
            (at_boundary && ranked && a.num.value.to_f64() < 1000.0).then(|| claim(chars, a, "名", Kind::Rank))
        }
    }
}

/// How far back in its clause a verb of placing makes a bare `第N` a rank.
const RANKED_CLAUSE_REACH: usize = 24;
/// Verbs that put what follows them on a list, at a place (a bare `第N`
/// later in the clause is that place): a closed subset of [`RANK_VERBS`].
const PLACING_VERBS: &[&str] = &["位居", "位列", "名列", "排名", "排在", "跃居"];

/// The most characters of the name that opens an item of a list of
/// places in a ranking (`深圳南山区`, `县域经济基本竞争力`).
const MAX_RANKED_NAME: usize = 10;
/// How far back the start of a ranking's sentence is looked for.
const RANKED_LIST_REACH: usize = 60;
/// What ends the sentence of a ranked list: its items may stand in clauses
/// of their own.
const RANKED_LIST_END: &[char] = &['。', ';', '!', '?', ':', '\n', '(', ')', '“', '”'];

/// `深圳排名第一、广州第二、佛山第三`, `北京第一,上海第二`: whether the
/// bare `第N` at `first` ends an item (a short name and the place) of a list
/// whose items before it end in places too, in a sentence where a ranking
/// verb or scope stands.
fn continues_ranked_list(chars: &[char], first: usize) -> bool {
    let sentence = crate::normalize::bounded_start(chars, first, RANKED_LIST_REACH, RANKED_LIST_END);
    let before = &chars[sentence..first];
    let Some(joint) = before.iter().rposition(|&c| matches!(c, '、' | ',')) else { return false };
    let name = &before[joint + 1..];
    let named = (1..=MAX_RANKED_NAME).contains(&name.len())
        && name.iter().all(|&c| crate::normalize::is_han(c) && c != '第' && !numeral::is_cn_numeral_char(c));
    // The item before ends in a place: 第, a number, and 名 or 位 if written.
    let prior = &before[..joint];
    let prior = prior.strip_suffix(&['名']).or_else(|| prior.strip_suffix(&['位'])).unwrap_or(prior);
    let digits = prior.iter().rev().take_while(|&&c| c.is_ascii_digit() || numeral::is_cn_numeral_char(c)).count();
    let placed = digits > 0 && prior.len() > digits && prior[prior.len() - digits - 1] == '第';
    named && placed && RANK_CONTEXT.iter().chain(RANK_VERBS).any(|w| contains(&prior[..prior.len() - digits - 1], w))
}

/// Plural names of the units a place ranks among (`全市6县市`, `全省14个市州`,
/// `五城区`).
const UNIT_SETS: &[&str] =
    &["县市", "县区", "区县", "县市区", "市县", "市州", "地市", "设区市", "省份", "省区市", "城市", "城区"];

/// `增速五城区第一`, `6县市第1`, `14个市州第一`: whether `before` ends
/// with a count of units (a numeral, 个 if written, one of [`UNIT_SETS`]),
/// the set a bare rank after it ranks among.
fn counted_set_before(before: &[char]) -> bool {
    UNIT_SETS.iter().any(|set| {
        let rest = ends_with(before, set).then(|| &before[..before.len() - set.chars().count()]);
        let rest = rest.map(|r| r.strip_suffix(&['个']).unwrap_or(r));
        rest.and_then(|r| r.last()).is_some_and(|&c| c.is_ascii_digit() || numeral::is_cn_numeral_char(c))
    })
}

/// Verbs that place something in a ranking (`排名57位`, `进位至57位`).
const RANK_VERBS: &[&str] =
    &["排名", "排在", "排位", "位居", "位列", "名列", "进位", "跃居", "跃升", "升至", "上升至", "上升到"];

/// `已进位至57位`, `位居全国12位`: `N位` without `第` is a place in a
/// ranking when a ranking verb stands before it in its clause, or in
/// brackets after a name (`龙口市(13位)`); elsewhere it counts people
/// (`36位市领导`). `前3位` is the top three, no place;
/// `排名上升8位` is a move of eight places, the size of a change.
fn is_ranked_place(chars: &[char], a: &Atom) -> bool {
    // `龙口市(13位)、胶州市(16位)`: a place in a list of places.
    let bracketed = a.first > 0 && chars[a.first - 1] == '(' && chars.get(a.end) == Some(&')');
    if bracketed {
        return true;
    }
    let clause_start = crate::normalize::bounded_start(chars, a.first, 8, context::CLAUSE_END);
    let before = &chars[clause_start..a.first];
    // `列全国12位`, `居全省3位`: a bare 居/列 before the scope of a ranking.
    let scoped = RANK_CONTEXT.iter().filter(|w| w.starts_with('全')).any(|scope| {
        let n = scope.chars().count();
        ends_with(before, scope) && before.len() > n && matches!(before[before.len() - n - 1], '居' | '列')
    });
    before.last() != Some(&'前')
        && (scoped || RANK_VERBS.iter().any(|w| contains(before, w)))
        && context::change(chars, a.first).is_none()
}

/// `排在最后5位的`, `排名后10位`, `排名倒数3位`: the bottom places of a
/// ranking, after a ranking verb in the clause. They say how many places
/// from the end, no place a reader could compare, so they are no mention.
fn is_bottom_of_ranking(chars: &[char], a: &Atom) -> bool {
    let ranked = a.unit.is_none_or(is_place_unit);
    if a.ordinal || !ranked || a.first == 0 {
        return false;
    }
    let before = &chars[..a.first];
    let bottom = ["最后", "最末", "末", "倒数"].iter().any(|w| ends_with(before, w))
        || (before.last() == Some(&'后') && !ends_with(before, "之后") && !ends_with(before, "以后"));
    let clause_start = crate::normalize::bounded_start(chars, a.first, 12, context::CLAUSE_END);
    bottom && RANK_VERBS.iter().any(|w| contains(&chars[clause_start..a.first], w))
}

/// `进入全国前十名`, `位居全省前3位`, `排名前三`: the top places of a
/// ranking, a rank no lower than the number (bound `le`). Only after a verb
/// that places something in a ranking, in the clause: elsewhere `前10名`
/// picks out what is counted (`前10名企业营收增长5%`), and `前三季度` is a
/// period. `Some(None)`: top places that pick out what is counted after a
/// ranking verb (`排名前三位的国家`), no mention at all.
fn top_of_ranking(chars: &[char], a: &Atom) -> Option<Option<Draft>> {
    const ENTRY_VERBS: &[&str] =
        &["进入", "跻身", "迈入", "迈进", "挺进", "闯入", "跃入", "保持", "稳居", "居于", "入选", "入围"];
    let unit_ok = match a.unit {
        Some(u) => is_place_unit(u),
        None => chars.get(a.num.end).is_none_or(|&c| !crate::normalize::is_han(c)),
    };
    if a.ordinal || a.first == 0 || chars[a.first - 1] != '前' || !unit_ok || a.num.value_max.is_some() {
        return None;
    }
    let clause_start = crate::normalize::bounded_start(chars, a.first - 1, 12, context::CLAUSE_END);
    let before = &chars[clause_start..a.first - 1];
    // A bare 居 or 列 right before, or before the ranking's scope
    // (`居全省前三`, `列前十`); not 排列 or 系列 anywhere in the clause.
    let scope = RANK_CONTEXT.iter().filter(|w| w.starts_with('全')).find(|w| ends_with(before, w));
    let bare = before[..before.len() - scope.map_or(0, |w| w.chars().count())].last();
    let placed = RANK_VERBS.iter().chain(ENTRY_VERBS).any(|w| contains(before, w)) || matches!(bare, Some('居' | '列'));
    // `排名前三位的国家合计投资…`: the top places pick out what is counted;
    // a group of them is still a rank (`进入前十名的行列`).
    if !placed || a.num.value.to_f64() >= 1000.0 {
        return None;
    }
    if starts_with(chars, a.end, "的") && !TOP_GROUPS.iter().any(|w| starts_with(chars, a.end + 1, w)) {
        return Some(None);
    }
    let mut draft = claim(chars, a, "名", Kind::Rank);
    draft.bound = Some(Bound::Le);
    Some(Some(draft))
}

/// What the top places of a ranking form (`前十名的行列`).
const TOP_GROUPS: &[&str] = &["行列", "方阵", "序列", "阵营", "位置", "位次"];

/// `15分钟便民服务圈`, `1小时经济圈`: a time that names the circle after
/// it, a programme's name rather than a claim (claims.md §1.1).
fn names_a_circle(chars: &[char], a: &Atom) -> bool {
    const MAX_CIRCLE_NAME: usize = 8;
    let run = chars[a.end..].iter().take(MAX_CIRCLE_NAME).take_while(|&&c| crate::normalize::is_han(c)).count();
    chars[a.end..a.end + run].contains(&'圈')
}

/// `排名在全国十名之外`, `排在全省20位以后`: a rank lower than the number
/// (bound `gt`), after a verb that places something in a ranking or the
/// ranking's scope, in the clause.
fn past_top_of_ranking(chars: &[char], a: &Atom) -> Option<Draft> {
    const PAST: &[&str] = &["之外", "以外", "开外", "之后", "以后"];
    let ranked = a.unit.is_some_and(is_place_unit);
    if a.ordinal || !ranked || a.num.value_max.is_some() || !PAST.iter().any(|w| starts_with(chars, a.end, w)) {
        return None;
    }
    let clause_start = crate::normalize::bounded_start(chars, a.first, 12, context::CLAUSE_END);
    let before = &chars[clause_start..a.first];
    let placed = RANK_VERBS.iter().chain(RANK_CONTEXT).any(|w| contains(before, w));
    let mut draft = claim(chars, a, "名", Kind::Rank);
    draft.bound = Some(Bound::Gt);
    placed.then_some(draft)
}

/// `三年来`, `近3年`, `过去五年`: the years a sentence looks back over, a
/// time like `近年来`, not a streak (`连续三年`) or a time limit (`3年内`).
fn is_span_of_years(chars: &[char], a: &Atom, unit: &UnitDef) -> bool {
    let before = &chars[..a.first];
    unit.unit == "年"
        && a.num.value_max.is_none()
        && (starts_with(chars, a.end, "来")
            || starts_with(chars, a.end, "以来")
            // `三年间办理…`: within those years.
            || (starts_with(chars, a.end, "间") && !starts_with(chars, a.end + 1, "隔"))
            || before.ends_with(&['过', '去'])
            || (before.ends_with(&['近']) && !before.ends_with(&['将', '近']) && !before.ends_with(&['接', '近']))
            || totals_over(chars, a))
}

/// Verbs of a total over a span of years that opens a clause (`五年净增市场
/// 主体107.2万户`, `三年累计减税…`).
const TOTALLING: &[&str] = &["净增", "新增", "累计", "共计", "合计"];

/// Whether the years of `a` open their clause and a verb of a total follows:
/// the span the total is over. (A streak says 连续 before.)
fn totals_over(chars: &[char], a: &Atom) -> bool {
    let opens = a.first == 0 || matches!(chars[a.first - 1], ',' | ';' | ':' | '。' | '\n' | ' ');
    opens && TOTALLING.iter().any(|w| starts_with(chars, a.end, w))
}

/// `今年前七个月`, `“十三五”前两年`, `前三个季度`: the opening months,
/// quarters or years of a longer time, when the claims after them hold; not a span ahead of time
/// (`提前两年完成`).
fn is_opening_span(chars: &[char], a: &Atom, unit: &UnitDef) -> bool {
    let before = &chars[..a.first];
    // `前三个季度`: quarters are counted with 个.
    let quarters = unit.unit == "个" && starts_with(chars, a.end, "季度");
    (matches!(unit.unit.as_str(), "年" | "月") || quarters)
        && a.num.value_max.is_none()
        && before.ends_with(&['前'])
        && !before.ends_with(&['提', '前'])
        && !before.ends_with(&['之', '前'])
}

/// `浏览次数: 5293次`, `阅读量:440次`: how often the web page was read, a
/// figure about the page, not the place.
fn is_page_statistic(chars: &[char], a: &Atom) -> bool {
    const STATS: &[&str] =
        &["浏览次数", "阅读次数", "点击次数", "浏览量", "阅读量", "点击量", "访问量", "阅读数", "点击数"];
    let before = &chars[..a.first];
    let label_end =
        before.len() - before.iter().rev().take_while(|&&c| matches!(c, ':' | '：' | ' ' | '\u{3000}')).count();
    // A page's own figure stands after its label and a colon or a space, or
    // after a label that opens a line; `日均访问量396.6万次` is a platform's.
    let separated = label_end < before.len();
    STATS.iter().any(|w| {
        let n = w.chars().count();
        let opens_line = || label_end == n || matches!(before[label_end - n - 1], '\n' | ' ' | '\u{3000}' | '|');
        ends_with(&before[..label_end], w) && (separated || opens_line())
    })
}

/// `《中国行政管理》2020年05期`: a journal's issue, written right after its year.
fn is_journal_issue(chars: &[char], a: &Atom, unit: &UnitDef) -> bool {
    unit.surface == ['期']
        && a.first >= 5
        && chars[a.first - 1] == '年'
        && chars[a.first - 5..a.first - 1].iter().all(char::is_ascii_digit)
}

/// `十五届人大五次会议`: the fifth session of a congress, not five meetings.
fn is_session_number(chars: &[char], a: &Atom, unit: &UnitDef) -> bool {
    let sessions = ["会议", "全会", "会"];
    // `七届44次常务会议`: the kind of meeting may stand between.
    let meeting = |at: usize| sessions.iter().any(|w| starts_with(chars, at, w));
    let kind = chars[a.end..(a.end + 3).min(chars.len())].iter().take_while(|&&c| crate::normalize::is_han(c)).count();
    // `七届44次`, `十五届人大五次`: the session of a term; not meetings a
    // term held (`本届政府召开3次常务会议`).
    let before = &chars[a.first.saturating_sub(6)..a.first];
    let of_term = before
        .iter()
        .rposition(|&c| c == '届')
        .is_some_and(|t| !before[t..].iter().any(|&c| matches!(c, '召' | '开' | '举')));
    unit.surface == ['次'] && (0..=kind).any(|k| meeting(a.end + k)) && of_term
}

/// `督导四组组长`, `第二组副组长`: the number of a team before the title of
/// its leader names the team; not teams counted (`成立4组专班,组长由…`).
fn is_team_number(chars: &[char], a: &Atom, unit: &UnitDef) -> bool {
    unit.surface == ['组'] && ["组长", "副组长"].iter().any(|w| starts_with(chars, a.end, w))
}

/// `机场高速二期`: phase two of a project. A Chinese-numeral `N期` counts
/// editions only after a verb (`开展了两期培训`, `举办三期`).
fn is_phase_number(chars: &[char], a: &Atom, unit: &UnitDef) -> bool {
    const VERB_ENDS: &[char] = &['办', '开', '展', '行', '出', '共', '计', '已', '了', '织', '训', '完', '播', '发'];
    a.num.chinese && unit.surface == ['期'] && !(a.first > 0 && VERB_ENDS.contains(&chars[a.first - 1]))
}

/// `全省二类县市`: a lone 二 before a classifier names a grade or a class;
/// a count of two says 两 (`两批`, `两类`).
fn is_grade_number(chars: &[char], a: &Atom, unit: &UnitDef) -> bool {
    unit.kind == Kind::Count && a.num.end == a.num.start + 1 && chars[a.num.start] == '二'
}

/// `N日` is a span of days only where the clause talks about time limits.
fn day_is_duration(chars: &[char], a: &Atom) -> bool {
    const AFTER: &[&str] = &["内", "以内", "之内", "办结", "完成", "左右", "以上", "以下", "缩短", "压缩"];
    const BEFORE: &[&str] = &[
        "时限", "时间", "用时", "周期", "压缩", "缩短", "减少", "办结", "提前", "延长", "缩减", "节省", "为期", "至",
        "到", "为", "需", "用",
    ];
    if AFTER.iter().any(|w| starts_with(chars, a.end, w)) {
        return true;
    }
    // `11月28日至29日`: the second day of a range of dates is a date too.
    if a.first >= 2 && RANGE_SEPS.contains(&chars[a.first - 1]) && chars[a.first - 2] == '日' {
        return false;
    }
    let clause_start = crate::normalize::bounded_start(chars, a.first, context::CLAUSE_REACH, context::CLAUSE_END);
    let clause = &chars[clause_start..a.first];
    BEFORE.iter().any(|w| contains(clause, w))
}

fn claim(chars: &[char], a: &Atom, unit: &str, kind: Kind) -> Draft {
    let change = if kind == Kind::Rank { None } else { context::change(chars, a.first) };
    Draft {
        start: a.first,
        end: a.end,
        value: Some(a.num.value),
        value_max: a.num.value_max,
        unit: unit.to_owned(),
        kind,
        more: a.num.more,
        bound: None,
        bound_at: a.first,
        list_end: a.end,
        change,
    }
}

/// Whether `word` stands in `chars` at `at`.
pub fn starts_with(chars: &[char], at: usize, word: &str) -> bool {
    word.chars().enumerate().all(|(i, w)| chars.get(at + i) == Some(&w))
}

pub fn ends_with(hay: &[char], word: &str) -> bool {
    let n = word.chars().count();
    hay.len() >= n && hay[hay.len() - n..].iter().copied().eq(word.chars())
}

fn contains(hay: &[char], word: &str) -> bool {
    (0..hay.len()).any(|i| starts_with(hay, i, word))
}

#[cfg(test)]
mod tests;
