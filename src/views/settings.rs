//! The page's own settings: language and theme. Both are in the link too (`lang`, `theme`),
//! which is how an embed chooses them.

use yew::prelude::*;

use crate::i18n::{tr, Lang, Msg};
use crate::platform;
use crate::state::{Action, Theme};

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
    let on_lang = props.dispatch.reform(|e: Event| {
        let tag = platform::input_value(&e).unwrap_or_default();
        Action::SetLang(Lang::from_tag(&tag).unwrap_or_default())
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
