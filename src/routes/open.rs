//! `/open/`: open a letter of the genre (pasted, dropped, picked, or from a share link), and
//! the letters kept in this browser, each with its share link or its download.
//!
//! The reading is plain logic in [`crate::opened`] and the parsing is the parser's chunk
//! ([`crate::open_parser`]); this view only wires them to the page.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::active_letter::{OpenedLetter, use_opened_letters};
use crate::components::share_button::share_link;
use crate::i18n::{self, Text, t, tr};
use crate::letter_store;
use crate::nav::{NavOptions, use_navigation};
use crate::open_parser::{self, OpenProblem};
use crate::opened::{self, FileProblem, FragmentProblem, StoredLetter, StoredProblem};
use crate::query::{Lang, ViewQuery};
use crate::{href_with, use_lang, use_link_query};

/// What went wrong with the last attempt, said on the page until the next one.
#[derive(Debug, Clone, PartialEq)]
struct Problem {
    /// The file it concerns, if it came from a file.
    file: Option<String>,
    /// What to say.
    text: Text,
}

impl Problem {
    fn of(text: Text) -> Self {
        Problem { file: None, text }
    }
}

fn open_problem_text(problem: OpenProblem) -> Text {
    match problem {
        OpenProblem::Empty => Text::ProblemEmpty,
        OpenProblem::TooLarge => Text::ProblemTooLarge,
        OpenProblem::NotText => Text::ProblemNotText,
        OpenProblem::NotALetter => Text::ProblemNotALetter,
        OpenProblem::NotOfGenre => Text::ProblemNotOfGenre,
    }
}

fn file_problem_text(problem: FileProblem) -> Text {
    match problem {
        FileProblem::TooLarge { .. } => Text::ProblemTooLarge,
        FileProblem::NotText => Text::ProblemNotText,
        FileProblem::Empty => Text::ProblemEmpty,
        FileProblem::NotALetterFile => Text::ProblemNotALetterFile,
    }
}

fn fragment_problem_text(problem: FragmentProblem) -> Text {
    match problem {
        FragmentProblem::UnknownVersion => Text::ProblemLinkVersion,
        FragmentProblem::Damaged => Text::ProblemLinkDamaged,
        FragmentProblem::TooLarge => Text::ProblemLinkTooLarge,
    }
}

/// The largest file read at all: an HTML edition may carry five times its text in markup.
const LARGEST_FILE: f64 = (5 * opened::MAX_LETTER_BYTES) as f64;

