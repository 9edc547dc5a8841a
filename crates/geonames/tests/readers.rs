//! The GeoNames readers and the import, on small files in the GeoNames formats written here.

use ahdath_geonames::{
    import, map_feature, read_admin_codes, read_alternate_names, read_country_info, read_geonames, read_to_string,
    ImportOptions,
};
use flate2::write::GzEncoder;
use std::io::Write;
use std::path::{Path, PathBuf};

/// One places line with the 19 columns of `allCountries.txt`.
#[allow(clippy::too_many_arguments)]
fn place(
    id: u64,
    name: &str,
    alt: &str,
    lat: &str,
    lon: &str,
    class: &str,
    code: &str,
    cc: &str,
    a1: &str,
    a2: &str,
    pop: &str,
) -> String {
    let cols = [
        id.to_string().as_str(),
        name,
        name,
        alt,
        lat,
        lon,
        class,
        code,
        cc,
        "",
        a1,
        a2,
        "",
        "",
        pop,
        "",
        "100",
        "Asia/Baghdad",
        "2024-01-01",
    ]
    .join("\t");
    format!("{cols}\n")
}

fn alt(id: u64, gid: u64, lang: &str, name: &str, pref: &str, colloq: &str, hist: &str) -> String {
    format!("{id}\t{gid}\t{lang}\t{name}\t{pref}\t\t{colloq}\t{hist}\t\t\n")
}

fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

fn gz(content: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(content).unwrap();
    e.finish().unwrap()
}

#[test]
fn places_reader_reports_bad_lines_by_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = place(1, "Baqubah", "Baqubah,بعقوبة", "33.74", "44.64", "P", "PPLA", "IQ", "10", "", "152550");
    s += "2\tShort\tline\n";
    s += &place(3, "X", "", "north", "44.0", "P", "PPL", "IQ", "10", "", "");
    s += &place(4, "Y", "", "33.0", "190.5", "P", "PPL", "IQ", "10", "", "");
    s += &place(5, "Z", "", "33.0", "44.0", "P", "PPL", "IQ", "10", "", "many");
    s += "\n";
    let mut bytes = s.into_bytes();
    bytes.extend_from_slice(b"6\tBad \xff name\tx\t\t1\t1\tP\tPPL\tIQ\t\t\t\t\t\t\t\t\t\t\n");
    bytes.extend(place(7, "Good", "", "-1.5", "2.25", "A", "ADM1", "SY", "01", "", "").into_bytes());
    let p = write(dir.path(), "IQ.txt", &bytes);
    let mut got = Vec::new();
    let r = read_geonames(&p, |g| got.push((g.id, g.name.to_string(), g.lat, g.lon, g.population))).unwrap();
    assert_eq!(got, vec![(1, "Baqubah".into(), 33.74, 44.64, 152550), (7, "Good".into(), -1.5, 2.25, 0)]);
    assert_eq!((r.read, r.rejected), (7, 5));
    let msgs: Vec<String> = r.errors.iter().map(|e| e.to_string()).collect();
    let f = p.display().to_string();
    assert_eq!(
        msgs,
        vec![
            format!("{f}:2: expected 19 tab-separated columns, found 3"),
            format!("{f}:3: latitude \"north\" is not a number"),
            format!("{f}:4: longitude \"190.5\" is out of range"),
            format!("{f}:5: population \"many\" is not a number"),
            format!("{f}:7: invalid UTF-8"),
        ]
    );
}

#[test]
fn alternate_names_reader_reads_v2_and_old_format_and_gzip() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = alt(10, 1, "ar", "بعقوبة", "1", "", "");
    s += "11\t1\tar\tباقوبة\t\t\t\t1\n"; // 8 columns: the older alternateNames.txt
    s += "12\tone\tar\tx\t\t\t\t\t\t\n";
    s += "13\t1\tar\tx\t\t\t\n";
    s += "14\t1\tar\tx\tyes\t\t\t\t\t\n";
    let p = write(dir.path(), "alternateNamesV2.txt.gz", &gz(s.as_bytes()));
    let mut got = Vec::new();
    let r = read_alternate_names(&p, |a| got.push((a.id, a.geonameid, a.name.to_string(), a.preferred, a.historic)))
        .unwrap();
    assert_eq!(got, vec![(10, 1, "بعقوبة".into(), true, false), (11, 1, "باقوبة".into(), false, true)]);
    let lines: Vec<u64> = r.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, vec![3, 4, 5]);
    assert!(r.errors[0].reason.contains("geonameid \"one\""), "{:?}", r.errors);
    assert!(r.errors[1].reason.contains("expected 8 or 10"), "{:?}", r.errors);
    assert!(r.errors[2].reason.contains("isPreferredName"), "{:?}", r.errors);
}

