//! The story's span in the data: the range the timeline opens on (from the first public step
//! towards withdrawal to the last taking effect) and, on phones, the years it covers, open,
//! with the quiet years between folded. Used through `timeline`.

use super::record::{Event, EventKind, TreatyId};
use super::timescale::ViewRange;
use super::Date;

/// The steps of a withdrawal that a story's default view should hold: from the first public
/// move towards leaving to the day it takes effect.
const WITHDRAWAL_STEPS: [EventKind; 8] = [
    EventKind::Announcement,
    EventKind::Declaration,
    EventKind::GovernmentDecision,
    EventKind::ParliamentVote,
    EventKind::Promulgation,
    EventKind::Denunciation,
    EventKind::Deposit,
    EventKind::Effective,
];

/// The range a timeline opens on: every withdrawal step of the states in `withdrawing` on the
/// story's `treaty`, from the first to the last, with a margin on each side (5 % of the span,
/// at least a fortnight) in whole days, so that a link can name it exactly. `None` when the
/// data has no such step (the timeline then opens on everything).
pub fn story_range(events: &[Event], treaty: TreatyId, withdrawing: &[&str]) -> Option<ViewRange> {
    let mut days = events
        .iter()
        .filter(|e| {
            e.treaty == treaty
                && WITHDRAWAL_STEPS.contains(&e.kind)
                && e.country.is_some_and(|c| withdrawing.contains(&c))
        })
        .map(|e| e.date.days_since_epoch() as f64);
    let first = days.next()?;
    let (first, last) = days.fold((first, first), |(lo, hi), d| (lo.min(d), hi.max(d)));
    let margin = ((last - first) * 0.05).ceil().max(14.0);
    Some(ViewRange {
        start: first - margin,
        end: last + margin,
    })
}

/// A run of years in the vertical timeline (phones): one year the story spans, shown open, or
/// the quiet years between, merged into one group shown folded.
#[derive(Clone, Debug, PartialEq)]
pub struct YearGroup {
    pub first_year: i32,
    pub last_year: i32,
    /// Outside the story's span: folded until the reader opens it.
    pub quiet: bool,
    /// The events' indices, in date order.
    pub events: Vec<usize>,
}

/// Groups the shown events (index and date, in date order) by year: each year that `story`
/// touches is a group of its own; consecutive years outside it merge into one quiet group.
/// Years without a shown event have no group. Without a story span every year is its own
/// open group.
pub fn year_groups(
    shown: impl IntoIterator<Item = (usize, Date)>,
    story: Option<ViewRange>,
) -> Vec<YearGroup> {
    let story_years = story.map(|range| {
        let year = |days: f64| Date::from_days_since_epoch(days.floor() as i64).year();
        (year(range.start), year(range.end))
    });
    let in_story =
        |year: i32| story_years.is_none_or(|(first, last)| (first..=last).contains(&year));
    let mut groups: Vec<YearGroup> = Vec::new();
    for (index, date) in shown {
        let year = date.year();
        let quiet = !in_story(year);
        match groups.last_mut() {
            Some(group) if group.last_year == year || (quiet && group.quiet) => {
                group.last_year = year;
                group.events.push(index);
            }
            _ => groups.push(YearGroup {
                first_year: year,
                last_year: year,
                quiet,
                events: vec![index],
            }),
        }
    }
    groups
}
