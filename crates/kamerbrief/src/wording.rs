//! How a cabinet letter words decisions, contributions, legal bases and partnerships.
//! Grammar of the genre: which phrasings mean what, with no knowledge of any mission.

use std::ops::Range;

use crate::model::Status;

/// Whether `words` occur in `text` in this order (each a lowercase fragment).
fn in_order(text: &str, words: &[&str]) -> bool {
    let mut at = 0;
    words.iter().all(|w| match find_bytes(&text.as_bytes()[at..], w.as_bytes()) {
        Some(i) => {
            at += i + w.len();
            true
        }
        None => false,
    })
}

/// The first place `needle` occurs in `hay`. For the short cues and sentences here a scan for
/// the first byte beats setting up `str::find`'s two-way searcher for every cue.
fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut from = 0;
    while let Some(i) = hay.get(from..)?.iter().position(|&b| b == first) {
        let at = from + i;
        if hay.get(at + 1..at + 1 + rest.len()) == Some(rest) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The status a sentence's wording gives the missions it speaks of, if any. When a sentence
/// holds several cues the most forward-looking wins: a decision still to come outranks the
/// continuation it is about (`besloten over voortzetting`).
pub(crate) fn status_cue(sentence: &str) -> Option<Status> {
    let s = sentence.to_ascii_lowercase();
    const PENDING: &[&[&str]] = &[
        &["zal", "besluiten over"],
        &["zullen", "besluiten over"],
        &["voornemens", "te besluiten"],
        &["voornemens", "besluiten te nemen"],
        &["wordt", "besloten over"],
        &["zal", "besluit", "nemen"],
        &["artikel 100-brie", "toegaan"],
        &["artikel 100-brie", "ontvangen"],
    ];
    const DECIDED: &[&[&str]] =
        &[&["geïnformeerd over het besluit"], &["heeft", "besloten"], &["besloten om"], &["besloten tot"]];
    const CONTINUING: &[&[&str]] =
        &[&["voortzetten"], &["voortzetting"], &["verlengen"], &["verlengd"], &["voortgezet"]];
    const ONGOING: &[&[&str]] = &[
        &["levert", "bijdrage"],
        &["levert", "bijdragen"],
        &["draagt", "bij"],
        &["bijdragen levert"],
        &["neemt deel"],
    ];
    const PAST: &[&[&str]] =
        &[&["heeft", "eerder", "bijgedragen"], &["heeft", "bijgedragen"], &["droeg", "bij"], &["nam deel"]];
    let cues: [(&[&[&str]], Status); 5] = [
        (PENDING, Status::DecisionPending),
        (DECIDED, Status::Decided),
        (CONTINUING, Status::Continuing),
        (ONGOING, Status::Ongoing),
        (PAST, Status::Past),
    ];
    cues.into_iter().find(|(list, _)| list.iter().any(|words| in_order(&s, words))).map(|(_, status)| status)
}

/// How much a status says, for choosing the one that justifies a mission's status.
pub(crate) fn status_rank(status: Status) -> u8 {
    match status {
        Status::DecisionPending => 5,
        Status::Decided => 4,
        Status::Continuing => 3,
        Status::Ongoing => 2,
        Status::Past => 1,
        Status::Background => 0,
    }
}

/// Whether a sentence that names no mission still speaks of the one before it: it refers
/// back (`daarover`, `deze bijdrage`, `hiermee`) or goes on about a contribution or its basis.
pub(crate) fn continues_previous(sentence: &str) -> bool {
    let s = sentence.to_ascii_lowercase();
    [
        "daarover",
        "hierover",
        "hiermee",
        "hier een bijdrage",
        "deze bijdrage",
        "deze missie",
        "deze vn-missie",
        "deze operatie",
        "nederlandse bijdrage",
        "rechtsgrond",
        "levert nederland",
        "nederland levert",
    ]
    .iter()
    .any(|cue| s.contains(cue))
}

/// Whether a sentence states what the Netherlands contributes. A sentence about the legal
/// basis of a deployment is not one, nor a note that points to another letter (`Zie …`).
pub(crate) fn states_contribution(sentence: &str) -> bool {
    let s = sentence.to_ascii_lowercase();
    let dutch = ["nederland", "kabinet", "deze bijdrage", "hiermee levert"].iter().any(|cue| s.contains(cue));
    dutch
        && ["bijdrage", "inzet van", "levert", "bijgedragen"].iter().any(|cue| s.contains(cue))
        && !s.contains("rechtsgrond")
        && !s.starts_with("zie ")
}

const LEGAL_CUES: [&str; 4] = ["rechtsgrond", "mandaat", "volkenrechtelijk", "handvest"];

/// Where a sentence states a legal basis or mandate: the whole sentence when it is about
/// the basis (`De volkenrechtelijke rechtsgrond … wordt gevormd door …`), else the clause that
/// holds the cue (`…, waarbij het mandaat van de inzet onveranderd is t.o.v. 2016 (…), …`).
pub(crate) fn legal_basis(sentence: &str) -> Option<Range<usize>> {
    let lower = sentence.to_ascii_lowercase();
    let at = LEGAL_CUES.iter().filter_map(|cue| lower.find(cue)).min()?;
    if at < 40 {
        return Some(0..sentence.len());
    }
    Some(clause(sentence, at))
}

/// The clause around byte `at`: between the commas (outside brackets) on either side.
fn clause(sentence: &str, at: usize) -> Range<usize> {
    let mut depth = 0i32;
    let mut start = 0;
    let mut end = sentence.len();
    for (i, c) in sentence.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' | ';' if depth == 0 && i < at => start = i + 1,
            ',' | ';' if depth == 0 && i > at => {
                end = i;
                break;
            }
            _ => {}
        }
    }
    let text = &sentence[start..end];
    let lead = text.len() - text.trim_start().len();
    start + lead..start + text.trim_end().len()
}

