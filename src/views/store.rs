//! The one place the view state lives, shared by every part of the page that reads it: a
//! store outside the component tree, so each part subscribes to the slice it draws and is
//! redrawn only when that slice changes (a slider step does not redraw the timeline, a zoom
//! does not redraw the map). Every change goes through `state::apply`; the URL fragment, the
//! state's serialised form, is computed and written once per change, here (a change that
//! replaces the history entry is written after the next paint: see `write_link`).
//!
//! The language a page is drawn in is kept here too: a language is shown once its strings
//! have arrived (English always has; another is fetched the first time a reader asks for it),
//! and until then every part keeps the one it had.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::data::EVENTS;
use crate::i18n::{self, Lang};
use crate::platform;
use crate::state::url::{from_fragment, to_fragment};
use crate::state::{apply, Action, Section, ViewState};

/// The state as it is now, with what is derived from it once per change.
#[derive(Clone, PartialEq, Debug)]
pub struct Snapshot {
    pub state: ViewState,
    /// The link of this view: `to_fragment(&state)`.
    pub fragment: String,
    /// The language the page is drawn in: `state.lang` once its strings are here.
    pub shown_lang: Lang,
    /// Whether the events' own texts are here in `shown_lang` (they come later than the rest:
    /// see `fetch_event_texts_if_shown`).
    pub event_texts: bool,
}

impl Snapshot {
    fn of(state: ViewState, shown_lang: Lang) -> Snapshot {
        Snapshot {
            fragment: to_fragment(&state),
            state,
            shown_lang,
            event_texts: i18n::has_event_texts(shown_lang),
        }
    }
}

type Listener = Rc<dyn Fn(&Rc<Snapshot>)>;

thread_local! {
    /// Set by `reset` when a page starts; `None` only before that.
    static CURRENT: RefCell<Option<Rc<Snapshot>>> = const { RefCell::new(None) };
    static LISTENERS: RefCell<Vec<(usize, Listener)>> = const { RefCell::new(Vec::new()) };
    static NEXT_LISTENER: Cell<usize> = const { Cell::new(0) };
    /// The state the page was prerendered at, set by `reset`: an island's first render while
    /// it hydrates draws this (it must match the HTML), then follows `CURRENT`.
    static PRERENDERED: RefCell<Option<Rc<Snapshot>>> = const { RefCell::new(None) };
    static HYDRATING: Cell<bool> = const { Cell::new(false) };
    /// The one section this page holds (a section's page for embedding), set by `reset_page`.
    static PAGE_SECTION: Cell<Option<Section>> = const { Cell::new(None) };
}

/// The one section this page holds, if it is a section's page for embedding.
pub fn page_section() -> Option<Section> {
    PAGE_SECTION.with(Cell::get)
}

/// While an island starts with a reader's input waiting (`islands::hydrate`), its components
/// first draw the prerendered state, where `boot.js` finds the input's control again; once it
/// has, components made from then on draw the state as it is.
pub fn set_hydrating(hydrating: bool) {
    HYDRATING.with(|h| h.set(hydrating));
}

/// Whether an island's first render must match the prerendered page now.
pub fn hydrating() -> bool {
    HYDRATING.with(Cell::get)
}

/// What a render draws now: the prerendered state while hydrating, the state afterwards (a
/// component's first render, and a part it reads without subscribing: the chart's focus).
pub fn drawn_snapshot() -> Rc<Snapshot> {
    let prerendered = hydrating().then(|| PRERENDERED.with(|p| p.borrow().clone()));
    prerendered.flatten().unwrap_or_else(snapshot)
}

/// Until the clock is read, "today" is the last event's day: the same on the server and in
/// the browser, so the first render is deterministic.
pub fn initial_today() -> crate::model::Date {
    EVENTS
        .last()
        .map(|e| e.date)
        .unwrap_or(crate::model::Date::from_ymd_unchecked(2026, 1, 1))
}

/// The state now.
pub fn snapshot() -> Rc<Snapshot> {
    if let Some(now) = CURRENT.with(|c| c.borrow().clone()) {
        return now;
    }
    reset(Lang::default());
    CURRENT
        .with(|c| c.borrow().clone())
        .expect("reset sets the state")
}

/// Applies a reader's action.
pub fn dispatch(action: Action) {
    let next = apply(&snapshot().state, action);
    publish(next, false);
}

/// Replaces the whole state (a link read at start, or Back and Forward).
pub fn restore(state: ViewState) {
    publish(state, true);
}

/// Starts again from the state every page in `lang` starts with (a new page, or a test's new
/// app), so its first render is the one the prerenderer wrote. Nobody is told: nothing drew
/// the old.
pub fn reset(lang: Lang) {
    reset_page(lang, None);
}

