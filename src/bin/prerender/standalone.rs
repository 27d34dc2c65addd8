//! The pages of an edition with no app: every event in full (`events.html`, …) and every
//! source with what it supports (`sources.html`, …), each under its own heading with a link
//! back to the edition, in the edition's language.

use ottawa_explorer::i18n::{self, page_tr, tr, Lang, Msg, PageMsg};
use ottawa_explorer::views::events::{EventList, EventListProps};
use ottawa_explorer::views::sources::{SourceListProps, SourcesPage};

use super::{attribute, fill, insert_after_charset, set_lang, set_title, without_app};

/// The page of every event with its text, votes and sources in `lang` (`events.html`, …),
/// linked from the page's one-line index: static, with no app, and a link back.
pub async fn list_page(template: &str, lang: Lang) -> Result<String, String> {
    let list = yew::ServerRenderer::<EventList>::with_props(move || EventListProps {
        lang,
        filters: Default::default(),
        texts_here: true,
    })
    .hydratable(false)
    .render()
    .await;
    standalone_page(
        template,
        lang,
        &raise_headings(&list),
        page_tr(lang, PageMsg::EventsFullList),
        tr(lang, Msg::EventsIntro),
        &i18n::list_page_file(lang),
    )
}

/// The page of every source with what it supports in `lang` (`sources.html`, …), linked from
/// the sources section of the edition: static, with no app, and a link back.
pub async fn sources_page(template: &str, lang: Lang) -> Result<String, String> {
    let list = yew::ServerRenderer::<SourcesPage>::with_props(move || SourceListProps { lang })
        .hydratable(false)
        .render()
        .await;
    standalone_page(
        template,
        lang,
        &list,
        page_tr(lang, PageMsg::AllSources),
        page_tr(lang, PageMsg::SourcesFullList),
        &i18n::sources_page_file(lang),
    )
}

/// The event list's headings one level up: it is drawn for the timeline section, under an
/// `h2`; on its own page it sits under the page's `h1`. (Texts are escaped: no `<h3` in them.)
fn raise_headings(html: &str) -> String {
    html.replace("<h3", "<h2")
        .replace("</h3>", "</h2>")
        .replace("<h4", "<h3")
        .replace("</h4>", "</h3>")
}

/// A page of the edition in `lang` with only `main` under the heading `title` (a link back to
/// the edition above it), titled `title` and the edition's title, with no app.
fn standalone_page(
    template: &str,
    lang: Lang,
    main: &str,
    title: &str,
    description: &str,
    file: &str,
) -> Result<String, String> {
    // The link back is the page's banner, so that everything sits in a landmark.
    let back = format!(
        r#"<header><p class="back"><a href="{}">{}</a></p></header>"#,
        i18n::page_file(lang),
        attribute(tr(lang, Msg::PageTitle))
    );
    let page = fill(
        template,
        "div",
        "app",
        &format!(
            "{back}<main id=\"main\"><h1>{}</h1>{main}</main>",
            attribute(title)
        ),
    )?;
    let page = fill(&page, "p", "app-unavailable", "")?;
    let page = set_lang(&page, lang)?;
    let page = set_title(&page, &format!("{title} · {}", tr(lang, Msg::PageTitle)))?;
    let page = without_app(&page)?;
    insert_after_charset(
        &page,
        &format!(
            r#"<meta name="description" content="{}"><link rel="canonical" href="{file}">"#,
            attribute(description),
        ),
    )
}
