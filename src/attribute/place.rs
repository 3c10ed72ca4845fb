//! Places: which administrative unit the report is about, and which unit
//! each claim is about (the report's place, a sub-unit the text attributes
//! it to, or the province or country for an average it is compared with).

use crate::extract;
use crate::gazetteer::{self, Gazetteer, Hit, Level};
use crate::normalize::{NormalizedDoc, trim_end_word};
use crate::segment;
use std::collections::BTreeMap;

/// A place: a gazetteer unit, or a development zone under one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    Unit(usize),
    /// A zone's name and the unit its prefix names, if one does.
    Zone(String, Option<usize>),
}

impl Place {
    pub fn name(&self) -> String {
        match self {
            Place::Unit(u) => gazetteer::get().units[*u].name.clone(),
            Place::Zone(name, _) => name.clone(),
        }
    }

    /// The unit the place belongs to, for its province.
    fn unit(&self) -> Option<usize> {
        match self {
            Place::Unit(u) => Some(*u),
            Place::Zone(_, u) => *u,
        }
    }

    pub fn province(&self) -> Option<String> {
        let g = gazetteer::get();
        self.unit().map(|u| g.units[g.province_of(u)].name.clone())
    }
}

/// The report's places as found in its normalized text.
pub struct Places {
    hits: Vec<Hit>,
    /// The unit each hit is read as, once ambiguous names are resolved.
    resolved: Vec<Option<usize>>,
    /// The report's main place.
    pub main: Option<Place>,
}

/// Title lines weigh more: a report names its place in its headline.
const TITLE_LINES: usize = 3;
const TITLE_WEIGHT: f64 = 3.0;
/// The longest line read as a title line.
const TITLE_CHARS: usize = 60;
/// A zone is the report's place only when it clearly dominates the units.
const ZONE_DISCOUNT: f64 = 0.6;

pub fn find(doc: &NormalizedDoc) -> Places {
    let names = PartNames::find(doc, true);
    let mut support = Support::default();
    support.add(&names);
    let mut scores = Scores::default();
    scores.add(&names, &support);
    Places::new(names, &support, scores.main())
}

/// The place names of a report or of one part of it, found once for every
/// pass that reads them: the support, the scores and the claims' places.
#[derive(Debug, Clone)]
pub struct PartNames {
    hits: Vec<Hit>,
    /// Where the title lines end (the first part only): names there weigh more.
    title_end: usize,
    /// Where the names that open a title received, a medium's name or a
    /// place gone to start, in order.
    givers: Vec<usize>,
    /// Where the names of the venues of events start, in order.
    venues: Vec<usize>,
    /// How often the text speaks of itself as a city and as another unit.
    selves: Selves,
}

/// Verbs of going somewhere, before the places gone to.
const GOING_TO: &[&str] = &["赴", "前往", "奔赴", "远赴", "走访"];

/// Where the names of places gone to start (`先后赴北京、上海、杭州、昆山等地
/// 拜访考察企业`): a list after a verb of going, or one closed by 等地. The
/// report is not about them.
fn visited(chars: &[char], hits: &[Hit]) -> Vec<usize> {
    let joined = |a: &Hit, b: &Hit| b.start == a.end + 1 && matches!(chars.get(a.end), Some('、' | '和' | '及'));
    let mut out = Vec::new();
    let mut i = 0;
    while i < hits.len() {
        let mut j = i;
        while j + 1 < hits.len() && joined(&hits[j], &hits[j + 1]) {
            j += 1;
        }
        let gone = GOING_TO.iter().any(|v| extract::ends_with(&chars[..hits[i].start], v));
        let places = extract::starts_with(chars, hits[j].end, "等地");
        if gone || places {
            out.extend(hits[i..=j].iter().map(|h| h.start));
        }
        i = j + 1;
    }
    out
}

/// Verbs of holding an event: the place named right before one, after 在
/// (`在北京发布…报告`, `论坛在广州召开`), is where the event was held.
const HOLDING: &[&str] = &["召开", "举行", "举办", "开幕", "闭幕", "发布"];
/// Adverbs that may stand between the venue and the verb (`在杭州隆重召开`).
const HOLDING_MANNERS: &[&str] = &["隆重", "顺利", "正式", "成功"];

/// Where the names of the venues of events start (`在北京发布年县域营商环境
/// 百强县报告`), in order.
fn venues(chars: &[char], hits: &[Hit]) -> Vec<usize> {
    hits.iter()
        .filter(|h| h.start > 0 && chars[h.start - 1] == '在')
        .filter(|h| {
            let mut at = h.end;
            if !h.full && chars.get(at).is_some_and(|c| ADMIN_SUFFIXES.contains(c)) {
                at += 1;
            }
            if let Some(m) = HOLDING_MANNERS.iter().find(|m| extract::starts_with(chars, at, m)) {
                at += m.chars().count();
            }
            HOLDING.iter().any(|v| extract::starts_with(chars, at, v))
        })
        .map(|h| h.start)
        .collect()
}

/// How often a text speaks of its own place as a city (`我市`, `全市`) and
/// as a district, county or zone (`我区`, `全县`).
#[derive(Debug, Clone, Copy, Default)]
struct Selves {
    city: usize,
    other: usize,
    /// As a town or township (`全镇`, `我乡`).
    town: usize,
    /// As a province (`我省`, `本省`; not `全省`, also a scope of rank).
    province: usize,
}

impl std::ops::AddAssign for Selves {
    fn add_assign(&mut self, part: Selves) {
        self.city += part.city;
        self.other += part.other;
        self.town += part.town;
        self.province += part.province;
    }
}

impl Selves {
    fn count(chars: &[char]) -> Selves {
        let mut selves = Selves::default();
        for (i, pair) in chars.windows(2).enumerate() {
            // `完全市场化`, `全区域`: 全 opening another word.
            let word_goes_on = pair[0] == '全' && matches!(chars.get(i + 2), Some('场' | '域' | '民'));
            if matches!(pair[0], '我' | '本' | '全') && !word_goes_on {
                match pair[1] {
                    '市' => selves.city += 1,
                    '区' | '县' | '旗' => selves.other += 1,
                    '镇' | '乡' => selves.town += 1,
                    // Not 全省: any report says where it ranks in its
                    // province (`全省第一`, `在全省二类县市中`).
                    '省' if pair[0] != '全' => selves.province += 1,
                    _ => {}
                }
            }
        }
        selves
    }

    /// Whether the text speaks of itself only as a city, more than once.
    fn only_city(self) -> bool {
        self.city >= 2 && self.other == 0 && self.town == 0
    }

    /// Whether the text speaks of itself only as a town, more than once.
    fn only_town(self) -> bool {
        self.town >= 2 && self.city == 0 && self.other == 0
    }

    /// Whether the text speaks of itself only as a province, more than once.
    fn only_province(self) -> bool {
        self.province >= 2 && self.city == 0 && self.other == 0 && self.town == 0
    }
}

/// What follows a place's name in the name of a newspaper or a broadcaster
/// (`大连日报`, `大连新闻传媒集团`).
const MEDIA: &[&str] = &["日报", "晚报", "晨报", "商报", "新闻", "电视台", "广播", "融媒", "传媒"];
/// What ends the name of a site or an account after a place's name
/// (`湖北省政府网`, `荆楚网讯`, `大冶发布`), when no other word goes on
/// (`湘潭发布了`, `网格员` are no names of media).
const SITES: &[&str] = &["政府网", "网", "发布", "在线", "头条"];

/// What a firm's name ends with.
const FIRMS: &[&str] = &["公司", "集团"];
/// The most characters of a firm's name after the place that opens it.
const MAX_FIRM_CHARS: usize = 12;

/// Whether the characters from `at`, right after a place's name, go on to
/// the end of a firm's name (`海峰环保科技公司`) with no verb between:
/// `新增公司` speaks of firms the place has. Jieba is asked only when a
/// firm's ending comes soon after.
fn opens_a_firm(chars: &[char], at: usize) -> bool {
    let run = chars[at..].iter().take(MAX_FIRM_CHARS).take_while(|&&c| crate::normalize::is_han(c)).count();
    let text: String = chars[at..at + run].iter().collect();
    let Some(end) = FIRMS.iter().filter_map(|f| text.find(f).map(|i| i + f.len())).min() else { return false };
    // `红塔集团`: the firm's word right after the name.
    if FIRMS.contains(&&text[..end]) {
        return true;
    }
    let words = segment::words(&text[..end]);
    words.len() > 1 && words.iter().all(|w| !w.tag.starts_with('v') || w.tag == "vn")
}

