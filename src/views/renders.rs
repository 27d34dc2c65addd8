//! Render counts, for the browser tests that check which parts a change redraws (feature
//! `render-count`, which only `cargo xtask test` turns on). Without the feature `count` does
//! nothing and the optimiser removes it.

#[cfg(feature = "render-count")]
thread_local! {
    static COUNTS: std::cell::RefCell<std::collections::BTreeMap<&'static str, usize>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

/// Notes one render of the part named `part` (or one new link of the view, `"fragment"`, and
/// one deferred write of it to the address, `"address"`).
#[inline(always)]
pub fn count(part: &'static str) {
    #[cfg(feature = "render-count")]
    COUNTS.with(|c| *c.borrow_mut().entry(part).or_default() += 1);
    let _ = part;
}

/// The counts since the last call, and starts again from zero.
#[cfg(feature = "render-count")]
pub fn take() -> std::collections::BTreeMap<&'static str, usize> {
    COUNTS.with(|c| std::mem::take(&mut *c.borrow_mut()))
}
