//! The timeline's model and view state: layout, keyboard moves, reveal, actions and links.

use ottawa_explorer::data::EVENTS;
use ottawa_explorer::model::timeline::{layout, step, Filters, Glyph, Mark, Move, CLUSTER_GAP};
use ottawa_explorer::model::timescale::{Scale, ViewRange, MIN_SPAN_DAYS};
use ottawa_explorer::model::Date;
use ottawa_explorer::state::url::{from_fragment, to_fragment};
use ottawa_explorer::state::view::lanes;
use ottawa_explorer::state::{apply, Action, Notice, Section, Theme, ViewState};
use proptest::prelude::*;

pub(crate) fn d(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn index_of(id: &str) -> usize {
    EVENTS
        .iter()
        .position(|e| e.id == id)
        .unwrap_or_else(|| panic!("no event {id}"))
}

pub(crate) fn today() -> ViewState {
    ViewState::new(d("2026-11-26"))
}

#[test]
fn glyphs_never_overlap_in_a_lane() {
    for range in [
        ("1996-01-01", "2027-12-31"),
        ("2025-01-01", "2026-01-01"),
        ("2025-06-20", "2025-07-05"),
    ] {
        let scale = Scale {
            range: ViewRange::from_dates(d(range.0), d(range.1)),
        };
        let glyphs = layout(EVENTS, lanes(), scale, |_| true);
        let mut by_lane: Vec<Vec<f64>> = vec![Vec::new(); lanes().len()];
        for glyph in &glyphs {
            match *glyph {
                Glyph::Event {
                    lane, x, stack: 0, ..
                }
                | Glyph::Cluster { lane, x, .. } => by_lane[lane].push(x),
                Glyph::Event { .. } => {}
            }
        }
        for xs in by_lane {
            for pair in xs.windows(2) {
                assert!(
                    pair[1] - pair[0] >= CLUSTER_GAP * 0.5,
                    "{range:?}: glyphs at {pair:?}"
                );
            }
        }
        let drawn: usize = glyphs
            .iter()
            .map(|g| match g {
                Glyph::Event { .. } => 1,
                Glyph::Cluster { count, .. } => *count,
            })
            .sum();
        let inside = EVENTS
            .iter()
            .filter(|e| scale.range.contains(e.date.days_since_epoch() as f64))
            .count();
        assert!(
            drawn >= inside,
            "{range:?}: every visible event is drawn or counted in a cluster"
        );
    }
}

#[test]
fn the_whole_span_clusters_the_2025_events_and_a_day_view_separates_them() {
    let whole = Scale {
        range: ViewRange::from_dates(d("1996-01-01"), d("2027-12-31")),
    };
    let glyphs = layout(EVENTS, lanes(), whole, |_| true);
    assert!(glyphs
        .iter()
        .any(|g| matches!(g, Glyph::Cluster { count, .. } if *count >= 3)));
    let june = Scale {
        range: ViewRange::from_dates(d("2025-06-24"), d("2025-07-01")),
    };
    let glyphs = layout(EVENTS, lanes(), june, |_| true);
    assert!(
        glyphs.iter().all(|g| matches!(g, Glyph::Event { .. })),
        "{glyphs:?}"
    );
    assert!(glyphs
        .iter()
        .any(|g| matches!(g, Glyph::Event { index, .. } if EVENTS[*index].id == "lt-deposit")));
}

#[test]
fn arrow_keys_walk_time_and_lanes() {
    let all = |_: &ottawa_explorer::model::Event| true;
    let vote = index_of("lt-seimas-vote");
    let later = step(EVENTS, lanes(), all, Some(vote), Move::Later).unwrap();
    assert!(EVENTS[later].date >= EVENTS[vote].date);
    assert_eq!(
        step(EVENTS, lanes(), all, Some(vote), Move::Earlier)
            .map(|i| EVENTS[i].date <= EVENTS[vote].date),
        Some(true)
    );
    // Down from Lithuania is Latvia, at the nearest date: its Saeima vote of 16 April 2025
    // (the cabinet's 25 March is further away, Latvia's president signed on 23 April).
    let down = step(EVENTS, lanes(), all, Some(vote), Move::LaneDown).unwrap();
    assert_eq!(EVENTS[down].country, Some("LV"));
    assert_eq!(step(EVENTS, lanes(), all, None, Move::First), Some(0));
    assert_eq!(
        step(EVENTS, lanes(), all, Some(0), Move::Last),
        Some(EVENTS.len() - 1)
    );
    assert_eq!(step(EVENTS, lanes(), all, Some(0), Move::Earlier), None);
}

#[test]
fn selecting_an_event_reveals_it_unclustered() {
    let state = apply(&today(), Action::Select(index_of("lt-seimas-vote")));
    let range = state.visible_range();
    assert!(range.contains(d("2025-05-08").days_since_epoch() as f64));
    let glyphs = layout(EVENTS, lanes(), Scale { range }, |_| true);
    assert!(glyphs
        .iter()
        .any(|g| matches!(g, Glyph::Event { index, .. } if EVENTS[*index].id == "lt-seimas-vote")));
}

#[test]
fn filters_hide_lanes_and_marks_and_close_a_hidden_card() {
    let vote = index_of("lt-seimas-vote");
    let state = apply(&today(), Action::Select(vote));
    let lithuania = lanes().iter().position(|l| *l == Some("LT")).unwrap();
    let hidden = apply(&state, Action::ToggleLane(lithuania));
    assert_eq!(hidden.selected, None);
    assert!(!hidden.shows(&EVENTS[vote]));
    let no_votes = apply(&today(), Action::ToggleMark(Mark::Vote));
    assert_eq!(
        EVENTS.iter().filter(|e| no_votes.shows(e)).count(),
        EVENTS.len() - 8
    );
    assert_eq!(
        apply(&no_votes, Action::ToggleMark(Mark::Vote)).filters,
        Filters::default()
    );
}

#[test]
fn zoom_has_limits() {
    let mut state = today();
    for _ in 0..200 {
        state = apply(
            &state,
            Action::Zoom {
                factor: 2.0,
                anchor: 0.5,
            },
        );
    }
    assert_eq!(state.visible_range().span(), MIN_SPAN_DAYS);
    for _ in 0..200 {
        state = apply(
            &state,
            Action::Zoom {
                factor: 0.5,
                anchor: 0.1,
            },
        );
    }
    assert_eq!(state.visible_range(), state.bounds());
}

#[test]
fn links_round_trip_and_describe_the_view() {
    let mut state = apply(&today(), Action::Select(index_of("lt-seimas-vote")));
    state = apply(
        &state,
        Action::SetRange(ViewRange::from_dates(d("2025-01-01"), d("2026-01-01"))),
    );
    state = apply(&state, Action::ToggleMark(Mark::Report));
    state = apply(&state, Action::ToggleLane(6));
    state = apply(&state, Action::SetListView(true));
    let fragment = to_fragment(&state);
    assert_eq!(
        fragment,
        "v=1&ev=lt-seimas-vote&from=2025-01-01&to=2026-01-01&off=UA.report&view=list"
    );
    assert_eq!(from_fragment(&fragment, &today()), state);
    assert_eq!(to_fragment(&today()), "", "the default view has a bare URL");
}

#[test]
fn bad_links_give_the_default_view_and_a_notice() {
    for bad in [
        "section=map&embed=yes",
        "theme=sepia",
        "off=LT..UA",
        "lang=xx",
        "ev=no-such-event",
        "from=2025-01-01",
        "from=2025-13-01&to=2026-01-01",
        "off=XX",
        "view=3d",
        "v=9",
        "from=2026-01-01&to=2025-01-01",
    ] {
        let state = from_fragment(bad, &today());
        assert_eq!(state.notice, Some(Notice::LinkPartlyUnreadable), "{bad}");
        assert_eq!(state.range, None, "{bad}");
    }
    let state = from_fragment("utm_source=x&ev=lt-deposit", &today());
    assert_eq!(state.notice, None, "unknown keys are ignored");
    assert_eq!(state.selected, Some(index_of("lt-deposit")));
}

pub(crate) fn any_state() -> impl Strategy<Value = ViewState> {
    (
        proptest::option::of(0..EVENTS.len()),
        proptest::option::of((0i64..11_000, 7i64..11_000)),
        0u16..(1 << 7),
        0u16..(1 << 9),
        any::<bool>(),
        (any::<bool>(), any::<bool>(), 0usize..3),
    )
        .prop_map(
            |(selected, range, lanes_off, marks_off, list_view, (embed, one_section, theme))| {
                let mut state = today();
                state.filters = Filters::from_bits(lanes_off, marks_off);
                state.list_view = list_view;
                state.embed = embed;
                state.section = one_section.then_some(Section::Timeline);
                state.theme = [None, Some(Theme::Light), Some(Theme::Dark)][theme];
                if let Some((start, span)) = range {
                    let start = d("1997-01-01").days_since_epoch() + start;
                    let range = ViewRange {
                        start: start as f64,
                        end: (start + span) as f64,
                    }
                    .within(state.bounds());
                    state.range = Some(ViewRange {
                        start: range.start.floor(),
                        end: range.end.ceil(),
                    });
                }
                if let Some(index) = selected.filter(|&i| state.shows(&EVENTS[i])) {
                    state.selected = Some(index);
                    state.focused = Some(index);
                    if state.range.is_none() {
                        state = apply(&state, Action::Select(index));
                        let range = state.visible_range();
                        state.range = Some(
                            ViewRange {
                                start: range.start.floor(),
                                end: range.end.ceil(),
                            }
                            .within(state.bounds()),
                        );
                    }
                }
                state
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn parse_after_serialise_is_the_identity(state in any_state()) {
        let fragment = to_fragment(&state);
        prop_assert_eq!(from_fragment(&fragment, &today()), state, "{}", fragment);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn parsing_never_panics(text in ".{0,120}", keys in "(v|ev|from|to|off|view|x)=[-a-zA-Z0-9.&=%<>\"']{0,30}") {
        for input in [text.as_str(), keys.as_str(), &format!("{keys}&{text}")] {
            let state = from_fragment(input, &today());
            prop_assert!(state.selected.is_none_or(|i| i < EVENTS.len()));
        }
    }
}

/// An event is drawn in its own state's lane and announced under it: Belarus's accession and
/// Russia's reactions once sat in the Convention's lane while their cards said "Belarus".
#[test]
fn every_event_is_drawn_in_its_own_states_lane() {
    use ottawa_explorer::state::view::lane_of;
    for event in EVENTS {
        assert_eq!(lane_of(event), event.country, "{}", event.id);
    }
}

/// The timeline opens on the withdrawals, computed from the data: from Finland's first signal
/// (30 November 2024) to Poland's withdrawal taking effect (20 February 2026), with a margin,
/// and not on everything since 1997. "Reset view" returns to it.
#[test]
fn the_timeline_opens_on_the_withdrawals() {
    let state = today();
    let (from, to) = state.visible_range().dates();
    assert!(from < d("2024-11-30") && from > d("2024-10-01"), "{from}");
    assert!(to > d("2026-02-20") && to < d("2026-04-30"), "{to}");
    assert_eq!(state.visible_range(), state.default_range());
    assert!(state.default_range().span() < state.bounds().span() / 5.0);
    let zoomed = apply(&state, Action::ShowYears(1997, 2026));
    assert_eq!(
        apply(&zoomed, Action::FitAll).visible_range(),
        state.default_range()
    );
    // The story's steps are markers of their own there, not clusters.
    let glyphs = layout(
        EVENTS,
        lanes(),
        Scale {
            range: state.default_range(),
        },
        |_| true,
    );
    for id in [
        "fi-stubb-signal",
        "lt-seimas-vote",
        "fi-deposit",
        "lt-effective",
    ] {
        let index = index_of(id);
        assert!(
            glyphs
                .iter()
                .any(|g| matches!(g, Glyph::Event { index: i, .. } if *i == index)),
            "{id} is a marker of its own"
        );
    }
}

/// The app takes the events' titles from the page's script-free list (`titles_in_index`): a
/// title comes back whole, escaped characters and all, and only the items' titles come back.
/// (That the list the prerenderer writes reads back as every title, it checks on each build.)
#[test]
fn the_page_s_list_of_events_gives_back_their_titles() {
    use ottawa_explorer::views::events::titles_in_index;
    let list = "<section><h3 id=\"events-heading\">Events</h3><ol class=\"event-list\">\
        <li id=\"event-a\" class=\"event\"><time datetime=\"1997-09-18\">18 Sept 1997</time> · \
        <span class=\"event-lane\">The Convention</span> · Adopted in Oslo</li>\
        <li id=\"event-b\" class=\"event\"><time datetime=\"2025-06-27\">27. 6. 2025</time> · \
        <span class=\"event-lane\">Suomi</span> · A &amp; B: &lt;Ottawa&gt; · \u{201c}&amp;lt;\u{201d}</li>\
        </ol></section>";
    assert_eq!(
        titles_in_index(list),
        ["Adopted in Oslo", "A & B: <Ottawa> · \u{201c}&lt;\u{201d}"]
    );
    assert!(titles_in_index("").is_empty());
}