/// The phrases after `de inzet van`: what is deployed, up to the clause's end (brackets
/// are kept whole).
pub(crate) fn deployments(sentence: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let lower = sentence.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find("inzet van ") {
        let start = from + i + "inzet van ".len();
        let mut depth = 0i32;
        let mut end = sentence.len();
        for (k, c) in sentence[start..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' if depth > 0 => depth -= 1,
                ',' | ';' | ')' if depth == 0 => {
                    end = start + k;
                    break;
                }
                '.' if depth == 0 && sentence[start + k + 1..].chars().next().is_none_or(char::is_whitespace) => {
                    end = start + k;
                    break;
                }
                _ => {}
            }
        }
        // `de inzet van Nederlandse militairen in …` says who, not what: leave it to the clause.
        let phrase = sentence[start..end].trim_end();
        if !phrase.is_empty() && !phrase.to_ascii_lowercase().starts_with("nederlandse militairen") {
            out.push(start..start + phrase.len());
        }
        from = end.max(start);
    }
    out
}

/// Whether the words just before `at` make a country named there a partner:
/// `onder leiding van`, `samenwerking met`, `met name`, `samen met`.
pub(crate) fn partner_cue_before(sentence: &str, at: usize) -> bool {
    let before = sentence[..at].trim_end().to_ascii_lowercase();
    ["onder leiding van", "samenwerking met", "met name", "samen met", "partners, met name"]
        .iter()
        .any(|cue| before.ends_with(cue))
}

/// Where the places of a mission named at `end` are listed: after `in` or `op zowel`, past
/// one bracketed aside: `Resolute Support in Afghanistan`, `(enhanced Forward Presence) in
/// Estland, …`. Returns the offset where the list starts.
pub(crate) fn place_list_start(sentence: &str, end: usize) -> Option<usize> {
    let mut rest = &sentence[end..];
    // A name may stand inside its own brackets, `(enhanced Forward Presence) in …`, or be
    // followed by an aside, `Resolute Support (Kamerstuk …) in …`.
    let skip_aside = |r: &str| -> Option<usize> {
        let t = r.trim_start();
        if let Some(after) = t.strip_prefix(')') {
            return Some(r.len() - after.len());
        }
        if t.starts_with('(') { t.find(')').map(|i| r.len() - t.len() + i + 1) } else { Some(0) }
    };
    let aside = skip_aside(rest)?;
    rest = &rest[aside..];
    let trimmed = rest.trim_start();
    let lead = rest.len() - trimmed.len();
    ["in ", "op zowel ", "op "].iter().find(|p| trimmed.starts_with(**p)).map(|p| end + aside + lead + p.len())
}

/// Whether only list punctuation stands between two places: `, `, ` en `, ` als `.
pub(crate) fn joins_list(gap: &str) -> bool {
    matches!(gap.trim(), "," | "en" | "als" | "of" | "") && !gap.is_empty()
}

