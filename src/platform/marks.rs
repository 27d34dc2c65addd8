//! The timeline chart's direct DOM work: moving the marks it drew while a gesture lasts, and
//! finding which mark an event came from (one listener for all marks instead of two each).

use wasm_bindgen::JsCast;

/// Moves everything drawn inside `plot` with the CSS transform of the group: `moved` is the
/// transform and the inverse scale (`--unzoom`, with which `styles/main.css` keeps each mark's
/// own shape and text unstretched), as the gesture wrote them; `None` puts the group back.
/// CSSOM writes, which the page's Content-Security-Policy allows (it forbids style
/// attributes, not style properties).
pub fn move_marks(plot: &web_sys::Element, moved: Option<(&str, &str)>) {
    let Some(plot) = plot.dyn_ref::<web_sys::SvgElement>() else {
        return;
    };
    let style = plot.style();
    match moved {
        Some((transform, unzoom)) => {
            let _ = style.set_property("transform", transform);
            let _ = style.set_property("--unzoom", unzoom);
        }
        None => {
            let _ = style.remove_property("transform");
            let _ = style.remove_property("--unzoom");
        }
    }
}

/// The number in `attribute` of the nearest element at or above the event's target that has it
/// (`data-glyph` for the chart's marks).
pub fn closest_number(event: &web_sys::Event, attribute: &str) -> Option<usize> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let element = target.closest(&format!("[{attribute}]")).ok()??;
    element.get_attribute(attribute)?.parse().ok()
}
