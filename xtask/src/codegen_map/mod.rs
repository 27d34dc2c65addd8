//! `cargo xtask codegen-map`: turn Natural Earth's 1:50m countries (npm `world-atlas`, TopoJSON)
//! into the compact SVG path data each story's scenario map draws, `data/STORY/map-shapes.rs`,
//! from the story's `map.toml` (its states, projection and annotations).
//!
//! The output is committed, so building the app needs neither npm nor this task; `cargo xtask
//! test` runs it with `--check` to keep every story's file honest. Steps: decode the shared arcs,
//! project them (Lambert conformal conic, on the story's two parallels and central meridian:
//! shapes stay true in its region), simplify each arc once (Douglas–Peucker, so neighbouring
//! states keep a common border), round to whole units, clip each ring to the frame, and write
//! relative paths.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{bail, Context, Result};
use serde_json::Value;

mod config;
mod geometry;
mod module;
mod topology;

use config::{MapFile, Reassign};

use geometry::{area, centroid, clip, simplify, Point, Ring};
use module::{ring_path, write_module, write_points};
use topology::{assemble, decode_arcs, read_geometries, Geometry};

const SOURCE: &str = "node_modules/world-atlas/countries-50m.json";
/// In each story's folder: the map's description, and the module written from it.
const CONFIG: &str = "map.toml";
pub const OUTPUT: &str = "map-shapes.rs";
/// Width of the map's viewBox; the height follows from the frame.
const WIDTH: f64 = 800.0;
/// How far (in output units) a simplified line may stray from the original: on the borders of
/// the states the map is framed on, and on the lines only the others draw (seen as context,
/// behind the story's states, where a coarser line saves bytes no reader misses).
const TOLERANCE: f64 = 1.2;
const CONTEXT_TOLERANCE: f64 = 3.0;
/// Rings smaller than this (in square units) are dropped: islands one pixel wide.
const MIN_AREA: f64 = 6.0;
/// Clipped rings extend this far beyond the frame, so their cut edges are never seen.
const BLEED: f64 = 6.0;

/// Every story with a `map.toml` gets its `map-shapes.rs` written (or, with `check`, compared).
pub fn run(check: bool) -> Result<()> {
    if !Path::new(SOURCE).exists() {
        crate::setup::run(crate::setup::Needs::Build)?;
    }
    let text = std::fs::read_to_string(SOURCE).with_context(|| format!("reading {SOURCE}"))?;
    let topology: Value = serde_json::from_str(&text).context("parsing the TopoJSON")?;
    let mut stories: Vec<_> = std::fs::read_dir("data")
        .context("reading data/")?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|dir| dir.join(CONFIG).is_file())
        .collect();
    stories.sort();
    for dir in stories {
        let config_path = dir.join(CONFIG);
        let shown = config_path.display().to_string();
        let config: MapFile = toml::from_str(&std::fs::read_to_string(&config_path)?)
            .with_context(|| format!("reading {shown}"))?;
        let generated = generate(&topology, &config).with_context(|| shown.clone())?;
        let output = dir.join(OUTPUT).display().to_string();
        crate::util::write_or_check(&output, &generated, check, "codegen-map", &shown)?;
    }
    Ok(())
}

/// Where the fitted frame puts projected coordinates: `(x - left) * scale`.
#[derive(Clone, Copy)]
struct Fit {
    left: f64,
    top: f64,
    scale: f64,
    height: f64,
}

impl Fit {
    fn place(self, (x, y): Point) -> Point {
        ((x - self.left) * self.scale, (y - self.top) * self.scale)
    }
}

/// A named state: its code, SVG path and label position (if it carries a label).
type NamedShape = (String, String, Option<(i16, i16)>);

/// The shapes, placed and simplified, and what the module says about them.
struct Placed {
    /// The named states, subjects first: code, SVG path and label position.
    shapes: Vec<NamedShape>,
    /// Every other country in the frame, as one path.
    other: String,
    exclave_label: Option<(i16, i16)>,
    highlight: Option<(String, (i16, i16))>,
    fit: Fit,
}

fn generate(topology: &Value, config: &MapFile) -> Result<String> {
    let projection = config.lambert();
    let arcs = decode_arcs(topology, projection)?;
    let geometries = read_geometries(topology)?;
    let fit = fit_frame(&arcs, &geometries, config);
    let framed = |id: &str| config.state_by_numeric(id).is_some_and(|s| s.framed);
    let mut framed_arcs: BTreeSet<usize> = geometries
        .iter()
        .filter(|g| framed(&g.id))
        .flat_map(Geometry::arcs)
        .collect();
    // A territory a story moves to a framed state (`reassign`: Crimea, to Ukraine) is drawn
    // as that state's, so its lines are too.
    for reassign in config.reassign.iter().filter(|r| framed(&r.to)) {
        let inside = reassign.contains(|lon, lat| fit.place(projection.project(lon, lat)));
        framed_arcs.extend(
            geometries
                .iter()
                .filter(|g| g.id == reassign.from)
                .flat_map(Geometry::arcs)
                .filter(|&index| arcs[index].first().is_some_and(|&p| inside(fit.place(p)))),
        );
    }
    let arcs: Vec<Vec<Point>> = arcs
        .iter()
        .enumerate()
        .map(|(index, arc)| {
            let placed: Vec<Point> = arc.iter().map(|&point| fit.place(point)).collect();
            let tolerance = if framed_arcs.contains(&index) {
                TOLERANCE
            } else {
                CONTEXT_TOLERANCE
            };
            simplify(&placed, tolerance)
        })
        .collect();
    let frame = (-BLEED, -BLEED, WIDTH + BLEED, fit.height + BLEED);
    let mut rings: Vec<(&str, Vec<Ring>)> = geometries
        .iter()
        .map(|geometry| {
            let rings = geometry
                .polygons
                .iter()
                .flatten()
                .map(|ring| clip(&assemble(ring, &arcs), frame))
                .filter(|ring| ring.len() >= 3 && area(ring).abs() >= MIN_AREA)
                .collect();
            (geometry.id.as_str(), rings)
        })
        .collect();
    for reassign in &config.reassign {
        move_rings(&mut rings, reassign, |lon, lat| {
            fit.place(projection.project(lon, lat))
        })?;
    }
    let (shapes, other, exclave_label) = named_shapes(&rings, config);
    let exclave_label = match &config.exclave_label {
        Some(code) => Some(exclave_label.with_context(|| format!("{code} is not in the frame"))?),
        None => None,
    };
    let highlight = match &config.highlight_border {
        Some([a, b]) => Some(shared_border(
            &geometries,
            &arcs,
            config.numeric_of(a)?,
            config.numeric_of(b)?,
        )?),
        None => None,
    };
    let placed = Placed {
        shapes,
        other,
        exclave_label,
        highlight,
        fit,
    };
    write_module(&placed)
}

