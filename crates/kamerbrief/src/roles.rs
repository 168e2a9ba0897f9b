//! The role of each dated expression in its sentence: a commitment's period, a decision's due
//! window, history, a reference or context. Grammar here; the cue words come from the
//! lexicon's [`Cues`].

use std::ops::Range;

use crate::cues::Cues;
use crate::model::{Date, DateRole, Status};
use crate::temporal::Temporal;

/// What the sentence around a date says, as far as its role depends on it.
#[derive(Debug, Clone)]
pub(crate) struct SentenceFacts<'a> {
    /// The sentence's normalised text.
    pub text: &'a str,
    /// The same, ASCII-lowercased (byte offsets are the text's).
    pub lower: &'a str,
    /// The state its wording gives, with where its cue stands, if any.
    pub state: Option<(Status, Range<usize>)>,
    /// Whether it speaks of a mission (named, or carried over from the sentence before).
    pub has_missions: bool,
    /// The letter's date.
    pub letter: Option<Date>,
}

/// The role of the date `t` in the sentence.
pub(crate) fn role(cues: &Cues, s: &SentenceFacts<'_>, t: &Temporal) -> DateRole {
    if is_reference(cues, s, &t.range) {
        return DateRole::Reference;
    }
    let future = match (s.letter, t.start, t.end) {
        (Some(letter), _, Some(end)) => end >= letter,
        (Some(letter), Some(start), None) => start >= letter,
        (Some(_), None, None) => false,
        (None, _, _) => true,
    };
    let written_out = s.text[t.range.clone()].bytes().any(|b| b.is_ascii_digit());
    // A date before the end of the decision's wording says when it is taken (`zal dit najaar
    // besluiten over`); one after it belongs to what is decided on (`besloten over de
    // bijdrage … in 2018`).
    let due = s.state.as_ref().is_some_and(|(state, cue)| state.is_pending() && t.range.start < cue.end);
    if due && future {
        return DateRole::DecisionDue;
    }
    if !written_out {
        // `de afgelopen jaren`, `op langere termijn`, `Prinsjesdag`: time the letter speaks
        // around, not a period it commits to.
        return DateRole::Context;
    }
    if !future {
        return DateRole::History;
    }
    let begun = matches!((s.letter, t.start), (Some(letter), Some(start)) if start < letter);
    if s.has_missions || states_scope(cues, s.lower, t.range.start) {
        DateRole::Period
    } else if begun {
        // `Sinds 2014 is …`: what has been going on up to the letter.
        DateRole::History
    } else {
        DateRole::Context
    }
}

/// Whether a date names or compares rather than happens: the sentence only points to a paper
/// (`Zie …`), the words before compare (`t.o.v. 2016`, `dan in 2001`) or name a document's date
/// (`de brief van 9 september 2016`, `nr. 570 van 29 januari 2016`), it opens with a document's
/// `uit` (`uit 2013`), or it stands alone in brackets after a name (`Toetsingskader (2014)`).
fn is_reference(cues: &Cues, s: &SentenceFacts<'_>, range: &Range<usize>) -> bool {
    if cues.citing_sentence_start.iter().any(|c| s.lower.starts_with(c.as_str())) {
        return true;
    }
    let expression = &s.lower[range.clone()];
    if cues
        .date_reference_openers
        .iter()
        .any(|o| expression.strip_prefix(o.as_str()).is_some_and(|rest| rest.starts_with(char::is_whitespace)))
    {
        return true;
    }
    let before = s.lower[..range.start].trim_end();
    if cues.date_reference_before.iter().any(|cue| ends_with_word(before, cue)) {
        return true;
    }
    if let Some(head) = before.strip_suffix(" van") {
        let previous = head.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
        let previous = previous.trim_end_matches(['.', ',', '’', '\'']);
        let numbered = !previous.is_empty() && previous.bytes().all(|b| b.is_ascii_digit());
        let document = cues.date_reference_documents.iter().any(|d| previous.ends_with(d.as_str()));
        if numbered || document {
            return true;
        }
    }
    before.ends_with('(') && s.lower[range.end..].trim_start().starts_with(')')
}

