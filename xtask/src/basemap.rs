//! `cargo xtask basemap`: turns Natural Earth country shapes (npm `world-atlas`, TopoJSON,
//! public domain) into compact SVG paths for the map, written to `data/basemap.tsv`.
//!
//! Each line is `iso_n3 \t name \t path`. Coordinates are tenths of a degree, x = longitude
//! and y = −latitude, so the app can draw them under its own projection scale (see the app's
//! `geo.rs`). Each ring starts at an absolute `M x y` and goes on in relative steps
//! (`l dx dy …`), which are short numbers: the file is fetched when a map is first shown.
//!
//! The whole world is kept, since a letter may name a mission anywhere and the map fits its
//! home view to the places shown. Europe and the ring around it, where most missions are, keep
//! every point of the 110m shapes; elsewhere the outlines are simplified further, which the
//! wider view they are seen at hides, and islands smaller than that are left out. Islands the
//! lexicon names that the 110m shapes lack come from the 50m ones.

use std::fmt::Write as _;

use anyhow::{Context, Result};
use kamerbrief::Lexicon;
use serde_json::Value;

use crate::{root, say};

/// Longitude and latitude bounds of the detailed part, a little wider than the ring around
/// Europe (the app's `ViewBox::ring_around_europe`).
const WEST: f64 = -30.0;
const EAST: f64 = 82.0;
const SOUTH: f64 = -12.0;
const NORTH: f64 = 72.0;
/// Outside the detailed part, how far (degrees) a simplified outline may stray from the shape.
const COARSE_TOLERANCE: f64 = 0.3;

/// Shapes Natural Earth gives no ISO 3166-1 numeric code: the code of the state ISO 3166 counts
/// them in, or none (Kosovo has no numeric code). They are kept either way, so that no land is a
/// hole in the map: the lexicon has places in Kosovo and near the others.
const UNCODED: [(&str, &str); 3] = [("Somaliland", "706"), ("N. Cyprus", "196"), ("Kosovo", "")];

pub fn run() -> Result<()> {
    let read = |file: &str| -> Result<Value> {
        let source = root().join("node_modules/world-atlas").join(file);
        let json = std::fs::read_to_string(&source)
            .with_context(|| format!("reading {} (run `cargo xtask setup`)", source.display()))?;
        Ok(serde_json::from_str(&json)?)
    };
    let mut countries = outlines(&read("countries-110m.json")?)?;
    let islands: Vec<Lonlat> =
        Lexicon::builtin().places.iter().filter(|p| p.kind == "island").map(|p| (p.lon, p.lat)).collect();
    let added = add_islands(&mut countries, &outlines(&read("countries-50m.json")?)?, &islands);
    let out = basemap_tsv(&countries);
    let target = root().join("data/basemap.tsv");
    std::fs::write(&target, &out)?;
    say(&format!(
        "wrote {} ({} countries, {added} islands from the 50m shapes, {} bytes)",
        target.display(),
        out.lines().count(),
        out.len()
    ));
    Ok(())
}

type Lonlat = (f64, f64);
type Ring = Vec<Lonlat>;

/// A country's outline: its code, its name and its rings (islands, and holes in it).
#[derive(Debug, Clone, PartialEq)]
struct Outline {
    id: String,
    name: String,
    rings: Vec<Ring>,
}

/// The outlines of a TopoJSON topology, simplified and cut as the basemap keeps them.
fn outlines(topology: &Value) -> Result<Vec<Outline>> {
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
        .map(|arc: Ring| simplified(&arc))
        .collect();
    let mut out = Vec::new();
    for geometry in topology["objects"]["countries"]["geometries"].as_array().context("countries")? {
        let name = geometry["properties"]["name"].as_str().unwrap_or("");
        let id = match geometry["id"].as_str() {
            Some(id) => id,
            None => match UNCODED.iter().find(|(n, _)| *n == name) {
                Some((_, code)) => code,
                None => continue,
            },
        };
        let polygons: Vec<&Value> = match geometry["type"].as_str() {
            Some("Polygon") => vec![&geometry["arcs"]],
            Some("MultiPolygon") => geometry["arcs"].as_array().map(|p| p.iter().collect()).unwrap_or_default(),
            _ => continue,
        };
        let rings: Vec<Ring> = polygons
            .into_iter()
            .flat_map(|polygon| polygon.as_array().into_iter().flatten())
            .flat_map(|ring| split_at_antimeridian(&stitch(&arcs, ring)))
            .filter(worth_drawing)
            .collect();
        if !rings.is_empty() {
            out.push(Outline { id: id.to_owned(), name: name.to_owned(), rings });
        }
    }
    Ok(out)
}

