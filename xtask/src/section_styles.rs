//! A smaller style sheet for each section's page for embedding. `styles/main.css` wraps the
//! rules only one section uses in `@supports (--section: NAME) { … }` (always true: every
//! browser the page supports knows custom properties), which the minifier keeps. An edition
//! holds every section and loads the whole sheet, in one file that compresses best as one;
//! a section's page gets the sheet without the other sections' blocks (its own unwrapped),
//! named by its contents and swapped into its pages with its integrity hash, as the section
//! apps are (`section_apps.rs`). The forecasts' page, the lightest, loses the most in share.
//! The whole sheet is then written back without the wrappers (same name, new integrity), so
//! that an edition does not pay for them.

use std::path::Path;

use anyhow::{bail, Context, Result};
use sha2::Digest as _;

use crate::section_apps::{AppFile, SECTION_APP};

/// The sections `main.css` may name, and the pages of each (by the start of their names).
const SECTIONS: [(&str, &str); 4] = [
    ("timeline", "embed-timeline"),
    ("scenario", "embed-scenario"),
    ("forecast", "embed-forecast"),
    ("sources", "embed-sources"),
];

/// What `main.css` names the rules only an edition uses (its header and footer): no section's
/// page keeps them.
const EDITION_ONLY: &str = "page";

const OPEN: &str = "@supports (--section:";

/// Writes each section's sheet into `dist/` and points its pages at it.
pub fn build(dist: &Path) -> Result<()> {
    let full_name = std::fs::read_dir(dist)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("main-") && n.ends_with(".css"))
        .context("dist/ has no main-*.css (trunk's build of styles/main.css)")?;
    let full_css = std::fs::read_to_string(dist.join(&full_name))?;
    let full = AppFile::new(full_name.clone(), full_css.as_bytes());
    let blocks = section_blocks(&full_css).with_context(|| format!("dist/{full_name}"))?;
    for (section, prefix) in SECTIONS {
        let css = without_blocks(&full_css, &blocks, |name| name == section);
        let mut hasher = sha2::Sha256::new();
        hasher.update(css.as_bytes());
        let name = format!(
            "{SECTION_APP}{section}-{}.css",
            crate::util::short_digest(hasher)
        );
        std::fs::write(dist.join(&name), &css)?;
        let own = AppFile::new(name, css.as_bytes());
        for page in crate::dist::pages(dist)? {
            let file = page.file_name().unwrap_or_default().to_string_lossy();
            if !file.starts_with(prefix) {
                continue;
            }
            let html = std::fs::read_to_string(&page)?;
            if !html.contains(&full.name) || !html.contains(&full.integrity) {
                bail!("{file}: does not name the style sheet as trunk built it ({full_name})");
            }
            let swapped = html
                .replace(&full.name, &own.name)
                .replace(&full.integrity, &own.integrity);
            std::fs::write(&page, swapped)?;
        }
    }
    let unwrapped = without_blocks(&full_css, &blocks, |_| true);
    let written = AppFile::new(full_name.clone(), unwrapped.as_bytes());
    std::fs::write(dist.join(&full_name), &unwrapped)?;
    for page in crate::dist::pages(dist)? {
        let html = std::fs::read_to_string(&page)?;
        if html.contains(&full.name) {
            std::fs::write(&page, html.replace(&full.integrity, &written.integrity))?;
        }
    }
    Ok(())
}

/// A section's block in the minified sheet: its name, where it starts, where its rules start
/// and end, and where it ends.
#[derive(Debug, PartialEq)]
struct Block<'a> {
    section: &'a str,
    start: usize,
    inner: std::ops::Range<usize>,
    end: usize,
}

