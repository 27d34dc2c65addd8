//! Compiles `data/*.toml` into typed Rust statics (`$OUT_DIR/data.rs`, included by
//! `src/data.rs`). Bad data fails the build with `data/FILE:LINE: FIELD: what is wrong`.

#[allow(dead_code)]
#[path = "src/datagen/mod.rs"]
mod datagen;
// The data compiler's `crate::date` and `crate::article20`: the model crate's own.
use ottawa_model::{article20, date};

use std::path::{Path, PathBuf};

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    // `cargo xtask bench` builds with synthetic data from another folder; releases use data/.
    println!("cargo::rerun-if-env-changed=OTTAWA_DATA_DIR");
    let dir = std::env::var_os("OTTAWA_DATA_DIR").map_or_else(|| root.join("data"), PathBuf::from);
    println!("cargo::rerun-if-changed={}", dir.display());
    for file in datagen::FILES {
        println!("cargo::rerun-if-changed={}", dir.join(file).display());
    }
    let shown_as = if dir == root.join("data") {
        "data".to_string()
    } else {
        dir.display().to_string()
    };
    println!("cargo::rerun-if-changed={}", dir.join("i18n").display());
    for lang in datagen::i18n::LANGS {
        println!(
            "cargo::rerun-if-changed={}",
            dir.join("i18n").join(format!("{lang}.toml")).display()
        );
    }
    // The translations are checked against the texts the data compiles to, so they wait for
    // data without errors.
    let result = datagen::read_inputs(&dir, &shown_as)
        .map_err(|err| vec![err])
        .and_then(|inputs| datagen::compile(&inputs))
        .and_then(|data| {
            let langs = datagen::i18n::read_translations(&dir, &shown_as).map_err(|e| vec![e])?;
            let translations = datagen::i18n::compile_translations(&data.texts, &langs)?;
            Ok((data.code, translations))
        });
    match result {
        Ok((code, translations)) => {
            let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_owned();
            std::fs::write(out.join("data.rs"), code).expect("write the generated data");
            std::fs::write(out.join("i18n.rs"), translations)
                .expect("write the generated translations");
        }
        Err(errors) => {
            // cargo shows a build script's stderr when it fails; one error a line.
            eprintln!("The data in data/ has {} error(s):", errors.len());
            for error in &errors {
                eprintln!("{error}");
            }
            std::process::exit(1);
        }
    }
}
