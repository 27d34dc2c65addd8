//! The timeline chart's direct DOM work: moving the marks it drew while a gesture lasts, and
//! finding which mark an event came from (one listener for all marks instead of two each).

use wasm_bindgen::JsCast;

use crate::model::timescale::HorizontalMove;

/// Moves everything drawn inside `plot` by `moved` (chart units), with the CSS transform of
/// the group (`styles/main.css` keeps each mark's own shape and text unstretched through
/// `--unzoom`). [`HorizontalMove::NONE`] puts the group back. CSSOM writes, which the page's
/// Content-Security-Policy allows (it forbids style attributes, not style properties).
pub fn move_marks(plot: &web_sys::Element, moved: HorizontalMove) {
    let Some(plot) = plot.dyn_ref::<web_sys::SvgElement>() else {
        return;
    };
    let style = plot.style();
    if moved == HorizontalMove::NONE {
        let _ = style.remove_property("transform");
        let _ = style.remove_property("--unzoom");
        return;
    }
    let (factor, shift) = (fixed(moved.factor, 5), fixed(moved.shift, 2));
    let _ = style.set_property("transform", &format!("matrix({factor},0,0,1,{shift},0)"));
    let _ = style.set_property("--unzoom", &fixed(1.0 / moved.factor, 5));
}

/// `value` with `places` decimals, written with integer formatting: Rust's float formatting
/// would add about 9 KB gzip to the wasm (the whole of Grisu and Dragon4).
fn fixed(value: f64, places: u32) -> String {
    let scale = 10_i64.pow(places);
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, part) = (scaled.abs() / scale, scaled.abs() % scale);
    format!("{sign}{whole}.{part:0width$}", width = places as usize)
}

/// The number in `attribute` of the nearest element at or above the event's target that has it
/// (`data-glyph` for the chart's marks).
pub fn closest_number(event: &web_sys::Event, attribute: &str) -> Option<usize> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let element = target.closest(&format!("[{attribute}]")).ok()??;
    element.get_attribute(attribute)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn fixed_writes_the_decimals_asked_for() {
        assert_eq!(fixed(1.5, 5), "1.50000");
        assert_eq!(fixed(0.012345678, 5), "0.01235");
        assert_eq!(fixed(-12.346, 2), "-12.35");
        assert_eq!(fixed(-0.004, 2), "0.00");
        assert_eq!(fixed(640.0, 2), "640.00");
    }
}
