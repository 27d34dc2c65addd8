//! The size budget: what a reader downloads on the first visit (every file `index.html`
//! names but the other pages, and the page itself), compressed with gzip -9, must stay within the figure recorded
//! in `tests/budget.toml`. `cargo xtask test` checks it after building `dist/`. Sizes only:
//! timings vary from machine to machine and never fail a test.

use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::dist::gzip_len;

const BUDGET_FILE: &str = "tests/budget.toml";

/// The files of the first load, with their gzip -9 sizes.
pub fn first_load(dist: &Path) -> Result<Vec<(String, usize)>> {
    let page = std::fs::read_to_string(dist.join("index.html"))?;
    let mut files = vec![("index.html".to_string(), gzip_len(page.as_bytes())?)];
    let mut names: Vec<String> = std::fs::read_dir(dist)?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        // The other editions (`lt.html`, …) are pages a reader may open, not part of this load.
        .filter(|name| !name.ends_with(".html") && page.contains(name.as_str()))
        .collect();
    names.sort();
    for name in names {
        files.push((name.clone(), gzip_len(&std::fs::read(dist.join(&name))?)?));
    }
    Ok(files)
}

pub fn check(dist: &Path) -> Result<()> {
    let text =
        std::fs::read_to_string(BUDGET_FILE).with_context(|| format!("reading {BUDGET_FILE}"))?;
    let budget: usize = text
        .lines()
        .find_map(|line| line.strip_prefix("first_load_gzip_bytes ="))
        .and_then(|value| value.trim().replace('_', "").parse().ok())
        .with_context(|| format!("{BUDGET_FILE}: no `first_load_gzip_bytes = N` line"))?;
    let files = first_load(dist)?;
    let total: usize = files.iter().map(|(_, size)| size).sum();
    for (name, size) in &files {
        println!("    {name:<44} {size:>8}");
    }
    println!(
        "    {:<44} {total:>8} (budget {budget})",
        "first load, gzip -9"
    );
    if total > budget {
        bail!(
            "the first load is {total} bytes gzip, over the budget of {budget} in {BUDGET_FILE} \
             by {} bytes: find what grew with twiggy (see PERFORMANCE.md)",
            total - budget
        );
    }
    Ok(())
}
