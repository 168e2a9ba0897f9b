//! Map maths: the projection shared with the basemap, the map's home view and bounds from the
//! places it shows, zooming and panning within them, fanning out markers that would overlap,
//! placing labels where they do not collide, and placing a marker's popover.
//!
//! The basemap (`data/basemap.tsv`, made by `cargo xtask basemap`) stores country outlines in
//! tenths of a degree, x = longitude and y = −latitude. The map draws them under a horizontal
//! scale of cos(45°), an equirectangular projection true to scale at the latitude of the
//! ring around Europe; [`project`] applies the same to a place.

/// Horizontal scale of the projection: cos(45°).
pub const X_SCALE: f64 = std::f64::consts::FRAC_1_SQRT_2;
/// Map units per degree.
pub const UNITS_PER_DEGREE: f64 = 10.0;

/// A point in map units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Right.
    pub x: f64,
    /// Down.
    pub y: f64,
}

/// A place's position in map units.
pub fn project(lat: f64, lon: f64) -> Point {
    Point { x: lon * UNITS_PER_DEGREE * X_SCALE, y: -lat * UNITS_PER_DEGREE }
}

/// The rectangle of map units on screen: an SVG `viewBox`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewBox {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl ViewBox {
    /// The view of Europe and the ring around it: from the Sahel to Afghanistan and from the
    /// Baltic to the Horn of Africa. A map with no places opens here.
    pub fn ring_around_europe() -> Self {
        let top_left = project(62.0, -20.0);
        let bottom_right = project(-2.0, 72.0);
        Self { x: top_left.x, y: top_left.y, w: bottom_right.x - top_left.x, h: bottom_right.y - top_left.y }
    }

    /// The whole world, ±180° of longitude and ±90° of latitude: what the basemap covers.
    pub fn world() -> Self {
        let top_left = project(90.0, -180.0);
        let bottom_right = project(-90.0, 180.0);
        Self { x: top_left.x, y: top_left.y, w: bottom_right.x - top_left.x, h: bottom_right.y - top_left.y }
    }

    /// The `viewBox` attribute.
    pub fn attr(&self) -> String {
        format!("{:.1} {:.1} {:.1} {:.1}", self.x, self.y, self.w, self.h)
    }

    /// The centre.
    pub fn centre(&self) -> Point {
        Point { x: self.x + self.w / 2.0, y: self.y + self.h / 2.0 }
    }

    /// How much smaller than `home` it is: 1 at the home view.
    pub fn zoom_level(&self, home: &ViewBox) -> f64 {
        home.w / self.w
    }

    /// Whether `p` lies inside, edges included.
    pub fn contains(&self, p: Point) -> bool {
        (self.x..=self.x + self.w).contains(&p.x) && (self.y..=self.y + self.h).contains(&p.y)
    }

    /// The smallest box of `aspect` (height over width) around it, with the same centre.
    pub fn with_aspect(self, aspect: f64) -> Self {
        let w = self.w.max(self.h / aspect);
        let h = w * aspect;
        let c = self.centre();
        Self { x: c.x - w / 2.0, y: c.y - h / 2.0, w, h }
    }

    /// Grown by `share` of its width and height on every side.
    fn grown(self, share: f64) -> Self {
        let (dx, dy) = (self.w * share, self.h * share);
        Self { x: self.x - dx, y: self.y - dy, w: self.w + 2.0 * dx, h: self.h + 2.0 * dy }
    }

    /// Kept so that its centre stays inside `bounds`.
    fn kept_in(self, bounds: &ViewBox) -> Self {
        let c = self.centre();
        let cx = c.x.clamp(bounds.x, bounds.x + bounds.w);
        let cy = c.y.clamp(bounds.y, bounds.y + bounds.h);
        Self { x: cx - self.w / 2.0, y: cy - self.h / 2.0, ..self }
    }
}

/// The closest a map zooms: this many degrees of longitude across. The outlines are Natural
/// Earth's coarsest, which any closer would show as the straight lines they are.
pub const CLOSEST_DEGREES: f64 = 8.0;
/// How far past its home view a map pans: the view's centre may go this share of the home
/// view's size beyond each of its edges, to see what lies around the places.
const PAN_MARGIN: f64 = 0.5;

