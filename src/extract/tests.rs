//! Extraction on real sentences from the sample and extra reports.

use super::*;
use crate::normalize::normalize;

/// (text, value, value_max, unit, kind, bound, change) of a claim.
type Row = (String, f64, Option<f64>, String, &'static str, &'static str, Option<&'static str>);

/// Every claim in `s`.
fn claims(s: &str) -> Vec<Row> {
    let doc = normalize(s);
    let chars: Vec<char> = s.chars().collect();
    extract(&doc, &quotes(&doc))
        .into_iter()
        .filter(|m| m.kind.is_claim())
        .map(|m| {
            (
                chars[m.start..m.end].iter().collect(),
                m.value.unwrap(),
                m.value_max,
                m.unit,
                m.kind.as_str(),
                m.bound.as_str(),
                m.change.map(Change::as_str),
            )
        })
        .collect()
}

fn texts(s: &str) -> Vec<String> {
    claims(s).into_iter().map(|c| c.0).collect()
}

fn kinds_of(s: &str, kind: Kind) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let doc = normalize(s);
    extract(&doc, &quotes(&doc))
        .into_iter()
        .filter(|m| m.kind == kind)
        .map(|m| chars[m.start..m.end].iter().collect())
        .collect()
}

#[test]
fn money_with_magnitudes_in_both_scripts() {
    let got = claims("累計兌付116.4億元,惠及企業7000餘家");
    assert_eq!(got[0], ("116.4億元".into(), 11640000000.0, None, "元".into(), "money", "eq", None));
    assert_eq!(got[1], ("7000餘家".into(), 7000.0, None, "家".into(), "count", "gt", None));
    let got = claims("失业保险稳岗返还2539.65万元");
    assert_eq!((got[0].1, got[0].3.as_str()), (25396500.0, "元"));
}

#[test]
fn magnitude_without_currency_is_other() {
    let got = claims("减少企业占押资金2亿");
    assert_eq!(got[0], ("2亿".into(), 2e8, None, "".into(), "other", "eq", Some("down")));
}

