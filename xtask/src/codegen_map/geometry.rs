//! Plane geometry for the map: projection, simplification, clipping, areas and centroids.

use std::f64::consts::FRAC_PI_4;

pub type Point = (f64, f64);
/// A ring in whole output units.
pub type Ring = Vec<(i32, i32)>;
/// One side of the clipping rectangle: which points are inside, and where an edge crosses it.
type ClipEdge<'a> = (&'a dyn Fn(Point) -> bool, &'a dyn Fn(Point, Point) -> Point);

/// Twice the signed area.
pub fn area(ring: &[(i32, i32)]) -> f64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            f64::from(a.0) * f64::from(b.1) - f64::from(b.0) * f64::from(a.1)
        })
        .sum()
}

pub fn centroid(ring: &[(i32, i32)]) -> (i16, i16) {
    let n = ring.len();
    let (mut cx, mut cy) = (0.0, 0.0);
    for i in 0..n {
        let (a, b) = (ring[i], ring[(i + 1) % n]);
        let cross = f64::from(a.0) * f64::from(b.1) - f64::from(b.0) * f64::from(a.1);
        cx += f64::from(a.0 + b.0) * cross;
        cy += f64::from(a.1 + b.1) * cross;
    }
    let twice_area = area(ring);
    (
        (cx / (3.0 * twice_area)).round() as i16,
        (cy / (3.0 * twice_area)).round() as i16,
    )
}

/// Sutherland–Hodgman against an axis-aligned rectangle `(left, top, right, bottom)`.
pub fn clip(
    ring: &[(i32, i32)],
    (left, top, right, bottom): (f64, f64, f64, f64),
) -> Vec<(i32, i32)> {
    let mut points: Vec<Point> = ring
        .iter()
        .map(|&(x, y)| (f64::from(x), f64::from(y)))
        .collect();
    let edges: [ClipEdge; 4] = [
        (&|p| p.0 >= left, &|a, b| at_x(a, b, left)),
        (&|p| p.0 <= right, &|a, b| at_x(a, b, right)),
        (&|p| p.1 >= top, &|a, b| at_y(a, b, top)),
        (&|p| p.1 <= bottom, &|a, b| at_y(a, b, bottom)),
    ];
    for (inside, cross) in edges {
        if points.is_empty() {
            break;
        }
        let mut kept = Vec::with_capacity(points.len());
        for i in 0..points.len() {
            let current = points[i];
            let previous = points[(i + points.len() - 1) % points.len()];
            match (inside(previous), inside(current)) {
                (true, true) => kept.push(current),
                (true, false) => kept.push(cross(previous, current)),
                (false, true) => {
                    kept.push(cross(previous, current));
                    kept.push(current);
                }
                (false, false) => {}
            }
        }
        points = kept;
    }
    let mut out: Vec<(i32, i32)> = Vec::with_capacity(points.len());
    for (x, y) in points {
        let point = (x.round() as i32, y.round() as i32);
        if out.last() != Some(&point) {
            out.push(point);
        }
    }
    out
}

fn at_x(a: Point, b: Point, x: f64) -> Point {
    (x, a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0))
}

fn at_y(a: Point, b: Point, y: f64) -> Point {
    (a.0 + (b.0 - a.0) * (y - a.1) / (b.1 - a.1), y)
}

/// Douglas–Peucker: keep the points that matter for a line drawn at `tolerance`.
pub fn simplify(points: &[Point], tolerance: f64) -> Vec<Point> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let (farthest, distance) = (first + 1..last)
            .map(|i| {
                (
                    i,
                    distance_to_segment(points[i], points[first], points[last]),
                )
            })
            .fold(
                (first, 0.0),
                |best, next| if next.1 > best.1 { next } else { best },
            );
        if distance > tolerance {
            keep[farthest] = true;
            stack.push((first, farthest));
            stack.push((farthest, last));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

fn distance_to_segment(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length2 = dx * dx + dy * dy;
    let t = if length2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length2).clamp(0.0, 1.0)
    };
    let (x, y) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - x).powi(2) + (p.1 - y).powi(2)).sqrt()
}

/// Lambert conformal conic on the sphere (Snyder, *Map Projections: A Working Manual*, 15).
#[derive(Clone, Copy)]
pub struct Lambert {
    n: f64,
    f: f64,
    rho0: f64,
    lon0: f64,
}

impl Lambert {
    pub fn new(parallel1: f64, parallel2: f64, lon0: f64) -> Lambert {
        let (p1, p2) = (parallel1.to_radians(), parallel2.to_radians());
        let t = |phi: f64| (FRAC_PI_4 + phi / 2.0).tan();
        let n = (p1.cos() / p2.cos()).ln() / (t(p2) / t(p1)).ln();
        let f = p1.cos() * t(p1).powf(n) / n;
        // The origin's latitude only shifts the plane; the frame is fitted afterwards.
        let rho0 = f / t(58f64.to_radians()).powf(n);
        Lambert {
            n,
            f,
            rho0,
            lon0: lon0.to_radians(),
        }
    }

    /// Plane coordinates with y growing southwards.
    pub fn project(&self, lon: f64, lat: f64) -> Point {
        let lat = lat.clamp(-89.0, 89.0).to_radians();
        let rho = self.f / (FRAC_PI_4 + lat / 2.0).tan().powf(self.n);
        let theta = self.n * (lon.to_radians() - self.lon0);
        (rho * theta.sin(), -(self.rho0 - rho * theta.cos()))
    }
}
