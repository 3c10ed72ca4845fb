//! The HTML briefing's make-up: templates overridden file by file, the
//! defaults written out, reproducible bytes unless `--stamp` is asked for.

mod common;

use common::{citybrief, path_str};

fn build(out: &std::path::Path, extra: &[&str]) -> String {
    let mut args = vec!["build", "--inputs", "inputs", "--out", path_str(out)];
    args.extend(extra);
    let run = citybrief(&args);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    std::fs::read_to_string(out.join("briefing.html")).unwrap()
}

#[test]
fn a_user_template_overrides_one_file_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("tpl");
    let run = citybrief(&["templates", "--out", path_str(&templates)]);
    assert!(run.status.success());
    assert!(templates.join("briefing.hbs").is_file() && templates.join("partials/sources.hbs").is_file());
    let only = dir.path().join("only");
    std::fs::create_dir_all(only.join("partials")).unwrap();
    std::fs::write(only.join("partials/header.hbs"), "<header><h1>自定义:{{title}}</h1></header>").unwrap();
    let html = build(&dir.path().join("out"), &["--templates", path_str(&only)]);
    assert!(html.contains("<h1>自定义:营商环境改革简报</h1>"));
    assert!(html.contains("id=\"comparison\""), "the other templates are the defaults");
}

#[test]
fn a_broken_template_is_a_one_line_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("partials")).unwrap();
    std::fs::write(dir.path().join("partials/header.hbs"), "{{#each places}}unclosed").unwrap();
    let run = citybrief(&["build", "--out", path_str(&dir.path().join("out")), "--templates", path_str(dir.path())]);
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8(run.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("header.hbs"), "{err}");
}

#[test]
fn same_bytes_without_stamp_and_a_stamp_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let a = build(&dir.path().join("a"), &[]);
    let b = build(&dir.path().join("b"), &[]);
    assert_eq!(a, b);
    assert!(!a.contains("生成于"));
    assert!(!a.contains("/tmp") && !a.contains(&*common::root().to_string_lossy()), "no absolute paths");
    let stamped = build(&dir.path().join("c"), &["--stamp"]);
    assert!(stamped.contains("生成于 20"));
}

#[test]
fn self_contained_and_every_figure_cited() {
    let dir = tempfile::tempdir().unwrap();
    let html = build(&dir.path().join("out"), &[]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
    for remote in ["http://", "https://", "<link ", "src=\""] {
        let hits: Vec<&str> =
            html.lines().filter(|l| l.contains(remote) && !l.contains("http://www.w3.org/2000/svg")).collect();
        assert!(hits.is_empty(), "no network or external files: {remote} in {:?}", hits.first());
    }
    // Every link to a source has its entry.
    let mut cited = 0;
    for part in html.split("href=\"#src-").skip(1) {
        let id: String = part.chars().take_while(char::is_ascii_digit).collect();
        assert!(html.contains(&format!("id=\"src-{id}\"")), "source {id} is listed");
        cited += 1;
    }
    assert!(cited > 100, "figures link to their sources ({cited})");
    assert!(html.contains("<svg") && html.contains("class=\"bar\""), "bar charts are drawn");
}
