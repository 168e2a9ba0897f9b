//! Instant search over the letter and the model, in the browser.

use std::ops::Range;

use kamerbrief::{Letter, Status};

use crate::i18n;
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
}

/// Every hit for `query`: each word of the query must occur (in any case, with or without
/// accents). Grouped by kind, in the letter's order within a kind. At most `limit` per kind.
pub fn search(letter: &Letter, query: &str, limit: usize) -> Vec<Hit> {
    let terms: Vec<&str> = query.split_whitespace().collect();
    if terms.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    let mut consider = |kind: HitKind, target: &str, text: String, extra: &str| {
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
            hits.push(Hit { kind, target: target.to_owned(), text, matches });
        }
    };
    for m in &letter.missions {
        let extra = format!("{} {} {}", m.aliases.join(" "), m.name_en, m.names_as_written.join(" "));
        consider(HitKind::Mission, &m.id, m.name.clone(), &extra);
    }
    for c in &letter.commitments {
        let Some(mission) = letter.mission(&c.mission) else { continue };
        let items = c.items.iter().map(|i| i.text.as_str()).collect::<Vec<_>>().join(", ");
        let state = state_words(c.decision.state);
        let text =
            if items.is_empty() { format!("{}: {state}", mission.name) } else { format!("{}: {items}", mission.name) };
        let dates = [c.period.as_ref(), c.decision.due.as_ref()].into_iter().flatten().map(|i| i.text.as_str());
        let extra = format!("{state} {}", dates.collect::<Vec<_>>().join(" "));
        consider(HitKind::Commitment, &c.mission, text, &extra);
    }
    for p in &letter.places {
        let target = p.sentences.first().map(|s| s.to_string()).unwrap_or_default();
        consider(HitKind::Place, &target, p.name.clone(), &format!("{} {}", p.name_en, p.names_as_written.join(" ")));
    }
    for o in &letter.organisations {
        let target = o.sentences.first().map(|s| s.to_string()).unwrap_or_default();
        consider(HitKind::Organisation, &target, o.name.clone(), &format!("{} {}", o.name_en, o.aliases.join(" ")));
    }
    for e in &letter.events {
        let dates = [e.start, e.end].iter().flatten().map(|d| d.to_string()).collect::<Vec<_>>().join(" ");
        consider(HitKind::Event, &e.sentence, e.text.clone(), &dates);
    }
    for s in &letter.sentences {
        consider(HitKind::Sentence, &s.id, s.text.clone(), "");
    }
    kamerbrief::sort::sort_by_key(&mut hits, |h| h.kind);
    hits
}

/// A decision's state in both languages, so that `pending` and `besluit volgt` both find it.
fn state_words(state: Status) -> String {
    format!("{} {}", i18n::status(Lang::Nl, state), i18n::status(Lang::En, state)).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter() -> Letter {
        crate::embedded::letter().unwrap()
    }

    #[test]
    fn ok_atalanta_finds_the_mission_and_its_sentences() {
        let hits = search(&letter(), "Atalanta", 50);
        assert_eq!(hits[0].kind, HitKind::Mission);
        assert_eq!(hits[0].target, "atalanta");
        let sentences: Vec<&Hit> = hits.iter().filter(|h| h.kind == HitKind::Sentence).collect();
        assert_eq!(sentences.len(), 2);
        assert!(sentences.iter().all(|h| !h.matches.is_empty()));
    }

    #[test]
    fn ok_terms_are_anded_and_accents_folded() {
        let hits = search(&letter(), "syrie irak", 50);
        assert!(hits.iter().any(|h| h.kind == HitKind::Sentence && h.text.contains("in Irak en Syrië")));
        assert!(hits.iter().all(|h| h.kind != HitKind::Mission));
    }

    #[test]
    fn ok_english_names_find_places() {
        let hits = search(&letter(), "Lithuania", 50);
        assert!(hits.iter().any(|h| h.kind == HitKind::Place && h.text == "Litouwen"));
    }

    #[test]
    fn ok_commitments_are_found_by_item_and_by_state_in_either_language() {
        let letter = letter();
        let commitments = |q: &str| {
            search(&letter, q, 50)
                .into_iter()
                .filter(|h| h.kind == HitKind::Commitment)
                .map(|h| h.target)
                .collect::<Vec<_>>()
        };
        assert_eq!(commitments("F-16"), vec!["counter-isis"]);
        let hit = search(&letter, "F-16", 50).into_iter().find(|h| h.kind == HitKind::Commitment).unwrap();
        assert!(hit.text.starts_with("Counter-ISIS") || hit.text.contains("F-16"), "{}", hit.text);
        assert!(!hit.matches.is_empty());
        let pending = commitments("pending");
        assert!(pending.contains(&"minusma".to_owned()) && pending.contains(&"atalanta".to_owned()), "{pending:?}");
        assert_eq!(commitments("besluit volgt"), pending);
        assert!(commitments("informatie").contains(&"minusma".to_owned()));
    }

    #[test]
    fn ok_empty_query_and_limit() {
        assert!(search(&letter(), "   ", 50).is_empty());
        let hits = search(&letter(), "de", 3);
        assert!(hits.iter().filter(|h| h.kind == HitKind::Sentence).count() <= 3);
    }
}
