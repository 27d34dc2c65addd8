//! The timeline's layout: which lane and mark each event gets, which glyphs are visible at a
//! zoom (events on the same day stack; events too close to tell apart become a cluster), and
//! how the keyboard moves between events.

use super::record::{Event, EventKind};
pub use super::story::{story_range, year_groups, YearGroup};
use super::timescale::{between, Scale, ViewRange, MIN_SPAN_DAYS, PLOT_LEFT, PLOT_RIGHT};

/// Glyphs closer than this (chart units) are drawn as one cluster.
pub const CLUSTER_GAP: f64 = 18.0;
/// A day stack shows at most this many glyphs; a busier day is a cluster.
pub const MAX_STACK: usize = 3;

/// The kind of mark an event is drawn with: shape and colour both encode it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Mark {
    Joining,
    InForce,
    Announcement,
    Declaration,
    Vote,
    Deposit,
    Effective,
    Report,
    Forecast,
    /// A coup, or the organisation's suspension or sanctions (or their lifting).
    Crisis,
}

impl Mark {
    pub const ALL: [Mark; 10] = [
        Mark::Joining,
        Mark::InForce,
        Mark::Announcement,
        Mark::Declaration,
        Mark::Crisis,
        Mark::Vote,
        Mark::Deposit,
        Mark::Effective,
        Mark::Report,
        Mark::Forecast,
    ];

    pub fn of(kind: EventKind) -> Mark {
        match kind {
            EventKind::Adoption
            | EventKind::OpeningForSignature
            | EventKind::Signature
            | EventKind::Ratification
            | EventKind::Accession => Mark::Joining,
            EventKind::EntryIntoForce => Mark::InForce,
            EventKind::Announcement
            | EventKind::GovernmentDecision
            | EventKind::Promulgation
            | EventKind::Denunciation => Mark::Announcement,
            EventKind::Declaration => Mark::Declaration,
            EventKind::ParliamentVote => Mark::Vote,
            EventKind::Deposit => Mark::Deposit,
            EventKind::Effective => Mark::Effective,
            EventKind::Report => Mark::Report,
            EventKind::ForecastMilestone => Mark::Forecast,
            EventKind::Coup
            | EventKind::Suspension
            | EventKind::Sanctions
            | EventKind::SanctionsLifted => Mark::Crisis,
            EventKind::Summit => Mark::Declaration,
        }
    }

    /// The short name used in links and CSS classes.
    pub fn id(self) -> &'static str {
        match self {
            Mark::Joining => "join",
            Mark::InForce => "force",
            Mark::Announcement => "announce",
            Mark::Declaration => "declare",
            Mark::Vote => "vote",
            Mark::Deposit => "deposit",
            Mark::Effective => "effective",
            Mark::Report => "report",
            Mark::Forecast => "forecast",
            Mark::Crisis => "crisis",
        }
    }

    pub fn from_id(id: &str) -> Option<Mark> {
        Mark::ALL.into_iter().find(|mark| mark.id() == id)
    }

    pub fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// The lanes, top to bottom: the Convention, then the subject states in data order.
/// `None` is the Convention's lane.
pub type Lane = Option<&'static str>;

/// The lane an event sits in: its state's, if that state has a lane, else the Convention's.
pub fn lane_index(lanes: &[Lane], event: &Event) -> usize {
    event
        .country
        .and_then(|code| lanes.iter().position(|lane| *lane == Some(code)))
        .unwrap_or(0)
}

/// What the reader has filtered out: one bit per lane and per mark (the bits are private, so
/// every reader and writer of a filter goes through the methods below).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Filters {
    hidden_lanes: u16,
    hidden_marks: u16,
}

impl Filters {
    /// Filters from their bits (lane `i` is bit `i`, a mark is `Mark::bit`).
    pub fn from_bits(hidden_lanes: u16, hidden_marks: u16) -> Filters {
        Filters {
            hidden_lanes,
            hidden_marks,
        }
    }

    pub fn shows(self, lanes: &[Lane], event: &Event) -> bool {
        !self.hides_lane(lane_index(lanes, event)) && !self.hides_mark(Mark::of(event.kind))
    }

