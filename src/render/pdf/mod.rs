//! The PDF briefing: A4, the same sections as the HTML page, real text in an
//! embedded (subset) CJK font, drawn with printpdf.
//!
//! A small flow layout of its own: headings (also the PDF outline),
//! paragraphs wrapped by Chinese line-breaking rules, tables whose cells wrap
//! and which repeat their header row on every page they run onto, vector bar
//! charts, and a page header and footer (`第 N / M 页`). Comparison tables put
//! places in rows and at most a few indicators in columns, so any number of
//! places fits the page width. Nothing depends on the clock: the document
//! dates are fixed and the file identifier is a hash of the content.

mod fonts;
mod wrap;

pub use fonts::Fonts;

use crate::briefing::{Briefing, Chart, Source};
use printpdf::{
    Color, FontId, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb,
    TextItem,
};
use printpdf::{PageAnnotId, PageAnnotation};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

/// What a render produced.
pub struct PdfOutput {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Characters no font could draw (drawn as `□`).
    pub missing: Vec<char>,
}

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 48.0;
const MARGIN_TOP: f32 = 58.0;
const MARGIN_BOTTOM: f32 = 54.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
const BODY: f32 = 9.5;
const SMALL: f32 = 8.0;
const LEADING: f32 = 1.45;
const CELL_PAD: f32 = 3.0;
/// Indicators per comparison table, so columns stay readable on A4.
const INDICATORS_PER_TABLE: usize = 4;

const INK: (f32, f32, f32) = (0.11, 0.15, 0.2);
const MUTED: (f32, f32, f32) = (0.38, 0.42, 0.48);
const ACCENT: (f32, f32, f32) = (0.12, 0.37, 0.66);
const MARK: (f32, f32, f32) = (0.75, 0.1, 0.1);
const RULE: (f32, f32, f32) = (0.78, 0.81, 0.86);
const HEAD_FILL: (f32, f32, f32) = (0.93, 0.95, 0.97);
const BAR: (f32, f32, f32) = (0.25, 0.49, 0.77);

fn color((r, g, b): (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb { r, g, b, icc_profile: None })
}

/// Font resource ids double as the subset tag printpdf puts before the font
/// name, which PDF wants as six capital letters (`CBAAAA+WenQuanYiMicroHei`).
fn font_id(face: usize) -> FontId {
    let letter = char::from(b'A' + (face % 26) as u8);
    FontId(format!("CBAAA{letter}"))
}

type Rgb3 = (f32, f32, f32);

/// What a page's content has set so far: a colour, font or line width is
/// set only when it changes (these persist across text objects within a
/// page), which halves the operations a long briefing holds in memory.
#[derive(Default)]
struct Pen {
    fill: Option<Rgb3>,
    outline: Option<Rgb3>,
    thin: bool,
    font: Option<(usize, f32)>,
}

impl Pen {
    fn fill(&mut self, ops: &mut Vec<Op>, rgb: Rgb3) {
        if self.fill != Some(rgb) {
            ops.push(Op::SetFillColor { col: color(rgb) });
            self.fill = Some(rgb);
        }
    }

    fn outline(&mut self, ops: &mut Vec<Op>, rgb: Rgb3) {
        if self.outline != Some(rgb) {
            ops.push(Op::SetOutlineColor { col: color(rgb) });
            self.outline = Some(rgb);
        }
        if !self.thin {
            ops.push(Op::SetOutlineThickness { pt: Pt(0.5) });
            self.thin = true;
        }
    }

    fn font(&mut self, ops: &mut Vec<Op>, face: usize, size: f32) {
        if self.font != Some((face, size)) {
            ops.push(Op::SetFont { font: PdfFontHandle::External(font_id(face)), size: Pt(size) });
            self.font = Some((face, size));
        }
    }
}

struct Writer<'a> {
    fonts: &'a Fonts,
    pages: Vec<Vec<Op>>,
    /// The state the open page has set.
    pen: Pen,
    /// Distance of the next line's top from the page top.
    y: f32,
    missing: BTreeSet<char>,
    outline: Vec<(String, usize)>,
}

