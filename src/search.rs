//! Instant search over the letter and the model, in the browser.

use std::ops::Range;

use kamerbrief::{Letter, Mission, Status};

use crate::i18n;
use crate::mission_facts::display_name;
use crate::query::Lang;
use crate::text_runs::find_all;

/// What a search result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HitKind {
    /// A mission.
    Mission,
    /// What the Netherlands commits to a mission: its items and where the decision stands.
    Commitment,
    /// A place.
    Place,
    /// An organisation.
    Organisation,
    /// A dated expression.
    Event,
    /// A sentence of the letter or its footnotes.
    Sentence,
}

/// One result: what it is, where it leads, and the text with its matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Its kind, for grouping.
    pub kind: HitKind,
    /// The id it leads to: a mission id (for a mission or a commitment), or a sentence id.
    pub target: String,
    /// The text shown.
    pub text: String,
    /// The matches in `text`.
    pub matches: Vec<Range<usize>>,
    /// The language `text` is in: the interface's for a mission's name and status, Dutch for
    /// the letter's own words.
    pub lang: Lang,
    /// Where the letter's Dutch words begin in a text that starts in the interface language:
    /// the items after a commitment's mission name.
    pub dutch_from: Option<usize>,
}

/// A stretch of a hit's text in one language, with the matches in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Its language.
    pub lang: Lang,
    /// Its text.
    pub text: String,
    /// The matches, as ranges of `text`.
    pub matches: Vec<Range<usize>>,
}

impl Hit {
    /// The text cut where its language changes, each piece with its own matches, so that the
    /// view can mark the Dutch words `lang="nl"`.
    pub fn pieces(&self) -> Vec<Piece> {
        let cut = self.dutch_from.filter(|c| self.text.is_char_boundary(*c)).unwrap_or(self.text.len());
        [(self.lang, 0..cut), (Lang::Nl, cut..self.text.len())]
            .into_iter()
            .filter(|(_, range)| !range.is_empty())
            .map(|(lang, range)| Piece {
                lang,
                text: self.text[range.clone()].to_owned(),
                matches: self
                    .matches
                    .iter()
                    .map(|m| m.start.max(range.start)..m.end.min(range.end))
                    .filter(|m| !m.is_empty())
                    .map(|m| m.start - range.start..m.end - range.start)
                    .collect(),
            })
            .collect()
    }
}

/// Every hit for `query`: each word of the query must occur (in any case, with or without
/// accents). Grouped by kind, in the letter's order within a kind. At most `limit` per kind.
/// Missions and commitments are named in `lang`, and found by their names, status and
/// organisation in either language.
pub fn search(letter: &Letter, query: &str, limit: usize, lang: Lang) -> Vec<Hit> {
    let terms: Vec<&str> = query.split_whitespace().collect();
    if terms.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    let mut consider =
        |kind: HitKind, target: &str, (text, lang, dutch_from): (String, Lang, Option<usize>), extra: &str| {
            let mut matches = Vec::new();
            for term in &terms {
                let found = find_all(&text, term);
                if found.is_empty() && find_all(extra, term).is_empty() {
                    return;
                }
                matches.extend(found);
            }
            kamerbrief::sort::sort_by_key(&mut matches, |r| r.start);
            if hits.iter().filter(|h: &&Hit| h.kind == kind).count() < limit {
                hits.push(Hit { kind, target: target.to_owned(), text, matches, lang, dutch_from });
            }
        };
    let dutch = |text: &str| (text.to_owned(), Lang::Nl, None);
    for m in &letter.missions {
        // The card's badges in the interface language, so that what matched shows.
        let text =
            format!("{} · {} · {}", display_name(m, lang), i18n::frame(lang, m.frame), i18n::status(lang, m.status));
        consider(HitKind::Mission, &m.id, (text, lang, None), &mission_words(letter, m));
    }
    for c in &letter.commitments {
        let Some(mission) = letter.mission(&c.mission) else { continue };
        let items = c.items.iter().map(|i| i.text.as_str()).collect::<Vec<_>>().join(", ");
        let state = state_words(c.decision.state);
        let head = format!("{}: ", display_name(mission, lang));
        let text = if items.is_empty() {
            (format!("{head}{}", i18n::status(lang, c.decision.state).to_lowercase()), lang, None)
        } else {
            (format!("{head}{items}"), lang, Some(head.len()))
        };
        let dates = [c.period.as_ref(), c.decision.due.as_ref()].into_iter().flatten().map(|i| i.text.as_str());
        let extra = format!("{state} {} {}", dates.collect::<Vec<_>>().join(" "), mission_names(mission));
        consider(HitKind::Commitment, &c.mission, text, &extra);
    }
    for p in &letter.places {
        let target = p.sentences.first().map(|s| s.to_string()).unwrap_or_default();
        consider(HitKind::Place, &target, dutch(&p.name), &format!("{} {}", p.name_en, p.names_as_written.join(" ")));
    }
    for o in &letter.organisations {
        let target = o.sentences.first().map(|s| s.to_string()).unwrap_or_default();
        consider(HitKind::Organisation, &target, dutch(&o.name), &format!("{} {}", o.name_en, o.aliases.join(" ")));
    }
    for e in &letter.events {
        let dates = [e.start, e.end].iter().flatten().map(|d| d.to_string()).collect::<Vec<_>>().join(" ");
        consider(HitKind::Event, &e.sentence, dutch(&e.text), &dates);
    }
    for s in &letter.sentences {
        consider(HitKind::Sentence, &s.id, dutch(&s.text), "");
    }
    kamerbrief::sort::sort_by_key(&mut hits, |h| h.kind);
    hits
}

