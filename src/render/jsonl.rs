//! The JSON Lines wire format of `citybrief extract` (spec: output.md).
//!
//! One object a line, UTF-8 with CJK written as is. A report's records come
//! as: the `doc` record, then `mention` records by `start`, then `measure`
//! and `honor` records in order of first appearance. Keys appear in
//! the order of the structs below (serde keeps field order). Integral values
//! are written without a fraction (`108000`, not `108000.0`).

use crate::report::{Claim, DocMeta, Honor, Measure, Report};
use serde::{Serialize, Serializer};

#[derive(Serialize)]
struct DocRecord<'a> {
    r#type: &'static str,
    doc: &'a str,
    place: Option<&'a str>,
    province: Option<&'a str>,
    published: Option<&'a str>,
    script: &'a str,
    chars: usize,
    sha256: &'a str,
}

#[derive(Serialize)]
struct MentionRecord<'a> {
    r#type: &'static str,
    doc: &'a str,
    start: usize,
    end: usize,
    line: usize,
    text: &'a str,
    #[serde(serialize_with = "number")]
    value: Option<f64>,
    #[serde(serialize_with = "number")]
    value_max: Option<f64>,
    unit: &'a str,
    kind: &'a str,
    bound: &'a str,
    change: Option<&'a str>,
    subject: Option<&'a str>,
    place: Option<&'a str>,
    period: Option<&'a str>,
    metric: Option<&'a str>,
    sentence: &'a str,
    /// Beyond output.md's keys, after them: the year `period` resolves to.
    period_year: Option<u32>,
}

#[derive(Serialize)]
struct MeasureRecord<'a> {
    r#type: &'static str,
    doc: &'a str,
    name: &'a str,
    quoted: bool,
    start: usize,
    count: usize,
}

#[derive(Serialize)]
struct HonorRecord<'a> {
    r#type: &'static str,
    doc: &'a str,
    name: &'a str,
    year: Option<u32>,
    start: usize,
}

/// Largest magnitude written as an integer (beyond it `f64` is not exact).
const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

fn number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match *v {
        Some(x) if x.is_finite() && x.fract() == 0.0 && x.abs() < MAX_EXACT => s.serialize_i64(x as i64),
        Some(x) if x.is_finite() => s.serialize_f64(x),
        _ => s.serialize_none(),
    }
}

fn doc_record(meta: &DocMeta) -> DocRecord<'_> {
    DocRecord {
        r#type: "doc",
        doc: &meta.name,
        place: meta.place.as_deref(),
        province: meta.province.as_deref(),
        published: meta.published.as_deref(),
        script: &meta.script,
        chars: meta.chars,
        sha256: &meta.sha256,
    }
}

fn mention_record<'a>(doc: &'a str, c: &'a Claim) -> MentionRecord<'a> {
    MentionRecord {
        r#type: "mention",
        doc,
        start: c.start,
        end: c.end,
        line: c.line,
        text: &c.text,
        value: c.value,
        value_max: c.value_max,
        unit: &c.unit,
        kind: c.kind.as_str(),
        bound: c.bound.as_str(),
        change: c.change.map(|x| x.as_str()),
        subject: c.subject.as_deref(),
        place: c.place.as_deref(),
        period: c.period.as_deref(),
        metric: c.metric.as_deref(),
        sentence: &c.sentence,
        period_year: c.period_year,
    }
}

fn measure_record<'a>(doc: &'a str, m: &'a Measure) -> MeasureRecord<'a> {
    MeasureRecord { r#type: "measure", doc, name: &m.name, quoted: m.quoted, start: m.start, count: m.count }
}

fn honor_record<'a>(doc: &'a str, h: &'a Honor) -> HonorRecord<'a> {
    HonorRecord { r#type: "honor", doc, name: &h.name, year: h.year, start: h.start }
}

/// The JSON Lines of one report.
pub fn render(report: &Report) -> String {
    render_part(report, true)
}

/// [`render`], written record by record to `out`.
pub fn write(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    write_part(report, true, out)
}

/// The JSON Lines of one part of a report read in parts (see
/// [`crate::process_in_parts`]): the `doc` record only with the first.
/// The parts' lines in order are the lines of [`render`] for the whole.
pub fn render_part(report: &Report, first: bool) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail, and the records are UTF-8 JSON.
    write_part(report, first, &mut out).expect("writing to memory");
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// [`render_part`], written record by record to `out`.
pub fn write_part(report: &Report, first: bool, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    if first {
        line(out, &doc_record(&report.meta))?;
    }
    let doc = report.meta.name.as_str();
    for claim in &report.claims {
        line(out, &mention_record(doc, claim))?;
    }
    for m in &report.measures {
        line(out, &measure_record(doc, m))?;
    }
    for h in &report.honors {
        line(out, &honor_record(doc, h))?;
    }
    Ok(())
}

/// One record and its line break.
fn line<T: Serialize>(out: &mut dyn std::io::Write, record: &T) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, record)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_without_fraction_and_cjk_unescaped() {
        let rec = MentionRecord {
            r#type: "mention",
            doc: "d",
            start: 1,
            end: 2,
            line: 1,
            text: "10.8万户",
            value: Some(108000.0),
            value_max: None,
            unit: "户",
            kind: "count",
            bound: "eq",
            change: None,
            subject: None,
            place: None,
            period: None,
            metric: None,
            sentence: "市场主体达到10.8万户。",
            period_year: None,
        };
        let json = serde_json::to_string(&rec).unwrap();
        assert!(json.contains(r#""value":108000,"value_max":null,"unit":"户""#), "{json}");
        assert!(!json.contains("\\u"));
        let pct = MentionRecord { value: Some(9.1), ..rec };
        assert!(serde_json::to_string(&pct).unwrap().contains(r#""value":9.1,"#));
    }
}
