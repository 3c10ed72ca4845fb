//! Context around a mention: the words that bound it (`超过`, `以上`, `约`,
//! `以内`) and the verb that makes it the size of a change (`压缩74%`,
//! `同比增长9.1%`) rather than a level (`压缩到35天`, `新增6家`).

use super::{Bound, Change};
use std::sync::LazyLock;

/// A word list as characters, built once (the scans run per character).
fn as_chars<T: Copy>(words: &[(&str, T)]) -> Vec<(Vec<char>, T)> {
    words.iter().map(|(w, t)| (w.chars().collect(), *t)).collect()
}

static BEFORE: LazyLock<Vec<(Vec<char>, Bound)>> = LazyLock::new(|| as_chars(BOUND_BEFORE));
static AFTER: LazyLock<Vec<(Vec<char>, Bound)>> = LazyLock::new(|| as_chars(BOUND_AFTER));
static VERBS: LazyLock<Vec<(Vec<char>, Change)>> = LazyLock::new(|| {
    let up = UP_VERBS.iter().map(|v| (*v, Change::Up));
    let down = DOWN_VERBS.iter().map(|v| (*v, Change::Down));
    as_chars(&up.chain(down).collect::<Vec<_>>())
});
/// The characters a change verb starts with: most positions of a clause
/// are none of them, and are passed over without comparing every verb.
static VERB_FIRST: LazyLock<Vec<char>> =
    LazyLock::new(|| VERBS.iter().filter_map(|(v, _)| v.first().copied()).collect());
static NOT_CHANGE_CHARS: LazyLock<Vec<Vec<char>>> =
    LazyLock::new(|| NOT_CHANGE.iter().map(|w| w.chars().collect()).collect());

/// Bound words written before the number, longest first where one contains another.
const BOUND_BEFORE: &[(&str, Bound)] = &[
    ("不超过", Bound::Le),
    ("不大于", Bound::Le),
    ("不小于", Bound::Ge),
    ("不多于", Bound::Le),
    ("不高于", Bound::Le),
    ("不少于", Bound::Ge),
    ("不低于", Bound::Ge),
    ("不到", Bound::Lt),
    ("不足", Bound::Lt),
    ("少于", Bound::Lt),
    ("小于", Bound::Lt),
    ("低于", Bound::Lt),
    ("≤", Bound::Le),
    ("≥", Bound::Ge),
    ("<", Bound::Lt),
    (">", Bound::Gt),
    ("至少", Bound::Ge),
    ("最少", Bound::Ge),
    ("最多", Bound::Le),
    ("最长", Bound::Le),
    ("最高", Bound::Le),
    ("最低", Bound::Ge),
    ("超过", Bound::Gt),
    ("突破", Bound::Gt),
    ("多于", Bound::Gt),
    ("高于", Bound::Gt),
    ("大于", Bound::Gt),
    ("超", Bound::Gt),
    ("逾", Bound::Gt),
    ("大约", Bound::Approx),
    ("约为", Bound::Approx),
    ("将近", Bound::Approx),
    ("接近", Bound::Approx),
    ("约", Bound::Approx),
    ("近", Bound::Approx),
];

/// Bound words written after the unit.
const BOUND_AFTER: &[(&str, Bound)] = &[
    ("及以上", Bound::Ge),
    ("以上", Bound::Ge),
    ("及以下", Bound::Le),
    ("以下", Bound::Le),
    ("以内", Bound::Le),
    ("之内", Bound::Le),
    ("左右", Bound::Approx),
    ("上下", Bound::Approx),
    ("多", Bound::Gt),
    ("余", Bound::Gt),
    ("内", Bound::Le),
];

/// `内` that starts another word (`内资`, `内部`) is not "within".
const NEI_WORDS: &[char] = &['资', '容', '部', '外', '地', '陆', '涵', '需', '蒙', '河', '江', '核', '生', '在'];

/// Words before a number that make `近` mean "recent" rather than "nearly".
fn is_recent(before: &[char]) -> bool {
    before.ends_with(&['最', '近']) || before.ends_with(&['将', '近'])
}

/// `text.starts_with(word)`, the first characters compared inline first:
/// most words of a list are turned away by them.
fn starts_with_word(text: &[char], word: &[char]) -> bool {
    word.first().is_none_or(|c| text.first() == Some(c)) && text.starts_with(word)
}

/// `text.ends_with(word)`, the last characters compared inline first.
fn ends_with_word(text: &[char], word: &[char]) -> bool {
    word.last().is_none_or(|c| text.last() == Some(c)) && text.ends_with(word)
}

