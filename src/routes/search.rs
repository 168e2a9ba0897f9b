//! `/search?q=`: instant search over the letter and the model, grouped by kind, with the
//! matches marked.

use leptos::prelude::*;

use crate::i18n::{Text, t, tr};
use crate::nav::{NavOptions, use_navigation};
use crate::query::ViewQuery;
use crate::search::{HitKind, search};
use crate::text_runs::runs;
use crate::{href_with, use_lang, use_letter, use_view_query};

const PER_KIND: usize = 50;

/// A search box whose text lives in the URL, and the results as you type.
#[component]
pub fn SearchPage() -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let links = crate::use_link_query();
    let query = use_view_query();
    let navigation = use_navigation();
    let text = move || query.with(|(q, _)| q.q.clone());
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let next = ViewQuery { q: value, ..query.with_untracked(|(q, _)| q.clone()) };
        navigation.navigate(&navigation.here_with(&next), NavOptions::IN_PLACE);
    };
    let results = move || {
        let q = text();
        let lang = lang.get();
        if q.trim().is_empty() {
            return view! { <p class="mk-muted">{t(lang, Text::SearchHint)}</p> }.into_any();
        }
        let hits = search(&letter, &q, PER_KIND, lang);
        if hits.is_empty() {
            return view! { <p class="mk-empty">{t(lang, Text::NoResults)} " “" {q} "”."</p> }.into_any();
        }
        let groups = [
            (HitKind::Mission, Text::Missions),
            (HitKind::Commitment, Text::Contributions),
            (HitKind::Place, Text::Places),
            (HitKind::Organisation, Text::Organisations),
            (HitKind::Event, Text::Events),
            (HitKind::Sentence, Text::Sentences),
        ];
        let base = links.get();
        groups
            .into_iter()
            .filter_map(|(kind, heading)| {
                let in_group: Vec<_> = hits.iter().filter(|h| h.kind == kind).cloned().collect();
                (!in_group.is_empty()).then(|| {
                    let count = in_group.len();
                    let items = in_group
                        .into_iter()
                        .map(|hit| {
                            let link = match kind {
                                HitKind::Mission | HitKind::Commitment => href_with(&format!("/missions/{}/", hit.target), &base),
                                _ => format!("{}#{}", href_with("/letter/", &base), hit.target),
                            };
                            // A mission's name and status are in the interface language, the
                            // letter's words in Dutch: each piece says its own.
                            let text = hit
                                .pieces()
                                .into_iter()
                                .map(|piece| {
                                    let marked = runs(&piece.text, piece.matches.iter().map(|r| (r.clone(), ())).collect())
                                        .into_iter()
                                        .map(|run| match run.mark {
                                            Some(()) => view! { <mark>{run.text}</mark> }.into_any(),
                                            None => run.text.into_any(),
                                        })
                                        .collect_view();
                                    view! { <span lang=piece.lang.code()>{marked}</span> }
                                })
                                .collect_view();
                            view! { <li><a href=link>{text}</a></li> }
                        })
                        .collect_view();
                    view! {
                        <section class="mk-results__group">
                            <h2>{t(lang, heading)} " " <span class="mk-results__count">{format!("({count})")}</span></h2>
                            <ul>{items}</ul>
                        </section>
                    }
                })
            })
            .collect_view()
            .into_any()
    };
    view! {
        <h1>{tr(Text::Search)}</h1>
        <div class="mk-search-page__box">
            <label for="search-page-input">{tr(Text::SearchLabel)}</label>
            <input id="search-page-input" type="search" autocomplete="off" prop:value=text on:input=on_input />
        </div>
        <div class="mk-results" aria-live="polite">{results}</div>
        <p class="mk-muted">{tr(Text::LetterStaysDutch)}</p>
    }
}
