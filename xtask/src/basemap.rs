//! `cargo xtask basemap`: turns Natural Earth country shapes (npm `world-atlas`, TopoJSON,
//! public domain) into compact SVG paths for the map, written to `data/basemap.tsv`.
//!
//! Each line is `iso_n3 \t name \t path`. Coordinates are tenths of a degree, x = longitude
//! and y = −latitude, so the app can draw them under its own projection scale (see the app's
//! `geo.rs`). Shapes are clipped to Europe and the ring around it.

use std::fmt::Write as _;

use anyhow::{Context, Result};
use serde_json::Value;

use crate::{root, say};

/// Longitude and latitude bounds of the basemap, a little wider than the map's home view.
const WEST: f64 = -30.0;
const EAST: f64 = 82.0;
const SOUTH: f64 = -12.0;
const NORTH: f64 = 72.0;

pub fn run() -> Result<()> {
    let source = root().join("node_modules/world-atlas/countries-110m.json");
    let json = std::fs::read_to_string(&source)
        .with_context(|| format!("reading {} (run `cargo xtask setup`)", source.display()))?;
    let topology: Value = serde_json::from_str(&json)?;
    let out = basemap_tsv(&topology)?;
    let target = root().join("data/basemap.tsv");
    std::fs::write(&target, &out)?;
    say(&format!("wrote {} ({} countries, {} bytes)", target.display(), out.lines().count(), out.len()));
    Ok(())
}

type Ring = Vec<(f64, f64)>;
type Lonlat = (f64, f64);
/// One side of the clipping rectangle: which points are inside, and where an edge crosses it.
type ClipEdge = (fn(&Lonlat) -> bool, fn(&Lonlat, &Lonlat) -> Lonlat);

