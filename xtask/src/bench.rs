//! `cargo xtask bench`: the app against the limit and against TimelineJS, same run, same data.
//!
//! It builds the release `dist/`, and beside it (a) the limit: the same prerendered page with
//! every script removed, and (b) TimelineJS 3.9.11, self-hosted from `node_modules`, fed the
//! same events. It also builds the app with 100, 1,000 and 10,000 synthetic events. All are
//! served by the project's plain static server (gzip, like real hosts), and
//! `tests/bench/bench.js` measures them in headless Chromium with 4× CPU throttling and a
//! fast-4G-like network: transfer, load (FCP, LCP, interactive, TBT; median of cold loads),
//! interaction (timeline zoom/pan, slider scrubbing), memory, and Lighthouse scores. It prints
//! tables and the ratios, and writes `target/bench/report.json`. Nothing here ships in dist/.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use xshell::cmd;

use crate::setup::{self, Needs};
use crate::util::{release_wasm, step};
use crate::Date;
use crate::{dist, serve};

pub const SIZES: [usize; 3] = [100, 1_000, 10_000];

/// `interaction_only` (`--interaction`): only the synthetic builds' interaction steps, without
/// the cold loads, TimelineJS and Lighthouse (a few minutes instead of twenty).
pub fn run(interaction_only: bool) -> Result<()> {
    setup::run(Needs::Everything)?;
    let sh = setup::shell()?;
    let root = std::env::current_dir()?;
    let bench_dir = root.join("target/bench");
    std::fs::create_dir_all(&bench_dir)?;
    let builds = synthetic_builds(&sh, &root, &bench_dir)?;
    if interaction_only {
        let report = bench_dir.join("interaction.json");
        return step(
            "measuring the interaction steps (4x CPU throttling)",
            || {
                cmd!(sh, "node tests/bench/bench.js {builds...}")
                    .env("BENCH_REPORT", &report)
                    .env("BENCH_INTERACTION_ONLY", "1")
                    .run()
                    .context("the benchmark")
            },
        );
    }

    let ours = dist::run(dist::Purpose::Deploy)?;
    let limit = bench_dir.join("site-static");
    write_static_page(&ours, &limit)?;
    let timelinejs = bench_dir.join("site-timelinejs");
    step("preparing TimelineJS 3.9.11 with the same events", || {
        let events = cmd!(sh, "cargo run --quiet --example events-json").read()?;
        write_timelinejs_page(&events, &timelinejs)
    })?;
    let map_gzip = map_path_bytes_gzip(&story_dir(&root))?;

    let url = |dir: PathBuf| -> Result<String> {
        Ok(format!("http://127.0.0.1:{}/", serve::spawn(dir)?))
    };
    let report = bench_dir.join("report.json");
    let (ours_url, limit_url, timelinejs_url) = (url(ours)?, url(limit)?, url(timelinejs)?);
    step(
        "measuring in headless Chromium (4x CPU throttling, fast-4G-like network)",
        || {
            cmd!(sh, "node tests/bench/bench.js {builds...}")
                .env("BENCH_REPORT", &report)
                .env("BENCH_OURS", &ours_url)
                .env("BENCH_STATIC", &limit_url)
                .env("BENCH_TIMELINEJS", &timelinejs_url)
                .env("BENCH_MAP_GZIP", map_gzip.to_string())
                .env("CHROME_PATH", "/usr/bin/chromium")
                .run()
                .context("the benchmark")
        },
    )
}

/// The story being measured (`--story NAME`, as `dist` takes it; the Ottawa story by default):
/// the synthetic builds start from its files.
fn story_dir(root: &Path) -> PathBuf {
    let story = std::env::var("EXPLORER_STORY").unwrap_or_else(|_| "ottawa".into());
    root.join("data").join(story)
}

/// The app built with 100, 1,000 and 10,000 synthetic events, each served on its own port:
/// `SIZE=URL` arguments for `bench.js`.
fn synthetic_builds(sh: &xshell::Shell, root: &Path, bench_dir: &Path) -> Result<Vec<String>> {
    let mut builds = Vec::new();
    for size in SIZES {
        let data = bench_dir.join(format!("data-{size}"));
        write_synthetic_data(&story_dir(root), &data, size)?;
        let out = bench_dir.join(format!("dist-{size}"));
        step(
            &format!("building the app with {size} synthetic events"),
            || {
                release_wasm(cmd!(sh, "trunk build --release --offline --dist {out}"))
                    .env("EXPLORER_STORY_DIR", &data)
                    .run()
                    .context("trunk build (bench)")
            },
        )?;
        // The browser build hydrates: give it the prerendered page, as `cargo xtask dist` does.
        let page = out.join("index.html");
        cmd!(
            sh,
            "cargo run --quiet --features ssr --bin prerender -- {page}"
        )
        .env("EXPLORER_STORY_DIR", &data)
        .run()
        .context("prerender (bench)")?;
        let port = serve::spawn(out)?;
        builds.push(format!("{size}=http://127.0.0.1:{port}/"));
    }
    Ok(builds)
}