#[test]
fn percent_forms() {
    let got = claims("2023年1-7月,湖州規上工業利潤增長9.1%,比浙江全省平均高20.2個百分點。");
    assert_eq!(got[0], ("9.1%".into(), 9.1, None, "%".into(), "percent", "eq", Some("up")));
    assert_eq!(got[1], ("20.2個百分點".into(), 20.2, None, "个百分点".into(), "percent", "eq", None));
    assert_eq!(claims("满意率达到百分之九十")[0].1, 90.0);
    // Chinese decimals after 点, with a magnitude after them.
    assert_eq!(claims("增长百分之十二点五")[0].0, "百分之十二点五");
    assert_eq!(claims("增长百分之十二点五")[0].1, 12.5);
    assert_eq!(claims("分别为:龙口市(13位)、胶州市(16位)。")[0].3, "名");
    // A range with the unit at both ends is one mention.
    let got = claims("补贴5000万元至1亿元,费率降低30%-50%,时长2小时~3小时。");
    let rows: Vec<(&str, f64, Option<f64>)> = got.iter().map(|c| (c.0.as_str(), c.1, c.2)).collect();
    assert_eq!(
        rows,
        [("5000万元至1亿元", 5e7, Some(1e8)), ("30%-50%", 30.0, Some(50.0)), ("2小时~3小时", 2.0, Some(3.0))]
    );
    assert_eq!(claims("比例从30%到50%").len(), 2, "a level and the next");
    // The years a sentence looks back over are a time, not a streak.
    assert!(claims("近三年累计新增企业5000家。三年来,全县减税12亿元。过去五年,企业翻番。").iter().all(|c| c.3 != "年"));
    assert!(claims("省检察院三年间办理涉企民事案件5732件。").iter().all(|c| c.3 != "年"));
    assert_eq!(claims("连续三年获评,力争3年内完成。").len(), 2);
    // So are years that open a clause before a verb of a total; not a
    // streak before one.
    assert_eq!(texts("过去五年,五年净增市场主体107.2万户。三年累计减税10亿元。"), ["107.2万户", "10亿元"]);
    assert_eq!(texts("连续三年新增市场主体超万户。"), ["三年", "万户"]);
    // So are the opening months or years of a longer time, not a span
    // ahead of time.
    assert_eq!(texts("今年前七个月,新增企业1.2万户。“十三五”前两年下降10.1%。"), ["1.2万户", "10.1%"]);
    assert_eq!(texts("满意率比前三个季度分别提高9.13、0.04和1.01个百分点。"), ["9.13", "0.04", "1.01个百分点"]);
    assert_eq!(texts("项目提前两年完成。"), ["两年"]);
    // Per mille is a unit of its own, not a percentage.
    let got = claims("不良贷款率为1.2‰。");
    assert_eq!((got[0].0.as_str(), got[0].1, got[0].3.as_str()), ("1.2‰", 1.2, "‰"));
    assert_eq!(claims("可办率达到百分之百。")[0].0, "百分之百");
    assert_eq!(claims("可办率达到百分之百。")[0].1, 100.0);
    // A minus sign after a verb or a mark makes the number negative; a
    // range's or a code's dash does not.
    assert_eq!(claims("进出口总额增长-2.3%。")[0].0, "-2.3%");
    assert_eq!(claims("进出口总额增长-2.3%。")[0].1, -2.3);
    assert_eq!(claims("时限为35-70个工作日")[0].1, 35.0);
    assert_eq!(claims("增速:-1.5%")[0].1, -1.5);
    assert_eq!(claims("增速由2022年的-3.2%回升至2023年的6.8%")[0].1, -3.2);
    assert_eq!(claims("投资三点五亿元")[0].1, 3.5e8);
    assert!(texts("五点半下班,一点一滴").is_empty());
    // A fraction in digits, unless it is part of a date or a code.
    let third = claims("1/3的审批环节被取消,2/3以上的事项实现网办");
    let got: Vec<(&str, f64, &str, &str)> = third.iter().map(|c| (c.0.as_str(), c.1, c.3.as_str(), c.5)).collect();
    assert_eq!(got, [("1/3", 33.33, "%", "eq"), ("2/3", 66.67, "%", "ge")]);
    for s in ["2023/1/3发布", "第1/2季度", "比例为3/4.5", "编号HF1/3", "3/2的比例", "0/5", "7/24小时"] {
        assert!(claims(s).iter().all(|c| c.3 != "%"), "{s}");
    }
    let quarter = claims("占全省四分之一以上");
    assert_eq!((quarter[0].0.as_str(), quarter[0].1, quarter[0].5), ("四分之一", 25.0, "ge"));
}

#[test]
fn ranges_and_before_after_pairs() {
    let got = claims("审批时限由190天压缩到35至70个工作日");
    assert_eq!(got[0], ("190天".into(), 190.0, None, "天".into(), "duration", "eq", None));
    assert_eq!(got[1], ("35至70个工作日".into(), 35.0, Some(70.0), "工作日".into(), "duration", "eq", None));
    assert_eq!(claims("办理时间35-70天")[0].2, Some(70.0));
    // The low end shares the high end's magnitude.
    let low_high = |s: &str| claims(s).first().map(|c| (c.1, c.2));
    assert_eq!(low_high("获得贷款3-5亿元"), Some((3e8, Some(5e8))));
    assert_eq!(low_high("补贴300至500万元"), Some((3e6, Some(5e6))));
    assert_eq!(low_high("带动三至五万人"), Some((3e4, Some(5e4))));
    assert_eq!(low_high("补贴5000万-1亿元"), Some((5e7, Some(1e8))));
    let two_three = claims("至少耗费两三天");
    assert_eq!((two_three[0].0.as_str(), two_three[0].1, two_three[0].2), ("两三天", 2.0, Some(3.0)));
}

