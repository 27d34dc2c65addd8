//! Where a language's strings live. English is compiled into every build; natively (tests,
//! prerendering) every language is. In the browser the other five are fetched when a reader
//! needs one, from `i18n-LANG.txt` beside the page (written by `cargo xtask dist`), so a reader
//! pays only for their own language. Until it arrives the page stays in the language it had.

#[cfg(not(target_arch = "wasm32"))]
use super::CONTENT_BUILD_ONLY;
use super::{Lang, CONTENT_COUNT, KEYS_FINGERPRINT, UI_EN};

/// One language's interface strings (by `Msg`) and the data's texts (by `Texts` index; empty
/// for English, whose texts are the records' own fields).
#[derive(Clone, Copy)]
pub struct Table {
    pub ui: &'static [&'static str],
    pub content: &'static [&'static str],
}

const ENGLISH: Table = Table {
    ui: &UI_EN,
    content: &[],
};

/// The strings for `lang`, or English while they are not there yet.
pub fn table(lang: Lang) -> Table {
    if lang == Lang::En {
        return ENGLISH;
    }
    loaded(lang).unwrap_or(ENGLISH)
}

/// Whether `lang` can be shown now.
pub fn is_ready(lang: Lang) -> bool {
    lang == Lang::En || loaded(lang).is_some()
}

#[cfg(not(target_arch = "wasm32"))]
fn loaded(lang: Lang) -> Option<Table> {
    let index = (lang as usize).checked_sub(1)?;
    Some(Table {
        ui: &super::UI_OTHER[index],
        content: &super::CONTENT_OTHER[index],
    })
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static LOADED: std::cell::RefCell<Vec<(Lang, Table)>> = const { std::cell::RefCell::new(Vec::new()) };
}

#[cfg(target_arch = "wasm32")]
fn loaded(lang: Lang) -> Option<Table> {
    LOADED.with(|l| l.borrow().iter().find(|(l, _)| *l == lang).map(|(_, t)| *t))
}

/// Makes a fetched language available for the rest of the page's life.
#[cfg(target_arch = "wasm32")]
pub fn install(lang: Lang, table: Table) {
    LOADED.with(|l| l.borrow_mut().push((lang, table)));
}

/// The file a language is served as, relative to the page.
pub fn file_name(lang: Lang) -> String {
    format!("i18n-{}.txt", lang.tag())
}

/// The page prerendered in `lang`, relative to the others (they sit in one folder):
/// `index.html` for English, `lt.html` for Lithuanian.
pub fn page_file(lang: Lang) -> String {
    if lang == Lang::En {
        "index.html".into()
    } else {
        format!("{}.html", lang.tag())
    }
}

/// The page of `section` alone in `lang`, for embedding (`embed-timeline.html`,
/// `embed-timeline-lt.html`): written beside the editions, it holds that section and no more.
pub fn section_page_file(lang: Lang, section: crate::state::Section) -> String {
    lang_page(&format!("embed-{}", section.id()), lang)
}

/// The one-file edition in `lang` (written by `cargo xtask dist` beside the pages).
pub fn one_file_page(lang: Lang) -> String {
    lang_page("ottawa-explorer-one-file", lang)
}

/// The page of every event in full in `lang` (`events.html`, `events-lt.html`, …), linked from
/// the page's one-line index.
pub fn list_page_file(lang: Lang) -> String {
    lang_page("events", lang)
}

/// `STEM.html` in English, `STEM-LANG.html` in the other languages.
fn lang_page(stem: &str, lang: Lang) -> String {
    if lang == Lang::En {
        format!("{stem}.html")
    } else {
        format!("{stem}-{}.html", lang.tag())
    }
}

const HEADER: &str = "ottawa-explorer-i18n";
/// Fields are separated by the ASCII unit separator, which no text contains.
const SEPARATOR: char = '\u{1f}';

/// The file for `lang`: a header naming this build's keys, then every string (those only the
/// build draws left empty).
#[cfg(not(target_arch = "wasm32"))]
pub fn file_text(lang: Lang) -> String {
    let table = table(lang);
    let mut text = format!(
        "{HEADER} {KEYS_FINGERPRINT:016x} {} {}\n",
        table.ui.len(),
        table.content.len()
    );
    // The texts only the build draws stay empty: no island shows them.
    let content = table
        .content
        .iter()
        .zip(CONTENT_BUILD_ONLY)
        .map(|(text, build_only)| if build_only { "" } else { *text });
    let fields: Vec<&str> = table.ui.iter().copied().chain(content).collect();
    text += &fields.join(&SEPARATOR.to_string());
    text
}

/// Reads a language file; `None` if it is not one, or belongs to a build with other keys.
/// The strings are kept for the page's life (a few kilobytes, once per language).
pub fn parse(text: &str) -> Option<Table> {
    let (header, body) = text.split_once('\n')?;
    let mut parts = header.split(' ');
    let fingerprint = format!("{KEYS_FINGERPRINT:016x}");
    if parts.next() != Some(HEADER) || parts.next() != Some(fingerprint.as_str()) {
        return None;
    }
    let ui_count: usize = parts.next()?.parse().ok()?;
    let content_count: usize = parts.next()?.parse().ok()?;
    if ui_count != UI_EN.len() || content_count != CONTENT_COUNT {
        return None;
    }
    let body: &'static str = Box::leak(body.to_string().into_boxed_str());
    let fields: Vec<&'static str> = body.split(SEPARATOR).collect();
    if fields.len() != ui_count + content_count {
        return None;
    }
    let (ui, content) = fields.split_at(ui_count);
    Some(Table {
        ui: Box::leak(ui.to_vec().into_boxed_slice()),
        content: Box::leak(content.to_vec().into_boxed_slice()),
    })
}
