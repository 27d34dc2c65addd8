//! Reading Natural Earth's TopoJSON: its quantized, delta-encoded arcs (projected as they are
//! decoded) and the countries' geometries as lists of arc references, and joining a ring's
//! arcs back into points. Nothing here simplifies, fits or writes: `mod.rs` does that.

use anyhow::{Context, Result};
use serde_json::Value;

use super::geometry::{Lambert, Point};

pub struct Geometry {
    pub id: String,
    /// Polygons, each a list of rings, each a list of arc references (`!i` = arc `i` reversed).
    pub polygons: Vec<Vec<Vec<i64>>>,
}

impl Geometry {
    /// The index of every arc its rings use.
    pub fn arcs(&self) -> impl Iterator<Item = usize> + '_ {
        self.polygons
            .iter()
            .flatten()
            .flatten()
            .map(|&r| arc_index(r))
    }
}

/// The arcs in projected coordinates (y grows downwards, as in SVG), before fitting.
pub fn decode_arcs(topology: &Value, projection: Lambert) -> Result<Vec<Vec<Point>>> {
    let transform = &topology["transform"];
    let number = |v: &Value| v.as_f64().context("a number in the TopoJSON transform");
    let (sx, sy) = (
        number(&transform["scale"][0])?,
        number(&transform["scale"][1])?,
    );
    let (tx, ty) = (
        number(&transform["translate"][0])?,
        number(&transform["translate"][1])?,
    );
    let arcs = topology["arcs"].as_array().context("no arcs")?;
    arcs.iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.as_array()
                .context("an arc is not a list")?
                .iter()
                .map(|delta| {
                    x += delta[0].as_i64().context("a quantized x")?;
                    y += delta[1].as_i64().context("a quantized y")?;
                    let (lon, lat) = (x as f64 * sx + tx, y as f64 * sy + ty);
                    Ok(projection.project(lon, lat))
                })
                .collect()
        })
        .collect()
}

pub fn read_geometries(topology: &Value) -> Result<Vec<Geometry>> {
    let list = topology["objects"]["countries"]["geometries"]
        .as_array()
        .context("no countries")?;
    let refs = |ring: &Value| -> Result<Vec<i64>> {
        ring.as_array()
            .context("a ring is not a list")?
            .iter()
            .map(|i| i.as_i64().context("an arc reference"))
            .collect()
    };
    let polygon = |p: &Value| -> Result<Vec<Vec<i64>>> {
        p.as_array()
            .context("a polygon is not a list")?
            .iter()
            .map(refs)
            .collect()
    };
    let mut geometries = Vec::new();
    for geometry in list {
        let id = geometry["id"].as_str().unwrap_or_default().to_string();
        let polygons = match geometry["type"].as_str() {
            Some("Polygon") => vec![polygon(&geometry["arcs"])?],
            Some("MultiPolygon") => geometry["arcs"]
                .as_array()
                .context("a multipolygon is not a list")?
                .iter()
                .map(polygon)
                .collect::<Result<_>>()?,
            _ => continue,
        };
        geometries.push(Geometry { id, polygons });
    }
    Ok(geometries)
}

/// TopoJSON writes a reversed arc `i` as `!i` (`-i - 1`).
fn arc_index(reference: i64) -> usize {
    (if reference < 0 { !reference } else { reference }) as usize
}

pub fn assemble(ring: &[i64], arcs: &[Vec<Point>]) -> Vec<(i32, i32)> {
    let mut points: Vec<(i32, i32)> = Vec::new();
    for &reference in ring {
        let arc = &arcs[arc_index(reference)];
        let ordered: Box<dyn Iterator<Item = &Point>> = if reference < 0 {
            Box::new(arc.iter().rev())
        } else {
            Box::new(arc.iter())
        };
        for &(x, y) in ordered {
            let point = (x.round() as i32, y.round() as i32);
            if points.last() != Some(&point) {
                points.push(point);
            }
        }
    }
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    points
}
