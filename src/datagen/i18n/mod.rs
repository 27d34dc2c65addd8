//! The translation compiler: `data/STORY/i18n/{en,lt,lv,et,pl,fi}.toml` → `$OUT_DIR/i18n.rs`.
//!
//! `en.toml` holds the interface strings (`[ui]`, drawn by the islands in the browser, and
//! `[page]`, written only by the build) and the country names (`[country]`); the
//! English *content* (event titles and texts, forecasts, scenarios, explanations) is the data
//! itself (`data/STORY/*.toml`), handed over by the data compiler with each text's key, in the order
//! of the records' `Texts` indices. Every other language file must have every interface key, every
//! country, and a translation of every piece of content; a missing or unknown key, or a
//! translation whose `{placeholders}` differ from the English, fails the build with the file,
//! line and key — nothing falls back to English silently. `[meta] review` says whether a
//! file is `"machine-assisted"` (drafted with software help, awaiting a newsroom editor) or
//! `"reviewed"`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

mod emit;

use super::{DataError, Input};
use emit::emit_tables;

/// The languages: the app's `Lang` enum is generated from this list. English first: it is the
/// reference.
pub const LANGS: [&str; 6] = ["en", "lt", "lv", "et", "pl", "fi"];

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

/// Reads `DIR/i18n/{lang}.toml` for every language.
pub fn read_translations(dir: &Path, shown_as: &str) -> Result<Vec<Input>, DataError> {
    LANGS
        .iter()
        .map(|lang| {
            let name = format!("{shown_as}/i18n/{lang}.toml");
            std::fs::read_to_string(dir.join("i18n").join(format!("{lang}.toml")))
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
        })
        .collect()
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

/// The line of `key`'s last segment (or of its table header) in a file's text, for messages.
fn line_of(text: &str, key: &str) -> usize {
    let last = key.rsplit('.').next().unwrap_or(key);
    let header = key.rsplit_once('.').map_or("", |(table, _)| table);
    let mut in_table = header.is_empty();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.starts_with('[') {
            in_table = line.trim_matches(['[', ']']) == header;
            continue;
        }
        let name = line
            .split('=')
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches('"');
        if in_table && name == last {
            return number + 1;
        }
    }
    text.lines()
        .position(|l| l.trim().trim_matches(['[', ']']) == header)
        .map_or(1, |n| n + 1)
}

fn error(errors: &mut Vec<DataError>, file: &str, line: usize, field: &str, message: String) {
    errors.push(DataError {
        file: file.to_string(),
        line,
        field: field.to_string(),
        message,
    });
}

fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
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

/// Checks every language file against English and the data's texts (`Compiled::texts`), then
/// writes the tables the app looks strings up in. Every problem is reported, each with its
/// file, line and key.
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
    if catalogues.len() != LANGS.len() {
        return Err(errors);
    }
    check_catalogues(langs, &catalogues, &content, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(emit_tables(&catalogues, texts))
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

/// The sections English itself holds: the interface (`ui`, what the islands draw, and `page`,
/// what only the build writes), the country names, and each neighbour as the phrase "with
/// Russia" (in the case a language needs there).
const INTERFACE: [&str; 4] = ["ui.", "page.", "country.", "border_with."];

fn is_interface(key: &str) -> bool {
    INTERFACE.iter().any(|prefix| key.starts_with(prefix))
}

/// English holds only the interface and the country names (its content is the data); every
/// other language has exactly English's keys plus the content's, with the same placeholders.
fn check_catalogues(
    langs: &[Input],
    catalogues: &[BTreeMap<String, String>],
    content: &BTreeMap<String, String>,
    errors: &mut Vec<DataError>,
) {
    let english = &catalogues[0];
    // The keys every language must have: English's interface and countries, and the content.
    let required: BTreeMap<String, String> = english
        .iter()
        .filter(|(k, _)| is_interface(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (key, _) in english
        .iter()
        .filter(|(k, _)| !(is_interface(k) || k.starts_with("meta.")))
    {
        let message =
            "English content lives in the data files (the story's other .toml files), not here"
                .into();
        error(
            errors,
            &langs[0].name,
            line_of(&langs[0].text, key),
            key,
            message,
        );
    }
    for (input, catalogue) in langs.iter().zip(catalogues) {
        let is_english = input.name.ends_with("/en.toml");
        let mut expected = required.clone();
        if !is_english {
            expected.extend(content.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        check_catalogue(input, catalogue, &expected, errors);
    }
}

/// One language file: its meta keys, then each expected key's text, then keys nobody expects.
fn check_catalogue(
    input: &Input,
    catalogue: &BTreeMap<String, String>,
    expected: &BTreeMap<String, String>,
    errors: &mut Vec<DataError>,
) {
    for meta in ["meta.name", "meta.review"] {
        if !catalogue.contains_key(meta) {
            error(errors, &input.name, 1, meta, "missing".into());
        }
    }
    if let Some(review) = catalogue.get("meta.review") {
        if review != "machine-assisted" && review != "reviewed" {
            let message = format!("{review:?}: write \"machine-assisted\" or \"reviewed\"");
            error(
                errors,
                &input.name,
                line_of(&input.text, "meta.review"),
                "meta.review",
                message,
            );
        }
    }
    for (key, english_text) in expected {
        let problem = match catalogue.get(key) {
            None => Some(format!("missing (English: {english_text:?})")),
            Some(text) if text.starts_with('\u{0}') || text.trim().is_empty() => {
                Some("write a text".into())
            }
            Some(text) if placeholders(text) != placeholders(english_text) => Some(format!(
                "uses {:?} where English uses {:?}",
                placeholders(text),
                placeholders(english_text)
            )),
            Some(_) => None,
        };
        if let Some(message) = problem {
            let line = line_of(&input.text, key);
            error(errors, &input.name, line, key, message);
        }
    }
    for key in catalogue.keys() {
        if !expected.contains_key(key) && !key.starts_with("meta.") {
            let message =
                "not a key of the English interface or the data: remove it or check its spelling"
                    .into();
            error(errors, &input.name, line_of(&input.text, key), key, message);
        }
    }
}
