//! Streaming readers of input articles (SPEC §1).
//!
//! [`open_inputs`] turns a list of paths (files, directories, `-` for stdin) into one iterator of
//! [`Item`]s: every article read, and every line that could not be read as one ([`Reject`], with
//! file and line number). Bad input never stops the iteration and never disappears.
//!
//! Files are read line by line with a size limit, so memory stays bounded by
//! [`ReaderConfig::max_line_bytes`] (JSON Lines) or by one article (plain text), plus the set of
//! article ids seen so far (needed to report duplicate ids across the whole run).
//!
//! Formats, chosen by file name (a trailing `.gz` is decompressed first):
//! - `*.txt`: the plain-text layout of `examples/seed-iraq-2020.txt` ([`read_text`]);
//! - anything else (`*.jsonl`, `*.json`, stdin): JSON Lines, one article a line ([`read_jsonl`]).

use std::collections::{HashSet, VecDeque};
use std::fmt;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use ahdath_record::Article;
use flate2::read::MultiGzDecoder;
use serde_json::{Map, Value};

/// Default limit on the length of one input line: 8 MiB.
pub const DEFAULT_MAX_LINE_BYTES: usize = 8 * 1024 * 1024;

/// [`Reject::raw`] keeps at most this many bytes of the offending line: 64 KiB.
pub const RAW_LIMIT: usize = 64 * 1024;

/// Name used for standard input in origins and rejects.
pub const STDIN_NAME: &str = "<stdin>";

const BUF_CAPACITY: usize = 256 * 1024;
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// How inputs are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderConfig {
    /// Lines longer than this (in bytes, without the newline) are skipped and rejected as
    /// [`RejectReason::TooLong`]; they are never held in memory as a whole.
    pub max_line_bytes: usize,
    /// Publication date given to articles read from plain-text files (`--published`).
    pub published: Option<String>,
}

impl Default for ReaderConfig {
    fn default() -> Self {
        ReaderConfig { max_line_bytes: DEFAULT_MAX_LINE_BYTES, published: None }
    }
}

/// One thing read from the inputs: an article, or a line that could not be read as one.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Article { article: Article, origin: Origin },
    Reject(Reject),
}

/// Where an article was read from: the file name as given (or [`STDIN_NAME`]) and the 1-based
/// line (for plain text, the line of the headline).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Origin {
    pub file: String,
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// An input line that is not an article. `line` is 1-based; 0 means the file as a whole (it could
/// not be opened).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reject {
    pub file: String,
    pub line: usize,
    pub reason: RejectReason,
    /// The raw line (without its line ending), truncated to [`RAW_LIMIT`] bytes.
    pub raw: Vec<u8>,
}

impl fmt::Display for Reject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

/// Why a line was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RejectReason {
    /// Not parseable as JSON, or JSON but not an object. The message says which.
    NotJson(String),
    /// A required field (`id` or `text`) is absent, null or (for `id`) empty.
    MissingField(&'static str),
    /// A known field has the wrong JSON type (`id` must be a string or an integer, the others
    /// strings or null).
    WrongType(&'static str),
    InvalidUtf8,
    /// The line has this many bytes (without the newline), more than `max_line_bytes`.
    TooLong(usize),
    /// An article with this id was already read in this run.
    DuplicateId(String),
    /// Reading failed (file missing, unreadable, corrupt gzip…); the rest of that file is skipped.
    Io(String),
}

impl RejectReason {
    /// A short stable name of the kind of reason, for counting in run summaries.
    pub fn kind(&self) -> &'static str {
        match self {
            RejectReason::NotJson(_) => "not_json",
            RejectReason::MissingField(_) => "missing_field",
            RejectReason::WrongType(_) => "wrong_type",
            RejectReason::InvalidUtf8 => "invalid_utf8",
            RejectReason::TooLong(_) => "too_long",
            RejectReason::DuplicateId(_) => "duplicate_id",
            RejectReason::Io(_) => "io",
        }
    }
}

impl fmt::Display for RejectReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RejectReason::NotJson(msg) => write!(f, "not JSON: {msg}"),
            RejectReason::MissingField(field) => write!(f, "missing field `{field}`"),
            RejectReason::WrongType(field) => write!(f, "wrong type for field `{field}`"),
            RejectReason::InvalidUtf8 => write!(f, "invalid UTF-8"),
            RejectReason::TooLong(n) => write!(f, "line too long ({n} bytes)"),
            RejectReason::DuplicateId(id) => write!(f, "duplicate article id `{id}`"),
            RejectReason::Io(msg) => write!(f, "I/O error: {msg}"),
        }
    }
}

