//! What the built page says about itself: which edition it is (language, one-file, one
//! section for embedding) and what `boot.js` found out about the reader before the app started.

#[cfg(target_arch = "wasm32")]
use super::window;

/// Whether this page is a one-file edition (its language's sibling files are the others).
pub fn one_file_edition() -> bool {
    page_has("meta[name=\"ottawa-explorer-one-file\"]")
}

/// Whether the page carries its language's strings itself (a one-file edition).
pub fn languages_inline() -> bool {
    page_has("script[type=\"text/plain\"][id^=\"i18n-\"]")
}

/// Whether an element of the page matches `selector` (never, natively).
fn page_has(selector: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    if let Some(document) = window().and_then(|w| w.document()) {
        return document.query_selector(selector).ok().flatten().is_some();
    }
    let _ = selector;
    false
}

/// The one section a page holds, if it is a section's page for embedding (its
/// `<meta name="ottawa-explorer-section">`, written by the prerenderer).
pub fn page_section() -> Option<crate::state::Section> {
    #[cfg(target_arch = "wasm32")]
    {
        let meta = window()?
            .document()?
            .query_selector("meta[name=\"ottawa-explorer-section\"]")
            .ok()??;
        return crate::state::Section::from_id(&meta.get_attribute("content")?);
    }
    #[allow(unreachable_code)]
    None
}

/// The language the page was prerendered in (`<html lang>`), English if it names another.
pub fn page_lang() -> crate::i18n::Lang {
    html_lang("lang").unwrap_or_default()
}

/// The reader's own language, the first of the browser's that has an edition, as `boot.js`
/// found it (`<html data-reader-lang>`); `None` natively or if none has.
pub fn reader_lang() -> Option<crate::i18n::Lang> {
    html_lang("data-reader-lang")
}

fn html_lang(attribute: &str) -> Option<crate::i18n::Lang> {
    #[cfg(target_arch = "wasm32")]
    if let Some(tag) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute(attribute))
    {
        return crate::i18n::Lang::from_tag(&tag);
    }
    let _ = attribute;
    None
}

thread_local! {
    /// The events' titles as this page holds them (`page_title`), read once.
    #[cfg(target_arch = "wasm32")]
    static PAGE_TITLES: std::cell::OnceCell<Vec<&'static str>> = const { std::cell::OnceCell::new() };
}

/// Event `index`'s title as the page holds it, in the page's language: every page with the
/// timeline carries the script-free list of events (its `<noscript id="static-content">`,
/// which reads as text while scripts run), so the app reads the titles there rather than
/// carrying the data's own copy. Empty on a page without the list (no page with the timeline).
#[cfg(target_arch = "wasm32")]
pub fn page_title(index: usize) -> &'static str {
    PAGE_TITLES.with(|titles| {
        let titles = titles.get_or_init(|| {
            let list = window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("static-content"))
                .and_then(|list| list.text_content())
                .unwrap_or_default();
            // Read once for the page's life: the titles are leaked, as statics would be.
            crate::views::events::titles_in_index(&list)
                .into_iter()
                .map(|title| &*Box::leak(title.into_boxed_str()))
                .collect()
        });
        titles.get(index).copied().unwrap_or_default()
    })
}
