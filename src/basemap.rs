//! The country outlines the map draws, made by `cargo xtask basemap` from Natural Earth.

/// `iso_n3 \t name \t path` per line, in the map units of [`crate::geo`].
const BASEMAP_TSV: &str = include_str!("../data/basemap.tsv");

/// A country's outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 numeric code, as the lexicon's places carry it.
    pub iso_n3: &'static str,
    /// Natural Earth's English name.
    pub name: &'static str,
    /// SVG path data.
    pub path: &'static str,
}

/// Every country of the basemap; lines that are not three fields are skipped.
pub fn countries() -> Vec<Country> {
    parse(BASEMAP_TSV)
}

fn parse(tsv: &'static str) -> Vec<Country> {
    tsv.lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (iso_n3, name, path) = (fields.next()?, fields.next()?, fields.next()?);
            path.starts_with('M').then_some(Country { iso_n3, name, path })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_basemap_has_the_countries_of_the_missions() {
        let countries = countries();
        for iso in ["466", "562", "368", "760", "004", "440", "706", "300", "528"] {
            assert!(countries.iter().any(|c| c.iso_n3 == iso), "{iso}");
        }
    }

    #[test]
    fn err_malformed_lines_are_skipped() {
        assert_eq!(parse("x\n004\tA\tnot a path\n466\tMali\tM0 0 1 1Z\n").len(), 1);
    }
}