/// As [`reset`], for a page that holds `only` one section (a section's page for embedding:
/// always in embed mode, whatever its link says).
pub fn reset_page(lang: Lang, only: Option<Section>) {
    PAGE_SECTION.with(|p| p.set(only));
    let state = ViewState {
        lang,
        embed: only.is_some(),
        section: only,
        ..ViewState::new(initial_today())
    };
    let fresh = Rc::new(Snapshot::of(state, lang));
    PRERENDERED.with(|p| *p.borrow_mut() = Some(fresh.clone()));
    CURRENT.with(|c| *c.borrow_mut() = Some(fresh));
}

/// At start in the browser: today's date and the view the link asks for; then Back, Forward
/// and edited addresses. Keep the listener for the page's life. The language is the page's:
/// its static parts are prerendered in it, so a link naming another (which `boot.js` opens
/// where it can: the edition of that language) does not change it here.
pub fn start() -> Option<gloo_events::EventListener> {
    let now = snapshot();
    let today = platform::today().unwrap_or(now.state.today);
    let page = now.state.lang;
    // A section's page (see `reset_page`) shows that section, embedded, whatever the link says.
    let only = page_section();
    // The reader's own language decides only whether the link names the page's: an English
    // page keeps `lang=en` in the link of a reader whose browser prefers Finnish, so that
    // reloading it does not open the Finnish edition again (`boot.js` would).
    let preferred = platform::reader_lang().unwrap_or(page);
    let base = ViewState {
        lang: page,
        preferred_lang: preferred,
        ..ViewState::new(today)
    };
    let in_page_lang = move |state: ViewState| ViewState {
        lang: page,
        preferred_lang: preferred,
        embed: state.embed || only.is_some(),
        section: only.or(state.section),
        ..state
    };
    restore(in_page_lang(from_fragment(
        &platform::read_fragment(),
        &base,
    )));
    platform::on_fragment_change(move |fragment| {
        restore(in_page_lang(from_fragment(&fragment, &base)))
    })
}

fn publish(state: ViewState, restoring: bool) {
    let old = snapshot();
    if state == old.state && !restoring {
        return;
    }
    let shown = if i18n::is_ready(state.lang) {
        state.lang
    } else {
        // Asked for once, when the language is chosen; later changes wait for the same fetch.
        if state.lang != old.state.lang || restoring {
            fetch_language(state.lang);
        }
        old.shown_lang
    };
    let next = Rc::new(Snapshot::of(state, shown));
    // Opening or closing a card is a step Back can undo; zooming and filtering are not, and a
    // state read from the address only tidies it.
    let entry = if !restoring && next.state.selected != old.state.selected {
        platform::HistoryEntry::Push
    } else {
        platform::HistoryEntry::Replace
    };
    if next.fragment != old.fragment || restoring {
        crate::views::renders::count("fragment");
        write_link(&next.fragment, entry, restoring);
    }
    CURRENT.with(|c| *c.borrow_mut() = Some(next.clone()));
    if *next != *old {
        notify(&next);
    }
    fetch_event_texts_if_shown(&next);
}

thread_local! {
    /// A link computed but not yet written to the address (see `write_link`).
    static UNWRITTEN_LINK: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Whether the address may take a changed view now, or took one less than
    /// `LINK_WRITE_GAP_MS` ago.
    static LINK_GATE_OPEN: Cell<bool> = const { Cell::new(true) };
}

/// The least time between two writes of a changed view to the address. Safari caps how often
/// a page may change it: after 100 changes in 30 seconds it throws instead. A reader dragging
/// the slider changes the view every frame, so without a gap an iPhone's address would stop
/// following the view within two seconds, and a copied or reloaded address would show another
/// day. One write in 350 ms stays under the cap with room for the new entries a card makes;
/// the address follows a reader who stops within that time, and the share buttons read the
/// view itself, never the address.
pub const LINK_WRITE_GAP_MS: i32 = 350;

/// Writes the view's link to the address. The browser's history update costs about 10 ms
/// with 4x CPU throttling, more than the rest of a slider step, so a change that replaces
/// the entry (a day, a zoom, a filter) is written after the next paint, and no sooner than
/// `LINK_WRITE_GAP_MS` after the last such write; the changes made before then are written
/// once, the last. A new entry (a card opened, which Back closes) is written at once, after
/// the link it follows; a link read from the address (Back, an edited address) drops any
/// unwritten one.
fn write_link(fragment: &str, entry: platform::HistoryEntry, restoring: bool) {
    let unwritten = UNWRITTEN_LINK.take();
    if entry == platform::HistoryEntry::Replace && !restoring {
        UNWRITTEN_LINK.set(Some(fragment.to_string()));
        if unwritten.is_none() {
            platform::after_next_paint(write_unwritten_link);
        }
        return;
    }
    if let (Some(link), false) = (unwritten, restoring) {
        platform::write_fragment(&link, platform::HistoryEntry::Replace);
    }
    platform::write_fragment(fragment, entry);
}

