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
//!   all reports: align::align ──▶ Alignment ──▶ render::csv (and the briefings)
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
pub mod segment;
pub mod source;

use ingest::Document;
use report::Report;

/// Runs the extraction pipeline on one decoded document, with each claim's
/// indicator from `taxonomy`.
pub fn process(doc: &Document, taxonomy: &align::Taxonomy) -> Report {
    let norm = normalize::normalize(&doc.text);
    let mentions = extract::extract(&norm);
    let subjects = extract::subjects(&norm.chars, &mentions);
    let (measures, honors) = extract::names(&norm);
    let report = attribute::attribute(doc, &norm, attribute::Found { mentions, subjects, measures, honors });
    align::tag(report, taxonomy)
}
