//! The page: header, the sections, footer. In embed mode the header and footer give way to the
//! host page's own, and a link may ask for one section alone.

use yew::prelude::*;

use super::forecast::ForecastSection;
use super::provider::{use_dispatch, StateProvider, ViewHandle};
use super::scenario::ScenarioSection;
use super::settings::PageSettings;
use super::sources::SourcesSection;
use super::timeline::Timeline;
use crate::data::DATA_UPDATED;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::Section;

#[component]
pub fn App() -> Html {
    html! {
        <StateProvider>
            <Page />
        </StateProvider>
    }
}

#[component]
fn Page() -> Html {
    let handle = use_context::<ViewHandle>().expect("Page is rendered inside StateProvider");
    let state = &handle.0;
    // The page is drawn in a language once its strings are here (English always is; another is
    // fetched the first time a reader asks for it); until then it keeps the one it had.
    let shown = use_state(crate::i18n::Lang::default);
    {
        let shown = shown.clone();
        use_effect_with(state.lang, move |&requested| {
            if crate::i18n::is_ready(requested) {
                shown.set(requested);
            } else {
                platform::load_language(requested, move |ok| {
                    if ok {
                        shown.set(requested);
                    }
                });
            }
        });
    }
    let lang = *shown;
    use_effect_with(lang, |lang| platform::set_document_lang(lang.tag()));
    use_effect_with(state.theme, |theme| {
        platform::set_document_theme(theme.map(|t| t.id()))
    });
    // In a frame, keep the parent told how tall the content is.
    use_effect_with((), |_| platform::post_heights_to_parent());
    let chrome = !state.embed;
    let dispatch = use_dispatch(&handle);
    html! {
        <>
            if chrome {
                <header class="page-header">
                    <PageSettings {lang} chosen={state.lang} theme={state.theme} {dispatch} />
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
                if state.shows_section(Section::Timeline) {
                    <Timeline {lang} />
                }
                if state.shows_section(Section::Scenario) {
                    <ScenarioSection {lang} />
                }
                if state.shows_section(Section::Forecast) {
                    <ForecastSection {lang} />
                }
                if state.shows_section(Section::Sources) {
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
                </footer>
            }
        </>
    }
}
