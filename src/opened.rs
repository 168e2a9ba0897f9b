//! Taking in a letter the reader brings, for the `/open/` page: the text of a dropped or
//! picked file (plain text in any of the usual encodings, an HTML page, or a letter file this
//! app wrote), the text in a share link's fragment, and the letters kept in the browser's
//! storage.
//!
//! Plain logic, tested natively: the page reads the file, the fragment or the storage entry
//! and hands the bytes or the string to these functions. Every function is total: whatever a
//! file, a link or a storage entry holds, the answer is a text or a typed problem, never a
//! panic. The problems carry the data the page needs to explain them; the page words them in
//! the reader's language.

use base64::Engine;
use base64::alphabet::URL_SAFE;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use kamerbrief::{Letter, Meta};
use miniz_oxide::inflate::TINFLStatus;
use serde::{Deserialize, Serialize};

/// The most text a letter may have: 1 MB (a letter to parliament is rarely over 300 KB).
pub const MAX_LETTER_BYTES: usize = 1_000_000;

/// The most an HTML page may weigh before its text is taken out: its markup, scripts and
/// styles come on top of the text.
const MAX_HTML_BYTES: usize = 5 * MAX_LETTER_BYTES;

/// The largest file [`text_of_file`] takes in, of any kind: a letter file, whose model
/// weighs several times its text (the 2018 letter's seven times). A page can refuse a
/// larger file by its size before reading it.
pub const MAX_FILE_BYTES: usize = 20 * MAX_LETTER_BYTES;

/// A short, stable id for a letter's text: FNV-1a 64 of the UTF-8 bytes, as 12 lowercase hex
/// chars (the low 48 bits). Same text → same id.
pub fn letter_id(text: &str) -> String {
    let hash = text
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3));
    format!("{:012x}", hash & 0xffff_ffff_ffff)
}

// ---------------------------------------------------------------------------------------------
// Files

/// Why a file the reader dropped or picked gives no letter text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    /// Too large: a text over [`MAX_LETTER_BYTES`], an HTML page over five times that or whose
    /// text is over it, or any file over [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's size in bytes, as the reader's system shows it.
        bytes: usize,
    },
    /// Not text: binary content (NUL bytes, or not decodable as UTF-8, UTF-16 with a BOM or
    /// Windows-1252 text with few control characters), such as a PDF, an image or a .docx.
    NotText,
    /// Empty, or only white space once read.
    Empty,
    /// A `.json` file that is not a missiekaart letter file, or one whose `version` this app
    /// does not know.
    NotALetterFile,
}

/// The text of a dropped or picked file. `name` is the file name as given; its extension is
/// compared case-insensitively.
///
/// - Text is read as UTF-8 (with or without BOM), as UTF-16 LE or BE with a BOM, and else as
///   Windows-1252 if it looks like text. The few control characters a text may hold (a DOS
///   end-of-file mark) are dropped, as the parser refuses them.
/// - `.html`, `.htm` and `.xhtml` files, and content that starts with `<!doctype html` or
///   `<html`, give their reading text ([`text_from_html`]).
/// - `.json` files, and content that starts with `{` and names the letter file format, give
///   the text of the letter file ([`letter_file`]).
pub fn text_of_file(name: &str, bytes: &[u8]) -> Result<String, FileProblem> {
    let too_large = FileProblem::TooLarge { bytes: bytes.len() };
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large);
    }
    let extension = name.rsplit_once('.').map_or(String::new(), |(_, ext)| ext.to_ascii_lowercase());
    let decoded = decode_text(bytes)?;
    let content = decoded.trim_start();

    let is_json = extension == "json";
    if is_json || content.starts_with('{') {
        match read_letter_file(content) {
            LetterFileRead::Text(text) if text.len() > MAX_LETTER_BYTES => return Err(too_large),
            LetterFileRead::Text(text) => return non_empty(text),
            LetterFileRead::UnknownVersion => return Err(FileProblem::NotALetterFile),
            LetterFileRead::NotALetterFile if is_json => return Err(FileProblem::NotALetterFile),
            // A text that happens to open with a brace.
            LetterFileRead::NotALetterFile => {}
        }
    }

    let is_html = matches!(extension.as_str(), "html" | "htm" | "xhtml")
        || starts_with_ignore_case(content, "<!doctype html")
        || starts_with_ignore_case(content, "<html");
    let text = if is_html {
        if bytes.len() > MAX_HTML_BYTES {
            return Err(too_large);
        }
        text_from_html(&decoded)
    } else {
        decoded
    };
    if text.len() > MAX_LETTER_BYTES {
        return Err(too_large);
    }
    non_empty(text)
}

/// `text`, unless it holds only white space.
fn non_empty(text: String) -> Result<String, FileProblem> {
    if text.trim().is_empty() { Err(FileProblem::Empty) } else { Ok(text) }
}

/// Whether `text` starts with the ASCII `prefix`, in any case.
fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.as_bytes().get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// The text in `bytes`, by its BOM, else as UTF-8, else as Windows-1252; without the
/// control characters that a text may hold a few of.
fn decode_text(bytes: &[u8]) -> Result<String, FileProblem> {
    let decoded = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        utf8_or_windows_1252(rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        utf16(rest, u16::from_be_bytes)
    } else {
        utf8_or_windows_1252(bytes)
    };
    let is_stray = |c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}');
    let mut chars = 0;
    let mut strays = 0;
    for c in decoded.chars() {
        if c == '\0' {
            return Err(FileProblem::NotText);
        }
        chars += 1;
        strays += usize::from(is_stray(c));
    }
    // Binary data has about one control character in eight bytes; a text has none, or a stray
    // one such as a DOS end-of-file mark.
    if strays > 1 + chars / 100 {
        return Err(FileProblem::NotText);
    }
    Ok(if strays == 0 { decoded } else { decoded.chars().filter(|&c| !is_stray(c)).collect() })
}

/// `bytes` as UTF-8 if they are, else as Windows-1252.
fn utf8_or_windows_1252(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

/// UTF-16 code units read from byte pairs by `unit`. Unpaired surrogates and an odd last
/// byte become U+0080, a control character, so that they count against the text.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let odd = (bytes.len() % 2 == 1).then_some('\u{80}');
    char::decode_utf16(units).map(|c| c.unwrap_or('\u{80}')).chain(odd).collect()
}

