//! The country outlines the map draws, made by `cargo xtask basemap` from Natural Earth.
//!
//! They are served beside `index.html` as `basemap.tsv` and fetched the first time a map is
//! shown, so pages without a map do not carry them in their first load.

use std::cell::RefCell;
use std::sync::Arc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The file's name beside `index.html`.
pub const BASEMAP_FILE: &str = "/basemap.tsv";

/// A country's outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 numeric code, as the lexicon's places carry it; empty for land that has none
    /// (Kosovo).
    pub iso_n3: String,
    /// Natural Earth's English name.
    pub name: String,
    /// SVG path data in the map units of [`crate::geo`]: each ring an absolute `Mx y`, then
    /// relative steps.
    pub path: String,
}

/// The countries of a basemap file: `iso_n3 \t name \t path` per line; lines that are not
/// three fields with a path are skipped.
pub fn parse(tsv: &str) -> Vec<Country> {
    tsv.lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (iso_n3, name, path) = (fields.next()?, fields.next()?, fields.next()?);
            path.starts_with('M').then(|| Country {
                iso_n3: iso_n3.to_owned(),
                name: name.to_owned(),
                path: path.to_owned(),
            })
        })
        .collect()
}

thread_local! {
    // The outlines once fetched: every later map on the page reuses them.
    static LOADED: RefCell<Option<Arc<Vec<Country>>>> = const { RefCell::new(None) };
}

/// The basemap at `url`, fetched once per page load.
pub async fn load(url: String) -> Result<Arc<Vec<Country>>, String> {
    if let Some(countries) = LOADED.with(|l| l.borrow().clone()) {
        return Ok(countries);
    }
    // The single-file build carries the outlines in the page; a site fetches them.
    let inline = leptos::prelude::document().get_element_by_id("mk-basemap").and_then(|e| e.text_content());
    let text = match inline {
        Some(text) => text,
        None => fetch_text(&url).await?,
    };
    let countries = Arc::new(parse(&text));
    LOADED.with(|l| *l.borrow_mut() = Some(countries.clone()));
    Ok(countries)
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_owned())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?).await.map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_basemap_has_the_countries_of_the_missions() {
        let countries = parse(include_str!("../data/basemap.tsv"));
        for iso in ["466", "562", "368", "760", "004", "440", "706", "300", "528"] {
            assert!(countries.iter().any(|c| c.iso_n3 == iso), "{iso}");
        }
    }

    #[test]
    fn ok_basemap_has_every_country_of_the_lexicon() {
        // Bug: the basemap was cut to the ring around Europe, so Cambodia (UNTAC) and the
        // United States had no outline. `cargo xtask basemap`'s tests check that each outline
        // holds its places.
        let countries = parse(include_str!("../data/basemap.tsv"));
        for place in kamerbrief::Lexicon::builtin().places {
            let Some(iso) = &place.iso_n3 else { continue };
            assert!(countries.iter().any(|c| &c.iso_n3 == iso), "{} ({iso})", place.id);
        }
    }

    #[test]
    fn err_malformed_lines_are_skipped() {
        assert_eq!(parse("x\n004\tA\tnot a path\n466\tMali\tM0 0 1 1Z\n").len(), 1);
    }
}
