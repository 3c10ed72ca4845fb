//! `citybrief build`: the whole job on a folder of reports.

use super::{Outcome, load_config, report_failure};
use crate::align::{self, Taxonomy};
use crate::ingest;
use crate::output::write_atomic;
use crate::render::{csv, jsonl};
use crate::report::Report;
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
    /// Configuration file (title, indicators, synonyms); default ./citybrief.toml if present.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

pub fn execute(args: Args) -> Result<Outcome> {
    let config = load_config(args.config.as_deref())?;
    let taxonomy = Taxonomy::new(&config.indicators);
    let mut outcome = Outcome::default();
    let mut reports: Vec<Report> = Vec::new();
    for path in ingest::find_reports(&args.inputs)? {
        match ingest::read_report(&path, None) {
            Ok(doc) => reports.push(crate::process(&doc, &taxonomy)),
            Err(e) => {
                report_failure(&e);
                outcome.failed += 1;
            }
        }
    }
    for report in &reports {
        let name = format!("{}.jsonl", report.meta.name);
        write_atomic(&args.out.join("extract").join(name), jsonl::render(report).as_bytes())?;
    }
    let data = args.out.join("data");
    let all: String = reports.iter().map(jsonl::render).collect();
    write_atomic(&data.join("claims.jsonl"), all.as_bytes())?;
    write_atomic(&data.join("claims.csv"), &csv::claims(&reports)?)?;
    let alignment = align::align(&reports, &config);
    write_atomic(&data.join("comparison.csv"), &csv::comparison(&alignment)?)?;
    write_atomic(&data.join("measures.csv"), &csv::measures(&alignment)?)?;
    write_atomic(&data.join("honors.csv"), &csv::honors(&alignment)?)?;
    Ok(outcome)
}
