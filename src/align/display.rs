//! How a figure reads in a table: readable scale (`116.4亿元`, `10.8万户`),
//! bound (`≥`, `>`, `≈`) and change (`↓74%`). Templates never format numbers;
//! they show these strings.

use crate::extract::{Bound, Change, Kind};

/// A number with at most `decimals` decimals, trailing zeros dropped.
pub fn number(value: f64, decimals: usize) -> String {
    let s = format!("{value:.decimals$}");
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_owned() } else { s }
}

/// Scales big counts and amounts to 万/亿: (scaled value, magnitude word).
fn scale(value: f64) -> (f64, &'static str) {
    let abs = value.abs();
    if abs >= 1e8 {
        (value / 1e8, "亿")
    } else if abs >= 1e4 {
        (value / 1e4, "万")
    } else {
        (value, "")
    }
}

/// The amount with its unit, in readable scale: `116.4亿元`, `35–70个工作日`, `第8名`.
pub fn amount(value: f64, value_max: Option<f64>, unit: &str, kind: Kind) -> String {
    if kind == Kind::Rank {
        return format!("第{}{}", number(value, 0), unit);
    }
    let scalable = !matches!(kind, Kind::Percent | Kind::Duration);
    // A range is scaled by its larger end, so both ends share one magnitude.
    let top = value.max(value_max.unwrap_or(value));
    let (v, magnitude) = if scalable { scale(top) } else { (top, "") };
    let factor = if v == 0.0 { 1.0 } else { top / v };
    let shown = |x: f64| number(x / factor, 4);
    let unit = match unit {
        "工作日" => "个工作日",
        "月" => "个月",
        u => u,
    };
    match value_max {
        Some(max) => format!("{}–{}{magnitude}{unit}", shown(value), shown(max)),
        None => format!("{}{magnitude}{unit}", shown(value)),
    }
}

pub fn bound_mark(bound: Bound) -> &'static str {
    match bound {
        Bound::Eq => "",
        Bound::Gt => ">",
        Bound::Ge => "≥",
        Bound::Le => "≤",
        Bound::Lt => "<",
        Bound::Approx => "≈",
    }
}

pub fn change_mark(change: Option<Change>) -> &'static str {
    match change {
        Some(Change::Up) => "↑",
        Some(Change::Down) => "↓",
        None => "",
    }
}

/// The whole figure as a table shows it: `↓≥90%`, `≈260万元`.
pub fn figure(
    value: f64,
    value_max: Option<f64>,
    unit: &str,
    kind: Kind,
    bound: Bound,
    change: Option<Change>,
) -> String {
    format!("{}{}{}", change_mark(change), bound_mark(bound), amount(value, value_max, unit, kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_scale() {
        assert_eq!(amount(11640000000.0, None, "元", Kind::Money), "116.4亿元");
        assert_eq!(amount(108000.0, None, "户", Kind::Count), "10.8万户");
        assert_eq!(amount(25396500.0, None, "元", Kind::Money), "2539.65万元");
        assert_eq!(amount(3180000.0, None, "元", Kind::Money), "318万元");
        assert_eq!(amount(349.0, None, "家", Kind::Count), "349家");
        assert_eq!(amount(39.96, None, "%", Kind::Percent), "39.96%");
        assert_eq!(amount(35.0, Some(70.0), "工作日", Kind::Duration), "35–70个工作日");
        assert_eq!(amount(5000.0, Some(20000.0), "元", Kind::Money), "0.5–2万元");
        assert_eq!(amount(8.0, None, "名", Kind::Rank), "第8名");
        assert_eq!(amount(1e9, None, "", Kind::Other), "10亿");
    }

    #[test]
    fn marks() {
        assert_eq!(figure(90.0, None, "%", Kind::Percent, Bound::Ge, Some(Change::Down)), "↓≥90%");
        assert_eq!(figure(2600000.0, None, "元", Kind::Money, Bound::Approx, None), "≈260万元");
        assert_eq!(number(0.1 + 0.2, 4), "0.3");
    }
}
