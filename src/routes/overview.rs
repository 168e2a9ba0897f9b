//! `/`: what the letter is, the missions it names, and how it is laid out.

use leptos::prelude::*;

use crate::components::letter_outline::LetterOutline;
use crate::components::mission_list::MissionList;
use crate::labels;
use crate::use_letter;

/// The overview: the letter in one line, its missions, and its sections.
#[component]
pub fn Overview() -> impl IntoView {
    let letter = use_letter();
    let date = letter.meta.date.map(labels::long_date).unwrap_or_default();
    let count = letter.missions.len();
    view! {
        <section class="mk-intro" aria-labelledby="intro-title">
            <h1 id="intro-title" class="mk-intro__title">"Dutch contributions to missions in 2018"</h1>
            <p class="mk-intro__lede">
                "The cabinet's letter to parliament of " <time datetime=letter.meta.date.map(|d| d.to_string())>{date}</time>
                ", read sentence by sentence: " {count} " missions and contributions, each with the words it rests on."
            </p>
        </section>
        <MissionList />
        <LetterOutline />
    }
}
