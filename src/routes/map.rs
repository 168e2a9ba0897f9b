//! `/map`: where the missions are, on a basemap drawn in the app, with a list that says the
//! same for screen readers.

use leptos::prelude::*;

use crate::components::filter_disclosure::FilterDisclosure;
use crate::components::ignored_notice::IgnoredNotice;
use crate::components::mission_map::MissionMap;
use crate::i18n::{self, Text, t, tr};
use crate::{href_with, mission_facts, use_lang, use_letter, use_view_query};

/// The map of the missions that pass the filters, and the list of their places with what is
/// contributed there.
#[component]
pub fn MapPage() -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let links = crate::use_link_query();
    let query = use_view_query();
    let shown = {
        let letter = letter.clone();
        move || query.with(|(q, _)| mission_facts::shown(&letter, q).into_iter().cloned().collect::<Vec<_>>())
    };
    let map = {
        let shown = shown.clone();
        move || view! { <MissionMap missions=shown() label=t(lang.get(), Text::Map) /> }
    };
    let list = move || {
        let lang = lang.get();
        let q = links.get();
        letter
            .places
            .iter()
            .filter_map(|place| {
                let here: Vec<_> = shown().into_iter().filter(|m| m.places.contains(&place.id)).collect();
                (!here.is_empty()).then(|| {
                    let name = lang.pick(&place.name, &place.name_en).clone();
                    let links = here
                        .into_iter()
                        .map(|m| {
                            let commitment = mission_facts::commitment(&letter, &m);
                            let items = commitment.map(mission_facts::items_text).filter(|i| !i.is_empty());
                            let state = commitment.map(|c| i18n::status(lang, c.decision.state).to_lowercase());
                            view! {
                                <li>
                                    <a href=href_with(&format!("/missions/{}/", m.id), &q)>{mission_facts::display_name(&m, lang).to_owned()}</a>
                                    {items.map(|items| view! { " — " <span lang="nl">{items}</span> })}
                                    {state.map(|state| view! { " · " {state} })}
                                </li>
                            }
                        })
                        .collect_view();
                    view! { <li><span class="mk-place-list__name">{name}</span><ul>{links}</ul></li> }
                })
            })
            .collect_view()
    };
    view! {
        <h1>{tr(Text::Map)}</h1>
        <IgnoredNotice path="/map/" />
        <FilterDisclosure />
        {map}
        <section class="mk-place-list" aria-labelledby="places-title">
            <h2 id="places-title">{tr(Text::MissionsByPlace)}</h2>
            <ul>{list}</ul>
        </section>
    }
}
