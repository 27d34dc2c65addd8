//! The timeline chart in the browser: one tab stop, arrow keys, Enter opens the card, Escape
//! closes it and returns the focus to the marker.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use ottawa_explorer::data::EVENTS;

fn press(target: &web_sys::Element, key: &str) {
    super::press(target, key, false);
}

fn active_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.active_element()
}

#[wasm_bindgen_test]
async fn keyboard_reaches_every_event_through_one_tab_stop() {
    let root = super::mount_point("app-timeline");
    super::render_app(&root);
    yew::scheduler::flush().await;

    let markers = root.query_selector_all(".timeline-chart .marker").unwrap();
    assert!(markers.length() > 0, "the chart draws markers");
    let stops = root
        .query_selector_all(".timeline-chart [tabindex=\"0\"]")
        .unwrap();
    assert_eq!(stops.length(), 1, "the markers are one tab stop");

    let first = stops
        .item(0)
        .unwrap()
        .unchecked_into::<web_sys::SvgElement>();
    first.focus().unwrap();
    let chart = root.query_selector(".timeline-chart").unwrap().unwrap();
    press(&chart, "End");
    yew::scheduler::flush().await;
    let last = EVENTS.len() - 1;
    let focused = active_element().and_then(|e| e.get_attribute("data-index"));
    assert_eq!(
        focused,
        Some(last.to_string()),
        "End moves the focus to the last event"
    );
    press(&active_element().unwrap(), "ArrowLeft");
    yew::scheduler::flush().await;
    let focused = active_element().and_then(|e| e.get_attribute("data-index"));
    assert_eq!(
        focused,
        Some((last - 1).to_string()),
        "ArrowLeft moves to the event before"
    );
    press(&active_element().unwrap(), "ArrowRight");
    yew::scheduler::flush().await;

    press(&active_element().unwrap(), "Enter");
    yew::scheduler::flush().await;
    let card = root
        .query_selector("#event-card")
        .unwrap()
        .expect("Enter opens the card");
    assert_eq!(
        card.query_selector("h3")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some(ottawa_explorer::data::english_title(&EVENTS[last]))
    );

    press(&card, "Escape");
    yew::scheduler::flush().await;
    assert!(
        root.query_selector("#event-card").unwrap().is_none(),
        "Escape closes the card"
    );
    let focused = active_element().and_then(|e| e.get_attribute("data-index"));
    assert_eq!(
        focused,
        Some(last.to_string()),
        "the focus returns to the marker"
    );
    root.unchecked_into::<web_sys::HtmlElement>().remove();
}
