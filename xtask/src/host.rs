//! A static host that behaves like GitHub Pages, for `serve`, the browser tests and the bench.
//!
//! For a request under its prefix it serves the file; else `dir/index.html` (redirecting
//! `dir` to `dir/` first); else `404.html` with status 404. It never falls back to the app's
//! `index.html`: every path the app shares must exist as a file, as on a real static host.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::thread;

use anyhow::{Context, Result};

/// A running host.
pub struct Host {
    /// Where it listens.
    pub addr: SocketAddr,
}

impl Host {
    /// The URL of the site's root: `http://127.0.0.1:PORT/prefix/`.
    pub fn url(&self, prefix: &str) -> String {
        format!("http://{}{}", self.addr, prefix)
    }
}

/// Serves `root` at `prefix` (which starts and ends with `/`) on `127.0.0.1:port` (0 picks a
/// free port), on a background thread for the rest of the process.
pub fn spawn(root: &Path, prefix: &str, port: u16) -> Result<Host> {
    let listener =
        TcpListener::bind(("127.0.0.1", port)).with_context(|| format!("cannot listen on 127.0.0.1:{port}"))?;
    let addr = listener.local_addr()?;
    let site = Arc::new(Site { root: root.to_path_buf(), prefix: normalise_prefix(prefix) });
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let site = Arc::clone(&site);
            thread::spawn(move || {
                // A client that hangs up mid-response is no error of the host's.
                let _ = site.answer(stream);
            });
        }
    });
    Ok(Host { addr })
}

/// `missiekaart` or `/missiekaart` → `/missiekaart/`; empty → `/`.
pub fn normalise_prefix(prefix: &str) -> String {
    let trimmed = prefix.trim_matches('/');
    if trimmed.is_empty() { "/".to_owned() } else { format!("/{trimmed}/") }
}

struct Site {
    root: PathBuf,
    prefix: String,
}

/// What the host answers to one request.
#[derive(Debug, PartialEq, Eq)]
enum Answer {
    File { status: u16, path: PathBuf },
    Redirect(String),
    NotFound,
    MethodNotAllowed,
}

impl Site {
    fn answer(&self, stream: TcpStream) -> std::io::Result<()> {
        let mut reader = BufReader::new(stream.try_clone()?);
        let mut request_line = String::new();
        reader.read_line(&mut request_line)?;
        // Read the headers off the connection; the host needs none of them.
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
                break;
            }
        }
        let mut parts = request_line.split_whitespace();
        let method = parts.next().unwrap_or("");
        let target = parts.next().unwrap_or("/");
        let head_only = method == "HEAD";
        let answer = if method == "GET" || head_only { self.resolve(target) } else { Answer::MethodNotAllowed };
        respond(stream, answer, head_only)
    }

    fn resolve(&self, target: &str) -> Answer {
        let path = target.split(['?', '#']).next().unwrap_or("/");
        // A redirect keeps the query, so `/timeline?lang=nl` lands on `/timeline/?lang=nl`.
        let query = target.find('?').map_or("", |i| &target[i..]);
        let Some(path) = percent_decode(path) else { return self.not_found() };
        if format!("{path}/") == self.prefix {
            return Answer::Redirect(format!("{}{query}", self.prefix));
        }
        let Some(relative) = path.strip_prefix(&self.prefix) else { return Answer::NotFound };
        let mut file = self.root.clone();
        for component in Path::new(relative).components() {
            match component {
                Component::Normal(part) => file.push(part),
                Component::CurDir => {}
                // `..`, a root or a drive prefix never leaves the site.
                _ => return self.not_found(),
            }
        }
        if file.is_file() {
            return Answer::File { status: 200, path: file };
        }
        if file.is_dir() {
            if !path.ends_with('/') {
                return Answer::Redirect(format!("{path}/{query}"));
            }
            let index = file.join("index.html");
            if index.is_file() {
                return Answer::File { status: 200, path: index };
            }
        }
        self.not_found()
    }

    fn not_found(&self) -> Answer {
        let page = self.root.join("404.html");
        if page.is_file() { Answer::File { status: 404, path: page } } else { Answer::NotFound }
    }
}

