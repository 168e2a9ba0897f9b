//! Compiles the letter's metadata file into Rust, so the app's wasm carries no JSON parser
//! for it; and parses the letter natively, writing its model as postcard bytes that the app
//! embeds, so the app's main module carries no letter parser either (see `src/embedded.rs`).
//! Native tests check both against `kamerbrief::meta_from_json` and a fresh parse.

fn main() {
    let path = "data/kamerbrief-missies-2018.meta.json";
    println!("cargo:rerun-if-changed={path}");
    let json = std::fs::read_to_string(path).expect("the metadata file is readable");
    let meta: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{path}: {e}"));
    let text = |key: &str| meta[key].as_str().map_or("None".to_owned(), |v| format!("Some({v:?}.to_owned())"));
    let title = meta["title"].as_str().unwrap_or_else(|| panic!("{path}: no title"));
    let date = match meta["date"].as_str() {
        Some(date) => {
            let parts: Vec<u32> =
                date.split('-').map(|p| p.parse().unwrap_or_else(|_| panic!("{path}: bad date {date}"))).collect();
            let [year, month, day] = parts[..] else { panic!("{path}: bad date {date}") };
            format!("kamerbrief::Date::new({year}, {month}, {day})")
        }
        None => "None".to_owned(),
    };
    let code = format!(
        "/// The letter's metadata, compiled from `{path}` by `build.rs`.\npub fn meta() -> Meta {{\n    Meta {{ title: {title:?}.to_owned(), date: {date}, kamerstuk: {}, document_id: {}, source_url: {}, ..Meta::default() }}\n}}\n",
        text("kamerstuk"),
        text("document_id"),
        text("source_url"),
    );
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("letter_meta.rs"), code).expect("OUT_DIR is writable");

    // A change to the parser or the lexicon rebuilds the `kamerbrief` build-dependency, and
    // with it this script, so only the letter itself needs watching here.
    let letter_path = "data/kamerbrief-missies-2018.txt";
    println!("cargo:rerun-if-changed={letter_path}");
    let text = std::fs::read_to_string(letter_path).expect("the letter is readable");
    let meta = kamerbrief::meta_from_json(&json).unwrap_or_else(|e| panic!("{path}: {e}"));
    let letter = kamerbrief::parse(&text, meta, &kamerbrief::Lexicon::builtin())
        .unwrap_or_else(|e| panic!("{letter_path}: {e}"));
    let model = postcard::to_allocvec(&letter).expect("the letter's model serialises");
    std::fs::write(out.join("letter.postcard"), model).expect("OUT_DIR is writable");
}
