//! Yew 0.23.0 with five small changes, which take ≈ 15 KB gzip out of every app's wasm. (Two
//! more, in yew's hydration, went when the islands stopped using it: `views::islands`.)
//!
//! - The scheduler keeps its render queues in `BTreeMap`s keyed by component id, only to pop
//!   the lowest id first and to drain them highest first (`scheduler.rs`). A vector sorted
//!   highest first does both (`pop`, and draining in order) and links none of the map's code.
//!   The page's app 194,158 → 190,689 bytes gzip.
//! - An event listener's DOM name is its kind's name without "on", cut at run time in each of
//!   the ~100 arms of a `match` (`virtual_dom/listeners.rs`): code for every arm, and the
//!   panic path of a `str` slice, whose message prints the text char by char. The names are
//!   now cut at compile time (`const`) into one table, read at the kind's place (the enum is
//!   `repr(u8)`, so its first byte is that place). The same enum's derived `Clone` is a
//!   `match` of as many arms; a copy of the bits clones every kind but the one that holds a
//!   name. The page's app 184,650 → 178,571 with the app's own slices; the table −522 more.
//!   Then no table at all: each event's listener (`html/listener/events.rs`) gives its kind
//!   as its own name, cut at compile time, so an app links the names of the events it
//!   listens to, not all ~100 (the scenario's embed 102,047 → 101,383, the page's app
//!   137,421 → 136,863: cargo + wasm-opt).
//! - `html!` turns every class value that is not a literal into a `Classes`, a set of names
//!   kept in indexmap's `IndexSet`: a hash table, its hasher and its growth code in every app
//!   that writes a class from a value. A class list holds a handful of names, so a vector
//!   searched in order keeps them unique and in order just as well (`small_set` below). The
//!   page's app 169,490 → 167,957 bytes gzip (cargo + wasm-opt, names kept).
//! - When an element's attributes change from one list of names to another (an `if` that
//!   swaps two elements of the same tag), yew puts both lists in hash maps to compare them
//!   (`apply_diff_as_maps`). An element has a few attributes: the same comparison over the
//!   two lists, searched in order, links no hash map for them. The page's app 167,957 →
//!   167,648.
//! - yew's other hash maps and sets (the listeners registered, the subtrees, the keys of a
//!   keyed list, the elements cached by tag) hash with the standard library's SipHash, made
//!   to resist keys an attacker chooses, seeded with random keys. Their keys are the page's
//!   own, so they hash with FNV-1a (`Fnv` in `utils/mod.rs`), and an element's attribute maps
//!   are compared by searching in order, as above: no SipHash, no random keys. The page's
//!   app 167,648 → 166,435. Then only a keyed list's lookup keeps a hash set (it may hold
//!   thousands of keys); the maps and sets that hold a few entries (an element's listeners,
//!   the elements with listeners, the event kinds listened to, the subtrees, the elements
//!   cached by tag) are vectors searched in order (`SmallMap`, `SmallSet`): the hash table's
//!   code for each of their key types, inlined where they are used, goes. The page's app
//!   136,775 → 133,973, the timeline's embed 101,131 → 98,174 (cargo + wasm-opt).
//!
//! How the build gets it: `Cargo.toml` patches crates.io's yew with `patches/yew/`, whose
//! manifest is committed (cargo reads it before any task runs) and whose `src/` is not: this
//! task copies yew's published source there from cargo's own download of the crate, and
//! makes the changes. Every task runs it first; it does nothing when the copy is current.
//! When yew is upgraded, the task writes the new manifest to commit, and each change below
//! must still find its text exactly once, or the build stops here and says so.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use xshell::{cmd, Shell};

use changes::CHANGES;

mod changes;

const VERSION: &str = "0.23.0";
const DIR: &str = "patches/yew";
const MARKER: &str = "patches/yew/src/.patched";

/// Makes `patches/yew/src` yew's published source with `CHANGES` applied, unless it is already.
pub fn prepare(sh: &Shell) -> Result<()> {
    let marker = marker_text();
    if fs::read_to_string(MARKER).is_ok_and(|found| found == marker) {
        return Ok(());
    }
    crate::util::step("preparing yew's source with the project's changes", || {
        write_source(sh, &marker)
    })
}

