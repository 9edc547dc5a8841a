//! Compiles the text layer's construction word lists (`data/grammar/text.txt`) into `const`
//! arrays, with the coder's reader of the format; a malformed line stops the build with its line.

#[path = "../coder/build/grammar.rs"]
mod grammar;

use std::path::PathBuf;

fn main() {
    let path = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../data/grammar/text.txt");
    let path = path.canonicalize().unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let lists = grammar::parse("data/grammar/text.txt", &text).unwrap_or_else(|e| panic!("{e}"));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out.join("grammar_text.rs"), grammar::to_rust(&lists)).unwrap();
}
