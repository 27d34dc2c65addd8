//! The translation compiler: `data/interface/LANG.toml` (the interface every story shares) and
//! `data/STORY/i18n/LANG.toml` (the story's own words) → `$OUT_DIR/i18n.rs`.
//!
//! The interface files hold `[ui]` (drawn by the islands in the browser) and `[page]` (written
//! only by the build). A story's files hold the country names (`[country]`), each neighbour as
//! "with Russia" (`[border_with]`), the translations of its content, and any interface word the
//! story says its own way (a key of `[ui]` or `[page]`, overriding the shared one: "Member"
//! where the Ottawa story says "Party"). The story's English `en.toml` lists its languages
//! (`[meta] languages`); its English *content* (event titles and texts, forecasts, scenarios,
//! explanations) is the data itself (`data/STORY/*.toml`), handed over by the data compiler with
//! each text's key, in the order of the records' `Texts` indices. Every other language must have
//! every interface key, every country, every override and a translation of every piece of
//! content; a missing or unknown key, or a translation whose `{placeholders}` differ from the
//! English, fails the build with the file, line and key — nothing falls back to English
//! silently. `[meta] review` says whether a file is `"machine-assisted"` (drafted with software
//! help, awaiting a newsroom editor) or `"reviewed"`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

mod check;
mod emit;

use super::{DataError, Input};
use check::{check_interfaces, check_stories, error, line_of};
use emit::emit_tables;

/// The folder of `data/` that holds the interface every story shares.
pub const INTERFACE_DIR: &str = "interface";

/// The texts of the parts the build writes and no island draws (the forecasts with their
/// yardstick and horizons, the corrections and casualty notes), by key prefix: the browser never
/// needs them, so the language files it fetches (`i18n-LANG.txt`) leave them empty.
pub const BUILD_ONLY_TEXTS: [&str; 6] = [
    "forecast.",
    "band.",
    "horizon.",
    "yardstick.",
    "correction.",
    "casualty.",
];

/// Whether a text is one the islands draw only when a reader asks for it: an event's own text,
/// shown in its card and in the list view, not in anything drawn at first. The language files
/// leave them out, and `i18n-LANG-texts.txt` holds them, fetched when a card or the list first
/// needs one (they are almost half of a language's strings).
pub fn is_later_text(key: &str) -> bool {
    key.starts_with("event.") && key.ends_with(".text")
}

/// Reads, for each of the story's languages, the shared interface file and the story's own
/// file: `[interface en, story en, interface lt, story lt, …]`. `data` is the `data/` folder that
/// holds `interface/`; `dir` is the story's folder, named `shown_as` in messages.
pub fn read_translations(data: &Path, dir: &Path, shown_as: &str) -> Result<Vec<Input>, DataError> {
    let read = |path: &Path, name: String| {
        std::fs::read_to_string(path)
            .map(|text| Input {
                name: name.clone(),
                text,
            })
            .map_err(|err| DataError {
                file: name,
                line: 1,
                field: "(file)".into(),
                message: err.to_string(),
            })
    };
    let english = read(
        &dir.join("i18n").join("en.toml"),
        format!("{shown_as}/i18n/en.toml"),
    )?;
    let tags = story_languages(&english)?;
    let mut inputs = Vec::new();
    for tag in &tags {
        let file = format!("{tag}.toml");
        inputs.push(read(
            &data.join(INTERFACE_DIR).join(&file),
            format!("data/{INTERFACE_DIR}/{file}"),
        )?);
        inputs.push(if tag == "en" {
            Input {
                name: english.name.clone(),
                text: english.text.clone(),
            }
        } else {
            read(
                &dir.join("i18n").join(&file),
                format!("{shown_as}/i18n/{file}"),
            )?
        });
    }
    Ok(inputs)
}

