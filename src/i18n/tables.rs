//! Where a language's strings live. English's interface and the data's English texts are
//! compiled into every build, except the events' own texts, which the browser fetches in every
//! language (`i18n-LANG-texts.txt`) when a card or the list first shows one; natively (tests,
//! prerendering) every language and every text is compiled in. In the browser the other
//! languages are fetched when a reader needs one, from `i18n-LANG.txt` beside the page
//! (written by `cargo xtask dist`), so a reader pays only for their own language. Until it
//! arrives the page stays in the language it had.

#[cfg(not(target_arch = "wasm32"))]
use super::UI_EN;
use super::{Lang, CONTENT_COUNT, KEYS_FINGERPRINT, UI_COUNT};
#[cfg(not(target_arch = "wasm32"))]
use super::{CONTENT_BUILD_ONLY, CONTENT_LATER};

/// One language's interface strings (by `Msg`) and the data's texts (by `Texts` index; for
/// English only the events' own texts once they have arrived, the rest being the records' own
/// fields).
#[derive(Clone, Copy)]
pub struct Table {
    pub ui: &'static [&'static str],
    pub content: &'static [&'static str],
}

const ENGLISH: Table = Table {
    // In the browser every `Msg` holds its own English and `NAMES_EN` the names, so that an
    // app links only the strings it draws: English has no table there.
    #[cfg(not(target_arch = "wasm32"))]
    ui: &UI_EN,
    #[cfg(target_arch = "wasm32")]
    ui: &[],
    content: &[],
};

/// The strings for `lang`, or English while they are not there yet.
pub fn table(lang: Lang) -> Table {
    loaded(lang).unwrap_or(ENGLISH)
}

/// The interface strings of another language than English, by slot, once it is there (until
/// then a reader sees English). English's are compiled in apart: in the browser each `Msg`
/// holds its own, so that an app links only those it draws (`tr`), and `NAMES_EN` the names.
pub fn other_ui(lang: Lang) -> Option<&'static [&'static str]> {
    if lang == Lang::En {
        return None;
    }
    loaded(lang).map(|table| table.ui)
}

/// The country names and the "with" phrases for `lang` (the interface's slots from
/// `COUNTRY_AT`), or English's while it is not there.
pub fn names(lang: Lang) -> &'static [&'static str] {
    other_ui(lang)
        .and_then(|ui| ui.get(super::COUNTRY_AT..))
        .unwrap_or(&super::NAMES_EN)
}

/// Whether `lang` can be shown now.
pub fn is_ready(lang: Lang) -> bool {
    lang == Lang::En || loaded(lang).is_some()
}

#[cfg(not(target_arch = "wasm32"))]
fn loaded(lang: Lang) -> Option<Table> {
    // English: the records' own fields.
    let index = (lang as usize).checked_sub(1)?;
    Some(Table {
        ui: &super::UI_OTHER[index],
        content: &super::CONTENT_OTHER[index],
    })
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static LOADED: std::cell::RefCell<Vec<(Lang, Table)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The languages whose events' own texts (`i18n-LANG-texts.txt`) are in their table.
    static WITH_TEXTS: std::cell::RefCell<Vec<Lang>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The sources' fields from a texts file (every language's has the same).
    static SOURCES_FETCHED: std::cell::Cell<&'static [&'static str]> = const { std::cell::Cell::new(&[]) };
}

#[cfg(target_arch = "wasm32")]
fn loaded(lang: Lang) -> Option<Table> {
    LOADED.with(|l| l.borrow().iter().find(|(l, _)| *l == lang).map(|(_, t)| *t))
}

/// Makes a fetched language available for the rest of the page's life (natively every
/// language is compiled in already).
pub fn install(lang: Lang, table: Table) {
    #[cfg(target_arch = "wasm32")]
    LOADED.with(|l| l.borrow_mut().push((lang, table)));
    let _ = (lang, table);
}

/// Adds the events' own texts (`parse_texts`) to a language already installed; `false` if it
/// is not. Natively every language has them already.
#[cfg(not(target_arch = "wasm32"))]
pub fn install_texts(lang: Lang, texts: FetchedTexts) -> bool {
    let _ = texts;
    has_event_texts(lang)
}

#[cfg(target_arch = "wasm32")]
pub fn install_texts(lang: Lang, texts: FetchedTexts) -> bool {
    let Some(table) = loaded(lang).or((lang == Lang::En).then_some(ENGLISH)) else {
        return false;
    };
    SOURCES_FETCHED.with(|fetched| fetched.set(texts.sources));
    let texts = texts.content;
    // English has no texts of its own to keep: the file's are all it needs.
    let merged = if table.content.is_empty() {
        Table {
            ui: table.ui,
            content: texts,
        }
    } else {
        let content: Vec<&'static str> = table
            .content
            .iter()
            .zip(texts)
            .map(|(now, later)| if later.is_empty() { *now } else { *later })
            .collect();
        Table {
            ui: table.ui,
            content: Box::leak(content.into_boxed_slice()),
        }
    };
    LOADED.with(|l| {
        let mut l = l.borrow_mut();
        l.retain(|(installed, _)| *installed != lang);
        l.push((lang, merged));
    });
    WITH_TEXTS.with(|w| w.borrow_mut().push(lang));
    true
}

