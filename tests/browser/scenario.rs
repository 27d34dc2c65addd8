//! The scenario explorer in the browser: the slider's keys move the day and the map follows;
//! presets change who withdraws.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use super::press;

/// Each map state's status class, as `CODE status` in map order.
fn map_statuses(root: &web_sys::Element) -> Vec<String> {
    let states = root.query_selector_all(".region-map .map-state").unwrap();
    (0..states.length())
        .filter_map(|i| states.item(i))
        .map(|node| {
            let element: web_sys::Element = node.unchecked_into();
            format!(
                "{} {}",
                element.get_attribute("data-code").unwrap_or_default(),
                element.get_attribute("data-status").unwrap_or_default()
            )
        })
        .collect()
}

/// Mount the app on `fragment` (the address a reader followed).
async fn mount(id: &str, fragment: &str) -> web_sys::Element {
    let root = super::mount_point(id);
    let window = web_sys::window().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment))
        .unwrap();
    super::render_app(&root);
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn the_slider_keys_move_the_day_and_the_map_follows() {
    let root = mount("app-scenario-keys", "#v=1&section=scenario&at=2025-12-26").await;
    assert_eq!(
        map_statuses(&root),
        [
            "FI pending",
            "EE pending",
            "LV pending",
            "LT pending",
            "PL pending",
            "UA suspension",
            "BY party",
            "RU not-party"
        ],
        "26 December 2025: five withdrawals pending"
    );
    let slider = root.query_selector("#scenario-date").unwrap().unwrap();
    press(&slider, "ArrowRight", false);
    yew::scheduler::flush().await;
    let statuses = map_statuses(&root);
    assert_eq!(
        statuses[..5],
        [
            "FI pending",
            "EE withdrawn",
            "LV withdrawn",
            "LT withdrawn",
            "PL pending"
        ],
        "27 December 2025: the Baltic withdrawals take effect"
    );
    let spoken = slider.get_attribute("aria-valuetext").unwrap();
    assert!(
        spoken.contains("Estonia, Latvia, and Lithuania withdrawn"),
        "the slider says the day in words: {spoken}"
    );
    assert!(spoken.contains("2025"), "{spoken}");

    press(&slider, "ArrowRight", true);
    yew::scheduler::flush().await;
    assert_eq!(
        map_statuses(&root)[0],
        "FI withdrawn",
        "Shift+ArrowRight: a month on, 27 January 2026"
    );
    press(&slider, "PageDown", false);
    yew::scheduler::flush().await;
    assert_eq!(
        map_statuses(&root)[..5],
        ["FI party", "EE party", "LV party", "LT party", "PL party"],
        "Page Down: a year back, 27 January 2025"
    );
    press(&slider, "Home", false);
    yew::scheduler::flush().await;
    assert_eq!(
        map_statuses(&root)[3],
        "LT not-party",
        "Home: 1 January 1997, before Lithuania joined"
    );
    super::address_written().await;
    let address = web_sys::window().unwrap().location().hash().unwrap();
    assert!(
        address.contains("at=1997-01-01"),
        "the day is in the link: {address}"
    );
}

#[wasm_bindgen_test]
async fn choosing_a_preset_changes_who_withdraws() {
    let root = mount(
        "app-scenario-presets",
        "#v=1&section=scenario&at=2026-03-01",
    )
    .await;
    let poland = || map_statuses(&root)[4].clone();
    assert_eq!(
        poland(),
        "PL withdrawn",
        "the record: Poland out on 20 February 2026"
    );
    let baltics: web_sys::HtmlElement = root
        .query_selector("#preset-baltics-only")
        .unwrap()
        .unwrap()
        .unchecked_into();
    baltics.click();
    yew::scheduler::flush().await;
    assert_eq!(poland(), "PL party", "Baltic states only: Poland stays in");
    let world = root
        .query_selector("[data-total=\"world\"]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(world, "163", "166 less the three Baltic states");
    super::address_written().await;
    let address = web_sys::window().unwrap().location().hash().unwrap();
    assert!(address.contains("sc=baltics-only"), "{address}");
}
