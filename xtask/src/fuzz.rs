//! `cargo xtask fuzz`: the parser must never panic, whatever text it is given.
//!
//! Inputs come in three families, a third each: arbitrary bytes, generated letter-like text,
//! and windows of the real letters with a few mutations. Input `i` of seed `s` comes from its
//! own generator seeded by `(s, i)`, so a run reproduces whatever the number of threads.
//!
//! Panics are grouped by where in the parser they happen. For each place, the first input
//! that panicked there goes to `target/fuzz/crash-<i>.txt`, a shrunk copy that still panics
//! there to `crash-<i>.min.txt`, each with its metadata beside it the way the kamerbrief CLI
//! looks for it; then the run fails. The slowest input goes to `target/fuzz/slowest.txt`.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use kamerbrief::{Lexicon, Meta, meta_from_json, parse};

use crate::{cargo, option, root, say};

/// Set in the optimised child run, so that it does not start itself again.
const OPTIMISED: &str = "XTASK_FUZZ_OPTIMISED";
/// The profile of that run: release speed, with overflow checks and debug assertions kept on
/// so that arithmetic slips panic as they would in a debug build.
const PROFILE: &str = "fuzz-release";
/// A run stops once the parser has panicked at this many places.
const MAX_SITES: usize = 10;
/// Inputs a thread takes at a time from the shared counter.
const CHUNK: u64 = 256;

const META: &str = "data/kamerbrief-missies-2018.meta.json";

pub fn run(args: &[String]) -> Result<()> {
    let inputs = match option(args, "--inputs")? {
        Some(n) => n.replace('_', "").parse().with_context(|| format!("--inputs {n} is not a count"))?,
        None => 1_000_000,
    };
    let seed = match option(args, "--seed")? {
        Some(s) => s.parse().with_context(|| format!("--seed {s} is not a number"))?,
        None => 0,
    };
    if std::env::var_os(OPTIMISED).is_none() {
        return run_optimised(args);
    }
    fuzz(inputs, seed)
}

/// Runs this command again, built with [`PROFILE`]: the xtask's own dev build parses many
/// times slower. The profile is defined here, on the command line, so that it needs no entry
/// in the workspace's files and does not overwrite the release build others use.
fn run_optimised(args: &[String]) -> Result<()> {
    say(&format!("building the fuzzer with profile {PROFILE}"));
    let profile = format!("profile.{PROFILE}");
    let status = cargo()
        .args(["run", "--quiet", "--package", "xtask", "--profile", PROFILE])
        .args(["--config", &format!("{profile}.inherits=\"release\"")])
        .args(["--config", &format!("{profile}.overflow-checks=true")])
        .args(["--config", &format!("{profile}.debug-assertions=true")])
        .args(["--", "fuzz"])
        .args(args)
        .env(OPTIMISED, "1")
        .status()
        .context("cannot start cargo")?;
    // The child has said what went wrong; only its exit code is left to pass on.
    std::process::exit(status.code().unwrap_or(1));
}

