//! The letter's sections.

use leptos::prelude::*;

use crate::i18n::{Text, t, tr};
use crate::{href_with, use_lang, use_letter};

/// The section headings of the letter, each linking to it in the letter view.
#[component]
pub fn LetterOutline() -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let links = crate::use_link_query();
    let sections = letter.sections.clone();
    view! {
        <section class="mk-outline" aria-labelledby="outline-title">
            <h2 id="outline-title">{tr(Text::TheLetter)}</h2>
            <ol class="mk-outline__list">
                <For each=move || sections.clone() key=|s| s.id.clone() let:section>
                    <li class="mk-outline__item">
                        <a
                            class="mk-outline__heading"
                            lang="nl"
                            href=move || format!("{}#{}", href_with("/letter/", &links.get()), section.id)
                        >
                            {section.heading.clone().unwrap_or_else(|| t(lang.get_untracked(), Text::Untitled).to_owned())}
                        </a>
                        <span class="mk-outline__count">
                            {move || format!("{} {}", section.paragraphs.len(), t(lang.get(), Text::Paragraphs))}
                        </span>
                    </li>
                </For>
            </ol>
        </section>
    }
}
