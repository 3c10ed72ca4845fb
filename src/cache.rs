//! Cache: what the next build may skip.
//!
//! Kept in `OUT/.cache/`. Each report's extraction is stored under the hash
//! of its bytes and of everything that shapes extraction (the tool version,
//! the compiled-in data files, the config), so an unchanged report is never
//! extracted twice and a new version or config invalidates exactly what it
//! must. The manifest records what the last build was made from, so a build
//! with nothing new can stop before rendering.

use crate::output::{AtomicFile, write_atomic};
use crate::report::Report;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The data files compiled into the binary: a change to any is a change of extractor.
const DATA: &[&str] = &[
    include_str!("../data/units.tsv"),
    include_str!("../data/measures.txt"),
    include_str!("../data/gazetteer.tsv"),
    include_str!("../data/townships.tsv"),
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
    crate::report::hex(&h.finalize())
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

    /// The extract key the cache was opened with.
    pub fn key(&self) -> &str {
        &self.extract_key
    }

    /// The entry of report `name` with content hash `content` (identical
    /// files under two names are two reports).
    fn entry(&self, name: &str, content: &str) -> PathBuf {
        let key = sha256_hex(&[self.extract_key.as_bytes(), name.as_bytes(), content.as_bytes()]);
        self.dir.join("reports").join(format!("{key}.jsonl"))
    }

    /// Whether report `name` with content hash `content` is cached.
    pub fn has(&self, name: &str, content: &str) -> bool {
        self.entry(name, content).is_file()
    }

    /// Hands the cached extraction of a report to `each` part by part (a
    /// long report is stored in the parts it was read in; see
    /// [`crate::process_in_parts`]), so memory follows the part. Returns how
    /// many parts were handed over; an error after some were means the
    /// entry is damaged (it is removed, so the next build extracts again).
    pub fn read(&self, name: &str, content: &str, each: &mut dyn FnMut(Report) -> Result<()>) -> Result<usize> {
        use std::io::BufRead;
        let path = self.entry(name, content);
        let file = std::fs::File::open(&path).with_context(|| format!("{name}: not in the cache"))?;
        let mut parts = 0;
        for line in std::io::BufReader::new(file).lines() {
            let part = line.map_err(anyhow::Error::from).and_then(|l| Ok(serde_json::from_str::<Report>(&l)?));
            match part {
                Ok(part) => {
                    each(part)?;
                    parts += 1;
                }
                Err(e) => {
                    let _ = std::fs::remove_file(&path);
                    return Err(e.context(format!("{name}: damaged cache entry {}", path.display())));
                }
            }
        }
        Ok(parts)
    }

    /// Starts the entry of report `name`; parts are added in order.
    pub fn writer(&self, name: &str, content: &str) -> Result<CacheWriter> {
        Ok(CacheWriter { file: AtomicFile::create(&self.entry(name, content))? })
    }

    /// Removes entries no report of this build uses (`reports`: name → content hash).
    pub fn prune(&self, reports: &BTreeMap<String, String>) {
        let keep: BTreeSet<PathBuf> = reports.iter().map(|(n, c)| self.entry(n, c)).collect();
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

    pub fn save_manifest(&self, m: &Manifest) -> Result<()> {
        write_atomic(&self.dir.join("manifest.json"), &serde_json::to_vec_pretty(m)?)
    }
}

/// A cache entry being written: one JSON line per part; nothing is in the
/// cache until [`CacheWriter::commit`].
pub struct CacheWriter {
    file: AtomicFile,
}

impl CacheWriter {
    pub fn add(&mut self, part: &Report) -> Result<()> {
        let mut line = serde_json::to_vec(part)?;
        line.push(b'\n');
        self.file.append(&line)
    }

    pub fn commit(self) -> Result<()> {
        self.file.commit()
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
