//! A throwaway island the page draws in a task of its own before its first real one.
//!
//! Why: the browser compiles each wasm function the first time it runs (V8's lazy
//! compilation, on the main thread). The first island to start paid for compiling yew's
//! render, its elements, attributes and listeners on top of its own work: traced at 4× CPU
//! (when islands were hydrated node by node), a page for embedding the timeline took it in
//! one 70–130 ms task, and 40–65 ms with the browser told to compile everything up front.
//! Drawing this small tree first, through the islands' own root (`IslandRoot`, so that no
//! other generic code is linked for it), compiles those shared paths in a task of its own.
//!
//! Only the timeline's embed has it (the `warm-up` feature, which `cargo xtask dist` turns on
//! for that build). The page had its settings island for that (14 elements, started first);
//! since the settings are no island (`views/settings.rs`), its first island pays the
//! compiling, as the scenario's embed does, which started no faster with a warm-up (its task
//! is its own components' code).

use yew::prelude::*;

/// An element with a class and a boolean attribute, a button with a listener, and text: what
/// every island's first render goes through.
pub fn content() -> Html {
    html! {
        <p class="warm-up" hidden=true>
            <button type="button" onclick={Callback::from(|_: MouseEvent| ())}>{ "a" }</button>
            { "b" }
        </p>
    }
}

/// Draws the warm-up as an island, in an element that is never attached to the page.
#[cfg(all(feature = "hydration", feature = "warm-up", target_arch = "wasm32"))]
pub fn hydrate() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(root) = document.create_element("div") else {
        return;
    };
    let _ = root.set_attribute("data-island", super::islands::Island::WarmUp.id());
    super::islands::hydrate(root, false);
}
