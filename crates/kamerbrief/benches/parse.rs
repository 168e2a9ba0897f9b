//! Parsing time for the letter at 1×, 10× and 100× its size: it must stay well under a
//! millisecond for the letter and grow linearly.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use kamerbrief::{Lexicon, Meta, meta_from_json, parse};

const LETTER: &str = include_str!("../../../data/kamerbrief-missies-2018.txt");
const META: &str = include_str!("../../../data/kamerbrief-missies-2018.meta.json");

fn parse_letter(c: &mut Criterion) {
    let lexicon = Lexicon::builtin();
    let meta: Meta = meta_from_json(META).unwrap();
    let mut group = c.benchmark_group("parse");
    for times in [1usize, 10, 100] {
        // Copies joined by a page break, as a longer letter would be.
        let text = vec![LETTER; times].join("\n\n\n\n");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(format!("{times}x")), &text, |b, text| {
            b.iter(|| parse(text, meta.clone(), &lexicon).unwrap())
        });
    }
    group.finish();
}

fn load_lexicon(c: &mut Criterion) {
    c.bench_function("lexicon/from_json", |b| b.iter(|| Lexicon::from_json(kamerbrief::BUILTIN_LEXICON_JSON).unwrap()));
}

criterion_group!(benches, parse_letter, load_lexicon);
criterion_main!(benches);