/// A principle's label, if a paragraph opens with one: up to five words before a dash,
/// `Betrouwbaarheid - …`, `Gereedheid en inzetbaarheid – …`.
pub(crate) fn principle_label(paragraph: &str) -> Option<(&str, &str)> {
    let (i, dash) =
        [" - ", " – ", " — "].iter().filter_map(|d| paragraph.find(d).map(|i| (i, *d))).min_by_key(|(i, _)| *i)?;
    let label = paragraph[..i].trim();
    let words = label.split_whitespace().count();
    let capital = label.chars().next().is_some_and(char::is_uppercase);
    let plain = label.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-');
    (words <= 5 && capital && plain).then(|| (label, paragraph[i + dash.len()..].trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_status_cues() {
        let cases = [
            ("Het kabinet zal derhalve besluiten over de militaire bijdrage aan X.", Some(Status::DecisionPending)),
            (
                "Voorts is het kabinet voornemens dit najaar te besluiten over de wijze waarop.",
                Some(Status::DecisionPending),
            ),
            (
                "Verder wordt op korte termijn door het kabinet besloten over voortzetting van X.",
                Some(Status::DecisionPending),
            ),
            ("Op korte termijn zullen u de artikel 100-brieven toegaan over X.", Some(Status::DecisionPending)),
            ("Uw Kamer is reeds geïnformeerd over het besluit om in 2018 bij te dragen.", Some(Status::Decided)),
            ("Ook zal Nederland de bijdrage aan X voortzetten.", Some(Status::Continuing)),
            ("Ook Nederland levert hier een bijdrage aan.", Some(Status::Ongoing)),
            ("Nederland heeft in dit verband eerder actief bijgedragen aan X.", Some(Status::Past)),
            ("Mede dankzij de inzet van X is een akkoord bereikt.", None),
        ];
        for (sentence, status) in cases {
            assert_eq!(status_cue(sentence), status, "{sentence}");
        }
    }

    #[test]
    fn ok_find_bytes() {
        assert_eq!(find_bytes(b"zal besluiten over", b"besluiten"), Some(4));
        assert_eq!(find_bytes(b"bbbesl", b"besl"), Some(2));
        assert_eq!(find_bytes(b"abc", b"abcd"), None);
        assert_eq!(find_bytes(b"abc", b""), None);
    }

    #[test]
    fn ok_deployments() {
        let s = "besluiten over X, inclusief de inzet van F-16’s vanaf 1 januari 2018, waarbij (a, b), en de inzet van trainers ter ondersteuning van de troepen.";
        let found: Vec<_> = deployments(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(found, vec!["F-16’s vanaf 1 januari 2018", "trainers ter ondersteuning van de troepen"]);
        let s = "via de inzet van Teams (bestaande uit A, B) op zowel Lesbos als Chios.";
        assert_eq!(&s[deployments(s)[0].clone()], "Teams (bestaande uit A, B) op zowel Lesbos als Chios");
    }

    #[test]
    fn ok_place_list_start() {
        let s = "de NAVO-missie Resolute Support in Afghanistan";
        let end = s.find(" in").unwrap();
        assert_eq!(&s[place_list_start(s, end).unwrap()..], "Afghanistan");
        let s = "NAVO-eenheden (enhanced Forward Presence) in Estland";
        let end = s.find(" (").unwrap();
        assert_eq!(&s[place_list_start(s, end).unwrap()..], "Estland");
        assert!(place_list_start("X tegen piraterij", 1).is_none());
    }

    #[test]
    fn ok_principle_labels() {
        assert_eq!(
            principle_label("Betrouwbaarheid - Internationale samenwerking is"),
            Some(("Betrouwbaarheid", "Internationale samenwerking is"))
        );
        assert_eq!(
            principle_label("Gereedheid en inzetbaarheid – Inzet, nationaal"),
            Some(("Gereedheid en inzetbaarheid", "Inzet, nationaal"))
        );
        assert_eq!(
            principle_label("In de brief van 9 september 2016 beschreven wij de overwegingen bij - en de"),
            None
        );
        assert_eq!(principle_label("Geen streepje hier."), None);
    }

    #[test]
    fn ok_legal_basis() {
        let s = "De volkenrechtelijke rechtsgrond voor de inzet is onveranderd, zo blijkt.";
        assert_eq!(legal_basis(s), Some(0..s.len()));
        let s = "Het kabinet zal besluiten over X, inclusief de inzet van F-16’s, waarbij het mandaat onveranderd is t.o.v. 2016 (Kamerstuk 1, nr. 2), en de inzet van trainers.";
        assert_eq!(&s[legal_basis(s).unwrap()], "waarbij het mandaat onveranderd is t.o.v. 2016 (Kamerstuk 1, nr. 2)");
        assert_eq!(legal_basis("Geen grond."), None);
    }

    #[test]
    fn ok_contribution_sentences() {
        assert!(states_contribution("Ook Nederland levert hier een bijdrage aan."));
        assert!(!states_contribution(
            "De volkenrechtelijke rechtsgrond voor de inzet van Nederlandse militairen is X."
        ));
        assert!(!states_contribution("Zie de Kamerbrief over de Nederlandse bijdrage aan X."));
    }

    #[test]
    fn ok_partner_cues() {
        let s = "in nauwe samenwerking met Duitsland";
        assert!(partner_cue_before(s, s.find("Duitsland").unwrap()));
        let s = "de troepen in Duitsland";
        assert!(!partner_cue_before(s, s.find("Duitsland").unwrap()));
    }
}
