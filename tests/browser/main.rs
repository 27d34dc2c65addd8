//! Browser tests: components rendered by Yew in headless Chromium (`cargo xtask test`).
//!
//! One test binary for the level; each module is a section.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

mod events;
#[cfg(feature = "render-count")]
mod renders;
mod scenario;
mod timeline;
mod written;

/// A fresh element in the page's body to mount a component into. The tests share one page, and
/// the app keeps its view in the address: start each from a bare one.
pub fn mount_point(id: &str) -> web_sys::Element {
    // The apps of earlier tests stop first: still subscribed to the store, they would draw
    // (and count renders) for this test's changes.
    APPS.with(|apps| apps.borrow_mut().drain(..).for_each(|app| app.destroy()));
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    // Each test's app starts from the state a page starts with, as `main.rs` sets it.
    ottawa_explorer::views::store::reset(ottawa_explorer::i18n::Lang::En);
    let document = window.document().unwrap();
    add_event_index(&document);
    let root = document.create_element("div").unwrap();
    root.set_id(id);
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// The page's script-free list of events, as the prerenderer writes it into every page with
/// the timeline (`views::events::EventIndex`, inside `<noscript id="static-content">`): the
/// app reads the events' titles from it.
fn add_event_index(document: &web_sys::Document) {
    if document.get_element_by_id("static-content").is_some() {
        return;
    }
    let items: String = ottawa_explorer::data::EVENTS
        .iter()
        .map(|event| {
            let title = ottawa_explorer::data::english_title(event)
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            format!("<li class=\"event\"><span class=\"event-lane\">–</span> · {title}</li>")
        })
        .collect();
    let list = document.create_element("noscript").unwrap();
    list.set_id("static-content");
    // Scripts run, so a `<noscript>` holds its markup as text, as the page's does.
    list.set_text_content(Some(&format!("<ol class=\"event-list\">{items}</ol>")));
    document.body().unwrap().append_child(&list).unwrap();
}

thread_local! {
    static APPS: std::cell::RefCell<Vec<yew::AppHandle<ottawa_explorer::App>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Renders the whole app into `root` (from `mount_point`); the next `mount_point` stops it.
pub fn render_app(root: &web_sys::Element) {
    let app = yew::Renderer::<ottawa_explorer::App>::with_root(root.clone()).render();
    APPS.with(|apps| apps.borrow_mut().push(app));
}

/// The button inside `root` whose text is `text`.
pub fn button(root: &web_sys::Element, text: &str) -> web_sys::HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| b.text_content().as_deref() == Some(text))
        .unwrap_or_else(|| panic!("no button {text:?}"))
        .unchecked_into()
}

/// A `keydown` of `key` (with Shift or not) on `target`, as a keyboard would send it.
pub fn press(target: &web_sys::Element, key: &str, shift: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Waits `ms` milliseconds of the page's own clock (for a gesture to rest).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until the app has written the address of the last change: it writes it after the
/// next paint, out of the input's frame, and no sooner than `LINK_WRITE_GAP_MS` after its
/// last write (`store::write_link`).
pub async fn address_written() {
    after_next_paint().await;
    sleep(ottawa_explorer::views::store::LINK_WRITE_GAP_MS + 50).await;
    after_next_paint().await;
}

/// Waits until the browser has painted the next frame.
pub async fn after_next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let resolve = resolve.clone();
        let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .unwrap();
        });
        web_sys::window()
            .unwrap()
            .request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&frame))
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}