/// A table: header cells, rows of cells, column widths, right-aligned columns.
struct Table<'t> {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    widths: &'t [f32],
    right: &'t [bool],
    size: f32,
}

impl<'a> Writer<'a> {
    fn new(fonts: &'a Fonts) -> Self {
        let mut w = Writer {
            fonts,
            pages: Vec::new(),
            pen: Pen::default(),
            y: 0.0,
            missing: BTreeSet::new(),
            outline: Vec::new(),
        };
        w.new_page();
        w
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.pen = Pen::default();
        self.y = MARGIN_TOP;
    }

    fn room(&self) -> f32 {
        PAGE_H - MARGIN_BOTTOM - self.y
    }

    fn ensure(&mut self, height: f32) {
        if height > self.room() && self.y > MARGIN_TOP {
            self.new_page();
        }
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        self.fonts.width(text, size)
    }

    /// Draws `segments` (text, colour) left to right from `x` on the baseline
    /// `baseline` (distance from the page top).
    fn draw(&mut self, x: f32, baseline: f32, size: f32, segments: &[(&str, (f32, f32, f32))]) {
        let page = self.pages.last_mut().expect("a page is open");
        let mut text = Text { fonts: self.fonts, missing: &mut self.missing, pen: &mut self.pen, ops: page };
        text.draw(x, baseline, size, segments);
    }

    fn rect(&mut self, x: f32, top: f32, w: f32, h: f32, rgb: (f32, f32, f32), fill: bool) {
        let page = self.pages.last_mut().expect("a page is open");
        rect_ops(&mut self.pen, page, x, top, w, h, rgb, fill);
    }

    fn line_height(size: f32) -> f32 {
        size * LEADING
    }

    fn wrap(&self, text: &str, size: f32, max: f32) -> Vec<String> {
        wrap::wrap(text, max, &|s: &str| self.width(s, size))
    }

    /// A wrapped paragraph; `mark` is a character range drawn in the mark colour.
    fn paragraph(&mut self, text: &str, size: f32, rgb: (f32, f32, f32), indent: f32, mark: Option<(usize, usize)>) {
        let lh = Self::line_height(size);
        let mut offset = 0;
        for line in self.wrap(text, size, CONTENT_W - indent) {
            self.ensure(lh);
            let n = line.chars().count();
            let segments = split_mark(&line, offset, mark, rgb);
            let refs: Vec<(&str, (f32, f32, f32))> = segments.iter().map(|(s, c)| (s.as_str(), *c)).collect();
            let baseline = self.y + size;
            self.draw(MARGIN_X + indent, baseline, size, &refs);
            self.y += lh;
            offset += n;
        }
    }

    fn heading(&mut self, text: &str, level: u8) {
        let size = if level == 1 { 15.0 } else { 11.5 };
        // Keep a heading with what follows it.
        self.ensure(Self::line_height(size) + 60.0);
        self.y += if level == 1 { 10.0 } else { 6.0 };
        let page = self.pages.len();
        self.outline.push((text.to_owned(), page));
        let baseline = self.y + size;
        self.draw(MARGIN_X, baseline, size, &[(text, if level == 1 { ACCENT } else { INK })]);
        self.y += Self::line_height(size);
        if level == 1 {
            let y = self.y - 3.0;
            self.rect(MARGIN_X, y, CONTENT_W, 0.8, ACCENT, true);
            self.y += 4.0;
        }
    }

    fn gap(&mut self, h: f32) {
        self.y += h;
    }

