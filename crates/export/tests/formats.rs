//! Each format is read back with a real reader: the `csv` crate, serde_json (GeoJSON and JSON
//! Lines) and the `parquet` crate's Arrow reader.

mod common;

use std::collections::HashMap;
use std::fs::File;

use ahdath_export::{parquet_schema, ExportOptions, ExportSummary, Exporter, Format, CSV_COLUMNS};
use ahdath_record::StoredEvent;
use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Float64Type, Int32Type, Int64Type};
use arrow_array::{Array, RecordBatch};
use arrow_schema::DataType;
use common::{fixtures, synthetic, TRICKY_SENTENCE};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use serde_json::Value;

fn export_to_vec(format: Format, events: &[StoredEvent]) -> (ExportSummary, Vec<u8>) {
    let mut x = Exporter::new(format, Vec::new()).unwrap();
    for e in events {
        x.write(e).unwrap();
    }
    x.finish_into_inner().unwrap()
}

/// Exports to a temporary Parquet file and reads every batch back.
fn parquet_roundtrip(events: &[StoredEvent], row_group_size: usize) -> (ExportSummary, usize, Vec<RecordBatch>) {
    let file = tempfile::tempfile().unwrap();
    let options = ExportOptions { row_group_size, ..ExportOptions::default() };
    let mut x = Exporter::with_options(Format::Parquet, file.try_clone().unwrap(), options).unwrap();
    for e in events {
        x.write(e).unwrap();
    }
    let summary = x.finish().unwrap();
    let builder = ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
    let groups = builder.metadata().num_row_groups();
    let batches = builder.build().unwrap().collect::<Result<Vec<_>, _>>().unwrap();
    (summary, groups, batches)
}

#[test]
fn csv_reads_back_with_acled_header_and_exact_arabic() {
    let events = fixtures();
    let (summary, bytes) = export_to_vec(Format::Csv, &events);
    assert_eq!((summary.events, summary.without_geometry), (4, 2));
    let raw = String::from_utf8(bytes.clone()).unwrap();
    // The sentence has quotes, commas and a newline: it must be one quoted field, quotes doubled.
    assert!(raw.contains("\"قال المتحدث: \"\"قُتل اثنان، بينهم مسؤول عراقي, في الغارة\"\"\nوأضاف"), "{raw}");

    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, CSV_COLUMNS);
    let rows: Vec<HashMap<String, String>> = reader.deserialize().collect::<Result<_, _>>().unwrap();
    assert_eq!(rows.len(), 4);
    let strike = &rows[0];
    assert_eq!(strike["notes"], TRICKY_SENTENCE);
    assert_eq!(strike["event_id_cnty"], "ev-1");
    assert_eq!(strike["event_date"], "2020-01-03");
    assert_eq!(strike["year"], "2020");
    assert_eq!(strike["time_precision"], "1");
    assert_eq!(strike["disorder_type"], "Political violence");
    assert_eq!(strike["event_type"], "Explosions/Remote violence");
    assert_eq!(strike["sub_event_type"], "Air/drone strike");
    assert_eq!(strike["actor1"], "United States");
    // US military in Iraq: external forces (8); an Iranian military recipient abroad: 8 too.
    assert_eq!(
        (strike["inter1"].as_str(), strike["inter2"].as_str(), strike["interaction"].as_str()),
        ("8", "8", "88")
    );
    assert_eq!(
        (strike["iso"].as_str(), strike["country"].as_str(), strike["region"].as_str()),
        ("IRQ", "Iraq", "Middle East")
    );
    assert_eq!((strike["latitude"].as_str(), strike["longitude"].as_str()), ("33.34058", "44.40088"));
    assert_eq!(strike["geo_precision"], "1");
    assert_eq!(strike["source"], "Outlet A; Outlet B");
    assert_eq!(strike["source_count"], "3");
    assert_eq!(strike["source_urls"], "https://a.example/1?x=1,2 https://a.example/3");
    assert_eq!((strike["fatalities"].as_str(), strike["fatalities_high"].as_str()), ("2", "10"));
    assert_eq!((strike["status"].as_str(), strike["plover_mode"].as_str()), ("historical", "aerial"));

    // No place, no actor, no fatalities: empty cells, never 0; the actor2 name falls back to text.
    let unnamed = &rows[1];
    assert_eq!(unnamed["actor2"], "أربعة جنود مصريين");
    assert_eq!((unnamed["actor1"].as_str(), unnamed["inter1"].as_str(), unnamed["interaction"].as_str()), ("", "", ""));
    assert_eq!((unnamed["fatalities"].as_str(), unnamed["latitude"].as_str(), unnamed["iso"].as_str()), ("", "", ""));
    assert_eq!(unnamed["injuries"], "6");
    assert_eq!(unnamed["event_type"], "Battles");

    let protest = &rows[2];
    assert_eq!((protest["event_date"].as_str(), protest["time_precision"].as_str()), ("2020-06-01", "2"));
    assert_eq!((protest["event_type"].as_str(), protest["inter1"].as_str()), ("Protests", "6"));
    assert_eq!((protest["tags"].as_str(), protest["source_count"].as_str()), ("labor; human_rights", "0"));

    let visit = &rows[3];
    assert_eq!((visit["time_precision"].as_str(), visit["fatalities"].as_str()), ("3", "0"));
    assert_eq!(visit["source"], "وكالة الأنباء");
    assert_eq!(visit["latitude"], "", "an out-of-range latitude is not exported as a point");
}

