//! The page shell: header, the sections, footer, inside the state provider.

use yew::prelude::*;

use super::provider::StateProvider;
use super::timeline::Timeline;
use crate::i18n::{tr, Lang, Msg};

#[component]
pub fn App() -> Html {
    let lang = Lang::default();
    html! {
        <StateProvider>
            <header class="page-header">
                <h1>{ tr(lang, Msg::PageTitle) }</h1>
                <p class="lede">{ tr(lang, Msg::PageLede) }</p>
            </header>
            <main id="main">
                <Timeline {lang} />
            </main>
            <footer class="page-footer">
                <p>{ tr(lang, Msg::DataFooter) }</p>
            </footer>
        </StateProvider>
    }
}
