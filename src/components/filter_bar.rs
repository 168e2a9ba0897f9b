//! Filters for organisation, status and region. Their state lives in the URL's query, so a
//! copied link restores the view.

use kamerbrief::{Frame, Status};
use leptos::prelude::*;

use crate::i18n::{self, Text, tr};
use crate::nav::{NavOptions, use_navigation};
use crate::query::{FilterKind, Lang, ViewQuery};
use crate::{filter_counts, mission_facts, use_lang, use_letter, use_view_query};

const FRAMES: [Frame; 5] = [Frame::Nato, Frame::Eu, Frame::Un, Frame::Coalition, Frame::National];

/// One checkbox of a filter group: its key in the URL, and its label in each language.
struct Choice {
    key: String,
    nl: String,
    en: String,
}

/// One checkbox per organisation, status and region, and a summary of what is shown.
#[component]
pub fn FilterBar() -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let query = use_view_query();
    let navigation = use_navigation();
    // Filtering replaces the history entry: Back leaves the page rather than undoing clicks.
    let go = move |next: ViewQuery| navigation.navigate(&navigation.here_with(&next), NavOptions::IN_PLACE);
    let current = move || query.with(|(q, _)| q.clone());
    let summary = {
        let letter = letter.clone();
        move || mission_facts::summary(&letter, &current(), lang.get())
    };
    let both = |nl: &str, en: &str| (nl.to_owned(), en.to_owned());
    let groups: Vec<(Text, FilterKind, Vec<Choice>)> = vec![
        (
            Text::Organisation,
            FilterKind::Org,
            FRAMES
                .iter()
                .map(|f| {
                    let (nl, en) = both(i18n::frame(Lang::Nl, *f), i18n::frame(Lang::En, *f));
                    Choice { key: f.as_str().to_owned(), nl, en }
                })
                .collect(),
        ),
        (
            Text::Status,
            FilterKind::Status,
            Status::ALL
                .iter()
                .map(|s| {
                    let (nl, en) = both(i18n::status(Lang::Nl, *s), i18n::status(Lang::En, *s));
                    Choice { key: s.as_str().to_owned(), nl, en }
                })
                .collect(),
        ),
        (
            Text::Region,
            FilterKind::Region,
            letter
                .regions
                .iter()
                .map(|r| Choice { key: r.id.clone(), nl: r.name.clone(), en: r.name_en.clone() })
                .collect(),
        ),
    ];
    let groups = groups
        .into_iter()
        .map(|(legend, kind, choices)| {
            let boxes = choices
                .into_iter()
                .map(|Choice { key, nl, en }| {
                    let frame = (kind == FilterKind::Org).then(|| key.clone());
                    let checked_key = key.clone();
                    let disabled_key = key.clone();
                    // An option that would show none of the letter's missions is disabled,
                    // unless a link has it on (then it can be turned off).
                    let count = filter_counts::count(&letter, kind, &key);
                    let disabled = move || count == 0 && !current().has(kind, &disabled_key);
                    let empty = disabled.clone();
                    view! {
                        <label class="mk-chip" data-frame=frame class:mk-chip--empty=empty>
                            <input
                                type="checkbox"
                                prop:checked=move || current().has(kind, &checked_key)
                                prop:disabled=disabled
                                on:change=move |_| go(current().toggled_key(kind, &key))
                            />
                            {move || lang.get().pick(&nl, &en).clone()}
                            <span class="mk-chip__count">{count}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="mk-filters__group">
                    <legend>{tr(legend)}</legend>
                    {boxes}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <section class="mk-filters" aria-labelledby="filters-title">
            <h2 id="filters-title" class="mk-visually-hidden">{tr(Text::Filters)}</h2>
            {groups}
            <p class="mk-filters__summary" role="status" aria-live="polite">
                <span data-testid="filter-summary">{summary}</span>
                <Show when=move || current().is_filtered()>
                    " "
                    <button type="button" class="mk-link-button" on:click=move |_| go(current().cleared())>
                        {tr(Text::ClearFilters)}
                    </button>
                </Show>
            </p>
        </section>
    }
}
