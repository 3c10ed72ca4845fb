//! Attribute: turns the extractor's mentions into cited claims and fills the
//! report's metadata.
//!
//! Takes the [`Document`], its [`NormalizedDoc`] and the [`Mention`]s and
//! hands on a [`Report`]. Subjects, places, periods and indicators are filled
//! by later stages of this module; until then they stay `None`.

use crate::extract::Mention;
use crate::ingest::Document;
use crate::normalize::NormalizedDoc;
use crate::report::{Claim, DocMeta, Report};
use crate::source::SourceText;
use sha2::{Digest, Sha256};

pub fn attribute(doc: &Document, norm: &NormalizedDoc, mentions: Vec<Mention>) -> Report {
    let source = SourceText::new(&doc.text);
    let meta = DocMeta {
        name: doc.name.clone(),
        place: None,
        province: None,
        published: None,
        script: norm.script.as_str(),
        chars: source.len(),
        sha256: hex(&Sha256::digest(doc.text.as_bytes())),
    };
    let claims = mentions.into_iter().map(|m| cite(&source, m)).collect();
    Report { meta, claims }
}

fn cite(source: &SourceText, m: Mention) -> Claim {
    Claim {
        start: m.start,
        end: m.end,
        line: source.line(m.start),
        text: source.slice(m.start, m.end).to_owned(),
        value: m.value,
        value_max: m.value_max,
        unit: m.unit,
        kind: m.kind,
        bound: m.bound,
        change: m.change,
        subject: None,
        place: None,
        period: None,
        metric: None,
        sentence: source.sentence(m.start, m.end).to_owned(),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
