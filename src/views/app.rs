//! The page: header, the sections, footer. In embed mode the header and footer give way to the
//! host page's own, and a link may ask for one section alone.

use yew::prelude::*;

use super::forecast::ForecastSection;
use super::key_figures::KeyFigures;
use super::scenario::scenario_section;
use super::settings::{edition_links, page_settings};
use super::sources::SourcesSection;
use super::store::{self, use_slice};
use super::timeline::timeline_section;
use crate::data::DATA_UPDATED;
use crate::i18n::{page_tr, tr, Lang, Msg, PageMsg};
use crate::platform;
use crate::state::{Section, Theme};

/// The page. It draws the store's state, which whoever starts a page sets first with
/// `store::reset(lang)`: the prerenderer for each edition, a test for its own app. In the
/// browser the built page is not hydrated as one tree: `main.rs` starts the store and the
/// page's frame, and each island hydrates on its own. Rendered as a whole (the browser
/// tests), the page starts the same way on mount.
#[component]
pub fn App() -> Html {
    use_effect_with((), |_| {
        let started = start_page();
        platform::mark_app_ready();
        move || drop(started)
    });
    html! { <Page /> }
}

/// What a started page keeps: the address listener and the frame's store subscription.
pub struct StartedPage {
    _fragment: Option<gloo_events::EventListener>,
    frame: usize,
}

impl Drop for StartedPage {
    fn drop(&mut self) {
        store::unwatch(self.frame);
    }
}

/// In the browser: the page's frame follows the store (language, theme, which sections show,
/// embed mode), then the store reads the clock, the reader's language and the link.
pub fn start_page() -> StartedPage {
    // What the settings' selects show, read before the frame shows the view's theme in one
    // (`views/settings.rs`): a reader may have chosen before the app ran.
    #[cfg(all(target_arch = "wasm32", feature = "page-settings"))]
    let chosen = platform::settings_chosen();
    // The frame is drawn again only when what it draws changes: a write of the same `lang` on
    // <html> still makes the browser restyle the whole document (≈ 25 ms a step with 4x CPU
    // throttling), and most store changes (a marker's focus, a slider day) change none of it.
    let drawn = std::cell::Cell::new(FrameView::of(&store::snapshot()));
    draw_frame(&drawn.get());
    let frame = store::watch(move |now| {
        let view = FrameView::of(now);
        if view != drawn.get() {
            drawn.set(view);
            draw_frame(&view);
        }
    });
    let fragment = store::start();
    #[cfg(all(target_arch = "wasm32", feature = "page-settings"))]
    super::settings::start(chosen);
    StartedPage {
        _fragment: fragment,
        frame,
    }
}

/// What the prerendered frame shows: the document's language and theme, embed mode, and which
/// sections show.
#[derive(Clone, Copy, PartialEq)]
struct FrameView {
    lang: Lang,
    theme: Option<Theme>,
    embed: bool,
    section: Option<Section>,
}

impl FrameView {
    fn of(now: &store::Snapshot) -> FrameView {
        FrameView {
            lang: now.shown_lang,
            theme: now.state.theme,
            embed: now.state.embed,
            section: now.state.section,
        }
    }
}

/// The prerendered frame, set to the view: the document's language and theme; in embed mode
/// without the header and footer; a link's single section alone.
fn draw_frame(view: &FrameView) {
    super::renders::count("frame");
    platform::set_document_lang(view.lang.tag());
    platform::set_document_theme(view.theme.map(|t| t.id()));
    // The theme select (written at build time, `views/settings.rs`) shows the view's.
    #[cfg(feature = "page-settings")]
    platform::set_value(
        "select[data-setting=\"theme\"]",
        view.theme.map_or("auto", |t| t.id()),
    );
    platform::set_hidden(".page-header, .page-footer", view.embed);
    platform::set_hidden("#embed-title", !view.embed);
    for section in Section::ALL {
        let selector = format!("[data-section=\"{}\"]", section.id());
        platform::set_hidden(&selector, !section.is_shown(view.section));
    }
}

/// What the page's frame draws from at build time: the language, and whether it is embedded
/// or shows one section.
#[derive(PartialEq)]
struct PageView {
    lang: Lang,
    embed: bool,
    section: Option<Section>,
}

#[component]
fn Page() -> Html {
    let state = use_slice(|s| PageView {
        lang: s.shown_lang,
        embed: s.state.embed,
        section: s.state.section,
    });
    let lang = state.lang;
    let chrome = !state.embed;
    let shows = |section: Section| section.is_in_story() && section.is_shown(state.section);
    let slot = |section: Section, content: Html| {
        html! {
            <div class="section-slot" data-section={section.id()}>{ content }</div>
        }
    };
    html! {
        <>
            if chrome {
                <header class="page-header">
                    { page_settings(lang) }
                    <h1>{ tr(lang, Msg::PageTitle) }</h1>
                    <p class="lede">{ page_tr(lang, PageMsg::PageLede) }</p>
                    <KeyFigures {lang} />
                </header>
            }
            <main id="main">
                // In a frame the host page has the visible title; screen readers still get one,
                // inside the main landmark.
                <h1 id="embed-title" class="visually-hidden" hidden={chrome}>{ tr(lang, Msg::PageTitle) }</h1>
                if shows(Section::Timeline) {
                    { slot(Section::Timeline, timeline_section(lang)) }
                }
                if shows(Section::Scenario) {
                    { slot(Section::Scenario, scenario_section(lang)) }
                }
                if shows(Section::Forecast) {
                    { slot(Section::Forecast, html! { <ForecastSection {lang} /> }) }
                }
                if shows(Section::Sources) {
                    { slot(Section::Sources, html! { <SourcesSection {lang} list_here={!chrome} /> }) }
                }
            </main>
            if chrome {
                <footer class="page-footer">
                    <p>{ page_tr(lang, PageMsg::DataFooter) }</p>
                    if lang.machine_assisted() {
                        <p class="translation-note">{ page_tr(lang, PageMsg::MachineAssistedNote) }</p>
                    }
                    <p>{ page_tr(lang, PageMsg::DataUpdated) }{ " " }<time datetime={DATA_UPDATED.to_string()}>{ platform::format_date(lang, DATA_UPDATED) }</time></p>
                    { edition_links(lang) }
                </footer>
            }
        </>
    }
}