/// Windows-1252's characters for the bytes 0x80 to 0x9F. The five bytes it leaves undefined
/// read as the C1 control characters, which count against a text.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘', '’',
    '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The character of a Windows-1252 byte.
fn windows_1252(byte: u8) -> char {
    match byte {
        0x80..=0x9f => WINDOWS_1252_HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

// ---------------------------------------------------------------------------------------------
// HTML

/// The reading text of an HTML page, such as the HTML edition of a Kamerstuk on
/// officielebekendmakingen.nl, laid out as the parser reads a letter: paragraphs apart by a
/// blank line, a heading as a short line on its own.
///
/// Markup is dropped, and so are comments, CDATA and the content of `<head>`, `<script>`,
/// `<style>`, `<title>`, `<template>`, `<noscript>` and `<svg>`. Block elements give line
/// breaks, most with a blank line; table cells are apart by a tab; white space within a
/// block collapses to single spaces, except in `<pre>`. Character references are decoded
/// (`&nbsp;` as a plain space, `&shy;` as nothing). It copes with unclosed elements, a `<` in
/// text and a `>` in a quoted attribute. The lines are trimmed at the end, with at most one
/// blank line in a row, and the whole is trimmed.
pub fn text_from_html(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut sink = TextSink::default();
    // Depths of the elements whose content is not text. `<head>` also ends at `<body>`,
    // which a page may open without closing its head.
    let (mut head, mut template, mut svg, mut pre) = (0_u32, 0_u32, 0_u32, 0_u32);
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let hidden = head + template + svg > 0;
        if byte == b'&' {
            match char_reference(&html[at..]) {
                Some((c, len)) => {
                    if !hidden {
                        sink.push(c, pre > 0);
                    }
                    at += len;
                }
                None => {
                    if !hidden {
                        sink.push('&', pre > 0);
                    }
                    at += 1;
                }
            }
            continue;
        }
        if byte != b'<' {
            let c = html[at..].chars().next().unwrap_or(' ');
            if !hidden {
                sink.push(c, pre > 0);
            }
            at += c.len_utf8();
            continue;
        }
        let rest = &html[at..];
        if rest.starts_with("<!--") {
            at = after(html, at + 4, "-->");
            continue;
        }
        if starts_with_ignore_case(rest, "<![cdata[") {
            at = after(html, at + 9, "]]>");
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            at = after(html, at + 2, ">");
            continue;
        }
        let closing = rest.starts_with("</");
        let name_start = at + if closing { 2 } else { 1 };
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            // Not a tag: a `<` in the text.
            if !hidden {
                sink.push('<', pre > 0);
            }
            at += 1;
            continue;
        }
        let name_len = bytes[name_start..]
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b':'))
            .unwrap_or(bytes.len() - name_start);
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let (tag_end, self_closing) = end_of_tag(bytes, name_start + name_len);
        at = tag_end;

        if !closing && RAW_TEXT_ELEMENTS.contains(&name.as_str()) {
            // Their content is not markup: skip to their end tag, whatever stands between.
            at = match find_ignore_case(html, at, &format!("</{name}")) {
                Some(end) => end_of_tag(bytes, end + 2 + name.len()).0,
                None => bytes.len(),
            };
            continue;
        }
        let depth = match name.as_str() {
            "head" => Some(&mut head),
            "template" => Some(&mut template),
            "svg" => Some(&mut svg),
            "pre" => Some(&mut pre),
            _ => None,
        };
        if let Some(depth) = depth {
            if closing {
                *depth = depth.saturating_sub(1);
            } else if !self_closing {
                *depth += 1;
            }
        }
        if name == "body" {
            head = 0;
        }
        if head + template + svg > 0 {
            continue;
        }
        match name.as_str() {
            "br" => sink.line_break(),
            "td" | "th" if !closing => sink.separate(Pending::Cell),
            name => {
                if let Some(pending) = block_break(name) {
                    sink.separate(pending);
                }
            }
        }
    }
    tidy_lines(&sink.text)
}

/// Elements whose content is raw text to skip, not markup.
const RAW_TEXT_ELEMENTS: &[&str] = &["script", "style", "title", "noscript", "iframe", "noembed", "noframes"];

/// The break a block element makes, before and after it.
fn block_break(name: &str) -> Option<Pending> {
    match name {
        "tr" | "dt" | "dd" | "option" => Some(Pending::Line),
        "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "ul" | "ol" | "dl" | "table" | "caption"
        | "section" | "article" | "header" | "footer" | "main" | "nav" | "aside" | "blockquote" | "pre" | "hr"
        | "figure" | "figcaption" | "address" | "form" | "fieldset" | "details" | "summary" | "center" => {
            Some(Pending::Paragraph)
        }
        _ => None,
    }
}

/// The index after the first `needle` at or after `from`, or the end of `text`.
fn after(text: &str, from: usize, needle: &str) -> usize {
    text.get(from..).and_then(|rest| rest.find(needle)).map_or(text.len(), |found| from + found + needle.len())
}

/// Where the first `needle` (ASCII) stands at or after `from`, in any case.
fn find_ignore_case(text: &str, from: usize, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    let haystack = text.as_bytes().get(from..)?;
    haystack.windows(needle.len()).position(|window| window.eq_ignore_ascii_case(needle)).map(|found| from + found)
}

/// The index after the `>` that ends a tag whose attributes start at `from`, skipping quoted
/// attribute values, and whether it is self-closing (`/>`). The end of `bytes` if it has
/// none.
fn end_of_tag(bytes: &[u8], from: usize) -> (usize, bool) {
    let mut at = from;
    let mut after_equals = false;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'>' => return (at + 1, at > from && bytes[at - 1] == b'/'),
            b'=' => after_equals = true,
            b'"' | b'\'' if after_equals => {
                let close = bytes[at + 1..].iter().position(|&b| b == byte);
                at = close.map_or(bytes.len(), |close| at + 1 + close);
                after_equals = false;
            }
            byte if byte.is_ascii_whitespace() => {}
            _ => after_equals = false,
        }
        at += 1;
    }
    (bytes.len(), false)
}