/// Whether `text` ends with `cue` as whole words.
fn ends_with_word(text: &str, cue: &str) -> bool {
    text.strip_suffix(cue).is_some_and(|head| head.chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

/// Whether the date at `at` gives the period the letter covers: `bijdragen aan missies in 2018`.
fn states_scope(cues: &Cues, lower: &str, at: usize) -> bool {
    cues.letter_scope.iter().any(|cue| lower[..at].trim_end().ends_with(cue.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::words::tokenize;

    /// The role of the expression `date` in `sentence`, for a letter of 4 September 2017.
    fn role_of(sentence: &str, date: &str, has_missions: bool) -> DateRole {
        let lexicon = Lexicon::builtin();
        let letter = Date::new(2017, 9, 4);
        let lower = sentence.to_ascii_lowercase();
        let found = crate::temporal::find(sentence, &tokenize(sentence), letter, &lexicon.named_days, &[]);
        let t =
            found.iter().find(|t| &sentence[t.range.clone()] == date).unwrap_or_else(|| panic!("{date} in {found:?}"));
        let facts =
            SentenceFacts { text: sentence, lower: &lower, state: lexicon.cues.status(&lower), has_missions, letter };
        role(&lexicon.cues, &facts, t)
    }

    #[test]
    fn ok_periods_of_commitments() {
        let s = "Het kabinet zal besluiten over de bijdrage aan X, inclusief de inzet van F-16’s vanaf 1 januari 2018.";
        assert_eq!(role_of(s, "vanaf 1 januari 2018", true), DateRole::Period);
        let s = "Ook zal Nederland in 2018 de bijdrage aan X voortzetten.";
        assert_eq!(role_of(s, "in 2018", true), DateRole::Period);
        let s = "In deze brief gaan wij in op de bijdragen aan missies in het jaar 2018.";
        assert_eq!(role_of(s, "in het jaar 2018", false), DateRole::Period);
    }

    #[test]
    fn ok_decision_due() {
        let s = "Verder wordt op korte termijn door het kabinet besloten over voortzetting van X in 2018.";
        assert_eq!(role_of(s, "op korte termijn", true), DateRole::DecisionDue);
        assert_eq!(role_of(s, "in 2018", true), DateRole::Period);
        let s = "Ook zal het kabinet dit najaar besluiten over de bijdrage aan X.";
        assert_eq!(role_of(s, "dit najaar", true), DateRole::DecisionDue);
    }

    #[test]
    fn ok_references_are_not_periods() {
        let s = "Het kabinet zal besluiten over X, waarbij het mandaat onveranderd is t.o.v. 2016 (Kamerstuk 27 925, nr. 570 van 29 januari 2016).";
        assert_eq!(role_of(s, "2016", true), DateRole::Reference);
        assert_eq!(role_of(s, "29 januari 2016", true), DateRole::Reference);
        let s = "Het land staat er beter voor dan in 2001.";
        assert_eq!(role_of(s, "in 2001", true), DateRole::Reference);
        let s = "In de brief van 9 september 2016 beschreven wij de overwegingen.";
        assert_eq!(role_of(s, "9 september 2016", false), DateRole::Reference);
        let s = "Zo bepaalt het Toetsingskader (2014) de aard van de bijdragen in 2018.";
        assert_eq!(role_of(s, "2014", true), DateRole::Reference);
        let s = "Zie de Internationale Veiligheidsstrategie uit 2013 over X in 2018.";
        assert_eq!(role_of(s, "uit 2013", true), DateRole::Reference);
        assert_eq!(role_of(s, "in 2018", true), DateRole::Reference);
    }

    #[test]
    fn ok_history_and_context() {
        let s = "Tijdens de NAVO-Top op 8 en 9 juli 2016 is besloten dat X.";
        assert_eq!(role_of(s, "8 en 9 juli 2016", true), DateRole::History);
        let s = "De relatie is de afgelopen jaren verslechterd.";
        assert_eq!(role_of(s, "de afgelopen jaren", true), DateRole::Context);
        let s = "De trends zullen zich ook in 2018 voortzetten.";
        assert_eq!(role_of(s, "in 2018", false), DateRole::Context);
        let s = "Sinds 2014 is veel grond heroverd.";
        assert_eq!(role_of(s, "Sinds 2014", false), DateRole::History);
    }

    #[test]
    fn err_a_relative_date_without_a_pending_decision_is_no_due_date() {
        let s = "Zoals toegezegd, zal uw Kamer daarover komend najaar worden geïnformeerd.";
        assert_eq!(role_of(s, "komend najaar", true), DateRole::Context);
    }
}
