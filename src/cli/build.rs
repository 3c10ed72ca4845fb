//! `citybrief build`: the whole job on a folder of reports.

use super::{Outcome, UsageError, load_config, report_failure};
use crate::align::{self, Taxonomy};
use crate::briefing;
use crate::ingest;
use crate::output::write_atomic;
use crate::render::{csv, html, jsonl, pdf};
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
    /// Templates folder overriding the built-in ones file by file; default ./templates if present.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Put the generation time in the briefing (off by default, so builds are reproducible).
    #[arg(long)]
    stamp: bool,
    /// Font for the PDF (TrueType/OpenType); default the vendored WenQuanYi Micro Hei.
    #[arg(long, value_name = "PATH")]
    font: Option<PathBuf>,
    /// Second font for characters the first lacks.
    #[arg(long, value_name = "PATH")]
    fallback_font: Option<PathBuf>,
}

pub fn execute(args: Args) -> Result<Outcome> {
    let config = load_config(args.config.as_deref())?;
    let local = PathBuf::from("templates");
    let template_dir = args.templates.clone().or_else(|| local.is_dir().then_some(local));
    let templates = html::Templates::load(template_dir.as_deref()).map_err(|e| UsageError(format!("{e:#}")))?;
    let fonts = pdf::Fonts::load(args.font.as_deref(), args.fallback_font.as_deref())
        .map_err(|e| UsageError(format!("{e:#}")))?;
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
    let stamp = args.stamp.then(super::now_utc);
    let briefing = briefing::build(&reports, &alignment, &config, stamp);
    write_atomic(&args.out.join("briefing.html"), templates.render(&briefing)?.as_bytes())?;
    let rendered = pdf::render(&briefing, &fonts);
    for c in &rendered.missing {
        eprintln!(
            "citybrief: briefing.pdf: warning: no glyph for {c:?} (U+{:04X}) in the fonts; drawn as □",
            u32::from(*c)
        );
    }
    write_atomic(&args.out.join("briefing.pdf"), &rendered.bytes)?;
    Ok(outcome)
}