/// A character reference at the start of `text` (which starts with `&`): the character and
/// the reference's length. Numeric references may lack their `;`, named ones may not.
fn char_reference(text: &str) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    if bytes.get(1) == Some(&b'#') {
        let hex = matches!(bytes.get(2), Some(b'x' | b'X'));
        let digits_start = if hex { 3 } else { 2 };
        let radix = if hex { 16 } else { 10 };
        let digits = bytes[digits_start..].iter().take_while(|b| char::from(**b).is_digit(radix)).count();
        if digits == 0 {
            return None;
        }
        let value = bytes[digits_start..digits_start + digits].iter().fold(0_u32, |value, &b| {
            let digit = char::from(b).to_digit(radix).unwrap_or(0);
            value.saturating_mul(radix).saturating_add(digit)
        });
        let end = digits_start + digits;
        let len = if bytes.get(end) == Some(&b';') { end + 1 } else { end };
        // As browsers read them: 0x80 to 0x9F as Windows-1252, the impossible as U+FFFD.
        let c = match value {
            0 => '\u{fffd}',
            0x80..=0x9f => windows_1252(value as u8),
            _ => char::from_u32(value).unwrap_or('\u{fffd}'),
        };
        return Some((c, len));
    }
    let name_len = bytes[1..].iter().take(8).take_while(|b| b.is_ascii_alphanumeric()).count();
    if bytes.get(1 + name_len) != Some(&b';') {
        return None;
    }
    let name = &text[1..1 + name_len];
    let c = LATIN_1_NAMES
        .split(' ')
        .position(|known| known == name)
        .and_then(|index| char::from_u32(0xa0 + index as u32))
        .or_else(|| OTHER_NAMES.iter().find(|(known, _)| *known == name).map(|&(_, c)| c))?;
    Some((c, name_len + 2))
}

/// The names of U+00A0 to U+00FF, in order.
const LATIN_1_NAMES: &str = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg \
    plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc \
    Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc \
    Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig \
    ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash \
    ugrave uacute ucirc uuml yacute thorn yuml";

/// Other named references a Dutch government page uses.
const OTHER_NAMES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("ndash", '–'),
    ("mdash", '—'),
    ("minus", '−'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("hellip", '…'),
    ("bull", '•'),
    ("euro", '€'),
    ("trade", '™'),
    ("permil", '‰'),
    ("dagger", '†'),
    ("Dagger", '‡'),
    ("OElig", 'Œ'),
    ("oelig", 'œ'),
    ("Scaron", 'Š'),
    ("scaron", 'š'),
    ("Yuml", 'Ÿ'),
    ("fnof", 'ƒ'),
    ("circ", 'ˆ'),
    ("tilde", '˜'),
    ("ensp", ' '),
    ("emsp", ' '),
    ("thinsp", '\u{2009}'),
    // Invisible, so dropped; named here so that they do not show as written.
    ("zwnj", '\u{200c}'),
    ("zwj", '\u{200d}'),
    ("lrm", '\u{200e}'),
    ("rlm", '\u{200f}'),
    ("larr", '←'),
    ("rarr", '→'),
];

/// What separates the next text from the text before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
enum Pending {
    /// Nothing.
    #[default]
    Nothing,
    /// A space.
    Space,
    /// A tab, between table cells.
    Cell,
    /// A line break.
    Line,
    /// A blank line.
    Paragraph,
}

/// The text taken out so far, and what is to separate it from the next.
#[derive(Debug, Default)]
struct TextSink {
    /// The text so far.
    text: String,
    /// The separator owed before the next character.
    pending: Pending,
}

impl TextSink {
    /// Adds a character of text; `pre` keeps its white space.
    fn push(&mut self, c: char, pre: bool) {
        match c {
            // Invisible: a soft hyphen, zero widths and direction marks, a BOM, a carriage return.
            '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}' | '\r' => {}
            '\n' | '\t' if pre => {
                self.flush();
                self.text.push(c);
            }
            ' ' | '\u{a0}' if pre => {
                self.flush();
                self.text.push(' ');
            }
            ' ' | '\t' | '\n' | '\u{c}' | '\u{a0}' => self.separate(Pending::Space),
            c if c.is_control() => {}
            c => {
                self.flush();
                self.text.push(c);
            }
        }
    }

    /// Owes at least `pending` before the next character.
    fn separate(&mut self, pending: Pending) {
        self.pending = self.pending.max(pending);
    }

    /// A `<br>`: a line break, and two in a row a blank line.
    fn line_break(&mut self) {
        self.pending = if self.pending >= Pending::Line { Pending::Paragraph } else { Pending::Line };
    }

    /// Writes the pending separator, if there is text before it.
    fn flush(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        if self.text.is_empty() {
            return;
        }
        let at_line_start = self.text.ends_with('\n');
        match pending {
            Pending::Nothing => {}
            Pending::Space if !at_line_start => self.text.push(' '),
            Pending::Cell if !at_line_start => self.text.push('\t'),
            Pending::Space | Pending::Cell => {}
            Pending::Line => self.text.push('\n'),
            Pending::Paragraph => self.text.push_str("\n\n"),
        }
    }
}

/// `text` with its lines trimmed at the end, at most one blank line in a row, and trimmed.
fn tidy_lines(text: &str) -> String {
    let mut tidy = String::with_capacity(text.len());
    let mut blank_before = false;
    for line in text.lines().map(str::trim_end) {
        if line.is_empty() {
            blank_before = !tidy.is_empty();
            continue;
        }
        if !tidy.is_empty() {
            tidy.push_str(if blank_before { "\n\n" } else { "\n" });
        }
        tidy.push_str(line);
        blank_before = false;
    }
    // The first line may start with white space kept from a `<pre>`.
    let leading = tidy.len() - tidy.trim_start().len();
    tidy.drain(..leading);
    tidy
}

// ---------------------------------------------------------------------------------------------
// Share links

/// The longest share-link fragment, in characters: 32_000. (The caller documents why.)
pub const SHARE_FRAGMENT_LIMIT: usize = 32_000;

/// The version prefix of a fragment value written by [`share_fragment`].
const FRAGMENT_PREFIX: &str = "v1.";

/// The longest fragment value [`text_from_fragment`] decodes, so that a hostile one is refused
/// before decoding: even an incompressible letter of [`MAX_LETTER_BYTES`] gives a shorter one.
const MAX_FRAGMENT_CHARS: usize = 2 * MAX_LETTER_BYTES;

/// base64url, written without padding and read with or without it, as some tools add it.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new().with_encode_padding(false).with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// A letter's text is too long to share as a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLongForLink {
    /// The length the fragment would have had, in characters.
    pub chars: usize,
}

