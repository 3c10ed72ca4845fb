//! End-to-end runs of the binary on the sample reports and on bad input.

mod common;

use common::{citybrief, citybrief_stdin, inputs, path_str, root};
use std::path::Path;

/// Set `CITYBRIEF_BLESS=1` to rewrite the golden files after reviewing a change.
fn bless() -> bool {
    std::env::var_os("CITYBRIEF_BLESS").is_some()
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn extract_matches_the_reviewed_golden_files() {
    let out = tempfile::tempdir().unwrap();
    let files: Vec<String> = inputs().iter().map(|p| path_str(p).to_owned()).collect();
    assert_eq!(files.len(), 5, "inputs/ holds the five sample reports");
    let mut args = vec!["extract"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--out", path_str(out.path())]);
    let run = citybrief(&args);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(run.stdout.is_empty() && run.stderr.is_empty(), "quiet on success");

    let golden = root().join("tests/golden/extract");
    for input in inputs() {
        let name = format!("{}.jsonl", input.file_stem().unwrap().to_str().unwrap());
        let got = read(&out.path().join(&name));
        if bless() {
            std::fs::create_dir_all(&golden).unwrap();
            std::fs::write(golden.join(&name), &got).unwrap();
            continue;
        }
        let want = read(&golden.join(&name));
        if got != want {
            let first = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(0);
            panic!(
                "{name} differs from the golden file at line {}:\n got: {}\nwant: {}\n(review, then CITYBRIEF_BLESS=1 cargo test)",
                first + 1,
                got.lines().nth(first).unwrap_or("<end>"),
                want.lines().nth(first).unwrap_or("<end>")
            );
        }
    }
}

#[test]
fn every_record_is_consistent_with_the_report() {
    for input in inputs() {
        let text: Vec<char> = read(&input).chars().collect();
        let run = citybrief(&["extract", path_str(&input)]);
        check_records(&text, &String::from_utf8(run.stdout).unwrap());
    }
}

#[test]
fn a_long_report_is_read_in_parts_with_exact_records() {
    // Over citybrief::PART_BYTES: read and written part by part.
    let mut text = String::new();
    while text.len() <= citybrief::PART_BYTES + citybrief::PART_BYTES / 2 {
        for input in inputs() {
            text.push_str(&read(&input));
            text.push('\n');
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    std::fs::write(&path, &text).unwrap();
    let run = citybrief(&["extract", path_str(&path)]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let out = String::from_utf8(run.stdout).unwrap();
    let chars: Vec<char> = text.chars().collect();
    check_records(&chars, &out);
    assert_eq!(out.lines().filter(|l| l.starts_with(r#"{"type":"doc""#)).count(), 1);
    let mentions = out.lines().filter(|l| l.starts_with(r#"{"type":"mention""#)).count();
    assert!(mentions > 1000, "{mentions} mentions");
    // Into a folder, the same bytes.
    let run = citybrief(&["extract", path_str(&path), "--out", path_str(dir.path())]);
    assert!(run.status.success());
    assert_eq!(std::fs::read_to_string(dir.path().join("long.jsonl")).unwrap(), out);
    // `build` reads it in the same parts, and reads it back from its cache
    // part by part when another report arrives.
    let built = dir.path().join("out");
    let build = || citybrief(&["build", "--inputs", path_str(dir.path()), "--out", path_str(&built), "-q"]);
    let run = build();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert_eq!(std::fs::read_to_string(built.join("extract/long.jsonl")).unwrap(), out);
    assert_eq!(std::fs::read_to_string(built.join("data/claims.jsonl")).unwrap(), out);
    std::fs::write(dir.path().join("short.txt"), read(&inputs()[0])).unwrap();
    let run = build();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let claims = std::fs::read_to_string(built.join("data/claims.jsonl")).unwrap();
    assert!(claims.starts_with(&out) && claims.len() > out.len(), "the cached parts, then the new report");
    assert_eq!(std::fs::read_to_string(built.join("extract/long.jsonl")).unwrap(), out);
    // Its parts align as one report: its measures (carried by the last part)
    // are in the adoption table, and its profile lists it once.
    let measures = std::fs::read_to_string(built.join("data/measures.csv")).unwrap();
    assert!(measures.lines().any(|l| l.contains(",long,")), "{}", &measures[..measures.len().min(400)]);
    let html = std::fs::read_to_string(built.join("briefing.html")).unwrap();
    assert_eq!(html.matches("<dd>long</dd>").count(), 1, "one report, one entry in its profile");
}

fn check_records(text: &[char], out: &str) {
    assert!(!out.contains("\\u"), "CJK is written as is");
    let mut last_start = 0;
    let mut order = vec![];
    for (n, line) in out.lines().enumerate() {
        let rec: serde_json::Value = serde_json::from_str(line).unwrap();
        let kind = rec["type"].as_str().unwrap().to_owned();
        if order.last() != Some(&kind) {
            order.push(kind.clone());
            last_start = 0;
        }
        if n == 0 {
            assert_eq!(kind, "doc");
            assert_eq!(rec["chars"].as_u64().unwrap() as usize, text.len());
            continue;
        }
        if kind != "mention" {
            let start = rec["start"].as_u64().unwrap() as usize;
            assert!(start >= last_start && start < text.len(), "{kind} records by first appearance");
            last_start = start;
            assert!(!rec["name"].as_str().unwrap().is_empty());
            continue;
        }
        let (s, e) = (rec["start"].as_u64().unwrap() as usize, rec["end"].as_u64().unwrap() as usize);
        assert!(s < e && e <= text.len());
        assert!(s >= last_start, "mentions come in order of start");
        last_start = s;
        let span: String = text[s..e].iter().collect();
        assert_eq!(rec["text"].as_str().unwrap(), span);
        let line_no = text[..s].iter().filter(|&&c| c == '\n').count() + 1;
        assert_eq!(rec["line"].as_u64().unwrap() as usize, line_no);
        assert!(rec["sentence"].as_str().unwrap().contains(&span));
        let keys: Vec<&str> = rec.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 18);
    }
    let allowed = [
        vec!["doc", "mention", "measure", "honor"],
        vec!["doc", "mention", "measure"],
        vec!["doc", "mention", "honor"],
    ];
    assert!(allowed.iter().any(|a| *a == order), "record order {order:?}");
}

#[test]
fn key_order_is_the_documented_one() {
    let run = citybrief_stdin(&["extract", "-"], "累计兑付116.4億元。".as_bytes());
    let out = String::from_utf8(run.stdout).unwrap();
    let mut lines = out.lines();
    let doc = lines.next().unwrap();
    assert!(doc.starts_with(r#"{"type":"doc","doc":"-","place":"#), "{doc}");
    assert!(doc.contains(r#""script":"#) && doc.find("\"chars\"") < doc.find("\"sha256\""));
    let m = lines.next().unwrap();
    let order = [
        "type",
        "doc",
        "start",
        "end",
        "line",
        "text",
        "value",
        "value_max",
        "unit",
        "kind",
        "bound",
        "change",
        "subject",
        "place",
        "period",
        "metric",
        "sentence",
    ];
    let positions: Vec<usize> = order.iter().map(|k| m.find(&format!("\"{k}\":")).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{m}");
    assert!(m.contains(r#""text":"116.4億元","value":11640000000,"value_max":null,"unit":"元","kind":"money""#), "{m}");
}

#[test]
fn same_bytes_every_run_and_from_stdin() {
    let input = &inputs()[2];
    let a = citybrief(&["extract", path_str(input)]).stdout;
    let b = citybrief(&["extract", path_str(input)]).stdout;
    assert_eq!(a, b);
    let piped = citybrief_stdin(&["extract", "-"], &std::fs::read(input).unwrap()).stdout;
    let strip_doc = |v: &[u8]| {
        String::from_utf8(v.to_vec())
            .unwrap()
            .replace("\"doc\":\"-\"", "")
            .replace(&format!("\"doc\":\"{}\"", input.file_stem().unwrap().to_str().unwrap()), "")
    };
    assert_eq!(strip_doc(&a), strip_doc(&piped));
}

#[test]
fn a_bad_report_is_named_and_skipped_the_rest_still_run() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.txt");
    std::fs::write(&bad, [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xFF, 0x00]).unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let out = dir.path().join("out");
    let good = &inputs()[3];
    let missing = dir.path().join("missing.txt");
    let run = citybrief(&[
        "extract",
        path_str(&bad),
        path_str(&empty),
        path_str(&missing),
        path_str(good),
        "--out",
        path_str(&out),
    ]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 2, "one line per bad file: {stderr}");
    assert!(stderr.lines().next().unwrap().contains("broken.txt") && stderr.contains("not a text file"), "{stderr}");
    assert!(stderr.contains("missing.txt"), "{stderr}");
    let empty_out = read(&out.join("empty.jsonl"));
    assert_eq!(empty_out.lines().count(), 1, "an empty report gives its doc record only");
    assert!(empty_out.contains(r#""chars":0"#));
    assert!(out.join(format!("{}.jsonl", good.file_stem().unwrap().to_str().unwrap())).exists());
    assert!(!out.join("broken.jsonl").exists());
}

#[test]
fn gbk_input_gives_the_same_records_as_utf8() {
    let text = "2023年,全市市场主体达到10.8万户,审批时限压缩74%。";
    let utf8 = citybrief_stdin(&["extract", "-"], text.as_bytes()).stdout;
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    let from_gbk = citybrief_stdin(&["extract", "-"], &gbk).stdout;
    assert_eq!(utf8, from_gbk);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(citybrief(&["extract"]).status.code(), Some(2));
    assert_eq!(citybrief(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(citybrief(&["extract", "x.txt", "--encoding", "klingon"]).status.code(), Some(2));
}

#[test]
fn build_writes_extraction_for_every_input() {
    let out = tempfile::tempdir().unwrap();
    let run = citybrief(&["build", "--inputs", "inputs", "--out", path_str(out.path())]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    for input in inputs() {
        let name = format!("{}.jsonl", input.file_stem().unwrap().to_str().unwrap());
        let built = read(&out.path().join("extract").join(&name));
        if bless() {
            continue;
        }
        assert_eq!(built, read(&root().join("tests/golden/extract").join(&name)));
    }
}

#[test]
fn two_files_of_one_report_name_are_not_written_over_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let (txt, html) = (dir.path().join("a.txt"), dir.path().join("a.html"));
    std::fs::write(&txt, "湘潭市审批时限压缩74%。\n").unwrap();
    std::fs::write(&html, "<p>湘潭市审批时限压缩75%</p>").unwrap();
    let out = dir.path().join("out");
    let run = citybrief(&["extract", path_str(&txt), path_str(&html), "--out", path_str(&out)]);
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8(run.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("a.html") && err.contains("a.txt") && err.contains("rename"), "{err}");
    let written = std::fs::read_to_string(out.join("a.jsonl")).unwrap();
    assert!(written.contains("\"text\":\"74%\""), "the first file's records stay: {written}");
}

/// `text` with every paragraph broken into lines of at most `width`
/// columns (a Han character two, ASCII one), as text copied out of a PDF is.
fn hard_wrap(text: &str, width: usize) -> String {
    let cols = |c: char| if c.is_ascii() { 1 } else { 2 };
    let mut out = String::new();
    for para in text.split('\n') {
        let mut used = 0;
        for c in para.chars() {
            if used + cols(c) > width {
                out.push('\n');
                used = 0;
            }
            out.push(c);
            used += cols(c);
        }
        out.push('\n');
    }
    out
}

/// The claims of an extraction as comparable lines: all but offsets, with
/// a line break inside a figure's text left out.
fn claim_lines(out: &[u8]) -> std::collections::BTreeSet<String> {
    let keys = ["value", "unit", "kind", "bound", "change", "subject", "place", "period"];
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|r| r["type"] == "mention" && r["kind"] != "date" && r["kind"] != "label")
        .map(|r| {
            let text = r["text"].as_str().unwrap().replace('\n', "");
            keys.iter().fold(text, |acc, k| format!("{acc}\t{}", r[*k]))
        })
        .collect()
}

#[test]
fn a_hard_wrapped_report_gives_the_claims_of_the_unwrapped_one() {
    for input in inputs() {
        let text = read(&input);
        let whole = claim_lines(&citybrief_stdin(&["extract", "-"], text.as_bytes()).stdout);
        for width in [50, 72] {
            let wrapped = claim_lines(&citybrief_stdin(&["extract", "-"], hard_wrap(&text, width).as_bytes()).stdout);
            let lost: Vec<_> = whole.difference(&wrapped).collect();
            let gained: Vec<_> = wrapped.difference(&whole).collect();
            assert!(
                lost.is_empty() && gained.is_empty(),
                "{} at {width}: lost {lost:?}, gained {gained:?}",
                input.display()
            );
        }
    }
}
