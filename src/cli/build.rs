//! `citybrief build`: the whole job on a folder of reports.
//!
//! Incremental and safe for scheduled runs: reports whose bytes, the tool
//! and the config are unchanged come from the cache; alignment and rendering
//! run only when an input to them changed; every file is written whole
//! (temporary file, then rename) under a lock on the output folder. Quiet on
//! success unless standard error is a terminal or `-v` is given.

use super::{Outcome, UsageError, load_config, report_failure};
use crate::align::{self, Taxonomy};
use crate::briefing;
use crate::cache::{self, Cache, Manifest};
use crate::ingest;
use crate::output::{Lock, clean_temporaries, write_atomic};
use crate::render::{csv, html, jsonl, pdf};
use crate::report::Report;
use anyhow::Result;
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

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
    /// Extract every report again, ignoring the cache.
    #[arg(long)]
    force: bool,
    /// Print nothing but errors, not even on a terminal.
    #[arg(short, long)]
    quiet: bool,
    /// Say what each report did and print the summary even when not on a terminal.
    #[arg(short, long)]
    verbose: bool,
}

/// How each report fared, for the summary line.
#[derive(Default)]
struct Counts {
    read: usize,
    new: usize,
    changed: usize,
    cached: usize,
    removed: usize,
    failed: usize,
}

