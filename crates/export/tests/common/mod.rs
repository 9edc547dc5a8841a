//! Events for the export tests and the `export_bench` example: hand-made ones that exercise the
//! awkward cases (Arabic with quotes, commas and line breaks, no place, no fatalities, several
//! sources) and a generator of varied synthetic ones.
#![allow(dead_code)]

use ahdath_record::{DatePrecision, Entity, Place, SourceRef, Status, StoredEvent};

pub fn entity(name: Option<&str>, text: &str, country: &str, sector: &str) -> Option<Entity> {
    Some(Entity {
        text: Some(text.into()),
        name: name.map(Into::into),
        country: Some(country.into()),
        sector: Some(sector.into()),
        id: None,
    })
}

pub fn place(name: &str, text: &str, admin1: Option<&str>, country: &str, lat: f64, lon: f64) -> Option<Place> {
    Some(Place {
        text: Some(text.into()),
        name: Some(name.into()),
        feature: Some("city".into()),
        admin1: admin1.map(Into::into),
        admin2: None,
        country: Some(country.into()),
        lat: Some(lat),
        lon: Some(lon),
        precision: Some("place".into()),
        geonames_id: Some(98_182),
    })
}

pub fn source(article: &str, outlet: Option<&str>, url: Option<&str>, published: Option<&str>) -> SourceRef {
    SourceRef {
        article_id: article.into(),
        source: outlet.map(Into::into),
        url: url.map(Into::into),
        record_id: format!("{article}#0"),
        published: published.map(Into::into),
    }
}

/// The sentence of the first fixture: quotes, commas (Arabic and Latin) and a line break.
pub const TRICKY_SENTENCE: &str =
    "قال المتحدث: \"قُتل اثنان، بينهم مسؤول عراقي, في الغارة\"\nوأضاف أن الهجوم وقع قرب مطار بغداد.";

/// Four events covering the cases each format must survive.
pub fn fixtures() -> Vec<StoredEvent> {
    vec![
        StoredEvent {
            id: "ev-1".into(),
            event_type: "ASSAULT".into(),
            mode: Some("aerial".into()),
            context: vec!["military".into()],
            status: Status::Historical,
            date: Some("2020-01-03".into()),
            date_precision: DatePrecision::Day,
            actor: entity(Some("United States"), "الولايات المتحدة", "USA", "MIL"),
            recipient: entity(Some("Qasem Soleimani"), "قاسم سليماني", "IRN", "MIL"),
            location: place("Baghdad", "بغداد", Some("Baghdad"), "IRQ", 33.34058, 44.40088),
            fatalities: Some(2),
            fatalities_low: Some(2),
            fatalities_high: Some(10),
            injuries: None,
            trigger: "غارة".into(),
            sentence: TRICKY_SENTENCE.into(),
            first_reported: Some("2020-01-03".into()),
            sources: vec![
                source("a1", Some("Outlet A"), Some("https://a.example/1?x=1,2"), Some("2020-01-03")),
                source("a2", Some("Outlet B"), None, Some("2020-01-04")),
                source("a3", Some("Outlet A"), Some("https://a.example/3"), None),
            ],
        },
        StoredEvent {
            id: "ev-2".into(),
            event_type: "ASSAULT".into(),
            mode: None,
            context: vec![],
            status: Status::Occurred,
            date: Some("2024-03-12".into()),
            date_precision: DatePrecision::Day,
            actor: None,
            recipient: entity(None, "أربعة جنود مصريين", "EGY", "MIL"),
            location: None,
            fatalities: None,
            fatalities_low: None,
            fatalities_high: None,
            injuries: Some(6),
            trigger: "قتل".into(),
            sentence: "قتل أربعة جنود مصريين وأصيب ستة آخرون، فجر اليوم الثلاثاء.".into(),
            first_reported: None,
            sources: vec![source("b1", None, None, None)],
        },
        StoredEvent {
            id: "ev-3".into(),
            event_type: "PROTEST".into(),
            mode: Some("demo".into()),
            context: vec!["labor".into(), "human_rights".into()],
            status: Status::Future,
            date: Some("2020-06".into()),
            date_precision: DatePrecision::Month,
            actor: entity(Some("workers"), "العمال", "EGY", "LAB"),
            recipient: None,
            location: place("Cairo", "القاهرة", Some("Cairo"), "EGY", 30.06263, 31.24967),
            fatalities: None,
            fatalities_low: None,
            fatalities_high: None,
            injuries: None,
            trigger: "مظاهرة".into(),
            sentence: "دعت النقابات إلى مظاهرة في القاهرة منتصف يونيو المقبل".into(),
            first_reported: Some("2020-05-20".into()),
            sources: vec![],
        },
        StoredEvent {
            id: "ev-4".into(),
            event_type: "CONSULT".into(),
            mode: Some("visit".into()),
            context: vec!["diplomatic".into()],
            status: Status::Occurred,
            date: Some("2019".into()),
            date_precision: DatePrecision::Year,
            actor: entity(Some("Iraq"), "العراق", "IRQ", "GOV"),
            recipient: entity(Some("United States"), "واشنطن", "USA", "GOV"),
            // A coordinate out of range: exported without geometry rather than as a bad point.
            location: place("Somewhere", "مكان ما", None, "SYR", 95.0, 38.0),
            fatalities: Some(0),
            fatalities_low: Some(0),
            fatalities_high: Some(0),
            injuries: None,
            trigger: "زار".into(),
            sentence: "زار وفد عراقي واشنطن".into(),
            first_reported: Some("2019-07-01".into()),
            sources: vec![source("d1", Some("وكالة الأنباء"), Some("https://d.example/1"), Some("2019-07-01"))],
        },
    ]
}

