//! What kind of letter of the genre a letter is: an annual overview, an Article 100 letter, an
//! examination notice, a declination, an evaluation or a progress report. Read from the cue
//! words of its title and opening, which the lexicon lists per kind; this module holds only
//! how they are weighed.

use std::ops::Range;

use crate::cues::{Cues, find_in_order};
use crate::model::{LetterKind, Status};

/// A text to read for the letter's kind, and how much it says: a title says more than the
/// third paragraph.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Text<'a> {
    /// The text in lower case.
    pub lower: &'a str,
    /// Its weight.
    pub weight: u32,
}

/// The kind a letter's texts show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Recognised {
    /// The kind.
    pub kind: LetterKind,
    /// The status it gives a mission the letter is about, where the lexicon says one.
    pub status: Option<Status>,
    /// Where its cues stand: the index of each text that shows it, in the order given, and the
    /// first cue's range in that text.
    pub found: Vec<(usize, Range<usize>)>,
}

/// The kind of letter `texts` show, if any. Each kind scores the weights of the texts that hold
/// one of its cues; the highest score wins, then the kind whose cue comes first (in the order of
/// `texts`, then within the text), then the kind the lexicon lists first. So the outcome does
/// not depend on anything but the texts and the lexicon.
pub(crate) fn recognise(cues: &Cues, texts: &[Text<'_>]) -> Option<Recognised> {
    let mut best: Option<(u32, (usize, usize), Recognised)> = None;
    for kind in &cues.letter_kinds {
        let found: Vec<(usize, Range<usize>)> =
            texts.iter().enumerate().filter_map(|(i, t)| first_cue(t.lower, &kind.cues).map(|r| (i, r))).collect();
        let score: u32 = found.iter().map(|(i, _)| texts[*i].weight).sum();
        let Some(first) = found.first().map(|(i, r)| (*i, r.start)) else { continue };
        if score == 0 {
            continue;
        }
        // Strictly better only: on a tie the kind listed first stays.
        let better = best.as_ref().is_none_or(|(s, f, _)| score > *s || (score == *s && first < *f));
        if better {
            best = Some((score, first, Recognised { kind: kind.kind, status: kind.status, found }));
        }
    }
    best.map(|(_, _, r)| r)
}

/// The cue that occurs first in `lower`, the longest of those that start there, where it stands.
fn first_cue(lower: &str, cues: &[String]) -> Option<Range<usize>> {
    cues.iter().filter_map(|c| find_in_order(lower, c)).min_by_key(|r| (r.start, std::cmp::Reverse(r.end)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn kind_of(texts: &[(&str, u32)]) -> Option<LetterKind> {
        let lower: Vec<String> = texts.iter().map(|(t, _)| t.to_lowercase()).collect();
        let texts: Vec<Text<'_>> = lower.iter().zip(texts).map(|(l, (_, w))| Text { lower: l, weight: *w }).collect();
        recognise(&Lexicon::builtin().cues, &texts).map(|r| r.kind)
    }

    #[test]
    fn ok_each_kind_by_its_cues() {
        let cases = [
            (
                "In deze brief gaan wij in op de Nederlandse bijdragen aan missies in het jaar 2019.",
                LetterKind::AnnualOverview,
            ),
            ("Samenhang Nederlandse inspanningen in missies 2019", LetterKind::AnnualOverview),
            (
                "Met deze brief informeert het kabinet uw Kamer, conform artikel 100 van de Grondwet, over het besluit.",
                LetterKind::Article100,
            ),
            (
                "Het kabinet heeft besloten een fregat in te zetten; het toetsingskader is gevolgd.",
                LetterKind::Article100,
            ),
            ("Het kabinet onderzoekt of Nederland kan bijdragen aan de missie.", LetterKind::Examination),
            ("Het kabinet verkent de mogelijkheid van een bijdrage.", LetterKind::Examination),
            ("Kennisgeving van een mogelijke bijdrage aan de VN-missie UNMISS", LetterKind::Examination),
            ("Het kabinet heeft besloten niet bij te dragen aan de operatie.", LetterKind::Declination),
            ("Het kabinet heeft besloten geen bijdrage te leveren aan de missie.", LetterKind::Declination),
            ("Nederland zal niet bijdragen aan de missie.", LetterKind::Declination),
            ("Hierbij ontvangt u de eindevaluatie van de missie.", LetterKind::Evaluation),
            ("Evaluatie Nederlandse bijdrage aan de missie", LetterKind::Evaluation),
            ("Voortgangsrapportage over de missie in Mali", LetterKind::ProgressReport),
            ("Met deze brief informeren wij u over de stand van zaken van de missie.", LetterKind::ProgressReport),
        ];
        for (text, kind) in cases {
            assert_eq!(kind_of(&[(text, 3)]), Some(kind), "{text}");
        }
    }

    #[test]
    fn err_no_cue_no_kind() {
        assert_eq!(kind_of(&[("Geachte voorzitter, hierbij een brief over de krijgsmacht.", 3)]), None);
        assert_eq!(kind_of(&[]), None);
        // A cue in a text that weighs nothing does not count.
        assert_eq!(kind_of(&[("Voortgangsrapportage", 0)]), None);
    }

    #[test]
    fn ok_weights_decide_between_kinds() {
        // The annual overview announces Article 100 letters in its third paragraph.
        let title = ("Samenhang Nederlandse inspanningen in missies 2018", 4);
        let p3 = ("Op korte termijn zullen u de artikel 100-brieven toegaan.", 1);
        assert_eq!(kind_of(&[title, p3]), Some(LetterKind::AnnualOverview));
        assert_eq!(kind_of(&[("Geen titel", 4), p3]), Some(LetterKind::Article100));
    }

    #[test]
    fn ok_ties_go_to_the_first_cue_then_the_first_listed_kind() {
        // An examination notice says an Article 100 letter may follow: the examination comes first.
        let text = "Het kabinet onderzoekt of Nederland kan bijdragen; zo ja, dan volgt een artikel 100-brief.";
        assert_eq!(kind_of(&[(text, 3)]), Some(LetterKind::Examination));
        let text = "Zo ja, dan volgt een artikel 100-brief; het kabinet onderzoekt of Nederland kan bijdragen.";
        assert_eq!(kind_of(&[(text, 3)]), Some(LetterKind::Article100));
        // `heeft besloten niet … toetsingskader`: both start at `besloten`; declination is listed first.
        let text = "Het kabinet heeft besloten niet bij te dragen, na weging langs het toetsingskader.";
        assert_eq!(kind_of(&[(text, 3)]), Some(LetterKind::Declination));
    }

    #[test]
    fn ok_where_the_cues_stand() {
        let texts = [Text { lower: "geen titel", weight: 4 }, Text { lower: "x. de evaluatie van y", weight: 3 }];
        let found = recognise(&Lexicon::builtin().cues, &texts).unwrap();
        // An evaluation looks back on a mission that has ended.
        assert_eq!((found.kind, found.status), (LetterKind::Evaluation, Some(Status::Past)));
        assert_eq!(found.found, vec![(1, 6..15)]);
        let texts = [Text { lower: "het kabinet onderzoekt of", weight: 1 }];
        assert_eq!(recognise(&Lexicon::builtin().cues, &texts).unwrap().status, Some(Status::UnderConsideration));
    }
}