pub fn execute(args: Args) -> Result<Outcome> {
    let started = Instant::now();
    let config = load_config(args.config.as_deref())?;
    let local = PathBuf::from("templates");
    let template_dir = args.templates.clone().or_else(|| local.is_dir().then_some(local));
    let templates = html::Templates::load(template_dir.as_deref()).map_err(|e| UsageError(format!("{e:#}")))?;
    let fonts = pdf::Fonts::load(args.font.as_deref(), args.fallback_font.as_deref())
        .map_err(|e| UsageError(format!("{e:#}")))?;
    let paths = ingest::find_reports(&args.inputs).map_err(|e| UsageError(format!("{e:#}")))?;
    let _lock = Lock::acquire(&args.out)?;
    for dir in [args.out.clone(), args.out.join("extract"), args.out.join("data")] {
        clean_temporaries(&dir);
    }
    let speak = !args.quiet && (args.verbose || std::io::stderr().is_terminal());

    let extract_key = cache::extract_key(&config.extract_fingerprint());
    let cache = Cache::open(&args.out, extract_key.clone());
    let previous = cache.manifest().unwrap_or_default();
    let taxonomy = Taxonomy::new(&config.indicators);
    let progress = progress_bar(paths.len(), args.quiet);
    let results: Vec<(String, Result<Extracted>)> = paths
        .par_iter()
        .map(|path| {
            let result = extract_one(path, &cache, &taxonomy, args.force);
            progress.inc(1);
            (ingest::doc_name(path), result)
        })
        .collect();
    progress.finish_and_clear();

    let mut counts = Counts { read: paths.len(), ..Counts::default() };
    let mut outcome = Outcome::default();
    let mut reports = Vec::new();
    let mut manifest = Manifest { extract_key, ..Manifest::default() };
    for (name, result) in results {
        match result {
            Ok(Extracted { content, report, cached: from_cache }) => {
                let status = match previous.reports.get(&name) {
                    None => "new",
                    Some(old) if *old != content || !from_cache => "changed",
                    Some(_) => "unchanged",
                };
                match status {
                    "new" => counts.new += 1,
                    "changed" => counts.changed += 1,
                    _ => counts.cached += 1,
                }
                if args.verbose && !args.quiet {
                    eprintln!("citybrief: {name}: {status}{}", if from_cache { " (cached)" } else { "" });
                }
                manifest.reports.insert(name, content);
                reports.push(report);
            }
            Err(e) => {
                report_failure(&e);
                counts.failed += 1;
                outcome.failed += 1;
            }
        }
    }
    counts.removed = previous.reports.keys().filter(|k| !manifest.reports.contains_key(*k)).count();
    manifest.render_key = render_key(&config, template_dir.as_deref(), &args)?;

    let outputs_exist =
        ["briefing.html", "briefing.pdf", "data/comparison.csv"].iter().all(|f| args.out.join(f).is_file());
    if manifest == previous && outputs_exist && !args.stamp && !args.force {
        if speak {
            eprintln!(
                "citybrief: nothing new: {} reports unchanged, outputs up to date ({:.2} s)",
                counts.read,
                started.elapsed().as_secs_f64()
            );
        }
        return Ok(outcome);
    }
    write_outputs(
        &args,
        &Renderers { config: &config, templates: &templates, fonts: &fonts },
        &reports,
        &previous,
        &manifest,
    )?;
    cache.prune(&manifest.reports.values().cloned().collect::<BTreeSet<_>>());
    cache.save_manifest(&manifest)?;
    if speak {
        let c = &counts;
        eprintln!(
            "citybrief: {} reports read, {} new, {} changed, {} unchanged, {} removed, {} failed ({:.2} s)",
            c.read,
            c.new,
            c.changed,
            c.cached,
            c.removed,
            c.failed,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(outcome)
}

/// One report's extraction and where it came from.
struct Extracted {
    /// Hash of the report's bytes.
    content: String,
    report: Report,
    /// Taken from the cache rather than extracted now.
    cached: bool,
}

/// Reads, hashes and extracts one report, or takes it from the cache.
fn extract_one(path: &Path, cache: &Cache, taxonomy: &Taxonomy, force: bool) -> Result<Extracted> {
    use anyhow::Context;
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read file", path.display()))?;
    let content = cache::sha256_hex(&[&bytes]);
    if !force && let Some(report) = cache.get(&content).filter(|r| r.meta.name == ingest::doc_name(path)) {
        return Ok(Extracted { content, report, cached: true });
    }
    let doc = ingest::from_file_bytes(ingest::doc_name(path), &bytes, None, ingest::is_page(path))
        .with_context(|| path.display().to_string())?;
    let report = crate::process(&doc, taxonomy);
    cache.put(&content, &report)?;
    Ok(Extracted { content, report, cached: false })
}

/// Everything that shapes the tables and briefings besides the reports.
fn render_key(config: &crate::config::Config, templates: Option<&Path>, args: &Args) -> Result<String> {
    let mut parts: Vec<Vec<u8>> = vec![config.render_fingerprint().into_bytes()];
    if let Some(dir) = templates {
        let mut files: Vec<PathBuf> = Vec::new();
        for sub in [dir.to_path_buf(), dir.join("partials")] {
            if let Ok(entries) = std::fs::read_dir(&sub) {
                files.extend(entries.flatten().map(|e| e.path()).filter(|p| p.is_file()));
            }
        }
        files.sort();
        for f in files {
            parts.push(f.to_string_lossy().into_owned().into_bytes());
            parts.push(std::fs::read(&f).unwrap_or_default());
        }
    }
    for font in [&args.font, &args.fallback_font].into_iter().flatten() {
        parts.push(std::fs::read(font).unwrap_or_default());
    }
    let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
    Ok(cache::sha256_hex(&refs))
}

fn progress_bar(len: usize, quiet: bool) -> indicatif::ProgressBar {
    // Only long runs on a terminal get a bar; indicatif hides it elsewhere.
    const LONG_RUN: usize = 200;
    if quiet || len < LONG_RUN {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(Some(len as u64), indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} reports {elapsed}") {
        bar.set_style(style);
    }
    bar
}

/// What the tables and briefings are made with.
struct Renderers<'a> {
    config: &'a crate::config::Config,
    templates: &'a html::Templates,
    fonts: &'a pdf::Fonts,
}

/// Writes the per-report files, the tables and both briefings.
fn write_outputs(
    args: &Args,
    r: &Renderers,
    reports: &[Report],
    previous: &Manifest,
    manifest: &Manifest,
) -> Result<()> {
    let extract = args.out.join("extract");
    for report in reports {
        let name = &report.meta.name;
        let path = extract.join(format!("{name}.jsonl"));
        if previous.reports.get(name) != manifest.reports.get(name)
            || previous.extract_key != manifest.extract_key
            || !path.is_file()
        {
            write_streamed(&path, |out| Ok(jsonl::write(report, out)?))?;
        }
    }
    // Reports that are gone take their extraction with them.
    for gone in previous.reports.keys().filter(|k| !manifest.reports.contains_key(*k)) {
        let _ = std::fs::remove_file(extract.join(format!("{gone}.jsonl")));
    }
    let data = args.out.join("data");
    write_streamed(&data.join("claims.jsonl"), |out| {
        for report in reports {
            jsonl::write(report, out)?;
        }
        Ok(())
    })?;
    write_streamed(&data.join("claims.csv"), |out| csv::write_claims(reports, out))?;
    let alignment = align::align(reports, r.config);
    write_atomic(&data.join("comparison.csv"), &csv::comparison(&alignment)?)?;
    write_atomic(&data.join("measures.csv"), &csv::measures(&alignment)?)?;
    write_atomic(&data.join("honors.csv"), &csv::honors(&alignment)?)?;
    let stamp = args.stamp.then(super::now_utc);
    let briefing = briefing::build(reports, &alignment, r.config, stamp);
    write_streamed(&args.out.join("briefing.html"), |out| r.templates.render_to(&briefing, out))?;
    let rendered = pdf::render(&briefing, r.fonts);
    for c in &rendered.missing {
        eprintln!(
            "citybrief: briefing.pdf: warning: no glyph for {c:?} (U+{:04X}) in the fonts; drawn as □",
            u32::from(*c)
        );
    }
    write_atomic(&args.out.join("briefing.pdf"), &rendered.bytes)?;
    Ok(())
}

/// Writes `path` atomically from `fill`, without holding the whole file in memory.
fn write_streamed(path: &Path, fill: impl FnOnce(&mut dyn std::io::Write) -> Result<()>) -> Result<()> {
    use anyhow::Context;
    let mut file = crate::output::AtomicFile::create(path)?;
    fill(&mut file).with_context(|| format!("{}: cannot write", path.display()))?;
    file.commit()
}
