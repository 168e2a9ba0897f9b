//! The Content-Security-Policy of every page, as a `<meta http-equiv>` (a static host sets no
//! headers): the page's own files only, its inline scripts allowed by their SHA-256 hashes,
//! computed here from the finished page, and never `'unsafe-inline'` for scripts.
//!
//! - `script-src`: `'self'` for the wasm-bindgen glue and the wasm-split loader, the hashes of
//!   the page's inline scripts (the start-up module, the service worker's registration, the
//!   language swap), and `'wasm-unsafe-eval'`, which compiling WebAssembly needs.
//! - `style-src 'self'`: the one stylesheet. The app sets the few styles it computes (the map's
//!   popover position, a placeholder's height) through the CSSOM, which the policy allows, and
//!   the pre-rendered markup carries no `style` attribute (see [`strip_empty_styles`]).
//! - `img-src 'self'`: the icons.
//! - `object-src 'none'`, `base-uri 'self'`, `form-action 'self'`.
//!
//! The single-file build has its own policy ([`single_file_policy`]): its modules become
//! `blob:` URLs, its stylesheet is inline (allowed by hash), and its icon and exports are
//! `data:` URLs.

use super::*;

use sha2::{Digest, Sha256};

/// Adds the policy to every HTML page under `dist`, each with the hashes of its own inline
/// scripts.
pub fn apply(dist: &Path) -> Result<()> {
    let mut pages = Vec::new();
    html_files(dist, &mut pages)?;
    for page in &pages {
        let html = std::fs::read_to_string(page)?;
        let html = with_policy(&strip_empty_styles(&html), &site_policy(&inline_scripts(&html)))?;
        std::fs::write(page, html).with_context(|| format!("writing {}", page.display()))?;
    }
    say(&format!("Content-Security-Policy in {} pages", pages.len()));
    Ok(())
}

/// The site's policy, allowing these inline scripts by hash.
pub fn site_policy(scripts: &[&str]) -> String {
    let hashes: String = scripts.iter().map(|s| format!(" 'sha256-{}'", sha256_base64(s))).collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; img-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'self'"
    )
}

/// The single file's policy: its start-up module and its stylesheet by hash, the modules it
/// makes into `blob:` URLs, and its `data:` icon and exports. Opened from disk, nothing else
/// is allowed to load.
pub fn single_file_policy(bootstrap: &str, css: &str) -> String {
    format!(
        "default-src 'none'; script-src 'sha256-{}' blob: 'wasm-unsafe-eval'; style-src 'sha256-{}'; \
         img-src data:; connect-src data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'",
        sha256_base64(bootstrap),
        sha256_base64(css)
    )
}

/// `html` with a `<meta http-equiv="Content-Security-Policy">` as the first element of its
/// head after the character set, before any script.
pub fn with_policy(html: &str, policy: &str) -> Result<String> {
    let tag = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />", escape(policy));
    let head = html.find("<head>").context("a page without <head>")? + "<head>".len();
    let at = html[head..]
        .find("<meta charset=\"utf-8\" />")
        .filter(|&i| html[head..head + i].trim().is_empty())
        .map_or(head, |i| head + i + "<meta charset=\"utf-8\" />".len());
    Ok(format!("{}{tag}{}", &html[..at], &html[at..]))
}

/// The text of each inline script that runs: no `src`, and a JavaScript type (none, `module`
/// or `text/javascript`); data blocks such as `type="text/tab-separated-values"` do not run.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else { break };
        let tag = &after[..tag_end];
        let body_start = start + tag_end + 1;
        let Some(len) = rest[body_start..].find("</script>") else { break };
        let kind = html_attribute(tag, "type");
        let runs = matches!(kind.as_deref(), None | Some("module") | Some("text/javascript"));
        if runs && html_attribute(tag, "src").is_none() {
            scripts.push(&rest[body_start..body_start + len]);
        }
        rest = &rest[body_start + len + "</script>".len()..];
    }
    scripts
}

/// The page without the empty `style=""` attributes a pre-rendered snapshot carries where
/// the app had set a style and cleared it again: under `style-src 'self'` each would be a
/// policy violation, and they style nothing.
pub fn strip_empty_styles(html: &str) -> String {
    html.replace(" style=\"\"", "")
}

/// SHA-256 of the text's UTF-8 bytes, in standard base64: a CSP hash source.
pub fn sha256_base64(text: &str) -> String {
    base64(&Sha256::digest(text.as_bytes()))
}

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            html_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_sha256_of_known_texts() {
        assert_eq!(sha256_base64(""), "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
        assert_eq!(sha256_base64("abc"), "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    }

    #[test]
    fn ok_inline_scripts_that_run_and_not_data_or_files() {
        let html = "<head><script>a()</script><script type=\"module\">b()</script>\
                    <script type=\"text/tab-separated-values\" id=\"x\">data</script>\
                    <script src=\"c.js\"></script><script type=\"text/javascript\">d()</script></head>";
        assert_eq!(inline_scripts(html), vec!["a()", "b()", "d()"]);
    }

    #[test]
    fn err_unclosed_script_ends_the_scan() {
        assert_eq!(inline_scripts("<script>a()</script><script>b("), vec!["a()"]);
    }

    #[test]
    fn ok_policy_follows_the_charset_and_lists_each_hash() {
        let html = "<!DOCTYPE html><html><head>\n    <meta charset=\"utf-8\" />\n<script>a()</script></head></html>";
        let policy = site_policy(&inline_scripts(html));
        assert!(policy.contains(&format!("'sha256-{}'", sha256_base64("a()"))), "{policy}");
        assert!(!policy.contains("unsafe-inline"), "{policy}");
        let out = with_policy(html, &policy).unwrap();
        let meta = out.find("Content-Security-Policy").unwrap();
        assert!(out.find("charset").unwrap() < meta && meta < out.find("<script>").unwrap(), "{out}");
        assert!(out.contains("content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-"), "{out}");
    }

    #[test]
    fn ok_without_charset_the_policy_opens_the_head() {
        let out = with_policy("<html><head><title>t</title></head></html>", "default-src 'self'").unwrap();
        assert!(out.starts_with("<html><head><meta http-equiv=\"Content-Security-Policy\""), "{out}");
    }

    #[test]
    fn err_page_without_head() {
        assert!(with_policy("<p>no head</p>", "x").is_err());
    }

    #[test]
    fn ok_empty_styles_are_stripped_and_others_kept() {
        assert_eq!(strip_empty_styles("<div style=\"\"><p style=\"color: red\">"), "<div><p style=\"color: red\">");
    }

    #[test]
    fn ok_single_file_policy_allows_blob_modules_and_data() {
        let policy = single_file_policy("boot()", "body{}");
        assert!(policy.contains("blob:") && policy.contains("img-src data:"), "{policy}");
        assert!(policy.contains(&sha256_base64("boot()")) && policy.contains(&sha256_base64("body{}")), "{policy}");
    }
}
