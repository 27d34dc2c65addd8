//! The browser entry point: hydrates the prerendered [`App`] in `#app`, in the page's language
//! (or renders it, in a build without the `hydration` feature, such as the browser tests). If
//! the app panics, the prerendered content stays and a short notice says the interactive parts
//! are unavailable.

#[cfg(target_arch = "wasm32")]
fn main() {
    use ottawa_explorer::i18n::{is_ready, Lang};
    use ottawa_explorer::platform;
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        platform::show_unavailable_notice();
    }));
    // Each language has its own prerendered page: hydrate it in its language, whose strings
    // come first (English is compiled in; the page preloads the others).
    let lang = platform::page_lang();
    if is_ready(lang) {
        start(lang);
    } else {
        platform::load_language(lang, move |ok| start(if ok { lang } else { Lang::En }));
    }
}

#[cfg(target_arch = "wasm32")]
fn start(lang: ottawa_explorer::i18n::Lang) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
        .expect("index.html has an element with id=\"app\"");
    // The first render must be the prerendered edition's: its language, the start state.
    ottawa_explorer::views::store::reset(lang);
    let renderer = yew::Renderer::<ottawa_explorer::App>::with_root(root);
    #[cfg(feature = "hydration")]
    renderer.hydrate();
    #[cfg(not(feature = "hydration"))]
    renderer.render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ottawa-explorer runs in the browser: build and serve it with `cargo xtask serve`.");
}
