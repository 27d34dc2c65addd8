//! Browser glue: the page's clock, address, storage and `Intl`.
//!
//! Besides this module and `main.rs`, only event handlers touch the browser, where the event
//! itself carries what they need: the timeline chart (pointer capture, the plot's bounding box,
//! the wheel listener) and the scenario slider (its play timer, from gloo).
//!
//! Each function also works natively (for tests and the prerenderer), where it returns a
//! plain, language-neutral fallback or does nothing. Call them from effects and event handlers;
//! while rendering, call only those whose native fallback is what the prerendered page should
//! show: the formatters.

mod format;
mod islands;
mod marks;
mod media;
mod page;
mod settings;
mod strings;

pub use format::{
    format_date, format_day_month, format_list, format_number, format_share, format_thousandths,
    format_tick,
};
pub use islands::{forced_failure, island_hydrated, set_hidden};
pub use marks::{closest_number, move_marks};
pub use media::{is_narrow, prefers_reduced_motion, watch_narrow};
#[cfg(target_arch = "wasm32")]
pub use page::page_title;
pub use page::{languages_inline, one_file_edition, page_lang, page_section, reader_lang};
pub use settings::{on_setting_change, set_value, settings_chosen};
pub use strings::{load_event_texts, load_language};

use crate::model::Date;

/// Today as the reader's calendar shows it: the civil date in the browser's own time zone.
///
/// This is the one place the app reads the clock; the slider's span, the "today" line, the
/// default timeline range and the what-if defaults all derive from the value it returns (kept
/// in `ViewState::today`). A reader in Kiritimati at 01:00 on 2 December is on 2 December,
/// whatever UTC says. Event dates are civil dates too, formatted in UTC so no zone moves them.
pub fn today() -> Option<Date> {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        return Date::new(
            now.get_full_year() as i32,
            now.get_month() + 1,
            now.get_date(),
        );
    }
    #[allow(unreachable_code)]
    None
}

#[cfg(target_arch = "wasm32")]
fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The URL fragment, without `#`.
pub fn read_fragment() -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(hash) = window().and_then(|w| w.location().hash().ok()) {
        return hash.trim_start_matches('#').to_string();
    }
    String::new()
}

/// How a new fragment enters the history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum HistoryEntry {
    /// A new entry, so that Back returns to the previous view.
    Push,
    /// The current entry (zooming and panning would otherwise flood the history).
    Replace,
}

/// Writes the URL fragment without scrolling.
pub fn write_fragment(fragment: &str, entry: HistoryEntry) {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = window() {
        let location = window.location();
        let path = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
        let url = if fragment.is_empty() {
            path
        } else {
            format!("{path}#{fragment}")
        };
        if location.hash().unwrap_or_default().trim_start_matches('#') != fragment {
            if let Ok(history) = window.history() {
                let state = wasm_bindgen::JsValue::NULL;
                let _ = match entry {
                    HistoryEntry::Push => history.push_state_with_url(&state, "", Some(&url)),
                    HistoryEntry::Replace => history.replace_state_with_url(&state, "", Some(&url)),
                };
            }
        }
    }
    let _ = (fragment, entry);
}

/// Calls `f` after `ms` milliseconds (natively: at once). A plain `fn`, so that every caller
/// shares one copy of the code that hands it to the browser.
pub fn after_ms(ms: i32, f: fn()) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let Some(window) = window() else { return };
        let callback = Closure::once_into_js(f);
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ms;
        f();
    }
}

/// Calls `f` once the browser has painted the next frame (natively: at once). Work a reader
/// does not see, such as writing the address, goes here, out of the time between an input and
/// the frame that shows it.
pub fn after_next_paint(f: fn()) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let Some(window) = window() else { return };
        // requestAnimationFrame runs before the paint; a task queued from it runs after.
        let frame = Closure::once_into_js(move || after_ms(0, f));
        let _ = window.request_animation_frame(frame.unchecked_ref());
    }
    #[cfg(not(target_arch = "wasm32"))]
    f();
}

/// Calls `f` when the reader changes the fragment: Back and Forward, or an edited address.
/// Both fire `popstate` (an edited fragment fires `hashchange` too, but listening to both
/// would read the address twice, the second time after the app has rewritten it).
pub fn on_fragment_change(f: impl Fn(String) + 'static) -> Option<gloo_events::EventListener> {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = window() {
        return Some(gloo_events::EventListener::new(
            &window,
            "popstate",
            move |_| f(read_fragment()),
        ));
    }
    let _ = f;
    None
}

