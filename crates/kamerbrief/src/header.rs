//! The grammar of a letter's header and signatures: dossier numbers and titles, the paper's
//! number and document kind, the addressee, place and date, and offices with their names. The
//! words that mark these lines come from the letter form ([`crate::form`]).

use crate::date::Date;
use crate::form::{Form, match_line};
use crate::model::{Dossier, Meta, MetaConflict, MetaField, MetaSource, Signatory, Span};
use crate::temporal::day_month_year;

/// What the header and signatures say, each with where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct TextMeta {
    pub dossiers: Vec<Dossier>,
    pub number: Option<u32>,
    pub document_kind: Option<String>,
    pub senders: Vec<String>,
    pub addressee: Option<String>,
    pub place: Option<String>,
    pub date: Option<Date>,
    pub document_id: Option<String>,
    pub signatories: Vec<Signatory>,
    pub sources: Vec<MetaSource>,
}

/// The kind of a header line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeaderLine {
    Chamber,
    Dossier,
    Number,
    Addressee,
    PlaceDate,
}

fn header_line(form: &Form, text: &str) -> Option<HeaderLine> {
    if match_line(&form.chamber, text).is_some() {
        Some(HeaderLine::Chamber)
    } else if match_line(&form.number, text).is_some() {
        Some(HeaderLine::Number)
    } else if match_line(&form.addressee, text).is_some() {
        Some(HeaderLine::Addressee)
    } else if place_and_date(text).is_some() {
        Some(HeaderLine::PlaceDate)
    } else if dossier_line(text).is_some() {
        Some(HeaderLine::Dossier)
    } else {
        None
    }
}

/// How many of `lines` (a letter's first non-blank lines, in order) form its header. The
/// header ends with its place and date, or at the first line that is none of its kinds.
pub(crate) fn header_len(lines: &[&str]) -> usize {
    let form = Form::builtin();
    let mut len = 0;
    let mut last: Option<HeaderLine> = None;
    while let Some(text) = lines.get(len) {
        let kind = header_line(form, text);
        match kind {
            Some(HeaderLine::PlaceDate) => return len + 1,
            Some(kind) => last = Some(kind),
            None => {
                let continues = match last {
                    // `BRIEF VAN DE MINISTERS VAN … EN VAN` / `DEFENSIE`
                    Some(HeaderLine::Number) => is_upper_case(text),
                    // A long dossier title wraps; the next header line follows it.
                    Some(HeaderLine::Dossier) => {
                        !text.trim_end().ends_with('.')
                            && lines.get(len + 1).is_some_and(|next| header_line(form, next).is_some())
                    }
                    _ => false,
                };
                if !continues {
                    break;
                }
            }
        }
        len += 1;
    }
    len
}

/// Whether `lines` (in order) are a block of signatures: office lines, each with its name on
/// the same line after a comma or on the next line.
pub(crate) fn signature_len(lines: &[&str]) -> usize {
    // Walk back from the end over whole signatures.
    let mut end = lines.len();
    while end > 0 {
        let line = lines[end - 1];
        if let Some((_, Some(_))) = office_line(line) {
            end -= 1;
        } else if end >= 2 && matches!(office_line(lines[end - 2]), Some((_, None))) && is_name(line) {
            end -= 2;
        } else {
            break;
        }
    }
    lines.len() - end
}

