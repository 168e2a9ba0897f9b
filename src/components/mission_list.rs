//! The missions the letter names, as a list of cards.

use kamerbrief::Mission;
use leptos::prelude::*;

use crate::labels;
use crate::use_letter;

/// Every mission with its frame, status and places, in the order the letter names them.
#[component]
pub fn MissionList() -> impl IntoView {
    let letter = use_letter();
    let place_names = {
        let letter = letter.clone();
        move |m: &Mission| -> String {
            m.places
                .iter()
                .filter_map(|id| letter.places.iter().find(|p| &p.id == id))
                .map(|p| p.name_en.clone())
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let missions = letter.missions.clone();
    view! {
        <section class="mk-missions" aria-labelledby="missions-title">
            <h2 id="missions-title">"Missions"</h2>
            <ul class="mk-missions__list" data-testid="mission-list">
                <For each=move || missions.clone() key=|m| m.id.clone() let:mission>
                    <li class="mk-mission" data-frame=mission.frame.as_str() data-status=mission.status.as_str()>
                        <h3 class="mk-mission__name">{mission.name.clone()}</h3>
                        <p class="mk-mission__meta">
                            <span class="mk-badge mk-badge--frame">{labels::frame(mission.frame)}</span>
                            <span class="mk-badge mk-badge--status">{labels::status(mission.status)}</span>
                        </p>
                        <p class="mk-mission__places">{place_names(&mission)}</p>
                    </li>
                </For>
            </ul>
        </section>
    }
}
