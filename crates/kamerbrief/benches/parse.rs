//! Parsing time for the letter at 1×, 10× and 100× its size: the budget is 1.1 ms for the
//! letter, growing linearly. Also: what loading the lexicon costs, cold,
//! and the parse of each letter under `tests/letters/`.

use std::path::PathBuf;

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use kamerbrief::{Lexicon, Meta, meta_from_json, parse};

const LETTER: &str = include_str!("../../../data/kamerbrief-missies-2018.txt");
const META: &str = include_str!("../../../data/kamerbrief-missies-2018.meta.json");
/// A letter of one sentence: parsing it costs next to nothing beyond the lexicon's set-up.
const SHORT: &str = "Inleiding\nHet kabinet zal dit najaar besluiten over de bijdrage aan MINUSMA in Mali.\n";

fn parse_letter(c: &mut Criterion) {
    let lexicon = Lexicon::builtin();
    let meta: Meta = meta_from_json(META).unwrap();
    let mut group = c.benchmark_group("parse");
    for times in [1usize, 10, 100] {
        // Copies joined by a page break, as a longer letter would be.
        let text = vec![LETTER; times].join("\n\n\n\n");
        group.throughput(Throughput::Bytes(text.len() as u64));
        // Each model is dropped after its parse, outside the timing: freeing it is not parsing
        // (a reader's model is kept), and the next parse finds the heap as a long-running
        // process has it, not swollen by a whole sample's models.
        group.bench_with_input(BenchmarkId::from_parameter(format!("{times}x")), &text, |b, text| {
            b.iter_batched(|| meta.clone(), |meta| parse(text, meta, &lexicon).unwrap(), BatchSize::PerIteration)
        });
    }
    group.finish();
}

/// Each letter the tests read, with its metadata file if it has one.
fn parse_test_letters(c: &mut Criterion) {
    let lexicon = Lexicon::builtin();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/letters");
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    let mut paths: Vec<PathBuf> =
        entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    paths.sort();
    let mut group = c.benchmark_group("parse/letters");
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let meta = std::fs::read_to_string(path.with_extension("meta.json"))
            .ok()
            .and_then(|json| meta_from_json(&json).ok())
            .unwrap_or_default();
        let name = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        group.throughput(Throughput::Bytes(text.len() as u64));
        // A letter the parser rejects is timed all the same: its error path is a parse too.
        group.bench_function(name, |b| {
            b.iter_batched(|| meta.clone(), |meta| parse(&text, meta, &lexicon), BatchSize::PerIteration)
        });
    }
    group.finish();
}

/// The lexicon's costs. `Lexicon::builtin()` builds the lexicon from code that `build.rs`
/// wrote; its matchers and cue searchers are built on the first parse with it (they live in
/// the lexicon, so a fresh lexicon pays again). A cold start pays `builtin` plus
/// `first_parse`; `first_parse` minus `warm_parse` is the matchers' set-up. A few
/// process-wide tables (the temporal grammar's table of start words and rules) are built once per process and
/// cannot be timed cold here.
fn load_lexicon(c: &mut Criterion) {
    let meta = Meta::default();
    let mut group = c.benchmark_group("lexicon");
    group.bench_function("from_json", |b| b.iter(|| Lexicon::from_json(kamerbrief::BUILTIN_LEXICON_JSON).unwrap()));
    group.bench_function("builtin", |b| b.iter(Lexicon::builtin));
    // A fresh lexicon for each parse, built (and later dropped) outside the timing.
    group.bench_function("first_parse", |b| {
        b.iter_batched(
            Lexicon::builtin,
            |lexicon| {
                parse(SHORT, meta.clone(), &lexicon).unwrap();
                lexicon
            },
            BatchSize::SmallInput,
        )
    });
    let warm = Lexicon::builtin();
    group.bench_function("warm_parse", |b| b.iter(|| parse(SHORT, meta.clone(), &warm).unwrap()));
    group.finish();
}

criterion_group!(benches, parse_letter, parse_test_letters, load_lexicon);
criterion_main!(benches);