/// Reads the header lines and the signature lines of a letter, and the document id from its
/// page furniture.
pub(crate) fn read(source: &str, header: &[Span], signatures: &[Span], furniture: &[Span]) -> TextMeta {
    let form = Form::builtin();
    let mut meta = TextMeta::default();
    let text = |span: &Span| span.slice(source);
    let mut kind_lines: Vec<Span> = Vec::new();
    let mut title_of: Option<usize> = None;
    for (k, line) in header.iter().enumerate() {
        let raw = text(line);
        match header_line(form, raw) {
            Some(HeaderLine::Number) => {
                title_of = None;
                let rest = match_line(&form.number, raw).unwrap_or(raw.len()..raw.len());
                let digits_at = raw.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
                let digits = raw[digits_at..].split(|c: char| !c.is_ascii_digit()).next().unwrap_or("");
                if let Ok(number) = digits.parse() {
                    meta.number = Some(number);
                    let at = line.start + digits_at;
                    meta.sources.push(source_of(MetaField::Number, Span::new(at, at + digits.len())));
                }
                if let Some(span) = trimmed(source, Span::new(line.start + rest.start, line.end)) {
                    kind_lines.push(span);
                }
            }
            Some(HeaderLine::Addressee) => {
                if let Some(span) = trimmed(source, addressee(*line, raw)) {
                    meta.addressee = Some(span.slice(source).to_owned());
                    meta.sources.push(source_of(MetaField::Addressee, span));
                }
            }
            Some(HeaderLine::PlaceDate) => {
                if let Some((place, date, date_at)) = place_and_date(raw) {
                    let lead = raw.len() - raw.trim_start().len();
                    meta.place = Some(place.to_owned());
                    let place_at = line.start + lead;
                    meta.sources.push(source_of(MetaField::Place, Span::new(place_at, place_at + place.len())));
                    meta.date = Some(date.0);
                    let at = line.start + date_at;
                    meta.sources.push(source_of(MetaField::Date, Span::new(at, at + date.1)));
                }
            }
            Some(HeaderLine::Dossier) => {
                if let Some((numbers, title)) = dossier_line(raw) {
                    // A title after `33 694 en 29 521` names the joint letter: it goes with the
                    // first of them, as the paper is numbered in it.
                    let first_of_line = meta.dossiers.len();
                    for (number, range) in numbers {
                        let span = Span::new(line.start + range.start, line.start + range.end);
                        meta.sources.push(source_of(MetaField::Dossier, span));
                        meta.dossiers.push(Dossier { number, title: None });
                    }
                    if let Some(range) = title {
                        let span = Span::new(line.start + range.start, line.start + range.end);
                        title_of = Some(first_of_line);
                        set_title(&mut meta, title_of, span.slice(source));
                        meta.sources.push(source_of(MetaField::Title, span));
                    }
                }
            }
            Some(HeaderLine::Chamber) => title_of = None,
            None if title_of.is_some() && header.get(k + 1).is_some() && kind_lines.is_empty() => {
                if let Some(span) = trimmed(source, *line) {
                    set_title(&mut meta, title_of, span.slice(source));
                    meta.sources.push(source_of(MetaField::Title, span));
                }
            }
            None => {
                if let Some(span) = trimmed(source, *line) {
                    kind_lines.push(span);
                }
            }
        }
    }
    if let (Some(first), Some(last)) = (kind_lines.first(), kind_lines.last()) {
        let kind = kind_lines.iter().map(|s| s.slice(source).trim()).collect::<Vec<_>>().join(" ");
        meta.sources.push(source_of(MetaField::DocumentKind, Span::new(first.start, last.end)));
        meta.senders = senders(form, &kind);
        if !meta.senders.is_empty() {
            meta.sources.push(source_of(MetaField::Sender, Span::new(first.start, last.end)));
        }
        meta.document_kind = Some(kind);
    }
    read_signatures(source, signatures, &mut meta);
    if meta.senders.is_empty() {
        meta.senders = meta.signatories.iter().map(|s| s.office.clone()).collect();
    }
    for line in furniture {
        let raw = text(line).trim();
        if meta.document_id.is_none() && is_document_id(raw) {
            meta.document_id = Some(raw.to_owned());
            push_trimmed(&mut meta.sources, source, MetaField::DocumentId, *line);
            // A fragment without its header still names its paper in the id on its pages.
            if let Some((dossier, number)) = paper_of_document_id(raw)
                && meta.dossiers.is_empty()
                && meta.number.is_none()
                && let Some(span) = trimmed(source, *line)
            {
                meta.dossiers.push(Dossier { number: dossier, title: None });
                meta.number = Some(number);
                meta.sources.push(source_of(MetaField::Dossier, span));
                meta.sources.push(source_of(MetaField::Number, span));
            }
        }
    }
    meta
}

/// The addressee of an addressee line, without the `Aan` that opens it.
fn addressee(line: Span, raw: &str) -> Span {
    let text = raw.trim_start();
    let lead = raw.len() - text.len();
    let after = text.get(..4).filter(|w| w.eq_ignore_ascii_case("aan ")).map_or(0, |w| w.len());
    Span::new(line.start + lead + after, line.end)
}

/// The dossier and number a document id names: `kst-21501-28-212` → `21 501-28`, 212.
fn paper_of_document_id(id: &str) -> Option<(String, u32)> {
    let (dossier, number) = id.strip_prefix("kst-")?.rsplit_once('-')?;
    let number = number.parse().ok()?;
    // The dossier as a header writes it, sub-number and all: the whole of it, or none.
    let (dossier, _) = dossier_number(dossier).filter(|(_, len)| *len == dossier.len())?;
    Some((dossier, number))
}

impl TextMeta {
    /// Whether the text has a header: a dossier, a number or a date (a fragment's dossier and
    /// number may come from the document id on its pages).
    pub fn has_header(&self) -> bool {
        !self.dossiers.is_empty() || self.number.is_some() || self.date.is_some()
    }

    /// `Kamerstukken 33 694 en 29 521, nr. 11`, from the dossiers and the number.
    fn kamerstuk(&self) -> Option<String> {
        let (first, rest) = self.dossiers.split_first()?;
        let mut text = if rest.is_empty() { "Kamerstuk ".to_owned() } else { "Kamerstukken ".to_owned() };
        text.push_str(&first.number);
        for (k, dossier) in rest.iter().enumerate() {
            text.push_str(if k + 1 == rest.len() { " en " } else { ", " });
            text.push_str(&dossier.number);
        }
        if let Some(number) = self.number {
            text.push_str(&format!(", nr. {number}"));
        }
        Some(text)
    }

