//! Bar charts: one indicator across the places that report it in one unit,
//! drawn by the tool as inline SVG (labelled in Chinese, values on the bars).

use crate::align::{Cell, IndicatorRow, PlaceColumn};
use serde::Serialize;
use std::collections::BTreeMap;

/// One bar: a place's headline figure.
#[derive(Debug, Clone, Serialize)]
pub struct Bar {
    pub place: String,
    pub value: f64,
    pub display: String,
}

const WIDTH: f64 = 640.0;
const LABEL_WIDTH: f64 = 140.0;
const VALUE_WIDTH: f64 = 110.0;
const BAR_HEIGHT: f64 = 22.0;
const GAP: f64 = 8.0;

/// Figures are comparable when unit, kind and change agree (天 and 工作日 never mix).
fn comparable_key(c: &Cell) -> (String, &'static str, Option<&'static str>) {
    (c.unit.clone(), c.kind.as_str(), c.change.map(|x| x.as_str()))
}

/// The chart of `row`, if at least two places report it comparably. Bars run
/// best first (`higher_is_better` says which way that is).
pub fn chart(row: &IndicatorRow, places: &[PlaceColumn], higher_is_better: bool) -> Option<super::Chart> {
    let headlines: Vec<(usize, &Cell)> =
        row.cells.iter().enumerate().filter_map(|(i, c)| c.first().map(|h| (i, h))).collect();
    // The unit most places use; ties go to the first in column order.
    let mut counts: BTreeMap<(String, &str, Option<&str>), (usize, usize)> = BTreeMap::new();
    for (order, (_, c)) in headlines.iter().enumerate() {
        let e = counts.entry(comparable_key(c)).or_insert((0, order));
        e.0 += 1;
    }
    let (key, _) = counts.iter().max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)))?;
    let mut bars: Vec<Bar> = headlines
        .iter()
        .filter(|(_, c)| comparable_key(c) == *key)
        .map(|(i, c)| Bar { place: places[*i].name.clone(), value: c.value, display: c.display.clone() })
        .collect();
    if bars.len() < 2 {
        return None;
    }
    bars.sort_by(|a, b| {
        let order = if higher_is_better { b.value.total_cmp(&a.value) } else { a.value.total_cmp(&b.value) };
        order.then_with(|| a.place.cmp(&b.place))
    });
    let svg = svg(&row.label, &bars);
    let unit = key.0.clone();
    let caption =
        if unit.is_empty() || row.label.contains(&unit) { row.label.clone() } else { format!("{}({unit})", row.label) };
    Some(super::Chart { id: row.id.clone(), label: row.label.clone(), caption, unit, bars, svg })
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn svg(label: &str, bars: &[Bar]) -> String {
    let max = bars.iter().map(|b| b.value).fold(0.0_f64, f64::max).max(f64::MIN_POSITIVE);
    let height = bars.len() as f64 * (BAR_HEIGHT + GAP) + GAP;
    let span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    let mut out = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{}" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" class="chart">"#,
        escape(label)
    );
    for (n, bar) in bars.iter().enumerate() {
        let y = GAP + n as f64 * (BAR_HEIGHT + GAP);
        let w = (bar.value.max(0.0) / max * span).max(1.0);
        let text_y = y + BAR_HEIGHT * 0.72;
        out.push_str(&format!(
            r#"<text x="{lx}" y="{text_y:.1}" text-anchor="end" class="bar-label">{place}</text><rect x="{LABEL_WIDTH}" y="{y:.1}" width="{w:.1}" height="{BAR_HEIGHT}" class="bar"/><text x="{vx:.1}" y="{text_y:.1}" class="bar-value">{value}</text>"#,
            lx = LABEL_WIDTH - 6.0,
            place = escape(&bar.place),
            vx = LABEL_WIDTH + w + 6.0,
            value = escape(&bar.display),
        ));
    }
    out.push_str("</svg>");
    out
}
