//! The timeline on phones: time runs down the page, year by year. The years the story spans
//! are open; the quiet years before them fold into one group (`model::timeline::year_groups`).
//! Each event is one row (its mark, date, state and title); tapping it opens the same card as
//! the chart, under the row.

use yew::prelude::*;

use super::card::EventCard;
use super::glyph::mark_icon;
use crate::data::EVENTS;
use crate::i18n::{self, Lang};
use crate::model::timeline::{Filters, Mark, YearGroup};
use crate::platform::format_day_month;
use crate::state::view::{lane_of, year_groups};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct VerticalProps {
    pub lang: Lang,
    /// Whether the events' own texts are here in `lang` (`store::Snapshot::event_texts`).
    pub event_texts: bool,
    pub filters: Filters,
    pub selected: Option<usize>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn VerticalTimeline(props: &VerticalProps) -> Html {
    // One pass over the events; the section draws this only when its own slice changes.
    let groups = year_groups(props.filters);
    // A card that moves to another row (its "Next" button, a link) is a new element: the focus
    // follows it there. Not on the first render, where a link opened the card on page load.
    let rendered = use_mut_ref(|| false);
    use_effect_with(props.selected, move |selected| {
        if *rendered.borrow() && selected.is_some() {
            crate::platform::focus("#event-card");
        }
        *rendered.borrow_mut() = true;
    });
    html! {
        <div class="vtimeline">
            { for groups.iter().map(|group| year_group(props, group)) }
        </div>
    }
}

fn year_group(props: &VerticalProps, group: &YearGroup) -> Html {
    let years = if group.first_year == group.last_year {
        group.first_year.to_string()
    } else {
        format!("{}–{}", group.first_year, group.last_year)
    };
    let count = html! { <span class="count">{ format!(" ({})", group.events.len()) }</span> };
    let rows = html! {
        <ol class="vt-list">
            { for group.events.iter().map(|&index| row(props, index)) }
        </ol>
    };
    if group.quiet {
        // Open when a link or a step of the card selects an event inside it.
        let open = props.selected.is_some_and(|i| group.events.contains(&i));
        html! {
            <details class="vt-group vt-quiet" {open}>
                <summary><span class="vt-year">{ years }</span>{ count }</summary>
                { rows }
            </details>
        }
    } else {
        html! {
            <div class="vt-group">
                <h3 class="vt-year">{ years }{ count }</h3>
                { rows }
            </div>
        }
    }
}

fn row(props: &VerticalProps, index: usize) -> Html {
    let (lang, event) = (props.lang, &EVENTS[index]);
    let selected = props.selected == Some(index);
    let lane = i18n::lane_name(lang, lane_of(event));
    let onclick = props.dispatch.reform(move |_: MouseEvent| {
        if selected {
            Action::CloseCard
        } else {
            Action::Select(index)
        }
    });
    html! {
        <li class="vt-event" key={index}>
            <button type="button" class="vt-row" data-index={index.to_string()} aria-expanded={selected.to_string()} {onclick}>
                { mark_icon(Mark::of(event.kind)) }
                // One flow of text, so the title starts on the first line: the day (the year is
                // the group's heading), the state, the kind for screen readers, the title.
                <span class="vt-text">
                    <time datetime={event.date.to_string()}>{ format_day_month(lang, event.date) }</time>{ " " }
                    <span class="vt-lane">{ lane }</span>{ " " }
                    <span class="visually-hidden">{ format!("{}: ", i18n::event_kind(lang, event.kind)) }</span>
                    <span class="vt-title">{ i18n::event_title(lang, event) }</span>
                </span>
            </button>
            if selected {
                <EventCard {lang} texts_here={props.event_texts} {index} lane={AttrValue::from(lane)} dispatch={props.dispatch.clone()} />
            }
        </li>
    }
}