/// The limit: the prerendered page as it is, with every script (and what only scripts use:
/// module preloads, the wasm preload, the no-script copy) removed.
fn write_static_page(dist: &Path, out: &Path) -> Result<()> {
    crate::util::fresh_dir(out)?;
    let mut html = std::fs::read_to_string(dist.join("index.html"))?;
    for (open, close) in [
        ("<script", "</script>"),
        ("<noscript", "</noscript>"),
        ("<link crossorigin", ">"),
        ("<link as=fetch", ">"),
    ] {
        html = crate::offline::remove_elements(&html, open, close);
    }
    std::fs::write(out.join("index.html"), &html)?;
    for entry in std::fs::read_dir(dist)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "css") {
            std::fs::copy(&path, out.join(path.file_name().expect("a file name")))?;
        }
    }
    Ok(())
}

/// TimelineJS's own files from `node_modules`, a page that starts it, and the app's events in
/// TimelineJS's JSON format (one slide per event, grouped by state as the app's lanes are).
fn write_timelinejs_page(events_json: &str, out: &Path) -> Result<()> {
    let package = Path::new("node_modules/@knight-lab/timelinejs/dist");
    std::fs::create_dir_all(out)?;
    std::fs::copy(package.join("js/timeline.js"), out.join("timeline.js"))?;
    std::fs::copy(package.join("css/timeline.css"), out.join("timeline.css"))?;
    let export: serde_json::Value = serde_json::from_str(events_json)?;
    let events = export["events"].as_array().context("no events")?;
    let slides: Vec<serde_json::Value> = events
        .iter()
        .map(|e| {
            let date = e["date"].as_str().unwrap_or("1997-01-01");
            let mut parts = date.split('-');
            let mut next = || parts.next().unwrap_or("1").to_string();
            let (year, month, day) = (next(), next(), next());
            serde_json::json!({
                "start_date": { "year": year, "month": month, "day": day },
                "text": { "headline": e["title"], "text": e["text"] },
                "group": e["country"].as_str().unwrap_or("Convention"),
            })
        })
        .collect();
    let data = serde_json::json!({
        "title": { "text": { "headline": "Leaving the mine ban", "text": "The 2025 withdrawals from the Ottawa Convention" } },
        "events": slides,
    });
    let mut file = std::fs::File::create(out.join("events.js"))?;
    writeln!(file, "window.EVENTS = {data};")?;
    // `font: null`: TimelineJS's default font loads from another site; leaving it out only
    // makes TimelineJS lighter here than in a default embed.
    std::fs::write(
        out.join("index.html"),
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Leaving the mine ban (TimelineJS)</title><link rel=\"stylesheet\" href=\"timeline.css\">\
         </head><body><main><h1>Leaving the mine ban</h1><div id=\"timeline-embed\" style=\"width: 100%; height: 650px\"></div></main>\
         <script src=\"timeline.js\"></script><script src=\"events.js\"></script>\
         <script>window.timeline = new TL.Timeline('timeline-embed', window.EVENTS, { script_path: './', font: null });\
         window.timeline.on('loaded', function () { document.documentElement.setAttribute('data-app-ready', ''); });</script>\
         </body></html>\n",
    )?;
    Ok(())
}

/// The map's path data compressed on its own: its share of the wasm (and of the page, where it
/// is prerendered once more).
fn map_path_bytes_gzip(story: &Path) -> Result<usize> {
    let source = std::fs::read_to_string(story.join("map-shapes.rs"))?;
    let paths: String = source
        .lines()
        .filter_map(|line| line.split_once('"').map(|(_, rest)| rest))
        .filter(|rest| rest.starts_with('M'))
        .collect();
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(paths.as_bytes())?;
    Ok(encoder.finish()?.len())
}

