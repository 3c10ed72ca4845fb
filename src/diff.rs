//! Review: what changed between two extraction outputs.
//!
//! Records are keyed stably — a mention by report, text and occurrence of
//! that text, a measure or honor by report and name, a doc record by report —
//! so an edit early in a report does not show every later mention as changed.
//! Positions (`start`, `end`, `line`) are not compared for the same reason.

use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// A record's stable identity.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Key {
    pub kind: String,
    pub doc: String,
    /// Mention text, or measure / honor name; empty for a doc record.
    pub name: String,
    /// 1 for the first mention with this text in the report, 2 for the second…
    pub occurrence: usize,
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.kind.as_str() {
            "doc" => write!(f, "doc {}", self.doc),
            "mention" => write!(f, "mention {} 「{}」#{}", self.doc, self.name, self.occurrence),
            kind => write!(f, "{kind} {} 「{}」", self.doc, self.name),
        }
    }
}

/// Fields not compared: they move when unrelated text moves.
const POSITIONAL: &[&str] = &["start", "end", "line"];

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Changed {
    pub key: Key,
    /// Field → (old, new).
    pub fields: BTreeMap<String, (Value, Value)>,
}

#[derive(Debug, Default, Clone, PartialEq, Serialize)]
pub struct Diff {
    pub added: Vec<(Key, Value)>,
    pub removed: Vec<(Key, Value)>,
    pub changed: Vec<Changed>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }

    /// Counts by record type: type → (added, removed, changed).
    pub fn summary(&self) -> BTreeMap<String, (usize, usize, usize)> {
        let mut s: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
        for (k, _) in &self.added {
            s.entry(k.kind.clone()).or_default().0 += 1;
        }
        for (k, _) in &self.removed {
            s.entry(k.kind.clone()).or_default().1 += 1;
        }
        for c in &self.changed {
            s.entry(c.key.kind.clone()).or_default().2 += 1;
        }
        s
    }
}

/// Keys every record of a JSON Lines text; a line that is not a JSON object is an error.
pub fn keyed(jsonl: &str, origin: &str) -> anyhow::Result<BTreeMap<Key, Value>> {
    let mut out = BTreeMap::new();
    let mut seen: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (n, line) in jsonl.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let rec: Value =
            serde_json::from_str(line).map_err(|e| anyhow::anyhow!("{origin}:{}: not a JSON record: {e}", n + 1))?;
        let field = |k: &str| rec.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
        let kind = field("type");
        let doc = field("doc");
        let (name, occurrence) = match kind.as_str() {
            "doc" => (String::new(), 1),
            "mention" => {
                let text = field("text");
                let count = seen.entry((doc.clone(), text.clone())).or_default();
                *count += 1;
                (text, *count)
            }
            "measure" | "honor" => (field("name"), 1),
            _ => anyhow::bail!("{origin}:{}: unknown record type `{kind}`", n + 1),
        };
        out.insert(Key { kind, doc, name, occurrence }, rec);
    }
    Ok(out)
}

/// What turns `old` into `new`.
pub fn diff(old: &BTreeMap<Key, Value>, new: &BTreeMap<Key, Value>) -> Diff {
    let mut d = Diff::default();
    for (k, v) in old {
        match new.get(k) {
            None => d.removed.push((k.clone(), v.clone())),
            Some(n) => {
                let fields = changed_fields(v, n);
                if !fields.is_empty() {
                    d.changed.push(Changed { key: k.clone(), fields });
                }
            }
        }
    }
    for (k, v) in new {
        if !old.contains_key(k) {
            d.added.push((k.clone(), v.clone()));
        }
    }
    d
}

fn changed_fields(old: &Value, new: &Value) -> BTreeMap<String, (Value, Value)> {
    let empty = Map::new();
    let (o, n) = (old.as_object().unwrap_or(&empty), new.as_object().unwrap_or(&empty));
    let mut names: Vec<&String> = o.keys().chain(n.keys()).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .filter(|k| !POSITIONAL.contains(&k.as_str()))
        .filter_map(|k| {
            let (a, b) = (o.get(k).cloned().unwrap_or(Value::Null), n.get(k).cloned().unwrap_or(Value::Null));
            (a != b).then(|| (k.clone(), (a, b)))
        })
        .collect()
}

