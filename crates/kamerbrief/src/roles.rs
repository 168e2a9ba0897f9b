//! The role of each dated expression in its sentence: a commitment's period, a decision's due
//! window, history, a reference or context. Grammar here; the cue words come from the
//! lexicon's [`Cues`].

use std::ops::Range;

use crate::cues::Cues;
use crate::model::{Date, DateRole, Precision, Status};
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
    if t.length {
        // `voor een periode van twee jaar`: how long, not when.
        return DateRole::Context;
    }
    if t.past {
        // `15 december jl.`, `vorige week`: the words point back, whether or not the letter
        // has a date to count from.
        return DateRole::History;
    }
    let future = match (s.letter, t.start, t.end) {
        (Some(letter), _, Some(end)) => end >= letter,
        (Some(letter), Some(start), None) => start >= letter,
        (Some(_), None, None) => false,
        (None, _, _) => true,
    };
    let expression = &s.lower[t.range.clone()];
    let written_out = s.text[t.range.clone()].bytes().any(|b| b.is_ascii_digit());
    if is_due(cues, s, t) && future {
        return DateRole::DecisionDue;
    }
    // `sinds mei`, `sinds 2005`: what has been going on up to the letter.
    let since = expression.starts_with("sinds") && matches!((s.letter, t.start), (Some(l), Some(start)) if start < l);
    if since {
        return DateRole::History;
    }
    let vague = matches!(t.precision, Precision::Relative | Precision::Recurring);
    // `De nieuwe rotatie blijft tot het voorjaar`: an end a mission's sentence gives is its
    // period's, written out or not.
    let ends_a_mission = t.closed && s.has_missions;
    if !written_out && (vague || future) && !ends_a_mission {
        // `de afgelopen jaren`, `op langere termijn`, `Prinsjesdag`: time the letter speaks
        // around, not a period it commits to.
        return DateRole::Context;
    }
    if !future {
        // `vorige week`, `dit voorjaar` and `29 januari 2016` alike: a stretch of the
        // calendar that has passed.
        return DateRole::History;
    }
    // `uiterlijk 1 mei 2019`, `tot en met 31 december 2019`, `per 1 augustus 2006 tot en met
    // 31 juli 2008`: when something ends.
    let deadline = t.closed || (t.start.is_none() && t.end.is_some());
    let begun = matches!((s.letter, t.start), (Some(letter), Some(start)) if start < letter);
    if s.has_missions || deadline || states_scope(cues, s.lower, t.range.start) {
        DateRole::Period
    } else if begun {
        // `Sinds 2014 is …`: what has been going on up to the letter.
        DateRole::History
    } else if speaks_of_a_contribution(cues, s.lower) {
        DateRole::Period
    } else {
        DateRole::Context
    }
}

/// Whether the date says when a decision or a step towards one is due. With a pending
/// decision: a date before the end of its wording (`zal dit najaar besluiten over`), or right
/// after it (`besluit het kabinet begin volgend jaar`), but not one in the topic the sentence
/// opens with (`Over een bijdrage in 2019 zal het kabinet …`). Without one: a deadline
/// (`uiterlijk`, `vóór`) in a sentence of deciding or finishing (`de verkenning uiterlijk eind
/// mei af te ronden`).
fn is_due(cues: &Cues, s: &SentenceFacts<'_>, t: &Temporal) -> bool {
    let at = t.range.start;
    if let Some((_, cue)) = s.state.as_ref().filter(|(state, _)| state.is_pending()) {
        let opens_with_topic = |text: &str| cues.date_due_topic_openers.iter().any(|o| text.starts_with(o.as_str()));
        let in_topic = opens_with_topic(s.lower) && (at < cue.start || opens_with_topic(&s.lower[cue.clone()]));
        let right_after = at >= cue.end && s.lower[cue.end..at].trim().is_empty();
        if (at < cue.end && !in_topic) || right_after {
            return true;
        }
    }
    let expression = &s.lower[t.range.clone()];
    let deadline = t.before
        || cues
            .date_deadline_openers
            .iter()
            .any(|o| expression.strip_prefix(o.as_str()).is_some_and(|rest| rest.starts_with(char::is_whitespace)));
    deadline && cues.date_due_words.iter().any(|w| s.lower.contains(w.as_str()))
}

