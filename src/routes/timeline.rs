//! `/timeline`: the commitments of the missions that pass the filters, one lane per mission.

use leptos::prelude::*;

use crate::components::filter_bar::FilterBar;
use crate::components::ignored_notice::IgnoredNotice;
use crate::components::timeline_chart::TimelineChart;
use crate::i18n::{Text, t, tr};
use crate::{mission_facts, use_letter, use_view_query};

/// The timeline of the missions that pass the filters.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let letter = use_letter();
    let query = use_view_query();
    // The chart is rebuilt when the filters or the language change, not when zooming writes
    // the period into the URL.
    let filters = Memo::new(move |_| query.with(|(q, _)| q.filters()));
    let chart = move || {
        let q = filters.get();
        let missions = mission_facts::shown(&letter, &q).into_iter().map(|m| m.id.clone()).collect::<Vec<_>>();
        view! { <TimelineChart missions label=t(q.lang, Text::Timeline) period_in_url=true /> }
    };
    let active_filters = move || filters.with(|q| q.frames.len() + q.statuses.len() + q.regions.len());
    // The filters fold into a disclosure at every width, so the chart is on the first screen;
    // it opens by itself when the link carries filters, so a reader sees what is applied.
    let open_at_start = active_filters() > 0;
    let filter_bar = view! {
        <details class="mk-timeline-page__filters" open=open_at_start>
            <summary>{move || format!("{} ({})", t(filters.with(|q| q.lang), Text::Filters), active_filters())}</summary>
            <FilterBar />
        </details>
    };
    view! {
        <div class="mk-timeline-page">
            <h1>{tr(Text::Timeline)}</h1>
            <IgnoredNotice path="/timeline/" />
            {filter_bar}
            {chart}
        </div>
    }
}
