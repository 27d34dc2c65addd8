//! What one step redraws (feature `render-count`): each part subscribes to its slice of the
//! view state, so a slider step leaves the timeline alone, a zoom step leaves the scenario
//! explorer alone, and the address is written once per change.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use ottawa_explorer::views::renders;
use ottawa_explorer::App;

use super::{button, press};

fn renders_of(counts: &std::collections::BTreeMap<&str, usize>, part: &str) -> usize {
    counts.get(part).copied().unwrap_or(0)
}

#[wasm_bindgen_test]
async fn a_slider_step_redraws_nothing_in_the_timeline_and_a_zoom_nothing_in_the_explorer() {
    let root = super::mount_point("app-renders");
    let window = web_sys::window().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#v=1&at=2025-12-26"))
        .unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    renders::take();

    let slider = root.query_selector("#scenario-date").unwrap().unwrap();
    press(&slider, "ArrowRight", false);
    yew::scheduler::flush().await;
    let counts = renders::take();
    assert!(
        renders_of(&counts, "scenario") >= 1,
        "the explorer follows the day: {counts:?}"
    );
    assert_eq!(renders_of(&counts, "timeline"), 0, "{counts:?}");
    assert_eq!(renders_of(&counts, "timeline-chart"), 0, "{counts:?}");
    assert_eq!(
        renders_of(&counts, "fragment"),
        1,
        "one write of the address: {counts:?}"
    );
    assert!(
        window.location().hash().unwrap().contains("at=2025-12-27"),
        "the address has the new day"
    );

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
