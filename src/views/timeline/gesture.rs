//! Zoom and pan while a gesture lasts. Laying the chart out again (clusters, labels, every
//! mark's element) costs far more than a frame on a phone, so during a wheel, a pinch, a drag
//! or a held key the chart moves the marks it already drew by one transform (the model's
//! `Scale::moved_to`) and lays out again, through the store, when the gesture rests for
//! `REST_MS` or ends. Wheel and pointer input is gathered into one step per animation frame;
//! a key is a step of its own, shown at once.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::model::timescale::{Scale, ViewRange};
use crate::platform;
use crate::state::view::gesture_range;
use crate::state::Action;
use crate::views::svg::decimal;

/// How long input may pause before the gesture counts as done.
const REST_MS: u32 = 100;

#[derive(Default)]
struct Gesture {
    /// The range the marks were laid out for.
    drawn: Option<ViewRange>,
    /// Where the reader has moved the view since.
    live: Option<ViewRange>,
    bounds: Option<ViewRange>,
    /// Wheel and pointer steps waiting for the next frame.
    queued: Vec<Action>,
    /// The frame requested last. It is kept until it has run, even when the gesture settles
    /// first: cancelling a frame drops its closure, and a browser (or a test's fake clock)
    /// that still calls it would then call a dropped closure.
    frame: Option<gloo_render::AnimationFrame>,
    /// `frame` has been requested and has not run yet.
    frame_pending: bool,
    rest: Option<gloo_timers::callback::Timeout>,
}

/// The chart's handle on its gesture: cheap to clone into every listener.
#[derive(Clone)]
pub struct Mover {
    gesture: Rc<RefCell<Gesture>>,
    plot: NodeRef,
    dispatch: Callback<Action>,
}

impl PartialEq for Mover {
    fn eq(&self, other: &Mover) -> bool {
        Rc::ptr_eq(&self.gesture, &other.gesture)
    }
}

/// One mover per chart. `drawn` and `bounds` are the range this render lays out and the
/// furthest a gesture may go: a render for another range ends whatever move was showing.
#[hook]
pub fn use_mover(
    plot: &NodeRef,
    drawn: ViewRange,
    bounds: ViewRange,
    dispatch: &Callback<Action>,
) -> Mover {
    let gesture = use_mut_ref(Gesture::default);
    {
        let mut g = gesture.borrow_mut();
        if g.drawn != Some(drawn) {
            g.drawn = Some(drawn);
            g.live = Some(drawn);
        }
        g.bounds = Some(bounds);
    }
    let mover = Mover {
        gesture,
        plot: plot.clone(),
        dispatch: dispatch.clone(),
    };
    {
        // After the render for a new range: the marks stand where they were laid out.
        let mover = mover.clone();
        use_effect_with(RangeKey(drawn), move |_| mover.show());
    }
    mover
}

/// A range as an effect's dependency (whole `f64`s compared exactly).
#[derive(PartialEq)]
struct RangeKey(ViewRange);

impl Mover {
    /// A key's zoom or pan: shown now, laid out when the keys rest.
    pub fn step_now(&self, action: Action) {
        self.advance(&action);
        self.show();
        self.rest_later();
    }

    /// A wheel's or a pointer's step: gathered with the others of this frame.
    pub fn step_next_frame(&self, action: Action) {
        let mut g = self.gesture.borrow_mut();
        g.queued.push(action);
        if !g.frame_pending {
            g.frame_pending = true;
            let mover = self.clone();
            // The frame replaced here has run (`frame_pending` was false): dropping it is safe.
            g.frame = Some(gloo_render::request_animation_frame(move |_| {
                let queued = {
                    let mut g = mover.gesture.borrow_mut();
                    g.frame_pending = false;
                    std::mem::take(&mut g.queued)
                };
                // Empty when the gesture settled since the frame was requested.
                if queued.is_empty() {
                    return;
                }
                for action in &queued {
                    mover.advance(action);
                }
                mover.show();
                mover.rest_later();
            }));
        }
    }

    /// Ends the gesture now (the pointers are up, or another action needs the real range):
    /// the store takes the range reached, and the chart is laid out for it in this frame.
    pub fn settle(&self) {
        let queued = {
            let mut g = self.gesture.borrow_mut();
            g.rest = None;
            std::mem::take(&mut g.queued)
        };
        for action in &queued {
            self.advance(action);
        }
        let (drawn, live) = {
            let g = self.gesture.borrow();
            (g.drawn, g.live)
        };
        if let (Some(drawn), Some(live)) = (drawn, live) {
            if live != drawn {
                // The store's render comes in this task's microtasks, before the next paint:
                // the marks never show both moved and laid out.
                if let Some(plot) = self.plot.cast::<web_sys::Element>() {
                    platform::move_marks(&plot, None);
                }
                self.dispatch.emit(Action::SetRange(live));
            }
        }
    }

    fn advance(&self, action: &Action) {
        let mut g = self.gesture.borrow_mut();
        if let (Some(live), Some(bounds)) = (g.live, g.bounds) {
            if let Some(next) = gesture_range(live, bounds, action) {
                g.live = Some(next);
            }
        }
    }

    fn show(&self) {
        let g = self.gesture.borrow();
        let (Some(drawn), Some(live)) = (g.drawn, g.live) else {
            return;
        };
        if let Some(plot) = self.plot.cast::<web_sys::Element>() {
            if live == drawn {
                platform::move_marks(&plot, None);
            } else {
                let moved = Scale { range: drawn }.moved_to(Scale { range: live });
                let transform = format!(
                    "matrix({},0,0,1,{},0)",
                    decimal(moved.factor, 5),
                    decimal(moved.shift, 2)
                );
                let unzoom = decimal(1.0 / moved.factor, 5);
                platform::move_marks(&plot, Some((&transform, &unzoom)));
            }
        }
    }

    fn rest_later(&self) {
        let mover = self.clone();
        // Replacing the timer cancels the one before: the gesture rests after the last input.
        self.gesture.borrow_mut().rest =
            Some(gloo_timers::callback::Timeout::new(REST_MS, move || {
                mover.settle()
            }));
    }
}