/// Adds to `countries` the rings of `finer` outlines that hold an island of `islands` which no
/// ring of `countries` holds: the 110m shapes leave out islands the lexicon names (Lesbos,
/// Chios), whose markers would otherwise stand in the sea. Returns how many it added.
fn add_islands(countries: &mut Vec<Outline>, finer: &[Outline], islands: &[Lonlat]) -> usize {
    let mut added = 0;
    for &island in islands {
        if countries.iter().any(|c| holds(&c.rings, island)) {
            continue;
        }
        let Some((outline, ring)) =
            finer.iter().find_map(|c| c.rings.iter().find(|r| holds(std::slice::from_ref(*r), island)).map(|r| (c, r)))
        else {
            continue;
        };
        match countries.iter_mut().find(|c| c.id == outline.id && c.name == outline.name) {
            Some(country) => country.rings.push(ring.clone()),
            None => countries.push(Outline { rings: vec![ring.clone()], ..outline.clone() }),
        }
        added += 1;
    }
    added
}

/// Whether `p` lies inside `rings`, by the even–odd rule that SVG's default fill also follows
/// for holes.
fn holds(rings: &[Ring], p: Lonlat) -> bool {
    let mut inside = false;
    for ring in rings {
        for (k, a) in ring.iter().enumerate() {
            let b = ring[(k + 1) % ring.len()];
            if (a.1 > p.1) != (b.1 > p.1) && p.0 < a.0 + (p.1 - a.1) * (b.0 - a.0) / (b.1 - a.1) {
                inside = !inside;
            }
        }
    }
    inside
}