    /// The document id a Kamerstuk has: `kst-<first dossier>-<number>`, the dossier without
    /// its spaces (`21 501-28` → `kst-21501-28-212`).
    fn derived_document_id(&self) -> Option<String> {
        let dossier: String = self.dossiers.first()?.number.chars().filter(|c| !c.is_whitespace()).collect();
        Some(format!("kst-{dossier}-{}", self.number?))
    }

    /// The letter's metadata: what the text says, with what `file` adds where the text is
    /// silent. Where both say something and differ, the text wins and a conflict is noted.
    pub fn merge(self, file: Meta, document_url: impl Fn(&str) -> String) -> Meta {
        let mut conflicts = Vec::new();
        let mut pick =
            |field: MetaField, text: Option<String>, file: Option<String>, same: fn(&str, &str) -> bool| match (
                text, file,
            ) {
                (Some(text), Some(file)) => {
                    if !same(&text, &file) {
                        conflicts.push(MetaConflict { field, text: text.clone(), file });
                    }
                    Some(text)
                }
                (text, file) => text.or(file),
            };
        let date =
            pick(MetaField::Date, self.date.map(|d| d.to_string()), file.date.map(|d| d.to_string()), |a, b| a == b)
                .and_then(|d| d.parse().ok());
        let file_kamerstuk = file.kamerstuk.clone();
        let kamerstuk = pick(MetaField::Kamerstuk, self.kamerstuk(), file.kamerstuk, |a, b| digits(a) == digits(b));
        let text_id = self.document_id.clone().or_else(|| self.derived_document_id());
        let text_gives_id = text_id.is_some();
        let document_id = pick(MetaField::DocumentId, text_id, file.document_id, |a, b| a.eq_ignore_ascii_case(b));
        // The header names the dossier, not the letter: a title from the file comes first.
        let title = if file.title.trim().is_empty() {
            self.dossiers.iter().find_map(|d| d.title.clone()).unwrap_or_default()
        } else {
            file.title
        };
        // A file that gives only `Kamerstukken 33 694 en 29 521, nr. 11` still names dossiers.
        let (file_dossiers, file_number) = match (&file.dossiers[..], file.number, &file_kamerstuk) {
            ([], None, Some(paper)) => dossiers_and_number(paper),
            _ => (file.dossiers, file.number),
        };
        let dossiers = if self.dossiers.is_empty() { file_dossiers } else { self.dossiers };
        let shown = |n: Option<u32>| n.map(|n| n.to_string());
        let number = pick(MetaField::Number, shown(self.number), shown(file_number), |a, b| a == b);
        let number = number.and_then(|n| n.parse().ok());
        // The link follows the document the text names: a file's link to another is a conflict.
        let source_url = match (document_id.as_deref(), file.source_url) {
            (Some(id), Some(url)) if text_gives_id && names_another_document(&url, id) => {
                let own = document_url(id);
                conflicts.push(MetaConflict { field: MetaField::DocumentId, text: own.clone(), file: url });
                Some(own)
            }
            (id, url) => url.or_else(|| id.map(&document_url)),
        };
        Meta {
            title,
            date,
            kamerstuk,
            document_id,
            source_url,
            dossiers,
            number,
            document_kind: self.document_kind.or(file.document_kind),
            letter_kind: file.letter_kind,
            senders: if self.senders.is_empty() { file.senders } else { self.senders },
            addressee: self.addressee.or(file.addressee),
            place: self.place.or(file.place),
            signatories: if self.signatories.is_empty() { file.signatories } else { self.signatories },
            sources: self.sources,
            conflicts,
        }
    }
}

/// The dossiers and number a paper reference names: `Kamerstukken 33 694 en 29 521, nr. 11`.
fn dossiers_and_number(paper: &str) -> (Vec<Dossier>, Option<u32>) {
    let mut dossiers = Vec::new();
    let mut number = None;
    let mut rest = paper;
    while let Some(at) = rest.find(|c: char| c.is_ascii_digit()) {
        let before = rest[..at].trim_end().to_lowercase();
        if before.ends_with("nr.") || before.ends_with("nr") {
            let digits: String = rest[at..].chars().take_while(char::is_ascii_digit).collect();
            number = digits.parse().ok();
            rest = &rest[at + digits.len()..];
        } else if let Some((dossier, len)) = dossier_number(&rest[at..]) {
            dossiers.push(Dossier { number: dossier, title: None });
            rest = &rest[at + len..];
        } else {
            rest = rest[at..].trim_start_matches(|c: char| c.is_ascii_digit());
        }
    }
    (dossiers, number)
}

