//! `citybrief diff OLD NEW`: what changed between two extraction outputs
//! (two `.jsonl` files, or two folders of them). Exit 0 when equal, 1 when
//! they differ, 2 when an input cannot be read — like diff(1).

use super::{Outcome, UsageError};
use crate::diff::{self, Key};
use anyhow::{Context, Result};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Format {
    Text,
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// The older output: a .jsonl file or a folder of them.
    old: PathBuf,
    /// The newer output: a .jsonl file or a folder of them.
    new: PathBuf,
    /// How to print the differences.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

pub fn execute(args: Args) -> Result<Outcome> {
    let old = load(&args.old).map_err(|e| UsageError(format!("{e:#}")))?;
    let new = load(&args.new).map_err(|e| UsageError(format!("{e:#}")))?;
    let d = diff::diff(&old, &new);
    let out = match args.format {
        Format::Text => diff::text(&d),
        Format::Json => serde_json::to_string_pretty(&d)? + "\n",
    };
    std::io::stdout().lock().write_all(out.as_bytes()).context("standard output")?;
    Ok(Outcome { failed: 0, differs: !d.is_empty() })
}

/// All records of a file, or of every `.jsonl` file in a folder (sorted).
fn load(path: &Path) -> Result<BTreeMap<Key, Value>> {
    let files: Vec<PathBuf> = if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| format!("{}: cannot read folder", path.display()))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
            .collect();
        files.sort();
        files
    } else {
        vec![path.to_path_buf()]
    };
    let mut all = BTreeMap::new();
    for f in files {
        let text = std::fs::read_to_string(&f).with_context(|| format!("{}: cannot read", f.display()))?;
        all.extend(diff::keyed(&text, &f.display().to_string())?);
    }
    Ok(all)
}
