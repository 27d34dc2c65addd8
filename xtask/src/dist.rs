//! `cargo xtask dist`: the release build into `dist/`, the folder newsrooms deploy.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use xshell::cmd;

use crate::setup::{self, Needs};
use crate::util::step;

/// Sets up the build tools, builds `dist/`, prints the size of each file, returns the folder.
pub fn run() -> Result<PathBuf> {
    setup::run(Needs::Build)?;
    let sh = setup::shell()?;
    step("fetching crates (trunk then builds offline)", || {
        cmd!(sh, "cargo fetch --quiet").run().context("cargo fetch")
    })?;
    step(
        "building the release app into dist/ (trunk, wasm-opt -Oz)",
        || {
            cmd!(sh, "trunk build --release --offline")
                .run()
                .context("trunk build")
        },
    )?;
    let dist = PathBuf::from("dist");
    print_sizes(&dist)?;
    Ok(dist)
}

/// Raw and gzip size of every file in `dir`: what a reader downloads.
pub fn print_sizes(dir: &Path) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .collect();
    entries.sort_by_key(|e| e.file_name());
    let (mut raw_total, mut gzip_total) = (0, 0);
    println!("    {:<40} {:>10} {:>10}", "file", "bytes", "gzip -9");
    for entry in entries {
        let bytes = std::fs::read(entry.path())?;
        let gzip = gzip_len(&bytes)?;
        raw_total += bytes.len();
        gzip_total += gzip;
        println!(
            "    {:<40} {:>10} {:>10}",
            entry.file_name().to_string_lossy(),
            bytes.len(),
            gzip
        );
    }
    println!("    {:<40} {:>10} {:>10}", "total", raw_total, gzip_total);
    Ok(())
}

pub fn gzip_len(bytes: &[u8]) -> Result<usize> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?.len())
}
