//! Units: the table in `data/units.tsv` and longest-match lookup after a number.

use super::Kind;
use std::sync::LazyLock;

/// One row of the unit table.
#[derive(Debug)]
pub struct UnitDef {
    pub surface: Vec<char>,
    pub unit: String,
    pub kind: Kind,
    /// Characters that, following the surface, make it part of another word.
    pub not_before: Vec<char>,
}

static TABLE: LazyLock<Vec<UnitDef>> = LazyLock::new(|| parse(include_str!("../../data/units.tsv")));

fn parse(tsv: &'static str) -> Vec<UnitDef> {
    let mut rows: Vec<UnitDef> = crate::data::entries(tsv)
        .into_iter()
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            let kind = Kind::parse(cols.get(2)?)?;
            Some(UnitDef {
                surface: cols[0].chars().collect(),
                unit: cols.get(1)?.to_string(),
                kind,
                not_before: cols
                    .get(3)
                    .map(|s| s.split(',').filter_map(|w| w.chars().next()).collect())
                    .unwrap_or_default(),
            })
        })
        .collect();
    // Longest surface first; the sort is stable, so file order breaks ties.
    rows.sort_by_key(|r| std::cmp::Reverse(r.surface.len()));
    rows
}

/// The unit that starts at `at`, if any: the longest surface that is not the
/// start of a longer word.
pub fn unit_at(chars: &[char], at: usize) -> Option<&'static UnitDef> {
    // The rows sorted by first character, longest surface first within one
    // (the sort is stable): only the few that start with the character at
    // `at` are tried.
    static BY_FIRST: LazyLock<Vec<(char, &'static UnitDef)>> = LazyLock::new(|| {
        let mut rows: Vec<(char, &UnitDef)> = TABLE.iter().filter_map(|d| Some((*d.surface.first()?, d))).collect();
        rows.sort_by_key(|&(first, _)| first);
        rows
    });
    let rest = chars.get(at..)?;
    let first = *rest.first()?;
    let from = BY_FIRST.partition_point(|&(c, _)| c < first);
    BY_FIRST[from..]
        .iter()
        .take_while(|&&(c, _)| c == first)
        .map(|&(_, def)| def)
        .find(|def| rest.starts_with(&def.surface) && !joins_next_word(def, chars, at))
}

