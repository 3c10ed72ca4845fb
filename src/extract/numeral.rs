//! Numerals: reads the number at a position of normalized text.
//!
//! Arabic digits with thousands separators and decimals, Chinese numerals
//! (common and financial forms, `〇`/`零`, `两`), magnitudes (`十 百 千 万 亿`)
//! after either, and the approximators `余`/`多` wherever they stand
//! (`40余`, `20多万`, `11亿余`). Values are kept as exact decimals
//! (mantissa × 10^exp) so `10.8万` is 108000, not 108000.00000000001.

use crate::normalize::CharClass;
use std::sync::LazyLock;

/// An exact decimal: `mantissa × 10^exp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    pub mantissa: i128,
    pub exp: i32,
}

impl Decimal {
    pub const fn int(n: i128) -> Self {
        Decimal { mantissa: n, exp: 0 }
    }

    pub fn scale(self, power: i32) -> Option<Self> {
        Some(Decimal { mantissa: self.mantissa, exp: self.exp.checked_add(power)? })
    }

    /// The nearest `f64`. A mantissa below 2^53 and a power of ten up to
    /// 10^22 are both exact in an `f64`, so one multiplication or division
    /// rounds once, to the nearest (Clinger's fast path, what every float
    /// parser does first); anything else goes by way of the decimal text.
    pub fn to_f64(self) -> f64 {
        const POWERS: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
            1e19, 1e20, 1e21, 1e22,
        ];
        let exact = self.mantissa.unsigned_abs() < 1 << 53;
        match usize::try_from(self.exp.unsigned_abs()).ok().and_then(|e| POWERS.get(e)) {
            Some(&power) if exact && self.exp >= 0 => self.mantissa as f64 * power,
            Some(&power) if exact => self.mantissa as f64 / power,
            _ => format!("{}e{}", self.mantissa, self.exp).parse().unwrap_or(f64::NAN),
        }
    }

    pub fn is_one(self) -> bool {
        self.to_f64() == 1.0
    }
}

/// A number read from the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    /// Normalized character range `[start, end)`, `余`/`多` included.
    pub start: usize,
    pub end: usize,
    pub value: Decimal,
    /// Upper end of a run such as `两三` (2 to 3).
    pub value_max: Option<Decimal>,
    /// `余` or `多` stood inside the number: the true value is above it.
    pub more: bool,
    /// Written in Chinese numerals (not digits).
    pub chinese: bool,
    /// A magnitude (`万`, `亿`…) was applied.
    pub magnitude: bool,
}

fn magnitude_power(c: char) -> Option<i32> {
    match c {
        '十' | '拾' => Some(1),
        '百' | '佰' => Some(2),
        '千' | '仟' => Some(3),
        '万' => Some(4),
        '亿' => Some(8),
        _ => None,
    }
}

fn cn_digit(c: char) -> Option<i128> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// A year written digit by digit in Chinese numerals (`二〇二三`, `二零二三`,
/// `一九九八`), as a regular expression.
pub const CN_YEAR: &str = "(?:一九|二[〇零])[〇零一二三四五六七八九]{2}";

/// The year a run of four digits states, Arabic (`2023`) or Chinese, each
/// numeral a digit (`二〇二三`).
pub fn year_number(digits: &str) -> Option<u32> {
    digits.chars().try_fold(0u32, |year, c| {
        let digit = c.to_digit(10).or_else(|| cn_digit(c).and_then(|d| u32::try_from(d).ok()))?;
        year.checked_mul(10)?.checked_add(digit)
    })
}

pub fn is_cn_numeral_char(c: char) -> bool {
    cn_digit(c).is_some() || magnitude_power(c).is_some()
}

/// Whether a number may begin with `c` (a digit, a Chinese numeral, `半`):
/// one bit test, for the scan that passes over every character.
pub fn may_begin_number(c: char) -> bool {
    static BEGINNINGS: LazyLock<CharClass> =
        LazyLock::new(|| CharClass::new(|c| c.is_ascii_digit() || c == '半' || is_cn_numeral_char(c)));
    BEGINNINGS.contains(c)
}

fn is_more(c: char) -> bool {
    c == '余' || c == '多'
}

/// Reads a number starting exactly at `at`, if one starts there.
pub fn read(chars: &[char], at: usize) -> Option<Numeral> {
    let c = *chars.get(at)?;
    if c.is_ascii_digit() {
        read_arabic(chars, at)
    } else if cn_digit(c).is_some() || c == '十' || c == '拾' || is_lone_magnitude(chars, at) {
        read_chinese(chars, at)
    } else {
        None
    }
}