/// Errors that prevent reading from starting at all.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// A directory given as input could not be listed.
    #[error("{}: cannot read directory: {source}", path.display())]
    Dir { path: PathBuf, source: io::Error },
}

/// The input format of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Text,
}

/// The format of a file by its name, and whether it is gzip-compressed (`*.gz`).
/// `*.txt` and `*.txt.gz` are plain text; everything else is JSON Lines.
pub fn format_of(path: &Path) -> (Format, bool) {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    let (base, gz) = match name.strip_suffix(".gz") {
        Some(base) => (base, true),
        None => (name.as_str(), false),
    };
    let format = if base.ends_with(".txt") { Format::Text } else { Format::Jsonl };
    (format, gz)
}

/// Whether a file found while walking a directory is an input: `*.jsonl`, `*.json`, `*.txt`,
/// each optionally `.gz`.
fn is_input_file(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    let base = name.strip_suffix(".gz").unwrap_or(&name);
    base.ends_with(".jsonl") || base.ends_with(".json") || base.ends_with(".txt")
}

fn walk_dir(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), ReadError> {
    let err = |source| ReadError::Dir { path: dir.to_path_buf(), source };
    for entry in fs::read_dir(dir).map_err(err)? {
        let entry = entry.map_err(err)?;
        let path = entry.path();
        let file_type = entry.file_type().map_err(err)?;
        if file_type.is_dir() {
            // Symlinked directories are not followed (no loops).
            walk_dir(&path, out)?;
        } else if is_input_file(&path) && fs::metadata(&path).map(|m| m.is_file()).unwrap_or(true) {
            out.push(path);
        }
    }
    Ok(())
}

#[derive(Debug, Clone)]
enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Stdin => STDIN_NAME.to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }
}

/// Open a list of inputs for streaming.
///
/// `-` is standard input (JSON Lines). A directory stands for every `*.jsonl`, `*.json`,
/// `*.txt` file in it (each optionally `.gz`), recursively, in sorted path order; directories are
/// listed here, files are opened one at a time as the iteration reaches them. A file that cannot
/// be opened (missing, unreadable) becomes a [`Reject`] of kind [`RejectReason::Io`] at line 0 and
/// the run goes on with the next file. Only a directory that cannot be listed is an error.
pub fn open_inputs(paths: &[PathBuf], cfg: &ReaderConfig) -> Result<Inputs, ReadError> {
    let mut sources = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            sources.push(Source::Stdin);
        } else if path.is_dir() {
            let mut found = Vec::new();
            walk_dir(path, &mut found)?;
            found.sort();
            sources.extend(found.into_iter().map(Source::File));
        } else {
            sources.push(Source::File(path.clone()));
        }
    }
    let names = sources.iter().map(Source::name).collect();
    Ok(Inputs { cfg: cfg.clone(), names, pending: sources.into_iter(), current: None, seen: HashSet::new() })
}

/// A reader of one file: yields items, checking ids against a set shared by the whole run.
trait ItemSource: Send {
    fn next_item(&mut self, seen: &mut HashSet<String>) -> Option<Item>;
}

/// The stream of items from all inputs, in order (see [`open_inputs`]). Article ids are unique
/// across the whole stream: a repeated id is a [`RejectReason::DuplicateId`] reject.
pub struct Inputs {
    cfg: ReaderConfig,
    names: Vec<String>,
    pending: std::vec::IntoIter<Source>,
    current: Option<Box<dyn ItemSource>>,
    seen: HashSet<String>,
}

impl Inputs {
    /// The names of all inputs to be read (directories expanded), in reading order.
    pub fn files(&self) -> &[String] {
        &self.names
    }
}

impl fmt::Debug for Inputs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Inputs").field("files", &self.names).finish_non_exhaustive()
    }
}

impl Iterator for Inputs {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(current) = &mut self.current {
                match current.next_item(&mut self.seen) {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            let source = self.pending.next()?;
            match open_source(&source, &self.cfg) {
                Ok(reader) => self.current = Some(reader),
                Err(reject) => return Some(Item::Reject(reject)),
            }
        }
    }
}

