//! The form of a letter to parliament, from `data/letter-form.txt`: the line patterns of its
//! header, signatures and page furniture. The file is genre knowledge; this module holds
//! only the pattern grammar (`#` digits, `*` any text) and how a line is compared.

use std::sync::OnceLock;

/// The shipped form file.
pub const LETTER_FORM: &str = include_str!("../../../data/letter-form.txt");

/// A whole-line pattern, with its literal opening (up to the first `#` or `*`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LinePattern(&'static str, &'static str);

impl LinePattern {
    fn new(pattern: &'static str) -> Self {
        Self(pattern, pattern.split(['#', '*']).next().unwrap_or(""))
    }
}

/// The sections of the form file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Form {
    pub furniture: Vec<LinePattern>,
    pub chamber: Vec<LinePattern>,
    pub addressee: Vec<LinePattern>,
    pub number: Vec<LinePattern>,
    pub document_kind: Vec<LinePattern>,
    /// Office words, longest first, each with its singular: (`ministers`, `minister`).
    pub offices: Vec<(&'static str, &'static str)>,
    pub signature: Vec<LinePattern>,
    /// The first bytes a line can open with for a furniture pattern to match it.
    furniture_openings: Openings,
}

/// A set of first bytes, one bit each. Most lines are body text whose first character no
/// furniture pattern opens with: this tells them apart in a few instructions, before their
/// opening is lowercased and compared pattern by pattern.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Openings([u64; 4]);

impl Openings {
    /// The bytes that a line's first comparable character can start with for one of
    /// `patterns` to open it (see [`LinePattern::could_open`]).
    fn of(patterns: &[LinePattern]) -> Self {
        let mut set = Self::default();
        for LinePattern(pattern, literal) in patterns {
            match literal.as_bytes().first() {
                Some(&b) => set.insert(b),
                None if pattern.starts_with('#') => (b'0'..=b'9').for_each(|b| set.insert(b)),
                None => (0..=u8::MAX).for_each(|b| set.insert(b)),
            }
        }
        set
    }

    fn insert(&mut self, b: u8) {
        self.0[usize::from(b / 64)] |= 1 << (b % 64);
    }

    fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b / 64)] & (1 << (b % 64)) != 0
    }
}

impl Form {
    /// The shipped form, read once.
    pub fn builtin() -> &'static Form {
        static FORM: OnceLock<Form> = OnceLock::new();
        FORM.get_or_init(|| Form::read(LETTER_FORM).expect("data/letter-form.txt is well formed"))
    }

    /// Reads a form file: `[section]` headers, one pattern per line, `#` comments.
    pub fn read(text: &'static str) -> Result<Form, String> {
        let mut form = Form::default();
        let mut section = "";
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || (line.starts_with("# ") || line == "#" && section.is_empty()) {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name;
                continue;
            }
            let pattern = LinePattern::new(line);
            match section {
                "furniture" => form.furniture.push(pattern),
                "chamber" => form.chamber.push(pattern),
                "addressee" => form.addressee.push(pattern),
                "number" => form.number.push(pattern),
                "document-kind" => form.document_kind.push(pattern),
                "office" => form.offices.push(match line.split_once(" = ") {
                    Some((plural, singular)) => (plural, singular),
                    None => (line, line),
                }),
                "signature" => form.signature.push(pattern),
                _ => return Err(format!("letter form line {}: no known section for {line:?}", number + 1)),
            }
        }
        if form.furniture.is_empty() || form.number.is_empty() || form.offices.is_empty() {
            return Err("letter form: furniture, number and office are required".into());
        }
        form.furniture_openings = Openings::of(&form.furniture);
        Ok(form)
    }

    /// Whether a line is page furniture. Most lines are body text that no pattern's opening
    /// fits, so the opening is compared first, on the line's first characters alone.
    pub fn is_furniture(&self, line: &str) -> bool {
        if first_comparable_byte(line).is_some_and(|b| !self.furniture_openings.contains(b)) {
            return false;
        }
        let head = comparable_head(line, HEAD_CHARS);
        if !self.furniture.iter().any(|p| p.could_open(&head)) {
            return false;
        }
        let line = Comparable::new(line);
        self.furniture.iter().any(|p| p.matches(&line.text))
    }
}

/// Which of `patterns` matches `line`, with the text that its final `*` matched (as a
/// byte range of the original line).
pub(crate) fn match_line(patterns: &[LinePattern], line: &str) -> Option<std::ops::Range<usize>> {
    let comparable = Comparable::new(line);
    patterns.iter().find_map(|p| p.rest(&comparable.text).map(|rest| comparable.original(rest, line.len())))
}

/// How many of a line's first characters [`LinePattern::could_open`] looks at: enough to tell
/// almost every body line from every pattern.
const HEAD_CHARS: usize = 4;

/// The first byte of a line's [`comparable_head`], if the line is not blank.
fn first_comparable_byte(line: &str) -> Option<u8> {
    let c = line.trim_start().chars().next()?;
    let lower = comparable_char(c).to_lowercase().next()?;
    Some(lower.encode_utf8(&mut [0; 4]).as_bytes()[0])
}