/// Whether the words at `at`, right after a place's name, name a medium.
fn names_a_medium(chars: &[char], at: usize) -> bool {
    let ends = |n: usize| chars.get(at + n).is_none_or(|&c| !crate::normalize::is_han(c) || c == '讯');
    MEDIA.iter().any(|m| extract::starts_with(chars, at, m))
        || SITES.iter().any(|m| extract::starts_with(chars, at, m) && ends(m.chars().count()))
}

impl PartNames {
    /// The names of `doc` (`first`: the part holding the title lines).
    pub fn find(doc: &NormalizedDoc, first: bool) -> PartNames {
        let title_end = if first { title_end(doc) } else { 0 };
        let mut hits = gazetteer::get().find(doc);
        // A short name inside other words is no name (`以上高频` holds 上高),
        // unless a suffix after it makes it one (an old or loose one, `邵东县`
        // for 邵东市, cut as `邵/东县`); nor is a full name of two characters
        // (`示范县` holds 范县).
        let chars = &doc.chars[..];
        let suffixed = |h: &Hit| !h.full && chars.get(h.end).is_some_and(|c| ADMIN_SUFFIXES.contains(c));
        // (With the suffix, jieba is asked outright: a word its guess makes
        // may cross where no pair is a dictionary word, `雄安/新区` across
        // 安新.)
        hits.retain(|h| {
            (h.full && h.end - h.start > 2)
                || h.zone.is_some()
                || !segment::crossed_by_words(chars, h.start, h.end)
                || (suffixed(h) && segment::crossed_edges(chars, h.start, h.end + 1) == (false, false))
        });
        // `振兴乡村`, `乡镇`: a township's 乡 that goes on into a word.
        let g = gazetteer::get();
        let township = |h: &Hit| h.units.first().is_some_and(|&u| g.units[u].level == Level::Township);
        hits.retain(|h| !(township(h) && chars[h.end - 1] == '乡' && matches!(chars.get(h.end), Some('村' | '镇'))));
        // A short name that names a street, a square or a village is
        // that (`平江路`, `中山公园`), not the unit.
        hits.retain(|h| h.full || h.zone.is_some() || !LANDMARKS.iter().any(|w| extract::starts_with(chars, h.end, w)));
        // `全州法院全面推行…`: 全 and a level's character say "the whole
        // prefecture", not the county 全州县, unless the text writes that
        // county's full name somewhere.
        let full_units: Vec<usize> = hits.iter().filter(|h| h.full).flat_map(|h| h.units.iter().copied()).collect();
        hits.retain(|h| {
            h.full
                || h.zone.is_some()
                || !matches!(&chars[h.start..h.end], ['全', c] if ADMIN_SUFFIXES.contains(c))
                || h.units.iter().any(|u| full_units.contains(u))
        });
        // `江苏海峰环保科技公司`: a short name that opens a firm's name.
        hits.retain(|h| h.full || h.zone.is_some() || !opens_a_firm(chars, h.end));
        // `获评泉州市营商环境标杆城区`: a name right after a verb of
        // receiving opens the title and names who gives it.
        // `大连日报`, `湖北省政府网`: a name that opens the name of a
        // newspaper or a site is where the report came from.
        let mut givers: Vec<usize> = hits
            .iter()
            .filter(|h| {
                // (A title's year may stand between: `获评2024年辽宁省…`.)
                let before = &chars[..extract::before_year(chars, h.start)];
                extract::ends_in_receiving(before) || names_a_medium(chars, h.end)
            })
            .map(|h| h.start)
            .collect();
        givers.extend(visited(chars, &hits));
        givers.sort_unstable();
        givers.dedup();
        let venues = venues(chars, &hits);
        PartNames { hits, title_end, givers, venues, selves: Selves::count(chars) }
    }

    /// Weight of a hit: title lines weigh more; the giver of a title
    /// received and a medium's name do not count. A venue weighs as a name
    /// in the text even in a title line: the event held there may be the
    /// place's own (`交流会在南海举行`) or not (`在北京发布…百强县报告`).
    fn weight(&self, h: &Hit) -> f64 {
        if self.givers.binary_search(&h.start).is_ok() {
            0.0
        } else if h.start < self.title_end && self.venues.binary_search(&h.start).is_err() {
            TITLE_WEIGHT
        } else {
            1.0
        }
    }
}

/// How much the names that can only mean one unit speak for each unit: the
/// evidence that decides what a shared name means. Added up part by part
/// for a report read in parts.
#[derive(Debug, Clone, Default)]
pub struct Support(BTreeMap<usize, f64>);

impl Support {
    /// Adds the names of a report or of one part of it.
    pub fn add(&mut self, names: &PartNames) {
        let g = gazetteer::get();
        for h in names.hits.iter().filter(|h| h.zone.is_none()) {
            if let Some(u) = unambiguous(g, h.units) {
                *self.0.entry(u).or_default() += names.weight(h);
            }
        }
    }
}

/// How strongly the report speaks of each place, added up part by part.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    places: BTreeMap<Place, f64>,
    selves: Selves,
}

impl Scores {
    /// Adds the names of a report or of one part of it, read with the
    /// report's `support`.
    pub fn add(&mut self, names: &PartNames, support: &Support) {
        let g = gazetteer::get();
        for h in &names.hits {
            let r = resolve(g, h.units, &support.0);
            let place = match (&h.zone, r) {
                (Some(zone), _) if Gazetteer::is_bare_zone(zone) => continue,
                (Some(zone), _) => Place::Zone(zone.clone(), r),
                (None, Some(u)) => Place::Unit(u),
                (None, None) => continue,
            };
            *self.places.entry(place).or_default() += names.weight(h);
        }
        self.selves += names.selves;
    }

    /// The report's main place.
    pub fn main(&self) -> Option<Place> {
        let g = gazetteer::get();
        // `歡城鎮…全鎮實現…`: a text that speaks of itself only as a town is
        // the story of the town it names most, however often it names others.
        // `我省新登记各类市场主体…合肥市…`: likewise a province's report
        // on its cities is the province's.
        let only_level = |level: Level| {
            let of_level = |p: &Place| matches!(p, Place::Unit(u) if g.units[*u].level == level);
            let best =
                self.places.iter().filter(|(p, _)| of_level(p)).max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)));
            best.map(|(place, _)| place.clone())
        };
        if self.selves.only_town()
            && let Some(town) = only_level(Level::Township)
        {
            return Some(town);
        }
        if self.selves.only_province()
            && let Some(province) = only_level(Level::Province)
        {
            return Some(province);
        }
        match main_place(g, &self.places)? {
            // `上饶经开区获颁…百佳案例…我市营商环境`: a zone named in a text
            // that speaks of itself only as a city is the city's story.
            Place::Zone(_, Some(city)) if self.selves.only_city() && g.units[city].name.ends_with('市') => {
                Some(Place::Unit(city))
            }
            // `我市…衡阳县…祁东县…耒阳市…南岳区`: the city's units, none named
            // more than the rest together, in a text that speaks of itself
            // only as a city, though the city is not named.
            Place::Unit(u) if self.selves.only_city() && g.units[u].level == Level::County => {
                Some(Place::Unit(unnamed_survey(g, &self.places, u).unwrap_or(u)))
            }
            main => Some(main),
        }
    }
}

/// Character offset where the title lines end: after the first
/// [`TITLE_LINES`] lines, or before the first line too long for a title (a
/// paragraph of the story, whose names weigh like the rest).
fn title_end(doc: &NormalizedDoc) -> usize {
    let chars = &doc.chars[..];
    // A row of a table (`湘潭县\t5200户`) is no title either.
    let tabbed = |from: usize, to: usize| !doc.tabs_in(from + 1, to).is_empty();
    let mut lines = 0;
    let mut line_start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c != '\n' {
            continue;
        }
        // A line after the first that ends with a full stop is a sentence
        // of the story (`研究显示,昆山市、晋江市…排名前十。`), short as it
        // may be: headlines end without one. The first line, a title or
        // the lead (`延津县高度重视优化营商环境工作…。`), names the place.
        let stated = lines > 0 && chars[line_start..i].iter().rev().find(|c| !c.is_whitespace()) == Some(&'。');
        if i - line_start > TITLE_CHARS || tabbed(line_start, i) || stated {
            return line_start;
        }
        if i > line_start {
            lines += 1;
            if lines == TITLE_LINES {
                return i;
            }
        }
        line_start = i + 1;
    }
    if chars.len() - line_start > TITLE_CHARS { line_start } else { chars.len().min(200) }
}

