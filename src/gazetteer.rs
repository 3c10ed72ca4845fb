//! The gazetteer: China's administrative divisions (`data/gazetteer.tsv`,
//! see `data/GAZETTEER.md` for its source and licence) and the place names
//! they are written as — the full name (`德清县`) and the short name a report
//! uses (`德清`) — plus development zones recognised by pattern
//! (`湘潭高新区`, `广州开发区`).
//!
//! Built once; [`find`] lists every place name in a normalized text.

use crate::normalize::{CharSet, NormalizedDoc};
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Province,
    Prefecture,
    County,
    /// Towns, townships and subdistricts (镇, 乡, 街道), known by their
    /// full names only.
    Township,
}

/// One administrative unit.
#[derive(Debug, Clone)]
pub struct Unit {
    pub code: u32,
    /// Official name with its suffix (`湘潭市`, `孝南区`).
    pub name: String,
    pub level: Level,
    /// Index of the unit above, if any.
    pub parent: Option<usize>,
}

pub struct Gazetteer {
    pub units: Vec<Unit>,
    /// For each alias pattern, the units it may name.
    alias_units: Vec<Vec<usize>>,
    /// Whether each alias pattern is a full official name.
    alias_full: Vec<bool>,
    matcher: NameMatcher,
    towns: TownMatcher,
}

/// Finds town names, which are many (37,745) and seldom written: looked up
/// only where a town's suffix (`镇`, `乡`, `街道`) stands, by that suffix's
/// last character and the character before the suffix, so that the far
/// more frequent county and city names keep a small matcher of their own.
struct TownMatcher {
    /// Names (as characters, with their alias index), longest first, by key.
    by_end: TownMap,
}

/// Town names as characters with their alias index, by their key.
type TownMap = rustc_hash::FxHashMap<(char, char), Vec<(Vec<char>, usize)>>;

impl TownMatcher {
    fn new<'a>(names: impl Iterator<Item = (usize, &'a str)>) -> TownMatcher {
        let mut by_end = TownMap::default();
        for (n, name) in names {
            let chars: Vec<char> = name.chars().collect();
            if let Some(key) = Self::key(&chars, chars.len() - 1) {
                by_end.entry(key).or_default().push((chars, n));
            }
        }
        for names in by_end.values_mut() {
            names.sort_by(|x, y| y.0.len().cmp(&x.0.len()).then(x.1.cmp(&y.1)));
        }
        TownMatcher { by_end }
    }

    /// The key of a name ending at `chars[last]`: the suffix's last
    /// character and the character before the suffix.
    fn key(chars: &[char], last: usize) -> Option<(char, char)> {
        let suffix = match chars[last] {
            '镇' | '乡' => 1,
            '道' if last > 0 && chars[last - 1] == '街' => 2,
            _ => return None,
        };
        Some((*chars.get(last.checked_sub(suffix)?)?, chars[last]))
    }

    /// `(start, end, alias index)` of every town name found, the longest
    /// at each end, in order.
    fn find(&self, chars: &[char]) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        for (last, &c) in chars.iter().enumerate() {
            if !matches!(c, '镇' | '乡' | '道') {
                continue;
            }
            let Some(names) = Self::key(chars, last).and_then(|k| self.by_end.get(&k)) else { continue };
            let end = last + 1;
            if let Some((name, n)) = names.iter().find(|(name, _)| chars[..end].ends_with(name)) {
                found.push((end - name.len(), end, *n));
            }
        }
        found
    }
}

/// Finds the names of a list in a text of characters, leftmost first and at
/// one position the longest, as a reader would. Every name has at least two
/// characters; names are looked up by their first two, which few positions
/// of a text begin.
struct NameMatcher {
    /// The characters that begin a name.
    firsts: CharSet,
    /// Names (as characters, with their index) by their first two characters, longest first.
    by_pair: PairMap,
    /// One bit per hash of a first pair, set for the pairs in `by_pair`: most
    /// pairs of a text are no name's start and are turned away here, before
    /// a hash-map lookup.
    pair_bits: Vec<u64>,
    /// Characters in the longest name.
    longest: usize,
}

/// Bits in [`NameMatcher::pair_bits`] (32 KiB).
const PAIR_BITS: u32 = 18;