/// The bound set by the words around normalized span `(start, end)`.
/// Words before it are looked for before `head` (the span's start, or the
/// first item of the list it is in); `more` says the number held `余`/`多`.
/// A limit written after the list, which ends at `tail`, is every item's
/// (`8个、5个工作日以内`); `多` and `余` there are the last item's own.
pub fn bound(chars: &[char], (start, end): (usize, usize), head: usize, tail: usize, more: bool) -> Bound {
    let after_list = || bound_after(&chars[tail.min(chars.len())..]).filter(|b| *b != Bound::Gt);
    if let Some(b) = bound_after(&chars[end.min(chars.len())..]).or_else(|| (tail > end).then(after_list).flatten()) {
        return b;
    }
    let own = &chars[..start];
    let before = if BEFORE.iter().any(|(w, _)| ends_with_word(own, w)) { own } else { &chars[..head.min(start)] };
    for (w, b) in BEFORE.iter() {
        if ends_with_word(before, w) {
            if w[..] == ['近'] && is_recent(before) {
                continue;
            }
            return *b;
        }
    }
    // `至少耗费两三天`, `最多需要5个工作日`: a limit word before the verb
    // that takes the number.
    if let Some(verb) = LIMITED_VERBS.iter().find(|v| ends_with_word(before, v)) {
        let before = &before[..before.len() - verb.len()];
        if let Some((_, b)) =
            BEFORE.iter().filter(|(_, b)| matches!(b, Bound::Ge | Bound::Le)).find(|(w, _)| ends_with_word(before, w))
        {
            return *b;
        }
    }
    // `每月至少走访企业2次`: an adverb of limit before the verb phrase
    // (verb and object) that takes the number.
    let phrase = before.iter().rev().take_while(|c| crate::normalize::is_han(**c) && **c != '的').count();
    // Not when the phrase names a rate (`最多跑一次比例100%`): the adverb
    // is then part of the name of what is measured.
    let names_rate = RATE_NOUNS.iter().any(|n| ends_with_word(before, n));
    for (w, b) in LIMIT_ADVERBS.iter().filter(|_| !names_rate) {
        let reach = phrase.min(MAX_LIMITED_PHRASE + w.len());
        let window = &before[before.len() - reach..];
        if window.windows(w.len()).rposition(|x| x == &w[..]).is_some_and(|at| at + w.len() < window.len()) {
            return *b;
        }
    }
    if more { Bound::Gt } else { Bound::Eq }
}

/// Adverbs that limit the verb phrase after them, and how many characters
/// that phrase may hold.
static LIMIT_ADVERBS: LazyLock<Vec<(Vec<char>, Bound)>> =
    LazyLock::new(|| as_chars(&[("至少", Bound::Ge), ("最少", Bound::Ge), ("最多", Bound::Le)]));
const MAX_LIMITED_PHRASE: usize = 6;
/// Nouns of a rate or share that close the name of what a figure measures.
static RATE_NOUNS: LazyLock<Vec<Vec<char>>> =
    LazyLock::new(|| ["率", "比例", "比率", "比重", "占比"].iter().map(|w| w.chars().collect()).collect());

/// The bound set by the words right after a figure, if they set one.
fn bound_after(after: &[char]) -> Option<Bound> {
    for (w, b) in AFTER.iter() {
        if starts_with_word(after, w) {
            if w[..] == ['内'] && after.get(1).is_some_and(|c| NEI_WORDS.contains(c)) {
                continue;
            }
            if w[..] == ['上', '下'] && after.get(2) == Some(&'游') {
                continue;
            }
            return Some(*b);
        }
    }
    None
}

/// Verbs that take a time or an amount after a limit word (`至少需要`,
/// `最多可达`), or a change after one (`至少压缩50%`).
static LIMITED_VERBS: LazyLock<Vec<Vec<char>>> = LazyLock::new(|| {
    ["需要", "耗费", "花费", "可达", "需", "要", "用", "压缩", "压减", "缩短", "减少", "降低", "提高", "提升", "增长"]
        .iter()
        .map(|w| w.chars().collect())
        .collect()
});