/// A letter's text as a URL fragment value: `v1.` and the base64url (without padding) of the
/// raw DEFLATE, at the best compression level, of its UTF-8.
pub fn share_fragment(text: &str) -> Result<String, TooLongForLink> {
    let level = miniz_oxide::deflate::CompressionLevel::BestCompression as u8;
    let compressed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), level);
    let fragment = format!("{FRAGMENT_PREFIX}{}", BASE64URL.encode(compressed));
    if fragment.len() > SHARE_FRAGMENT_LIMIT { Err(TooLongForLink { chars: fragment.len() }) } else { Ok(fragment) }
}

/// Why a share link's fragment gives no letter text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FragmentProblem {
    /// It does not start with a version this app knows (a link from a later version, or not
    /// a letter link).
    UnknownVersion,
    /// It is cut short or changed: not base64url, not DEFLATE, not UTF-8, or empty.
    Damaged,
    /// Its text is over [`MAX_LETTER_BYTES`].
    TooLarge,
}

/// The text back from a fragment value made by [`share_fragment`]. A hostile link cannot
/// exhaust memory: the text is inflated to at most [`MAX_LETTER_BYTES`].
pub fn text_from_fragment(value: &str) -> Result<String, FragmentProblem> {
    let payload = value.trim().strip_prefix(FRAGMENT_PREFIX).ok_or(FragmentProblem::UnknownVersion)?;
    if payload.len() > MAX_FRAGMENT_CHARS {
        return Err(FragmentProblem::TooLarge);
    }
    let compressed = BASE64URL.decode(payload).map_err(|_| FragmentProblem::Damaged)?;
    if compressed.is_empty() {
        return Err(FragmentProblem::Damaged);
    }
    let inflated = miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, MAX_LETTER_BYTES).map_err(|e| {
        match e.status {
            TINFLStatus::HasMoreOutput => FragmentProblem::TooLarge,
            _ => FragmentProblem::Damaged,
        }
    })?;
    match String::from_utf8(inflated) {
        Ok(text) if !text.trim().is_empty() => Ok(text),
        _ => Err(FragmentProblem::Damaged),
    }
}

// ---------------------------------------------------------------------------------------------
// Storage

/// A letter kept in the browser's storage: what the `/open/` page lists and what a reload
/// re-reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredLetter {
    /// Always [`STORED_LETTER_FORMAT`] when written.
    pub format: u32,
    /// [`letter_id`] of the text.
    pub id: String,
    /// The title to list it by ([`display_title`] at the time it was opened).
    pub title: String,
    /// The letter's date as `kamerbrief::Date` writes it (ISO `yyyy-mm-dd`), if it has one.
    pub date: Option<String>,
    /// When it was opened, in ms since the Unix epoch.
    pub saved_at: f64,
    /// The letter's text, as the parser read it.
    pub text: String,
}

/// The shape of [`StoredLetter`] that this app writes.
pub const STORED_LETTER_FORMAT: u32 = 1;

/// The storage key prefix: a letter is kept under this and its id.
pub const STORAGE_KEY_PREFIX: &str = "missiekaart.letter.";

/// The storage key of the letter with id `id`.
pub fn storage_key(id: &str) -> String {
    format!("{STORAGE_KEY_PREFIX}{id}")
}

/// Why a storage entry gives no letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredProblem {
    /// Not JSON, not the shape of a [`StoredLetter`], or its id is not its text's.
    Damaged,
    /// Written in another shape than [`STORED_LETTER_FORMAT`], by an older or newer app.
    OldFormat {
        /// The entry's `format`.
        format: u64,
    },
}

/// Reads one storage entry, from its JSON text.
pub fn read_stored(raw: &str) -> Result<StoredLetter, StoredProblem> {
    /// Only the format, read first: another format may have another shape.
    #[derive(Deserialize)]
    struct FormatOnly {
        format: u64,
    }
    let FormatOnly { format } = serde_json::from_str(raw).map_err(|_| StoredProblem::Damaged)?;
    if format != u64::from(STORED_LETTER_FORMAT) {
        return Err(StoredProblem::OldFormat { format });
    }
    let letter: StoredLetter = serde_json::from_str(raw).map_err(|_| StoredProblem::Damaged)?;
    if letter.id != letter_id(&letter.text) {
        return Err(StoredProblem::Damaged);
    }
    Ok(letter)
}

/// A storage entry's JSON text. A `saved_at` that is not a number is written as 0, as JSON
/// has no NaN and the entry could not be read back.
pub fn write_stored(letter: &StoredLetter) -> String {
    // Strings and numbers always serialise.
    if letter.saved_at.is_finite() {
        serde_json::to_string(letter).unwrap_or_default()
    } else {
        serde_json::to_string(&StoredLetter { saved_at: 0.0, ..letter.clone() }).unwrap_or_default()
    }
}

// ---------------------------------------------------------------------------------------------
// Letter files

/// The `format` of a letter file.
pub const LETTER_FILE_FORMAT: &str = "missiekaart-letter";

/// The `version` of the letter files this app writes and reads.
pub const LETTER_FILE_VERSION: u64 = 1;

/// A letter file as written.
#[derive(Serialize)]
struct LetterFileOut<'a> {
    format: &'static str,
    version: u64,
    title: &'a str,
    text: &'a str,
    model: Option<&'a Letter>,
}

/// A letter file as read: the model is skipped unread.
#[derive(Deserialize)]
struct LetterFileIn {
    format: String,
    version: Option<u64>,
    text: Option<String>,
}

/// What [`read_letter_file`] found.
enum LetterFileRead {
    /// The letter's text.
    Text(String),
    /// A letter file of a version this app does not know, or without its text.
    UnknownVersion,
    /// Not a letter file at all.
    NotALetterFile,
}

/// The text of a letter file's JSON.
fn read_letter_file(json: &str) -> LetterFileRead {
    let Ok(file) = serde_json::from_str::<LetterFileIn>(json) else { return LetterFileRead::NotALetterFile };
    match file {
        LetterFileIn { format, .. } if format != LETTER_FILE_FORMAT => LetterFileRead::NotALetterFile,
        LetterFileIn { version: Some(LETTER_FILE_VERSION), text: Some(text), .. } => LetterFileRead::Text(text),
        _ => LetterFileRead::UnknownVersion,
    }
}