#[test]
fn lists_share_their_unit() {
    let got = claims("分别压缩至70、50个工作日");
    assert_eq!(texts("分别压缩至70、50个工作日"), ["70", "50个工作日"]);
    assert_eq!(got[0].3, "工作日");
    let got = claims("较去年底分别提高3.1和5.6个百分点");
    assert_eq!((got[0].0.as_str(), got[0].3.as_str()), ("3.1", "个百分点"));
    let got = claims("固投超10億、50億元項目分別有5個、4個");
    assert_eq!(
        (got[0].0.as_str(), got[0].1, got[0].3.as_str(), got[0].4, got[0].5),
        ("10億", 1e9, "元", "money", "gt")
    );
    assert_eq!(got[1].1, 5e9);
    // Items counted with a bare `个` take the longer unit the list ends with.
    let got = claims("审批时限分别压减至1个、4个、5个工作日。");
    let rows: Vec<(&str, &str, &str)> = got.iter().map(|c| (c.0.as_str(), c.3.as_str(), c.4)).collect();
    assert_eq!(
        rows,
        [("1个", "工作日", "duration"), ("4个", "工作日", "duration"), ("5个工作日", "工作日", "duration")]
    );
    // A `个` goes on into no other unit, nor shares its bound: these are
    // two thresholds, each with its own count.
    let got = claims("其中10亿元以上项目2个、5亿元以上项目1个");
    let rows: Vec<(&str, &str, &str)> = got.iter().map(|c| (c.0.as_str(), c.3.as_str(), c.5)).collect();
    assert_eq!(rows, [("10亿元", "元", "ge"), ("2个", "个", "eq"), ("5亿元", "元", "ge"), ("1个", "个", "eq")]);
    // A limit after the list is every item's; `余` after it is the last one's.
    let got = claims("验收时限分别压缩至8个、5个工作日以内,建成3、4余个");
    let bounds: Vec<&str> = got.iter().map(|c| c.5).collect();
    assert_eq!(bounds, ["le", "le", "eq", "gt"]);
    let got = claims("新建3、5个,又建成2个、6个站点");
    let units: Vec<&str> = got.iter().map(|c| c.3.as_str()).collect();
    assert_eq!(units, ["个", "个", "个", "个"]);
}

#[test]
fn tenths_are_percent() {
    let got = claims("私营企业占比达到七成以上,出口额增长两成,9成事项网上可办。");
    let rows: Vec<(&str, f64, &str, &str)> = got.iter().map(|c| (c.0.as_str(), c.1, c.3.as_str(), c.5)).collect();
    assert_eq!(rows, [("七成", 70.0, "%", "ge"), ("两成", 20.0, "%", "eq"), ("9成", 90.0, "%", "eq")]);
    assert!(
        texts("三成为民营企业,三五成群,已建成,十二成").is_empty(),
        "{:?}",
        texts("三成为民营企业,三五成群,已建成,十二成")
    );
}

#[test]
fn units_written_as_symbols_and_letters() {
    let got = claims("改造老旧厂区近5000㎡,建成道路12km,园区3.5km²,厂房2000m²");
    let rows: Vec<(&str, &str)> = got.iter().map(|c| (c.0.as_str(), c.3.as_str())).collect();
    assert_eq!(rows, [("5000㎡", "平方米"), ("12km", "公里"), ("3.5km²", "平方公里"), ("2000m²", "平方米")]);
    assert!(texts("5G基站,3D打印,12kms").is_empty());
    // Head of livestock and other things counted by 只; not 只 as "only".
    assert_eq!(texts("出栏生猪30万头,日产锂电池160万至200万只。"), ["30万头", "160万至200万只"]);
    assert_eq!(texts("办事3次只需跑1次,全县3头部企业"), ["3次", "1次"]);
    // The square written as a plain 2, and hectares.
    let got = claims("面积5000m2,园区3.5km2,年均供地65万hm2");
    let rows: Vec<(&str, f64, &str)> = got.iter().map(|c| (c.0.as_str(), c.1, c.3.as_str())).collect();
    assert_eq!(rows, [("5000m2", 5000.0, "平方米"), ("3.5km2", 3.5, "平方公里"), ("65万hm2", 650000.0, "公顷")]);
}

