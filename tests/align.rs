//! `citybrief build` on the sample reports: real alignments across places,
//! and the analysts' tables compared with reviewed golden files.

mod common;

use common::{citybrief, path_str, root};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn build() -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let run = citybrief(&["build", "--inputs", "inputs", "--out", path_str(out.path())]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    out
}

/// Rows of a CSV written by the build, as header → value maps.
fn rows(path: &Path) -> Vec<BTreeMap<String, String>> {
    let bytes = std::fs::read(path).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "{} starts with a BOM for Excel", path.display());
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    reader.records().map(|r| header.iter().cloned().zip(r.unwrap().iter().map(str::to_owned)).collect()).collect()
}

fn cells<'a>(rows: &'a [BTreeMap<String, String>], indicator: &str) -> Vec<&'a BTreeMap<String, String>> {
    rows.iter().filter(|r| r["indicator"] == indicator).collect()
}

#[test]
fn the_same_indicator_side_by_side() {
    let out = build();
    let comparison = rows(&out.path().join("data/comparison.csv"));

    let cut = cells(&comparison, "approval_time_cut");
    let daye = cut.iter().find(|r| r["place"] == "大冶市").expect("大冶市 has an approval-time cut");
    assert_eq!((daye["value"].as_str(), daye["bound"].as_str(), daye["change"].as_str()), ("90", "ge", "down"));
    let yumen = cut.iter().find(|r| r["place"] == "玉门市").expect("玉门市 has an approval-time cut");
    assert_eq!(yumen["value"], "74");
    assert!(cut.iter().any(|r| r["place"] == "湘潭市"));
    assert!(yumen["sentence"].contains("74%"), "each cell cites its sentence");

    let satisfaction: BTreeSet<&str> =
        cells(&comparison, "satisfaction_rate").iter().map(|r| r["place"].as_str()).collect();
    assert!(satisfaction.contains("大冶市") && satisfaction.contains("湖州市"), "{satisfaction:?}");

    // 天 and 工作日 are never mixed in one row.
    for r in cells(&comparison, "approval_time_workdays") {
        assert_eq!(r["unit"], "工作日");
    }
    // Money folds 万元/亿元 into yuan.
    assert!(comparison.iter().filter(|r| r["unit"] == "元").all(|r| !r["value"].contains('e')));
}

#[test]
fn measures_are_folded_across_scripts_and_names() {
    let out = build();
    let measures = rows(&out.path().join("data/measures.csv"));
    let adopters: BTreeSet<&str> =
        measures.iter().filter(|r| r["measure"] == "首违不罚").map(|r| r["place"].as_str()).collect();
    assert_eq!(adopters, BTreeSet::from(["大冶市", "湖州市"]), "湖州 writes 首違不罰 in traditional script");
}

#[test]
fn honors_by_place_with_years() {
    let out = build();
    let honors = rows(&out.path().join("data/honors.csv"));
    let yumen = honors.iter().find(|r| r["honor"] == "中国营商环境百佳示范县市" && r["place"] == "玉门市").unwrap();
    assert_eq!(yumen["year"], "2019");
}

#[test]
fn data_files_match_the_reviewed_golden_files() {
    let out = build();
    let golden = root().join("tests/golden/data");
    for name in ["claims.csv", "comparison.csv", "measures.csv", "honors.csv", "claims.jsonl", "../briefing.html"] {
        let got = std::fs::read(out.path().join("data").join(name)).unwrap();
        if std::env::var_os("CITYBRIEF_BLESS").is_some() {
            std::fs::create_dir_all(&golden).unwrap();
            std::fs::write(golden.join(name), &got).unwrap();
            continue;
        }
        let want = std::fs::read(golden.join(name)).unwrap_or_default();
        assert!(got == want, "{name} differs from tests/golden/data (review, then CITYBRIEF_BLESS=1 cargo test)");
    }
    // claims.jsonl is the per-report files joined in name order.
    let mut joined = Vec::new();
    for input in common::inputs() {
        let name = format!("{}.jsonl", input.file_stem().unwrap().to_str().unwrap());
        joined.extend(std::fs::read(out.path().join("extract").join(name)).unwrap());
    }
    assert_eq!(joined, std::fs::read(out.path().join("data/claims.jsonl")).unwrap());
}

#[test]
fn a_user_config_adds_an_indicator() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("citybrief.toml");
    std::fs::write(
        &config,
        "[[indicator]]\nid = \"new_loans\"\nlabel = \"新增贷款\"\ngroup = \"获得信贷\"\nkinds = [\"money\"]\nsubject_any = [\"新增贷款\"]\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let run = citybrief(&["build", "--out", path_str(&out), "--config", path_str(&config)]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let comparison = rows(&out.join("data/comparison.csv"));
    assert!(cells(&comparison, "new_loans").iter().any(|r| r["place"] == "湘潭市"));

    std::fs::write(&config, "titel = \"x\"\n").unwrap();
    let run = citybrief(&["build", "--out", path_str(&out), "--config", path_str(&config)]);
    assert_eq!(run.status.code(), Some(2), "a bad config is a usage error");
    let err = String::from_utf8(run.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("citybrief.toml") && err.contains("titel"), "{err}");
}

#[test]
fn a_briefing_over_many_places_stays_readable_and_the_tables_keep_everything() {
    // More places than a briefing lists (citybrief::briefing::MAX_PLACES):
    // the comparison, honors and profiles show the busiest, say how many
    // more there are, and the data tables have them all.
    let gazetteer = std::fs::read_to_string(root().join("data/gazetteer.tsv")).unwrap();
    let counties: Vec<&str> = gazetteer
        .lines()
        .filter_map(|l| l.split('\t').nth(1).filter(|_| l.contains("\tcounty\t")))
        .filter(|n| n.ends_with('县') && n.chars().count() == 3)
        .take(citybrief::briefing::MAX_PLACES + 15)
        .collect();
    assert_eq!(counties.len(), citybrief::briefing::MAX_PLACES + 15);
    let inputs = tempfile::tempdir().unwrap();
    for (i, county) in counties.iter().enumerate() {
        let text = format!(
            "{county}优化营商环境工作总结\n{county}2023年审批时限压缩{}%,市场主体达到{}万户。{county}获评“全国营商环境示范县”。\n",
            40 + i,
            3 + i
        );
        std::fs::write(inputs.path().join(format!("r{i:03}.txt")), text).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let run = citybrief(&["build", "--inputs", path_str(inputs.path()), "--out", path_str(out.path())]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let places = |file: &str| -> BTreeSet<String> {
        rows(&out.path().join("data").join(file)).into_iter().map(|r| r["place"].clone()).collect()
    };
    let all: BTreeSet<String> = counties.iter().map(|c| c.to_string()).collect();
    assert_eq!(places("comparison.csv"), all, "every place is in the comparison table");
    assert_eq!(places("honors.csv"), all);
    let html = std::fs::read_to_string(out.path().join("briefing.html")).unwrap();
    for note in ["另有 15 个地方未列入对比表", "另有 15 个地方的荣誉未列出", "另有 15 个地方未列概况"]
    {
        assert!(html.contains(note), "the briefing says {note}");
    }
    let profiles = html.matches("<article id=\"place-").count();
    assert_eq!(profiles, citybrief::briefing::MAX_PLACES);
    assert!(std::fs::metadata(out.path().join("briefing.pdf")).unwrap().len() > 0);
}
