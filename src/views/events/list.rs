//! Every event as a chronological list: date, lane, kind, text, vote tally, disagreements,
//! sources and confidence. It is the timeline's list view, and what narrow screens show.

use yew::prelude::*;

use crate::data::EVENTS;
use crate::i18n::{self, tr, Lang, Msg};
use crate::model::timeline::Filters;
use crate::model::Event;
use crate::platform::format_date;
use crate::state::view::{lane_of, lanes};

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    pub lang: Lang,
    #[prop_or_default]
    pub filters: Filters,
    /// Whether the events' own texts are here in `lang` (`store::Snapshot::event_texts`; always at build time).
    pub texts_here: bool,
}

#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let (lang, filters) = (props.lang, props.filters);
    let texts_here = props.texts_here;
    html! {
        <section class="events" aria-labelledby="events-heading">
            <h3 id="events-heading">{ tr(lang, Msg::EventsHeading) }</h3>
            <p>{ tr(lang, Msg::EventsIntro) }</p>
            <ol class="event-list">
                { for EVENTS.iter().filter(|e| filters.shows(lanes(), e)).map(|event| event_item(lang, event, texts_here)) }
            </ol>
        </section>
    }
}

/// One event of the list. A function, not a component: the list is drawn again only when the
/// language, the filters or the texts change, which change every item, and a component costs
/// its own lifecycle code in the wasm.
fn event_item(lang: Lang, event: &'static Event, texts_here: bool) -> Html {
    let lane = i18n::lane_name(lang, lane_of(event));
    // Empty until the events' own texts have arrived, and for an event that has none.
    let text = if texts_here {
        i18n::event_text(lang, event)
    } else {
        ""
    };
    html! {
        <li class="event" id={format!("event-{}", event.id)}>
            <article aria-labelledby={format!("event-title-{}", event.id)}>
                <p class="event-meta">
                    <time datetime={event.date.to_string()}>{ format_date(lang, event.date) }</time>
                    <span class="event-lane">{ lane }</span>
                    <span class="event-kind">{ i18n::event_kind(lang, event.kind) }</span>
                </p>
                <h4 id={format!("event-title-{}", event.id)}>{ i18n::event_title(lang, event) }</h4>
                if !text.is_empty() {
                    <p>{ text }</p>
                }
                if let Some(votes) = &event.votes {
                    <p class="event-votes">{ i18n::votes_summary(lang, votes) }</p>
                }
                { disagreements(lang, event) }
                <p class="event-sources">
                    if texts_here {
                        { tr(lang, Msg::Sources) }{ ": " }{ source_links(lang, crate::data::event_sources(event)) }{ ". " }
                    }
                    { tr(lang, Msg::Confidence) }{ ": " }
                    <span class="event-confidence">{ i18n::confidence(lang, event.confidence) }</span>
                </p>
            </article>
        </li>
    }
}

/// Sources as links that open in a new tab without handing over this page. In the browser a
/// source's title, publisher and address arrive with the events' own texts
/// (`i18n::source_link`): until then it is left out. A function, not a component, so that
/// whatever draws it draws it again when they arrive.
pub fn source_links(lang: Lang, ids: &[&str]) -> Html {
    html! {
        { for ids.iter().filter_map(|id| i18n::source_link(id)).enumerate().map(|(i, source)| html! {
            <>
                if i > 0 { { ", " } }
                <a href={source.href} target="_blank" rel="noopener noreferrer"
                   title={format!("{} ({})", source.title, i18n::source_kind(lang, source.kind))}>{ source.publisher }</a>
            </>
        }) }
    }
}

/// Where sources disagree on a field of the event: the other value, who reports it, and why.
pub fn disagreements(lang: Lang, event: &Event) -> Html {
    html! {
        { for event.disagreements.iter().map(|d| html! {
            <p class="event-disagreement">
                <strong>{ tr(lang, Msg::SourcesDisagree) }{ ": " }</strong>
                { i18n::field_name(lang, d.field) }{ " " }{ disagreeing_value(lang, d) }{ ". " }{ i18n::disagreement_note(lang, d) }
                { " " }{ source_links(lang, d.sources) }
            </p>
        }) }
    }
}

/// The other value a source gives: a date in the reader's words (in a `<time>`), anything else
/// as the data has it (a vote count).
fn disagreeing_value(lang: Lang, d: &crate::model::Disagreement) -> Html {
    match (d.field, crate::model::Date::parse_iso(d.value)) {
        ("date", Some(day)) => html! { <time datetime={d.value}>{ format_date(lang, day) }</time> },
        _ => html! { { d.value } },
    }
}