const COUNTRIES: [&str; 5] = ["IRQ", "SYR", "EGY", "YEM", "LBY"];
const TYPES: [(&str, Option<&str>); 6] = [
    ("ASSAULT", Some("firearms")),
    ("ASSAULT", Some("aerial")),
    ("PROTEST", Some("demo")),
    ("COERCE", Some("arrest")),
    ("CONSULT", None),
    ("MOBILIZE", Some("troops")),
];

/// A synthetic but realistic-sized event (an Arabic sentence of about 120 characters, two
/// sources); `i` varies type, country, month and the optional fields.
pub fn synthetic(i: u64) -> StoredEvent {
    let (event_type, mode) = TYPES[(i % 6) as usize];
    let country = COUNTRIES[(i % 5) as usize];
    let month = 1 + (i / 7) % 12;
    StoredEvent {
        id: format!("syn-{i}"),
        event_type: event_type.into(),
        mode: mode.map(Into::into),
        context: if i.is_multiple_of(3) { vec!["military".into()] } else { vec![] },
        status: if i.is_multiple_of(11) { Status::Negated } else { Status::Occurred },
        date: Some(format!("2021-{month:02}-{:02}", 1 + i % 28)),
        date_precision: DatePrecision::Day,
        actor: entity(Some("Army"), "الجيش", country, "MIL"),
        recipient: if i.is_multiple_of(4) { None } else { entity(None, "مسلحون مجهولون", country, "UAF") },
        location: if i.is_multiple_of(10) {
            None
        } else {
            place("Town", "بلدة", Some("Province"), country, 30.0 + (i % 100) as f64 / 10.0, 40.0 + (i % 50) as f64 / 7.0)
        },
        fatalities: if i.is_multiple_of(2) { Some((i % 17) as u32) } else { None },
        fatalities_low: None,
        fatalities_high: None,
        injuries: None,
        trigger: "اشتباكات".into(),
        sentence: format!(
            "قالت مصادر محلية إن اشتباكات عنيفة اندلعت، صباح اليوم، بين قوات الجيش ومسلحين مجهولين في البلدة رقم {i}، وأسفرت عن سقوط قتلى."
        ),
        first_reported: Some("2021-12-31".into()),
        sources: vec![
            source(&format!("art-{i}"), Some("Outlet A"), Some("https://a.example/x"), Some("2021-12-31")),
            source(&format!("art-{i}-b"), Some("Outlet B"), None, None),
        ],
    }
}