fn pair_bit(key: u64) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - PAIR_BITS)) as usize
}

/// Names as characters with their index, by the key of their first two characters.
type PairMap = HashMap<u64, Vec<(Vec<char>, usize)>, BuildHasherDefault<PairHasher>>;

fn pair_key(a: char, b: char) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// A multiply-and-rotate hash for the pair keys: they are not attacker-chosen
/// in any way that matters (a slow lookup at worst), and SipHash costs more
/// than the rest of the scan.
#[derive(Default)]
struct PairHasher(u64);

impl Hasher for PairHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl NameMatcher {
    /// Of `(index, name)` pairs.
    fn new<'a>(names: impl Iterator<Item = (usize, &'a str)>) -> NameMatcher {
        let mut firsts = CharSet::new();
        let mut by_pair = PairMap::default();
        for (n, name) in names {
            let chars: Vec<char> = name.chars().collect();
            let (Some(&a), Some(&b)) = (chars.first(), chars.get(1)) else { continue };
            firsts.insert(a);
            by_pair.entry(pair_key(a, b)).or_default().push((chars, n));
        }
        let mut pair_bits = vec![0u64; (1 << PAIR_BITS) / 64];
        for (&key, names) in by_pair.iter_mut() {
            names.sort_by(|x, y| y.0.len().cmp(&x.0.len()).then(x.1.cmp(&y.1)));
            let bit = pair_bit(key);
            pair_bits[bit / 64] |= 1 << (bit % 64);
        }
        let longest = by_pair.values().flatten().map(|(name, _)| name.len()).max().unwrap_or(0);
        NameMatcher { firsts, by_pair, pair_bits, longest }
    }

    /// Whether a name `accept`ed by its index and end covers `chars[from..to]`.
    fn covers(&self, chars: &[char], from: usize, to: usize, accept: impl Fn(usize, usize) -> bool) -> bool {
        (from.saturating_sub(self.longest)..=from).any(|p| {
            let (Some(&a), Some(&b)) = (chars.get(p), chars.get(p + 1)) else { return false };
            self.by_pair.get(&pair_key(a, b)).is_some_and(|names| {
                names.iter().any(|(name, n)| {
                    let end = p + name.len();
                    end >= to && chars[p..].starts_with(name) && accept(*n, end)
                })
            })
        })
    }

    /// Whether `chars` is one of the names, exactly.
    fn is_name(&self, chars: &[char]) -> bool {
        self.index_of(chars).is_some()
    }

    /// The index of the name `chars` is, exactly.
    fn index_of(&self, chars: &[char]) -> Option<usize> {
        let (Some(&a), Some(&b)) = (chars.first(), chars.get(1)) else { return None };
        self.by_pair.get(&pair_key(a, b))?.iter().find(|(name, _)| name[..] == *chars).map(|(_, n)| *n)
    }

    /// `(start, end, name index)` of every name found, in order.
    fn find(&self, chars: &[char]) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        let mut i = 0;
        while i + 1 < chars.len() {
            let key = pair_key(chars[i], chars[i + 1]);
            let bit = pair_bit(key);
            let hit = (self.firsts.may_contain(chars[i]) && self.pair_bits[bit / 64] & (1 << (bit % 64)) != 0)
                .then(|| self.by_pair.get(&key))
                .flatten()
                .and_then(|names| names.iter().find(|(name, _)| chars[i..].starts_with(name)));
            match hit {
                Some((name, n)) => {
                    found.push((i, i + name.len(), *n));
                    i += name.len();
                }
                None => i += 1,
            }
        }
        found
    }
}

static GAZETTEER: LazyLock<Gazetteer> =
    LazyLock::new(|| build(include_str!("../data/gazetteer.tsv"), include_str!("../data/townships.tsv")));

pub fn get() -> &'static Gazetteer {
    &GAZETTEER
}

