//! Write synthetic GeoNames dumps for measuring `ahdath gazetteer import` and `--gazetteer`
//! loading (GeoNames files are not in the repository and cannot be fetched in CI):
//!
//! ```sh
//! cargo run --release -p ahdath-geonames --example synth -- DIR 1000000
//! ahdath gazetteer import --out DIR/gn.tsv --alternate-names DIR/alternateNamesV2.txt DIR/allCountries.txt
//! ```
//!
//! `DIR/allCountries.txt` gets N places (19 columns; a mix of feature classes like the real
//! dump), `DIR/alternateNamesV2.txt` about 1.5 names per place, a third of the places with one
//! to three Arabic names made of random syllables. Deterministic (fixed seed).

use std::io::{BufWriter, Write};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const SYL: [&str; 24] = [
    "بر", "كا", "ني", "سو", "دا", "مي", "قل", "عو", "زه", "رة", "شم", "طا", "لي", "جو", "حم", "نا", "فر", "ها", "تل",
    "صا", "خو", "بي", "غد", "وا",
];
const CC: [&str; 12] = ["IQ", "SY", "YE", "LY", "EG", "SA", "SD", "DZ", "MA", "TR", "IR", "AF"];
const FEATURES: [(&str, &str, u64); 10] = [
    ("P", "PPL", 50),
    ("P", "PPLX", 4),
    ("P", "PPLA3", 3),
    ("H", "STM", 12),
    ("H", "WLL", 8),
    ("S", "SCH", 6),
    ("T", "MT", 6),
    ("T", "HLL", 5),
    ("A", "ADM2", 2),
    ("L", "AREA", 4),
];

fn word(r: &mut Rng) -> String {
    let n = 2 + r.below(2);
    (0..n).map(|_| SYL[r.below(SYL.len() as u64) as usize]).collect()
}

fn arabic_name(r: &mut Rng) -> String {
    let prefix = if r.below(3) == 0 { "ال" } else { "" };
    if r.below(2) == 0 {
        format!("{prefix}{}", word(r))
    } else {
        format!("{prefix}{} {}", word(r), word(r))
    }
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let dir = std::path::PathBuf::from(args.get(1).map(String::as_str).unwrap_or("synth-geonames"));
    let n: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    std::fs::create_dir_all(&dir)?;
    let mut places = BufWriter::new(std::fs::File::create(dir.join("allCountries.txt"))?);
    let mut alts = BufWriter::new(std::fs::File::create(dir.join("alternateNamesV2.txt"))?);
    let total: u64 = FEATURES.iter().map(|f| f.2).sum();
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let mut alt_id = 1u64;
    for i in 0..n {
        let id = 1_000_000 + i;
        let mut pick = r.below(total);
        let &(class, code, _) = FEATURES
            .iter()
            .find(|f| {
                if pick < f.2 {
                    true
                } else {
                    pick -= f.2;
                    false
                }
            })
            .unwrap();
        let cc = CC[r.below(CC.len() as u64) as usize];
        let pop = if class == "P" && r.below(2) == 0 { 10u64.pow(r.below(6) as u32) * (1 + r.below(9)) } else { 0 };
        let lat = r.below(3_000_000) as f64 / 100_000.0 + 12.0;
        let lon = r.below(4_000_000) as f64 / 100_000.0 + 20.0;
        let name = format!("Place {id}");
        writeln!(
            places,
            "{id}\t{name}\t{name}\tAlt {id},Other {id}\t{lat:.5}\t{lon:.5}\t{class}\t{code}\t{cc}\t\t{:02}\t{}\t\t\t{pop}\t\t120\tAsia/Baghdad\t2024-01-01",
            1 + r.below(20),
            r.below(500),
        )?;
        writeln!(alts, "{alt_id}\t{id}\ten\tPlace {id}\t\t\t\t\t\t")?;
        alt_id += 1;
        if r.below(3) == 0 {
            for k in 0..1 + r.below(3) {
                let pref = if k == 0 { "1" } else { "" };
                writeln!(alts, "{alt_id}\t{id}\tar\t{}\t{pref}\t\t\t\t\t", arabic_name(&mut r))?;
                alt_id += 1;
            }
        }
    }
    places.flush()?;
    alts.flush()?;
    eprintln!("wrote {n} places and {} alternate names under {}", alt_id - 1, dir.display());
    Ok(())
}
