//! A mission at a glance.

use kamerbrief::Mission;
use leptos::prelude::*;

use crate::components::status_badge::StatusBadge;
use crate::i18n::{self, Text, t};
use crate::{href_with, mission_facts, use_lang, use_letter};

/// Name (linking to the mission's page), organisation, status, places, what is contributed,
/// and when: a pending decision's due window or the contribution's period.
#[component]
pub fn MissionCard(
    /// The mission.
    mission: Mission,
) -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let links = crate::use_link_query();
    let places = mission_facts::place_names(&letter, &mission.places);
    let commitment = mission_facts::commitment(&letter, &mission).cloned();
    let items = commitment.as_ref().map(mission_facts::items_text).filter(|i| !i.is_empty());
    let when = {
        let letter = letter.clone();
        move || commitment.as_ref().and_then(|c| mission_facts::card_date(&letter, c, lang.get()))
    };
    let id = mission.id.clone();
    let link = move || href_with(&format!("/missions/{id}/"), &links.get());
    let frame = mission.frame;
    let status = mission.status;
    let title_id = format!("card-{}", mission.id);
    let labelled_by = title_id.clone();
    let glossary_id = format!("status-help-{}", mission.id);
    let name = {
        let mission = mission.clone();
        move || mission_facts::display_name(&mission, lang.get()).to_owned()
    };
    view! {
        <li class="mk-mission" data-frame=frame.as_str() data-status=status.as_str()>
            <article aria-labelledby=labelled_by>
                <h3 class="mk-mission__name" id=title_id>
                    <a href=link>{name}</a>
                </h3>
                // A `div`, not a `p`: the badge's glossary holds a list.
                <div class="mk-mission__meta">
                    <span class="mk-badge mk-badge--frame">{move || i18n::frame(lang.get(), frame)}</span>
                    <StatusBadge status glossary_id />
                </div>
                <p class="mk-mission__places">
                    {move || {
                        if places.is_empty() {
                            t(lang.get(), Text::Standby).to_owned()
                        } else {
                            mission_facts::names_in(lang.get(), &places)
                        }
                    }}
                </p>
                {items.map(|items| view! { <p class="mk-mission__items" lang="nl">{items}</p> })}
                <p class="mk-mission__next">
                    {move || match when() {
                        Some(when) => view! {
                            <span class="mk-mission__next-label">{t(lang.get(), when.label)} ": "</span>
                            {when.dates}
                            {when.note.map(|note| view! { <span class="mk-mission__note">" (" {note} ")"</span> })}
                        }
                        .into_any(),
                        None => view! { <span class="mk-mission__next-label">{t(lang.get(), Text::NoDate)}</span> }.into_any(),
                    }}
                </p>
            </article>
        </li>
    }
}