/// Suffixes dropped to make a short name; `族`-names of autonomous units too.
const SUFFIXES: &[&str] =
    &["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "省", "市", "县", "区", "旗", "盟"];
const PEOPLES: &[&str] = &[
    "维吾尔",
    "哈萨克",
    "柯尔克孜",
    "蒙古族",
    "蒙古",
    "塔吉克",
    "锡伯",
    "达斡尔",
    "鄂温克",
    "鄂伦春",
    "朝鲜族",
    "土家族",
    "布依族",
    "哈尼族",
    "景颇族",
    "傈僳族",
    "仡佬族",
    "仫佬族",
    "毛南族",
    "纳西族",
    "拉祜族",
    "独龙族",
    "普米族",
    "裕固族",
    "东乡族",
    "保安族",
    "撒拉族",
    "各族",
    "壮族",
    "回族",
    "苗族",
    "藏族",
    "羌族",
    "彝族",
    "侗族",
    "傣族",
    "白族",
    "满族",
    "畲族",
    "瑶族",
    "黎族",
    "水族",
    "佤族",
    "怒族",
    "京族",
    "土族",
];

/// The short name of an official name (`恩施土家族苗族自治州` → `恩施`), if it differs.
pub fn short_name(name: &str) -> Option<String> {
    let mut s = name;
    // The longest suffix that leaves a name: `金林区` is 金林, not 金 by 林区.
    let leaves_name = |x: &&&str| name.ends_with(**x) && name[..name.len() - x.len()].chars().count() >= 2;
    if let Some(suffix) = SUFFIXES.iter().find(leaves_name) {
        s = &s[..s.len() - suffix.len()];
    }
    // `博尔塔拉蒙古自治州` is 博尔塔拉; `内蒙古自治区` stays 内蒙古, the
    // people's name being no suffix when too little would be left.
    while let Some(people) = PEOPLES.iter().find(|p| s.ends_with(*p)) {
        let rest = &s[..s.len() - people.len()];
        if rest.chars().count() < 2 {
            break;
        }
        s = rest;
    }
    (s != name && s.chars().count() >= 2).then(|| s.to_owned())
}

fn build(tsv: &str, townships: &str) -> Gazetteer {
    let mut units = Vec::new();
    let mut by_code = BTreeMap::new();
    let mut parents = Vec::new();
    // Rows of `code, name, level, parent`, and of the townships' `code, name, parent`.
    let rows = tsv.lines().skip(1).map(|line| {
        let cols: Vec<&str> = line.split('\t').collect();
        let level = match cols.get(2).copied() {
            Some("province") => Level::Province,
            Some("prefecture") => Level::Prefecture,
            _ => Level::County,
        };
        (cols.first().copied(), cols.get(1).copied(), level, cols.get(3).copied())
    });
    let towns = townships.lines().skip(1).map(|line| {
        let mut cols = line.split('\t');
        (cols.next(), cols.next(), Level::Township, cols.next())
    });
    for (code, name, level, parent) in rows.chain(towns) {
        let (Some(code), Some(name)) = (code, name) else { continue };
        let Ok(code) = code.parse::<u32>() else { continue };
        by_code.insert(code, units.len());
        parents.push(parent.and_then(|p| p.parse::<u32>().ok()));
        units.push(Unit { code, name: name.to_owned(), level, parent: None });
    }
    for (unit, parent) in units.iter_mut().zip(parents) {
        unit.parent = parent.and_then(|p| by_code.get(&p).copied());
    }
    let mut aliases: BTreeMap<String, (Vec<usize>, bool)> = BTreeMap::new();
    for (i, unit) in units.iter().enumerate() {
        aliases.entry(unit.name.clone()).or_insert_with(|| (Vec::new(), true)).0.push(i);
        if unit.level == Level::Township {
            continue;
        }
        if let Some(short) = short_name(&unit.name).filter(|s| usable_short_name(s)) {
            aliases.entry(short).or_insert_with(|| (Vec::new(), false)).0.push(i);
        }
    }
    // An alias names towns only or no town: their names end otherwise.
    let town = |named: &[usize]| named.first().is_some_and(|&u| units[u].level == Level::Township);
    let matcher = NameMatcher::new(
        aliases.iter().enumerate().filter(|(_, (_, (u, _)))| !town(u)).map(|(n, (name, _))| (n, name.as_str())),
    );
    let towns = TownMatcher::new(
        aliases.iter().enumerate().filter(|(_, (_, (u, _)))| town(u)).map(|(n, (name, _))| (n, name.as_str())),
    );
    let (alias_units, alias_full) = aliases.into_values().unzip();
    Gazetteer { units, alias_units, alias_full, matcher, towns }
}

static STOPWORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::data::entries(include_str!("../data/place_stopwords.txt")));

