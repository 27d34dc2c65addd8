//! `cargo xtask dist`: the release build into `dist/`, the folder newsrooms deploy.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use xshell::cmd;

use crate::offline;
use crate::setup::{self, Needs};
use crate::util::{release_wasm, step};

/// What the build is for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// The deployable site: with the service worker and the one-file edition.
    Deploy,
    /// `cargo xtask serve`: no service worker, so a developer never sees a stale cache.
    Preview,
}

/// Sets up the build tools, builds `dist/`, prints the size of each file, returns the folder.
pub fn run(purpose: Purpose) -> Result<PathBuf> {
    setup::run(Needs::Build)?;
    let sh = setup::shell()?;
    step("fetching crates (trunk then builds offline)", || {
        cmd!(sh, "cargo fetch --quiet")
            .run()
            .context("cargo fetch")?;
        crate::util::fetch_std_crates(&sh)
    })?;
    step(
        "building the release app into dist/ (trunk, wasm-opt -Oz)",
        || {
            release_wasm(cmd!(sh, "trunk build --release --offline"))
                .run()
                .context("trunk build")
        },
    )?;
    let dist = PathBuf::from("dist");
    step(
        "prerendering a page per language (Yew's server renderer)",
        || {
            cmd!(
                sh,
                "cargo run --quiet --features ssr --bin prerender -- dist/index.html"
            )
            .run()
            .context("prerender")
        },
    )?;
    step(
        "shortening the names between the app's wasm and its glue (wasm-opt)",
        || crate::short_names::shorten_trunk_app(&sh, &dist),
    )?;
    step(
        "building a smaller app for each section's page for embedding (only its islands)",
        || crate::section_apps::build(&sh, &dist),
    )?;
    step(
        "writing a smaller style sheet for each section's page for embedding",
        || crate::section_styles::build(&dist),
    )?;
    for page in pages(&dist)? {
        add_content_security_policy(&page)?;
    }
    if purpose == Purpose::Deploy {
        offline::write_service_worker(&dist)?;
        offline::write_one_file_editions(&dist)?;
    }
    print_sizes(&dist)?;
    Ok(dist)
}

/// The editions, one per language (`index.html`, `lt.html`, …): the pages without the
/// sections' pages for embedding and the full event lists.
pub fn editions(dist: &Path) -> Result<Vec<PathBuf>> {
    Ok(pages(dist)?
        .into_iter()
        .filter(|p| {
            p.file_name().is_some_and(|n| {
                let name = n.to_string_lossy();
                !offline::is_section_page(&name) && !offline::is_list_page(&name)
            })
        })
        .collect())
}

/// The prerendered pages: the editions and each section's page in each language, without
/// the one-file editions.
pub fn pages(dist: &Path) -> Result<Vec<PathBuf>> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dist)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "html")
                && p.file_name()
                    .is_some_and(|n| !offline::is_one_file(&n.to_string_lossy()))
        })
        .collect();
    pages.sort();
    Ok(pages)
}

/// Writes a strict Content-Security-Policy into the page: scripts only from this origin plus
/// the hashes of the page's own inline scripts (trunk's loader), `wasm-unsafe-eval` and never
/// `unsafe-eval`, no requests to other origins. `frame-ancestors` cannot be set from a meta
/// tag: a host that wants it sends it as a header (see README.md).
pub fn add_content_security_policy(page: &Path) -> Result<()> {
    use base64::Engine as _;
    use sha2::Digest as _;
    let html = std::fs::read_to_string(page).context("read the built page")?;
    let mut hashes = Vec::new();
    let mut rest = html.as_str();
    while let Some(start) = rest.find("<script") {
        let tag_end = rest[start..]
            .find('>')
            .map(|i| start + i + 1)
            .context("an unclosed <script> tag")?;
        let end = rest[tag_end..]
            .find("</script>")
            .map(|i| tag_end + i)
            .context("a <script> without </script>")?;
        let body = &rest[tag_end..end];
        if !body.trim().is_empty() {
            let digest = sha2::Sha256::digest(body.as_bytes());
            hashes.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
        rest = &rest[end..];
    }
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
        hashes.join(" ")
    );
    let meta = format!(r#"<meta http-equiv="Content-Security-Policy" content="{policy}">"#);
    // Right after <meta charset>, before any script (trunk's minifier drops the optional <head>).
    let charset = html
        .find("<meta charset")
        .context("the page has no <meta charset>")?;
    let after = charset + html[charset..].find('>').context("an unclosed <meta>")? + 1;
    let html = format!("{}{meta}{}", &html[..after], &html[after..]);
    std::fs::write(page, html).context("write the page with its policy")
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
