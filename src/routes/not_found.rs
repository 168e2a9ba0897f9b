//! Any path the app does not know.

use leptos::prelude::*;

use crate::i18n::{Text, tr};
use crate::nav::use_navigation;
use crate::routes::mission::nearest_mission;
use crate::{href_with, use_letter};

/// The not-found view: says what was asked for, suggests the mission a mistyped path most
/// likely meant (`/minusam/` → MINUSMA), and leads home.
#[component]
pub fn NotFound() -> impl IntoView {
    let links = crate::use_link_query();
    let letter = use_letter();
    let path = use_navigation().url().with_untracked(|url| url.path.clone());
    let last_segment = path.rsplit('/').find(|s| !s.is_empty()).unwrap_or_default().to_owned();
    let lang = crate::use_lang().get_untracked();
    let suggestion = nearest_mission(&letter, &last_segment)
        .map(|m| (m.id.clone(), crate::mission_facts::display_name(m, lang).to_owned()));
    let q = move || links.get();
    view! {
        <section class="mk-not-found" aria-labelledby="not-found-title">
            <h1 id="not-found-title">{tr(Text::PageNotFound)}</h1>
            <p>
                {tr(Text::NoPageAt)} " " <code class="mk-not-found__path">{path}</code> "."
            </p>
            {suggestion.map(|(id, name)| view! {
                <p>{tr(Text::DidYouMean)} " " <a href=move || href_with(&format!("/missions/{id}/"), &q())>{name}</a> "?"</p>
            })}
            <p>
                <a href=move || href_with("/", &q())>{tr(Text::GoHome)}</a>
            </p>
        </section>
    }
}