/// Whether a word of the sentence ends in a word of a contribution (`bijdrage`,
/// `scheepsbijdrage`, `inzet`), so a date in it is the contribution's period.
fn speaks_of_a_contribution(cues: &Cues, lower: &str) -> bool {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| cues.date_period_words.iter().any(|cue| word.ends_with(cue.as_str())))
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
    // `Toetsingskader 2014`, `Veiligheidsstrategie 2018-2022`: a year in a document's title.
    // Only a bare year is a title's: in `het kabinet besluit vóór 1 juni` the date is when.
    let previous = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let bare_year = expression.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    if bare_year && !previous.is_empty() && cues.date_reference_documents.iter().any(|d| previous.ends_with(d.as_str()))
    {
        return true;
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
        role_at(sentence, date, has_missions, Date::new(2017, 9, 4))
    }

    /// The role of the expression `date` in `sentence`, for a letter of `letter` (or one
    /// without a date).
    fn role_at(sentence: &str, date: &str, has_missions: bool, letter: Option<Date>) -> DateRole {
        let lexicon = Lexicon::builtin();
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
    fn ok_deadlines_and_ends_are_periods() {
        // Bug: `uiterlijk 1 mei 2019` and `tot en met 31 december 2019` were context.
        let s = "De ondersteunende eenheden keren uiterlijk 1 mei 2019 terug.";
        assert_eq!(role_of(s, "uiterlijk 1 mei 2019", false), DateRole::Period);
        let s = "Een klein aantal stafofficieren blijft tot en met 31 december 2019 actief.";
        assert_eq!(role_of(s, "tot en met 31 december 2019", false), DateRole::Period);
        let s = "Deze inzet eindigt zoals aangekondigd op 31 december 2017.";
        assert_eq!(role_of(s, "31 december 2017", false), DateRole::Period);
    }

    #[test]
    fn ok_deadline_of_a_decision_is_due() {
        let s = "Het kabinet streeft ernaar de verkenning uiterlijk eind november af te ronden.";
        assert_eq!(role_of(s, "uiterlijk eind november", false), DateRole::DecisionDue);
    }

    #[test]
    fn err_a_date_in_the_topic_of_a_decision_is_not_due() {
        // Bug: the period a decision is about was read as when it is due.
        let s = "Over een mogelijke scheepsbijdrage in de tweede helft van 2018 zal het kabinet in het eerste kwartaal van 2018 besluiten.";
        assert_eq!(role_of(s, "in de tweede helft van 2018", false), DateRole::Period);
        assert_eq!(role_of(s, "in het eerste kwartaal van 2018", false), DateRole::DecisionDue);
    }

    #[test]
    fn ok_past_calendar_units_are_history() {
        // Bug: every date not written in digits was context, even `vorige week`.
        let s = "Wij hebben de regering vorige week over dit besluit geïnformeerd.";
        assert_eq!(role_of(s, "vorige week", false), DateRole::History);
        let s = "Sinds mei zijn meerdere tankers beschadigd.";
        assert_eq!(role_of(s, "Sinds mei", false), DateRole::History);
        let s = "De rapportage bestrijkt het voorjaar van 2017.";
        assert_eq!(role_of(s, "het voorjaar van 2017", false), DateRole::History);
    }

    #[test]
    fn ok_titles_and_accounts_are_references() {
        let s = "De brief volgt de opbouw van het Toetsingskader 2014.";
        assert_eq!(role_of(s, "2014", false), DateRole::Reference);
        let s = "Wij bespreken de evaluatie met de verantwoording over 2016.";
        assert_eq!(role_of(s, "2016", false), DateRole::Reference);
    }

    #[test]
    fn err_a_relative_date_without_a_pending_decision_is_no_due_date() {
        let s = "Zoals toegezegd, zal uw Kamer daarover komend najaar worden geïnformeerd.";
        assert_eq!(role_of(s, "komend najaar", true), DateRole::Context);
    }

    #[test]
    fn ok_jl_is_history_with_or_without_a_letter_date() {
        // Bug: in a letter without a date `15 december jl.` became a period.
        let s = "Op 15 december jl. sprak de NAVO over de bijdrage aan X.";
        assert_eq!(role_at(s, "15 december jl.", true, None), DateRole::History);
        assert_eq!(role_at(s, "15 december jl.", true, Date::new(2006, 1, 10)), DateRole::History);
        let s = "De eenheid is vorige week afgelost.";
        assert_eq!(role_at(s, "vorige week", true, None), DateRole::History);
        // The date of a cited letter is still a reference.
        let s = "In de brief van 15 december jl. beschreven wij X.";
        assert_eq!(role_at(s, "15 december jl.", true, None), DateRole::Reference);
    }

    #[test]
    fn ok_a_length_of_time_is_context() {
        let s = "De inzet is beperkt tot twee jaar.";
        assert_eq!(role_of(s, "twee jaar", true), DateRole::Context);
        assert_eq!(role_at(s, "twee jaar", true, None), DateRole::Context);
    }

    #[test]
    fn ok_a_period_written_apart_is_a_period() {
        let s = "De regering heeft besloten om per 1 augustus 2006 voor een periode van twee jaar, tot en met 31 juli 2008, een taakgroep in te zetten.";
        let period = "per 1 augustus 2006 voor een periode van twee jaar, tot en met 31 juli 2008";
        assert_eq!(role_at(s, period, false, Date::new(2005, 12, 22)), DateRole::Period);
    }

    #[test]
    fn ok_before_a_date_is_a_deadline() {
        // Bug: `besluit vóór 1 juni` read the date as the title of a `besluit`, a reference.
        let s = "Het kabinet besluit vóór 1 juni over de bijdrage aan X.";
        assert_eq!(role_of(s, "vóór 1 juni", true), DateRole::DecisionDue);
        let s = "De verkenning wordt voor de zomer afgerond, waarna wij u informeren.";
        assert_eq!(role_of(s, "voor de zomer", false), DateRole::DecisionDue);
    }

    #[test]
    fn err_a_title_takes_only_a_bare_year() {
        let s = "Het besluit 2014 regelt de vergoeding; het kabinet besluit uiterlijk 1 december.";
        assert_eq!(role_of(s, "2014", false), DateRole::Reference);
        assert_ne!(role_of(s, "uiterlijk 1 december", false), DateRole::Reference);
    }

    #[test]
    fn ok_an_end_in_a_missions_sentence_is_its_period() {
        let s = "De nieuwe rotatie blijft tot het voorjaar in Litouwen.";
        assert_eq!(role_of(s, "tot het voorjaar", true), DateRole::Period);
        assert_eq!(role_at(s, "tot het voorjaar", true, None), DateRole::Period);
        // Without a mission it is time the letter speaks around.
        assert_eq!(role_of(s, "tot het voorjaar", false), DateRole::Context);
    }
}
