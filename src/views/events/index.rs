//! Every event in one line each (date, state, title), for readers without JavaScript and for
//! the page when the WebAssembly cannot start: it is what the page's `<noscript>` holds. The
//! full list (text, votes, disagreements, sources) is a page of its own, linked from it, so
//! that readers with the app do not download it twice. Written at build time only; the app
//! reads the events' titles back from it (`titles_in_index`), so it holds no copy of them.

use yew::prelude::*;

use crate::data::EVENTS;
use crate::i18n::{self, page_tr, tr, Lang, Msg, PageMsg};
use crate::platform::format_date;
use crate::state::view::lane_of;

#[derive(Properties, PartialEq)]
pub struct EventIndexProps {
    pub lang: Lang,
}

#[component]
pub fn EventIndex(props: &EventIndexProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="events event-index" aria-labelledby="events-heading">
            <h3 id="events-heading">{ tr(lang, Msg::EventsHeading) }</h3>
            <p class="event-index-more"><a href={i18n::list_page_file(lang)}>{ page_tr(lang, PageMsg::EventsFullList) }</a></p>
            <ol class="event-list">
                { for EVENTS.iter().map(|event| html! {
                    <li class="event" id={format!("event-{}", event.id)}>
                        <time datetime={event.date.to_string()}>{ format_date(lang, event.date) }</time>
                        { " · " }<span class="event-lane">{ i18n::lane_name(lang, lane_of(event)) }</span>
                        // The title last, after the lane: `titles_in_index` reads it there.
                        { TITLE_AFTER }{ i18n::event_title(lang, event) }
                    </li>
                }) }
            </ol>
        </section>
    }
}

/// What comes between an item's lane and its title, in the index as the page holds it.
const TITLE_AFTER: &str = " · ";
/// Where `titles_in_index` finds a title's start: the lane's end tag, then `TITLE_AFTER`.
const LANE_END: &str = "</span> · ";
/// Where it finds the title's end.
const ITEM_END: &str = "</li>";

/// The events' titles in `html`, the index as [`EventIndex`] writes it, in its order: in each
/// item, the text after its lane. The browser's app reads them from the page's `<noscript>`
/// (`platform::page_title`) instead of holding the data's English titles; the prerenderer
/// reads back every index it writes, so a change to the markup fails the build.
///
/// Plain byte scans, not `str::find`: a search for a text links a general string-search
/// algorithm into the app, larger than the titles it saves.
pub fn titles_in_index(html: &str) -> Vec<String> {
    let bytes = html.as_bytes();
    let item_length = |start: usize| {
        bytes
            .get(start..)?
            .windows(ITEM_END.len())
            .position(|w| w == ITEM_END.as_bytes())
    };
    let mut titles = Vec::new();
    let mut start = 0;
    while let Some(length) = item_length(start) {
        let end = start + length;
        let lane_end = bytes.get(start..end).and_then(|item| {
            item.windows(LANE_END.len())
                .rposition(|w| w == LANE_END.as_bytes())
        });
        // Both cuts are at ASCII bytes of the markup: `get` finds whole characters.
        if let Some(title) = lane_end.and_then(|at| html.get(start + at + LANE_END.len()..end)) {
            titles.push(unescape_text(title));
        }
        start = end + ITEM_END.len();
    }
    titles
}

/// A text as yew writes it into HTML (`&`, `<` and `>` escaped), as it was.
fn unescape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let (replaced, skip) = match c {
            '&' if rest.starts_with("&lt;") => ('<', 4),
            '&' if rest.starts_with("&gt;") => ('>', 4),
            '&' if rest.starts_with("&amp;") => ('&', 5),
            _ => (c, c.len_utf8()),
        };
        out.push(replaced);
        rest = rest.get(skip..).unwrap_or_default();
    }
    out
}