    /// A table whose rows never split and whose header repeats on each page.
    fn table(&mut self, t: &Table) {
        let lh = Self::line_height(t.size);
        let wrap_row = |w: &Self, cells: &[String]| -> Vec<Vec<String>> {
            cells.iter().zip(t.widths).map(|(c, width)| w.wrap(c, t.size, width - 2.0 * CELL_PAD)).collect()
        };
        let header = wrap_row(self, &t.header);
        let header_h = header.iter().map(Vec::len).max().unwrap_or(1) as f32 * lh + 2.0 * CELL_PAD;
        let rows: Vec<Vec<Vec<String>>> = t.rows.iter().map(|r| wrap_row(self, r)).collect();
        self.ensure(header_h + rows.first().map_or(0.0, |r| row_height(r, lh)));
        self.table_row(&header, t, header_h, true);
        for row in &rows {
            let h = row_height(row, lh);
            if h > self.room() {
                self.new_page();
                self.table_row(&header, t, header_h, true);
            }
            self.table_row(row, t, h, false);
        }
        self.gap(8.0);
    }

    fn table_row(&mut self, cells: &[Vec<String>], t: &Table, height: f32, head: bool) {
        let lh = Self::line_height(t.size);
        let top = self.y;
        let mut x = MARGIN_X;
        for (i, lines) in cells.iter().enumerate() {
            let w = t.widths[i];
            if head {
                self.rect(x, top, w, height, HEAD_FILL, true);
            }
            self.rect(x, top, w, height, RULE, false);
            for (n, line) in lines.iter().enumerate() {
                let text_w = self.width(line, t.size);
                let lx = if t.right[i] && !head { x + w - CELL_PAD - text_w } else { x + CELL_PAD };
                let baseline = top + CELL_PAD + n as f32 * lh + t.size;
                self.draw(lx, baseline, t.size, &[(line.as_str(), INK)]);
            }
            x += w;
        }
        self.y += height;
    }

    fn chart(&mut self, chart: &Chart) {
        const BAR_H: f32 = 11.0;
        const BAR_GAP: f32 = 5.0;
        const LABEL_W: f32 = 92.0;
        const VALUE_W: f32 = 90.0;
        let height = Self::line_height(BODY) + chart.bars.len() as f32 * (BAR_H + BAR_GAP) + 6.0;
        self.ensure(height);
        let baseline = self.y + BODY;
        self.draw(MARGIN_X, baseline, BODY, &[(&chart.caption, INK)]);
        self.y += Self::line_height(BODY);
        let max = chart.bars.iter().map(|b| b.value).fold(0.0_f64, f64::max).max(f64::MIN_POSITIVE);
        let span = CONTENT_W - LABEL_W - VALUE_W;
        for bar in &chart.bars {
            let label_w = self.width(&bar.place, SMALL);
            let text_base = self.y + BAR_H - 2.5;
            self.draw(MARGIN_X + LABEL_W - 4.0 - label_w, text_base, SMALL, &[(&bar.place, INK)]);
            let w = ((bar.value.max(0.0) / max) as f32 * span).max(1.0);
            let top = self.y;
            self.rect(MARGIN_X + LABEL_W, top, w, BAR_H, BAR, true);
            self.draw(MARGIN_X + LABEL_W + w + 4.0, text_base, SMALL, &[(&bar.display, INK)]);
            self.y += BAR_H + BAR_GAP;
        }
        self.gap(6.0);
    }

    /// Page header (title) and footer (page N / M) on every page.
    fn furnish(&mut self, title: &str) {
        let total = self.pages.len();
        for n in 0..total {
            let footer = format!("第 {} / {} 页", n + 1, total);
            let fw = self.width(&footer, SMALL);
            // After the page's content, whose last state is not known here.
            let mut pen = Pen::default();
            let page = &mut self.pages[n];
            let mut text = Text { fonts: self.fonts, missing: &mut self.missing, pen: &mut pen, ops: page };
            text.draw(MARGIN_X, 34.0, SMALL, &[(title, MUTED)]);
            text.draw((PAGE_W - fw) / 2.0, PAGE_H - 28.0, SMALL, &[(&footer, MUTED)]);
            rect_ops(&mut pen, page, MARGIN_X, 40.0, CONTENT_W, 0.5, RULE, true);
        }
    }
}

