//! The mark shapes: each kind of event has its own shape as well as its own colour, so colour
//! is never the only signal. Shapes are SVG paths centred on (0, 0), about 14 units across.

use yew::prelude::*;

use crate::model::timeline::Mark;

pub fn path(mark: Mark) -> &'static str {
    match mark {
        // circle
        Mark::Joining => "M-6,0a6,6 0 1,0 12,0a6,6 0 1,0 -12,0z",
        // square
        Mark::InForce => "M-5.5,-5.5h11v11h-11z",
        // triangle, point up
        Mark::Announcement => "M0,-7L6.5,5.5H-6.5z",
        // hexagon
        Mark::Declaration => "M-3.5,-6h7l3.5,6l-3.5,6h-7l-3.5,-6z",
        // diamond
        Mark::Vote => "M0,-7.5L7.5,0L0,7.5L-7.5,0z",
        // triangle, point down
        Mark::Deposit => "M0,7L6.5,-5.5H-6.5z",
        // bar
        Mark::Effective => "M-3,-8h6v16h-6z",
        // plus
        Mark::Report => "M-2,-7h4v5h5v4h-5v5h-4v-5h-5v-4h5z",
        // star
        Mark::Forecast => "M0,-7.5L2,-2.5L7.5,-2.5L3,1L4.8,7L0,3.5L-4.8,7L-3,1L-7.5,-2.5L-2,-2.5z",
        // saltire (a cross like ×)
        Mark::Crisis => "M-6,-3.5l2.5,-2.5l3.5,3.5l3.5,-3.5l2.5,2.5l-3.5,3.5l3.5,3.5l-2.5,2.5l-3.5,-3.5l-3.5,3.5l-2.5,-2.5l3.5,-3.5z",
    }
}

/// A mark drawn on its own, for the legend, the filters and the phone's rows. A function, not
/// a component: it never changes once drawn, and a component's markers and lifecycle cost
/// every one of its ≈ 100 copies work when the page hydrates.
pub fn mark_icon(mark: Mark) -> Html {
    html! {
        <svg class="mark-icon" viewBox="-9 -9 18 18" width="18" height="18" aria-hidden="true" focusable="false">
            <path class={format!("mark mark-{}", mark.id())} d={path(mark)} />
        </svg>
    }
}