/// The one unit a name stands for: the only candidate, or the highest of a
/// chain (`湘潭` is 湘潭市 rather than its 湘潭县).
fn unambiguous(g: &Gazetteer, units: &[usize]) -> Option<usize> {
    match units {
        [] => None,
        [u] => Some(*u),
        _ => units.iter().copied().find(|&top| units.iter().all(|&u| g.is_within(u, top))),
    }
}

/// The candidate best supported by the unambiguous names of the report
/// (itself and its ancestors), ties broken by the lower code.
fn resolve(g: &Gazetteer, units: &[usize], support: &BTreeMap<usize, f64>) -> Option<usize> {
    if let Some(u) = unambiguous(g, units) {
        return Some(u);
    }
    let backing = |u: usize| g.lineage(u).iter().map(|a| support.get(a).copied().unwrap_or(0.0)).sum::<f64>();
    let best = units
        .iter()
        .copied()
        .max_by(|&a, &b| backing(a).total_cmp(&backing(b)).then(g.units[b].code.cmp(&g.units[a].code)))?;
    (backing(best) > 0.0).then_some(best)
}

fn main_place(g: &Gazetteer, scores: &BTreeMap<Place, f64>) -> Option<Place> {
    let rank = |p: &Place| match p {
        Place::Zone(..) => scores[p] * ZONE_DISCOUNT,
        Place::Unit(u) if g.units[*u].level == Level::Province => scores[p] * 0.5,
        // A town is the report's place only when it clearly dominates, like a zone.
        Place::Unit(u) if g.units[*u].level == Level::Township => scores[p] * ZONE_DISCOUNT,
        Place::Unit(_) => scores[p],
    };
    // Highest score; on a tie the more specific unit, then the name.
    let best = scores
        .keys()
        .max_by(|a, b| {
            rank(a).total_cmp(&rank(b)).then_with(|| specificity(g, a).cmp(&specificity(g, b))).then_with(|| b.cmp(a))
        })
        .cloned()?;
    // Units named equally often, under a unit the report names too (a
    // province's report listing its best counties, `龙口市(13位)、胶州市(16位)`):
    // the report speaks of that unit, not of one of its list.
    let top = rank(&best);
    let tied: Vec<usize> = scores
        .keys()
        .filter(|p| rank(p) == top)
        .map(|p| match p {
            Place::Unit(u) => Some(*u),
            Place::Zone(..) => None,
        })
        .collect::<Option<Vec<usize>>>()
        .unwrap_or_default();
    // `宁波市海曙区`: a unit written with the unit above it is one place,
    // not two of a list; the one above is passed over.
    let tied: Vec<usize> =
        tied.iter().copied().filter(|&a| !tied.iter().any(|&u| u != a && g.is_within(u, a))).collect();
    // The unit may be among the tied itself, its score halved as a province's.
    let below = |a: usize| tied.iter().filter(|&&u| u != a && g.is_within(u, a)).count();
    let holds_all = |a: usize| tied.iter().all(|&u| g.is_within(u, a));
    let above = tied
        .iter()
        .flat_map(|&u| g.lineage(u))
        .find(|&a| scores.contains_key(&Place::Unit(a)) && below(a) >= 2 && holds_all(a));
    let best = above.map_or(best, Place::Unit);
    Some(surveyed(g, scores, &best).map_or(best, Place::Unit))
}

/// The fewest other units under a named unit that make a report a survey
/// of that unit rather than a story of one of them.
const MIN_SURVEYED: usize = 3;
/// How many times more often than the best-named unit those others
/// together must be named.
const SURVEY_FACTOR: f64 = 2.0;

/// `江西公布营商环境评价结果…南昌市、赣州市、九江市位列前三`: a report
/// naming the unit `best` among several others under a unit it names too,
/// which together are named at least twice as often as `best`, speaks of
/// that higher unit. The nearest such unit above `best`, if any.
fn surveyed(g: &Gazetteer, scores: &BTreeMap<Place, f64>, best: &Place) -> Option<usize> {
    let Place::Unit(unit) = best else { return None };
    let own = scores[best];
    g.lineage(*unit).into_iter().skip(1).find(|&above| {
        if !scores.contains_key(&Place::Unit(above)) {
            return false;
        }
        // Surveys rank counties and cities, not towns.
        outweighed(scores, SURVEY_FACTOR * own, |u| {
            u != above && g.units[u].level != Level::Township && g.is_within(u, above) && !g.is_within(u, *unit)
        })
    })
}

/// Whether at least [`MIN_SURVEYED`] units that `others` picks are named,
/// together at least `weight` strongly.
fn outweighed(scores: &BTreeMap<Place, f64>, weight: f64, others: impl Fn(usize) -> bool) -> bool {
    let (n, sum) = scores
        .iter()
        .filter_map(|(p, &score)| match p {
            Place::Unit(u) if others(*u) => Some(score),
            _ => None,
        })
        .fold((0, 0.0), |(n, sum), score| (n + 1, sum + score));
    n >= MIN_SURVEYED && sum >= weight
}

/// The prefecture of the county-level unit `best`, when the report names
/// at least [`MIN_SURVEYED`] other counties of it, together at least as
/// often as `best`.
fn unnamed_survey(g: &Gazetteer, scores: &BTreeMap<Place, f64>, best: usize) -> Option<usize> {
    let city = g.units[best].parent.filter(|&p| g.units[p].level == Level::Prefecture)?;
    let own = scores[&Place::Unit(best)];
    outweighed(scores, own, |u| u != best && g.units[u].parent == Some(city)).then_some(city)
}

fn specificity(g: &Gazetteer, p: &Place) -> u8 {
    match p {
        Place::Zone(..) => 3,
        Place::Unit(u) => match g.units[*u].level {
            Level::Province => 0,
            Level::Prefecture => 1,
            Level::County => 2,
            Level::Township => 4,
        },
    }
}

/// What a short name may name besides its unit: streets, squares, parks,
/// neighbourhoods, villages and towns.
const LANDMARKS: &[&str] =
    &["路", "街", "大道", "巷", "广场", "公园", "小区", "社区", "村", "镇", "乡", "大桥", "机场", "码头"];

/// Most characters of a unit's own words (`法院`, `人民法院`) between its
/// name and the mark that joins it to the next item of a list.
const OWN_WORDS: usize = 4;

/// Last characters of the names of administrative units.
const ADMIN_SUFFIXES: &[char] = &['省', '市', '县', '区', '州', '旗', '盟'];

/// How far back the start of a paragraph is looked for.
const PARAGRAPH_REACH: usize = 2000;
/// The longest line read as a heading over the paragraphs after it.
const HEADING_CHARS: usize = 40;
/// Marks that end a clause.
const CLAUSE_ENDS: &[char] = &[',', '。', ';', ':', '!', '?', '\n'];
/// How far back the start of a list's item is looked for.
const LIST_ITEM_REACH: usize = 16;
/// Verbs of ranking between a place's name and its place in a list
/// (`深圳排名第一、广州第二`).
const ITEM_RANKING_VERBS: &[&str] = &["排名", "排在", "位居", "位列", "名列", "并列", "居", "列"];
/// Marks that end an item of a list.
const ITEM_ENDS: &[char] = &['、', ',', '。', ';', ':', '!', '?', '\n'];
/// Marks that join the items of a list of places.
const LIST_JOINERS: &[char] = &['、', '和', '与', '及'];
/// Marks that end a sentence: a line ending in one is no heading.
const SENTENCE_ENDS: &[char] = &['。', '!', '?', ';', '…'];
/// How many paragraphs a heading's place is looked for over.
const MAX_LINES_UNDER_HEADING: usize = 4;
/// Bullets and marks that may open a paragraph before its place name.
const PARAGRAPH_OPENERS: &[char] = &['●', '■', '▶', '◆', '★', '·', '-', '(', ' ', '\u{3000}'];

impl Places {
    /// The places `names` names (in a report or a part of it), read with
    /// the report's `support` and `main` place.
    pub fn new(names: PartNames, support: &Support, main: Option<Place>) -> Places {
        let g = gazetteer::get();
        let hits = names.hits;
        let resolved = hits.iter().map(|h| resolve(g, h.units, &support.0)).collect();
        Places { hits, resolved, main }
    }

