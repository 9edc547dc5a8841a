use std::collections::HashSet;
use std::io::Cursor;
use std::path::Path;

use ahdath_eval::{
    compatible, dates_overlap, evaluate, match_events, pair_score, parse_gold, parse_system, Counts, EvalError,
    EvalOptions, Event, GoldArticle, SysRecord,
};
use serde_json::{json, Value};

fn ev(v: Value) -> Event {
    Event::from_value(&v).unwrap()
}

fn gold(id: &str, events: Vec<Value>) -> GoldArticle {
    GoldArticle { id: id.into(), events: events.into_iter().map(ev).collect(), notes: None }
}

fn sys(article: &str, v: Value) -> SysRecord {
    SysRecord { article_id: article.into(), id: None, event: ev(v) }
}

fn all() -> EvalOptions {
    EvalOptions::default()
}

fn counts(tp: usize, fp: usize, fn_: usize) -> Counts {
    Counts { tp, fp, fn_ }
}

fn field<'a>(r: &'a ahdath_eval::Report, name: &str) -> &'a ahdath_eval::FieldAccuracy {
    r.fields.iter().find(|f| f.field == name).unwrap()
}

fn dev_gold_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev-gold.jsonl")
}

#[test]
fn type_mismatch_is_no_match_and_shows_in_confusion() {
    let s = "قتل 3 مدنيين في قصف.";
    let g = vec![gold("a", vec![json!({"event_type": "ASSAULT", "sentence": s})])];
    let out = vec![sys("a", json!({"event_type": "PROTEST", "evidence": {"sentence": s}}))];
    let r = evaluate(&g, &out, &all());
    assert_eq!(r.overall, counts(0, 1, 1));
    assert_eq!(r.per_type.len(), 2);
    assert_eq!(r.per_type[0], ("PROTEST".to_string(), counts(0, 1, 0)));
    assert_eq!(r.per_type[1], ("ASSAULT".to_string(), counts(0, 0, 1)));
    assert_eq!(r.confusion.len(), 1);
    assert_eq!((r.confusion[0].gold_type.as_str(), r.confusion[0].system_type.as_str()), ("ASSAULT", "PROTEST"));
}

#[test]
fn location_country_contradiction_blocks_a_match_but_unknown_does_not() {
    let g = ev(json!({"event_type": "ASSAULT", "location": {"country": "IRQ"}}));
    let other = ev(json!({"event_type": "ASSAULT", "location": {"country": "SYR"}}));
    let same = ev(json!({"event_type": "ASSAULT", "location": {"country": "irq"}}));
    let unknown = ev(json!({"event_type": "ASSAULT", "location": {"country": null}}));
    let none = ev(json!({"event_type": "ASSAULT", "location": null}));
    assert!(!compatible(&g, &other));
    assert!(compatible(&g, &same));
    assert!(compatible(&g, &unknown));
    assert!(compatible(&g, &none));

    let ga = vec![gold("a", vec![json!({"event_type": "ASSAULT", "location": {"country": "IRQ"}})])];
    let r = evaluate(&ga, &[sys("a", json!({"event_type": "ASSAULT", "location": {"country": "SYR"}}))], &all());
    assert_eq!(r.overall, counts(0, 1, 1));
}

