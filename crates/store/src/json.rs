//! The stored records' and events' JSON written by hand, byte for byte as `serde_json::to_string`
//! writes them (speed60): keys as literals, strings copied whole when they hold nothing to escape,
//! and every other value (numbers, floats, escaped strings) handed to serde_json itself.

use ahdath_record::{DateBasis, DatePrecision, Entity, EventRecord, Evidence, Field, Place, StoredEvent};
use serde::Serialize;

/// Appends `v` as serde_json writes it.
fn value<T: Serialize + ?Sized>(out: &mut String, v: &T) {
    out.push_str(&serde_json::to_string(v).expect("a value serialises to JSON"));
}

/// Appends a JSON string: copied between quotes when no byte needs an escape, else serde_json's.
#[inline]
fn string(out: &mut String, s: &str) {
    if needs_escape(s.as_bytes()) {
        value(out, s);
    } else {
        out.reserve(s.len() + 2);
        out.push('"');
        out.push_str(s);
        out.push('"');
    }
}

/// Whether a byte of `b` is one serde_json escapes (under 0x20, `"`, `\\`). (A test of eight
/// bytes at a time measured slower on these short strings.)
#[inline]
fn needs_escape(b: &[u8]) -> bool {
    b.iter().fold(false, |e, &c| e | (c < 0x20) | (c == b'"') | (c == b'\\'))
}

fn opt_string(out: &mut String, s: &Option<String>) {
    match s {
        Some(s) => string(out, s),
        None => out.push_str("null"),
    }
}

fn opt_u32(out: &mut String, n: Option<u32>) {
    opt_u64(out, n.map(u64::from));
}

fn opt_u64(out: &mut String, n: Option<u64>) {
    match n {
        Some(n) => out.push_str(itoa_u64(n, &mut [0u8; 20])),
        None => out.push_str("null"),
    }
}

fn num(out: &mut String, n: usize) {
    out.push_str(itoa_u64(n as u64, &mut [0u8; 20]));
}

/// Decimal digits of `n`, as serde_json writes an integer.
fn itoa_u64(mut n: u64, buf: &mut [u8; 20]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[i..]).expect("ASCII digits")
}

fn strings(out: &mut String, v: &[String]) {
    out.push('[');
    for (i, s) in v.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        string(out, s);
    }
    out.push(']');
}

fn entity(out: &mut String, e: &Option<Entity>) {
    let Some(e) = e else {
        out.push_str("null");
        return;
    };
    out.push_str("{\"text\":");
    opt_string(out, &e.text);
    out.push_str(",\"name\":");
    opt_string(out, &e.name);
    out.push_str(",\"country\":");
    opt_string(out, &e.country);
    out.push_str(",\"sector\":");
    opt_string(out, &e.sector);
    if let Some(id) = &e.id {
        out.push_str(",\"id\":");
        string(out, id);
    }
    out.push('}');
}

fn place(out: &mut String, p: &Option<Place>) {
    let Some(p) = p else {
        out.push_str("null");
        return;
    };
    out.push_str("{\"text\":");
    opt_string(out, &p.text);
    out.push_str(",\"name\":");
    opt_string(out, &p.name);
    out.push_str(",\"feature\":");
    opt_string(out, &p.feature);
    out.push_str(",\"admin1\":");
    opt_string(out, &p.admin1);
    out.push_str(",\"admin2\":");
    opt_string(out, &p.admin2);
    out.push_str(",\"country\":");
    opt_string(out, &p.country);
    out.push_str(",\"lat\":");
    value(out, &p.lat);
    out.push_str(",\"lon\":");
    value(out, &p.lon);
    out.push_str(",\"precision\":");
    opt_string(out, &p.precision);
    out.push_str(",\"geonames_id\":");
    opt_u64(out, p.geonames_id);
    out.push('}');
}

fn precision(out: &mut String, p: DatePrecision) {
    out.push('"');
    out.push_str(crate::columns::precision_str(p));
    out.push('"');
}

fn evidence(out: &mut String, e: &Evidence) {
    out.push_str("{\"field\":");
    out.push_str(match e.field {
        Field::Title => "\"title\"",
        Field::Text => "\"text\"",
    });
    out.push_str(",\"start\":");
    num(out, e.start);
    out.push_str(",\"end\":");
    num(out, e.end);
    out.push_str(",\"trigger_start\":");
    num(out, e.trigger_start);
    out.push_str(",\"trigger_end\":");
    num(out, e.trigger_end);
    out.push_str(",\"sentence\":");
    string(out, &e.sentence);
    if !e.other_mentions.is_empty() {
        out.push_str(",\"other_mentions\":");
        value(out, &e.other_mentions);
    }
    out.push('}');
}