/// `带动就业万余人`, `千余家`, `近亿元`, `超万人`, `超过千亿元`: a magnitude
/// with no digit before it is one of it when `余`/`多` follows or a bound
/// word stands before (`千家万户`, `万人助万企` are words).
fn is_lone_magnitude(chars: &[char], at: usize) -> bool {
    const BOUND_WORDS: [[char; 2]; 4] = [['超', '过'], ['突', '破'], ['接', '近'], ['将', '近']];
    let before = at.checked_sub(1).map(|b| chars[b]);
    let bound_word = at >= 2 && BOUND_WORDS.iter().any(|w| chars[at - 2..at] == *w);
    matches!(chars[at], '百' | '千' | '万' | '亿')
        && !before.is_some_and(|b| b.is_ascii_digit() || is_cn_numeral_char(b))
        && (chars.get(at + 1).copied().is_some_and(is_more) || matches!(before, Some('近' | '超' | '逾')) || bound_word)
}

fn read_arabic(chars: &[char], at: usize) -> Option<Numeral> {
    let mut i = at;
    let mut digits = String::new();
    let mut frac_len = 0i32;
    while i < chars.len() && chars[i].is_ascii_digit() {
        digits.push(chars[i]);
        i += 1;
    }
    // Thousands groups: a comma followed by exactly three digits.
    let digit_at = |k: usize| chars.get(k).is_some_and(|c| c.is_ascii_digit());
    while chars.get(i) == Some(&',') && (1..=3).all(|k| digit_at(i + k)) && !digit_at(i + 4) {
        digits.extend(&chars[i + 1..i + 4]);
        i += 4;
    }
    if chars.get(i) == Some(&'.') && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
        i += 1;
        while i < chars.len() && chars[i].is_ascii_digit() {
            digits.push(chars[i]);
            frac_len += 1;
            i += 1;
        }
    }
    if digits.len() > 30 {
        return None;
    }
    let mantissa: i128 = digits.parse().ok()?;
    let mut value = Decimal { mantissa, exp: -frac_len };
    let (end, power, more) = read_magnitudes(chars, i);
    value = value.scale(power)?;
    Some(Numeral { start: at, end, value, value_max: None, more, chinese: false, magnitude: power > 0 })
}

/// The power of ten the magnitudes closing `num` apply (`5亿` → 8,
/// `5千万` → 7, `20多万` → 4), for a range's low end written without them
/// (`3-5亿元` is 3亿 to 5亿).
pub fn closing_power(chars: &[char], num: &Numeral) -> i32 {
    chars[num.start..num.end]
        .iter()
        .rev()
        .filter(|&&c| !is_more(c))
        .map_while(|&c| magnitude_power(c).filter(|&p| p >= 2))
        .sum()
}

/// Magnitudes after digits (`3千万`, `1.2万亿`), with `余`/`多` among them.
fn read_magnitudes(chars: &[char], mut i: usize) -> (usize, i32, bool) {
    let mut power = 0;
    let mut more = false;
    let mut end = i;
    while let Some(&c) = chars.get(i) {
        if unit_starts_with_magnitude(&chars[i..]) {
            break;
        }
        if let Some(p) = magnitude_power(c).filter(|&p| p >= 2) {
            power += p;
            i += 1;
            end = i;
        } else if is_more(c) && !more && end == i {
            more = true;
            i += 1;
            end = i;
        } else {
            break;
        }
    }
    (end, power, more)
}

/// Units whose first character is also a magnitude: `5千瓦` is five kilowatts.
fn unit_starts_with_magnitude(rest: &[char]) -> bool {
    const UNITS: &[&str] = &["千瓦", "千伏", "千米", "千克", "百分点"];
    UNITS.iter().any(|u| u.chars().zip(rest).filter(|(a, b)| a == *b).count() == u.chars().count())
}