/// A short name that is also an everyday word (`和平`, `富民`, `来宾`) would be
/// found all over; `data/place_stopwords.txt` lists them.
fn usable_short_name(short: &str) -> bool {
    !STOPWORDS.contains(&short)
}

/// A place name found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Character range in the text searched.
    pub start: usize,
    pub end: usize,
    /// Units the name may stand for (several for a shared name), or none for
    /// a zone; borrowed from the gazetteer, which lives as long as the run.
    pub units: &'static [usize],
    /// The official full name was written (not a short name).
    pub full: bool,
    /// For a development zone: its name (`湘潭高新区`) and the units its prefix may name.
    pub zone: Option<String>,
}

/// Suffixes of development zones and new areas named after a place.
const ZONE_SUFFIXES: &[&str] = &[
    "经济技术开发区",
    "高新技术产业开发区",
    "高新技术产业园区",
    "经济开发区",
    "综合保税区",
    "开发区",
    "高新区",
    "经开区",
    "示范区",
    "新区",
    "自贸区",
    "产业园",
];
/// Zone suffixes that, written bare, name a kind a place has many of
/// (industrial parks, demonstration zones), not the place's own zone.
const MANY_OF_A_KIND: &[&str] = &["产业园", "示范区"];
/// Suffixes that name one kind of zone, in full and short
/// (`长沙经济技术开发区` is `长沙经开区`).
const ZONE_KINDS: &[&[&str]] = &[&["经济技术开发区", "经济开发区", "经开区"], &["高新技术产业开发区", "高新区"]];

/// A zone's own name and kind (an index in [`ZONE_KINDS`]), if it is of one.
/// A bare suffix (`高新区`) has no own name.
fn zone_kind(name: &str) -> Option<(&str, usize)> {
    ZONE_KINDS.iter().enumerate().find_map(|(kind, suffixes)| {
        let own = suffixes.iter().find_map(|s| name.strip_suffix(s))?;
        (!own.is_empty()).then_some((own, kind))
    })
}

/// One zone written in full and short in one text (`长沙经济技术开发区`,
/// then `长沙经开区`) is one place: every hit on it takes the longest name
/// written, the most official.
/// So is one whose own name is written with and without its city's or
/// county's suffix (`扬州市经开区`, `扬州经开区`).
fn same_zone_one_name(hits: &mut [Hit]) {
    let key = |own: &str, kind: usize| (without_level(own).to_owned(), kind);
    let mut longest: BTreeMap<(String, usize), String> = BTreeMap::new();
    for zone in hits.iter().filter_map(|h| h.zone.as_deref()) {
        if let Some((own, kind)) = zone_kind(zone) {
            let name = longest.entry(key(own, kind)).or_insert_with(|| zone.to_owned());
            if zone.len() > name.len() {
                zone.clone_into(name);
            }
        }
    }
    for zone in hits.iter_mut().filter_map(|h| h.zone.as_mut()) {
        if let Some((own, kind)) = zone_kind(zone) {
            let name = &longest[&key(own, kind)];
            if name != zone {
                zone.clone_from(name);
            }
        }
    }
}

/// A zone's own name without its city's or county's suffix (`扬州市` →
/// `扬州`), where two characters or more are left.
fn without_level(own: &str) -> &str {
    own.strip_suffix(['市', '县', '区']).filter(|b| b.chars().count() >= 2).unwrap_or(own)
}

/// Characters after which a zone's own two-character name may start.
const ZONE_BOUNDARY: &[char] =
    &['●', '■', '▶', '·', ',', '。', ';', ':', '、', '\n', ' ', '“', '(', '在', '和', '与', '对', '及'];

