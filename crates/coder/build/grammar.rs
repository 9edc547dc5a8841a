//! The reader of `data/grammar/*.txt`: the coder's construction word lists (prepositions, place
//! nouns, casualty words, reporting verbs …). Shared by `build.rs`, which compiles each list into
//! a `const` array, and by a unit test of the format.

/// One list: `NAME | form ; form ; …`, with the `#` lines right above it as its documentation.
#[derive(Debug, PartialEq)]
pub struct WordList {
    pub name: String,
    pub doc: Vec<String>,
    pub forms: Vec<String>,
}

/// Parses one file; an error names the file and the 1-based line.
pub fn parse(file: &str, text: &str) -> Result<Vec<WordList>, String> {
    let mut lists: Vec<WordList> = Vec::new();
    let mut doc: Vec<String> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let at = |msg: String| format!("{file}:{}: {msg}", i + 1);
        let line = raw.trim();
        if line.is_empty() {
            doc.clear();
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            doc.push(c.strip_prefix(' ').unwrap_or(c).trim_end().to_string());
            continue;
        }
        let Some((name, forms)) = line.split_once('|') else {
            return Err(at("expected `NAME | form ; form ; …`".into()));
        };
        let name = name.trim();
        let valid = name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        if !valid {
            return Err(at(format!("list name `{name}` is not an upper-case identifier")));
        }
        if lists.iter().any(|l| l.name == name) {
            return Err(at(format!("list `{name}` is defined twice")));
        }
        let mut out: Vec<String> = Vec::new();
        for f in forms.split(';').map(str::trim) {
            if f.is_empty() {
                return Err(at(format!("an empty form in `{name}`")));
            }
            if f.contains(['"', '\\', '|']) {
                return Err(at(format!("form `{f}` in `{name}` contains a quote, backslash or `|`")));
            }
            if out.iter().any(|o| o == f) {
                return Err(at(format!("form `{f}` is listed twice in `{name}`")));
            }
            out.push(f.to_string());
        }
        lists.push(WordList { name: name.to_string(), doc: std::mem::take(&mut doc), forms: out });
    }
    Ok(lists)
}

/// Rust source for the lists: a documented `const NAME: [&str; N]` each.
pub fn to_rust(lists: &[WordList]) -> String {
    let mut code = String::new();
    for l in lists {
        for d in &l.doc {
            code.push_str(&format!("///{}{d}\n", if d.is_empty() { "" } else { " " }));
        }
        let forms: Vec<String> = l.forms.iter().map(|f| format!("{f:?}")).collect();
        code.push_str(&format!("const {}: [&str; {}] = [{}];\n", l.name, l.forms.len(), forms.join(", ")));
    }
    code
}
