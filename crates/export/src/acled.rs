//! The mapping from PLOVER (SPEC §3) to ACLED's event taxonomy, interaction codes, place
//! precision, country names and regions, used by the CSV export (and copied into the GeoJSON and
//! Parquet exports as `acled_event_type`/`acled_sub_event_type`). `docs/export.md` documents the
//! same tables; a unit test below pins each documented row.
//!
//! ACLED codes political violence, demonstrations and "strategic developments" only; PLOVER also
//! has speech acts and cooperation (ACCUSE, CONSULT, AID, …). Those are exported too, as
//! `Strategic developments / Other`, so that no event disappears; the `plover_*` columns keep the
//! original type for users who want to drop them.

use std::collections::HashMap;
use std::sync::OnceLock;

use ahdath_record::{Entity, StoredEvent};

/// ACLED's three-level classification of one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AcledClass {
    pub disorder_type: &'static str,
    pub event_type: &'static str,
    pub sub_event_type: &'static str,
}

const PV: &str = "Political violence";
const DEMO: &str = "Demonstrations";
const PV_DEMO: &str = "Political violence; Demonstrations";
const SD: &str = "Strategic developments";

const BATTLES: &str = "Battles";
const ERV: &str = "Explosions/Remote violence";
const VAC: &str = "Violence against civilians";
const PROTESTS: &str = "Protests";
const RIOTS: &str = "Riots";

fn class(disorder_type: &'static str, event_type: &'static str, sub_event_type: &'static str) -> AcledClass {
    AcledClass { disorder_type, event_type, sub_event_type }
}

/// Sectors whose members carry arms (state or not): a violent act against them is a battle, not
/// violence against civilians.
const ARMED_SECTORS: [&str; 7] = ["MIL", "COP", "SPY", "REB", "PRM", "UAF", "CRM"];
/// Sectors that make an actor part of a state (ACLED inter 1, or 8 outside its own country).
const STATE_SECTORS: [&str; 6] = ["GOV", "MIL", "COP", "SPY", "LEG", "JUD"];
/// PLOVER country codes of non-state international actors (SPEC §2).
const NON_STATE_CODES: [&str; 7] = ["IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"];

fn sector(e: Option<&Entity>) -> Option<&str> {
    e.and_then(|e| e.sector.as_deref()).filter(|s| !s.is_empty() && *s != "UNK")
}

/// Whether a recipient counts as armed. An unknown recipient does not: ACLED codes attacks on
/// unidentified people as violence against civilians.
fn armed(e: Option<&Entity>) -> bool {
    sector(e).is_some_and(|s| ARMED_SECTORS.contains(&s)) || e.and_then(|e| e.country.as_deref()) == Some("IMG")
}

/// Classifies an event into ACLED's disorder type, event type and sub-event type from its PLOVER
/// type, mode and recipient (the table in `docs/export.md`). `status` is not used: a negated or
/// future event keeps the class of what it would have been, and the export carries `status`.
pub fn classify(e: &StoredEvent) -> AcledClass {
    let mode = e.mode.as_deref().unwrap_or("");
    let recipient_armed = armed(e.recipient.as_ref());
    match e.event_type.as_str() {
        "ASSAULT" => match mode {
            "aerial" | "drone" => class(PV, ERV, "Air/drone strike"),
            "heavy-weapons" => class(PV, ERV, "Shelling/artillery/missile attack"),
            "explosives" => class(PV, ERV, "Remote explosive/landmine/IED"),
            "suicide-attack" => class(PV, ERV, "Suicide bomb"),
            "unconventional" => class(PV, ERV, "Chemical weapon"),
            "abduct" => class(PV, VAC, "Abduction/forced disappearance"),
            "sexual" => class(PV, VAC, "Sexual violence"),
            "destroy" => class(SD, SD, "Looting/property destruction"),
            "crowd-control" => class(PV_DEMO, PROTESTS, "Excessive force against protesters"),
            // firearms, targeted, beat, torture, primitive, none: who was hit decides.
            // Armed targets make a clash; so does a missing target, since violence against
            // civilians cannot be claimed without knowing who was hit.
            _ if recipient_armed || e.recipient.is_none() => class(PV, BATTLES, "Armed clash"),
            _ => class(PV, VAC, "Attack"),
        },
        "PROTEST" => match mode {
            "riot" | "vandalize" => class(DEMO, RIOTS, "Violent demonstration"),
            _ => class(DEMO, PROTESTS, "Peaceful protest"),
        },
        "COERCE" => match mode {
            "arrest" => class(SD, SD, "Arrests"),
            "seize" => class(SD, SD, "Looting/property destruction"),
            _ => class(SD, SD, "Other"),
        },
        "MOBILIZE" => class(SD, SD, "Change to group/activity"),
        "AGREE" => class(SD, SD, "Agreement"),
        "RETREAT" => match mode {
            "ceasefire" => class(SD, SD, "Agreement"),
            "withdraw" => class(SD, SD, "Non-violent transfer of territory"),
            "disarm" => class(SD, SD, "Disrupted weapons use"),
            _ => class(SD, SD, "Other"),
        },
        _ => class(SD, SD, "Other"),
    }
}

