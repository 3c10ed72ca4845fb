//! citybrief reads reports on how Chinese localities improved their business
//! environment and extracts every numeric claim, named measure and honor.
//!
//! ```text
//!  files ──ingest──▶ Document ──normalize──▶ NormalizedDoc ──extract──▶ Vec<Mention>
//!                                                                        │
//!                                  Report ◀──attribute───────┘
//!                                    │ align::tag (metric)
//!          per report: render::jsonl ◀┤
//!                                    ▼
//!   all reports, one at a time: align::Aligner ──▶ Alignment ──▶ render::csv, briefing::Builder
//! ```
//!
//! Each stage is a module that takes the previous stage's plain data and
//! returns its own; [`process`] runs them in order for one document.

pub mod align;
pub mod attribute;
pub mod briefing;
pub mod cache;
pub mod cli;
pub mod config;
pub mod data;
pub mod diff;
pub mod extract;
pub mod gazetteer;
pub mod ingest;
pub mod normalize;
pub mod output;
pub mod render;
pub mod report;
pub mod runs;
pub mod segment;
pub mod source;

use ingest::Document;
use report::Report;

/// Reports longer than this (in bytes) are read in parts of about this
/// size, so memory follows the part, not the report.
pub const PART_BYTES: usize = 1 << 20;

/// Runs the extraction pipeline on one decoded document, with each claim's
/// indicator from `taxonomy`.
pub fn process(doc: &Document, taxonomy: &align::Taxonomy) -> Report {
    if doc.text.len() <= PART_BYTES {
        let norm = normalize::normalize(&doc.text);
        let quotes = extract::quotes(&norm);
        let mentions = extract::extract(&norm, &quotes);
        let subjects = extract::subjects(&norm, &mentions);
        let (measures, honors) = extract::names(&norm, &quotes);
        let report =
            attribute::attribute(doc, &norm, attribute::Found { mentions, subjects, measures, honors, quotes });
        return align::tag(report, taxonomy);
    }
    let mut whole: Option<Report> = None;
    let merged: Result<(), std::convert::Infallible> = process_in_parts(doc, taxonomy, PART_BYTES, |part| {
        match whole.as_mut() {
            None => whole = Some(part),
            Some(w) => {
                w.claims.extend(part.claims);
                w.measures.extend(part.measures);
                w.honors.extend(part.honors);
            }
        }
        Ok(())
    });
    let Ok(()) = merged;
    whole.expect("a report has at least one part")
}

/// Runs the pipeline on `doc` and hands its report to `sink`: in one piece
/// if it is short, else part by part as [`process_in_parts`] does.
pub fn process_each<E>(
    doc: &Document,
    taxonomy: &align::Taxonomy,
    mut sink: impl FnMut(Report) -> Result<(), E>,
) -> Result<(), E> {
    if doc.text.len() <= PART_BYTES {
        return sink(process(doc, taxonomy));
    }
    process_in_parts(doc, taxonomy, PART_BYTES, sink)
}

/// Runs the pipeline on `doc` part by part (parts of about `part_bytes`,
/// ending at line breaks) and hands each part's report to `sink` as soon as
/// it is done: the first carries the whole report's `doc` metadata and
/// every one carries its claims, in order; the last one, with no claims,
/// carries the measures and honors of the whole report. Offsets and lines
/// are the whole report's.
///
/// The report's place, province and script are judged from all parts first
/// (one quick pass of normalizing and place-finding; the place names found
/// are kept for the rest), so each part's claims are attributed as they
/// would be in one piece. What differs from
/// reading in one piece: a sentence never spans two parts, and a name
/// counts in a part only if that part quotes it or the lexicon has it.
pub fn process_in_parts<E>(
    doc: &Document,
    taxonomy: &align::Taxonomy,
    part_bytes: usize,
    mut sink: impl FnMut(Report) -> Result<(), E>,
) -> Result<(), E> {
    let ranges = ingest::parts(&doc.text, part_bytes);
    let texts = || ranges.iter().map(|r| &doc.text[r.clone()]);
    let (mut han, mut converted) = (0, 0);
    let mut support = attribute::Support::default();
    // Each part's place names, found once for the three passes that read them.
    let mut names_of_parts = Vec::with_capacity(ranges.len());
    for (i, text) in texts().enumerate() {
        let norm = normalize::normalize(text);
        han += norm.han;
        converted += norm.converted;
        let names = attribute::PartNames::find(&norm, i == 0);
        support.add(&names);
        names_of_parts.push(names);
    }
    let mut scores = attribute::Scores::default();
    for names in &names_of_parts {
        scores.add(names, &support);
    }
    let main = scores.main();
    let meta = attribute::doc_meta(doc, main.as_ref(), normalize::script_of(han, converted));
    let mut names = report::NamesSoFar::default();
    let (mut chars_before, mut lines_before) = (0, 0);
    for (text, place_names) in texts().zip(names_of_parts) {
        let norm = normalize::normalize(text);
        let quotes = extract::quotes(&norm);
        let mentions = extract::extract(&norm, &quotes);
        let subjects = extract::subjects(&norm, &mentions);
        let (measures, honors) = extract::names(&norm, &quotes);
        let found = attribute::Found { mentions, subjects, measures, honors, quotes };
        let mut part = attribute::attribute_part(text, &norm, place_names, found, &meta, &support, main.as_ref());
        part.shift(chars_before, lines_before);
        names.add(std::mem::take(&mut part.measures), std::mem::take(&mut part.honors));
        sink(align::tag(part, taxonomy))?;
        chars_before += text.chars().count();
        lines_before += memchr::memchr_iter(b'\n', text.as_bytes()).count();
    }
    let (measures, honors) = names.finish();
    sink(Report { meta, claims: Vec::new(), measures, honors })
}

/// Extraction makes many small strings (each claim's text, sentence and
/// context) and frees them soon after: mimalloc serves that pattern faster
/// than the system allocator. Set here, in the library, so the binary and
/// the benchmarks measure the same thing.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