#[test]
fn scores_in_digits() {
    let got = claims("营商环境评价得分89.6分,较上年提高3.2分。");
    assert_eq!(got[0], ("89.6分".into(), 89.6, None, "分".into(), "other", "eq", None));
    assert_eq!((got[1].1, got[1].6), (3.2, Some("up")));
    assert!(texts("这项改革十分重要,三分建设七分管理,下午3时30分,会议开始,2分局、3分中心").is_empty());
    assert_eq!(texts("用时5分钟"), ["5分钟"]);
}

#[test]
fn ranks() {
    assert_eq!(texts("孝南区从全省营商环境第81位到第18位"), ["第81位", "第18位"]);
    let got = claims("特别是2022年在全省第8名");
    assert_eq!((got[0].1, got[0].3.as_str(), got[0].4), (8.0, "名", "rank"));
    assert_eq!(texts("审图时效全省第一。"), ["第一"]);
    assert!(texts("在第二届中国国际化营商环境高峰论坛上").is_empty());
    assert!(texts("第一,要坚持问题导向").is_empty());
    assert!(texts("新年第一会上").is_empty());
    // A list marker opening the sentence after one that ends in a scope.
    assert_eq!(texts("企业780万户,占全国的1/7。\n第二,营造规范便捷的政务环境。"), ["780万户", "1/7"]);
    assert_eq!(texts("企业780万户,全国第二。"), ["780万户", "第二"]);
    // Two places listed together, the first bare.
    assert_eq!(texts("青岛、昆山开发区分别位居第二和第三位。"), ["第二", "第三位"]);
    assert_eq!(texts("分别排名第二与第五。"), ["第二", "第五"]);
    assert!(texts("全省第一和第二批试点").is_empty());
    // Places of a ranking listed, each after its own name.
    assert_eq!(texts("深圳排名第一、广州第二、佛山第三。"), ["第一", "第二", "第三"]);
    assert_eq!(texts("禅城区排名第一、深圳南山区第二、广州天河区第三位"), ["第一", "第二", "第三位"]);
    assert!(texts("获评第一、改革第三").is_empty(), "no ranking in the clause");
    assert_eq!(texts("排名第一、第二季度"), ["第一"], "a season after the place");
    // Items in clauses of their own; a place right before the next scope's.
    assert_eq!(texts("排名依次为北京第一,上海第二,重庆第三。"), ["第一", "第二", "第三"]);
    assert_eq!(texts("排名第一,改革第三方评估"), ["第一"]);
    assert!(texts("获评第一,改革第三").is_empty(), "no ranking in the sentence");
    assert_eq!(texts("苏州全国第七全省第一!"), ["第七", "第一"]);
    assert!(texts("全国第七全新升级").is_empty(), "no place after the scope");
    // A verb of placing may open the clause further back; items may have
    // longer names.
    let s = "位居全国百强县投资潜力第3、新型城镇化质量第4、县域经济基本竞争力第5。";
    assert_eq!(texts(s), ["第3", "第4", "第5"]);
    assert!(texts("获评全国百强县投资潜力第3").is_empty(), "no verb of placing");
    assert!(texts("孝南区从营商环境全省第三方评价一般县市区").is_empty());
    // Numbers listed after a bare place are places, the 第 written once.
    let listed = claims("分别获得全省排名第1、2名;");
    assert_eq!(listed.iter().map(|r| r.4).collect::<Vec<_>>(), ["rank", "rank"]);
    assert_eq!(texts("分别位居全省第一、二、三位。"), ["第一", "二", "三位"]);
    assert!(kinds_of("分别位居全省第一、二、三位。", Kind::Count).is_empty());
    assert!(texts("第一、二、三产业新设企业").is_empty());
    // A count of units right before a bare place is the set it ranks among.
    assert_eq!(texts("规上工业增加值增速五城区第一;"), ["第一"]);
    assert_eq!(texts("增速居6个县市第1。"), ["6个", "第1"]);
    assert!(texts("三城区第一批试点").is_empty());
    assert!(texts("老城区第一中学").is_empty());
    // A move on the list is the size of a change, not a place on it.
    assert_eq!(claims("现已进位至57位")[0].3, "名");
    let moved = claims("排名上升8位");
    assert_eq!((moved[0].3.as_str(), moved[0].4, moved[0].6), ("位", "count", Some("up")));
}