#[test]
fn dates_overlap_at_the_coarser_precision() {
    assert!(dates_overlap(Some("2013-03"), Some("2013-03-07")));
    assert!(dates_overlap(Some("2013-03-07"), Some("2013-03")));
    assert!(dates_overlap(Some("2013"), Some("2013-12-31")));
    assert!(dates_overlap(Some("2013-03-07"), Some("2013-03-07")));
    assert!(dates_overlap(None, Some("2013-03-07")));
    assert!(dates_overlap(Some("2013-03-07"), Some("2013-03-07T10:00:00Z")));
    assert!(!dates_overlap(Some("2013-03-07"), Some("2013-03-08")));
    assert!(!dates_overlap(Some("2013-03"), Some("2013-04-01")));
    assert!(!dates_overlap(Some("2013"), Some("2014-01")));

    let g = vec![gold(
        "a",
        vec![
            json!({"event_type": "CONSULT", "date": "2013-03"}),
            json!({"event_type": "PROTEST", "date": "2013-03-07"}),
        ],
    )];
    let out = vec![
        sys("a", json!({"event_type": "CONSULT", "date": "2013-03-07"})),
        sys("a", json!({"event_type": "PROTEST", "date": "2013-03-08"})),
    ];
    let r = evaluate(&g, &out, &all());
    assert_eq!(r.overall, counts(1, 1, 1));
    assert_eq!(r.per_type[0], ("CONSULT".to_string(), counts(1, 0, 0)));
    // Matched despite the different precision; the exact-date field counts it as wrong.
    assert_eq!((field(&r, "date").correct, field(&r, "date").n), (0, 1));
}

#[test]
fn one_to_one_prefers_the_same_sentence() {
    let s1 = "اعتقلت الشرطة خمسة أشخاص في القاهرة.";
    let s2 = "واعتقلت قوات الأمن ناشطين في الإسكندرية.";
    let g = vec![gold(
        "a",
        vec![
            json!({"event_type": "COERCE", "mode": "arrest", "sentence": s1}),
            json!({"event_type": "COERCE", "mode": "arrest", "sentence": s2}),
        ],
    )];
    // One system record, in the second sentence: it must pair with the second gold event.
    let out = vec![sys("a", json!({"event_type": "COERCE", "evidence": {"sentence": s2}}))];
    let r = evaluate(&g, &out, &all());
    assert_eq!(r.overall, counts(1, 0, 1));
    assert_eq!(r.matches.len(), 1);
    assert_eq!((r.matches[0].gold, r.matches[0].system), (1, 0));

    // Two system records for one gold event: one TP, one FP.
    let g1 = vec![gold("a", vec![json!({"event_type": "COERCE", "sentence": s1})])];
    let out2 = vec![
        sys("a", json!({"event_type": "COERCE", "evidence": {"sentence": s2}})),
        sys("a", json!({"event_type": "COERCE", "evidence": {"sentence": s1}})),
    ];
    let r = evaluate(&g1, &out2, &all());
    assert_eq!(r.overall, counts(1, 1, 0));
    assert_eq!(r.matches[0].system, 1);
}

#[test]
fn assignment_maximises_the_number_of_pairs_before_the_score() {
    // g0 fits s0 best but can also take s1; g1 can only take s0 (s1's date contradicts it).
    // A greedy choice g0-s0 would leave g1 unmatched; the assignment matches both.
    let s = "جملة واحدة";
    let g0 = ev(json!({"event_type": "ASSAULT", "sentence": s, "mode": "aerial"}));
    let g1 = ev(json!({"event_type": "ASSAULT", "date": "2020-01-03"}));
    let s0 = ev(json!({"event_type": "ASSAULT", "evidence": {"sentence": s}, "mode": "aerial"}));
    let s1 = ev(json!({"event_type": "ASSAULT", "date": "2020-01-04"}));
    assert!(pair_score(&g0, &s0) > pair_score(&g0, &s1));
    assert!(!compatible(&g1, &s1));
    let pairs = match_events(&[&g0, &g1], &[&s0, &s1]);
    let pairs: Vec<(usize, usize)> = pairs.into_iter().map(|(i, j, _)| (i, j)).collect();
    assert_eq!(pairs, vec![(0, 1), (1, 0)]);
}

