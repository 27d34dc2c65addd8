//! The browser entry point: hydrates the prerendered [`App`] in `#app` (or renders it, in a
//! build without the `hydration` feature, such as the browser tests). If the app panics, the
//! prerendered content stays and a short notice says the interactive parts are unavailable.

#[cfg(target_arch = "wasm32")]
fn main() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        ottawa_explorer::platform::show_unavailable_notice();
    }));
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
        .expect("index.html has an element with id=\"app\"");
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
