//! Cache: what the next build may skip.
//!
//! Kept in `OUT/.cache/`. Each report's extraction is stored under the hash
//! of its bytes and of everything that shapes extraction (the tool version,
//! the compiled-in data files, the config), so an unchanged report is never
//! extracted twice and a new version or config invalidates exactly what it
//! must. The manifest records what the last build was made from, so a build
//! with nothing new can stop before rendering.

use crate::output::write_atomic;
use crate::report::Report;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The data files compiled into the binary: a change to any is a change of extractor.
const DATA: &[&str] = &[
    include_str!("../data/units.tsv"),
    include_str!("../data/measures.txt"),
    include_str!("../data/gazetteer.tsv"),
    include_str!("../data/place_stopwords.txt"),
    include_str!("../data/indicators.toml"),
    include_str!("../data/synonyms.toml"),
];

pub fn sha256_hex(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The key of everything but the report that shapes an extraction.
pub fn extract_key(config_fingerprint: &str) -> String {
    let mut parts: Vec<&[u8]> = vec![env!("CARGO_PKG_VERSION").as_bytes(), config_fingerprint.as_bytes()];
    parts.extend(DATA.iter().map(|d| d.as_bytes()));
    sha256_hex(&parts)
}

/// What a build was made from.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub extract_key: String,
    pub render_key: String,
    /// Report name → hash of its bytes.
    pub reports: BTreeMap<String, String>,
}

pub struct Cache {
    dir: PathBuf,
    extract_key: String,
}

impl Cache {
    pub fn open(out: &Path, extract_key: String) -> Cache {
        Cache { dir: out.join(".cache"), extract_key }
    }

    fn entry(&self, content: &str) -> PathBuf {
        self.dir
            .join("reports")
            .join(format!("{}.json", sha256_hex(&[self.extract_key.as_bytes(), content.as_bytes()])))
    }

    /// The cached extraction of a report with content hash `content`.
    pub fn get(&self, content: &str) -> Option<Report> {
        let bytes = std::fs::read(self.entry(content)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    pub fn put(&self, content: &str, report: &Report) -> anyhow::Result<()> {
        write_atomic(&self.entry(content), &serde_json::to_vec(report)?)
    }

    /// Removes entries no report of this build uses.
    pub fn prune(&self, contents: &BTreeSet<String>) {
        let keep: BTreeSet<PathBuf> = contents.iter().map(|c| self.entry(c)).collect();
        if let Ok(entries) = std::fs::read_dir(self.dir.join("reports")) {
            for e in entries.flatten() {
                if !keep.contains(&e.path()) {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
    }

    pub fn manifest(&self) -> Option<Manifest> {
        serde_json::from_slice(&std::fs::read(self.dir.join("manifest.json")).ok()?).ok()
    }

    pub fn save_manifest(&self, m: &Manifest) -> anyhow::Result<()> {
        write_atomic(&self.dir.join("manifest.json"), &serde_json::to_vec_pretty(m)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_change_with_config_and_are_stable() {
        assert_eq!(extract_key("a"), extract_key("a"));
        assert_ne!(extract_key("a"), extract_key("b"));
        assert_ne!(sha256_hex(&[b"ab", b"c"]), sha256_hex(&[b"a", b"bc"]), "parts are length-prefixed");
    }
}
