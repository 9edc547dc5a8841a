//! Print what the coder sees in one sentence: places, entities, triggers (a debugging aid).
//! `cargo run -p ahdath-coder --example analyse -- "قتلت قوات الأمن ثلاثة مسلحين"`

fn main() {
    let lex = ahdath_lexicon::Lexicon::builtin().expect("builtin lexicon");
    let text = std::env::args().nth(1).unwrap_or_default();
    let a = ahdath_coder::SentenceAnalysis::new(&text, &lex);
    for p in &a.places {
        if p.places.is_empty() {
            println!("place   {} (not in the gazetteer, country actor {:?})", &text[p.start..p.end], p.country_actor);
        }
        for &i in &p.places {
            let pl = &lex.places[i as usize];
            println!("place   {} {} {} {} pop={}", &text[p.start..p.end], pl.id, pl.country, pl.feature, pl.population);
        }
    }
    for e in &a.entities {
        let ids: Vec<&str> = e.actors.iter().map(|&x| lex.actors[x as usize].id.as_str()).collect();
        println!("entity  {} {:?}", &text[e.start..e.end], ids);
    }
    for t in &a.triggers {
        println!("trigger {} {}", &text[t.start..t.end], lex.triggers[t.rule as usize].id);
    }
}
