//! Key findings: for each indicator that two or more places report in
//! comparable figures, who leads, by how much, and in which years — written
//! from the data by rule, never invented.

use super::Finding;
use crate::align::{Alignment, Cell, display};
use crate::config::Config;

/// The findings, in taxonomy order; `cite` registers a figure's source.
pub fn findings(alignment: &Alignment, config: &Config, cite: &mut dyn FnMut(&Cell) -> usize) -> Vec<Finding> {
    let mut out = Vec::new();
    for row in alignment.groups.iter().flat_map(|g| &g.rows) {
        let lower_better = !super::higher_is_better(config, &row.id);
        // Each place's headline figure.
        let heads: Vec<&Cell> = row.cells.iter().filter_map(|c| c.first()).collect();
        let Some(first) = heads.first() else { continue };
        let same = |c: &&&Cell| c.unit == first.unit && c.kind == first.kind && c.change == first.change;
        let mut comparable: Vec<&Cell> = heads.iter().filter(same).copied().collect();
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
