//! Arabic forms from GeoNames names: the same cleaning `scripts/gazetteer/build.py` applies to
//! the built-in gazetteer (`clean_ar`, `forms_list`), minus the wordfreq common-word test.

use ahdath_text::normalize_key;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// Function words that are never place forms: `tables.STOPWORDS` of `scripts/gazetteer/tables.py`
/// (a test keeps the two lists equal).
pub const FUNCTION_WORDS: &str = "
في من على الى إلى عن مع ان أن إن او أو ثم كل عند منذ بعد قبل بين حتى خلال حول ضد دون غير بل لكن
اذا إذا لا ما لم لن قد كان كانت هو هي هم هذا هذه ذلك تلك التي الذي الذين وان وأن فان فأن لان لأن
اليوم امس أمس يوم عام شهر سنة الان الآن هنا هناك وقت مدينة قرية بلدة حي منطقة شارع جبل وادي نهر
بحر البحر المدينة القرية الشمال الجنوب الشرق الغرب شمال جنوب شرق غرب الوسط وسط السلام الحرية
الثورة النصر الشعب الوطن الدولة الحكومة الجيش الشرطة الامن الأمن الرئيس الملك الامير الأمير
رابعة ثالث ثانية اول أول اخر آخر ابو أبو ام أم بن ابن
موش مش وين فين اللي يا بلا لدى عبر اي أي كما ليس غدا مثل نحو لقد ولا وما فقط جدا ايضا أيضا بعض
بني دير سلطانية
";

/// Prefixes of alternate names that name a surrounding division or are foreign admin labels
/// (`tables.DROP_PREFIXES`); such forms are dropped except from admin1/admin2 rows.
pub const DROP_PREFIXES: [&str; 7] = ["ضلع ", "ولسوالي ", "ولاية ", "محافظة ", "شعبية ", "مقاطعة ", "قضاء "];

fn is_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

fn is_arabic_script(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// One GeoNames name as an Arabic-letter form, or `None` when it is not usable Arabic: NFKC,
/// zero-width and bidi marks removed, tashkeel and tatweel removed, Persian/Maghrebi letters
/// mapped (ی→ي ک→ك ڨ→ق ڤ→ف ڭ→ك ٱ→ا), whitespace collapsed. Names with any other character (Latin,
/// digits, Persian پ چ ژ گ, ZWNJ, commas) are rejected.
pub fn clean(s: &str) -> Option<String> {
    if !s.chars().any(is_arabic_script) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    for c in s.nfkc() {
        let c = match c {
            '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{200D}' => {
                continue
            }
            '\u{200C}' | '،' | ',' => return None,
            '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => {
                continue
            }
            'ی' => 'ي',
            'ک' => 'ك',
            'ٱ' => 'ا',
            'ٲ' => 'أ',
            'ٳ' => 'إ',
            'ڨ' => 'ق',
            'ڤ' => 'ف',
            'ڭ' => 'ك',
            'ۀ' => 'ه',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if !(is_letter(c) || c == ' ' || c == '\'' || c == '-') {
            return None;
        }
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    let t = out.trim_matches([' ', '-', '\'']);
    if t.is_empty() || !t.chars().any(is_letter) {
        return None;
    }
    Some(t.to_string())
}

fn letters(s: &str) -> usize {
    s.chars().filter(|&c| is_letter(c)).count()
}

/// Spellings with hamza and taa marbuta are preferred when two forms fold alike.
fn quality(s: &str) -> usize {
    s.chars().filter(|c| matches!(c, 'أ' | 'إ' | 'آ' | 'ة')).count()
}

/// The match keys no imported form may have: [`FUNCTION_WORDS`]. The built-in place-stopword list
/// (`data/dict/place-stopwords.txt`: ordinary words that are also place names, `حديثة`, `صور`) is
/// not applied here: the lexicon applies it when matching, to imported and built-in places alike
/// (such a form is read as a place only after a place noun, "مدينة حديثة").
pub fn stop_keys() -> &'static HashSet<String> {
    static KEYS: OnceLock<HashSet<String>> = OnceLock::new();
    KEYS.get_or_init(|| FUNCTION_WORDS.split_whitespace().map(normalize_key).collect())
}

/// Why a form was dropped (counted in the import summary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dropped {
    Stopword,
    TooShort,
    DivisionPrefix,
}

