//! A mission at a glance.

use kamerbrief::Mission;
use leptos::prelude::*;

use crate::i18n::{self, Text, t, tr};
use crate::query::ViewQuery;
use crate::{href_with, mission_facts, use_lang, use_letter};

/// Name (linking to the mission's page), organisation, status, places and next date.
#[component]
pub fn MissionCard(
    /// The mission.
    mission: Mission,
) -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let places = mission_facts::place_names(&letter, &mission.places);
    let next = mission_facts::next_event(&letter, &mission).cloned();
    let id = mission.id.clone();
    let link = move || href_with(&format!("/missions/{id}/"), &ViewQuery { lang: lang.get(), ..ViewQuery::default() });
    let frame = mission.frame;
    let status = mission.status;
    let title_id = format!("card-{}", mission.id);
    let labelled_by = title_id.clone();
    view! {
        <li class="mk-mission" data-frame=frame.as_str() data-status=status.as_str()>
            <article aria-labelledby=labelled_by>
                <h3 class="mk-mission__name" id=title_id>
                    <a href=link>{mission.name.clone()}</a>
                </h3>
                <p class="mk-mission__meta">
                    <span class="mk-badge mk-badge--frame">{move || i18n::frame(lang.get(), frame)}</span>
                    <span class="mk-badge mk-badge--status">{move || i18n::status(lang.get(), status)}</span>
                </p>
                <p class="mk-mission__places">
                    {move || {
                        if places.is_empty() {
                            t(lang.get(), Text::Standby).to_owned()
                        } else {
                            mission_facts::names_in(lang.get(), &places)
                        }
                    }}
                </p>
                <p class="mk-mission__next">
                    <span class="mk-mission__next-label">{tr(Text::NextDate)} ": "</span>
                    {move || match &next {
                        Some(event) => format!("{} ({})", event.text, mission_facts::event_dates(lang.get(), event)),
                        None => t(lang.get(), Text::NoDate).to_owned(),
                    }}
                </p>
            </article>
        </li>
    }
}
