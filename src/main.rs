//! The browser entry point. The page is the prerendered HTML; `scripts/boot.js` drives it:
//! once the WebAssembly is loaded it calls [`start_page`] (the page's language, the store,
//! the frame), then [`warm_up`] (the timeline's embed only) and [`hydrate_island`] for each
//! interactive part, each in its own task. A panic stops the wasm with a trap, which `boot.js`
//! takes for the failure of the part that was running: it puts that part back as published
//! with a notice and starts the others again. (The readers' builds have no panic hook, to be
//! smaller: `xtask/src/util.rs`.) In a build without the
//! `hydration` feature (the browser tests) nothing here runs: the tests render the whole app
//! themselves.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
fn main() {
    // Nothing to set up: `boot.js` drives the page. A panic ends in a trap, which `boot.js`
    // reads; a build that keeps the panic hook (not the readers') gets yew's, which logs it.
}

/// Starts the page in its language (whose strings come first: English is compiled in, the
/// page preloads the others), then calls `ready`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn start_page(ready: js_sys::Function) {
    use ottawa_explorer::i18n::{is_ready, Lang};
    use ottawa_explorer::platform;
    let start = move |lang: Lang| {
        // Islands hydrate from the prerendered edition's first state: its language, the start
        // state; the store then follows the clock and the link.
        ottawa_explorer::views::store::reset_page(lang, platform::page_section());
        std::mem::forget(ottawa_explorer::views::app::start_page());
        let _ = ready.call0(&JsValue::NULL);
    };
    let lang = platform::page_lang();
    if is_ready(lang) {
        start(lang);
    } else {
        platform::load_language(lang, move |ok| start(if ok { lang } else { Lang::En }));
    }
}

/// Starts one island (an element with `data-island`) in place of its prerendered markup; false
/// if it names none. `inputs_wait`: a reader's input waits to be replayed on it, so its first
/// render draws the prerendered state (`islands::hydrate`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn hydrate_island(root: web_sys::Element, inputs_wait: bool) -> bool {
    #[cfg(feature = "hydration")]
    return ottawa_explorer::views::islands::hydrate(root, inputs_wait);
    #[cfg(not(feature = "hydration"))]
    {
        let _ = (root, inputs_wait);
        false
    }
}

/// The link of the view as it is now (`v=1&…`, empty for the default view), for the share
/// buttons `boot.js` handles (`views/share.rs`): the address itself is written up to 350 ms
/// after a change (`store::LINK_WRITE_GAP_MS`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn current_fragment() -> String {
    ottawa_explorer::views::store::snapshot().fragment.clone()
}

/// Draws a throwaway tree, so that the browser compiles yew's shared code in this task rather
/// than in the first island's (`views::warm`). `boot.js` calls it once, in a task of
/// its own, before the first island that no reader is waiting for. Only in the timeline's
/// embed (`views::warm` says why).
#[cfg(all(target_arch = "wasm32", feature = "warm-up"))]
#[wasm_bindgen]
pub fn warm_up() {
    #[cfg(feature = "hydration")]
    ottawa_explorer::views::warm::hydrate();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ottawa-explorer runs in the browser: build and serve it with `cargo xtask serve`.");
}

/// The app's memory allocator: talc, not the standard library's dlmalloc, which is about 7 KB
/// of wasm (its `malloc` alone 4.6 KB): the page's app 178,571 → 176,520 bytes gzip. Talc
/// keeps its free blocks in size classes (no search through a free list, so no slower steps
/// as a reader uses the page) and grows the wasm memory when it runs out.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the browser runs this wasm on one thread, and nothing else manages its memory.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
