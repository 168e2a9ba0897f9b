//! `/letter`: the letter itself, every sentence addressable (`/letter#s-42`), and its
//! footnotes as popovers. A calm letter: only missions, Kamerstuk citations and the dates of
//! commitments are links; the other names the parser found are marked quietly, with their
//! meaning as a tooltip, and are no tab stops.

use std::collections::HashMap;
use std::ops::Range;

use kamerbrief::{Date, Letter, Mention, Sentence, TextRange};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{Text, t, tr};
use crate::query::{Lang, ViewQuery};
use crate::text_runs::{Run, outside, phrase, runs};
use crate::{href_with, use_lang, use_letter};

/// What a marked stretch of a sentence is: a link, or a name marked quietly.
#[derive(Debug, Clone, PartialEq)]
enum Mark {
    Link(Link),
    Quiet(Name),
}

/// Where a linked stretch of a sentence leads.
#[derive(Debug, Clone, PartialEq)]
enum Link {
    /// A mission's page, from the whole phrase that names it (`VN-missie MINUSMA in Mali`).
    Mission(String),
    /// A citation without a known publication, to the search for it.
    Search(String),
    /// The date of a commitment, opened as the selected mark on the timeline (its `sel=`).
    Timeline(String),
    /// A citation's official publication.
    External(String),
}

/// A name the parser recognised that leads nowhere: shown quietly, its meaning in a tooltip.
#[derive(Debug, Clone, PartialEq)]
enum Name {
    /// A place, by its Dutch and English name.
    Place { nl: String, en: String },
    /// An organisation, by its Dutch and English name (`VN`: `Verenigde Naties`).
    Organisation { nl: String, en: String },
    /// A date that is no commitment's.
    Date { start: Option<Date>, end: Option<Date> },
    /// A number or amount, with what it counts.
    Figure(String),
}

impl Name {
    /// The class modifier that styles it.
    fn kind(&self) -> &'static str {
        match self {
            Name::Place { .. } => "place",
            Name::Organisation { .. } => "organisation",
            Name::Date { .. } => "date",
            Name::Figure(_) => "figure",
        }
    }

    /// What it is, for its tooltip: `Organisation: United Nations`.
    fn title(&self, lang: Lang) -> String {
        let in_lang = |nl: &str, en: &str| if lang == Lang::Nl { nl.to_owned() } else { en.to_owned() };
        match self {
            Name::Place { nl, en } => format!("{}: {}", t(lang, Text::MarkPlace), in_lang(nl, en)),
            Name::Organisation { nl, en } => format!("{}: {}", t(lang, Text::Organisation), in_lang(nl, en)),
            Name::Date { start, end } => match start.or(*end) {
                Some(start) => format!(
                    "{}: {}",
                    t(lang, Text::MarkDate),
                    crate::timeline_items::dates_in_words(lang, start, end.or(Some(start)))
                ),
                None => t(lang, Text::MarkDate).to_owned(),
            },
            Name::Figure(meaning) => format!("{}: {meaning}", t(lang, Text::MarkFigure)),
        }
    }
}

/// What the parser found in each sentence, by sentence id: built once for the whole letter.
type Marks = HashMap<String, Vec<(Range<usize>, Mark)>>;

