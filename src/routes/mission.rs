//! `/missions/:id`: one mission, with every fact tied to the letter's words.

use kamerbrief::{Letter, Mission, Quote};

use crate::components::commitment_summary::CommitmentSummary;
use crate::components::status_badge::StatusBadge;
use leptos::prelude::*;

use crate::components::mission_map::MissionMap;
use crate::components::timeline_chart::TimelineChart;
use crate::components::when_visible::WhenVisible;
use crate::i18n::{self, Text, t, tr};
use crate::{href_with, mission_facts, use_lang, use_letter};

/// The mission named by the path, or a not-found view that suggests the nearest id.
#[component]
pub fn MissionPage(
    /// The id from the path, as written.
    id: String,
) -> impl IntoView {
    let letter = use_letter();
    match letter.mission(&id) {
        Some(mission) => view! { <MissionDetail mission=mission.clone() /> }.into_any(),
        None => view! { <UnknownMission id /> }.into_any(),
    }
}

/// Everything about one mission.
#[component]
fn MissionDetail(
    /// The mission.
    mission: Mission,
) -> impl IntoView {
    let letter = use_letter();
    let lang = use_lang();
    let links = crate::use_link_query();
    let q = move || links.get();
    let sentence_link = move |id: &str| format!("{}#{id}", href_with("/letter/", &q()));
    let sentence_text = {
        let letter = letter.clone();
        move |id: &str| letter.sentence(id).map(|s| s.text.clone()).unwrap_or_default()
    };
    let organisation = mission
        .organisation
        .as_ref()
        .and_then(|id| letter.organisations.iter().find(|o| &o.id == id))
        .map(|o| (o.name.clone(), o.name_en.clone()));
    let place_list = mission_facts::place_names(&letter, &mission.places);
    let commitment = mission_facts::commitment(&letter, &mission).cloned();
    let lead_id: Vec<String> = commitment.iter().filter_map(|c| c.lead.as_ref()).map(|l| l.place.clone()).collect();
    let lead = mission_facts::place_names(&letter, &lead_id);
    // The lead nation is named once, under its own heading.
    let mut partner_ids: Vec<String> = Vec::new();
    let named = commitment.iter().flat_map(|c| c.partners.iter().map(|p| &p.place)).chain(&mission.partners);
    for id in named {
        if !lead_id.contains(id) && !partner_ids.contains(id) {
            partner_ids.push(id.clone());
        }
    }
    let partners = mission_facts::place_names(&letter, &partner_ids);
    let figures: Vec<(String, String, String)> = commitment
        .iter()
        .flat_map(|c| letter.figures.iter().filter(|f| c.figures.contains(&f.id)))
        .map(|f| (f.text.clone(), f.meaning.clone(), f.sentence.to_string()))
        .collect();
    let in_lang = move |(nl, en): &(String, String)| lang.get().pick(nl, en).clone();
    let status_quote = mission.status_sentence.as_ref().map(|id| (sentence_text(id), id.to_string()));
    let events: Vec<_> = mission_facts::events(&letter, &mission).into_iter().cloned().collect();
    let references = references(&letter, &mission);
    let (map_id, dates_id) = (mission.id.to_string(), mission.id.to_string());
    let evidence: Vec<(String, String)> =
        mission.evidence.iter().map(|id| (id.to_string(), sentence_text(id))).collect();
    let frame = mission.frame;
    let status = mission.status;
    let quotes = move |quotes: Vec<Quote>| {
        if quotes.is_empty() {
            return view! { <p class="mk-muted">{tr(Text::NoneStated)}</p> }.into_any();
        }
        view! {
            <ul class="mk-quotes">
                {quotes
                    .into_iter()
                    .map(|quote| view! {
                        <li>
                            <q lang="nl">{quote.text}</q> " "
                            <a href=sentence_link(&quote.sentence)>{tr(Text::OpenInLetter)}</a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let legal = quotes(mission.legal_basis.clone());
    // Under the name: the name in the interface's language, explained.
    let subtitle = (mission.name_nl.clone(), mission.name_en.clone());
    let heading = {
        let mission = mission.clone();
        move || mission_facts::display_name(&mission, lang.get()).to_owned()
    };
    // The opening line, from the model; what is contributed stays in the letter's Dutch.
    let summary = {
        let (letter, mission) = (letter.clone(), mission.clone());
        move || {
            let line = mission_facts::mission_summary(&letter, &mission, lang.get());
            let items = (!line.items.is_empty()).then(|| view! { <span lang="nl">{line.items}</span> });
            view! { {line.before} {items} {line.after} }
        }
    };
    view! {
        <article class="mk-mission-page" data-frame=frame.as_str() data-status=status.as_str()>
            <p class="mk-crumbs"><a href=move || href_with("/", &q())>{tr(Text::AllMissions)}</a></p>
            <h1>{heading}</h1>
            <p class="mk-mission-page__sub">{move || in_lang(&subtitle)}</p>
            <p class="mk-mission-page__summary" data-testid="mission-summary">{summary}</p>
            // A `div`, not a `p`: the status badge's glossary holds a list.
            <div class="mk-mission__meta">
                <span class="mk-badge mk-badge--frame">{move || i18n::frame(lang.get(), frame)}</span>
                // The organisation is named unless the frame already says it (NATO, NATO).
                {organisation.map(|o| {
                    let name = o.clone();
                    let differs = move || in_lang(&o) != i18n::frame(lang.get(), frame);
                    view! { <Show when=differs><span class="mk-badge">{in_lang(&name)}</span></Show> }
                })}
                <StatusBadge status glossary_id="status-help".to_owned() />
            </div>
            <section aria-labelledby="status-title">
                <h2 id="status-title">{tr(Text::StatusSentence)}</h2>
                {match status_quote {
                    Some((text, id)) => view! {
                        <p class="mk-status-quote__lead">{tr(Text::LetterSays)}</p>
                        <blockquote class="mk-status-quote" lang="nl">{text}</blockquote>
                        <p><a href=sentence_link(&id)>{tr(Text::OpenInLetter)}</a></p>
                    }
                    .into_any(),
                    None => view! { <p class="mk-muted">{tr(Text::NoneStated)}</p> }.into_any(),
                }}
            </section>
            <div class="mk-mission-page__grid">
                <section aria-labelledby="contribution-title">
                    <h2 id="contribution-title">{tr(Text::Contribution)}</h2>
                    <CommitmentSummary commitment=commitment.clone() />
                </section>
                <section aria-labelledby="facts-title">
                    <h2 id="facts-title" class="mk-visually-hidden">{tr(Text::PlacesAndPartners)}</h2>
                    <dl class="mk-facts">
                        <dt>{tr(Text::Places)}</dt>
                        <dd>{move || if place_list.is_empty() { t(lang.get(), Text::Standby).to_owned() } else { mission_facts::names_in(lang.get(), &place_list) }}</dd>
                        {(!lead.is_empty()).then(|| view! {
                            <dt>{tr(Text::LeadNation)}</dt>
                            <dd>{move || mission_facts::names_in(lang.get(), &lead)}</dd>
                        })}
                        <dt>{tr(Text::Partners)}</dt>
                        <dd>{move || if partners.is_empty() { t(lang.get(), Text::NoneStated).to_owned() } else { mission_facts::names_in(lang.get(), &partners) }}</dd>
                    </dl>
                </section>
            </div>
            <section aria-labelledby="legal-title">
                <h2 id="legal-title">{tr(Text::LegalBasis)}</h2>
                {legal}
            </section>
            {(!figures.is_empty()).then(|| view! {
                <section aria-labelledby="figures-title">
                    <h2 id="figures-title">{tr(Text::Figures)}</h2>
                    <ul class="mk-quotes">
                        {figures
                            .into_iter()
                            .map(|(text, meaning, sentence)| view! {
                                <li lang="nl"><strong>{text}</strong> " " {meaning} " "
                                    <a href=sentence_link(&sentence) lang=move || lang.get().code()>{tr(Text::OpenInLetter)}</a>
                                </li>
                            })
                            .collect_view()}
                    </ul>
                </section>
            })}
            <section aria-labelledby="map-title">
                <h2 id="map-title">{tr(Text::Places)}</h2>
                <WhenVisible min_height="20rem">
                    <LoadedLater load=Part::Map(map_id.clone()) />
                </WhenVisible>
            </section>
            <section aria-labelledby="dates-title">
                <h2 id="dates-title">{tr(Text::Dates)}</h2>
                {if events.is_empty() {
                    view! { <p class="mk-muted">{tr(Text::NoneStated)}</p> }.into_any()
                } else {
                    view! {
                        <WhenVisible min_height="10rem">
                            <LoadedLater load=Part::Dates(dates_id.clone()) />
                        </WhenVisible>
                    }
                    .into_any()
                }}
            </section>
            <section aria-labelledby="refs-title">
                <h2 id="refs-title">{tr(Text::References)}</h2>
                {if references.is_empty() {
                    view! { <p class="mk-muted">{tr(Text::NoneStated)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="mk-refs">
                            {references
                                .into_iter()
                                .map(|(text, url)| view! {
                                    <li>{match url {
                                        Some(url) => view! { <a href=url rel="external noopener">{text}</a> }.into_any(),
                                        None => view! { <span>{text}</span> }.into_any(),
                                    }}</li>
                                })
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </section>
            <section aria-labelledby="evidence-title">
                <h2 id="evidence-title">{tr(Text::Evidence)}</h2>
                <ol class="mk-evidence">
                    {evidence
                        .into_iter()
                        .map(|(id, text)| view! {
                            <li>
                                <a class="mk-evidence__link" href=sentence_link(&id)>
                                    <span lang="nl">{text}</span>
                                </a>
                            </li>
                        })
                        .collect_view()}
                </ol>
            </section>
        </article>
    }
}

/// Each document the mission's citations resolve to, once: its citation text and link.
fn references(letter: &Letter, mission: &Mission) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    for reference in letter.references.iter().filter(|r| mission.references.contains(&r.id)) {
        if reference.documents.is_empty() {
            if !out.iter().any(|(t, _)| t == &reference.text) {
                out.push((reference.text.clone(), None));
            }
            continue;
        }
        for document in &reference.documents {
            let label = format!("{} ({})", reference.text, document.id);
            if !out.iter().any(|(_, u)| u == &document.url) {
                out.push((label, document.url.clone()));
            }
        }
    }
    out
}

/// The view for a mission id the letter does not have, with the nearest one suggested.
#[component]
fn UnknownMission(
    /// The id asked for.
    id: String,
) -> impl IntoView {
    let letter = use_letter();
    let links = crate::use_link_query();
    let lang = use_lang();
    let suggestion = nearest_mission(&letter, &id).map(|m| (m.id.to_string(), m.clone()));
    let q = move || links.get();
    view! {
        <section class="mk-not-found" aria-labelledby="unknown-title">
            <h1 id="unknown-title">{tr(Text::MissionNotFound)}</h1>
            <p>{tr(Text::NoMissionWithId)} " " <code>{id.clone()}</code> "."</p>
            {suggestion.map(|(sid, m)| view! {
                <p>{tr(Text::DidYouMean)} " " <a href=move || href_with(&format!("/missions/{sid}/"), &q())>{move || mission_facts::display_name(&m, lang.get()).to_owned()}</a> "?"</p>
            })}
            <p><a href=move || href_with("/", &q())>{tr(Text::GoHome)}</a></p>
        </section>
    }
}

/// The parts of a mission page whose code loads when they near the screen: the mini map
/// shares its code with the map page, the mini timeline with the timeline page.
#[derive(Debug, Clone)]
enum Part {
    Map(String),
    Dates(String),
}

/// A part of the page once its code has loaded, or a note that it could not be.
#[component]
fn LoadedLater(
    /// Which part, of which mission.
    load: Part,
) -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let loaded = match load {
                    Part::Map(id) => mini_map(id).await,
                    Part::Dates(id) => mini_timeline(id).await,
                };
                loaded.unwrap_or_else(|_| view! { <p class="mk-muted" role="status">{tr(Text::ViewUnavailable)}</p> }.into_any())
            })}
        </Suspense>
    }
}

#[leptos::wasm_split::wasm_split(mk_mission_map, wasm_split_path = ::leptos::wasm_split, fallible)]
fn mini_map(id: String) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    let letter = use_letter();
    let lang = use_lang();
    let Some(mission) = letter.mission(&id).cloned() else { return Ok(().into_any()) };
    let label = format!(
        "{} — {}",
        t(lang.get_untracked(), Text::Map),
        mission_facts::display_name(&mission, lang.get_untracked())
    );
    Ok(view! { <MissionMap missions=vec![mission] label inset=true /> }.into_any())
}

#[leptos::wasm_split::wasm_split(mk_mission_dates, wasm_split_path = ::leptos::wasm_split, fallible)]
fn mini_timeline(id: String) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    let letter = use_letter();
    let lang = use_lang();
    let Some(mission) = letter.mission(&id) else { return Ok(().into_any()) };
    let missions = vec![mission.id.clone()];
    let label = format!(
        "{} — {}",
        t(lang.get_untracked(), Text::Timeline),
        mission_facts::display_name(mission, lang.get_untracked())
    );
    Ok(view! { <TimelineChart missions open_missions=false compact=true label /> }.into_any())
}

/// The mission whose id (or name) is closest to `wanted` by edit distance, if reasonably close.
pub fn nearest_mission<'a>(letter: &'a Letter, wanted: &str) -> Option<&'a Mission> {
    let wanted = wanted.to_lowercase();
    letter
        .missions
        .iter()
        .map(|m| {
            let by_id = edit_distance(&wanted, &m.id);
            let by_name = edit_distance(&wanted, &kamerbrief::slug(&m.name));
            (by_id.min(by_name), m)
        })
        .filter(|(d, m)| *d <= (m.id.len() / 2).max(3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, m)| m)
}

