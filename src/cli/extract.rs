//! `citybrief extract FILE... [--out DIR]` and `citybrief extract -`.

use super::{Outcome, load_config, parse_encoding, report_failure};
use crate::align::Taxonomy;
use crate::ingest::{self, Document, Encoding};
use crate::output::AtomicFile;
use crate::render::{jsonl, tsv};
use crate::report::Report;
use anyhow::{Context, Result};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// Report files, or `-` for standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Write one <doc>.jsonl per report into this folder instead of standard output.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Read the reports in this encoding instead of detecting it.
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    encoding: Option<Encoding>,
    /// Configuration file (indicators for `metric`); default ./citybrief.toml if present.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Record format: JSON Lines (output.md), or one mention a line for review in git.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: Format,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Tsv,
}

pub fn execute(args: Args) -> Result<Outcome> {
    let taxonomy = Taxonomy::new(&load_config(args.config.as_deref())?.indicators);
    let mut outcome = Outcome::default();
    let mut stdout = std::io::stdout().lock();
    // On standard output the TSV header comes once, before the first report.
    let mut first = true;
    // With --out, one file per report name: a second file of one name would
    // overwrite the first's.
    let files = match args.out {
        Some(_) => {
            let (files, twins) = ingest::split_twins(args.files.clone());
            for e in &twins {
                report_failure(e);
            }
            outcome.failed += twins.len();
            files
        }
        None => args.files.clone(),
    };
    for path in &files {
        let result = read(path, args.encoding).and_then(|doc| {
            let header = args.out.is_some() || first;
            first = false;
            let ext = match args.format {
                Format::Jsonl => "jsonl",
                Format::Tsv => "tsv",
            };
            let render = |part: &Report, first_part: bool| match args.format {
                Format::Jsonl => jsonl::render_part(part, first_part),
                Format::Tsv => tsv::render(part, header && first_part),
            };
            // A long report is read and written part by part.
            let emit = |write: &mut dyn FnMut(&[u8]) -> Result<()>| {
                let mut first_part = true;
                crate::process_each(&doc, &taxonomy, |part| {
                    let records = render(&part, first_part);
                    first_part = false;
                    write(records.as_bytes())
                })
            };
            match &args.out {
                Some(dir) => {
                    let mut file = AtomicFile::create(&dir.join(format!("{}.{ext}", doc.name)))?;
                    emit(&mut |bytes| file.append(bytes))?;
                    file.commit()
                }
                None => emit(&mut |bytes| stdout.write_all(bytes).context("standard output")),
            }
        });
        if let Err(e) = result {
            report_failure(&e);
            outcome.failed += 1;
        }
    }
    stdout.flush().context("standard output")?;
    Ok(outcome)
}

fn read(path: &Path, encoding: Option<Encoding>) -> Result<Document> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).context("standard input: cannot read")?;
        return ingest::from_bytes("-".to_owned(), &bytes, encoding).context("standard input");
    }
    ingest::read_report(path, encoding)
}
