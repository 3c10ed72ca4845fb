//! Property tests (proptest) of the decoder and the extractor on generated
//! input mixing Chinese numerals, digits, units, punctuation, quotes, dates
//! and stray bytes: nothing panics, every span lies on character boundaries
//! inside the text, `text` is the span it claims, every value is finite.
//! Case counts are bounded so CI stays quick; PROPTEST_CASES raises them.

use citybrief::align::Taxonomy;
use citybrief::config::Config;
use citybrief::ingest;
use proptest::prelude::*;
use std::sync::LazyLock;

static TAXONOMY: LazyLock<Taxonomy> = LazyLock::new(|| Taxonomy::new(&Config::defaults().indicators));

/// Pieces that real reports are made of, and some they are not.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("审批时限压缩".to_owned()),
        Just("市场主体达到".to_owned()),
        Just("累计兑付".to_owned()),
        Just("湘潭市".to_owned()),
        Just("德清".to_owned()),
        Just("高新区".to_owned()),
        Just("营商環境".to_owned()),
        Just("“首违不罚”".to_owned()),
        Just("《条例》".to_owned()),
        Just("第".to_owned()),
        Just("全省".to_owned()),
        Just("至".to_owned()),
        Just("、".to_owned()),
        Just("%".to_owned()),
        Just("个百分点".to_owned()),
        Just("个工作日".to_owned()),
        Just("亿元".to_owned()),
        Just("万户".to_owned()),
        Just("余".to_owned()),
        Just("以上".to_owned()),
        Just("2023年1-7月".to_owned()),
        Just("分之".to_owned()),
        Just("半".to_owned()),
        // Words the later rules turn on: titles received, media, ranks past
        // the top, circles, reckoning, baselines, glued verbs, shares.
        Just("获评".to_owned()),
        Just("日报".to_owned()),
        Just("名之外".to_owned()),
        Just("分钟便民服务圈".to_owned()),
        Just("按同口径计算".to_owned()),
        Just("去年同期增长".to_owned()),
        Just("时长压减至".to_owned()),
        Just("五台县".to_owned()),
        Just("占".to_owned()),
        Just("(dāng)".to_owned()),
        // This session's: ranges and bottoms of ranks, sets ranked among,
        // ratios, notes, thresholds, numbered names, enumerations.
        Just("位居全市".to_owned()),
        Just("最后".to_owned()),
        Just("~".to_owned()),
        Just("6县市".to_owned()),
        Just("比达".to_owned()),
        Just("(剔除留抵退税因素)".to_owned()),
        Just("并结合高邮市“356”行动".to_owned()),
        Just("个过亿元".to_owned()),
        Just("平台企业".to_owned()),
        Just("八大产业园区".to_owned()),
        Just("净增".to_owned()),
        Just("\u{200B}".to_owned()),
        Just("\n".to_owned()),
        Just("。".to_owned()),
        Just(",".to_owned()),
        "[0-9]{1,12}(\\.[0-9]{1,4})?",
        "[〇零一二两三四五六七八九十百千万亿壹贰叁]{1,8}",
        "[０-９．，％]{1,6}",
        "\\PC{0,6}",
    ]
}

fn report() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let doc = ingest::Document { name: "fuzz".to_owned(), text: text.to_owned(), encoding: "UTF-8" };
    check_report(text, &citybrief::process(&doc, &TAXONOMY));
}

/// A report read in parts of `part_bytes`, its parts put back together.
fn in_parts(text: &str, part_bytes: usize) -> citybrief::report::Report {
    let doc = ingest::Document { name: "fuzz".to_owned(), text: text.to_owned(), encoding: "UTF-8" };
    let mut whole: Option<citybrief::report::Report> = None;
    let done = citybrief::process_in_parts(&doc, &TAXONOMY, part_bytes, |part| {
        match whole.as_mut() {
            None => whole = Some(part),
            Some(w) => {
                assert_eq!(w.meta, part.meta, "every part carries the whole report's metadata");
                w.claims.extend(part.claims);
                w.measures.extend(part.measures);
                w.honors.extend(part.honors);
            }
        }
        Ok::<(), ()>(())
    });
    assert!(done.is_ok());
    whole.expect("at least one part")
}

fn check_report(text: &str, report: &citybrief::report::Report) {
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(report.meta.chars, chars.len());
    let mut last = 0;
    for c in &report.claims {
        assert!(c.start < c.end && c.end <= chars.len(), "span {}..{} in {} chars", c.start, c.end, chars.len());
        assert!(c.start >= last, "mentions come in order");
        last = c.start;
        assert_eq!(c.text, chars[c.start..c.end].iter().collect::<String>());
        assert!(c.value.is_none_or(f64::is_finite) && c.value_max.is_none_or(f64::is_finite));
        assert!(c.sentence.contains(&c.text));
    }
    for m in &report.measures {
        assert!(m.start <= chars.len() && m.count >= 1);
    }
    let _ = citybrief::render::jsonl::render(report);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn extraction_never_panics_and_spans_are_exact(text in report()) {
        check(&text);
    }

    #[test]
    fn reading_in_parts_keeps_spans_exact(text in report(), part_bytes in 1usize..400) {
        let ranges = ingest::parts(&text, part_bytes);
        prop_assert_eq!(ranges.first().map(|r| r.start), Some(0));
        prop_assert_eq!(ranges.last().map(|r| r.end), Some(text.len()));
        prop_assert!(ranges.windows(2).all(|w| w[0].end == w[1].start));
        let report = in_parts(&text, part_bytes);
        check_report(&text, &report);
        // One part for the whole text reads exactly as the one-piece pipeline.
        let doc = ingest::Document { name: "fuzz".to_owned(), text: text.clone(), encoding: "UTF-8" };
        let one = in_parts(&text, text.len().max(1));
        prop_assert_eq!(citybrief::render::jsonl::render(&one), citybrief::render::jsonl::render(&citybrief::process(&doc, &TAXONOMY)));
    }

    #[test]
    fn any_bytes_decode_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(doc) = ingest::from_bytes("fuzz".to_owned(), &bytes, None) {
            check(&doc.text);
        }
    }

    #[test]
    fn html_pages_never_panic(body in "\\PC{0,200}") {
        let page = format!("<html><body><p>{body}</p><script>{body}</script></body></html>");
        if let Ok(doc) = ingest::from_file_bytes("fuzz".to_owned(), page.as_bytes(), None, true) {
            check(&doc.text);
        }
    }
}