/// Where a map opens and how far it goes, both from the places it shows, so that a mission
/// anywhere in the world is in view on arrival and none is out of reach.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Extent {
    /// The view it opens at, and the widest it zooms out to: around every place.
    pub home: ViewBox,
    /// The box the view's centre stays in: the home view grown by [`PAN_MARGIN`], within the
    /// world (yet never cutting into the home view, which may reach past a pole).
    pub bounds: ViewBox,
}

impl Extent {
    /// The ring around Europe, where a map with no places opens: the view of `aspect` (height
    /// over width) around it.
    pub fn ring_around_europe(aspect: f64) -> Self {
        Self::from_home(ViewBox::ring_around_europe().with_aspect(aspect))
    }

    /// Around `points`: a home view of `aspect` that [`fit`]s them, at least `min_width` wide
    /// so that a single place is seen among its neighbours; the ring around Europe when there
    /// are none.
    pub fn around(points: &[Point], min_width: f64, aspect: f64) -> Self {
        match fit(points, min_width, aspect) {
            Some(home) => Self::from_home(home),
            None => Self::ring_around_europe(aspect),
        }
    }

    fn from_home(home: ViewBox) -> Self {
        let grown = home.grown(PAN_MARGIN);
        let world = ViewBox::world();
        let x0 = grown.x.max(world.x.min(home.x));
        let y0 = grown.y.max(world.y.min(home.y));
        let x1 = (grown.x + grown.w).min((world.x + world.w).max(home.x + home.w));
        let y1 = (grown.y + grown.h).min((world.y + world.h).max(home.y + home.h));
        Self { home, bounds: ViewBox { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } }
    }
}

/// A map's view together with the [`Extent`] it stays in: what zooming and panning change.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapView {
    /// What is on screen.
    pub view: ViewBox,
    /// Where it opened and how far it goes.
    pub extent: Extent,
}

impl MapView {
    /// At the home view of `extent`.
    pub fn home(extent: Extent) -> Self {
        Self { view: extent.home, extent }
    }

    /// Zoomed in by `factor` (above 1 zooms in) around `anchor`, between the home view and
    /// [`CLOSEST_DEGREES`] across.
    pub fn zoomed(&self, factor: f64, anchor: Point) -> Self {
        let v = self.view;
        let widest = self.extent.home.w;
        let closest = (CLOSEST_DEGREES * UNITS_PER_DEGREE * X_SCALE).min(widest);
        let w = (v.w / factor).clamp(closest, widest);
        let h = w * v.h / v.w;
        let sx = (anchor.x - v.x) / v.w;
        let sy = (anchor.y - v.y) / v.h;
        self.with_view(ViewBox { x: anchor.x - sx * w, y: anchor.y - sy * h, w, h })
    }

    /// Moved by a share of its own size (`dx = 0.25` is a quarter width to the right).
    pub fn panned(&self, dx: f64, dy: f64) -> Self {
        let v = self.view;
        self.with_view(ViewBox { x: v.x + dx * v.w, y: v.y + dy * v.h, ..v })
    }

    /// How much closer than the home view it is: 1 at the home view.
    pub fn zoom_level(&self) -> f64 {
        self.view.zoom_level(&self.extent.home)
    }

    fn with_view(&self, view: ViewBox) -> Self {
        Self { view: view.kept_in(&self.extent.bounds), ..*self }
    }
}

/// Offsets that spread markers so that no two are closer than `min_distance`: markers at
/// (nearly) the same point are fanned out on a circle around it, as in the Baltic.
pub fn fan_out(points: &[Point], min_distance: f64) -> Vec<Point> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, p) in points.iter().enumerate() {
        let near = groups.iter_mut().find(|g| {
            let q = points[g[0]];
            (q.x - p.x).hypot(q.y - p.y) < min_distance
        });
        match near {
            Some(group) => group.push(i),
            None => groups.push(vec![i]),
        }
    }
    let mut out = points.to_vec();
    for group in groups.into_iter().filter(|g| g.len() > 1) {
        let n = group.len() as f64;
        let cx = group.iter().map(|&i| points[i].x).sum::<f64>() / n;
        let cy = group.iter().map(|&i| points[i].y).sum::<f64>() / n;
        // The circle's chord between neighbours is at least `min_distance`.
        let radius = min_distance / (2.0 * (std::f64::consts::PI / n).sin());
        for (k, &i) in group.iter().enumerate() {
            let angle = -std::f64::consts::FRAC_PI_2 + 2.0 * std::f64::consts::PI * k as f64 / n;
            out[i] = Point { x: cx + radius * angle.cos(), y: cy + radius * angle.sin() };
        }
    }
    out
}