/// Levenshtein distance over chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb)).min(row[j] + 1).min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_edit_distance() {
        assert_eq!(edit_distance("minusma", "minusma"), 0);
        assert_eq!(edit_distance("minsuma", "minusma"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn ok_every_mission_has_a_dutch_subtitle() {
        // In Dutch, a mission page's subtitle was the lexicon's English name.
        let letter = crate::embedded::letter().unwrap();
        assert_eq!(letter.mission("minusma").unwrap().name_nl, "MINUSMA (VN-missie in Mali)");
        assert!(letter.missions.iter().all(|m| !m.name_nl.is_empty()), "a mission without a Dutch name");
    }

    #[test]
    fn ok_nearest_mission_for_typos_and_none_for_nonsense() {
        let letter = crate::embedded::letter().unwrap();
        assert_eq!(nearest_mission(&letter, "minsuma").map(|m| m.id.as_str()), Some("minusma"));
        assert_eq!(nearest_mission(&letter, "Atalante").map(|m| m.id.as_str()), Some("atalanta"));
        assert_eq!(nearest_mission(&letter, "resolute-suport").map(|m| m.id.as_str()), Some("resolute-support"));
        assert_eq!(nearest_mission(&letter, "qqqqqqqqqqqqqqqqqqqq"), None);
    }
}