#[test]
fn chinese_numerals_and_streaks() {
    assert_eq!(texts("营商环境评价连续三年获评优异等次"), ["三年"]);
    assert_eq!(claims("参会企业家三千三百三十一位")[0].1, 3331.0);
    assert_eq!(texts("分两批推出231项"), ["两批", "231项"]);
    assert_eq!(claims("吸纳农村劳动力20多万人")[0].1, 200000.0);
}

#[test]
fn a_lone_one_is_no_mention() {
    assert!(texts("建立一个综合服务平台,实现一次性告知,推出一批改革,一件事一次办").is_empty());
    assert!(texts("帮助数十家企业,走访几百个项目").is_empty(), "some tens, some hundreds");
    // A magnitude alone, with 余/多 after or a bound before, is one of it.
    let got = claims("带动就业万余人,节约成本近亿元,服务超万人");
    let rows: Vec<(&str, f64, &str)> = got.iter().map(|c| (c.0.as_str(), c.1, c.5)).collect();
    assert_eq!(rows, [("万余人", 1e4, "gt"), ("亿元", 1e8, "approx"), ("万人", 1e4, "gt")]);
    assert!(texts("走进千家万户,开展万人助万企活动,形成千亿级产业").is_empty());
    let got = claims("营业收入超过千亿元,带动就业突破万人");
    let rows: Vec<(&str, f64, &str)> = got.iter().map(|c| (c.0.as_str(), c.1, c.5)).collect();
    assert_eq!(rows, [("千亿元", 1e11, "gt"), ("万人", 1e4, "gt")]);
    // A multiple or a share of one is a quantity.
    assert_eq!(
        claims("实际利用外资增长超过一倍")[0],
        ("一倍".into(), 1.0, None, "倍".into(), "other", "gt", Some("up"))
    );
    assert_eq!(claims("成本降低一成")[0].1, 10.0);
}

#[test]
fn dates_are_context_not_claims() {
    let s = "2022年6月8日起,每周三召开,时间:2024-06-21 08:13";
    assert!(texts(s).is_empty());
    assert_eq!(kinds_of(s, Kind::Date), ["2022年6月8日", "2024-06-21 08:13"]);
    assert!(texts("1-11月,5月20日,11月-12月").is_empty());
}

#[test]
fn numbers_in_names_codes_and_files_are_not_claims() {
    let s = "推行“533”审批制度改革,西部资源(600139,股吧),微信图片_20201231214042.jpg,“12345”市长热线,“十四五”时期,实施五大产业集群,5G基站,HF013号";
    assert!(texts(s).is_empty(), "{:?}", texts(s));
    assert_eq!(kinds_of(s, Kind::Label), ["533", "600139", "20201231214042", "12345"]);
    assert!(texts("“一网通办”“四减一容缺”“一业一证”“六证齐发”三集中三到位").is_empty());
    assert!(texts("启动“24小时响应机制”,出台“10条办法”,推行“三个一”").is_empty());
    // Codes glued to letters, with a unit of count after them or none.
    assert!(texts("ISO9001认证,K3次列车,PM2.5浓度,t20220624").is_empty());
}

#[test]
fn an_amount_written_straight_after_an_abbreviation_is_a_claim() {
    assert_eq!(texts("全区GDP2.1万亿元,CPI上涨2.3%,PPI2.1%"), ["2.1万亿元", "2.3%", "2.1%"]);
}

