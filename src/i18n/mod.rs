//! The translation layer: every string a reader sees comes from here.
//!
//! The strings live in `data/i18n/{en,lt,lv,et,pl,fi}.toml` (the interface and country names)
//! and, for English content, in the data files themselves; the build script checks that every
//! language has every key and turns them into the tables included below. In the browser only
//! English is compiled in; `tables.rs` says how the others arrive. Dates, numbers and
//! lists are formatted by the browser's `Intl` (`src/platform/format.rs`), never here.

mod content;
mod labels;
mod scenario;
mod tables;
mod timeline;

pub use content::{
    article20_text, band_label, border_note, casualty_note, correction_texts, forecast_texts,
    horizon_label, scenario_texts, treaty_short_name, yardstick_name, yardstick_note,
};
pub use labels::{confidence, event_kind, field_name, section_name, source_kind, votes_summary};
pub use scenario::{
    country_name, date_summary, effect_text, kilometres, rule_applied, status_name,
};
#[cfg(not(target_arch = "wasm32"))]
pub use tables::file_text;
#[cfg(target_arch = "wasm32")]
pub use tables::install;
pub use tables::{file_name, is_ready, parse, Table};
pub use timeline::{cluster_label, event_count, lane_name, mark_label, marker_label, resolution};

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

/// The languages, in the order of `data/i18n` (`src/datagen/i18n/mod.rs`, `LANGS`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub enum Lang {
    #[default]
    En,
    Lt,
    Lv,
    Et,
    Pl,
    Fi,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Lt, Lang::Lv, Lang::Et, Lang::Pl, Lang::Fi];

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.tag() == tag)
    }

    /// The first supported language in a reader's preference list (`navigator.languages`):
    /// `lt-LT` counts as `lt`.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next().unwrap_or(tag);
            Lang::from_tag(&primary.to_ascii_lowercase())
        })
    }

    /// The BCP 47 tag, for `<html lang>` and `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Lt => "lt",
            Lang::Lv => "lv",
            Lang::Et => "et",
            Lang::Pl => "pl",
            Lang::Fi => "fi",
        }
    }

    /// The language's name for itself ("Lietuvių"), for the switcher.
    pub fn name(self) -> &'static str {
        LANG_NAMES[self as usize]
    }

    /// Whether this language's texts were drafted with machine help and await an editor.
    pub fn machine_assisted(self) -> bool {
        MACHINE_ASSISTED[self as usize]
    }
}

/// An interface string in `lang`.
pub fn tr(lang: Lang, msg: Msg) -> &'static str {
    tables::table(lang).ui[msg as usize]
}

/// A template with its `{placeholders}` filled in.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 1..start + end];
        match values.iter().find(|(key, _)| *key == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[start..=start + end]),
        }
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

/// A piece of content in `lang`, its key given in parts (`["event.", id, ".title"]` for
/// `event.lt-seimas-vote.title`) so that no key string is built on hot paths (every marker's
/// accessible name); `english` where the data has none (a text the data leaves empty has no
/// translation either).
pub fn content(lang: Lang, key: &[&str], english: &'static str) -> &'static str {
    match CONTENT_KEYS.binary_search_by(|probe| compare_to_parts(probe, key)) {
        Ok(index) => tables::table(lang).content[index],
        Err(_) => english,
    }
}

/// How `whole` sorts against the concatenation of `parts`, without building it.
fn compare_to_parts(whole: &str, parts: &[&str]) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let mut rest = whole.as_bytes();
    for part in parts {
        let part = part.as_bytes();
        let shared = rest.len().min(part.len());
        match rest[..shared].cmp(&part[..shared]) {
            Ordering::Equal if rest.len() < part.len() => return Ordering::Less,
            Ordering::Equal => rest = &rest[part.len()..],
            other => return other,
        }
    }
    if rest.is_empty() {
        Ordering::Equal
    } else {
        Ordering::Greater
    }
}

/// An event's title and text in `lang`.
pub fn event_title(lang: Lang, event: &crate::model::Event) -> &'static str {
    if lang == Lang::En {
        return event.title;
    }
    content(lang, &["event.", event.id, ".title"], event.title)
}

pub fn event_text(lang: Lang, event: &crate::model::Event) -> &'static str {
    if lang == Lang::En {
        return event.text;
    }
    content(lang, &["event.", event.id, ".text"], event.text)
}

/// The note of an event's `n`-th disagreement (from 0).
pub fn disagreement_note(lang: Lang, event: &crate::model::Event, n: usize) -> &'static str {
    let english = event.disagreements.get(n).map_or("", |d| d.note);
    let number = (n + 1).to_string();
    content(
        lang,
        &["event.", event.id, ".disagreement_", &number],
        english,
    )
}