fn open_source(source: &Source, cfg: &ReaderConfig) -> Result<Box<dyn ItemSource>, Reject> {
    let name = source.name();
    match source {
        Source::Stdin => {
            let reader = BufReader::with_capacity(BUF_CAPACITY, io::stdin());
            Ok(Box::new(JsonlReader::new(reader, &name, cfg)))
        }
        Source::File(path) => {
            let file = File::open(path).map_err(|e| Reject {
                file: name.clone(),
                line: 0,
                reason: RejectReason::Io(e.to_string()),
                raw: Vec::new(),
            })?;
            let (format, gz) = format_of(path);
            let read: Box<dyn Read + Send> = if gz {
                Box::new(MultiGzDecoder::new(BufReader::with_capacity(BUF_CAPACITY, file)))
            } else {
                Box::new(file)
            };
            let reader = BufReader::with_capacity(BUF_CAPACITY, read);
            Ok(match format {
                Format::Jsonl => Box::new(JsonlReader::new(reader, &name, cfg)),
                Format::Text => Box::new(TextReader::new(reader, &name, cfg)),
            })
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Lines with a size limit

enum Line {
    /// A line whose content (no `\n`, no trailing `\r`) is in the buffer.
    Content,
    /// A line of ASCII whitespace only.
    Blank,
    /// A line over the limit, with its full length; the buffer holds its first `RAW_LIMIT` bytes.
    TooLong(usize),
}

struct LineReader<R> {
    inner: R,
    buf: Vec<u8>,
    /// The 1-based number of the line last returned.
    line_no: usize,
    max: usize,
    done: bool,
}

impl<R: BufRead> LineReader<R> {
    fn new(inner: R, max: usize) -> Self {
        LineReader { inner, buf: Vec::new(), line_no: 0, max, done: false }
    }

    /// Read the next line into `self.buf`. `None` at the end of input; after an error, `None`
    /// from then on.
    fn next_line(&mut self) -> Option<io::Result<Line>> {
        if self.done {
            return None;
        }
        self.buf.clear();
        let mut len = 0usize;
        let mut too_long = false;
        let mut all_ws = true; // maintained only once the line is too long
        let mut any = false;
        if self.line_no == 0 {
            // Drop a UTF-8 byte-order mark; a partial one stays part of the line.
            let mut matched = 0;
            while matched < UTF8_BOM.len() {
                match self.inner.fill_buf() {
                    Ok(avail) if avail.first() == Some(&UTF8_BOM[matched]) => {
                        self.inner.consume(1);
                        matched += 1;
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    _ => break,
                }
            }
            any = matched > 0;
            if matched < UTF8_BOM.len() {
                self.buf.extend_from_slice(&UTF8_BOM[..matched]);
                len = matched;
                if len > self.max {
                    too_long = true;
                    all_ws = false;
                }
            }
        }
        loop {
            let avail = match self.inner.fill_buf() {
                Ok(avail) => avail,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.done = true;
                    self.line_no += 1;
                    return Some(Err(e));
                }
            };
            if avail.is_empty() {
                self.done = true;
                if !any {
                    return None;
                }
                break;
            }
            any = true;
            let (chunk, consumed, ended) = match newline_in(avail) {
                Some(i) => (&avail[..i], i + 1, true),
                None => (avail, avail.len(), false),
            };
            len += chunk.len();
            if !too_long && len > self.max {
                too_long = true;
                all_ws = self.buf.iter().all(u8::is_ascii_whitespace);
            }
            if too_long {
                all_ws = all_ws && chunk.iter().all(u8::is_ascii_whitespace);
                let room = RAW_LIMIT.saturating_sub(self.buf.len()).min(chunk.len());
                self.buf.extend_from_slice(&chunk[..room]);
            } else {
                self.buf.extend_from_slice(chunk);
            }
            self.inner.consume(consumed);
            if ended {
                break;
            }
        }
        self.line_no += 1;
        if too_long {
            return Some(Ok(if all_ws { Line::Blank } else { Line::TooLong(len) }));
        }
        if self.buf.last() == Some(&b'\r') {
            self.buf.pop();
        }
        if self.buf.iter().all(u8::is_ascii_whitespace) {
            return Some(Ok(Line::Blank));
        }
        Some(Ok(Line::Content))
    }

    fn raw(&self) -> Vec<u8> {
        self.buf[..self.buf.len().min(RAW_LIMIT)].to_vec()
    }
}

/// Bytes tested at once by [`newline_in`].
const LINE_BLOCK: usize = 32;

/// The index of the first `\n` in `b` (`position` of it). A block of bytes is tested at once:
/// the smallest `x ^ b'\n'` over its bytes is zero exactly when the block holds a newline, which
/// the compiler computes with vector xor and min instructions; only that block is read byte by
/// byte. The byte-by-byte search cost about six instructions a byte of every input line
/// (speed36).
#[inline]
fn newline_in(b: &[u8]) -> Option<usize> {
    let is_newline = |x: &u8| *x == b'\n';
    let mut at = 0;
    let mut blocks = b.chunks_exact(LINE_BLOCK);
    for block in &mut blocks {
        if block.iter().fold(u8::MAX, |m, &x| m.min(x ^ b'\n')) == 0 {
            return block.iter().position(is_newline).map(|n| at + n);
        }
        at += LINE_BLOCK;
    }
    blocks.remainder().iter().position(is_newline).map(|n| at + n)
}

// ---------------------------------------------------------------------------------------------
// JSON Lines

/// Read JSON Lines from any buffered reader (a file, stdin, a byte slice).
///
/// Each non-blank line yields exactly one [`Item`]: an article, or a reject with `name:line`.
/// Blank lines are skipped, `\r\n` endings and a UTF-8 BOM are accepted. `id` may be a string or an
/// integer (stringified); `text` must be a string; `title`, `published`, `source`, `url` must be
/// strings or null; other fields are ignored. Ids repeated within this stream are rejected as
/// [`RejectReason::DuplicateId`] (use [`open_inputs`] to check them across several files).
pub fn read_jsonl<R: BufRead>(reader: R, name: &str, cfg: &ReaderConfig) -> JsonlReader<R> {
    JsonlReader::new(reader, name, cfg)
}

/// A reader used alone checks duplicate ids within its own stream; inside `Inputs` the run-wide
/// set is passed in. Both readers implement this the same way.
macro_rules! reader_iterator {
    ($t:ident) => {
        impl<R: BufRead> Iterator for $t<R> {
            type Item = Item;

            fn next(&mut self) -> Option<Item> {
                let mut seen = std::mem::take(&mut self.seen);
                let item = self.next_with(&mut seen);
                self.seen = seen;
                item
            }
        }

        impl<R: BufRead + Send> ItemSource for $t<R> {
            fn next_item(&mut self, seen: &mut HashSet<String>) -> Option<Item> {
                self.next_with(seen)
            }
        }
    };
}

/// Iterator over the items of one JSON Lines stream (see [`read_jsonl`]).
pub struct JsonlReader<R> {
    lines: LineReader<R>,
    name: String,
    seen: HashSet<String>,
}

impl<R: BufRead> JsonlReader<R> {
    pub fn new(reader: R, name: &str, cfg: &ReaderConfig) -> Self {
        JsonlReader { lines: LineReader::new(reader, cfg.max_line_bytes), name: name.to_string(), seen: HashSet::new() }
    }

    fn reject(&self, reason: RejectReason) -> Item {
        Item::Reject(Reject { file: self.name.clone(), line: self.lines.line_no, reason, raw: self.lines.raw() })
    }

    fn next_with(&mut self, seen: &mut HashSet<String>) -> Option<Item> {
        loop {
            return Some(match self.lines.next_line()? {
                Err(e) => self.reject(RejectReason::Io(e.to_string())),
                Ok(Line::Blank) => continue,
                Ok(Line::TooLong(n)) => self.reject(RejectReason::TooLong(n)),
                Ok(Line::Content) => match parse_article(&self.lines.buf) {
                    Err(reason) => self.reject(reason),
                    Ok(article) => {
                        if seen.contains(&article.id) {
                            self.reject(RejectReason::DuplicateId(article.id))
                        } else {
                            seen.insert(article.id.clone());
                            let origin = Origin { file: self.name.clone(), line: self.lines.line_no };
                            Item::Article { article, origin }
                        }
                    }
                },
            });
        }
    }
}

reader_iterator!(JsonlReader);

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Parse one JSON Lines line (without its line ending) into an article.
pub fn parse_article(line: &[u8]) -> Result<Article, RejectReason> {
    let text = utf8(line).ok_or(RejectReason::InvalidUtf8)?;
    if let Some(article) = known_fields(text) {
        return Ok(article);
    }
    parse_article_value(text)
}

/// The general path of [`parse_article`]: the line read into a map of `Value`s, then its fields
/// moved out (each rejection decided here).
fn parse_article_value(text: &str) -> Result<Article, RejectReason> {
    let value: Value = serde_json::from_str(text).map_err(|e| RejectReason::NotJson(e.to_string()))?;
    let mut map = match value {
        Value::Object(map) => map,
        other => return Err(RejectReason::NotJson(format!("expected a JSON object, found {}", json_kind(&other)))),
    };
    let id = match map.remove("id") {
        None | Some(Value::Null) => return Err(RejectReason::MissingField("id")),
        Some(Value::String(s)) if s.is_empty() => return Err(RejectReason::MissingField("id")),
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) if n.is_i64() || n.is_u64() => n.to_string(),
        Some(_) => return Err(RejectReason::WrongType("id")),
    };
    let text = match map.remove("text") {
        None | Some(Value::Null) => return Err(RejectReason::MissingField("text")),
        Some(Value::String(s)) => s,
        Some(_) => return Err(RejectReason::WrongType("text")),
    };
    Ok(Article {
        id,
        text,
        title: optional_string(&mut map, "title")?,
        published: optional_string(&mut map, "published")?,
        source: optional_string(&mut map, "source")?,
        url: optional_string(&mut map, "url")?,
    })
}

/// The six known fields of an article line, read straight into their strings (speed66, after
/// speed62's patch): a line the general path below would read into a map of `Value`s first.
/// An optional field may be absent or null (`None`, as the general path reads it). Any repeated or
/// unknown field, a wrong type, a null or numeric id or text, an empty id or bad JSON fails this
/// path, and the general path decides the line as before; a field is never skipped.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct KnownFields {
    id: String,
    text: String,
    title: Option<String>,
    published: Option<String>,
    source: Option<String>,
    url: Option<String>,
}

/// The article of `text` by [`KnownFields`], or `None` to leave the line to the general path.
/// Only a line whose first byte is «{» is tried: serde reads a struct from a JSON array too,
/// which the general path rejects.
fn known_fields(text: &str) -> Option<Article> {
    if !text.starts_with('{') {
        return None;
    }
    let k: KnownFields = serde_json::from_str(text).ok()?;
    if k.id.is_empty() {
        return None;
    }
    Some(Article { id: k.id, text: k.text, title: k.title, published: k.published, source: k.source, url: k.url })
}

/// `line` as a `&str` when it is valid UTF-8 (the answer of `std::str::from_utf8`), checked
/// sixteen bytes at a time (`two_byte_block`), else eight, while they are ASCII or two-byte
/// characters (Arabic text), one character at a time (the standard check) otherwise.
fn utf8(line: &[u8]) -> Option<&str> {
    const HI: u64 = 0x8080_8080_8080_8080;
    let n = line.len();
    let mut i = 0;
    while i < n {
        if let Some(step) = line.get(i..i + 17).and_then(two_byte_block) {
            i += step;
            continue;
        }
        if let Some(chunk) = line.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().unwrap());
            let (b6, b5) = ((w << 1) & HI, (w << 2) & HI);
            let high = w & HI;
            let lead = high & b6 & !b5;
            // The lead bytes C0 and C1 (overlong) have bits 4..1 clear.
            let lead_ok = ((w & 0x1E1E_1E1E_1E1E_1E1E) + 0x7F7F_7F7F_7F7F_7F7F) & HI;
            if high & b6 & b5 == 0 && high & !b6 == lead << 8 && lead & !lead_ok == 0 {
                // Bytes 0..7 are whole characters; a lead at byte 7 starts the next chunk.
                i += if lead >> 63 == 0 { 8 } else { 7 };
                continue;
            }
        }
        let b = line[i];
        let width = match b {
            0x00..=0x7F => 1,
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => return None,
        };
        std::str::from_utf8(line.get(i..i + width)?).ok()?;
        i += width;
    }
    // SAFETY: every byte of `line` was checked above to belong to a valid UTF-8 character.
    Some(unsafe { std::str::from_utf8_unchecked(line) })
}

