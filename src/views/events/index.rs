//! Every event in one line each (date, state, title), for readers without JavaScript and for
//! the page when the WebAssembly cannot start: it is what the page's `<noscript>` holds. The
//! full list (text, votes, disagreements, sources) is a page of its own, linked from it, so
//! that readers with the app do not download it twice. Written at build time only.

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
                        { " · " }{ i18n::event_title(lang, event) }
                    </li>
                }) }
            </ol>
        </section>
    }
}
