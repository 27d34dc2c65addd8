//! The list view, rendered by the real App in the browser.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use ottawa_explorer::data::EVENTS;

#[wasm_bindgen_test]
async fn list_view_shows_every_event_with_intl_dates() {
    let root = super::mount_point("app-events");
    super::render_app(&root);
    yew::scheduler::flush().await;

    let toggle = super::button(&root, "Show as a list");
    toggle.click();
    yew::scheduler::flush().await;

    let items = root.query_selector_all(".event-list > li").unwrap();
    assert_eq!(items.length() as usize, EVENTS.len());
    let vote = root
        .query_selector("#event-lt-seimas-vote")
        .unwrap()
        .expect("the Seimas vote is listed");
    let text = vote.text_content().unwrap();
    assert!(
        text.contains("107 for, 0 against, 3 abstentions; 85 needed"),
        "{text}"
    );
    // The date comes from the browser's Intl, not from tables in the wasm.
    let time = vote.query_selector("time").unwrap().unwrap();
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2025-05-08")
    );
    assert_eq!(time.text_content().as_deref(), Some("May 8, 2025"));
    assert_eq!(
        super::button(&root, "Show as a chart")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    root.unchecked_into::<web_sys::HtmlElement>().remove();
}
