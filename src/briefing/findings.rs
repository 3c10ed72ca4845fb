//! Key findings: for each indicator that two or more places report in
//! comparable figures, who leads, by how much, and in which years — written
//! from the data by rule, never invented.

use super::Finding;
use crate::align::{Alignment, Cell, PlaceColumn, display};
use crate::config::Config;

/// The findings, in taxonomy order; `cite` registers a figure's source.
pub fn findings(alignment: &Alignment, config: &Config, cite: &mut dyn FnMut(&Cell) -> usize) -> Vec<Finding> {
    let mut out = Vec::new();
    for row in alignment.groups.iter().flat_map(|g| &g.rows) {
        let lower_better = !super::higher_is_better(config, &row.id);
        // Each place's headline figure; a province's average that a report
        // compares itself with is no contender.
        let heads: Vec<&Cell> = row
            .cells
            .iter()
            .zip(&alignment.places)
            .filter(|(_, column)| !is_compared_province(column))
            .filter_map(|(c, _)| c.first())
            .collect();
        let mut comparable = largest_comparable(&heads);
        if comparable.len() < 2 {
            continue;
        }
        comparable.sort_by(|a, b| {
            let order = if lower_better { a.value.total_cmp(&b.value) } else { b.value.total_cmp(&a.value) };
            order.then_with(|| a.place.cmp(&b.place))
        });
        let (lead, next) = (comparable[0], comparable[1]);
        let gap = (lead.value - next.value).abs();
        let gap_text = match (lead.unit.as_str(), lead.kind) {
            ("%", _) => format!("{}个百分点", display::number(gap, 2)),
            (_, crate::extract::Kind::Rank) => format!("{}位", display::number(gap, 0)),
            _ => display::amount(gap, None, &lead.unit, lead.kind),
        };
        let year = |c: &Cell| c.year.map(|y| format!("({y}年)")).unwrap_or_default();
        let (leads, compared) = if lower_better { ("最优(越低越好)", "少") } else { ("居首", "多") };
        let text = format!(
            "{}:{}{}{}{},比{}{}{}{}{};{}地可比。",
            row.label,
            lead.place,
            lead.display,
            year(lead),
            leads,
            next.place,
            next.display,
            year(next),
            compared,
            gap_text,
            comparable.len()
        );
        out.push(Finding { text, sources: vec![cite(lead), cite(next)] });
    }
    out
}

/// The largest set of `heads` in the same unit, kind and change (`项` and
/// `个` are not added up); of sets as large, the one whose first figure
/// comes first.
fn largest_comparable<'a>(heads: &[&'a Cell]) -> Vec<&'a Cell> {
    let same = |a: &Cell, b: &Cell| a.unit == b.unit && a.kind == b.kind && a.change == b.change;
    let mut best: Vec<&Cell> = Vec::new();
    for (i, head) in heads.iter().enumerate() {
        if heads[..i].iter().any(|h| same(h, head)) {
            continue;
        }
        let group: Vec<&Cell> = heads[i..].iter().filter(|h| same(h, head)).copied().collect();
        if group.len() > best.len() {
            best = group;
        }
    }
    best
}

/// A province's column that came with a report about a place inside it:
/// its figures are the averages the report compares with (`较全省平均水平
/// 15.79天`), not a place's own results.
fn is_compared_province(column: &PlaceColumn) -> bool {
    column.parent.is_some() && (column.name.ends_with('省') || column.name.ends_with("自治区"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::{GroupRows, IndicatorRow};
    use crate::extract::{Bound, Kind};

    fn column(name: &str, parent: Option<&str>) -> PlaceColumn {
        PlaceColumn { name: name.into(), province: None, parent: parent.map(Into::into), docs: vec![], claims: 1 }
    }

    fn cell(place: &str, value: f64) -> Cell {
        Cell {
            doc: "d".into(),
            place: place.into(),
            value,
            value_max: None,
            unit: "天".into(),
            kind: Kind::Duration,
            bound: Bound::Eq,
            change: None,
            period: None,
            year: None,
            display: format!("{value}天"),
            other_year: false,
            subject: None,
            line: 1,
            start: 0,
            end: 1,
            text: String::new(),
            sentence: String::new(),
            sentence_start: 0,
        }
    }

    /// The findings on one row of `cells` for `places` (one list a place).
    fn found(places: Vec<PlaceColumn>, id: &str, label: &str, cells: Vec<Cell>) -> Vec<Finding> {
        let row = IndicatorRow {
            id: id.into(),
            label: label.into(),
            group: "g".into(),
            cells: cells.into_iter().map(|c| vec![c]).collect(),
        };
        let alignment = Alignment {
            places,
            groups: vec![GroupRows { group: "g".into(), rows: vec![row] }],
            measures: vec![],
            honors: vec![],
        };
        findings(&alignment, &Config::defaults(), &mut |_| 0)
    }

    #[test]
    fn a_compared_provincial_average_does_not_lead() {
        let places = vec![column("湘潭市", None), column("玉门市", None), column("湖南省", Some("湘潭市"))];
        let cells = vec![cell("湘潭市", 20.0), cell("玉门市", 190.0), cell("湖南省", 15.79)];
        let found = found(places, "approval_time_days", "审批时限", cells);
        assert_eq!(found.len(), 1);
        assert!(found[0].text.starts_with("审批时限:湘潭市20天"), "{}", found[0].text);
        assert!(found[0].text.ends_with("2地可比。"), "{}", found[0].text);
    }

    #[test]
    fn places_in_the_most_common_unit_are_compared() {
        let in_unit = |place: &str, value: f64, unit: &str| Cell { unit: unit.into(), ..cell(place, value) };
        let places = vec![column("大冶市", None), column("岳塘区", None), column("昭山示范区", None)];
        let cells =
            vec![in_unit("大冶市", 1000.0, "个"), in_unit("岳塘区", 1610.0, "项"), in_unit("昭山示范区", 69.0, "项")];
        let found = found(places, "gov_service_items", "政务服务事项", cells);
        assert_eq!(found.len(), 1);
        assert!(found[0].text.contains("岳塘区1610"), "{}", found[0].text);
        assert!(found[0].text.ends_with("2地可比。"), "{}", found[0].text);
    }
}