/// The value of the `<input>` or `<select>` an event came from.
pub fn input_value(event: &yew::Event) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let target = event.target()?;
        if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
            return Some(input.value());
        }
        return target
            .dyn_ref::<web_sys::HtmlSelectElement>()
            .map(|select| select.value());
    }
    #[allow(unreachable_code)]
    {
        let _ = event;
        None
    }
}

/// Whether the checkbox an event came from is checked.
pub fn input_checked(event: &yew::Event) -> Option<bool> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        return event
            .target()?
            .dyn_ref::<web_sys::HtmlInputElement>()
            .map(|input| input.checked());
    }
    #[allow(unreachable_code)]
    {
        let _ = event;
        None
    }
}

/// Moves the keyboard focus to the first element matching `selector`; whether there was one.
pub fn focus(selector: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let element = window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten());
        // Markers are SVG elements: not HTMLElements, but they take the focus too.
        match element.map(|e| e.dyn_into::<web_sys::HtmlElement>()) {
            Some(Ok(html)) => html.focus().is_ok(),
            Some(Err(other)) => other
                .dyn_into::<web_sys::SvgElement>()
                .is_ok_and(|svg| svg.focus().is_ok()),
            None => false,
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = selector;
        false
    }
}

/// Whether the keyboard focus is nowhere (on the body): the element that had it was removed.
pub fn focus_is_lost() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let document = window().and_then(|w| w.document());
        let active = document.as_ref().and_then(|d| d.active_element());
        let body = document.and_then(|d| d.body());
        match (active, body) {
            (Some(active), Some(body)) => active == *body.as_ref(),
            (active, _) => active.is_none(),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Whether the keyboard focus is inside the element matching `selector` (so moving it there
/// follows what the reader is doing rather than jumping the page).
pub fn focus_is_inside(selector: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let document = window().and_then(|w| w.document());
        let active = document.as_ref().and_then(|d| d.active_element());
        let container = document.and_then(|d| d.query_selector(selector).ok().flatten());
        if let (Some(active), Some(container)) = (active, container) {
            return container.contains(Some(&active));
        }
    }
    let _ = selector;
    false
}

/// Shows the page's "interactive parts unavailable" notice (`#app-unavailable` in index.html).
/// Used when the app panics; `boot.js` shows the same notice when the wasm cannot load.
pub fn show_unavailable_notice() {
    #[cfg(target_arch = "wasm32")]
    if let Some(notice) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app-unavailable"))
    {
        let _ = notice.remove_attribute("hidden");
    }
}

/// Sets `<html lang>`: an embedded frame has its own language, which the browser needs for
/// translation offers and screen-reader voices.
pub fn set_document_lang(tag: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        // All six languages are written left to right; say so, so a host page's `dir` on an
        // embedding element cannot flip the frame's content.
        for (name, value) in [("lang", tag), ("dir", "ltr")] {
            set_attribute_if_changed(&root, name, Some(value));
        }
    }
    let _ = tag;
}

/// Opens `url` (relative to the page) in this window or frame.
pub fn navigate(url: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = window() {
        let _ = window.location().assign(url);
    }
    let _ = url;
}

/// Forces a theme (`data-theme` on `<html>`), or follows the reader's setting (`None`).
pub fn set_document_theme(theme: Option<&str>) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        set_attribute_if_changed(&root, "data-theme", theme);
    }
    let _ = theme;
}

/// Sets (or with `None` removes) an attribute only when it differs: the browser restyles for
/// any write on an element, even of the value it has, and a write on `<html>` restyles and
/// lays out the whole document (≈ 25 ms with 4× CPU throttling, text shaping included).
#[cfg(target_arch = "wasm32")]
pub(crate) fn set_attribute_if_changed(
    element: &web_sys::Element,
    name: &str,
    value: Option<&str>,
) {
    if element.get_attribute(name).as_deref() == value {
        return;
    }
    let _ = match value {
        Some(value) => element.set_attribute(name, value),
        None => element.remove_attribute(name),
    };
}

/// Moves the keyboard's one tab stop inside `container` to the element `target` and focuses
/// it, without a render: the previous stop leaves the tab order.
pub fn move_tab_stop(container: &str, target: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(document) = window().and_then(|w| w.document()) else {
            return;
        };
        if let Ok(Some(stop)) = document.query_selector(&format!("{container} [tabindex=\"0\"]")) {
            let _ = stop.set_attribute("tabindex", "-1");
        }
        if let Ok(Some(next)) = document.query_selector(&format!("{container} {target}")) {
            let _ = next.set_attribute("tabindex", "0");
        }
        focus(&format!("{container} {target}"));
    }
    let _ = (container, target);
}

/// Marks `<html data-app-ready>` once the app has hydrated and its listeners are live (the
/// end-to-end tests wait for it before they click).
pub fn mark_app_ready() {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-app-ready", "");
    }
}