/// Whether the unit `def` at `at` is the start of a longer word with what
/// follows it (`成为`, `分局`): its next character is one it does not stand
/// before, and jieba, cutting the few characters around, puts no word
/// boundary after the unit (`三/成为/民营`, `3/分中心`; but `八成/群众`,
/// `3/个/案例`, `三成/员工`).
fn joins_next_word(def: &UnitDef, chars: &[char], at: usize) -> bool {
    let end = at + def.surface.len();
    if !chars.get(end).is_some_and(|next| def.not_before.contains(next)) {
        return false;
    }
    crate::segment::crossed_edges(chars, at, end).1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(s: &str) -> Option<(&'static str, Kind)> {
        let chars: Vec<char> = s.chars().collect();
        unit_at(&chars, 0).map(|d| (d.unit.as_str(), d.kind))
    }

    #[test]
    fn table_parses_every_row() {
        let rows = crate::data::entries(include_str!("../../data/units.tsv")).len();
        assert_eq!(TABLE.len(), rows, "a row of data/units.tsv has a bad kind or too few columns");
    }

    #[test]
    fn longest_match_and_canonical_units() {
        assert_eq!(unit("个工作日"), Some(("工作日", Kind::Duration)));
        assert_eq!(unit("个工作天"), Some(("工作日", Kind::Duration)));
        assert_eq!(unit("周岁"), Some(("岁", Kind::Other)));
        assert_eq!(unit("列。"), Some(("列", Kind::Count)));
        assert_eq!(unit("席列"), Some(("席", Kind::Count)), "seats");
        assert_eq!(unit("万立方米"), None, "a magnitude is the number's");
        assert_eq!(unit("立方米"), Some(("立方米", Kind::Other)));
        assert_eq!(unit("平米"), Some(("平方米", Kind::Area)), "the everyday word");
        assert_eq!(unit("头,"), Some(("头", Kind::Count)), "livestock");
        assert_eq!(unit("只。"), Some(("只", Kind::Count)), "poultry, batteries");
        assert_eq!(unit("羽肉鸡"), Some(("羽", Kind::Count)), "poultry");
        assert_eq!(unit("个百分点"), Some(("个百分点", Kind::Percent)));
        assert_eq!(unit("个月"), Some(("月", Kind::Duration)));
        assert_eq!(unit("个工作小时"), Some(("小时", Kind::Duration)));
        assert_eq!(unit("日内"), Some(("天", Kind::Duration)));
        assert_eq!(unit("户次"), Some(("户次", Kind::Count)));
        assert_eq!(unit("辆次"), Some(("辆次", Kind::Count)));
        assert_eq!(unit("批次"), Some(("批次", Kind::Count)));
        // Power: kilovolt-amperes are not kilovolts.
        assert_eq!(unit("千伏安及以下"), Some(("千伏安", Kind::Other)));
        assert_eq!(unit("KVA以下"), Some(("千伏安", Kind::Other)));
        assert_eq!(unit("kWh"), Some(("千瓦时", Kind::Other)));
        assert_eq!(unit("‰"), Some(("‰", Kind::Other)));
        assert_eq!(unit("千伏线路"), Some(("千伏", Kind::Other)));
        // A character the unit does not stand before may open a word of its own.
        let unit_in = |s: &str, at: usize| {
            let chars: Vec<char> = s.chars().collect();
            unit_at(&chars, at).map(|d| d.unit.as_str())
        };
        assert_eq!(unit_in("超八成群众满意", 2), Some("%"));
        assert_eq!(unit_in("全市三成员工", 3), Some("%"));
        assert_eq!(unit_in("保持两位数增长", 3), None, "两位数 is a size of figure");
        assert_eq!(unit_in("三成为民营企业", 1), None);
        assert_eq!(unit_in("3个案例", 1), Some("个"));
        assert_eq!(unit_in("3分中心", 1), None);
        assert_eq!(unit_in("12个项目建设", 2), Some("个"));
        assert_eq!(unit_in("5项目建设", 1), None);
        assert_eq!(unit_in("办成3件事", 3), Some("件"), "claims.md: the classifier ends it");
        assert_eq!(unit("场次"), Some(("场次", Kind::Count)));
        assert_eq!(unit("平方千米"), Some(("平方公里", Kind::Area)));
        assert_eq!(unit("人民币"), Some(("元", Kind::Money)), "renminbi is yuan");
        assert_eq!(unit("港币"), Some(("港元", Kind::Money)));
        assert_eq!(unit("澳门币"), Some(("澳门元", Kind::Money)));
        assert_eq!(unit("新台币"), Some(("新台币", Kind::Money)));
        assert_eq!(unit("日元"), Some(("日元", Kind::Money)));
        assert_eq!(unit_in("1日元旦期间", 1), Some("天"), "元旦 is a holiday, not yen");
    }

    #[test]
    fn lookup_by_first_character_agrees_with_the_whole_table() {
        let linear =
            |rest: &[char]| TABLE.iter().find(|def| rest.starts_with(&def.surface) && !joins_next_word(def, rest, 0));
        for row in TABLE.iter() {
            for next in row.not_before.iter().chain(&['x', '人']) {
                let text: Vec<char> = row.surface.iter().chain([next]).copied().collect();
                for at in 0..text.len() {
                    assert_eq!(
                        unit_at(&text, at).map(|d| &d.unit),
                        linear(&text[at..]).map(|d| &d.unit),
                        "{text:?} at {at}"
                    );
                }
            }
        }
    }

    #[test]
    fn continuations_make_other_words() {
        assert_eq!(unit("名单"), None);
        assert_eq!(unit("日报"), None);
        assert_eq!(unit("次性"), None);
        assert_eq!(unit("项目"), None);
        assert_eq!(unit("个人"), Some(("个", Kind::Count)));
        assert_eq!(unit("本地"), None);
        assert_eq!(unit("本“"), Some(("本", Kind::Count)));
    }
}
