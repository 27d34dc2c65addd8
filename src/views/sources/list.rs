//! Every source once, with what it supports, grouped by kind, strongest first. The page of an
//! edition shows only how many sources of each kind there are, each kind a link into the list's
//! own page (`sources.html`, `sources-lt.html`, …): the list is about a third of the page's
//! bytes (150 sources, their addresses and what each supports), a reference a reader opens
//! rather than reads on the way. A section's page for embedding, which a frame cannot leave
//! for another page, and the one-file edition, which has no page beside it, hold the list
//! itself, each kind folded. Written at build time only.

use yew::prelude::*;

use super::citations;
use crate::data::SOURCES;
use crate::i18n::{self, page_tr, Lang, PageMsg};
use crate::model::{Source, SourceKind};

/// The kinds this story has sources of, strongest first, with those sources in data order.
fn groups() -> impl Iterator<Item = (SourceKind, Vec<&'static Source>)> {
    SourceKind::ALL.iter().filter_map(|&kind| {
        let sources: Vec<_> = SOURCES.iter().filter(|s| s.kind == kind).collect();
        (!sources.is_empty()).then_some((kind, sources))
    })
}

/// A kind's anchor on the list's page (`sources.html#sources-primary`).
fn kind_anchor(kind: SourceKind) -> String {
    format!("sources-{}", kind.id())
}

/// The group's name and its count, as its heading or summary shows them.
fn group_title(lang: Lang, kind: SourceKind, count: usize) -> Html {
    html! { <>{ i18n::source_group(lang, kind) }<span class="count">{ format!(" ({count})") }</span></> }
}

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub lang: Lang,
}

/// In an edition: each kind and its count, a link to that kind on the list's page, and a link
/// to the whole list. One-file editions swap this `div` for the folded list (`xtask`'s
/// `offline.rs` finds it by its class).
#[component]
pub fn SourceIndex(props: &SourceListProps) -> Html {
    let lang = props.lang;
    let page = i18n::sources_page_file(lang);
    html! {
        <div class="source-index">
            <ul class="source-kinds">
                { for groups().map(|(kind, sources)| html! {
                    <li><a href={format!("{page}#{}", kind_anchor(kind))}>{ group_title(lang, kind, sources.len()) }</a></li>
                }) }
            </ul>
            <p class="source-index-more"><a href={page.clone()}>{ page_tr(lang, PageMsg::SourcesFullList) }</a></p>
        </div>
    }
}

/// The list in a section's page for embedding (and, through it, in a one-file edition): each
/// kind folded under its name and count. What a source supports links to the event in this page.
#[component]
pub fn FoldedSourceList(props: &SourceListProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="source-groups">
            { for groups().map(|(kind, sources)| html! {
                <details class="source-group">
                    <summary>{ group_title(lang, kind, sources.len()) }</summary>
                    { source_items(lang, &sources, "") }
                </details>
            }) }
        </div>
    }
}

/// The list's own page, under its title (`prerender`): every kind open under its heading. What a source supports links to
/// the event in the edition of the same language.
#[component]
pub fn SourcesPage(props: &SourceListProps) -> Html {
    let lang = props.lang;
    let edition = i18n::page_file(lang);
    html! {
        <>
            <p>{ page_tr(lang, PageMsg::MethodSources) }</p>
            { for groups().map(|(kind, sources)| html! {
                <section class="source-group" aria-labelledby={kind_anchor(kind)}>
                    <h2 id={kind_anchor(kind)}>{ group_title(lang, kind, sources.len()) }</h2>
                    { source_items(lang, &sources, &edition) }
                </section>
            }) }
        </>
    }
}

/// Each source as a link to it, with what it supports folded under it; `edition` is the page
/// an event's link opens ("" for this page).
fn source_items(lang: Lang, sources: &[&Source], edition: &str) -> Html {
    html! {
        <ol class="source-list">
            { for sources.iter().map(|source| {
                let cited = citations(lang, source.id, edition);
                html! {
                    <li id={format!("source-{}", source.id)}>
                        <a href={source.href()} target="_blank" rel="noopener noreferrer">{ source.publisher }{ ": " }{ source.title }</a>
                        if !cited.is_empty() {
                            <details>
                                <summary>{ page_tr(lang, PageMsg::CitedBy) }{ format!(" ({})", cited.len()) }</summary>
                                <ul>
                                    { for cited.into_iter().map(|c| match c.href {
                                        Some(href) => html! { <li><a {href}>{ c.label }</a></li> },
                                        None => html! { <li>{ c.label }</li> },
                                    }) }
                                </ul>
                            </details>
                        }
                    </li>
                }
            }) }
        </ol>
    }
}
