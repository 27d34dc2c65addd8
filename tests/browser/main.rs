//! Browser tests: components rendered by Yew in headless Chromium (`cargo xtask test`).
//!
//! One test binary for the level; each module is a section.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

mod events;

/// A fresh element in the page's body to mount a component into.
pub fn mount_point(id: &str) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    root.set_id(id);
    document.body().unwrap().append_child(&root).unwrap();
    root
}
