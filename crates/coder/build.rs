//! Compiles the coder's construction word lists (`data/grammar/*.txt`) into `const` arrays, one
//! generated file per module that includes it; a malformed line stops the build with its file and
//! line.

#[path = "build/grammar.rs"]
mod grammar;

use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../data/grammar");
    let dir = dir.canonicalize().expect("data/grammar directory");
    println!("cargo:rerun-if-changed={}", dir.display());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    for name in ["coder", "geocode", "names", "sentence"] {
        let path = dir.join(format!("{name}.txt"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let lists = grammar::parse(&format!("data/grammar/{name}.txt"), &text).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(out.join(format!("grammar_{name}.rs")), grammar::to_rust(&lists)).unwrap();
    }
}
