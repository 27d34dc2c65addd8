//! The checks of the translation files: every key where it belongs, with English's
//! placeholders, each problem reported with its file, line and key.

use std::collections::{BTreeMap, BTreeSet};

use super::super::{DataError, Input};
use super::INTERFACE_DIR;

/// The sections of the shared interface files: what the islands draw (`ui`) and what only the
/// build writes (`page`).
const INTERFACE: [&str; 2] = ["ui.", "page."];
/// The sections a story's English file holds besides its interface words: the country names
/// and each neighbour as the phrase "with Russia" (in the case a language needs there).
const STORY_NAMES: [&str; 2] = ["country.", "border_with."];

fn is_interface(key: &str) -> bool {
    INTERFACE.iter().any(|prefix| key.starts_with(prefix))
}

/// The interface files: English's `[ui]` and `[page]` keys, and every language has exactly
/// those, with the same placeholders.
pub(super) fn check_interfaces(
    files: &[(&Input, &BTreeMap<String, String>)],
    errors: &mut Vec<DataError>,
) {
    let (english_input, english) = files[0];
    for key in english
        .keys()
        .filter(|k| !(is_interface(k) || k.starts_with("meta.")))
    {
        let message =
            "the interface files hold [ui] and [page]; a story's own words go in data/STORY/i18n"
                .into();
        let line = line_of(&english_input.text, key);
        error(errors, &english_input.name, line, key, message);
    }
    let required: BTreeMap<String, String> = english
        .iter()
        .filter(|(k, _)| is_interface(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (input, catalogue) in files {
        check_catalogue(input, catalogue, &required, errors);
    }
}

/// The story's files: English holds the country names and the interface words the story says
/// its own way (each a key of the interface, with its placeholders); every other language has
/// exactly English's keys plus the content's, with the same placeholders.
pub(super) fn check_stories(
    files: &[(&Input, &BTreeMap<String, String>)],
    interface: &BTreeMap<String, String>,
    content: &BTreeMap<String, String>,
    errors: &mut Vec<DataError>,
) {
    let (english_input, english) = files[0];
    let mut required = BTreeMap::new();
    for (key, text) in english.iter().filter(|(k, _)| !k.starts_with("meta.")) {
        let line = line_of(&english_input.text, key);
        let problem = if STORY_NAMES.iter().any(|prefix| key.starts_with(prefix)) {
            None
        } else if !is_interface(key) {
            Some(
                "English content lives in the data files (the story's other .toml files), not here"
                    .into(),
            )
        } else if let Some(shared) = interface.get(key) {
            (placeholders(text) != placeholders(shared)).then(|| {
                format!(
                    "uses {:?} where the interface (data/{INTERFACE_DIR}/en.toml) uses {:?}",
                    placeholders(text),
                    placeholders(shared)
                )
            })
        } else {
            Some(format!(
                "not a key of the interface (data/{INTERFACE_DIR}/en.toml): a story may only say an interface word its own way"
            ))
        };
        match problem {
            Some(message) => error(errors, &english_input.name, line, key, message),
            None => {
                required.insert(key.clone(), text.clone());
            }
        }
    }
    for (input, catalogue) in files {
        let mut expected = required.clone();
        if input.name != english_input.name {
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

/// The line of `key`'s last segment (or of its table header) in a file's text, for messages.
pub(super) fn line_of(text: &str, key: &str) -> usize {
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

pub(super) fn error(
    errors: &mut Vec<DataError>,
    file: &str,
    line: usize,
    field: &str,
    message: String,
) {
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
