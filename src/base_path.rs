//! Where the app is hosted. A static host may serve it at `/` or under a sub-path such as
//! `/missiekaart/`; the build writes that path into `<base href>`, and [`crate::nav`] takes it
//! from there.

/// The router's base for a document whose base URI is `base_uri`: its path without the
/// trailing slash, so `https://example.org/missiekaart/` gives `/missiekaart` and a root
/// host gives the empty string.
pub fn router_base(base_uri: &str) -> String {
    let without_scheme = base_uri.split_once("://").map_or(base_uri, |(_, rest)| rest);
    let path = match without_scheme.find('/') {
        Some(i) if base_uri.contains("://") => &without_scheme[i..],
        Some(_) => without_scheme,
        None if base_uri.contains("://") => "/",
        None => without_scheme,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    // `<base href>` names a folder; a file name after the last slash is not part of it.
    let folder = match path.rfind('/') {
        Some(i) => &path[..i],
        None => "",
    };
    folder.to_owned()
}

#[cfg(test)]
mod tests {
    use super::router_base;

    #[test]
    fn ok_sub_path() {
        assert_eq!(router_base("http://127.0.0.1:8080/missiekaart/"), "/missiekaart");
        assert_eq!(router_base("https://example.org/a/b/"), "/a/b");
    }

    #[test]
    fn ok_root() {
        assert_eq!(router_base("http://127.0.0.1:8080/"), "");
        assert_eq!(router_base("http://127.0.0.1:8080"), "");
    }

    #[test]
    fn ok_file_name_and_query_are_not_part_of_base() {
        assert_eq!(router_base("https://example.org/x/index.html?q=1#s-4"), "/x");
        assert_eq!(router_base("file:///home/me/dist-single/index.html"), "/home/me/dist-single");
    }

    #[test]
    fn err_garbage_gives_root() {
        assert_eq!(router_base(""), "");
        assert_eq!(router_base("not a url"), "");
    }
}
