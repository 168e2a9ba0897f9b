//! Each page's title and description, from the model: the browser tab and history show them,
//! and the build copies them into each pre-rendered page's head and link-preview tags.

use kamerbrief::Letter;

use crate::i18n::{self, Text, t};
use crate::query::Lang;
use crate::routes::Page;

/// What a page is called and how it is described.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMeta {
    /// The document title.
    pub title: String,
    /// One or two sentences for search results and link previews.
    pub description: String,
}

/// The longest description, in characters; link previews cut longer ones anyway.
const DESCRIPTION_CHARS: usize = 200;

/// The title and description of `page` in `lang`.
pub fn page_meta(page: &Page, letter: &Letter, lang: Lang) -> PageMeta {
    let site = "missiekaart";
    let titled = |name: &str| format!("{name} · {site}");
    let (title, description) = match page {
        Page::Overview => (titled(t(lang, Text::OverviewTitle)), t(lang, Text::SiteDescription).to_owned()),
        Page::Timeline => (titled(t(lang, Text::NavTimeline)), t(lang, Text::TimelineDescription).to_owned()),
        Page::Map => (titled(t(lang, Text::NavMap)), t(lang, Text::MapDescription).to_owned()),
        Page::Commitments => (titled(t(lang, Text::NavCommitments)), t(lang, Text::CommitmentsDescription).to_owned()),
        Page::Letter => (titled(&letter.meta.title), t(lang, Text::LetterDescription).to_owned()),
        Page::Search => (titled(t(lang, Text::NavSearch)), t(lang, Text::SearchDescription).to_owned()),
        Page::Open => (titled(t(lang, Text::OpenTitle)), t(lang, Text::OpenDescription).to_owned()),
        Page::Mission(id) => match letter.mission(id) {
            Some(mission) => {
                let name = crate::mission_facts::display_name(mission, lang);
                (titled(name), mission_description(letter, mission, lang))
            }
            None => (titled(t(lang, Text::MissionNotFound)), t(lang, Text::SiteDescription).to_owned()),
        },
        Page::NotFound => (titled(t(lang, Text::PageNotFound)), t(lang, Text::SiteDescription).to_owned()),
    };
    PageMeta { title, description: shortened(&description, DESCRIPTION_CHARS) }
}

/// What a link preview says about a mission: its state and what is contributed, then the
/// sentence that gives the status: `Decision pending: het verzamelen van informatie. Op korte…`.
fn mission_description(letter: &Letter, mission: &kamerbrief::Mission, lang: Lang) -> String {
    let sentence = mission.status_sentence.as_ref().and_then(|id| letter.sentence(id)).map_or("", |s| s.text.as_str());
    let commitment = crate::mission_facts::commitment(letter, mission);
    let state = commitment.map_or(mission.status, |c| c.decision.state);
    let items = commitment.map(crate::mission_facts::items_text).unwrap_or_default();
    let head = i18n::status(lang, state);
    if items.is_empty() { format!("{head}: {sentence}") } else { format!("{head}: {items}. {sentence}") }
}

/// `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut.
fn shortened(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter() -> Letter {
        crate::embedded::letter().expect("the embedded letter parses")
    }

    #[test]
    fn ok_mission_title_and_description_come_from_the_model() {
        let meta = page_meta(&Page::Mission("minusma".into()), &letter(), Lang::Nl);
        assert_eq!(meta.title, "MINUSMA · missiekaart");
        assert!(meta.description.starts_with("Besluit volgt: het verzamelen van informatie. "), "{}", meta.description);
        assert!(meta.description.contains("MINUSMA"), "{}", meta.description);
        assert!(meta.description.chars().count() <= DESCRIPTION_CHARS);
    }

    #[test]
    fn ok_mission_title_is_its_name_in_the_interface_language() {
        // An English mission page was titled by its explained name, a Dutch one by its usual name.
        let letter = letter();
        let title = |id: &str, lang| page_meta(&Page::Mission(id.into()), &letter, lang).title;
        assert_eq!(title("counter-isis", Lang::En), "Fight against ISIS · missiekaart");
        assert_eq!(title("counter-isis", Lang::Nl), "Strijd tegen ISIS · missiekaart");
        assert_eq!(title("minusma", Lang::En), "MINUSMA · missiekaart");
    }

    #[test]
    fn ok_each_view_has_its_own_title() {
        let letter = letter();
        let pages =
            [Page::Overview, Page::Timeline, Page::Map, Page::Commitments, Page::Letter, Page::Search, Page::NotFound];
        let titles: Vec<String> = pages.iter().map(|p| page_meta(p, &letter, Lang::En).title).collect();
        for (i, title) in titles.iter().enumerate() {
            assert!(title.ends_with(" · missiekaart"), "{title}");
            assert!(!titles[..i].contains(title), "{title} twice");
        }
    }

    #[test]
    fn ok_unknown_mission_is_named_as_such() {
        let meta = page_meta(&Page::Mission("minusmaa".into()), &letter(), Lang::En);
        assert!(meta.title.starts_with(t(Lang::En, Text::MissionNotFound)), "{}", meta.title);
    }

    #[test]
    fn ok_shortened_cuts_at_a_word() {
        assert_eq!(shortened("kort", 10), "kort");
        assert_eq!(shortened("een twee drie vier", 10), "een twee…");
        assert!(shortened(&"woord ".repeat(100), 50).chars().count() <= 50);
    }
}