#[test]
fn jsonl_parses_back_into_equal_events() {
    let events = fixtures();
    let (summary, bytes) = export_to_vec(Format::Jsonl, &events);
    assert_eq!(summary.events, 4);
    let text = String::from_utf8(bytes).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "one event a line, the sentence's newline escaped");
    let back: Vec<StoredEvent> = lines.iter().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(back, events);
    let first: Value = serde_json::from_str(lines[0]).unwrap();
    for field in
        ["event_type", "mode", "context", "status", "actor", "recipient", "location", "sources", "first_reported"]
    {
        assert!(first.get(field).is_some(), "PLOVER/SPEC field {field} missing");
    }
}

#[test]
fn geojson_is_a_feature_collection_of_lon_lat_points() {
    let events = fixtures();
    let (summary, bytes) = export_to_vec(Format::GeoJson, &events);
    let doc: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(doc["type"], "FeatureCollection");
    let features = doc["features"].as_array().unwrap();
    assert_eq!(features.len(), 4);
    let mut null_geometries = 0;
    for (f, e) in features.iter().zip(&events) {
        assert_eq!(f["type"], "Feature");
        assert_eq!(f["id"], e.id.as_str());
        let props = f["properties"].as_object().unwrap();
        assert!(props.values().all(|v| !v.is_object() && !v.is_array()), "properties are flat");
        assert_eq!(props["sentence"], e.sentence.as_str());
        if f["geometry"].is_null() {
            null_geometries += 1;
            continue;
        }
        let place = e.location.as_ref().unwrap();
        assert_eq!(f["geometry"]["type"], "Point");
        let c = f["geometry"]["coordinates"].as_array().unwrap();
        assert_eq!((c[0].as_f64(), c[1].as_f64()), (place.lon, place.lat), "RFC 7946 order is [lon, lat]");
    }
    assert_eq!(null_geometries, 2);
    assert_eq!(summary.without_geometry, 2);
    let p = &features[0]["properties"];
    assert_eq!((p["actor"].as_str(), p["country_name"].as_str()), (Some("United States"), Some("Iraq")));
    assert_eq!((p["fatalities"].as_u64(), p["source_count"].as_u64()), (Some(2), Some(3)));
    assert!(features[1]["properties"]["fatalities"].is_null());
    assert_eq!(features[2]["properties"]["date_start"], "2020-06-01");
}

#[test]
fn empty_exports_are_valid_files() {
    let (_, csv_bytes) = export_to_vec(Format::Csv, &[]);
    let mut r = csv::Reader::from_reader(csv_bytes.as_slice());
    assert_eq!(r.headers().unwrap().len(), CSV_COLUMNS.len());
    assert_eq!(r.records().count(), 0);
    let (_, geo) = export_to_vec(Format::GeoJson, &[]);
    let doc: Value = serde_json::from_slice(&geo).unwrap();
    assert_eq!(doc["features"].as_array().map(Vec::len), Some(0));
    assert!(export_to_vec(Format::Jsonl, &[]).1.is_empty());
    let (summary, groups, batches) = parquet_roundtrip(&[], 10);
    assert_eq!((summary.events, groups, batches.iter().map(RecordBatch::num_rows).sum::<usize>()), (0, 0, 0));
}