impl Gazetteer {
    /// Every place name in `chars` (normalized text), in order.
    pub fn find(&'static self, doc: &NormalizedDoc) -> Vec<Hit> {
        let chars = &doc.chars[..];
        let mut found = self.matcher.find(chars);
        let towns = self.towns.find(chars);
        if !towns.is_empty() {
            // Where a town's name and another overlap, the longer is read
            // (`长安镇`, not 长安 for 长安区), the earlier on a tie.
            found.extend(towns);
            found.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
            let mut kept: Vec<(usize, usize, usize)> = Vec::with_capacity(found.len());
            for f in found {
                match kept.last_mut() {
                    Some(last) if f.0 < last.1 => {
                        if f.1 - f.0 > last.1 - last.0 {
                            *last = f;
                        }
                    }
                    _ => kept.push(f),
                }
            }
            found = kept;
        }
        let mut hits: Vec<Hit> = found
            .into_iter()
            .map(|(start, end, p)| Hit {
                start,
                end,
                units: &self.alias_units[p],
                full: self.alias_full[p],
                zone: None,
            })
            .collect();
        self.mark_zones(chars, &mut hits);
        self.listed_zones(&mut hits);
        hits
    }

    /// A zone the gazetteer lists as a unit under its own official name
    /// (`扬州经济技术开发区`) is that unit, however it is written
    /// (`扬州经开区`, `扬州市经开区`): reports that name it differently
    /// then speak of one place.
    fn listed_zones(&'static self, hits: &mut [Hit]) {
        for h in hits.iter_mut() {
            let Some((own, kind)) = h.zone.as_deref().and_then(zone_kind) else { continue };
            let own = without_level(own);
            let listed = ZONE_KINDS[kind].iter().find_map(|suffix| {
                let name: Vec<char> = own.chars().chain(suffix.chars()).collect();
                self.matcher.index_of(&name).filter(|&n| self.alias_full[n])
            });
            if let Some(n) = listed {
                h.units = &self.alias_units[n];
                h.full = true;
                h.zone = None;
            }
        }
    }

    /// Turns `湘潭` + `高新区` into the zone `湘潭高新区`, and finds zones whose
    /// own name is not a listed place (`昭山示范区`).
    fn mark_zones(&self, chars: &[char], hits: &mut Vec<Hit>) {
        // The suffixes' first characters: most positions fail on one bit test.
        static FIRSTS: LazyLock<CharSet> = LazyLock::new(|| {
            let mut set = CharSet::new();
            ZONE_SUFFIXES.iter().filter_map(|z| z.chars().next()).for_each(|c| set.insert(c));
            set
        });
        let starts_zone = |at: usize| {
            chars
                .get(at)
                .is_some_and(|&c| FIRSTS.may_contain(c))
                .then(|| ZONE_SUFFIXES.iter().find(|z| crate::extract::starts_with(chars, at, z)))
                .flatten()
        };
        for hit in hits.iter_mut() {
            // `昆明国家高新技术产业开发区`: a national zone's full name has
            // 国家 before its suffix; the zone is named without it, as its
            // short name (`昆明高新区`) is.
            let national = usize::from(crate::extract::starts_with(chars, hit.end, "国家")) * 2;
            if let Some(suffix) = starts_zone(hit.end + national) {
                let name: String = chars[hit.start..hit.end].iter().collect::<String>() + suffix;
                hit.end += national + suffix.chars().count();
                hit.zone = Some(name);
            }
        }
        let mut extra = Vec::new();
        let boundary = |i: usize| i == 0 || ZONE_BOUNDARY.contains(&chars[i - 1]);
        // Which characters a hit covers and where hits end, marked once, so
        // each position asks in constant time rather than walking all hits.
        let mut covered = vec![false; chars.len()];
        let mut ends = vec![false; chars.len() + 1];
        for h in hits.iter() {
            covered[h.start..h.end].fill(true);
            ends[h.end] = true;
        }
        for (at, &c) in chars.iter().enumerate() {
            // The bit test inline: most characters end here, without a call.
            if !FIRSTS.may_contain(c) {
                continue;
            }
            let Some(suffix) = starts_zone(at) else { continue };
            // `●高新区…`: the zone of the place the report is about, named
            // bare, or after a pronoun for that place (`我市开发区`).
            let pronoun = at >= 2
                && matches!(chars[at - 2], '我' | '本' | '该' | '全')
                && matches!(chars[at - 1], '省' | '市' | '县' | '区' | '州');
            // Not a kind of zone a place has many of (`重点商圈、产业园区`,
            // `农业示范区`), unless after the pronoun.
            let one_of_many = MANY_OF_A_KIND.contains(suffix);
            if ((boundary(at) && !one_of_many) || pronoun) && !covered[at] {
                let end = at + suffix.chars().count();
                extra.push(Hit { start: at, end, units: &[], full: false, zone: Some((*suffix).to_owned()) });
                continue;
            }
            if at < 2 {
                continue;
            }
            let s = at - 2;
            let bounded = boundary(s) || ends[s];
            // `八大产业园区`: an enumeration (claims.md §1.1), no zone's name.
            let enumeration = "一二两三四五六七八九十".contains(chars[s]) && chars[s + 1] == '大';
            if covered[s..=at].contains(&true)
                || !bounded
                || enumeration
                || !chars[s..at].iter().all(|&c| crate::normalize::is_han(c))
            {
                continue;
            }
            let own: String = chars[s..at].iter().collect();
            // `辽宁省特色产业园区`, `现代农业示范区`: an everyday word before a
            // kind of zone a place has many of describes it; it is no name.
            // (A park named after an everyday word, `光谷产业园`, is lost.)
            if MANY_OF_A_KIND.contains(suffix) && crate::segment::is_dictionary_word(&own) {
                continue;
            }
            // `参评开发区`: a verb before a zone's suffix says which zones;
            // it names none (雄安, which jieba reads as an adjective, does).
            if crate::segment::reads_as_one(&own, |t| matches!(t, "v" | "vn")) {
                continue;
            }
            let name = own + suffix;
            extra.push(Hit { start: s, end: at + suffix.chars().count(), units: &[], full: true, zone: Some(name) });
        }
        hits.extend(extra);
        hits.sort_by_key(|h| (h.start, h.end));
        same_zone_one_name(hits);
    }

