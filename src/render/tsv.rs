//! `extract --format tsv`: one mention a line with fixed columns, for
//! reviewing extraction changes line by line in git. Tabs, line breaks and
//! backslashes inside fields are escaped as `\t`, `\n`, `\\`; empty fields
//! stand for null.

use crate::report::Report;

pub const COLUMNS: &[&str] = &[
    "doc",
    "start",
    "end",
    "line",
    "kind",
    "text",
    "value",
    "value_max",
    "unit",
    "bound",
    "change",
    "subject",
    "place",
    "period",
    "metric",
];

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n").replace('\r', "\\r")
}

fn num(v: Option<f64>) -> String {
    v.map(|x| format!("{x}")).unwrap_or_default()
}

/// The mentions of `report`, with the header line when `header` is set.
pub fn render(report: &Report, header: bool) -> String {
    let mut out = String::new();
    if header {
        out.push_str(&COLUMNS.join("\t"));
        out.push('\n');
    }
    for c in &report.claims {
        let fields = [
            escape(&report.meta.name),
            c.start.to_string(),
            c.end.to_string(),
            c.line.to_string(),
            c.kind.as_str().to_owned(),
            escape(&c.text),
            num(c.value),
            num(c.value_max),
            escape(&c.unit),
            c.bound.as_str().to_owned(),
            c.change.map(|x| x.as_str().to_owned()).unwrap_or_default(),
            escape(c.subject.as_deref().unwrap_or("")),
            escape(c.place.as_deref().unwrap_or("")),
            escape(c.period.as_deref().unwrap_or("")),
            escape(c.metric.as_deref().unwrap_or("")),
        ];
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    out
}
