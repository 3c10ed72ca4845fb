//! Briefing: what a reader sees, as plain data shared by the HTML and PDF
//! renderers. Built from the reports and their [`Alignment`]; every figure,
//! measure and honor in it points at an entry of `sources` (report, line,
//! sentence with the span marked), so nothing in a briefing lacks a source.

mod chart;
mod findings;

use crate::align::{self, Alignment, IndicatorRow, display};
use crate::config::Config;
use crate::report::Report;
use serde::Serialize;
use std::collections::BTreeMap;

pub use chart::Bar;

#[derive(Debug, Clone, Serialize)]
pub struct Briefing {
    pub title: String,
    pub version: String,
    pub reports: usize,
    pub places: usize,
    pub published_from: Option<String>,
    pub published_to: Option<String>,
    /// Only with `--stamp`: when the briefing was made.
    pub stamp: Option<String>,
    pub findings: Vec<Finding>,
    pub columns: Vec<Column>,
    /// Places left out of the comparison tables and charts (see [`MAX_PLACES`]).
    pub columns_more: usize,
    pub groups: Vec<Group>,
    pub charts: Vec<Chart>,
    /// Report places only: measures are adopted by a report's place.
    pub measure_columns: Vec<String>,
    pub measures: Vec<MeasureRow>,
    /// Places and measures left out of the matrix (see [`MAX_MATRIX_PLACES`]).
    pub measures_more_places: usize,
    pub measures_more_rows: usize,
    pub honors: Vec<HonorPlace>,
    /// Places with honors left out (see [`MAX_PLACES`]).
    pub honors_more_places: usize,
    pub profiles: Vec<Profile>,
    /// Report places without a profile (see [`MAX_PLACES`]).
    pub profiles_more: usize,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub text: String,
    pub sources: Vec<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Column {
    pub name: String,
    pub parent: Option<String>,
    pub province: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    pub display: String,
    pub year: Option<u32>,
    pub other_year: bool,
    pub period: Option<String>,
    pub source: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub id: String,
    pub label: String,
    /// One entry per column; empty where the place reports nothing.
    pub cells: Vec<Vec<Figure>>,
    /// Per column: figures not shown (beyond [`MAX_FIGURES_PER_CELL`]).
    pub more: Vec<usize>,
}

/// A briefing is read by people: past these, figures are counted, not
/// listed (every one is in `data/comparison.csv` and `data/claims.csv`).
pub const MAX_FIGURES_PER_CELL: usize = 10;
pub const MAX_CLAIMS_PER_PROFILE: usize = 400;

#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub name: String,
    pub anchor: String,
    pub rows: Vec<Row>,
}