    /// Whether `chars[from..to]` lies inside a place name: one written in
    /// full (`二道区`, `七台河市`), or a short one that goes on past `to`
    /// (`五家渠`). A short name no longer than the stretch may be a count
    /// (`五台` is also five machines).
    pub fn covers(&self, chars: &[char], from: usize, to: usize) -> bool {
        self.matcher.covers(chars, from, to, |n, end| self.alias_full[n] || end > to)
    }

    /// The full names of the units `chars` is the short name of (`五台` →
    /// 五台县); none when it is no short name.
    pub fn full_names_of(&self, chars: &[char]) -> impl Iterator<Item = &str> {
        let units =
            self.matcher.index_of(chars).filter(|&n| !self.alias_full[n]).map_or(&[][..], |n| &self.alias_units[n]);
        units.iter().map(|&u| self.units[u].name.as_str())
    }

    /// Whether `word` is a place name as a whole, full or short (`滕州`).
    pub fn is_name(&self, word: &str) -> bool {
        self.matcher.is_name(&word.chars().collect::<Vec<_>>())
    }

    /// The unit and its ancestors, nearest first.
    pub fn lineage(&self, unit: usize) -> Vec<usize> {
        let mut chain = vec![unit];
        while let Some(p) = self.units[*chain.last().unwrap()].parent {
            if chain.contains(&p) {
                break;
            }
            chain.push(p);
        }
        chain
    }

    /// The province a unit belongs to.
    pub fn province_of(&self, unit: usize) -> usize {
        *self.lineage(unit).last().unwrap()
    }

    /// Whether `unit` is `ancestor` or lies below it.
    pub fn is_within(&self, unit: usize, ancestor: usize) -> bool {
        self.lineage(unit).contains(&ancestor)
    }

    /// A zone's name as its own name and its suffix, the longest suffix
    /// that leaves a name (`长沙经济技术开发区` → 长沙, 经济技术开发区).
    pub fn zone_parts(name: &str) -> Option<(&str, &str)> {
        ZONE_SUFFIXES
            .iter()
            .filter_map(|z| name.strip_suffix(z).filter(|own| !own.is_empty()).map(|own| (own, *z)))
            .max_by_key(|(_, z)| z.len())
    }

    /// Whether two zone suffixes name one kind of zone (`经开区` and
    /// `经济技术开发区`).
    pub fn is_same_zone_kind(a: &str, b: &str) -> bool {
        a == b || ZONE_KINDS.iter().any(|kind| kind.contains(&a) && kind.contains(&b))
    }

