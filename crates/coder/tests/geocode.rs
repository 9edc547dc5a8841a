//! The geocoder's failure modes, one table row each: containment, countryside, districts,
//! relative phrases, datelines, unknown names inside known divisions, actors that are not
//! places, common words, and the fallbacks for unplaced events. Sentences are our own.

use ahdath_coder::Coder;
use ahdath_lexicon::Lexicon;
use ahdath_record::{Article, EventRecord, Place};
use std::sync::OnceLock;

fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(|| Coder::new(Lexicon::builtin().expect("builtin lexicon")))
}

fn code(text: &str) -> Vec<EventRecord> {
    let a = Article { id: "t".into(), text: text.into(), published: Some("2020-04-07".into()), ..Article::default() };
    coder().code(&a)
}

/// The location of the first record of `event_type`.
fn place_of(text: &str, event_type: &str) -> Option<Place> {
    let recs = code(text);
    let r = recs.iter().find(|r| r.event_type == event_type);
    assert!(r.is_some(), "no {event_type} in {text:?}: {recs:#?}");
    r.unwrap().location.clone()
}

/// The rows whose `event_type` record is not placed at the named place of the given country, each
/// told with the place read.
fn wrong_places(cases: &[(&str, &str, &str)], event_type: &str) -> Vec<String> {
    cases
        .iter()
        .filter_map(|&(text, name, country)| {
            let p = place_of(text, event_type);
            let got = p.as_ref().map(|p| (p.name.as_deref(), p.country.as_deref()));
            (got != Some((Some(name), Some(country)))).then(|| format!("{text}: {p:?}"))
        })
        .collect()
}

/// The rows (text, name, country, precision) whose last placed record does not have a name that
/// `name_ok` accepts, that country and that precision, each told with the place read.
fn wrong_last_places(cases: &[(&str, &str, &str, &str)], name_ok: fn(&str, &str) -> bool) -> Vec<String> {
    cases
        .iter()
        .filter_map(|&(text, name, country, precision)| {
            let p = code(text).into_iter().rev().find_map(|r| r.location);
            let ok = p.as_ref().is_some_and(|p| {
                p.name.as_deref().is_some_and(|n| name_ok(n, name))
                    && p.country.as_deref() == Some(country)
                    && p.precision.as_deref() == Some(precision)
            });
            (!ok).then(|| format!("{text}: {p:?}"))
        })
        .collect()
}

struct Row {
    text: &'static str,
    event_type: &'static str,
    name: Option<&'static str>,
    admin1: Option<&'static str>,
    country: Option<&'static str>,
    precision: Option<&'static str>,
}

const ROWS: &[Row] = &[
    // SPEC §4's own example: the specific place, with the admin1 the text names.
    Row {
        text: "قتل مسلحون ثلاثة مدنيين في منطقة حمرين بمحافظة ديالى يوم السبت.",
        event_type: "ASSAULT",
        name: Some("Hamrin Mountains"),
        admin1: Some("Diyala"),
        country: Some("IRQ"),
        precision: Some("place"),
    },
    // The countryside of a governorate is the governorate ("Aleppo countryside", as English
    // news writes it).
    Row {
        text: "قصفت الطائرات مواقع في ريف حلب الشمالي أمس.",
        event_type: "ASSAULT",
        name: Some("Aleppo countryside"),
        admin1: Some("Aleppo"),
        country: Some("SYR"),
        precision: Some("admin1"),
    },
    // A relative phrase keeps the anchor and lowers the precision.
    Row {
        text: "اندلعت اشتباكات عنيفة شرق الرمادي أمس الاثنين.",
        event_type: "ASSAULT",
        name: Some("Ramadi"),
        admin1: Some("Al Anbar"),
        country: Some("IRQ"),
        precision: Some("admin2"),
    },
    Row {
        text: "انفجرت عبوة ناسفة على بعد 20 كلم من بعقوبة صباح اليوم.",
        event_type: "ASSAULT",
        name: Some("Baqubah"),
        admin1: Some("Diyala"),
        country: Some("IRQ"),
        precision: Some("admin2"),
    },
    // A district after its noun is the district.
    Row {
        text: "هاجم مسلحون نقطة تفتيش في قضاء مخمور أمس.",
        event_type: "ASSAULT",
        name: Some("Makhmur District"),
        admin1: None,
        country: Some("IRQ"),
        precision: Some("admin2"),
    },
    // A village the gazetteer lacks, inside a named governorate: the governorate, honestly.
    Row {
        text: "اعتقلت قوات الأمن خمسة مطلوبين في قرية البوعيثة التابعة لمحافظة صلاح الدين.",
        event_type: "COERCE",
        name: None,
        admin1: Some("Saladin"),
        country: Some("IRQ"),
        precision: Some("admin1"),
    },
    // The dateline places an event its sentence does not.
    Row {
        text: "بغداد (رويترز) - قالت الشرطة إن مسلحين قتلوا جنديين في هجوم أمس.",
        event_type: "ASSAULT",
        name: Some("Baghdad"),
        admin1: Some("Baghdad"),
        country: Some("IRQ"),
        precision: Some("place"),
    },
    // A governorate named after its capital is, without a division noun, the city ...
    Row {
        text: "قتل مسلحون شرطيا في عدن مساء أمس.",
        event_type: "ASSAULT",
        name: Some("Aden"),
        admin1: Some("Aden"),
        country: Some("YEM"),
        precision: Some("place"),
    },
    // ... and with one, the governorate.
    Row {
        text: "قتل مسلحون شرطيا في محافظة عدن مساء أمس.",
        event_type: "ASSAULT",
        name: Some("Aden"),
        admin1: Some("Aden"),
        country: Some("YEM"),
        precision: Some("admin1"),
    },
    // A relative phrase after another place anchors that place: the event is at the first.
    Row {
        text: "سقطت قذائف على قضاء مخمور شرق الموصل ما أسفر عن مقتل جنديين.",
        event_type: "ASSAULT",
        name: Some("Makhmur District"),
        admin1: None,
        country: Some("IRQ"),
        precision: Some("admin2"),
    },
    Row {
        text: "يقضي الناشطون أحكامهم في سجن سمائل المركزي (60 كيلومترا جنوب مسقط) وقد أعلنوا إضرابا عن الطعام أمس.",
        event_type: "PROTEST",
        name: Some("Samail Central Prison"),
        admin1: Some("Ad Dakhiliyah"),
        country: Some("OMN"),
        precision: Some("place"),
    },
    // A conjunction between them: the second place is not an anchor of the first.
    Row {
        text: "اعتقلت الشرطة ثلاثة في الرمادي وقتل مسلحون جنديا شرق الفلوجة.",
        event_type: "ASSAULT",
        name: Some("Fallujah"),
        admin1: Some("Al Anbar"),
        country: Some("IRQ"),
        precision: Some("admin2"),
    },
    // "The capital" before a name the country shares is the city; with an adjective between,
    // a city of another country beats the country of the same name (Amman, not Oman).
    Row {
        text: "اعتصم مئات المعارضين أمام البرلمان بالعاصمة الكويت أمس.",
        event_type: "PROTEST",
        name: Some("Kuwait City"),
        admin1: Some("Al Asimah"),
        country: Some("KWT"),
        precision: Some("place"),
    },
    Row {
        text: "شهدت العاصمة الأردنية عمان أمس الجمعة مظاهرة حاشدة ضد الغلاء.",
        event_type: "PROTEST",
        name: Some("Amman"),
        admin1: Some("Amman"),
        country: Some("JOR"),
        precision: Some("place"),
    },
    // The city of a name shared with a governorate that does not contain it.
    Row {
        text: "تظاهر آلاف اليمنيين في صنعاء أمس للمطالبة بإقالة الحكومة.",
        event_type: "PROTEST",
        name: Some("Sanaa"),
        admin1: None,
        country: Some("YEM"),
        precision: Some("place"),
    },
    // A capital read as its state's actor is, as the destination of a visit, the city.
    Row {
        text: "بدأ الرئيس الجزائري زيارة لبرلين أمس يلتقي خلالها المستشارة الألمانية.",
        event_type: "CONSULT",
        name: Some("Berlin"),
        admin1: None,
        country: Some("DEU"),
        precision: Some("place"),
    },
    // Names after a plural place noun are looked up ("بلدات عالي وسلماباد"), even one that is
    // also a common word; names carry no transliteration marks and no article.
    Row {
        text: "خرجت مظاهرات في بلدات عالي وسلماباد ضد الحكومة.",
        event_type: "PROTEST",
        name: Some("A'ali"),
        admin1: Some("Northern"),
        country: Some("BHR"),
        precision: Some("place"),
    },
    Row {
        text: "قتل خمسة مسلحين في قصف على مدينة الميادين بريف دير الزور الشرقي.",
        event_type: "ASSAULT",
        name: Some("Mayadin"),
        admin1: Some("Deir ez-Zor"),
        country: Some("SYR"),
        precision: Some("place"),
    },
    // A country's long name is the country, not a homonym of its first word ("دولة", Dhule).
    Row {
        text: "قتل مسلحون جنديين في شرق دولة جنوب السودان.",
        event_type: "ASSAULT",
        name: Some("South Sudan"),
        admin1: None,
        country: Some("SSD"),
        precision: Some("country"),
    },
    Row {
        text: "أعلنت الحكومة الأردنية اعتقال عشرة أشخاص بعد مظاهرة في عمان ضد الحكومة الأردنية أمس.",
        event_type: "PROTEST",
        name: Some("Amman"),
        admin1: Some("Amman"),
        country: Some("JOR"),
        precision: Some("place"),
    },
    // A spot with a name of its own in a known town: the spot, at the town's point and divisions.
    Row {
        text: "تظاهر مئات الأشخاص في ساحة الأحرار وسط الموصل يوم الجمعة.",
        event_type: "PROTEST",
        name: Some("al-Ahrar Square, Mosul"),
        admin1: Some("Nineveh"),
        country: Some("IRQ"),
        precision: Some("place"),
    },
    // A building named after its town, with the adjective that follows the town's name.
    Row {
        text: "بدأ عشرات المعتقلين إضرابا عن الطعام في سجن سمائل المركزي.",
        event_type: "PROTEST",
        name: Some("Samail Central Prison"),
        admin1: Some("Ad Dakhiliyah"),
        country: Some("OMN"),
        precision: Some("place"),
    },
    Row {
        text: "اعتقلت الشرطة خمسة طلاب في جامعة القاهرة.",
        event_type: "COERCE",
        name: Some("Cairo University"),
        admin1: Some("Cairo"),
        country: Some("EGY"),
        precision: Some("place"),
    },
    // A square whose name the gazetteer knows in another town (Tripoli's) is this town's.
    Row {
        text: "تظاهر الآلاف في ميدان الشهداء بالسويس.",
        event_type: "PROTEST",
        name: Some("Martyrs Square, Suez"),
        admin1: Some("Suez"),
        country: Some("EGY"),
        precision: Some("place"),
    },
    // An embassy named by its state's adjective.
    Row {
        text: "تظاهر العشرات أمام السفارة المصرية في ستوكهولم.",
        event_type: "PROTEST",
        name: Some("Egyptian Embassy, Stockholm"),
        admin1: Some("Stockholm"),
        country: Some("SWE"),
        precision: Some("place"),
    },
    // The centre of a town.
    Row {
        text: "اندلعت اشتباكات بين الشرطة والمتظاهرين في وسط العاصمة صوفيا.",
        event_type: "ASSAULT",
        name: Some("central Sofia"),
        admin1: Some("Sofia City"),
        country: Some("BGR"),
        precision: Some("place"),
    },
    // A spot whose name is not known keeps the town.
    Row {
        text: "تظاهر المئات أمام مسجد محمد الأمين وسط بيروت.",
        event_type: "PROTEST",
        name: Some("Beirut"),
        admin1: Some("Beirut"),
        country: Some("LBN"),
        precision: Some("place"),
    },
    // The countryside around a town that is no governorate's: near the town.
    Row {
        text: "قتل جنديان في هجوم على موقع في ريف تلكلخ أمس.",
        event_type: "ASSAULT",
        name: Some("Tal Kalakh countryside"),
        admin1: Some("Homs"),
        country: Some("SYR"),
        precision: Some("admin2"),
    },
    // "ريف دمشق" is the name of a governorate of its own, not Damascus's countryside.
    Row {
        text: "قتل ثلاثة مدنيين بقصف على بلدات بريف دمشق أمس.",
        event_type: "ASSAULT",
        name: Some("Rif Dimashq"),
        admin1: Some("Rif Dimashq"),
        country: Some("SYR"),
        precision: Some("admin1"),
    },
    // The plural of "ريف": the countryside; "أرياف دمشق" is the governorate Rif Dimashq.
    Row {
        text: "قصفت الطائرات مواقع المسلحين في أرياف دمشق.",
        event_type: "ASSAULT",
        name: Some("Rif Dimashq"),
        admin1: Some("Rif Dimashq"),
        country: Some("SYR"),
        precision: Some("admin1"),
    },
    // A dual place noun announces its names: "معبري" (two crossings).
    Row {
        text: "أغلقت السلطات الإسرائيلية معبري كرم أبو سالم وبيت حانون.",
        event_type: "COERCE",
        name: Some("Kerem Shalom crossing"),
        admin1: Some("Southern"),
        country: Some("ISR"),
        precision: Some("place"),
    },
    // A district named by its seat town's bare name is the town (the district row has no
    // population to win by), in Yemen as in Iraq; with its district noun it is the district.
    Row {
        text: "قتل متظاهر في اشتباكات مع الشرطة في تريم أمس.",
        event_type: "ASSAULT",
        name: Some("Tarim"),
        admin1: Some("Hadhramaut"),
        country: Some("YEM"),
        precision: Some("place"),
    },
    Row {
        text: "قصفت الطائرات مواقع للمسلحين في مديرية تريم أمس.",
        event_type: "ASSAULT",
        name: Some("Tarim District"),
        admin1: Some("Hadhramaut"),
        country: Some("YEM"),
        precision: Some("admin2"),
    },
    // A hand town row (no admin2 of its own) in the district's governorate.
    Row {
        text: "اندلعت صدامات بين الشبان والأمن في مدينة غيل باوزير أمس.",
        event_type: "ASSAULT",
        name: Some("Ghayl Ba Wazir"),
        admin1: Some("Hadhramaut"),
        country: Some("YEM"),
        precision: Some("place"),
    },
    // Prisons and towns of the tenth session's unseen-pool audit (extra.tsv).
    Row {
        text: "توفي أسير فلسطيني تحت التعذيب في سجن مجدو أمس.",
        event_type: "ASSAULT",
        name: Some("Megiddo prison"),
        admin1: Some("Northern"),
        country: Some("ISR"),
        precision: Some("place"),
    },
    Row {
        text: "اعتقلت قوات الأمن الجزائرية خمسة مسلحين بمدينة برج باجي المختار أمس.",
        event_type: "COERCE",
        name: Some("Bordj Badji Mokhtar"),
        admin1: Some("Bordj Baji Mokhtar"),
        country: Some("DZA"),
        precision: Some("place"),
    },
    // A capital used as a government is an actor, not the place of a condemnation.
    Row {
        text: "أدانت واشنطن بشدة الهجوم على السفارة.",
        event_type: "ACCUSE",
        name: None,
        admin1: None,
        country: None,
        precision: None,
    },
    // "X التابعة لـ Y": the place after the word of belonging contains X (places35). Every row of
    // "العين" lies outside Mudiyah's governorate, so the name is a place of Abyan the gazetteer
    // lacks, not Al Ain in the Emirates; an unknown name takes its container's division, also when
    // the container is glued to "ل" with no noun; a known place keeps its own row. A container
    // after a district noun gives its district, at admin2 precision (places65).
    Row {
        text: "اندلعت اشتباكات في منطقة العين التابعة لمديرية مودية أمس.",
        event_type: "ASSAULT",
        name: None,
        admin1: Some("Abyan"),
        country: Some("YEM"),
        precision: Some("admin2"),
    },
    Row {
        text: "قتل شخصان في منطقة دالاهو التابعة لكرمانشاه.",
        event_type: "ASSAULT",
        name: None,
        admin1: Some("Kermanshah"),
        country: Some("IRN"),
        precision: Some("admin1"),
    },
    Row {
        text: "قصفت الطائرات أمس منطقة دار سعد التابعة لعدن.",
        event_type: "ASSAULT",
        name: Some("Dar Sa'd District"),
        admin1: Some("Aden"),
        country: Some("YEM"),
        precision: Some("admin2"),
    },
];

