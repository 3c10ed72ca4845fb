//! Align: the same indicator, for every place, side by side.
//!
//! Takes the [`Report`]s of a run and the [`Config`] and hands on an
//! [`Alignment`]: comparison rows (indicator × place, every cell traceable to
//! its sentence), the measure adoption matrix (synonyms folded) and the honors
//! by place. [`tag`] fills each claim's `metric` from the taxonomy; it runs
//! per report, before anything is written.

pub mod display;
mod taxonomy;

pub use taxonomy::Taxonomy;

use crate::config::Config;
use crate::extract::{Bound, Change, Kind};
use crate::report::Report;
use std::collections::{BTreeMap, BTreeSet};

/// Fills `metric` on every claim of `report`.
pub fn tag(mut report: Report, taxonomy: &Taxonomy) -> Report {
    for claim in &mut report.claims {
        claim.metric = taxonomy.metric_of(claim).map(str::to_owned);
        // The matching context has served its purpose; a large build holds
        // every claim, so it is not carried further.
        claim.norm_sentence = String::new();
        claim.norm_offset = 0;
    }
    report
}

/// A column of the tables: a report's place, or a unit its claims name.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceColumn {
    pub name: String,
    pub province: Option<String>,
    /// For a sub-unit or a compared province: the report place it came with.
    pub parent: Option<String>,
    /// Reports about this place (for a report's own place).
    pub docs: Vec<String>,
    /// Value claims in those reports.
    pub claims: usize,
}

/// One figure in a comparison cell, with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub doc: String,
    pub place: String,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub kind: Kind,
    pub bound: Bound,
    pub change: Option<Change>,
    pub period: Option<String>,
    pub year: Option<u32>,
    /// `↓≥90%`, `116.4亿元`.
    pub display: String,
    /// Of another year than the newest in its row.
    pub other_year: bool,
    pub subject: Option<String>,
    pub line: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub sentence: String,
    pub sentence_start: usize,
}

/// An indicator's row: for each place column, its figures, newest first.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorRow {
    pub id: String,
    pub label: String,
    pub group: String,
    /// Indexed like [`Alignment::places`].
    pub cells: Vec<Vec<Cell>>,
}