/// Writes the unwritten link, unless the gap since the last write has not passed: its end
/// writes the last one then. Timers, not the clock, which a page may pin (the tests do).
fn write_unwritten_link() {
    if !LINK_GATE_OPEN.get() {
        return;
    }
    let Some(link) = UNWRITTEN_LINK.take() else {
        return;
    };
    crate::views::renders::count("address");
    platform::write_fragment(&link, platform::HistoryEntry::Replace);
    LINK_GATE_OPEN.set(false);
    platform::after_ms(LINK_WRITE_GAP_MS, reopen_link_gate);
}

/// The end of the gap after a write: the address takes the view if it changed meanwhile.
fn reopen_link_gate() {
    LINK_GATE_OPEN.set(true);
    write_unwritten_link();
}

/// Fetches a language's strings, then shows it if a reader still wants it.
fn fetch_language(lang: Lang) {
    platform::load_language(lang, move |ok| {
        let now = snapshot();
        if ok && now.state.lang == lang && now.shown_lang != lang {
            let next = Rc::new(Snapshot {
                shown_lang: lang,
                event_texts: i18n::has_event_texts(lang),
                ..(*now).clone()
            });
            CURRENT.with(|c| *c.borrow_mut() = Some(next.clone()));
            notify(&next);
            fetch_event_texts_if_shown(&next);
        }
    });
}

thread_local! {
    /// The languages whose events' own texts are being fetched.
    static ASKED_FOR_TEXTS: RefCell<Vec<Lang>> = const { RefCell::new(Vec::new()) };
}

/// The events' own texts come later than a language's other strings: nothing drawn at first
/// shows one, and they are almost half of them (`i18n-LANG-texts.txt`, which also holds the
/// sources' titles, publishers and addresses). They are fetched when the view first shows one
/// (a card, the list, a state's details), and the parts that read `event_texts` are drawn
/// again when they arrive.
fn fetch_event_texts_if_shown(now: &Snapshot) {
    // An event's own text shows in its card and in the list of events.
    let shows_event_texts = now.state.selected.is_some() || now.state.list_view;
    if shows_event_texts {
        fetch_event_texts(now);
    }
}

/// Asks for the events' own texts and the sources' fields in the shown language, for a part
/// that shows them on its own (a state's details cite the sources of its border figures).
pub fn want_event_texts() {
    fetch_event_texts(&snapshot());
}

fn fetch_event_texts(now: &Snapshot) {
    if now.event_texts {
        return;
    }
    let lang = now.shown_lang;
    if ASKED_FOR_TEXTS.with(|a| a.borrow().contains(&lang)) {
        return;
    }
    ASKED_FOR_TEXTS.with(|a| a.borrow_mut().push(lang));
    platform::load_event_texts(lang, move |ok| {
        // A failed fetch (offline, no cache) may be tried again by the next card.
        ASKED_FOR_TEXTS.with(|a| a.borrow_mut().retain(|asked| *asked != lang));
        let now = snapshot();
        if ok && now.shown_lang == lang && !now.event_texts {
            let next = Rc::new(Snapshot {
                event_texts: true,
                ..(*now).clone()
            });
            CURRENT.with(|c| *c.borrow_mut() = Some(next.clone()));
            notify(&next);
        }
    });
}

fn notify(snapshot: &Rc<Snapshot>) {
    // A copy of the list: a listener may subscribe or unsubscribe while it runs.
    let listeners: Vec<Listener> =
        LISTENERS.with(|l| l.borrow().iter().map(|(_, f)| f.clone()).collect());
    for listener in listeners {
        listener(snapshot);
    }
}

/// Calls `listener` with every new state until [`unwatch`] (the page's frame follows the
/// store this way: its language, theme and which sections show).
pub fn watch(listener: impl Fn(&Rc<Snapshot>) + 'static) -> usize {
    subscribe(Rc::new(listener))
}

pub fn unwatch(id: usize) {
    unsubscribe(id);
}

fn subscribe(listener: Listener) -> usize {
    let id = NEXT_LISTENER.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    });
    LISTENERS.with(|l| l.borrow_mut().push((id, listener)));
    id
}

fn unsubscribe(id: usize) {
    LISTENERS.with(|l| l.borrow_mut().retain(|(other, _)| *other != id));
}

/// The part of the state a component draws, `select(snapshot)`; the component is redrawn
/// when, and only when, that part changes.
#[hook]
pub fn use_slice<T: PartialEq + 'static>(select: fn(&Snapshot) -> T) -> Rc<T> {
    let slice = use_state_eq(|| Rc::new(select(&drawn_snapshot())));
    {
        let slice = slice.clone();
        use_effect_with((), move |_| {
            let setter = slice.setter();
            // The state may have moved between the first render and now.
            setter.set(Rc::new(select(&snapshot())));
            let id = subscribe(Rc::new(move |snapshot: &Rc<Snapshot>| {
                setter.set(Rc::new(select(snapshot)))
            }));
            move || unsubscribe(id)
        });
    }
    (*slice).clone()
}

/// The callback that applies an action: the same one on every render, so components that
/// receive it as a prop are not redrawn for it.
#[hook]
pub fn use_dispatch() -> Callback<Action> {
    (*use_memo((), |_| Callback::from(dispatch))).clone()
}