/// A source's title, publisher and location, found by its place in `SOURCES`. In the browser
/// they arrive with the events' own texts (any language's file): `None` until then.
pub fn source_fields(index: usize) -> Option<[&'static str; 3]> {
    #[cfg(target_arch = "wasm32")]
    return SOURCES_FETCHED.with(
        |fetched| match fetched.get().get(3 * index..3 * index + 3) {
            Some(&[title, publisher, location]) => Some([title, publisher, location]),
            _ => None,
        },
    );
    #[cfg(not(target_arch = "wasm32"))]
    crate::data::SOURCES
        .get(index)
        .map(|source| [source.title, source.publisher, source.location])
}

/// Whether the events' own texts can be shown in `lang` now (in the browser, English's too
/// come from a file).
pub fn has_event_texts(lang: Lang) -> bool {
    #[cfg(target_arch = "wasm32")]
    return WITH_TEXTS.with(|w| w.borrow().contains(&lang));
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        true
    }
}

/// The file a language is served as, relative to the page.
pub fn file_name(lang: Lang) -> String {
    format!("i18n-{}.txt", lang.tag())
}

/// The file of a language's events' own texts, fetched when a card or the list first needs one.
pub fn texts_file_name(lang: Lang) -> String {
    format!("i18n-{}-texts.txt", lang.tag())
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

/// The page of every source with what it supports in `lang` (`sources.html`,
/// `sources-lt.html`, …), linked from the sources section of each edition.
pub fn sources_page_file(lang: Lang) -> String {
    lang_page("sources", lang)
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
const TEXTS_HEADER: &str = "ottawa-explorer-i18n-texts";
/// Fields are separated by the ASCII unit separator, which no text contains.
const SEPARATOR: char = '\u{1f}';

/// A file's first line: its kind, this build's keys, and how many fields of each part follow.
fn header_line(kind: &str, counts: &[usize]) -> String {
    let mut line = format!("{kind} {KEYS_FINGERPRINT:016x}");
    for count in counts {
        line += &format!(" {count}");
    }
    line
}

/// The file for `lang`: a header naming this build's keys, then every string (those only the
/// build draws, and the events' own texts, left empty).
#[cfg(not(target_arch = "wasm32"))]
pub fn file_text(lang: Lang) -> String {
    let table = table(lang);
    let content = table
        .content
        .iter()
        .zip(CONTENT_BUILD_ONLY.iter().zip(CONTENT_LATER))
        .map(|(text, (build_only, later))| if *build_only || later { "" } else { *text });
    let fields: Vec<&str> = table.ui.iter().copied().chain(content).collect();
    let header = header_line(HEADER, &[table.ui.len(), table.content.len()]);
    format!("{header}\n{}", fields.join(&SEPARATOR.to_string()))
}

/// The file of `lang`'s events' own texts: a header, then every text slot, only the events'
/// own texts filled.
#[cfg(not(target_arch = "wasm32"))]
pub fn texts_file_text(lang: Lang) -> String {
    let all: &[&str] = if lang == Lang::En {
        &super::CONTENT_EN
    } else {
        table(lang).content
    };
    let content: Vec<&str> = all
        .iter()
        .zip(CONTENT_LATER)
        .map(|(text, later)| if later { *text } else { "" })
        .collect();
    let sources = crate::data::SOURCES
        .iter()
        .flat_map(|source| [source.title, source.publisher, source.location]);
    let header = header_line(TEXTS_HEADER, &[content.len(), SOURCE_FIELDS]);
    let fields: Vec<&str> = content.into_iter().chain(sources).collect();
    format!("{header}\n{}", fields.join(&SEPARATOR.to_string()))
}

/// The sources' fields at the end of a texts file: each source's title, publisher and location,
/// in `SOURCES`'s order. They do not depend on the language: every language's file has them.
const SOURCE_FIELDS: usize = 3 * crate::data::SOURCES.len();

/// The fields of a file of `kind` with `counts` fields in its parts, kept for the page's life
/// (a few kilobytes, once per language); `None` if it is another kind of file, from a build
/// with other keys, or cut off.
fn fields(text: &str, kind: &str, counts: &[usize]) -> Option<&'static [&'static str]> {
    let (first, body) = text.split_once('\n')?;
    if first != header_line(kind, counts) {
        return None;
    }
    let body: &'static str = Box::leak(body.to_string().into_boxed_str());
    let fields: Vec<&'static str> = body.split(SEPARATOR).collect();
    (fields.len() == counts.iter().sum::<usize>()).then(|| &*Box::leak(fields.into_boxed_slice()))
}

/// Reads a language file; `None` if it is not one, or belongs to a build with other keys.
pub fn parse(text: &str) -> Option<Table> {
    let fields = fields(text, HEADER, &[UI_COUNT, CONTENT_COUNT])?;
    let (ui, content) = fields.split_at(UI_COUNT);
    Some(Table { ui, content })
}

/// Reads a file of a language's events' own texts: every text slot, in order.
pub fn parse_texts(text: &str) -> Option<FetchedTexts> {
    let fields = fields(text, TEXTS_HEADER, &[CONTENT_COUNT, SOURCE_FIELDS])?;
    let (content, sources) = fields.split_at(CONTENT_COUNT);
    Some(FetchedTexts { content, sources })
}

/// What a texts file holds: the events' own texts by content slot, and the sources' fields.
pub struct FetchedTexts {
    pub content: &'static [&'static str],
    pub sources: &'static [&'static str],
}
