//! The size budget: what a reader downloads on the first visit (every file the page names but
//! the other pages, and the page itself), compressed with gzip -9, must stay within the
//! figures recorded in `tests/budget.toml`: one for the page (`index.html`), one for how much
//! more each other language's edition may load, and one for the heaviest section's page an
//! embed code opens (`embed-*.html`). `cargo xtask test` checks
//! them after building `dist/`. Sizes only: timings vary from machine to machine and never
//! fail a test.

use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::dist::gzip_len;

const BUDGET_FILE: &str = "tests/budget.toml";

/// The files of the first load of the page `page_name`, with their gzip -9 sizes.
pub fn first_load(dist: &Path, page_name: &str) -> Result<Vec<(String, usize)>> {
    let page = std::fs::read_to_string(dist.join(page_name))?;
    let mut files = vec![(page_name.to_string(), gzip_len(page.as_bytes())?)];
    let mut names: Vec<String> = std::fs::read_dir(dist)?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        // The other editions (`lt.html`, …) are pages a reader may open, and the data files
        // (`.csv`, `.json`) files a reader may download: not part of this load.
        .filter(|name| {
            ![".html", ".csv", ".json"].iter().any(|x| name.ends_with(x))
                && page.contains(name.as_str())
        })
        .collect();
    names.sort();
    for name in names {
        files.push((name.clone(), gzip_len(&std::fs::read(dist.join(&name))?)?));
    }
    Ok(files)
}

fn budget(text: &str, key: &str) -> Result<usize> {
    text.lines()
        .find_map(|line| line.strip_prefix(key)?.trim_start().strip_prefix('='))
        .and_then(|value| value.trim().replace('_', "").parse().ok())
        .with_context(|| format!("{BUDGET_FILE}: no `{key} = N` line"))
}

/// The English sections' pages for embedding, heaviest last.
fn section_pages(dist: &Path) -> Result<Vec<(String, usize)>> {
    let mut loads = Vec::new();
    for entry in std::fs::read_dir(dist)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        // English: `embed-NAME.html`, one dash.
        if crate::offline::is_section_page(&name) && name.matches('-').count() == 1 {
            let total = first_load(dist, &name)?.iter().map(|(_, size)| size).sum();
            loads.push((name, total));
        }
    }
    loads.sort_by_key(|(_, total)| *total);
    Ok(loads)
}

pub fn check(dist: &Path) -> Result<()> {
    let text =
        std::fs::read_to_string(BUDGET_FILE).with_context(|| format!("reading {BUDGET_FILE}"))?;
    let page_budget = budget(&text, "first_load_gzip_bytes")?;
    let embed_budget = budget(&text, "embed_first_load_gzip_bytes")?;
    let files = first_load(dist, "index.html")?;
    let total: usize = files.iter().map(|(_, size)| size).sum();
    for (name, size) in &files {
        println!("    {name:<44} {size:>8}");
    }
    println!(
        "    {:<44} {total:>8} (budget {page_budget})",
        "first load, gzip -9"
    );
    let sections = section_pages(dist)?;
    for (name, size) in &sections {
        println!("    {:<44} {size:>8}", format!("first load of {name}"));
    }
    let (heaviest, embed_total) = sections
        .last()
        .cloned()
        .context("dist/ has no section pages (embed-*.html)")?;
    println!(
        "    {:<44} {embed_total:>8} (budget {embed_budget})",
        "heaviest embed"
    );
    // Every other language's edition (`lt.html`, …: the page's name is its language's tag)
    // within `other_language_extra_gzip_bytes` of the English one: its own strings, fetched
    // beside the page, and its text, which is longer in some languages.
    let extra_budget = budget(&text, "other_language_extra_gzip_bytes")?;
    let mut over = Vec::new();
    for edition in crate::dist::editions(dist)? {
        let name = edition.file_name().unwrap_or_default().to_string_lossy();
        if name == "index.html" {
            continue;
        }
        let load: usize = first_load(dist, &name)?.iter().map(|(_, s)| s).sum();
        let extra = load as i64 - total as i64;
        println!(
            "    {:<44} {load:>8} ({extra:+}; budget +{extra_budget})",
            format!("first load of {name}")
        );
        if extra > extra_budget as i64 {
            over.push(format!("{name} (+{extra})"));
        }
    }
    if !over.is_empty() {
        bail!(
            "{} load more than {extra_budget} bytes gzip beyond the English page              ({BUDGET_FILE}): what grew in their language files (dist/i18n-LANG.txt)?",
            over.join(", ")
        );
    }
    if total > page_budget {
        bail!(
            "the first load is {total} bytes gzip, over the budget of {page_budget} in {BUDGET_FILE} \
             by {} bytes: find what grew with twiggy (see PERFORMANCE.md)",
            total - page_budget
        );
    }
    if embed_total > embed_budget {
        bail!(
            "{heaviest}'s first load is {embed_total} bytes gzip, over the embed budget of \
             {embed_budget} in {BUDGET_FILE} by {} bytes",
            embed_total - embed_budget
        );
    }
    Ok(())
}
