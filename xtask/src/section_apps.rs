//! A smaller app for each section's page for embedding. Every edition loads the app with all
//! its islands (trunk's build); an embed of the timeline needs only the timeline's island, so
//! its page loads a build with only that one (`--no-default-features --features
//! hydration,island-timeline`), which links none of the other sections' code. Built the way
//! trunk builds the full one (cargo, wasm-bindgen `--target web`, wasm-opt -Oz), named by its
//! contents, and swapped into the section's pages with their integrity hashes.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use base64::Engine as _;
use sha2::Digest as _;
use xshell::{cmd, Shell};

use crate::util::release_wasm;

/// Each section app: its name, the cargo features of its islands, and the pages that load it
/// (by the start of their file names, `embed-timeline.html`, `embed-timeline-lt.html`, …).
/// The forecasts' and the sources' pages have no island, so no app (`views/share.rs`).
const SECTION_APPS: [(&str, &str, &[&str]); 2] = [
    ("timeline", "island-timeline,warm-up", &["embed-timeline"]),
    ("scenario", "island-scenario", &["embed-scenario"]),
];

/// The section apps' files begin so (`ottawa-explorer-embed-timeline-<hash>.js` and its
/// `_bg.wasm`): loaded by frames only, so neither precached nor inlined in a one-file edition.
pub const SECTION_APP: &str = "ottawa-explorer-embed-";

/// Whether `name` is a file of a section app.
pub fn is_section_app(name: &str) -> bool {
    name.starts_with(SECTION_APP)
}

/// Builds each section app into `dist/` and points its pages at it.
pub fn build(sh: &Shell, dist: &Path) -> Result<()> {
    let (full_glue, full_wasm) = full_app(dist)?;
    for (name, feature, pages) in SECTION_APPS {
        let (glue, wasm) = build_one(sh, dist, name, feature)?;
        for page in crate::dist::pages(dist)? {
            let file = page.file_name().unwrap_or_default().to_string_lossy();
            if !pages.iter().any(|prefix| file.starts_with(prefix)) {
                continue;
            }
            let html = std::fs::read_to_string(&page)?;
            let mut swapped = html.clone();
            for (from, to) in [(&full_glue, &glue), (&full_wasm, &wasm)] {
                swapped = swapped
                    .replace(&from.name, &to.name)
                    .replace(&from.integrity, &to.integrity);
            }
            if !swapped.contains(&glue.name) || swapped.contains(&full_wasm.name) {
                bail!(
                    "{file}: does not name the app as trunk built it ({})",
                    full_glue.name
                );
            }
            std::fs::write(&page, swapped)?;
        }
    }
    Ok(())
}

/// A file of an app in `dist/`: its name and its subresource-integrity value, as trunk writes
/// it in the pages.
pub struct AppFile {
    pub name: String,
    pub integrity: String,
}

impl AppFile {
    pub fn new(name: String, bytes: &[u8]) -> AppFile {
        let digest = sha2::Sha384::digest(bytes);
        let integrity = format!(
            "sha384-{}",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        AppFile { name, integrity }
    }
}

/// The glue and wasm of the full app, as the English edition names them.
pub fn full_app(dist: &Path) -> Result<(AppFile, AppFile)> {
    let page = std::fs::read_to_string(dist.join("index.html"))?;
    let glue = std::fs::read_dir(dist)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| {
            n.starts_with("ottawa-explorer-")
                && n.ends_with(".js")
                && !is_section_app(n)
                && page.contains(n.as_str())
        })
        .context("dist/index.html names no ottawa-explorer-*.js (trunk's build)")?;
    let wasm = glue.replace(".js", "_bg.wasm");
    Ok((
        AppFile::new(glue.clone(), &std::fs::read(dist.join(&glue))?),
        AppFile::new(wasm.clone(), &std::fs::read(dist.join(&wasm))?),
    ))
}

/// Builds the app with only `feature`'s islands into `dist/`; returns its glue and wasm.
fn build_one(sh: &Shell, dist: &Path, name: &str, feature: &str) -> Result<(AppFile, AppFile)> {
    let features = format!("hydration,{feature}");
    release_wasm(cmd!(
        sh,
        "cargo build --quiet --release --offline --locked --target wasm32-unknown-unknown --bin ottawa-explorer --no-default-features --features {features}"
    ))
    .run()
    .with_context(|| format!("cargo build of the {name} app"))?;
    let out: PathBuf = ["target", "section-apps", name].iter().collect();
    let _ = std::fs::remove_dir_all(&out);
    let stem = format!("{SECTION_APP}{name}");
    cmd!(
        sh,
        "wasm-bindgen --target web --no-typescript --out-dir {out} --out-name {stem} target/wasm32-unknown-unknown/release/ottawa-explorer.wasm"
    )
    .run()
    .with_context(|| format!("wasm-bindgen of the {name} app"))?;
    let bound = out.join(format!("{stem}_bg.wasm"));
    let optimised = out.join("optimised.wasm");
    cmd!(sh, "wasm-opt -Oz --output {optimised} {bound}")
        .run()
        .with_context(|| format!("wasm-opt of the {name} app"))?;
    let glue = out.join(format!("{stem}.js"));
    crate::short_names::shorten(sh, &glue, &optimised)?;
    let glue = std::fs::read(glue)?;
    let wasm = std::fs::read(&optimised)?;
    // Named by their contents, as trunk names the full app's, so that caches never mix builds.
    let mut hasher = sha2::Sha256::new();
    hasher.update(&glue);
    hasher.update(&wasm);
    let hash = crate::util::short_digest(hasher);
    let glue_name = format!("{stem}-{hash}.js");
    let wasm_name = format!("{stem}-{hash}_bg.wasm");
    std::fs::write(dist.join(&glue_name), &glue)?;
    std::fs::write(dist.join(&wasm_name), &wasm)?;
    Ok((
        AppFile::new(glue_name, &glue),
        AppFile::new(wasm_name, &wasm),
    ))
}