fn read_chinese(chars: &[char], at: usize) -> Option<Numeral> {
    let mut end = at;
    while end < chars.len() && is_cn_numeral_char(chars[end]) {
        end += 1;
    }
    let run = &chars[at..end];
    // `两三天`, `三四个`: two neighbouring digits mean "two or three".
    if let [a, b] = run
        && let (Some(x), Some(y)) = (cn_digit(*a), cn_digit(*b))
        && x > 0
        && y == x + 1
    {
        let (stop, more) = trailing_more(chars, end);
        return Some(Numeral {
            start: at,
            end: stop,
            value: Decimal::int(x),
            value_max: Some(Decimal::int(y)),
            more,
            chinese: true,
            magnitude: false,
        });
    }
    let mut value = parse_chinese(run)?;
    let mut stop = end;
    let mut decimal_power = 0;
    // `十二点五`, `三点五亿`: decimals after 点, then maybe a magnitude.
    let plain = run.iter().all(|&c| magnitude_power(c).is_none_or(|p| p < 4));
    let decimals = chars[end.min(chars.len())..].iter().skip(1).take_while(|&&c| cn_digit(c).is_some()).count();
    if plain && chars.get(end) == Some(&'点') && (1..=6).contains(&decimals) {
        for &c in &chars[end + 1..end + 1 + decimals] {
            let d = cn_digit(c)?;
            value = Decimal { mantissa: value.mantissa.checked_mul(10)?.checked_add(d)?, exp: value.exp - 1 };
        }
        stop = end + 1 + decimals;
        if let Some(p) = chars.get(stop).and_then(|&c| magnitude_power(c)).filter(|&p| p >= 4) {
            value = value.scale(p)?;
            decimal_power = p;
            stop += 1;
        }
    }
    let mut more = false;
    // `三十多万`, `二十余`: the approximator, then maybe one more magnitude.
    if chars.get(stop).copied().is_some_and(is_more) {
        more = true;
        stop += 1;
        if let Some(p) = chars.get(stop).and_then(|&c| magnitude_power(c)).filter(|&p| p >= 4) {
            value = value.scale(p)?;
            stop += 1;
        }
    }
    let magnitude = decimal_power > 0 || run.iter().any(|&c| magnitude_power(c).is_some_and(|p| p >= 4));
    Some(Numeral { start: at, end: stop, value, value_max: None, more, chinese: true, magnitude })
}

fn trailing_more(chars: &[char], at: usize) -> (usize, bool) {
    if chars.get(at).copied().is_some_and(is_more) { (at + 1, true) } else { (at, false) }
}