/// Whether a link names a document (`…/kst-29521-402.html`) other than `id`. A link that
/// names none may be any page of the document, and is kept.
fn names_another_document(url: &str, id: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let Some(at) = lower.rfind("kst-") else { return false };
    let named = lower[at..].split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).next().unwrap_or("");
    !named.eq_ignore_ascii_case(id)
}

/// The digits of a text, to compare paper numbers written differently.
fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

fn read_signatures(source: &str, lines: &[Span], meta: &mut TextMeta) {
    let mut k = 0;
    while k < lines.len() {
        let line = lines[k];
        let raw = line.slice(source);
        match office_line(raw) {
            Some((office, Some(name))) => {
                meta.signatories.push(Signatory { office: office.to_owned(), name: name.to_owned() });
                push_trimmed(&mut meta.sources, source, MetaField::Signatory, line);
                k += 1;
            }
            Some((office, None)) if k + 1 < lines.len() => {
                let next = lines[k + 1];
                meta.signatories
                    .push(Signatory { office: office.to_owned(), name: next.slice(source).trim().to_owned() });
                if let (Some(a), Some(b)) = (trimmed(source, line), trimmed(source, next)) {
                    meta.sources.push(source_of(MetaField::Signatory, Span::new(a.start, b.end)));
                }
                k += 2;
            }
            _ => k += 1,
        }
    }
}

fn set_title(meta: &mut TextMeta, dossier: Option<usize>, text: &str) {
    let Some(dossier) = dossier.and_then(|k| meta.dossiers.get_mut(k)) else { return };
    let text = text.trim();
    dossier.title = Some(match dossier.title.take() {
        Some(before) => format!("{before} {text}"),
        None => text.to_owned(),
    });
}

fn source_of(field: MetaField, span: Span) -> MetaSource {
    MetaSource { field, span }
}

fn push_trimmed(sources: &mut Vec<MetaSource>, source: &str, field: MetaField, line: Span) {
    if let Some(span) = trimmed(source, line) {
        sources.push(source_of(field, span));
    }
}

/// `span` without the white space at its ends, if anything is left.
fn trimmed(source: &str, span: Span) -> Option<Span> {
    let text = span.slice(source);
    let lead = text.len() - text.trim_start().len();
    let inner = text.trim();
    (!inner.is_empty()).then(|| Span::new(span.start + lead, span.start + lead + inner.len()))
}

/// Whether a letter's letters are all capitals (`DEFENSIE`, `EN VAN`).
fn is_upper_case(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
}

/// `kst-29521-209`.
fn is_document_id(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("kst-") else { return false };
    let parts: Vec<&str> = rest.split('-').collect();
    parts.len() >= 2 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// A dossier number at `text`'s start: `29 521`, `29521`, with a non-breaking or thin space
/// between the groups, perhaps with its sub-number or budget chapter (`21 501-28`, `36 200-V`);
/// returns it written with a plain space, and its length in bytes.
fn dossier_number(text: &str) -> Option<(String, usize)> {
    let mut chars = text.char_indices().peekable();
    let mut digits = String::new();
    let mut end = 0;
    let mut gap_used = false;
    while let Some(&(at, c)) = chars.peek() {
        if c.is_ascii_digit() {
            digits.push(c);
            end = at + 1;
        } else if !gap_used && digits.len() == 2 && matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}') {
            gap_used = true;
        } else {
            break;
        }
        chars.next();
    }
    if digits.len() != 5 || text[end..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut number = format!("{} {}", &digits[..2], &digits[2..]);
    if let Some(sub) = text[end..].strip_prefix('-') {
        let len = sub.len() - sub.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let len = if len == 0 { sub.len() - sub.trim_start_matches(['I', 'V', 'X', 'L', 'C']).len() } else { len };
        if (1..=4).contains(&len) && !sub[len..].starts_with(char::is_alphanumeric) {
            number.push('-');
            number.push_str(&sub[..len]);
            end += 1 + len;
        }
    }
    Some((number, end))
}

/// The dossier numbers of a header line, each with where it stands, and where its title stands.
type DossierLine = (Vec<(String, std::ops::Range<usize>)>, Option<std::ops::Range<usize>>);