fn respond(mut stream: TcpStream, answer: Answer, head_only: bool) -> std::io::Result<()> {
    let (status, reason, content_type, body, location) = match answer {
        Answer::File { status, path } => {
            let body = std::fs::read(&path)?;
            let reason = if status == 200 { "OK" } else { "Not Found" };
            (status, reason, content_type(&path), body, None)
        }
        Answer::Redirect(to) => (301, "Moved Permanently", "text/html; charset=utf-8", Vec::new(), Some(to)),
        Answer::NotFound => (404, "Not Found", "text/plain; charset=utf-8", b"404 Not Found\n".to_vec(), None),
        Answer::MethodNotAllowed => (405, "Method Not Allowed", "text/plain; charset=utf-8", Vec::new(), None),
    };
    let mut head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: max-age=600\r\nConnection: close\r\n",
        body.len()
    );
    if let Some(location) = location {
        head.push_str(&format!("Location: {location}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(&body)?;
    }
    stream.flush()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "ics" => "text/calendar; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Decodes `%XX` escapes; `None` for a malformed escape or bytes that are not UTF-8.
fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = path.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> (tempdir::Dir, Site) {
        let dir = tempdir::Dir::new();
        std::fs::write(dir.path.join("index.html"), "home").unwrap();
        std::fs::write(dir.path.join("404.html"), "missing").unwrap();
        std::fs::create_dir_all(dir.path.join("missions/minusma")).unwrap();
        std::fs::write(dir.path.join("missions/minusma/index.html"), "m").unwrap();
        let site = Site { root: dir.path.clone(), prefix: "/mk/".into() };
        (dir, site)
    }

    mod tempdir {
        pub struct Dir {
            pub path: std::path::PathBuf,
        }
        impl Dir {
            pub fn new() -> Self {
                use std::sync::atomic::{AtomicUsize, Ordering};
                static N: AtomicUsize = AtomicUsize::new(0);
                let path = std::env::temp_dir().join(format!(
                    "xtask-host-{}-{}",
                    std::process::id(),
                    N.fetch_add(1, Ordering::SeqCst)
                ));
                std::fs::create_dir_all(&path).unwrap();
                Self { path }
            }
        }
        impl Drop for Dir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.path);
            }
        }
    }

    #[test]
    fn serves_files_and_directory_indexes() {
        let (dir, site) = site();
        assert_eq!(site.resolve("/mk/"), Answer::File { status: 200, path: dir.path.join("index.html") });
        assert_eq!(
            site.resolve("/mk/missions/minusma/?x=1"),
            Answer::File { status: 200, path: dir.path.join("missions/minusma/index.html") }
        );
    }

    #[test]
    fn redirects_folders_to_their_slash() {
        let (_dir, site) = site();
        assert_eq!(site.resolve("/mk"), Answer::Redirect("/mk/".into()));
        assert_eq!(site.resolve("/mk/missions/minusma"), Answer::Redirect("/mk/missions/minusma/".into()));
        assert_eq!(
            site.resolve("/mk/missions/minusma?lang=nl"),
            Answer::Redirect("/mk/missions/minusma/?lang=nl".into())
        );
    }

    #[test]
    fn unknown_paths_get_the_404_page_never_the_app() {
        let (dir, site) = site();
        let missing = Answer::File { status: 404, path: dir.path.join("404.html") };
        assert_eq!(site.resolve("/mk/timeline"), missing);
        assert_eq!(site.resolve("/mk/../etc/passwd"), missing);
        assert_eq!(site.resolve("/mk/%ZZ"), missing);
        assert_eq!(site.resolve("/other/"), Answer::NotFound);
    }

    #[test]
    fn prefixes_normalise() {
        assert_eq!(normalise_prefix(""), "/");
        assert_eq!(normalise_prefix("/x"), "/x/");
        assert_eq!(normalise_prefix("x/y/"), "/x/y/");
    }
}
