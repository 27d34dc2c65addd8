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

#[derive(Clone, PartialEq, Debug)]
pub struct WordRow {
    pub band: &'static str,
    pub resolved: usize,
    pub happened: usize,
}

#[derive(Clone, PartialEq, Debug)]
pub struct Calibration {
    pub rows: Vec<WordRow>,
    pub resolved: usize,
    /// Share of resolved forecasts that came out on the side the word leaned to (above 50 %
    /// and happened, or below and did not); "partly" counts as neither.
    pub hit_rate: Option<f64>,
    /// Mean of (probability − outcome)²: 0 is perfect, 0.25 is a coin toss's score.
    pub brier: Option<f64>,
}

pub fn calibration(forecasts: &[Forecast], bands: &[Band]) -> Calibration {
    let band_of = |id: &str| bands.iter().find(|b| b.id == id);
    let scored: Vec<(&Band, f64)> = forecasts
        .iter()
        .filter_map(|f| Some((band_of(f.band)?, observed(f.outcome?)?)))
        .collect();
    let rows = bands
        .iter()
        .filter_map(|band| {
            let mine: Vec<f64> = scored
                .iter()
                .filter(|(b, _)| b.id == band.id)
                .map(|(_, o)| *o)
                .collect();
            (!mine.is_empty()).then(|| WordRow {
                band: band.id,
                resolved: mine.len(),
                happened: mine.iter().filter(|o| **o == 1.0).count(),
            })
        })
        .collect();
    let decided: Vec<bool> = scored
        .iter()
        .filter(|(band, o)| *o != 0.5 && midpoint(band) != 0.5)
        .map(|(band, o)| (midpoint(band) > 0.5) == (*o == 1.0))
        .collect();
    let hit_rate = (!decided.is_empty())
        .then(|| decided.iter().filter(|hit| **hit).count() as f64 / decided.len() as f64);
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
        hit_rate,
        brier,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    const BANDS: [Band; 3] = [
        Band {
            id: "unlikely",
            label: "Unlikely",
            min_percent: 25,
            max_percent: 35,
        },
        Band {
            id: "realistic",
            label: "Realistic possibility",
            min_percent: 40,
            max_percent: 50,
        },
        Band {
            id: "likely",
            label: "Likely",
            min_percent: 55,
            max_percent: 75,
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
        assert_eq!(c.resolved, 4);
        assert_eq!(
            c.rows,
            vec![
                WordRow {
                    band: "unlikely",
                    resolved: 1,
                    happened: 0
                },
                WordRow {
                    band: "realistic",
                    resolved: 1,
                    happened: 0
                },
                WordRow {
                    band: "likely",
                    resolved: 2,
                    happened: 1
                },
            ]
        );
        assert!((c.brier.unwrap() - (0.1225 + 0.4225 + 0.09 + 0.0025) / 4.0).abs() < 1e-12);
        assert!((c.hit_rate.unwrap() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn nothing_resolved_scores_nothing() {
        let c = calibration(&[forecast("likely", Some(Resolution::TooEarly))], &BANDS);
        assert_eq!((c.resolved, c.hit_rate, c.brier), (0, None, None));
    }
}
