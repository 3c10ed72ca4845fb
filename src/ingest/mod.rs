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

/// Sets aside reports whose name (the file name without its extension) an
/// earlier one already has: `a.html` and `a.txt` would be one report `a`.
pub fn split_twins(paths: Vec<PathBuf>) -> (Vec<PathBuf>, Vec<anyhow::Error>) {
    let mut seen: std::collections::BTreeMap<String, PathBuf> = std::collections::BTreeMap::new();
    let mut kept = Vec::new();
    let mut twins = Vec::new();
    for path in paths {
        let name = doc_name(&path);
        match seen.get(&name) {
            Some(first) => twins.push(anyhow::anyhow!(
                "{}: same report name `{name}` as {}; rename one",
                path.display(),
                first.display()
            )),
            None => {
                seen.insert(name, path.clone());
                kept.push(path);
            }
        }
    }
    (kept, twins)
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

/// Byte ranges cutting `text` into parts of at most about `max` bytes, each
/// ending after a line break where one is near, else after a sentence end,
/// else at a character boundary. They cover the text in order.
pub fn parts(text: &str, max: usize) -> Vec<std::ops::Range<usize>> {
    /// How far back from the limit a cut looks for a line break or a sentence end.
    const LOOK_BACK: usize = 64 * 1024;
    let max = max.max(1);
    let mut ranges = Vec::new();
    let mut start = 0;
    while text.len() - start > max {
        let mut limit = start + max;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let mut window_start = limit.saturating_sub(LOOK_BACK).max(start);
        while !text.is_char_boundary(window_start) {
            window_start += 1;
        }
        let window = &text.as_bytes()[window_start..limit];
        let cut = memchr::memrchr(b'\n', window)
            .map(|p| window_start + p + 1)
            .or_else(|| text[window_start..limit].rfind('。').map(|p| window_start + p + '。'.len_utf8()))
            .filter(|&c| c > start)
            .unwrap_or(if limit > start {
                limit
            } else {
                start + text[start..].chars().next().map_or(1, char::len_utf8)
            });
        ranges.push(start..cut);
        start = cut;
    }
    if start < text.len() || ranges.is_empty() {
        ranges.push(start..text.len());
    }
    ranges
}

#[cfg(test)]
mod parts_tests {
    use super::parts;

    #[test]
    fn parts_end_at_line_breaks_and_cover_the_text() {
        let text = "第一行。\n第二行很长很长。\n第三行\n";
        let ranges = parts(text, 30);
        assert_eq!(ranges.first().map(|r| r.start), Some(0));
        assert_eq!(ranges.last().map(|r| r.end), Some(text.len()));
        for w in ranges.windows(2) {
            assert_eq!(w[0].end, w[1].start);
        }
        for r in &ranges {
            assert!(r.len() <= 30, "{r:?}");
            assert!(text[r.clone()].ends_with('\n') || r.end == text.len(), "{:?}", &text[r.clone()]);
        }
        assert_eq!(parts("", 10), vec![0..0]);
        // One long line without breaks: cut at character boundaries.
        let line = "营".repeat(100);
        let ranges = parts(&line, 10);
        assert!(ranges.iter().all(|r| line.is_char_boundary(r.start) && r.len() <= 10 && !r.is_empty()));
        assert_eq!(ranges.iter().map(|r| r.len()).sum::<usize>(), line.len());
    }
}