    /// Whether any lane or kind is hidden (the filters then open, so the reader sees why).
    pub fn hides_any(self) -> bool {
        self.hidden_lanes != 0 || self.hidden_marks != 0
    }

    pub fn hides_lane(self, lane: usize) -> bool {
        lane < 16 && self.hidden_lanes & (1 << lane) != 0
    }

    pub fn hides_mark(self, mark: Mark) -> bool {
        self.hidden_marks & mark.bit() != 0
    }

    /// Shows a hidden lane, or hides a shown one (lanes past the sixteenth cannot be hidden).
    pub fn toggle_lane(&mut self, lane: usize) {
        if lane < 16 {
            self.hidden_lanes ^= 1 << lane;
        }
    }

    pub fn toggle_mark(&mut self, mark: Mark) {
        self.hidden_marks ^= mark.bit();
    }

    pub fn hide_lane(&mut self, lane: usize) {
        if lane < 16 {
            self.hidden_lanes |= 1 << lane;
        }
    }

    pub fn hide_mark(&mut self, mark: Mark) {
        self.hidden_marks |= mark.bit();
    }

    /// How many of `events` lane `lane` would show under the mark filters (its checkbox's
    /// count, which follows the other filters as the reader filters).
    pub fn count_in_lane(self, lanes: &[Lane], events: &[Event], lane: usize) -> usize {
        events
            .iter()
            .filter(|e| lane_index(lanes, e) == lane && !self.hides_mark(Mark::of(e.kind)))
            .count()
    }

    /// How many of `events` of `mark` the lane filters would show.
    pub fn count_of_mark(self, lanes: &[Lane], events: &[Event], mark: Mark) -> usize {
        events
            .iter()
            .filter(|e| Mark::of(e.kind) == mark && !self.hides_lane(lane_index(lanes, e)))
            .count()
    }
}

/// A drawn glyph: one event (possibly stacked with others of its day) or a cluster.
#[derive(Clone, PartialEq, Debug)]
pub enum Glyph {
    Event {
        index: usize,
        lane: usize,
        x: f64,
        stack: usize,
    },
    Cluster {
        lane: usize,
        x: f64,
        count: usize,
        first_day: f64,
        last_day: f64,
    },
}

/// The one marker that Tab reaches: the focused event if it is drawn, else the first drawn.
pub fn tab_stop(glyphs: &[Glyph], focused: Option<usize>) -> Option<usize> {
    let drawn = || {
        glyphs.iter().filter_map(|g| match g {
            Glyph::Event { index, .. } => Some(*index),
            Glyph::Cluster { .. } => None,
        })
    };
    focused
        .filter(|f| drawn().any(|index| index == *f))
        .or_else(|| drawn().next())
}

/// The glyphs to draw for `events` (sorted by date) at `scale`: only what is inside the range,
/// stacked by day and clustered where glyphs would overlap. `shown` picks the filtered events.
pub fn layout(
    events: &[Event],
    lanes: &[Lane],
    scale: Scale,
    shown: impl Fn(&Event) -> bool,
) -> Vec<Glyph> {
    let margin = CLUSTER_GAP / scale.pixels_per_day();
    let (from, to) = visible_slice(events, scale.range.start - margin, scale.range.end + margin);
    // Per lane: runs of glyph positions, each run becoming a stack or a cluster.
    let mut runs: Vec<Vec<(usize, f64)>> = vec![Vec::new(); lanes.len()];
    let mut glyphs = Vec::new();
    for (index, event) in events.iter().enumerate().take(to).skip(from) {
        if !shown(event) {
            continue;
        }
        let lane = lane_index(lanes, event);
        let day = event.date.days_since_epoch() as f64;
        // Glyphs closer than the gap to the previous one join its run (a chain), so that no
        // two drawn glyphs overlap.
        let run = &mut runs[lane];
        if let Some(&(_, last_day)) = run.last() {
            if (day - last_day) * scale.pixels_per_day() >= CLUSTER_GAP {
                flush(run, lane, events, scale, &mut glyphs);
            }
        }
        runs[lane].push((index, day));
    }
    for (lane, run) in runs.iter_mut().enumerate() {
        flush(run, lane, events, scale, &mut glyphs);
    }
    glyphs
}

