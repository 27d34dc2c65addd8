//! Embedding: the page's address, and copying text (the embed code, a link) to the clipboard.
//! Telling the parent page how tall the content is needs no WebAssembly: `scripts/boot.js`
//! does it from the first paint on.

/// The page's address without query or fragment: what embed codes and links start from.
pub fn page_base_url() -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        let location = window.location();
        return location.origin().unwrap_or_default() + &location.pathname().unwrap_or_default();
    }
    String::new()
}

/// Copies `text` with the Clipboard API, falling back to a selected text area and the older
/// copy command (no clipboard permission, or an insecure context). Calls `done` with the result.
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        wasm_bindgen_futures::spawn_local(async move {
            let Some(window) = web_sys::window() else {
                return done(false);
            };
            let promise = window.navigator().clipboard().write_text(&text);
            let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
                || copy_with_selection(&text);
            done(copied);
        });
        return;
    }
    #[allow(unreachable_code)]
    {
        let _ = text;
        done(false);
    }
}

#[cfg(target_arch = "wasm32")]
fn copy_with_selection(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(body) = document.body() else {
        return false;
    };
    let Ok(area) = document.create_element("textarea") else {
        return false;
    };
    let area: web_sys::HtmlTextAreaElement = area.unchecked_into();
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("class", "visually-hidden");
    let _ = body.append_child(&area);
    area.select();
    let html_document: &web_sys::HtmlDocument = document.unchecked_ref();
    let copied = html_document.exec_command("copy").unwrap_or(false);
    area.remove();
    copied
}
