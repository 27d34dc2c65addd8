//! Compiles a story's folder (`data/ottawa/*.toml` by default) into typed Rust statics
//! (`$OUT_DIR/data.rs`, included by `src/data.rs`). Bad data fails the build with
//! `data/ottawa/FILE:LINE: FIELD: what is wrong`.

#[allow(dead_code)]
#[path = "src/datagen/mod.rs"]
mod datagen;
// The data compiler's `crate::date` and `crate::withdrawal`: the model crate's own.
use ottawa_model::{date, withdrawal};

use std::path::{Path, PathBuf};

/// The story a build tells: a folder of `data/`.
const STORY: &str = "EXPLORER_STORY";
const DEFAULT_STORY: &str = "ottawa";
/// Or a story from any folder (the benchmark's synthetic data).
const STORY_DIR: &str = "EXPLORER_STORY_DIR";
/// The story's map shapes, written by `cargo xtask codegen-map` from its `map.toml`.
const MAP_SHAPES: &str = "map-shapes.rs";

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    // The story is a folder of `data/` (`EXPLORER_STORY`, set by `cargo xtask dist --story
    // NAME`; the Ottawa story by default), or any folder (`EXPLORER_STORY_DIR`: `cargo xtask
    // bench` builds with synthetic data from one).
    println!("cargo::rerun-if-env-changed={STORY}");
    println!("cargo::rerun-if-env-changed={STORY_DIR}");
    let story = std::env::var(STORY).unwrap_or_else(|_| DEFAULT_STORY.to_string());
    let dir =
        std::env::var_os(STORY_DIR).map_or_else(|| root.join("data").join(&story), PathBuf::from);
    println!("cargo::rerun-if-changed={}", dir.display());
    for file in datagen::FILES {
        println!("cargo::rerun-if-changed={}", dir.join(file).display());
    }
    // Messages name files as an editor finds them: `data/ottawa/events.toml:12: …`.
    let shown_as = dir
        .strip_prefix(&root)
        .unwrap_or(&dir)
        .display()
        .to_string();
    // The story's languages and the interface every story shares: a new file in either folder
    // reruns the build (a folder's change covers its files' names, not their texts).
    let interface = root.join("data").join(datagen::i18n::INTERFACE_DIR);
    for folder in [dir.join("i18n"), interface] {
        println!("cargo::rerun-if-changed={}", folder.display());
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            println!("cargo::rerun-if-changed={}", entry.path().display());
        }
    }
    // The translations are checked against the texts the data compiles to, so they wait for
    // data without errors.
    let result = datagen::read_inputs(&dir, &shown_as)
        .map_err(|err| vec![err])
        .and_then(|inputs| datagen::compile(&inputs))
        .and_then(|data| {
            let langs = datagen::i18n::read_translations(&root.join("data"), &dir, &shown_as)
                .map_err(|e| vec![e])?;
            let translations = datagen::i18n::compile_translations(&data.texts, &langs)?;
            Ok((data.code, translations))
        });
    // The story's map (`cargo xtask codegen-map` writes it from its map.toml), included as
    // `crate::generated::map`.
    let map = dir.join(MAP_SHAPES);
    println!("cargo::rerun-if-changed={}", map.display());
    let map = std::fs::read_to_string(&map);
    let result = result.and_then(|done| {
        let map = map.map_err(|err| {
            vec![datagen::DataError {
                file: format!("{shown_as}/{MAP_SHAPES}"),
                line: 1,
                field: "(file)".into(),
                message: format!(
                    "{err}: describe the map in map.toml and run `cargo xtask codegen-map`"
                ),
            }]
        })?;
        Ok((done, map))
    });
    match result {
        Ok(((code, translations), map)) => {
            let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_owned();
            std::fs::write(out.join("map.rs"), map).expect("write the story's map");
            std::fs::write(out.join("data.rs"), code).expect("write the generated data");
            std::fs::write(out.join("i18n.rs"), translations)
                .expect("write the generated translations");
        }
        Err(errors) => {
            // cargo shows a build script's stderr when it fails; one error a line.
            eprintln!("The data in {shown_as}/ has {} error(s):", errors.len());
            for error in &errors {
                eprintln!("{error}");
            }
            std::process::exit(1);
        }
    }
}
