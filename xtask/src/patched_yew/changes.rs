//! The changes `cargo xtask` makes to yew's published source, in order: what each is for is
//! in `mod.rs`. Each published text must appear exactly once in its file.

/// What replaces indexmap's set in `html/classes.rs` (the third change listed in `mod.rs`).
const SMALL_SET: &str = "use self::small_set::IndexSet;

/// A class list holds a few names: a vector searched in order keeps them unique and in the
/// order given, as indexmap's set did, without a hash table's code in every app.
mod small_set {
    use std::borrow::Borrow;

    #[derive(Debug, Clone)]
    pub struct IndexSet<T>(Vec<T>);

    impl<T> Default for IndexSet<T> {
        fn default() -> Self {
            Self(Vec::new())
        }
    }

    impl<T: PartialEq> IndexSet<T> {
        pub fn new() -> Self {
            Self(Vec::new())
        }

        pub fn with_capacity(n: usize) -> Self {
            Self(Vec::with_capacity(n))
        }

        pub fn insert(&mut self, value: T) -> bool {
            let new = !self.0.contains(&value);
            if new {
                self.0.push(value);
            }
            new
        }

        pub fn contains<Q: PartialEq + ?Sized>(&self, value: &Q) -> bool
        where
            T: Borrow<Q>,
        {
            self.0.iter().any(|held| held.borrow() == value)
        }

        pub fn is_empty(&self) -> bool {
            self.0.is_empty()
        }

        pub fn len(&self) -> usize {
            self.0.len()
        }

        pub fn iter(&self) -> std::slice::Iter<'_, T> {
            self.0.iter()
        }
    }

    impl<T: PartialEq> Extend<T> for IndexSet<T> {
        fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
            for value in iter {
                self.insert(value);
            }
        }
    }

    impl<T: PartialEq> FromIterator<T> for IndexSet<T> {
        fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
            let mut set = Self::new();
            set.extend(iter);
            set
        }
    }

    impl<T> IntoIterator for IndexSet<T> {
        type IntoIter = std::vec::IntoIter<T>;
        type Item = T;

        fn into_iter(self) -> Self::IntoIter {
            self.0.into_iter()
        }
    }
}
";

/// What goes before `RcExt` in `utils/mod.rs` (the fifth change listed in `mod.rs`).
const FNV: &str =
    "/// The hasher of yew's one hash set, a keyed list's lookup: FNV-1a. Its keys are the page's
/// own, so the standard library's SipHash, made to resist keys chosen by an attacker, and its
/// random keys are code every app would carry for nothing.
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type HashSet<T> = std::collections::HashSet<T, std::hash::BuildHasherDefault<Fnv>>;

/// The maps and sets that hold a few entries (the listeners of an element, the event kinds a
/// page listens to, the subtrees, the tags cached): a vector searched in order does what the
/// hash table did, and links no table code of its own for each key type. A keyed list's
/// lookup, which may hold thousands of keys, keeps the hash set above.
#[derive(Debug)]
pub(crate) struct SmallMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SmallMap<K, V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<K: PartialEq, V> SmallMap<K, V> {
    pub fn with_capacity(n: usize) -> Self {
        Self(Vec::with_capacity(n))
    }

    fn position<Q: PartialEq + ?Sized>(&self, key: &Q) -> Option<usize>
    where
        K: std::borrow::Borrow<Q>,
    {
        self.0.iter().position(|(k, _)| k.borrow() == key)
    }

    pub fn get<Q: PartialEq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: std::borrow::Borrow<Q>,
    {
        self.position(key).map(|at| &self.0[at].1)
    }

    pub fn get_mut<Q: PartialEq + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: std::borrow::Borrow<Q>,
    {
        self.position(key).map(|at| &mut self.0[at].1)
    }

    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.position(&key) {
            Some(at) => Some(std::mem::replace(&mut self.0[at].1, value)),
            None => {
                self.0.push((key, value));
                None
            }
        }
    }

    pub fn remove<Q: PartialEq + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: std::borrow::Borrow<Q>,
    {
        self.position(key).map(|at| self.0.remove(at).1)
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, v)| v)
    }

    /// The value under `key`, added as `V::default()` if there is none (`entry().or_default()`).
    pub fn entry(&mut self, key: K) -> SmallEntry<'_, K, V> {
        SmallEntry(self, key)
    }
}

pub(crate) struct SmallEntry<'a, K, V>(&'a mut SmallMap<K, V>, K);

impl<'a, K: PartialEq, V: Default> SmallEntry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        let SmallEntry(map, key) = self;
        let at = match map.position(&key) {
            Some(at) => at,
            None => {
                map.0.push((key, V::default()));
                map.0.len() - 1
            }
        };
        &mut map.0[at].1
    }
}

#[derive(Debug)]
pub(crate) struct SmallSet<T>(Vec<T>);

impl<T> Default for SmallSet<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T: PartialEq> SmallSet<T> {
    pub fn insert(&mut self, value: T) -> bool {
        let new = !self.0.contains(&value);
        if new {
            self.0.push(value);
        }
        new
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.0.retain(keep);
    }
}

