//! The one place the view state lives: a reducer published through a context, kept in step
//! with the URL fragment.

use std::rc::Rc;

use yew::prelude::*;

use crate::data::EVENTS;
use crate::i18n::Lang;
use crate::platform;
use crate::state::url::{from_fragment, to_fragment};
use crate::state::{apply, Action, ViewState};

/// The state as components receive it: read it, and `dispatch` actions.
pub type ViewHandle = UseReducerHandle<StateCell>;

/// `ViewState` plus one action that only the URL may send: replace everything.
#[derive(Clone, PartialEq)]
pub struct StateCell(pub ViewState);

pub enum Change {
    Do(Action),
    Restore(ViewState),
}

impl Reducible for StateCell {
    type Action = Change;
    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        match change {
            Change::Do(action) => Rc::new(StateCell(apply(&self.0, action))),
            Change::Restore(state) => Rc::new(StateCell(state)),
        }
    }
}

/// A stable callback that applies an action to the view state (the same one on every render,
/// so components that receive it as a prop are not redrawn for it).
#[hook]
pub fn use_dispatch(handle: &ViewHandle) -> Callback<Action> {
    let handle = handle.clone();
    let dispatch = use_memo((), move |_| {
        Callback::from(move |action: Action| handle.dispatch(Change::Do(action)))
    });
    (*dispatch).clone()
}

#[derive(Properties, PartialEq)]
pub struct ProviderProps {
    pub children: Html,
}

/// Until the effect has read the clock, "today" is the last event's day: the same on the
/// server and in the browser, so the first render is deterministic.
fn initial_today() -> crate::model::Date {
    EVENTS
        .last()
        .map(|e| e.date)
        .unwrap_or(crate::model::Date::from_ymd_unchecked(2026, 1, 1))
}

#[component]
pub fn StateProvider(props: &ProviderProps) -> Html {
    let state = use_reducer_eq(|| StateCell(ViewState::new(initial_today())));
    {
        // On mount: today's date and the view the link asks for; then follow fragment changes.
        let state = state.clone();
        use_effect_with((), move |_| {
            let today = platform::today().unwrap_or(state.0.today);
            let preferred =
                Lang::from_preferences(platform::preferred_languages().iter().map(String::as_str))
                    .unwrap_or_default();
            let base = ViewState {
                lang: preferred,
                preferred_lang: preferred,
                ..ViewState::new(today)
            };
            state.dispatch(Change::Restore(from_fragment(
                &platform::read_fragment(),
                &base,
            )));
            platform::mark_app_ready();
            let listener = platform::on_fragment_change(move |fragment| {
                state.dispatch(Change::Restore(from_fragment(&fragment, &base)));
            });
            move || drop(listener)
        });
    }
    {
        // Opening or closing a card is a step Back can undo; zooming and filtering are not.
        let fragment = to_fragment(&state.0);
        let selected = state.0.selected;
        let last_selected = use_mut_ref(|| selected);
        use_effect_with(fragment, move |fragment| {
            let changed = std::mem::replace(&mut *last_selected.borrow_mut(), selected) != selected;
            let entry = if changed {
                platform::HistoryEntry::Push
            } else {
                platform::HistoryEntry::Replace
            };
            platform::write_fragment(fragment, entry);
        });
    }
    html! {
        <ContextProvider<ViewHandle> context={state}>
            { props.children.clone() }
        </ContextProvider<ViewHandle>>
    }
}
