//! The translation layer: every string a reader sees comes from here.
//!
//! The strings live in `data/interface/LANG.toml` (the interface every story shares) and
//! `data/STORY/i18n/LANG.toml` (the country names and the story's own words)
//! and, for English content, in the data files themselves; the build script checks that every
//! language has every key and turns them into the tables included below. In the browser only
//! English is compiled in; `tables.rs` says how the others arrive. Dates, numbers and
//! lists are formatted by the browser's `Intl` (`src/platform/format.rs`); the pages the build
//! writes use the same CLDR rules, as tables (`written.rs`).

mod content;
mod labels;
mod scenario;
mod tables;
mod timeline;
pub mod written;

pub use content::{
    band_label, border_note, casualty_note, correction_texts, forecast_texts, horizon_label,
    rule_words, scenario_texts, treaty_short_name, withdrawal_rule_text, yardstick_name,
    yardstick_note,
};
pub use labels::{
    confidence, event_kind, field_name, section_name, source_group, source_kind, votes_summary,
};
pub use scenario::{
    country_name, date_summary, effect_text, kilometres, rule_applied, status_name, with_neighbour,
};
pub use tables::{
    file_name, has_event_texts, install, install_texts, is_ready, list_page_file, one_file_page,
    page_file, parse, parse_texts, section_page_file, sources_page_file, texts_file_name,
    FetchedTexts, Table,
};
#[cfg(not(target_arch = "wasm32"))]
pub use tables::{file_text, texts_file_text};
pub use timeline::{cluster_label, event_count, lane_name, mark_label, marker_label, resolution};

use crate::model::{Disagreement, Event, Texts};

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

// `Lang` (one variant per language of `data/STORY/i18n`, with `ALL` and `tag()`) is generated from
// the translation compiler's `LANGS`, with the tables above.
impl Lang {
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
pub fn tr(lang: Lang, msg: &'static Msg) -> &'static str {
    tables::other_ui(lang)
        .and_then(|ui| ui.get(msg.slot()))
        .unwrap_or(&msg.english)
}

/// An interface string of the parts only the build writes (`PageMsg`), in `lang`. The browser
/// knows these in English only, for the browser tests that draw the whole page: no island
/// draws them, so the app the pages load leaves them out, and the language files it fetches do
/// not carry them.
pub fn page_tr(lang: Lang, msg: PageMsg) -> &'static str {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(other) = (lang as usize).checked_sub(1) {
        return PAGE_OTHER[other][msg as usize];
    }
    let _ = lang;
    PAGE_EN[msg as usize]
}

/// A template with its `{placeholders}` filled in.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    // `split_once`, not slices by index: a slice of a `str` brings the panic message that
    // prints the text char by char into the browser's app.
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((name, after_name)) = after.split_once('}') else {
            // A brace never closed is text.
            out.push('{');
            rest = after;
            break;
        };
        match values.iter().find(|(key, _)| *key == name) {
            Some((_, value)) => out.push_str(value),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = after_name;
    }
    out.push_str(rest);
    out
}

/// A text of the data in `lang`: the `n`-th of a record's `texts`, or `english` (the record's
/// own field) in English and while the language has not arrived. A language file leaves the
/// texts it does not carry empty.
pub fn content(lang: Lang, texts: Texts, n: usize, english: &'static str) -> &'static str {
    tables::table(lang)
        .content
        .get(texts.at(n))
        .copied()
        .filter(|text| !text.is_empty())
        .unwrap_or(english)
}

/// An event's title in `lang`.
pub fn event_title(lang: Lang, event: &Event) -> &'static str {
    content(lang, event.texts, 0, untranslated_title(event))
}

/// An event's title where `lang`'s file has none: the data's English as the build writes the
/// page; in the browser, the title as that page holds it (`platform::page_title`), which is
/// the same text, so that the app does not carry the titles too. A page is in one language,
/// the one its app draws (`views::store::start`; should that language's file fail to load, the
/// app draws English and the titles stay the page's, like the rest of its text).
fn untranslated_title(event: &Event) -> &'static str {
    #[cfg(target_arch = "wasm32")]
    return crate::platform::page_title(usize::from(event.index));
    #[cfg(not(target_arch = "wasm32"))]
    crate::data::english_title(event)
}

/// A source as a link draws it.
pub struct SourceLink {
    pub title: &'static str,
    pub publisher: &'static str,
    pub href: String,
    pub kind: crate::model::SourceKind,
}

/// The source with this id as a link. In the browser its title, publisher and address arrive
/// with the events' own texts (`i18n-LANG-texts.txt`): `None` until then, and for an unknown id.
pub fn source_link(id: &str) -> Option<SourceLink> {
    let index = crate::data::SOURCES
        .iter()
        .position(|source| source.id == id)?;
    let [title, publisher, location] = tables::source_fields(index)?;
    Some(SourceLink {
        title,
        publisher,
        href: crate::model::Source::href_of(location),
        kind: crate::data::SOURCES[index].kind,
    })
}

/// An event's own text in `lang`; empty in the browser until `i18n-LANG-texts.txt` has arrived
/// (English's too: see `has_event_texts`), and for an event that has none.
pub fn event_text(lang: Lang, event: &Event) -> &'static str {
    content(lang, event.texts, 1, event.text)
}

/// The note of one of an event's disagreements.
pub fn disagreement_note(lang: Lang, disagreement: &Disagreement) -> &'static str {
    content(lang, disagreement.texts, 0, disagreement.note)
}