/// The length of the whole characters that the first sixteen bytes of `w` (seventeen bytes
/// starting at a character boundary) begin, 16 or 17, when they are ASCII or two-byte characters
/// (lead C2..DF, then a continuation byte); `None` otherwise (the caller checks them another way).
/// Each byte is tested with the byte after it and no test depends on another, so the compiler
/// tests the sixteen pairs with vector instructions: a lead byte must be followed by a
/// continuation byte and a continuation byte preceded by a lead (byte 0, at a boundary, must be
/// none), and no byte may be C0, C1 or E0 and above. A lead at byte 15 takes byte 16 with it
/// (speed36; the eight-byte check cost about 37 instructions a step).
#[inline]
fn two_byte_block(w: &[u8]) -> Option<usize> {
    let w: &[u8; 17] = w.try_into().ok()?;
    let lead = |x: u8| x.wrapping_sub(0xC2) < 0x1E;
    let cont = |x: u8| x & 0xC0 == 0x80;
    let mut bad = u8::from(cont(w[0]));
    for j in 0..16 {
        let (x, y) = (w[j], w[j + 1]);
        bad |= u8::from(lead(x) != cont(y)) | u8::from(x >= 0xE0 || x.wrapping_sub(0xC0) < 2);
    }
    (bad == 0).then_some(16 + usize::from(lead(w[15])))
}

