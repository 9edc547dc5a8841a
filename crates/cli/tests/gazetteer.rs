//! End to end: `ahdath gazetteer import` on tiny GeoNames files written here, then
//! `ahdath code --gazetteer` finds an invented village the built-in gazetteer does not know.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn ahdath(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ahdath"))
        .args(args)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .output()
        .expect("running ahdath")
}

fn geoname(cols: [&str; 19]) -> String {
    format!("{}\n", cols.join("\t"))
}

const VILLAGE_ID: u64 = 99_000_123;
const SENTENCE: &str = "قتل مسلحون ثلاثة مدنيين في قرية الزهور التجريبية بمحافظة ديالى";

fn write_geonames(dir: &Path) {
    let id = VILLAGE_ID.to_string();
    let mut places = geoname([
        &id,
        "Az Zuhur at Tajribiyah",
        "Az Zuhur at Tajribiyah",
        "Az Zuhur,Zuhur",
        "33.91234",
        "44.98765",
        "P",
        "PPL",
        "IQ",
        "",
        "10",
        "1234",
        "",
        "",
        "350",
        "",
        "41",
        "Asia/Baghdad",
        "2024-01-01",
    ]);
    places.push_str("this line is broken\n");
    std::fs::write(dir.join("IQ.txt"), places).unwrap();
    let alt = format!(
        "1\t{id}\tar\tالزُّهُور التَّجْرِيبِيَّة\t1\t\t\t\t\t\n\
         2\t{id}\tar\tقرية الزهور التجريبية\t\t\t\t\t\t\n\
         3\t{id}\ten\tZuhur\t\t\t\t\t\t\n\
         4\t{id}\tar\tالزهور العتيقة\t\t\t\t1\t\t\n"
    );
    std::fs::write(dir.join("alternateNamesV2.txt"), alt).unwrap();
    std::fs::write(dir.join("admin1CodesASCII.txt"), "IQ.10\tMuḩāfaz̧at Diyālá\tMuhafazat Diyala\t98228\n").unwrap();
    std::fs::write(dir.join("admin2Codes.txt"), "IQ.10.1234\tQaḑā’ Test\tQada Test\t99000124\n").unwrap();
}

fn locations(out: &Output) -> Vec<Value> {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["location"].clone())
        .collect()
}

#[test]
fn imported_village_is_found_only_with_gazetteer() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_geonames(d);
    let p = |n: &str| d.join(n).display().to_string();
    let out_tsv = p("villages.tsv.gz");
    let imp = ahdath(&[
        "gazetteer",
        "import",
        "--out",
        &out_tsv,
        "--alternate-names",
        &p("alternateNamesV2.txt"),
        "--admin1",
        &p("admin1CodesASCII.txt"),
        "--admin2",
        &p("admin2Codes.txt"),
        "--countries",
        "IQ,SY",
        &p("IQ.txt"),
    ]);
    let err = String::from_utf8_lossy(&imp.stderr);
    assert!(imp.status.success(), "{err}");
    assert!(err.contains(&format!("bad line {}:2: expected 19 tab-separated columns, found 1", p("IQ.txt"))), "{err}");
    assert!(err.contains("wrote 1 places"), "{err}");
    let text = ahdath_geonames::read_to_string(Path::new(&out_tsv)).unwrap();
    assert!(text.starts_with("# ") && text.contains("CC-BY 4.0"), "{text}");

    let article = serde_json::json!({"id": "zuhur-1", "published": "2024-05-01", "text": SENTENCE});
    std::fs::write(d.join("a.jsonl"), format!("{article}\n")).unwrap();

    let with = locations(&ahdath(&["code", "--gazetteer", &out_tsv, &p("a.jsonl")]));
    assert!(!with.is_empty());
    let loc = &with[0];
    // GeoNames' "Az Zuhur at Tajribiyah", shown without the article (docs/gazetteer.md, "Names").
    assert_eq!(loc["name"], "Zuhur at Tajribiyah", "{loc}");
    assert_eq!(loc["feature"], "village");
    assert_eq!(loc["geonames_id"], VILLAGE_ID);
    assert_eq!(loc["admin1"], "Diyala");
    assert_eq!(loc["admin2"], "Qada Test");
    assert_eq!(loc["country"], "IRQ");
    assert_eq!(loc["precision"], "place");
    assert_eq!(loc["lat"], 33.91234);
    assert_eq!(loc["lon"], 44.98765);

    // The form without the place noun resolves too (the preferred name, tashkeel stripped).
    let bare = serde_json::json!({"id": "zuhur-2", "published": "2024-05-01",
        "text": "قتل مسلحون ثلاثة مدنيين في الزهور التجريبية"});
    std::fs::write(d.join("b.jsonl"), format!("{bare}\n")).unwrap();
    let b = locations(&ahdath(&["code", "--gazetteer", &out_tsv, &p("b.jsonl")]));
    assert_eq!(b[0]["geonames_id"], VILLAGE_ID, "{}", b[0]);

    let without = locations(&ahdath(&["code", &p("a.jsonl")]));
    assert!(!without.is_empty());
    for loc in &without {
        assert_ne!(loc["geonames_id"], VILLAGE_ID, "{loc}");
        assert_ne!(loc["name"], "Zuhur at Tajribiyah", "{loc}");
        assert_ne!(loc["precision"], "place", "{loc}");
    }
}

#[test]
fn bad_gazetteer_file_is_reported_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.tsv");
    std::fs::write(&g, "# header\ngn:1\tvillage\tIRQ\n").unwrap();
    let a = dir.path().join("a.jsonl");
    std::fs::write(&a, "{\"id\":\"x\",\"text\":\"نص\"}\n").unwrap();
    let out = ahdath(&["code", "--gazetteer", &g.display().to_string(), &a.display().to_string()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{}:2: expected 11 tab-separated columns, found 3", g.display())), "{err}");
    let missing = ahdath(&["code", "--gazetteer", "/nonexistent/g.tsv", &a.display().to_string()]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/g.tsv"));
}