pub(crate) trait RcExt<T: Clone> {";

/// Each change: the file under `src/`, the text published, the text built (in this order).
pub const CHANGES: &[(&str, &str, &str)] = &[
    ("scheduler.rs", "use std::collections::BTreeMap;\n", ""),
    (
        "scheduler.rs",
        "    /// The Binary Tree Map guarantees components with lower id (parent) is rendered first\n    \
         inner: BTreeMap<usize, QueueEntry>,",
        "    /// Sorted by component id, highest first, so that a parent (a lower id) is popped\n    \
         /// before its children.\n    inner: Vec<(usize, QueueEntry)>,",
    ),
    (
        "scheduler.rs",
        "self.inner.insert(component_id, QueueEntry { task });",
        "let entry = (component_id, QueueEntry { task });\n        \
         match self.inner.binary_search_by(|(id, _)| component_id.cmp(id)) {\n            \
         Ok(at) => self.inner[at] = entry,\n            \
         Err(at) => self.inner.insert(at, entry),\n        }",
    ),
    (
        "scheduler.rs",
        "self.inner.pop_first().map(|(_, v)| v)",
        "self.inner.pop().map(|(_, v)| v)",
    ),
    (
        "scheduler.rs",
        "queue.extend(rendered.into_values().rev());",
        "queue.extend(rendered.into_iter().map(|(_, v)| v));",
    ),
    (
        "virtual_dom/listeners.rs",
        "$( Self::$kind => stringify!($kind)[2..].into(), )*",
        "// Every listener yew makes names its event itself (`html/listener/events.rs`).\n                    \
         _ => unreachable!(),",
    ),
    (
        "html/listener/events.rs",
        "                    ListenerKind::$action\n",
        "                    // Its own name, cut at compile time: an app links only the names of\n                    \
         // the events it listens to, not a table of every kind's.\n                    \
         const NAME: &str = stringify!($action).split_at(2).1;\n                    \
         ListenerKind::other(std::borrow::Cow::Borrowed(NAME))\n",
    ),
    (
        "virtual_dom/listeners.rs",
        "#[derive(Clone, PartialEq, Eq, Hash, Debug)]",
        "#[derive(PartialEq, Eq, Hash, Debug)]\n        #[repr(u8)]",
    ),
    (
        "virtual_dom/listeners.rs",
        "        impl AsRef<str> for ListenerKind {",
        "        impl Clone for ListenerKind {\n            \
         fn clone(&self) -> Self {\n                \
         match self {\n                    \
         Self::other(type_name) => Self::other(type_name.clone()),\n                    \
         // SAFETY: every other kind holds no data, so a copy of its bits is a clone.\n                    \
         _ => unsafe { std::ptr::read(self) },\n                \
         }\n            }\n        }\n\n        \
         impl AsRef<str> for ListenerKind {",
    ),
    ("html/classes.rs", "use indexmap::IndexSet;\n", SMALL_SET),
    (
        "html/classes.rs",
        "impl IntoIterator for Classes {\n    type IntoIter = indexmap::set::IntoIter<AttrValue>;",
        "impl IntoIterator for Classes {\n    type IntoIter = std::vec::IntoIter<AttrValue>;",
    ),
    (
        "html/classes.rs",
        "impl IntoIterator for &Classes {\n    type IntoIter = indexmap::set::IntoIter<AttrValue>;",
        "impl IntoIterator for &Classes {\n    type IntoIter = std::vec::IntoIter<AttrValue>;",
    ),
    (
        "dom_bundle/btag/attributes.rs",
        "use std::collections::HashMap;\n",
        "",
    ),
    (
        "dom_bundle/btag/attributes.rs",
        "    /// Convert [Attributes] pair to [HashMap]s and patch changes to `el`.",
        "    /// Convert [Attributes] pair to lists of pairs and patch changes to `el`.",
    ),
    (
        "dom_bundle/btag/attributes.rs",
        "fn collect(src: &Attributes) -> HashMap<&str, &AttributeOrProperty> {",
        "fn collect(src: &Attributes) -> Vec<(&str, &AttributeOrProperty)> {",
    ),
    (
        "dom_bundle/btag/attributes.rs",
        "if match old.get(k) {",
        "if match old.iter().find(|(key, _)| key == k).map(|(_, v)| v) {",
    ),
    (
        "dom_bundle/btag/attributes.rs",
        "if !new.contains_key(k) {",
        "if !new.iter().any(|(key, _)| key == k) {",
    ),
    (
        "utils/mod.rs",
        "pub(crate) trait RcExt<T: Clone> {",
        FNV,
    ),
    (
        "dom_bundle/subtree_root.rs",
        "use std::collections::HashSet;\n",
        "use crate::utils::SmallSet as HashSet;\n",
    ),
    (
        "dom_bundle/blist.rs",
        "use std::collections::HashSet;\n",
        "use crate::utils::HashSet;\n",
    ),
    (
        "dom_bundle/blist.rs",
        "HashSet::with_capacity(left_vdoms.len())",
        "HashSet::with_capacity_and_hasher(left_vdoms.len(), Default::default())",
    ),
    (
        "dom_bundle/blist.rs",
        "HashSet::with_capacity(bundle_middle.len())",
        "HashSet::with_capacity_and_hasher(bundle_middle.len(), Default::default())",
    ),
    (
        "dom_bundle/btag/listeners.rs",
        "use std::collections::HashMap;\n",
        "use crate::utils::SmallMap as HashMap;\n",
    ),
    (
        "dom_bundle/btag/mod.rs",
        "use std::collections::HashMap;\n",
        "use crate::utils::SmallMap as HashMap;\n",
    ),
    (
        "dom_bundle/btag/attributes.rs",
        "match old.get(key) {",
        "match old.iter().find(|(k, _)| *k == key).map(|(_, v)| v) {",
    ),
    (
        "dom_bundle/btag/attributes.rs",
        "if !new.contains_key(key) {",
        "if !new.iter().any(|(k, _)| k == key) {",
    ),
];
