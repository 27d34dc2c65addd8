//! The time axis: a visible range of days, the scale that maps it to the chart's width, zoom
//! and pan, and the tick ladder (decades → years → months → days).
//!
//! Positions are computed here, before anything is drawn; the views only write them out.

use super::date::Date;

/// The chart is drawn in a fixed coordinate system (SVG `viewBox`) this wide; the browser
/// scales it to the container.
pub const CHART_WIDTH: f64 = 1000.0;
/// Room on the left for the lane labels.
pub const PLOT_LEFT: f64 = 124.0;
pub const PLOT_RIGHT: f64 = CHART_WIDTH - 16.0;
/// The narrowest range a reader can zoom to, in days.
pub const MIN_SPAN_DAYS: f64 = 7.0;

/// A visible range, in days since 1970-01-01. Fractional days keep zooming smooth.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct ViewRange {
    pub start: f64,
    pub end: f64,
}

impl ViewRange {
    pub fn from_dates(start: Date, end: Date) -> ViewRange {
        ViewRange {
            start: start.days_since_epoch() as f64,
            end: end.days_since_epoch() as f64,
        }
    }

    pub fn span(self) -> f64 {
        self.end - self.start
    }

    pub fn contains(self, day: f64) -> bool {
        day >= self.start && day <= self.end
    }

    /// The first and last whole days shown (what a link records).
    pub fn dates(self) -> (Date, Date) {
        (
            Date::from_days_since_epoch(self.start.floor() as i64),
            Date::from_days_since_epoch(self.end.ceil() as i64),
        )
    }

    /// Zooms by `factor` (> 1 zooms in) about `anchor`, a fraction of the plot's width (0 = left
    /// edge), so the day under the pointer stays under the pointer. Kept within `bounds`.
    pub fn zoom(self, factor: f64, anchor: f64, bounds: ViewRange) -> ViewRange {
        let anchor = between(anchor, 0.0, 1.0);
        let day = self.start + anchor * self.span();
        let span = between(self.span() / factor, MIN_SPAN_DAYS, bounds.span());
        ViewRange {
            start: day - anchor * span,
            end: day + (1.0 - anchor) * span,
        }
        .within(bounds)
    }

    /// Moves the range by `fraction` of its span (positive: later).
    pub fn pan(self, fraction: f64, bounds: ViewRange) -> ViewRange {
        let shift = fraction * self.span();
        ViewRange {
            start: self.start + shift,
            end: self.end + shift,
        }
        .within(bounds)
    }

    /// The same span, centred on `day`.
    pub fn centred_on(self, day: f64, span: f64, bounds: ViewRange) -> ViewRange {
        let span = between(span, MIN_SPAN_DAYS, bounds.span());
        ViewRange {
            start: day - span / 2.0,
            end: day + span / 2.0,
        }
        .within(bounds)
    }

    /// Shifted (not shrunk) to lie inside `bounds`; never wider than them.
    pub fn within(self, bounds: ViewRange) -> ViewRange {
        let span = between(self.span(), MIN_SPAN_DAYS.min(bounds.span()), bounds.span());
        let start = between(self.start, bounds.start, bounds.end - span);
        ViewRange {
            start,
            end: start + span,
        }
    }
}

/// Maps days to x in the chart's coordinates.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Scale {
    pub range: ViewRange,
}

impl Scale {
    pub fn x(self, day: f64) -> f64 {
        PLOT_LEFT + (day - self.range.start) / self.range.span() * (PLOT_RIGHT - PLOT_LEFT)
    }

    pub fn pixels_per_day(self) -> f64 {
        (PLOT_RIGHT - PLOT_LEFT) / self.range.span()
    }

