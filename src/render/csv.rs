//! The analysts' tables: `claims.csv`, `comparison.csv`, `measures.csv` and
//! `honors.csv`, UTF-8 with a byte-order mark so Excel shows the Chinese.
//! Rows come in a stable order (reports by name, indicators by taxonomy,
//! places by column), so two builds of the same input are byte-identical.

use crate::align::{Alignment, display};
use crate::report::Report;
use anyhow::Result;

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn table(header: &[&str], rows: Vec<Vec<String>>) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(BOM.to_vec());
    w.write_record(header)?;
    for row in rows {
        w.write_record(&row)?;
    }
    w.into_inner().map_err(|e| anyhow::anyhow!("csv: {e}"))
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// `108000`, `9.1`: shortest round-trip form, never an exponent.
fn num(v: f64) -> String {
    format!("{v}")
}

/// Every claim of every report (dates and labels left out).
pub fn claims(reports: &[Report]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    write_claims(reports, &mut out)?;
    Ok(out)
}

/// [`claims`], written row by row to `out` (a claims table can be far larger
/// than the rest of the build).
pub fn write_claims(reports: &[Report], out: &mut dyn std::io::Write) -> Result<()> {
    let header = [
        "doc",
        "place",
        "line",
        "start",
        "end",
        "text",
        "value",
        "value_max",
        "unit",
        "kind",
        "bound",
        "change",
        "display",
        "subject",
        "period",
        "period_year",
        "metric",
        "sentence",
    ];
    out.write_all(BOM)?;
    let mut w = csv::Writer::from_writer(out);
    w.write_record(header)?;
    for r in reports {
        for c in r.claims.iter().filter(|c| c.kind.is_claim()) {
            let Some(value) = c.value else { continue };
            w.write_record([
                r.meta.name.clone(),
                opt(c.place.clone()),
                c.line.to_string(),
                c.start.to_string(),
                c.end.to_string(),
                c.text.clone(),
                num(value),
                opt(c.value_max.map(num)),
                c.unit.clone(),
                c.kind.as_str().to_owned(),
                c.bound.as_str().to_owned(),
                opt(c.change.map(|x| x.as_str())),
                display::figure(value, c.value_max, &c.unit, c.kind, c.bound, c.change),
                opt(c.subject.clone()),
                opt(c.period.clone()),
                opt(c.period_year),
                opt(c.metric.clone()),
                c.sentence.clone(),
            ])?;
        }
    }
    w.flush()?;
    Ok(())
}

/// Indicator × place: one row per figure, the first of a cell being the one shown first.
pub fn comparison(a: &Alignment) -> Result<Vec<u8>> {
    let header = [
        "group",
        "indicator",
        "indicator_label",
        "place",
        "parent_place",
        "order",
        "display",
        "value",
        "value_max",
        "unit",
        "bound",
        "change",
        "period",
        "year",
        "other_year",
        "doc",
        "line",
        "text",
        "sentence",
    ];
    let mut rows = Vec::new();
    for g in &a.groups {
        for row in &g.rows {
            for (col, cells) in row.cells.iter().enumerate() {
                for (n, c) in cells.iter().enumerate() {
                    rows.push(vec![
                        g.group.clone(),
                        row.id.clone(),
                        row.label.clone(),
                        a.places[col].name.clone(),
                        opt(a.places[col].parent.clone()),
                        (n + 1).to_string(),
                        c.display.clone(),
                        num(c.value),
                        opt(c.value_max.map(num)),
                        c.unit.clone(),
                        c.bound.as_str().to_owned(),
                        opt(c.change.map(|x| x.as_str())),
                        opt(c.period.clone()),
                        opt(c.year),
                        c.other_year.to_string(),
                        c.doc.clone(),
                        c.line.to_string(),
                        c.text.clone(),
                        c.sentence.clone(),
                    ]);
                }
            }
        }
    }
    table(&header, rows)
}

/// Measure × place adoption, one row per report naming the measure.
pub fn measures(a: &Alignment) -> Result<Vec<u8>> {
    let header = ["measure", "place", "doc", "written", "quoted", "count", "line", "sentence"];
    let mut rows = Vec::new();
    for m in &a.measures {
        for (col, uses) in m.uses.iter().enumerate() {
            for u in uses {
                rows.push(vec![
                    m.name.clone(),
                    a.places[col].name.clone(),
                    u.doc.clone(),
                    u.written.clone(),
                    u.quoted.to_string(),
                    u.count.to_string(),
                    u.line.to_string(),
                    u.sentence.clone(),
                ]);
            }
        }
    }
    table(&header, rows)
}

pub fn honors(a: &Alignment) -> Result<Vec<u8>> {
    let header = ["place", "honor", "year", "doc", "line", "sentence"];
    let rows = a
        .honors
        .iter()
        .map(|h| {
            vec![h.place.clone(), h.name.clone(), opt(h.year), h.doc.clone(), h.line.to_string(), h.sentence.clone()]
        })
        .collect();
    table(&header, rows)
}