/// The open page: the form, then the kept letters.
#[component]
pub fn OpenPage() -> impl IntoView {
    let lang = use_lang();
    let links = use_link_query();
    let navigation = use_navigation();
    let opened_letters = use_opened_letters();
    let text = RwSignal::new(String::new());
    let problem: RwSignal<Option<Problem>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let kept = RwSignal::new(0_u32);

    // Parses a text, keeps it, and shows it: the overview of the opened letter. Replacing the
    // history entry when it came from a share link, so Back does not open it again.
    let open_text = move |letter_text: String, file: Option<String>, replace: bool| {
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            let parsed = open_parser::parse_letter(letter_text.clone()).await;
            busy.set(false);
            let letter = match parsed {
                Ok(Ok(letter)) => letter,
                Ok(Err(why)) => return problem.set(Some(Problem { file, text: open_problem_text(why) })),
                Err(_) => return problem.set(Some(Problem { file, text: Text::ProblemParserUnavailable })),
            };
            let title = opened::display_title(&letter.meta);
            let entry = StoredLetter {
                format: opened::STORED_LETTER_FORMAT,
                id: opened::letter_id(&letter_text),
                title: title.clone().unwrap_or_default(),
                date: letter.meta.date.map(|d| d.to_string()),
                saved_at: js_sys::Date::now(),
                text: letter_text,
            };
            if letter_store::save(&entry).is_err() {
                // Shown all the same: this page's memory has it until a reload.
                leptos::logging::warn!("the browser would not keep the letter {}", entry.id);
            }
            let id = entry.id;
            opened_letters.remember(Arc::new(letter), OpenedLetter { id: id.clone(), title });
            let query = ViewQuery { letter: Some(id), ..links.get_untracked() };
            let options = if replace { NavOptions { replace: true, scroll: true } } else { NavOptions::default() };
            // In a task, without the component's owner: the navigation it holds, not a context.
            navigation.navigate(&navigation.href(&format!("/{}", query.to_query_string())), options);
        });
    };

    // Neither this page's code nor the parser is precached with the app (the parser is larger
    // than the rest of the app, and most readers never open a letter). Once the service worker
    // controls the page, this page's code is fetched again through it (the browser's cache
    // answers), and the parser fetched now, while the reader pastes: the worker keeps both,
    // so this page works offline after one visit, and the first open is quick. An empty text
    // is the cheapest call that loads the parser.
    when_service_worker_controls(|| {
        spawn_local(async move {
            keep_loaded_code().await;
            let _ = open_parser::parse_letter(String::new()).await;
        })
    });

    // A share link: `/open/#letter=v1.…` carries the letter's text itself.
    let fragment = navigation.url().with_untracked(|url| url.fragment.clone());
    if let Some(value) = fragment.strip_prefix("letter=") {
        match opened::text_from_fragment(value) {
            Ok(letter_text) => open_text(letter_text, None, true),
            Err(why) => problem.set(Some(Problem::of(fragment_problem_text(why)))),
        }
    }

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let letter_text = text.get_untracked();
        if letter_text.trim().is_empty() {
            problem.set(Some(Problem::of(Text::ProblemEmpty)));
            return;
        }
        open_text(letter_text, None, false);
    };
    let take_file = move |file: web_sys::File| {
        let name = file.name();
        if file.size() > LARGEST_FILE {
            problem.set(Some(Problem { file: Some(name), text: Text::ProblemTooLarge }));
            return;
        }
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            let bytes = gloo_file::futures::read_as_bytes(&gloo_file::File::from(file)).await;
            busy.set(false);
            match bytes.map(|bytes| opened::text_of_file(&name, &bytes)) {
                Ok(Ok(letter_text)) => open_text(letter_text, Some(name), false),
                Ok(Err(why)) => problem.set(Some(Problem { file: Some(name), text: file_problem_text(why) })),
                Err(_) => problem.set(Some(Problem { file: Some(name), text: Text::ProblemFileUnreadable })),
            }
        });
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        if let Some(file) = event.data_transfer().and_then(|d| d.files()).and_then(|files| files.get(0)) {
            take_file(file);
        }
    };
    let on_drag_over = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(true);
    };
    let on_pick = move |event: leptos::ev::Event| {
        let input = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                take_file(file);
            }
            // The same file picked again after a fix is a new change.
            input.set_value("");
        }
    };

    let problem_view = move || {
        problem.get().map(|p| {
            let lang = lang.get();
            let file = p.file.map(|name| format!("{name}: "));
            view! {
                <p class="mk-open__problem">
                    <strong>{file}</strong>
                    {t(lang, p.text)} " "
                    {(!text.with(String::is_empty)).then(|| t(lang, Text::InputKept))}
                </p>
            }
        })
    };

    view! {
        <section class="mk-open" aria-labelledby="open-title">
            <h1 id="open-title">{tr(Text::OpenTitle)}</h1>
            <p class="mk-intro__lede">{tr(Text::OpenDescription)}</p>
            <p class="mk-muted">{tr(Text::OpenPrivacy)}</p>
            <form
                class="mk-open__form"
                class:mk-open__form--dragging=move || dragging.get()
                on:submit=on_submit
                on:dragover=on_drag_over
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
                aria-busy=move || busy.get().to_string()
            >
                <label for="letter-text">{tr(Text::LetterTextLabel)}</label>
                <p id="letter-text-hint" class="mk-muted">{tr(Text::LetterTextHint)}</p>
                <textarea
                    id="letter-text"
                    name="text"
                    rows="12"
                    spellcheck="false"
                    aria-describedby="letter-text-hint"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
                <p class="mk-open__file">
                    <label for="letter-file">{tr(Text::DropOrChoose)}</label>
                    " "
                    <input id="letter-file" type="file" accept=".txt,.html,.htm,.xhtml,.json,text/plain,text/html" on:change=on_pick />
                </p>
                <p class="mk-open__actions">
                    <button type="submit" class="mk-button" disabled=move || busy.get()>{tr(Text::OpenButton)}</button>
                </p>
                <div role="alert">{problem_view}</div>
                <p role="status" class="mk-muted">{move || busy.get().then(|| t(lang.get(), Text::ReadingLetter))}</p>
            </form>
        </section>
        <KeptLetters kept />
    }
}