    /// How what this scale drew moves to where `now` would draw it: `x' = factor · x + shift`
    /// in chart units, for every day. While a zoom or pan gesture lasts, the chart moves the
    /// marks it drew by this one transform and lays them out again only when the gesture rests.
    pub fn moved_to(self, now: Scale) -> HorizontalMove {
        let factor = self.range.span() / now.range.span();
        let shift = PLOT_LEFT * (1.0 - factor)
            + (self.range.start - now.range.start) / now.range.span() * (PLOT_RIGHT - PLOT_LEFT);
        HorizontalMove { factor, shift }
    }
}

/// A horizontal scale and shift (see [`Scale::moved_to`]).
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct HorizontalMove {
    pub factor: f64,
    pub shift: f64,
}

impl HorizontalMove {
    pub const NONE: HorizontalMove = HorizontalMove {
        factor: 1.0,
        shift: 0.0,
    };

    pub fn x(self, x: f64) -> f64 {
        self.factor * x + self.shift
    }
}

/// The unit a tick marks, which decides how its label is written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TickUnit {
    Day,
    Week,
    Month,
    Year,
}

/// One rung of the tick ladder: a unit and how many of it between ticks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TickStep {
    pub unit: TickUnit,
    pub every: u32,
}

/// From finest to coarsest, like Observable Plot's `tickIntervals`. The first rung whose ticks
/// are at least [`MIN_TICK_GAP`] apart is used.
pub const TICK_LADDER: [TickStep; 10] = [
    TickStep {
        unit: TickUnit::Day,
        every: 1,
    },
    TickStep {
        unit: TickUnit::Day,
        every: 2,
    },
    TickStep {
        unit: TickUnit::Week,
        every: 1,
    },
    TickStep {
        unit: TickUnit::Month,
        every: 1,
    },
    TickStep {
        unit: TickUnit::Month,
        every: 3,
    },
    TickStep {
        unit: TickUnit::Year,
        every: 1,
    },
    TickStep {
        unit: TickUnit::Year,
        every: 2,
    },
    TickStep {
        unit: TickUnit::Year,
        every: 5,
    },
    TickStep {
        unit: TickUnit::Year,
        every: 10,
    },
    TickStep {
        unit: TickUnit::Year,
        every: 20,
    },
];

/// Ticks closer than this (in chart units) would make their labels collide.
pub const MIN_TICK_GAP: f64 = 64.0;

impl TickStep {
    /// The average length of one step, in days.
    pub fn approx_days(self) -> f64 {
        let unit = match self.unit {
            TickUnit::Day => 1.0,
            TickUnit::Week => 7.0,
            TickUnit::Month => 30.436875,
            TickUnit::Year => 365.2425,
        };
        unit * f64::from(self.every)
    }

    /// The first tick on or after `date`: steps are aligned (years to multiples of `every`,
    /// months to quarters, weeks to Mondays) so ticks don't wander while panning.
    fn first_on_or_after(self, date: Date) -> Date {
        match self.unit {
            TickUnit::Day => date,
            TickUnit::Week => {
                // 1970-01-01 was a Thursday; Monday is 4 days later in the cycle.
                let days = date.days_since_epoch();
                date.add_days((7 - (days - 4).rem_euclid(7)) % 7)
            }
            TickUnit::Month => {
                let every = self.every as i32;
                let index = date.year() * 12 + date.month() as i32 - 1;
                let aligned = index + (every - index.rem_euclid(every)) % every;
                let first = Date::new(aligned.div_euclid(12), aligned.rem_euclid(12) as u32 + 1, 1);
                let first = first.expect("the first of a month exists");
                if first < date {
                    first.add_months(every)
                } else {
                    first
                }
            }
            TickUnit::Year => {
                let every = self.every as i32;
                let mut year = date.year() + (every - date.year().rem_euclid(every)) % every;
                if Date::new(year, 1, 1).expect("1 January exists") < date {
                    year += every;
                }
                Date::new(year, 1, 1).expect("1 January exists")
            }
        }
    }

