//! Configuration: `citybrief.toml` → plain settings.
//!
//! The defaults are data files compiled into the binary
//! (`data/indicators.toml`, `data/synonyms.toml`). A user's config may set the
//! briefing title, replace an indicator by giving one with the same id, add
//! indicators (tried before the defaults), and add measure synonyms. Unknown
//! keys are errors, so a misspelt setting is never silently ignored.

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// One indicator of the taxonomy (see `data/indicators.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorDef {
    pub id: String,
    pub label: String,
    pub group: String,
    pub kinds: Vec<String>,
    #[serde(default)]
    pub units: Vec<String>,
    #[serde(default)]
    pub change: Option<String>,
    #[serde(default)]
    pub subject_any: Vec<String>,
    #[serde(default)]
    pub subject_none: Vec<String>,
    /// When the claim has a subject, one of these words is in it (a claim
    /// without a subject passes).
    #[serde(default)]
    pub named_any: Vec<String>,
    #[serde(default)]
    pub sentence_any: Vec<String>,
    /// Which way is better when places are compared: "higher" (default) or "lower".
    #[serde(default)]
    pub better: Option<String>,
}

/// Names of one measure written differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SynonymDef {
    pub name: String,
    pub also: Vec<String>,
}

/// What a config file may hold.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    title: Option<String>,
    #[serde(default)]
    indicator: Vec<IndicatorDef>,
    #[serde(default)]
    synonym: Vec<SynonymDef>,
}

/// The settings a run uses.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub title: String,
    /// In priority order: the first that fits a mention is its indicator.
    pub indicators: Vec<IndicatorDef>,
    pub synonyms: Vec<SynonymDef>,
}

pub const DEFAULT_TITLE: &str = "营商环境改革简报";
const INDICATORS: &str = include_str!("../data/indicators.toml");
const SYNONYMS: &str = include_str!("../data/synonyms.toml");
const KINDS: &[&str] = &["money", "percent", "count", "duration", "rank", "area", "other"];
const CHANGES: &[&str] = &["up", "down", "none"];

impl Config {
    /// The built-in settings.
    pub fn defaults() -> Config {
        let indicators = parse(INDICATORS, "data/indicators.toml").expect("built-in indicators parse");
        let synonyms = parse(SYNONYMS, "data/synonyms.toml").expect("built-in synonyms parse");
        Config { title: DEFAULT_TITLE.to_owned(), indicators: indicators.indicator, synonyms: synonyms.synonym }
    }

    /// The built-in settings with a user's config file applied.
    pub fn load(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read config", path.display()))?;
        Config::defaults().with(&text, &path.display().to_string())
    }

    /// What in the config shapes extraction (the indicators give `metric`).
    pub fn extract_fingerprint(&self) -> String {
        serde_json::to_string(&self.indicators).unwrap_or_default()
    }

    /// What in the config shapes only the tables and briefings.
    pub fn render_fingerprint(&self) -> String {
        serde_json::to_string(&(&self.title, &self.synonyms)).unwrap_or_default()
    }

    /// Applies a config file's text (`origin` names it in errors).
    pub fn with(mut self, text: &str, origin: &str) -> Result<Config> {
        let file = parse(text, origin)?;
        if let Some(title) = file.title {
            self.title = title;
        }
        let mut added = Vec::new();
        for def in file.indicator {
            match self.indicators.iter_mut().find(|d| d.id == def.id) {
                Some(existing) => *existing = def,
                None => added.push(def),
            }
        }
        added.append(&mut self.indicators);
        self.indicators = added;
        self.synonyms.extend(file.synonym);
        Ok(self)
    }
}

fn parse(text: &str, origin: &str) -> Result<File> {
    let file: File = toml::from_str(text).map_err(|e| anyhow::anyhow!("{origin}: {}", one_line(&e.to_string())))?;
    for def in &file.indicator {
        if let Some(kind) = def.kinds.iter().find(|k| !KINDS.contains(&k.as_str())) {
            anyhow::bail!("{origin}: indicator `{}`: unknown kind `{kind}` (one of {})", def.id, KINDS.join(", "));
        }
        if let Some(better) = def.better.as_deref().filter(|b| *b != "higher" && *b != "lower") {
            anyhow::bail!("{origin}: indicator `{}`: unknown better `{better}` (higher or lower)", def.id);
        }
        if let Some(change) = def.change.as_deref().filter(|c| !CHANGES.contains(c)) {
            anyhow::bail!("{origin}: indicator `{}`: unknown change `{change}` (one of up, down, none)", def.id);
        }
    }
    Ok(file)
}

/// toml's messages span lines (with a source excerpt); users get one line.
fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('|') && !l.chars().all(|c| c == '^' || c == ' '))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_parse_and_have_unique_ids() {
        let c = Config::defaults();
        assert!(c.indicators.len() >= 20);
        let mut ids: Vec<&str> = c.indicators.iter().map(|d| d.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), c.indicators.len(), "indicator ids are unique");
        assert_eq!(c.title, DEFAULT_TITLE);
    }

    #[test]
    fn a_user_file_replaces_adds_and_titles() {
        let text = r#"
title = "湖北省县域营商环境简报"
[[indicator]]
id = "satisfaction_rate"
label = "企业满意度"
group = "企业诉求与满意度"
kinds = ["percent"]
subject_any = ["满意"]
[[indicator]]
id = "loans_to_smes"
label = "小微企业贷款"
group = "获得信贷"
kinds = ["money"]
subject_any = ["小微企业"]
"#;
        let c = Config::defaults().with(text, "citybrief.toml").unwrap();
        assert_eq!(c.title, "湖北省县域营商环境简报");
        assert_eq!(c.indicators[0].id, "loans_to_smes", "new indicators are tried first");
        let sat = c.indicators.iter().find(|d| d.id == "satisfaction_rate").unwrap();
        assert_eq!(sat.label, "企业满意度");
        assert_eq!(c.indicators.len(), Config::defaults().indicators.len() + 1);
    }

    #[test]
    fn errors_name_the_file_and_the_problem_in_one_line() {
        let err = Config::defaults().with("titel = \"x\"", "citybrief.toml").unwrap_err().to_string();
        assert!(err.starts_with("citybrief.toml: "), "{err}");
        assert!(err.contains("unknown field `titel`"), "{err}");
        assert!(!err.contains('\n'), "{err}");
        let bad_kind = "[[indicator]]\nid = \"x\"\nlabel = \"x\"\ngroup = \"g\"\nkinds = [\"speed\"]\n";
        let err = Config::defaults().with(bad_kind, "my.toml").unwrap_err().to_string();
        assert_eq!(
            err,
            "my.toml: indicator `x`: unknown kind `speed` (one of money, percent, count, duration, rank, area, other)"
        );
    }
}
