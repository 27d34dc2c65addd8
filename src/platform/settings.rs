//! The page's settings selects (`views/settings.rs`): written at build time, read and
//! listened to by the page's app.

#[cfg(target_arch = "wasm32")]
use super::window;

/// Each of the page's settings selects (`data-setting`): its setting and the value it shows.
pub fn settings_chosen() -> Vec<(String, String)> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let mut chosen = Vec::new();
        if let Some(all) = window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector_all("select[data-setting]").ok())
        {
            for i in 0..all.length() {
                if let Some(select) = all
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::HtmlSelectElement>().ok())
                {
                    let setting = select.get_attribute("data-setting").unwrap_or_default();
                    chosen.push((setting, select.value()));
                }
            }
        }
        chosen
    }
    #[cfg(not(target_arch = "wasm32"))]
    Vec::new()
}

/// Calls `f` with the setting and the value of a settings select a reader changes, for as
/// long as the page lives.
pub fn on_setting_change(f: impl Fn(&str, &str) + 'static) {
    #[cfg(target_arch = "wasm32")]
    if let Some(document) = window().and_then(|w| w.document()) {
        use wasm_bindgen::JsCast;
        let listener = gloo_events::EventListener::new(&document, "change", move |event| {
            let Some(select) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            else {
                return;
            };
            if let Some(setting) = select.get_attribute("data-setting") {
                f(&setting, &select.value());
            }
        });
        listener.forget();
    }
    let _ = f;
}

/// Sets the `value` of the element `selector` finds (a select the build wrote), if it differs.
pub fn set_value(selector: &str, value: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(select) = window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            if select.value() != value {
                select.set_value(value);
            }
        }
    }
    let _ = (selector, value);
}