/// A rectangle, in the same units as the points it is compared with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// Whether the two overlap (touching edges do not).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }

    /// Whether `other` lies wholly inside.
    pub fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x
            && other.y >= self.y
            && other.x + other.w <= self.x + self.w
            && other.y + other.h <= self.y + self.h
    }

    /// The square around a circle.
    pub fn around(centre: Point, radius: f64) -> Self {
        Self { x: centre.x - radius, y: centre.y - radius, w: 2.0 * radius, h: 2.0 * radius }
    }
}

/// Which side of its marker a label stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// To the right, starting just past the marker.
    Right,
    /// To the left, ending just before the marker.
    Left,
    /// Above, starting at the marker's left edge: where a fan of markers leaves no room beside.
    Above,
    /// Below, likewise.
    Below,
    /// Above, ending at the marker's right edge: near the map's right edge.
    AboveEnd,
    /// Below, likewise.
    BelowEnd,
}

impl Side {
    /// Every side, in the order they are tried.
    pub const ALL: [Side; 6] = [Side::Right, Side::Left, Side::Above, Side::Below, Side::AboveEnd, Side::BelowEnd];
}

/// The box of a label of `size` (width, height) beside a marker of `radius` at `at`.
pub fn label_box(at: Point, size: (f64, f64), radius: f64, side: Side) -> Rect {
    let gap = radius + 3.0;
    let (x, y) = match side {
        Side::Right => (at.x + gap, at.y - size.1 / 2.0),
        Side::Left => (at.x - gap - size.0, at.y - size.1 / 2.0),
        Side::Above => (at.x - radius, at.y - gap - size.1),
        Side::Below => (at.x - radius, at.y + gap),
        Side::AboveEnd => (at.x + radius - size.0, at.y - gap - size.1),
        Side::BelowEnd => (at.x + radius - size.0, at.y + gap),
    };
    Rect { x, y, w: size.0, h: size.1 }
}

/// Where each country's name goes: a box of its `size` centred on its point, kept only where it
/// lies inside `bounds` and overlaps nothing `taken` (markers and their labels, which come
/// first) and no country name placed before it.
pub fn place_country_names(names: &[(Point, (f64, f64))], taken: &[Rect], bounds: Rect) -> Vec<Option<Rect>> {
    let mut placed: Vec<Rect> = Vec::new();
    names
        .iter()
        .map(|&(at, (w, h))| {
            let b = Rect { x: at.x - w / 2.0, y: at.y - h / 2.0, w, h };
            let free = bounds.contains(&b) && !taken.iter().chain(&placed).any(|t| t.overlaps(&b));
            free.then(|| {
                placed.push(b);
                b
            })
        })
        .collect()
}

/// Where each label goes, or `None` where it would collide. Labels are placed in order (the
/// first has priority), to the right of their marker, else on one of the other [`Side::ALL`], and only where they
/// overlap no marker, no label placed before them, and nothing outside `bounds`. `labels`
/// pairs a marker's index in `markers` with its label's size; all in the same units.
pub fn place_labels(markers: &[Point], labels: &[(usize, (f64, f64))], radius: f64, bounds: Rect) -> Vec<Option<Side>> {
    let dots: Vec<Rect> = markers.iter().map(|&p| Rect::around(p, radius)).collect();
    let mut placed: Vec<Rect> = Vec::new();
    labels
        .iter()
        .map(|&(i, size)| {
            let at = *markers.get(i)?;
            let side = Side::ALL.into_iter().find(|&side| {
                let b = label_box(at, size, radius, side);
                bounds.contains(&b) && !dots.iter().any(|d| d.overlaps(&b)) && !placed.iter().any(|p| p.overlaps(&b))
            })?;
            placed.push(label_box(at, size, radius, side));
            Some(side)
        })
        .collect()
}