fn fuzz(inputs: u64, seed: u64) -> Result<()> {
    let corpus = Corpus::load(&root())?;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    say(&format!(
        "fuzzing the parser: {inputs} inputs, seed {seed}, {threads} threads, {} letters to mutate",
        corpus.letters.len()
    ));
    let _hook = PanicHook::install();

    let next = AtomicU64::new(0);
    let done = AtomicU64::new(0);
    // Panics by where they happened: one bug tends to crash many inputs.
    let sites = Mutex::new(BTreeMap::<String, Site>::new());
    let site_count = AtomicUsize::new(0);
    let started = Instant::now();
    let tallies: Vec<Tally> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let lexicon = Lexicon::builtin();
                    let mut tally = Tally::default();
                    while site_count.load(Ordering::Relaxed) < MAX_SITES {
                        let from = next.fetch_add(CHUNK, Ordering::Relaxed);
                        if from >= inputs {
                            break;
                        }
                        let to = (from + CHUNK).min(inputs);
                        for index in from..to {
                            let input = corpus.input(seed, index);
                            if let Err(crash) = input.run(index, &lexicon, &corpus, &mut tally) {
                                let mut sites = sites.lock().unwrap_or_else(|e| e.into_inner());
                                sites.entry(crash.location.clone()).or_insert_with(|| Site::new(&crash)).add(crash);
                                site_count.store(sites.len(), Ordering::Relaxed);
                            }
                        }
                        done.fetch_add(to - from, Ordering::Relaxed);
                    }
                    tally
                })
            })
            .collect();
        let mut shown = 0;
        while !workers.iter().all(|w| w.is_finished()) {
            std::thread::sleep(Duration::from_millis(200));
            let tenth = done.load(Ordering::Relaxed) * 10 / inputs.max(1);
            if tenth > shown && tenth < 10 {
                shown = tenth;
                say(&format!("{tenth}0% ({:.0} s)", started.elapsed().as_secs_f64()));
            }
        }
        workers.into_iter().map(|w| w.join().expect("a worker catches the parser's panics")).collect()
    });
    let elapsed = started.elapsed();

    let tally = tallies.into_iter().fold(Tally::default(), Tally::merge);
    let out = root().join("target/fuzz");
    std::fs::create_dir_all(&out).with_context(|| format!("cannot create {}", out.display()))?;
    let slowest_file = out.join("slowest.txt");
    std::fs::write(&slowest_file, &tally.slowest.text)
        .with_context(|| format!("cannot write {}", slowest_file.display()))?;
    let lexicon = Lexicon::builtin();
    tally.print(elapsed, &slowest_file, tally.slowest.time_again(&corpus, &lexicon));
    let sites = sites.into_inner().unwrap_or_else(|e| e.into_inner());
    if sites.is_empty() {
        println!("no panics");
        return Ok(());
    }
    let mut files = Vec::new();
    for site in sites.values() {
        let crash = &site.first;
        let file = crash.write(&out, &crash.text, "txt", &corpus)?;
        let small = minimise(crash, &corpus, &lexicon);
        let small_file = crash.write(&out, &small, "min.txt", &corpus)?;
        eprintln!(
            "\n{}: {} input {} ({} bytes; {} of {} inputs panicked here)\n{}: the same panic in {} bytes\n{}",
            file.display(),
            crash.family.name(),
            crash.index,
            crash.text.len(),
            site.count,
            tally.inputs(),
            small_file.display(),
            small.len(),
            crash.message
        );
        files.push(file.display().to_string());
    }
    bail!(
        "the parser panicked at {} place(s) (seed {seed}): {}\nreproduce one with `cargo run -p kamerbrief -- export {}`",
        sites.len(),
        files.join(", "),
        files[0]
    )
}

/// The texts the mutated family starts from, and the metadata inputs are parsed with.
struct Corpus {
    /// The letter of 2018 and every letter under `crates/kamerbrief/tests/letters/`.
    letters: Vec<String>,
    /// Every line of every letter, to splice into another.
    lines: Vec<String>,
    /// Words a letter uses, from the lexicon: the names of missions, places, organisations
    /// and named days, and the wording of decisions.
    words: Vec<String>,
    /// The letter of 2018's metadata, as JSON and as read.
    meta_json: String,
    meta: Meta,
}

impl Corpus {
    fn load(root: &Path) -> Result<Self> {
        let mut paths = vec![root.join("data/kamerbrief-missies-2018.txt")];
        // Other letters come and go while the tests are written: use what is there now.
        if let Ok(entries) = std::fs::read_dir(root.join("crates/kamerbrief/tests/letters")) {
            let mut more: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            more.sort();
            paths.extend(more);
        }
        let mut letters = Vec::new();
        for path in &paths {
            letters.push(std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?);
        }
        let meta_json = std::fs::read_to_string(root.join(META)).with_context(|| format!("cannot read {META}"))?;
        let meta = meta_from_json(&meta_json).map_err(anyhow::Error::msg)?;
        Ok(Self::new(letters, meta_json, meta))
    }

    fn new(letters: Vec<String>, meta_json: String, meta: Meta) -> Self {
        let lines = letters.iter().flat_map(|l| l.lines()).map(str::to_owned).collect();
        let lexicon = Lexicon::builtin();
        let words = lexicon
            .missions
            .iter()
            .flat_map(|m| &m.aliases)
            .chain(lexicon.places.iter().flat_map(|p| &p.aliases))
            .chain(lexicon.organisations.iter().flat_map(|o| &o.aliases))
            .chain(lexicon.named_days.iter().map(|d| &d.name))
            .chain(lexicon.cues.status.iter().flat_map(|s| &s.cues))
            .cloned()
            .collect();
        Self { letters, lines, words, meta_json, meta }
    }