/// Copies the published source beside its final place, changes it, then moves it in, so that
/// an interrupted run never leaves a half-written `src/` that looks current.
fn write_source(sh: &Shell, marker: &str) -> Result<()> {
    let published = published_source(sh)?;
    let manifest = generate_manifest(&published.join("Cargo.toml"))?;
    let committed = fs::read_to_string(Path::new(DIR).join("Cargo.toml"))
        .with_context(|| format!("reading {DIR}/Cargo.toml"))?;
    if committed != manifest {
        fs::write(Path::new(DIR).join("Cargo.toml.generated"), &manifest)?;
        bail!(
            "{DIR}/Cargo.toml is not yew {VERSION}'s manifest as this task writes it: \
             compare it with {DIR}/Cargo.toml.generated and commit that one"
        );
    }
    let building = Path::new(DIR).join("src.partial");
    crate::util::fresh_dir(&building)?;
    copy_tree(&published.join("src"), &building)?;
    for (file, published_text, built_text) in CHANGES {
        let path = building.join(file);
        let text = fs::read_to_string(&path).with_context(|| format!("reading {file}"))?;
        if text.matches(published_text).count() != 1 {
            bail!(
                "yew {VERSION}'s {file} no longer holds `{published_text}` once: \
                 update CHANGES in xtask/src/patched_yew/changes.rs"
            );
        }
        fs::write(&path, text.replace(published_text, built_text))?;
    }
    fs::write(building.join(".patched"), marker)?;
    let target = Path::new(DIR).join("src");
    if target.exists() {
        fs::remove_dir_all(&target)?;
    }
    fs::rename(&building, &target).context("moving the patched source into place")
}

/// What the marker holds: the version and every change, so that editing `CHANGES` rebuilds.
fn marker_text() -> String {
    let mut text = format!("yew {VERSION}\n");
    for (file, published_text, built_text) in CHANGES {
        text.push_str(&format!("{file}: {published_text} -> {built_text}\n"));
    }
    text
}

/// Where cargo unpacked crates.io's yew: a throwaway package that depends on it alone, so
/// that cargo downloads it (this project's own manifest points yew at `patches/yew`).
fn published_source(sh: &Shell) -> Result<PathBuf> {
    let dir = Path::new("target/patched/fetch-yew");
    fs::create_dir_all(dir)?;
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"fetch-yew\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
             publish = false\n\n[lib]\npath = \"lib.rs\"\n\n[dependencies]\n\
             yew = \"={VERSION}\"\n\n[workspace]\n"
        ),
    )?;
    fs::write(dir.join("lib.rs"), "")?;
    // The project's lock keeps the throwaway package on the versions the app builds with.
    fs::copy("Cargo.lock", dir.join("Cargo.lock"))?;
    let manifest = dir.join("Cargo.toml");
    let json = cmd!(
        sh,
        "cargo metadata --quiet --format-version 1 --manifest-path {manifest}"
    )
    .read()
    .context("cargo metadata (downloading yew)")?;
    let metadata: serde_json::Value = serde_json::from_str(&json)?;
    let yew = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["name"] == "yew" && p["version"] == VERSION)
        .context("cargo metadata lists no yew")?;
    let path = yew["manifest_path"]
        .as_str()
        .context("yew has no manifest_path")?;
    Ok(Path::new(path)
        .parent()
        .context("yew's manifest has no folder")?
        .to_path_buf())
}

/// The manifest `patches/yew/Cargo.toml` must hold: crates.io's, without the tests and their
/// dependencies (the source copied holds `src/` only), and quiet (it is yew's code, not ours).
fn generate_manifest(published: &Path) -> Result<String> {
    let text = fs::read_to_string(published).context("reading yew's manifest")?;
    let mut manifest: toml::Table = toml::from_str(&text)?;
    manifest.remove("test");
    manifest.remove("dev-dependencies");
    if let Some(toml::Value::Table(targets)) = manifest.get_mut("target") {
        for (_, platform) in targets.iter_mut() {
            if let toml::Value::Table(platform) = platform {
                platform.remove("dev-dependencies");
            }
        }
    }
    manifest.insert(
        "lints".into(),
        toml::Value::Table(toml::from_str("[rust]\nwarnings = \"allow\"")?),
    );
    Ok(format!(
        "# Yew {VERSION} as crates.io publishes it, built from `src/`, which `cargo xtask` copies\n\
         # here with a few lines changed (xtask/src/patched_yew/ says which and why). Written by\n\
         # that task from the published manifest; do not edit.\n\n{}",
        toml::to_string(&manifest)?
    ))
}

fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}
