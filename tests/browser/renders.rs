//! What one step redraws (feature `render-count`): each part subscribes to its slice of the
//! view state, so a slider step leaves the timeline alone, a zoom step leaves the scenario
//! explorer alone, and the address is written once per change.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use ottawa_explorer::views::renders;

use super::{button, press};

/// The app mounted in a fresh element (`id`) at the address `fragment`, drawn.
async fn app_at(id: &str, fragment: &str) -> (web_sys::Element, web_sys::Window) {
    let root = super::mount_point(id);
    let window = web_sys::window().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment))
        .unwrap();
    super::render_app(&root);
    yew::scheduler::flush().await;
    (root, window)
}

fn renders_of(counts: &std::collections::BTreeMap<&str, usize>, part: &str) -> usize {
    counts.get(part).copied().unwrap_or(0)
}

#[wasm_bindgen_test]
async fn a_slider_step_redraws_nothing_in_the_timeline_and_a_zoom_nothing_in_the_explorer() {
    let (root, window) = app_at("app-renders", "#v=1&at=2025-12-26").await;
    renders::take();

    // 27 December 2025: the Baltic states' withdrawals take effect, so the map and the
    // results change.
    let slider = root.query_selector("#scenario-date").unwrap().unwrap();
    press(&slider, "ArrowRight", false);
    yew::scheduler::flush().await;
    let counts = renders::take();
    assert!(
        renders_of(&counts, "scenario") >= 1,
        "the explorer follows the day: {counts:?}"
    );
    assert_eq!(
        renders_of(&counts, "map"),
        1,
        "statuses changed: {counts:?}"
    );
    assert_eq!(renders_of(&counts, "results"), 1, "{counts:?}");
    assert_eq!(renders_of(&counts, "timeline"), 0, "{counts:?}");
    assert_eq!(renders_of(&counts, "timeline-chart"), 0, "{counts:?}");
    // The page's frame (language, theme, which sections show) is not written again: the same
    // `lang` written on <html> would restyle the whole document.
    assert_eq!(renders_of(&counts, "frame"), 0, "{counts:?}");
    assert_eq!(
        renders_of(&counts, "fragment"),
        1,
        "one write of the address: {counts:?}"
    );
    super::address_written().await;
    assert!(
        window.location().hash().unwrap().contains("at=2025-12-27"),
        "the address has the new day"
    );

    // 28 December: nothing changes but the day. The slider and the step chart's marker move;
    // the map, the results, the rules and the step line are not drawn again.
    press(&slider, "ArrowRight", false);
    yew::scheduler::flush().await;
    let counts = renders::take();
    assert!(renders_of(&counts, "scenario") >= 1, "{counts:?}");
    for part in [
        "map",
        "results",
        "rules",
        "step-line",
        "timeline-chart",
        "what-if",
    ] {
        assert_eq!(
            renders_of(&counts, part),
            0,
            "{part} on a quiet day: {counts:?}"
        );
    }
    assert_eq!(renders_of(&counts, "fragment"), 1, "{counts:?}");

    button(&root, "+").click();
    yew::scheduler::flush().await;
    let counts = renders::take();
    assert!(
        renders_of(&counts, "timeline-chart") >= 1,
        "the chart zooms: {counts:?}"
    );
    assert_eq!(renders_of(&counts, "scenario"), 0, "{counts:?}");
    assert_eq!(renders_of(&counts, "map"), 0, "{counts:?}");
    assert_eq!(renders_of(&counts, "results"), 0, "{counts:?}");
    assert_eq!(renders_of(&counts, "fragment"), 1, "{counts:?}");
    root.unchecked_into::<web_sys::HtmlElement>().remove();
}

/// A key's zoom on the chart moves what is drawn at once and lays out (and writes the address)
/// once, when the keys rest: three presses, one render of the chart, one write.
#[wasm_bindgen_test]
async fn held_zoom_keys_move_the_marks_then_lay_out_once() {
    let (root, window) = app_at("app-gesture", "#v=1&from=2024-01-01&to=2026-12-31").await;
    renders::take();
    let chart = root.query_selector(".timeline-chart").unwrap().unwrap();
    let plot = root
        .query_selector(".timeline-chart .plot")
        .unwrap()
        .unwrap();
    super::address_written().await;
    let before = window.location().hash().unwrap();
    for _ in 0..3 {
        press(&chart, "+", false);
        yew::scheduler::flush().await;
    }
    let counts = renders::take();
    assert_eq!(
        renders_of(&counts, "timeline-chart"),
        0,
        "moved, not laid out: {counts:?}"
    );
    assert_eq!(renders_of(&counts, "fragment"), 0, "{counts:?}");
    let style = plot.get_attribute("style").unwrap_or_default();
    assert!(
        style.contains("matrix(3.375"),
        "three steps of 1.5: {style}"
    );
    super::after_next_paint().await;
    assert_eq!(window.location().hash().unwrap(), before);

    super::sleep(250).await;
    yew::scheduler::flush().await;
    let counts = renders::take();
    assert_eq!(
        renders_of(&counts, "timeline-chart"),
        1,
        "laid out once: {counts:?}"
    );
    assert_eq!(renders_of(&counts, "fragment"), 1, "{counts:?}");
    assert_eq!(renders_of(&counts, "scenario"), 0, "{counts:?}");
    assert!(
        plot.get_attribute("style").unwrap_or_default().is_empty(),
        "the transform is gone once laid out"
    );
    super::address_written().await;
    assert_ne!(
        window.location().hash().unwrap(),
        before,
        "the address has the new range"
    );
    root.unchecked_into::<web_sys::HtmlElement>().remove();
}