/// A header line that opens with one or more dossier numbers (`33 694 en 29 521`), then
/// perhaps a title: the numbers with their ranges, and the title's range.
fn dossier_line(text: &str) -> Option<DossierLine> {
    let lead = text.len() - text.trim_start().len();
    let mut at = lead;
    let mut numbers = Vec::new();
    loop {
        let (number, len) = dossier_number(&text[at..])?;
        numbers.push((number, at..at + len));
        at += len;
        // `(R2058)` after a number belongs to it.
        let rest = &text[at..];
        let skip = rest.len() - rest.trim_start().len();
        if rest[skip..].starts_with('(')
            && let Some(close) = rest[skip..].find(')')
        {
            at += skip + close + 1;
        }
        let rest = &text[at..];
        let joiner = [" en ", ", ", " & "].iter().find(|j| rest.starts_with(**j));
        match joiner {
            Some(j) if dossier_number(&rest[j.len()..]).is_some() => at += j.len(),
            _ => break,
        }
    }
    let rest = &text[at..];
    let title = rest.trim();
    if title.is_empty() {
        return Some((numbers, None));
    }
    // A title follows after white space and opens with a letter; a sentence is no title.
    if !rest.starts_with(char::is_whitespace)
        || !title.starts_with(char::is_alphabetic)
        || title.ends_with('.')
        || rest.starts_with(' ') && title.starts_with(char::is_lowercase)
    {
        return None;
    }
    let start = at + (rest.len() - rest.trim_start().len());
    Some((numbers, Some(start..start + title.len())))
}

/// `Den Haag, 24 juni 2013`: the place, the date with its length, and where the date starts.
fn place_and_date(text: &str) -> Option<(&str, (Date, usize), usize)> {
    let line = text.trim();
    let comma = line.find(',')?;
    let place = line[..comma].trim();
    let words = place.split_whitespace().count();
    if !(1..=4).contains(&words)
        || place.chars().any(|c| c.is_ascii_digit())
        || !place.trim_start_matches(['’', '\'']).starts_with(|c: char| c.is_alphabetic())
    {
        return None;
    }
    let after = &line[comma + 1..];
    let date_text = after.trim_start();
    let (date, len) = day_month_year(date_text)?;
    if !date_text[len..].trim().trim_end_matches('.').is_empty() {
        return None;
    }
    let lead = text.len() - text.trim_start().len();
    let date_at = lead + comma + 1 + (after.len() - date_text.len());
    Some((place, (date, len), date_at))
}

/// An office line of a signature: `De Minister van Defensie,` (office only) or `De Minister
/// van Defensie, J.A. Hennis-Plasschaert`.
fn office_line(text: &str) -> Option<(&str, Option<&str>)> {
    let form = Form::builtin();
    let line = text.trim();
    match_line(&form.signature, line)?;
    let comma = line.find(',')?;
    let office = line[..comma].trim();
    let office = office.split_once(' ').map_or(office, |(_, rest)| rest);
    let name = line[comma + 1..].trim();
    if name.is_empty() {
        return Some((office, None));
    }
    is_name(name).then_some((office, Some(name)))
}

/// Whether a line is a person's name as signatures write it: `J.A. Hennis-Plasschaert`,
/// `A.Th.B. Bijleveld-Schouten`, `Mark Rutte`.
fn is_name(text: &str) -> bool {
    let name = text.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && !name.ends_with(['.', ',', ':', ';'])
        && words.last().is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’')))
}

/// The offices that a document kind names: `MINISTERS VAN BUITENLANDSE ZAKEN EN VAN
/// DEFENSIE` → `Minister van Buitenlandse Zaken`, `Minister van Defensie`; `… EN DE MINISTER
/// VOOR …` starts another office.
fn senders(form: &Form, kind: &str) -> Vec<String> {
    let Some(rest) = match_line(&form.document_kind, kind) else { return Vec::new() };
    let lower = kind[rest].trim().to_lowercase();
    let office_at = |text| office_at(form, text);
    let Some((mut office, mut rest)) = office_at(&lower) else { return Vec::new() };
    let mut out = Vec::new();
    while let Some((preposition, after)) =
        ["van ", "voor "].iter().find_map(|p| Some((p.trim(), rest.strip_prefix(p)?)))
    {
        // The department runs to the next `, van`, `en voor`, `en de minister`.
        let mut end = after.len();
        let mut next = "";
        for (at, _) in after.match_indices(' ') {
            let tail = after[at..].trim_start_matches([' ', ',']);
            let tail = tail.strip_prefix("en ").unwrap_or(tail);
            let opens_department = tail.starts_with("van ") || tail.starts_with("voor ");
            let opens_office = tail.strip_prefix("de ").is_some_and(|t| office_at(t).is_some());
            let separated = after[..at].ends_with(',') || after[at..].starts_with(" en ");
            if separated && (opens_department || opens_office) {
                end = at;
                next = tail;
                break;
            }
        }
        let department = after[..end].trim_end_matches(',');
        out.push(format!("{} {preposition} {}", capitalised(office), title_case(department)));
        if let Some((new_office, after_office)) = next.strip_prefix("de ").and_then(office_at) {
            office = new_office;
            rest = after_office;
        } else {
            rest = next;
        }
        if rest.is_empty() {
            break;
        }
    }
    if out.is_empty() {
        out.push(capitalised(office));
    }
    out
}