/// Text drawn onto one page's operations.
struct Text<'w> {
    fonts: &'w Fonts,
    missing: &'w mut BTreeSet<char>,
    pen: &'w mut Pen,
    ops: &'w mut Vec<Op>,
}

impl Text<'_> {
    /// `segments` (text, colour) left to right from `x` on the baseline
    /// `baseline` (distance from the page top).
    fn draw(&mut self, x: f32, baseline: f32, size: f32, segments: &[(&str, Rgb3)]) {
        self.ops.push(Op::StartTextSection);
        self.ops.push(Op::SetTextCursor { pos: Point { x: Pt(x), y: Pt(PAGE_H - baseline) } });
        for (text, rgb) in segments {
            self.pen.fill(self.ops, *rgb);
            for run in self.fonts.runs(text, self.missing) {
                self.pen.font(self.ops, run.face, size);
                self.ops.push(Op::ShowText { items: vec![TextItem::Text(run.text)] });
            }
        }
        self.ops.push(Op::EndTextSection);
    }
}

#[allow(clippy::too_many_arguments)]
fn rect_ops(pen: &mut Pen, ops: &mut Vec<Op>, x: f32, top: f32, w: f32, h: f32, rgb: Rgb3, fill: bool) {
    let mode = if fill { PaintMode::Fill } else { PaintMode::Stroke };
    let rect =
        Rect { x: Pt(x), y: Pt(PAGE_H - top - h), width: Pt(w), height: Pt(h), mode: Some(mode), winding_order: None };
    if fill {
        pen.fill(ops, rgb);
    } else {
        pen.outline(ops, rgb);
    }
    ops.push(Op::DrawRectangle { rectangle: rect });
}

fn row_height(cells: &[Vec<String>], lh: f32) -> f32 {
    cells.iter().map(Vec::len).max().unwrap_or(1) as f32 * lh + 2.0 * CELL_PAD
}

/// Splits a line starting at character `offset` of its paragraph into
/// segments inside and outside the marked range.
fn split_mark(
    line: &str,
    offset: usize,
    mark: Option<(usize, usize)>,
    rgb: (f32, f32, f32),
) -> Vec<(String, (f32, f32, f32))> {
    let Some((ms, me)) = mark else { return vec![(line.to_owned(), rgb)] };
    let mut out: Vec<(String, (f32, f32, f32))> = Vec::new();
    for (i, c) in line.chars().enumerate() {
        let at = offset + i;
        let col = if at >= ms && at < me { MARK } else { rgb };
        match out.last_mut() {
            Some((s, c0)) if *c0 == col => s.push(c),
            _ => out.push((c.to_string(), col)),
        }
    }
    out
}

/// A muted line saying what a capped section leaves out, when it leaves out any.
fn left_out(w: &mut Writer, more: usize, note: impl FnOnce() -> String) {
    if more > 0 {
        w.paragraph(&note(), SMALL, MUTED, 0.0, None);
    }
}

fn refs(ids: &[usize]) -> String {
    ids.iter().map(|i| format!("[{i}]")).collect()
}

fn figure_text(display: &str, year: Option<u32>, source: usize) -> String {
    match year {
        Some(y) => format!("{display} ({y}) [{source}]"),
        None => format!("{display} [{source}]"),
    }
}

/// Renders the briefing.
pub fn render(b: &Briefing, fonts: &Fonts) -> PdfOutput {
    let mut w = Writer::new(fonts);
    title_block(&mut w, b);
    w.heading("主要发现", 1);
    if b.findings.is_empty() {
        w.paragraph("没有两地以上可比的指标。", BODY, MUTED, 0.0, None);
    }
    for f in &b.findings {
        w.paragraph(&format!("• {}{}", f.text, refs(&f.sources)), BODY, INK, 0.0, None);
    }
    comparison(&mut w, b);
    w.heading("图表", 1);
    for chart in &b.charts {
        w.chart(chart);
    }
    measures(&mut w, b);
    honors(&mut w, b);
    profiles(&mut w, b);
    sources(&mut w, &b.sources);
    w.furnish(&b.title);
    finish(w, &b.title)
}

