//! The chart's input: keys, pointers and the wheel turned into actions. Zooms and pans go to
//! the gesture (`gesture.rs`), which moves what is drawn and hands the range to the store when
//! it rests; every other action goes to the store at once, after any gesture has settled.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::gesture::Mover;
use crate::model::timeline::{tab_stop, Glyph, Move};
use crate::model::timescale::{CHART_WIDTH, PLOT_LEFT, PLOT_RIGHT};
use crate::state::Action;
use crate::views::store;

/// Where active pointers are (fractions of the plot's width), for drag and pinch. Two or
/// three at most: a vector, which links no map code into the app.
#[derive(Default)]
pub struct Pointers {
    down: Vec<(i32, f64)>,
    moved: f64,
}

impl Pointers {
    fn at(&self, id: i32) -> Option<f64> {
        self.down.iter().find(|(d, _)| *d == id).map(|(_, at)| *at)
    }

    fn set(&mut self, id: i32, at: f64) {
        match self.down.iter_mut().find(|(d, _)| *d == id) {
            Some(entry) => entry.1 = at,
            None => self.down.push((id, at)),
        }
    }
}

pub fn key_handler(
    mover: Mover,
    glyphs: Rc<Vec<Glyph>>,
    dispatch: Callback<Action>,
    key_moved: Rc<RefCell<bool>>,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        // The focus as it is now: it may have moved since the chart was drawn.
        let focused = store::snapshot().state.focused;
        let current = focused.or_else(|| tab_stop(&glyphs, focused));
        let action = match (e.key().as_str(), e.shift_key()) {
            ("ArrowLeft", true) => Action::Pan(-0.2),
            ("ArrowRight", true) => Action::Pan(0.2),
            ("ArrowLeft", false) => Action::Move(Move::Earlier),
            ("ArrowRight", false) => Action::Move(Move::Later),
            ("ArrowUp", _) => Action::Move(Move::LaneUp),
            ("ArrowDown", _) => Action::Move(Move::LaneDown),
            ("Home", _) => Action::Move(Move::First),
            ("End", _) => Action::Move(Move::Last),
            ("Enter" | " ", _) => {
                let on =
                    crate::platform::closest_number(&e, "data-glyph").and_then(|i| glyphs.get(i));
                match (on, current) {
                    (
                        Some(&Glyph::Cluster {
                            first_day,
                            last_day,
                            ..
                        }),
                        _,
                    ) => Action::ZoomTo {
                        first_day,
                        last_day,
                    },
                    (_, Some(index)) => Action::Select(index),
                    (_, None) => return,
                }
            }
            ("Escape", _) => Action::CloseCard,
            ("+" | "=", _) => Action::Zoom {
                factor: 1.5,
                anchor: anchor(&glyphs, focused),
            },
            ("-" | "_", _) => Action::Zoom {
                factor: 1.0 / 1.5,
                anchor: anchor(&glyphs, focused),
            },
            ("0", _) => Action::FitAll,
            _ => return,
        };
        e.prevent_default();
        match action {
            Action::Zoom { .. } | Action::Pan(_) => {
                // The focused marker may leave the range or join a cluster: the render that
                // follows puts the focus back in the chart (see `use_focus_follows_keys`).
                *key_moved.borrow_mut() = true;
                mover.step_now(action);
            }
            _ => {
                // A move or a selection reveals an event in the range the reader has reached.
                mover.settle();
                let is_move = matches!(action, Action::Move(_) | Action::FitAll);
                // What the chart draws (all but the focus), before the move.
                let before = is_move.then(|| store::snapshot().state.timeline_view());
                if is_move {
                    *key_moved.borrow_mut() = true;
                }
                dispatch.emit(action);
                let after = store::snapshot();
                // A move that stays in the range redraws nothing: the tab stop moves in the
                // page, in this task (the render after a range change follows the focus).
                if before.is_some_and(|before| after.state.timeline_view() == before) {
                    *key_moved.borrow_mut() = false;
                    if let Some(index) = after.state.focused {
                        crate::platform::move_tab_stop(
                            ".timeline-chart",
                            &format!("[data-index=\"{index}\"]"),
                        );
                    }
                }
            }
        }
    })
}

/// Where a key zoom holds still, as a fraction of the plot's width: the focused event, if it
/// is drawn, so that it stays under the reader's eye and keeps the focus; else the middle.
fn anchor(glyphs: &[Glyph], focused: Option<usize>) -> f64 {
    let x = glyphs.iter().find_map(|g| match *g {
        Glyph::Event { index, x, .. } if Some(index) == focused => Some(x),
        _ => None,
    });
    x.map_or(0.5, |x| (x - PLOT_LEFT) / (PLOT_RIGHT - PLOT_LEFT))
}