#[test]
fn a_place_the_party_came_or_was_launched_from_is_not_the_event_place() {
    // Marchers fired on at a city's entrance "coming from" two governorates: the event is at the
    // city (Aden), not in Lahij or Dali.
    let p = place_of("أطلقت قوات الأمن النار على متظاهرين قادمين من محافظتي لحج والضالع عند مدخل مدينة عدن.", "ASSAULT")
        .expect("a place");
    assert_eq!(p.name.as_deref(), Some("Aden"), "{p:#?}");
    // A rocket "launched from Gaza" fell in Ashkelon.
    let p = place_of("سقط صاروخ أطلق من قطاع غزة على مدينة عسقلان صباح اليوم.", "ASSAULT").expect("a place");
    assert_eq!(p.name.as_deref(), Some("Ashkelon"), "{p:#?}");
    // Cars "coming from" a governorate were seized elsewhere: no place from the origin.
    let p = place_of("ضبطت الشرطة أسلحة داخل سيارتين قادمتين من محافظة مطروح.", "COERCE");
    assert_ne!(p.and_then(|l| l.admin1), Some("Matrouh".to_string()));
    // A march that set off from a square was there: "انطلق" is an origin only for other types.
    let p = place_of("انطلقت مظاهرة حاشدة من ميدان التحرير بالقاهرة أمس.", "PROTEST").expect("a place");
    assert_eq!(p.admin1.as_deref(), Some("Cairo"), "{p:#?}");
}

#[test]
fn a_place_a_party_was_heading_to_is_not_where_an_attack_on_its_way_was() {
    // A convoy "heading from Syria to Lebanon" was struck on its way: not in Lebanon.
    for text in [
        "قصفت الطائرات شاحنات كانت متجهة من سوريا إلى لبنان ليلة أمس.",
        "قتل سائق برصاص مجهولين وهو في طريقه من حمص إلى مدينة طرطوس.",
        "أطلق الجنود النار على حافلة متوجهة إلى مدينة نابلس فأصابوا راكبين.",
    ] {
        let p = place_of(text, "ASSAULT");
        let name = p.as_ref().and_then(|l| l.name.as_deref());
        assert!(!matches!(name, Some("Lebanon" | "Tartus" | "Nablus")), "{text}: {p:#?}");
    }
    // Without a word of heading, "إلى" after the event still names where it reached.
    let p = place_of("امتدت الاشتباكات من الأحياء الشرقية إلى مدينة حلب.", "ASSAULT").expect("a place");
    assert_eq!(p.name.as_deref(), Some("Aleppo"), "{p:#?}");
    // A visit goes where the visitor was heading.
    let p = place_of("وصل وزير الخارجية متوجها إلى القاهرة والتقى نظيره المصري.", "CONSULT").expect("a place");
    assert_eq!(p.name.as_deref(), Some("Cairo"), "{p:#?}");
    // Reinforcements on their way to a governorate are deployed there.
    let p = place_of("أرسل الجيش تعزيزات عسكرية كانت في طريقها إلى محافظة تعز أمس.", "MOBILIZE").expect("a place");
    assert_eq!(p.admin1.as_deref(), Some("Ta'izz"), "{p:#?}");
}

#[test]
fn a_neighbourhood_headed_by_its_noun_is_a_place_without_a_preposition() {
    // "حي الخالدية" as the object of the verb: the hand row "حي الخالدية" (Homs), not Jordan's
    // town al-Khalidiyah, which the bare name after "حي" would give outside a Syrian story.
    let p = place_of("قصفت القوات النظامية حي الخالدية أمس.", "ASSAULT").expect("a place");
    assert_eq!((p.name.as_deref(), p.country.as_deref()), (Some("Khalidiya (Homs)"), Some("SYR")), "{p:#?}");
}

