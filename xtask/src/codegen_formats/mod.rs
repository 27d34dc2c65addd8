//! `cargo xtask codegen-formats`: how each language writes dates, numbers and lists, read from
//! the CLDR data in Node's `Intl` (the same ICU data browsers carry) and written as the Rust
//! tables `src/generated/formats.rs`, for the pages the build writes. The browser formats with
//! its own `Intl`; the browser tests check that the tables agree with it.
//!
//! The output is committed, so building the app needs neither Node nor this task; `cargo xtask
//! test` runs it with `--check` to keep the file honest. The script (`written.mjs`) checks each
//! table against `Intl` for every day of 2020–2030 before it prints it.

use std::process::Command;

use anyhow::{bail, Context, Result};

const SCRIPT: &str = "xtask/src/codegen_formats/written.mjs";
const OUTPUT: &str = "src/generated/formats.rs";

pub fn run(check: bool) -> Result<()> {
    // Every language of the interface every story shares (`data/interface/LANG.toml`): a
    // story's languages are among them.
    let mut langs: Vec<String> = Vec::new();
    for entry in std::fs::read_dir("data/interface").context("reading data/interface/")? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some(lang) = name.strip_suffix(".toml") {
            langs.push(lang.to_string());
        }
    }
    langs.sort();
    langs.dedup();
    let output = Command::new("node")
        .arg(SCRIPT)
        .args(&langs)
        .output()
        .context("running node (installed by `cargo xtask setup`)")?;
    if !output.status.success() {
        bail!(
            "{SCRIPT} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let generated = String::from_utf8(output.stdout).context("the script's output")?;
    crate::util::write_or_check(
        OUTPUT,
        &generated,
        check,
        "codegen-formats",
        "this Node's Intl",
    )
}
