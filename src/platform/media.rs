//! What the reader's screen and settings ask for (media queries): a phone's width, less motion.

#[cfg(target_arch = "wasm32")]
use super::window;

/// The viewport narrower than 600 px: the timeline is then a vertical list.
#[cfg(target_arch = "wasm32")]
fn narrow_query() -> Option<web_sys::MediaQueryList> {
    window().and_then(|w| w.match_media("(max-width: 599px)").ok().flatten())
}

/// Whether the viewport is narrower than 600 px now.
pub fn is_narrow() -> bool {
    #[cfg(target_arch = "wasm32")]
    if let Some(query) = narrow_query() {
        return query.matches();
    }
    false
}

/// Whether the viewport is narrower than 600 px, and a listener that reports changes.
pub fn watch_narrow(f: impl Fn(bool) + 'static) -> (bool, Option<gloo_events::EventListener>) {
    #[cfg(target_arch = "wasm32")]
    if let Some(query) = narrow_query() {
        let narrow = query.matches();
        let target = query.clone();
        let listener =
            gloo_events::EventListener::new(&query, "change", move |_| f(target.matches()));
        return (narrow, Some(listener));
    }
    let _ = f;
    (false, None)
}

/// Whether the reader asked for less motion: "play" then jumps instead of sliding.
pub fn prefers_reduced_motion() -> bool {
    #[cfg(target_arch = "wasm32")]
    if let Some(query) = window().and_then(|w| {
        w.match_media("(prefers-reduced-motion: reduce)")
            .ok()
            .flatten()
    }) {
        return query.matches();
    }
    false
}
