//! The repository's own rules, checked on every `cargo test`.

use std::path::{Path, PathBuf};

const MAX_LINES: usize = 400;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn project_files() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("build.rs")];
    for dir in ["src", "model/src", "tests", "xtask/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    files
        .into_iter()
        .map(|path| (path.clone(), std::fs::read_to_string(&path).unwrap()))
        .collect()
}

#[test]
fn every_rust_file_starts_with_a_doc_comment() {
    let missing: Vec<_> = project_files()
        .into_iter()
        .filter(|(_, text)| !text.starts_with("//!"))
        .map(|(path, _)| path)
        .collect();
    assert!(
        missing.is_empty(),
        "start these files with a `//!` paragraph (what it owns, what it must not do): {missing:?}"
    );
}

#[test]
fn no_file_is_too_long() {
    let long: Vec<_> = project_files()
        .into_iter()
        .filter(|(_, text)| text.lines().count() > MAX_LINES)
        .map(|(path, text)| format!("{}: {} lines", path.display(), text.lines().count()))
        .collect();
    assert!(
        long.is_empty(),
        "split these files (at most {MAX_LINES} lines): {long:?}"
    );
}

/// The model is a crate with no dependencies, so Cargo keeps yew, web-sys and every other
/// crate out of it; this keeps anyone from adding one.
#[test]
fn the_model_crate_has_no_dependencies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(root.join("model/Cargo.toml")).unwrap();
    let sections: Vec<&str> = manifest
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with('['))
        .collect();
    assert_eq!(
        sections,
        ["[package]", "[dependencies]"],
        "model/Cargo.toml"
    );
    let dependencies = manifest.split("[dependencies]").nth(1).unwrap();
    assert!(
        dependencies
            .lines()
            .all(|line| line.trim().is_empty() || line.trim_start().starts_with('#')),
        "the model must not depend on any crate (model/Cargo.toml): {dependencies}"
    );
}

#[test]
fn no_placeholders_in_shipped_code() {
    for (path, text) in project_files() {
        for (number, line) in text.lines().enumerate() {
            for marker in [
                concat!("todo", "!("),
                concat!("unimplemented", "!("),
                concat!("dbg", "!("),
            ] {
                assert!(
                    !line.contains(marker),
                    "{}:{}: {marker}",
                    path.display(),
                    number + 1
                );
            }
        }
    }
}

#[test]
fn the_two_dark_palettes_are_the_same() {
    let css =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("styles/main.css"))
            .unwrap();
    let block = |start: &str| -> Vec<String> {
        let from = css
            .find(start)
            .unwrap_or_else(|| panic!("styles/main.css has no {start}"));
        let body = &css[from..];
        let end = body.find('}').unwrap();
        body[..end]
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("--"))
            .map(String::from)
            .collect()
    };
    let by_setting = block(":root:not([data-theme=\"light\"]) {");
    let by_link = block(":root[data-theme=\"dark\"] {");
    assert!(!by_setting.is_empty());
    assert_eq!(
        by_setting, by_link,
        "styles/main.css: keep the two dark palettes identical"
    );
}