/// Every `@supports (--section:NAME){…}` in `css`, in order; an error names an unknown
/// section or a block left open.
fn section_blocks(css: &str) -> Result<Vec<Block<'_>>> {
    let mut blocks = Vec::new();
    let mut from = 0;
    while let Some(at) = css[from..].find(OPEN).map(|i| from + i) {
        let rest = &css[at + OPEN.len()..];
        let close = rest
            .find(')')
            .context("an @supports (--section: …) without its `)`")?;
        let section = rest[..close].trim();
        if section != EDITION_ONLY && !SECTIONS.iter().any(|(name, _)| *name == section) {
            bail!(
                "@supports (--section: {section}): not a section ({}, or {EDITION_ONLY} for \
                 the editions alone)",
                SECTIONS.map(|(name, _)| name).join(", ")
            );
        }
        let after = at + OPEN.len() + close + 1;
        let brace = after
            + css[after..]
                .find('{')
                .context("a section block without `{`")?;
        let end = matching_brace(css, brace)
            .with_context(|| format!("the block of {section} is never closed"))?;
        blocks.push(Block {
            section,
            start: at,
            inner: brace + 1..end,
            end: end + 1,
        });
        from = end + 1;
    }
    if blocks.is_empty() {
        bail!("no @supports (--section: …) block: styles/main.css marks each section's rules so");
    }
    Ok(blocks)
}

/// Where the `}` that closes the `{` at `open` is, skipping quoted strings.
fn matching_brace(css: &str, open: usize) -> Option<usize> {
    let bytes = css.as_bytes();
    let mut depth = 0usize;
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate().skip(open) {
        match (quote, b) {
            (Some(q), _) if b == q && bytes[i - 1] != b'\\' => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'{') => depth += 1,
            (None, b'}') => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The sheet with the rules of the blocks whose section `keep`s in place, unwrapped, and the
/// other blocks gone.
fn without_blocks(css: &str, blocks: &[Block], keep: impl Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(css.len());
    let mut at = 0;
    for block in blocks {
        out.push_str(&css[at..block.start]);
        if keep(block.section) {
            out.push_str(&css[block.inner.clone()]);
        }
        at = block.end;
    }
    out.push_str(&css[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSS: &str = ".a{color:red}@supports (--section:scenario){.presets{border:0}@media (width<=30rem){.x{content:\"}\"}}}.b{color:#fff}@supports (--section:timeline){.t{color:#00f}}";

    #[test]
    fn a_section_keeps_its_rules_and_loses_the_others() {
        let blocks = section_blocks(CSS).unwrap();
        assert_eq!(blocks.len(), 2);
        assert_eq!(
            without_blocks(CSS, &blocks, |s| s == "scenario"),
            ".a{color:red}.presets{border:0}@media (width<=30rem){.x{content:\"}\"}}.b{color:#fff}"
        );
        assert_eq!(
            without_blocks(CSS, &blocks, |s| s == "timeline"),
            ".a{color:red}.b{color:#fff}.t{color:#00f}"
        );
        assert_eq!(
            without_blocks(CSS, &blocks, |s| s == "sources"),
            ".a{color:red}.b{color:#fff}"
        );
        assert_eq!(
            without_blocks(CSS, &blocks, |_| true),
            ".a{color:red}.presets{border:0}@media (width<=30rem){.x{content:\"}\"}}.b{color:#fff}.t{color:#00f}"
        );
    }

    #[test]
    fn the_editions_rules_are_in_no_sections_page() {
        let css = ".a{color:red}@supports (--section:page){.lede{color:gray}}.b{color:#fff}";
        let blocks = section_blocks(css).unwrap();
        for (section, _) in SECTIONS {
            assert_eq!(
                without_blocks(css, &blocks, |s| s == section),
                ".a{color:red}.b{color:#fff}"
            );
        }
        assert_eq!(
            without_blocks(css, &blocks, |_| true),
            ".a{color:red}.lede{color:gray}.b{color:#fff}"
        );
    }

    #[test]
    fn a_misspelt_section_or_an_open_block_stops_the_build() {
        let err = section_blocks("@supports (--section:senario){.a{}}").unwrap_err();
        assert!(err.to_string().contains("senario"), "{err}");
        assert!(section_blocks("@supports (--section:timeline){.a{}").is_err());
        assert!(section_blocks(".a{}").is_err());
    }
}
