//! Arbitrary text coded as an article with the built-in dictionaries: the coder must never
//! panic, and every record's evidence offsets must slice its sentence and trigger.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static CODER: OnceLock<ahdath_coder::Coder> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let coder = CODER.get_or_init(|| ahdath_coder::Coder::new(ahdath_lexicon::Lexicon::builtin().unwrap()));
    let text = String::from_utf8_lossy(data).into_owned();
    let (title, body) = match text.split_once('\n') {
        Some((t, b)) => (Some(t.to_string()), b.to_string()),
        None => (None, text.clone()),
    };
    let article = ahdath_record::Article {
        id: "fuzz".into(),
        title: title.clone(),
        text: body.clone(),
        published: Some("2020-04-07".into()),
        ..Default::default()
    };
    for r in coder.code(&article) {
        let field = match r.evidence.field {
            ahdath_record::Field::Title => title.as_deref().unwrap_or(""),
            ahdath_record::Field::Text => body.as_str(),
        };
        let slice = |a: usize, b: usize| field.chars().skip(a).take(b - a).collect::<String>();
        assert_eq!(slice(r.evidence.start, r.evidence.end), r.evidence.sentence);
        assert_eq!(slice(r.evidence.trigger_start, r.evidence.trigger_end), r.trigger);
    }
});
