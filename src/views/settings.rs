//! The page's own settings: language and theme. Both are in the link too (`lang`, `theme`),
//! which is how an embed chooses them. Each language has its own prerendered page (its
//! edition): choosing a language opens that page on the same view.
//!
//! The two selects are written at build time and are no island: the page's app, once it
//! runs, listens to their changes (`start`) and shows the theme the view has
//! (`app::draw_frame`). So it holds no code to draw them.

use yew::prelude::*;

use crate::i18n::{self, tr, Lang, Msg};
#[cfg(all(target_arch = "wasm32", feature = "page-settings"))]
use crate::{
    platform,
    state::{url::to_fragment, Action, Theme, ViewState},
    views::store,
};

/// The link of `lang`'s edition on the view the reader has now: its page, or in a one-file
/// edition the sibling file in that language (a page's static parts are prerendered in one
/// language, so no page changes language in place).
#[cfg(all(target_arch = "wasm32", feature = "page-settings"))]
fn edition_link(lang: Lang) -> String {
    let state = ViewState {
        lang,
        ..store::snapshot().state.clone()
    };
    let fragment = to_fragment(&state);
    let page = if platform::one_file_edition() {
        i18n::one_file_page(lang)
    } else {
        i18n::page_file(lang)
    };
    format!("{page}#{fragment}")
}

/// Makes the page's selects live: choosing a language opens that edition on the same view,
/// choosing a theme sets the view's. A choice made before the app ran, which the select
/// shows, is applied now (the selects are written with `autocomplete="off"`, so a page the
/// reader comes back to does not restore an old choice).
///
/// `chosen`: what the selects showed as the app started, before it drew anything.
#[cfg(all(target_arch = "wasm32", feature = "page-settings"))]
pub fn start(chosen: Vec<(String, String)>) {
    let choose = |setting: &str, value: &str| match setting {
        "lang" => {
            let lang = Lang::from_tag(value).unwrap_or_default();
            if lang != store::snapshot().shown_lang {
                platform::navigate(&edition_link(lang));
            }
        }
        "theme" => store::dispatch(Action::SetTheme(Theme::from_id(value))),
        _ => {}
    };
    for (setting, value) in chosen {
        if setting == "lang" || value != "auto" {
            choose(&setting, &value);
        }
    }
    platform::on_setting_change(choose);
}

/// The other editions as links, for every reader (plain links: they work without JavaScript,
/// and open the edition's first view; the language select keeps the view).
pub fn edition_links(lang: Lang) -> Html {
    html! {
        <nav class="editions" aria-label={tr(lang, Msg::OtherEditions)}>
            <ul>
                { for Lang::ALL.into_iter().filter(|l| *l != lang).map(|other| html! {
                    <li><a href={i18n::page_file(other)} hreflang={other.tag()} lang={other.tag()}>{ other.name() }</a></li>
                }) }
            </ul>
        </nav>
    }
}

/// The language and theme selects of a page in `lang`, as the build writes them: the page's
/// language chosen, the theme following the reader's setting (the app shows a link's).
pub fn page_settings(lang: Lang) -> Html {
    html! {
        <div class="page-settings">
            <label>{ tr(lang, Msg::Language) }{ " " }
                <select data-setting="lang" autocomplete="off">
                    { for Lang::ALL.iter().map(|l| html! {
                        <option value={l.tag()} lang={l.tag()} selected={*l == lang}>{ l.name() }</option>
                    }) }
                </select>
            </label>
            <label>{ tr(lang, Msg::Theme) }{ " " }
                <select data-setting="theme" autocomplete="off">
                    <option value="auto" selected=true>{ tr(lang, Msg::ThemeAuto) }</option>
                    <option value="light">{ tr(lang, Msg::ThemeLight) }</option>
                    <option value="dark">{ tr(lang, Msg::ThemeDark) }</option>
                </select>
            </label>
        </div>
    }
}
