//! `/timeline`: the commitments of the missions that pass the filters, one lane per mission.

use leptos::prelude::*;

use crate::components::filter_disclosure::FilterDisclosure;
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
    view! {
        <div class="mk-timeline-page">
            <h1>{tr(Text::Timeline)}</h1>
            <IgnoredNotice path="/timeline/" />
            <FilterDisclosure />
            {chart}
        </div>
    }
}
