//! The selected event's card: date, title, text, the vote tally against its threshold, where
//! sources disagree, sources and confidence; previous/next and close.

use yew::prelude::*;

use crate::views::svg::fmt;

use crate::data::EVENTS;
use crate::i18n::{self, tr, Lang, Msg};
use crate::model::Votes;
use crate::platform::format_date;
use crate::state::Action;
use crate::views::events::{disagreements, source_links};

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub lang: Lang,
    /// Whether the event's own text is here in `lang` (`store::Snapshot::event_texts`).
    pub texts_here: bool,
    pub index: usize,
    pub lane: AttrValue,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn EventCard(props: &CardProps) -> Html {
    let (lang, event) = (props.lang, &EVENTS[props.index]);
    let index = props.index;
    let close = {
        let dispatch = props.dispatch.clone();
        move || {
            dispatch.emit(Action::CloseCard);
            crate::platform::focus(&format!("[data-index=\"{index}\"]"));
        }
    };
    let onkeydown = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                close();
            }
        })
    };
    // Opening a card from the timeline (or stepping to the next) moves the focus into it; a
    // card opened by a link on page load leaves the focus where it is.
    use_effect_with(index, |_| {
        if crate::platform::focus_is_inside(".timeline") {
            crate::platform::focus("#event-card");
        }
    });
    let step = |how| {
        props
            .dispatch
            .reform(move |_: MouseEvent| Action::Move(how))
    };
    // Empty until the events' own texts have arrived (`i18n-LANG-texts.txt`), and for an
    // event that has none.
    let text = if props.texts_here {
        i18n::event_text(lang, event)
    } else {
        ""
    };
    html! {
        <section class="event-card" id="event-card" tabindex="-1" aria-labelledby="event-card-title" {onkeydown}>
            <p class="event-meta">
                <time datetime={event.date.to_string()}>{ format_date(lang, event.date) }</time>
                <span>{ props.lane.clone() }</span>
                <span>{ i18n::event_kind(lang, event.kind) }</span>
            </p>
            <h3 id="event-card-title">{ i18n::event_title(lang, event) }</h3>
            if event.treaty == crate::model::TreatyId::Other {
                <p class="other-treaty-note">{ tr(lang, Msg::OtherTreaty) }</p>
            }
            if !text.is_empty() { <p>{ text }</p> }
            if let Some(votes) = &event.votes {
                { tally_bar(lang, *votes) }
            }
            { disagreements(lang, event) }
            <p class="event-sources">
                if props.texts_here {
                    { tr(lang, Msg::Sources) }{ ": " }{ source_links(lang, crate::data::event_sources(event)) }{ ". " }
                }
                { tr(lang, Msg::Confidence) }{ ": " }{ i18n::confidence(lang, event.confidence) }
            </p>
            <div class="card-actions">
                <button type="button" onclick={step(crate::model::timeline::Move::Earlier)}>{ "← " }{ tr(lang, Msg::PreviousEvent) }</button>
                <button type="button" onclick={step(crate::model::timeline::Move::Later)}>{ tr(lang, Msg::NextEvent) }{ " →" }</button>
                <button type="button" onclick={Callback::from(move |_| close())}>{ tr(lang, Msg::CloseCard) }</button>
            </div>
        </section>
    }
}

/// For / against / abstained / absent as one bar, with the votes needed drawn as a line. The
/// summary sentence above it says the same in words. A function, not a component: it changes
/// only with the card, and a component costs its own lifecycle code in the wasm.
fn tally_bar(lang: Lang, v: Votes) -> Html {
    let absent = v.absent.unwrap_or(0);
    let counted = u32::from(v.yes) + u32::from(v.no) + u32::from(v.abstain) + u32::from(absent);
    let total = f64::from(v.seats.map_or(counted, u32::from).max(counted).max(1));
    let width = 300.0;
    let mut x = 0.0;
    let segments = [
        (v.yes, "for", Msg::VotesFor),
        (v.no, "against", Msg::VotesAgainst),
        (v.abstain, "abstain", Msg::VotesAbstain),
        (absent, "absent", Msg::VotesAbsent),
    ];
    let bars = segments
        .iter()
        .filter(|(n, ..)| *n > 0)
        .map(|&(n, class, msg)| {
            let w = f64::from(n) / total * width;
            let rect = html! {
                <rect class={format!("tally-{class}")} x={fmt(x)} y="0" width={fmt(w)} height="20">
                    <title>{ format!("{n} {}", tr(lang, msg)) }</title>
                </rect>
            };
            x += w;
            rect
        });
    let threshold = v.required.map(|r| {
        let tx = f64::from(r) / total * width;
        html! {
            <g class="tally-threshold">
                <line x1={fmt(tx)} x2={fmt(tx)} y1="-4" y2="24" />
                <text x={fmt(tx)} y="36" text-anchor="middle">{ format!("{r} {}", tr(lang, Msg::ThresholdLabel)) }</text>
            </g>
        }
    });
    html! {
        <figure class="tally">
            <p class="event-votes">{ i18n::votes_summary(lang, &v) }</p>
            <svg viewBox="0 -6 300 46" width="300" height="46" role="img" aria-label={format!("{}: {}", tr(lang, Msg::VoteTally), i18n::votes_summary(lang, &v))}>
                <rect class="tally-track" x="0" y="0" width="300" height="20" />
                { for bars }
                { for threshold }
            </svg>
        </figure>
    }
}
