//! The page's side of the islands: `scripts/boot.js` schedules each island's hydration and
//! keeps a reader's first input for it (`window.ottawaExplorerIslands`); the app tells it when
//! an island is live, and shows or hides the prerendered frame's parts.

#[cfg(target_arch = "wasm32")]
fn call_boot(method: &str, island: &str) {
    use wasm_bindgen::{JsCast, JsValue};
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(islands) = js_sys::Reflect::get(&window, &"ottawaExplorerIslands".into()) else {
        return;
    };
    if let Ok(function) = js_sys::Reflect::get(&islands, &method.into()) {
        if let Some(function) = function.dyn_ref::<js_sys::Function>() {
            let _ = function.call1(&islands, &JsValue::from_str(island));
        }
    }
}

/// The island `id` has hydrated: `boot.js` replays what a reader did before, if anything.
pub fn island_hydrated(id: &str) {
    #[cfg(target_arch = "wasm32")]
    call_boot("hydrated", id);
    let _ = id;
}

/// Whether the end-to-end tests asked this island to fail (`window.ottawaExplorerFail`, set
/// by a test before the page loads; no reader's page sets it).
pub fn forced_failure(id: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        return js_sys::Reflect::get(&window, &"ottawaExplorerFail".into())
            .ok()
            .and_then(|value| value.as_string())
            .is_some_and(|value| value == id);
    }
    let _ = id;
    false
}

/// Sets or clears `hidden` on every element `selector` matches.
pub fn set_hidden(selector: &str, hidden: bool) {
    #[cfg(target_arch = "wasm32")]
    if let Some(list) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(selector).ok())
    {
        use wasm_bindgen::JsCast;
        for i in 0..list.length() {
            if let Some(element) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let value = hidden.then_some("");
                super::set_attribute_if_changed(&element, "hidden", value);
            }
        }
    }
    let _ = (selector, hidden);
}
