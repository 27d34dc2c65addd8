//! The page: header, the sections, footer. In embed mode the header and footer give way to the
//! host page's own, and a link may ask for one section alone.

use yew::prelude::*;

use super::forecast::ForecastSection;
use super::scenario::ScenarioSection;
use super::settings::{edition_links, PageSettings};
use super::sources::SourcesSection;
use super::store::{self, use_dispatch, use_slice};
use super::timeline::Timeline;
use crate::data::DATA_UPDATED;
use crate::i18n::{tr, Lang, Msg};
use crate::platform;
use crate::state::{Section, Theme};

/// The page. It draws the store's state, which whoever starts a page sets first with
/// `store::reset(lang)`: the prerenderer for each edition, `main.rs` with the page's language,
/// a test for its own app. On mount it reads the clock, the reader's language and the link,
/// then follows the address.
#[component]
pub fn App() -> Html {
    use_effect_with((), |_| {
        let listener = store::start();
        platform::mark_app_ready();
        move || drop(listener)
    });
    html! { <Page /> }
}

/// What the page's frame draws from: the language shown and the one chosen, the theme, and
/// whether it is embedded or shows one section.
#[derive(PartialEq)]
struct PageView {
    lang: Lang,
    chosen: Lang,
    theme: Option<Theme>,
    embed: bool,
    section: Option<Section>,
}

#[component]
fn Page() -> Html {
    let state = use_slice(|s| PageView {
        lang: s.shown_lang,
        chosen: s.state.lang,
        theme: s.state.theme,
        embed: s.state.embed,
        section: s.state.section,
    });
    let lang = state.lang;
    use_effect_with(lang, |lang| platform::set_document_lang(lang.tag()));
    use_effect_with(state.theme, |theme| {
        platform::set_document_theme(theme.map(|t| t.id()))
    });
    // In a frame, keep the parent told how tall the content is.
    use_effect_with((), |_| platform::post_heights_to_parent());
    let chrome = !state.embed;
    let shows = |section: Section| section.is_shown(state.section);
    let dispatch = use_dispatch();
    html! {
        <>
            if chrome {
                <header class="page-header">
                    <PageSettings {lang} chosen={state.chosen} theme={state.theme} {dispatch} />
                    <h1>{ tr(lang, Msg::PageTitle) }</h1>
                    <p class="lede">{ tr(lang, Msg::PageLede) }</p>
                </header>
            }
            <main id="main">
                // In a frame the host page has the visible title; screen readers still get one,
                // inside the main landmark.
                if !chrome {
                    <h1 class="visually-hidden">{ tr(lang, Msg::PageTitle) }</h1>
                }
                if shows(Section::Timeline) {
                    <Timeline {lang} />
                }
                if shows(Section::Scenario) {
                    <ScenarioSection {lang} />
                }
                if shows(Section::Forecast) {
                    <ForecastSection {lang} />
                }
                if shows(Section::Sources) {
                    <SourcesSection {lang} />
                }
            </main>
            if chrome {
                <footer class="page-footer">
                    <p>{ tr(lang, Msg::DataFooter) }</p>
                    if lang.machine_assisted() {
                        <p class="translation-note">{ tr(lang, Msg::MachineAssistedNote) }</p>
                    }
                    <p>{ tr(lang, Msg::DataUpdated) }{ " " }<time datetime={DATA_UPDATED.to_string()}>{ platform::format_date(lang, DATA_UPDATED) }</time></p>
                    { edition_links(lang) }
                </footer>
            }
        </>
    }
}
