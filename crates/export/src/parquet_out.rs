//! Parquet through arrow-rs: rows are appended to Arrow column builders and, every
//! `row_group_size` rows, turned into one `RecordBatch` that is encoded and flushed as one row
//! group. At most `row_group_size` events are therefore held in memory (as Arrow buffers), however
//! many are exported; [`ParquetSink::buffered_rows`] exposes the count so a test can check it.
//!
//! The schema (`docs/export.md` lists each column) is flat wherever a value is a scalar, so that
//! DuckDB, pandas and Spark filter on plain columns; `context` is a list of strings and `sources`
//! a list of structs, both of which those readers load natively (DuckDB `LIST`/`STRUCT`, pandas
//! lists of dicts through pyarrow). Dates stay as the SPEC's strings (`date`) beside a typed
//! `date_start` (`Date32`, the first day of the period) for range filters.

use std::io::Write;
use std::sync::Arc;

use ahdath_record::{Entity, StoredEvent};
use arrow_array::builder::{
    ArrayBuilder, Date32Builder, Float64Builder, Int32Builder, Int64Builder, ListBuilder, StringBuilder, StructBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Fields, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::{EnabledStatistics, WriterProperties};

use crate::view::{nonempty, precision_str, View};
use crate::ExportError;

fn utf8(name: &str, nullable: bool) -> Field {
    Field::new(name, DataType::Utf8, nullable)
}

fn context_item() -> Field {
    Field::new("item", DataType::Utf8, false)
}

fn source_fields() -> Fields {
    Fields::from(vec![
        utf8("article_id", false),
        utf8("source", true),
        utf8("url", true),
        utf8("record_id", false),
        utf8("published", true),
    ])
}

fn source_item() -> Field {
    Field::new("item", DataType::Struct(source_fields()), false)
}

/// The Arrow schema of the Parquet export, column by column as documented in `docs/export.md`.
pub fn parquet_schema() -> SchemaRef {
    let mut fields = vec![
        utf8("event_id", false),
        utf8("event_type", false),
        utf8("mode", true),
        Field::new("context", DataType::List(Arc::new(context_item())), false),
        utf8("status", false),
        utf8("date", true),
        utf8("date_precision", false),
        Field::new("date_start", DataType::Date32, true),
        Field::new("year", DataType::Int32, true),
    ];
    for side in ["actor", "recipient"] {
        for part in ["name", "text", "country", "sector", "id"] {
            fields.push(utf8(&format!("{side}_{part}"), true));
        }
    }
    fields.extend([
        utf8("location_name", true),
        utf8("location_text", true),
        utf8("location_feature", true),
        utf8("location_admin1", true),
        utf8("location_admin2", true),
        utf8("location_country", true),
        Field::new("latitude", DataType::Float64, true),
        Field::new("longitude", DataType::Float64, true),
        utf8("location_precision", true),
        Field::new("geonames_id", DataType::Int64, true),
        Field::new("fatalities", DataType::Int32, true),
        Field::new("fatalities_low", DataType::Int32, true),
        Field::new("fatalities_high", DataType::Int32, true),
        Field::new("injuries", DataType::Int32, true),
        utf8("trigger", false),
        utf8("sentence", false),
        utf8("first_reported", true),
        utf8("acled_event_type", false),
        utf8("acled_sub_event_type", false),
        Field::new("source_count", DataType::Int32, false),
        Field::new("sources", DataType::List(Arc::new(source_item())), false),
    ]);
    Arc::new(Schema::new(fields))
}

#[derive(Default)]
struct EntityCols {
    name: StringBuilder,
    text: StringBuilder,
    country: StringBuilder,
    sector: StringBuilder,
    id: StringBuilder,
}

impl EntityCols {
    fn append(&mut self, e: Option<&Entity>) {
        let f = |g: fn(&Entity) -> Option<&str>| e.and_then(|e| nonempty(g(e)));
        self.name.append_option(f(|e| e.name.as_deref()));
        self.text.append_option(f(|e| e.text.as_deref()));
        self.country.append_option(f(|e| e.country.as_deref()));
        self.sector.append_option(f(|e| e.sector.as_deref()));
        self.id.append_option(f(|e| e.id.as_deref()));
    }

    fn finish(&mut self, out: &mut Vec<ArrayRef>) {
        for b in [&mut self.name, &mut self.text, &mut self.country, &mut self.sector, &mut self.id] {
            out.push(Arc::new(b.finish()));
        }
    }
}

/// Column builders holding the rows of the row group being assembled.
struct Columns {
    event_id: StringBuilder,
    event_type: StringBuilder,
    mode: StringBuilder,
    context: ListBuilder<StringBuilder>,
    status: StringBuilder,
    date: StringBuilder,
    date_precision: StringBuilder,
    date_start: Date32Builder,
    year: Int32Builder,
    actor: EntityCols,
    recipient: EntityCols,
    location_name: StringBuilder,
    location_text: StringBuilder,
    location_feature: StringBuilder,
    location_admin1: StringBuilder,
    location_admin2: StringBuilder,
    location_country: StringBuilder,
    latitude: Float64Builder,
    longitude: Float64Builder,
    location_precision: StringBuilder,
    geonames_id: Int64Builder,
    fatalities: Int32Builder,
    fatalities_low: Int32Builder,
    fatalities_high: Int32Builder,
    injuries: Int32Builder,
    trigger: StringBuilder,
    sentence: StringBuilder,
    first_reported: StringBuilder,
    acled_event_type: StringBuilder,
    acled_sub_event_type: StringBuilder,
    source_count: Int32Builder,
    sources: ListBuilder<StructBuilder>,
}

/// The string builder of field `i` of the `sources` struct (every field is a string).
fn string(items: &mut StructBuilder, i: usize) -> &mut StringBuilder {
    items.field_builder::<StringBuilder>(i).expect("source fields are strings")
}

fn int32(e: &StoredEvent, field: &'static str, v: Option<u32>) -> Result<Option<i32>, ExportError> {
    v.map(|v| i32::try_from(v).map_err(|_| ExportError::OutOfRange { id: e.id.clone(), field, value: v.into() }))
        .transpose()
}

impl Columns {
    fn new() -> Self {
        Columns {
            event_id: StringBuilder::new(),
            event_type: StringBuilder::new(),
            mode: StringBuilder::new(),
            context: ListBuilder::new(StringBuilder::new()).with_field(context_item()),
            status: StringBuilder::new(),
            date: StringBuilder::new(),
            date_precision: StringBuilder::new(),
            date_start: Date32Builder::new(),
            year: Int32Builder::new(),
            actor: EntityCols::default(),
            recipient: EntityCols::default(),
            location_name: StringBuilder::new(),
            location_text: StringBuilder::new(),
            location_feature: StringBuilder::new(),
            location_admin1: StringBuilder::new(),
            location_admin2: StringBuilder::new(),
            location_country: StringBuilder::new(),
            latitude: Float64Builder::new(),
            longitude: Float64Builder::new(),
            location_precision: StringBuilder::new(),
            geonames_id: Int64Builder::new(),
            fatalities: Int32Builder::new(),
            fatalities_low: Int32Builder::new(),
            fatalities_high: Int32Builder::new(),
            injuries: Int32Builder::new(),
            trigger: StringBuilder::new(),
            sentence: StringBuilder::new(),
            first_reported: StringBuilder::new(),
            acled_event_type: StringBuilder::new(),
            acled_sub_event_type: StringBuilder::new(),
            source_count: Int32Builder::new(),
            sources: ListBuilder::new(StructBuilder::from_fields(source_fields(), 0)).with_field(source_item()),
        }
    }

    /// Appends one row. Values are checked before anything is appended, so a failing event
    /// leaves every column the same length.
    fn append(&mut self, v: &View<'_>) -> Result<(), ExportError> {
        let e = v.e;
        let fatalities = int32(e, "fatalities", e.fatalities)?;
        let low = int32(e, "fatalities_low", e.fatalities_low)?;
        let high = int32(e, "fatalities_high", e.fatalities_high)?;
        let injuries = int32(e, "injuries", e.injuries)?;
        let source_count = int32(e, "source_count", Some(u32::try_from(e.sources.len()).unwrap_or(u32::MAX)))?;
        let place = e.location.as_ref();
        let geonames = match place.and_then(|p| p.geonames_id) {
            Some(id) => Some(i64::try_from(id).map_err(|_| ExportError::OutOfRange {
                id: e.id.clone(),
                field: "geonames_id",
                value: id,
            })?),
            None => None,
        };

        self.event_id.append_value(&e.id);
        self.event_type.append_value(&e.event_type);
        self.mode.append_option(nonempty(e.mode.as_deref()));
        for c in &e.context {
            self.context.values().append_value(c);
        }
        self.context.append(true);
        self.status.append_value(e.status.as_str());
        self.date.append_option(e.date.as_deref());
        self.date_precision.append_value(precision_str(e.date_precision));
        self.date_start.append_option(v.date.map(|d| d.first_day_epoch()));
        self.year.append_option(v.date.map(|d| d.year));
        self.actor.append(e.actor.as_ref());
        self.recipient.append(e.recipient.as_ref());
        let pf = |g: fn(&ahdath_record::Place) -> Option<&str>| place.and_then(|p| nonempty(g(p)));
        self.location_name.append_option(pf(|p| p.name.as_deref()));
        self.location_text.append_option(pf(|p| p.text.as_deref()));
        self.location_feature.append_option(pf(|p| p.feature.as_deref()));
        self.location_admin1.append_option(pf(|p| p.admin1.as_deref()));
        self.location_admin2.append_option(pf(|p| p.admin2.as_deref()));
        self.location_country.append_option(pf(|p| p.country.as_deref()));
        self.latitude.append_option(v.point.map(|(_, lat)| lat));
        self.longitude.append_option(v.point.map(|(lon, _)| lon));
        self.location_precision.append_option(pf(|p| p.precision.as_deref()));
        self.geonames_id.append_option(geonames);
        self.fatalities.append_option(fatalities);
        self.fatalities_low.append_option(low);
        self.fatalities_high.append_option(high);
        self.injuries.append_option(injuries);
        self.trigger.append_value(&e.trigger);
        self.sentence.append_value(&e.sentence);
        self.first_reported.append_option(e.first_reported.as_deref());
        self.acled_event_type.append_value(v.class.event_type);
        self.acled_sub_event_type.append_value(v.class.sub_event_type);
        self.source_count.append_option(source_count);
        let items = self.sources.values();
        for s in &e.sources {
            string(items, 0).append_value(&s.article_id);
            string(items, 1).append_option(s.source.as_deref());
            string(items, 2).append_option(s.url.as_deref());
            string(items, 3).append_value(&s.record_id);
            string(items, 4).append_option(s.published.as_deref());
            items.append(true);
        }
        self.sources.append(true);
        Ok(())
    }

    fn len(&self) -> usize {
        self.event_id.len()
    }

    /// Takes the buffered rows out as one batch, leaving the builders empty.
    fn finish(&mut self, schema: &SchemaRef) -> Result<RecordBatch, ExportError> {
        let mut cols: Vec<ArrayRef> = vec![
            Arc::new(self.event_id.finish()),
            Arc::new(self.event_type.finish()),
            Arc::new(self.mode.finish()),
            Arc::new(self.context.finish()),
            Arc::new(self.status.finish()),
            Arc::new(self.date.finish()),
            Arc::new(self.date_precision.finish()),
            Arc::new(self.date_start.finish()),
            Arc::new(self.year.finish()),
        ];
        self.actor.finish(&mut cols);
        self.recipient.finish(&mut cols);
        cols.extend([
            Arc::new(self.location_name.finish()) as ArrayRef,
            Arc::new(self.location_text.finish()),
            Arc::new(self.location_feature.finish()),
            Arc::new(self.location_admin1.finish()),
            Arc::new(self.location_admin2.finish()),
            Arc::new(self.location_country.finish()),
            Arc::new(self.latitude.finish()),
            Arc::new(self.longitude.finish()),
            Arc::new(self.location_precision.finish()),
            Arc::new(self.geonames_id.finish()),
            Arc::new(self.fatalities.finish()),
            Arc::new(self.fatalities_low.finish()),
            Arc::new(self.fatalities_high.finish()),
            Arc::new(self.injuries.finish()),
            Arc::new(self.trigger.finish()),
            Arc::new(self.sentence.finish()),
            Arc::new(self.first_reported.finish()),
            Arc::new(self.acled_event_type.finish()),
            Arc::new(self.acled_sub_event_type.finish()),
            Arc::new(self.source_count.finish()),
            Arc::new(self.sources.finish()),
        ]);
        Ok(RecordBatch::try_new(schema.clone(), cols)?)
    }
}

pub(crate) struct ParquetSink<W: Write + Send> {
    writer: ArrowWriter<W>,
    schema: SchemaRef,
    cols: Columns,
    row_group_size: usize,
    row_groups: u64,
    max_buffered: usize,
}

impl<W: Write + Send> ParquetSink<W> {
    pub fn new(writer: W, row_group_size: usize) -> Result<Self, ExportError> {
        let schema = parquet_schema();
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(row_group_size))
            // Row-group statistics (enough for DuckDB/Spark to skip row groups) but no page index:
            // the writer keeps the index of every page until the footer, so it would grow with
            // the export.
            .set_statistics_enabled(EnabledStatistics::Chunk)
            .build();
        let writer = ArrowWriter::try_new(writer, schema.clone(), Some(props))?;
        Ok(ParquetSink { writer, schema, cols: Columns::new(), row_group_size, row_groups: 0, max_buffered: 0 })
    }

    pub fn write(&mut self, v: &View<'_>) -> Result<(), ExportError> {
        self.cols.append(v)?;
        self.max_buffered = self.max_buffered.max(self.cols.len());
        if self.cols.len() >= self.row_group_size {
            self.flush_row_group()?;
        }
        Ok(())
    }

    /// Encodes the buffered rows as one row group and drops their Arrow buffers.
    pub fn flush_row_group(&mut self) -> Result<(), ExportError> {
        if self.cols.len() == 0 {
            return Ok(());
        }
        let batch = self.cols.finish(&self.schema)?;
        self.writer.write(&batch)?;
        self.writer.flush()?;
        self.row_groups += 1;
        Ok(())
    }

    /// Rows appended but not yet encoded into a row group.
    pub fn buffered_rows(&self) -> usize {
        self.cols.len()
    }

    pub fn max_buffered_rows(&self) -> usize {
        self.max_buffered
    }

    /// Flushes the last row group, writes the footer and returns the destination.
    pub fn into_inner(mut self) -> Result<(W, u64), ExportError> {
        self.flush_row_group()?;
        let w = self.writer.into_inner()?;
        Ok((w, self.row_groups))
    }
}
