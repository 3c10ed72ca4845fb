//! Where extraction time goes: seconds per pipeline stage over a folder of
//! reports, on one thread. `cargo bench --bench stages -- DIR`; with
//! `ONLY=<stage>` (normalize, extract, subjects, names, attribute) runs just
//! that stage five times over precomputed inputs, for a profiler. The
//! quoted names, which extract and names both read, count under extract.

use citybrief::align::Taxonomy;
use citybrief::config::Config;
use citybrief::*;
use std::time::{Duration, Instant};
fn main() {
    let dir = std::env::args().skip(1).find(|a| !a.starts_with("--")).expect("a folder of reports");
    let paths = ingest::find_reports(std::path::Path::new(&dir)).unwrap();
    let docs: Vec<ingest::Document> = paths.iter().filter_map(|p| ingest::read_report(p, None).ok()).collect();
    let taxonomy = Taxonomy::new(&Config::defaults().indicators);
    let _ = citybrief::process(&docs[0], &taxonomy);
    let only = std::env::var("ONLY").unwrap_or_default();
    if !only.is_empty() {
        let norms: Vec<_> = docs.iter().map(|d| normalize::normalize(&d.text)).collect();
        let quotes: Vec<_> = norms.iter().map(extract::quotes).collect();
        let mentions: Vec<_> = norms.iter().zip(&quotes).map(|(n, q)| extract::extract(n, q)).collect();
        let s = Instant::now();
        for _ in 0..5 {
            for (i, doc) in docs.iter().enumerate() {
                let norm = &norms[i];
                match only.as_str() {
                    "normalize" => {
                        std::hint::black_box(normalize::normalize(&doc.text));
                    }
                    "extract" => {
                        std::hint::black_box(extract::extract(norm, &extract::quotes(norm)));
                    }
                    "subjects" => {
                        std::hint::black_box(extract::subjects(norm, &mentions[i]));
                    }
                    "names" => {
                        std::hint::black_box(extract::names(norm, &quotes[i]));
                    }
                    "attribute" => {
                        let f = attribute::Found {
                            mentions: mentions[i].clone(),
                            subjects: vec![None; mentions[i].len()],
                            measures: vec![],
                            honors: vec![],
                            quotes: quotes[i].clone(),
                        };
                        std::hint::black_box(attribute::attribute(doc, norm, f));
                    }
                    other => panic!("unknown stage {other}"),
                }
            }
        }
        println!("{only} x5 {:.3}", s.elapsed().as_secs_f64());
        return;
    }
    let mut t = [Duration::ZERO; 6];
    for doc in &docs {
        let s = Instant::now();
        let norm = normalize::normalize(&doc.text);
        t[0] += s.elapsed();
        let s = Instant::now();
        let quotes = extract::quotes(&norm);
        let mentions = extract::extract(&norm, &quotes);
        t[1] += s.elapsed();
        let s = Instant::now();
        let subjects = extract::subjects(&norm, &mentions);
        t[2] += s.elapsed();
        let s = Instant::now();
        let (measures, honors) = extract::names(&norm, &quotes);
        t[3] += s.elapsed();
        let s = Instant::now();
        let report =
            attribute::attribute(doc, &norm, attribute::Found { mentions, subjects, measures, honors, quotes });
        t[4] += s.elapsed();
        let s = Instant::now();
        let _r = align::tag(report, &taxonomy);
        t[5] += s.elapsed();
    }
    let total: f64 = t.iter().map(|d| d.as_secs_f64()).sum();
    for (n, d) in ["normalize", "extract", "subjects", "names", "attribute", "tag"].iter().zip(t) {
        println!("{n} {:.3}", d.as_secs_f64());
    }
    println!("total {total:.3}");
}