#[test]
fn what_a_rate_is_per_is_no_claim() {
    assert_eq!(texts("相当于每一千人就有企业117户,每10万人口拥有市场主体1.2万户。"), ["117户", "1.2万户"]);
    assert_eq!(texts("每2年评估一次,每名干部联系3家企业。"), ["3家"]);
}

#[test]
fn how_often_is_no_duration() {
    assert!(texts("在四年一度的全国考评中,三年一次的评选").is_empty());
    assert_eq!(texts("连续三年获评"), ["三年"]);
}

#[test]
fn a_figure_quoted_alone_is_a_claim() {
    let got = claims("完成“3%左右”的预期目标,开办时间压缩至“0.5个工作日”。");
    assert_eq!((got[0].0.as_str(), got[0].1, got[0].5), ("3%", 3.0, "approx"));
    assert_eq!((got[1].0.as_str(), got[1].3.as_str()), ("0.5个工作日", "工作日"));
    // Not with words before it in the quote, nor in Chinese numerals, nor
    // a count alone (policies named by their articles).
    assert!(texts("优于“新增就业1100万人以上”的目标,实现“三个一”").is_empty());
    assert!(texts("先后出台优化营商环境“30条”“25条”等政策举措").is_empty());
}

#[test]
fn space_between_number_and_unit() {
    let got = claims("岳塘区1610 项政务服务事项实现一网通办");
    assert_eq!((got[0].0.as_str(), got[0].1), ("1610 项", 1610.0));
}

#[test]
fn pinyin_glossed_text() {
    assert_eq!(texts("本市18個(gè)重點(diǎn)事項(xiàng)分別實(shí)現(xiàn)辦件33626件"), ["18個", "33626件"]);
}

#[test]
fn full_width_digits() {
    let got = claims("市场主体达到１０．８万户");
    assert_eq!((got[0].0.as_str(), got[0].1), ("１０．８万户", 108000.0));
}

#[test]
fn days_written_with_ri() {
    assert_eq!(claims("办结时限由5日缩短为3日")[1].3, "天");
    assert!(texts("28日上午,记者获悉").is_empty());
    assert!(texts("11月28日至29日,年会在北京召开").is_empty());
    assert_eq!(texts("自受理之日起3日至5日内办结"), ["3日至5日"]);
}

#[test]
fn durations_of_history_and_half() {
    let got = claims("有4000多年的采冶史");
    assert_eq!((got[0].0.as_str(), got[0].1, got[0].3.as_str(), got[0].5), ("4000多年", 4000.0, "年", "gt"));
    assert_eq!(claims("相隔半年专题研究")[0].1, 0.5);
    assert!(texts("2024年上半年").is_empty());
}

#[test]
fn plans_named_by_years_are_labels() {
    assert!(texts("实施楼宇经济发展三年行动").is_empty());
}

#[test]
fn session_numbers_are_not_counts() {
    assert!(texts("市十五届人大五次会议通过本届人大唯一一个议案").is_empty());
    assert!(texts("已经市政府七届44次常务会议讨论通过").is_empty());
    assert_eq!(texts("本届政府召开常务会议12次,本届政府召开3次常务会议"), ["12次", "3次"]);
    assert_eq!(texts("全年召开3次会议"), ["3次"]);
}

#[test]
fn a_bound_before_a_list_bounds_every_item() {
    let got = claims("固投超10億、50億元項目同比增加5個和4個");
    assert_eq!(got.iter().map(|c| c.5).collect::<Vec<_>>(), ["gt", "gt", "eq", "eq"]);
    assert_eq!(got[3].6, Some("up"));
}

#[test]
fn phases_of_projects_are_not_counts() {
    assert!(texts("加快机场高速二期、G106改线工程等").is_empty());
    assert_eq!(texts("组织专班人员开展了两期培训"), ["两期"]);
    assert_eq!(texts("市县联动召开恳谈会55期427场"), ["55期", "427场"]);
    // The number of a team before its leader's title names the team.
    assert!(texts("全省重点工作督导四组组长带队").is_empty());
    assert!(texts("第二组副组长").is_empty());
    assert_eq!(texts("成立4组专班,组长由局长担任"), ["4组"]);
}

