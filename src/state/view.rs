//! `ViewState` and the actions that change it. `apply` is pure and tested natively.

use super::scenario::{date_bounds, ScenarioView};
use crate::data::{COUNTRIES, EVENTS, SCENARIOS, TREATY};
use crate::i18n::Lang;
use crate::model::timeline::{self, Filters, Lane, Mark, Move};
use crate::model::timescale::ViewRange;
use crate::model::{Date, Event, Withdrawal};

/// What the reader sees. Everything but `focused`, `notice` and `today` is in the URL.
#[derive(Clone, PartialEq, Debug)]
pub struct ViewState {
    /// The visible range; `None` shows everything.
    pub range: Option<ViewRange>,
    /// The event whose card is open.
    pub selected: Option<usize>,
    /// The event that holds the timeline's single tab stop.
    pub focused: Option<usize>,
    pub filters: Filters,
    /// Show the events as a list instead of the chart.
    pub list_view: bool,
    pub notice: Option<Notice>,
    /// Embed mode: no page chrome (the host page has its own), heights posted to the parent.
    pub embed: bool,
    /// Show only this section (for embeds); `None` shows them all.
    pub section: Option<Section>,
    pub lang: Lang,
    /// The reader's own language (the browser's preference, else English): the language when
    /// a link names none. Set by the platform at start, like `today`; not in the URL.
    pub preferred_lang: Lang,
    /// A theme forced by the link (for an embed on a dark page); `None` follows the reader.
    pub theme: Option<Theme>,
    /// The scenario explorer: preset, what-ifs and the chosen day.
    pub scenario: ScenarioView,
    /// Today, for the "today" line and the default range; set by the platform at start.
    pub today: Date,
}

/// The page's sections, each of which can be embedded alone.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Section {
    Timeline,
    Scenario,
    Forecast,
    Sources,
}

impl Section {
    /// Whether this section is on a page that shows `only` (all, when `None`).
    pub fn is_shown(self, only: Option<Section>) -> bool {
        only.is_none_or(|only| only == self)
    }

    pub const ALL: [Section; 4] = [
        Section::Timeline,
        Section::Scenario,
        Section::Forecast,
        Section::Sources,
    ];

