//! Any input survives: a folder of hostile inputs, each giving a valid
//! result or one line on standard error naming the file, the rest of the run
//! unaffected, nothing panicking. Built at test time (large and binary files
//! are not kept in the repository).

mod common;

use common::{citybrief, path_str};
use std::path::Path;

fn hostile_folder(dir: &Path) -> Vec<(&'static str, bool)> {
    let w = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    let text = "湘潭市优化营商环境,审批时限压缩74%,市场主体达到10.8万户。\n";
    w("empty.txt", b"");
    w("binary.txt", &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R', 0, 1, 2]);
    w("invalid_utf8.txt", &[b'a', 0xFF, 0xFE, 0xC3, 0x28, 0xA0, 0xA1, b'\n', 0xE2, 0x82]);
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    w("gbk.txt", &gbk);
    let (big5, _, _) = encoding_rs::BIG5.encode("湖州市優化營商環境,累計兌付116.4億元,惠及企業7000餘家。\n");
    w("big5.txt", &big5);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    w("utf16.txt", &utf16);
    let long: String = "审批时限压缩74%,市场主体达到10.8万户,累计兑付116.4亿元".repeat(190_000);
    w("long_line.txt", long.as_bytes());
    w("digits.txt", "1234567890".repeat(50_000).as_bytes());
    w("quotes.txt", "“““审批时限“压缩74%”」」『《《“".as_bytes());
    w(
        "controls.txt",
        "市场主体达到1\u{200B}0.8万户,\u{202E}审批时限压缩74%\u{202C},\u{FEFF}兑付116.4亿元\u{2066}。".as_bytes(),
    );
    w("nul.txt", b"abc\0def\0\0ghi");
    w("page.html", "<html><head><title>玉门市</title><script>alert(1)</script></head><body><nav>首页</nav><p>审批时限压缩74%</p></body></html>".as_bytes());
    w("报告 一 (副本).txt", text.as_bytes());
    // Two files, one report name: the first (by file name) is read.
    w("twin.html", "<p>湘潭市审批时限压缩74%</p>".as_bytes());
    w("twin.txt", text.as_bytes());
    std::os::unix::fs::symlink(dir.join("loop.txt"), dir.join("loop.txt")).unwrap();
    std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("dangling.txt")).unwrap();
    vec![
        ("empty", true),
        ("binary", false),
        ("invalid_utf8", true),
        ("gbk", true),
        ("big5", true),
        ("utf16", true),
        ("long_line", true),
        ("digits", true),
        ("quotes", true),
        ("controls", true),
        ("nul", false),
        ("page", true),
        ("报告 一 (副本)", true),
        ("twin", true),
        ("loop", false),
        ("dangling", false),
    ]
}

#[test]
fn every_hostile_input_gives_a_result_or_one_line_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("inputs");
    std::fs::create_dir_all(&inputs).unwrap();
    let cases = hostile_folder(&inputs);
    let out = dir.path().join("out");
    let run = citybrief(&["build", "--inputs", path_str(&inputs), "--out", path_str(&out)]);
    let err = String::from_utf8(run.stderr).unwrap();
    assert_eq!(run.status.code(), Some(1), "some reports failed, the build still ran: {err}");
    assert!(!err.contains("panicked"), "{err}");
    for (name, ok) in &cases {
        let produced = out.join("extract").join(format!("{name}.jsonl")).is_file();
        assert_eq!(produced, *ok, "{name}: result produced = {produced}; stderr: {err}");
        if !ok {
            let lines: Vec<&str> = err.lines().filter(|l| l.contains(&format!("{name}.txt"))).collect();
            assert_eq!(lines.len(), 1, "{name}: one line naming the file: {err}");
        }
    }
    let twin: Vec<&str> = err.lines().filter(|l| l.contains("twin.txt")).collect();
    assert_eq!(twin.len(), 1, "the second file of one name is named: {err}");
    assert!(twin[0].contains("twin.html") && twin[0].contains("rename"), "{err}");
    let failed = cases.iter().filter(|(_, ok)| !ok).count() + 1;
    assert_eq!(err.lines().count(), failed, "nothing else on stderr: {err}");
    assert!(
        out.join("briefing.html").is_file() && out.join("briefing.pdf").is_file(),
        "the rest still makes a briefing"
    );

    let gbk = std::fs::read_to_string(out.join("extract/gbk.jsonl")).unwrap();
    assert!(gbk.contains("\"text\":\"74%\"") && gbk.contains("\"value\":108000"), "{gbk}");
    let big5 = std::fs::read_to_string(out.join("extract/big5.jsonl")).unwrap();
    assert!(big5.contains("\"text\":\"116.4億元\"") && big5.contains("\"script\":\"traditional\""), "{big5}");
    let controls = std::fs::read_to_string(out.join("extract/controls.jsonl")).unwrap();
    assert!(controls.contains("\"value\":108000"), "invisible characters inside a number are skipped: {controls}");
    let page = std::fs::read_to_string(out.join("extract/page.jsonl")).unwrap();
    assert!(page.contains("\"text\":\"74%\"") && !page.contains("alert"), "{page}");
}

#[test]
fn each_hostile_input_alone_through_extract() {
    let dir = tempfile::tempdir().unwrap();
    let cases = hostile_folder(dir.path());
    for (name, ok) in cases {
        let file = if name == "page" { dir.path().join("page.html") } else { dir.path().join(format!("{name}.txt")) };
        let run = citybrief(&["extract", path_str(&file)]);
        let err = String::from_utf8(run.stderr).unwrap();
        assert_eq!(run.status.success(), ok, "{name}: {err}");
        if ok {
            let out = String::from_utf8(run.stdout).unwrap();
            for line in out.lines() {
                serde_json::from_str::<serde_json::Value>(line).unwrap_or_else(|e| panic!("{name}: {e}: {line}"));
            }
        } else {
            assert_eq!(err.lines().count(), 1, "{name}: {err}");
            assert!(err.contains(name), "{name}: {err}");
        }
    }
}
