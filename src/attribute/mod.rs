//! Attribute: turns the extractor's findings into cited claims and fills the
//! report's metadata: its place and province (the gazetteer), when it was
//! published, and for each claim its place and period.
//!
//! Takes the [`Document`], its [`NormalizedDoc`] and what the extractor
//! [`Found`], and hands on a [`Report`].

mod place;
mod respective;
mod time;

use crate::extract::{self, Mention};
use crate::ingest::Document;
use crate::normalize::NormalizedDoc;
use crate::report::{Claim, DocMeta, Honor, Measure, Report};
use crate::source::SourceText;
use sha2::{Digest, Sha256};

/// Characters of normalized context kept around a claim for indicator matching.
const MATCH_BEFORE: usize = 150;
const MATCH_AFTER: usize = 60;

/// What the extractor found in one report.
pub struct Found {
    pub mentions: Vec<Mention>,
    /// The subject of each mention, in the same order.
    pub subjects: Vec<Option<String>>,
    pub measures: Vec<extract::NamedMeasure>,
    pub honors: Vec<extract::Honor>,
    /// The quoted names and book titles of the text, in order: a period
    /// inside one is part of a name.
    pub quotes: Vec<extract::Quote>,
}

pub fn attribute(doc: &Document, norm: &NormalizedDoc, found: Found) -> Report {
    let places = place::find(norm);
    let meta = doc_meta(doc, places.main.as_ref(), norm.script());
    cite_all(&doc.text, norm, found, &places, meta)
}

pub use place::{PartNames, Place, Scores, Support};

/// What the `doc` record says, once the report's main place and script are known.
pub fn doc_meta(doc: &Document, main: Option<&Place>, script: crate::normalize::Script) -> DocMeta {
    DocMeta {
        name: doc.name.clone(),
        place: main.map(Place::name),
        province: main.and_then(Place::province),
        published: time::published(&doc.text),
        script: script.as_str().to_owned(),
        chars: doc.text.chars().count(),
        sha256: crate::report::hex(&Sha256::digest(doc.text.as_bytes())),
    }
}

/// Attributes one part of a long report (its text `part`, normalized as
/// `norm`, with the place `names` found in it) with what is known of the
/// whole: its `meta` and the `support` and main place its place names gave.
/// Offsets and lines are the part's own; the caller shifts them.
pub fn attribute_part(
    part: &str,
    norm: &NormalizedDoc,
    names: PartNames,
    found: Found,
    meta: &DocMeta,
    support: &Support,
    main: Option<&Place>,
) -> Report {
    let places = place::Places::new(names, support, main.cloned());
    cite_all(part, norm, found, &places, meta.clone())
}

/// Cites every finding in `text` and gives claims their place and period.
fn cite_all(text: &str, norm: &NormalizedDoc, found: Found, places: &place::Places, meta: DocMeta) -> Report {
    let source = SourceText::new(text);
    let periods = time::periods(norm, &found.quotes);
    let published = meta.published.clone();
    let claims = found
        .mentions
        .into_iter()
        .zip(found.subjects)
        .map(|(m, subject)| {
            let mut claim = cite(&source, &m);
            claim.subject = subject;
            // The indicator matcher needs the clause before the figure and a
            // little after: a short window, not a copy of the whole sentence.
            let s = norm.sentence_start(m.norm_start).max(m.norm_start.saturating_sub(MATCH_BEFORE));
            let e = norm.sentence_end(m.norm_start).min(m.norm_end + MATCH_AFTER);
            claim.norm_sentence = norm.slice(s, e).to_owned();
            claim.norm_offset = norm.slice(s, m.norm_start).len();
            if m.kind.is_claim() {
                claim.place = places.of_claim(norm, m.norm_start).map(|p| p.name());
                claim.period = periods.of_claim(norm, m.norm_start, m.kind == extract::Kind::Rank);
                claim.period_year = claim.period.as_deref().and_then(|p| time::period_year(p, published.as_deref()));
            }
            claim
        })
        .collect();
    let orig = |at: usize| norm.orig.get(at).copied().unwrap_or(norm.orig_len);
    let measures = found
        .measures
        .into_iter()
        .map(|m| {
            let start = orig(m.start);
            let (sentence, sentence_start) = sentence_at(&source, start);
            let line = source.line(start);
            Measure { start, name: m.name, quoted: m.quoted, count: m.count, line, sentence, sentence_start }
        })
        .collect();
    let honors = found
        .honors
        .into_iter()
        .filter(|h| !places.received_by_others(norm, h.start))
        .map(|h| {
            let start = orig(h.start);
            let (sentence, sentence_start) = sentence_at(&source, start);
            Honor { start, name: h.name, year: h.year, line: source.line(start), sentence, sentence_start }
        })
        .collect();
    Report { meta, claims, measures, honors }
}

fn cite(source: &SourceText, m: &Mention) -> Claim {
    let (sentence_start, sentence_end) = source.sentence_span(m.start, m.end);
    Claim {
        start: m.start,
        end: m.end,
        line: source.line(m.start),
        text: source.slice(m.start, m.end).to_owned(),
        value: m.value,
        value_max: m.value_max,
        unit: m.unit.clone(),
        kind: m.kind,
        bound: m.bound,
        change: m.change,
        subject: None,
        place: None,
        period: None,
        metric: None,
        sentence: source.slice(sentence_start, sentence_end).to_owned(),
        sentence_start,
        period_year: None,
        norm_sentence: String::new(),
        norm_offset: 0,
    }
}

/// The sentence holding character `start`, and where it starts.
fn sentence_at(source: &SourceText, start: usize) -> (String, usize) {
    let (s, e) = source.sentence_span(start, (start + 1).min(source.len()));
    (source.slice(s, e).to_owned(), s)
}
