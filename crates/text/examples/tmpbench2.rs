fn main() {
    let text = std::fs::read_to_string("/tmp/sample.txt").unwrap();
    let pubd = ahdath_text::parse_published("2020-04-07");
    for m in ahdath_text::find_numbers(&text) {
        println!(
            "NUM {:?} {:?} ord={} noun={:?}",
            &text[m.start..m.end],
            m.value,
            m.ordinal,
            m.noun.map(|(a, b)| &text[a..b])
        );
    }
    for d in ahdath_text::find_dates(&text, pubd) {
        println!("DATE {:?} {} {:?} {:?}", &text[d.start..d.end], d.iso(), d.precision, d.relative);
    }
}