    /// The place of a claim at normalized offset `at`.
    pub fn of_claim(&self, doc: &NormalizedDoc, at: usize) -> Option<Place> {
        let chars = &doc.chars[..];
        let main = self.main.as_ref()?;
        if let Some(average) = self.compared_average(doc, at, main) {
            return Some(average);
        }
        if let Some(item) = self.list_item(doc, at, main) {
            return Some(item);
        }
        let sentence_start = doc.sentence_start(at);
        let within = |i: usize| self.sub_place(i, main);
        // Hits are sorted by start: those before `at`, nearest first.
        let before = self.hits.partition_point(|h| h.start < at);
        // The nearest sub-unit named earlier in the same sentence, unless
        // the report's place is named nearer (`晋江市、石狮市入选…。在全省
        // 评价中,泉州位列第3名`: the paragraph is not the sub-units' then)…
        let is_main =
            |i: usize| self.hits[i].zone.is_none() && self.resolved[i].is_some_and(|u| Some(u) == main.unit());
        let in_sentence = (0..before)
            .rev()
            .take_while(|&i| self.hits[i].start >= sentence_start)
            .find(|&i| self.hits[i].end <= at && (within(i).is_some() || is_main(i)));
        if in_sentence.is_some_and(is_main) {
            return Some(main.clone());
        }
        // `芗城、龙文等11个县(区)`: units listed before a count with 等 are
        // what is counted, not where the count holds.
        // `14个市州、兰州新区和86个县区`, `大兴区代表团和163位代表`: a unit
        // (and a few words of its own) joined to the count as an item of the
        // same list is none of its places either.
        let listed = |i: usize| {
            let after = &chars[self.hits[i].end..at];
            let joined = matches!(after, [own @ .., c] if LIST_JOINERS.contains(c)
                && own.len() <= 4 && own.iter().all(|&o| crate::normalize::is_han(o) && !LIST_JOINERS.contains(&o)));
            (after.first() == Some(&'等') && after.len() <= 2) || joined
        };
        // `赛罕区“一表通”入选…案例,全市120个典型做法…`: the whole of the
        // report's place, written after the sub-unit and before the figure,
        // takes the figure back (unless the sub-unit is of the same level:
        // a county-level city's report says 全市 of itself).
        // Not 全X as the scope of a rank or an average (`赛罕区…居全市第一`
        // is the district's).
        let whole_between = |i: usize| {
            let level = main.name().chars().last();
            let own_level = within(i).and_then(|p| p.name().chars().last());
            let from = self.hits[i].end;
            let scope = |k: usize| {
                matches!(chars.get(k + 2), Some('第' | '前' | '首' | '排' | '领' | '平' | '均'))
                    || (k > 0 && matches!(chars[k - 1], '居' | '列' | '在' | '于' | '比' | '超' | '高' | '低'))
            };
            level.is_some_and(|c| own_level != Some(c))
                && (from..at.saturating_sub(1)).any(|k| {
                    Some(chars[k + 1]) == level && (matches!(chars[k], '我' | '本') || (chars[k] == '全' && !scope(k)))
                })
        };
        if in_sentence.is_some_and(whole_between) {
            return Some(main.clone());
        }
        if let Some(i) = in_sentence.filter(|&i| !listed(i)) {
            // `信丰县、龙南市…分别排名第4、第7位`: each its own.
            let span = |i: usize| (self.hits[i].start, self.written_end(chars, i));
            if let Some(r) = super::respective::respective(doc, span, i, at).filter(|&r| within(r).is_some()) {
                return within(r);
            }
            // `赴成都、绵阳、达州等5个市开展检查,召开座谈会18场`: a
            // figure after a list of units, not one each, is none of theirs.
            if !self.in_list(chars, i) {
                return within(i);
            }
        }
        // …or another unit, above the report's place or beside it, that opens
        // the claim's clause, the only place named there
        // (`浙江在营商环境省份排名中获全国第一`, `麻城GDP为302.77亿元`)…
        if let Some(other) = self.opening_other(doc, at, main) {
            return Some(other);
        }
        // …or such a unit that opened an earlier clause of the sentence, the
        // last place named before the claim, the text not turning back to
        // the report's own place (`浙江省…证件数量为2.3个, 2019年时为1.0个`).
        if let Some(other) = self.carried_other(doc, at, main) {
            return Some(other);
        }
        // …or the sub-unit that opens the paragraph (`●湘潭县…`), or the
        // heading line over it (`●醴陵市:推行…` and then `该市梳理事项120项`).
        // A sentence that opens with the whole of the report's place
        // (`全市11个县(市、区)…` in a paragraph on 于都县) is not the
        // paragraph's sub-unit's, unless the sub-unit is of the same level.
        let scope = whole_scope(doc, sentence_start, at).filter(|c| main.name().ends_with(*c));
        let opening_place = |i: usize| within(i).filter(|p| scope.is_none_or(|c| p.name().ends_with(c)));
        let line_start = doc.line_start(at, PARAGRAPH_REACH);
        if let Some(i) = self.opening(chars, line_start, at) {
            return opening_place(i).or_else(|| Some(main.clone()));
        }
        let mut line = line_start;
        for _ in 0..MAX_LINES_UNDER_HEADING {
            let Some(end) = line.checked_sub(1) else { break };
            line = doc.line_start(end, PARAGRAPH_REACH);
            // A heading is short and no sentence: a short paragraph that
            // ends like one (`宜春经开区新签约项目28个。`) heads nothing.
            let last = chars[line..end].iter().rev().find(|c| !c.is_whitespace());
            let ends_sentence = last.is_some_and(|c| SENTENCE_ENDS.contains(c));
            if end - line <= HEADING_CHARS && !ends_sentence {
                return self.opening(chars, line, end).and_then(opening_place).or_else(|| Some(main.clone()));
            }
        }
        Some(main.clone())
    }

    /// Whether the title that starts at normalized offset `at` was received
    /// by other places than the report's: the places its clause opens with
    /// (one, or a list joined by `、`/`和`…) are all others
    /// (`义乌市、慈溪市、诸暨市获评…` in a report on 浙江省). claims.md §3:
    /// an honor is one the report's place received.
    pub fn received_by_others(&self, doc: &NormalizedDoc, at: usize) -> bool {
        let Some(main) = self.main.as_ref() else { return false };
        let chars = &doc.chars[..];
        let sentence_start = doc.sentence_start(at);
        let clause = crate::normalize::bounded_start(chars, at, at - sentence_start, CLAUSE_ENDS);
        let opener = chars[clause..at].iter().take_while(|c| PARAGRAPH_OPENERS.contains(c)).count() + clause;
        let mut i = self.hits.partition_point(|h| h.start < opener);
        let mut receivers = Vec::new();
        while let Some(h) = self.hits.get(i).filter(|h| h.end <= at) {
            // `平顶山市郏县荣获…`: a unit written right after its parent is
            // the one that received it.
            if receivers.last().is_some_and(|&(_, end): &(usize, usize)| h.start == end) {
                receivers.pop();
            } else {
                let expected = receivers.last().map_or(opener, |&(_, end)| end + 1);
                let joined = receivers.is_empty() || chars.get(expected - 1).is_some_and(|c| LIST_JOINERS.contains(c));
                if h.start != expected || !joined {
                    break;
                }
            }
            receivers.push((i, self.written_end(chars, i)));
            i += 1;
        }
        let place = |i: usize| match &self.hits[i].zone {
            Some(zone) => Some(zone.clone()),
            None => self.resolved[i].map(|u| gazetteer::get().units[u].name.clone()),
        };
        // A name that may stand for the report's place is its own (`临夏`
        // names both 临夏市 and 临夏回族自治州).
        let own = |i: usize| {
            main.unit().is_some_and(|u| self.hits[i].units.contains(&u))
                || place(i).is_none_or(|name| name == main.name() || main.name().ends_with(&name))
        };
        !receivers.is_empty() && receivers.iter().all(|&(i, _)| !own(i))
    }

    /// The unit other than `main` (outside it) named last before `at` in
    /// its sentence, opening a clause, with no word of the whole or of the
    /// report's own place (`我市`, `全国`) between it and the claim.
    fn carried_other(&self, doc: &NormalizedDoc, at: usize, main: &Place) -> Option<Place> {
        let chars = &doc.chars[..];
        let sentence_start = doc.sentence_start(at);
        let last = self.hits.partition_point(|h| h.start < at).checked_sub(1)?;
        let h = self.hits.get(last).filter(|h| h.start >= sentence_start && h.end <= at && h.zone.is_none())?;
        let clause = crate::normalize::bounded_start(chars, h.start, h.start - sentence_start, CLAUSE_ENDS);
        let opener = chars[clause..h.start].iter().take_while(|c| PARAGRAPH_OPENERS.contains(c)).count() + clause;
        if opener != h.start || !chars[h.end..at].iter().any(|c| CLAUSE_ENDS.contains(c)) {
            return None;
        }
        let own = chars[h.end..at].windows(2).any(|p| {
            matches!(p[0], '我' | '本' | '全' | '该') && matches!(p[1], '市' | '县' | '区' | '州' | '旗' | '省' | '国')
        });
        let unit = self.resolved[last]?;
        let main_unit = main.unit()?;
        let g = gazetteer::get();
        (!own && unit != main_unit && !g.is_within(unit, main_unit)).then_some(Place::Unit(unit))
    }