/// The x of a pointer, as a fraction of the plot's width.
fn plot_fraction(svg: &NodeRef, client_x: i32) -> Option<f64> {
    element_fraction(&svg.cast::<web_sys::Element>()?, client_x)
}

/// The x of a pointer over the chart's element, as a fraction of the plot's width; `None`
/// while the chart has no width (not laid out yet).
fn element_fraction(element: &web_sys::Element, client_x: i32) -> Option<f64> {
    let rect = element.get_bounding_client_rect();
    if rect.width() <= 0.0 {
        return None;
    }
    let chart_x = (f64::from(client_x) - rect.left()) / rect.width() * CHART_WIDTH;
    Some((chart_x - PLOT_LEFT) / (PLOT_RIGHT - PLOT_LEFT))
}

pub type PointerCallbacks = (
    Callback<PointerEvent>,
    Callback<PointerEvent>,
    Callback<PointerEvent>,
);

/// Drag (one pointer) pans; pinch (two pointers) zooms about their midpoint. The chart's own
/// element is never moved (only its marks), so pointer positions stay in its frame.
pub fn pointer_handlers(
    svg: &NodeRef,
    pointers: &Rc<RefCell<Pointers>>,
    mover: &Mover,
) -> PointerCallbacks {
    let down = {
        let (svg, pointers) = (svg.clone(), pointers.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some(at) = plot_fraction(&svg, e.client_x()) {
                let mut p = pointers.borrow_mut();
                p.set(e.pointer_id(), at);
                p.moved = 0.0;
            }
        })
    };
    let moved = {
        let (svg, pointers, mover) = (svg.clone(), pointers.clone(), mover.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(at) = plot_fraction(&svg, e.client_x()) else {
                return;
            };
            let mut p = pointers.borrow_mut();
            let Some(before) = p.at(e.pointer_id()) else {
                return;
            };
            let others: Vec<f64> = p
                .down
                .iter()
                .filter(|(id, _)| *id != e.pointer_id())
                .map(|(_, x)| *x)
                .collect();
            p.moved += (at - before).abs();
            p.set(e.pointer_id(), at);
            // Capture only once it is a drag, so that a click still reaches its marker.
            if p.moved > 0.005 {
                if let Some(element) = svg.cast::<web_sys::Element>() {
                    let _ = element.set_pointer_capture(e.pointer_id());
                }
            }
            match others.as_slice() {
                [] if p.moved > 0.005 => mover.step_next_frame(Action::Pan(before - at)),
                [other] => {
                    let (old, new) = ((before - other).abs(), (at - other).abs());
                    if old > 0.01 && new > 0.01 {
                        mover.step_next_frame(Action::Zoom {
                            factor: new / old,
                            anchor: (at + other) / 2.0,
                        });
                    }
                }
                _ => {}
            }
        })
    };
    let up = {
        let (pointers, mover) = (pointers.clone(), mover.clone());
        Callback::from(move |e: PointerEvent| {
            let mut p = pointers.borrow_mut();
            p.down.retain(|(id, _)| *id != e.pointer_id());
            if p.down.is_empty() {
                drop(p);
                mover.settle();
            }
        })
    };
    (down, moved, up)
}

/// The wheel listener must not be passive, so that it can keep the page from scrolling.
#[hook]
pub fn use_wheel(svg: &NodeRef, mover: &Mover) {
    let (svg, mover) = (svg.clone(), mover.clone());
    use_effect_with((), move |_| {
        let listener = svg
            .cast::<web_sys::Element>()
            .map(|element| wheel_listener(element, mover));
        move || drop(listener)
    });
}

fn wheel_listener(element: web_sys::Element, mover: Mover) -> gloo_events::EventListener {
    use wasm_bindgen::JsCast;
    let target = element.clone();
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    gloo_events::EventListener::new_with_options(&element, "wheel", options, move |event| {
        let Some(wheel) = event.dyn_ref::<web_sys::WheelEvent>() else {
            return;
        };
        let Some(anchor) = element_fraction(&target, wheel.client_x()) else {
            return;
        };
        event.prevent_default();
        // Trackpads send many small deltas, mice fewer large ones: scale by the delta itself.
        let (dx, dy) = (wheel.delta_x(), wheel.delta_y());
        if dx.abs() > dy.abs() {
            mover.step_next_frame(Action::Pan(dx / 1000.0));
        } else {
            mover.step_next_frame(Action::Zoom {
                factor: (-dy / 300.0).exp(),
                anchor,
            });
        }
    })
}