#[test]
fn a_listed_name_with_its_place_noun_behind_a_glued_b_is_that_place() {
    // The hand forms "حي المقطم", "مخيم جنين", "منطقة الحمراء" and the district form "مديرية
    // الخوخة", their noun behind a glued "ب" or "وب" (places33: these were unresolved names).
    let cases = [
        ("اندلعت مواجهات عنيفة بحي المقطم مساء أمس.", "Mokattam", "EGY"),
        ("قتل شابان برصاص الجنود وبمخيم جنين اعتقل آخرون أمس.", "Jenin refugee camp", "PSE"),
        ("انفجرت عبوة ناسفة بمنطقة الحمراء ليلة الجمعة.", "Hamra", "LBN"),
        ("قصفت الطائرات مواقع المسلحين بمديرية الخوخة أمس.", "Al-Khawkhah District", "YEM"),
    ];
    let failures = wrong_places(&cases, "ASSAULT");
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn a_month_a_pass_noun_or_an_adjective_is_not_the_town_it_also_spells() {
    // places34: «آب» (August) next to a year or a second naming of the month is not Yemen's Ibb,
    // «بألم» (with pain) not Ulm, «عقبة» before a name not Yemen's al-Aqabah nor Jordan's Aqaba,
    // «وبحري» (and by sea) not Khartoum North. On the baseline each of them took that town.
    let not_towns = [
        ("اعتقلت الشرطة عشرة متظاهرين في آب 2014 بعد مواجهات عنيفة.", "COERCE"),
        ("قتل مسلحون شابا في آب (أغسطس) الماضي.", "ASSAULT"),
        ("هاجم مسلحون رجلا فأصيب بألم شديد في ساقه.", "ASSAULT"),
        ("نصب مسلحون كمينا لدورية الجيش في عقبة \"الوعرة\" ليلة الأحد.", "ASSAULT"),
        ("هاجمت القوات مواقع المتمردين بدعم جوي وبحري.", "ASSAULT"),
    ];
    let mut failures = Vec::new();
    for (text, event_type) in not_towns {
        let p = place_of(text, event_type);
        if p.as_ref().is_some_and(|p| p.name.is_some()) {
            failures.push(format!("{text}: {p:?}"));
        }
    }
    // The spellings and the division the gazetteer lacked, and the towns themselves still read.
    let towns = [
        ("قتل شرطي في مدينة برج بوعريرج أمس.", "Bordj Bou Arreridj", "DZA"),
        ("انفجرت عبوة ناسفة في بلدة كماه أمس.", "Kemah", "TUR"),
        ("انفجرت قذيفة هاون قرب مدرسة بمحافظة الحرث صباح اليوم.", "Al-Harth", "SAU"),
        ("اشتبك الجيش مع المسلحين في عقبة ثرة مساء الخميس.", "Thirah Pass", "YEM"),
        ("قتل ثلاثة أشخاص في إب أمس.", "Ibb", "YEM"),
        ("قتل ثلاثة أشخاص في العقبة أمس.", "Aqaba", "JOR"),
    ];
    failures.extend(wrong_places(&towns, "ASSAULT"));
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_name_after_a_plural_division_noun_is_its_division() {
    // places36: in a list headed by «محافظات» or «محافظتي» every name is a governorate, not only
    // the first; on the baseline «وعمران», «وحجة» and «وحمص» took their towns' rows.
    let lists = [
        ("أغارت مقاتلات التحالف فجر اليوم على معسكرات في محافظات الجوف وعمران وحجة.", 3),
        ("سقطت قذائف على أحياء سكنية في محافظتي إدلب وحمص مساء السبت.", 2),
    ];
    let mut failures = Vec::new();
    for (text, n) in lists {
        let recs = code(text);
        let precisions: Vec<Option<&str>> =
            recs.iter().filter_map(|r| r.location.as_ref()).map(|p| p.precision.as_deref()).collect();
        if precisions.len() != n || precisions.iter().any(|p| *p != Some("admin1")) {
            failures.push(format!("{text}: {precisions:?}"));
        }
    }
    // Without the plural noun a governorate's name joined by "و" is still its city.
    let p = place_of("انفجرت سيارة مفخخة في إدلب وحمص صباح اليوم.", "ASSAULT");
    if p.as_ref().and_then(|p| p.precision.as_deref()) == Some("admin1") {
        failures.push(format!("no noun: {p:?}"));
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn geocoder_table() {
    let mut failures = Vec::new();
    for row in ROWS {
        let loc = place_of(row.text, row.event_type);
        let got = (
            loc.as_ref().and_then(|l| l.name.clone()),
            loc.as_ref().and_then(|l| l.admin1.clone()),
            loc.as_ref().and_then(|l| l.country.clone()),
            loc.as_ref().and_then(|l| l.precision.clone()),
        );
        let want = (
            row.name.map(str::to_string),
            row.admin1.map(str::to_string),
            row.country.map(str::to_string),
            row.precision.map(str::to_string),
        );
        // Districts carry their governorate; the table only pins what the row names.
        let got = if row.admin1.is_none() && row.name.is_some() { (got.0, None, got.2, got.3) } else { got };
        if got != want {
            failures.push(format!("{}\n  want {want:?}\n  got  {got:?}", row.text));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_placed_event_has_coordinates_and_a_point_feature() {
    let loc = place_of("قتل مسلحون ثلاثة مدنيين في مدينة الموصل أمس.", "ASSAULT").expect("placed");
    assert_eq!(loc.name.as_deref(), Some("Mosul"));
    assert!(loc.lat.is_some_and(|l| (36.0..36.6).contains(&l)) && loc.lon.is_some_and(|l| (42.8..43.4).contains(&l)));
    assert!(loc.geonames_id.is_some());
}

#[test]
fn a_dateline_abroad_does_not_place_the_story() {
    // Filed from Algiers, about Moroccan police in Laayoune: the dateline is not the place.
    let recs =
        code("الجزائر (ا ف ب) - فرقت قوات الأمن المغربية بالقوة مظاهرة في مدينة العيون أمس. وأصيب عدد من المحتجين.");
    assert!(!recs.is_empty());
    assert!(recs.iter().all(|r| r.location.as_ref().and_then(|l| l.country.as_deref()) != Some("DZA")), "{recs:#?}");
}

#[test]
fn a_protest_broken_up_abroad_does_not_take_the_dateline() {
    // (actors119) Filed from Cairo about Sudanese police: the protest whose doer was taken as the
    // party that broke it up (actors116) is placed as with that doer, not at the dateline's city.
    let recs = code(
        "القاهرة (ا ف ب) - فرقت الشرطة السودانية بالقوة تظاهرة في العيون مساء الثلاثاء. وجرح عدد من المتظاهرين في المواجهات.",
    );
    let protest = recs.iter().find(|r| r.event_type == "PROTEST").unwrap_or_else(|| panic!("{recs:#?}"));
    assert_ne!(protest.location.as_ref().and_then(|l| l.country.as_deref()), Some("EGY"), "{recs:#?}");
    let act = recs.iter().find(|r| r.event_type == "ASSAULT").unwrap_or_else(|| panic!("{recs:#?}"));
    assert!(act.recipient.is_some(), "{act:#?}");
}

#[test]
fn a_protest_with_its_own_doer_is_placed_with_it_after_a_merge() {
    // (fix60a) The protest of its own doer (the Libyan opposition), merged with the mention a
    // foreign police broke up, is placed as it is without that mention: the party that broke up
    // the other mention is no longer seen by the place fallbacks in place of its doer.
    let protest = |text: &str| {
        let recs = code(text);
        let r = recs.into_iter().find(|r| r.event_type == "PROTEST").unwrap_or_else(|| panic!("{text}"));
        r.location.and_then(|l| l.name)
    };
    let alone = protest("القاهرة (ا ف ب) - نظمت المعارضة الليبية تظاهرة مساء الثلاثاء للمطالبة بإطلاق سراح المعتقلين.");
    let merged = protest(
        "القاهرة (ا ف ب) - نظمت المعارضة الليبية تظاهرة مساء الثلاثاء للمطالبة بإطلاق سراح المعتقلين. وفرقت الشرطة \
         السودانية التظاهرة بالقوة.",
    );
    assert!(alone.is_some());
    assert_eq!(merged, alone);
}

#[test]
fn unplaced_physical_events_take_the_story_place_and_statements_do_not() {
    let recs = code(
        "اندلعت اشتباكات بين الشرطة ومحتجين في مدينة البصرة أمس. واعتقلت الشرطة عشرة من المحتجين. \
         ودعا رئيس الوزراء العراقي إلى التهدئة.",
    );
    let arrest = recs.iter().find(|r| r.event_type == "COERCE").expect("arrest");
    // The city (GeoNames' "Basrah", named as English writes it), not the governorate of the same name.
    assert_eq!(arrest.location.as_ref().and_then(|l| l.name.as_deref()), Some("Basra"));
    assert_eq!(arrest.location.as_ref().and_then(|l| l.admin1.as_deref()), Some("Basra"));
    assert!(arrest.location.as_ref().unwrap().text.is_none(), "an inherited place has no text of its own");
    if let Some(call) = recs.iter().find(|r| r.event_type == "REQUEST") {
        assert!(call.location.is_none(), "{call:#?}");
    }
}

#[test]
fn planned_events_are_not_placed_by_the_story() {
    let recs = code("قتل ثلاثة جنود في هجوم في مدينة الموصل أمس. وستعقد الحكومة اجتماعا طارئا الأسبوع المقبل.");
    for r in recs.iter().filter(|r| r.status != ahdath_record::Status::Occurred) {
        assert!(r.location.is_none(), "{r:#?}");
    }
}

#[test]
fn coordinated_villages_are_each_resolved() {
    let recs = code("خرجت مظاهرات في بلدات عالي وسلماباد ضد الحكومة.");
    let mut names: Vec<String> =
        recs.iter().filter(|r| r.event_type == "PROTEST").filter_map(|r| r.location.as_ref()?.name.clone()).collect();
    names.sort();
    assert_eq!(names, ["A'ali", "Salmabad"], "{recs:#?}");
}

#[test]
fn a_prison_noun_does_not_make_an_unknown_word_a_place() {
    // "سجن" is a cue for gazetteer names only: "سجن المتهمين" names no place.
    let recs = code("قضت المحكمة بسجن المتهمين خمس سنوات في مدينة طنطا.");
    for r in &recs {
        if let Some(l) = &r.location {
            assert_ne!(l.text.as_deref(), Some("المتهمين"), "{r:#?}");
        }
    }
}

#[test]
fn a_village_abroad_does_not_place_an_article_about_another_country() {
    // "عالي" and "سلماباد" are villages of Bahrain; in a story about Syria they are Syrian
    // villages the gazetteer does not know: the country only.
    let recs = code("قصفت طائرات النظام السوري بلدات عالي وسلماباد في ريف دمشق. وقال ناشطون سوريون إن القصف استمر.");
    for r in recs.iter().filter(|r| r.event_type == "ASSAULT") {
        let l = r.location.as_ref().expect("placed");
        assert_ne!(l.country.as_deref(), Some("BHR"), "{r:#?}");
    }
}

#[test]
fn common_nouns_and_possessed_nouns_are_not_places() {
    // (sentence, event type, the homonym the event must not be placed at)
    let rows = [
        // "بلاده" "his country" is not ب + Lod (لاد) + ه: a place takes no possessive pronoun.
        ("قال الوزير إن قوات بلاده اعتقلت خمسة متهمين أمس.", "COERCE", "Lod"),
        // "أمام منزله" "in front of his house", not Manzalah (المنزلة).
        ("اغتال مسلحون المحامي أمام منزله صباح اليوم.", "ASSAULT", "Manzalah"),
        // "في إطار" "within", not Atar (Mauritania).
        ("اعتقلت الشرطة عشرة أشخاص في إطار حملة أمنية.", "COERCE", "Atar"),
        // "في بيان" "in a statement", not Bayan (Kuwait).
        ("أعلنت وزارة الداخلية في بيان اعتقال ثلاثة مسلحين.", "COERCE", "Bayan"),
        // "في العين" "in the eye", not Al Ain (UAE).
        ("أصيب متظاهر بطلق خرطوش في العين أمس.", "ASSAULT", "Ain City"),
        // "بني" "sons of" starts many unknown names ("بني دوالة"); it is no town of its own.
        ("قتل جندي في اشتباكات بمنطقة بني دوالة أمس.", "ASSAULT", "Buni"),
        // "باكرا" "early", not ب + Accra.
        ("اقتحم انتحاري باكرا مركزا للشرطة وقتل ثلاثة.", "ASSAULT", "Accra"),
        // "بحجة" "under the pretext", not ب + Hajjah (Yemen): the whole word is an idiom.
        ("اعتقلت الشرطة ناشطا بحجة الإخلال بالأمن العام في القاهرة.", "COERCE", "Hajjah"),
        // "بداخله" "inside it", not ب + Dakhla without its article.
        ("اعتقلت الشرطة شابا وعثرت على كيس بداخله أقراص مخدرة.", "COERCE", "Dakhla"),
        // "منطقة الشرق الأوسط" is the Middle East, not Burkina Faso's Est region.
        ("قتل مسلحون ثلاثة جنود في منطقة الشرق الأوسط أمس.", "ASSAULT", "Est"),
        // "الداخلية" is the Interior ministry, not Oman's governorate Ad Dakhiliyah.
        ("تظاهر مئات الطلاب أمام مقر وزارة الداخلية احتجاجا على اعتقال زملائهم.", "PROTEST", "Ad Dakhiliyah"),
        // "ميادين" squares (plural of "ميدان"), not Mayadin in Syria.
        ("أطلقت قوات الأمن النار على المحتجين في ميادين المدن الكبرى.", "ASSAULT", "Mayadin"),
        // "بقاع" spots, not the Beqaa ("البقاع").
        ("قصفت الطائرات مواقع في بقاع متفرقة أمس.", "ASSAULT", "Beqaa"),
        // "وبوشر" "and was begun", not Bawshar in Muscat.
        ("اعتقلت الشرطة شابين بعد المداهمة وبوشر التحقيق معهما.", "COERCE", "Bawshar"),
    ];
    for (text, event_type, wrong) in rows {
        let recs = code(text);
        assert!(recs.iter().any(|r| r.event_type == event_type), "no {event_type} in {text:?}: {recs:#?}");
        for r in &recs {
            let name = r.location.as_ref().and_then(|l| l.name.as_deref());
            assert_ne!(name, Some(wrong), "{text:?}: {r:#?}");
        }
    }
    // After a place noun the same word is the place.
    let p = place_of("قتل مسلحون شرطيا في مدينة معسكر أمس.", "ASSAULT").expect("a place");
    assert_eq!((p.name.as_deref(), p.country.as_deref()), (Some("Mascara"), Some("DZA")));
}

#[test]
fn a_governorate_named_with_its_noun_is_still_ad_dakhiliyah() {
    // After a place noun "الداخلية" is Oman's governorate, stopword or not.
    let p = place_of("قتل شخصان في حادث إطلاق نار في محافظة الداخلية أمس.", "ASSAULT").expect("a place");
    assert_eq!((p.admin1.as_deref(), p.country.as_deref()), (Some("Ad Dakhiliyah"), Some("OMN")));
}

#[test]
fn a_glued_b_marks_the_west_bank() {
    // The West Bank and the Gaza Strip carry their population, so a glued "ب" marks them as it
    // marks a large town ("بالقاهرة"); before, "بالضفة الغربية" was no place.
    for text in ["اعتقلت القوات الإسرائيلية عشرة شبان بالضفة الغربية فجر اليوم.", "أصيب ثلاثة شبان بقطاع غزة أمس."]
    {
        let p = place_of(text, if text.contains("اعتقلت") { "COERCE" } else { "ASSAULT" }).expect("a place");
        assert_eq!(p.country.as_deref(), Some("PSE"), "{text}");
        assert!(matches!(p.name.as_deref(), Some("West Bank" | "Gaza Strip")), "{text}: {p:?}");
    }
}

#[test]
fn a_police_station_named_after_its_town_is_in_that_town() {
    // (sentence, event type, town): "قسم شرطة X", "قسم ثان X", "مركز شرطة X" name the town,
    // even one that is a place stopword without a cue (دمنهور).
    let rows = [
        ("حاول عشرات المتظاهرين اقتحام قسم شرطة دمنهور مساء أمس.", "PROTEST", "Damanhur"),
        ("رشق المحتجون قسم ثان طنطا بالحجارة.", "PROTEST", "Tanta"),
        ("أغلق أمناء الشرطة أبواب مركز شرطة الزقازيق احتجاجا على مقتل زميلهم.", "PROTEST", "Zagazig"),
    ];
    for (text, event_type, town) in rows {
        let p = place_of(text, event_type).unwrap_or_else(|| panic!("no place in {text:?}"));
        assert_eq!((p.name.as_deref(), p.country.as_deref()), (Some(town), Some("EGY")), "{text}");
    }
}

/// The location of the first record of `event_type` whose trigger is `trigger`.
fn place_at(recs: &[EventRecord], event_type: &str, trigger: &str) -> Option<Place> {
    let r = recs.iter().find(|r| r.event_type == event_type && r.trigger == trigger);
    assert!(r.is_some(), "no {event_type} {trigger:?}: {recs:#?}");
    r.unwrap().location.clone()
}

#[test]
fn statements_and_meetings_take_the_venue_of_the_gathering() {
    // The summit is held in Cairo: the host's demand and the meeting on its margins happened
    // there; a foreign ministry's demand with no place of its own may have been made at home.
    let recs = code(
        "انطلقت أعمال القمة العربية التي تعقد في القاهرة اليوم. وطالب وزير الخارجية المصري بوقف الحرب. \
         والتقى الرئيس المصري بنظيره التونسي. وطالبت الخارجية الإيرانية بوقف القتال.",
    );
    let name = |l: Option<Place>| l.and_then(|l| l.name);
    assert_eq!(name(place_at(&recs, "REQUEST", "وطالب")), Some("Cairo".into()));
    assert_eq!(name(place_at(&recs, "CONSULT", "والتقى")), Some("Cairo".into()));
    assert_eq!(place_at(&recs, "REQUEST", "وطالبت"), None);
    // "في مؤتمر صحفي بالرياض": a statement in the venue's own sentence.
    let recs = code("وقال الوزير في مؤتمر صحفي بالرياض إن المملكة تدين الهجوم.");
    let loc = place_at(&recs, "ACCUSE", "تدين").expect("placed");
    assert_eq!((loc.name.as_deref(), loc.text.as_deref()), (Some("Riyadh"), None));
}

#[test]
fn a_session_venue_is_read_past_its_holder_and_the_time_of_day() {
    // "الجلسة التي عقدها مجلس الوزراء، بعد ظهر اليوم … في قصر اليمامة بالرياض": the holder, a
    // comma, the day and the palace's name stand between the session and its town; the cabinet's
    // condemnation was made there, the aid it ordered is delivered elsewhere (twenty-first
    // session, places23).
    let recs = code(
        "ترأس الملك الجلسة التي عقدها مجلس الوزراء، بعد ظهر اليوم الثلاثاء في قصر اليمامة بالرياض. \
         وجدد مجلس الوزراء إدانة المملكة للهجوم الإرهابي. ووجه مجلس الوزراء بتقديم المساعدات العاجلة للشعب اليمني.",
    );
    let loc = place_at(&recs, "ACCUSE", "إدانة").expect("placed");
    assert_eq!((loc.name.as_deref(), loc.text.as_deref()), (Some("Riyadh"), None));
    assert_eq!(place_at(&recs, "AID", "بتقديم المساعدات"), None);
    // Another day's session is not where today's statements were made.
    let recs = code(
        "ترأس الملك الجلسة التي عقدها مجلس الوزراء، في عام 2012 في قصر اليمامة بالرياض. \
         وجدد مجلس الوزراء إدانة المملكة للهجوم الإرهابي.",
    );
    assert_eq!(place_at(&recs, "ACCUSE", "إدانة"), None);
}

#[test]
fn background_physical_events_of_the_country_are_placed_in_the_country() {
    // A recalled arrest by Kuwait's police: in Kuwait, at country precision (not the story's town).
    let recs = code("اعتقلت الشرطة الكويتية عشرة ناشطين في عام 2012. وتظاهر المئات في الكويت اليوم.");
    let loc = place_at(&recs, "COERCE", "اعتقلت").expect("placed");
    assert_eq!((loc.country.as_deref(), loc.precision.as_deref()), (Some("KWT"), Some("country")));
    // Another country's background strike in a story about Syria is not placed in Syria.
    let recs = code("قتل خمسة جنود سوريين في هجوم في حلب اليوم. وكانت القوات التركية قد قصفت مواقع في عام 2015.");
    assert_eq!(place_at(&recs, "ASSAULT", "قصفت"), None);
}

#[test]
fn a_city_in_the_headline_refines_a_country_in_the_body() {
    let a = Article {
        id: "t".into(),
        title: Some("اعتصام في بيروت".into()),
        text: "نظم ناشطون اعتصاما في لبنان أمس للمطالبة بالإفراج عن المعتقلين.".into(),
        published: Some("2020-04-07".into()),
        ..Article::default()
    };
    let recs = coder().code(&a);
    let loc = place_at(&recs, "PROTEST", "اعتصاما").expect("placed");
    assert_eq!((loc.name.as_deref(), loc.precision.as_deref()), (Some("Beirut"), Some("place")));
}

#[test]
fn an_unknown_name_is_placed_near_the_anchor_of_its_relative_phrase() {
    // "البلق" is not in the gazetteer; "جنوب مأرب" puts it in Marib governorate, near the city.
    // (The example was "الجفينة" until that area got a row, places22.)
    let loc = place_of("قصفت الطائرات مواقع في منطقة البلق جنوب مأرب أمس.", "ASSAULT").expect("placed");
    assert_eq!(
        (loc.name.as_deref(), loc.admin1.as_deref(), loc.country.as_deref(), loc.precision.as_deref()),
        (None, Some("Ma'rib"), Some("YEM"), Some("admin2"))
    );
    assert_eq!(loc.text.as_deref(), Some("البلق"));
}

#[test]
fn a_capital_after_its_country_adjective_is_the_city() {
    // "بالعاصمة السويدية ستوكهولم": "ستوكهولم" (also Sweden's metonym) is the place, not part of
    // an entity "السويدية ستوكهولم".
    let loc = place_of("نظم ناشطون وقفة احتجاجية بالعاصمة السويدية ستوكهولم أمس.", "PROTEST").expect("placed");
    assert_eq!((loc.name.as_deref(), loc.precision.as_deref()), (Some("Stockholm"), Some("place")));
}

#[test]
fn each_place_after_a_plural_countryside_is_a_governorate() {
    let recs = code("قصفت الطائرات مواقع المسلحين في أرياف دمشق وإدلب.");
    let mut names: Vec<String> =
        recs.iter().filter(|r| r.event_type == "ASSAULT").filter_map(|r| r.location.as_ref()?.name.clone()).collect();
    names.sort();
    assert_eq!(names, ["Idlib countryside", "Rif Dimashq"], "{recs:#?}");
    for r in &recs {
        assert_eq!(r.location.as_ref().and_then(|l| l.precision.as_deref()), Some("admin1"), "{r:#?}");
    }
}

#[test]
fn a_spot_keeps_the_town_point_but_not_its_geonames_id() {
    let loc = place_of("تظاهر مئات الأشخاص في ساحة الأحرار وسط الموصل يوم الجمعة.", "PROTEST").expect("placed");
    assert_eq!(loc.feature.as_deref(), Some("spot"));
    assert_eq!(loc.text.as_deref(), Some("ساحة الأحرار وسط الموصل"));
    assert!(loc.lat.is_some_and(|l| (36.0..36.6).contains(&l)));
    assert_eq!(loc.geonames_id, None);
    let loc = place_of("بدأ عشرات المعتقلين إضرابا عن الطعام في سجن سمائل المركزي.", "PROTEST").expect("placed");
    assert_eq!(loc.feature.as_deref(), Some("building"));
    assert_eq!(loc.text.as_deref(), Some("سجن سمائل المركزي"));
}

#[test]
fn a_court_or_prosecution_of_a_town_centre_is_not_the_centre() {
    // "نيابة وسط القاهرة" is the name of a prosecution office, not a place in central Cairo.
    let recs = code("أمر رئيس نيابة وسط القاهرة بحبس ثلاثة متهمين أربعة أيام.");
    for r in &recs {
        assert_ne!(r.location.as_ref().and_then(|l| l.name.as_deref()), Some("central Cairo"), "{r:#?}");
    }
}

#[test]
fn a_situation_a_meeting_is_about_is_not_its_venue() {
    // "الأوضاع في سوريا" is what the ministers discussed, not where they met.
    let p = place_of("بحث وزير الخارجية المصري مع نظيره الأردني الأوضاع في سوريا.", "CONSULT");
    assert_eq!(p, None);
    // A body named after the issue meets where the sentence says: Geneva.
    let p = place_of("ناقش مجلس حقوق الإنسان في جنيف تقريرا عن اليمن أمس.", "CONSULT").expect("a place");
    assert_eq!(p.name.as_deref(), Some("Geneva"), "{p:#?}");
    // Violence "in Aleppo" is where it happened: physical events keep such a place.
    let p = place_of("تصاعدت أعمال العنف في حلب وقتل عشرة مدنيين أمس.", "ASSAULT").expect("a place");
    assert_eq!(p.admin1.as_deref(), Some("Aleppo"), "{p:#?}");
}

#[test]
fn an_unplaced_event_is_in_the_country_where_the_article_places_its_events() {
    // An article about France's army whose events are placed in Mali: the unplaced arrest is in
    // Mali (country precision), not in France.
    let recs = code(
        "أعلن الجيش الفرنسي أن القوات الفرنسية قتلت عشرات المسلحين في مدينة غاو. وقصفت الطائرات \
         الفرنسية مواقع للمسلحين في مدينة تمبكتو. وقال وزير الدفاع الفرنسي إن الجنود الفرنسيين اعتقلوا \
         عشرة مسلحين.",
    );
    let loc = place_at(&recs, "COERCE", "اعتقلوا").expect("placed");
    assert_eq!((loc.country.as_deref(), loc.precision.as_deref()), (Some("MLI"), Some("country")), "{recs:#?}");
}

#[test]
fn south_sudan_states_and_hand_towns_are_places() {
    let p = place_of("قتل مسلحون عشرة مدنيين في ولاية جونقلي بجنوب السودان.", "ASSAULT").expect("a place");
    assert_eq!((p.name.as_deref(), p.feature.as_deref()), (Some("Jonglei State"), Some("admin1")), "{p:#?}");
    let p = place_of("قصفت طائرات إسرائيلية مركز أبحاث عسكريا في جمرايا بريف دمشق.", "ASSAULT").expect("a place");
    assert_eq!((p.name.as_deref(), p.admin1.as_deref()), (Some("Jamraya"), Some("Rif Dimashq")), "{p:#?}");
}

#[test]
fn a_prison_of_its_own_row_is_not_the_story_place() {
    // Two mentions of the prison where a leader is held do not make it the place of the riots
    // told in the lead: the arrest with no place of its own stays in the lead's city.
    let recs = code(
        "اندلعت اشتباكات بين الشرطة ومتظاهرين أكراد في مدينة ديار بكر أمس. وبدأت الحكومة مفاوضات مع \
         الزعيم الكردي في سجن إيمرالي. ويقضي الزعيم عقوبة السجن في سجن إيمرالي منذ سنوات. واعتقلت \
         الشرطة عشرين متظاهرا.",
    );
    let arrest = place_at(&recs, "COERCE", "واعتقلت").expect("placed");
    assert_eq!(arrest.name.as_deref(), Some("Diyarbakir"), "{recs:#?}");
}

#[test]
fn an_event_told_across_a_country_is_placed_in_the_country() {
    for (text, country) in [
        ("قتل أربعون شخصا في مناطق مختلفة من سوريا يوم الأحد، بينهم عشرة في مدينة دمشق.", "SYR"),
        ("اندلعت اشتباكات بين الشرطة والمتظاهرين في مختلف أنحاء العراق أمس، وأشدها في البصرة.", "IRQ"),
    ] {
        let recs = code(text);
        let r = recs.iter().find(|r| r.event_type == "ASSAULT").expect("an assault");
        let l = r.location.as_ref().expect("placed");
        assert_eq!((l.country.as_deref(), l.precision.as_deref()), (Some(country), Some("country")), "{recs:#?}");
    }
    // Without such a phrase the town named stays the place.
    let p = place_of("قتل عشرة أشخاص في مدينة دمشق يوم الأحد.", "ASSAULT").expect("placed");
    assert_eq!(p.name.as_deref(), Some("Damascus"));
}

#[test]
fn a_meeting_of_two_states_reported_from_the_host_city_was_held_there() {
    let recs = code("القاهرة (رويترز) - التقى وزير الخارجية المصري اليوم بنظيره اللبناني لبحث العلاقات بين البلدين.");
    let r = recs.iter().find(|r| r.event_type == "CONSULT").expect("a meeting");
    let l = r.location.as_ref().expect("placed at the dateline");
    assert_eq!((l.name.as_deref(), l.country.as_deref()), (Some("Cairo"), Some("EGY")), "{recs:#?}");
    assert!(l.text.is_none());
    // A condemnation between the two states is still not placed by the dateline.
    let recs = code("القاهرة (رويترز) - أدان وزير الخارجية المصري اليوم الحكومة اللبنانية.");
    if let Some(r) = recs.iter().find(|r| r.event_type == "ACCUSE") {
        assert!(r.location.is_none(), "{r:#?}");
    }
}

#[test]
fn later_meetings_of_the_lead_meeting_are_held_at_its_venue() {
    // (text, sentence of the meeting, expected place name) — sentences are our own.
    let lead = "أجرى وزير الخارجية الأمريكي محادثات مع نظيره السعودي اليوم في الرياض حول الأزمة اليمنية. \
                والتقى الوزير الأمريكي بعد ذلك نظيره الكويتي. والتقى وزير الخارجية المصري نظيره الأردني. \
                وكان الوزير الأمريكي قد التقى نظيره الكويتي في العام الماضي.";
    let planned = "يعقد وزراء الخارجية العرب اجتماعا في القاهرة الشهر المقبل. \
                   والتقى وزير الخارجية المصري اليوم نظيره التونسي.";
    let table: [(&str, &str, Option<&str>); 4] = [
        // The same day's meeting of the touring minister: at the lead's venue.
        (lead, "والتقى الوزير الأمريكي بعد ذلك", Some("Riyadh")),
        // No party of the lead's meeting: the venue is not known.
        (lead, "والتقى وزير الخارجية المصري", None),
        // A recalled meeting was held at another time, so anywhere.
        (lead, "وكان الوزير الأمريكي قد التقى", None),
        // Today's talks are not held at next month's meeting.
        (planned, "والتقى وزير الخارجية المصري اليوم", None),
    ];
    for (text, sentence, want) in table {
        let recs = code(text);
        let r = recs
            .iter()
            .find(|r| r.event_type == "CONSULT" && r.evidence.sentence.starts_with(sentence))
            .unwrap_or_else(|| panic!("no meeting in {sentence:?}: {recs:#?}"));
        let l = r.location.as_ref();
        assert_eq!(l.and_then(|l| l.name.as_deref()), want, "{sentence:?}: {r:#?}");
        assert!(l.is_none_or(|l| l.text.is_none()), "an inherited venue has no text: {r:#?}");
    }
}

#[test]
fn a_town_in_construct_with_a_gathering_noun_is_its_venue() {
    // (text, trigger, expected place name) — sentences are our own.
    let recalled =
        "يشارك وزير الخارجية المصري في القمة التي تبدأ اليوم، وكان الوزير قد حضر أيضا قمة مكة الاستثنائية عام 2012.";
    let table: [(&str, &str, Option<&str>); 8] = [
        // "the Doha summit": the summit is held in Doha (not Qatar as the summit's party).
        ("وقال وزير الخارجية إن قمة الدوحة ستبحث إصلاح الجامعة العربية.", "قمة", Some("Doha")),
        (
            "وقال الوزير إن محادثات أديس أبابا بين البلدين انتهت أمس باتفاق على ترسيم الحدود.",
            "محادثات",
            Some("Addis Ababa"),
        ),
        // Only the gathering's own event takes it: today's summit was not in Mecca.
        (recalled, "قمة", Some("Mecca")),
        (recalled, "يشارك", None),
        // An act decided during the gathering, or taking part in it, was there.
        ("قررت الدول الأعضاء تجميد عضوية سوريا خلال قمة مكة الاستثنائية.", "تجميد عضوية", Some("Mecca")),
        ("شارك وزير الخارجية المصري أمس في مؤتمر جنيف الذي دعت إليه الأمم المتحدة.", "شارك", Some("Geneva")),
        // A country after the noun is the gathering's subject, not its venue.
        ("شارك وزير الخارجية المصري أمس في مؤتمر سوريا الذي دعت إليه الأمم المتحدة.", "شارك", None),
        // An event dated by the gathering is not at it, nor in its country.
        ("قتل ثلاثة جنود أمس في هجوم وقع بعد يومين من انتهاء محادثات جنيف بين الطرفين.", "قتل", None),
    ];
    for (text, trigger, want) in table {
        let recs = code(text);
        let r = recs
            .iter()
            .find(|r| r.trigger == trigger)
            .unwrap_or_else(|| panic!("no {trigger:?} in {text:?}: {recs:#?}"));
        let l = r.location.as_ref();
        assert_eq!(l.and_then(|l| l.name.as_deref()), want, "{text:?}: {r:#?}");
        if want.is_none() {
            assert!(l.is_none(), "no place at all: {r:#?}");
        }
    }
}

#[test]
fn a_province_named_with_its_noun_is_a_place() {
    // "إقليم" announces a province as "محافظة" does ("في إقليم ماردين" was left unplaced).
    let p = place_of("قتل جندي تركي في إقليم ماردين عندما انفجر لغم أرضي في عربة عسكرية.", "ASSAULT").expect("a place");
    assert_eq!((p.admin1.as_deref(), p.country.as_deref()), (Some("Mardin"), Some("TUR")));
    // The Turkish spelling with ج: Doğubayazıt (a gazetteer form, scripts/gazetteer/tables.py).
    let p = place_of("قتل جنديان في هجوم على موقع لقوات الأمن في منطقة دوجو بايزيد شرقي تركيا.", "ASSAULT")
        .expect("a place");
    assert_eq!((p.name.as_deref(), p.admin1.as_deref()), (Some("Dogubayazit"), Some("Agri")));
}

#[test]
fn a_name_two_countries_share_does_not_choose_the_article_country() {
    // "طرابلس" is Tripoli in Libya (the larger) and in Lebanon: its mentions no longer vote for
    // Libya, so the Lebanese army and Bab al-Tabbaneh make the article Lebanese.
    let text = "انتشر الجيش اللبناني في طرابلس وأقام حواجز بين باب التبانة وجبل محسن. \
                وسمع دوي انفجار في سوق الخضار في طرابلس.";
    let recs = code(text);
    let placed: Vec<_> =
        recs.iter().filter_map(|r| r.location.as_ref()).filter(|l| l.name.as_deref() == Some("Tripoli")).collect();
    assert!(!placed.is_empty(), "{recs:#?}");
    assert!(placed.iter().all(|l| l.country.as_deref() == Some("LBN")), "{placed:#?}");
    // With Libyan parties the same name is the Libyan capital.
    let p = place_of("قتل مسلحون ثلاثة من رجال الشرطة الليبية في طرابلس.", "ASSAULT").expect("a place");
    assert_eq!(p.country.as_deref(), Some("LBY"));
}

#[test]
fn an_unknown_name_of_two_words_is_placed_in_the_division_after_it() {
    // (sentence, admin1, country): a name the gazetteer lacks, of one or two words, then "في" or
    // a glued "ب" and the place that contains it. Before, only a division noun or a division
    // right after the name's first word counted, so these had only their country.
    let rows = [
        ("قتل ثلاثة جنود في تفجير استهدف نقطة تفتيش بمدينة رادع في محافظة البيضاء.", "Al Bayda'", "YEM"),
        ("قتل جندي في هجوم على منطقة بيت الشباب في شرناخ.", "Sirnak", "TUR"),
        // (Şırnak is also written with ك, a form added in this session.)
        ("قتل جندي في هجوم على منطقة بيت الشباب في شرناك.", "Sirnak", "TUR"),
        // (Qasr al-Nil itself is a hand row since the fourteenth session: "عزبة النخل" stands
        // for a name the gazetteer lacks.)
        ("اندلعت اشتباكات بين المتظاهرين والشرطة في منطقة عزبة النخل بالقاهرة.", "Cairo", "EGY"),
    ];
    for (text, admin1, country) in rows {
        let p = place_of(text, "ASSAULT").unwrap_or_else(|| panic!("no place in {text:?}"));
        assert_eq!((p.admin1.as_deref(), p.country.as_deref()), (Some(admin1), Some(country)), "{text}");
        assert_eq!((p.name.as_deref(), p.precision.as_deref()), (None, Some("admin1")), "{text}");
    }
}

#[test]
fn an_unknown_name_before_a_town_noun_or_a_homonym_abroad_takes_its_anchor() {
    // (sentence, event type, admin1, country): twentieth session. The anchor or container of a
    // name the gazetteer lacks may come with a town noun ("جنوبي مدينة كركوك", "في مدينة حلب",
    // "بمدينة صيدا"), and a name whose every row lies far off in another country than its anchor
    // or container is such a name too ("الكرامة" is a town of Jordan, "عين البيضاء" one of
    // Algeria). Before, these had only the article's country, or the row abroad.
    let rows = [
        ("قتل شخص في هجوم شنه مسلحون قرب حي واحد حزيران جنوبي مدينة كركوك.", "ASSAULT", "Kirkuk", "IRQ"),
        ("تمكنت القوات الأمنية من اقتحام منطقة البوسيف شمالي مدينة الرمادي.", "COERCE", "Al Anbar", "IRQ"),
        ("اندلعت اشتباكات عنيفة في حي الزهور في مدينة حلب بين القوات والمسلحين.", "ASSAULT", "Aleppo", "SYR"),
        ("قتل جنديان في انفجار عبوة ناسفة في منطقة الكرامة جنوب الموصل.", "ASSAULT", "Nineveh", "IRQ"),
        ("اعتقلت قوات الأمن ثلاثة أشخاص في بلدة عين البيضاء بمدينة صيدا.", "COERCE", "South", "LBN"),
    ];
    for (text, event_type, admin1, country) in rows {
        let p = place_of(text, event_type).unwrap_or_else(|| panic!("no place in {text:?}"));
        assert_eq!(
            (p.admin1.as_deref(), p.country.as_deref(), p.name.as_deref()),
            (Some(admin1), Some(country), None),
            "{text}"
        );
    }
    // A row of another country near the container is that row: Damascus Gate (Palestine) in
    // Jerusalem (a row of Israel).
    let p = place_of("اعتقلت قوات الاحتلال شابا من منطقة باب العامود بمدينة القدس.", "COERCE").expect("placed");
    assert_eq!((p.name.as_deref(), p.country.as_deref()), (Some("Damascus Gate"), Some("PSE")));
}

#[test]
fn a_word_after_a_place_noun_that_goes_on_with_the_sentence_is_no_name() {
    // (sentence, event type, the word that was read as an unknown place's name): a verb of
    // lying somewhere, a preposition, nearness and the fighting itself are not names; the
    // known place after them, or the story's, stands instead.
    let rows = [
        ("سقط صاروخ على قرية تقع على بعد خمسة كيلومترات من مدينة تلعفر.", "ASSAULT", "تقع"),
        ("أصيب شاب برصاص القناصة في منطقة بين حيين في مدينة طرابلس اللبنانية.", "ASSAULT", "بين"),
        ("قتل جنديان في منطقة قريبة من مدينة الرمادي أمس.", "ASSAULT", "قريبة"),
        ("نصب مسلحون كمينا للجيش اليمني في منطقة المعارك أمس.", "ASSAULT", "المعارك"),
    ];
    for (text, ty, word) in rows {
        let p = place_of(text, ty);
        assert_ne!(p.as_ref().and_then(|p| p.text.as_deref()), Some(word), "{text}: {p:?}");
    }
    // A name the gazetteer lacks is still a place after the noun.
    let p = place_of("قتل مسلحون شرطيا عراقيا في قرية زبيدان أمس.", "ASSAULT").expect("a place");
    assert_eq!(p.text.as_deref(), Some("زبيدان"));
}

#[test]
fn a_nickname_is_not_a_place() {
    // "الملقب بـ"الحسكة"": a man nicknamed after a Syrian town, in a story about Lebanon.
    let p = place_of("أصيب الشاب الملقب بـ\"الحسكة\" برصاصة أطلقها أحد القناصة أمس.", "ASSAULT");
    assert_ne!(p.as_ref().and_then(|p| p.name.as_deref()), Some("Hasakah"), "{p:?}");
    // After a preposition the same town is a place.
    let p = place_of("قتل ثلاثة مسلحين في الحسكة أمس.", "ASSAULT").expect("a place");
    assert_eq!(p.name.as_deref(), Some("Hasakah"));
}

#[test]
fn the_side_of_the_square_is_not_medan() {
    // "من ناحية الميدان" "from the side of the square": neither the district noun "ناحية" nor
    // Medan in Sumatra.
    let p = place_of("وتقع مناوشات بين المتظاهرين والشرطة المصرية من ناحية الميدان.", "ASSAULT");
    assert_ne!(p.as_ref().and_then(|p| p.country.as_deref()), Some("IDN"), "{p:?}");
}

#[test]
fn a_topic_with_any_adjective_is_not_the_venue() {
    // "بحث الأوضاع الراهنة في سوريا": the situation a meeting is about, whatever its adjective.
    let recs = code("عقد وزير الخارجية الأردني اجتماعا مع نظيره السعودي لبحث الأوضاع الراهنة في سوريا.");
    let r = recs.iter().find(|r| r.event_type == "CONSULT").expect("a CONSULT");
    assert_ne!(r.location.as_ref().and_then(|l| l.country.as_deref()), Some("SYR"), "{r:?}");
}

#[test]
fn an_attack_on_a_state_or_a_conviction_by_its_court_is_in_that_state() {
    // (Thirteenth session.) An attack by one state on another state as such is in the state
    // attacked, at country precision; before, two different states left it unplaced.
    let country = |text: &str, event_type: &str| {
        place_of(text, event_type).map(|l| (l.country.unwrap_or_default(), l.precision.unwrap_or_default()))
    };
    for (text, iso3) in [
        ("شنت إسرائيل غارة على سوريا أمس.", "SYR"),
        ("قصفت القوات التركية العراق الليلة الماضية.", "IRQ"),
        ("نفذت الطائرات الأمريكية هجوما على الحكومة الليبية أمس.", "LBY"),
    ] {
        assert_eq!(country(text, "ASSAULT"), Some((iso3.to_string(), "country".to_string())), "{text}");
    }
    // Soldiers of another state may be anywhere: an attack on them is not placed by them.
    assert_eq!(place_of("قتلت القوات الإسرائيلية جنديين سوريين أمس.", "ASSAULT"), None);
    // A sentence by a court or government of the article's country is passed in that country.
    assert_eq!(
        country("قضت محكمة الجنايات الكويتية أمس بسجن ناشطين اثنين عامين.", "SANCTION"),
        Some(("KWT".to_string(), "country".to_string()))
    );
    assert_eq!(
        country("وكانت الحكومة السودانية قد أصدرت أحكاما بالإعدام بحق أربعة متهمين.", "SANCTION").map(|c| c.0),
        Some("SDN".to_string())
    );
}

#[test]
fn a_place_with_a_glued_lam_is_whom_a_statement_is_for() {
    // (Thirteenth session.) "لتركيا", "لسوريا": to or for Turkey, Syria, not where the support or
    // the warning was given.
    assert_eq!(place_of("أكدت الحكومة القطرية دعمها الكامل لتركيا.", "SUPPORT"), None);
    assert_eq!(place_of("وجهت الحكومة الأردنية تحذيرا لسوريا من التصعيد.", "THREATEN"), None);
    // A visit goes there.
    let p = place_of("بدأ وزير الخارجية المصري اليوم زيارة لتركيا.", "CONSULT").expect("a place");
    assert_eq!(p.country.as_deref(), Some("TUR"), "{p:#?}");
}

#[test]
fn the_territory_of_a_state_after_the_trigger_is_in_that_state() {
    // (Thirteenth session.) "أراضي X", "الأجواء/المياه الـX-ية" right after the trigger of a
    // physical event with no place of its own: the country, at country precision.
    for (text, event_type, iso3) in [
        ("توغلت قوات تركية أمس داخل الأراضي السورية لملاحقة المسلحين.", "COERCE", "SYR"),
        ("ضبطت البحرية شحنة أسلحة في المياه الإقليمية اليمنية أمس.", "COERCE", "YEM"),
        ("قتل مسلحون ثلاثة حراس داخل أراضي العراق أمس.", "ASSAULT", "IRQ"),
        // (Fourteenth session.) "المجال الجوي X-ي": the air space, with its adjective.
        ("أسقطت الدفاعات الجوية طائرة مسيرة في المجال الجوي العراقي أمس.", "ASSAULT", "IRQ"),
    ] {
        let recs = code(text);
        let r = recs.iter().find(|r| r.event_type == event_type).unwrap_or_else(|| panic!("{text}: {recs:#?}"));
        let l = r.location.as_ref().unwrap_or_else(|| panic!("{text}: {r:#?}"));
        assert_eq!((l.country.as_deref(), l.precision.as_deref()), (Some(iso3), Some("country")), "{text}");
    }
    // "المجال" with no country after it is no territory.
    let recs = code("أسقطت الدفاعات الجوية طائرة مسيرة في المجال الجوي أمس.");
    for r in &recs {
        assert_ne!(r.location.as_ref().and_then(|l| l.precision.as_deref()), Some("country"), "{r:#?}");
    }
    // Fired from that ground, the event is elsewhere.
    let recs = code("أطلق مسلحون قذائف على مواقع الجيش العراقي من الأراضي السورية أمس.");
    for r in &recs {
        assert_ne!(r.location.as_ref().and_then(|l| l.country.as_deref()), Some("SYR"), "{r:#?}");
    }
}

#[test]
fn a_name_several_places_bear_is_the_one_near_its_anchor() {
    // (Fourteenth session.) "صوران" is a town of Hama and a town near Azaz in Aleppo: a
    // relative phrase after it, or another place of the sentence, says which.
    let admin1 = |text: &str| place_of(text, "ASSAULT").and_then(|l| l.admin1);
    for text in [
        "قصفت طائرات حربية بلدة صوران بالقرب من مدينة أعزاز أمس.",
        "قصفت طائرات حربية بلدة صوران شمالي حلب أمس.",
        "قصفت طائرات حربية مواقع في صوران وأعزاز أمس.",
    ] {
        assert_eq!(admin1(text).as_deref(), Some("Aleppo"), "{text}");
    }
    // Look-alikes: alone, or near a place of its own division, the usual reading stays.
    for text in ["قصفت طائرات حربية بلدة صوران أمس.", "قصفت طائرات حربية بلدة صوران شمال حماة أمس."]
    {
        assert_eq!(admin1(text).as_deref(), Some("Hama"), "{text}");
    }
}

#[test]
fn a_us_or_nigerian_state_is_a_first_level_division() {
    // (sentence, event type, name, admin1, country, precision): the states of the United
    // States and Nigeria are admin1 rows (places15); before, "بولاية ميزوري" had only its
    // country. A town named before its state stays the town, inside that state.
    let rows = [
        ("أطلق مسلح النار على حشد في مركز تجاري بولاية أوهايو فقتل ثلاثة.", "ASSAULT", "Ohio", "Ohio", "USA", "admin1"),
        ("قتل مسلحون من بوكو حرام عشرين قرويا في ولاية يوبي.", "ASSAULT", "Yobe", "Yobe", "NGA", "admin1"),
        ("تظاهر المئات في مدينة فيرغسون بولاية ميزوري.", "PROTEST", "Ferguson", "Missouri", "USA", "place"),
        // (A state that shares its name with a country or a capital only with "ولاية".)
        ("اعتقلت الشرطة رجلين في ولاية جورجيا بتهمة التخطيط لهجوم.", "COERCE", "Georgia", "Georgia", "USA", "admin1"),
    ];
    for (text, ty, name, admin1, country, precision) in rows {
        let p = place_of(text, ty).unwrap_or_else(|| panic!("no place in {text:?}"));
        assert_eq!(
            (p.name.as_deref(), p.admin1.as_deref(), p.country.as_deref(), p.precision.as_deref()),
            (Some(name), Some(admin1), Some(country), Some(precision)),
            "{text}"
        );
    }
    // Look-alike: the country Georgia named alone stays the country.
    let p = place_of("اعتقلت الشرطة رجلين في جورجيا بتهمة التخطيط لهجوم.", "COERCE").expect("a place");
    assert_eq!((p.country.as_deref(), p.admin1.as_deref()), (Some("GEO"), None));
}

#[test]
fn almaty_written_in_two_words_is_a_dateline() {
    let p = place_of("ألما آتا (رويترز) - التقى وزير الخارجية الكازاخستاني نظيره الروسي اليوم.", "CONSULT")
        .expect("placed");
    assert_eq!((p.name.as_deref(), p.country.as_deref()), (Some("Almaty"), Some("KAZ")));
}

/// Places17: a well-known place right after "شهد/تشهد/شهدت" is the subject that "witnessed" the
/// event, so its place; a smaller one keeps needing its place noun, a person or "the world"
/// after the verb is no place, and an adverb with tanween ("دوماً") is no name.
#[test]
fn the_subject_of_a_witnessed_verb_is_the_event_place() {
    let rows = [
        ("شهدت الموصل صباح اليوم اشتباكات عنيفة بين الجيش ومسلحين.", "ASSAULT", "Mosul"),
        ("وتشهد حلب منذ أيام معارك ضارية بين القوات الحكومية والمعارضة.", "ASSAULT", "Aleppo"),
        ("كما شهدت بلدة تلكلخ مظاهرات حاشدة ضد النظام.", "PROTEST", "Tal Kalakh"),
    ];
    for (text, event_type, name) in rows {
        let l = place_of(text, event_type).unwrap_or_else(|| panic!("no place: {text}"));
        assert_eq!(l.name.as_deref(), Some(name), "{text}");
    }
    for text in [
        "شهد الوزير توقيع الاتفاق بين الحكومة والمتمردين على وقف القتال.",
        "وتشهد دوماً قاعات الأفراح إطلاق أعيرة نارية في الحفلات.",
    ] {
        let recs = code(text);
        assert!(recs.iter().all(|r| r.location.is_none()), "{text}: {recs:#?}");
    }
}

#[test]
fn places_the_records_named_without_a_row_now_have_one() {
    // (sentence, event type, name, admin1, country): twenty-first session (places22). Each name
    // was read after a place noun but had no gazetteer row (or only one abroad), so the event had
    // the article's country, or Syria's Douma for the West Bank village: a village that a larger
    // town abroad shares its name with, spellings the sources lack (a final hamza, Turkish ج/ت),
    // and small places the audit's records named.
    let rows = [
        // (Protesters, not settlers, since needs2: settlers' arson is no PROTEST.)
        ("أحرق محتجون إطارات في قرية دوما في الضفة الغربية فجر الجمعة.", "PROTEST", "Duma", "Nablus", "PSE"),
        (
            "قصفت الطائرات معسكرات في منطقة الصباحة غرب العاصمة اليمنية صنعاء.",
            "ASSAULT",
            "Al-Sabaha",
            "Amanat Al Asimah",
            "YEM",
        ),
        ("قصف طيران التحالف معسكرا للمتمردين في مدينة المخاء اليمنية.", "ASSAULT", "Mocha", "Ta'izz", "YEM"),
        ("قتل شرطيان تركيان في هجوم على مركز للشرطة في مدينة بوزانتي.", "ASSAULT", "Pozanti", "Adana", "TUR"),
        ("استهدف هجوم انتحاري ثكنة للدرك التركي قرب مدينة دوجوبيازيت.", "ASSAULT", "Dogubayazit", "Agri", "TUR"),
        ("ألقت الشرطة البحرينية القبض على ثلاثة شبان في منطقة السهلة.", "COERCE", "Al Sahla", "Northern", "BHR"),
    ];
    for (text, event_type, name, admin1, country) in rows {
        let p = place_of(text, event_type).unwrap_or_else(|| panic!("no place in {text:?}"));
        assert_eq!(
            (p.name.as_deref(), p.admin1.as_deref(), p.country.as_deref()),
            (Some(name), Some(admin1), Some(country)),
            "{text}"
        );
    }
    // Syria's Douma stays Syria's in a Syrian story.
    let p = place_of("قتل ستة أشخاص في قصف على مدينة دوما في ريف دمشق.", "ASSAULT").expect("placed");
    assert_eq!((p.name.as_deref(), p.country.as_deref()), (Some("Douma"), Some("SYR")));
}

/// Places24: place nouns whose first letter is a clitic's ("ولاية", "بلدة") were read as
/// "و" + "لاية" and "ب" + "لدة" by the geocoder's clitic peeling, so a state after "في ولاية"
/// contained nothing, "ولاية الكاف" was the town, and "قادمين من ولاية …" was no origin; an
/// origin word that starts with "و" ("وافدين") was missed the same way.
#[test]
fn place_nouns_that_start_with_a_clitic_letter_are_read_whole() {
    // An unknown village inside a state named after "في ولاية": the state.
    let p = place_of("هاجم مسلحون مقر شركة في بلدة نيتيلا في ولاية تارابا أمس.", "ASSAULT").expect("placed");
    assert_eq!(
        (p.admin1.as_deref(), p.country.as_deref(), p.precision.as_deref()),
        (Some("Taraba"), Some("NGA"), Some("admin1"))
    );
    let p = place_of("قتل مسلحون جنديا في قرية ساريكوي في ولاية أغري شرق تركيا.", "ASSAULT").expect("placed");
    assert_eq!((p.admin1.as_deref(), p.precision.as_deref()), (Some("Agri"), Some("admin1")));
    // "ولاية الكاف" is the governorate, not its capital town.
    let p = place_of("قتل مسلحون شرطيا في ولاية الكاف أمس.", "ASSAULT").expect("placed");
    assert_eq!((p.feature.as_deref(), p.admin1.as_deref()), (Some("admin1"), Some("Kef")));
    // Where the marchers came from, after "ولاية" or "وافدين", is not where they were shot.
    for (text, name) in [
        ("أطلقت الشرطة النار على محتجين قادمين من ولاية الجزيرة عند مدخل مدينة الخرطوم.", "Khartoum"),
        ("أطلقت قوات الأمن النار على متظاهرين وافدين من محافظة لحج عند مدخل مدينة عدن.", "Aden"),
    ] {
        let p = place_of(text, "ASSAULT").expect("placed");
        assert_eq!(p.name.as_deref(), Some(name), "{text}");
    }
}

#[test]
fn an_anaphoric_place_noun_is_the_place_of_its_kind_named_last() {
    // Twenty-third session (places25). "في المدينة", "في القرية", "بالمحافظة" with no name of
    // their own refer to the town, village or governorate the article named last; the story's
    // first town (Aleppo, Ramadi) is not where the later event happened.
    for (text, name, admin1, precision) in [
        (
            "قتل ثلاثة جنود في هجوم على حاجز في مدينة حلب. وفي مدينة حمص، قصفت الطائرات حيا سكنيا. \
             واعتقلت الشرطة عشرة شبان في المدينة.",
            "Homs",
            "Homs",
            "place",
        ),
        (
            "قتل شاب في هجوم قرب مدينة نابلس. واقتحم جنود قرية عوريف. واعتقل الجنود شابين في القرية.",
            "Urif",
            "Nablus",
            "place",
        ),
        // "المحافظة" after a town: the town's governorate.
        (
            "قتل جنديان في انفجار عبوة في مدينة الرمادي. وفي مدينة بعقوبة قتل شرطي برصاص مسلحين. \
             واعتقلت قوات الأمن خمسة مشتبه بهم بالمحافظة.",
            "Diyala",
            "Diyala",
            "admin1",
        ),
    ] {
        let p = place_of(text, "COERCE").expect("placed");
        assert_eq!(
            (p.name.as_deref(), p.admin1.as_deref(), p.precision.as_deref()),
            (Some(name), Some(admin1), Some(precision)),
            "{text}"
        );
    }
    // A noun with an adjective is a name of its own ("المدينة القديمة"), and "المحافظة على" is
    // "preserving": the story's town stays.
    for text in [
        "قتل جنديان في انفجار عبوة في مدينة الرمادي. وفي مدينة بعقوبة قتل شرطي برصاص مسلحين. \
         واعتقلت قوات الأمن خمسة مشتبه بهم في المدينة القديمة.",
        "قتل جنديان في انفجار عبوة في مدينة الرمادي. وفي مدينة بعقوبة قتل شرطي برصاص مسلحين. \
         واعتقلت قوات الأمن خمسة مشتبه بهم في إطار المحافظة على الأمن.",
    ] {
        let p = place_of(text, "COERCE").expect("placed");
        assert_eq!(p.name.as_deref(), Some("Ramadi"), "{text}");
    }
}

#[test]
fn an_unknown_name_in_a_town_is_near_the_town() {
    // Twenty-fourth session (places28). A name the gazetteer lacks followed by a town after "في"
    // or a glued "ب" is a quarter or village of that town: the town's point and divisions at
    // district precision, no name (the baseline gave the first-level division's centre).
    for (text, event_type, admin1, admin2, point) in [
        (
            "قتل ثلاثة مسلحين في اشتباكات مع الشرطة في منطقة منجوبير بكراتشي.",
            "ASSAULT",
            "Sindh",
            None,
            (24.8608, 67.0104),
        ),
        (
            "اقتحمت القوات الأمنية منطقة البوغانم في مدينة الرمادي أمس.",
            "COERCE",
            "Al Anbar",
            Some("Ramadi District"),
            (33.42056, 43.30778),
        ),
        ("استشهد جندي برصاص مسلحين في بلدة الجش بالقطيف.", "ASSAULT", "Eastern Province", None, (26.56542, 50.0089)),
    ] {
        let p = place_of(text, event_type).expect("placed");
        assert_eq!(
            (p.name.as_deref(), p.admin1.as_deref(), p.admin2.as_deref(), p.precision.as_deref()),
            (None, Some(admin1), admin2, Some("admin2")),
            "{text}"
        );
        let (lat, lon) = (p.lat.expect("lat"), p.lon.expect("lon"));
        assert!((lat - point.0).abs() < 0.01 && (lon - point.1).abs() < 0.01, "{text}: {lat},{lon}");
    }
    // A division noun ("بولاية") or the countryside ("بريف") before the container: the division.
    for (text, admin1) in [
        ("قتل جنديان في كمين في منطقة الحصين بولاية خنشلة.", "Khenchela"),
        ("قصفت الطائرات قرية الكفيرات بريف حلب.", "Aleppo"),
    ] {
        let p = place_of(text, "ASSAULT").expect("placed");
        assert_eq!((p.admin1.as_deref(), p.precision.as_deref()), (Some(admin1), Some("admin1")), "{text}");
    }
}

#[test]
fn a_town_after_a_preposition_with_a_glued_conjunction_places_the_event() {
    // Twenty-fifth session (places29). "وفي X،" opening a report, and "ففي X", are the place
    // preposition with a glued و or ف: the baseline read no cue there and left the event
    // unplaced (or gave it the story's place).
    for (text, event_type, name, country) in [
        ("وفي حلب، قصفت الطائرات الحربية سوقا شعبيا.", "ASSAULT", "Aleppo", "SYR"),
        ("ففي الموصل اعتقلت القوات الأمنية خمسة مسلحين.", "COERCE", "Mosul", "IRQ"),
        ("وفي الدار البيضاء تظاهر مئات العمال للمطالبة برفع الأجور.", "PROTEST", "Casablanca", "MAR"),
    ] {
        let p = place_of(text, event_type).expect("placed");
        assert_eq!(
            (p.name.as_deref(), p.country.as_deref(), p.precision.as_deref()),
            (Some(name), Some(country), Some("place")),
            "{text}"
        );
    }
    // "أوج" ("peak") is a common word, not Iran's Avaj (a place stop-word).
    let p = place_of("وبدت الجماعة في أوج قوتها حين هاجم مسلحون منها حاجزا للشرطة.", "ASSAULT");
    assert!(p.as_ref().is_none_or(|p| p.country.as_deref() != Some("IRN")), "{p:?}");
}

#[test]
fn a_definite_noun_with_a_masculine_adjective_after_a_preposition_is_no_place() {
    // Twenty-fifth session (places30). A definite name right after a preposition, followed by a
    // definite masculine adjective, is a common noun with its adjective (towns are feminine): the
    // spine is not Yemen's Amud, the trade balance not Afghanistan's Mizan, the final scene not
    // Mashhad, the front row not Egypt's Saff; the baseline placed each event there.
    for (text, event_type, wrong) in [
        ("أصيب عامل بناء بكسر في العمود الفقري بعد سقوطه من سقالة.", "ASSAULT", "YEM"),
        ("وقال الخبير إن الحكومة فرضت حظرا على الواردات بعد العجز في الميزان التجاري.", "COERCE", "AFG"),
        ("ولم يمر ذلك دون ثمن، إذ أصيب مدافع الفريق في المشهد الختامي بعد احتكاك قوي.", "ASSAULT", "IRN"),
        ("أصيب ثلاثة متظاهرين كانوا يقفون في الصف الأمامي خلال المسيرة.", "PROTEST", "EGY"),
    ] {
        let p = place_of(text, event_type);
        assert!(p.as_ref().is_none_or(|p| p.country.as_deref() != Some(wrong)), "{text}: {p:?}");
    }
    // A town with a direction adjective, or after a naming noun, stays a place.
    for (text, event_type, name) in [
        ("قصفت المدفعية مواقع للمسلحين في الرمادي الشمالي.", "ASSAULT", "Ramadi"),
        ("أغلقت السلطات مطار المكلا الدولي أمام الرحلات المدنية.", "COERCE", "Mukalla International Airport"),
    ] {
        let p = place_of(text, event_type).expect("placed");
        assert_eq!(p.name.as_deref(), Some(name), "{text}");
    }
}

#[test]
fn a_name_with_no_row_in_its_division_or_its_story_country_is_a_homonym() {
    // Twenty-sixth session (places31). A name none of whose rows lies in or near the division
    // named after it is a place of that division the gazetteer lacks, even when a row of the
    // same country lies elsewhere (the baseline took Egypt's Mansoura here).
    let p = place_of("قتل عشرة مسلحين في هجوم على بلدة المنصورة بمحافظة حلب.", "ASSAULT").expect("placed");
    assert_eq!(
        (p.name.as_deref(), p.admin1.as_deref(), p.country.as_deref()),
        (None, Some("Aleppo"), Some("SYR")),
        "{p:?}"
    );
    // A one-word town of a country the story is not about is a homonym as a village is (the
    // baseline took Yemen's Zakhim in a Nigerian story) ...
    let p = place_of(
        "قال الجيش النيجيري إن قوات تشادية وكاميرونية ونيجرية تشارك في العمليات ضد بوكو حرام في تشاد \
         والكاميرون والنيجر. وأضاف الجيش النيجيري أنه اعتقل خمسة مسلحين في بلدة زخم.",
        "COERCE",
    );
    assert!(p.as_ref().is_none_or(|p| p.country.as_deref() != Some("YEM")), "{p:?}");
    // ... unless a demonym of its country follows it.
    let p = place_of(
        "قال الأمن المغربي إن الخلية كانت على صلة بمتشددين في تونس والجزائر وليبيا وأوقف عناصرها في \
         الرباط وطنجة. وكان زوج إحدى الموقوفات قد قتل في بلدة الرس السعودية.",
        "ASSAULT",
    )
    .expect("placed");
    assert_eq!((p.name.as_deref(), p.country.as_deref()), (Some("Rass"), Some("SAU")), "{p:?}");
}

#[test]
fn an_unplaced_event_told_country_wide_does_not_take_the_story_town() {
    // The story's town is Bujumbura (the arrests); the boycott is told of Burundi, the country
    // itself and no town of it, past the place reach: Burundi at country precision (places41).
    let recs = code(
        "اعتقلت الشرطة عشرة ناشطين في مدينة بوجمبورا أمس. وتواصل عد الأوراق في بوروندي طوال اليوم \
         بعد الاقتراع الذي جرى وسط توتر شديد وقاطعته أحزاب المعارضة.",
    );
    let boycott = recs.iter().find(|r| r.event_type == "PROTEST").unwrap_or_else(|| panic!("{recs:#?}"));
    let loc = boycott.location.as_ref().unwrap_or_else(|| panic!("{boycott:#?}"));
    assert_eq!((loc.country.as_deref(), loc.precision.as_deref()), (Some("BDI"), Some("country")), "{recs:#?}");
}

/// Towns GeoNames has without a usable Arabic name, given hand rows with GeoNames' coordinates
/// (`extra.tsv`, thirtieth session, places42): the event is placed at the town, not the country.
/// Yemen's al-Hazm has only "مدينة الحزم": "الحزم" alone is a common word ("عاصفة الحزم").
#[test]
fn towns_geonames_has_without_an_arabic_name_are_placed() {
    let cases = [
        ("اعتقلت الشرطة ثلاثة مهربين في محافظة حقل أمس.", "Haql", "SAU"),
        ("أصيب شابان في مشاجرة بمحافظة المندق مساء الخميس.", "Al Mindak", "SAU"),
        ("احتج عشرات المزارعين أمام مبنى البلدية في محافظة الأفلاج.", "Layla (Al-Aflaj)", "SAU"),
        ("قتل جنديان في هجوم على نقطة تفتيش في مدينة الحزم مساء أمس.", "Al Hazm", "YEM"),
        ("اشتبك مسلحون مع حرس الحدود في واحة الجغبوب فجر اليوم.", "Al Jaghbub", "LBY"),
        ("تظاهر مئات من السكان في مدينة الكفرة احتجاجا على انقطاع الكهرباء.", "Kufra", "LBY"),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|&(text, name, country)| {
            let p = code(text).into_iter().find_map(|r| r.location);
            let got = p.as_ref().map(|p| (p.name.as_deref(), p.country.as_deref(), p.precision.as_deref()));
            (got != Some((Some(name), Some(country), Some("place")))).then(|| format!("{text}: {p:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Towns and spellings the package's Arabic names lack, added as `extra.tsv` rows with GeoNames'
/// coordinates and ids (thirty-second session, places48): Calais and Gwoza have no Arabic name the
/// build keeps; «زيوريخ», «مونترري», the genitive «أبي عريش» and «دوجو بيازيد» are spellings the
/// package does not list for Zürich, Monterrey, Abu Arish and Doğubayazıt.
#[test]
fn towns_and_spellings_the_package_lacks_are_placed() {
    let cases = [
        ("أوقفت الشرطة الفرنسية عشرين مهاجرا في مدينة كاليه فجر السبت.", "Calais", "FRA"),
        ("هاجم مسلحون سوقا في بلدة غوزا وقتلوا سبعة تجار.", "Gwoza", "NGA"),
        ("اعتقلت شرطة مدينة زيوريخ موظفين اثنين بتهمة الرشوة.", "Zurich", "CHE"),
        ("أصيب خمسة أشخاص في انفجار عبوة داخل مدينة مونترري الليلة الماضية.", "Monterrey", "MEX"),
        ("اعتقلت الشرطة مهربين اثنين في محافظة أبي عريش أمس.", "Abu", "SAU"),
        ("فرقت الشرطة مسيرة للأكراد في بلدة دوجو بيازيد بالغاز المسيل للدموع.", "Dogubayazit", "TUR"),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|&(text, name, country)| {
            let p = code(text).into_iter().find_map(|r| r.location);
            let ok = p.as_ref().is_some_and(|p| {
                p.name.as_deref().is_some_and(|n| n.starts_with(name))
                    && p.country.as_deref() == Some(country)
                    && p.precision.as_deref() == Some("place")
            });
            (!ok).then(|| format!("{text}: {p:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Well-known venues whose name is no town's have rows of their own in the town they are in
/// (`extra.tsv`, thirtieth session, places43), carrying that town's coordinates: an event there
/// is placed at the venue (its town's point and admin1), not at the country or the region, and
/// the venue's town is found from it (`town_of_spot`).
#[test]
fn well_known_venues_are_placed_in_their_town() {
    let cases = [
        (
            "قتل عشرة مصلين في تفجير انتحاري داخل مسجد قوات الطوارئ ظهر الخميس.",
            "Emergency Forces mosque (Abha)",
            "Asir",
            "SAU",
        ),
        ("استقبل الملك في قصر اليمامة اليوم وزير خارجية البحرين.", "Al-Yamamah Palace (Riyadh)", "Riyadh", "SAU"),
        ("تظاهر مئات الأتراك أمام قاعدة إنجرليك احتجاجا على الغارات.", "Incirlik Air Base", "Adana", "TUR"),
        ("احتشد آلاف المصلين في المسجد الحرام وأغلقت الشرطة مداخله أمس.", "Masjid al-Haram (Mecca)", "Makkah", "SAU"),
        (
            "اعتقلت الشرطة رجلا حاول إشعال النار في المسجد النبوي فجر اليوم.",
            "Prophet's Mosque (Medina)",
            "Al Madinah",
            "SAU",
        ),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|&(text, name, admin1, country)| {
            let p = code(text).into_iter().find_map(|r| r.location);
            let got = p.as_ref().map(|p| (p.name.as_deref(), p.admin1.as_deref(), p.country.as_deref()));
            (got != Some((Some(name), Some(admin1), Some(country)))).then(|| format!("{text}: {p:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// places44: a record whose place was taken from another sentence of the happening (merged
/// mentions) loses it when its own sentence names another division and not that place: the
/// twelve killed "في محافظة الضالع" are not at the district of the ten killed in Aden. (The
/// baseline gave Al-Mansura District.)
#[test]
fn a_merged_mention_place_is_not_taken_by_a_sentence_naming_another_division() {
    let cases = [
        "أفادت مصادر طبية بأن المواجهات في مديرية المنصورة بعدن أسفرت أمس عن مقتل عشرة مسلحين. وفي محافظة الضالع المجاورة، أكد مصدر محلي أن المقاتلين تمكنوا أمس من قتل 12 مسلحا.",
        "أفادت الشرطة بأن الاشتباكات في حي الدورة ببغداد أسفرت عن مقتل عشرة أشخاص. وفي محافظة نينوى المجاورة، أكد مصدر أمني أن المسلحين تمكنوا أمس من قتل 12 شخصا.",
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|text| {
            let recs = code(text);
            let Some(r) = recs.iter().find(|r| r.event_type == "ASSAULT" && r.evidence.sentence.contains("12")) else {
                return Some(format!("{text}: no record of its own sentence"));
            };
            let name = r.location.as_ref().and_then(|l| l.name.as_deref());
            matches!(name, Some("Al-Mansura District" | "Dora" | "Baghdad")).then(|| format!("{text}: {name:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// places47: the division or country nearest before the trigger only says where the place named
/// right before it lies ("… بقطاع X في منطقة Y قتل", "مدينة X الساحلية في اليمن بعد اشتباكات"):
/// the event is at that place. (The baseline gave Asir and Yemen.)
#[test]
fn a_division_right_after_a_place_before_the_trigger_gives_way_to_it() {
    let cases = [
        (
            "في مخفر الحدود بقطاع ظهران الجنوب في منطقة عسير قتل جنديان بقذيفة أطلقت من خلف الحدود فجر الأحد.",
            "Dhahran al-Janub",
            "SAU",
        ),
        ("استعاد الجيش مدينة المكلا الساحلية في اليمن بعد اشتباكات عنيفة مع المسلحين دامت ثلاثة أيام.", "Mukalla", "YEM"),
    ];
    let wrong = wrong_places(&cases, "ASSAULT");
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// places49: a direction phrase set off after a town ("، وسط غرب تونس،", "في وسط المغرب") says
/// where the town lies; the country after it, nearest before the trigger, gives way to the town.
#[test]
fn a_country_after_a_town_and_a_direction_phrase_gives_way_to_the_town() {
    let cases = [
        (
            "احتشد مئات المحتجين الخميس في مدينة القصرين، وسط غرب تونس، غداة اشتباكات بين الشرطة ومهربين.",
            "Kasserine",
            "TUN",
        ),
        ("أعلنت السلطات أن سوقا في مدينة خنيفرة في وسط المغرب تعرضت لهجوم بسكين أوقع جريحين.", "Khenifra", "MAR"),
    ];
    let wrong = wrong_places(&cases, "ASSAULT");
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Divisions and spellings the thirty-fifth session's audit (places54) found missing, added as
/// gazetteer data: «كندوز» on the Kunduz division row (a division noun before it keeps the
/// division), Russia's Ryazan Oblast named with its noun, Pakistan's
/// Bajaur District (not Egypt's Al Bajur), «بولي علم» and «براكي باراك» for Pul-e Alam and
/// Baraki Barak, Paju (not Bago City), and «مدينة زنجبار» no longer a form of Tanzania's Zanzibar
/// only, so a Yemeni story's Zinjibar is Yemen's. (The last placed record is the row's.)
#[test]
fn divisions_and_spellings_the_audit_found_missing_are_placed() {
    let cases = [
        ("اشتبك الجيش الأفغاني مع مسلحي طالبان في ولاية كندوز شمالي البلاد.", "Kunduz", "AFG", "admin1"),
        ("هاجم مسلحون مركزا للشرطة في إقليم ريازان وقتلوا شرطيين.", "Ryazan Oblast", "RUS", "place"),
        ("قتل انتحاري أربعة شرطيين في مقاطعة باجور الباكستانية.", "Bajaur", "PAK", "admin2"),
        ("فجر انتحاري شاحنة مفخخة أمام مركز للشرطة في بولي علم جنوبي كابول.", "Pul", "AFG", "place"),
        (
            "تواصلت المعارك في اليمن أمس. وقصفت طائرات التحالف مواقع الحوثيين في مدينة زنجبار.",
            "Zinjibar",
            "YEM",
            "place",
        ),
        ("أصيب جنديان كوريان جنوبيان في انفجار لغم في مدينة باجو الكورية الجنوبية.", "Paju", "KOR", "place"),
        ("هاجم مسلحون نقطة تفتيش للجيش الأفغاني في براكي باراك وقتلوا جنديين.", "Baraki", "AFG", "place"),
    ];
    let wrong = wrong_last_places(&cases, |got, name| got.starts_with(name));
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// places55: towns and spellings the audits found without a row (read at country precision, or as a
/// homonym abroad: Beit Jinn as Israel's Beit Jann, the Iraqi towns as Jordan's, Egypt's or
/// Morocco's), and Suruç's Kurdish name. "قرب" (near) places at `admin2` precision.
#[test]
fn places_the_gazetteer_lacked_are_placed() {
    let cases = [
        ("قصفت المدفعية السورية مواقع للمعارضة في بلدة بيت جن بريف دمشق الغربي.", "Beit Jinn", "SYR", "place"),
        ("قتل جنديان عراقيان في هجوم لداعش على ناحية الخالدية شرقي الرمادي.", "Al Khalidiya", "IRQ", "place"),
        ("انفجرت عبوة ناسفة في سوق بمنطقة اليوسفية جنوب بغداد فقتلت ثلاثة أشخاص.", "Al Yusufiyah", "IRQ", "place"),
        ("أصيب خمسة مدنيين بانفجار عبوة في منطقة الحسينية شمالي بغداد.", "Al Husseiniya", "IRQ", "place"),
        ("استعادت القوات العراقية منطقة الطاش جنوب الرمادي بعد معارك مع داعش.", "Al Tash", "IRQ", "place"),
        ("قتل ثلاثة جنود ماليين في كمين قرب بلدة نامبالا وسط مالي.", "Nampala", "MLI", "admin2"),
        ("تظاهر مئات من سكان حي واكام في العاصمة السنغالية داكار.", "Ouakam", "SEN", "place"),
        ("قتل تسعة أشخاص في تفجير استهدف مركزا ثقافيا في مدينة بيرسوس التركية.", "Suruc", "TUR", "place"),
    ];
    let wrong = wrong_last_places(&cases, |got, name| got == name);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// GeoNames gives Mesquite, Texas the Arabic «موسكو»; the row is left out of the gazetteer
/// (`CITY_DROP_FORMS` in scripts/gazetteer/tables.py), so a meeting in Moscow told in an American
/// story is in Moscow, not in Texas (places73 audit).
#[test]
fn moscow_in_an_american_story_is_moscow() {
    let cases = [(
        "واشنطن - قال مسؤول في وزارة الخارجية الأمريكية إن الوزير التقى نظيره الروسي في موسكو أمس لبحث الأزمة.",
        "Moscow",
        "RUS",
        "place",
    )];
    let wrong = wrong_last_places(&cases, |got, name| got == name);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// places59: places and spellings the thirty-eighth session's audit found without a row (left at
/// country or admin1 precision, or unplaced): an island, Syrian, Yemeni, Iraqi, Gazan and Saudi towns,
/// Duba with its final hamza, Reyhanlı in its Turkish form, Port Sudan and New Hampshire as one word.
#[test]
fn places59_places_the_gazetteer_lacked_are_placed() {
    let cases = [
        ("قتل شرطيان تركيان في انفجار سيارة مفخخة في بلدة ريحانلي على الحدود السورية.", "Reyhanli", "TUR", "place"),
        ("أطلق مجهول النار على حارس أمن في محافظة ضباء فأرداه قتيلا.", "Duba", "SAU", "place"),
        ("اعتقلت السلطات السودانية عشرين ناشطا في بورسودان خلال تظاهرة.", "Port Sudan", "SDN", "place"),
        ("هاجم مسلحان دورية عسكرية في جزيرة فيلكا الكويتية وأصابا جنديا.", "Failaka Island", "KWT", "place"),
        ("قصفت طائرات النظام السوري بلدة بلودان في ريف دمشق.", "Bludan", "SYR", "place"),
        ("شنت مقاتلات غارات على مواقع للمسلحين في مدينة شقرة الساحلية بأبين.", "Shuqrah", "YEM", "place"),
        ("قتلت طائرة مسيرة إسرائيلية شابين في مخيم الشابورة برفح.", "Shaboura camp", "PSE", "place"),
        ("ألقت الشرطة القبض على مطلوبين في محافظة المجاردة بعد مطاردة.", "Al Majaridah", "SAU", "place"),
        ("تظاهر عشرات المعلمين أمام مبنى التعليم في محافظة محايل عسير.", "Muhayil", "SAU", "place"),
        ("انفجرت عبوة ناسفة في ناحية نمرود فقتلت جنديين.", "Nimrud", "IRQ", "place"),
        ("أصيب ثلاثة أشخاص في مشاجرة في محافظة دومة الجندل.", "Dumat al-Jandal", "SAU", "place"),
        ("اعتقلت الشرطة خمسة أشخاص في محافظة النعيرية.", "Al Nu'ayriyah", "SAU", "place"),
        ("شن طيران التحالف غارات على مواقع للحوثيين في مديرية الغيل بمحافظة الجوف.", "Al Ghayl", "YEM", "place"),
        ("أطلق مسلح النار في مدرسة بولاية نيوهامبشاير وقتل طالبين.", "New Hampshire", "USA", "admin1"),
    ];
    let wrong = wrong_last_places(&cases, |got, name| got == name);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// places100: places the fifty-ninth session's audit found after a place noun without a row (records
/// left at their country or admin1): towns outside the region the build drops (Melilla among them),
/// two Yemeni districts, and spellings the package lacks (Luhansk with «غ»).
#[test]
fn places100_places_named_after_a_place_noun_are_placed() {
    let cases = [
        ("فجرت انتحارية نفسها في سوق بمدينة داماتورو وقتلت ستة أشخاص.", "Damaturu", "NGA", "place"),
        ("هاجم مسلحون قافلة عسكرية في جزيرة لامو وأصابوا ثلاثة جنود.", "Lamu", "KEN", "place"),
        ("شن طيران التحالف غارات على مواقع للمسلحين بمديرية المطمة أمس.", "Al-Matammah District", "YEM", "admin2"),
        ("هاجم مسلحون دورية للشرطة في منطقة خارف بمحافظة عمران.", "Kharif District", "YEM", "admin2"),
        ("فجر رجل سيارة مفخخة عند حاجز في بلدة القطن وقتل أربعة جنود.", "Al Qatn", "YEM", "place"),
        ("اعتقلت الشرطة الإسبانية شابين في مدينة مليلة بتهمة تجنيد مقاتلين.", "Melilla", "ESP", "place"),
        ("أطلق شرطي النار على رجل مسلح في مدينة ميلووكي فأصابه.", "Milwaukee", "USA", "place"),
        ("قصفت المدفعية أحياء سكنية في مدينة لوغانسك ليلة الأحد.", "Luhansk", "UKR", "place"),
    ];
    let wrong = wrong_last_places(&cases, |got, name| got == name);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// places101 (sixtieth session): places that base records left at their country or admin1 though
/// the sentence named them after a place noun: towns GeoNames has that the build drops, Indian and
/// Myanmar states, Sana'a governorate's districts, and spellings the package lacks (Birmingham with
/// «بي», Padang with «ج»). Arhab is only a place after «مديرية»: «أرحب» alone is "wider".
#[test]
fn places101_places_left_coarse_after_a_place_noun_are_placed() {
    let cases = [
        ("رشق شبان بالحجارة نزلا للاجئين في مدينة زانجرهاوزن ليلة الخميس.", "Sangerhausen", "DEU", "place"),
        ("أطلق مسلحون قذائف على بلدة أفدييفكا فقتلوا امرأتين.", "Avdiivka", "UKR", "place"),
        ("استعاد الجيش الصومالي مدينة باردهير من المسلحين بعد معارك عنيفة.", "Baardheere", "SOM", "place"),
        ("هاجم حشد غاضب رجلا في منطقة مالدا الهندية وضربوه.", "Malda", "IND", "place"),
        ("اعتقلت الشرطة سبعة رجال في مدينة بوتروب بتهمة السرقة.", "Bottrop", "DEU", "place"),
        ("قصفت طائرات التحالف مخزنا للسلاح في مديرية سنحان صباح السبت.", "Sanhan District", "YEM", "admin2"),
        ("دارت اشتباكات بين مسلحين قبليين في مديرية أرحب أمس.", "Arhab District", "YEM", "admin2"),
        ("اعتقلت السلطات عشرين حطابا في ولاية كاشين شمالي ميانمار.", "Kachin", "MMR", "admin1"),
        ("اغتال مسلحون صحفيا في ولاية أوتار براديش.", "Uttar Pradesh", "IND", "admin1"),
    ];
    let wrong = wrong_last_places(&cases, |got, name| got == name);
    assert!(wrong.is_empty(), "{wrong:#?}");
    let text = "قال الوزير إن الحل أرحب من الحرب وأعلن وقف القصف على القرى.";
    let places: Vec<_> = code(text).into_iter().filter_map(|r| r.location).collect();
    assert!(places.iter().all(|p| p.admin2.as_deref() != Some("Arhab District")), "{text}: {places:?}");
}

/// places89: foreign city names as papers that write the foreign /g/ with «ج» (or leave a long
/// vowel unwritten) spell them are placed at the city (`tables.CITY_AR` forms beside GeoNames'
/// «غ» spelling). Words that only look like such a name stay what they are: «أبراج» (towers) is no
/// Prague, and a sentence that names no place keeps none.
#[test]
fn places89_foreign_cities_spelt_with_jim_are_placed() {
    let cases = [
        ("اعتقلت الشرطة الروسية ثلاثة مسلحين في جروزني فجر الاثنين.", "Grozny", "RUS", "place"),
        ("انفجرت حافلة سياح في مدينة بورجاس وقتل سبعة أشخاص.", "Burgas", "BGR", "place"),
        ("اعتقلت الشرطة الصينية عشرين محتجا في شنغهاي أمس.", "Shanghai", "CHN", "place"),
        ("أطلق مسلح النار على جنود في مركز للتجنيد في تشاتانوجا وقتل أربعة.", "Chattanooga", "USA", "place"),
        ("تظاهر مئات الطلاب أمام البرلمان في بلجراد احتجاجا على الأسعار.", "Belgrade", "SRB", "place"),
        ("قتل انتحاري عشرة أشخاص في سوق بولاية فرياب شمال أفغانستان.", "Faryab", "AFG", "admin1"),
    ];
    let wrong = wrong_last_places(&cases, |got, name| got == name);
    assert!(wrong.is_empty(), "{wrong:#?}");
    for text in ["هاجم مسلحون أبراج الكهرباء وقتلوا حارسين ليلة أمس.", "هاجم مسلحون منزل السيدة انجيلا وأصابوا حارسه."]
    {
        let places: Vec<_> = code(text).into_iter().filter_map(|r| r.location).collect();
        assert!(
            places.iter().all(|p| !matches!(p.country.as_deref(), Some("CZE") | Some("AIA"))),
            "{text}: {places:?}"
        );
    }
}

/// places102: a place the gazetteer lacks put "في منطقة" or "بمنطقة" a town is at that town.
/// «منطقة» there means "area", not a division. Before a first-level division's name it still
/// names the division, so a quarter "بمنطقة تبوك" stays at the Saudi region.
#[test]
fn places102_unknown_place_in_an_area_named_by_a_town_is_at_the_town() {
    for (text, village) in [
        ("قصفت طائرات حربية قرية كانيماسي في منطقة رواندز فقتلت راعيين.", "كانيماسي"),
        ("اعتقلت الشرطة تسعة مهربين في قرية دوليكان بمنطقة رواندز مساء الأحد.", "دوليكان"),
    ] {
        let places: Vec<_> =
            code(text).into_iter().filter_map(|r| r.location).filter(|p| p.text.as_deref() == Some(village)).collect();
        assert!(!places.is_empty(), "{text}: no record at {village}");
        assert!(
            places
                .iter()
                .all(|p| p.admin2.as_deref() == Some("Rawanduz District") && p.country.as_deref() == Some("IRQ")),
            "{text}: {places:?}"
        );
    }
    let text = "اعتقلت الشرطة ثلاثة لصوص في حي القرينيس بمنطقة تبوك فجر السبت.";
    let p = code(text).into_iter().rev().find_map(|r| r.location);
    assert!(p.as_ref().is_some_and(|p| p.precision.as_deref() == Some("admin1")), "{text}: {p:?}");
}

/// (places103) A physical act its window leaves unplaced, whose sentence names a town right before
/// its division far before the trigger, with no other trigger between, is at that town, not only in
/// its country. A lone town before the trigger (here a speaker's) is not taken.
#[test]
fn places103_a_town_before_its_division_far_before_the_trigger_places_the_act() {
    let text = "أفاد الناطق الأمني بأن دورية راجلة من حرس الحدود كانت تؤدي مهامها المعتادة بقطاع الطوال \
                بمنطقة جازان منذ ساعات الفجر الأولى عند نقطة المراقبة الواقعة على الشريط، مما نتج عنه \
                استشهاد أحد أفرادها.";
    let p = place_of(text, "ASSAULT");
    assert!(
        p.as_ref().is_some_and(|p| p.name.as_deref() == Some("Al-Tuwal") && p.precision.as_deref() == Some("place")),
        "{text}: {p:?}"
    );
    let text = "أوضح مدير التعليم في مدينة بريدة أن الوزارة أصدرت تعميما جديدا بشأن المدارس الأهلية بعد أن \
                قررت في الأسبوع الماضي لأسباب مالية وإدارية إغلاق عشر مدارس.";
    let p = place_of(text, "COERCE");
    assert!(p.as_ref().is_none_or(|p| p.precision.as_deref() == Some("country")), "{text}: {p:?}");
}

/// (places104) A name several countries' places bear is read inside the division its own sentence
/// names, after "في محافظة" as after a glued "بمحافظة". A Libyan town in its own country's sentence
/// keeps its reading. (A fronted "وفي تونس … بمدينة سوسة" in a Libyan story is still Libya's Susah:
/// the country at the head of the clause is not among the sentence's places.)
#[test]
fn places104_a_homonym_is_read_inside_the_division_or_country_its_sentence_names() {
    let cases = [
        ("قتل مسلحون ثلاثة جنود في كمين نصبوه قرب مدينة زنجبار في محافظة أبين صباح الثلاثاء.", "Zinjibar", "YEM"),
        (
            "اشتبكت كتائب ليبية مع مسلحين في بنغازي يوم الأحد. وأطلق مسلحون النار على دورية في بلدة سوسة \
             الليبية فقتلوا جنديين.",
            "Susah",
            "LBY",
        ),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|&(text, name, country)| {
            let p = code(text).into_iter().rev().find_map(|r| r.location);
            let ok =
                p.as_ref().is_some_and(|p| p.name.as_deref() == Some(name) && p.country.as_deref() == Some(country));
            (!ok).then(|| format!("{text}: {p:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// (places105) A small place whose name places of several countries bear votes for the article's
/// country after its other names: "أريحا" after a sentence on Idlib's countryside is Syria's
/// Ariha, not Jericho, and no raid of the article is left at Palestine. In a story on the West
/// Bank it stays Jericho.
#[test]
fn places105_a_small_homonym_takes_the_country_of_the_articles_other_places() {
    let syria = "قصفت مقاتلات حربية مواقع لفصائل معارضة في ريف إدلب صباح الجمعة. وقتل أربعة مدنيين \
                 بقذائف سقطت على سوق للخضار في مدينة أريحا.";
    let recs = code(syria);
    let countries: Vec<Option<String>> =
        recs.iter().map(|r| r.location.as_ref().and_then(|p| p.country.clone())).collect();
    assert!(!countries.is_empty() && countries.iter().all(|c| c.as_deref() == Some("SYR")), "{syria}: {countries:?}");
    let ariha = recs.iter().filter_map(|r| r.location.as_ref()).find(|p| p.name.as_deref() == Some("Ariha"));
    assert!(ariha.is_some(), "{syria}: {recs:?}");
    let bank = "اعتقلت قوات الاحتلال ثلاثة شبان في نابلس فجر الأحد. وأصيب شاب برصاص الجنود عند حاجز \
                قرب مدينة أريحا.";
    let p = code(bank).into_iter().filter_map(|r| r.location).find(|p| p.text.as_deref() == Some("أريحا"));
    assert!(p.as_ref().is_some_and(|p| p.country.as_deref() == Some("PSE")), "{bank}: {p:?}");
}

/// Places107: the stops of a planned visit do not split the vote for the story's place. A protest
/// in Nablus, a minister's visit to Ramallah planned for next week after a meeting in Jerusalem,
/// and a road closure its sentence does not place: the closure is in the story's town, Nablus,
/// not left at the country because the planned stops outvoted the one act that happened.
#[test]
fn places107_planned_visit_stops_do_not_vote_for_the_story_place() {
    let text = "نظم عشرات الطلاب وقفة احتجاجية في مدينة نابلس صباح الأحد للمطالبة بخفض الرسوم الجامعية. \
                ومن المقرر أن يزور وزير الخارجية الألماني مدينة رام الله الأربعاء المقبل بعد لقاء رئيس \
                الوزراء الإسرائيلي في القدس. وأغلقت قوات الأمن الفلسطينية الطرق المؤدية إلى الجامعة بالحواجز.";
    let recs = code(text);
    let closure = recs.iter().find(|r| r.trigger.contains("أغلقت"));
    let name = closure.and_then(|r| r.location.as_ref()).and_then(|p| p.name.clone());
    assert_eq!(name.as_deref(), Some("Nablus"), "{text}: {recs:?}");
    let visit = recs.iter().find(|r| r.trigger.contains("يزور")).and_then(|r| r.location.as_ref());
    assert_eq!(visit.and_then(|p| p.name.as_deref()), Some("Ramallah"), "{text}: {recs:?}");
}

/// places106: a country after a word of allegiance or opposition names a side, not where the act
/// happened ("الهجوم المضاد لإسرائيل", "الحوثيين الموالين لإيران"); the act takes another place.
#[test]
fn places106_a_country_named_as_an_attribute_is_no_place() {
    let cases = [
        (
            "صوفيا (رويترز) - قال المدعي العام إن الهجوم المضاد لإسرائيل الذي وقع الصيف الماضي أودى بحياة ستة \
             سياح. وأضاف أن التحقيق في بلغاريا مستمر.",
            "ISR",
        ),
        (
            "عدن (رويترز) - قالت مصادر محلية إن قوات الحكومة طردت المقاتلين الحوثيين الموالين لإيران من الميناء بعد \
             معارك عنيفة. وأكد مسؤول في عدن الخبر.",
            "IRN",
        ),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|&(text, side)| {
            let p = place_of(text, "ASSAULT");
            p.as_ref().is_some_and(|p| p.country.as_deref() == Some(side)).then(|| format!("{text}: {p:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}