fn optional_string(map: &mut Map<String, Value>, field: &'static str) -> Result<Option<String>, RejectReason> {
    match map.remove(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(RejectReason::WrongType(field)),
    }
}

// ---------------------------------------------------------------------------------------------
// Plain text

/// Read the plain-text layout (SPEC §1) from any buffered reader.
///
/// An article starts with its headline repeated on the very next line (headline, then photo
/// caption); the next repeated headline starts the next article. The first copy is the `title`,
/// the second is dropped; the non-blank lines after it, trimmed, joined by `\n`, are the `text`
/// (paragraphs are separated by blank lines in the file, by `\n` in the text). Lines before the
/// first repeated headline — or a whole file with no repeated line — form one article whose first
/// line is the title. Ids are `<file stem>#<n>` (1-based), `published` comes from the config,
/// the origin line is the headline's.
pub fn read_text<R: BufRead>(reader: R, name: &str, cfg: &ReaderConfig) -> TextReader<R> {
    TextReader::new(reader, name, cfg)
}

struct Draft {
    line: usize,
    title: String,
    body: Vec<String>,
}

/// Iterator over the articles of one plain-text stream (see [`read_text`]).
pub struct TextReader<R> {
    lines: LineReader<R>,
    name: String,
    stem: String,
    published: Option<String>,
    /// A line read ahead (line number, trimmed text) to detect repeated headlines.
    peeked: Option<(usize, String)>,
    current: Option<Draft>,
    count: usize,
    queue: VecDeque<Item>,
    finished: bool,
    seen: HashSet<String>,
}

