//! The analysts' tables: `claims.csv`, `comparison.csv`, `measures.csv` and
//! `honors.csv`, UTF-8 with a byte-order mark so Excel shows the Chinese.
//! Rows come in a stable order (reports by name, indicators by taxonomy,
//! places by column), so two builds of the same input are byte-identical.

use crate::align::{Alignment, display};
use crate::report::Report;
use anyhow::Result;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A table written to `out` as its rows come: the byte-order mark, then the header.
fn table<'w>(header: &[&str], out: &'w mut dyn std::io::Write) -> Result<csv::Writer<&'w mut dyn std::io::Write>> {
    out.write_all(BOM)?;
    let mut w = csv::Writer::from_writer(out);
    w.write_record(header)?;
    Ok(w)
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// `108000`, `9.1`: shortest round-trip form, never an exponent.
fn num(v: f64) -> String {
    format!("{v}")
}

/// `claims.csv`: every value claim of every report (dates and labels left
/// out), written report by report, since a claims table can be far larger
/// than the rest of a build.
pub struct ClaimsWriter<'w> {
    w: csv::Writer<&'w mut dyn std::io::Write>,
}

impl<'w> ClaimsWriter<'w> {
    pub fn new(out: &'w mut dyn std::io::Write) -> Result<Self> {
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
        Ok(ClaimsWriter { w: table(&header, out)? })
    }

    pub fn add(&mut self, r: &Report) -> Result<()> {
        let w = &mut self.w;
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
        Ok(())
    }

    pub fn finish(mut self) -> Result<()> {
        self.w.flush()?;
        Ok(())
    }
}

/// The claims table of `reports`.
pub fn claims(reports: &[Report]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut w = ClaimsWriter::new(&mut out)?;
    for r in reports {
        w.add(r)?;
    }
    w.finish()?;
    Ok(out)
}

/// Indicator × place: one row per figure, the first of a cell being the one shown first.
pub fn comparison(a: &Alignment, out: &mut dyn std::io::Write) -> Result<()> {
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
    let mut w = table(&header, out)?;
    for g in &a.groups {
        for row in &g.rows {
            for (col, cells) in row.cells.iter().enumerate() {
                for (n, c) in cells.iter().enumerate() {
                    w.write_record([
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
                    ])?;
                }
            }
        }
    }
    w.flush()?;
    Ok(())
}

/// Measure × place adoption, one row per report naming the measure.
pub fn measures(a: &Alignment, out: &mut dyn std::io::Write) -> Result<()> {
    let header = ["measure", "place", "doc", "written", "quoted", "count", "line", "sentence"];
    let mut w = table(&header, out)?;
    for m in &a.measures {
        for (&col, uses) in &m.uses {
            for u in uses {
                w.write_record([
                    m.name.clone(),
                    a.places[col].name.clone(),
                    u.doc.clone(),
                    u.written.clone(),
                    u.quoted.to_string(),
                    u.count.to_string(),
                    u.line.to_string(),
                    u.sentence.clone(),
                ])?;
            }
        }
    }
    w.flush()?;
    Ok(())
}

pub fn honors(a: &Alignment, out: &mut dyn std::io::Write) -> Result<()> {
    let header = ["place", "honor", "year", "doc", "line", "sentence"];
    let mut w = table(&header, out)?;
    for h in &a.honors {
        w.write_record([&h.place, &h.name, &opt(h.year), &h.doc, &h.line.to_string(), &h.sentence])?;
    }
    w.flush()?;
    Ok(())
}