fn basemap_tsv(topology: &Value) -> Result<String> {
    let scale = pair(&topology["transform"]["scale"]).context("transform.scale")?;
    let translate = pair(&topology["transform"]["translate"]).context("transform.translate")?;
    let arcs: Vec<Ring> = topology["arcs"]
        .as_array()
        .context("arcs")?
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.as_array()
                .map(|points| {
                    points
                        .iter()
                        .filter_map(pair)
                        .map(|(dx, dy)| {
                            x += dx;
                            y += dy;
                            (x * scale.0 + translate.0, y * scale.1 + translate.1)
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect();
    let mut lines = Vec::new();
    for geometry in topology["objects"]["countries"]["geometries"].as_array().context("countries")? {
        let Some(id) = geometry["id"].as_str() else { continue };
        let name = geometry["properties"]["name"].as_str().unwrap_or("");
        let polygons: Vec<&Value> = match geometry["type"].as_str() {
            Some("Polygon") => vec![&geometry["arcs"]],
            Some("MultiPolygon") => geometry["arcs"].as_array().map(|p| p.iter().collect()).unwrap_or_default(),
            _ => continue,
        };
        let mut path = String::new();
        for polygon in polygons {
            for ring in polygon.as_array().into_iter().flatten() {
                let ring = stitch(&arcs, ring);
                let clipped = clip(&ring);
                write_ring(&mut path, &clipped);
            }
        }
        if !path.is_empty() {
            lines.push(format!("{id}\t{name}\t{path}"));
        }
    }
    lines.sort();
    Ok(lines.join("\n") + "\n")
}

fn pair(value: &Value) -> Option<(f64, f64)> {
    Some((value.get(0)?.as_f64()?, value.get(1)?.as_f64()?))
}

/// A ring from its arc indices; `~i` (negative) is arc `i` reversed.
fn stitch(arcs: &[Ring], indices: &Value) -> Ring {
    let mut ring: Ring = Vec::new();
    for index in indices.as_array().into_iter().flatten().filter_map(Value::as_i64) {
        let (i, reversed) = if index < 0 { ((!index) as usize, true) } else { (index as usize, false) };
        let Some(arc) = arcs.get(i) else { continue };
        let mut points = arc.clone();
        if reversed {
            points.reverse();
        }
        let skip = usize::from(!ring.is_empty());
        ring.extend(points.into_iter().skip(skip));
    }
    ring
}

/// Sutherland–Hodgman clipping of a ring to the basemap's rectangle.
fn clip(ring: &Ring) -> Ring {
    let edges: [ClipEdge; 4] = [
        (|p| p.0 >= WEST, |a, b| cut_x(a, b, WEST)),
        (|p| p.0 <= EAST, |a, b| cut_x(a, b, EAST)),
        (|p| p.1 >= SOUTH, |a, b| cut_y(a, b, SOUTH)),
        (|p| p.1 <= NORTH, |a, b| cut_y(a, b, NORTH)),
    ];
    let mut points = ring.clone();
    for (inside, cut) in edges {
        let input = std::mem::take(&mut points);
        for (k, current) in input.iter().enumerate() {
            let previous = &input[(k + input.len() - 1) % input.len()];
            match (inside(previous), inside(current)) {
                (true, true) => points.push(*current),
                (true, false) => points.push(cut(previous, current)),
                (false, true) => {
                    points.push(cut(previous, current));
                    points.push(*current);
                }
                (false, false) => {}
            }
        }
    }
    points
}

fn cut_x(a: &(f64, f64), b: &(f64, f64), x: f64) -> (f64, f64) {
    (x, a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0))
}

fn cut_y(a: &(f64, f64), b: &(f64, f64), y: f64) -> (f64, f64) {
    (a.0 + (b.0 - a.0) * (y - a.1) / (b.1 - a.1), y)
}

/// Appends a ring as `M x y x y … Z` in integer tenths of a degree, dropping repeats.
fn write_ring(path: &mut String, ring: &Ring) {
    let mut points: Vec<(i64, i64)> = Vec::new();
    for &(lon, lat) in ring {
        let p = ((lon * 10.0).round() as i64, (-lat * 10.0).round() as i64);
        if points.last() != Some(&p) {
            points.push(p);
        }
    }
    if points.len() < 3 {
        return;
    }
    for (k, (x, y)) in points.iter().enumerate() {
        let _ = write!(path, "{}{x} {y}", if k == 0 { "M" } else { " " });
    }
    path.push('Z');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_keeps_inside_and_cuts_outside() {
        let square: Ring = vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        assert_eq!(clip(&square), square);
        let wide: Ring = vec![(70.0, 0.0), (100.0, 0.0), (100.0, 10.0), (70.0, 10.0)];
        let clipped = clip(&wide);
        assert!(clipped.iter().all(|p| p.0 <= EAST));
        assert!(clipped.contains(&(EAST, 0.0)));
        let outside: Ring = vec![(100.0, 0.0), (110.0, 0.0), (110.0, 10.0)];
        assert!(clip(&outside).is_empty());
    }

    #[test]
    fn arcs_stitch_and_reverse() {
        let arcs = vec![vec![(0.0, 0.0), (1.0, 0.0)], vec![(1.0, 0.0), (1.0, 1.0)]];
        let ring = stitch(&arcs, &serde_json::json!([0, 1]));
        assert_eq!(ring, vec![(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]);
        let reversed = stitch(&arcs, &serde_json::json!([-2]));
        assert_eq!(reversed, vec![(1.0, 1.0), (1.0, 0.0)]);
    }

    #[test]
    fn rings_are_written_in_tenths_without_repeats() {
        let mut path = String::new();
        write_ring(&mut path, &vec![(1.0, 1.0), (1.01, 1.01), (2.0, 1.0), (2.0, 2.0)]);
        assert_eq!(path, "M10 -10 20 -10 20 -20Z");
    }

    #[test]
    fn whole_topology_decodes() {
        let topology = serde_json::json!({
            "transform": {"scale": [1.0, 1.0], "translate": [0.0, 0.0]},
            "arcs": [[[0, 0], [5, 0], [0, 5], [-5, 0]]],
            "objects": {"countries": {"geometries": [{"type": "Polygon", "arcs": [[0]], "id": "466", "properties": {"name": "Mali"}}]}}
        });
        assert_eq!(basemap_tsv(&topology).unwrap(), "466\tMali\tM0 0 50 0 50 -50 0 -50Z\n");
    }
}