/// `serde_json::to_string(r)`, written by hand.
pub fn record_json(r: &EventRecord) -> String {
    let mut out = String::with_capacity(1024 + r.evidence.sentence.len());
    out.push_str("{\"id\":");
    string(&mut out, &r.id);
    out.push_str(",\"article_id\":");
    string(&mut out, &r.article_id);
    out.push_str(",\"event_type\":");
    string(&mut out, &r.event_type);
    out.push_str(",\"mode\":");
    opt_string(&mut out, &r.mode);
    out.push_str(",\"context\":");
    strings(&mut out, &r.context);
    out.push_str(",\"status\":\"");
    out.push_str(r.status.as_str());
    out.push_str("\",\"date\":");
    opt_string(&mut out, &r.date);
    out.push_str(",\"date_precision\":");
    precision(&mut out, r.date_precision);
    out.push_str(",\"date_basis\":");
    out.push_str(match r.date_basis {
        None => "null",
        Some(DateBasis::Text) => "\"text\"",
        Some(DateBasis::Publication) => "\"publication\"",
    });
    out.push_str(",\"date_text\":");
    opt_string(&mut out, &r.date_text);
    out.push_str(",\"actor\":");
    entity(&mut out, &r.actor);
    out.push_str(",\"recipient\":");
    entity(&mut out, &r.recipient);
    out.push_str(",\"location\":");
    place(&mut out, &r.location);
    out.push_str(",\"fatalities\":");
    opt_u32(&mut out, r.fatalities);
    out.push_str(",\"injuries\":");
    opt_u32(&mut out, r.injuries);
    out.push_str(",\"trigger\":");
    string(&mut out, &r.trigger);
    out.push_str(",\"evidence\":");
    evidence(&mut out, &r.evidence);
    out.push_str(",\"rule\":");
    string(&mut out, &r.rule);
    out.push_str(",\"confidence\":");
    value(&mut out, &r.confidence);
    out.push('}');
    out
}

