//! Compiles the shipped lexicon (`data/lexicon.json`) into Rust, so that programs using
//! `Lexicon::builtin()` (the app's wasm among them) carry no JSON parser for it. A test
//! checks that the result equals `Lexicon::from_json` of the same file.

use std::fmt::Write as _;

use serde_json::Value;

fn main() {
    let path = "../../data/lexicon.json";
    println!("cargo:rerun-if-changed={path}");
    let json = std::fs::read_to_string(path).expect("data/lexicon.json is readable");
    let lexicon: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("data/lexicon.json: {e}"));
    let code = format!(
        "/// The shipped lexicon, compiled from `data/lexicon.json` by `build.rs`.\npub(crate) fn builtin_lexicon() -> Lexicon {{\n{}\n}}\n",
        lexicon_literal(&lexicon)
    );
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin_lexicon.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

fn s(v: &Value) -> String {
    format!("{:?}", v.as_str().unwrap_or_else(|| panic!("lexicon: expected a string, found {v}")))
}

fn opt_s(v: &Value) -> String {
    match v.as_str() {
        Some(text) => format!("Some({text:?})"),
        None => "None".to_owned(),
    }
}

fn strings(v: &Value) -> String {
    let items: Vec<String> = v.as_array().map(|a| a.iter().map(s).collect()).unwrap_or_default();
    format!("&[{}]", items.join(", "))
}

fn f(v: &Value) -> String {
    format!("{:?}_f64", v.as_f64().unwrap_or_else(|| panic!("lexicon: expected a number, found {v}")))
}

/// A kebab-case name as its enum variant: `decision-pending` → `DecisionPending`.
fn variant(v: &Value) -> String {
    let text = v.as_str().unwrap_or_else(|| panic!("lexicon: expected a name, found {v}"));
    text.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
        })
        .collect()
}

/// The cues as a `Cues` literal: every list of strings by its key (keys starting with `_` are
/// comments), and the three lists of lists by state, by item kind and by letter kind. A key
/// the file lacks fails the build, as a key `Cues` does not know does.
fn cues_literal(cues: &Value) -> String {
    let Some(object) = cues.as_object() else { return "Cues::default()".to_owned() };
    let mut out = String::from("Cues {\n");
    for (key, value) in object.iter().filter(|(k, _)| !k.starts_with('_')) {
        let field = match key.as_str() {
            "status" => {
                list(value, |s| format!("built::state_cues(Status::{}, {})", variant(&s["state"]), strings(&s["cues"])))
            }
            "item_kinds" => {
                list(value, |k| format!("built::kind_cues(ItemKind::{}, {})", variant(&k["kind"]), strings(&k["cues"])))
            }
            "negated_status" => list(value, |n| {
                format!("built::negated_state(Status::{}, Status::{})", variant(&n["state"]), variant(&n["becomes"]))
            }),
            "letter_kinds" => list(value, |k| {
                let status = match k["status"].as_str() {
                    Some(_) => format!("Some(Status::{})", variant(&k["status"])),
                    None => "None".to_owned(),
                };
                format!(
                    "built::letter_kind_cues(LetterKind::{}, {status}, {})",
                    variant(&k["kind"]),
                    strings(&k["cues"])
                )
            }),
            _ => format!("built::texts({})", strings(value)),
        };
        let _ = writeln!(out, "{key}: {field},");
    }
    out.push_str("searchers: Default::default(),\n}");
    out
}

fn list(v: &Value, item: impl Fn(&Value) -> String) -> String {
    let items: Vec<String> = v.as_array().map(|a| a.iter().map(item).collect()).unwrap_or_default();
    format!("vec![\n{}\n]", items.join(",\n"))
}

/// The lexicon as Rust. Every entry is a call to a small constructor in `lexicon.rs`
/// (`built::place(…)` and so on) with `&'static str` arguments, rather than a struct literal
/// of `.to_owned()` calls: the constructors exist once, where literals would inline an
/// allocation and a copy for every string (23 KB of wasm, against a few here).
fn lexicon_literal(l: &Value) -> String {
    let mut out = String::from("Lexicon {\n");
    let _ = writeln!(out, "document_url: built::text({}),", s(&l["document_url"]));
    let _ = writeln!(
        out,
        "named_days: {},",
        list(&l["named_days"], |d| format!(
            "built::named_day({}, {}, Weekday::{}, {})",
            s(&d["name"]),
            d["month"],
            variant(&d["weekday"]),
            d["nth"]
        ))
    );
    let _ = writeln!(
        out,
        "regions: {},",
        list(&l["regions"], |r| format!("built::region({}, {}, {})", s(&r["id"]), s(&r["name"]), s(&r["name_en"])))
    );
    let _ = writeln!(
        out,
        "organisations: {},",
        list(&l["organisations"], |o| format!(
            "built::organisation({}, {}, {}, {}, {})",
            s(&o["id"]),
            s(&o["name"]),
            s(&o["name_en"]),
            strings(&o["aliases"]),
            s(&o["kind"])
        ))
    );
    let _ = writeln!(
        out,
        "places: {},",
        list(&l["places"], |p| format!(
            "built::place([{}, {}, {}, {}], {}, {}, {}, {}, {})",
            s(&p["id"]),
            s(&p["name"]),
            s(&p["name_en"]),
            s(&p["kind"]),
            strings(&p["aliases"]),
            f(&p["lat"]),
            f(&p["lon"]),
            opt_s(&p["iso_n3"]),
            opt_s(&p["region"])
        ))
    );
    let _ = writeln!(
        out,
        "missions: {},",
        list(&l["missions"], |m| format!(
            "built::mission([{}, {}, {}, {}], {}, {}, Frame::{}, {}, {}, {})",
            s(&m["id"]),
            s(&m["name"]),
            s(&m["name_nl"]),
            s(&m["name_en"]),
            opt_s(&m["short_en"]),
            strings(&m["aliases"]),
            variant(&m["frame"]),
            opt_s(&m["organisation"]),
            strings(&m["places"]),
            if m["contribution_kind"].is_string() {
                format!("Some(ItemKind::{})", variant(&m["contribution_kind"]))
            } else {
                "None".to_owned()
            }
        ))
    );
    let _ = writeln!(out, "cues: {},", cues_literal(&l["cues"]));
    out.push_str("matchers: Default::default(),\n}");
    out
}