impl<R: BufRead> TextReader<R> {
    pub fn new(reader: R, name: &str, cfg: &ReaderConfig) -> Self {
        let path = Path::new(name);
        let file_name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
        let mut stem = file_name.as_ref();
        for suffix in [".gz", ".GZ"] {
            stem = stem.strip_suffix(suffix).unwrap_or(stem);
        }
        if let Some(dot) = stem.rfind('.').filter(|&i| i > 0) {
            stem = &stem[..dot];
        }
        TextReader {
            lines: LineReader::new(reader, cfg.max_line_bytes),
            name: name.to_string(),
            stem: if stem.is_empty() || name == STDIN_NAME { "stdin".to_string() } else { stem.to_string() },
            published: cfg.published.clone(),
            peeked: None,
            current: None,
            count: 0,
            queue: VecDeque::new(),
            finished: false,
            seen: HashSet::new(),
        }
    }

    fn reject_line(&mut self, reason: RejectReason) {
        self.queue.push_back(Item::Reject(Reject {
            file: self.name.clone(),
            line: self.lines.line_no,
            reason,
            raw: self.lines.raw(),
        }));
    }

    /// The next readable line, trimmed (blank lines as ""); unreadable lines are queued as
    /// rejects and skipped.
    fn read_line(&mut self) -> Option<(usize, String)> {
        loop {
            match self.lines.next_line()? {
                Err(e) => self.reject_line(RejectReason::Io(e.to_string())),
                Ok(Line::Blank) => return Some((self.lines.line_no, String::new())),
                Ok(Line::TooLong(n)) => self.reject_line(RejectReason::TooLong(n)),
                Ok(Line::Content) => match std::str::from_utf8(&self.lines.buf) {
                    Ok(s) => return Some((self.lines.line_no, s.trim().to_string())),
                    Err(_) => self.reject_line(RejectReason::InvalidUtf8),
                },
            }
        }
    }

    fn take_line(&mut self) -> Option<(usize, String)> {
        self.peeked.take().or_else(|| self.read_line())
    }

    fn peek_line(&mut self) -> Option<&(usize, String)> {
        if self.peeked.is_none() {
            self.peeked = self.read_line();
        }
        self.peeked.as_ref()
    }

