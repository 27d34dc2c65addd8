//! How the article's forecasts turned out, in numbers: per probability word, how many resolved
//! and how many happened; the hit rate; and the Brier score, taking each word at the midpoint
//! of its range on the yardstick.

use super::record::{Band, Forecast, Resolution};

/// The probability a word stands for: the midpoint of its range (likely, 55–75 % → 0.65).
pub fn midpoint(band: &Band) -> f64 {
    (f64::from(band.min_percent) + f64::from(band.max_percent)) / 200.0
}

/// What happened, as a number: 1 happened, 0 did not, 0.5 partly; `None` while too early.
pub fn observed(resolution: Resolution) -> Option<f64> {
    match resolution {
        Resolution::Happened => Some(1.0),
        Resolution::DidNotHappen => Some(0.0),
        Resolution::Partly => Some(0.5),
        Resolution::TooEarly => None,
    }
}

/// One probability word's forecasts, by outcome, and how often the word leaned the right way.
#[derive(Clone, PartialEq, Debug)]
pub struct WordRow {
    pub band: &'static str,
    /// Forecasts whose outcome is known: happened, partly or did not happen.
    pub resolved: usize,
    pub happened: usize,
    pub partly: usize,
    pub did_not_happen: usize,
    /// Outcomes still too early to say (or not recorded): shown, never scored.
    pub too_early: usize,
    /// Hits among this word's forecasts that happened or did not ("partly" left out); `None`
    /// when there are none, or when the word leans neither way (a 50 % midpoint).
    pub hit_rate: Option<f64>,
}

/// The scorecard. How each outcome counts is part of the result, so the page can say it:
/// too early to say is left out of both figures; "partly" is left out of the hit rate and
/// counts as half (0.5) in the Brier score.
#[derive(Clone, PartialEq, Debug)]
pub struct Calibration {
    pub rows: Vec<WordRow>,
    /// Forecasts with a known outcome (the Brier score's count).
    pub resolved: usize,
    /// Of those, the ones that happened in part.
    pub partly: usize,
    /// Forecasts too early to say or without an outcome.
    pub too_early: usize,
    /// Forecasts that count in the hit rate: happened or did not, with a word that leans.
    pub decided: usize,
    /// Share of decided forecasts that came out on the side the word leaned to (above 50 %
    /// and happened, or below and did not).
    pub hit_rate: Option<f64>,
    /// Mean of (probability − outcome)²: 0 is perfect, 0.25 is a coin toss's score.
    pub brier: Option<f64>,
}

/// Whether a word leaning one way came out that way: `None` for "partly" or a 50 % word.
fn hit(band: &Band, observed: f64) -> Option<bool> {
    let p = midpoint(band);
    (observed != 0.5 && p != 0.5).then_some((p > 0.5) == (observed == 1.0))
}

fn share(hits: &[bool]) -> Option<f64> {
    (!hits.is_empty()).then(|| hits.iter().filter(|h| **h).count() as f64 / hits.len() as f64)
}

pub fn calibration(forecasts: &[Forecast], bands: &[Band]) -> Calibration {
    let band_of = |id: &str| bands.iter().find(|b| b.id == id);
    let outcome_of = |f: &Forecast| f.outcome.and_then(observed);
    let scored: Vec<(&Band, f64)> = forecasts
        .iter()
        .filter_map(|f| Some((band_of(f.band)?, outcome_of(f)?)))
        .collect();
    let rows = bands
        .iter()
        .filter_map(|band| {
            let all: Vec<Option<f64>> = forecasts
                .iter()
                .filter(|f| f.band == band.id)
                .map(outcome_of)
                .collect();
            let known: Vec<f64> = all.iter().flatten().copied().collect();
            let hits: Vec<bool> = known.iter().filter_map(|o| hit(band, *o)).collect();
            (!all.is_empty()).then(|| WordRow {
                band: band.id,
                resolved: known.len(),
                happened: known.iter().filter(|o| **o == 1.0).count(),
                partly: known.iter().filter(|o| **o == 0.5).count(),
                did_not_happen: known.iter().filter(|o| **o == 0.0).count(),
                too_early: all.len() - known.len(),
                hit_rate: share(&hits),
            })
        })
        .collect();
    let hits: Vec<bool> = scored.iter().filter_map(|(b, o)| hit(b, *o)).collect();
    let brier = (!scored.is_empty()).then(|| {
        scored
            .iter()
            .map(|(band, o)| (midpoint(band) - o).powi(2))
            .sum::<f64>()
            / scored.len() as f64
    });
    Calibration {
        rows,
        resolved: scored.len(),
        partly: scored.iter().filter(|(_, o)| *o == 0.5).count(),
        too_early: forecasts.len() - scored.len(),
        decided: hits.len(),
        hit_rate: share(&hits),
        brier,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Date, Texts};

    const BANDS: [Band; 3] = [
        Band {
            id: "unlikely",
            label: "Unlikely",
            min_percent: 25,
            max_percent: 35,
            texts: Texts(0),
        },
        Band {
            id: "realistic",
            label: "Realistic possibility",
            min_percent: 40,
            max_percent: 50,
            texts: Texts(0),
        },
        Band {
            id: "likely",
            label: "Likely",
            min_percent: 55,
            max_percent: 75,
            texts: Texts(0),
        },
    ];

    fn forecast(band: &'static str, outcome: Option<Resolution>) -> Forecast {
        Forecast {
            id: "f",
            statement: "",
            made_on: Date::from_ymd_unchecked(2025, 5, 19),
            horizon: None,
            band,
            note: "",
            outcome,
            evidence: &[],
            outcome_note: "",
            texts: Texts(0),
        }
    }

    #[test]
    fn brier_and_hit_rate() {
        let forecasts = [
            forecast("likely", Some(Resolution::Happened)), // (0.65 − 1)² = 0.1225, hit
            forecast("likely", Some(Resolution::DidNotHappen)), // 0.65² = 0.4225, miss
            forecast("unlikely", Some(Resolution::DidNotHappen)), // 0.3² = 0.09, hit
            forecast("realistic", Some(Resolution::Partly)), // (0.45 − 0.5)² = 0.0025
            forecast("likely", Some(Resolution::TooEarly)), // not scored
            forecast("likely", None),                       // not scored
        ];
        let c = calibration(&forecasts, &BANDS);
        assert_eq!((c.resolved, c.partly, c.too_early, c.decided), (4, 1, 2, 3));
        let row = |band, counts: [usize; 5], hit_rate| WordRow {
            band,
            resolved: counts[0],
            happened: counts[1],
            partly: counts[2],
            did_not_happen: counts[3],
            too_early: counts[4],
            hit_rate,
        };
        assert_eq!(
            c.rows,
            vec![
                row("unlikely", [1, 0, 0, 1, 0], Some(1.0)),
                row("realistic", [1, 0, 1, 0, 0], None),
                row("likely", [2, 1, 0, 1, 2], Some(0.5)),
            ]
        );
        assert!((c.brier.unwrap() - (0.1225 + 0.4225 + 0.09 + 0.0025) / 4.0).abs() < 1e-12);
        assert!((c.hit_rate.unwrap() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn nothing_resolved_scores_nothing() {
        let c = calibration(&[forecast("likely", Some(Resolution::TooEarly))], &BANDS);
        assert_eq!(
            (c.resolved, c.too_early, c.hit_rate, c.brier),
            (0, 1, None, None)
        );
    }
}