#[test]
fn a_lone_two_before_a_classifier_is_a_grade() {
    assert_eq!(texts("增幅在全省二类县市中排名第一"), ["第一"]);
    assert_eq!(texts("分两批取消、涉及三类项目、共十二项"), ["两批", "三类", "十二项"]);
    // 二 as a digit of a larger number, or before a measure, still counts.
    assert_eq!(texts("建成二十二个站点,流转二亩"), ["二十二个", "二亩"]);
}

#[test]
fn numbers_in_web_addresses_are_no_mentions() {
    // A percent-encoded address holds `%81`; its path holds ids and dates.
    let s = "原文链接：https://portal.sina.com.hk/news/2024/10/21/1014677/%e8%81%9a%e7%84%a6.html 审批时限压缩74%。";
    assert_eq!(texts(s), ["74%"]);
    assert!(kinds_of(s, Kind::Label).is_empty());
    // The address ends at the first character no address holds.
    assert_eq!(texts("见www.gov.cn/content_5000.htm，办理时间压缩50%。"), ["50%"]);
    assert_eq!(texts("網址：HTTP://WWW.GOV.CN/81%，辦理時間壓縮50%。"), ["50%"]);
}

#[test]
fn numbers_inside_place_names_are_no_mentions() {
    assert_eq!(texts("长春市二道区新增企业30家,七台河市、五家渠市、伍家岗区同步推进"), ["30家"]);
    // A short name that is only the figure is read as the figure.
    assert_eq!(texts("购置五台设备"), ["五台"]);
    // Unless the report names that place in full.
    assert_eq!(texts("五台县新增企业30家,折射出五台的营商环境持续优化"), ["30家"]);
}

#[test]
fn a_place_after_a_ranking_verb_is_a_rank() {
    let kinds = |s: &str| claims(s).into_iter().map(|c| (c.0, c.3, c.4)).collect::<Vec<_>>();
    let rank = |t: &str| (t.to_owned(), "名".to_owned(), "rank");
    let count = |t: &str| (t.to_owned(), "位".to_owned(), "count");
    assert_eq!(kinds("在全省率先进入全国县域经济百强行列,现在已进位至57位。"), [rank("57位")]);
    assert_eq!(kinds("位居全国12位,排名3位"), [rank("12位"), rank("3位")]);
    assert_eq!(kinds("长沙县列全国12位,宁乡市居全省3位"), [rank("12位"), rank("3位")]);
    assert_eq!(kinds("列入计划的有12位"), [count("12位")]);
    // People, a verb in another clause: counts.
    assert_eq!(kinds("36位市领导组成“帮帮团”"), [count("36位")]);
    assert_eq!(kinds("排名靠前,企业家3331位"), [count("3331位")]);
}

