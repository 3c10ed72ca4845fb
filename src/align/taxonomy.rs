//! The indicator taxonomy compiled for matching: which indicator a claim
//! measures, by its kind, unit, change and the words of its subject.

use crate::config::IndicatorDef;
use crate::extract::{Change, Kind};
use crate::normalize::holds;
use crate::report::Claim;

pub struct Taxonomy {
    defs: Vec<IndicatorDef>,
    /// Each indicator's kinds and change, parsed once (asked of every claim).
    shapes: Vec<Shape>,
}

struct Shape {
    kinds: Vec<Kind>,
    /// `None`: any change; `Some(c)`: exactly the change `c` (`Some(None)`: none).
    change: Option<Option<Change>>,
}

/// Characters that end the clause a number stands in.
const CLAUSE_MARKS: &[char] = &[',', ';', ':', '。', '!', '?', '\n'];

impl Taxonomy {
    pub fn new(defs: &[IndicatorDef]) -> Taxonomy {
        let shapes = defs
            .iter()
            .map(|d| Shape {
                kinds: d.kinds.iter().filter_map(|k| Kind::parse(k)).collect(),
                change: match d.change.as_deref() {
                    Some("up") => Some(Some(Change::Up)),
                    Some("down") => Some(Some(Change::Down)),
                    Some("none") => Some(None),
                    _ => None,
                },
            })
            .collect();
        Taxonomy { defs: defs.to_vec(), shapes }
    }

    pub fn defs(&self) -> &[IndicatorDef] {
        &self.defs
    }

    pub fn get(&self, id: &str) -> Option<&IndicatorDef> {
        self.defs.iter().find(|d| d.id == id)
    }

    /// The id of the first indicator the claim fits, tested on its subject,
    /// then on the clause before its number.
    pub fn metric_of(&self, claim: &Claim) -> Option<&str> {
        if !claim.kind.is_claim() {
            return None;
        }
        let subject = claim.subject.as_deref().unwrap_or("");
        // The indicators the claim's kind, unit and change fit.
        let shaped = || self.defs.iter().zip(&self.shapes).filter(|(d, s)| s.fits(d, claim)).map(|(d, _)| d);
        let fits = |d: &&IndicatorDef, words: &str| {
            (d.subject_any.is_empty() || d.subject_any.iter().any(|w| holds(words, w)))
                && !d.subject_none.iter().any(|w| holds(subject, w))
                && (d.sentence_any.is_empty() || d.sentence_any.iter().any(|w| holds(&claim.norm_sentence, w)))
        };
        let by_subject = || shaped().find(|d| !subject.is_empty() && fits(d, subject));
        let by_clause = || {
            let before = &claim.norm_sentence[..claim.norm_offset.min(claim.norm_sentence.len())];
            // The clause, from after the last figure or list mark before this one.
            let clause = before.rsplit(CLAUSE_MARKS).next().unwrap_or("");
            let clause = clause.rsplit(|c: char| c.is_ascii_digit() || c == '、').next().unwrap_or("");
            shaped().find(|d| fits(d, clause))
        };
        by_subject().or_else(by_clause).map(|d| d.id.as_str())
    }
}

impl Shape {
    /// Whether a claim's kind, unit and change fit the indicator `d` of this shape.
    fn fits(&self, d: &IndicatorDef, claim: &Claim) -> bool {
        self.kinds.contains(&claim.kind)
            && (d.units.is_empty() || d.units.contains(&claim.unit))
            && self.change.is_none_or(|c| c == claim.change)
    }
}
