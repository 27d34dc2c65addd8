//! `cargo xtask bench`: how fluid the timeline stays as the data grows.
//!
//! For 100, 1,000 and 10,000 synthetic events (generated here, never shipped) it builds the
//! release app with that data, serves it, and has headless Chromium (4× CPU throttling) time
//! from input to the next painted frame for 50 zoom steps and 50 pan steps. It prints p50/p95
//! and writes `target/bench/report.json`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use xshell::cmd;

use crate::setup::{self, Needs};
use crate::util::step;
use crate::Date;
use crate::{dist, serve};

pub const SIZES: [usize; 3] = [100, 1_000, 10_000];

pub fn run() -> Result<()> {
    setup::run(Needs::Everything)?;
    let sh = setup::shell()?;
    let root = std::env::current_dir()?;
    let bench_dir = root.join("target/bench");
    let mut builds = Vec::new();
    for size in SIZES {
        let data = bench_dir.join(format!("data-{size}"));
        write_synthetic_data(&root.join("data"), &data, size)?;
        let out = bench_dir.join(format!("dist-{size}"));
        step(
            &format!("building the app with {size} synthetic events"),
            || {
                cmd!(sh, "trunk build --release --offline --dist {out}")
                    .env("OTTAWA_DATA_DIR", &data)
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
        .env("OTTAWA_DATA_DIR", &data)
        .run()
        .context("prerender (bench)")?;
        dist::print_sizes(&out)?;
        let port = serve::spawn(out)?;
        builds.push(format!("{size}=http://127.0.0.1:{port}/"));
    }
    let report = bench_dir.join("report.json");
    step(
        "timing zoom and pan in headless Chromium (4× CPU throttling)",
        || {
            cmd!(
                sh,
                "node tests/bench/timeline.bench.js {report} {builds...}"
            )
            .run()
            .context("the timeline benchmark")
        },
    )
}

/// The real data files, with `events.toml` replaced by `count` synthetic events spread over
/// 1997–2027, every lane and every kind that needs no cross-check.
pub fn write_synthetic_data(real: &Path, out: &Path, count: usize) -> Result<PathBuf> {
    std::fs::create_dir_all(out)?;
    for entry in std::fs::read_dir(real)? {
        let path = entry?.path();
        let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            continue;
        };
        if !name.ends_with(".toml") || name == "events.toml" {
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
    const LANES: [&str; 7] = ["", "LT", "LV", "EE", "PL", "FI", "UA"];
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
        let lane = LANES[(i * 7 + i / 3) % LANES.len()];
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
            "kind = \"{kind}\"\ntitle = \"Synthetic event {i}\"\nsources = [\"treaty-text\"]\nconfidence = \"high\"\n"
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
    Ok(out.to_path_buf())
}