fn title_block(w: &mut Writer, b: &Briefing) {
    w.y += 8.0;
    let base = w.y + 20.0;
    w.draw(MARGIN_X, base, 20.0, &[(&b.title, INK)]);
    w.y += 32.0;
    let mut meta = format!("{} 份报告 · {} 个地方", b.reports, b.places);
    if let (Some(from), Some(to)) = (&b.published_from, &b.published_to) {
        meta.push_str(&format!(" · 发布日期 {from} 至 {to}"));
    }
    meta.push_str(&format!(" · citybrief {}", b.version));
    if let Some(stamp) = &b.stamp {
        meta.push_str(&format!(" · 生成于 {stamp}"));
    }
    w.paragraph(&meta, BODY, MUTED, 0.0, None);
}

fn comparison(w: &mut Writer, b: &Briefing) {
    w.heading("对比表", 1);
    w.paragraph(
        "同一指标、同一单位并列;每格先列最新、最具体的数字;方括号内为来源编号(见“来源”)。",
        SMALL,
        MUTED,
        0.0,
        None,
    );
    left_out(w, b.columns_more, || {
        format!(
            "另有 {} 个地方未列入对比表和图表(只列报告指标最多的 {} 个),全部见 data/comparison.csv。",
            b.columns_more,
            b.columns.len()
        )
    });
    for group in &b.groups {
        w.heading(&group.name, 2);
        for chunk in group.rows.chunks(INDICATORS_PER_TABLE) {
            let mut header = vec!["地方".to_owned()];
            header.extend(chunk.iter().map(|r| r.label.clone()));
            let rows: Vec<Vec<String>> = (0..b.columns.len())
                .filter(|&col| chunk.iter().any(|r| !r.cells[col].is_empty()))
                .map(|col| {
                    let c = &b.columns[col];
                    let mut row = vec![match &c.parent {
                        Some(p) => format!("{}({p})", c.name),
                        None => c.name.clone(),
                    }];
                    row.extend(chunk.iter().map(|r| {
                        let mut lines: Vec<String> =
                            r.cells[col].iter().map(|f| figure_text(&f.display, f.year, f.source)).collect();
                        if r.more[col] > 0 {
                            lines.push(format!("另有{}个", r.more[col]));
                        }
                        lines.join(
                            "
",
                        )
                    }));
                    row
                })
                .collect();
            let first = 96.0;
            let rest = (CONTENT_W - first) / chunk.len() as f32;
            let mut widths = vec![first];
            widths.extend(std::iter::repeat_n(rest, chunk.len()));
            let mut right = vec![false];
            right.extend(std::iter::repeat_n(true, chunk.len()));
            w.table(&Table { header, rows, widths: &widths, right: &right, size: SMALL });
        }
    }
}

fn measures(w: &mut Writer, b: &Briefing) {
    w.heading("改革举措", 1);
    let rows: Vec<Vec<String>> = b
        .measures
        .iter()
        .map(|m| {
            let places: Vec<String> = m
                .cells
                .iter()
                .zip(&b.measure_columns)
                .filter_map(|(c, place)| c.as_ref().map(|c| format!("{place}[{}]", c.source)))
                .collect();
            vec![m.name.clone(), m.adopters.to_string(), places.join("、")]
        })
        .collect();
    let widths = [150.0, 44.0, CONTENT_W - 194.0];
    let header = vec!["举措".to_owned(), "地方数".to_owned(), "采用地方(来源)".to_owned()];
    w.table(&Table { header, rows, widths: &widths, right: &[false, true, false], size: SMALL });
    if b.measures_more_places > 0 || b.measures_more_rows > 0 {
        w.paragraph(
            &format!(
                "本表只列举措最多的 {} 个地方、采用最广的 {} 项举措;另有 {} 个地方、{} 项举措见 data/measures.csv。",
                b.measure_columns.len(),
                b.measures.len(),
                b.measures_more_places,
                b.measures_more_rows
            ),
            SMALL,
            MUTED,
            0.0,
            None,
        );
    }
}

