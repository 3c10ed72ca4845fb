//! `citybrief build`: the whole job on a folder of reports.

use super::{Outcome, report_failure};
use crate::ingest;
use crate::output::write_atomic;
use crate::render::jsonl;
use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Folder of reports.
    #[arg(long, value_name = "DIR", default_value = "inputs")]
    inputs: PathBuf,
    /// Output folder.
    #[arg(long, value_name = "DIR", default_value = "out")]
    out: PathBuf,
    /// Configuration file (indicators, synonyms); none is needed yet.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

pub fn execute(args: Args) -> Result<Outcome> {
    if let Some(config) = &args.config {
        anyhow::ensure!(config.is_file(), "{}: no such config file", config.display());
    }
    let mut outcome = Outcome::default();
    let extract_dir = args.out.join("extract");
    for path in ingest::find_reports(&args.inputs)? {
        let result = ingest::read_report(&path, None).and_then(|doc| {
            let records = jsonl::render(&crate::process(&doc));
            write_atomic(&extract_dir.join(format!("{}.jsonl", doc.name)), records.as_bytes())
        });
        if let Err(e) = result {
            report_failure(&e);
            outcome.failed += 1;
        }
    }
    Ok(outcome)
}
