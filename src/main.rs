//! The browser entry point: mounts [`App`] on the page's `#app` element.

#[cfg(target_arch = "wasm32")]
fn main() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
        .expect("index.html has an element with id=\"app\"");
    yew::Renderer::<ottawa_explorer::App>::with_root(root).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ottawa-explorer runs in the browser: build and serve it with `cargo xtask serve`.");
}