/// Which side of the event an entity is on: the actor (ACLED actor1) or the recipient (actor2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Actor,
    Recipient,
}

/// ACLED's inter code of one side: 1 state forces, 2 rebel groups, 3 political militias,
/// 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces; 0 for an
/// absent recipient (ACLED's convention for one-sided events). `None` means "cannot say" (an
/// absent actor, or an unclassified entity outside violence), exported as an empty cell.
pub fn inter_code(e: &StoredEvent, side: Side, class: &AcledClass) -> Option<u8> {
    let entity = match side {
        Side::Actor => e.actor.as_ref(),
        Side::Recipient => e.recipient.as_ref(),
    };
    let Some(entity) = entity else {
        return if side == Side::Recipient { Some(0) } else { None };
    };
    match (side, class.event_type, class.sub_event_type) {
        (Side::Actor, PROTESTS, "Peaceful protest") => return Some(6),
        (Side::Actor, RIOTS, _) => return Some(5),
        (Side::Recipient, PROTESTS, "Excessive force against protesters") => return Some(6),
        _ => {}
    }
    let country = entity.country.as_deref().filter(|c| !c.is_empty());
    let violent = class.disorder_type.starts_with(PV);
    match sector(Some(entity)) {
        Some(s) if STATE_SECTORS.contains(&s) => {
            let international = country.is_some_and(|c| NON_STATE_CODES.contains(&c));
            let place_country = e.location.as_ref().and_then(|p| p.country.as_deref());
            let abroad = matches!((country, place_country), (Some(a), Some(b)) if a != b);
            Some(if international || abroad { 8 } else { 1 })
        }
        Some("REB") => Some(2),
        Some("PRM" | "UAF" | "CRM") => Some(3),
        Some("PTY" | "OPP") if violent && side == Side::Actor => Some(3),
        Some("REL" | "ETH") if violent && side == Side::Actor => Some(4),
        Some(_) => Some(7),
        None if country == Some("IMG") => Some(2),
        // ACLED's "Unidentified Armed Group" for an unknown perpetrator of violence.
        None if violent && side == Side::Actor => Some(3),
        // ACLED always codes the victims of violence against civilians as civilians.
        None if class.event_type == VAC => Some(7),
        None => None,
    }
}

/// ACLED's two-digit interaction code: the two inter codes, smaller first (`17` state forces
/// against civilians), or the actor's code followed by 0 when there is no recipient (`10`).
pub fn interaction(inter1: Option<u8>, inter2: Option<u8>) -> Option<u8> {
    match (inter1?, inter2?) {
        (a, 0) => Some(a * 10),
        (a, b) => Some(a.min(b) * 10 + a.max(b)),
    }
}

/// ACLED's `geo_precision` from the place's `precision` (or, failing that, its `feature`):
/// 1 a named place, 2 a second- or first-level division, 3 only the country.
pub fn geo_precision(precision: Option<&str>, feature: Option<&str>) -> Option<u8> {
    let key = precision.or(match feature {
        Some("country") => Some("country"),
        Some("admin1") => Some("admin1"),
        Some("admin2") => Some("admin2"),
        Some(_) => Some("place"),
        None => None,
    })?;
    match key {
        "place" => Some(1),
        "admin2" | "admin1" => Some(2),
        "country" => Some(3),
        _ => None,
    }
}

