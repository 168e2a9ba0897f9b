//! `sw.js`: precaches every built file, versioned by their content.

use super::*;

/// Writes `dist/sw.js` from `xtask/sw.js`, listing every other file in `dist`.
pub fn write(dist: &Path) -> Result<()> {
    let mut files = Vec::new();
    list_files(dist, dist, &mut files)?;
    files.sort();
    let mut version = Fnv::default();
    for file in &files {
        version.add(file.as_bytes());
        version.add(&std::fs::read(dist.join(file))?);
    }
    let list = serde_json::to_string(&files)?;
    let template = std::fs::read_to_string(root().join("xtask/sw.js")).context("reading xtask/sw.js")?;
    let script = template.replace("'__VERSION__'", &format!("'{:016x}'", version.0)).replace("__FILES__", &list);
    std::fs::write(dist.join("sw.js"), script).context("writing sw.js")?;
    say(&format!("service worker precaches {} files, version {:016x}", files.len(), version.0));
    Ok(())
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
