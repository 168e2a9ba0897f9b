//! `/timeline`: every mission as a lane, every dated expression as a mark.

use leptos::prelude::*;

use crate::components::filter_bar::FilterBar;
use crate::components::ignored_notice::IgnoredNotice;
use crate::components::timeline_chart::{Lane, TimelineChart};
use crate::i18n::{Text, t, tr};
use crate::{mission_facts, use_letter, use_view_query};

/// The timeline of the missions that pass the filters, and a lane for dates that concern no
/// mission.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let letter = use_letter();
    let query = use_view_query();
    // The chart is rebuilt when the filters or the language change, not when zooming writes
    // the period into the URL.
    let filters = Memo::new(move |_| query.with(|(q, _)| q.filters()));
    let chart = move || {
        let q = filters.get();
        let lang = q.lang;
        let mut lanes: Vec<Lane> = mission_facts::shown(&letter, &q)
            .into_iter()
            .map(|m| Lane {
                mission: m.id.clone(),
                label: m.name.clone(),
                frame: m.frame.as_str().to_owned(),
                events: mission_facts::events(&letter, m).into_iter().cloned().collect(),
            })
            .collect();
        if !q.is_filtered() {
            let general: Vec<_> = letter.events.iter().filter(|e| e.missions.is_empty()).cloned().collect();
            lanes.push(Lane {
                mission: String::new(),
                label: t(lang, Text::General).to_owned(),
                frame: String::new(),
                events: general,
            });
        }
        view! { <TimelineChart lanes label=t(lang, Text::Timeline) period_in_url=true /> }
    };
    view! {
        <h1>{tr(Text::Timeline)}</h1>
        <IgnoredNotice path="/timeline/" />
        <FilterBar />
        {chart}
    }
}