/// The real data files, with `events.toml` replaced by `count` synthetic events spread over
/// 1997–2027, every lane and every kind that needs no cross-check.
pub fn write_synthetic_data(real: &Path, out: &Path, count: usize) -> Result<PathBuf> {
    // A fresh folder: a file another story left there (its forecasts, a language) would be read.
    crate::util::fresh_dir(out)?;
    for entry in std::fs::read_dir(real)? {
        let path = entry?.path();
        let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            continue;
        };
        if !(name.ends_with(".toml") || name == "map-shapes.rs") || name == "events.toml" {
            continue;
        }
        let mut text = std::fs::read_to_string(&path)?;
        if name == "forecasts.toml" {
            // Outcomes cite real events, which the synthetic data does not have.
            let kept: Vec<&str> = text
                .lines()
                .filter(|l| {
                    !["outcome =", "evidence =", "outcome_note ="]
                        .iter()
                        .any(|k| l.starts_with(k))
                })
                .collect();
            text = kept.join("\n");
        }
        std::fs::write(out.join(&name), text)?;
    }
    // Every lane of the story (the treaty's, then each subject state's) and a source it has.
    let (lanes, source) = lanes_and_a_source(real)?;
    const KINDS: [&str; 7] = [
        "announcement",
        "signature",
        "entry_into_force",
        "government_decision",
        "parliament_vote",
        "report",
        "declaration",
    ];
    let first_day = 9_862i64; // 1997-01-01
    let span_days = 11_000i64;
    // A deterministic spread with clumps, like real news: dense years and quiet ones. Events
    // must be in date order, hence the sort.
    let mut days: Vec<i64> = (0..count)
        .map(|i| {
            let t = (i as f64 + 0.5) / count as f64;
            let clumped = t + 0.08 * (t * 37.0).sin();
            first_day + (clumped.clamp(0.0, 1.0) * span_days as f64) as i64
        })
        .collect();
    days.sort_unstable();
    let mut text = String::from("# Synthetic events for `cargo xtask bench`. Never shipped.\n");
    for (i, &day) in days.iter().enumerate() {
        let date = Date::from_days_since_epoch(day);
        let lane = &lanes[(i * 7 + i / 3) % lanes.len()];
        let kind = KINDS[(i * 5 + i / 7) % KINDS.len()];
        let _ = write!(
            text,
            "\n[[event]]\nid = \"synthetic-{i}\"\ndate = \"{date}\"\n"
        );
        if !lane.is_empty() {
            let _ = writeln!(text, "country = \"{lane}\"");
        }
        let _ = write!(
            text,
            "kind = \"{kind}\"\ntitle = \"Synthetic event {i}\"\nsources = [\"{source}\"]\nconfidence = \"high\"\n"
        );
        if kind == "parliament_vote" {
            let _ = write!(
                text,
                "[event.votes]\nfor = {}\nagainst = {}\nabstain = 3\n",
                60 + i % 40,
                i % 20
            );
        }
    }
    std::fs::write(out.join("events.toml"), text)?;
    write_synthetic_translations(&real.join("i18n"), &out.join("i18n"), count)?;
    Ok(out.to_path_buf())
}

/// The story's lanes (`""` for the treaty's, then its subject states' codes) and the id of its
/// first source, read from its `countries.toml` and `sources.toml`.
fn lanes_and_a_source(story: &Path) -> Result<(Vec<String>, String)> {
    let read = |file: &str| -> Result<toml::Table> {
        Ok(toml::from_str(&std::fs::read_to_string(story.join(file))?)?)
    };
    let countries = read("countries.toml")?;
    let mut lanes = vec![String::new()];
    for country in countries["country"].as_array().context("no [[country]]")? {
        if country["role"].as_str() == Some("subject") {
            lanes.push(
                country["code"]
                    .as_str()
                    .context("a country's code")?
                    .to_string(),
            );
        }
    }
    let sources = read("sources.toml")?;
    let source = sources["source"][0]["id"]
        .as_str()
        .context("no [[source]]")?
        .to_string();
    Ok((lanes, source))
}

/// The real translation files, with the real events' texts swapped for the synthetic ones
/// (every language needs every event: the build checks it).
fn write_synthetic_translations(real: &Path, out: &Path, count: usize) -> Result<()> {
    std::fs::create_dir_all(out)?;
    for entry in std::fs::read_dir(real)? {
        let path = entry?.path();
        let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            continue;
        };
        let text = std::fs::read_to_string(&path)?;
        let mut kept = String::new();
        let mut in_event = false;
        for line in text.lines() {
            if line.starts_with('[') {
                in_event = line.starts_with("[event.");
            }
            // The synthetic forecasts have no outcome (see above), so no outcome note either.
            if !in_event && !line.starts_with("outcome_note =") {
                kept.push_str(line);
                kept.push('\n');
            }
        }
        if name != "en.toml" {
            for i in 0..count {
                let _ = write!(
                    kept,
                    "\n[event.synthetic-{i}]\ntitle = \"Synthetic event {i}\"\n"
                );
            }
        }
        std::fs::write(out.join(&name), kept)?;
    }
    Ok(())
}
