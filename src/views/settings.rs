//! The page's own settings: language and theme. Both are in the link too (`lang`, `theme`),
//! which is how an embed chooses them. Each language has its own prerendered page (its
//! edition): choosing a language opens that page on the same view.

use yew::prelude::*;

use crate::i18n::{self, tr, Lang, Msg};
use crate::platform;
use crate::state::url::to_fragment;
use crate::state::{Action, Theme, ViewState};
use crate::views::store;

/// Opens `lang`'s edition on the view the reader has now: its page, or in a one-file edition
/// the sibling file in that language (a page's static parts are prerendered in one language,
/// so no page changes language in place).
pub fn open_edition(lang: Lang) {
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
    platform::navigate(&format!("{page}#{fragment}"));
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

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    /// The language the page is drawn in.
    pub lang: Lang,
    /// The language the reader chose (it may still be arriving).
    pub chosen: Lang,
    pub theme: Option<Theme>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn PageSettings(props: &SettingsProps) -> Html {
    let lang = props.lang;
    let on_lang = Callback::from(|e: Event| {
        let tag = platform::input_value(&e).unwrap_or_default();
        open_edition(Lang::from_tag(&tag).unwrap_or_default());
    });
    let on_theme = props.dispatch.reform(|e: Event| {
        let id = platform::input_value(&e).unwrap_or_default();
        Action::SetTheme(Theme::from_id(&id))
    });
    let theme_id = props.theme.map_or("auto", Theme::id);
    html! {
        <div class="page-settings">
            <label>{ tr(lang, Msg::Language) }{ " " }
                <select onchange={on_lang}>
                    { for Lang::ALL.iter().map(|l| html! {
                        <option value={l.tag()} lang={l.tag()} selected={*l == props.chosen}>{ l.name() }</option>
                    }) }
                </select>
            </label>
            <label>{ tr(lang, Msg::Theme) }{ " " }
                <select onchange={on_theme}>
                    <option value="auto" selected={theme_id == "auto"}>{ tr(lang, Msg::ThemeAuto) }</option>
                    <option value="light" selected={theme_id == "light"}>{ tr(lang, Msg::ThemeLight) }</option>
                    <option value="dark" selected={theme_id == "dark"}>{ tr(lang, Msg::ThemeDark) }</option>
                </select>
            </label>
        </div>
    }
}