    /// `深圳排名第一、广州第二、佛山第三`, `龙口市(13位)、胶州市(16位)`: the
    /// place whose name opens the item of a list of figures that the claim
    /// at `at` ends, the figure right after the name (or after a bracket or a verb
    /// of ranking), whatever unit it is. Not a unit the report's place lies
    /// in: that is the scope of a ranking (`居全省第二、荆州第一`).
    fn list_item(&self, doc: &NormalizedDoc, at: usize, main: &Place) -> Option<Place> {
        let chars = &doc.chars[..];
        let item = crate::normalize::bounded_start(chars, at, LIST_ITEM_REACH, ITEM_ENDS);
        // The item before ends in its own figure (`第一、`, `(13位)、`), not
        // in a place named with this one (`长沙、武汉位列第8位`).
        let own_figure =
            |c: char| c.is_ascii_digit() || extract::numeral::is_cn_numeral_char(c) || ")名位%".contains(c);
        if item < 2 || chars[item - 1] != '、' || !own_figure(chars[item - 2]) {
            return None;
        }
        let first = self.hits.partition_point(|h| h.start < item);
        self.hits.get(first).filter(|h| h.start == item && h.end <= at)?;
        let named = self.chain_end(chars, first);
        let gap: String = chars[self.written_end(chars, named).min(at)..at].iter().collect();
        if !(gap.is_empty() || gap == "(" || ITEM_RANKING_VERBS.contains(&gap.as_str())) {
            return None;
        }
        if let Some(sub) = self.sub_place(named, main) {
            return Some(sub);
        }
        let unit = self.resolved[named].filter(|_| self.hits[named].zone.is_none())?;
        let main_unit = main.unit()?;
        (unit == main_unit || !gazetteer::get().is_within(main_unit, unit)).then_some(Place::Unit(unit))
    }

    /// The unit other than `main` whose name opens the clause of the claim
    /// at `at`, when no other place is named between it and the claim.
    fn opening_other(&self, doc: &NormalizedDoc, at: usize, main: &Place) -> Option<Place> {
        let g = gazetteer::get();
        let main_unit = main.unit()?;
        // Within the claim's sentence: a clause never crosses a sentence end.
        let sentence_start = doc.sentence_start(at);
        let clause = crate::normalize::bounded_start(&doc.chars, at, at - sentence_start, CLAUSE_ENDS);
        let first = self.hits.partition_point(|h| h.start < clause);
        let last = self.hits.partition_point(|h| h.start < at);
        if last <= first || self.hits[first].start != clause {
            return None;
        }
        // `佛山禅城区排名第一`: a unit written after the one it lies in.
        let named = self.chain_end(&doc.chars, first);
        if last != named + 1 || self.hits[named].zone.is_some() {
            return None;
        }
        let unit = self.resolved[named]?;
        (unit != main_unit && !g.is_within(unit, main_unit)).then_some(Place::Unit(unit))
    }

    /// The last of the hits written one right after another from hit `i`
    /// (`深圳南山区`: 深圳, then 南山区).
    fn chain_end(&self, chars: &[char], i: usize) -> usize {
        let mut k = i;
        while self.hits.get(k + 1).is_some_and(|next| next.start == self.written_end(chars, k)) {
            k += 1;
        }
        k
    }

    /// The place name that opens the line starting at `line` (past bullets),
    /// if it ends before `at`: its index in the hits.
    fn opening(&self, chars: &[char], line: usize, at: usize) -> Option<usize> {
        let opener = chars[line..at].iter().take_while(|c| PARAGRAPH_OPENERS.contains(c)).count() + line;
        let first = self.hits.partition_point(|h| h.start < opener);
        // `晋江市、石狮市分别入选…`: a list of units that opens the
        // paragraph is what its first sentence is about, not the paragraph.
        self.hits
            .get(first)
            .filter(|h| h.start == opener && h.end <= at && !self.joined_to_next(chars, first))
            .map(|_| first)
    }

    /// Whether hit `i` is one item of a list of places: joined to the hit
    /// before or after it by one list mark, or closed by `等`.
    fn in_list(&self, chars: &[char], i: usize) -> bool {
        chars.get(self.written_end(chars, i)) == Some(&'等')
            || self.joined_to_next(chars, i)
            || i.checked_sub(1).is_some_and(|p| self.joined_to_next(chars, p))
    }

    /// Whether hit `p` is followed, past one list mark, by the next hit.
    /// A few words of the unit's own may stand before the mark
    /// (`恩施市法院、宣恩法院`).
    fn joined_to_next(&self, chars: &[char], p: usize) -> bool {
        let end = self.written_end(chars, p);
        self.hits.get(p + 1).is_some_and(|next| {
            next.start > end
                && next.start - end <= 1 + OWN_WORDS
                && LIST_JOINERS.contains(&chars[next.start - 1])
                && chars[end..next.start - 1].iter().all(|&c| crate::normalize::is_han(c) && !LIST_JOINERS.contains(&c))
        })
    }

    /// Where the name of hit `i` ends as written: past the suffix a short
    /// name is written with (`城步县` for 城步苗族自治县).
    fn written_end(&self, chars: &[char], i: usize) -> usize {
        let h = &self.hits[i];
        let suffixed = !h.full && h.zone.is_none() && chars.get(h.end).is_some_and(|c| ADMIN_SUFFIXES.contains(c));
        h.end + usize::from(suffixed)
    }

    /// The hit `i` as a place below the report's main place, if it is one.
    fn sub_place(&self, i: usize, main: &Place) -> Option<Place> {
        let g = gazetteer::get();
        let h = &self.hits[i];
        let unit = self.resolved[i];
        let main_unit = main.unit()?;
        match (&h.zone, unit) {
            // `新区` in a report on 滨海新区: the report's place itself.
            (Some(zone), _) if Gazetteer::is_bare_zone(zone) && main.name().ends_with(zone.as_str()) => None,
            (Some(zone), _) if Gazetteer::is_bare_zone(zone) => {
                let main_name = main.name();
                // In a report on a zone, `经开区` is that zone and `高新区` one
                // beside it, named by its own name.
                if let Place::Zone(..) = main
                    && let Some((own, kind)) = Gazetteer::zone_parts(&main_name)
                {
                    return (!Gazetteer::is_same_zone_kind(kind, zone))
                        .then(|| Place::Zone(own.to_owned() + zone, Some(main_unit)));
                }
                let short = gazetteer::short_name(&main_name).unwrap_or(main_name);
                Some(Place::Zone(short + zone, Some(main_unit)))
            }
            (Some(zone), u) if u.is_none_or(|u| g.is_within(u, main_unit)) && Place::Zone(zone.clone(), u) != *main => {
                Some(Place::Zone(zone.clone(), u))
            }
            (None, Some(u)) if u != main_unit && g.is_within(u, main_unit) => Some(Place::Unit(u)),
            _ => None,
        }
    }

    /// `全省平均水平15.79天`: an average of the province (or country) the
    /// report compares its place with. After `高于`/`低于`/... the figure is
    /// the gap between them (`高于全省平均水平1.5个百分点`), the place's own.
    fn compared_average(&self, doc: &NormalizedDoc, at: usize, main: &Place) -> Option<Place> {
        const GAP_VERBS: &[&str] = &["高于", "低于", "快于", "慢于", "多于", "少于", "优于", "超过", "超出", "高出"];
        let before = doc.slice(at.saturating_sub(14), at);
        let clause = before.rsplit([',', '。', ';', '\n']).next().unwrap_or("");
        let tail = ["水平", "为", "的"].iter().fold(clause, |t, w| trim_end_word(t, w));
        let averaged = tail.ends_with("平均") || tail.ends_with("平均用时");
        if !averaged || GAP_VERBS.iter().any(|v| clause.contains(v)) {
            return None;
        }
        let g = gazetteer::get();
        let unit = main.unit()?;
        if clause.contains("全省") {
            Some(Place::Unit(g.province_of(unit)))
        } else if clause.contains("全市") {
            g.lineage(unit).into_iter().find(|&u| g.units[u].level == Level::Prefecture).map(Place::Unit)
        } else {
            None
        }
    }
}