fn honors(w: &mut Writer, b: &Briefing) {
    w.heading("荣誉", 1);
    left_out(w, b.honors_more_places, || {
        format!(
            "另有 {} 个地方的荣誉未列出(只列荣誉最多的 {} 个),全部见 data/honors.csv。",
            b.honors_more_places,
            b.honors.len()
        )
    });
    let rows: Vec<Vec<String>> = b
        .honors
        .iter()
        .flat_map(|p| {
            p.honors.iter().map(move |h| {
                vec![
                    p.place.clone(),
                    h.name.clone(),
                    h.year.map(|y| y.to_string()).unwrap_or_default(),
                    format!("[{}]", h.source),
                ]
            })
        })
        .collect();
    let widths = [80.0, CONTENT_W - 80.0 - 44.0 - 44.0, 44.0, 44.0];
    let header = vec!["地方".to_owned(), "荣誉".to_owned(), "年份".to_owned(), "来源".to_owned()];
    w.table(&Table { header, rows, widths: &widths, right: &[false, false, true, true], size: SMALL });
}

fn profiles(w: &mut Writer, b: &Briefing) {
    w.heading("各地概况", 1);
    left_out(w, b.profiles_more, || {
        format!(
            "另有 {} 个地方未列概况(只列数字最多的 {} 个),其数字全部见 data/claims.csv。",
            b.profiles_more,
            b.profiles.len()
        )
    });
    for p in &b.profiles {
        w.heading(&p.place, 2);
        for d in &p.docs {
            let meta = format!(
                "报告 {} · 发布日期 {} · {} · 地方 {} · 省份 {}",
                d.file,
                d.published.as_deref().unwrap_or("未注明"),
                d.script,
                d.place.as_deref().unwrap_or("—"),
                d.province.as_deref().unwrap_or("—")
            );
            w.paragraph(&meta, SMALL, MUTED, 0.0, None);
        }
        let widths = [100.0, 150.0, 110.0, CONTENT_W - 360.0];
        let header = || vec!["指标".to_owned(), "测量对象".to_owned(), "数字".to_owned(), "时间".to_owned()];
        let item_row = |c: &crate::briefing::ClaimItem| {
            let subject = match &c.place {
                Some(place) => format!("{}({place})", c.subject.clone().unwrap_or_default()),
                None => c.subject.clone().unwrap_or_default(),
            };
            vec![
                c.indicator.clone().unwrap_or_default(),
                subject,
                format!("{} [{}]", c.display, c.source),
                c.period.clone().unwrap_or_default(),
            ]
        };
        let titled_tables = p
            .groups
            .iter()
            .map(|g| (g.name.as_str(), &g.claims))
            .chain((!p.other.is_empty()).then_some(("其他数字", &p.other)));
        for (title, claims) in titled_tables {
            w.paragraph(title, BODY, INK, 0.0, None);
            let rows = claims.iter().map(item_row).collect();
            w.table(&Table {
                header: header(),
                rows,
                widths: &widths,
                right: &[false, false, true, false],
                size: SMALL,
            });
        }
        if p.omitted > 0 {
            w.paragraph(&format!("另有 {} 个数字未列出,见 data/claims.csv。", p.omitted), SMALL, MUTED, 0.0, None);
        }
    }
}

fn sources(w: &mut Writer, sources: &[Source]) {
    w.heading("来源", 1);
    for s in sources {
        let head = format!("[{}] {} 第{}行:", s.id, s.doc, s.line);
        let text = format!("{head}{}{}{}", s.before, s.mark, s.after);
        let ms = head.chars().count() + s.before.chars().count();
        w.paragraph(&text, SMALL, INK, 0.0, Some((ms, ms + s.mark.chars().count())));
    }
}

