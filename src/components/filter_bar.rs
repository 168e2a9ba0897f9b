//! Filters for organisation, status and region. Their state lives in the URL's query, so a
//! copied link restores the view.

use kamerbrief::{Frame, Status};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

use crate::i18n::{self, Text, tr};
use crate::query::{Lang, ViewQuery};
use crate::{mission_facts, use_lang, use_letter, use_view_query};

const FRAMES: [Frame; 5] = [Frame::Nato, Frame::Eu, Frame::Un, Frame::Coalition, Frame::National];

/// One checkbox per organisation, status and region, and a summary of what is shown.
#[component]
pub fn FilterBar() -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let query = use_view_query();
    let location = use_location();
    let navigate = use_navigate();
    // Filtering replaces the history entry: Back leaves the page rather than undoing clicks.
    let go = move |next: ViewQuery| {
        let url = format!("{}{}", location.pathname.get_untracked(), next.to_query_string());
        navigate(&url, NavigateOptions { resolve: false, replace: true, scroll: false, ..Default::default() });
    };
    let current = move || query.with(|(q, _)| q.clone());
    let summary = {
        let letter = letter.clone();
        move || mission_facts::summary(&letter, &current(), lang.get())
    };
    let regions: Vec<(String, String, String)> =
        letter.regions.iter().map(|r| (r.id.clone(), r.name.clone(), r.name_en.clone())).collect();
    let go_frame = go.clone();
    let go_status = go.clone();
    let go_region = go.clone();
    let go_clear = go;
    view! {
        <section class="mk-filters" aria-labelledby="filters-title">
            <h2 id="filters-title" class="mk-visually-hidden">{tr(Text::Filters)}</h2>
            <fieldset class="mk-filters__group">
                <legend>{tr(Text::Organisation)}</legend>
                {FRAMES
                    .into_iter()
                    .map(|frame| {
                        let go = go_frame.clone();
                        view! {
                            <label class="mk-chip" data-frame=frame.as_str()>
                                <input
                                    type="checkbox"
                                    prop:checked=move || current().frames.contains(&frame)
                                    on:change=move |_| go(current().toggled(|q| &mut q.frames, frame))
                                />
                                {move || i18n::frame(lang.get(), frame)}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <fieldset class="mk-filters__group">
                <legend>{tr(Text::Status)}</legend>
                {Status::ALL
                    .into_iter()
                    .map(|status| {
                        let go = go_status.clone();
                        view! {
                            <label class="mk-chip" data-status=status.as_str()>
                                <input
                                    type="checkbox"
                                    prop:checked=move || current().statuses.contains(&status)
                                    on:change=move |_| go(current().toggled(|q| &mut q.statuses, status))
                                />
                                {move || i18n::status(lang.get(), status)}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <fieldset class="mk-filters__group">
                <legend>{tr(Text::Region)}</legend>
                {regions
                    .into_iter()
                    .map(|(id, name, name_en)| {
                        let go = go_region.clone();
                        let checked_id = id.clone();
                        view! {
                            <label class="mk-chip">
                                <input
                                    type="checkbox"
                                    prop:checked=move || current().regions.contains(&checked_id)
                                    on:change=move |_| go(current().toggled(|q| &mut q.regions, id.clone()))
                                />
                                {move || if lang.get() == Lang::Nl { name.clone() } else { name_en.clone() }}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <p class="mk-filters__summary" role="status" aria-live="polite">
                <span data-testid="filter-summary">{summary}</span>
                <Show when=move || current().is_filtered()>
                    " "
                    <button type="button" class="mk-link-button" on:click={
                        let go = go_clear.clone();
                        move |_| go(current().cleared())
                    }>
                        {tr(Text::ClearFilters)}
                    </button>
                </Show>
            </p>
        </section>
    }
}