    /// Whether a zone name is a bare suffix (`高新区`), naming the report's own zone.
    pub fn is_bare_zone(name: &str) -> bool {
        ZONE_SUFFIXES.contains(&name)
    }

    /// Whether `phrase` is a development zone's own name
    /// (`旅顺经济技术开发区`, `河北沧州沧东经济开发区`) rather than a rank or
    /// a title that ends like one (`国家级经济技术开发区`,
    /// `中国营商环境十佳经济开发区`).
    pub fn is_zone_name(phrase: &str) -> bool {
        ["开发区", "高新区", "经开区"].iter().any(|z| phrase.ends_with(z))
            && !["国家", "省级", "市级", "中国", "全国"].iter().any(|l| phrase.starts_with(l))
    }

    /// Short names of all provinces (`湖北`, `广西`, `北京`).
    pub fn province_short_names(&self) -> Vec<String> {
        self.units.iter().filter(|u| u.level == Level::Province).filter_map(|u| short_name(&u.name)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<(String, Vec<String>)> {
        let g = get();
        let doc = crate::normalize::normalize(s);
        let chars = &doc.chars;
        g.find(&doc)
            .into_iter()
            .map(|h| {
                let text = h.zone.clone().unwrap_or_else(|| chars[h.start..h.end].iter().collect());
                (text, h.units.iter().map(|&u| g.units[u].name.clone()).collect())
            })
            .collect()
    }

    #[test]
    fn short_names() {
        assert_eq!(short_name("德清县").as_deref(), Some("德清"));
        assert_eq!(short_name("恩施土家族苗族自治州").as_deref(), Some("恩施"));
        assert_eq!(short_name("广西壮族自治区").as_deref(), Some("广西"));
        assert_eq!(short_name("博尔塔拉蒙古自治州").as_deref(), Some("博尔塔拉"));
        assert_eq!(short_name("内蒙古自治区").as_deref(), Some("内蒙古"), "a people's name that leaves too little");
        assert_eq!(short_name("威县"), None, "one character is no name");
        assert_eq!(short_name("金林区").as_deref(), Some("金林"), "not 金 by the suffix 林区");
        assert_eq!(short_name("神农架林区").as_deref(), Some("神农架"));
    }

    #[test]
    fn full_and_short_names_with_parents() {
        let g = get();
        let got = names("孝感市孝南区,德清试点");
        assert_eq!(got[0], ("孝感市".to_owned(), vec!["孝感市".to_owned()]));
        assert_eq!(got[1], ("孝南区".to_owned(), vec!["孝南区".to_owned()]));
        assert_eq!(got[2].1, ["德清县"]);
        let xiaonan = g.units.iter().position(|u| u.name == "孝南区").unwrap();
        let hubei = g.units.iter().position(|u| u.name == "湖北省").unwrap();
        assert!(g.is_within(xiaonan, hubei));
        assert_eq!(g.units[g.province_of(xiaonan)].name, "湖北省");
    }

    #[test]
    fn towns_by_their_full_names_only() {
        let g = get();
        let got = names("其中昭山镇、村(社区)办件4432件,虎门镇增长5%");
        assert_eq!(got[0], ("昭山镇".to_owned(), vec!["昭山镇".to_owned()]));
        assert_eq!(got[1].0, "虎门镇");
        let zhaoshan = g.units.iter().position(|u| u.name == "昭山镇").unwrap();
        let xiangtan = g.units.iter().position(|u| u.name == "湘潭市").unwrap();
        assert!(g.is_within(zhaoshan, xiangtan));
        assert_eq!(g.units[zhaoshan].level, Level::Township);
        // No short name (`虎门`), and generic words are no towns.
        assert!(names("虎门大桥").iter().all(|(n, _)| n != "虎门"), "{:?}", names("虎门大桥"));
        for generic in ["建设中心镇和特色小城镇", "新城镇的发展", "东街道"] {
            assert!(names(generic).is_empty(), "{generic}: {:?}", names(generic));
        }
        // One town name, many towns: resolved later by the report's places.
        assert!(names("城关镇")[0].1.len() > 10);
    }

    #[test]
    fn zones_by_pattern() {
        let got = names("●湘潭高新区积极探索;●昭山示范区下放权力");
        assert_eq!(got[0].0, "湘潭高新区");
        assert_eq!(got[1].0, "昭山示范区");
        // An enumeration (`八大产业园区`) names no zone.
        assert!(names("八大产业园区入驻企业达到1200家").is_empty());
        // One zone written in full and short takes the full name throughout.
        let got = names("长沙经开区获评先进。长沙经济技术开发区新增企业。高新区、湘潭经开区");
        let got: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(got, ["长沙经济技术开发区", "长沙经济技术开发区", "高新区", "湘潭经开区"]);
        // A national zone's 国家 is no part of its name (nor of the place's).
        let got = names("昆明国家高新技术产业开发区(简称昆明高新区)获悉");
        let got: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(got, ["昆明高新技术产业开发区", "昆明高新技术产业开发区"]);
        // A verb before a zone's suffix names none (`参评开发区`).
        assert!(names("在参评国家级开发区、参评开发区进出口总额评估中").is_empty());
        // After a pronoun for the report's place, the zone is named bare.
        assert_eq!(names("我市开发区新签约项目68个")[0].0, "开发区");
        // Bare, a kind of zone a place has many of is none of its own.
        assert!(names("重点商圈、产业园区共部署自助机1873台").is_empty());
        assert!(names("●示范区建设稳步推进").is_empty());
        assert_eq!(names("●高新区新签约项目68个")[0].0, "高新区");
        // Nor is one after an everyday word.
        let got: Vec<String> = names("获评辽宁省特色产业园区;●农业示范区").into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["辽宁省"]);
    }

    #[test]
    fn a_zone_listed_as_a_unit_is_that_unit_however_written() {
        for text in ["扬州经开区开工项目26个", "扬州市经开区开工项目26个", "扬州经济技术开发区开工项目26个"]
        {
            let got = names(text);
            assert_eq!(got[0].1, ["扬州经济技术开发区"], "{text}");
        }
        // Written with and without its city's suffix, an unlisted zone is
        // one zone, named by the longer.
        let got: Vec<String> = names("湘乡市高新区新签约项目;湘乡高新区获评").into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["湘乡市高新区", "湘乡市高新区"]);
    }

