//! Ingest: find the reports a run reads and decode their bytes into text.
//!
//! Owns everything about files and encodings; hands on a [`Document`] whose
//! `text` is the report as decoded. Offsets in every later stage count the
//! characters of that text, so nothing downstream ever sees raw bytes.

mod decode;
mod html;

pub use decode::{Encoding, decode};

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};

/// One report, decoded.
#[derive(Debug, Clone)]
pub struct Document {
    /// The report's file name without its extension (`-` for standard input).
    pub name: String,
    /// The report as decoded, before any normalization (for a web page: its
    /// readable text).
    pub text: String,
    /// The encoding the bytes were read in.
    pub encoding: &'static str,
}

/// File extensions read when a folder is given.
const REPORT_EXTENSIONS: &[&str] = &["txt", "text", "md", "html", "htm", "xhtml"];

/// The reports in `dir`, sorted by file name so every run sees the same order.
/// Anything with a report's extension that is not a folder is listed, broken
/// links included, so a file that cannot be read is reported, not skipped.
pub fn find_reports(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).with_context(|| format!("{}: cannot read folder", dir.display()))?;
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("{}: cannot list folder", dir.display()))?;
        let path = entry.path();
        let is_report = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| REPORT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
        if is_report && !entry.file_type().is_ok_and(|t| t.is_dir()) {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

/// The document name for a path: the file name without its extension.
pub fn doc_name(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "-".to_owned())
}

/// Reads and decodes one report file.
pub fn read_report(path: &Path, forced: Option<Encoding>) -> Result<Document> {
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read file", path.display()))?;
    from_file_bytes(doc_name(path), &bytes, forced, is_page(path)).with_context(|| path.display().to_string())
}

/// Whether a report file is a saved web page, read as its text.
pub fn is_page(path: &Path) -> bool {
    path.file_name().is_some_and(|n| html::is_page(&n.to_string_lossy()))
}

/// Decodes a report file's bytes; a web page (`page`) is reduced to its text.
pub fn from_file_bytes(name: String, bytes: &[u8], forced: Option<Encoding>, page: bool) -> Result<Document> {
    let mut doc = from_bytes(name, bytes, forced)?;
    if page {
        doc.text = html::text(&doc.text);
    }
    Ok(doc)
}

/// Decodes a report already in memory (standard input, tests).
pub fn from_bytes(name: String, bytes: &[u8], forced: Option<Encoding>) -> Result<Document> {
    let decoded = decode(bytes, forced)?;
    if decoded.text.is_empty() && !bytes.is_empty() && decoded.encoding != "UTF-8" {
        bail!("decoded to nothing as {}", decoded.encoding);
    }
    Ok(Document { name, text: decoded.text, encoding: decoded.encoding })
}