#[test]
fn the_top_places_of_a_ranking_are_a_rank_no_lower() {
    let got = |s: &str| claims(s).into_iter().map(|c| (c.0, c.1, c.3, c.4, c.5)).collect::<Vec<_>>();
    let top = |t: &str, v: f64| (t.to_owned(), v, "名".to_owned(), "rank", "le");
    assert_eq!(got("排在全市前3位"), [top("3位", 3.0)]);
    assert_eq!(got("首次进入前十名。"), [top("十名", 10.0)]);
    assert_eq!(got("营商环境位居全省前三,"), [top("三", 3.0)]);
    assert_eq!(got("成都凭借良好的营商环境闯入全国前十。"), [top("十", 10.0)]);
    // No ranking verb: what is counted; a period; a share.
    assert_eq!(got("全市前10名企业营收增长5%").len(), 2);
    assert_eq!(got("全市前10名企业营收增长5%")[0].3, "count");
    assert!(got("位居前三季度").is_empty());
    assert_eq!(got("稳居全省前三,")[0].4, "le");
    assert_eq!(got("连续五年入选全国县域经济百强县前五名,")[1], top("五名", 5.0));
    assert_eq!(got("列全国前10名")[0].4, "le");
    assert_eq!(got("排列了全国前20名城市的榜单")[0].3, "count");
    assert_eq!(got("保持前10%")[0].2, "%");
    // Past the top places: a rank lower than the number.
    let past = |t: &str, v: f64| (t.to_owned(), v, "名".to_owned(), "rank", "gt");
    assert_eq!(got("排名在全国十名之外;"), [past("十名", 10.0)]);
    assert_eq!(got("排在全省20位以后,"), [past("20位", 20.0)]);
    assert_eq!(got("30名之后的企业")[0].3, "count");
    // Top places that pick out what is counted are no mention.
    assert!(got("实际使用外资金额排名前三位的国家合计投资").is_empty());
    assert_eq!(got("进入全国前十名的行列")[0].4, "le");
}

#[test]
fn a_range_of_places_is_one_rank() {
    let rank = |t: &str, v: f64, max: f64| (t.to_owned(), v, Some(max), "名".to_owned(), "rank", "eq", None);
    assert_eq!(claims("排在中间位置(第11~20位)的有安徽"), [rank("第11~20位", 11.0, 20.0)]);
    assert_eq!(claims("排名第21至第31位的省份"), [rank("第21至第31位", 21.0, 31.0)]);
    assert_eq!(claims("位居全省第3-5名"), [rank("第3-5名", 3.0, 5.0)]);
    // Two places in their order, each its own.
    assert_eq!(texts("从第5位降至第9位"), ["第5位", "第9位"]);
    // (A bare 第5 before more words is not read as a place, as before.)
    assert_eq!(texts("排名从第5到第9位"), ["第9位"]);
    assert_eq!(texts("排名第一至第三批"), Vec::<String>::new());
}

#[test]
fn the_bottom_places_of_a_ranking_are_no_mention() {
    assert!(texts("排在最后5位的,依次是新疆、青海").is_empty());
    assert!(texts("该指标排名后10位").is_empty());
    // After 之后 the places are past the top ones (a rank, bound gt).
    assert_eq!(texts("排在全省20位以后,"), ["20位"]);
    // No ranking verb: what is counted.
    assert_eq!(texts("最后5位代表发言"), ["5位"]);
}

#[test]
fn page_statistics_and_journal_issues_are_no_claims() {
    assert!(texts("发布时间:2020-07-11 浏览次数: 5293次").is_empty());
    assert!(texts("阅读量:440次\n点击数 2881次").is_empty());
    assert_eq!(texts("平台日均访问量396.6万次。"), ["396.6万次"]);
    assert!(texts("信息来源:《中国行政管理》2020年05期,第20-25页").is_empty());
    assert_eq!(texts("全年举办培训12期,访问企业300次"), ["12期", "300次"]);
}

#[test]
fn a_time_that_names_a_circle_is_no_claim() {
    assert_eq!(texts("着力打造15分钟便民服务圈,构建1小时经济圈"), Vec::<String>::new());
    assert_eq!(texts("15分钟内办结,圈定重点"), ["15分钟"]);
}

#[test]
fn an_average_over_years_is_no_streak() {
    assert_eq!(texts("两年平均增长1.7%,连续两年排名第一"), ["1.7%", "两年", "第一"]);
}

#[test]
fn a_figure_callout_is_no_count() {
    assert_eq!(texts("如图3所示,新建3所学校,表2所列5项"), ["3所", "5项"]);
}

#[test]
fn letters_and_banners_are_counted() {
    assert_eq!(texts("累计收到表扬信131封,锦旗103面,牌匾5块。"), ["131封", "103面", "5块"]);
    assert!(texts("三面环山,四面八方,建成2面积").iter().all(|t| t != "四面" && t != "2面"));
}