/// The file a reader downloads when a letter is too long for a link: JSON with `format`
/// ([`LETTER_FILE_FORMAT`]), `version` ([`LETTER_FILE_VERSION`]), `title`, `text`, and
/// `model`, the parsed letter as its serde shape has it. Opening it again
/// ([`text_of_file`]) gives back the text; the model is there for people who want the data.
pub fn letter_file(title: &str, text: &str, letter: &kamerbrief::Letter) -> String {
    let file =
        LetterFileOut { format: LETTER_FILE_FORMAT, version: LETTER_FILE_VERSION, title, text, model: Some(letter) };
    // The model has no maps with other keys than strings, so it serialises; should it ever
    // not, the file still carries the text.
    serde_json::to_string(&file)
        .or_else(|_| serde_json::to_string(&LetterFileOut { model: None, ..file }))
        .unwrap_or_default()
}

/// The longest slug in a letter file's name.
const MAX_SLUG_CHARS: usize = 60;

/// The file name for a [`letter_file`]: a slug of the title (lowercase ASCII letters and
/// digits and `-`, accents dropped, at most 60 characters; `brief` if nothing is left) and
/// `.missiekaart.json`.
pub fn letter_file_name(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        match ascii_letter(c) {
            Some(c) => slug.push(c),
            None if !slug.is_empty() && !slug.ends_with('-') => slug.push('-'),
            None => {}
        }
        if slug.len() >= MAX_SLUG_CHARS {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    format!("{}.missiekaart.json", if slug.is_empty() { "brief" } else { slug })
}

/// A lowercase letter or digit as ASCII, with its accent dropped; `None` for anything else.
fn ascii_letter(c: char) -> Option<char> {
    Some(match c {
        'a'..='z' | '0'..='9' => c,
        'à'..='æ' => 'a',
        'ç' => 'c',
        'è'..='ë' => 'e',
        'ì'..='ï' => 'i',
        'ñ' => 'n',
        'ò'..='ö' | 'ø' => 'o',
        'ß' => 's',
        'ù'..='ü' => 'u',
        'ý' | 'ÿ' => 'y',
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------------
// Titles

/// The title to list and show an opened letter by, from its metadata: its title if it has
/// one; else its first dossier's title, with ` (nr. N)` when its number is known; else its
/// document kind in sentence case; else `None`, and the page shows an untitled letter.
pub fn display_title(meta: &Meta) -> Option<String> {
    let dossier_title = meta.dossiers.first().and_then(|d| d.title.as_deref()).map(str::trim);
    let title = Some(meta.title.trim()).filter(|t| !t.is_empty()).or(dossier_title.filter(|t| !t.is_empty()));
    if let Some(title) = title {
        // Each year's letter has the same dossier title: the number tells them apart.
        return Some(match meta.number {
            Some(number) if !title.contains("nr.") => format!("{title} (nr. {number})"),
            _ => title.to_owned(),
        });
    }
    meta.document_kind.as_deref().map(str::trim).filter(|kind| !kind.is_empty()).map(sentence_case)
}

/// `text` with a capital first letter; and, when it is written in capitals (as a letter's
/// header writes its kind), the rest in lower case.
fn sentence_case(text: &str) -> String {
    let shouting = !text.chars().any(char::is_lowercase);
    let mut chars = text.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
    let rest: String = if shouting { chars.flat_map(char::to_lowercase).collect() } else { chars.collect() };
    first + &rest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::LETTER_TEXT;
    use kamerbrief::{Dossier, Lexicon};

    /// A deterministic stream of pseudo-random numbers (xorshift64).
    struct Random(u64);

    impl Random {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        /// `len` bytes, mixing random bytes with pieces of markup, JSON and links.
        fn garbage(&mut self, len: usize) -> Vec<u8> {
            const PIECES: &str = "<|>|</|&|&#|&#x|;|<!--|-->|<![CDATA[|]]>|<script>|</script|<pre>|<svg>|<head>|<body>|\
                <td>|<br>|<p>|=\"|'|{|}|\"format\"|\"missiekaart-letter\"|:|[|v1.|é|\u{feff}|\r\n| |\0|\u{ad}";
            let pieces: Vec<&str> = PIECES.split('|').collect();
            let mut bytes = Vec::with_capacity(len);
            while bytes.len() < len {
                if self.below(3) == 0 {
                    bytes.extend_from_slice(pieces[self.below(pieces.len())].as_bytes());
                } else {
                    bytes.push(self.next() as u8);
                }
            }
            bytes
        }
    }

    /// A text of `len` bytes of pseudo-random words.
    fn random_words(len: usize) -> String {
        let mut random = Random(0x9e37_79b9_7f4a_7c15);
        let mut text = String::with_capacity(len + 16);
        while text.len() < len {
            for _ in 0..2 + random.below(9) {
                text.push(char::from(b'a' + random.below(26) as u8));
            }
            text.push(if random.below(12) == 0 { '\n' } else { ' ' });
        }
        text
    }

    // ----- letter_id

    #[test]
    fn ok_letter_id_is_stable_and_short() {
        // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c.
        assert_eq!(letter_id("a"), "dc4c8601ec8c");
        assert_eq!(letter_id(""), "9ce484222325");
        assert_eq!(letter_id(LETTER_TEXT), letter_id(LETTER_TEXT));
        assert_eq!(letter_id(LETTER_TEXT).len(), 12);
    }

    #[test]
    fn err_letter_id_differs_for_another_text() {
        assert_ne!(letter_id("Brief A"), letter_id("Brief B"));
    }

    // ----- text_of_file: text

    #[test]
    fn ok_utf8_with_bom() {
        let bytes = b"\xef\xbb\xbfGe\xc3\xafntegreerde aanpak.\n";
        assert_eq!(text_of_file("brief.TXT", bytes), Ok("Geïntegreerde aanpak.\n".to_owned()));
    }

    #[test]
    fn ok_utf16_le_and_be_with_bom() {
        let text = "Één brief – over missies.\r\n";
        let le: Vec<u8> = [0xff, 0xfe].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xfe, 0xff].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(text_of_file("brief.txt", &le), Ok(text.to_owned()));
        assert_eq!(text_of_file("brief.txt", &be), Ok(text.to_owned()));
    }

    #[test]
    fn ok_windows_1252() {
        let bytes = b"Caf\xe9 en co\xf6rdinatie \x96 in \x80 5 miljoen.\x1a";
        assert_eq!(text_of_file("brief", bytes), Ok("Café en coördinatie – in € 5 miljoen.".to_owned()));
    }

    #[test]
    fn err_png_is_not_text() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
        assert_eq!(text_of_file("kaart.png", png), Err(FileProblem::NotText));
        assert_eq!(text_of_file("kaart.txt", png), Err(FileProblem::NotText));
    }

    #[test]
    fn err_pdf_is_not_text() {
        let mut pdf =
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 400 /Filter /FlateDecode >>\nstream\n".to_vec();
        let mut random = Random(7);
        pdf.extend((0..400).map(|_| random.next() as u8));
        assert_eq!(text_of_file("brief.pdf", &pdf), Err(FileProblem::NotText));
        // Without a NUL byte, its control characters give it away.
        pdf.retain(|&b| b != 0);
        assert_eq!(text_of_file("brief.pdf", &pdf), Err(FileProblem::NotText));
    }

    #[test]
    fn err_unpaired_surrogates_are_not_text() {
        let bytes: Vec<u8> = [0xff, 0xfe].into_iter().chain((0..50).flat_map(|_| 0xd800_u16.to_le_bytes())).collect();
        assert_eq!(text_of_file("brief.txt", &bytes), Err(FileProblem::NotText));
    }

    #[test]
    fn err_empty_or_white_space() {
        assert_eq!(text_of_file("leeg.txt", b""), Err(FileProblem::Empty));
        assert_eq!(text_of_file("leeg.txt", b"\xef\xbb\xbf \n\t\r\n  "), Err(FileProblem::Empty));
        assert_eq!(text_of_file("leeg.html", b"<html><body><p> </p></body></html>"), Err(FileProblem::Empty));
    }

    #[test]
    fn err_too_large() {
        let mut five_mb = "Een regel tekst over missies.\n".repeat(5_000_000 / 29);
        five_mb.truncate(5_000_000);
        assert_eq!(text_of_file("groot.txt", five_mb.as_bytes()), Err(FileProblem::TooLarge { bytes: 5_000_000 }));
        let html = format!("<html><body><pre>{five_mb}</pre>");
        assert_eq!(text_of_file("groot.html", html.as_bytes()), Err(FileProblem::TooLarge { bytes: html.len() }));
        let huge = vec![b' '; MAX_FILE_BYTES + 1];
        assert_eq!(text_of_file("groot.json", &huge), Err(FileProblem::TooLarge { bytes: MAX_FILE_BYTES + 1 }));
    }

    #[test]
    fn ok_largest_text() {
        let text = "a".repeat(MAX_LETTER_BYTES);
        assert_eq!(text_of_file("groot.txt", text.as_bytes()).map(|t| t.len()), Ok(MAX_LETTER_BYTES));
    }

    // ----- text_of_file and text_from_html: HTML

    /// A Kamerstuk-like page, in the shape of officielebekendmakingen.nl's HTML edition.
    const KAMERSTUK_HTML: &str = r#"<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Kamerstuk 29 521, nr. 999 | Overheid.nl</title>
<script>alert(1); if (a < b) { document.write("<p>nee</p>"); }</script>
<style>p { margin: 0 }</style></head>
<body><!-- kop van de pagina --><nav><a href="/" title="a > b">Home</a></nav>
<div class="kamerstuk">
<p class="dossiernummer">29&nbsp;521</p>
<p class="titel">Vredesoperaties</p>
<p class="stuknummer">Nr. 999</p>
<h1>BRIEF VAN DE MINISTER VAN DEFENSIE</h1>
<p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</p>
<h2>Inleiding</h2>
<p>Met deze brief   laat ik uw Kamer weten hoe de ministeries van BZ &amp; Defensie
   de bijdrage aan de missie voortzetten. Het team krijgt extra auto&#8217;s en
   &eacute;&eacute;n medische eenheid.<sup>1</sup></p>
<ul><li>Een budget van < 5 miljoen euro&#x2026;</li><li>Geen nieuwe inzet</ul>
<table><tr><th>Jaar<th>Inzet</tr><tr><td>2021</td><td>120</td></tr></table>
<p>De Minister van Defensie,<br>A.B. Jansen</p>
<pre>  regel een
  regel  twee</pre>
<svg><text>figuur</text></svg><template><p>sjabloon</p></template>
<p>Slot&shy;woord<![CDATA[ weg ]]>.
</div></body></html>"#;

    #[test]
    fn ok_html_page() {
        let expected = "Home\n\n29 521\n\nVredesoperaties\n\nNr. 999\n\nBRIEF VAN DE MINISTER VAN DEFENSIE\n\n\
            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nInleiding\n\n\
            Met deze brief laat ik uw Kamer weten hoe de ministeries van BZ & Defensie de bijdrage aan de missie \
            voortzetten. Het team krijgt extra auto’s en één medische eenheid.1\n\n\
            Een budget van < 5 miljoen euro…\n\nGeen nieuwe inzet\n\nJaar\tInzet\n2021\t120\n\n\
            De Minister van Defensie,\nA.B. Jansen\n\n  regel een\n  regel  twee\n\nSlotwoord.";
        assert_eq!(text_from_html(KAMERSTUK_HTML), expected);
        assert_eq!(text_of_file("kst-29521-999.html", KAMERSTUK_HTML.as_bytes()), Ok(expected.to_owned()));
        // Known as HTML by its content, whatever its name.
        assert_eq!(text_of_file("download", KAMERSTUK_HTML.as_bytes()), Ok(expected.to_owned()));
    }

    #[test]
    fn err_html_drops_what_is_not_text() {
        let text = text_from_html(KAMERSTUK_HTML);
        for dropped in ["alert", "nee", "margin", "Overheid.nl", "kop van", "figuur", "sjabloon", "weg", "&amp;", "<p"]
        {
            assert!(!text.contains(dropped), "{dropped}");
        }
    }

    #[test]
    fn ok_html_without_closing_head() {
        assert_eq!(text_from_html("<html><head><title>t</title><body><p>Tekst"), "Tekst");
    }

    #[test]
    fn ok_character_references() {
        assert_eq!(
            text_from_html("&lt;&gt;&quot;&apos;&euro;&Eacute;&ldquo;x&rdquo; &#233;&#xE9;&#150;&#0;"),
            "<>\"'€É“x” éé–\u{fffd}"
        );
    }

    #[test]
    fn err_unknown_or_unterminated_references_stay() {
        assert_eq!(text_from_html("R&D &foo; &amp &#; &#x;"), "R&D &foo; &amp &#; &#x;");
    }

    #[test]
    fn ok_unclosed_tag_at_end_and_lone_brackets() {
        assert_eq!(text_from_html("a < b, c <= d, </ e> <3 <p class=\"x"), "a < b, c <= d, </ e> <3");
        assert_eq!(text_from_html("<script>alles"), "");
    }

    // ----- letter files

    const SMALL_LETTER: &str = "Tweede Kamer der Staten-Generaal\n\n\
        Den Haag, 1 maart 2021\n\n\
        Met deze brief informeer ik uw Kamer over de bijdrage aan de missie in Mali. \
        De inzet loopt tot 1 januari 2022.\n";

    fn small_letter() -> Letter {
        kamerbrief::parse(SMALL_LETTER, Meta::default(), &Lexicon::builtin()).expect("the small letter parses")
    }

    #[test]
    fn ok_letter_file_round_trip() {
        let letter = small_letter();
        let file = letter_file("Een brief over Mali", SMALL_LETTER, &letter);
        assert!(file.starts_with(r#"{"format":"missiekaart-letter","version":1,"title":"Een brief over Mali","#));
        let value: serde_json::Value = serde_json::from_str(&file).expect("JSON");
        assert_eq!(value["model"]["schema_version"], kamerbrief::SCHEMA_VERSION);
        assert_eq!(text_of_file("een-brief.missiekaart.json", file.as_bytes()), Ok(SMALL_LETTER.to_owned()));
        // Known by its content under another name, too.
        assert_eq!(text_of_file("download", file.as_bytes()), Ok(SMALL_LETTER.to_owned()));
    }

    #[test]
    fn err_json_that_is_not_a_letter_file() {
        let other = br#"{"format":"iets-anders","version":1,"text":"Tekst."}"#;
        assert_eq!(text_of_file("data.json", other), Err(FileProblem::NotALetterFile));
        assert_eq!(text_of_file("data.json", b"[1, 2, 3]"), Err(FileProblem::NotALetterFile));
        assert_eq!(text_of_file("data.json", b"{niet json"), Err(FileProblem::NotALetterFile));
        let later = br#"{"format":"missiekaart-letter","version":2,"text":"Tekst."}"#;
        assert_eq!(text_of_file("brief.json", later), Err(FileProblem::NotALetterFile));
        assert_eq!(text_of_file("brief.txt", later), Err(FileProblem::NotALetterFile));
        // A text that opens with a brace, not named .json, is a text.
        assert_eq!(text_of_file("brief.txt", b"{1} Tekst."), Ok("{1} Tekst.".to_owned()));
    }

    #[test]
    fn err_letter_file_with_empty_text() {
        let empty = br#"{"format":"missiekaart-letter","version":1,"title":"","text":"  "}"#;
        assert_eq!(text_of_file("brief.json", empty), Err(FileProblem::Empty));
    }

    #[test]
    fn ok_letter_file_name() {
        assert_eq!(
            letter_file_name("Geïntegreerde aanpak: missies in 2018!"),
            "geintegreerde-aanpak-missies-in-2018.missiekaart.json"
        );
        let long = letter_file_name(&"Vredesoperaties ".repeat(10));
        assert_eq!(long, "vredesoperaties-vredesoperaties-vredesoperaties-vredesoperat.missiekaart.json");
    }

    #[test]
    fn err_letter_file_name_without_letters() {
        assert_eq!(letter_file_name(" – ? "), "brief.missiekaart.json");
        assert_eq!(letter_file_name(""), "brief.missiekaart.json");
    }

    // ----- share links

    #[test]
    fn ok_letter_round_trips_through_a_link() {
        let fragment = share_fragment(LETTER_TEXT).expect("short enough");
        // Measured: 10_653 characters for the 2018 letter's 21_391 bytes (level 10 gives the same).
        assert!(fragment.len() < SHARE_FRAGMENT_LIMIT / 2, "{}", fragment.len());
        assert!(fragment.starts_with("v1."));
        assert!(fragment.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')));
        assert_eq!(text_from_fragment(&fragment).as_deref(), Ok(LETTER_TEXT));
        // Read with the padding some tools add, and a line end.
        let padding = "=".repeat((4 - (fragment.len() - 3) % 4) % 4);
        assert_eq!(text_from_fragment(&format!("{fragment}{padding}\n")).as_deref(), Ok(LETTER_TEXT));
    }

    #[test]
    fn err_long_text_is_too_long_for_a_link() {
        let text = random_words(200_000);
        let Err(TooLongForLink { chars }) = share_fragment(&text) else { panic!("a link for 200 KB") };
        assert!(chars > SHARE_FRAGMENT_LIMIT);
    }

    #[test]
    fn err_damaged_fragments() {
        let fragment = share_fragment("Een korte brief.").expect("short");
        assert_eq!(text_from_fragment(&fragment).as_deref(), Ok("Een korte brief."));
        assert_eq!(text_from_fragment(&fragment[3..]), Err(FragmentProblem::UnknownVersion));
        assert_eq!(text_from_fragment(&fragment.replacen("v1.", "v2.", 1)), Err(FragmentProblem::UnknownVersion));
        assert_eq!(text_from_fragment(&fragment[..fragment.len() - 4]), Err(FragmentProblem::Damaged));
        assert_eq!(text_from_fragment("v1.a+b/c"), Err(FragmentProblem::Damaged));
        assert_eq!(text_from_fragment("v1."), Err(FragmentProblem::Damaged));
        let blank = share_fragment(" \n").expect("short");
        assert_eq!(text_from_fragment(&blank), Err(FragmentProblem::Damaged));
        let latin1 = format!("v1.{}", BASE64URL.encode(miniz_oxide::deflate::compress_to_vec(b"caf\xe9", 9)));
        assert_eq!(text_from_fragment(&latin1), Err(FragmentProblem::Damaged));
    }

    #[test]
    fn err_hostile_fragment_is_too_large() {
        // 5 MB of spaces deflate to about 5 KB, and would inflate past the limit.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 5 * MAX_LETTER_BYTES], 10);
        let fragment = format!("v1.{}", BASE64URL.encode(&bomb));
        assert_eq!(text_from_fragment(&fragment), Err(FragmentProblem::TooLarge));
        let just_over = share_fragment(&"a".repeat(MAX_LETTER_BYTES + 1)).expect("compresses well");
        assert_eq!(text_from_fragment(&just_over), Err(FragmentProblem::TooLarge));
        let at_limit = share_fragment(&"a".repeat(MAX_LETTER_BYTES)).expect("compresses well");
        assert_eq!(text_from_fragment(&at_limit).map(|t| t.len()), Ok(MAX_LETTER_BYTES));
    }

    // ----- storage

    fn stored() -> StoredLetter {
        StoredLetter {
            format: STORED_LETTER_FORMAT,
            id: letter_id(SMALL_LETTER),
            title: "Een brief over Mali".to_owned(),
            date: Some("2021-03-01".to_owned()),
            saved_at: 1_614_600_000_000.0,
            text: SMALL_LETTER.to_owned(),
        }
    }

    #[test]
    fn ok_stored_round_trip() {
        let letter = stored();
        assert_eq!(read_stored(&write_stored(&letter)), Ok(letter));
        assert_eq!(storage_key("0123456789ab"), "missiekaart.letter.0123456789ab");
    }

    #[test]
    fn err_stored_damaged() {
        assert_eq!(read_stored(""), Err(StoredProblem::Damaged));
        assert_eq!(read_stored("{\"format\":1,\"id\":"), Err(StoredProblem::Damaged));
        assert_eq!(read_stored(r#"{"format":1,"id":"x"}"#), Err(StoredProblem::Damaged));
        assert_eq!(read_stored(r#"{"format":"1"}"#), Err(StoredProblem::Damaged));
    }

    #[test]
    fn err_stored_old_format() {
        assert_eq!(read_stored(r#"{"format":0,"text":"Tekst."}"#), Err(StoredProblem::OldFormat { format: 0 }));
        let newer = write_stored(&StoredLetter { format: 2, ..stored() });
        assert_eq!(read_stored(&newer), Err(StoredProblem::OldFormat { format: 2 }));
    }

    #[test]
    fn err_stored_wrong_id() {
        let wrong = write_stored(&StoredLetter { id: letter_id("een andere brief"), ..stored() });
        assert_eq!(read_stored(&wrong), Err(StoredProblem::Damaged));
    }

    #[test]
    fn ok_stored_without_a_number_for_saved_at() {
        let letter = StoredLetter { saved_at: f64::NAN, ..stored() };
        assert_eq!(read_stored(&write_stored(&letter)).map(|l| l.saved_at), Ok(0.0));
    }

    // ----- display_title

    #[test]
    fn ok_display_title_from_title() {
        let meta = Meta { title: " Missies in 2018 ".to_owned(), ..Meta::default() };
        assert_eq!(display_title(&meta).as_deref(), Some("Missies in 2018"));
        // Every year's letter in a dossier shares its title; the number tells them apart.
        let numbered = Meta { number: Some(371), ..meta };
        assert_eq!(display_title(&numbered).as_deref(), Some("Missies in 2018 (nr. 371)"));
        let already = Meta { title: "Brief nr. 12".to_owned(), number: Some(12), ..Meta::default() };
        assert_eq!(display_title(&already).as_deref(), Some("Brief nr. 12"));
    }

    #[test]
    fn ok_display_title_from_dossier_and_number() {
        let dossier = Dossier { number: "29 521".to_owned(), title: Some("Vredesoperaties".to_owned()) };
        let meta = Meta { dossiers: vec![dossier], number: Some(999), ..Meta::default() };
        assert_eq!(display_title(&meta).as_deref(), Some("Vredesoperaties (nr. 999)"));
        assert_eq!(display_title(&Meta { number: None, ..meta }).as_deref(), Some("Vredesoperaties"));
    }

    #[test]
    fn ok_display_title_from_kind() {
        let meta = Meta { document_kind: Some("BRIEF VAN DE MINISTER VAN DEFENSIE".to_owned()), ..Meta::default() };
        assert_eq!(display_title(&meta).as_deref(), Some("Brief van de minister van defensie"));
    }

    #[test]
    fn err_display_title_without_anything() {
        assert_eq!(display_title(&Meta::default()), None);
        let untitled = Dossier { number: "29 521".to_owned(), title: Some(" ".to_owned()) };
        assert_eq!(display_title(&Meta { dossiers: vec![untitled], number: Some(1), ..Meta::default() }), None);
    }

    // ----- never panics

    #[test]
    fn ok_garbage_never_panics() {
        let mut random = Random(0x2545_f491_4f6c_dd1d);
        for round in 0..400 {
            let len = random.below(3_000);
            let bytes = random.garbage(len);
            let text = String::from_utf8_lossy(&bytes);
            for name in ["brief.txt", "brief.html", "brief.json", "brief", ".JSON", ""] {
                let _ = text_of_file(name, &bytes);
            }
            let html = text_from_html(&text);
            assert_eq!(html.trim(), html);
            assert!(!html.contains("\n\n\n") && html.lines().all(|line| line.trim_end() == line), "{html:?}");
            let _ = text_from_fragment(&text);
            let _ = text_from_fragment(&format!("v1.{text}"));
            // Valid base64 of garbage, and of garbage behind a valid start: the inflater's turn.
            let _ = text_from_fragment(&format!("v1.{}", BASE64URL.encode(&bytes)));
            let mut stream = miniz_oxide::deflate::compress_to_vec(&bytes, 6);
            stream.truncate(stream.len() / 2);
            stream.extend_from_slice(&bytes[..bytes.len().min(64)]);
            let _ = text_from_fragment(&format!("v1.{}", BASE64URL.encode(&stream)));
            let _ = read_stored(&text);
            let _ = letter_id(&text);
            let _ = letter_file_name(&text);
            let meta = Meta { document_kind: Some(text.to_string()), ..Meta::default() };
            let _ = display_title(&meta);
            if round % 40 == 0 {
                let _ = share_fragment(&text);
            }
        }
    }

    #[test]
    fn ok_deep_json_never_panics() {
        let deep = format!(r#"{{"format":"missiekaart-letter","version":1,"model":{}"#, "[".repeat(200_000));
        assert_eq!(text_of_file("brief.json", deep.as_bytes()), Err(FileProblem::NotALetterFile));
        let deep_stored = format!(r#"{{"format":1,"id":{}"#, "{\"a\":".repeat(100_000));
        assert_eq!(read_stored(&deep_stored), Err(StoredProblem::Damaged));
    }
}
