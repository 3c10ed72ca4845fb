//! Scheduled regeneration: incremental builds, removed reports, config
//! changes, a build killed mid-way, the lock; and the reviewer's tools,
//! `diff` and `extract --format tsv`.

mod common;

use common::{citybrief, inputs, path_str};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A work folder with copies of the sample reports in `inputs/`.
fn workspace() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let inp = dir.path().join("inputs");
    std::fs::create_dir_all(&inp).unwrap();
    for f in inputs() {
        std::fs::copy(&f, inp.join(f.file_name().unwrap())).unwrap();
    }
    let out = dir.path().join("out");
    (dir, inp, out)
}

fn build(inp: &Path, out: &Path, extra: &[&str]) -> String {
    let mut args = vec!["build", "--inputs", path_str(inp), "--out", path_str(out), "-v"];
    args.extend(extra);
    let run = citybrief(&args);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    String::from_utf8(run.stderr).unwrap()
}

fn snapshot(out: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for sub in ["", "extract", "data"] {
        let dir = out.join(sub);
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            if e.path().is_file() && !e.file_name().to_string_lossy().starts_with('.') {
                files.push((e.path(), std::fs::read(e.path()).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn nothing_new_rebuilds_nothing_and_a_new_report_is_the_only_one_extracted() {
    let (_dir, inp, out) = workspace();
    let first = build(&inp, &out, &[]);
    assert!(first.contains("5 new"), "{first}");
    let before = snapshot(&out);
    let mtime = std::fs::metadata(out.join("briefing.pdf")).unwrap().modified().unwrap();

    let again = build(&inp, &out, &[]);
    assert!(again.contains("nothing new"), "{again}");
    assert_eq!(snapshot(&out), before);
    assert_eq!(
        std::fs::metadata(out.join("briefing.pdf")).unwrap().modified().unwrap(),
        mtime,
        "outputs not rewritten"
    );

    std::fs::write(inp.join("new_report.txt"), "临汾市优化营商环境,新设立市场主体30431户,审批时限压缩50%。\n").unwrap();
    let third = build(&inp, &out, &[]);
    assert!(third.contains("new_report: new") && third.contains("1 new, 0 changed, 5 unchanged"), "{third}");
    assert_eq!(third.matches("(cached)").count(), 5, "only the new report is extracted: {third}");
    assert!(out.join("extract/new_report.jsonl").is_file());

    std::fs::remove_file(inp.join("new_report.txt")).unwrap();
    let fourth = build(&inp, &out, &[]);
    assert!(fourth.contains("1 removed"), "{fourth}");
    assert!(!out.join("extract/new_report.jsonl").exists(), "a removed report takes its output with it");
    assert_eq!(snapshot(&out), before, "back to the same bytes");
}

#[test]
fn a_damaged_cache_is_extracted_again_not_trusted() {
    let (_dir, inp, out) = workspace();
    build(&inp, &out, &[]);
    let before = snapshot(&out);
    let entries: Vec<PathBuf> =
        std::fs::read_dir(out.join(".cache/reports")).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(entries.len(), 5);
    for e in &entries {
        std::fs::write(e, b"{not json").unwrap();
    }
    // The briefing must be made again (a new title), so every report is read back.
    let cfg = out.parent().unwrap().join("title.toml");
    std::fs::write(&cfg, "title = \"另一个标题\"\n").unwrap();
    build(&inp, &out, &["--config", path_str(&cfg)]);
    let after = snapshot(&out);
    let data = |s: &[(PathBuf, Vec<u8>)]| -> Vec<(PathBuf, Vec<u8>)> {
        s.iter().filter(|(p, _)| !p.to_string_lossy().contains("briefing")).cloned().collect()
    };
    assert_eq!(data(&after), data(&before), "the same tables and extractions from the reports themselves");
    for e in std::fs::read_dir(out.join(".cache/reports")).unwrap().flatten() {
        assert_ne!(std::fs::read(e.path()).unwrap(), b"{not json", "a damaged entry is not kept");
    }
    build(&inp, &out, &["--config", path_str(&cfg)]);
    let log = build(&inp, &out, &["--config", path_str(&cfg)]);
    assert!(log.contains("nothing new"), "cached again: {log}");
}

#[test]
fn a_changed_config_invalidates_the_extraction() {
    let (dir, inp, out) = workspace();
    build(&inp, &out, &[]);
    let config = dir.path().join("citybrief.toml");
    let indicator = "[[indicator]]\nid = \"x\"\nlabel = \"新增贷款\"\ngroup = \"获得信贷\"\nkinds = [\"money\"]\nsubject_any = [\"新增贷款\"]\n";
    std::fs::write(&config, indicator).unwrap();
    let log = build(&inp, &out, &["--config", path_str(&config)]);
    assert!(!log.contains("(cached)"), "indicators shape metric, so every report is extracted again: {log}");
    std::fs::write(&config, format!("title = \"另一个标题\"\n{indicator}")).unwrap();
    let log = build(&inp, &out, &["--config", path_str(&config)]);
    assert_eq!(log.matches("(cached)").count(), 5, "a title changes the briefing, not the extraction: {log}");
    assert!(std::fs::read_to_string(out.join("briefing.html")).unwrap().contains("另一个标题"));
}

#[test]
fn a_build_killed_mid_way_leaves_every_output_whole() {
    let (_dir, inp, out) = workspace();
    build(&inp, &out, &[]);
    let before = snapshot(&out);
    std::fs::write(inp.join("another.txt"), "大冶市审批时限压缩80%。\n").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_citybrief"))
        .args(["build", "--inputs", path_str(&inp), "--out", path_str(&out), "-q"])
        .env("CITYBRIEF_TEST_WRITE_DELAY_MS", "150")
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    child.kill().unwrap();
    child.wait().unwrap();
    for (path, old) in &before {
        let now = std::fs::read(path).unwrap();
        let whole = now == *old
            || match path.extension().and_then(|e| e.to_str()) {
                Some("html") => now.ends_with(b"</html>\n"),
                Some("pdf") => now.windows(5).any(|w| w == b"%%EOF"),
                Some("jsonl") => String::from_utf8(now)
                    .unwrap()
                    .lines()
                    .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()),
                _ => true,
            };
        assert!(whole, "{} is whole after the kill", path.display());
    }
    // The stale lock of the killed build is recovered, its temporary files cleaned.
    let log = build(&inp, &out, &[]);
    assert!(log.contains("another: new"), "{log}");
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn a_second_build_on_the_same_folder_is_refused() {
    let (_dir, inp, out) = workspace();
    std::fs::create_dir_all(&out).unwrap();
    // This test process is alive: its pid in the lock means "a build is running".
    std::fs::write(out.join(".citybrief.lock"), std::process::id().to_string()).unwrap();
    let run = citybrief(&["build", "--inputs", path_str(&inp), "--out", path_str(&out)]);
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8(run.stderr).unwrap();
    assert!(err.contains("another build") && err.lines().count() == 1, "{err}");
    std::fs::remove_file(out.join(".citybrief.lock")).unwrap();
}

#[test]
fn diff_reports_known_changes_and_exits_like_diff() {
    let (dir, inp, _) = workspace();
    let a = dir.path().join("a");
    let files: Vec<String> =
        std::fs::read_dir(&inp).unwrap().flatten().map(|e| path_str(&e.path()).to_owned()).collect();
    let mut args = vec!["extract"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--out", path_str(&a)]);
    assert!(citybrief(&args).status.success());
    let b = dir.path().join("b");
    std::fs::create_dir_all(&b).unwrap();
    for e in std::fs::read_dir(&a).unwrap().flatten() {
        let text = std::fs::read_to_string(e.path()).unwrap();
        std::fs::write(b.join(e.file_name()), text.replacen("\"subject\":\"规上工业利润\"", "\"subject\":\"利润\"", 1))
            .unwrap();
    }
    let same = citybrief(&["diff", path_str(&a), path_str(&a)]);
    assert_eq!(same.status.code(), Some(0));
    let differ = citybrief(&["diff", path_str(&a), path_str(&b)]);
    assert_eq!(differ.status.code(), Some(1));
    let out = String::from_utf8(differ.stdout).unwrap();
    assert!(out.contains("~ mention 002_9628a9e58a4472cd 「9.1%」#1: subject: \"规上工业利润\" → \"利润\""), "{out}");
    assert!(out.ends_with("summary: 0 added, 0 removed, 1 changed (mentions +0 -0 ~1)\n"), "{out}");
    let json = citybrief(&["diff", path_str(&a), path_str(&b), "--format", "json"]);
    let parsed: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(parsed["changed"].as_array().unwrap().len(), 1);
    let missing = citybrief(&["diff", path_str(&a), "/no/such/folder"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn tsv_is_one_mention_a_line() {
    let input = &inputs()[2];
    let run = citybrief(&["extract", path_str(input), "--format", "tsv"]);
    assert!(run.status.success());
    let out = String::from_utf8(run.stdout).unwrap();
    let mut lines = out.lines();
    assert_eq!(lines.next().unwrap().split('\t').count(), 15);
    let jsonl = citybrief(&["extract", path_str(input)]);
    let mentions =
        String::from_utf8(jsonl.stdout).unwrap().lines().filter(|l| l.contains("\"type\":\"mention\"")).count();
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), mentions);
    assert!(rows.iter().all(|r| r.split('\t').count() == 15));
    assert!(rows.iter().any(|r| r.contains("\t116.4億元\t11640000000\t\t元\t")));
}

#[test]
fn the_same_bytes_whatever_the_thread_count() {
    let (_dir, inp, out) = workspace();
    let run = |threads: &str, out: &Path| {
        let status = Command::new(env!("CARGO_BIN_EXE_citybrief"))
            .args(["build", "--inputs", path_str(&inp), "--out", path_str(out), "-q"])
            .env("RAYON_NUM_THREADS", threads)
            .status()
            .unwrap();
        assert!(status.success());
        snapshot(out).into_iter().map(|(p, b)| (p.strip_prefix(out).unwrap().to_path_buf(), b)).collect::<Vec<_>>()
    };
    let one = run("1", &out);
    let four = run("4", &out.with_extension("4"));
    assert_eq!(one, four);
}
