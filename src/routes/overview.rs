//! `/`: the missions as cards, with filters kept in the URL, and the letter's sections.

use leptos::prelude::*;

use crate::active_letter::use_opened_letter;
use crate::components::filter_disclosure::FilterDisclosure;
use crate::components::ignored_notice::IgnoredNotice;
use crate::components::letter_outline::LetterOutline;
use crate::components::mission_card::MissionCard;
use crate::i18n::{self, Text, tr};
use crate::{mission_facts, use_lang, use_letter, use_view_query};

/// The overview: what the letter is, its missions (filtered), and its sections.
#[component]
pub fn Overview() -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let query = use_view_query();
    let date = letter.meta.date;
    let count = letter.missions.len();
    let shown = {
        let letter = letter.clone();
        move || query.with(|(q, _)| mission_facts::shown(&letter, q).into_iter().cloned().collect::<Vec<_>>())
    };
    let lede = move || match lang.get() {
        crate::query::Lang::Nl => format!(
            "De brief van het kabinet aan de Tweede Kamer van {}, zin voor zin gelezen: {count} missies en bijdragen, elk met de woorden waarop het berust.",
            date.map(|d| i18n::long_date(lang.get(), d)).unwrap_or_default()
        ),
        crate::query::Lang::En => format!(
            "The cabinet's letter to parliament of {}, read sentence by sentence: {count} missions and contributions, each with the words it rests on.",
            date.map(|d| i18n::long_date(lang.get(), d)).unwrap_or_default()
        ),
    };
    // An opened letter is named by its own title; the built-in one by what it is about.
    let opened_title = use_opened_letter().map(|o| o.title);
    let title_lang = opened_title.as_ref().is_some_and(Option::is_some).then_some("nl");
    let title = move || match &opened_title {
        None => i18n::t(lang.get(), Text::OverviewTitle).to_owned(),
        Some(Some(title)) => title.clone(),
        Some(None) => i18n::t(lang.get(), Text::UntitledLetter).to_owned(),
    };
    let empty = {
        let shown = shown.clone();
        move || shown().is_empty()
    };
    view! {
        <section class="mk-intro" aria-labelledby="intro-title">
            <h1 id="intro-title" class="mk-intro__title" lang=title_lang>{title}</h1>
            <p class="mk-intro__lede">{lede}</p>
        </section>
        <IgnoredNotice path="/" />
        <FilterDisclosure open_when_wide=true skip_to="missions-title" />
        <section class="mk-missions" aria-labelledby="missions-title">
            <h2 id="missions-title" tabindex="-1">{tr(Text::Missions)}</h2>
            <Show when=empty>
                <p class="mk-empty">{tr(Text::NoMissionMatches)}</p>
            </Show>
            <ul class="mk-missions__list" data-testid="mission-list">
                <For each=shown key=|m| m.id.clone() let:mission>
                    <MissionCard mission />
                </For>
            </ul>
        </section>
        <LetterOutline />
    }
}
