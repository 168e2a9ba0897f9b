//! The filters folded into a disclosure, for views whose chart should be on the first screen.

use leptos::prelude::*;

use crate::components::filter_bar::FilterBar;
use crate::i18n::{Text, t};
use crate::{use_lang, use_view_query};

/// The filter bar behind a "Filters (n)" disclosure, `n` being how many are applied. It opens
/// by itself when the page's link carries filters, so a reader sees what is applied.
#[component]
pub fn FilterDisclosure() -> impl IntoView {
    let lang = use_lang();
    let query = use_view_query();
    let applied = move || query.with(|(q, _)| q.frames.len() + q.statuses.len() + q.regions.len());
    let open_at_start = query.with_untracked(|(q, _)| q.is_filtered());
    view! {
        <details class="mk-filter-disclosure" open=open_at_start>
            <summary>{move || format!("{} ({})", t(lang.get(), Text::Filters), applied())}</summary>
            <FilterBar />
        </details>
    }
}