/// The office word at `text`'s start, as its singular, and the text after it.
fn office_at<'t>(form: &Form, text: &'t str) -> Option<(&'static str, &'t str)> {
    form.offices.iter().find_map(|(word, singular)| {
        let after = text.strip_prefix(word)?;
        (after.starts_with(' ') || after.is_empty()).then(|| (*singular, after.trim_start()))
    })
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// `buitenlandse handel en ontwikkelingssamenwerking` → `Buitenlandse Handel en
/// Ontwikkelingssamenwerking`.
fn title_case(text: &str) -> String {
    text.split_whitespace()
        .map(|w| if matches!(w, "en" | "van" | "voor" | "de" | "het" | "der") { w.to_owned() } else { capitalised(w) })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_dossier_lines() {
        let (numbers, title) = dossier_line("29 521                  Nederlandse deelname aan vredesmissies").unwrap();
        assert_eq!(numbers[0].0, "29 521");
        assert_eq!(
            &"29 521                  Nederlandse deelname aan vredesmissies"[title.unwrap()],
            "Nederlandse deelname aan vredesmissies"
        );
        let (numbers, title) = dossier_line("33 694 en 29\u{a0}521").unwrap();
        assert_eq!(numbers.iter().map(|n| n.0.as_str()).collect::<Vec<_>>(), ["33 694", "29 521"]);
        assert!(title.is_none());
        assert_eq!(dossier_line("27925 Bestrijding internationaal terrorisme").unwrap().0[0].0, "27 925");
    }

    #[test]
    fn ok_dossier_numbers_with_a_sub_number() {
        let (numbers, title) = dossier_line("21 501-28               Defensieraad").unwrap();
        assert_eq!(numbers[0].0, "21 501-28");
        assert_eq!(&"21 501-28               Defensieraad"[title.unwrap()], "Defensieraad");
        assert_eq!(dossier_number("36200-V, nr. 2"), Some(("36 200-V".into(), 7)));
        assert_eq!(dossier_number("29 521-abc"), Some(("29 521".into(), 6)));
        assert_eq!(paper_of_document_id("kst-21501-28-212"), Some(("21 501-28".into(), 212)));
        assert_eq!(paper_of_document_id("kst-29521-401"), Some(("29 521".into(), 401)));
        assert_eq!(paper_of_document_id("kst-2952-401"), None);
        let text = TextMeta {
            dossiers: vec![Dossier { number: "21 501-28".into(), title: None }],
            number: Some(212),
            ..TextMeta::default()
        };
        assert_eq!(text.derived_document_id().as_deref(), Some("kst-21501-28-212"));
    }

    #[test]
    fn ok_joint_dossiers_title_goes_with_the_first() {
        // `33 694 en 29 521  Internationale veiligheidsstrategie` gave the title to 29 521.
        let source = "33 694 en 29 521        Internationale veiligheidsstrategie\nNr. 31  BRIEF VAN DE MINISTER VAN DEFENSIE\nDen Haag, 6 september 2019";
        let lines = lines_of(source);
        let meta = read(source, &lines, &[], &[]);
        assert_eq!(
            meta.dossiers,
            [
                Dossier { number: "33 694".into(), title: Some("Internationale veiligheidsstrategie".into()) },
                Dossier { number: "29 521".into(), title: None },
            ]
        );
        // On lines of their own, each dossier keeps its own title.
        let source = "33 694   Internationale veiligheidsstrategie\n29 521   Nederlandse deelname aan\n         vredesmissies\nNr. 31   BRIEF VAN DE MINISTER VAN DEFENSIE";
        let meta = read(source, &lines_of(source), &[], &[]);
        let titles: Vec<_> = meta.dossiers.iter().map(|d| d.title.as_deref()).collect();
        assert_eq!(
            titles,
            [Some("Internationale veiligheidsstrategie"), Some("Nederlandse deelname aan vredesmissies")]
        );
    }

    #[test]
    fn ok_addressee_without_aan() {
        // The addressee kept the `Aan` that opens its line.
        let source = "  Aan de Voorzitter van de Tweede Kamer der Staten-Generaal  ";
        let meta = read(source, &lines_of(source), &[], &[]);
        assert_eq!(meta.addressee.as_deref(), Some("de Voorzitter van de Tweede Kamer der Staten-Generaal"));
        let span = meta.sources.iter().find(|s| s.field == MetaField::Addressee).unwrap().span;
        assert_eq!(span.slice(source), "de Voorzitter van de Tweede Kamer der Staten-Generaal");
    }

    #[test]
    fn ok_the_link_and_number_follow_the_texts_document() {
        // The text's id kst-29521-401 won, but the link stayed the file's …402.html, and a
        // fragment's number came from the file.
        let url = |id: &str| format!("https://zoek.officielebekendmakingen.nl/{id}.html");
        let file = Meta {
            kamerstuk: Some("Kamerstuk 29 521, nr. 402".into()),
            document_id: Some("kst-29521-402".into()),
            source_url: Some(url("kst-29521-402")),
            ..Meta::default()
        };
        let source = "Tekst.\nkst-29521-401\n";
        let fragment = read(source, &[], &[], &lines_of(source)[1..]);
        assert_eq!((fragment.number, fragment.dossiers.len()), (Some(401), 1));
        let meta = fragment.merge(file.clone(), url);
        assert_eq!(meta.document_id.as_deref(), Some("kst-29521-401"));
        assert_eq!(meta.number, Some(401));
        assert_eq!(meta.kamerstuk.as_deref(), Some("Kamerstuk 29 521, nr. 401"));
        assert_eq!(meta.source_url, Some(url("kst-29521-401")));
        let fields: Vec<MetaField> = meta.conflicts.iter().map(|c| c.field).collect();
        assert_eq!(fields, [MetaField::Kamerstuk, MetaField::DocumentId, MetaField::Number, MetaField::DocumentId]);
        assert_eq!(meta.conflicts[3].file, url("kst-29521-402"));
        // A link that names the same document, or none, is the file's to give.
        let same = Meta { source_url: Some("https://example.org/KST-29521-401.pdf".into()), ..file.clone() };
        let text = || TextMeta { document_id: Some("kst-29521-401".into()), ..TextMeta::default() };
        assert_eq!(text().merge(same, url).source_url.as_deref(), Some("https://example.org/KST-29521-401.pdf"));
        let page = Meta { source_url: Some("https://example.org/brief".into()), ..file };
        assert_eq!(text().merge(page, url).source_url.as_deref(), Some("https://example.org/brief"));
    }

    #[test]
    fn err_dossier_lines() {
        assert!(dossier_line("2018 wordt een druk jaar").is_none());
        assert!(dossier_line("29 521 militairen zijn ingezet.").is_none());
        assert!(dossier_line("295 210 Tekst").is_none());
        assert!(dossier_line("Nederland").is_none());
    }

    #[test]
    fn ok_dossiers_and_number_of_a_paper_reference() {
        let (dossiers, number) = dossiers_and_number("Kamerstukken 33 694 en 29 521, nr. 11");
        assert_eq!(dossiers.iter().map(|d| d.number.as_str()).collect::<Vec<_>>(), ["33 694", "29 521"]);
        assert_eq!(number, Some(11));
    }

    #[test]
    fn ok_text_wins_over_the_file_and_says_so() {
        let text = TextMeta {
            date: Date::new(2013, 6, 24),
            dossiers: vec![Dossier {
                number: "29 521".into(),
                title: Some("Nederlandse deelname aan vredesmissies".into()),
            }],
            number: Some(209),
            ..TextMeta::default()
        };
        let file = Meta {
            title: "Brief".into(),
            date: Date::new(2013, 6, 25),
            document_id: Some("kst-29521-209".into()),
            ..Meta::default()
        };
        let meta = text.merge(file, |id| format!("https://example.org/{id}"));
        assert_eq!(meta.date, Date::new(2013, 6, 24));
        assert_eq!(meta.title, "Brief");
        assert_eq!(meta.kamerstuk.as_deref(), Some("Kamerstuk 29 521, nr. 209"));
        assert_eq!(meta.source_url.as_deref(), Some("https://example.org/kst-29521-209"));
        assert_eq!(
            meta.conflicts,
            [MetaConflict { field: MetaField::Date, text: "2013-06-24".into(), file: "2013-06-25".into() }]
        );
        let silent = TextMeta::default()
            .merge(Meta { kamerstuk: Some("Kamerstukken 33 694 en 29 521, nr. 11".into()), ..Meta::default() }, |id| {
                id.to_owned()
            });
        assert_eq!(silent.dossiers.len(), 2);
        assert_eq!(silent.number, Some(11));
        assert!(silent.conflicts.is_empty());
    }

    #[test]
    fn ok_place_and_date() {
        let (place, (date, _), at) = place_and_date("Den Haag, 24 juni 2013").unwrap();
        assert_eq!((place, date.to_string(), at), ("Den Haag", "2013-06-24".to_owned(), 10));
        assert_eq!(place_and_date("  ’s-Gravenhage, 1 maart 2019").unwrap().0, "’s-Gravenhage");
    }

    #[test]
    fn err_place_and_date() {
        assert!(place_and_date("In de brief van 24 juni 2013 schreven wij").is_none());
        assert!(place_and_date("Op 24 juni 2013, na overleg, besloot het kabinet").is_none());
        assert!(place_and_date("Den Haag, 24 juni 2013 en later").is_none());
    }

    #[test]
    fn ok_header_length() {
        let lines = [
            "Tweede Kamer der Staten-Generaal                2",
            "Vergaderjaar 2012–2013",
            "29 521                  Nederlandse deelname aan vredesmissies",
            "Nr. 209                 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN",
            "                        DEFENSIE",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
            "Den Haag, 24 juni 2013",
            "Inleiding",
        ];
        assert_eq!(header_len(&lines), 7);
        assert_eq!(header_len(&["Inleiding", "Den Haag, 24 juni 2013"]), 0);
        assert_eq!(header_len(&["33 694 Samenhang in", "inspanningen", "Nr. 11 BRIEF VAN DE MINISTER", "Tekst."]), 3);
    }

    #[test]
    fn ok_signatures() {
        let lines = [
            "Tot slot.",
            "De Minister van Buitenlandse Zaken,",
            "S.A. Blok",
            "De Minister van Defensie, A.Th.B. Bijleveld-Schouten",
        ];
        assert_eq!(signature_len(&lines), 3);
        assert_eq!(office_line(lines[1]), Some(("Minister van Buitenlandse Zaken", None)));
        assert_eq!(office_line(lines[3]), Some(("Minister van Defensie", Some("A.Th.B. Bijleveld-Schouten"))));
        assert_eq!(signature_len(&["De minister van Defensie heeft besloten, na overleg, tot inzet."]), 0);
        assert!(is_name("J.A. Hennis-Plasschaert"));
        assert!(!is_name("Dit is een zin."));
    }

    #[test]
    fn ok_senders_from_the_document_kind() {
        let form = Form::builtin();
        assert_eq!(
            senders(form, "BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE"),
            ["Minister van Buitenlandse Zaken", "Minister van Defensie"]
        );
        assert_eq!(
            senders(
                form,
                "BRIEF VAN DE MINISTERS VAN DEFENSIE, VAN BUITENLANDSE ZAKEN EN VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSSAMENWERKING"
            ),
            [
                "Minister van Defensie",
                "Minister van Buitenlandse Zaken",
                "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"
            ]
        );
        assert_eq!(senders(form, "BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE"), ["Staatssecretaris van Defensie"]);
        assert_eq!(
            senders(
                form,
                "BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE EN DE MINISTER VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSSAMENWERKING"
            ),
            [
                "Minister van Buitenlandse Zaken",
                "Minister van Defensie",
                "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"
            ]
        );
        assert_eq!(
            senders(form, "BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN, VAN DEFENSIE EN VAN VEILIGHEID EN JUSTITIE"),
            ["Minister van Buitenlandse Zaken", "Minister van Defensie", "Minister van Veiligheid en Justitie"]
        );
        assert_eq!(senders(form, "BRIEF VAN DE MINISTER-PRESIDENT"), ["Minister-president"]);
    }

    /// The spans of `source`'s lines, without their line ends.
    fn lines_of(source: &str) -> Vec<Span> {
        let mut at = 0;
        source
            .split('\n')
            .map(|l| {
                let span = Span::new(at, at + l.len());
                at += l.len() + 1;
                span
            })
            .collect()
    }

    #[test]
    fn ok_reads_a_whole_header() {
        let source = "29 521   Nederlandse deelname aan\n         vredesmissies\nNr. 209  BRIEF VAN DE MINISTER VAN DEFENSIE\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 24 juni 2013\nDe Minister van Defensie,\nJ.A. Hennis-Plasschaert\nkst-29521-209\n";
        let lines: Vec<Span> = {
            let mut at = 0;
            source
                .lines()
                .map(|l| {
                    let s = Span::new(at, at + l.len());
                    at += l.len() + 1;
                    s
                })
                .collect()
        };
        let meta = read(source, &lines[..5], &lines[5..7], &lines[7..]);
        assert_eq!(
            meta.dossiers,
            [Dossier { number: "29 521".into(), title: Some("Nederlandse deelname aan vredesmissies".into()) }]
        );
        assert_eq!(meta.number, Some(209));
        assert_eq!(meta.document_kind.as_deref(), Some("BRIEF VAN DE MINISTER VAN DEFENSIE"));
        assert_eq!(meta.senders, ["Minister van Defensie"]);
        assert_eq!(meta.place.as_deref(), Some("Den Haag"));
        assert_eq!(meta.date.map(|d| d.to_string()).as_deref(), Some("2013-06-24"));
        assert_eq!(
            meta.signatories,
            [Signatory { office: "Minister van Defensie".into(), name: "J.A. Hennis-Plasschaert".into() }]
        );
        assert_eq!(meta.document_id.as_deref(), Some("kst-29521-209"));
        for s in &meta.sources {
            assert!(
                !s.span.slice(source).trim().is_empty() && s.span.slice(source).trim() == s.span.slice(source),
                "{s:?}"
            );
        }
        let date = meta.sources.iter().find(|s| s.field == MetaField::Date).unwrap();
        assert_eq!(date.span.slice(source), "24 juni 2013");
    }
}