/// The letters this browser keeps, newest first, each with its link, its share link or
/// download, and a way to remove it; and a notice for entries that could not be read.
#[component]
fn KeptLetters(
    /// Bumped when the list changes.
    kept: RwSignal<u32>,
) -> impl IntoView {
    let lang = use_lang();
    let links = use_link_query();
    let opened_letters = use_opened_letters();
    let in_file = use_navigation().in_file();
    let listing = move || {
        kept.track();
        letter_store::list()
    };
    let remove = move |key: String, id: Option<String>| {
        letter_store::remove_key(&key);
        if let Some(id) = id {
            opened_letters.forget(&id);
        }
        kept.update(|n| *n += 1);
    };
    view! {
        <section class="mk-kept" aria-labelledby="kept-title">
            <h2 id="kept-title">{tr(Text::KeptLetters)}</h2>
            {move || {
                let listing = listing();
                let lang = lang.get();
                let unreadable = listing.unreadable;
                let notice = (!unreadable.is_empty()).then(|| {
                    let count = unreadable.len();
                    let words = t(lang, if count == 1 { Text::KeptUnreadable } else { Text::KeptUnreadableMany });
                    let keys: Vec<String> = unreadable.into_iter().map(|(key, _): (String, StoredProblem)| key).collect();
                    view! {
                        <p class="mk-notice" role="status">
                            {format!("{count} {words} ")}
                            <button type="button" class="mk-link-button" on:click=move |_| {
                                for key in &keys {
                                    remove(key.clone(), None);
                                }
                            }>{t(lang, Text::RemoveUnreadable)}</button>
                        </p>
                    }
                });
                let list = if listing.letters.is_empty() {
                    view! { <p class="mk-empty">{t(lang, Text::KeptNone)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="mk-kept__list">
                            {listing
                                .letters
                                .into_iter()
                                .map(|letter| view! { <KeptLetter letter lang links in_file remove /> })
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                };
                view! { {notice} {list} }
            }}
        </section>
    }
}

/// One kept letter.
#[component]
fn KeptLetter(
    letter: StoredLetter,
    lang: Lang,
    links: Memo<ViewQuery>,
    in_file: bool,
    remove: impl Fn(String, Option<String>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let title = if letter.title.is_empty() { t(lang, Text::UntitledLetter).to_owned() } else { letter.title.clone() };
    let open_href = href_with("/", &ViewQuery { letter: Some(letter.id.clone()), ..links.get_untracked() });
    let date =
        letter.date.as_deref().and_then(|d| d.parse::<kamerbrief::Date>().ok()).map(|d| i18n::long_date(lang, d));
    let saved = kamerbrief::Date::from_days_since_epoch((letter.saved_at / 86_400_000.0).floor() as i64);
    let share = if in_file { Err(None) } else { opened::share_fragment(&letter.text).map_err(Some) };
    let share_view = match share {
        Ok(fragment) => {
            let link = share_link(use_navigation(), &links.get_untracked(), &fragment);
            view! { <ShareLink link lang /> }.into_any()
        }
        Err(why) => {
            let text = letter.text.clone();
            let title = title.clone();
            let sentence = if why.is_some() { Text::ShareTooLong } else { Text::ShareFileOnly };
            view! {
                <p class="mk-kept__share">
                    {t(lang, sentence)} " "
                    <button type="button" class="mk-link-button" on:click=move |_| download(title.clone(), text.clone())>
                        {t(lang, Text::DownloadLetter)}
                    </button>
                </p>
            }
            .into_any()
        }
    };
    let key = opened::storage_key(&letter.id);
    let id = letter.id.clone();
    view! {
        <li class="mk-kept__item">
            <h3 class="mk-kept__title"><a href=open_href lang="nl">{title}</a></h3>
            <p class="mk-muted">
                {date.map(|d| format!("{d} · "))}
                {format!("{} {} · {} KB", t(lang, Text::OpenedOn), i18n::long_date(lang, saved), letter.text.len().div_ceil(1000))}
            </p>
            {share_view}
            <p>
                <button type="button" class="mk-link-button" on:click=move |_| remove(key.clone(), Some(id.clone()))>
                    {t(lang, Text::Remove)}
                </button>
            </p>
        </li>
    }
}

/// A share link to copy: the link itself in a read-only field, and a button that copies it.
#[component]
fn ShareLink(link: String, lang: Lang) -> impl IntoView {
    let copied = RwSignal::new(false);
    let to_copy = link.clone();
    let copy = move |_| {
        let link = to_copy.clone();
        spawn_local(async move {
            let clipboard = window().navigator().clipboard();
            if wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&link)).await.is_ok() {
                copied.set(true);
                gloo_timers::callback::Timeout::new(5_000, move || copied.set(false)).forget();
            }
        });
    };
    view! {
        <p class="mk-kept__share">
            {t(lang, Text::ShareFits)} " "
            <button type="button" class="mk-link-button" on:click=copy>{t(lang, Text::CopyShareLink)}</button>
            " "
            <span role="status">{move || copied.get().then(|| t(lang, Text::LinkCopied))}</span>
        </p>
        <input class="mk-share__url" type="url" readonly value=link aria-label=t(lang, Text::CopyShareLink) />
    }
}

/// Fetches again, through the service worker, the app's code this page has loaded (its
/// `wasm-…` folder's files), so that the worker keeps what it did not precache.
async fn keep_loaded_code() {
    let Some(performance) = window().performance() else { return };
    let urls: Vec<String> = performance
        .get_entries_by_type("resource")
        .iter()
        .filter_map(|entry| js_sys::Reflect::get(&entry, &"name".into()).ok()?.as_string())
        .filter(|url| url.contains("/wasm-") && (url.ends_with(".wasm") || url.ends_with(".js")))
        .collect();
    for url in urls {
        let _ = wasm_bindgen_futures::JsFuture::from(window().fetch_with_str(&url)).await;
    }
}

/// Runs `then` once the service worker controls the page, so that what it fetches is kept for
/// offline use: at once when it already does (any visit after the first) or when the browser
/// has no service workers (a file opened from disk); on a first visit, once the worker has
/// installed and claimed the page.
fn when_service_worker_controls(then: impl FnOnce() + 'static) {
    let Some(container) = crate::nav::service_workers() else { return then() };
    if container.controller().is_some() {
        return then();
    }
    gloo_events::EventListener::once(&container, "controllerchange", move |_| then()).forget();
}

/// Downloads the letter file: its text and its model, which the open page reads again.
fn download(title: String, text: String) {
    spawn_local(async move {
        let Ok(Ok(letter)) = open_parser::parse_letter(text.clone()).await else { return };
        let json = opened::letter_file(&title, &text, &letter);
        let blob = gloo_file::Blob::new_with_options(json.as_str(), Some("application/json"));
        let url = gloo_file::ObjectUrl::from(blob);
        let anchor = document().create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        if let Some(anchor) = anchor {
            anchor.set_href(&url);
            anchor.set_download(&opened::letter_file_name(&title));
            anchor.click();
        }
        // The URL stays valid for a minute, long enough for the download to start.
        gloo_timers::callback::Timeout::new(60_000, move || drop(url)).forget();
    });
}
