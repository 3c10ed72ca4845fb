//! The public gold score as a ratchet: a port of `tests/data/gold/score.py`
//! (the scorer from the acceptance kit) run on the sample reports. It fails
//! when any figure drops below the level the project has reached; raise the
//! floors when the extractor gets better, never lower them.

mod common;

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// Floors: the levels reached so far (F1 of mentions at the unit level, and
/// the share of matched core mentions with each attribute right).
const FLOOR_UNIT_F1: f64 = 1.0;
const FLOOR_UNIT_PRECISION: f64 = 1.0;
const FLOOR_ATTRS: &[(&str, f64)] =
    &[("kind", 1.0), ("bound", 1.0), ("change", 1.0), ("place", 0.999), ("subject", 0.968)];
/// Measures and honors: (F1, precision) floors.
const FLOOR_MEASURES: (f64, f64) = (0.964, 0.980);
const FLOOR_HONORS: (f64, f64) = (1.0, 1.0);
/// Reports whose `doc` record has the right place / published date (of 2).
const FLOOR_DOC_PLACE: f64 = 2.0;
const FLOOR_DOC_PUBLISHED: f64 = 2.0;

fn norm(s: Option<&str>) -> String {
    let quotes = ['“', '”', '"', '\'', '「', '」', '『', '』', '《', '》'];
    s.unwrap_or("").nfkc().collect::<String>().trim().trim_matches(|c| quotes.contains(&c)).to_owned()
}

fn nth_span(text: &[char], needle: &[char], occurrence: u64) -> Option<(usize, usize)> {
    let mut start: isize = -1;
    for _ in 0..occurrence {
        let from = (start + 1) as usize;
        let pos = (from..=text.len().saturating_sub(needle.len())).find(|&i| text[i..].starts_with(needle))?;
        start = pos as isize;
    }
    Some((start as usize, start as usize + needle.len()))
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y || (x - y).abs() <= f64::max(1e-6 * f64::max(x.abs(), y.abs()), 1e-9),
        _ => a.is_null() && b.is_null(),
    }
}

fn place_ok(g: Option<&str>, p: Option<&str>) -> bool {
    let (g, p) = (norm(g), norm(p));
    let strip = |s: &str| -> String {
        let chars: Vec<char> = s.chars().collect();
        if chars.len() > 2 && "省市县区镇乡旗州盟".contains(chars[chars.len() - 1]) {
            chars[..chars.len() - 1].iter().collect()
        } else {
            s.to_owned()
        }
    };
    !g.is_empty() && !p.is_empty() && (g == p || strip(&g) == strip(&p))
}

fn subject_ok(g: Option<&str>, p: Option<&str>) -> bool {
    let (g, p) = (norm(g), norm(p));
    !g.is_empty() && !p.is_empty() && (g.contains(&p) || p.contains(&g))
}

#[derive(Default)]
struct Preds {
    mentions: Vec<Value>,
    measures: BTreeSet<String>,
    honors: BTreeSet<String>,
    doc: Value,
}

fn load_pred(jsonl: &str) -> Preds {
    let mut p = Preds::default();
    for line in jsonl.lines().filter(|l| !l.trim().is_empty()) {
        let rec: Value = serde_json::from_str(line).expect("every output line is JSON");
        match rec["type"].as_str() {
            Some("mention") if !matches!(rec["kind"].as_str(), Some("date") | Some("label")) => p.mentions.push(rec),
            Some("measure") => drop(p.measures.insert(norm(rec["name"].as_str()))),
            Some("honor") => drop(p.honors.insert(norm(rec["name"].as_str()))),
            Some("doc") => p.doc = rec,
            _ => {}
        }
    }
    p
}