/// A bar chart of one indicator across places, in one unit.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    pub id: String,
    pub label: String,
    /// The label, with the unit when the label does not already say it.
    pub caption: String,
    pub unit: String,
    pub bars: Vec<Bar>,
    /// The chart drawn as inline SVG (all text escaped).
    pub svg: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeasureCell {
    pub written: String,
    pub count: usize,
    pub source: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeasureRow {
    pub name: String,
    pub adopters: usize,
    pub cells: Vec<Option<MeasureCell>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HonorItem {
    pub name: String,
    pub year: Option<u32>,
    pub source: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct HonorPlace {
    pub place: String,
    pub honors: Vec<HonorItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocInfo {
    pub file: String,
    pub published: Option<String>,
    pub script: String,
    pub place: Option<String>,
    pub province: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimItem {
    pub indicator: Option<String>,
    pub subject: Option<String>,
    pub place: Option<String>,
    pub display: String,
    pub period: Option<String>,
    pub source: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimGroup {
    pub name: String,
    pub claims: Vec<ClaimItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Profile {
    pub place: String,
    pub anchor: String,
    pub docs: Vec<DocInfo>,
    pub groups: Vec<ClaimGroup>,
    /// Claims that fit no indicator.
    pub other: Vec<ClaimItem>,
    /// Claims not listed (beyond [`MAX_CLAIMS_PER_PROFILE`]).
    pub omitted: usize,
}

/// A sentence a figure comes from, split around the span it cites.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub id: usize,
    pub doc: String,
    pub line: usize,
    pub before: String,
    pub mark: String,
    pub after: String,
}

/// Registers sources once each, numbered in the order first cited.
#[derive(Default)]
struct Sources {
    list: Vec<Source>,
    index: BTreeMap<(String, usize, usize), usize>,
}

impl Sources {
    /// The id of the source `doc` gives for span `[start, end)` in the sentence
    /// starting at `sentence_start`.
    fn cite(
        &mut self,
        doc: &str,
        line: usize,
        sentence: &str,
        sentence_start: usize,
        start: usize,
        end: usize,
    ) -> usize {
        let key = (doc.to_owned(), start, end);
        if let Some(&id) = self.index.get(&key) {
            return id;
        }
        let chars: Vec<char> = sentence.chars().collect();
        let s = start.saturating_sub(sentence_start).min(chars.len());
        let e = end.saturating_sub(sentence_start).clamp(s, chars.len());
        let id = self.list.len() + 1;
        self.list.push(Source {
            id,
            doc: doc.to_owned(),
            line,
            before: chars[..s].iter().collect(),
            mark: chars[s..e].iter().collect(),
            after: chars[e..].iter().collect(),
        });
        self.index.insert(key, id);
        id
    }
}

/// Anchors that are stable and safe in URLs: a prefix and a position.
fn anchor(prefix: &str, n: usize) -> String {
    format!("{prefix}-{n}")
}

/// What the title block says about the reports: how many, published when.
#[derive(Debug, Default, Clone)]
pub struct Corpus {
    pub reports: usize,
    pub published_from: Option<String>,
    pub published_to: Option<String>,
}

impl Corpus {
    pub fn add(&mut self, meta: &crate::report::DocMeta) {
        self.reports += 1;
        if let Some(date) = &meta.published {
            if self.published_from.as_ref().is_none_or(|d| date < d) {
                self.published_from = Some(date.clone());
            }
            if self.published_to.as_ref().is_none_or(|d| date > d) {
                self.published_to = Some(date.clone());
            }
        }
    }
}

/// A briefing over thousands of places stays a document a reader can use
/// (and a renderer can hold): the comparison tables and charts show at most
/// this many places (those reporting the most indicators), the honors this
/// many places (those with the most honors) and the profiles this many
/// report places (those with the most figures), each in its usual order.
/// The rest are counted on the page; every figure, measure and honor is in
/// the `data/` tables.
pub const MAX_PLACES: usize = 60;

/// Builds the briefing from everything but the profiles' reports, which are
/// handed over one at a time ([`Builder::add`]), so a large run never holds
/// them all.
pub struct Builder<'a> {
    config: &'a Config,
    briefing: Briefing,
    sources: Sources,
    /// Report place → its profile.
    profiled: BTreeMap<String, usize>,
}

impl<'a> Builder<'a> {
    /// `stamp` is the generation time, only when asked for.
    pub fn new(alignment: &Alignment, config: &'a Config, corpus: &Corpus, stamp: Option<String>) -> Self {
        let mut sources = Sources::default();
        let view = featured(alignment);
        let groups = comparison_groups(&view, &mut sources);
        let findings = findings::findings(alignment, config, &mut |c| {
            sources.cite(&c.doc, c.line, &c.sentence, c.sentence_start, c.start, c.end)
        });
        let charts = view
            .groups
            .iter()
            .flat_map(|g| &g.rows)
            .filter_map(|row| chart::chart(row, &view.places, higher_is_better(config, &row.id)))
            .collect();
        let adopted = adoption(alignment, &mut sources);
        let (honors, honors_more_places) = honors(alignment, &mut sources);
        let report_cols: Vec<usize> =
            (0..alignment.places.len()).filter(|&i| alignment.places[i].parent.is_none()).collect();
        let weights: Vec<usize> = report_cols.iter().map(|&i| alignment.places[i].claims).collect();
        let profiled_cols: Vec<usize> = top(&weights, MAX_PLACES).into_iter().map(|k| report_cols[k]).collect();
        let profiles: Vec<Profile> = profiled_cols
            .iter()
            .enumerate()
            .map(|(n, &i)| Profile {
                place: alignment.places[i].name.clone(),
                anchor: anchor("place", n + 1),
                docs: Vec::new(),
                groups: Vec::new(),
                other: Vec::new(),
                omitted: 0,
            })
            .collect();
        let profiled = profiles.iter().enumerate().map(|(n, p)| (p.place.clone(), n)).collect();
        let briefing = Briefing {
            title: config.title.clone(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
            reports: corpus.reports,
            places: report_cols.len(),
            published_from: corpus.published_from.clone(),
            published_to: corpus.published_to.clone(),
            stamp,
            findings,
            columns: view
                .places
                .iter()
                .map(|p| Column { name: p.name.clone(), parent: p.parent.clone(), province: p.province.clone() })
                .collect(),
            columns_more: alignment.places.len() - view.places.len(),
            groups,
            charts,
            measure_columns: adopted.columns,
            measures: adopted.rows,
            measures_more_places: adopted.more_places,
            measures_more_rows: adopted.more_measures,
            honors,
            honors_more_places,
            profiles,
            profiles_more: report_cols.len() - profiled_cols.len(),
            sources: Vec::new(),
        };
        Builder { config, briefing, sources, profiled }
    }

    /// Whether the profiles need the reports about `place` (see [`align::report_place`]).
    pub fn wants(&self, place: &str) -> bool {
        self.profiled.contains_key(place)
    }

    /// Adds a report to its place's profile; reports come in name order, a
    /// report read in parts part after part.
    pub fn add(&mut self, report: &Report) {
        let place = align::report_place(report);
        let Some(&at) = self.profiled.get(&place) else { return };
        profile_report(&mut self.briefing.profiles[at], report, &place, self.config, &mut self.sources);
    }

    pub fn finish(mut self) -> Briefing {
        // Dimensions in taxonomy order within each profile.
        let order: Vec<&str> = self.config.indicators.iter().map(|d| d.group.as_str()).collect();
        for p in &mut self.briefing.profiles {
            p.groups.sort_by_key(|g| order.iter().position(|o| *o == g.name).unwrap_or(usize::MAX));
        }
        self.briefing.sources = self.sources.list;
        self.briefing
    }
}

/// Builds the briefing from reports all in memory. `stamp` is the generation
/// time, only when asked for.
pub fn build(reports: &[Report], alignment: &Alignment, config: &Config, stamp: Option<String>) -> Briefing {
    let mut corpus = Corpus::default();
    for r in reports {
        corpus.add(&r.meta);
    }
    let mut builder = Builder::new(alignment, config, &corpus, stamp);
    let mut sorted: Vec<&Report> = reports.iter().collect();
    sorted.sort_by(|a, b| a.meta.name.cmp(&b.meta.name));
    for r in sorted {
        builder.add(r);
    }
    builder.finish()
}

/// The alignment restricted to the [`MAX_PLACES`] columns that report the
/// most indicators (in column order), for the comparison tables and charts.
fn featured(alignment: &Alignment) -> Alignment {
    let rows = || alignment.groups.iter().flat_map(|g| &g.rows);
    let weights: Vec<usize> =
        (0..alignment.places.len()).map(|i| rows().filter(|r| !r.cells[i].is_empty()).count()).collect();
    let keep = top(&weights, MAX_PLACES);
    Alignment {
        places: keep.iter().map(|&i| alignment.places[i].clone()).collect(),
        groups: alignment
            .groups
            .iter()
            .map(|g| align::GroupRows {
                group: g.group.clone(),
                rows: g
                    .rows
                    .iter()
                    .map(|r| IndicatorRow {
                        id: r.id.clone(),
                        label: r.label.clone(),
                        group: r.group.clone(),
                        cells: keep.iter().map(|&i| r.cells[i].clone()).collect(),
                    })
                    .filter(|r| r.cells.iter().any(|c| !c.is_empty()))
                    .collect(),
            })
            .filter(|g| !g.rows.is_empty())
            .collect(),
        measures: Vec::new(),
        honors: Vec::new(),
    }
}

/// Whether higher figures are better for an indicator (the taxonomy's
/// `better = "lower"` says otherwise for time limits and ranks).
fn higher_is_better(config: &Config, id: &str) -> bool {
    config.indicators.iter().find(|d| d.id == id).and_then(|d| d.better.as_deref()) != Some("lower")
}

fn comparison_groups(alignment: &Alignment, sources: &mut Sources) -> Vec<Group> {
    alignment
        .groups
        .iter()
        .enumerate()
        .map(|(n, g)| Group {
            name: g.group.clone(),
            anchor: anchor("group", n + 1),
            rows: g.rows.iter().map(|row| comparison_row(row, sources)).collect(),
        })
        .collect()
}

fn comparison_row(row: &IndicatorRow, sources: &mut Sources) -> Row {
    let more = row.cells.iter().map(|c| c.len().saturating_sub(MAX_FIGURES_PER_CELL)).collect();
    let cells = row
        .cells
        .iter()
        .map(|cell| {
            cell.iter()
                .take(MAX_FIGURES_PER_CELL)
                .map(|c| Figure {
                    display: c.display.clone(),
                    year: c.year,
                    other_year: c.other_year,
                    period: c.period.clone(),
                    source: sources.cite(&c.doc, c.line, &c.sentence, c.sentence_start, c.start, c.end),
                })
                .collect()
        })
        .collect();
    Row { id: row.id.clone(), label: row.label.clone(), cells, more }
}

/// The adoption matrix shows at most this many places (those naming the
/// most measures) and measures (those adopted most widely), in their usual
/// order; the rest are counted and left to `data/measures.csv`. A briefing
/// over thousands of reports stays a page a reader can use.
pub const MAX_MATRIX_PLACES: usize = 60;
pub const MAX_MATRIX_MEASURES: usize = 200;

/// The `limit` indices of `0..weights.len()` with the highest weights (ties
/// to the earlier), in index order.
fn top(weights: &[usize], limit: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(weights[i]), i));
    order.truncate(limit);
    order.sort_unstable();
    order
}

struct Adoption {
    columns: Vec<String>,
    rows: Vec<MeasureRow>,
    more_places: usize,
    more_measures: usize,
}

fn adoption(alignment: &Alignment, sources: &mut Sources) -> Adoption {
    let all_cols: Vec<usize> = (0..alignment.places.len()).filter(|&i| alignment.places[i].parent.is_none()).collect();
    let is_report_place = |i: usize| alignment.places[i].parent.is_none();
    let mut named = vec![0usize; alignment.places.len()];
    for col in alignment.measures.iter().flat_map(|m| m.uses.keys()) {
        named[*col] += 1;
    }
    let col_weights: Vec<usize> = all_cols.iter().map(|&i| named[i]).collect();
    let report_cols: Vec<usize> = top(&col_weights, MAX_MATRIX_PLACES).into_iter().map(|k| all_cols[k]).collect();
    let row_weights: Vec<usize> =
        alignment.measures.iter().map(|m| m.uses.keys().filter(|&&i| is_report_place(i)).count()).collect();
    let kept_rows = top(&row_weights, MAX_MATRIX_MEASURES);
    let names = report_cols.iter().map(|&i| alignment.places[i].name.clone()).collect();
    let rows = kept_rows
        .iter()
        .map(|&r| (&alignment.measures[r], row_weights[r]))
        .map(|(m, adopters)| {
            let cells: Vec<Option<MeasureCell>> = report_cols
                .iter()
                .map(|&i| {
                    m.at(i).first().map(|u| MeasureCell {
                        written: u.written.clone(),
                        count: m.at(i).iter().map(|x| x.count).sum(),
                        source: sources.cite(
                            &u.doc,
                            u.line,
                            &u.sentence,
                            u.sentence_start,
                            u.start,
                            u.start + u.written.chars().count(),
                        ),
                    })
                })
                .collect();
            MeasureRow { name: m.name.clone(), adopters, cells }
        })
        .collect();
    Adoption {
        columns: names,
        rows,
        more_places: all_cols.len() - report_cols.len(),
        more_measures: alignment.measures.len() - kept_rows.len(),
    }
}

/// Honors by place, for the [`MAX_PLACES`] places with the most honors (in
/// their usual order), and how many places are left out.
fn honors(alignment: &Alignment, sources: &mut Sources) -> (Vec<HonorPlace>, usize) {
    let mut order: Vec<&str> = Vec::new();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for h in &alignment.honors {
        let n = counts.entry(h.place.as_str()).or_insert(0);
        if *n == 0 {
            order.push(&h.place);
        }
        *n += 1;
    }
    let weights: Vec<usize> = order.iter().map(|p| counts[p]).collect();
    let kept: BTreeMap<&str, usize> =
        top(&weights, MAX_PLACES).into_iter().enumerate().map(|(n, i)| (order[i], n)).collect();
    let mut places: Vec<HonorPlace> =
        kept.iter().map(|_| HonorPlace { place: String::new(), honors: Vec::new() }).collect();
    for h in &alignment.honors {
        let Some(&at) = kept.get(h.place.as_str()) else { continue };
        let item = HonorItem {
            name: h.name.clone(),
            year: h.year,
            source: sources.cite(
                &h.doc,
                h.line,
                &h.sentence,
                h.sentence_start,
                h.start,
                h.start + h.name.chars().count(),
            ),
        };
        places[at].place.clone_from(&h.place);
        places[at].honors.push(item);
    }
    (places, order.len() - kept.len())
}

/// Adds `report`'s documents and value claims to the profile of its place.
/// A report read in parts comes part after part.
fn profile_report(profile: &mut Profile, report: &Report, place: &str, config: &Config, sources: &mut Sources) {
    if profile.docs.last().is_none_or(|d| d.file != report.meta.name) {
        profile.docs.push(DocInfo {
            file: report.meta.name.clone(),
            published: report.meta.published.clone(),
            script: report.meta.script.to_owned(),
            place: report.meta.place.clone(),
            province: report.meta.province.clone(),
        });
    }
    for claim in report.claims.iter().filter(|c| c.kind.is_claim()) {
        let Some(value) = claim.value else { continue };
        let listed = profile.groups.iter().map(|g| g.claims.len()).sum::<usize>() + profile.other.len();
        if listed >= MAX_CLAIMS_PER_PROFILE {
            profile.omitted += 1;
            continue;
        }
        let def = claim.metric.as_deref().and_then(|m| config.indicators.iter().find(|d| d.id == m));
        let item = ClaimItem {
            indicator: def.map(|d| d.label.clone()),
            subject: claim.subject.clone(),
            place: claim.place.clone().filter(|p| p != place),
            display: display::figure(value, claim.value_max, &claim.unit, claim.kind, claim.bound, claim.change),
            period: claim.period.clone(),
            source: sources.cite(
                &report.meta.name,
                claim.line,
                &claim.sentence,
                claim.sentence_start,
                claim.start,
                claim.end,
            ),
        };
        match def {
            Some(d) => match profile.groups.iter_mut().find(|g| g.name == d.group) {
                Some(g) => g.claims.push(item),
                None => profile.groups.push(ClaimGroup { name: d.group.clone(), claims: vec![item] }),
            },
            None => profile.other.push(item),
        }
    }
}
