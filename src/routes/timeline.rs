//! `/timeline`: the commitments of the missions that pass the filters, one lane per mission.

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::filter_bar::FilterBar;
use crate::components::ignored_notice::IgnoredNotice;
use crate::components::timeline_chart::TimelineChart;
use crate::gestures::use_element_width;
use crate::i18n::{Text, t, tr};
use crate::{mission_facts, use_letter, use_view_query};

/// Below this width the filters fold into a disclosure, so the timeline's list starts on the
/// first screen of a phone.
const NARROW_PX: f64 = 640.0;

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
    let page = NodeRef::<Div>::new();
    let guess = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).unwrap_or(1024.0);
    let width = use_element_width(page, guess);
    let narrow = Memo::new(move |_| width.get() < NARROW_PX);
    let active_filters = move || filters.with(|q| q.frames.len() + q.statuses.len() + q.regions.len());
    let filter_bar = move || {
        if narrow.get() {
            view! {
                <details class="mk-timeline-page__filters">
                    <summary>{move || format!("{} ({})", t(filters.with(|q| q.lang), Text::Filters), active_filters())}</summary>
                    <FilterBar />
                </details>
            }
            .into_any()
        } else {
            view! { <FilterBar /> }.into_any()
        }
    };
    view! {
        <div class="mk-timeline-page" node_ref=page>
            <h1>{tr(Text::Timeline)}</h1>
            <IgnoredNotice path="/timeline/" />
            {filter_bar}
            {chart}
        </div>
    }
}
