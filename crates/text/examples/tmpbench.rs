use std::time::Instant;
fn main() {
    let para = "قتل 10 من مسلحي تنظيم داعش في عملية نفذها جهاز مكافحة الإرهاب العراقي في منطقة حمرين بمحافظة ديالى يوم السبت الماضي، وفق ما أعلنه المتحدث باسم الجهاز. وقال المتحدث إن القوات دمرت ثلاثة أوكار وعثرت على عشرات العبوات الناسفة. ومن المقرر أن تُعقد المحادثات بين الولايات المتحدة والعراق في منتصف يونيو المقبل، بعد أن صوّت البرلمان العراقي في الخامس من يناير الماضي على إخراج القوات الأجنبية إثر مقتل قاسم سليماني وأبو مهدي المهندس بغارة أمريكية قرب مطار بغداد. وسيطر التنظيم على ثلث مساحة العراق صيف 2014، وقُتل أكثر من 1,200 مدني خلال عام 2017.\n\n";
    let mut text = String::new();
    while text.len() < 20_000_000 {
        text.push_str(para);
    }
    let mb = text.len() as f64 / 1e6;
    let pubd = ahdath_text::parse_published("2020-04-07");
    let t = Instant::now();
    let n = ahdath_text::normalize(&text);
    let e = t.elapsed().as_secs_f64();
    println!("normalize {:.1} MB/s key {}", mb / e, n.key.len());
    let t = Instant::now();
    let s = ahdath_text::split_sentences(&text);
    let e = t.elapsed().as_secs_f64();
    println!("sentences {:.1} MB/s {}", mb / e, s.len());
    let t = Instant::now();
    let x = ahdath_text::numbers::find_numbers_in(&n);
    let e = t.elapsed().as_secs_f64();
    println!("numbers_in {:.1} MB/s {}", mb / e, x.len());
    let t = Instant::now();
    let x = ahdath_text::dates::find_dates_in(&n, pubd);
    let e = t.elapsed().as_secs_f64();
    println!("dates_in {:.1} MB/s {}", mb / e, x.len());
    // per sentence, as the coder calls them
    let t = Instant::now();
    let mut c = 0;
    for sp in &s {
        let st = &text[sp.start..sp.end];
        c += ahdath_text::find_numbers(st).len() + ahdath_text::find_dates(st, pubd).len();
    }
    let e = t.elapsed().as_secs_f64();
    println!("per-sentence find_numbers+find_dates {:.1} MB/s {}", mb / e, c);
}
