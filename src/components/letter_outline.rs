//! The letter's sections.

use leptos::prelude::*;

use crate::use_letter;

/// The section headings of the letter, with how many paragraphs each holds.
#[component]
pub fn LetterOutline() -> impl IntoView {
    let letter = use_letter();
    let sections = letter.sections.clone();
    view! {
        <section class="mk-outline" aria-labelledby="outline-title">
            <h2 id="outline-title">"The letter"</h2>
            <ol class="mk-outline__list">
                <For each=move || sections.clone() key=|s| s.id.clone() let:section>
                    <li class="mk-outline__item">
                        <span class="mk-outline__heading">{section.heading.clone().unwrap_or_else(|| "(untitled)".to_owned())}</span>
                        <span class="mk-outline__count">{format!("{} paragraphs", section.paragraphs.len())}</span>
                    </li>
                </For>
            </ol>
        </section>
    }
}
