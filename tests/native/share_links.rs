//! The links the share buttons copy. `scripts/boot.js` makes them from the view's link (the
//! app's `current_fragment`, or the address), not with `to_fragment`: what it writes must read
//! back as the view.

use ottawa_explorer::state::url::{from_fragment, to_fragment};
use ottawa_explorer::state::{apply, Action, Section, ViewState};
use proptest::prelude::*;

use super::timeline::{any_state, d, today};

/// What `scripts/boot.js` does to the view's link for the share buttons: the link to share is
/// it without its `section=` and `embed=` parts (nothing if only `v=` is left); an embed
/// code's frame opens those parts and `section=NAME&embed=1` after them. Both must read back
/// as the view, one section alone and embedded for the frame.
fn shared_parts(fragment: &str) -> Vec<&str> {
    fragment
        .split('&')
        .filter(|part| {
            !part.is_empty() && !part.starts_with("section=") && !part.starts_with("embed=")
        })
        .collect()
}

fn share_link_as_boot_js_writes_it(fragment: &str) -> String {
    let kept = shared_parts(fragment);
    if kept.iter().all(|part| part.starts_with("v=")) {
        String::new()
    } else {
        kept.join("&")
    }
}

fn embed_link_as_boot_js_writes_it(fragment: &str, section: Section) -> String {
    let section = format!("section={}", section.id());
    let mut parts = shared_parts(fragment);
    parts.extend([section.as_str(), "embed=1"]);
    parts.join("&")
}

fn shared_and_embedded(state: &ViewState, section: Section) -> (ViewState, ViewState) {
    let shared = ViewState {
        embed: false,
        section: None,
        ..state.clone()
    };
    let embedded = ViewState {
        embed: true,
        section: Some(section),
        ..state.clone()
    };
    (shared, embedded)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn the_share_buttons_links_read_back_as_the_view(state in any_state()) {
        let fragment = to_fragment(&state);
        let (shared, embedded) = shared_and_embedded(&state, Section::Timeline);
        let share = share_link_as_boot_js_writes_it(&fragment);
        prop_assert_eq!(&share, &to_fragment(&shared));
        let embed = embed_link_as_boot_js_writes_it(&fragment, Section::Timeline);
        prop_assert_eq!(from_fragment(&embed, &today()), embedded, "{}", embed);
    }
}

/// The same for the scenario explorer's parts, which `to_fragment` writes after `section=`.
#[test]
fn a_scenario_views_embed_link_reads_back_with_its_day_and_assumptions() {
    let mut state = apply(&today(), Action::ChoosePreset(1));
    state = apply(&state, Action::SetScenarioDate(d("2025-12-27")));
    state.section = Some(Section::Timeline);
    let fragment = to_fragment(&state);
    assert!(fragment.contains("at=2025-12-27"), "{fragment}");
    let (_, embedded) = shared_and_embedded(&state, Section::Scenario);
    let embed = embed_link_as_boot_js_writes_it(&fragment, Section::Scenario);
    assert!(
        embed.ends_with("at=2025-12-27&section=scenario&embed=1"),
        "{embed}"
    );
    assert_eq!(from_fragment(&embed, &today()), embedded, "{embed}");
}
