//! A fold (`<details>`) whose contents are drawn only once it opens. The folded controls (the
//! timeline's filters, the scenario's what-ifs) then cost the page neither HTML nor hydration
//! until a reader wants them; without JavaScript they would do nothing anyway.

use yew::prelude::*;

/// What a fold's view needs: whether to draw its contents, and the handlers that draw them as
/// it opens.
pub struct Fold {
    pub drawn: bool,
    /// On the `<summary>`: a click draws the contents in the same task as the fold opens, so
    /// no frame shows it open and empty.
    pub onclick: Callback<MouseEvent>,
    /// On the `<details>`: any other opening (a script, the browser's find in page), and a fold
    /// a reader opened before the app was live (`boot.js` sends it a `toggle` then).
    pub ontoggle: Callback<Event>,
}

/// A fold that `open`s itself when the view asks (a filter on, an assumption changed). Once
/// drawn, its contents stay drawn.
#[hook]
pub fn use_fold(open: bool) -> Fold {
    let drawn = use_state_eq(|| false);
    let (on_click, on_toggle) = (drawn.setter(), drawn.setter());
    Fold {
        drawn: *drawn || open,
        onclick: Callback::from(move |_| on_click.set(true)),
        ontoggle: Callback::from(move |_| on_toggle.set(true)),
    }
}