fn score_doc(gold: &Value, text: &str, jsonl: &str, total: &mut BTreeMap<&'static str, f64>) {
    let text: Vec<char> = text.chars().collect();
    let preds = load_pred(jsonl);
    let golds: Vec<((usize, usize), &Value)> = gold["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| {
            let needle: Vec<char> = g["text"].as_str()?.chars().collect();
            Some((nth_span(&text, &needle, g["occurrence"].as_u64().unwrap_or(1))?, g))
        })
        .collect();
    let span_of = |p: &Value| (p["start"].as_u64().unwrap() as isize, p["end"].as_u64().unwrap() as isize);
    let overlap =
        |gs: (usize, usize), ps: (isize, isize)| isize::min(gs.1 as isize, ps.1) - isize::max(gs.0 as isize, ps.0);
    let mut pairs = Vec::new();
    for (i, (gs, _)) in golds.iter().enumerate() {
        for (j, p) in preds.mentions.iter().enumerate() {
            let ov = overlap(*gs, span_of(p));
            if ov > 0 {
                pairs.push((ov, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.cmp(a));
    let (mut gi_used, mut pj_used, mut matches) = (BTreeSet::new(), BTreeSet::new(), Vec::new());
    for (_, i, j) in pairs {
        if gi_used.contains(&i) || pj_used.contains(&j) {
            continue;
        }
        gi_used.insert(i);
        pj_used.insert(j);
        matches.push((golds[i].1, &preds.mentions[j]));
    }
    let neutral = (0..preds.mentions.len())
        .filter(|j| !pj_used.contains(j))
        .filter(|&j| {
            golds.iter().any(|(gs, g)| g["tier"] == "optional" && overlap(*gs, span_of(&preds.mentions[j])) > 0)
        })
        .count();
    let core: Vec<_> = matches.iter().filter(|(g, _)| g["tier"] == "core").collect();
    let opt_matched = matches.len() - core.len();
    let count = |f: &dyn Fn(&Value, &Value) -> bool| core.iter().filter(|(g, p)| f(g, p)).count() as f64;
    let str_of = |v: &Value| v.as_str().map(str::to_owned);
    let mut add = |k: &'static str, v: f64| *total.entry(k).or_default() += v;
    add("gold_core", golds.iter().filter(|(_, g)| g["tier"] == "core").count() as f64);
    add("pred", (preds.mentions.len() - neutral - opt_matched) as f64);
    add("span", core.len() as f64);
    add(
        "unit",
        count(&|g, p| same_value(&g["value"], &p["value"]) && norm(g["unit"].as_str()) == norm(p["unit"].as_str())),
    );
    add("kind", count(&|g, p| g["kind"] == p["kind"]));
    add("bound", count(&|g, p| g["bound"].as_str().unwrap_or("eq") == p["bound"].as_str().unwrap_or("eq")));
    add("change", count(&|g, p| str_of(&g["change"]) == str_of(&p["change"])));
    add("subject", count(&|g, p| subject_ok(g["subject"].as_str(), p["subject"].as_str())));
    add("place", count(&|g, p| place_ok(g["place"].as_str(), p["place"].as_str())));
    let set = |key: &str| -> BTreeSet<String> {
        gold[key].as_array().unwrap().iter().map(|m| norm(m["name"].as_str())).collect()
    };
    let (gm, gh) = (set("measures"), set("honors"));
    add("measures_gold", gm.len() as f64);
    add("measures_pred", preds.measures.len() as f64);
    add("measures_hit", gm.intersection(&preds.measures).count() as f64);
    add("honors_gold", gh.len() as f64);
    add("honors_pred", preds.honors.len() as f64);
    add("honors_hit", gh.intersection(&preds.honors).count() as f64);
    add("doc_place", f64::from(u8::from(place_ok(gold["place"].as_str(), preds.doc["place"].as_str()))));
    add("doc_published", f64::from(u8::from(preds.doc["published"].as_str() == gold["published"].as_str())));
}

fn prf(hit: f64, gold: f64, pred: f64) -> (f64, f64, f64) {
    let p = if pred > 0.0 { hit / pred } else { 0.0 };
    let r = if gold > 0.0 { hit / gold } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

#[test]
fn public_gold_score_does_not_drop() {
    let root = common::root();
    let out = tempfile::tempdir().unwrap();
    let files: Vec<String> = common::inputs().iter().map(|p| common::path_str(p).to_owned()).collect();
    let mut args = vec!["extract"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--out", common::path_str(out.path())]);
    let run = common::citybrief(&args);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));

    let gold_dir = root.join("tests/data/gold");
    let mut total = BTreeMap::new();
    let mut names: Vec<_> = std::fs::read_dir(&gold_dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    for path in names.iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
        let doc = path.file_stem().unwrap().to_str().unwrap();
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let text = std::fs::read_to_string(root.join("inputs").join(format!("{doc}.txt"))).unwrap();
        let jsonl = std::fs::read_to_string(Path::new(out.path()).join(format!("{doc}.jsonl"))).unwrap_or_default();
        score_doc(&gold, &text, &jsonl, &mut total);
    }
    let t = |k: &str| total.get(k).copied().unwrap_or(0.0);
    let (p, r, f) = prf(t("unit"), t("gold_core"), t("pred"));
    let m = prf(t("measures_hit"), t("measures_gold"), t("measures_pred"));
    let h = prf(t("honors_hit"), t("honors_gold"), t("honors_pred"));
    println!("mentions[unit ]  P={p:.3} R={r:.3} F1={f:.3}");
    println!("measures          P={:.3} R={:.3} F1={:.3}", m.0, m.1, m.2);
    println!("honors            P={:.3} R={:.3} F1={:.3}", h.0, h.1, h.2);
    let span = t("span").max(1.0);
    let attrs: Vec<String> =
        ["kind", "bound", "change", "subject", "place"].iter().map(|k| format!("{k}={:.3}", t(k) / span)).collect();
    println!("attributes on matched core mentions: {}", attrs.join(" "));

    const EPS: f64 = 1e-9;
    assert!(f + EPS >= FLOOR_UNIT_F1, "mentions[unit] F1 {f:.3} fell below {FLOOR_UNIT_F1}");
    assert!(p + EPS >= FLOOR_UNIT_PRECISION, "mentions[unit] precision {p:.3} fell below {FLOOR_UNIT_PRECISION}");
    assert!(m.2 + EPS >= FLOOR_MEASURES.0 && m.0 + EPS >= FLOOR_MEASURES.1, "measures fell below {FLOOR_MEASURES:?}");
    assert!(h.2 + EPS >= FLOOR_HONORS.0 && h.0 + EPS >= FLOOR_HONORS.1, "honors fell below {FLOOR_HONORS:?}");
    assert!(t("doc_place") >= FLOOR_DOC_PLACE, "doc place right for {} reports", t("doc_place"));
    assert!(t("doc_published") >= FLOOR_DOC_PUBLISHED, "doc published right for {} reports", t("doc_published"));
    for &(k, floor) in FLOOR_ATTRS {
        let got = t(k) / span;
        assert!(got + EPS >= floor, "attribute {k} {got:.3} fell below {floor}");
    }
}