    /// Input `index` of the run with `seed`.
    fn input(&self, seed: u64, index: u64) -> Input {
        let mut rng = Rng::new(seed, index);
        let family = match index % 3 {
            0 => Family::Bytes,
            1 => Family::LetterLike,
            _ => Family::Mutated,
        };
        let with_meta = rng.chance(50);
        let data = match family {
            Family::Bytes => Data::Bytes(arbitrary_bytes(&mut rng)),
            Family::LetterLike => Data::Text(letter_like(&mut rng, &self.words)),
            Family::Mutated => Data::Text(self.mutated(&mut rng)),
        };
        Input { family, data, with_meta }
    }

    /// A window of a letter with 1 to 8 mutations.
    fn mutated(&self, rng: &mut Rng) -> String {
        let letter = rng.pick(&self.letters);
        let mut text = letter[window(rng, letter, 200, 4000)].to_owned();
        for _ in 0..rng.range(1, 9) {
            mutate(rng, &mut text, &self.lines);
        }
        text
    }
}

/// What a generated input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Family {
    #[default]
    Bytes,
    LetterLike,
    Mutated,
}

impl Family {
    const ALL: [Family; 3] = [Family::Bytes, Family::LetterLike, Family::Mutated];

    fn name(self) -> &'static str {
        match self {
            Family::Bytes => "arbitrary bytes",
            Family::LetterLike => "letter-like text",
            Family::Mutated => "mutated letters",
        }
    }
}

enum Data {
    Bytes(Vec<u8>),
    Text(String),
}

struct Input {
    family: Family,
    data: Data,
    /// Parsed with the letter of 2018's metadata, else with none (no date to resolve against).
    with_meta: bool,
}

impl Input {
    /// The texts to give the parser: bytes go in as lossy text, and as far as they are valid
    /// UTF-8, the way a reader of the `&str` API would hand them over.
    fn texts(&self) -> Vec<Cow<'_, str>> {
        match &self.data {
            Data::Text(text) => vec![Cow::Borrowed(text.as_str())],
            Data::Bytes(bytes) => {
                let lossy = String::from_utf8_lossy(bytes);
                let valid = match std::str::from_utf8(bytes) {
                    Ok(text) => text,
                    Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).expect("valid up to there"),
                };
                if lossy == valid { vec![lossy] } else { vec![lossy, Cow::Borrowed(valid)] }
            }
        }
    }

    fn meta(&self, corpus: &Corpus) -> Meta {
        if self.with_meta { corpus.meta.clone() } else { Meta::default() }
    }

    fn run(&self, index: u64, lexicon: &Lexicon, corpus: &Corpus, tally: &mut Tally) -> Result<(), Crash> {
        let count = &mut tally.families[self.family as usize];
        count.inputs += 1;
        for text in self.texts() {
            let started = Instant::now();
            let outcome = outcome(&text, self.meta(corpus), lexicon);
            let took = started.elapsed();
            count.parses += 1;
            count.bytes += text.len() as u64;
            count.time += took;
            if took > tally.slowest.time {
                tally.slowest = Slowest {
                    time: took,
                    index,
                    family: self.family,
                    text: text.to_string(),
                    with_meta: self.with_meta,
                };
            }
            match outcome {
                Ok(name) => *count.outcomes.entry(name).or_default() += 1,
                Err(Panic { location, message }) => {
                    return Err(Crash {
                        index,
                        family: self.family,
                        text: text.into_owned(),
                        with_meta: self.with_meta,
                        location,
                        message,
                    });
                }
            }
        }
        Ok(())
    }
}

/// What the parser made of a text: "letter", the name of its error's kind, or a panic.
fn outcome(text: &str, meta: Meta, lexicon: &Lexicon) -> Result<String, Panic> {
    match catch_unwind(AssertUnwindSafe(|| parse(text, meta, lexicon))) {
        Ok(Ok(_)) => Ok("letter".to_owned()),
        // The kind's variant name, without its fields: the kinds are non-exhaustive.
        Ok(Err(e)) => Ok(format!("{:?}", e.kind).split(['(', ' ', '{']).next().unwrap_or_default().to_owned()),
        Err(_) => Err(PanicHook::take()),
    }
}

/// Removes ever smaller pieces of a crash's text for as long as the parser still panics at
/// the same place: a short input is quicker to read and to turn into a regression test.
fn minimise(crash: &Crash, corpus: &Corpus, lexicon: &Lexicon) -> String {
    const TRIES: usize = 20_000;
    let meta = if crash.with_meta { corpus.meta.clone() } else { Meta::default() };
    let still_panics =
        |text: &str| matches!(outcome(text, meta.clone(), lexicon), Err(p) if p.location == crash.location);
    let mut text = crash.text.clone();
    let mut tries = 0;
    let mut chunk = text.len() / 2;
    while chunk > 0 && tries < TRIES {
        let mut at = 0;
        while at < text.len() && tries < TRIES {
            let end = text.floor_char_boundary(at + chunk);
            let end = if end > at { end } else { text.ceil_char_boundary(at + 1) };
            let candidate = [&text[..at], &text[end..]].concat();
            tries += 1;
            if still_panics(&candidate) {
                text = candidate;
            } else {
                at = end;
            }
        }
        chunk /= 2;
    }
    text
}