/// Fits the frame to the states the explorer is about, with a margin.
fn fit_frame(arcs: &[Vec<Point>], geometries: &[Geometry], config: &MapFile) -> Fit {
    let mut bounds = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    let framed = |id: &str| config.state_by_numeric(id).is_some_and(|s| s.framed);
    for geometry in geometries.iter().filter(|g| framed(&g.id)) {
        for arc in geometry.arcs() {
            for &(x, y) in &arcs[arc] {
                bounds = (
                    bounds.0.min(x),
                    bounds.1.min(y),
                    bounds.2.max(x),
                    bounds.3.max(y),
                );
            }
        }
    }
    let margin = 0.04 * (bounds.2 - bounds.0);
    let scale = WIDTH / (bounds.2 - bounds.0 + 2.0 * margin);
    Fit {
        left: bounds.0 - margin,
        top: bounds.1 - margin,
        scale,
        height: ((bounds.3 - bounds.1 + 2.0 * margin) * scale).round(),
    }
}

/// Natural Earth draws some territory as its de facto holder's (Crimea, annexed by Russia in
/// 2014, as Russian); a story may draw it within internationally recognised borders.
fn move_rings(
    rings: &mut [(&str, Vec<Ring>)],
    reassign: &Reassign,
    place: impl Fn(f64, f64) -> Point,
) -> Result<()> {
    let in_box = reassign.contains(place);
    let inside = |ring: &[(i32, i32)]| {
        let (x, y) = centroid(ring);
        in_box((f64::from(x), f64::from(y)))
    };
    let moved: Vec<Vec<(i32, i32)>> = rings
        .iter_mut()
        .filter(|(id, _)| *id == reassign.from)
        .flat_map(|(_, rings)| {
            let (kept_aside, rest) = rings.drain(..).partition(|ring| inside(ring));
            *rings = rest;
            kept_aside
        })
        .collect::<Vec<_>>();
    if moved.is_empty() {
        bail!(
            "no ring of {} has its centre in the [[reassign]] box",
            reassign.from
        );
    }
    rings
        .iter_mut()
        .filter(|(id, _)| *id == reassign.to)
        .for_each(|(_, rings)| rings.extend(moved.iter().cloned()));
    Ok(())
}

/// The named states' paths and label positions (in the map's order), every other country as
/// one path, and where the exclave's label goes (its state's ring furthest west).
type NamedShapes = (Vec<NamedShape>, String, Option<(i16, i16)>);

fn named_shapes(placed: &[(&str, Vec<Ring>)], config: &MapFile) -> NamedShapes {
    let mut other = String::new();
    let mut shapes = Vec::new();
    let mut exclave_label = None;
    for (id, rings) in placed {
        if rings.is_empty() {
            continue;
        }
        let path: String = rings.iter().map(|ring| ring_path(ring)).collect();
        let Some(code) = config.state_by_numeric(id).map(|s| s.code.as_str()) else {
            other.push_str(&path);
            continue;
        };
        let largest = rings
            .iter()
            .max_by(|a, b| area(a).abs().total_cmp(&area(b).abs()))
            .expect("rings is not empty");
        if config.exclave_label.as_deref() == Some(code) {
            exclave_label = rings
                .iter()
                .map(|ring| centroid(ring))
                .min_by_key(|&(x, _)| x);
        }
        let labelled = config.state_by_numeric(id).is_some_and(|s| s.labelled);
        shapes.push((code.to_string(), path, labelled.then(|| centroid(largest))));
    }
    shapes.sort_by_key(|(code, ..)| config.state.iter().position(|s| s.code == *code));
    (shapes, other, exclave_label)
}

/// The border two states share, as an open path, and its middle point.
fn shared_border(
    geometries: &[Geometry],
    arcs: &[Vec<Point>],
    a: &str,
    b: &str,
) -> Result<(String, (i16, i16))> {
    let arcs_of = |id: &str| -> BTreeSet<usize> {
        geometries
            .iter()
            .filter(|g| g.id == id)
            .flat_map(Geometry::arcs)
            .collect()
    };
    let shared: Vec<usize> = arcs_of(a).intersection(&arcs_of(b)).copied().collect();
    let [arc] = shared[..] else {
        bail!(
            "expected one arc shared by {a} and {b}, found {}",
            shared.len()
        );
    };
    let points: Vec<(i32, i32)> = arcs[arc]
        .iter()
        .map(|&(x, y)| (x.round() as i32, y.round() as i32))
        .collect();
    let middle = points[points.len() / 2];
    let mut path = String::new();
    write_points(&mut path, &points);
    Ok((path, (middle.0 as i16, middle.1 as i16)))
}