/// The letter, section by section.
#[component]
pub fn LetterPage() -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let url = crate::nav::use_navigation().url();
    let target = Memo::new(move |_| url.with(|url| url.fragment.clone()));
    // Bring the sentence a link points at into view; the highlight itself is derived below.
    Effect::new(move |_| {
        let id = target.get();
        if id.is_empty() {
            return;
        }
        // After the frame in which the router scrolls a new page to the top.
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&id) {
                if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
                el.scroll_into_view_with_bool(true);
            }
        });
    });
    let title = letter.meta.title.clone();
    let marks = StoredValue::new(marks(&letter));
    let sections = letter
        .sections
        .iter()
        .map(|section| {
            let paragraphs = section
                .paragraphs
                .iter()
                .filter_map(|pid| letter.paragraph(pid))
                .map(|p| {
                    let sentences = p
                        .sentences
                        .iter()
                        .filter_map(|sid| letter.sentence(sid))
                        .map(|s| view! { <SentenceText sentence=s.clone() marks target /> " " })
                        .collect_view();
                    view! { <p id=p.id.to_string() class="mk-letter__paragraph">{sentences}</p> }
                })
                .collect_view();
            view! {
                <section class="mk-letter__section" aria-labelledby=section.id.clone()>
                    {section.heading.clone().map(|h| view! { <h2 id=section.id.clone()>{h}</h2> })}
                    {paragraphs}
                </section>
            }
        })
        .collect_view();
    let footnotes = letter
        .footnotes
        .iter()
        .map(|f| {
            let sentences = f
                .sentences
                .iter()
                .filter_map(|sid| letter.sentence(sid))
                .map(|s| view! { <SentenceText sentence=s.clone() marks target /> " " })
                .collect_view();
            view! {
                <li id=f.id.clone() value=f.number>{sentences}</li>
            }
        })
        .collect_view();
    let popovers = letter
        .footnotes
        .iter()
        .map(|f| {
            view! {
                <div class="mk-footnote-popover" id=format!("{}-note", f.id) popover="auto" role="note" lang="nl">
                    <p><strong>{tr(Text::Footnote)} " " {f.number}</strong></p>
                    <p>{f.text.clone()}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <article class="mk-letter" lang="nl">
            <h1>{title}</h1>
            {sections}
            <section class="mk-letter__notes" aria-labelledby="notes-title">
                <h2 id="notes-title" lang=move || lang.get().code()>{tr(Text::Footnotes)}</h2>
                <ol>{footnotes}</ol>
            </section>
            {popovers}
        </article>
    }
}

/// One sentence: its facts linked, its footnote markers as popover buttons, highlighted when
/// the URL points at it.
#[component]
fn SentenceText(
    /// The sentence.
    sentence: Sentence,
    /// What the parser found in each sentence of the letter.
    marks: StoredValue<Marks>,
    /// The id the URL's fragment points at.
    target: Memo<String>,
) -> impl IntoView {
    let lang = use_lang();
    let links = crate::use_link_query();
    let id = sentence.id.to_string();
    let is_target = move || target.get() == id;
    let found = marks.with_value(|m| m.get(sentence.id.as_str()).cloned().unwrap_or_default());
    let pieces = runs(&sentence.text, found);
    let markers = sentence
        .footnote_markers
        .clone()
        .into_iter()
        .map(|n| {
            let note = format!("fn-{n}-note");
            view! {
                <button type="button" class="mk-fnref" popovertarget=note aria-label=move || format!("{} {n}", t(lang.get(), Text::Footnote))>
                    {n.to_string()}
                </button>
            }
        })
        .collect_view();
    view! {
        <span id=sentence.id.to_string() class="mk-sentence" class:mk-sentence--target=is_target tabindex="-1">
            {pieces.into_iter().map(|run| run_view(run, links, lang)).collect_view()}
            {markers}
        </span>
    }
}

fn run_view(run: Run<Mark>, links: Memo<ViewQuery>, lang: Signal<Lang>) -> impl IntoView {
    let q = move || links.get();
    let link = match run.mark {
        None => return run.text.into_any(),
        // No link and no tab stop: its meaning is a tooltip, the name stays plain text.
        Some(Mark::Quiet(name)) => {
            let class = format!("mk-name mk-name--{}", name.kind());
            return view! { <span class=class title=move || name.title(lang.get())>{run.text}</span> }.into_any();
        }
        Some(Mark::Link(link)) => link,
    };
    match link {
        Link::Mission(id) => {
            view! { <a class="mk-fact mk-fact--mission" href=move || href_with(&format!("/missions/{id}/"), &q())>{run.text}</a> }.into_any()
        }
        Link::Search(term) => view! {
            <a class="mk-fact mk-fact--name" href=move || href_with("/search/", &ViewQuery { q: term.clone(), ..q() })>{run.text}</a>
        }
        .into_any(),
        Link::Timeline(sel) => view! {
            <a class="mk-fact mk-fact--date" href=move || href_with("/timeline/", &ViewQuery { sel: Some(sel.clone()), ..q() })>{run.text}</a>
        }
        .into_any(),
        Link::External(url) => view! { <a class="mk-fact mk-fact--ref" href=url rel="external noopener">{run.text}</a> }.into_any(),
    }
}

/// The stretches of each sentence where the parser found a name, a date, a figure or a
/// citation, and what each is. These are the parser's own ranges: a name is marked exactly
/// where it was found, never found again by its spelling.
///
/// Links, the few a reader follows: a mission, as the whole phrase that names it (its
/// organisation's compound before, its places after: `VN-missie MINUSMA in Mali`); a citation;
/// and the date of a commitment's period or due decision, to that mark on the timeline.
/// Everything else is marked quietly, and a quiet mark that a link covers gives way to it.
fn marks(letter: &Letter) -> Marks {
    let mut links: Marks = Marks::new();
    let mut add = |sentence: &str, range: TextRange, link: Link| {
        links.entry(sentence.to_owned()).or_default().push((range.start..range.end, Mark::Link(link)));
    };
    for r in &letter.references {
        let link = r.documents.first().and_then(|d| d.url.clone()).map_or(Link::Search(r.text.clone()), Link::External);
        add(&r.sentence, r.range, link);
    }
    for (sentence, range, sel) in commitment_dates(letter) {
        add(&sentence, range, Link::Timeline(sel));
    }
    for m in &letter.missions {
        // The names that may belong to this mission's phrase: its organisation's and places'.
        let own = |sentence: &str| -> Vec<Range<usize>> {
            let orgs = letter.organisations.iter().filter(|o| m.organisation.as_ref() == Some(&o.id));
            let places = letter.places.iter().filter(|p| m.places.contains(&p.id));
            orgs.flat_map(|o| &o.mentions)
                .chain(places.flat_map(|p| &p.mentions))
                .filter(|x| x.sentence == sentence)
                .map(|x| x.range.start..x.range.end)
                .collect()
        };
        for mention in &m.mentions {
            let Some(text) = letter.sentence(&mention.sentence).map(|s| s.text.as_str()) else { continue };
            let range = phrase(text, mention.range.start..mention.range.end, &own(&mention.sentence));
            add(&mention.sentence, range.into(), Link::Mission(m.id.to_string()));
        }
    }
    let mut quiet: Marks = Marks::new();
    let mut hush = |sentence: &str, range: TextRange, name: Name| {
        quiet.entry(sentence.to_owned()).or_default().push((range.start..range.end, Mark::Quiet(name)));
    };
    let mut hush_mentions = |mentions: &[Mention], name: Name| {
        for m in mentions {
            hush(&m.sentence, m.range, name.clone());
        }
    };
    for p in &letter.places {
        hush_mentions(&p.mentions, Name::Place { nl: p.name.clone(), en: p.name_en.clone() });
    }
    for o in &letter.organisations {
        hush_mentions(&o.mentions, Name::Organisation { nl: o.name.clone(), en: o.name_en.clone() });
    }
    for e in &letter.events {
        hush(&e.sentence, e.range, Name::Date { start: e.start, end: e.end });
    }
    for f in &letter.figures {
        hush(&f.sentence, f.range, Name::Figure(f.meaning.clone()));
    }
    for (sentence, names) in quiet {
        let found = links.entry(sentence).or_default();
        let linked: Vec<Range<usize>> = found.iter().map(|(r, _)| r.clone()).collect();
        found.extend(outside(names, &linked));
    }
    links
}

/// The dates that belong to a commitment, as (sentence, range, what the timeline's `sel=`
/// calls its mark): a period selects the commitment's bar (`c-1`), a due date its decision
/// window (`c-1-due`). A date several commitments share selects the first one's mark. The
/// letter's statement of what it covers (`bijdragen aan missies in 2018`) is left out: it is
/// every commitment's period by default, and no one mark's.
fn commitment_dates(letter: &Letter) -> Vec<(String, TextRange, String)> {
    let mut out: Vec<(String, TextRange, String)> = Vec::new();
    for c in &letter.commitments {
        let period = c.period.as_ref().filter(|p| !p.from_letter_scope).map(|p| (p, c.id.to_string()));
        let due = c.decision.due.as_ref().filter(|d| !d.from_letter_scope).map(|d| (d, format!("{}-due", c.id)));
        for (interval, sel) in period.into_iter().chain(due) {
            let at = &interval.evidence;
            if !out.iter().any(|(s, r, _)| *s == at.sentence.as_str() && *r == at.range) {
                out.push((at.sentence.to_string(), at.range, sel));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marked runs of a sentence, as (text, mark).
    fn marked(marks: &Marks, sentence: &Sentence) -> Vec<(String, Mark)> {
        let found = marks.get(sentence.id.as_str()).cloned().unwrap_or_default();
        runs(&sentence.text, found).into_iter().filter_map(|r| Some((r.text, r.mark?))).collect()
    }

    /// The linked runs of a sentence, as (text, link).
    fn linked(marks: &Marks, sentence: &Sentence) -> Vec<(String, Link)> {
        let links = marked(marks, sentence).into_iter().filter_map(|(text, mark)| match mark {
            Mark::Link(link) => Some((text, link)),
            Mark::Quiet(_) => None,
        });
        links.collect()
    }

    /// The quietly marked runs of a sentence, as text.
    fn quiet(marks: &Marks, sentence: &Sentence) -> Vec<String> {
        let names = marked(marks, sentence).into_iter().filter(|(_, m)| matches!(m, Mark::Quiet(_)));
        names.map(|(text, _)| text).collect()
    }

    fn sentence<'a>(letter: &'a Letter, starts: &str, has: &str) -> &'a Sentence {
        letter.sentences.iter().find(|s| s.text.starts_with(starts) && s.text.contains(has)).unwrap()
    }

    #[test]
    fn ok_marks_link_missions_citations_and_commitment_dates() {
        let letter = crate::embedded::letter().unwrap();
        let marks = marks(&letter);
        let sentence = sentence(&letter, "Op korte", "Kamerstuk 27 925, nr. 611");
        let found = linked(&marks, sentence);
        let named = |want: &dyn Fn(&Link) -> bool| {
            found.iter().filter(|(_, l)| want(l)).map(|(t, _)| t.as_str()).collect::<Vec<_>>()
        };
        assert_eq!(named(&|l| *l == Link::Mission("minusma".into())), vec!["VN-missie MINUSMA in Mali"]);
        assert_eq!(
            named(&|l| *l == Link::Mission("resolute-support".into())),
            vec!["NAVO-trainingsmissie Resolute Support in Afghanistan"]
        );
        // `Op korte termijn` is when the decisions are due: the first commitment's window.
        assert_eq!(named(&|l| matches!(l, Link::Timeline(sel) if sel.ends_with("-due"))), vec!["Op korte termijn"]);
        assert!(found.iter().any(|(_, l)| matches!(l, Link::External(u) if u.contains("kst-27925-611"))));
        // Nothing else is a link.
        assert_eq!(found.len(), 6, "{found:?}");
    }

    #[test]
    fn err_other_names_are_quiet_not_links() {
        let letter = crate::embedded::letter().unwrap();
        let marks = marks(&letter);
        // `Duitsland` is a partner, not part of the mission's name; the figures are counts.
        let partners = sentence(&letter, "Dat is ook reden", "Duitsland");
        assert!(quiet(&marks, partners).contains(&"Duitsland".to_owned()));
        assert!(!linked(&marks, partners).iter().any(|(t, _)| t == "Duitsland"));
        let figures = sentence(&letter, "Mede dankzij", "60.000");
        assert!(quiet(&marks, figures).iter().any(|t| t.contains("60.000")));
        assert_eq!(linked(&marks, figures).len(), 1);
    }

    #[test]
    fn ok_a_commitment_period_selects_its_bar() {
        let letter = crate::embedded::letter().unwrap();
        let marks = marks(&letter);
        let c = letter.commitments.iter().find(|c| c.period.as_ref().is_some_and(|p| !p.from_letter_scope)).unwrap();
        let period = &c.period.as_ref().unwrap().evidence;
        let found = linked(&marks, letter.sentence(&period.sentence).unwrap());
        let text = period.range.slice(&letter.sentence(&period.sentence).unwrap().text);
        assert!(found.iter().any(|(t, l)| t == text && matches!(l, Link::Timeline(sel) if *sel == c.id.as_str())));
    }

    #[test]
    fn err_dates_of_no_commitment_are_quiet() {
        let letter = crate::embedded::letter().unwrap();
        let marks = marks(&letter);
        let dates = commitment_dates(&letter);
        let history = letter.events.iter().find(|e| e.role == kamerbrief::DateRole::History).unwrap();
        assert!(!dates.iter().any(|(s, r, _)| *s == history.sentence.as_str() && *r == history.range));
        let sentence = letter.sentence(&history.sentence).unwrap();
        assert!(!linked(&marks, sentence).iter().any(|(_, l)| matches!(l, Link::Timeline(_))));
        // The letter's statement of what it covers is no one commitment's mark.
        let scope = letter.commitments.iter().filter_map(|c| c.period.as_ref()).find(|p| p.from_letter_scope).unwrap();
        assert!(!dates.iter().any(|(s, r, _)| *s == scope.evidence.sentence.as_str() && *r == scope.evidence.range));
    }

    #[test]
    fn ok_marks_are_the_parsers_findings_and_never_overlap() {
        let letter = crate::embedded::letter().unwrap();
        let marks = marks(&letter);
        for sentence in &letter.sentences {
            let Some(found) = marks.get(sentence.id.as_str()) else { continue };
            let pieces = runs(&sentence.text, found.clone());
            // The runs put the sentence back together: nothing is marked twice over.
            assert_eq!(pieces.iter().map(|r| r.text.as_str()).collect::<String>(), sentence.text);
            for piece in pieces.iter().filter(|r| r.mark.is_some()) {
                assert!(found.iter().any(|(r, _)| sentence.text[r.clone()] == piece.text), "{}", piece.text);
            }
        }
    }

    #[test]
    fn ok_the_letter_has_fewer_than_150_tab_stops() {
        let letter = crate::embedded::letter().unwrap();
        let marks = marks(&letter);
        // The letter's tab stops: its links and its footnote markers (sentences take focus
        // only from a link, `tabindex="-1"`).
        let links: usize = letter.sentences.iter().map(|s| linked(&marks, s).len()).sum();
        let markers: usize = letter.sentences.iter().map(|s| s.footnote_markers.len()).sum();
        println!("links {links}, footnote markers {markers}, tab stops {}", links + markers);
        assert!(links + markers < 150, "{links} links and {markers} footnote markers");
    }

    #[test]
    fn ok_an_opened_letter_keeps_a_bare_mission_name_a_link_of_its_own() {
        // The browser test of an opened letter follows the link named just `UNTSO`: a comma
        // after the name (`aan UNTSO, van …`) starts no list of places.
        let text = include_str!("../../crates/kamerbrief/tests/letters/jaarbrief-2019.txt");
        let letter = kamerbrief::parse(text, kamerbrief::Meta::default(), &kamerbrief::Lexicon::builtin()).unwrap();
        let marks = marks(&letter);
        let untso = Link::Mission("untso".into());
        let names: Vec<String> = letter
            .sentences
            .iter()
            .flat_map(|s| linked(&marks, s))
            .filter(|(_, l)| *l == untso)
            .map(|(t, _)| t)
            .collect();
        assert!(names.iter().any(|t| t == "UNTSO"), "{names:?}");
    }

    #[test]
    fn ok_marks_are_whole_words() {
        let letter = crate::embedded::letter().unwrap();
        let marks = marks(&letter);
        let sentence = letter.sentences.iter().find(|s| s.text.contains("EUCAP Sahel Mali en Niger")).unwrap();
        let eucap = sentence.text.find("EUCAP").unwrap();
        let found = &marks[sentence.id.as_str()];
        assert!(!found.iter().any(|(r, _)| r.start == eucap && &sentence.text[r.clone()] == "EU"));
        let pieces = runs(&sentence.text, found.clone());
        let mission = |r: &Run<Mark>| matches!(r.mark, Some(Mark::Link(Link::Mission(_))));
        assert!(pieces.iter().any(|r| r.text.starts_with("EUCAP") && mission(r)));
    }
}