/// Change verbs; those of a place on a list (`前移2位`, `下滑3个位次`) too.
const UP_VERBS: &[&str] = &[
    "多增", "增长", "增加", "提高", "提升", "提速", "上升", "上涨", "增幅", "跃升", "攀升", "前移", "前进", "多了",
    "扩大", "增", "涨",
];
const DOWN_VERBS: &[&str] = &[
    "下降", "减少", "压缩", "压减", "缩短", "降低", "精简", "简化", "减免", "削减", "节省", "节约", "取消", "缩减",
    "减负", "减轻", "优惠", "下滑", "下跌", "回落", "后移", "后退", "少了", "缩小", "减", "降",
];
/// Whether `word` is one of the verbs that make a number the size of a
/// change (`增长`, `压缩`, `提速`…).
pub fn is_change_verb(word: &str) -> bool {
    UP_VERBS.contains(&word) || DOWN_VERBS.contains(&word)
}

/// Words that hold a change verb but name a level or a quantity (`新增6家`, `增加值`),
/// or an aim in a policy's name (`稳企增效政策12条`, `降本增效`).
const NOT_CHANGE: &[&str] =
    &["新增", "增加值", "增值", "增速", "增量", "净增", "增幅为", "降费率", "增效", "降本增效", "降成本"];
/// After the verb these turn the number into the new level (`压缩到35天`,
/// `压缩在半个工作日以内`).
const TO_LEVEL: &[char] = &['到', '至', '为', '在'];

/// Whether `between` (what follows a change verb, up to the number) opens
/// with a word that makes the number the new level: one of [`TO_LEVEL`], or
/// `成` right before the number or `了` (`缩短成了3天`; `节约成本` is no such
/// word).
fn to_level(between: &[char]) -> bool {
    match between {
        // `降低至少20%`: 至少 is a bound, not "to".
        ['至', '少', ..] => false,
        [c, ..] if TO_LEVEL.contains(c) => true,
        ['成'] | ['成', '了', ..] => true,
        _ => false,
    }
}
/// How far back a clause is looked for.
pub const CLAUSE_REACH: usize = 120;
/// The most characters between a change verb and the number it governs
/// (`为企业减免房租、水电费等3000万元`); further on, the verb has its own
/// object and the number is a level (`以持续提升准入便利度、优化…、加快…
/// 建设等26条具体举措`).
const MAX_OBJECT_CHARS: usize = 16;
/// Characters that join the items of a list.
pub const LIST_JOINERS: &[char] = &['、', '和', '及', '与', '或'];
/// Clause boundaries: a verb beyond them does not govern the number.
pub const CLAUSE_END: &[char] =
    &[',', '。', ';', '!', '?', ':', '\n', '，', '；', '：', '(', ')', '“', '”', '「', '」'];

/// Whether the number at normalized `start` is the size of a change.
pub fn change(chars: &[char], start: usize) -> Option<Change> {
    let clause_start = crate::normalize::bounded_start(chars, start, CLAUSE_REACH, CLAUSE_END);
    let clause = &chars[clause_start..start];
    if let Some(dir) = more_than_before(clause) {
        return Some(dir);
    }
    // The nearest verb before the number decides.
    for i in (0..clause.len()).rev() {
        let Some((len, dir)) = verb_at(clause, i) else { continue };
        let between = &clause[i + len..];
        if to_level(between) {
            return None;
        }
        // A number of its own between verb and mention was the verb's object,
        // unless it heads a list the mention belongs to (`压减材料39.96%、时限39.89%`,
        // `下降19%、27%和44%`); then the reach is counted from the list's
        // number before the mention.
        let object = match between.iter().rposition(|c| c.is_ascii_digit()) {
            Some(last_digit) if !between[last_digit..].iter().any(|c| LIST_JOINERS.contains(c)) => return None,
            Some(last_digit) => &between[last_digit + 1..],
            None => between,
        };
        return (object.len() <= MAX_OBJECT_CHARS).then_some(dir);
    }
    None
}

/// `比上年多3亿元`, `较去年同期少120件`, `比上年净增112家`: more or fewer
/// than at an earlier time is a change; more than another place
/// (`比全省平均多3天`) is not, nor is a net gain alone (`净增6家`, a level
/// like `新增`).
fn more_than_before(clause: &[char]) -> Option<Change> {
    let (dir, before) = match clause {
        [before @ .., '净', '增'] => (Change::Up, before),
        [before @ .., '净', '减'] => (Change::Down, before),
        [before @ .., '多'] => (Change::Up, before),
        [before @ .., '少'] => (Change::Down, before),
        _ => return None,
    };
    // What is compared with names a year, a month or the same period
    // (`上年`, `年初`, `上月`, `同期`).
    let compared = &before[before.iter().rposition(|&c| c == '比' || c == '较')? + 1..];
    let earlier = compared.len() <= 6
        && (compared.iter().any(|&c| c == '年' || c == '月') || compared.windows(2).any(|w| w == ['同', '期']));
    earlier.then_some(dir)
}

