//! `/letter`: the letter itself, every sentence addressable (`/letter#s-42`), its facts
//! linked to their views, and its footnotes as popovers.

use std::collections::HashMap;
use std::ops::Range;

use kamerbrief::{Letter, Mention, Sentence, TextRange};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{Text, t, tr};
use crate::query::ViewQuery;
use crate::text_runs::{Run, runs};
use crate::{href_with, use_lang, use_letter};

/// Where a marked stretch of a sentence leads.
#[derive(Debug, Clone, PartialEq)]
enum Link {
    Mission(String),
    Search(String),
    /// A date, opened as the selected mark on the timeline.
    Timeline(String),
    External(String),
}

/// What the parser found in each sentence, by sentence id: built once for the whole letter.
type Marks = HashMap<String, Vec<(Range<usize>, Link)>>;

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
            {pieces.into_iter().map(|run| run_view(run, links)).collect_view()}
            {markers}
        </span>
    }
}

fn run_view(run: Run<Link>, links: Memo<ViewQuery>) -> impl IntoView {
    let q = move || links.get();
    match run.mark {
        None => run.text.into_any(),
        Some(Link::Mission(id)) => {
            view! { <a class="mk-fact mk-fact--mission" href=move || href_with(&format!("/missions/{id}/"), &q())>{run.text}</a> }.into_any()
        }
        Some(Link::Search(term)) => view! {
            <a class="mk-fact mk-fact--name" href=move || href_with("/search/", &ViewQuery { q: term.clone(), ..q() })>{run.text}</a>
        }
        .into_any(),
        Some(Link::Timeline(event)) => view! {
            <a class="mk-fact mk-fact--date" href=move || href_with("/timeline/", &ViewQuery { sel: Some(event.clone()), ..q() })>{run.text}</a>
        }
        .into_any(),
        Some(Link::External(url)) => view! { <a class="mk-fact mk-fact--ref" href=url rel="external noopener">{run.text}</a> }.into_any(),
    }
}

/// The stretches of each sentence where the parser found a mission, place, organisation, date
/// or citation, with where each leads. These are the parser's own ranges: a name is linked
/// exactly where it was found, never found again by its spelling.
fn marks(letter: &Letter) -> Marks {
    let mut out = Marks::new();
    let mut add = |sentence: &str, range: TextRange, link: Link| {
        out.entry(sentence.to_owned()).or_default().push((range.start..range.end, link));
    };
    for r in &letter.references {
        let link = r.documents.first().and_then(|d| d.url.clone()).map_or(Link::Search(r.text.clone()), Link::External);
        add(&r.sentence, r.range, link);
    }
    for e in &letter.events {
        add(&e.sentence, e.range, Link::Timeline(e.id.to_string()));
    }
    let mut add_mentions = |mentions: &[Mention], link: Link| {
        for m in mentions {
            add(&m.sentence, m.range, link.clone());
        }
    };
    for m in &letter.missions {
        add_mentions(&m.mentions, Link::Mission(m.id.to_string()));
    }
    for p in &letter.places {
        add_mentions(&p.mentions, Link::Search(p.name.clone()));
    }
    for o in &letter.organisations {
        add_mentions(&o.mentions, Link::Search(o.name.clone()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marked runs of a sentence, as (text, link).
    fn linked(marks: &Marks, sentence: &Sentence) -> Vec<(String, Link)> {
        let found = marks.get(sentence.id.as_str()).cloned().unwrap_or_default();
        runs(&sentence.text, found).into_iter().filter_map(|r| Some((r.text, r.mark?))).collect()
    }

    #[test]
    fn ok_marks_link_missions_places_dates_and_citations() {
        let letter = crate::embedded::letter().unwrap();
        let marks = marks(&letter);
        let sentence = letter
            .sentences
            .iter()
            .find(|s| s.text.contains("Kamerstuk 27 925, nr. 611") && s.text.starts_with("Op korte"))
            .unwrap();
        let found = linked(&marks, sentence);
        let named = |want: &dyn Fn(&Link) -> bool| {
            found.iter().filter(|(_, l)| want(l)).map(|(t, _)| t.as_str()).collect::<Vec<_>>()
        };
        assert_eq!(named(&|l| *l == Link::Mission("minusma".into())), vec!["MINUSMA"]);
        assert!(named(&|l| matches!(l, Link::Timeline(_))).contains(&"Op korte termijn"));
        assert!(found.iter().any(|(_, l)| matches!(l, Link::External(u) if u.contains("kst-27925-611"))));
        assert!(named(&|l| *l == Link::Search("Mali".into())).contains(&"Mali"));
    }

    #[test]
    fn ok_marks_are_the_parsers_findings_and_never_overlap() {
        let letter = crate::embedded::letter().unwrap();
        let marks = marks(&letter);
        for sentence in &letter.sentences {
            let Some(found) = marks.get(sentence.id.as_str()) else { continue };
            let pieces = runs(&sentence.text, found.clone());
            // The runs put the sentence back together: nothing is linked twice over.
            assert_eq!(pieces.iter().map(|r| r.text.as_str()).collect::<String>(), sentence.text);
            for piece in pieces.iter().filter(|r| r.mark.is_some()) {
                assert!(found.iter().any(|(r, _)| sentence.text[r.clone()] == piece.text), "{}", piece.text);
            }
        }
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
        assert!(pieces.iter().any(|r| r.text.starts_with("EUCAP") && matches!(r.mark, Some(Link::Mission(_)))));
    }
}