/// Choose a place's forms from cleaned candidates (in order, preferred ones first): drop
/// stopwords (also after `ال`), forms of fewer than 3 letters (2 for places of 100,000 or more),
/// and, unless `admin` (an admin1/admin2 row), forms starting with a division word
/// (`محافظة …`); keep one spelling per match key, the one with hamza/taa marbuta.
pub fn select<'a>(
    candidates: impl IntoIterator<Item = &'a str>,
    population: u64,
    admin: bool,
    mut dropped: impl FnMut(Dropped),
) -> Vec<String> {
    let stop = stop_keys();
    let min_letters = if population >= 100_000 { 2 } else { 3 };
    let mut out: Vec<String> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for f in candidates {
        if !admin && DROP_PREFIXES.iter().any(|p| f.starts_with(p)) {
            dropped(Dropped::DivisionPrefix);
            continue;
        }
        let k = normalize_key(&f.replace('-', " "));
        let bare = k.strip_prefix("ال").filter(|b| !b.contains(' '));
        if stop.contains(&k) || bare.is_some_and(|b| stop.contains(b)) {
            dropped(Dropped::Stopword);
            continue;
        }
        if letters(f) < min_letters {
            dropped(Dropped::TooShort);
            continue;
        }
        match by_key.get(&k) {
            Some(&i) => {
                if quality(f) > quality(&out[i]) {
                    out[i] = f.to_string();
                }
            }
            None => {
                by_key.insert(k, out.len());
                out.push(f.to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_strips_marks_and_maps_persian_letters() {
        assert_eq!(clean("بَغْدَاد").as_deref(), Some("بغداد"));
        assert_eq!(clean("الـموصل").as_deref(), Some("الموصل"));
        assert_eq!(clean("کرمانشاه ی").as_deref(), Some("كرمانشاه ي"));
        assert_eq!(clean("  دير   الزور ").as_deref(), Some("دير الزور"));
        assert_eq!(clean("\u{200f}حلب\u{200e}").as_deref(), Some("حلب"));
        // Not usable: Latin, digits, Persian-only letters, ZWNJ, qualified names.
        assert_eq!(clean("Baghdad"), None);
        assert_eq!(clean("حي 7"), None);
        assert_eq!(clean("چابهار"), None);
        assert_eq!(clean("می\u{200c}دان"), None);
        assert_eq!(clean("بغداد، العراق"), None);
        assert_eq!(clean("ـ"), None);
    }

    #[test]
    fn select_drops_stopwords_short_forms_and_duplicates() {
        let mut why = Vec::new();
        let got =
            select(["في", "الحكومة", "زه", "الزهور", "الزهور", "الزهوره", "محافظة ديالى"], 300, false, |d| why.push(d));
        assert_eq!(got, vec!["الزهور", "الزهوره"]);
        assert!(why.contains(&Dropped::Stopword), "{why:?}");
        assert!(why.contains(&Dropped::TooShort), "{why:?}");
        assert!(why.contains(&Dropped::DivisionPrefix), "{why:?}");
        // Folded duplicates keep the hamza / taa marbuta spelling.
        assert_eq!(select(["الانبار", "الأنبار"], 0, false, |_| ()), vec!["الأنبار"]);
        assert_eq!(select(["بعقوبه", "بعقوبة"], 0, false, |_| ()), vec!["بعقوبة"]);
        // Two letters only for big places; division prefixes kept on admin rows.
        assert_eq!(select(["قم"], 1_200_000, false, |_| ()), vec!["قم"]);
        assert!(select(["قم"], 1_000, false, |_| ()).is_empty());
        assert_eq!(select(["محافظة ديالى"], 0, true, |_| ()), vec!["محافظة ديالى"]);
        // Words of the place-stopword list stay (the lexicon gates them when matching).
        assert_eq!(select(["حديثة"], 0, false, |_| ()), vec!["حديثة"]);
    }

    #[test]
    fn function_words_match_the_build_script() {
        let py = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../scripts/gazetteer/tables.py"))
            .expect("scripts/gazetteer/tables.py");
        let start = py.find("STOPWORDS = \"\"\"").expect("STOPWORDS in tables.py") + "STOPWORDS = \"\"\"".len();
        let end = start + py[start..].find("\"\"\"").unwrap();
        let a: HashSet<&str> = py[start..end].split_whitespace().collect();
        let b: HashSet<&str> = FUNCTION_WORDS.split_whitespace().collect();
        assert_eq!(a, b, "FUNCTION_WORDS differs from tables.STOPWORDS");
    }
}