    fn next(self, date: Date) -> Date {
        match self.unit {
            TickUnit::Day => date.add_days(i64::from(self.every)),
            TickUnit::Week => date.add_days(7 * i64::from(self.every)),
            TickUnit::Month => date.add_months(self.every as i32),
            TickUnit::Year => date.add_months(12 * self.every as i32),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Tick {
    pub date: Date,
    pub x: f64,
    pub step: TickStep,
}

/// The rung for this scale: the finest whose ticks don't crowd.
pub fn tick_step(scale: Scale) -> TickStep {
    let per_day = scale.pixels_per_day();
    TICK_LADDER
        .into_iter()
        .find(|step| step.approx_days() * per_day >= MIN_TICK_GAP)
        .unwrap_or(TICK_LADDER[9])
}

/// The ticks inside the visible range.
pub fn ticks(scale: Scale) -> Vec<Tick> {
    let step = tick_step(scale);
    let (first, last) = scale.range.dates();
    let mut date = step.first_on_or_after(first);
    let mut ticks = Vec::new();
    while date <= last {
        let day = date.days_since_epoch() as f64;
        if scale.range.contains(day) {
            ticks.push(Tick {
                date,
                x: scale.x(day),
                step,
            });
        }
        date = step.next(date);
    }
    ticks
}

/// `x` within `low..=high` (`high` if they cross). Not `f64::clamp`: its check that the bounds
/// are in order formats them with `Debug` when it fails, which links the float-printing code
/// (about 11 KB of WebAssembly) into the app for a message no reader sees.
pub fn between(x: f64, low: f64, high: f64) -> f64 {
    x.max(low).min(high)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: &str, end: &str) -> ViewRange {
        ViewRange::from_dates(
            Date::parse_iso(start).unwrap(),
            Date::parse_iso(end).unwrap(),
        )
    }

    fn labels(start: &str, end: &str) -> Vec<String> {
        ticks(Scale {
            range: range(start, end),
        })
        .iter()
        .map(|t| format!("{:?}{} {}", t.step.unit, t.step.every, t.date))
        .collect()
    }

    #[test]
    fn ticks_adapt_to_the_zoom() {
        assert_eq!(
            labels("1996-06-01", "2027-06-01"),
            [
                "Year5 2000-01-01",
                "Year5 2005-01-01",
                "Year5 2010-01-01",
                "Year5 2015-01-01",
                "Year5 2020-01-01",
                "Year5 2025-01-01",
            ]
        );
        assert_eq!(
            labels("2025-01-01", "2025-12-31").first().unwrap(),
            "Month1 2025-01-01"
        );
        assert_eq!(
            labels("2025-06-20", "2025-07-05"),
            [
                "Day2 2025-06-20",
                "Day2 2025-06-22",
                "Day2 2025-06-24",
                "Day2 2025-06-26",
                "Day2 2025-06-28",
                "Day2 2025-06-30",
                "Day2 2025-07-02",
                "Day2 2025-07-04",
            ]
        );
        assert_eq!(
            labels("2025-05-01", "2025-08-01")[0],
            "Week1 2025-05-05",
            "weeks start on Mondays"
        );
    }

    #[test]
    fn zoom_keeps_the_anchor_day_in_place() {
        let bounds = range("1996-01-01", "2027-01-01");
        let view = range("2020-01-01", "2026-01-01");
        let zoomed = view.zoom(2.0, 0.25, bounds);
        let day = |r: ViewRange, a: f64| r.start + a * r.span();
        assert!((day(view, 0.25) - day(zoomed, 0.25)).abs() < 1e-6);
        assert!((zoomed.span() - view.span() / 2.0).abs() < 1e-6);
        assert_eq!(view.zoom(1e9, 0.5, bounds).span(), MIN_SPAN_DAYS);
        assert_eq!(view.zoom(1e-9, 0.5, bounds), bounds);
        assert_eq!(
            bounds.pan(0.5, bounds),
            bounds,
            "panning never leaves the bounds"
        );
    }
}
