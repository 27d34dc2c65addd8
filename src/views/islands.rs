//! The page's interactive parts, each its own Yew root in the browser (an *island*). The page
//! is the prerendered HTML; `scripts/boot.js` hydrates each island in its own task — the ones
//! in view first, the rest as they come near or when the browser is idle, and any of them at
//! once when a reader uses it first (the input is then replayed); to hydrate one is to draw
//! it afresh in place of its markup (`hydrate`). Everything else — the header's and footer's
//! prose, the page's settings (`views/settings.rs`), the forecast and sources sections, every
//! section's share and download buttons (`views/share.rs`) — is rendered at build time only
//! and is not in the wasm. All islands share one store.

use yew::prelude::*;

#[cfg(feature = "island-scenario")]
use super::scenario::ScenarioSection;
use super::store::{self, use_slice};
#[cfg(feature = "island-timeline")]
use super::timeline::Timeline;
use crate::platform;

/// The interactive parts of the page.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Island {
    Timeline,
    Scenario,
    /// The scenario explorer's what-ifs (folded), hydrated apart from the explorer.
    WhatIf,
    /// Not a part of the page: a throwaway tree hydrated first (`views::warm`).
    WarmUp,
}

impl Island {
    const ALL: [Island; 4] = [
        Island::Timeline,
        Island::Scenario,
        Island::WhatIf,
        Island::WarmUp,
    ];

    /// The name in the page (`data-island`), which the browser reads back to hydrate it.
    pub fn id(self) -> &'static str {
        match self {
            Island::Timeline => "timeline",
            Island::Scenario => "scenario",
            Island::WhatIf => "what-if",
            Island::WarmUp => "warm-up",
        }
    }

    pub fn from_id(id: &str) -> Option<Island> {
        Island::ALL.into_iter().find(|island| island.id() == id)
    }

    /// Whether this build of the app holds the island. The app every edition loads holds them
    /// all; a section's page for embedding loads a smaller build that holds only its section's
    /// (`cargo xtask dist` builds one per section, with one `island-*` feature each).
    pub fn is_built(self) -> bool {
        match self {
            Island::Timeline => cfg!(feature = "island-timeline"),
            Island::Scenario | Island::WhatIf => cfg!(feature = "island-scenario"),
            Island::WarmUp => cfg!(feature = "warm-up"),
        }
    }

    /// Whether the island's views write text only the build holds (`views::prerendered`):
    /// the scenario's. No other may (`tests/native/tidy.rs`): finding the texts reads the
    /// island's whole markup, which for the timeline's would be a long string for nothing.
    pub fn holds_build_time_text(self) -> bool {
        cfg!(feature = "island-scenario") && matches!(self, Island::Scenario | Island::WhatIf)
    }
}

#[derive(Properties, PartialEq)]
pub struct IslandProps {
    pub island: Island,
}

/// Where an island sits in the prerendered page: an element the browser finds by its name and
/// hydrates as a root of its own (`display: contents`, so it changes no layout).
#[component]
pub fn IslandSlot(props: &IslandProps) -> Html {
    html! {
        <div class="island" data-island={props.island.id()}>
            <IslandRoot island={props.island} />
        </div>
    }
}

/// Hydrates `root`, an element the prerenderer wrote with [`IslandSlot`]: the island takes the
/// prerendered part over. It is drawn afresh in its place, in the same task (no frame shows
/// it empty), rather than adopted node by node with yew's hydration: that code (≈ 7 KB gzip
/// in every app) is not linked, and a first render is one pass instead of hydration's two.
/// What the prerendered part holds that the app does not is carried over: the text only the
/// build writes (`views::prerendered`), and, in `boot.js`, the focus, the folds a reader
/// opened and the input waiting to be replayed, each found again by its place.
///
/// The first render draws the prerendered page's state only if `inputs_wait` (a reader's
/// click or key waits for its control in the same place); otherwise it draws the state as it
/// is, which on a phone is the timeline as a vertical list, not the prerendered chart.
#[cfg(feature = "hydration")]
pub fn hydrate(root: web_sys::Element, inputs_wait: bool) -> bool {
    let Some(island) = root
        .get_attribute("data-island")
        .and_then(|id| Island::from_id(&id))
        .filter(|island| island.is_built())
    else {
        return false;
    };
    if island.holds_build_time_text() {
        super::prerendered::adopt(&root.inner_html());
    }
    store::set_hydrating(inputs_wait);
    root.set_inner_html("");
    yew::Renderer::<IslandRoot>::with_root_and_props(root, IslandProps { island }).render();
    true
}

/// An island's root component: the part itself, and once it is live, word to the page.
#[component]
pub fn IslandRoot(props: &IslandProps) -> Html {
    let island = props.island;
    // A test-only switch: the end-to-end tests make one island fail to show that the others
    // go on working.
    if platform::forced_failure(island.id()) {
        panic!("island {} failed (forced by the test switch)", island.id());
    }
    use_effect_with((), move |_| {
        store::set_hydrating(false);
        platform::island_hydrated(island.id());
    });
    match island {
        #[cfg(feature = "warm-up")]
        Island::WarmUp => super::warm::content(),
        _ => html! { <LangIsland {island} /> },
    }
}

/// The parts that need only the language the page is drawn in (each reads the rest itself).
#[component]
fn LangIsland(props: &IslandProps) -> Html {
    let drawn = use_slice(|s| (s.shown_lang, s.event_texts));
    let (lang, event_texts) = *drawn;
    // Only the timeline's build reads the event texts; a build with none of these islands
    // reads neither.
    #[cfg(not(feature = "island-timeline"))]
    let _ = event_texts;
    #[cfg(not(any(feature = "island-timeline", feature = "island-scenario")))]
    let _ = lang;
    // Each arm is compiled only into the builds that hold its island (see `Island::is_built`),
    // so that a section's build links none of the others' components.
    match props.island {
        #[cfg(feature = "island-timeline")]
        Island::Timeline => html! { <Timeline {lang} {event_texts} /> },
        #[cfg(feature = "island-scenario")]
        Island::Scenario => html! { <ScenarioSection {lang} /> },
        #[cfg(feature = "island-scenario")]
        Island::WhatIf => html! { <ScenarioSection {lang} what_if=true /> },
        // Not in this build: `hydrate` never starts it.
        #[allow(unreachable_patterns)]
        _ => Html::default(),
    }
}