impl IndicatorRow {
    /// Places (column indices) with at least one figure.
    pub fn reported(&self) -> Vec<usize> {
        (0..self.cells.len()).filter(|&i| !self.cells[i].is_empty()).collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GroupRows {
    pub group: String,
    pub rows: Vec<IndicatorRow>,
}

/// Where a report names a measure.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureUse {
    pub doc: String,
    /// The name as the report has it (simplified), before synonyms fold it.
    pub written: String,
    pub quoted: bool,
    pub count: usize,
    pub start: usize,
    pub line: usize,
    pub sentence: String,
    pub sentence_start: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MeasureRow {
    pub name: String,
    /// By column (indexed like [`Alignment::places`]); only places that name
    /// the measure are present, so thousands of places cost nothing.
    pub uses: BTreeMap<usize, Vec<MeasureUse>>,
}

impl MeasureRow {
    /// Where the place in column `col` names the measure.
    pub fn at(&self, col: usize) -> &[MeasureUse] {
        self.uses.get(&col).map_or(&[], Vec::as_slice)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct HonorRow {
    pub place: String,
    pub name: String,
    pub year: Option<u32>,
    pub doc: String,
    pub start: usize,
    pub line: usize,
    pub sentence: String,
    pub sentence_start: usize,
}

/// Everything a briefing shows across places.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    pub places: Vec<PlaceColumn>,
    /// Groups in taxonomy order; rows with no figure are left out.
    pub groups: Vec<GroupRows>,
    /// Measures adopted by more places first.
    pub measures: Vec<MeasureRow>,
    pub honors: Vec<HonorRow>,
}

/// The place a report is about, or its file name when none was found.
pub fn report_place(report: &Report) -> String {
    report.meta.place.clone().unwrap_or_else(|| report.meta.name.clone())
}

/// Aligns the reports of a run (all in memory: tests, small runs).
pub fn align(reports: &[Report], config: &Config) -> Alignment {
    let mut aligner = Aligner::default();
    for report in reports {
        aligner.add(report);
    }
    aligner.finish(config)
}

/// Aligns reports handed over one at a time, keeping only what the tables
/// need of each (its places, tagged figures, measures and honors), so a run
/// over thousands of reports never holds them all. A report read in parts
/// ([`crate::process_in_parts`]) is added part after part. The result
/// depends on the order reports are added in only as [`align`] does on the
/// slice order.
#[derive(Default)]
pub struct Aligner {
    reports: Vec<Summary>,
}

/// What alignment keeps of one report.
struct Summary {
    name: String,
    place: String,
    province: Option<String>,
    /// Places its claims name other than its own.
    subs: BTreeSet<String>,
    /// Value claims.
    claims: usize,
    /// Tagged figures with their indicator id.
    cells: Vec<(String, Cell)>,
    measures: Vec<MeasureUse>,
    honors: Vec<HonorRow>,
}

impl Aligner {
    pub fn add(&mut self, report: &Report) {
        let place = report_place(report);
        let name = &report.meta.name;
        let values = report.claims.iter().filter(|c| c.kind.is_claim() && c.value.is_some());
        let cells = values
            .clone()
            .filter_map(|claim| {
                let (metric, value) = (claim.metric.as_ref()?, claim.value?);
                let cell = Cell {
                    doc: name.clone(),
                    place: claim.place.clone().unwrap_or_else(|| place.clone()),
                    value,
                    value_max: claim.value_max,
                    unit: claim.unit.clone(),
                    kind: claim.kind,
                    bound: claim.bound,
                    change: claim.change,
                    period: claim.period.clone(),
                    year: claim.period_year,
                    display: display::figure(
                        value,
                        claim.value_max,
                        &claim.unit,
                        claim.kind,
                        claim.bound,
                        claim.change,
                    ),
                    other_year: false,
                    subject: claim.subject.clone(),
                    line: claim.line,
                    start: claim.start,
                    end: claim.end,
                    text: claim.text.clone(),
                    sentence: claim.sentence.clone(),
                    sentence_start: claim.sentence_start,
                };
                Some((metric.clone(), cell))
            })
            .collect();
        let measures = report
            .measures
            .iter()
            .map(|m| MeasureUse {
                doc: name.clone(),
                written: m.name.clone(),
                quoted: m.quoted,
                count: m.count,
                start: m.start,
                line: m.line,
                sentence: m.sentence.clone(),
                sentence_start: m.sentence_start,
            })
            .collect();
        let honors = report
            .honors
            .iter()
            .map(|h| HonorRow {
                place: place.clone(),
                name: h.name.clone(),
                year: h.year,
                doc: name.clone(),
                start: h.start,
                line: h.line,
                sentence: h.sentence.clone(),
                sentence_start: h.sentence_start,
            })
            .collect();
        let subs: BTreeSet<String> =
            report.claims.iter().filter_map(|c| c.place.clone()).filter(|p| *p != place).collect();
        if let Some(last) = self.reports.last_mut().filter(|last| last.name == *name) {
            // The next part of a report read in parts.
            last.subs.extend(subs);
            last.claims += values.count();
            last.cells.extend(cells);
            last.measures.extend(measures);
            last.honors.extend(honors);
            return;
        }
        self.reports.push(Summary {
            name: name.clone(),
            province: report.meta.province.clone(),
            subs,
            claims: values.count(),
            cells,
            measures,
            honors,
            place,
        });
    }

    pub fn finish(self, config: &Config) -> Alignment {
        let mut reports = self.reports;
        let places = columns(&reports);
        let index: BTreeMap<&str, usize> = places.iter().enumerate().map(|(i, p)| (p.name.as_str(), i)).collect();
        let groups = comparison(&mut reports, config, &places, &index);
        let measures = adoption(&mut reports, config, &index);
        let honors = honors(reports);
        Alignment { groups, measures, honors, places }
    }
}

/// Columns: each report's place, then the units its claims name under it.
fn columns(reports: &[Summary]) -> Vec<PlaceColumn> {
    let mut sorted: Vec<&Summary> = reports.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    let mut cols: Vec<PlaceColumn> = Vec::new();
    let mut at: BTreeMap<String, usize> = BTreeMap::new();
    for report in &sorted {
        match at.get(&report.place) {
            Some(&i) => {
                cols[i].docs.push(report.name.clone());
                cols[i].claims += report.claims;
            }
            None => {
                at.insert(report.place.clone(), cols.len());
                cols.push(PlaceColumn {
                    name: report.place.clone(),
                    province: report.province.clone(),
                    parent: None,
                    docs: vec![report.name.clone()],
                    claims: report.claims,
                });
            }
        }
    }
    for report in &sorted {
        for sub in &report.subs {
            if !at.contains_key(sub) {
                at.insert(sub.clone(), cols.len());
                cols.push(PlaceColumn {
                    name: sub.clone(),
                    province: report.province.clone(),
                    parent: Some(report.place.clone()),
                    docs: Vec::new(),
                    claims: 0,
                });
            }
        }
    }
    cols
}

fn comparison(
    reports: &mut [Summary],
    config: &Config,
    places: &[PlaceColumn],
    index: &BTreeMap<&str, usize>,
) -> Vec<GroupRows> {
    let mut rows: Vec<IndicatorRow> = config
        .indicators
        .iter()
        .map(|d| IndicatorRow {
            id: d.id.clone(),
            label: d.label.clone(),
            group: d.group.clone(),
            cells: vec![Vec::new(); places.len()],
        })
        .collect();
    let row_of: BTreeMap<&str, usize> =
        config.indicators.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).rev().collect();
    for report in reports {
        for (metric, cell) in std::mem::take(&mut report.cells) {
            let (Some(&row), Some(&col)) = (row_of.get(metric.as_str()), index.get(cell.place.as_str())) else {
                continue;
            };
            rows[row].cells[col].push(cell);
        }
    }
    for row in &mut rows {
        order_cells(row);
    }
    let mut groups: Vec<GroupRows> = Vec::new();
    for row in rows.into_iter().filter(|r| r.cells.iter().any(|c| !c.is_empty())) {
        match groups.iter_mut().find(|g| g.group == row.group) {
            Some(g) => g.rows.push(row),
            None => groups.push(GroupRows { group: row.group.clone(), rows: vec![row] }),
        }
    }
    groups
}

/// Newest first, then the most specific (an exact figure with its period),
/// then by report and position; figures of another year are marked.
fn order_cells(row: &mut IndicatorRow) {
    let newest = row.cells.iter().flatten().filter_map(|c| c.year).max();
    let years: BTreeSet<u32> = row.cells.iter().flatten().filter_map(|c| c.year).collect();
    for cell in row.cells.iter_mut() {
        cell.sort_by(|a, b| {
            let key = |c: &Cell| (std::cmp::Reverse(c.year.unwrap_or(0)), c.bound != Bound::Eq, c.period.is_none());
            key(a).cmp(&key(b)).then_with(|| a.doc.cmp(&b.doc)).then_with(|| {
                // `由第81位到第18位`: in a before→after pair the later figure is the current one.
                if before_after(a, b) || before_after(b, a) { b.start.cmp(&a.start) } else { a.start.cmp(&b.start) }
            })
        });
        for c in cell.iter_mut() {
            c.other_year = years.len() > 1 && c.year.is_some() && c.year != newest;
        }
    }
}

/// Whether `first` is the "before" of a `由/从 first 到/至/为 second` pair.
fn before_after(first: &Cell, second: &Cell) -> bool {
    if first.doc != second.doc || first.sentence_start != second.sentence_start || first.end > second.start {
        return false;
    }
    let chars: Vec<char> = first.sentence.chars().collect();
    let at = |x: usize| x.saturating_sub(first.sentence_start).min(chars.len());
    let lead = &chars[at(first.start).saturating_sub(6)..at(first.start)];
    let between = &chars[at(first.end)..at(second.start)];
    lead.iter().any(|c| matches!(c, '由' | '从'))
        && between.iter().any(|c| matches!(c, '到' | '至' | '为'))
        && between.len() <= 8
}

fn adoption(reports: &mut [Summary], config: &Config, index: &BTreeMap<&str, usize>) -> Vec<MeasureRow> {
    let canonical: BTreeMap<&str, &str> =
        config.synonyms.iter().flat_map(|s| s.also.iter().map(move |a| (a.as_str(), s.name.as_str()))).collect();
    let mut rows: BTreeMap<String, BTreeMap<usize, Vec<MeasureUse>>> = BTreeMap::new();
    for report in reports {
        let Some(&col) = index.get(report.place.as_str()) else { continue };
        for m in std::mem::take(&mut report.measures) {
            let name = canonical.get(m.written.as_str()).copied().unwrap_or(&m.written).to_owned();
            rows.entry(name).or_default().entry(col).or_default().push(m);
        }
    }
    let mut out: Vec<MeasureRow> = rows.into_iter().map(|(name, uses)| MeasureRow { name, uses }).collect();
    out.sort_by(|a, b| b.uses.len().cmp(&a.uses.len()).then_with(|| a.name.cmp(&b.name)));
    out
}

fn honors(mut reports: Vec<Summary>) -> Vec<HonorRow> {
    reports.sort_by(|a, b| a.name.cmp(&b.name));
    reports.into_iter().flat_map(|r| r.honors).collect()
}