/// A decision's state in both languages, so that `pending` and `besluit volgt` both find it.
fn state_words(state: Status) -> String {
    format!("{} {}", i18n::status(Lang::Nl, state), i18n::status(Lang::En, state)).to_lowercase()
}

/// Every name of a mission: usual, English, short English, as written and aliases.
fn mission_names(m: &Mission) -> String {
    let short = m.short_en.as_deref().unwrap_or_default();
    format!("{} {} {short} {} {}", m.name, m.name_en, m.aliases.join(" "), m.names_as_written.join(" "))
}

/// What a mission is found by besides its shown text: its names, and its status, frame and
/// organisation in both languages (`decision`, `besluit`, `NATO`, `NAVO`, `UN`, `VN`).
fn mission_words(letter: &Letter, m: &Mission) -> String {
    let organisation = m.organisation.as_ref().and_then(|id| letter.organisations.iter().find(|o| &o.id == id));
    let organisation = organisation.map(|o| format!("{} {}", o.name, o.name_en)).unwrap_or_default();
    format!(
        "{} {} {} {organisation}",
        mission_names(m),
        state_words(m.status),
        [Lang::Nl, Lang::En].map(|l| i18n::frame(l, m.frame)).join(" ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter() -> Letter {
        crate::embedded::letter().unwrap()
    }

    #[test]
    fn ok_atalanta_finds_the_mission_and_its_sentences() {
        let hits = search(&letter(), "Atalanta", 50, Lang::En);
        assert_eq!(hits[0].kind, HitKind::Mission);
        assert_eq!(hits[0].target, "atalanta");
        let sentences: Vec<&Hit> = hits.iter().filter(|h| h.kind == HitKind::Sentence).collect();
        assert_eq!(sentences.len(), 2);
        assert!(sentences.iter().all(|h| !h.matches.is_empty()));
    }

    #[test]
    fn ok_terms_are_anded_and_accents_folded() {
        let hits = search(&letter(), "syrie irak", 50, Lang::En);
        assert!(hits.iter().any(|h| h.kind == HitKind::Sentence && h.text.contains("in Irak en Syrië")));
        assert!(hits.iter().all(|h| h.kind != HitKind::Mission));
    }

    #[test]
    fn ok_english_names_find_places() {
        let hits = search(&letter(), "Lithuania", 50, Lang::En);
        assert!(hits.iter().any(|h| h.kind == HitKind::Place && h.text == "Litouwen"));
    }

    #[test]
    fn ok_commitments_are_found_by_item_and_by_state_in_either_language() {
        let letter = letter();
        let commitments = |q: &str| {
            search(&letter, q, 50, Lang::En)
                .into_iter()
                .filter(|h| h.kind == HitKind::Commitment)
                .map(|h| h.target)
                .collect::<Vec<_>>()
        };
        assert_eq!(commitments("F-16"), vec!["counter-isis"]);
        let hit = search(&letter, "F-16", 50, Lang::En).into_iter().find(|h| h.kind == HitKind::Commitment).unwrap();
        assert!(hit.text.starts_with("Counter-ISIS") || hit.text.contains("F-16"), "{}", hit.text);
        assert!(!hit.matches.is_empty());
        let pending = commitments("pending");
        assert!(pending.contains(&"minusma".to_owned()) && pending.contains(&"atalanta".to_owned()), "{pending:?}");
        assert_eq!(commitments("besluit volgt"), pending);
        assert!(commitments("informatie").contains(&"minusma".to_owned()));
    }

    fn missions(letter: &Letter, q: &str, lang: Lang) -> Vec<String> {
        search(letter, q, 50, lang).into_iter().filter(|h| h.kind == HitKind::Mission).map(|h| h.target).collect()
    }

    #[test]
    fn ok_status_words_find_missions_in_either_language() {
        // Searching "decision" found no mission: status words were not searchable.
        let letter = letter();
        let pending = ["counter-isis", "minusma", "resolute-support", "atalanta"];
        assert_eq!(missions(&letter, "decision", Lang::En), pending);
        assert_eq!(missions(&letter, "besluit", Lang::Nl), pending);
        assert_eq!(missions(&letter, "besluit", Lang::En), pending);
        assert_eq!(missions(&letter, "ongoing", Lang::En), ["eucap-sahel-mali", "eucap-sahel-niger"]);
        assert_eq!(missions(&letter, "lopend", Lang::Nl), ["eucap-sahel-mali", "eucap-sahel-niger"]);
        assert_eq!(missions(&letter, "continuing", Lang::Nl), ["efp"]);
    }

    #[test]
    fn ok_organisation_words_find_missions_in_either_language() {
        let letter = letter();
        let nato = ["resolute-support", "efp", "nato-response-force"];
        assert_eq!(missions(&letter, "NATO", Lang::Nl), nato);
        assert_eq!(missions(&letter, "NAVO", Lang::En), nato);
        assert_eq!(missions(&letter, "VN", Lang::En), ["minusma"]);
        assert!(missions(&letter, "UN", Lang::En).contains(&"minusma".to_owned()));
        assert!(missions(&letter, "United Nations", Lang::En) == ["minusma"]);
        let eu = missions(&letter, "EU", Lang::En);
        for id in ["atalanta", "eu-battlegroup", "eucap-sahel-mali", "eucap-sahel-niger"] {
            assert!(eu.contains(&id.to_owned()), "{id} in {eu:?}");
        }
    }

    #[test]
    fn ok_missions_are_named_in_the_interface_language() {
        let letter = letter();
        let hit =
            |q: &str, lang| search(&letter, q, 50, lang).into_iter().find(|h| h.kind == HitKind::Mission).unwrap();
        let english = hit("ISIS", Lang::En);
        assert_eq!(
            (english.text.as_str(), english.lang),
            ("Fight against ISIS · Coalition · Decision pending", Lang::En)
        );
        assert_eq!(hit("ISIS", Lang::Nl).text, "Strijd tegen ISIS · Coalitie · Besluit volgt");
        // Found by its Dutch name in English too, though that name is not shown.
        assert_eq!(hit("strijd", Lang::En).target, "counter-isis");
        let marked = hit("decision", Lang::En);
        assert_eq!(marked.matches.iter().map(|m| &marked.text[m.clone()]).collect::<Vec<_>>(), ["Decision"]);
    }

    #[test]
    fn ok_commitment_hits_mark_the_letters_words_as_dutch() {
        let letter = letter();
        let hit = search(&letter, "F-16", 50, Lang::En).into_iter().find(|h| h.kind == HitKind::Commitment).unwrap();
        let pieces = hit.pieces();
        assert_eq!(pieces.len(), 2);
        assert_eq!((pieces[0].lang, pieces[0].text.as_str()), (Lang::En, "Fight against ISIS: "));
        assert_eq!(pieces[1].lang, Lang::Nl);
        assert!(pieces[1].text.starts_with("F-16’s"), "{}", pieces[1].text);
        assert_eq!(pieces[1].matches.iter().map(|m| &pieces[1].text[m.clone()]).collect::<Vec<_>>(), ["F-16"]);
        assert!(pieces[0].matches.is_empty());
        // A match across the cut is split between the pieces.
        let across = Hit { matches: vec![Range { start: 17, end: 22 }], ..hit.clone() };
        let pieces = across.pieces();
        assert_eq!(
            (&pieces[0].text[pieces[0].matches[0].clone()], &pieces[1].text[pieces[1].matches[0].clone()]),
            ("S: ", "F-")
        );
    }

    #[test]
    fn ok_empty_query_and_limit() {
        assert!(search(&letter(), "   ", 50, Lang::En).is_empty());
        let hits = search(&letter(), "de", 3, Lang::En);
        assert!(hits.iter().filter(|h| h.kind == HitKind::Sentence).count() <= 3);
    }
}