/// The diff as lines for people: `+`, `-`, `~` and a summary.
pub fn text(d: &Diff) -> String {
    let mut out = String::new();
    let brief = |v: &Value| -> String {
        let keep = ["value", "unit", "kind", "bound", "change", "subject", "place", "metric", "quoted", "year"];
        let obj = v.as_object();
        keep.iter()
            .filter_map(|k| obj.and_then(|o| o.get(*k)).filter(|x| !x.is_null()).map(|x| format!("{k}={x}")))
            .collect::<Vec<_>>()
            .join(" ")
    };
    for (k, v) in &d.removed {
        out.push_str(&format!("- {k}: {}\n", brief(v)));
    }
    for (k, v) in &d.added {
        out.push_str(&format!("+ {k}: {}\n", brief(v)));
    }
    for c in &d.changed {
        let fields: Vec<String> = c.fields.iter().map(|(f, (a, b))| format!("{f}: {a} → {b}")).collect();
        out.push_str(&format!("~ {}: {}\n", c.key, fields.join("; ")));
    }
    let parts: Vec<String> = d.summary().iter().map(|(k, (a, r, c))| format!("{k}s +{a} -{r} ~{c}")).collect();
    out.push_str(&format!(
        "summary: {} added, {} removed, {} changed{}\n",
        d.added.len(),
        d.removed.len(),
        d.changed.len(),
        if parts.is_empty() { String::new() } else { format!(" ({})", parts.join(", ")) }
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = r#"{"type":"doc","doc":"d","place":"湖州市","chars":10}
{"type":"mention","doc":"d","start":5,"end":9,"line":2,"text":"9.1%","value":9.1,"change":null,"subject":"利润"}
{"type":"mention","doc":"d","start":20,"end":24,"line":3,"text":"55期","value":55,"change":null,"subject":"恳谈会"}
{"type":"measure","doc":"d","name":"首违不罚","quoted":true,"start":30,"count":1}
"#;

    #[test]
    fn an_edit_early_in_a_report_moves_positions_but_changes_nothing() {
        let new = OLD
            .replace("\"start\":5,\"end\":9,\"line\":2", "\"start\":8,\"end\":12,\"line\":3")
            .replace("\"start\":20", "\"start\":23");
        let d = diff(&keyed(OLD, "old").unwrap(), &keyed(&new, "new").unwrap());
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn added_removed_and_changed_fields() {
        let new =
            OLD.replace(r#""change":null,"subject":"利润""#, r#""change":"up","subject":"规上工业利润""#).replace(
                "{\"type\":\"measure\",\"doc\":\"d\",\"name\":\"首违不罚\",\"quoted\":true,\"start\":30,\"count\":1}\n",
                "",
            ) + "{\"type\":\"honor\",\"doc\":\"d\",\"name\":\"全国文明城市\",\"year\":null,\"start\":40}\n";
        let d = diff(&keyed(OLD, "old").unwrap(), &keyed(&new, "new").unwrap());
        assert_eq!(d.removed.len(), 1);
        assert_eq!(d.added.len(), 1);
        assert_eq!(d.changed.len(), 1);
        assert_eq!(d.changed[0].fields.len(), 2);
        let t = text(&d);
        assert!(
            t.contains("~ mention d 「9.1%」#1: change: null → \"up\"; subject: \"利润\" → \"规上工业利润\""),
            "{t}"
        );
        assert!(t.contains("- measure d 「首违不罚」"), "{t}");
        assert!(
            t.ends_with(
                "summary: 1 added, 1 removed, 1 changed (honors +1 -0 ~0, measures +0 -1 ~0, mentions +0 -0 ~1)\n"
            ),
            "{t}"
        );
    }

    #[test]
    fn the_same_text_twice_is_keyed_by_occurrence() {
        let two = "{\"type\":\"mention\",\"doc\":\"d\",\"text\":\"4個\",\"value\":4}\n{\"type\":\"mention\",\"doc\":\"d\",\"text\":\"4個\",\"value\":4}\n";
        assert_eq!(keyed(two, "x").unwrap().len(), 2);
    }

    #[test]
    fn bad_lines_are_errors_naming_the_line() {
        let err = keyed("{\"type\":\"doc\",\"doc\":\"d\"}\nnot json\n", "a.jsonl").unwrap_err().to_string();
        assert!(err.starts_with("a.jsonl:2: not a JSON record"), "{err}");
    }
}
