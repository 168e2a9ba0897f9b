//! `sw.js`: precaches the files the app itself uses, versioned by the content of every file.

use super::*;

/// Folders whose files the app never reads, so the service worker does not precache them:
/// the preview cards are for link-preview crawlers, and the exports are fetched only when a
/// reader asks for one. They come from the network, and are cached when first fetched.
const NOT_PRECACHED_FOLDERS: [&str; 2] = ["cards/", "downloads/"];

/// Wasm-split modules that most readers never run, left to load (and be cached) on first use:
/// the parser for a letter the reader brings (`src/open_parser.rs`), some 140 KB gzip, more
/// than the rest of the app, and the `/open/` page's own code, some 40 KB. That page has the
/// worker keep its code and fetches the parser as soon as it is shown, so it works offline
/// after one visit.
const NOT_PRECACHED_MODULES: [&str; 2] = ["split_mk_open_parser.wasm", "split_mk_open.wasm"];

/// Writes `dist/sw.js` from `xtask/sw.js`, listing the files to precache (see [`precached`]).
/// The version hashes every file in `dist`, precached or not, so that a new build also drops
/// what was cached at runtime.
pub fn write(dist: &Path) -> Result<()> {
    let mut files = Vec::new();
    list_files(dist, dist, &mut files)?;
    files.sort();
    let mut version = Fnv::default();
    for file in &files {
        version.add(file.as_bytes());
        version.add(&std::fs::read(dist.join(file))?);
    }
    let precache: Vec<&String> = files.iter().filter(|file| precached(file)).collect();
    let list = serde_json::to_string(&precache)?;
    let template = std::fs::read_to_string(root().join("xtask/sw.js")).context("reading xtask/sw.js")?;
    let script = template.replace("'__VERSION__'", &format!("'{:016x}'", version.0)).replace("__FILES__", &list);
    std::fs::write(dist.join("sw.js"), script).context("writing sw.js")?;
    say(&format!(
        "service worker precaches {} of {} files (not {} or {}), version {:016x}",
        precache.len(),
        files.len(),
        NOT_PRECACHED_FOLDERS.join(", "),
        NOT_PRECACHED_MODULES.join(", "),
        version.0
    ));
    Ok(())
}

/// Whether the service worker precaches `file` (relative to the site, `/` separators): every
/// file the app uses (each page's `index.html`, so that deep links work offline, `404.html`,
/// the stylesheet, the scripts, the wasm main module and its chunks, the icons, the manifest
/// and the basemap), and not the preview cards, the exports, or a module no page runs yet.
fn precached(file: &str) -> bool {
    let name = file.rsplit('/').next().unwrap_or(file);
    !NOT_PRECACHED_FOLDERS.iter().any(|folder| file.starts_with(folder)) && !NOT_PRECACHED_MODULES.contains(&name)
}

/// Every file under `dir`, relative to `dist`, with `/` separators; the service worker
/// itself is not among them.
fn list_files(dist: &Path, dir: &Path, out: &mut Vec<String>) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            list_files(dist, &path, out)?;
        } else {
            let relative: PathBuf = path.strip_prefix(dist)?.to_path_buf();
            let name = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            if name != "sw.js" {
                out.push(name);
            }
        }
    }
    Ok(())
}

/// FNV-1a, 64 bits: enough to tell versions apart, and no dependency.
pub struct Fnv(pub u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    /// Adds bytes to the hash.
    pub fn add(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::precached;

    #[test]
    fn ok_precached_app_files() {
        for file in [
            "index.html",
            "404.html",
            "missions/minusma/index.html",
            "timeline/index.html",
            "main-0123456789abcdef.css",
            "wasm-0123456789abcdef/missiekaart_bg.wasm",
            "wasm-0123456789abcdef/split_mk_timeline.wasm",
            "wasm-0123456789abcdef/chunk_12.wasm",
            "wasm-0123456789abcdef/__wasm_split.js",
            "icons/icon-192.png",
            "manifest.webmanifest",
            "basemap.tsv",
        ] {
            assert!(precached(file), "{file}");
        }
    }

    #[test]
    fn err_precached_cards_downloads_the_parser_and_the_open_page() {
        for file in [
            "cards/minusma.png",
            "cards/site.png",
            "downloads/missiekaart-2018.json",
            "downloads/missies-2018.ics",
            "wasm-0123456789abcdef/split_mk_open_parser.wasm",
            "wasm-0123456789abcdef/split_mk_open.wasm",
        ] {
            assert!(!precached(file), "{file}");
        }
    }
}
