//! The vertical timeline on phones: the shown events grouped by year, the story's years open
//! and the quiet years folded (`model::timeline::year_groups`).

use ottawa_explorer::data::EVENTS;
use ottawa_explorer::model::timeline::Filters;
use ottawa_explorer::model::timescale::ViewRange;
use ottawa_explorer::model::Date;
use ottawa_explorer::state::view::lanes;
use proptest::prelude::*;

/// On phones the timeline runs down the page by year: the years the withdrawals span (2024 to
/// 2026) each open, the quiet years before them folded into one group, every event once.
#[test]
fn the_vertical_timeline_opens_the_story_years_and_folds_the_rest() {
    use ottawa_explorer::state::view::year_groups;
    let groups = year_groups(Filters::default());
    let spans: Vec<(i32, i32, bool)> = groups
        .iter()
        .map(|g| (g.first_year, g.last_year, g.quiet))
        .collect();
    assert_eq!(
        spans,
        [
            (1997, 2023, true),
            (2024, 2024, false),
            (2025, 2025, false),
            (2026, 2026, false)
        ]
    );
    let listed: Vec<usize> = groups.iter().flat_map(|g| g.events.clone()).collect();
    assert_eq!(listed, (0..EVENTS.len()).collect::<Vec<_>>());
    // A filter that hides every state's lane but one leaves only that state's years.
    let mut finland_only = Filters::default();
    for (lane, code) in lanes().iter().enumerate() {
        if *code != Some("FI") {
            finland_only.hide_lane(lane);
        }
    }
    let groups = year_groups(finland_only);
    assert!(groups
        .iter()
        .all(|g| g.events.iter().all(|&i| EVENTS[i].country == Some("FI"))));
    assert!(groups.iter().any(|g| g.first_year == 2025 && !g.quiet));
}

proptest! {
    /// Whatever the dates and the story's span: every event once and in order, each open group
    /// one year inside the span, quiet groups outside it and never two side by side.
    #[test]
    fn year_groups_keep_every_event_once(
        mut years in proptest::collection::vec(1990i32..2040, 0..60),
        story in proptest::option::of((1990i32..2040, 0i32..4)),
    ) {
        use ottawa_explorer::model::timeline::year_groups;
        years.sort_unstable();
        let shown: Vec<(usize, Date)> = years.iter().enumerate().map(|(i, &y)| (i, Date::new(y, 6, 15).unwrap())).collect();
        let range = story.map(|(first, length)| ViewRange {
            start: Date::new(first, 3, 1).unwrap().days_since_epoch() as f64,
            end: Date::new(first + length, 9, 1).unwrap().days_since_epoch() as f64,
        });
        let groups = year_groups(shown.clone(), range);
        let listed: Vec<usize> = groups.iter().flat_map(|g| g.events.clone()).collect();
        prop_assert_eq!(listed, (0..years.len()).collect::<Vec<_>>());
        for pair in groups.windows(2) {
            prop_assert!(!(pair[0].quiet && pair[1].quiet));
            prop_assert!(pair[0].last_year < pair[1].first_year);
        }
        for group in &groups {
            let inside = |y: i32| story.is_none_or(|(first, length)| (first..=first + length).contains(&y));
            if group.quiet {
                prop_assert!(group.events.iter().all(|&i| !inside(years[i])));
            } else {
                prop_assert_eq!(group.first_year, group.last_year);
                prop_assert!(inside(group.first_year));
            }
            prop_assert!(group.events.iter().all(|&i| (group.first_year..=group.last_year).contains(&years[i])));
        }
    }
}