fn finish(w: Writer, title: &str) -> PdfOutput {
    let mut doc = PdfDocument::new(title);
    doc.metadata.info.creator = format!("citybrief {}", env!("CARGO_PKG_VERSION"));
    doc.metadata.info.producer = "citybrief (printpdf)".to_owned();
    for (i, face) in w.fonts.faces().iter().enumerate() {
        doc.resources.fonts.map.insert(font_id(i), printpdf::PdfFont::new(face.clone()));
    }
    for (n, (name, page)) in w.outline.iter().enumerate() {
        doc.bookmarks.map.insert(PageAnnotId(format!("B{n:05}")), PageAnnotation { name: name.clone(), page: *page });
    }
    let pages: Vec<PdfPage> = w.pages.into_iter().map(|ops| PdfPage::new(Mm(210.0), Mm(297.0), ops)).collect();
    let count = pages.len();
    doc.with_pages(pages);
    let opts = PdfSaveOptions { subset_fonts: true, ..Default::default() };
    let mut bytes = doc.save(&opts, &mut Vec::new());
    stable_id(&mut bytes);
    PdfOutput { bytes, pages: count, missing: w.missing.into_iter().collect() }
}

/// Replaces the trailer's file identifier (printpdf writes generated strings
/// there) with one derived from the content, keeping its length so the
/// cross-reference offsets stay valid.
fn stable_id(bytes: &mut [u8]) {
    let Some(at) = find(bytes, b"/ID[(").or_else(|| find(bytes, b"/ID [(")) else { return };
    let open = at + bytes[at..].iter().position(|&b| b == b'(').unwrap_or(0);
    let digest = {
        let mut h = Sha256::new();
        h.update(&bytes[..open]);
        h.finalize()
    };
    let hex = crate::report::hex(&digest).into_bytes();
    let mut i = open;
    for _ in 0..2 {
        let Some(start) = bytes[i..].iter().position(|&b| b == b'(').map(|p| i + p + 1) else { return };
        let Some(len) = bytes[start..].iter().position(|&b| b == b')') else { return };
        for k in 0..len {
            bytes[start + k] = hex[k % hex.len()];
        }
        i = start + len;
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::load(None, None).unwrap()
    }

    /// The text a page shows, in drawing order.
    fn page_text(ops: &[Op]) -> String {
        ops.iter()
            .filter_map(|op| match op {
                Op::ShowText { items } => Some(
                    items
                        .iter()
                        .filter_map(|i| match i {
                            TextItem::Text(t) => Some(t.as_str()),
                            _ => None,
                        })
                        .collect::<String>(),
                ),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_long_table_breaks_across_pages_and_repeats_its_header() {
        let f = fonts();
        let mut w = Writer::new(&f);
        let rows: Vec<Vec<String>> = (0..200).map(|i| vec![format!("地方{i}"), format!("{i}项")]).collect();
        let widths = [200.0, 200.0];
        w.table(&Table {
            header: vec!["表头地方".into(), "表头数字".into()],
            rows,
            widths: &widths,
            right: &[false, true],
            size: SMALL,
        });
        assert!(w.pages.len() >= 3, "{} pages", w.pages.len());
        for (n, page) in w.pages.iter().enumerate() {
            assert!(page_text(page).contains("表头地方"), "page {} repeats the header", n + 1);
        }
    }

    #[test]
    fn bytes_do_not_depend_on_the_process() {
        let f = fonts();
        let draw = || {
            let mut w = Writer::new(&f);
            w.heading("主要发现", 1);
            w.paragraph("审批时限压缩74%。", BODY, INK, 0.0, Some((6, 9)));
            w.furnish("简报");
            finish(w, "简报").bytes
        };
        assert_eq!(draw(), draw(), "ids and dates are fixed, the file id is a content hash");
    }

    #[test]
    fn the_mark_splits_a_line_into_coloured_segments() {
        let segs = split_mark("压缩74%。", 10, Some((12, 15)), INK);
        let texts: Vec<&str> = segs.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(texts, ["压缩", "74%", "。"]);
        assert_eq!(segs[1].1, MARK);
    }
}