#[test]
fn admin_code_and_country_info_readers() {
    let dir = tempfile::tempdir().unwrap();
    let a1 = write(
        dir.path(),
        "admin1CodesASCII.txt",
        "IQ.10\tMuḩāfaz̧at Diyālá\tMuhafazat Diyala\t98228\nIQ10\tX\tX\t1\nIQ.11\tArbīl\tArbil\n".as_bytes(),
    );
    let mut got = Vec::new();
    let r = read_admin_codes(&a1, 2, |a| got.push((a.code.to_string(), a.asciiname.to_string(), a.geonameid))).unwrap();
    assert_eq!(got, vec![("IQ.10".to_string(), "Muhafazat Diyala".to_string(), 98228)]);
    assert_eq!(r.errors.iter().map(|e| e.line).collect::<Vec<_>>(), vec![2, 3]);
    assert!(r.errors[0].reason.contains("CC.ADMIN1"));
    let a2 = write(
        dir.path(),
        "admin2Codes.txt",
        "IQ.10.1234\tBa‘qūbah\tBaqubah District\t99999\nIQ.10\tX\tX\t1\n".as_bytes(),
    );
    let mut got = Vec::new();
    let r = read_admin_codes(&a2, 3, |a| got.push(a.code.to_string())).unwrap();
    assert_eq!(got, vec!["IQ.10.1234"]);
    assert_eq!(r.errors[0].to_string(), format!("{}:2: code \"IQ.10\" is not CC.ADMIN1.ADMIN2", a2.display()));
    let ci = write(
        dir.path(),
        "countryInfo.txt",
        "# ISO\tISO3\n#comment\nIQ\tIRQ\t368\tIZ\tIraq\tBaghdad\t437072\t38433600\tAS\t.iq\tIQD\tDinar\t964\t#####\t^(\\d{5})$\tar-IQ,ku,hy\t99237\tSY,SA\t\nxx\tIRQ\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15\t16\t\n"
            .as_bytes(),
    );
    let mut got = Vec::new();
    let r = read_country_info(&ci, |a, b| got.push((a.to_string(), b.to_string()))).unwrap();
    assert_eq!(got, vec![("IQ".to_string(), "IRQ".to_string())]);
    assert_eq!((r.read, r.rejected, r.errors[0].line), (2, 1, 4));
}

#[test]
fn gazetteer_text_is_read_plain_or_gzip_and_bad_utf8_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "g.tsv.gz", &gz("# h\nrow\n".as_bytes()));
    assert_eq!(read_to_string(&p).unwrap(), "# h\nrow\n");
    let p = write(dir.path(), "g.tsv", b"# h\nok\nbad \xfe\n");
    let e = read_to_string(&p).unwrap_err().to_string();
    assert_eq!(e, format!("{}:3: invalid UTF-8", p.display()));
}

#[test]
fn features_map_as_documented() {
    assert_eq!(map_feature("P", "PPL", 250_000), Some("city"));
    assert_eq!(map_feature("P", "PPLC", 1_000), Some("city"));
    assert_eq!(map_feature("P", "PPL", 5_000), Some("town"));
    assert_eq!(map_feature("P", "PPL", 0), Some("town"));
    assert_eq!(map_feature("P", "PPL", 4_999), Some("village"));
    assert_eq!(map_feature("P", "PPLX", 0), Some("neighbourhood"));
    assert_eq!(map_feature("P", "PPLH", 0), None);
    assert_eq!(map_feature("A", "ADM1", 0), Some("admin1"));
    assert_eq!(map_feature("A", "ADM2", 0), Some("admin2"));
    assert_eq!(map_feature("A", "ADM3", 0), None);
    assert_eq!(map_feature("A", "PCLI", 0), Some("country"));
    assert_eq!(map_feature("S", "CMPRF", 0), Some("camp"));
    assert_eq!(map_feature("S", "PSTB", 0), Some("crossing"));
    assert_eq!(map_feature("S", "AIRP", 0), Some("area"));
    assert_eq!(map_feature("S", "SCH", 0), None);
    assert_eq!(map_feature("T", "MTS", 0), Some("mountain"));
    assert_eq!(map_feature("L", "RGN", 0), Some("area"));
    assert_eq!(map_feature("H", "WAD", 0), None);
}