fn verb_at(clause: &[char], i: usize) -> Option<(usize, Change)> {
    let rest = &clause[i..];
    if !VERB_FIRST.contains(rest.first()?) {
        return None;
    }
    let (verb, dir) = VERBS.iter().find(|(v, _)| starts_with_word(rest, v))?;
    // `审批时限压缩率达60%`, `增长率为5%`: a rate named by the verb is a level.
    if rest.get(verb.len()) == Some(&'率') {
        return None;
    }
    for w in NOT_CHANGE_CHARS.iter() {
        // The verb may sit inside an excluded word that starts here or earlier (`新增`).
        if (0..w.len()).any(|k| i >= k && starts_with_word(&clause[i - k..], w)) {
            return None;
        }
    }
    Some((verb.len(), *dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// Bound of the first occurrence of `mention` in `sentence`.
    fn bound_of(sentence: &str, mention: &str) -> Bound {
        let c = chars(sentence);
        let m = chars(mention);
        let start = (0..c.len()).find(|&i| c[i..].starts_with(&m)).unwrap();
        let more = mention.contains('余') || mention.contains('多');
        bound(&c, (start, start + m.len()), start, start + m.len(), more)
    }

    fn change_of(sentence: &str, mention: &str) -> Option<Change> {
        let c = chars(sentence);
        let m = chars(mention);
        let start = (0..c.len()).find(|&i| c[i..].starts_with(&m)).unwrap();
        change(&c, start)
    }

    #[test]
    fn bounds_from_real_sentences() {
        assert_eq!(bound_of("对企业家的诉求和建议闭环管理,2天内交办", "2天"), Bound::Le);
        assert_eq!(bound_of("引进3亿元以上项目212个", "3亿元"), Bound::Ge);
        assert_eq!(bound_of("用电报装容量200千伏安及以下", "200千伏安"), Bound::Le);
        // A limit word before the verb that takes the number.
        assert_eq!(bound_of("至少耗费两三天", "两三天"), Bound::Ge);
        assert_eq!(bound_of("区领导每月至少走访企业2次", "2次"), Bound::Ge);
        assert_eq!(bound_of("最多跑腿办理3项", "3项"), Bound::Le);
        assert_eq!(bound_of("至少的企业办理3项", "3项"), Bound::Eq);
        assert_eq!(bound_of("至少走访,企业办理3项", "3项"), Bound::Eq);
        assert_eq!(bound_of("至少走访企业和个体工商户3项", "3项"), Bound::Eq);
        assert_eq!(bound_of("最多需要5个工作日", "5个工作日"), Bound::Le);
        // Not an approximation, and not a verb alone.
        assert_eq!(bound_of("近需3天", "3天"), Bound::Eq);
        assert_eq!(bound_of("办理需要3天", "3天"), Bound::Eq);
        assert_eq!(bound_of("惠及企业7000余家", "7000余家"), Bound::Gt);
        assert_eq!(bound_of("力争工业总产值2026年突破2000亿元", "2000亿元"), Bound::Gt);
        assert_eq!(bound_of("为企业节约成本260万元左右", "260万元"), Bound::Approx);
        // A limit adverb inside the name of a rate sets no bound.
        assert_eq!(bound_of("最多跑一次比例100%", "100%"), Bound::Eq);
        assert_eq!(bound_of("每月最多走访企业2次", "2次"), Bound::Le);
        assert_eq!(bound_of("参与企业近500家", "500家"), Bound::Approx);
        assert_eq!(bound_of("最近3年共引进", "3年"), Bound::Eq);
        assert_eq!(bound_of("引进100家内资企业", "100家"), Bound::Eq);
        assert_eq!(bound_of("审批时间不超过5个工作日", "5个工作日"), Bound::Le);
        assert_eq!(bound_of("单笔补贴最高50万元", "50万元"), Bound::Le);
        assert_eq!(bound_of("单笔贷款最多可达1000万元", "1000万元"), Bound::Le);
        assert_eq!(bound_of("审批时限至少压缩50%", "50%"), Bound::Ge);
        assert_eq!(bound_of("贷款利率小于4.5%", "4.5%"), Bound::Lt);
        assert_eq!(bound_of("出错率≤0.5%", "0.5%"), Bound::Le);
        assert_eq!(bound_of("好评率≥98%", "98%"), Bound::Ge);
    }

    #[test]
    fn change_from_real_sentences() {
        assert_eq!(change_of("湖州规上工业利润增长9.1%", "9.1%"), Some(Change::Up));
        assert_eq!(change_of("城乡收入差距缩小0.12", "0.12"), Some(Change::Down));
        assert_eq!(change_of("工业生产者出厂价格下跌1.2%", "1.2%"), Some(Change::Down));
        // An aim in a policy's name (`降成本30条措施`) is no change.
        assert_eq!(change_of("河南省实施降成本30条措施", "30条"), None);
        assert_eq!(change_of("收费降低至少20%", "20%"), Some(Change::Down));
        assert_eq!(change_of("建成区面积扩大到36.5平方公里", "36.5平方公里"), None);
        // An aim in a policy's name is no change.
        assert_eq!(change_of("先后出台稳企增效政策12条", "12条"), None);
        assert_eq!(change_of("出台降本增效措施20条", "20条"), None);
        assert_eq!(change_of("为企业降本1.2亿元", "1.2亿元"), Some(Change::Down));
        assert_eq!(change_of("比浙江全省平均高20.2个百分点", "20.2个百分点"), None);
        assert_eq!(change_of("申报材料压减39.96%、办理时限39.89%", "39.89%"), Some(Change::Down));
        assert_eq!(change_of("审批时限由190天压缩到35至70个工作日", "190天"), None);
        assert_eq!(change_of("审批时限由190天压缩到35至70个工作日", "35至70个工作日"), None);
        assert_eq!(change_of("平均办结时限由10天缩短成了3天", "3天"), None);
        assert_eq!(change_of("办结时限缩短成3天", "3天"), None);
        assert_eq!(change_of("办结时限缩短了3天", "3天"), Some(Change::Down));
        assert_eq!(change_of("开办时间压缩在1个工作日以内", "1个工作日"), None);
        assert_eq!(change_of("从32个环节减为4个", "4个"), None);
        assert_eq!(change_of("新增上市企业6家", "6家"), None);
        assert_eq!(change_of("完成规模以上工业增加值121.8亿元", "121.8亿元"), None);
        assert_eq!(change_of("为企业减税8.70亿元", "8.70亿元"), Some(Change::Down));
        assert_eq!(change_of("同比多增164.96亿元", "164.96亿元"), Some(Change::Up));
        assert_eq!(change_of("办理时限压缩,办结时间为3天", "3天"), None);
        assert_eq!(change_of("全省第8名", "8名"), None);
        assert_eq!(change_of("为企业节约成本约260万元", "260万元"), Some(Change::Down));
        assert_eq!(change_of("同比下降19%、27%和44%", "44%"), Some(Change::Down));
        assert_eq!(change_of("电费优惠5%", "5%"), Some(Change::Down));
        assert_eq!(change_of("共简化1382项申请材料", "1382项"), Some(Change::Down));
        assert_eq!(change_of("为企业减免房租、水电费等3000万元", "3000万元"), Some(Change::Down));
        let list = "减免养老保险费13.86亿元、工伤保险费1.82亿元、失业保险费2.86亿元";
        assert_eq!(change_of(list, "2.86亿元"), Some(Change::Down));
        let far = "以持续提升准入便利度、优化用电用水用气服务、加快政务服务信息化建设等26条具体举措";
        assert_eq!(change_of(far, "26条"), None);
        assert_eq!(change_of("全年新增企业较上年少了12家", "12家"), Some(Change::Down));
        assert_eq!(change_of("审批时限压缩率、申报材料精简率均达60%", "60%"), None, "a rate is a level");
        assert_eq!(change_of("出口增长率为5%", "5%"), None);
        assert_eq!(change_of("利润比上年多3亿元", "3亿元"), Some(Change::Up));
        assert_eq!(change_of("投诉量较去年同期少120件", "120件"), Some(Change::Down));
        assert_eq!(change_of("比全省平均多3天", "3天"), None, "another place");
        assert_eq!(change_of("规上工业企业1523家,比上年净增112家", "112家"), Some(Change::Up));
        assert_eq!(change_of("较上年末净减3户", "3户"), Some(Change::Down));
        assert_eq!(change_of("全年净增经营主体6家", "6家"), None, "a net gain alone is a level");
        assert_eq!(change_of("比全省平均净增3家", "3家"), None, "another place");
        // A place on a list moves up or down.
        assert_eq!(change_of("较上年前移2位", "2位"), Some(Change::Up));
        assert_eq!(change_of("排名下滑3个位次", "3个"), Some(Change::Down));
        assert_eq!(change_of("跃升至第18位", "第18位"), None);
    }
}