/// The story's languages, from its English file's `[meta] languages` ("en lt lv"): English
/// first, each once.
pub fn story_languages(english: &Input) -> Result<Vec<String>, DataError> {
    let fail = |message: &str| DataError {
        file: english.name.clone(),
        line: line_of(&english.text, "meta.languages"),
        field: "meta.languages".into(),
        message: message.into(),
    };
    let table: toml::Table = english
        .text
        .parse()
        .map_err(|_| fail("the file does not parse"))?;
    let listed = table
        .get("meta")
        .and_then(|meta| meta.get("languages"))
        .and_then(toml::Value::as_str)
        .ok_or_else(|| fail("missing: list the story's languages, English first (\"en fr\")"))?;
    let tags: Vec<String> = listed.split_whitespace().map(str::to_string).collect();
    let unique: BTreeSet<&String> = tags.iter().collect();
    let well_formed = tags
        .iter()
        .all(|tag| tag.len() == 2 && tag.bytes().all(|b| b.is_ascii_lowercase()));
    if tags.first().map(String::as_str) != Some("en") || unique.len() != tags.len() || !well_formed
    {
        return Err(fail(
            "write two-letter language codes, English first, each once (\"en fr\")",
        ));
    }
    Ok(tags)
}

/// Every leaf of a TOML table as `dotted.key = text`.
fn flatten(prefix: &str, table: &toml::Table, out: &mut BTreeMap<String, String>) {
    for (key, value) in table {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::Table(inner) => flatten(&path, inner, out),
            toml::Value::String(text) => {
                out.insert(path, text.clone());
            }
            other => {
                out.insert(path, format!("\u{0}{other}"));
            }
        }
    }
}

/// `PageTitle` from `page_title`.
fn variant_name(key: &str) -> String {
    key.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
}

/// Checks every language's interface and story files against English and the data's texts
/// (`Compiled::texts`), then writes the tables the app looks strings up in. `langs` is what
/// [`read_translations`] reads: each language's interface file, then its story file. Every
/// problem is reported, each with its file, line and key.
pub fn compile_translations(
    texts: &[(String, String)],
    langs: &[Input],
) -> Result<String, Vec<DataError>> {
    let mut errors = Vec::new();
    // The texts to translate: a text the data leaves empty has no translation.
    let content: BTreeMap<String, String> = texts
        .iter()
        .filter(|(_, english)| !english.is_empty())
        .cloned()
        .collect();
    let catalogues = parse_catalogues(langs, &mut errors);
    if !errors.is_empty() || langs.len() < 2 || !langs.len().is_multiple_of(2) {
        return Err(errors);
    }
    let interfaces: Vec<(&Input, &BTreeMap<String, String>)> =
        langs.iter().zip(&catalogues).step_by(2).collect();
    let stories: Vec<(&Input, &BTreeMap<String, String>)> =
        langs.iter().zip(&catalogues).skip(1).step_by(2).collect();
    check_interfaces(&interfaces, &mut errors);
    check_stories(&stories, interfaces[0].1, &content, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let tags: Vec<String> = stories
        .iter()
        .map(|(input, _)| {
            let file = input.name.rsplit('/').next().unwrap_or(&input.name);
            file.trim_end_matches(".toml").to_string()
        })
        .collect();
    // Each language's strings: the shared interface, with the story's words over it.
    let merged: Vec<BTreeMap<String, String>> = interfaces
        .iter()
        .zip(&stories)
        .map(|((_, interface), (_, story))| {
            let mut strings = (*interface).clone();
            strings.extend(story.iter().map(|(k, v)| (k.clone(), v.clone())));
            strings
        })
        .collect();
    Ok(emit_tables(&tags, &merged, texts))
}

/// Each language file as flat `section.key` → text (a file that does not parse is reported).
fn parse_catalogues(langs: &[Input], errors: &mut Vec<DataError>) -> Vec<BTreeMap<String, String>> {
    let mut catalogues: Vec<BTreeMap<String, String>> = Vec::new();
    for input in langs {
        let mut flat = BTreeMap::new();
        match input.text.parse::<toml::Table>() {
            Ok(table) => flatten("", &table, &mut flat),
            Err(err) => {
                let line = err
                    .span()
                    .map_or(1, |span| input.text[..span.start].lines().count().max(1));
                error(
                    errors,
                    &input.name,
                    line,
                    "(syntax)",
                    err.message().to_string(),
                );
            }
        }
        catalogues.push(flat);
    }
    catalogues
}