/// Words in a view's text nodes or its accessible names must come from `src/i18n/` (and so from
/// `data/interface/`): a literal like `{ "Close" }` or `aria-label="Close"` would stay English in
/// every language. Format names that read the same everywhere are allowed.
#[test]
fn no_user_visible_string_bypasses_the_translation_layer() {
    const SAME_IN_EVERY_LANGUAGE: [&str; 3] = ["SVG", "PNG", "km"];
    let has_word = |text: &str| {
        let letters: Vec<bool> = text.chars().map(char::is_alphabetic).collect();
        letters.windows(2).any(|pair| pair[0] && pair[1])
            && !SAME_IN_EVERY_LANGUAGE.contains(&text.trim())
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/views");
    let mut found = Vec::new();
    for (path, text) in project_files() {
        if !path.starts_with(&root) {
            continue;
        }
        for (number, line) in text.lines().enumerate() {
            // Text nodes: `>{ "..." }` or `}{ "..." }` inside `html!`.
            let mut rest = line;
            while let Some(at) = rest.find("{ \"") {
                let before = rest[..at].trim_end();
                let literal = rest[at + 3..].split('"').next().unwrap_or("");
                if (before.ends_with('>') || before.ends_with('}')) && has_word(literal) {
                    found.push(format!("{}:{}: {literal:?}", path.display(), number + 1));
                }
                rest = &rest[at + 3..];
            }
            // Accessible names and tooltips written as literals.
            for attribute in ["aria-label=\"", "title=\"", "alt=\"", "placeholder=\""] {
                if let Some(at) = line.find(attribute) {
                    let literal = line[at + attribute.len()..].split('"').next().unwrap_or("");
                    if has_word(literal) {
                        found.push(format!("{}:{}: {literal:?}", path.display(), number + 1));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "put these strings in data/interface/en.toml (and every other language) and use tr(): {found:#?}"
    );
}

/// No test may decide what to expect from the machine's clock, zone or locale: every
/// end-to-end spec takes `test` from the fixture that pins the page's clock, and none reads
/// the real date itself; the wasm reads the clock in one place only.
/// The strings of the parts only the build writes (`PageMsg`) are not in the language files
/// the browser fetches, and the browser knows them in English only: so only those parts may
/// read them (`page_tr`), and an island only through `build_time_msg`, whose text the app
/// never reads (it adopts what the build wrote: `views/prerendered.rs`). An island that read
/// one otherwise would draw English on every other language's page.
#[test]
fn only_the_parts_the_build_writes_read_its_strings() {
    const BUILD_ONLY: [&str; 9] = [
        "src/bin/prerender",
        "src/i18n/mod.rs",
        "src/views/prerendered.rs",
        "src/views/app.rs",
        "src/views/key_figures.rs",
        "src/views/events/index.rs",
        "src/views/forecast/",
        "src/views/sources/",
        "tests/",
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut offenders = Vec::new();
    for (path, text) in project_files() {
        let path = path.strip_prefix(root).unwrap().display().to_string();
        if BUILD_ONLY.iter().any(|allowed| path.starts_with(allowed)) {
            continue;
        }
        for (number, line) in text.lines().enumerate() {
            if line.contains("page_tr(") {
                offenders.push(format!("{path}:{}", number + 1));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "{offenders:?} draw strings of the parts only the build writes; use a `Msg` (data/interface \
         [ui]), or `build_time_msg` for text that never changes once built"
    );
}

/// Text written at build time only (`build_time_text`, `build_time_msg`) is found in an
/// island's markup as it starts, and only the scenario's are searched
/// (`Island::holds_build_time_text`): in the timeline it would show nothing.
#[test]
fn the_timeline_writes_no_build_time_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let offenders: Vec<String> = project_files()
        .into_iter()
        .filter(|(path, text)| {
            path.starts_with(root.join("src/views/timeline")) && text.contains("build_time_")
        })
        .map(|(path, _)| path.strip_prefix(root).unwrap().display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "{offenders:?}: the timeline's markup is not searched for the build's texts; draw its \
         text with `tr`"
    );
}

/// `f64::clamp` checks its bounds and, when they cross, formats them with `Debug`: that one
/// message links the whole float-printing code (about 11 KB of WebAssembly) into the app.
/// `ottawa_model::timescale::between` does the same without it.
#[test]
fn the_app_does_not_clamp_floats() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let offenders: Vec<String> = project_files()
        .into_iter()
        .filter(|(path, text)| {
            let shipped = ["src/", "model/src/"]
                .iter()
                .any(|dir| path.starts_with(root.join(dir)))
                && !path.starts_with(root.join("src/datagen"))
                && !path.starts_with(root.join("src/bin"));
            // The code before the file's tests, if any.
            let code = text.split("#[cfg(test)]").next().unwrap_or(text);
            shipped && code.contains(".clamp(")
        })
        .map(|(path, _)| path.strip_prefix(root).unwrap().display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "{offenders:?}: use timescale::between, not .clamp("
    );
}

#[test]
fn no_test_reads_the_real_clock() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(root.join("tests/e2e")).unwrap().flatten() {
        let path = entry.path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".js") || name == "fixtures.js" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        if text.contains("require('@playwright/test')") {
            problems.push(format!("{name}: take `test` and `expect` from ./fixtures"));
        }
        for needle in [
            "Date.now(",
            "new Date()",
            "toLocaleDateString()",
            "getTimezoneOffset",
        ] {
            if text.contains(needle) {
                problems.push(format!(
                    "{name}: reads the machine's clock or zone ({needle})"
                ));
            }
        }
    }
    let clock_reads: Vec<_> = project_files()
        .into_iter()
        .filter(|(_, text)| {
            // Spelled in parts so that this file does not match itself.
            [concat!("Date::", "now()"), concat!("Date::", "new_0()")]
                .iter()
                .any(|read| text.contains(read))
        })
        .map(|(path, _)| path)
        .collect();
    if clock_reads.len() != 1 || !clock_reads[0].ends_with("src/platform/mod.rs") {
        problems.push(format!(
            "only platform::today() may read the clock; found it in {clock_reads:?}"
        ));
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The README lists the link's keys as the one table in `state/url.rs` defines them.
#[test]
fn the_readme_lists_every_link_key() {
    use ottawa_explorer::state::url::LINK_KEYS;
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme
        .find("The keys, in the order a link writes them:")
        .expect("README.md lists the link's keys");
    let list = &readme[start..start + readme[start..].find(" (").unwrap()];
    let listed: Vec<&str> = list.split('`').skip(1).step_by(2).collect();
    let defined: Vec<&str> = LINK_KEYS.iter().map(|k| k.name).collect();
    assert_eq!(listed, defined);
}
