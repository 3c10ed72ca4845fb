//! Reports saved as web pages: the page's readable text, with scripts,
//! styles, navigation and other page furniture left out and block elements
//! on lines of their own. scraper (html5ever underneath) parses the page the
//! way a browser would, so broken real-world markup still gives its text.

use scraper::{ElementRef, Html, Node};

/// Elements whose content is never report text.
const SKIP: &[&str] =
    &["script", "style", "noscript", "template", "nav", "head", "iframe", "svg", "button", "select", "form"];
/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "title",
    "main",
];

/// Whether a file name is a web page.
pub fn is_page(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml")
}

/// The readable text of an HTML page.
pub fn text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let mut out = String::new();
    // The title first: it usually names the place.
    if let Some(title) =
        doc.root_element().descendants().filter_map(ElementRef::wrap).find(|e| e.value().name() == "title")
    {
        out.push_str(title.text().collect::<String>().trim());
        out.push('\n');
    }
    // The publication date many pages state only in their head.
    if let Some(date) = published_meta(&doc) {
        out.push_str("发布时间:");
        out.push_str(&date);
        out.push('\n');
    }
    if let Some(body) = doc.root_element().children().filter_map(ElementRef::wrap).find(|e| e.value().name() == "body")
    {
        walk(body, &mut out, false);
    } else {
        walk(doc.root_element(), &mut out, false);
    }
    tidy(&out)
}

/// Names (or properties) of the meta tags that state when a page was published.
const DATE_METAS: &[&str] =
    &["pubdate", "publishdate", "firstpublishedtime", "article:published_time", "dc.date", "dcterms.date"];

/// The date part (`2023-11-08`) of a publication-date meta tag, if the page has one.
fn published_meta(doc: &Html) -> Option<String> {
    doc.root_element().descendants().filter_map(ElementRef::wrap).filter(|e| e.value().name() == "meta").find_map(|e| {
        let m = e.value();
        let key = m.attr("name").or_else(|| m.attr("property"))?.to_ascii_lowercase();
        let content = m.attr("content")?.trim();
        let date: String = content.chars().take_while(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.')).collect();
        (DATE_METAS.contains(&key.as_str()) && date.len() >= 8).then_some(date)
    })
}

/// Appends the text of `element`'s children; `in_cell` inside a table cell,
/// where blocks do not break the row's line.
fn walk(element: ElementRef, out: &mut String, in_cell: bool) {
    for child in element.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if SKIP.contains(&name) {
                    continue;
                }
                let cell = matches!(name, "td" | "th");
                let blockish = BLOCKS.contains(&name);
                let block = blockish && !(in_cell && name != "table");
                // Blocks within a cell are set apart by a space (`<p>a</p><p>b</p>`).
                if blockish && !block && !out.ends_with(char::is_whitespace) {
                    out.push(' ');
                }
                if block {
                    out.push('\n');
                }
                if let Some(el) = ElementRef::wrap(child) {
                    walk(el, out, (in_cell || cell) && name != "table");
                }
                if block {
                    out.push('\n');
                }
                // A table's cells are tab-separated, as in a table saved as
                // text: its rows and column headings are read the same way.
                if cell {
                    out.push('\t');
                }
            }
            _ => {}
        }
    }
}

/// Trims each line and drops blank runs, so the text reads like a plain report.
fn tidy(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let mut s = lines.join("\n");
    if !s.is_empty() {
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_cells_are_tab_separated() {
        let page = "<html><body><table><tr><th>指标</th><th>2022年</th><th>2023年</th></tr>\
<tr><td>市场主体总量</td><td>10.2万户</td><td><p>11.5万户</p></td></tr></table></body></html>";
        assert_eq!(text(page), "指标\t2022年\t2023年\n市场主体总量\t10.2万户\t11.5万户\n");
        let page = "<html><body><table><tr><td>市场主体总量</td><td>10.2万户</td></tr></table></body></html>";
        assert_eq!(text(page), "市场主体总量\t10.2万户\n");
        let page =
            "<html><body><table><tr><td><p>一网通办</p><p>全面推行</p></td><td>98%</td></tr></table></body></html>";
        assert_eq!(text(page), "一网通办 全面推行\t98%\n");
    }

    #[test]
    fn page_text_without_scripts_styles_or_navigation() {
        let page = r#"<!DOCTYPE html><html><head><title>湘潭市优化营商环境</title><style>p{color:red}</style>
<script>var x = "审批时限压缩99%";</script></head><body><nav><a href="/">首页</a> &gt; 新闻</nav>
<div class="article"><h1>湘潭市优化营商环境</h1><p>审批时限压缩<b>74%</b>,市场主体达到10.8万户。</p><p>累计兑付116.4亿元</div>
<script>document.write("x")</script></body></html>"#;
        let t = text(page);
        assert!(t.starts_with("湘潭市优化营商环境\n"));
        assert!(t.contains("审批时限压缩74%,市场主体达到10.8万户。\n累计兑付116.4亿元"), "{t}");
        assert!(!t.contains("99%") && !t.contains("首页") && !t.contains("color"), "{t}");
    }

    #[test]
    fn a_publication_date_in_the_head_is_kept() {
        let page = r#"<html><head><title>某县优化营商环境</title><meta name="PubDate" content="2023-11-08 09:30">
</head><body><p>新增企业5家。</p></body></html>"#;
        assert_eq!(text(page), "某县优化营商环境\n发布时间:2023-11-08\n新增企业5家。\n");
        let page =
            r#"<html><head><meta property="article:published_time" content="2024-05-06T08:00:00+08:00"></head></html>"#;
        assert_eq!(text(page), "发布时间:2024-05-06\n");
    }

    #[test]
    fn broken_markup_still_gives_text() {
        assert_eq!(text("<p>减税<b>8.70亿元<p>新增"), "减税8.70亿元\n新增\n");
        assert_eq!(text(""), "");
    }
}