/// A line's first `n` characters as patterns compare them (see [`Comparable`]).
fn comparable_head(line: &str, n: usize) -> String {
    let mut head = String::with_capacity(n);
    let mut count = 0;
    for c in line.trim_start().chars() {
        if count == n {
            break;
        }
        let c = comparable_char(c);
        if c == ' ' && head.ends_with(' ') {
            continue;
        }
        head.extend(c.to_lowercase());
        count += 1;
    }
    head
}

/// A character as patterns compare it: dashes as `-`, curly apostrophes as `'`, white space
/// as a space.
fn comparable_char(c: char) -> char {
    match c {
        '–' | '—' | '‐' | '‑' | '−' => '-',
        '’' | '‘' | '`' => '\'',
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

impl LinePattern {
    /// Whether a line that opens with `head` could match: its literal opening (up to the
    /// first `#` or `*`) agrees with `head` as far as both go.
    fn could_open(&self, head: &str) -> bool {
        let literal = self.1;
        if literal.is_empty() {
            return !self.0.starts_with('#') || head.starts_with(|c: char| c.is_ascii_digit());
        }
        let n = literal.len().min(head.len());
        // The first byte tells most lines from most patterns, before a call to compare the rest.
        let first_agrees = head.as_bytes()[..n].first() == literal.as_bytes()[..n].first();
        first_agrees && head.is_char_boundary(n) && literal.is_char_boundary(n) && head[..n] == literal[..n]
    }

    fn matches(&self, line: &str) -> bool {
        glob(self.0.as_bytes(), line.as_bytes()).is_some()
    }

    /// Where the text matched by a final `*` starts in `line` (its length, if none).
    fn rest(&self, line: &str) -> Option<usize> {
        glob(self.0.as_bytes(), line.as_bytes())
    }
}

/// Matches `pattern` against the whole of `text`; returns where a trailing `*` began (or the
/// text's end).
fn glob(pattern: &[u8], text: &[u8]) -> Option<usize> {
    match pattern.split_first() {
        None => text.is_empty().then_some(0),
        Some((b'*', rest)) => {
            if rest.is_empty() {
                return Some(0);
            }
            (0..=text.len()).find_map(|skip| glob(rest, &text[skip..]).map(|_| 0))
        }
        Some((b'#', rest)) => {
            let digits = text.iter().take_while(|b| b.is_ascii_digit()).count();
            // Digits are greedy, but give back what the rest needs (`#-#`).
            (1..=digits).rev().find_map(|n| glob(rest, &text[n..]).map(|at| at + n))
        }
        Some((&p, rest)) => {
            let (&t, more) = text.split_first()?;
            (p == t).then(|| glob(rest, more).map(|at| at + 1)).flatten()
        }
    }
}

/// A line as patterns compare it, with a map back to the original's bytes.
struct Comparable {
    text: String,
    /// For each byte of `text`, the original byte offset it came from.
    origin: Vec<usize>,
}

impl Comparable {
    fn new(line: &str) -> Self {
        let mut text = String::with_capacity(line.len());
        let mut origin = Vec::with_capacity(line.len());
        let trimmed_start = line.len() - line.trim_start().len();
        for (at, c) in line.trim().char_indices() {
            let at = at + trimmed_start;
            let c = comparable_char(c);
            if c == ' ' && text.ends_with(' ') {
                continue;
            }
            for lower in c.to_lowercase() {
                let before = text.len();
                text.push(lower);
                origin.extend(std::iter::repeat_n(at, text.len() - before));
            }
        }
        Self { text, origin }
    }

    /// The original byte range from comparable offset `from` to the line's end.
    fn original(&self, from: usize, line_len: usize) -> std::ops::Range<usize> {
        let start = self.origin.get(from).copied().unwrap_or(line_len);
        start..line_len
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_builtin_form_reads() {
        let form = Form::builtin();
        assert!(form.furniture.len() > 5);
        assert_eq!(form.offices[0], ("minister-president", "minister-president"));
        assert!(form.offices.contains(&("ministers", "minister")));
    }

    #[test]
    fn ok_furniture_lines() {
        let form = Form::builtin();
        for line in [
            "Tweede Kamer, vergaderjaar 2012–2013, 29 521, nr. 209",
            "  Tweede Kamer, vergaderjaar 2012–2013, 29 521, nr. 209                3",
            "kst-29521-209",
            "ISSN 0921 - 7371",
            "’s-Gravenhage 2013",
            "   12",
            "- 3 -",
        ] {
            assert!(form.is_furniture(line), "{line}");
        }
        for line in ["Tweede Kamer heeft gevraagd.", "2018 wordt een druk jaar.", "kst is geen woord", "12 mensen"] {
            assert!(!form.is_furniture(line), "{line}");
        }
    }

    #[test]
    fn ok_rest_of_a_line_maps_to_the_original() {
        let form = Form::builtin();
        let line = "Nr. 209                 BRIEF VAN DE MINISTER VAN DEFENSIE";
        let rest = match_line(&form.number, line).unwrap();
        assert_eq!(line[rest].trim(), "BRIEF VAN DE MINISTER VAN DEFENSIE");
        assert!(match_line(&form.number, "Nrs. 2 en 3").is_none());
    }

    #[test]
    fn err_unknown_section() {
        assert!(Form::read("[furniture]\n#\n[nonsense]\nx\n").is_err());
    }
}
