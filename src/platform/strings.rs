//! The languages' strings the browser fetches: `i18n-LANG.txt` when a page in that language
//! starts (or a reader picks it), `i18n-LANG-texts.txt` when a card or the list first shows an
//! event's own text. The one-file edition carries both in the page.

#[cfg(target_arch = "wasm32")]
use super::window;

/// Fetches `lang`'s strings (`i18n-LANG.txt`), installs them, and calls `done` with whether it
/// worked.
pub fn load_language(lang: crate::i18n::Lang, done: impl FnOnce(bool) + 'static) {
    // Natively every language is compiled in.
    #[cfg(not(target_arch = "wasm32"))]
    return done(crate::i18n::is_ready(lang));
    #[cfg(target_arch = "wasm32")]
    load_strings(
        crate::i18n::file_name(lang),
        Box::new(move |text| {
            let table = text.as_deref().and_then(crate::i18n::parse);
            done(
                table
                    .map(|table| crate::i18n::install(lang, table))
                    .is_some(),
            )
        }),
    );
}

/// Fetches `lang`'s events' own texts (`i18n-LANG-texts.txt`), adds them to the language
/// (which must be installed), and calls `done` with whether it worked.
pub fn load_event_texts(lang: crate::i18n::Lang, done: impl FnOnce(bool) + 'static) {
    #[cfg(not(target_arch = "wasm32"))]
    return done(crate::i18n::has_event_texts(lang));
    #[cfg(target_arch = "wasm32")]
    load_strings(
        crate::i18n::texts_file_name(lang),
        Box::new(move |text| {
            let texts = text.as_deref().and_then(crate::i18n::parse_texts);
            done(texts.is_some_and(|texts| crate::i18n::install_texts(lang, texts)))
        }),
    );
}

/// Reads a file of strings beside the page (`i18n-lt.txt`), or, in the one-file edition, the
/// page's own copy of it (a `<script type="text/plain">` whose id is the file's name without
/// `.txt`), and hands its text to `then` (`None` if there is none). One copy of the fetch for
/// every kind of file and every caller.
#[cfg(target_arch = "wasm32")]
fn load_strings(file: String, then: Box<dyn FnOnce(Option<String>)>) {
    wasm_bindgen_futures::spawn_local(async move {
        let inline = window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(file.trim_end_matches(".txt")))
            .and_then(|element| element.text_content());
        then(match inline {
            Some(text) => Some(text),
            None => fetch_text(&file).await,
        });
    });
}

/// A same-origin text file, or `None` on any failure (offline without a cache, a 404).
#[cfg(target_arch = "wasm32")]
async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let promise = window()?.fetch_with_str(url);
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
