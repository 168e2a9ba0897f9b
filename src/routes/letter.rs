//! `/letter`: the letter itself, every sentence addressable (`/letter#s-42`), its facts
//! linked to their views, and its footnotes as popovers.

use std::ops::Range;

use kamerbrief::{Letter, Sentence};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::i18n::{Text, t, tr};
use crate::query::ViewQuery;
use crate::text_runs::{Run, find_all, runs};
use crate::{href_with, use_lang, use_letter};

/// Where a marked stretch of a sentence leads.
#[derive(Debug, Clone, PartialEq)]
enum Link {
    Mission(String),
    Search(String),
    Timeline,
    External(String),
}

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
    let sections = letter
        .sections
        .iter()
        .map(|section| {
            let paragraphs = section
                .paragraphs
                .iter()
                .filter_map(|pid| letter.paragraphs.iter().find(|p| &p.id == pid))
                .map(|p| {
                    let sentences = p
                        .sentences
                        .iter()
                        .filter_map(|sid| letter.sentences.iter().find(|s| &s.id == sid))
                        .map(|s| view! { <SentenceText sentence=s.clone() target /> " " })
                        .collect_view();
                    view! { <p id=p.id.clone() class="mk-letter__paragraph">{sentences}</p> }
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
                .filter_map(|sid| letter.sentences.iter().find(|s| &s.id == sid))
                .map(|s| view! { <SentenceText sentence=s.clone() target /> " " })
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
                <h2 id="notes-title" lang=move || lang.get().code()>{tr(Text::Footnote)} "en"</h2>
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
    /// The id the URL's fragment points at.
    target: Memo<String>,
) -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let id = sentence.id.clone();
    let is_target = move || target.get() == id;
    let pieces = runs(&sentence.text, marks(&letter, &sentence));
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
        <span id=sentence.id.clone() class="mk-sentence" class:mk-sentence--target=is_target tabindex="-1">
            {pieces.into_iter().map(|run| run_view(run, lang)).collect_view()}
            {markers}
        </span>
    }
}

fn run_view(run: Run<Link>, lang: Signal<crate::query::Lang>) -> impl IntoView {
    let q = move || ViewQuery { lang: lang.get(), ..ViewQuery::default() };
    match run.mark {
        None => run.text.into_any(),
        Some(Link::Mission(id)) => {
            view! { <a class="mk-fact mk-fact--mission" href=move || href_with(&format!("/missions/{id}/"), &q())>{run.text}</a> }.into_any()
        }
        Some(Link::Search(term)) => view! {
            <a class="mk-fact mk-fact--name" href=move || href_with("/search/", &ViewQuery { q: term.clone(), ..q() })>{run.text}</a>
        }
        .into_any(),
        Some(Link::Timeline) => view! { <a class="mk-fact mk-fact--date" href=move || href_with("/timeline/", &q())>{run.text}</a> }.into_any(),
        Some(Link::External(url)) => view! { <a class="mk-fact mk-fact--ref" href=url rel="external noopener">{run.text}</a> }.into_any(),
    }
}

/// The stretches of a sentence that name a mission, place, organisation, date or citation.
fn marks(letter: &Letter, sentence: &Sentence) -> Vec<(Range<usize>, Link)> {
    let text = &sentence.text;
    let id = &sentence.id;
    let mut out: Vec<(Range<usize>, Link)> = Vec::new();
    let mut add = |needle: &str, link: Link| {
        for range in find_all(text, needle) {
            out.push((range, link.clone()));
        }
    };
    for r in letter.references.iter().filter(|r| &r.sentence == id) {
        let link = r.documents.first().and_then(|d| d.url.clone()).map_or(Link::Search(r.text.clone()), Link::External);
        add(&r.text, link);
    }
    for e in letter.events.iter().filter(|e| &e.sentence == id) {
        add(&e.text, Link::Timeline);
    }
    for m in letter.missions.iter().filter(|m| m.evidence.contains(id)) {
        for name in &m.names_as_written {
            add(name, Link::Mission(m.id.clone()));
        }
    }
    for p in letter.places.iter().filter(|p| p.sentences.contains(id)) {
        for name in &p.names_as_written {
            add(name, Link::Search(p.name.clone()));
        }
    }
    for o in letter.organisations.iter().filter(|o| o.sentences.contains(id)) {
        for name in &o.names_as_written {
            add(name, Link::Search(o.name.clone()));
        }
    }
    // Whole words only: `EU` is no mark inside `EUCAP`.
    out.retain(|(r, _)| {
        let before = text[..r.start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = text[r.end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_marks_link_missions_places_dates_and_citations() {
        let letter = crate::embedded::letter().unwrap();
        let sentence = letter
            .sentences
            .iter()
            .find(|s| s.text.contains("Kamerstuk 27 925, nr. 611") && s.text.starts_with("Op korte"))
            .unwrap();
        let found = marks(&letter, sentence);
        let named = |link: &Link| {
            found.iter().filter(|(_, l)| l == link).map(|(r, _)| &sentence.text[r.clone()]).collect::<Vec<_>>()
        };
        assert_eq!(named(&Link::Mission("minusma".into())), vec!["MINUSMA"]);
        assert!(named(&Link::Timeline).contains(&"Op korte termijn"));
        assert!(found.iter().any(|(_, l)| matches!(l, Link::External(u) if u.contains("kst-27925-611"))));
        assert!(named(&Link::Search("Mali".into())).contains(&"Mali"));
    }

    #[test]
    fn ok_marks_are_whole_words() {
        let letter = crate::embedded::letter().unwrap();
        let sentence = letter.sentences.iter().find(|s| s.text.contains("EUCAP Sahel Mali en Niger")).unwrap();
        let found = marks(&letter, sentence);
        let eucap = sentence.text.find("EUCAP").unwrap();
        assert!(!found.iter().any(|(r, _)| r.start == eucap && &sentence.text[r.clone()] == "EU"));
        assert!(found.iter().any(|(r, l)| r.start == eucap && matches!(l, Link::Mission(_))));
    }
}
