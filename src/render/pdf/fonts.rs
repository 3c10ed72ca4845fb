//! Fonts for the PDF: the vendored CJK font (or `--font`), an optional
//! fallback, measuring, and splitting text into runs each font can draw.
//! printpdf draws a missing glyph as a blank, so every character is checked
//! first: it goes to the fallback, or is replaced by `□` and reported.

use anyhow::{Context, Result};
use printpdf::ParsedFont;
use std::collections::BTreeSet;
use std::path::Path;

/// WenQuanYi Micro Hei (Apache-2.0; see fonts/README.md).
const DEFAULT_FONT: &[u8] = include_bytes!("../../../fonts/wqy-microhei.ttc");
/// Drawn for a character no font has.
const REPLACEMENT: char = '□';

pub struct Fonts {
    faces: Vec<ParsedFont>,
    /// Per character: the face that draws it (if any) and its advance in ems.
    /// Looking glyphs up in the cmap is the slow part of laying out text.
    metrics: std::cell::RefCell<std::collections::HashMap<char, (Option<usize>, f32)>>,
}

/// A stretch of text one font draws.
pub struct Run {
    pub face: usize,
    pub text: String,
}

impl Fonts {
    /// The primary font (`path`, or the vendored one) and an optional fallback.
    pub fn load(path: Option<&Path>, fallback: Option<&Path>) -> Result<Fonts> {
        let primary = match path {
            Some(p) => parse(&std::fs::read(p).with_context(|| format!("{}: cannot read font", p.display()))?, p)?,
            None => parse(DEFAULT_FONT, Path::new("fonts/wqy-microhei.ttc"))?,
        };
        let mut faces = vec![primary];
        if let Some(p) = fallback {
            faces.push(parse(&std::fs::read(p).with_context(|| format!("{}: cannot read font", p.display()))?, p)?);
        }
        Ok(Fonts { faces, metrics: Default::default() })
    }

    pub fn faces(&self) -> &[ParsedFont] {
        &self.faces
    }

    fn has_glyph(&self, face: usize, c: char) -> bool {
        self.faces[face].lookup_glyph_index(c as u32).is_some_and(|g| g != 0)
    }

    /// The face that draws `c` (if any) and its advance in ems, cached.
    fn metric(&self, c: char) -> (Option<usize>, f32) {
        if let Some(m) = self.metrics.borrow().get(&c) {
            return *m;
        }
        let face = (0..self.faces.len()).find(|&f| self.has_glyph(f, c));
        let font = &self.faces[face.unwrap_or(0)];
        let glyph = font.lookup_glyph_index(c as u32).unwrap_or(0);
        let upem = f32::from(font.font_metrics.units_per_em.max(1));
        let m = (face, f32::from(font.get_horizontal_advance(glyph)) / upem);
        self.metrics.borrow_mut().insert(c, m);
        m
    }

    /// The face that draws `c`, if any.
    fn face_for(&self, c: char) -> Option<usize> {
        self.metric(c).0
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.metric(c).1 * size).sum()
    }

    /// `text` split into runs per face; characters no face has become `□`
    /// and are added to `missing`.
    pub fn runs(&self, text: &str, missing: &mut BTreeSet<char>) -> Vec<Run> {
        let mut runs: Vec<Run> = Vec::new();
        for c in text.chars() {
            let (face, c) = match self.face_for(c) {
                Some(f) => (f, c),
                None if c.is_control() || crate::normalize::is_invisible(c) => continue,
                None => {
                    missing.insert(c);
                    (
                        self.face_for(REPLACEMENT).unwrap_or(0),
                        if self.face_for(REPLACEMENT).is_some() { REPLACEMENT } else { '?' },
                    )
                }
            };
            match runs.last_mut() {
                Some(run) if run.face == face => run.text.push(c),
                _ => runs.push(Run { face, text: c.to_string() }),
            }
        }
        runs
    }
}

fn parse(bytes: &[u8], origin: &Path) -> Result<ParsedFont> {
    let mut warnings = Vec::new();
    ParsedFont::from_bytes(bytes, 0, &mut warnings)
        .with_context(|| format!("{}: not a font printpdf can read", origin.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vendored_font_covers_both_scripts() {
        let fonts = Fonts::load(None, None).unwrap();
        let mut missing = BTreeSet::new();
        let runs = fonts.runs("營商環境 营商环境 首違不罰 116.4億元 ≥90% ↓74%", &mut missing);
        assert!(missing.is_empty(), "missing {missing:?}");
        assert_eq!(runs.len(), 1);
        assert!(fonts.width("营商环境", 10.0) > 30.0);
    }

    #[test]
    fn a_missing_glyph_is_reported_and_replaced_never_dropped() {
        let fonts = Fonts::load(None, None).unwrap();
        let mut missing = BTreeSet::new();
        let runs = fonts.runs("湖州\u{1F600}市", &mut missing);
        assert_eq!(missing, BTreeSet::from(['\u{1F600}']));
        let drawn: String = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(drawn.chars().count(), 4, "the character is replaced, not dropped: {drawn}");
    }
}