fn flush(
    run: &mut Vec<(usize, f64)>,
    lane: usize,
    events: &[Event],
    scale: Scale,
    out: &mut Vec<Glyph>,
) {
    let (Some(&(_, first_day)), Some(&(_, last_day))) = (run.first(), run.last()) else {
        return;
    };
    let one_day = first_day == last_day;
    if run.len() == 1 || (one_day && run.len() <= MAX_STACK) {
        out.extend(
            run.iter()
                .enumerate()
                .map(|(stack, &(index, day))| Glyph::Event {
                    index,
                    lane,
                    x: scale.x(day),
                    stack,
                }),
        );
    } else {
        let x = between(scale.x((first_day + last_day) / 2.0), PLOT_LEFT, PLOT_RIGHT);
        out.push(Glyph::Cluster {
            lane,
            x,
            count: run.len(),
            first_day,
            last_day,
        });
    }
    debug_assert!(run.iter().all(|&(i, _)| i < events.len()));
    run.clear();
}

/// The index range of `events` (sorted by date) whose day lies in `[start, end]`.
pub fn visible_slice(events: &[Event], start: f64, end: f64) -> (usize, usize) {
    let day = |e: &Event| e.date.days_since_epoch() as f64;
    (
        events.partition_point(|e| day(e) < start),
        events.partition_point(|e| day(e) <= end),
    )
}

/// A keyboard move between events.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Move {
    Earlier,
    Later,
    LaneUp,
    LaneDown,
    First,
    Last,
}

/// The event a move lands on, among the shown ones; `None` if there is nowhere to go.
pub fn step(
    events: &[Event],
    lanes: &[Lane],
    shown: impl Fn(&Event) -> bool,
    from: Option<usize>,
    how: Move,
) -> Option<usize> {
    let shown_indices: Vec<usize> = (0..events.len()).filter(|&i| shown(&events[i])).collect();
    let Some(current) = from.filter(|i| shown_indices.contains(i)) else {
        return match how {
            Move::Last => shown_indices.last().copied(),
            _ => shown_indices.first().copied(),
        };
    };
    let position = shown_indices.iter().position(|&i| i == current)?;
    match how {
        Move::Earlier => position.checked_sub(1).map(|p| shown_indices[p]),
        Move::Later => shown_indices.get(position + 1).copied(),
        Move::First => shown_indices.first().copied(),
        Move::Last => shown_indices.last().copied(),
        Move::LaneUp | Move::LaneDown => {
            let lane = lane_index(lanes, &events[current]);
            let day = events[current].date.days_since_epoch();
            let lanes_in_order: Vec<usize> = if how == Move::LaneUp {
                (0..lane).rev().collect()
            } else {
                (lane + 1..lanes.len()).collect()
            };
            lanes_in_order.into_iter().find_map(|target| {
                shown_indices
                    .iter()
                    .copied()
                    .filter(|&i| lane_index(lanes, &events[i]) == target)
                    .min_by_key(|&i| (events[i].date.days_since_epoch() - day).abs())
            })
        }
    }
}

/// A range in which the event at `index` is visible and not part of a cluster: the current one
/// if it already is, else one centred on it and zoomed in just enough.
pub fn reveal(
    events: &[Event],
    lanes: &[Lane],
    shown: impl Fn(&Event) -> bool,
    index: usize,
    range: ViewRange,
    bounds: ViewRange,
) -> ViewRange {
    let lane = lane_index(lanes, &events[index]);
    let day = events[index].date.days_since_epoch() as f64;
    // The nearest other day with a shown event in the same lane.
    let nearest = events
        .iter()
        .filter(|e| shown(e) && lane_index(lanes, e) == lane)
        .map(|e| (e.date.days_since_epoch() as f64 - day).abs())
        .filter(|&gap| gap > 0.0)
        .fold(f64::INFINITY, f64::min);
    let widest_clear_span = (PLOT_RIGHT - PLOT_LEFT) * nearest / (CLUSTER_GAP * 1.5);
    let inside = day > range.start + range.span() * 0.02 && day < range.end - range.span() * 0.02;
    if inside && range.span() <= widest_clear_span {
        return range;
    }
    let span = range.span().min(widest_clear_span).max(MIN_SPAN_DAYS);
    range.centred_on(day, span, bounds)
}
