//! The translation compiler: `data/i18n/{en,lt,lv,et,pl,fi}.toml` → `$OUT_DIR/i18n.rs`.
//!
//! `en.toml` holds the interface strings (`[ui]`) and the country names (`[country]`); the
//! English *content* (event titles and texts, forecasts, scenarios, explanations) is the data
//! itself (`data/*.toml`). Every other language file must have every interface key, every
//! country, and a translation of every piece of content; a missing or unknown key, or a
//! translation whose `{placeholders}` differ from the English, fails the build with the file,
//! line and key — nothing falls back to English silently. `[meta] review` says whether a
//! file is `"machine-assisted"` (drafted with software help, awaiting a newsroom editor) or
//! `"reviewed"`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

mod content;

pub use content::english_content;

use super::checker::lit;
use super::{DataError, Input};

/// The languages, in the order of the app's `Lang` enum. English first: it is the reference.
pub const LANGS: [&str; 6] = ["en", "lt", "lv", "et", "pl", "fi"];

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

/// Checks every language file against English and writes the tables.
/// Checks every language file against English and the data, then writes the tables the app
/// looks strings up in. Every problem is reported, each with its file, line and key.
pub fn compile_translations(data: &[Input], langs: &[Input]) -> Result<String, Vec<DataError>> {
    let mut errors = Vec::new();
    let content = english_content(data);
    let catalogues = parse_catalogues(langs, &mut errors);
    if catalogues.len() != LANGS.len() {
        return Err(errors);
    }
    check_catalogues(langs, &catalogues, &content, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(emit_tables(&catalogues, &content))
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
        .filter(|(k, _)| k.starts_with("ui.") || k.starts_with("country."))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (key, _) in english.iter().filter(|(k, _)| {
        !(k.starts_with("ui.") || k.starts_with("country.") || k.starts_with("meta."))
    }) {
        let message = "English content lives in the data files (data/*.toml), not here".into();
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

/// The generated Rust: the `Msg` enum, English and the content compiled in, the other
/// languages for native builds, the country names, and each language's name and review state.
fn emit_tables(
    catalogues: &[BTreeMap<String, String>],
    content: &BTreeMap<String, String>,
) -> String {
    let english = &catalogues[0];
    let ui_keys: Vec<&str> = english
        .keys()
        .filter_map(|k| k.strip_prefix("ui."))
        .collect();
    let country_codes: Vec<&str> = english
        .keys()
        .filter_map(|k| k.strip_prefix("country."))
        .collect();
    let content_keys: Vec<&String> = content.keys().collect();
    let mut out = String::from("// Generated by the build script from data/i18n/*.toml.\n\n");
    out += "/// Every interface string; `tr` looks one up in the reader's language.\n";
    out += "#[derive(Clone, Copy, PartialEq, Eq, Debug)]\npub enum Msg {\n";
    for key in &ui_keys {
        out += &format!("    {},\n", variant_name(key));
    }
    out += "}\n\n";
    let row = |catalogue: &BTreeMap<String, String>, keys: &[&str], prefix: &str| -> String {
        let cells: Vec<String> = keys
            .iter()
            .map(|k| lit(&catalogue[&format!("{prefix}{k}")]))
            .collect();
        format!("[{}]", cells.join(", "))
    };
    let content_row = |catalogue: &BTreeMap<String, String>| -> String {
        let cells: Vec<String> = content_keys
            .iter()
            .map(|k| lit(catalogue.get(*k).unwrap_or(&content[*k])))
            .collect();
        format!("[{}]", cells.join(", "))
    };
    let (n, k, others) = (ui_keys.len(), content_keys.len(), LANGS.len() - 1);
    // A fingerprint of the keys, so the browser can refuse a language file from another build.
    let fingerprint = ui_keys
        .iter()
        .copied()
        .chain(content_keys.iter().map(|k| k.as_str()))
        .flat_map(str::bytes)
        .fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    out += &format!(
        "/// The interface and the content in English, in every build.\n\
         static UI_EN: [&str; {n}] = {};\n\
         /// Content keys, sorted, and the English content (from the data).\n\
         static CONTENT_KEYS: [&str; {k}] = [{}];\n\
         static CONTENT_EN: [&str; {k}] = {};\n\
         /// Identifies this build's keys in a language file (`i18n-LANG.txt`).\n\
         pub const KEYS_FINGERPRINT: u64 = {fingerprint:#018x};\n\n",
        row(&catalogues[0], &ui_keys, "ui."),
        content_keys
            .iter()
            .map(|k| lit(k))
            .collect::<Vec<_>>()
            .join(", "),
        content_row(&catalogues[0]),
    );
    let other_ui: Vec<String> = catalogues[1..]
        .iter()
        .map(|c| format!("    {},\n", row(c, &ui_keys, "ui.")))
        .collect();
    let other_content: Vec<String> = catalogues[1..]
        .iter()
        .map(|c| format!("    {},\n", content_row(c)))
        .collect();
    out += &format!(
        "/// The other languages are compiled in natively only (tests, prerendering, and writing\n\
         /// `dist/i18n-LANG.txt`); the browser fetches the one a reader needs.\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         static UI_OTHER: [[&str; {n}]; {others}] = [\n{}];\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         static CONTENT_OTHER: [[&str; {k}]; {others}] = [\n{}];\n\n",
        other_ui.concat(),
        other_content.concat(),
    );
    out += &emit_countries_and_languages(catalogues, &country_codes);
    out
}

/// Country names in each language, and each language's own name and review state.
fn emit_countries_and_languages(
    catalogues: &[BTreeMap<String, String>],
    country_codes: &[&str],
) -> String {
    let row = |catalogue: &BTreeMap<String, String>| -> String {
        let cells: Vec<String> = country_codes
            .iter()
            .map(|k| lit(&catalogue[&format!("country.{k}")]))
            .collect();
        format!("[{}]", cells.join(", "))
    };
    let mut out = String::new();
    let country_rows: Vec<String> = catalogues
        .iter()
        .map(|c| format!("    {},\n", row(c)))
        .collect();
    out += &format!(
        "/// Country codes, sorted, and their names in each language.\nstatic COUNTRY_CODES: [&str; {}] = [{}];\nstatic COUNTRY_NAMES: [[&str; {}]; {}] = [\n{}];\n\n",
        country_codes.len(),
        country_codes.iter().map(|c| lit(c)).collect::<Vec<_>>().join(", "),
        country_codes.len(),
        LANGS.len(),
        country_rows.concat()
    );
    let names: Vec<String> = catalogues.iter().map(|c| lit(&c["meta.name"])).collect();
    let assisted: Vec<&str> = catalogues
        .iter()
        .map(|c| {
            if c["meta.review"] == "machine-assisted" {
                "true"
            } else {
                "false"
            }
        })
        .collect();
    out += &format!(
        "/// Each language's name for itself, for the language switcher.\nstatic LANG_NAMES: [&str; {n}] = [{}];\n/// Whether a language's texts were drafted with machine help and await review.\nstatic MACHINE_ASSISTED: [bool; {n}] = [{}];\n",
        names.join(", "),
        assisted.join(", "),
        n = LANGS.len()
    );
    out
}