/// A view of `aspect` (height over width) around `points`: their bounds with half their size
/// again as margin, and never narrower than `min_width`, so that the neighbours of a single
/// country show around it.
pub fn fit(points: &[Point], min_width: f64, aspect: f64) -> Option<ViewBox> {
    let first = points.first()?;
    let (mut x0, mut y0, mut x1, mut y1) = (first.x, first.y, first.x, first.y);
    for p in points {
        x0 = x0.min(p.x);
        y0 = y0.min(p.y);
        x1 = x1.max(p.x);
        y1 = y1.max(p.y);
    }
    let w = ((x1 - x0) * 1.5).max((y1 - y0) * 1.5 / aspect).max(min_width);
    let h = w * aspect;
    Some(ViewBox { x: (x0 + x1) / 2.0 - w / 2.0, y: (y0 + y1) / 2.0 - h / 2.0, w, h })
}

/// Where a popover of `width` pixels opens for a marker at `at` (pixels within a frame of
/// `frame` width and height): centred under the marker, kept inside the frame, and above the
/// marker when it sits in the frame's lower half. Returns the popover's left edge, the
/// vertical anchor, and whether it opens above (then the anchor is its bottom edge).
pub fn popover_at(at: Point, width: f64, frame: (f64, f64), offset: f64) -> (f64, f64, bool) {
    let left = (at.x - width / 2.0).min(frame.0 - width).max(0.0);
    let above = at.y > frame.1 / 2.0;
    let anchor = if above { at.y - offset } else { at.y + offset };
    (left, anchor, above)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_projection() {
        assert_eq!(project(0.0, 0.0), Point { x: 0.0, y: 0.0 });
        let bamako = project(12.6, -8.0);
        assert!(bamako.x < 0.0 && bamako.y < 0.0);
        let north = project(55.0, 24.0);
        assert!(north.y < bamako.y, "north is up");
    }

    #[test]
    fn ok_country_names_avoid_markers_labels_and_each_other() {
        let bounds = Rect { x: 0.0, y: 0.0, w: 100.0, h: 100.0 };
        let marker = Rect::around(Point { x: 50.0, y: 50.0 }, 3.0);
        let names = [
            (Point { x: 20.0, y: 20.0 }, (10.0, 4.0)),
            (Point { x: 50.0, y: 50.0 }, (10.0, 4.0)),
            (Point { x: 22.0, y: 21.0 }, (10.0, 4.0)),
            (Point { x: 99.0, y: 50.0 }, (10.0, 4.0)),
        ];
        let placed = place_country_names(&names, &[marker], bounds);
        assert!(placed[0].is_some());
        assert_eq!(placed[1..], [None, None, None]);
    }

    #[test]
    fn ok_home_view_holds_the_ring() {
        let home = ViewBox::ring_around_europe();
        for (lat, lon) in [(17.5, -4.0), (34.5, 66.0), (55.2, 23.9), (5.2, 46.2)] {
            let p = project(lat, lon);
            assert!(p.x > home.x && p.x < home.x + home.w && p.y > home.y && p.y < home.y + home.h, "{lat},{lon}");
        }
    }

    /// The main map's shape and least width, as `mission_map` has them.
    fn map_extent(points: &[Point]) -> Extent {
        let ring = ViewBox::ring_around_europe();
        Extent::around(points, 40.0 * UNITS_PER_DEGREE * X_SCALE, ring.h / ring.w)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn lithuania() -> Point {
        project(55.2, 23.9)
    }

    fn netherlands() -> Point {
        project(52.1, 5.3)
    }

    fn greece() -> Point {
        project(39.1, 22.0)
    }

    fn haiti() -> Point {
        project(18.9, -72.3)
    }

    #[test]
    fn ok_zoom_keeps_anchor_and_limits() {
        let map = MapView::home(map_extent(&[]));
        let home = map.view;
        let anchor = project(50.0, 10.0);
        let z = map.zoomed(2.0, anchor);
        assert!(close(z.view.w, home.w / 2.0) && close(z.zoom_level(), 2.0));
        let share = |v: &ViewBox| ((anchor.x - v.x) / v.w, (anchor.y - v.y) / v.h);
        let (a, b) = (share(&home), share(&z.view));
        assert!(close(a.0, b.0) && close(a.1, b.1));
        assert_eq!(map.zoomed(0.1, anchor).view.w, home.w, "never wider than home");
        assert!(close(map.zoomed(1000.0, anchor).view.w, CLOSEST_DEGREES * UNITS_PER_DEGREE * X_SCALE));
    }

    #[test]
    fn ok_home_view_fits_places_in_europe_only() {
        let places = [lithuania(), netherlands(), greece()];
        let extent = map_extent(&places);
        let home = extent.home;
        assert!(places.iter().all(|&p| home.contains(p)));
        // Closer than the ring around Europe, in the same shape.
        let ring = ViewBox::ring_around_europe();
        assert!(home.w < ring.w && close(home.h / home.w, ring.h / ring.w));
        assert!(!home.contains(project(17.5, -4.0)), "Mali is not needed");
        assert_eq!(MapView::home(extent).view, home);
    }

    #[test]
    fn ok_home_view_fits_places_in_europe_and_haiti() {
        let ring = ViewBox::ring_around_europe();
        assert!(!ring.contains(haiti()), "Haiti is outside the ring");
        let places = [lithuania(), netherlands(), greece(), haiti()];
        let home = map_extent(&places).home;
        assert!(places.iter().all(|&p| home.contains(p)));
        // With room round the edge: Haiti is not on it.
        assert!(haiti().x - home.x > home.w / 10.0);
        assert!(close(home.h / home.w, ring.h / ring.w));
    }

    #[test]
    fn ok_home_view_of_a_single_place_has_the_minimum_size() {
        let home = map_extent(&[haiti()]).home;
        assert!(close(home.w, 40.0 * UNITS_PER_DEGREE * X_SCALE));
        assert!(close(home.centre().x, haiti().x) && close(home.centre().y, haiti().y));
    }

    #[test]
    fn err_no_places_fall_back_to_the_ring() {
        assert_eq!(map_extent(&[]).home, ViewBox::ring_around_europe());
        // In the inset's shape: the ring, widened to it.
        let inset = Extent::around(&[], 100.0, 0.6).home;
        let ring = ViewBox::ring_around_europe();
        assert!(close(inset.h, ring.h) && inset.w > ring.w && close(inset.centre().x, ring.centre().x));
    }

    #[test]
    fn ok_pans_stay_within_the_bounds_and_every_place_is_in_reach() {
        let places = [lithuania(), netherlands(), haiti()];
        let extent = map_extent(&places);
        let (home, bounds) = (extent.home, extent.bounds);
        // The bounds hold the home view, and reach no further than the world.
        assert!(bounds.contains(Point { x: home.x, y: home.y }));
        assert!(bounds.contains(Point { x: home.x + home.w, y: home.y + home.h }));
        let world = ViewBox::world();
        assert!(bounds.x >= world.x && bounds.y >= world.y && bounds.x + bounds.w <= world.x + world.w);
        // Far past the bounds every way: the centre stops at their edge.
        let map = MapView::home(extent).zoomed(4.0, home.centre());
        for (dx, dy) in [(100.0, 100.0), (-100.0, -100.0), (100.0, -100.0)] {
            let c = map.panned(dx, dy).view.centre();
            assert!(bounds.contains(c), "{dx},{dy}: {c:?}");
        }
        assert!(close(map.panned(100.0, 0.0).view.centre().x, bounds.x + bounds.w));
        // Every place can be zoomed in on as close as the map goes, and brought to the centre.
        for p in places {
            let closest = MapView::home(extent).zoomed(1000.0, p);
            assert!(closest.view.contains(p));
            let dx = (p.x - closest.view.centre().x) / closest.view.w;
            let dy = (p.y - closest.view.centre().y) / closest.view.h;
            let centred = closest.panned(dx, dy).view.centre();
            assert!((centred.x - p.x).abs() < 1e-6 && (centred.y - p.y).abs() < 1e-6);
        }
    }

    #[test]
    fn err_pans_stop_where_the_world_ends() {
        // Places near the antimeridian: the bounds stop at the world's edge, not half a home
        // view past it, where there is nothing to see.
        let extent = map_extent(&[project(10.0, 150.0), project(-10.0, 140.0)]);
        let world = ViewBox::world();
        assert!(extent.bounds.x + extent.bounds.w <= world.x + world.w + 1e-9);
        let far = MapView::home(extent).panned(100.0, 0.0).view.centre();
        assert!(close(far.x, world.x + world.w));
    }

    #[test]
    fn ok_fan_out_separates_close_markers_and_leaves_others() {
        let points = [
            Point { x: 0.0, y: 0.0 },
            Point { x: 1.0, y: 0.0 },
            Point { x: 0.5, y: 0.5 },
            Point { x: 100.0, y: 100.0 },
        ];
        let fanned = fan_out(&points, 10.0);
        assert_eq!(fanned[3], points[3]);
        for i in 0..3 {
            for j in i + 1..3 {
                let d = (fanned[i].x - fanned[j].x).hypot(fanned[i].y - fanned[j].y);
                assert!(d >= 10.0 - 1e-9, "{i} {j} {d}");
            }
        }
    }

    #[test]
    fn ok_labels_avoid_markers_and_each_other() {
        let bounds = Rect { x: 0.0, y: 0.0, w: 200.0, h: 100.0 };
        let markers = [Point { x: 20.0, y: 50.0 }, Point { x: 40.0, y: 50.0 }, Point { x: 180.0, y: 20.0 }];
        let size = (50.0, 10.0);
        let placed = place_labels(&markers, &[(0, size), (1, size), (2, size)], 5.0, bounds);
        // The first would cover the second marker on the right, and leave the map on the left.
        assert_eq!(placed, vec![Some(Side::Above), Some(Side::Right), Some(Side::Left)]);
        let hemmed = [Point { x: 20.0, y: 10.0 }, Point { x: 40.0, y: 10.0 }];
        assert_eq!(place_labels(&hemmed, &[(0, size)], 5.0, bounds), vec![Some(Side::Below)]);
        let boxed = [Point { x: 20.0, y: 10.0 }, Point { x: 40.0, y: 10.0 }, Point { x: 30.0, y: 25.0 }];
        assert_eq!(place_labels(&boxed, &[(0, size)], 5.0, bounds), vec![None]);
        // In the top right corner, with a neighbour to the left: below, ending at the marker.
        let corner = [Point { x: 190.0, y: 10.0 }, Point { x: 170.0, y: 10.0 }];
        assert_eq!(place_labels(&corner, &[(0, size)], 5.0, bounds), vec![Some(Side::BelowEnd)]);
    }

    #[test]
    fn ok_labels_give_way_to_earlier_labels() {
        let bounds = Rect { x: 0.0, y: 0.0, w: 400.0, h: 100.0 };
        let markers = [Point { x: 100.0, y: 50.0 }, Point { x: 120.0, y: 80.0 }, Point { x: 100.0, y: 54.0 }];
        let placed = place_labels(&markers, &[(0, (60.0, 12.0)), (2, (60.0, 12.0))], 5.0, bounds);
        assert_eq!(placed[0], Some(Side::Right));
        // The right is taken by the first label, so it goes left.
        assert_eq!(placed[1], Some(Side::Left));
        assert_eq!(place_labels(&markers, &[(9, (1.0, 1.0))], 5.0, bounds), vec![None]);
    }

    #[test]
    fn ok_fit_pads_a_single_country_to_a_minimum_width() {
        let mali = project(17.0, -4.0);
        let v = fit(&[mali], 250.0, 0.6).unwrap();
        assert!((v.w - 250.0).abs() < 1e-9 && (v.h - 150.0).abs() < 1e-9);
        assert!((v.centre().x - mali.x).abs() < 1e-9 && (v.centre().y - mali.y).abs() < 1e-9);
        let wide = fit(&[project(55.0, 24.0), project(52.0, 20.0), project(35.0, 66.0)], 250.0, 0.6).unwrap();
        assert!(wide.w > 250.0 && (wide.h / wide.w - 0.6).abs() < 1e-9);
        assert_eq!(fit(&[], 250.0, 0.6), None);
    }

    #[test]
    fn ok_popover_stays_in_the_frame_and_flips_above_low_markers() {
        assert_eq!(popover_at(Point { x: 10.0, y: 20.0 }, 200.0, (600.0, 400.0), 12.0), (0.0, 32.0, false));
        assert_eq!(popover_at(Point { x: 590.0, y: 300.0 }, 200.0, (600.0, 400.0), 12.0), (400.0, 288.0, true));
        assert_eq!(popover_at(Point { x: 300.0, y: 100.0 }, 200.0, (600.0, 400.0), 12.0), (200.0, 112.0, false));
    }
}
