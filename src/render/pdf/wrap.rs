//! Line breaking for Chinese text: any two Han characters may be split,
//! runs of Latin letters and digits (`116.4亿元` keeps `116.4`) stay whole,
//! no line starts with closing punctuation (`,。、;:)」”`) and none ends with
//! an opening mark (`(「“`). Closing punctuation hangs into the margin rather
//! than start a line.

/// Characters that may not start a line.
const NO_START: &[char] = &[
    ',', '.', ';', ':', '!', '?', ')', ']', '}', '%', '，', '。', '、', '；', '：', '！', '？', '）', '」', '』', '”',
    '’', '》', '〉', '…', '·', '】', '〕',
];
/// Characters that may not end a line.
const NO_END: &[char] = &['(', '[', '{', '（', '「', '『', '“', '‘', '《', '〈', '【', '〔'];

/// Units that are never split: a Latin/number run, or one other character.
fn units(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut latin = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || (!latin.is_empty() && matches!(c, '.' | '-' | '_' | '/')) {
            latin.push(c);
            continue;
        }
        if !latin.is_empty() {
            out.push(std::mem::take(&mut latin));
        }
        out.push(c.to_string());
    }
    if !latin.is_empty() {
        out.push(latin);
    }
    out
}

/// `text` broken into lines no wider than `max` (as `width` measures them),
/// except where a single unit or hanging punctuation is wider.
pub fn wrap(text: &str, max: f32, width: &dyn Fn(&str) -> f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.split('\n') {
        // The line's width is kept as it grows: measuring the whole line for
        // every unit would make long cells quadratic.
        let mut line = String::new();
        let mut line_w = 0.0;
        for unit in units(paragraph) {
            let first = unit.chars().next().unwrap_or(' ');
            let unit_w = width(&unit);
            if line_w + unit_w <= max || line.is_empty() || NO_START.contains(&first) {
                line.push_str(&unit);
                line_w += unit_w;
                continue;
            }
            // Opening marks move down with what they open.
            let mut carry = String::new();
            while let Some(last) = line.chars().last().filter(|c| NO_END.contains(c)) {
                line.pop();
                carry.insert(0, last);
            }
            if line.is_empty() {
                line = carry;
                line.push_str(&unit);
                line_w = width(&line);
                continue;
            }
            lines.push(std::mem::take(&mut line));
            line = carry + &unit;
            line_w = width(&line);
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character one unit wide.
    fn w(s: &str) -> f32 {
        s.chars().count() as f32
    }

    #[test]
    fn no_line_starts_with_closing_punctuation_or_ends_with_an_opening_mark() {
        let lines = wrap("累计兑付资金,惠及企业“首违不罚”改革。", 6.0, &w);
        for l in &lines {
            assert!(!l.starts_with(NO_START), "{lines:?}");
            assert!(!l.ends_with(NO_END), "{lines:?}");
        }
        assert_eq!(lines.concat(), "累计兑付资金,惠及企业“首违不罚”改革。");
    }

    #[test]
    fn numbers_stay_whole() {
        let lines = wrap("兑付116.4亿元", 5.0, &w);
        assert!(lines.iter().any(|l| l.contains("116.4")), "{lines:?}");
    }

    #[test]
    fn empty_and_newlines() {
        assert_eq!(wrap("", 5.0, &w), [""]);
        assert_eq!(wrap("甲\n乙", 5.0, &w), ["甲", "乙"]);
    }
}