/// The file: a line per country, sorted by code.
fn basemap_tsv(countries: &[Outline]) -> String {
    let mut lines: Vec<String> = countries
        .iter()
        .filter_map(|c| {
            let mut path = String::new();
            for ring in &c.rings {
                write_ring(&mut path, ring);
            }
            (!path.is_empty()).then(|| format!("{}\t{}\t{path}", c.id, c.name))
        })
        .collect();
    lines.sort();
    lines.join("\n") + "\n"
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

/// A ring as pieces within longitudes −180…180, for a flat map. The source draws a ring that
/// crosses the antimeridian and comes back (Fiji, Chukotka) with a jump of 360° in longitude,
/// which a flat map would draw as a line round the world: such a ring is made continuous and
/// cut at ±180°, each side drawn where it belongs. A ring round the pole (Antarctica) jumps once
/// and does not come back: its jump runs along the map's edge, and it is kept as it is.
fn split_at_antimeridian(ring: &Ring) -> Vec<Ring> {
    let mut shift = 0.0;
    let mut continuous = Vec::with_capacity(ring.len());
    for (k, &(lon, lat)) in ring.iter().enumerate() {
        if k > 0 {
            let previous = ring[k - 1].0;
            if lon - previous > 180.0 {
                shift -= 360.0;
            } else if previous - lon > 180.0 {
                shift += 360.0;
            }
        }
        continuous.push((lon + shift, lat));
    }
    if shift != 0.0 || continuous.iter().all(|p| (-180.0..=180.0).contains(&p.0)) {
        return vec![ring.clone()];
    }
    [0.0, 360.0, -360.0]
        .into_iter()
        .map(|by| clip_longitude(&continuous.iter().map(|&(lon, lat)| (lon + by, lat)).collect()))
        .filter(|piece| piece.len() >= 3)
        .collect()
}

/// Sutherland–Hodgman clipping of a ring to longitudes −180…180.
fn clip_longitude(ring: &Ring) -> Ring {
    let mut points = ring.clone();
    for edge in [-180.0, 180.0] {
        let inside = |p: &Lonlat| if edge < 0.0 { p.0 >= edge } else { p.0 <= edge };
        let cut = |a: &Lonlat, b: &Lonlat| (edge, a.1 + (b.1 - a.1) * (edge - a.0) / (b.0 - a.0));
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

/// An arc (a shared border, or a coast) as the basemap keeps it: its ends, every point inside
/// the detailed part, and outside it only the points a Douglas–Peucker pass within
/// [`COARSE_TOLERANCE`] needs. Arcs are simplified before they are stitched into rings, so that
/// two neighbours still share their border: simplified ring by ring, they would draw it apart
/// and leave slivers of sea between them.
fn simplified(arc: &Ring) -> Ring {
    if arc.len() < 3 {
        return arc.clone();
    }
    let mut keep: Vec<bool> = arc.iter().map(detailed).collect();
    keep[0] = true;
    keep[arc.len() - 1] = true;
    let kept: Vec<usize> = (0..arc.len()).filter(|&i| keep[i]).collect();
    for pair in kept.windows(2) {
        douglas_peucker(arc, &(pair[0]..=pair[1]).collect::<Vec<_>>(), &mut keep);
    }
    arc.iter().zip(keep).filter_map(|(&p, k)| k.then_some(p)).collect()
}

/// Whether a ring is drawn: not when it lies wholly outside the detailed part and is smaller
/// than the simplification there would show (a small island far from the missions).
fn worth_drawing(ring: &Ring) -> bool {
    let (lon0, lon1, lat0, lat1) =
        ring.iter().fold((f64::INFINITY, f64::NEG_INFINITY, f64::INFINITY, f64::NEG_INFINITY), |(a, b, c, d), p| {
            (a.min(p.0), b.max(p.0), c.min(p.1), d.max(p.1))
        });
    ring.iter().any(detailed) || (lon1 - lon0).max(lat1 - lat0) >= 2.0 * COARSE_TOLERANCE
}

/// Whether a point lies in the part of the world kept in full detail.
fn detailed(p: &Lonlat) -> bool {
    (WEST..=EAST).contains(&p.0) && (SOUTH..=NORTH).contains(&p.1)
}

/// Marks in `keep` the points of `run` (indices into `arc`, its ends kept) that the outline
/// between its ends needs to stay within [`COARSE_TOLERANCE`].
fn douglas_peucker(arc: &Ring, run: &[usize], keep: &mut [bool]) {
    if run.len() < 3 {
        return;
    }
    let (a, b) = (arc[run[0]], arc[run[run.len() - 1]]);
    let (far, offset) = run[1..run.len() - 1]
        .iter()
        .enumerate()
        .map(|(k, &i)| (k + 1, off_line(arc[i], a, b)))
        .max_by(|x, y| x.1.total_cmp(&y.1))
        .unwrap_or((0, 0.0));
    if offset > COARSE_TOLERANCE {
        keep[run[far]] = true;
        douglas_peucker(arc, &run[..=far], keep);
        douglas_peucker(arc, &run[far..], keep);
    }
}

fn distance(a: Lonlat, b: Lonlat) -> f64 {
    (a.0 - b.0).hypot(a.1 - b.1)
}

/// How far `p` is from the segment `a`–`b`, in degrees.
fn off_line(p: Lonlat, a: Lonlat, b: Lonlat) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = dx * dx + dy * dy;
    if length == 0.0 {
        return distance(p, a);
    }
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length).clamp(0.0, 1.0);
    distance(p, (a.0 + t * dx, a.1 + t * dy))
}

/// Appends a ring as `Mx y` and relative steps `ldx dy dx dy …Z`, in integer tenths of a
/// degree, dropping repeats. A step's numbers are apart by a space, or by nothing before a minus
/// sign, as SVG path data allows. Points that rounding leaves on a straight line go.
fn write_ring(path: &mut String, ring: &Ring) {
    let mut points: Vec<(i64, i64)> = Vec::new();
    for &(lon, lat) in ring {
        let p = ((lon * 10.0).round() as i64, (-lat * 10.0).round() as i64);
        if points.last() == Some(&p) {
            continue;
        }
        // A point on the straight line on from the two before it adds nothing once rounded.
        if let [.., a, b] = points[..]
            && (b.0 - a.0) * (p.1 - b.1) == (b.1 - a.1) * (p.0 - b.0)
            && (b.0 - a.0) * (p.0 - b.0) + (b.1 - a.1) * (p.1 - b.1) > 0
        {
            points.pop();
        }
        points.push(p);
    }
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    if points.len() < 3 {
        return;
    }
    let (x0, y0) = points[0];
    let _ = write!(path, "M{x0} {y0}l");
    for (k, pair) in points.windows(2).enumerate() {
        let (dx, dy) = (pair[1].0 - pair[0].0, pair[1].1 - pair[0].1);
        if k > 0 && dx >= 0 {
            path.push(' ');
        }
        let _ = write!(path, "{dx}{}{dy}", if dy >= 0 { " " } else { "" });
    }
    path.push('Z');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detail_is_kept_inside_the_ring_and_simplified_outside() {
        // Inside: every point.
        let inside: Ring = vec![(0.0, 0.0), (5.0, 0.1), (10.0, 0.0), (10.0, 10.0)];
        assert_eq!(simplified(&inside), inside);
        // Outside: the wobble within the tolerance goes, the ends and corners stay.
        let far: Ring = vec![(100.0, 0.0), (105.0, 0.1), (110.0, 0.0), (110.0, 10.0), (105.0, 9.9), (100.0, 10.0)];
        assert_eq!(simplified(&far), vec![(100.0, 0.0), (110.0, 0.0), (110.0, 10.0), (100.0, 10.0)]);
        // Across the edge: the inside points all stay, the outside run is simplified.
        let across: Ring =
            vec![(70.0, 0.0), (80.0, 0.2), (90.0, 0.2), (100.0, 0.0), (100.0, 10.0), (90.0, 10.1), (70.0, 10.0)];
        assert_eq!(simplified(&across), vec![(70.0, 0.0), (80.0, 0.2), (100.0, 0.0), (100.0, 10.0), (70.0, 10.0)]);
        // A closed arc (an island) keeps its shape.
        let island: Ring = vec![(100.0, 0.0), (110.0, 0.0), (110.0, 10.0), (100.0, 10.0), (100.0, 0.0)];
        assert_eq!(simplified(&island), island);
    }

    #[test]
    fn rings_across_the_antimeridian_are_cut_there() {
        // An island across 180°, drawn as the source does: a jump of 360° and back.
        let island: Ring = vec![(179.0, -16.0), (-179.0, -16.0), (-179.0, -17.0), (179.0, -17.0), (179.0, -16.0)];
        let pieces = split_at_antimeridian(&island);
        assert_eq!(pieces.len(), 2);
        assert!(pieces.iter().flatten().all(|p| (-180.0..=180.0).contains(&p.0)));
        assert!(pieces[0].contains(&(180.0, -16.0)) && pieces[1].contains(&(-180.0, -17.0)));
        // Round the pole: one jump along the edge, kept as it is.
        let polar: Ring = vec![(-180.0, -85.0), (0.0, -70.0), (180.0, -85.0), (-180.0, -85.0)];
        assert_eq!(split_at_antimeridian(&polar), vec![polar.clone()]);
        let plain: Ring = vec![(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)];
        assert_eq!(split_at_antimeridian(&plain), vec![plain.clone()]);
    }

    #[test]
    fn islands_missing_from_the_coarse_shapes_come_from_the_finer_ones() {
        let square = |x: f64, y: f64, size: f64| vec![(x, y), (x + size, y), (x + size, y + size), (x, y + size)];
        let greece = |rings| Outline { id: "300".into(), name: "Greece".into(), rings };
        let mut coarse = vec![greece(vec![square(20.0, 37.0, 3.0)])];
        let finer = vec![greece(vec![square(20.0, 37.0, 3.0), square(26.0, 39.0, 0.5)])];
        // On the mainland already; an island of the finer shapes; the open sea.
        let added = add_islands(&mut coarse, &finer, &[(21.0, 38.0), (26.3, 39.2), (30.0, 30.0)]);
        assert_eq!(added, 1);
        assert_eq!(coarse, vec![greece(vec![square(20.0, 37.0, 3.0), square(26.0, 39.0, 0.5)])]);
        assert!(holds(&coarse[0].rings, (26.3, 39.2)) && !holds(&coarse[0].rings, (25.0, 39.2)));
    }

    /// The rings of a path as [`write_ring`] writes it, in degrees.
    fn read_rings(path: &str) -> Vec<Ring> {
        let numbers = |text: &str| -> Vec<f64> {
            let mut out = Vec::new();
            let mut number = String::new();
            for c in text.chars() {
                if matches!(c, ' ' | '-') && !number.is_empty() {
                    out.push(number.parse().unwrap());
                    number.clear();
                }
                if c != ' ' {
                    number.push(c);
                }
            }
            out.extend(number.parse::<f64>().ok());
            out
        };
        path.split('Z')
            .filter(|ring| !ring.is_empty())
            .map(|ring| {
                let (start, steps) = ring.strip_prefix('M').and_then(|r| r.split_once('l')).unwrap();
                let start = numbers(start);
                let mut at = (start[0], start[1]);
                let mut points = vec![(at.0 / 10.0, -at.1 / 10.0)];
                for step in numbers(steps).chunks(2) {
                    at = (at.0 + step[0], at.1 + step[1]);
                    points.push((at.0 / 10.0, -at.1 / 10.0));
                }
                points
            })
            .collect()
    }

    /// The shipped basemap's outlines: code and rings.
    fn shipped() -> Vec<(String, Vec<Ring>)> {
        std::fs::read_to_string(root().join("data/basemap.tsv"))
            .unwrap()
            .lines()
            .map(|line| {
                let fields: Vec<&str> = line.split('\t').collect();
                (fields[0].to_owned(), read_rings(fields[2]))
            })
            .collect()
    }

    #[test]
    fn paths_read_back() {
        let ring = vec![(1.0, 1.0), (2.0, 1.0), (2.0, 2.5), (-3.0, -1.0)];
        let mut path = String::new();
        write_ring(&mut path, &ring);
        write_ring(&mut path, &ring);
        assert_eq!(read_rings(&path), vec![ring.clone(), ring]);
    }

    #[test]
    fn every_country_of_the_lexicon_holds_its_places() {
        // Bug: the basemap was cut to the ring around Europe, so a mission in Cambodia or the
        // United States stood on no land.
        let outlines = shipped();
        for place in Lexicon::builtin().places {
            let Some(iso) = &place.iso_n3 else { continue };
            let own: Vec<Ring> = outlines.iter().filter(|(id, _)| id == iso).flat_map(|(_, r)| r.clone()).collect();
            assert!(holds(&own, (place.lon, place.lat)), "{} ({iso})", place.id);
        }
    }

    #[test]
    fn every_place_of_the_lexicon_is_on_land() {
        // Bug: Kosovo, which Natural Earth gives no code, was left out, and the 110m shapes
        // have no Lesbos or Chios: their markers stood in a hole or in the sea.
        let land: Vec<Ring> = shipped().into_iter().flat_map(|(_, r)| r).collect();
        let near_the_coast = |p: Lonlat| {
            land.iter().any(|ring| (0..ring.len()).any(|k| off_line(p, ring[k], ring[(k + 1) % ring.len()]) < 0.2))
        };
        for place in Lexicon::builtin().places.into_iter().filter(|p| p.kind != "waters") {
            let at = (place.lon, place.lat);
            // Or on the coast, as coarsely as the 110m shapes draw it: Rafah.
            assert!(holds(&land, at) || near_the_coast(at), "{} at {at:?}", place.id);
        }
    }

    #[test]
    fn small_islands_are_left_out_only_outside_the_ring() {
        let island = |lon: f64| vec![(lon, 0.0), (lon + 0.5, 0.0), (lon + 0.5, 0.5), (lon, 0.5)];
        assert!(!worth_drawing(&island(120.0)));
        assert!(worth_drawing(&island(20.0)));
        assert!(worth_drawing(&vec![(120.0, 0.0), (122.0, 0.0), (121.0, 0.5)]));
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
        write_ring(&mut path, &vec![(1.0, 1.0), (1.01, 1.01), (2.0, 1.0), (2.0, 2.0), (1.0, 1.0)]);
        assert_eq!(path, "M10 -10l10 0 0-10Z");
        write_ring(&mut path, &vec![(-1.0, -1.0), (-2.0, -2.0), (-2.0, -1.0)]);
        assert_eq!(path, "M10 -10l10 0 0-10ZM-10 10l-10 10 0-10Z");
        let mut straight = String::new();
        write_ring(&mut straight, &vec![(0.0, 0.0), (0.1, 0.0), (0.2, 0.0), (0.2, 0.1)]);
        assert_eq!(straight, "M0 0l2 0 0-1Z");
    }

    #[test]
    fn whole_topology_decodes() {
        let topology = serde_json::json!({
            "transform": {"scale": [1.0, 1.0], "translate": [0.0, 0.0]},
            "arcs": [[[0, 0], [5, 0], [0, 5], [-5, 0]]],
            "objects": {"countries": {"geometries": [{"type": "Polygon", "arcs": [[0]], "id": "466", "properties": {"name": "Mali"}}]}}
        });
        assert_eq!(basemap_tsv(&outlines(&topology).unwrap()), "466\tMali\tM0 0l50 0 0-50-50 0Z\n");
    }
}