/// Value of a run of Chinese numerals: positional (`一千八百四十二`) or a
/// plain digit string (`二〇二三`).
pub fn parse_chinese(run: &[char]) -> Option<Decimal> {
    if run.is_empty() {
        return None;
    }
    if run.iter().all(|&c| cn_digit(c).is_some()) {
        if run.len() == 1 {
            return cn_digit(run[0]).map(Decimal::int);
        }
        // Digit strings like 二〇二三 are read digit by digit; without a zero
        // a run of digits is a word (`唯一一个`, `一一对应`), not a number.
        if !run.iter().any(|&c| c == '〇' || c == '零') {
            return None;
        }
        let mut n: i128 = 0;
        for &c in run {
            n = n.checked_mul(10)?.checked_add(cn_digit(c)?)?;
        }
        return Some(Decimal::int(n));
    }
    let mut total: i128 = 0; // completed 亿 / 万 sections
    let mut section: i128 = 0; // below 万
    let mut digit: Option<i128> = None;
    let mut last_small_power = 5; // the previous 十/百/千 power within a section
    for &c in run {
        if let Some(d) = cn_digit(c) {
            if digit.is_some_and(|x| x != 0) {
                return None; // two digits in a row: not a positional numeral
            }
            digit = Some(d);
            continue;
        }
        let p = magnitude_power(c)?;
        if p <= 3 {
            if p >= last_small_power {
                return None;
            }
            let d = digit.take().unwrap_or(1);
            section = section.checked_add(d.checked_mul(10i128.pow(p as u32))?)?;
            last_small_power = p;
        } else {
            let unit = 10i128.pow(p as u32);
            let d = digit.take().unwrap_or(0);
            let block = section.checked_add(d)?;
            let block = if block == 0 && total == 0 { 1 } else { block };
            total = if p == 8 {
                total.checked_add(block)?.checked_mul(unit)?
            } else {
                total.checked_add(block.checked_mul(unit)?)?
            };
            section = 0;
            last_small_power = 5;
        }
    }
    let tail = digit.unwrap_or(0);
    Some(Decimal::int(total.checked_add(section)?.checked_add(tail)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn to_f64_is_the_parsed_decimal(mantissa in prop_oneof![-(1i128 << 60)..(1i128 << 60), -10_000i128..10_000], exp in -30i32..30) {
            let d = Decimal { mantissa, exp };
            let parsed: f64 = format!("{mantissa}e{exp}").parse().unwrap();
            prop_assert_eq!(d.to_f64().to_bits(), parsed.to_bits(), "{}e{}", mantissa, exp);
        }
    }

    #[test]
    fn number_beginnings_are_exact_for_every_character() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            let exact = c.is_ascii_digit() || c == '半' || is_cn_numeral_char(c);
            assert_eq!(may_begin_number(c), exact, "{c:?}");
        }
        assert!(may_begin_number('7') && may_begin_number('两') && may_begin_number('亿'));
        assert!(!may_begin_number('年') && !may_begin_number('\u{30001}'));
    }

    fn value(s: &str) -> f64 {
        let chars: Vec<char> = s.chars().collect();
        read(&chars, 0).unwrap_or_else(|| panic!("no number in {s}")).value.to_f64()
    }

    fn span(s: &str) -> String {
        let chars: Vec<char> = s.chars().collect();
        let n = read(&chars, 0).unwrap();
        chars[n.start..n.end].iter().collect()
    }

    #[test]
    fn arabic_forms() {
        assert_eq!(value("1,234家"), 1234.0);
        assert_eq!(value("9.1%"), 9.1);
        assert_eq!(value("10.8万户"), 108000.0);
        assert_eq!(value("116.4亿元"), 11640000000.0);
        assert_eq!(value("2539.65万元"), 25396500.0);
        assert_eq!(value("1.2万亿元"), 1.2e12);
        assert_eq!(value("3千万元"), 3e7);
        assert_eq!(value("0.5天"), 0.5);
        assert_eq!(span("5千瓦"), "5");
        assert_eq!(span("160千伏"), "160");
    }

    #[test]
    fn a_comma_between_list_items_is_not_a_thousands_separator() {
        assert_eq!(value("12,34家"), 12.0);
        assert_eq!(value("1,2345"), 1.0);
    }

    #[test]
    fn approximators_inside_the_number() {
        assert_eq!(span("6.1万余次"), "6.1万余");
        assert_eq!(value("6.1万余次"), 61000.0);
        assert_eq!(span("20多万人"), "20多万");
        assert_eq!(value("20多万人"), 200000.0);
        assert_eq!(span("11亿余元"), "11亿余");
        assert_eq!(value("11亿余元"), 1.1e9);
        assert_eq!(span("40余家"), "40余");
        assert!(read(&"3200余人".chars().collect::<Vec<_>>(), 0).unwrap().more);
        assert_eq!(value("三十多万人"), 300000.0);
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(value("一千八百四十二"), 1842.0);
        assert_eq!(value("三千三百三十一位"), 3331.0);
        assert_eq!(value("两千"), 2000.0);
        assert_eq!(value("二十六条"), 26.0);
        assert_eq!(value("十二"), 12.0);
        assert_eq!(value("一百零五"), 105.0);
        assert_eq!(value("三万五千"), 35000.0);
        assert_eq!(value("两亿"), 2e8);
        assert_eq!(value("一亿二千万"), 1.2e8);
        assert_eq!(value("壹佰贰拾叁"), 123.0);
        assert_eq!(value("二〇二三"), 2023.0);
        assert_eq!(year_number("二零二三"), Some(2023));
        assert_eq!(year_number("2019"), Some(2019));
        assert_eq!(year_number("二〇二x"), None);
        assert_eq!(value("零"), 0.0);
    }

    #[test]
    fn neighbouring_digits_are_a_range() {
        let chars: Vec<char> = "两三天".chars().collect();
        let n = read(&chars, 0).unwrap();
        assert_eq!((n.value.to_f64(), n.value_max.map(Decimal::to_f64)), (2.0, Some(3.0)));
    }

    #[test]
    fn malformed_chinese_is_not_a_number() {
        assert!(parse_chinese(&"十百".chars().collect::<Vec<_>>()).is_none());
        assert!(parse_chinese(&"一一".chars().collect::<Vec<_>>()).is_none());
    }

    #[test]
    fn huge_digit_runs_do_not_overflow() {
        let long = "9".repeat(200);
        assert!(read(&long.chars().collect::<Vec<_>>(), 0).is_none());
        let cn = "九亿".repeat(50);
        let _ = read(&cn.chars().collect::<Vec<_>>(), 0);
    }
}