    /// The name used in links (`section=timeline`).
    pub fn id(self) -> &'static str {
        match self {
            Section::Timeline => "timeline",
            Section::Scenario => "scenario",
            Section::Forecast => "forecast",
            Section::Sources => "sources",
        }
    }

    pub fn from_id(id: &str) -> Option<Section> {
        Section::in_story().find(|s| s.id() == id)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_id(id: &str) -> Option<Theme> {
        [Theme::Light, Theme::Dark]
            .into_iter()
            .find(|t| t.id() == id)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Notice {
    /// Part of the link could not be read; the default was used for it.
    LinkPartlyUnreadable,
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Action {
    /// Zoom by `factor` (> 1 zooms in) about a fraction of the plot's width.
    Zoom {
        factor: f64,
        anchor: f64,
    },
    /// Pan by a fraction of the visible span (positive: later).
    Pan(f64),
    SetRange(ViewRange),
    FitAll,
    /// Show whole calendar years, from the first to the last (inclusive).
    ShowYears(i32, i32),
    /// Zoom in on a cluster's days.
    ZoomTo {
        first_day: f64,
        last_day: f64,
    },
    Select(usize),
    CloseCard,
    /// Move the keyboard focus (and an open card) to another event, revealing it.
    Move(Move),
    Focus(usize),
    ToggleLane(usize),
    ToggleMark(Mark),
    SetListView(bool),
    DismissNotice,
    /// Start again from a scenario preset (an index into `SCENARIOS`), dropping what-ifs.
    ChoosePreset(usize),
    /// A what-if: what one state does.
    Assume {
        code: &'static str,
        withdrawal: Option<Withdrawal>,
    },
    /// The scenario's day; clamped to the slider's span.
    SetScenarioDate(Date),
    /// One step of "play": so many days on, or (with reduced motion) to the next day on which
    /// something changes.
    PlayStep(PlayStep),
    SetLang(Lang),
    /// Force a theme, or follow the reader's setting (`None`).
    SetTheme(Option<Theme>),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PlayStep {
    Days(i32),
    NextChange,
}

impl ViewState {
    pub fn new(today: Date) -> ViewState {
        ViewState {
            range: None,
            selected: None,
            focused: None,
            filters: Filters::default(),
            list_view: false,
            notice: None,
            embed: false,
            section: None,
            lang: Lang::default(),
            preferred_lang: Lang::default(),
            theme: None,
            scenario: ScenarioView::default(),
            today,
        }
    }

    /// The whole span of the data and today, with a margin: "fit all".
    pub fn bounds(&self) -> ViewRange {
        let first = EVENTS.first().map_or(self.today, |e| e.date);
        let last = EVENTS.last().map_or(self.today, |e| e.date).max(self.today);
        let ViewRange { start, end } = ViewRange::from_dates(first, last);
        // Whole days, so that a link (which records days) can describe any range exactly.
        let margin = ((end - start) * 0.03).ceil() + 1.0;
        ViewRange {
            start: start - margin,
            end: end + margin,
        }
    }

    /// The range the timeline opens on (and "Reset zoom" returns to): the withdrawals, from
    /// the first public move to the last taking effect, computed from the data; everything if
    /// the data has none.
    pub fn default_range(&self) -> ViewRange {
        let bounds = self.bounds();
        story_range().map_or(bounds, |story| story.within(bounds))
    }

    pub fn visible_range(&self) -> ViewRange {
        self.range.unwrap_or_else(|| self.default_range())
    }

    /// Whether this section is on the page (all are, unless a link asks for one alone).
    pub fn shows_section(&self, section: Section) -> bool {
        section.is_shown(self.section)
    }

    /// The day the scenario explorer shows.
    pub fn scenario_date(&self) -> Date {
        self.scenario.date.unwrap_or(self.today)
    }

    pub fn shows(&self, event: &Event) -> bool {
        self.filters.shows(lanes(), event)
    }

    /// The part of the state the timeline draws.
    pub fn timeline_view(&self) -> TimelineView {
        TimelineView {
            range: self.visible_range(),
            bounds: self.bounds(),
            selected: self.selected,
            filters: self.filters,
            list_view: self.list_view,
            notice: self.notice,
            today: self.today,
        }
    }
}

/// What the timeline draws from: the scenario, the language and the theme do not redraw it,
/// nor the keyboard's focus (a focus move in the range moves the tab stop in the page; the chart
/// reads the focus from the store when something else redraws it).
#[derive(Clone, PartialEq, Debug)]
pub struct TimelineView {
    /// The visible range (the whole span when the reader has not zoomed).
    pub range: ViewRange,
    /// The furthest a zoom or pan may go.
    pub bounds: ViewRange,
    pub selected: Option<usize>,
    pub filters: Filters,
    pub list_view: bool,
    pub notice: Option<Notice>,
    pub today: Date,
}

impl TimelineView {
    pub fn shows(&self, event: &Event) -> bool {
        self.filters.shows(lanes(), event)
    }
}

/// The timeline's lanes: the Convention, then every state that has an event, in the order of
/// countries.toml (the six subject states, then Belarus and Russia, whose acts and reactions
/// are events too). Derived from the data, so an event is always drawn in its own state's lane.
pub fn lanes() -> &'static [Lane] {
    static LANES: std::sync::OnceLock<Vec<Lane>> = std::sync::OnceLock::new();
    LANES.get_or_init(|| {
        std::iter::once(None)
            .chain(
                COUNTRIES
                    .iter()
                    .filter(|c| EVENTS.iter().any(|e| e.country == Some(c.code)))
                    .map(|c| Some(c.code)),
            )
            .collect()
    })
}

/// The lane an event is drawn in, which is also the one its marker and card announce.
pub fn lane_of(event: &Event) -> Lane {
    lanes()[timeline::lane_index(lanes(), event)]
}

/// A scenario day within the slider's span; `None` when it is today (the default).
fn clamp_scenario_date(state: &ViewState, date: Date) -> Option<Date> {
    let (first, last) = date_bounds(state.today);
    Some(date.max(first).min(last)).filter(|&d| d != state.today)
}

/// Where a zoom or a pan moves `range`; `None` for every other action. The one rule both for
/// `apply` and for a gesture in progress, which moves the chart's marks before the state.
pub fn gesture_range(range: ViewRange, bounds: ViewRange, action: &Action) -> Option<ViewRange> {
    match *action {
        Action::Zoom { factor, anchor } => Some(range.zoom(factor, anchor, bounds)),
        Action::Pan(fraction) => Some(range.pan(fraction, bounds)),
        _ => None,
    }
}

/// The shown events by year, for the vertical timeline on phones (`timeline::year_groups`).
pub fn year_groups(filters: Filters) -> Vec<timeline::YearGroup> {
    let shown = EVENTS
        .iter()
        .enumerate()
        .filter(|(_, event)| filters.shows(lanes(), event))
        .map(|(index, event)| (index, event.date));
    timeline::year_groups(shown, story_range())
}

/// The withdrawals' span in the data (`timeline::story_range`), found once.
fn story_range() -> Option<ViewRange> {
    static RANGE: std::sync::OnceLock<Option<ViewRange>> = std::sync::OnceLock::new();
    *RANGE.get_or_init(|| {
        let withdrawing: Vec<&str> = COUNTRIES
            .iter()
            .filter(|c| c.withdrawal.is_some())
            .map(|c| c.code)
            .collect();
        timeline::story_range(EVENTS, crate::model::TreatyId::Main, &withdrawing)
    })
}

pub fn apply(state: &ViewState, action: Action) -> ViewState {
    let mut next = state.clone();
    let bounds = state.bounds();
    let range = state.visible_range();
    let shown = |e: &Event| state.shows(e);
    let reveal = |index| timeline::reveal(EVENTS, lanes(), shown, index, range, bounds);
    match action {
        Action::Zoom { .. } | Action::Pan(_) => next.range = gesture_range(range, bounds, &action),
        Action::SetRange(new) => next.range = Some(new.within(bounds)),
        Action::FitAll => next.range = None,
        Action::ShowYears(from, to) => {
            let (Some(first), Some(last)) = (Date::new(from, 1, 1), Date::new(to, 12, 31)) else {
                return next;
            };
            next.range = Some(ViewRange::from_dates(first, last.add_days(1)).within(bounds));
        }
        Action::ZoomTo {
            first_day,
            last_day,
        } => {
            let pad = ((last_day - first_day) * 0.15).max(2.0);
            next.range = Some(
                ViewRange {
                    start: first_day - pad,
                    end: last_day + pad,
                }
                .within(bounds),
            );
        }
        Action::Select(index) if index < EVENTS.len() => {
            next.selected = Some(index);
            next.focused = Some(index);
            next.range = Some(reveal(index));
        }
        Action::Select(_) => {}
        Action::CloseCard => next.selected = None,
        Action::Move(how) => {
            if let Some(index) = timeline::step(
                EVENTS,
                lanes(),
                shown,
                state.focused.or(state.selected),
                how,
            ) {
                next.focused = Some(index);
                if state.selected.is_some() {
                    next.selected = Some(index);
                }
                next.range = Some(reveal(index));
            }
        }
        Action::Focus(index) => next.focused = Some(index).filter(|&i| i < EVENTS.len()),
        Action::ToggleLane(lane) if lane < lanes().len() => next.filters.toggle_lane(lane),
        Action::ToggleLane(_) => {}
        Action::ToggleMark(mark) => next.filters.toggle_mark(mark),
        Action::SetListView(on) => next.list_view = on,
        Action::DismissNotice => next.notice = None,
        Action::SetLang(lang) => next.lang = lang,
        Action::SetTheme(theme) => next.theme = theme,
        Action::ChoosePreset(preset) if preset < SCENARIOS.len() => {
            next.scenario = ScenarioView {
                date: state.scenario.date,
                ..ScenarioView::from_preset(preset)
            };
        }
        Action::ChoosePreset(_) => {}
        Action::Assume { code, withdrawal } => next.scenario.scenario.set(code, withdrawal),
        Action::SetScenarioDate(date) => next.scenario.date = clamp_scenario_date(state, date),
        Action::PlayStep(step) => {
            let now = state.scenario_date();
            let (_, last) = date_bounds(state.today);
            let to = match step {
                PlayStep::Days(days) => now.add_days(i64::from(days)),
                PlayStep::NextChange => state
                    .scenario
                    .scenario
                    .key_dates(&TREATY, COUNTRIES)
                    .into_iter()
                    .find(|&day| day > now)
                    .unwrap_or(last),
            };
            next.scenario.date = clamp_scenario_date(state, to);
        }
    }
    // A card or focus on an event the filters now hide would be invisible: drop it.
    if next.selected.is_some_and(|i| !next.shows(&EVENTS[i])) {
        next.selected = None;
    }
    if next.focused.is_some_and(|i| !next.shows(&EVENTS[i])) {
        next.focused = None;
    }
    next
}