/// English short name of a country from its ISO alpha-3 code, read from the built-in gazetteer
/// (GeoNames names: "Syria", "Palestine", "Iran", as ACLED writes them).
pub fn country_name(alpha3: &str) -> Option<&'static str> {
    static NAMES: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            include_str!("../../../data/gazetteer/places.tsv")
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| {
                    let mut f = l.split('\t');
                    let (_, feature, code, _, _, name) =
                        (f.next()?, f.next()?, f.next()?, f.next()?, f.next()?, f.next()?);
                    (feature == "country" && !name.is_empty()).then_some((code, name))
                })
                .collect()
        })
        .get(alpha3)
        .copied()
}

/// ACLED region of a country (alpha-3). Covers ACLED's regions of Africa, the Middle East, Asia,
/// Europe and the Americas for the countries listed; an unlisted code gives `None`.
pub fn region(alpha3: &str) -> Option<&'static str> {
    const REGIONS: [(&str, &[&str]); 15] = [
        (
            "Middle East",
            &[
                "BHR", "CYP", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN", "PSE", "QAT", "SAU", "SYR", "TUR",
                "ARE", "YEM",
            ],
        ),
        ("Northern Africa", &["DZA", "EGY", "LBY", "MAR", "SDN", "TUN"]),
        (
            "Eastern Africa",
            &[
                "BDI", "COM", "DJI", "ERI", "ETH", "KEN", "MDG", "MUS", "MOZ", "MWI", "RWA", "SOM", "SSD", "SYC",
                "TZA", "UGA", "ZMB", "ZWE",
            ],
        ),
        (
            "Western Africa",
            &[
                "BEN", "BFA", "CIV", "CPV", "GHA", "GIN", "GMB", "GNB", "LBR", "MLI", "MRT", "NER", "NGA", "SEN",
                "SLE", "TGO",
            ],
        ),
        ("Middle Africa", &["AGO", "CAF", "CMR", "COD", "COG", "GAB", "GNQ", "STP", "TCD"]),
        ("Southern Africa", &["BWA", "LSO", "NAM", "SWZ", "ZAF"]),
        ("Caucasus and Central Asia", &["ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "TKM", "UZB"]),
        ("South Asia", &["AFG", "BGD", "BTN", "IND", "LKA", "MDV", "NPL", "PAK"]),
        ("East Asia", &["CHN", "HKG", "JPN", "KOR", "MNG", "PRK", "TWN"]),
        ("Southeast Asia", &["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "TLS", "VNM"]),
        (
            "Europe",
            &[
                "ALB", "AND", "AUT", "BEL", "BGR", "BIH", "BLR", "CHE", "CZE", "DEU", "DNK", "ESP", "EST", "FIN",
                "FRA", "GBR", "GRC", "HRV", "HUN", "IRL", "ISL", "ITA", "LIE", "LTU", "LUX", "LVA", "MCO", "MDA",
                "MKD", "MLT", "MNE", "NLD", "NOR", "POL", "PRT", "ROU", "RUS", "SMR", "SRB", "SVK", "SVN", "SWE",
                "UKR", "VAT", "XKX",
            ],
        ),
        ("North America", &["CAN", "USA"]),
        ("Central America", &["BLZ", "CRI", "GTM", "HND", "MEX", "NIC", "PAN", "SLV"]),
        ("South America", &["ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PER", "PRY", "SUR", "URY", "VEN"]),
        ("Oceania", &["AUS", "FJI", "NZL", "PNG", "SLB", "VUT"]),
    ];
    REGIONS.iter().find(|(_, codes)| codes.contains(&alpha3)).map(|(r, _)| *r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ahdath_record::{DatePrecision, Place, Status};

    fn ent(sector: &str, country: &str) -> Option<Entity> {
        Some(Entity {
            text: None,
            name: Some(format!("{country} {sector}")),
            country: Some(country.into()),
            sector: Some(sector.into()),
            id: None,
        })
    }

    fn ev(t: &str, mode: Option<&str>, actor: Option<Entity>, recipient: Option<Entity>) -> StoredEvent {
        StoredEvent {
            id: "e".into(),
            event_type: t.into(),
            mode: mode.map(Into::into),
            context: vec![],
            status: Status::Occurred,
            date: None,
            date_precision: DatePrecision::Unknown,
            actor,
            recipient,
            location: Some(Place { country: Some("IRQ".into()), ..Place::default() }),
            fatalities: None,
            fatalities_low: None,
            fatalities_high: None,
            injuries: None,
            trigger: String::new(),
            sentence: String::new(),
            first_reported: None,
            sources: vec![],
        }
    }

    fn sub(e: &StoredEvent) -> (&'static str, &'static str) {
        let c = classify(e);
        (c.event_type, c.sub_event_type)
    }

    /// Each row of the mapping table in docs/export.md.
    #[test]
    fn documented_event_type_table() {
        let mil = || ent("MIL", "IRQ");
        let cvl = || ent("CVL", "IRQ");
        type Case<'a> = (&'a str, Option<&'a str>, Option<Entity>, Option<Entity>, (&'a str, &'a str));
        let cases: &[Case] = &[
            ("ASSAULT", Some("aerial"), ent("MIL", "USA"), None, (ERV, "Air/drone strike")),
            ("ASSAULT", Some("drone"), mil(), None, (ERV, "Air/drone strike")),
            ("ASSAULT", Some("heavy-weapons"), mil(), cvl(), (ERV, "Shelling/artillery/missile attack")),
            ("ASSAULT", Some("explosives"), None, cvl(), (ERV, "Remote explosive/landmine/IED")),
            ("ASSAULT", Some("suicide-attack"), ent("REB", "IMG"), cvl(), (ERV, "Suicide bomb")),
            ("ASSAULT", Some("unconventional"), mil(), cvl(), (ERV, "Chemical weapon")),
            ("ASSAULT", Some("firearms"), mil(), ent("REB", "IMG"), (BATTLES, "Armed clash")),
            ("ASSAULT", Some("firearms"), mil(), None, (BATTLES, "Armed clash")),
            ("ASSAULT", Some("firearms"), ent("UAF", "IRQ"), cvl(), (VAC, "Attack")),
            ("ASSAULT", None, mil(), ent("REB", "IMG"), (BATTLES, "Armed clash")),
            ("ASSAULT", None, None, None, (BATTLES, "Armed clash")),
            ("ASSAULT", None, None, cvl(), (VAC, "Attack")),
            ("ASSAULT", Some("targeted"), ent("UNK", "IRQ"), ent("GOV", "IRQ"), (VAC, "Attack")),
            ("ASSAULT", Some("abduct"), None, ent("MIL", "IRQ"), (VAC, "Abduction/forced disappearance")),
            ("ASSAULT", Some("sexual"), None, cvl(), (VAC, "Sexual violence")),
            ("ASSAULT", Some("destroy"), mil(), None, (SD, "Looting/property destruction")),
            (
                "ASSAULT",
                Some("crowd-control"),
                ent("COP", "IRQ"),
                cvl(),
                (PROTESTS, "Excessive force against protesters"),
            ),
            ("PROTEST", Some("demo"), cvl(), None, (PROTESTS, "Peaceful protest")),
            ("PROTEST", Some("strike"), cvl(), None, (PROTESTS, "Peaceful protest")),
            ("PROTEST", Some("riot"), cvl(), None, (RIOTS, "Violent demonstration")),
            ("PROTEST", Some("vandalize"), cvl(), None, (RIOTS, "Violent demonstration")),
            ("COERCE", Some("arrest"), ent("COP", "IRQ"), cvl(), (SD, "Arrests")),
            ("COERCE", Some("seize"), ent("REB", "IMG"), None, (SD, "Looting/property destruction")),
            ("COERCE", Some("curfew"), ent("GOV", "IRQ"), None, (SD, "Other")),
            ("MOBILIZE", Some("troops"), mil(), None, (SD, "Change to group/activity")),
            ("AGREE", None, ent("GOV", "IRQ"), ent("GOV", "USA"), (SD, "Agreement")),
            ("RETREAT", Some("ceasefire"), mil(), None, (SD, "Agreement")),
            ("RETREAT", Some("withdraw"), ent("MIL", "USA"), None, (SD, "Non-violent transfer of territory")),
            ("RETREAT", Some("disarm"), ent("REB", "IRQ"), None, (SD, "Disrupted weapons use")),
            ("RETREAT", Some("release"), mil(), cvl(), (SD, "Other")),
            ("CONSULT", Some("visit"), ent("GOV", "IRQ"), ent("GOV", "USA"), (SD, "Other")),
            ("ACCUSE", Some("disapprove"), ent("GOV", "EGY"), None, (SD, "Other")),
            ("SANCTION", Some("convict"), ent("JUD", "EGY"), cvl(), (SD, "Other")),
        ];
        for (t, mode, a, r, want) in cases {
            let e = ev(t, *mode, a.clone(), r.clone());
            assert_eq!(sub(&e), *want, "{t} {mode:?}");
        }
        let riot = classify(&ev("PROTEST", Some("riot"), None, None));
        assert_eq!(riot.disorder_type, DEMO);
        assert_eq!(classify(&ev("ASSAULT", Some("crowd-control"), None, None)).disorder_type, PV_DEMO);
        assert_eq!(classify(&ev("AGREE", None, None, None)).disorder_type, SD);
    }

    #[test]
    fn inter_codes_follow_the_documented_sectors() {
        let inter = |t: &str, mode: Option<&str>, a: Option<Entity>, r: Option<Entity>| {
            let e = ev(t, mode, a, r);
            let c = classify(&e);
            (inter_code(&e, Side::Actor, &c), inter_code(&e, Side::Recipient, &c))
        };
        // Iraqi army against ISIS inside Iraq: state forces v rebels, interaction 12.
        let (a, r) = inter("ASSAULT", Some("firearms"), ent("MIL", "IRQ"), ent("REB", "IMG"));
        assert_eq!((a, r, interaction(a, r)), (Some(1), Some(2), Some(12)));
        // A US strike in Iraq with no named target: external forces acting alone, interaction 80.
        let (a, r) = inter("ASSAULT", Some("aerial"), ent("MIL", "USA"), None);
        assert_eq!((a, r, interaction(a, r)), (Some(8), Some(0), Some(80)));
        // Unknown gunmen killing civilians: unidentified armed group v civilians, 37.
        let (a, r) = inter("ASSAULT", None, ent("UNK", "IRQ"), ent("CVL", "IRQ"));
        assert_eq!((a, r, interaction(a, r)), (Some(3), Some(7), Some(37)));
        // Police firing on protesters: state forces v protesters, 16.
        let (a, r) = inter("ASSAULT", Some("crowd-control"), ent("COP", "IRQ"), ent("CVL", "IRQ"));
        assert_eq!((a, r, interaction(a, r)), (Some(1), Some(6), Some(16)));
        // Rioters: 5; protesters whatever their sector: 6.
        assert_eq!(inter("PROTEST", Some("riot"), ent("PTY", "IRQ"), None).0, Some(5));
        assert_eq!(inter("PROTEST", Some("demo"), ent("LAB", "IRQ"), None).0, Some(6));
        // A UN force is external; a tribal (ETH) group in violence is an identity militia.
        assert_eq!(inter("ASSAULT", None, ent("MIL", "UNO"), ent("REB", "IMG")).0, Some(8));
        assert_eq!(inter("ASSAULT", None, ent("ETH", "IRQ"), ent("CVL", "IRQ")).0, Some(4));
        // No actor: no code (not invented), so no interaction either.
        let (a, r) = inter("ASSAULT", None, None, ent("CVL", "IRQ"));
        assert_eq!((a, r, interaction(a, r)), (None, Some(7), None));
        // A diplomatic event between governments: 1 and 1 (a foreign government abroad is 8).
        let (a, r) = inter("CONSULT", Some("visit"), ent("GOV", "IRQ"), ent("GOV", "IRQ"));
        assert_eq!(interaction(a, r), Some(11));
    }

    #[test]
    fn precision_names_and_regions() {
        assert_eq!(geo_precision(Some("place"), Some("city")), Some(1));
        assert_eq!(geo_precision(Some("admin1"), None), Some(2));
        assert_eq!(geo_precision(None, Some("country")), Some(3));
        assert_eq!(geo_precision(None, Some("village")), Some(1));
        assert_eq!(geo_precision(None, None), None);
        assert_eq!(country_name("SYR"), Some("Syria"));
        assert_eq!(country_name("EGY"), Some("Egypt"));
        assert_eq!(country_name("IMG"), None);
        assert_eq!(region("IRQ"), Some("Middle East"));
        assert_eq!(region("EGY"), Some("Northern Africa"));
        assert_eq!(region("IMG"), None);
    }
}