struct Crash {
    index: u64,
    family: Family,
    text: String,
    with_meta: bool,
    /// Where the parser panicked, `file:line:column`.
    location: String,
    message: String,
}

impl Crash {
    /// Writes `text` as `crash-<index>.<extension>`, with the input's metadata beside it if
    /// it had any, named the way the kamerbrief CLI looks for it.
    fn write(&self, dir: &Path, text: &str, extension: &str, corpus: &Corpus) -> Result<PathBuf> {
        let file = dir.join(format!("crash-{}.{extension}", self.index));
        std::fs::write(&file, text).with_context(|| format!("cannot write {}", file.display()))?;
        let meta = file.with_extension("meta.json");
        if self.with_meta {
            std::fs::write(&meta, &corpus.meta_json).with_context(|| format!("cannot write {}", meta.display()))?;
        } else if meta.exists() {
            std::fs::remove_file(&meta).with_context(|| format!("cannot remove {}", meta.display()))?;
        }
        Ok(file)
    }
}

/// The inputs that panicked at one place: the first of them, and how many.
struct Site {
    first: Crash,
    count: u64,
}

impl Site {
    fn new(crash: &Crash) -> Self {
        Site {
            first: Crash {
                index: u64::MAX,
                family: crash.family,
                text: String::new(),
                with_meta: false,
                location: String::new(),
                message: String::new(),
            },
            count: 0,
        }
    }

    /// Counts a crash, keeping the one of the lowest input: the same whatever the threads.
    fn add(&mut self, crash: Crash) {
        self.count += 1;
        if crash.index < self.first.index {
            self.first = crash;
        }
    }
}

/// What the parser made of each family's inputs.
#[derive(Default)]
struct Tally {
    families: [Count; 3],
    slowest: Slowest,
}

#[derive(Default, Clone)]
struct Count {
    inputs: u64,
    parses: u64,
    bytes: u64,
    time: Duration,
    /// Parses by outcome: "letter" or the error's kind.
    outcomes: BTreeMap<String, u64>,
}

/// The slowest parse, to look at for work that grows faster than the text.
#[derive(Default)]
struct Slowest {
    time: Duration,
    index: u64,
    family: Family,
    text: String,
    with_meta: bool,
}

impl Slowest {
    /// The best of three parses of it now. The run times wall clock, so a parse that another
    /// process interrupted looks slow; timed again, a truly slow input stays slow.
    fn time_again(&self, corpus: &Corpus, lexicon: &Lexicon) -> Duration {
        let meta = if self.with_meta { corpus.meta.clone() } else { Meta::default() };
        let _ = outcome(&self.text, meta.clone(), lexicon);
        (0..3)
            .map(|_| {
                let started = Instant::now();
                let _ = outcome(&self.text, meta.clone(), lexicon);
                started.elapsed()
            })
            .min()
            .unwrap_or_default()
    }
}

impl Tally {
    fn merge(mut self, other: Tally) -> Tally {
        for (a, b) in self.families.iter_mut().zip(other.families) {
            a.inputs += b.inputs;
            a.parses += b.parses;
            a.bytes += b.bytes;
            a.time += b.time;
            for (outcome, n) in b.outcomes {
                *a.outcomes.entry(outcome).or_default() += n;
            }
        }
        if other.slowest.time > self.slowest.time {
            self.slowest = other.slowest;
        }
        self
    }

    fn inputs(&self) -> u64 {
        self.families.iter().map(|c| c.inputs).sum()
    }