/// `serde_json::to_string(ev)` with `sources` written as `[]` when `no_sources`, by hand.
pub fn event_json(ev: &StoredEvent, no_sources: bool) -> String {
    let mut out = String::with_capacity(1024 + ev.sentence.len());
    out.push_str("{\"id\":");
    string(&mut out, &ev.id);
    out.push_str(",\"event_type\":");
    string(&mut out, &ev.event_type);
    out.push_str(",\"mode\":");
    opt_string(&mut out, &ev.mode);
    out.push_str(",\"context\":");
    strings(&mut out, &ev.context);
    out.push_str(",\"status\":\"");
    out.push_str(ev.status.as_str());
    out.push_str("\",\"date\":");
    opt_string(&mut out, &ev.date);
    out.push_str(",\"date_precision\":");
    precision(&mut out, ev.date_precision);
    out.push_str(",\"actor\":");
    entity(&mut out, &ev.actor);
    out.push_str(",\"recipient\":");
    entity(&mut out, &ev.recipient);
    out.push_str(",\"location\":");
    place(&mut out, &ev.location);
    out.push_str(",\"fatalities\":");
    opt_u32(&mut out, ev.fatalities);
    out.push_str(",\"fatalities_low\":");
    opt_u32(&mut out, ev.fatalities_low);
    out.push_str(",\"fatalities_high\":");
    opt_u32(&mut out, ev.fatalities_high);
    out.push_str(",\"injuries\":");
    opt_u32(&mut out, ev.injuries);
    out.push_str(",\"trigger\":");
    string(&mut out, &ev.trigger);
    out.push_str(",\"sentence\":");
    string(&mut out, &ev.sentence);
    out.push_str(",\"first_reported\":");
    opt_string(&mut out, &ev.first_reported);
    out.push_str(",\"sources\":");
    if no_sources {
        out.push_str("[]");
    } else {
        value(&mut out, &ev.sources);
    }
    out.push('}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ahdath_record::{Mention, SourceRef, Status};

    /// Strings of our own: plain Arabic and Latin, empty, and every kind of byte serde_json escapes
    /// (quote, backslash, control bytes, a tab and a newline) at the start, middle and end.
    fn samples() -> Vec<String> {
        let mut v: Vec<String> =
            ["", "قتل ثلاثة جنود في كمين", "a", "عبوة \"ناسفة\"", "x\\y", "سطر\nسطر", "\t", "é ✓ 𝄞"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        for c in (0u8..0x20).chain([b'"', b'\\', 0x7f]) {
            let c = c as char;
            v.push(format!("{c}نص"));
            v.push(format!("نص{c}نص"));
            v.push(format!("نص{c}"));
        }
        v
    }

    fn entity(s: &str, id: Option<&str>) -> Entity {
        Entity {
            text: Some(s.into()),
            name: Some(format!("name {s}")),
            country: Some("IRQ".into()),
            sector: Some(format!("sector {s}")),
            id: id.map(Into::into),
        }
    }

    fn place(s: &str, lat: Option<f64>) -> Place {
        Place {
            text: Some(s.into()),
            name: Some(format!("name {s}")),
            feature: Some(format!("feature {s}")),
            admin1: Some("x".into()),
            admin2: Some(format!("admin2 {s}")),
            country: Some("SYR".into()),
            lat,
            lon: lat.map(|l| -l * 3.0),
            precision: Some("city".into()),
            geonames_id: lat.map(|_| u64::MAX),
        }
    }

    fn records() -> Vec<EventRecord> {
        let statuses = [Status::Occurred, Status::Future, Status::Historical, Status::Hypothetical, Status::Negated];
        let precisions = [DatePrecision::Day, DatePrecision::Month, DatePrecision::Year, DatePrecision::Unknown];
        let floats = [None, Some(0.0), Some(-0.0), Some(33.3152), Some(1e-7), Some(f64::NAN), Some(1e21)];
        let mut out = Vec::new();
        for (i, s) in samples().iter().enumerate() {
            let mut r = crate::gold::tests::rec(s, i, i * 1000 + 7, s);
            // (Each field its own value, so that a field written from another's source fails.)
            r.id = format!("{s}-{i}");
            r.article_id = format!("article {s}");
            r.event_type = format!("type {s}");
            r.evidence.trigger_start = i + 1;
            r.evidence.trigger_end = i + 2;
            r.mode = (i % 2 == 0).then(|| s.clone());
            r.context = (0..i % 3).map(|k| format!("{s}{k}")).collect();
            r.status = statuses[i % 5];
            r.date = (i % 3 != 0).then(|| "2013-02-01".into());
            r.date_precision = precisions[i % 4];
            r.date_basis = [None, Some(DateBasis::Text), Some(DateBasis::Publication)][i % 3];
            r.date_text = (i % 2 == 1).then(|| s.clone());
            r.actor = (i % 4 != 0).then(|| entity(s, (i % 2 == 0).then_some("grp.army")));
            r.recipient = (i % 3 == 0).then(|| entity("ش", None));
            r.location = (i % 5 != 0).then(|| place(s, floats[i % floats.len()]));
            r.fatalities = (i % 2 == 0).then_some(i as u32 * 1000);
            r.injuries = (i % 3 == 1).then_some(u32::MAX);
            r.trigger = format!("trigger {s}");
            r.evidence.field = if i % 2 == 0 { Field::Title } else { Field::Text };
            r.evidence.sentence = format!("sentence {s}");
            if i % 4 == 1 {
                r.evidence.other_mentions.push(Mention {
                    field: Field::Title,
                    start: 0,
                    end: 9,
                    trigger_start: 1,
                    trigger_end: 2,
                });
            }
            r.rule = format!("assault.{s}");
            r.confidence = [0.5, 0.95, 1.0, 0.1 + 0.2, f32::NAN][i % 5];
            out.push(r);
        }
        out
    }

    /// The escape test answers as a byte loop, on every sample and every one-byte change of a
    /// 17-byte text at each position.
    #[test]
    fn needs_escape_answers_as_a_byte_loop() {
        let slow = |b: &[u8]| b.iter().any(|&c| c < 0x20 || c == b'"' || c == b'\\');
        for s in samples() {
            assert_eq!(needs_escape(s.as_bytes()), slow(s.as_bytes()), "{s:?}");
        }
        let base = *b"abcdefghijklmnopq";
        for i in 0..base.len() {
            for c in 0..=255u8 {
                let mut t = base;
                t[i] = c;
                assert_eq!(needs_escape(&t), slow(&t), "{i} {c}");
                assert_eq!(needs_escape(&t[i..]), slow(&t[i..]), "{i} {c}");
            }
        }
    }

    /// The hand-written record JSON is serde_json's, byte for byte.
    #[test]
    fn record_json_is_serde_jsons() {
        for r in records() {
            assert_eq!(record_json(&r), serde_json::to_string(&r).unwrap(), "{r:?}");
        }
    }

    /// The hand-written event JSON is serde_json's of the event with its sources emptied.
    #[test]
    fn event_json_is_serde_jsons_without_sources() {
        for (i, r) in records().into_iter().enumerate() {
            let ev = StoredEvent {
                id: r.id.clone(),
                event_type: r.event_type.clone(),
                mode: r.mode.clone(),
                context: r.context.clone(),
                status: r.status,
                date: r.date.clone(),
                date_precision: r.date_precision,
                actor: r.actor.clone(),
                recipient: r.recipient.clone(),
                location: r.location.clone(),
                fatalities: r.fatalities,
                fatalities_low: r.fatalities.map(|f| f / 2),
                fatalities_high: r.fatalities.map(|f| f + 1),
                injuries: r.injuries,
                trigger: r.trigger.clone(),
                sentence: r.evidence.sentence.clone(),
                first_reported: r.date_text.clone(),
                sources: (0..i % 3)
                    .map(|k| SourceRef {
                        article_id: format!("a{k}"),
                        source: None,
                        url: Some(r.trigger.clone()),
                        record_id: r.id.clone(),
                        published: None,
                    })
                    .collect(),
            };
            let bare = StoredEvent { sources: Vec::new(), ..ev.clone() };
            assert_eq!(event_json(&ev, true), serde_json::to_string(&bare).unwrap(), "{ev:?}");
            assert_eq!(event_json(&ev, false), serde_json::to_string(&ev).unwrap(), "{ev:?}");
        }
    }
}
