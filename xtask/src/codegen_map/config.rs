//! A story's `map.toml`: the states its map draws, the projection, and the annotations.

use anyhow::{Context, Result};
use serde::Deserialize;

use super::geometry::{Lambert, Point};

/// A story's `map.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapFile {
    pub projection: Projection,
    /// The states drawn by name, in the order the map lists them (subjects first).
    pub state: Vec<MapState>,
    /// Rings Natural Earth draws as one state's that the story draws as another's.
    #[serde(default)]
    pub reassign: Vec<Reassign>,
    /// The code of a state whose westernmost ring gets a label of its own (an exclave).
    pub exclave_label: Option<String>,
    /// Two states' codes: their shared border is drawn as a marked line (a corridor).
    pub highlight_border: Option<[String; 2]>,
}

/// Lambert conformal conic: two standard parallels and the central meridian, in degrees.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Projection {
    pub parallels: [f64; 2],
    pub central_meridian: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapState {
    /// ISO 3166-1 numeric, as world-atlas has it (`"246"`).
    pub numeric: String,
    /// The code the story's data uses (`"FI"`).
    pub code: String,
    /// Whether the frame is fitted to include it; the others are drawn where the frame reaches.
    pub framed: bool,
    /// Whether the map writes its name and status on it (`false` for states too small to
    /// hold a label: the table beside the map names them all).
    #[serde(default = "yes")]
    pub labelled: bool,
}

/// The rings of `from` whose centre lies in the box (west, north, east, south in degrees) are
/// drawn as `to`'s.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reassign {
    pub from: String,
    pub to: String,
    #[serde(rename = "box")]
    pub within: [f64; 4],
}

impl Reassign {
    /// Whether a point (`place` puts the box's corners in the same coordinates) is in the box.
    pub fn contains(&self, place: impl Fn(f64, f64) -> Point) -> impl Fn(Point) -> bool {
        let [west_lon, north_lat, east_lon, south_lat] = self.within;
        let (west, north) = place(west_lon, north_lat);
        let (east, south) = place(east_lon, south_lat);
        move |(x, y)| (west..=east).contains(&x) && (north..=south).contains(&y)
    }
}

impl MapFile {
    pub fn lambert(&self) -> Lambert {
        let [p1, p2] = self.projection.parallels;
        Lambert::new(p1, p2, self.projection.central_meridian)
    }

    pub fn state_by_numeric(&self, id: &str) -> Option<&MapState> {
        self.state.iter().find(|s| s.numeric == id)
    }

    pub fn numeric_of(&self, code: &str) -> Result<&str> {
        self.state
            .iter()
            .find(|s| s.code == code)
            .map(|s| s.numeric.as_str())
            .with_context(|| format!("{code} is not a [[state]] of the map"))
    }
}

fn yes() -> bool {
    true
}