    fn print(&self, elapsed: Duration, slowest_file: &Path, slowest_again: Duration) {
        let outcomes: BTreeSet<&String> = self.families.iter().flat_map(|c| c.outcomes.keys()).collect();
        print!("\n{:<18} {:>9} {:>9} {:>8} {:>9}", "family", "inputs", "parses", "MB", "parse s");
        for outcome in &outcomes {
            print!(" {outcome:>12}");
        }
        println!();
        for family in Family::ALL {
            let c = &self.families[family as usize];
            print!(
                "{:<18} {:>9} {:>9} {:>8.1} {:>9.1}",
                family.name(),
                c.inputs,
                c.parses,
                c.bytes as f64 / 1e6,
                c.time.as_secs_f64()
            );
            for outcome in &outcomes {
                print!(" {:>12}", c.outcomes.get(*outcome).copied().unwrap_or(0));
            }
            println!();
        }
        let parses: u64 = self.families.iter().map(|c| c.parses).sum();
        let bytes: u64 = self.families.iter().map(|c| c.bytes).sum();
        let seconds = elapsed.as_secs_f64();
        let slowest = &self.slowest;
        println!(
            "\n{} inputs ({parses} parses, {:.1} MB) in {seconds:.1} s: {:.0} inputs/s",
            self.inputs(),
            bytes as f64 / 1e6,
            self.inputs() as f64 / seconds
        );
        println!(
            "slowest parse: {:.1} ms ({:.1} ms timed again), input {} ({}, {} bytes), in {}",
            slowest.time.as_secs_f64() * 1e3,
            slowest_again.as_secs_f64() * 1e3,
            slowest.index,
            slowest.family.name(),
            slowest.text.len(),
            slowest_file.display()
        );
    }
}

/// A caught panic: where, and what it said.
struct Panic {
    location: String,
    message: String,
}

thread_local! {
    static LAST_PANIC: RefCell<Option<Panic>> = const { RefCell::new(None) };
}

/// Keeps a caught panic for the report, instead of printing it from every thread as the
/// default hook does. Dropping it puts the default hook back.
struct PanicHook;

impl PanicHook {
    fn install() -> Self {
        std::panic::set_hook(Box::new(|info| {
            let location = info.location().map(|l| l.to_string()).unwrap_or_default();
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(Panic { location, message: info.to_string() }));
        }));
        PanicHook
    }

    fn take() -> Panic {
        LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| Panic { location: "unknown".to_owned(), message: "a panic".to_owned() })
    }
}

impl Drop for PanicHook {
    fn drop(&mut self) {
        drop(std::panic::take_hook());
    }
}

/// SplitMix64: small, fast, and the same on every machine.
struct Rng(u64);

