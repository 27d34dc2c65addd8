//! A throwaway island the page hydrates in a task of its own before its first real one.
//!
//! Why: the browser compiles each wasm function the first time it runs (V8's lazy
//! compilation, on the main thread). The first island to hydrate paid for compiling yew's
//! hydration, its attributes and listeners and the second render it always does on top of
//! its own work: traced at 4× CPU, a page for embedding the timeline hydrated it in one
//! 70–130 ms task, and in 40–65 ms with the browser told to compile everything up front.
//! Hydrating this small tree first, through the islands' own root (`IslandRoot`, so that no
//! other generic code is linked for it), compiles those shared paths in a task of its own.
//!
//! Only the timeline's embed has it (the `warm-up` feature, which `cargo xtask dist` turns on
//! for that build). The page hydrates its settings (14 elements) first, which compiles the
//! same code, and the bytes it would add there (+327 gzip) would raise the page's budget. The
//! scenario's embed hydrated no faster with it (its task is its own components' code). The
//! buttons' app starts only when a reader's input waits, which hydrates its island at once.

use yew::prelude::*;

/// What the server renders for the warm-up island, with the component markers as the
/// prerenderer shortens them; the prerenderer checks that the two agree (`matches_server`).
pub const MARKUP: &str = r#"<!--<[]>--><p hidden="hidden" class="warm-up"><button type="button">a</button>b</p><!--</[]>-->"#;

/// An element with a class and a boolean attribute, a button with a listener, and text: what
/// every island's hydration goes through.
pub fn content() -> Html {
    html! {
        <p class="warm-up" hidden=true>
            <button type="button" onclick={Callback::from(|_: MouseEvent| ())}>{ "a" }</button>
            { "b" }
        </p>
    }
}

/// Hydrates [`MARKUP`] as an island, in an element that is never attached to the page.
#[cfg(all(feature = "hydration", feature = "warm-up", target_arch = "wasm32"))]
pub fn hydrate() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(root) = document.create_element("div") else {
        return;
    };
    let _ = root.set_attribute("data-island", super::islands::Island::WarmUp.id());
    root.set_inner_html(MARKUP);
    super::islands::hydrate(root, false);
}

/// Whether `server`, the server's markup for the warm-up island (markers shortened), is
/// [`MARKUP`]: otherwise its hydration would fail in the browser.
pub fn matches_server(server: &str) -> Result<(), String> {
    if server == MARKUP {
        Ok(())
    } else {
        Err(format!(
            "src/views/warm.rs: MARKUP is not what the server renders for the warm-up island; write\n{server}"
        ))
    }
}