    #[test]
    fn zone_names_and_titles_that_end_like_them() {
        assert!(Gazetteer::is_zone_name("旅顺经济技术开发区"));
        assert!(Gazetteer::is_zone_name("湘潭高新区"));
        assert!(!Gazetteer::is_zone_name("国家级经济技术开发区"));
        assert!(!Gazetteer::is_zone_name("中国营商环境十佳经济开发区"));
        assert!(!Gazetteer::is_zone_name("营商环境"));
    }

    #[test]
    fn a_stretch_inside_a_place_name() {
        let covers = |s: &str, from: usize, to: usize| get().covers(&s.chars().collect::<Vec<_>>(), from, to);
        // Full names cover what they hold, wherever the stretch starts.
        assert!(covers("长春市二道区", 3, 5));
        assert!(covers("七台河市", 0, 2));
        // A short name covers a stretch it goes past, not one it only equals.
        assert!(covers("五家渠新增", 0, 2));
        assert!(!covers("购置五台设备", 2, 4));
        assert!(!covers("新增三家企业", 2, 4));
        assert!(get().is_name("滕州") && get().is_name("滕州市") && !get().is_name("楼宇"));
    }

    #[test]
    fn everyday_words_are_not_county_names() {
        assert!(names("和平发展,新华社报道").iter().all(|(n, _)| n != "和平" && n != "新华"));
        // Words of government prose: 会同 (together with), 比如, 惠民, 大关.
        // 大田 (open fields: `大田种植`, `大田蔬菜`), 商城 (a mall: `机电云商城`).
        let prose = "会同公安等部门推进乡村振兴,比如落实惠民政策,产值突破百亿大关,深化合作,新建标准厂房,大田蔬菜2.4万亩,签约机电云商城。";
        assert_eq!(names(prose), []);
        assert!(!names("会同县,公安县").is_empty(), "full names are still found");
    }
}