#[test]
fn per_field_counts_over_matched_pairs() {
    let g = vec![gold(
        "a",
        vec![
            json!({
                "event_type": "ASSAULT", "mode": null, "status": "occurred",
                "date": "2020-04-04", "date_precision": "day",
                "actor": {"country": "IRQ", "sector": "MIL"},
                "recipient": {"country": "IMG", "sector": "REB"},
                "location": {"name": "Hamrin", "admin1": "Diyala", "country": "IRQ"},
                "fatalities": 10, "injuries": null, "sentence": "s1"
            }),
            json!({
                "event_type": "ACCUSE", "mode": "disapprove", "status": "occurred",
                "date": null, "date_precision": "unknown",
                "actor": {"country": "EGY", "sector": "GOV"}, "recipient": null,
                "location": null, "fatalities": null, "injuries": null, "sentence": "s2"
            }),
        ],
    )];
    let out = vec![
        sys(
            "a",
            json!({
                "event_type": "ASSAULT", "mode": "firearms", "status": "occurred",
                "date": "2020-04-04", "date_precision": "day",
                "actor": {"country": "IRQ", "sector": "GOV"},
                "recipient": {"country": "IMG", "sector": "REB"},
                "location": {"name": "hamrin", "admin1": "DIYALA", "country": "IRQ"},
                "fatalities": 10, "injuries": 3, "evidence": {"sentence": "s1"}
            }),
        ),
        sys(
            "a",
            json!({
                "event_type": "ACCUSE", "mode": "disapprove", "status": "future",
                "date": "2020-04-07", "date_precision": "day",
                "actor": {"country": "EGY", "sector": "GOV"}, "recipient": {"country": "ISR"},
                "location": {"name": "Cairo", "admin1": "Cairo", "country": "EGY"},
                "fatalities": null, "injuries": null, "evidence": {"sentence": "s2"}
            }),
        ),
    ];
    let r = evaluate(&g, &out, &all());
    assert_eq!(r.overall, counts(2, 0, 0));
    let expect = [
        ("status", 1, 2),
        ("mode", 1, 2),
        ("date", 1, 2),
        ("date_precision", 1, 2),
        ("actor.country", 2, 2),
        ("actor.sector", 1, 2),
        ("recipient.country", 1, 2),
        ("recipient.sector", 2, 2), // unknown on both sides agrees
        ("fatalities", 2, 2),
        ("injuries", 1, 2),
        ("location.country", 1, 2),
        ("location.admin1", 1, 2),
        ("location.name", 1, 1), // only where both have a name
    ];
    for (name, correct, n) in expect {
        let f = field(&r, name);
        assert_eq!((f.correct, f.n), (correct, n), "{name}");
    }
    assert_eq!(r.fields.len(), expect.len());
}

#[test]
fn symmetric_types_accept_either_order() {
    let g = json!({"event_type": "CONSULT", "actor": {"country": "USA", "sector": "GOV"},
                   "recipient": {"country": "IRQ", "sector": "GOV"}});
    let swapped = json!({"event_type": "CONSULT", "actor": {"country": "IRQ", "sector": "GOV"},
                         "recipient": {"country": "USA", "sector": "GOV"}});
    let r = evaluate(&[gold("a", vec![g.clone()])], &[sys("a", swapped.clone())], &all());
    assert_eq!(field(&r, "actor.country").correct, 1);
    assert_eq!(field(&r, "recipient.country").correct, 1);

    let mut g2 = g;
    g2["event_type"] = json!("ASSAULT");
    let mut s2 = swapped;
    s2["event_type"] = json!("ASSAULT");
    let r = evaluate(&[gold("a", vec![g2])], &[sys("a", s2)], &all());
    assert_eq!(r.overall.tp, 1);
    assert_eq!(field(&r, "actor.country").correct, 0);
    assert_eq!(field(&r, "recipient.country").correct, 0);
}

#[test]
fn records_outside_the_gold_or_split_are_ignored() {
    let g = vec![gold("a", vec![json!({"event_type": "AGREE"})]), gold("b", vec![json!({"event_type": "AID"})])];
    let out = vec![
        sys("a", json!({"event_type": "AGREE"})),
        sys("b", json!({"event_type": "AID"})),
        sys("x", json!({"event_type": "AID"})),
        sys("x", json!({"event_type": "AID"})),
        sys("y", json!({"event_type": "AID"})),
    ];
    let r = evaluate(&g, &out, &all());
    assert_eq!(r.overall, counts(2, 0, 0));
    assert_eq!((r.ignored_records, r.ignored_articles), (3, 2));
    assert!(r.to_text().contains("ignored 3 system records for 2 articles not in the gold"));

    let split = EvalOptions { only_ids: Some(HashSet::from(["b".to_string(), "zz".to_string()])) };
    let r = evaluate(&g, &out, &split);
    assert_eq!(r.articles, 1);
    assert_eq!(r.overall, counts(1, 0, 0));
    assert_eq!((r.ignored_records, r.ignored_articles), (4, 3));
    assert_eq!(r.split_ids_not_in_gold, 1);
}