fn rows(p: &Path) -> Vec<Vec<String>> {
    read_to_string(p)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

#[test]
fn import_keeps_arabic_named_places_and_maps_features_and_admin_names() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut pl = String::new();
    pl += &place(101, "Village One", "", "33.912346", "44.98765", "P", "PPL", "IQ", "10", "1234", "350");
    pl += &place(102, "No Arabic", "", "33.0", "44.0", "P", "PPL", "IQ", "10", "", "100");
    pl += &place(103, "Wadi Something", "", "33.0", "44.0", "H", "WAD", "IQ", "10", "", "");
    pl += &place(104, "Jabal Test", "", "33.0", "44.0", "T", "MT", "IQ", "77", "", "");
    pl += &place(105, "Test Refugee Camp", "", "33.0", "44.0", "P", "PPL", "IQ", "99", "", "2000");
    pl += &place(106, "Old Town", "", "33.0", "44.0", "P", "PPLH", "IQ", "10", "", "");
    pl += &place(107, "Syrian Village", "", "35.0", "38.0", "P", "PPL", "SY", "01", "", "800");
    pl += &place(108, "Nowhere", "", "0.0", "0.0", "P", "PPL", "", "", "", "800");
    pl += "garbage\n";
    let places = write(d, "IQ.txt", pl.as_bytes());
    let mut al = String::new();
    al += &alt(1, 101, "ar", "قَرْيَةُ الوَاحِدَة", "", "", "");
    al += &alt(2, 101, "ar", "الواحدة التجريبية", "1", "", "");
    al += &alt(3, 101, "ar", "الواحدة القديمة", "", "", "1");
    al += &alt(4, 101, "ar", "واحده العامية", "", "1", "");
    al += &alt(5, 101, "fa", "فارسی", "", "", "");
    al += &alt(6, 101, "ar", "في", "", "", "");
    al += &alt(7, 102, "en", "No Arabic", "", "", "");
    al += &alt(8, 103, "ar", "وادي التجربة", "", "", "");
    al += &alt(9, 104, "ar", "جبل التجربة", "", "", "");
    al += &alt(10, 105, "ar", "مخيم التجربة", "", "", "");
    al += &alt(11, 106, "ar", "البلدة القديمة للتجربة", "", "", "");
    al += &alt(12, 107, "ar", "القرية السورية", "", "", "");
    al += &alt(13, 108, "ar", "لا مكان", "", "", "");
    al += "bad\n";
    let alts = write(d, "alternateNamesV2.txt", &gz(al.as_bytes()));
    let a1 =
        write(d, "admin1CodesASCII.txt", b"IQ.10\tDiyala G\tDiyala G\t98228\nIQ.99\tTest Province\tTest Province\t1\n");
    let a2 = write(d, "admin2Codes.txt", b"IQ.10.1234\tQada\xe2\x80\x99 Test\tQada Test\t5\n");
    let out = d.join("gn.tsv");
    let opts = ImportOptions {
        places: vec![places.clone()],
        alternate_names: Some(alts),
        admin1: Some(a1),
        admin2: Some(a2),
        out: out.clone(),
        ..Default::default()
    };
    let s = import(&opts).unwrap();
    let r = rows(&out);
    let by_id = |id: &str| r.iter().find(|x| x[0] == id).cloned();
    // Preferred name first; historic and non-Arabic names out; colloquial kept; tashkeel stripped;
    // admin1 from the built-in mapping (IQ.10 = Diyala), admin2 from admin2Codes.txt.
    assert_eq!(
        by_id("gn:101").unwrap(),
        [
            "gn:101",
            "village",
            "IRQ",
            "Diyala",
            "Qada Test",
            "Village One",
            "الواحدة التجريبية ; قرية الواحدة ; واحده العامية",
            "33.91235",
            "44.98765",
            "350",
            "101"
        ]
    );
    assert!(by_id("gn:102").is_none() && by_id("gn:103").is_none() && by_id("gn:106").is_none());
    assert_eq!(by_id("gn:104").unwrap()[1], "mountain");
    // An admin1 code neither table knows: empty.
    assert_eq!(by_id("gn:104").unwrap()[3], "");
    let camp = by_id("gn:105").unwrap();
    assert_eq!((camp[1].as_str(), camp[3].as_str()), ("camp", "Test Province"));
    assert_eq!(by_id("gn:107").unwrap()[2], "SYR");
    assert_eq!(s.kept, 4);
    assert_eq!(s.skipped.get("no usable Arabic form"), Some(&1));
    assert_eq!(s.skipped.get("feature not imported"), Some(&2));
    assert_eq!(s.skipped.get("no ISO3 code for the country"), Some(&1));
    assert_eq!(s.rejected(), 2);
    let text = s.to_text(10);
    assert!(text.contains(&format!("bad line {}:9: expected 19", places.display())), "{text}");
    assert!(text.contains("kept by feature: camp 1, mountain 1, village 2"), "{text}");
    // Every row has the 11 columns the lexicon expects, and it loads.
    assert!(r.iter().all(|x| x.len() == 11));
    let lex = ahdath_lexicon::LexiconBuilder::new()
        .add(&out.display().to_string(), ahdath_lexicon::SourceKind::Places, &read_to_string(&out).unwrap())
        .build()
        .unwrap();
    assert_eq!(lex.places.len(), 4);

    // A country filter (ISO3 accepted too), .gz output, and no alternate names file: the
    // Arabic-script entries of the `alternatenames` column are used.
    let mut pl2 =
        place(201, "Col Village", "Col Village,قرية العمود,پلدختر", "33.0", "44.0", "P", "PPL", "IQ", "10", "", "");
    pl2 += &place(202, "Other", "عمود آخر", "35.0", "38.0", "P", "PPL", "SY", "01", "", "");
    let p2 = write(d, "two.txt", pl2.as_bytes());
    let out2 = d.join("gn2.tsv.gz");
    let s2 = import(&ImportOptions {
        places: vec![p2],
        countries: vec!["irq".into()],
        out: out2.clone(),
        ..Default::default()
    })
    .unwrap();
    assert!(std::fs::read(&out2).unwrap().starts_with(&[0x1f, 0x8b]));
    let r2 = rows(&out2);
    assert_eq!(r2.len(), 1);
    assert_eq!(r2[0][6], "قرية العمود");
    assert_eq!(r2[0][1], "town"); // unknown population
    assert_eq!(s2.skipped.get("country not selected"), Some(&1));
    assert!(import(&ImportOptions {
        places: vec![places],
        countries: vec!["QQ".into()],
        out: d.join("x.tsv"),
        ..Default::default()
    })
    .is_err());
}

#[test]
fn failed_import_leaves_no_output_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let good = write(d, "IQ.txt", place(1, "A", "قرية الف", "1", "2", "P", "PPL", "IQ", "10", "", "").as_bytes());
    // The second places file is a truncated gzip stream: an I/O error after rows were written.
    let full = gz(place(2, "B", "قرية باء", "1", "2", "P", "PPL", "IQ", "10", "", "").repeat(50).as_bytes());
    let bad = write(d, "SY.txt.gz", &full[..full.len() / 2]);
    let out = d.join("gn.tsv");
    let e = import(&ImportOptions { places: vec![good, bad], out: out.clone(), ..Default::default() }).unwrap_err();
    assert!(e.to_string().contains("SY.txt.gz"), "{e}");
    assert!(!out.exists());
    let left: Vec<String> =
        std::fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
    assert_eq!(left.len(), 2, "{left:?}");
}