/// An arrow key on a marker moves the one tab stop to the next event in the range and focuses
/// it, drawing nothing: neither the chart nor anything else renders, and the address stays.
#[wasm_bindgen_test]
async fn a_focus_move_in_the_range_draws_nothing() {
    let (root, window) = app_at("app-focus", "#v=1&from=2025-01-01&to=2026-03-31").await;
    let stop = |root: &web_sys::Element| {
        let stops = root
            .query_selector_all(".timeline-chart [tabindex=\"0\"]")
            .unwrap();
        assert_eq!(stops.length(), 1, "one tab stop in the chart");
        stops.item(0).unwrap().unchecked_into::<web_sys::Element>()
    };
    let first = stop(&root);
    first
        .unchecked_ref::<web_sys::SvgElement>()
        .focus()
        .unwrap();
    yew::scheduler::flush().await;
    renders::take();
    super::address_written().await;
    let before = window.location().hash().unwrap();
    press(&first, "ArrowRight", false);
    yew::scheduler::flush().await;
    let counts = renders::take();
    assert!(
        counts.values().all(|&n| n == 0),
        "nothing drawn: {counts:?}"
    );
    let next = stop(&root);
    assert_ne!(
        next.get_attribute("data-index"),
        first.get_attribute("data-index"),
        "the tab stop moved"
    );
    let active = window.document().unwrap().active_element().unwrap();
    assert_eq!(
        active.get_attribute("data-index"),
        next.get_attribute("data-index"),
        "the focus is on the new stop"
    );
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("-1"));
    super::address_written().await;
    assert_eq!(window.location().hash().unwrap(), before);
    root.unchecked_into::<web_sys::HtmlElement>().remove();
}

#[wasm_bindgen_test]
async fn the_address_is_written_after_the_frame_once_for_the_steps_before_it() {
    let (root, window) = app_at("app-address", "#v=1&at=2025-06-01").await;
    super::address_written().await;
    renders::take();
    let before = window.location().hash().unwrap();

    // Three days in one frame: three new links, the address untouched until the frame is
    // painted (the history update would delay it), then written once, with the last day.
    let slider = root.query_selector("#scenario-date").unwrap().unwrap();
    for _ in 0..3 {
        press(&slider, "ArrowRight", false);
        yew::scheduler::flush().await;
    }
    assert_eq!(
        window.location().hash().unwrap(),
        before,
        "not in the input's frame"
    );
    super::address_written().await;
    let counts = renders::take();
    assert_eq!(renders_of(&counts, "fragment"), 3, "{counts:?}");
    assert_eq!(renders_of(&counts, "address"), 1, "one write: {counts:?}");
    let after = window.location().hash().unwrap();
    assert!(after.contains("at=2025-06-04"), "the last day: {after}");

    // Opening a card is a new history entry, written at once so that Back closes it; the day
    // changed just before it is written first, to the entry Back returns to.
    press(&slider, "ArrowRight", false);
    yew::scheduler::flush().await;
    let marker = root
        .query_selector(".timeline-chart [tabindex=\"0\"]")
        .unwrap()
        .unwrap();
    press(&marker, "Enter", false);
    yew::scheduler::flush().await;
    let opened = window.location().hash().unwrap();
    assert!(
        opened.contains("ev="),
        "the card is in the address at once: {opened}"
    );
    assert!(opened.contains("at=2025-06-05"), "{opened}");
    super::address_written().await;
    assert_eq!(
        window.location().hash().unwrap(),
        opened,
        "nothing left to write"
    );
    root.unchecked_into::<web_sys::HtmlElement>().remove();
}

/// A reader holding a key or dragging the slider changes the day every frame; Safari caps how
/// often a page may change its address (100 times in 30 seconds), so the address takes the
/// view at most once per `store::LINK_WRITE_GAP_MS`, and the last day once the reader stops.
#[wasm_bindgen_test]
async fn a_day_a_frame_is_written_to_the_address_at_most_once_per_gap() {
    let (root, window) = app_at("app-held-key", "#v=1&at=2025-06-01").await;
    super::address_written().await;
    renders::take();
    let slider = root.query_selector("#scenario-date").unwrap().unwrap();
    for _ in 0..30 {
        press(&slider, "ArrowRight", false);
        yew::scheduler::flush().await;
        super::after_next_paint().await;
    }
    let counts = renders::take();
    assert_eq!(renders_of(&counts, "fragment"), 30, "{counts:?}");
    // Thirty frames take about half a second here: two writes. Without the gap it would be
    // thirty; up to ten leaves room for a machine drawing five times slower (and the test
    // reads no clock: see tidy.rs).
    let written = renders_of(&counts, "address");
    assert!((1..=10).contains(&written), "{written} writes: {counts:?}");
    super::address_written().await;
    let after = window.location().hash().unwrap();
    assert!(after.contains("at=2025-07-01"), "the last day: {after}");
    root.unchecked_into::<web_sys::HtmlElement>().remove();
}
