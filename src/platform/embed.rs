//! Embedding: telling the parent page how tall the content is, and copying text (the embed
//! code, a link) to the clipboard.
//!
//! Height messages go out in two forms: Pym.js's string (`pymxPYMx{childId}xPYMxheightxPYMx{px}`),
//! so pages that already use Pym.js need nothing new, and a JSON object for everyone else:
//! `{"type": "ottawa-explorer:height", "height": px, "id": childId}`, which `embed.js` reads.

/// Starts posting the content's height to the parent whenever it changes, if the page is in a
/// frame. The observer lives as long as the page.
pub fn post_heights_to_parent() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::prelude::*;
        let Some(window) = web_sys::window() else {
            return;
        };
        let in_frame = window
            .parent()
            .ok()
            .flatten()
            .is_some_and(|parent| !js_sys::Object::is(&parent, &window));
        let Some(body) = window.document().and_then(|d| d.body()) else {
            return;
        };
        if !in_frame {
            return;
        }
        let child_id = child_id(&window);
        let post = move || {
            let Some(window) = web_sys::window() else {
                return;
            };
            let Some(body) = window.document().and_then(|d| d.body()) else {
                return;
            };
            // The body's own box: never the frame's height, so the frame can shrink too.
            let height = body.get_bounding_client_rect().height().ceil() as i64;
            let Some(parent) = window.parent().ok().flatten() else {
                return;
            };
            let pym = format!(
                "pymxPYMx{}xPYMxheightxPYMx{height}",
                child_id.as_deref().unwrap_or("")
            );
            let _ = parent.post_message(&pym.into(), "*");
            let message = js_sys::Object::new();
            let _ =
                js_sys::Reflect::set(&message, &"type".into(), &"ottawa-explorer:height".into());
            let _ = js_sys::Reflect::set(
                &message,
                &"height".into(),
                &JsValue::from_f64(height as f64),
            );
            if let Some(id) = &child_id {
                let _ = js_sys::Reflect::set(&message, &"id".into(), &id.into());
            }
            let _ = parent.post_message(&message, "*");
            // Browsers with responsive iframes (`frame-sizing: content-height` on the host's
            // frame, and the page's `responsive-embedded-sizing` opt-in) size the frame with no
            // script on the host page; the call throws where the host has not asked for it.
            if let Ok(request) = js_sys::Reflect::get(&window, &"requestResize".into()) {
                if let Ok(request) = request.dyn_into::<js_sys::Function>() {
                    let _ = request.call0(&window);
                }
            }
        };
        post();
        let callback = Closure::<dyn FnMut()>::new(post);
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&body);
        }
        // The observer calls back for the page's whole life.
        callback.forget();
    }
}

/// The `childId` a Pym.js parent puts in the frame's query string.
#[cfg(target_arch = "wasm32")]
fn child_id(window: &web_sys::Window) -> Option<String> {
    let search = window.location().search().ok()?;
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        // Only the characters an id needs: nothing else is echoed back to the parent.
        (key == "childId"
            && value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        .then(|| value.to_string())
    })
}

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