    fn finish(&mut self, draft: Draft, seen: &mut HashSet<String>) {
        self.count += 1;
        let id = format!("{}#{}", self.stem, self.count);
        let item = if seen.contains(&id) {
            let mut raw = draft.title.into_bytes();
            raw.truncate(RAW_LIMIT);
            Item::Reject(Reject {
                file: self.name.clone(),
                line: draft.line,
                reason: RejectReason::DuplicateId(id),
                raw,
            })
        } else {
            seen.insert(id.clone());
            Item::Article {
                article: Article {
                    id,
                    title: Some(draft.title),
                    text: draft.body.join("\n"),
                    published: self.published.clone(),
                    source: None,
                    url: None,
                },
                origin: Origin { file: self.name.clone(), line: draft.line },
            }
        };
        self.queue.push_back(item);
    }

    fn next_with(&mut self, seen: &mut HashSet<String>) -> Option<Item> {
        loop {
            if let Some(item) = self.queue.pop_front() {
                return Some(item);
            }
            if self.finished {
                return None;
            }
            let Some((line_no, line)) = self.take_line() else {
                self.finished = true;
                if let Some(draft) = self.current.take() {
                    self.finish(draft, seen);
                }
                continue;
            };
            if line.is_empty() {
                continue;
            }
            let repeated = matches!(self.peek_line(), Some((_, next)) if *next == line);
            if repeated {
                self.peeked = None; // the photo caption
                if let Some(draft) = self.current.take() {
                    self.finish(draft, seen);
                }
                self.current = Some(Draft { line: line_no, title: line, body: Vec::new() });
            } else if let Some(draft) = &mut self.current {
                draft.body.push(line);
            } else {
                self.current = Some(Draft { line: line_no, title: line, body: Vec::new() });
            }
        }
    }
}

reader_iterator!(TextReader);

#[cfg(test)]
mod tests {
    use super::{known_fields, newline_in, parse_article, parse_article_value, two_byte_block, utf8};

    /// `utf8` answers as `std::str::from_utf8` on every cut of each line (head and tail) and on
    /// each line with any one byte replaced by one of `changes`.
    fn check_cuts_and_changes(lines: &[&str], changes: &[u8]) {
        let same = |b: &[u8]| assert_eq!(utf8(b), std::str::from_utf8(b).ok(), "{b:?}");
        for line in lines {
            let bytes = line.as_bytes();
            for cut in 0..=bytes.len() {
                same(&bytes[..cut]);
                same(&bytes[cut..]);
            }
            for at in 0..bytes.len() {
                for &b in changes {
                    let mut v = bytes.to_vec();
                    v[at] = b;
                    same(&v);
                }
            }
        }
    }