impl Rng {
    /// The generator of input `index` in the run with `seed`.
    fn new(seed: u64, index: u64) -> Self {
        Rng(mix(seed) ^ mix(index.wrapping_add(0x632B_E59B_D9B4_E019)))
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// A number in `0..n`; `n` must not be 0.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A number in `from..to`.
    fn range(&mut self, from: usize, to: usize) -> usize {
        from + self.below(to - from)
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Up to 2 kB of bytes. Most are drawn from text-like bytes (ASCII, stray UTF-8 lead and
/// continuation bytes, the control characters letters may hold), so that they get past the
/// parser's check for control characters; a quarter are any bytes at all.
fn arbitrary_bytes(rng: &mut Rng) -> Vec<u8> {
    let len = if rng.chance(10) { rng.below(8) } else { rng.below(2048) };
    let any = rng.chance(25);
    (0..len)
        .map(|_| {
            if any {
                return rng.next() as u8;
            }
            match rng.below(100) {
                0..70 => rng.range(0x20, 0x7f) as u8,
                70..82 => b'\n',
                82..94 => rng.range(0x80, 0x100) as u8,
                _ => *rng.pick(b"\t\r\x0c[]0123456789"),
            }
        })
        .collect()
}

/// A byte range of `text` between `min` and `max` bytes long (or all of a shorter text), on
/// char boundaries.
fn window(rng: &mut Rng, text: &str, min: usize, max: usize) -> Range<usize> {
    if text.len() <= min {
        return 0..text.len();
    }
    let len = rng.range(min, max.min(text.len()) + 1);
    let start = text.floor_char_boundary(rng.below(text.len() - len + 1));
    start..text.floor_char_boundary(start + len)
}

/// A range of up to `max` bytes within `text`, on char boundaries.
fn some_range(rng: &mut Rng, text: &str, max: usize) -> Range<usize> {
    let start = text.floor_char_boundary(rng.below(text.len() + 1));
    let len = rng.below(max + 1);
    start..text.floor_char_boundary((start + len).min(text.len()))
}

/// Characters worth inserting: the white space and punctuation the parser looks at, letters
/// with accents, wide characters, and the control characters extracted text may hold.
const INSERTS: &[char] = &[
    ' ', ' ', '\n', '\n', '\r', '\t', '\u{c}', '\u{a0}', '\u{2009}', '.', ',', ';', ':', '-', '–', '—', '(', ')', '[',
    ']', '‘', '’', '“', '”', '\'', '"', '/', '0', '1', '2', '9', 'a', 'e', 'n', 'A', 'Z', 'ë', 'é', 'ï', 'ß', '€', '°',
    '…', '€', 'ﬁ', '\u{200b}', '\u{feff}', '\u{301}', '𝄞', '😀', '中',
];

/// Control characters that extracted text does not hold: the parser rejects them up front,
/// so they are inserted rarely, to keep most inputs going past that check.
const CONTROLS: &[char] = &['\u{0}', '\u{1b}', '\u{7f}', '\u{85}'];

/// One mutation of `text`, kept on char boundaries.
fn mutate(rng: &mut Rng, text: &mut String, lines: &[String]) {
    match rng.below(7) {
        // Delete a range.
        0 => {
            let range = some_range(rng, text, 200);
            text.replace_range(range, "");
        }
        // Duplicate a range in place.
        1 => {
            let range = some_range(rng, text, 400);
            let copy = text[range.clone()].to_owned();
            text.insert_str(range.end, &copy);
        }
        // Swap two ranges.
        2 => {
            let a = some_range(rng, text, 300);
            let b = some_range(rng, text, 300);
            let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
            if first.end <= second.start {
                let swapped =
                    format!("{}{}{}", &text[second.clone()], &text[first.end..second.start], &text[first.clone()]);
                text.replace_range(first.start..second.end, &swapped);
            }
        }
        // Insert a few characters.
        3 => {
            let at = text.floor_char_boundary(rng.below(text.len() + 1));
            let inserted: String = (0..rng.range(1, 6))
                .map(|_| if rng.chance(2) { *rng.pick(CONTROLS) } else { *rng.pick(INSERTS) })
                .collect();
            text.insert_str(at, &inserted);
        }
        // Splice in lines of another letter, at the start of a line.
        4 => {
            let at = text[..text.floor_char_boundary(rng.below(text.len() + 1))].rfind('\n').map_or(0, |i| i + 1);
            let from = rng.below(lines.len());
            let to = (from + rng.range(1, 12)).min(lines.len());
            let spliced: String = lines[from..to].iter().map(|l| format!("{l}\n")).collect();
            text.insert_str(at, &spliced);
        }
        // Change a digit: of a date, a year, a paper or a footnote number.
        5 => {
            let digits: Vec<usize> = text.match_indices(|c: char| c.is_ascii_digit()).map(|(i, _)| i).collect();
            if !digits.is_empty() {
                let at = *rng.pick(&digits);
                let replacement = match rng.below(4) {
                    0 => String::new(),
                    1 => format!("{}{}", rng.below(10), rng.below(10)),
                    2 => "99999".to_owned(),
                    _ => rng.below(10).to_string(),
                };
                text.replace_range(at..at + 1, &replacement);
            }
        }
        // Change the layout: line ends and spaces.
        _ => {
            let range = some_range(rng, text, 600);
            let (from, to) = *rng.pick(&[("\n", "\r\n"), ("\n", " "), (" ", "\n"), (" ", "\u{a0}"), ("\n", "\n\u{c}")]);
            let changed = text[range.clone()].replace(from, to);
            text.replace_range(range, &changed);
        }
    }
}

/// Text in the genre: headings, wrapped sentences with dates, citations and footnote
/// markers, footnote blocks, page furniture, the place and date line and signatures, laid out
/// with the quirks of text taken from a PDF.
fn letter_like(rng: &mut Rng, words: &[String]) -> String {
    let mut lines: Vec<String> = Vec::new();
    for _ in 0..rng.range(1, 40) {
        match rng.below(20) {
            0..3 => lines.push(heading(rng, words)),
            3..10 => {
                let width = if rng.chance(10) { 10_000 } else { rng.range(40, 100) };
                let paragraph: Vec<String> = (0..rng.range(1, 5)).map(|_| sentence(rng, words)).collect();
                lines.extend(wrap(rng, &paragraph.join(" "), width));
            }
            10..12 => {
                let n = rng.range(1, 40);
                lines.push(format!(
                    "[{n}]{}{}",
                    *rng.pick(&["   ", " ", "\t", "", "\u{a0}\u{a0}"]),
                    sentence(rng, words)
                ));
                if rng.chance(50) {
                    lines.push(citation(rng));
                }
            }
            12 => lines.push(furniture(rng)),
            13 => lines.push(format!("Den Haag, {}", date(rng))),
            14 => {
                lines.push(rng.pick(SIGNERS).to_string());
                lines.push(
                    rng.pick(&["", "J.A. Hennis-Plasschaert", "A.G. Koenders", "S.A. Blok", "Lilianne Ploumen"])
                        .to_string(),
                );
            }
            15 => lines.push(
                rng.pick(&["3", "209", "2018", "12 345", "1.000.000", "0", "-1", "2017–2018", "IV", "a."]).to_string(),
            ),
            16 => lines.push("\u{c}".to_owned()),
            17 => lines.push(String::new()),
            18 => lines.push(citation(rng)),
            _ => lines.push((0..rng.range(1, 40)).map(|_| *rng.pick(INSERTS)).collect()),
        }
    }
    let mut text = String::new();
    let crlf = rng.chance(20);
    for line in lines {
        let line = if rng.chance(5) { line.replace(' ', "\u{a0}") } else { line };
        text.push_str(&line);
        if rng.chance(30) {
            text.push(' ');
        }
        text.push_str(if crlf || rng.chance(2) { "\r\n" } else { "\n" });
    }
    text
}

const MONTHS: &[&str] = &kamerbrief::DUTCH_MONTHS;

const SIGNERS: &[&str] = &[
    "De Minister van Defensie,",
    "De Minister van Buitenlandse Zaken,",
    "De Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,",
    "De Minister van Justitie en Veiligheid,",
    "DE MINISTER VAN DEFENSIE",
];

fn heading(rng: &mut Rng, words: &[String]) -> String {
    let title = match rng.below(4) {
        0 => rng.pick(words).clone(),
        1 => rng
            .pick(&["Inleiding", "Internationale omgeving", "Financiën", "Tot slot", "Bijdragen in 2018"])
            .to_string(),
        2 => format!("{} {}", rng.pick(&["Bijdrage aan", "Inzet in", "Strijd tegen", "Missies in"]), rng.pick(words)),
        _ => format!("{}. {}", rng.range(1, 12), rng.pick(words)),
    };
    if rng.chance(10) { title.to_uppercase() } else { title }
}

fn sentence(rng: &mut Rng, words: &[String]) -> String {
    let mut parts = vec![
        rng.pick(&["Het kabinet", "Nederland", "De bijdrage", "Uw Kamer", "De missie", "Defensie"]).to_string(),
        rng.pick(&["zal", "heeft", "besluit", "levert", "zet", "is voornemens", "draagt bij aan"]).to_string(),
    ];
    for _ in 0..rng.range(1, 6) {
        let part = match rng.below(6) {
            0 => rng.pick(words).clone(),
            1 | 2 => temporal(rng),
            3 => format!("({})", citation(rng)),
            4 => rng
                .pick(&["de bijdrage aan", "voortzetten", "in het kader van", "met", "stafofficieren", "een F-16"])
                .to_string(),
            _ => rng.range(1, 1000).to_string(),
        };
        parts.push(part);
    }
    let end = *rng.pick(&[".", ".", ".", "..", "", ";", ":", "?"]);
    let footnote = if rng.chance(20) { format!("[{}]", rng.range(1, 30)) } else { String::new() };
    format!("{}{end}{footnote}", parts.join(" "))
}

fn date(rng: &mut Rng) -> String {
    let day = if rng.chance(5) { rng.range(0, 100) } else { rng.range(1, 32) };
    format!("{day} {} {}", rng.pick(MONTHS), year(rng))
}

fn year(rng: &mut Rng) -> usize {
    if rng.chance(5) { rng.range(0, 10_000) } else { rng.range(1990, 2030) }
}

fn temporal(rng: &mut Rng) -> String {
    let month = *rng.pick(MONTHS);
    match rng.below(12) {
        0 => format!("{} {month} jl.", rng.range(1, 32)),
        1 => format!("op {}", date(rng)),
        2 => format!("tot en met {}", year(rng)),
        3 => format!("{} {}", rng.pick(&["medio", "begin", "eind", "halverwege", "ultimo", "midden"]), year(rng)),
        4 => format!("van {} tot en met {}", date(rng), date(rng)),
        5 => format!("sinds {month} {}", year(rng)),
        6 => format!("per 1 {month}"),
        7 => format!(
            "{} {}",
            rng.pick(&["dit", "komend", "volgend", "afgelopen", "vorig", "het", "op korte"]),
            rng.pick(&["najaar", "voorjaar", "jaar", "winter", "zomer", "termijn", "maanden"])
        ),
        8 => format!("in {}", year(rng)),
        9 => format!("tussen {} en {}", year(rng), year(rng)),
        10 => format!("{} jaar", rng.pick(&["twee", "zestien", "vijftig", "3"])),
        _ => format!("{} {month}", rng.range(1, 32)),
    }
}

fn citation(rng: &mut Rng) -> String {
    let dossier = format!("{} {:03}", rng.range(20, 36), rng.below(1000));
    match rng.below(5) {
        0 => format!("Kamerstuk {dossier}, nr. {}", rng.range(1, 700)),
        1 => {
            format!("Kamerstukken {dossier} en {} {:03}, nr. {}", rng.range(20, 36), rng.below(1000), rng.range(1, 700))
        }
        2 => format!("Kamerstuk {dossier}, nrs. {} en {}", rng.range(1, 700), rng.range(1, 700)),
        3 => format!("Kamerstuk {dossier}"),
        _ => format!("kst-{}{:03}-{}", rng.range(20, 36), rng.below(1000), rng.range(1, 700)),
    }
}

fn furniture(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!("kst-{}-{}", rng.range(20_000, 36_000), rng.range(1, 700)),
        1 => format!(
            "Tweede Kamer, vergaderjaar 2017–2018, {} {:03}, nr. {}   {}",
            rng.range(20, 36),
            rng.below(1000),
            rng.range(1, 700),
            rng.range(1, 40)
        ),
        2 => format!("Pagina {} van {}", rng.range(1, 20), rng.range(1, 20)),
        _ => format!("\u{c}{}", rng.range(1, 40)),
    }
}

/// `text` cut into lines of at most about `width` bytes at spaces, as a PDF lays it out,
/// sometimes hyphenating a word across the break.
fn wrap(rng: &mut Rng, text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let line = lines.last_mut().expect("one line at least");
        if line.len() + word.len() > width && !line.is_empty() {
            if rng.chance(10) && word.len() > 6 {
                let cut = word.floor_char_boundary(word.len() / 2);
                line.push_str(&word[..cut]);
                line.push('-');
                lines.push(word[cut..].to_owned());
            } else {
                lines.push(word.to_owned());
            }
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Corpus {
        let letter = std::fs::read_to_string(root().join("data/kamerbrief-missies-2018.txt")).unwrap();
        let other = "Inleiding\nHet kabinet zal dit najaar besluiten over MINUSMA in Mali.[1]\n\n[1]   Kamerstuk 29 521, nr. 12\n";
        Corpus::new(vec![letter, other.to_owned()], "{}".to_owned(), Meta::default())
    }

    fn sample(corpus: &Corpus, seed: u64) -> Vec<Vec<u8>> {
        (0..600)
            .map(|i| match corpus.input(seed, i).data {
                Data::Bytes(b) => b,
                Data::Text(t) => t.into_bytes(),
            })
            .collect()
    }

    #[test]
    fn ok_a_seed_reproduces_its_inputs() {
        let corpus = corpus();
        assert!(sample(&corpus, 7) == sample(&corpus, 7));
        assert!(sample(&corpus, 7) != sample(&corpus, 8));
    }

    #[test]
    fn ok_text_inputs_are_valid_utf8_and_mutations_stay_on_char_boundaries() {
        let corpus = corpus();
        // Mutating at a byte that is not a char boundary would panic in String's methods; the
        // bytes of the text families must read back as the same UTF-8.
        for i in 0..3000 {
            let input = corpus.input(1, i);
            if let Data::Text(text) = &input.data {
                assert_eq!(std::str::from_utf8(text.as_bytes()), Ok(text.as_str()));
            }
        }
        let mut rng = Rng::new(3, 0);
        let mut text = "Den Haag, 4 september 2017 ë€😀\n".repeat(4);
        for _ in 0..2000 {
            mutate(&mut rng, &mut text, &corpus.lines);
            if text.len() > 5000 {
                text.truncate(text.floor_char_boundary(1000));
            }
        }
    }

    #[test]
    fn ok_byte_inputs_reach_the_parser_as_lossy_and_as_valid_prefix() {
        let input = Input { family: Family::Bytes, data: Data::Bytes(b"Mali \xff 2018".to_vec()), with_meta: false };
        assert_eq!(input.texts(), ["Mali \u{fffd} 2018", "Mali "]);
    }

    #[test]
    fn ok_windows_are_within_bounds() {
        let mut rng = Rng::new(0, 0);
        let text = "é".repeat(3000);
        for _ in 0..1000 {
            let w = window(&mut rng, &text, 200, 4000);
            assert!(w.len() >= 198 && w.len() <= 4000, "{w:?}");
        }
    }
}