/// The level (`市`, `县`, `区`…) of a whole-place word (`全市`, `我县`)
/// that opens the sentence starting at `start`, before `at`.
fn whole_scope(doc: &NormalizedDoc, start: usize, at: usize) -> Option<char> {
    let opener = doc.chars[start..at].iter().take_while(|c| PARAGRAPH_OPENERS.contains(c)).count() + start;
    match doc.chars.get(opener..(opener + 2).min(at))? {
        ['全' | '我', c @ ('市' | '县' | '区' | '州' | '旗')] => Some(*c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> NormalizedDoc {
        crate::normalize::normalize(s)
    }

    #[test]
    fn main_place_from_title_and_frequency() {
        let text = chars(
            "孝“南”无“难”事——从全省营商环境第81位到第18位\n来源:荆楚网\n孝感市孝南区作为代表参加发布会。孝南区一跃跨进优异行列,孝南区政府介绍经验。",
        );
        let p = find(&text);
        assert_eq!(p.main.as_ref().map(Place::name).as_deref(), Some("孝南区"));
        assert_eq!(p.main.unwrap().province().as_deref(), Some("湖北省"));
        // The lines right after a title are the story when they are long:
        // their names weigh like the rest.
        let text = chars(
            "开福区上榜投资竞争力百强区\n11月23日,赛迪顾问发布《赛迪投资竞争力百强县(2021)》和《赛迪投资竞争力百强区(2021)》,长沙9区县全部上榜,开福区位列百强区榜单第54位。\n长沙市发改委表示,长沙作为中部省会城市9个区县悉数进入百强榜,说明长沙近年来持续优化营商环境,看好长沙。\n开福区市场主体年均增速19.3%。",
        );
        assert_eq!(find(&text).main.map(|p| p.name()).as_deref(), Some("开福区"));
        // …and when they end with a full stop, however short.
        let s = "县域商业发展力100强榜单。邵东市排名第67位\n研究成果在北京发布。\n\
                 研究显示,昆山市、晋江市、张家港市、慈溪市、余姚市、太仓市、常熟市、江阴市排名前十。\n\
                 其中,浙江省百强县总数达到27个,江苏有22个。";
        assert_eq!(main(s).as_deref(), Some("邵东市"));
    }

    #[test]
    fn short_names_inside_other_words_are_no_names() {
        assert_eq!(main("力争实现90%以上高频事项网上办理"), None, "以上/高频 is no 上高县");
        assert_eq!(main("会上,介绍兴隆镇经验"), None, "介绍/兴隆 is no 绍兴市");
        assert_eq!(main("在上高召开现场会"), Some("上高县".to_string()));
        assert_eq!(main("2018年邵东县新增企业"), Some("邵东市".to_string()), "an old suffix");
        assert_eq!(main("雄安新区新增市场主体1.2万户"), None, "雄安/新区 is no 安新县");
        assert_eq!(main("争创国家级营商环境示范县"), None, "示范/县 is no 范县");
        assert_eq!(main("范县推行改革"), Some("范县".to_string()));
        assert_eq!(main("平江路街区改造完成,中山公园开放"), None, "streets and parks");
        assert_eq!(main("江苏海峰环保科技公司领取4张证书"), None, "a firm's name");
        assert_eq!(main("浙江吉利控股集团投资"), None, "a group's name");
        assert_eq!(main("全市工业园区(不含红塔集团)完成产值"), None, "the firm's word right after");
        assert_eq!(main("湘潭新增公司3200家"), Some("湘潭市".to_string()));
        assert_eq!(main("全州法院全面推行改革经验"), None, "全州 is the whole prefecture");
        // A text that speaks of itself only as a province is the province's,
        // though it names one of its cities more often.
        let s =
            "安徽市场主体快速增长\n我省新登记市场主体53万户,其中合肥市14万户,合肥市增速最快。我省个体工商户34万户。";
        assert_eq!(main(s), Some("安徽省".to_string()));
        let s = "合肥市场主体快速增长\n安徽新登记市场主体53万户,其中合肥市14万户,合肥市增速最快,居全省第一、全省前列。";
        assert_eq!(main(s), Some("合肥市".to_string()), "全省 is a scope any report names");
        assert_eq!(main("全州县推行改革。全州新增企业"), Some("全州县".to_string()));
    }

    #[test]
    fn a_shared_short_name_is_the_higher_unit() {
        let text = chars("看湘潭市2020年优化营商环境工作\n湘潭荣获称号,湘潭县压缩时限。");
        assert_eq!(find(&text).main.map(|p| p.name()).as_deref(), Some("湘潭市"));
    }

    #[test]
    fn units_named_alike_under_a_named_unit_leave_the_report_to_it() {
        let list = "山东有9个县进入百强县,分别为:龙口市(13位)、胶州市(16位)、荣成市(25位)。山东占9席。";
        assert_eq!(main(list).as_deref(), Some("山东省"));
        // One county named more often is the report's place; so is one of
        // a tied list whose province the report does not name.
        assert_eq!(main("山东有3个县进入百强县:龙口市、胶州市。龙口市第13位。山东占3席。").as_deref(), Some("龙口市"));
        assert_ne!(main("龙口市(13位)、胶州市(16位)、荣成市(25位)").as_deref(), Some("山东省"));
        // A unit written with the unit above it is one place, not a list.
        let s = "宁波市海曙区政务服务中心工作总结\n工业厂房入选浙江省三服务活动月度十个典型案例之一。";
        assert_eq!(main(s).as_deref(), Some("海曙区"));
    }

    #[test]
    fn a_table_row_is_no_title_line() {
        let s = "湘潭市各县市区营商环境指标\n县市区\t新增市场主体\n湘潭县\t5200户\n韶山市\t1800户\n";
        assert_eq!(main(s).as_deref(), Some("湘潭市"));
    }

    #[test]
    fn a_survey_of_the_units_under_a_named_unit_is_that_units() {
        let survey = "江西公布营商环境评价结果\n江西省发布评价结果。南昌市、赣州市、九江市位列前三。\n南昌县、瑞金市排名前列。上饶市进步最快。赣州市获得信贷指标第一。";
        assert_eq!(main(survey).as_deref(), Some("江西省"));
        // A county's story that names its neighbours is the county's.
        let story = "于都县优化营商环境\n于都县推行改革。于都县新增企业。赣州市召开会议,瑞金市、会昌县、信丰县参加。于都县排名第一。";
        assert_eq!(main(story).as_deref(), Some("于都县"));
    }

    #[test]
    fn the_giver_of_a_title_received_is_not_the_report_place() {
        let s =
            "泉港区营商环境全市第四,获评泉州市营商环境标杆城区。泉港区连续四年获评泉州市优秀单位,获评泉州市先进集体。";
        assert_eq!(main(s).as_deref(), Some("泉港区"));
        // With the title's year between.
        let s = "泉港区营商环境全市第四,获评2024年泉州市营商环境标杆城区。泉港区获评2023年泉州市优秀单位,获评2022年度泉州市先进集体。";
        assert_eq!(main(s).as_deref(), Some("泉港区"));
    }

    #[test]
    fn the_medium_a_report_came_from_is_not_its_place() {
        let s = "推行改革成效明显\n来源:江西日报 2024-01-02\n江西新闻网讯(记者 张三)\n萍乡市新增企业30家。";
        assert_eq!(main(s).as_deref(), Some("萍乡市"));
        let medium = |s: &str, at: usize| names_a_medium(&chars(s).chars, at);
        assert!(medium("湖北省政府网 2024", 3));
        assert!(!medium("湘潭发布了方案", 2));
        assert!(!medium("湘潭网格员", 2));
    }

    #[test]
    fn a_bare_zone_that_ends_the_main_place_is_the_main_place() {
        let s = "滨海新区开通审批直通车。滨海新区承接事项175项。\n新区还推行四项机制,审批时间控制在25天以内。";
        assert_eq!(claim_places(s, &["25天"]), [Some("滨海新区".to_owned())]);
        // A zone written in full and short is one place, named in full; in a
        // report on it, a bare zone of its kind is it, one of another kind
        // is beside it.
        let s =
            "长沙经开区优化营商环境\n长沙经济技术开发区新增企业300家。\n●经开区新增项目12个。\n●高新区新增企业45家。";
        assert_eq!(main(s).as_deref(), Some("长沙经济技术开发区"));
        assert_eq!(
            claim_places(s, &["300家", "12个", "45家"]),
            some(&["长沙经济技术开发区", "长沙经济技术开发区", "长沙高新区"])
        );
    }

    #[test]
    fn a_zone_in_a_text_that_speaks_of_itself_as_a_city_is_the_citys() {
        let s = "上饶经开区获颁营商环境百佳案例。这是我市营商环境持续优化的案例。2024年,全市新增经营主体7.6万户。";
        assert_eq!(main(s).as_deref(), Some("上饶市"));
        // Speaking of itself as a district too, the zone stays.
        let s = "上饶经开区获颁百佳案例。我区新增企业300家,居全市第一。全市新增经营主体7.6万户。";
        assert_eq!(main(s).as_deref(), Some("上饶经开区"));
        // `完全市场化` is no 全市.
        let s = "上饶经开区推进完全市场化改革。我市新增企业300家。完全市场化运作。";
        assert_eq!(main(s).as_deref(), Some("上饶经开区"));
    }

    #[test]
    fn a_citys_counties_in_a_text_that_speaks_of_itself_as_a_city_are_the_citys() {
        let s = "我市经营主体总量稳居全省前列。衡阳县药品安全工作、祁东县商事制度改革、耒阳市知识产权工作、\
                 南岳区食品安全工作获激励。耒阳市蔡子池市场监管所获评先进。全市实有经营主体59.59万户。";
        assert_eq!(main(s).as_deref(), Some("衡阳市"));
        // A county-level city that names itself more than the rest together.
        let s = "我市经营主体总量稳居全省前列。耒阳市与衡阳县、祁东县、南岳区签约。耒阳市新增企业300家。\
                 耒阳市获评先进。耒阳市排名第一。全市实有经营主体9万户。";
        assert_eq!(main(s).as_deref(), Some("耒阳市"));
        // Two of the city's other units are too few.
        let s = "我市经营主体总量稳居全省前列。衡阳县、祁东县、耒阳市获激励。耒阳市实有经营主体9万户。";
        assert_eq!(main(s).as_deref(), Some("耒阳市"));
    }

    #[test]
    fn places_gone_to_and_a_town_that_speaks_of_itself() {
        // Places gone to are not the report's.
        let s = "全市招商引资。先后赴北京、上海、杭州、昆山等地拜访考察企业32家。湘潭市签约项目6个。";
        assert_eq!(main(s).as_deref(), Some("湘潭市"));
        // A text that speaks of itself as a town is the town's.
        let s = "今年以来,欢城镇紧紧围绕年度目标。全镇实现地区生产总值27.9亿元。先后赴北京、杭州、昆山等地考察。全镇77个村完成改革。";
        assert_eq!(main(s).as_deref(), Some("欢城镇"));
        // A venue in the first line weighs as a name in the text, not as
        // the headline's place…
        let s = "研究中心于17日在北京发布县域营商环境百强县报告。\n报告显示,山东有9个县进入百强,分别为:\
                 龙口市(13位)、胶州市(16位)、荣成市(25位)、肥城市(37位)、平度市(44位)、滕州市(46位)。\n\
                 从分布来看,山东占9席列全国第三。";
        assert_eq!(main(s).as_deref(), Some("山东省"));
        // …while an event held in the place may well be its own.
        let s = "南海推进政务通办。\n南海区与荔湾区实现通办。\n佛山政务。交流会在南海举行。";
        assert_eq!(main(s).as_deref(), Some("南海区"));
    }

    /// The main place `find` gives report `s`.
    fn main(s: &str) -> Option<String> {
        find(&chars(s)).main.map(|p| p.name())
    }

    /// The places `find` gives the claims of report `s` that start with
    /// each of `needles` (their first occurrence).
    #[test]
    fn titles_received_by_other_places_are_not_the_reports() {
        let received_by_others = |s: &str, title: &str| {
            let text = chars(s);
            find(&text).received_by_others(&text, s[..s.find(title).unwrap()].chars().count())
        };
        let s =
            "浙江省营商环境评价结果发布\n浙江省经营主体达到1030万户。义乌市、慈溪市、诸暨市获评营商环境最佳县(市)。";
        assert!(received_by_others(s, "营商环境最佳县"));
        let s = "泉州市优化营商环境\n泉州市新增企业1.2万户。\n晋江市、石狮市分别入选“全国营商环境百佳示范县市”。";
        assert!(received_by_others(s, "全国营商环境百佳示范县市"));
        // The report's own place, in full or by a short name it shares.
        let s = "泉州市优化营商环境\n泉州市新增企业1.2万户。泉州获评全国营商环境标杆城市。";
        assert!(!received_by_others(s, "全国营商环境标杆城市"));
        let s = "临夏市优化营商环境\n临夏市新增企业1200家。临夏荣获“最具投资营商价值城市(区域)”。";
        assert!(!received_by_others(s, "最具投资营商价值城市"));
        // The unit written after its parent is the receiver.
        let s = "郏县优化营商环境\n郏县新增企业1200家。平顶山市郏县荣获“营商环境质量十佳县(市、区)”称号。";
        assert!(!received_by_others(s, "营商环境质量十佳县"));
        let s = "郏县优化营商环境\n郏县新增企业1200家。平顶山市叶县荣获“营商环境质量十佳县(市、区)”称号。";
        assert!(received_by_others(s, "营商环境质量十佳县"));
        // No place before the verb: the report's.
        let s = "泉州市优化营商环境\n泉州市新增企业1.2万户。连续两年荣获“中国营商环境百佳示范县市”。";
        assert!(!received_by_others(s, "中国营商环境百佳示范县市"));
    }

    #[test]
    fn the_whole_place_written_after_a_sub_unit_takes_the_figure_back() {
        let s = "呼和浩特市优化营商环境\n呼和浩特市深化改革,我市新增企业3万户。赛罕区“一表通”案例入选全国推广案例,全市120个典型做法被媒体报道,赛罕区办件2万件。";
        assert_eq!(claim_places(s, &["120个", "2万件"]), some(&["呼和浩特市", "赛罕区"]));
        // Not 全市 as the scope of the sub-unit's rank.
        let s = "呼和浩特市优化营商环境\n呼和浩特市深化改革,我市新增企业3万户。赛罕区营商环境评价居全市第一。";
        assert_eq!(claim_places(s, &["第一"]), some(&["赛罕区"]));
        // After another verb it is the whole place's still.
        let s =
            "呼和浩特市优化营商环境\n呼和浩特市深化改革,我市新增企业3万户。赛罕区推行改革,企业参与全市评价6900多次。";
        assert_eq!(claim_places(s, &["6900多次"]), some(&["呼和浩特市"]));
        // Not where the sub-unit is of the report's level: 全市 may be its.
        let s = "赣州市优化营商环境\n赣州市新增经营主体15.8万户。\n瑞金市推行改革,全市11个乡镇实现全覆盖。";
        assert_eq!(claim_places(s, &["11个"]), some(&["瑞金市"]));
    }

    fn claim_places(s: &str, needles: &[&str]) -> Vec<Option<String>> {
        let text = chars(s);
        let places = find(&text);
        let at = |n: &str| s[..s.find(n).unwrap()].chars().count();
        needles.iter().map(|n| places.of_claim(&text, at(n)).map(|p| p.name())).collect()
    }

    fn some(names: &[&str]) -> Vec<Option<String>> {
        names.iter().map(|n| Some(n.to_string())).collect()
    }

    #[test]
    fn a_figure_after_a_list_of_units_is_none_of_theirs() {
        // The items may carry words of their own before the list mark.
        let s = "恩施州优化营商环境\n恩施州新增企业1200家。5项改革试点分别落户恩施市法院、宣恩法院、巴东法院,试点数量位居全省第二。";
        assert_eq!(claim_places(s, &["第二"]), some(&["恩施土家族苗族自治州"]));
        let s = "恩施州优化营商环境\n恩施州新增企业1200家。巴东法院试点数量位居全省第二。";
        assert_eq!(claim_places(s, &["第二"]), some(&["巴东县"]));
    }

    #[test]
    fn claims_of_sub_units_and_averages() {
        let s = "湘潭市优化营商环境\n湘潭市审批用时10天,全省平均水平15.79天。\n●湘潭县深化改革。审批时限压缩至30个工作日。\n安吉县探索竹林碳汇,竹企业占比30%。";
        // 安吉县 is not under 湘潭市, but its sentence is about it.
        assert_eq!(
            claim_places(s, &["10天", "15.79天", "30个工作日", "30%"]),
            some(&["湘潭市", "湖南省", "湘潭县", "安吉县"])
        );
        // A unit outside named in passing, not opening a clause, is not.
        let s = "湘潭市优化营商环境\n湘潭市学习安吉县经验,竹企业占比30%。";
        assert_eq!(claim_places(s, &["30%"]), some(&["湘潭市"]));
        // A gap to an average is the place's own.
        let s = "湘潭市优化营商环境\n湘潭市工业增加值增长9.2%,高于全省平均水平1.5个百分点。";
        assert_eq!(claim_places(s, &["1.5"]), some(&["湘潭市"]));
        let s = "湘潭市优化营商环境\n湘潭市产值增长9.2%,增速高出全省平均3.5个百分点。";
        assert_eq!(claim_places(s, &["3.5"]), some(&["湘潭市"]));
        // A heading line's sub-unit holds for the paragraphs under it.
        let s = "株洲市优化营商环境\n●醴陵市:推行改革\n该市梳理事项120项。\n●攸县:打造品牌\n全县建成服务站35个。\n株洲市新增企业3.2万户。";
        assert_eq!(claim_places(s, &["120项", "35个", "3.2万户"]), some(&["醴陵市", "攸县", "株洲市"]));
        // A unit above the report's place that opens the clause is the
        // place, when it is the only place named there (a unit written after
        // the province it lies in names one place).
        let s = "杭州营商环境报告\n杭州市新增企业3.2万户。浙江在营商环境省份排名中获全国第一,湖南省长沙市位列第8位。";
        assert_eq!(claim_places(s, &["第一", "3.2万户", "第8位"]), some(&["浙江省", "杭州市", "长沙市"]));
        // Such a unit holds for the later clauses of its sentence, unless
        // the text turns back to the report's own place.
        let s = "云南省营商环境\n云南省新增企业3.2万户。2018年,浙江省所需证件数量为2.3个,2019年时为1.0个。\
                 浙江省新增企业10万户,我省新增3万户。";
        assert_eq!(claim_places(s, &["2.3个", "1.0个", "3万户"]), some(&["浙江省", "浙江省", "云南省"]));
        let s = "杭州营商环境报告\n杭州市新增企业3.2万户。长沙、武汉位列第8位。";
        assert_eq!(claim_places(s, &["第8位"]), some(&["杭州市"]), "two places are named");
        // So is a unit beside it: the report names two places on a list.
        let s = "宜都市麻城市上榜百强县\n宜都市(第50名)\n麻城市(第86名)\n2017年,麻城GDP为302.77亿元。宜都市增长5%。";
        assert_eq!(
            claim_places(s, &["第50名", "第86名", "302.77", "5%"]),
            some(&["宜都市", "麻城市", "麻城市", "宜都市"])
        );
        // Units listed before a count are what it counts.
        let s = "漳州市拿地即开工\n漳州市完成项目39个。在县域层面,芗城、龙文等11个县(区)实现100%覆盖。";
        assert_eq!(claim_places(s, &["11个"]), some(&["漳州市"]));
        let s = "甘肃省优化营商环境\n甘肃省新增企业3万户,甘肃省新增项目50个。截至5月底,14个市州、兰州新区和86个县区组建到位。";
        assert_eq!(main(s).as_deref(), Some("甘肃省"));
        assert_eq!(claim_places(s, &["86个"]), some(&["甘肃省"]));
        let s = "北京市优化营商环境\n北京市新增企业3万户,北京市新增项目50个。大兴区代表团和163位代表提出议案。";
        assert_eq!(claim_places(s, &["163位"]), some(&["北京市"]));
        // …and so are units listed before a figure that is not one each.
        let s = "浙江省条例实施情况\n浙江省新增企业3.2万户。检查组赴杭州、宁波、温州等3个市开展检查,召开座谈会18场。湖州市、嘉兴市位列全国前十。";
        assert_eq!(claim_places(s, &["18场", "前十"]), some(&["浙江省", "浙江省"]));
        // A short paragraph is no heading.
        let s = "株洲市优化营商环境\n来源:株洲日报\n株洲市深化改革。\n醴陵市新签约项目28个。\n全市共减免税费18.6亿元。";
        assert_eq!(claim_places(s, &["18.6"]), some(&["株洲市"]));
        let s = "赣州市优化营商环境\n赣州市位列第3名,信丰县、龙南市分别进入全省县(市、区)前十,分别排名第4、第7位。";
        assert_eq!(claim_places(s, &["第3名", "第4", "第7位"]), some(&["赣州市", "信丰县", "龙南市"]));
        // Each item of a list of places in a ranking is its name's, units
        // outside the report's place too; a unit written after the one it
        // lies in is itself.
        let s = "广州市营商环境\n广州市新增企业3万户。地市方面,深圳排名第一、广州第二、佛山第三、东莞和肇庆并列第四;\
                 区县方面,佛山禅城区排名第一、深圳南山区第二、广州天河区第三。";
        let ranks = ["第一", "第二", "第三", "第四", "第一、深", "第二、广", "第三。"];
        let places = ["深圳市", "广州市", "佛山市", "广州市", "禅城区", "南山区", "天河区"];
        assert_eq!(claim_places(s, &ranks), some(&places));
        // Not the unit the report's place lies in: that is the ranking's scope.
        let s = "荆州市沙市区营商环境\n沙市区新增企业3万户。营商环境评价居全省第五、荆州第一。";
        assert_eq!(claim_places(s, &["第一"]), some(&["沙市区"]));
        // A sentence on the whole place in a paragraph on a sub-unit.
        let s = "赣州市优化营商环境\n赣州市新增经营主体15.8万户。\n于都县推行改革,时间缩短60%。全市11个县实现全覆盖。";
        assert_eq!(claim_places(s, &["60%", "11个"]), some(&["于都县", "赣州市"]));
        let s =
            "赣州市优化营商环境\n赣州市新增经营主体15.8万户。\n瑞金市推行改革,时间缩短60%。全市11个乡镇实现全覆盖。";
        assert_eq!(claim_places(s, &["11个"]), some(&["瑞金市"]), "全市 may be the sub-unit's");
        // The report's place named nearer than a sub-unit, and a paragraph
        // that opens with a list of sub-units.
        let s = "泉州市优化营商环境\n泉州市新增企业1.2万户。\n晋江市、石狮市分别入选百佳示范县市。在全省评价中,泉州位列第3名。累计兑付奖补资金26.4亿元。";
        assert_eq!(claim_places(s, &["第3名", "26.4亿元"]), some(&["泉州市", "泉州市"]));
        // A town the text attributes a figure to, under the report's place.
        let s = "湘潭市优化营商环境\n截至目前,昭山示范区累计办件量为4651件,其中昭山镇、村(社区)办件4432件。";
        assert_eq!(claim_places(s, &["4651件", "4432件"]), some(&["昭山示范区", "昭山镇"]));
        // A shared town name is the one under the report's place; a town of
        // another county is none of the report's.
        let s = "清水河县营商环境\n清水河县新增企业1200家。其中城关镇新增企业300家。";
        assert_eq!(claim_places(s, &["300家"]), some(&["城关镇"]));
        let s = "大冶市营商环境\n大冶市新增企业1200家。其中城关镇新增企业300家。";
        assert_eq!(claim_places(s, &["300家"]), some(&["大冶市"]));
        // `振兴乡村`: no 振兴乡 (nor any 乡 going on into 村 or 镇).
        let s = "湘潭市优化营商环境\n全面振兴乡村,建成示范村12个。";
        assert_eq!(claim_places(s, &["12个"]), some(&["湘潭市"]));
        // Short names written with a suffix (`城步县` for 城步苗族自治县).
        let s = "邵阳市营商环境通报\n全市新增经营主体1.86万户。\n城步县、新宁县新增经营主体分别下降3.1%和1.7%。平均响应时长超过48小时。";
        assert_eq!(claim_places(s, &["3.1%", "1.7%", "48小时"]), some(&["城步苗族自治县", "新宁县", "邵阳市"]));
        let s = "泉州市优化营商环境\n泉州市新增企业1.2万户。\n晋江市深化改革。累计兑付奖补资金26.4亿元。";
        assert_eq!(claim_places(s, &["26.4亿元"]), some(&["晋江市"]), "one sub-unit opens its paragraph");
        let s = "湘潭市优化营商环境\n●高新区“三新”模式促科技创新。45家企业申报知识产权质押融资。";
        assert_eq!(claim_places(s, &["45家"]), some(&["湘潭高新区"]));
    }
}
