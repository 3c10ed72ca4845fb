//! Extraction throughput on a folder of reports: the whole pipeline on one
//! thread and on all cores, and jieba-rs segmentation alone (the ceiling).
//! Run by scripts/bench; by hand: `cargo bench --bench throughput -- DIR`.
//! Prints `name MB/s seconds` lines.

use citybrief::align::Taxonomy;
use citybrief::config::Config;
use citybrief::ingest;
use rayon::prelude::*;
use std::time::Instant;

fn main() {
    let dir = std::env::args().skip(1).find(|a| !a.starts_with("--")).unwrap_or_else(|| "inputs".to_owned());
    let paths = ingest::find_reports(std::path::Path::new(&dir)).expect("a folder of reports");
    let docs: Vec<ingest::Document> = paths.iter().filter_map(|p| ingest::read_report(p, None).ok()).collect();
    let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;
    let taxonomy = Taxonomy::new(&Config::defaults().indicators);
    // Warm the shared dictionaries so start-up is not counted as throughput.
    let _ = citybrief::process(&docs[0], &taxonomy);
    println!("corpus {} reports {mb:.2} MB", docs.len());

    let jieba = jieba_rs::Jieba::new();
    let t = Instant::now();
    let words: usize = docs.iter().map(|d| jieba.cut(&d.text, true).len()).sum();
    report("jieba-rs-cut-1-thread", mb, t.elapsed().as_secs_f64(), words);

    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
    let t = Instant::now();
    let claims: usize = one.install(|| docs.par_iter().map(|d| citybrief::process(d, &taxonomy).claims.len()).sum());
    report("citybrief-extract-1-thread", mb, t.elapsed().as_secs_f64(), claims);

    let t = Instant::now();
    let claims: usize = docs.par_iter().map(|d| citybrief::process(d, &taxonomy).claims.len()).sum();
    report(
        &format!("citybrief-extract-{}-threads", rayon::current_num_threads()),
        mb,
        t.elapsed().as_secs_f64(),
        claims,
    );
}

fn report(name: &str, mb: f64, secs: f64, items: usize) {
    println!("{name} {:.2} MB/s {secs:.3} s ({items} items)", mb / secs);
}