#[test]
fn articles_without_output_count_as_false_negatives() {
    let g = vec![gold("a", vec![json!({"event_type": "AGREE"}), json!({"event_type": "AGREE"})])];
    let r = evaluate(&g, &[], &all());
    assert_eq!(r.overall, counts(0, 0, 2));
    assert_eq!(r.articles_without_output, 1);
    assert_eq!(r.overall.precision(), None);
    assert_eq!(r.overall.recall(), Some(0.0));
    assert_eq!(r.overall.f1(), Some(0.0));
}

#[test]
fn precision_recall_f1() {
    let c = counts(6, 2, 4);
    assert_eq!(c.precision(), Some(0.75));
    assert_eq!(c.recall(), Some(0.6));
    let f1 = c.f1().unwrap();
    assert!((f1 - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-12);
    assert_eq!(counts(0, 0, 0).f1(), None);
}

#[test]
fn parse_errors_name_the_line() {
    let bad_gold = "{\"id\":\"a\",\"events\":[]}\n\n{\"id\":\"b\",\"events\":[{\"mode\":\"x\"}]}\n";
    match parse_gold(Cursor::new(bad_gold)) {
        Err(EvalError::Parse { line, message }) => {
            assert_eq!(line, 3);
            assert!(message.contains("event_type"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let dup = "{\"id\":\"a\",\"events\":[]}\n{\"id\":\"a\",\"events\":[]}\n";
    assert!(matches!(parse_gold(Cursor::new(dup)), Err(EvalError::Parse { line: 2, .. })));
    let not_json = "{\"id\":\"a\",\"events\":[]}\nnope\n";
    assert!(matches!(parse_gold(Cursor::new(not_json)), Err(EvalError::Parse { line: 2, .. })));

    let bad_sys = "{\"article_id\":\"a\",\"event_type\":\"AID\"}\n{\"event_type\":\"AID\"}\n";
    let err = parse_system(Cursor::new(bad_sys)).unwrap_err();
    assert!(matches!(err, EvalError::Parse { line: 2, .. }));
    assert!(err.to_string().starts_with("line 2: "), "{err}");
}

#[test]
fn system_records_parse_leniently() {
    let line = r#"{"id":"r1","article_id":7,"event_type":"ASSAULT","mode":null,"context":[],
        "status":"occurred","date":"2020-04-04","date_precision":"day","date_basis":"text",
        "date_text":"السبت","actor":{"text":"x","name":null,"country":"IRQ","sector":"MIL"},
        "recipient":null,"location":{"text":"حمرين","name":"Hamrin","feature":"area",
        "admin1":"Diyala","country":"IRQ","lat":34.1,"lon":44.9},"fatalities":10,"injuries":"?",
        "trigger":"قتلت","evidence":{"field":"text","start":0,"end":5,"trigger_start":1,
        "trigger_end":2,"sentence":"جملة"},"rule":"r","confidence":0.9}"#
        .replace('\n', " ");
    let recs = parse_system(Cursor::new(line)).unwrap();
    assert_eq!(recs.len(), 1);
    let r = &recs[0];
    assert_eq!(r.article_id, "7");
    assert_eq!(r.id.as_deref(), Some("r1"));
    assert_eq!(r.event.event_type, "ASSAULT");
    assert_eq!(r.event.sentence.as_deref(), Some("جملة"));
    assert_eq!(r.event.fatalities, Some(10));
    assert_eq!(r.event.injuries, None);
    assert_eq!(r.event.location.as_ref().unwrap().admin1.as_deref(), Some("Diyala"));
    assert_eq!(r.event.actor.as_ref().unwrap().sector.as_deref(), Some("MIL"));
}

#[test]
fn dev_gold_parses_and_scores_perfectly_against_itself() {
    let text = std::fs::read_to_string(dev_gold_path()).unwrap();
    let g = parse_gold(Cursor::new(&text)).unwrap();
    assert_eq!(g.len(), 60);
    assert_eq!(g.iter().map(|a| a.events.len()).sum::<usize>(), 344);
    assert!(g.iter().all(|a| a.notes.is_some()));

    // Turn the gold into a system file (records with article_id and evidence.sentence).
    let mut lines = String::new();
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        for e in v["events"].as_array().unwrap() {
            let mut rec = e.clone();
            rec["article_id"] = v["id"].clone();
            rec["evidence"] = json!({"sentence": e["sentence"].clone()});
            rec.as_object_mut().unwrap().remove("sentence");
            lines.push_str(&serde_json::to_string(&rec).unwrap());
            lines.push('\n');
        }
    }
    let s = parse_system(Cursor::new(lines)).unwrap();
    assert_eq!(s.len(), 344);
    let r = evaluate(&g, &s, &all());
    assert_eq!(r.overall, counts(344, 0, 0));
    for f in &r.fields {
        assert_eq!(f.correct, f.n, "{}", f.field);
        assert!(f.n > 0, "{}", f.field);
    }
    // Each gold event is matched to its own copy.
    for m in &r.matches {
        assert_eq!(s[m.system].event, g.iter().find(|a| a.id == m.article_id).unwrap().events[m.gold]);
    }
    assert!(r.confusion.is_empty());

    // Dropping every third system record costs exactly that much recall, no precision.
    let kept: Vec<SysRecord> = s.iter().enumerate().filter(|(i, _)| i % 3 != 0).map(|(_, r)| r.clone()).collect();
    let r = evaluate(&g, &kept, &all());
    assert_eq!(r.overall, counts(kept.len(), 0, 344 - kept.len()));
}

#[test]
fn text_and_json_reports() {
    let g = vec![gold("a", vec![json!({"event_type": "ASSAULT", "sentence": "s"}), json!({"event_type": "AGREE"})])];
    let out = vec![
        sys("a", json!({"event_type": "ASSAULT", "evidence": {"sentence": "s"}})),
        sys("a", json!({"event_type": "NOT_A_TYPE"})),
    ];
    let r = evaluate(&g, &out, &all());
    let text = r.to_text();
    assert!(text.is_ascii());
    let header = text.lines().find(|l| l.starts_with("type")).unwrap();
    let all_row = text.lines().find(|l| l.starts_with("ALL")).unwrap();
    assert_eq!(header.len(), all_row.len(), "aligned:\n{text}");
    assert!(all_row.split_whitespace().eq(["ALL", "2", "2", "1", "1", "1", "0.500", "0.500", "0.500"]));
    // Contract types first (AGREE before ASSAULT), then unknown ones.
    let order: Vec<&str> = r.per_type.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(order, vec!["AGREE", "ASSAULT", "NOT_A_TYPE"]);
    assert!(text.contains("location.admin1"));

    let j = r.to_json();
    assert_eq!(j["overall"]["tp"], 1);
    assert_eq!(j["overall"]["f1"], 0.5);
    assert_eq!(j["per_type"][0]["type"], "AGREE");
    assert_eq!(j["per_type"][0]["precision"], Value::Null);
    assert_eq!(j["fields"]["status"]["n"], 0);
    assert_eq!(j["matched"], 1);
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn event() -> impl Strategy<Value = Event> {
        (
            prop::sample::select(vec!["ASSAULT", "PROTEST"]),
            prop::option::of(prop::sample::select(vec!["IRQ", "SYR"])),
            prop::option::of(prop::sample::select(vec!["2020", "2020-01", "2020-01-02", "2020-02"])),
            prop::option::of(prop::sample::select(vec!["s1", "s2", "s3"])),
            prop::option::of(prop::sample::select(vec!["aerial", "firearms"])),
        )
            .prop_map(|(t, c, d, s, m)| {
                ev(json!({"event_type": t, "location": {"country": c}, "date": d,
                          "sentence": s, "mode": m}))
            })
    }

    /// Best (pairs, total score) over all one-to-one matchings of compatible pairs.
    fn brute(gold: &[Event], sys: &[Event], i: usize, used: &mut Vec<bool>) -> (usize, f64) {
        if i == gold.len() {
            return (0, 0.0);
        }
        let mut best = brute(gold, sys, i + 1, used);
        for j in 0..sys.len() {
            if !used[j] && compatible(&gold[i], &sys[j]) {
                used[j] = true;
                let (n, s) = brute(gold, sys, i + 1, used);
                used[j] = false;
                let cand = (n + 1, s + pair_score(&gold[i], &sys[j]));
                if cand.0 > best.0 || (cand.0 == best.0 && cand.1 > best.1) {
                    best = cand;
                }
            }
        }
        best
    }

    proptest! {
        #[test]
        fn matching_is_optimal_and_one_to_one(
            gold in prop::collection::vec(event(), 0..6),
            sys in prop::collection::vec(event(), 0..6),
        ) {
            let g: Vec<&Event> = gold.iter().collect();
            let s: Vec<&Event> = sys.iter().collect();
            let pairs = match_events(&g, &s);
            let mut gi = HashSet::new();
            let mut sj = HashSet::new();
            for &(i, j, _) in &pairs {
                prop_assert!(gi.insert(i) && sj.insert(j));
                prop_assert!(compatible(&gold[i], &sys[j]));
            }
            let (n, score) = brute(&gold, &sys, 0, &mut vec![false; sys.len()]);
            prop_assert_eq!(pairs.len(), n);
            let total: f64 = pairs.iter().map(|p| p.2).sum();
            prop_assert!((total - score).abs() < 0.01 * (n as f64 + 1.0), "{} vs {}", total, score);

            let r = evaluate(
                &[GoldArticle { id: "a".into(), events: gold.clone(), notes: None }],
                &sys.iter().map(|e| SysRecord { article_id: "a".into(), id: None, event: e.clone() }).collect::<Vec<_>>(),
                &EvalOptions::default(),
            );
            prop_assert_eq!(r.overall.tp + r.overall.fn_, gold.len());
            prop_assert_eq!(r.overall.tp + r.overall.fp, sys.len());
        }
    }
}

#[test]
fn admin1_names_compare_by_loose_key() {
    // (gold admin1, system admin1, agree?)
    let table = [
        ("Southern District", "Southern", true),
        ("Raqqa", "Al-Raqqah", true), // "raqqa" starts "raqqah"
        ("Hasakah", "Al-Hasakah", true),
        ("Capital Governorate", "Capital", true),
        ("Ramallah and al-Bireh", "Ramallah", true),
        ("Diyala", "Diyālá", true),
        ("Nineveh", "Erbil", false),
        ("Baghdad", "Babylon", false),
    ];
    for (g, s, agree) in table {
        let gold_ev =
            vec![gold("a", vec![json!({"event_type": "ASSAULT", "location": {"country": "IRQ", "admin1": g}})])];
        let out = vec![sys("a", json!({"event_type": "ASSAULT", "location": {"country": "IRQ", "admin1": s}}))];
        let r = evaluate(&gold_ev, &out, &all());
        assert_eq!(field(&r, "location.admin1").correct, agree as usize, "{g} vs {s}");
    }
    assert_eq!(ahdath_eval::admin_key("Muḩāfaz̧at Diyālá"), "diyala");
    assert_eq!(ahdath_eval::admin_key("Ad Dakhiliyah Governorate"), "dakhiliyah");
}

#[test]
fn place_names_compare_by_loose_key_and_head() {
    // (gold name, system name, system feature, agree?)
    let table = [
        ("Matrouh Governorate", "Matrouh", Some("admin1"), true),
        ("Sanaa", "Sana'a", Some("city"), true),
        ("Deir ez-Zor", "Deir ez Zor", Some("city"), true),
        ("Ittihadiya Palace, Cairo", "Ittihadiya Palace (Heliopolis)", Some("neighbourhood"), true),
        ("Manama (nearby roads)", "Manama", Some("city"), true),
        // A division is not the town of the same name; a venue is not its city.
        ("Marib Governorate", "Ma'rib", Some("town"), false),
        ("Martyrs Square, Suez", "Suez", Some("city"), false),
        ("Kuwait", "Kuwait City", Some("city"), false),
        ("Aleppo", "Idlib", None, false),
    ];
    for (g, s, feature, agree) in table {
        let gold_ev =
            vec![gold("a", vec![json!({"event_type": "ASSAULT", "location": {"country": "SYR", "name": g}})])];
        let out = vec![sys(
            "a",
            json!({"event_type": "ASSAULT", "location": {"country": "SYR", "name": s, "feature": feature}}),
        )];
        let r = evaluate(&gold_ev, &out, &all());
        assert_eq!(field(&r, "location.name").correct, agree as usize, "{g} vs {s}");
    }
}

#[test]
fn copies_of_an_event_in_several_places_match_by_place() {
    let sentence = "خرجت تظاهرات في بلدات عالي وسلماباد";
    let g = vec![gold(
        "a",
        vec![
            json!({"event_type": "PROTEST", "sentence": sentence, "location": {"country": "BHR", "name": "A'ali"}}),
            json!({"event_type": "PROTEST", "sentence": sentence, "location": {"country": "BHR", "name": "Salmabad"}}),
        ],
    )];
    let out = vec![
        sys(
            "a",
            json!({"event_type": "PROTEST", "evidence": {"sentence": sentence}, "location": {"country": "BHR", "name": "Salmabad"}}),
        ),
        sys(
            "a",
            json!({"event_type": "PROTEST", "evidence": {"sentence": sentence}, "location": {"country": "BHR", "name": "A'ali"}}),
        ),
    ];
    let r = evaluate(&g, &out, &all());
    assert_eq!(field(&r, "location.name").correct, 2);
}

#[test]
fn distance_error_is_reported_when_both_points_exist() {
    let g = vec![gold(
        "a",
        vec![
            json!({"event_type": "ASSAULT", "sentence": "x", "location": {"country": "IRQ", "lat": 33.3152, "lon": 44.3661}}),
            json!({"event_type": "PROTEST", "sentence": "y", "location": {"country": "IRQ", "lat": 36.34, "lon": 43.13}}),
            json!({"event_type": "COERCE", "sentence": "z", "location": {"country": "IRQ"}}),
        ],
    )];
    let out = vec![
        // Baghdad vs Fallujah: about 57 km.
        sys(
            "a",
            json!({"event_type": "ASSAULT", "evidence": {"sentence": "x"}, "location": {"country": "IRQ", "lat": 33.35, "lon": 43.78}}),
        ),
        // Same point.
        sys(
            "a",
            json!({"event_type": "PROTEST", "evidence": {"sentence": "y"}, "location": {"country": "IRQ", "lat": 36.34, "lon": 43.13}}),
        ),
        // No gold point: not counted.
        sys(
            "a",
            json!({"event_type": "COERCE", "evidence": {"sentence": "z"}, "location": {"country": "IRQ", "lat": 36.0, "lon": 44.0}}),
        ),
    ];
    let r = evaluate(&g, &out, &all());
    let d = r.distance_summary().expect("two pairs with points");
    assert_eq!(d.n, 2);
    assert!((d.mean_km - 27.0).abs() < 3.0 && d.median_km > 20.0, "{d:?}");
    assert_eq!(d.within_10km, 0.5);
    assert!(r.to_text().contains("location distance  2 pairs"));
    assert_eq!(r.to_json()["distance_km"]["n"], 2);
    let empty = evaluate(&g, &[], &all());
    assert!(empty.distance_summary().is_none());
    let km = ahdath_eval::haversine_km((33.3152, 44.3661), (36.34, 43.13));
    assert!((km - 350.0).abs() < 10.0, "{km}");
}