    /// The chunked check answers as `std::str::from_utf8` on every byte pair at every offset
    /// of a line of ours, and on single-byte changes and cuts of valid lines.
    #[test]
    fn utf8_answers_as_the_standard_check() {
        let lines = [
            "{\"id\":\"x1\",\"text\":\"وصل الوفد إلى المدينة صباح أمس\"}",
            "قال المتحدث “لن نتراجع” 😀 ثم غادر، abc ١٢٣",
            "ـ أ ب ت ث ج",
            "",
        ];
        let same = |b: &[u8]| assert_eq!(utf8(b), std::str::from_utf8(b).ok(), "{b:?}");
        check_cuts_and_changes(
            &lines,
            &[0x20, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xD8, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF],
        );
        let context = lines[0].as_bytes();
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                for at in 0..10 {
                    let mut v = context[..at].to_vec();
                    v.extend_from_slice(&[a, b]);
                    v.extend_from_slice(&context[at..at + 12]);
                    same(&v);
                }
            }
        }
    }

    /// speed36: the block scan finds the first newline as `position` does, from every offset of
    /// an own line with newlines at block edges, bytes one bit from `\n`, and none at all.
    #[test]
    fn block_scan_finds_the_first_newline() {
        let mut line: Vec<u8> = "{\"id\":\"a\",\"text\":\"وصل الوفد\"}".as_bytes().to_vec();
        line.extend_from_slice(&[0x0B, 0x08, 0x8A, 0x0E, b'\r']);
        line.resize(31, b' ');
        line.push(b'\n');
        line.extend_from_slice(&[b'x'; 32]);
        line.push(b'\n');
        line.extend_from_slice("سطر ثان\n\nآخر".as_bytes());
        let none = [0x0Bu8; 70];
        for text in [&line[..], &none[..], &[][..]] {
            for from in 0..=text.len() {
                let b = &text[from..];
                assert_eq!(newline_in(b), b.iter().position(|&x| x == b'\n'), "from {from}");
                for cut in 0..=b.len() {
                    assert_eq!(newline_in(&b[..cut]), b[..cut].iter().position(|&x| x == b'\n'));
                }
            }
        }
    }

    /// speed36: `utf8` answers as `std::str::from_utf8` on own lines longer than a block (so the
    /// sixteen-byte check runs) with every byte changed and at every cut, and a block of two-byte
    /// characters starting on a continuation byte or holding a three-byte lead is left to the
    /// slower checks.
    #[test]
    fn sixteen_byte_check_answers_as_the_standard_check() {
        let lines = [
            "{\"id\":\"x1\",\"text\":\"وصل الوفد إلى المدينة صباح أمس وغادر مساء\"}",
            "أ بت ثجح خ دذ رزس ش صضط ظ عغف قكل م نهو يى abc ١٢٣٤٥٦٧٨٩ ءآ",
            "abcdefghijklmnop“ق”qrstuvwxyz ØÙÚÛ ÜÝÞß ñ",
        ];
        check_cuts_and_changes(
            &lines,
            &[0x00, 0x7F, 0x80, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xD8, 0xD9, 0xDF, 0xE0, 0xE2, 0xEF, 0xF0, 0xFF],
        );
        let arabic = "بتثجحخدذرز".as_bytes();
        assert_eq!(two_byte_block(&arabic[..17]), Some(16));
        assert_eq!(two_byte_block(&arabic[1..18]), None);
        let odd = [b"a".as_slice(), &arabic[..16]].concat();
        assert_eq!(two_byte_block(&odd), Some(17));
        let quote = [b"abcdef".as_slice(), "“".as_bytes(), b"ghijklmn"].concat();
        assert_eq!(two_byte_block(&quote), None);
    }

    /// speed66: the typed reader of the six known fields answers as the general path
    /// (`parse_article_value`) on every line: objects of known, unknown and repeated keys with
    /// values of every JSON kind and escapes, the same in an array, with trailing text, leading
    /// blanks, and every cut of some lines. It must take the fast path on many of them (821).
    #[test]
    fn the_fast_article_reader_answers_as_the_value_reader() {
        let keys = ["id", "text", "title", "published", "source", "url", "lang", "ID", "te\\u0078t"];
        let values = [
            "\"ق-17\"",
            "\"\"",
            "\"وصل الوفد إلى الميناء \\\"صباحا\\\" ثم غادر\\n\"",
            "\"a\\u0628\\ud83d\\ude00b\"",
            "null",
            "42",
            "-3.5",
            "true",
            "[\"x\"]",
            "{\"a\":1}",
            "\"\\ud800\"",
        ];
        let mut lines: Vec<String> = Vec::new();
        let mut seed: u64 = 66;
        let mut next = |m: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % m
        };
        for _ in 0..6000 {
            let n = next(6);
            let mut fields: Vec<String> = Vec::new();
            for _ in 0..n {
                // (Mostly the known keys with strings, so lines the fast path reads are common.)
                let k = if next(4) == 0 { keys[next(keys.len())] } else { keys[next(6)] };
                let v = if next(3) == 0 { values[next(values.len())] } else { values[next(3)] };
                fields.push(format!("\"{k}\":{v}"));
            }
            if next(2) == 0 {
                fields.retain(|f| !f.starts_with("\"id\"") && !f.starts_with("\"text\""));
                fields.insert(0, "\"text\":\"نص قصير\"".to_string());
                fields.insert(next(2), format!("\"id\":\"n{}\"", next(1000)));
            }
            let body = fields.join(", ");
            let line = match next(8) {
                0 => format!("[{body}]"),
                1 => format!("  {{{body}}}"),
                2 => format!("{{{body}}} x"),
                3 => format!("{{{body}}}  "),
                4 => format!("\u{a0}{{{body}}}"),
                _ => format!("{{{body}}}"),
            };
            lines.push(line);
        }
        let whole = "{\"id\": \"w1\", \"source\": \"s\", \"published\": null, \"title\": \"عنوان\", \"text\": \"متن \\\"الخبر\\\"\"}";
        for cut in 0..=whole.len() {
            if whole.is_char_boundary(cut) {
                lines.push(whole[..cut].to_string());
                lines.push(whole[cut..].to_string());
            }
        }
        let mut fast = 0;
        for line in &lines {
            assert_eq!(parse_article(line.as_bytes()), parse_article_value(line), "{line}");
            fast += usize::from(known_fields(line).is_some());
        }
        assert!(fast > 500, "{fast}");
        assert!(known_fields(whole).is_some());
        assert!(known_fields("[\"1\", \"t\"]").is_none());
    }
}