#[test]
fn parquet_reads_back_with_types_values_and_row_groups() {
    // The fixtures twice over under new ids: 8 rows in groups of 3 → 3 row groups.
    let events: Vec<StoredEvent> = (0..2)
        .flat_map(|round| fixtures().into_iter().map(move |mut e| (e.id = format!("{}-{round}", e.id), e).1))
        .collect();
    let (summary, groups, batches) = parquet_roundtrip(&events, 3);
    assert_eq!((summary.events, summary.row_groups, groups), (8, 3, 3));
    let batch = arrow_select_concat(&batches);
    assert_eq!(batch.num_rows(), 8);
    assert_eq!(batch.schema().fields(), parquet_schema().fields(), "the file keeps the documented schema");

    let col = |name: &str| batch.column_by_name(name).unwrap_or_else(|| panic!("no column {name}")).clone();
    assert_eq!(col("latitude").data_type(), &DataType::Float64);
    assert_eq!(col("fatalities").data_type(), &DataType::Int32);
    assert_eq!(col("date_start").data_type(), &DataType::Date32);
    assert!(matches!(col("sources").data_type(), DataType::List(f) if matches!(f.data_type(), DataType::Struct(_))));
    assert!(batch.schema().field_with_name("country").is_err() && batch.schema().field_with_name("month").is_err());

    let ids = col("event_id");
    let ids = ids.as_string::<i32>();
    let sentences = col("sentence");
    let sentences = sentences.as_string::<i32>();
    for (i, e) in events.iter().enumerate() {
        assert_eq!(ids.value(i), e.id);
        assert_eq!(sentences.value(i), e.sentence, "Arabic text round-trips exactly");
    }
    let fatalities = col("fatalities");
    let fatalities = fatalities.as_primitive::<Int32Type>();
    assert_eq!((fatalities.value(0), fatalities.is_null(1), fatalities.value(3)), (2, true, 0));
    let lat = col("latitude");
    let lat = lat.as_primitive::<Float64Type>();
    assert_eq!((lat.value(0), lat.is_null(1), lat.is_null(3)), (33.34058, true, true));
    let start = col("date_start");
    let start = start.as_primitive::<Date32Type>();
    assert_eq!((start.value(0), start.value(2)), (18_264, 18_414), "2020-01-03 and 2020-06-01 as days since 1970");
    let geonames = col("geonames_id");
    assert_eq!(geonames.as_primitive::<Int64Type>().value(0), 98_182);
    assert_eq!(col("actor_name").as_string::<i32>().value(0), "United States");
    assert!(col("actor_name").is_null(1));
    assert_eq!(col("recipient_text").as_string::<i32>().value(1), "أربعة جنود مصريين");
    assert_eq!(col("acled_sub_event_type").as_string::<i32>().value(0), "Air/drone strike");
    assert_eq!(col("source_count").as_primitive::<Int32Type>().value(0), 3);

    let context = col("context");
    let context = context.as_list::<i32>();
    let labels = context.value(2);
    let labels: Vec<&str> = labels.as_string::<i32>().iter().flatten().collect();
    assert_eq!(labels, ["labor", "human_rights"]);
    let sources = col("sources");
    let sources = sources.as_list::<i32>();
    let first = sources.value(0);
    let first = first.as_struct();
    let article_ids: Vec<&str> =
        first.column_by_name("article_id").unwrap().as_string::<i32>().iter().flatten().collect();
    assert_eq!(article_ids, ["a1", "a2", "a3"]);
    let urls = first.column_by_name("url").unwrap().as_string::<i32>();
    assert!(urls.is_null(1));
    assert_eq!(sources.value(2).len(), 0, "an event without sources has an empty list");
}

/// Joins the batches the reader returned (its batch size need not match the row groups).
fn arrow_select_concat(batches: &[RecordBatch]) -> RecordBatch {
    let schema = batches[0].schema();
    let columns = (0..schema.fields().len())
        .map(|i| {
            let parts: Vec<&dyn Array> = batches.iter().map(|b| b.column(i).as_ref()).collect();
            arrow_select::concat::concat(&parts).unwrap()
        })
        .collect();
    RecordBatch::try_new(schema, columns).unwrap()
}

/// Memory stays bounded: however many events go through, the exporter never holds more than one
/// row group of them, and the file has one row group per `row_group_size` events.
#[test]
fn parquet_buffers_at_most_one_row_group_of_200k_events() {
    const N: u64 = 200_000;
    const GROUP: usize = 8_192;
    let file = tempfile::tempfile().unwrap();
    let options = ExportOptions { row_group_size: GROUP, ..ExportOptions::default() };
    let mut x = Exporter::with_options(Format::Parquet, file.try_clone().unwrap(), options).unwrap();
    let mut most = 0;
    for i in 0..N {
        x.write(&synthetic(i)).unwrap();
        most = most.max(x.buffered_rows());
        assert!(x.buffered_rows() < GROUP, "a full row group is encoded as soon as it fills");
    }
    assert_eq!(x.buffered_rows(), (N % GROUP as u64) as usize);
    let summary = x.finish().unwrap();
    assert_eq!(summary.max_buffered_rows, GROUP);
    assert_eq!(most, GROUP - 1);
    assert_eq!(summary.row_groups, N.div_ceil(GROUP as u64));
    let meta = ParquetRecordBatchReaderBuilder::try_new(file).unwrap().metadata().clone();
    assert_eq!(meta.file_metadata().num_rows(), N as i64);
    assert_eq!(meta.num_row_groups() as u64, summary.row_groups);
    assert!(meta.row_groups().iter().all(|g| g.num_rows() as usize <= GROUP));
}

#[test]
fn out_of_range_counts_are_an_error_not_a_wrapped_value() {
    let mut e = fixtures().remove(0);
    e.fatalities = Some(u32::MAX);
    let mut x = Exporter::new(Format::Parquet, Vec::new()).unwrap();
    let err = x.write(&e).unwrap_err();
    assert!(err.to_string().contains("fatalities"), "{err}");
    // The failed row left no partial row behind: the next event still exports and reads back.
    assert_eq!(x.buffered_rows(), 0);
    x.write(&fixtures()[1]).unwrap();
    let (summary, bytes) = x.finish_into_inner().unwrap();
    assert_eq!(summary.events, 1);
    let path = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(path.path(), bytes).unwrap();
    let reader = ParquetRecordBatchReaderBuilder::try_new(File::open(path.path()).unwrap()).unwrap();
    assert_eq!(reader.metadata().file_metadata().num_rows(), 1);
}
