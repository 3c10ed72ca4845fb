//! `A、B分别…X、Y`: items listed before `分别` go with the figures listed
//! after it, in order. Periods (`一季度、二季度分别新增…`) and places
//! (`信丰县、龙南市…分别排名第4、第7位`) are both read this way.

use crate::normalize::NormalizedDoc;

/// Characters that join the items of a list.
const JOINERS: &[char] = &['、', '和', '及', '与'];

/// Of items whose character ranges `span` gives (sorted by start), `last` is
/// the one nearest before the figure at `at`. When `分别` stands between
/// them and `last` ends a list of items each joined to the next by one
/// list mark, the index of the figure's own item: counted by the list marks
/// between the last `分别` and the figure.
pub(super) fn respective(
    doc: &NormalizedDoc,
    span: impl Fn(usize) -> (usize, usize),
    last: usize,
    at: usize,
) -> Option<usize> {
    let between = doc.slice(span(last).1, at);
    let after = between.rfind("分别")?;
    let index = between[after..].chars().filter(|c| JOINERS.contains(c)).count();
    let mut first = last;
    while first > 0 {
        let ((_, p_end), (q_start, _)) = (span(first - 1), span(first));
        if !(q_start == p_end + 1 && doc.chars.get(p_end).is_some_and(|c| JOINERS.contains(c))) {
            break;
        }
        first -= 1;
    }
    (last > first && index <= last - first).then_some(first + index)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans_of(text: &str, items: &[&str]) -> Vec<(usize, usize)> {
        let chars: Vec<char> = text.chars().collect();
        items
            .iter()
            .map(|w| {
                let w: Vec<char> = w.chars().collect();
                let s = chars.windows(w.len()).position(|x| x == &w[..]).unwrap();
                (s, s + w.len())
            })
            .collect()
    }

    #[test]
    fn figures_after_the_last_fenbie_go_with_the_items_in_order() {
        let text = "信丰县、龙南市分别进入全省县(市、区)前十,分别排名第4、第7位。";
        let doc = crate::normalize::normalize(text);
        let spans = spans_of(text, &["信丰县", "龙南市"]);
        let at = |w: &str| spans_of(text, &[w])[0].0;
        assert_eq!(respective(&doc, |i| spans[i], 1, at("第4")), Some(0));
        assert_eq!(respective(&doc, |i| spans[i], 1, at("第7位")), Some(1));
        let text = "信丰县、龙南市排名第4、第7位。";
        let doc = crate::normalize::normalize(text);
        let spans = spans_of(text, &["信丰县", "龙南市"]);
        assert_eq!(respective(&doc, |i| spans[i], 1, 9), None, "no 分别");
        let text = "信丰县,龙南市分别排名第4、第7位。";
        let doc = crate::normalize::normalize(text);
        let spans = spans_of(text, &["信丰县", "龙南市"]);
        assert_eq!(respective(&doc, |i| spans[i], 1, 9), None, "no list");
    }
}
