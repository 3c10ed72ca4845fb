//! `citybrief build`: the whole job on a folder of reports.
//!
//! Incremental and safe for scheduled runs: reports whose bytes, the tool
//! and the config are unchanged come from the cache; alignment and rendering
//! run only when an input to them changed; every file is written whole
//! (temporary file, then rename) under a lock on the output folder. Quiet on
//! success unless standard error is a terminal or `-v` is given.

use super::{Outcome, UsageError, load_config, report_failure};
use crate::align::{self, Aligner, Taxonomy};
use crate::briefing;
use crate::cache::{self, Cache, Manifest};
use crate::ingest;
use crate::output::{AtomicFile, Lock, clean_temporaries, write_atomic};
use crate::render::{csv, html, jsonl, pdf};
use crate::report::Report;
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::collections::BTreeMap;
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
    let found = ingest::find_reports(&args.inputs).map_err(|e| UsageError(format!("{e:#}")))?;
    let read = found.len();
    let (paths, twins) = ingest::split_twins(found);
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
    let extraction = Extraction { cache: &cache, taxonomy: &taxonomy, force: args.force, previous: &previous };
    let extract_dir = args.out.join("extract");
    // Each worker extracts (or takes from the cache) and writes one report,
    // then lets it go: only names and hashes are kept for the whole run.
    let results: Vec<(PathBuf, String, Result<Extracted>)> = paths
        .par_iter()
        .map(|path| {
            let name = ingest::doc_name(path);
            let result = extraction.run(path, &name, &extract_dir);
            progress.inc(1);
            (path.clone(), name, result)
        })
        .collect();
    progress.finish_and_clear();

    let mut counts = Counts { read, failed: twins.len(), ..Counts::default() };
    let mut outcome = Outcome { failed: twins.len(), ..Outcome::default() };
    for e in &twins {
        report_failure(e);
    }
    let mut extracted = Vec::new();
    let mut manifest = Manifest { extract_key, ..Manifest::default() };
    for (path, name, result) in results {
        match result {
            Ok(Extracted { content, cached: from_cache }) => {
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
                manifest.reports.insert(name.clone(), content.clone());
                extracted.push(Stored { path, name, content });
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
    let renderers = Renderers { config: &config, templates: &templates, fonts: &fonts };
    let lost = write_outputs(&args, &renderers, &extraction, &extracted, &previous, &manifest)?;
    for name in &lost {
        // Not in this build's outputs, so not recorded as built.
        manifest.reports.remove(name);
    }
    counts.failed += lost.len();
    outcome.failed += lost.len();
    cache.prune(&manifest.reports);
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
    /// Taken from the cache rather than extracted now.
    cached: bool,
}

/// A report of this build whose extraction is in the cache.
struct Stored {
    path: PathBuf,
    name: String,
    /// Hash of its bytes (the cache key).
    content: String,
}

/// What extracting a report needs besides the report.
struct Extraction<'a> {
    cache: &'a Cache,
    taxonomy: &'a Taxonomy,
    force: bool,
    previous: &'a Manifest,
}

impl Extraction<'_> {
    /// Reads and hashes one report and, unless the cache has it, extracts
    /// it; writes its `extract/NAME.jsonl` unless the last build already
    /// wrote the same. A long report goes part by part, so memory follows
    /// the part.
    fn run(&self, path: &Path, name: &str, extract_dir: &Path) -> Result<Extracted> {
        let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read file", path.display()))?;
        let content = cache::sha256_hex(&[&bytes]);
        let out = extract_dir.join(format!("{name}.jsonl"));
        if !self.force && self.cache.has(name, &content) {
            let written = self.previous.reports.get(name) == Some(&content)
                && self.previous.extract_key == self.cache.key()
                && out.is_file();
            if written || self.copy_cached(name, &content, &out).is_ok() {
                return Ok(Extracted { content, cached: true });
            }
            // A damaged entry is gone now: extract again.
        }
        let doc = self.decode(path, name, &bytes)?;
        drop(bytes);
        let mut entry = self.cache.writer(name, &content)?;
        let mut file = AtomicFile::create(&out)?;
        let mut first = true;
        crate::process_each(&doc, self.taxonomy, |part| -> Result<()> {
            entry.add(&part)?;
            jsonl::write_part(&part, first, &mut file).with_context(|| format!("{}: cannot write", out.display()))?;
            first = false;
            Ok(())
        })?;
        entry.commit()?;
        file.commit()?;
        Ok(Extracted { content, cached: false })
    }

    /// Writes `out` from the cached extraction.
    fn copy_cached(&self, name: &str, content: &str, out: &Path) -> Result<()> {
        let mut file = AtomicFile::create(out)?;
        let mut first = true;
        self.cache.read(name, content, &mut |part| {
            jsonl::write_part(&part, first, &mut file).with_context(|| format!("{}: cannot write", out.display()))?;
            first = false;
            Ok(())
        })?;
        file.commit()
    }

    fn decode(&self, path: &Path, name: &str, bytes: &[u8]) -> Result<ingest::Document> {
        ingest::from_file_bytes(name.to_owned(), bytes, None, ingest::is_page(path))
            .with_context(|| path.display().to_string())
    }

    /// Hands a stored report's extraction to `each` part by part: from the
    /// cache, or extracted again if the cache lost it.
    fn load(&self, s: &Stored, each: &mut dyn FnMut(Report) -> Result<()>) -> Result<()> {
        let mut handed = 0;
        let cached = self.cache.read(&s.name, &s.content, &mut |part| {
            handed += 1;
            each(part)
        });
        match cached {
            Err(e) if handed > 0 => Err(e),
            Err(_) => {
                let bytes =
                    std::fs::read(&s.path).with_context(|| format!("{}: cannot read file", s.path.display()))?;
                crate::process_each(&self.decode(&s.path, &s.name, &bytes)?, self.taxonomy, each)
            }
            Ok(_) => Ok(()),
        }
    }
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

/// Reads the stored reports back, in the order given, handing each part
/// to `each` with whether it is a report's first; a report that cannot be
/// read back is reported and its name returned. An error of `each` (an
/// output that cannot be written) ends the build.
fn for_each_stored(
    extraction: &Extraction,
    stored: &[&Stored],
    mut each: impl FnMut(&Report, bool) -> Result<()>,
) -> Result<Vec<String>> {
    let mut lost = Vec::new();
    for s in stored {
        let mut failed: Option<anyhow::Error> = None;
        let mut first = true;
        let loaded = extraction.load(s, &mut |part| {
            let result = each(&part, first);
            first = false;
            result.map_err(|e| {
                failed = Some(e);
                anyhow::anyhow!("output failed")
            })
        });
        if let Some(e) = failed {
            return Err(e);
        }
        if let Err(e) = loaded {
            report_failure(&e);
            lost.push(s.name.clone());
        }
    }
    Ok(lost)
}

/// Writes the tables and both briefings, reading each report back from the
/// cache as it goes (twice at most: all for the tables, those profiled for
/// the briefing), so memory follows the tables, not the reports. Returns
/// the reports that could not be read back.
fn write_outputs(
    args: &Args,
    r: &Renderers,
    extraction: &Extraction,
    stored: &[Stored],
    previous: &Manifest,
    manifest: &Manifest,
) -> Result<Vec<String>> {
    // Reports that are gone take their extraction with them.
    for gone in previous.reports.keys().filter(|k| !manifest.reports.contains_key(*k)) {
        let _ = std::fs::remove_file(args.out.join("extract").join(format!("{gone}.jsonl")));
    }
    let data = args.out.join("data");
    let mut claims_jsonl = AtomicFile::create(&data.join("claims.jsonl"))?;
    let mut claims_csv_file = AtomicFile::create(&data.join("claims.csv"))?;
    let mut claims_csv = csv::ClaimsWriter::new(&mut claims_csv_file)?;
    let mut aligner = Aligner::default();
    let mut corpus = briefing::Corpus::default();
    let mut place_of: BTreeMap<String, String> = BTreeMap::new();
    let all: Vec<&Stored> = stored.iter().collect();
    let mut lost = for_each_stored(extraction, &all, |part, first| {
        jsonl::write_part(part, first, &mut claims_jsonl).context("data/claims.jsonl: cannot write")?;
        claims_csv.add(part).context("data/claims.csv: cannot write")?;
        aligner.add(part);
        if first {
            corpus.add(&part.meta);
            place_of.insert(part.meta.name.clone(), align::report_place(part));
        }
        Ok(())
    })?;
    claims_csv.finish()?;
    claims_jsonl.commit()?;
    claims_csv_file.commit()?;
    // The alignment is let go once the tables and the briefing's sections
    // are made from it, before the profiles and the rendering.
    let mut builder = {
        let alignment = aligner.finish(r.config);
        write_streamed(&data.join("comparison.csv"), |out| csv::comparison(&alignment, out))?;
        write_streamed(&data.join("measures.csv"), |out| csv::measures(&alignment, out))?;
        write_streamed(&data.join("honors.csv"), |out| csv::honors(&alignment, out))?;
        let stamp = args.stamp.then(super::now_utc);
        briefing::Builder::new(&alignment, r.config, &corpus, stamp)
    };
    let mut profiled: Vec<&Stored> =
        stored.iter().filter(|s| place_of.get(&s.name).is_some_and(|p| builder.wants(p))).collect();
    profiled.sort_by(|a, b| a.name.cmp(&b.name));
    lost.extend(for_each_stored(extraction, &profiled, |part, _| {
        builder.add(part);
        Ok(())
    })?);
    let briefing = builder.finish();
    write_streamed(&args.out.join("briefing.html"), |out| r.templates.render_to(&briefing, out))?;
    let rendered = pdf::render(&briefing, r.fonts);
    for c in &rendered.missing {
        eprintln!(
            "citybrief: briefing.pdf: warning: no glyph for {c:?} (U+{:04X}) in the fonts; drawn as □",
            u32::from(*c)
        );
    }
    write_atomic(&args.out.join("briefing.pdf"), &rendered.bytes)?;
    Ok(lost)
}

/// Writes `path` atomically from `fill`, without holding the whole file in memory.
fn write_streamed(path: &Path, fill: impl FnOnce(&mut dyn std::io::Write) -> Result<()>) -> Result<()> {
    let mut file = AtomicFile::create(path)?;
    fill(&mut file).with_context(|| format!("{}: cannot write", path.display()))?;
    file.commit()
}
