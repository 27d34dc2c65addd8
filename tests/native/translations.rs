//! The translation files: every language has every key, and each rule an editor can break in
//! them fails the build with the file, line and key.

use std::path::Path;

use crate::datagen::i18n::{compile_translations, read_translations};
use crate::datagen::{compile, read_inputs, Input};

/// The data's texts (key, English) and the language files.
fn real() -> (Vec<(String, String)>, Vec<Input>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/ottawa");
    let inputs = read_inputs(&dir, "data/ottawa").expect("the data files exist");
    (
        compile(&inputs).expect("the data compiles").texts,
        read_translations(&dir.join(".."), &dir, "data/ottawa")
            .expect("the translation files exist"),
    )
}

/// The errors after replacing `from` with `to` in one language file (`data/interface/lt.toml`,
/// `data/ottawa/i18n/en.toml`).
fn errors_after(name: &str, from: &str, to: &str) -> Vec<String> {
    let (data, mut langs) = real();
    let file = langs
        .iter_mut()
        .find(|i| i.name == name)
        .expect("a language file");
    assert!(file.text.contains(from), "{name} has no {from:?}");
    file.text = file.text.replacen(from, to, 1);
    match compile_translations(&data, &langs) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn every_language_has_every_key() {
    let (data, langs) = real();
    assert_eq!(
        langs.len(),
        12,
        "six languages, each an interface and a story file"
    );
    if let Err(errors) = compile_translations(&data, &langs) {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("{}", lines.join("\n"));
    }
}

#[test]
fn a_missing_key_fails_with_the_english_text() {
    let errors = errors_after("data/interface/lt.toml", "zoom_in = \"Priartinti\"\n", "");
    assert_eq!(
        errors,
        ["data/interface/lt.toml:9: ui.zoom_in: missing (English: \"Zoom in\")"]
    );
    let errors = errors_after(
        "data/ottawa/i18n/pl.toml",
        "title = \"Sejm uchwala ustawę o wypowiedzeniu\"\n",
        "",
    );
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("data/ottawa/i18n/pl.toml:")
            && errors[0].contains("event.pl-sejm-vote.title: missing (English: \"Sejm passes"),
        "{errors:?}"
    );
}

#[test]
fn placeholders_must_match_the_english() {
    let errors = errors_after(
        "data/interface/fi.toml",
        "kilometres = \"{number} km\"",
        "kilometres = \"{numero} km\"",
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("data/interface/fi.toml:")
            && errors[0]
                .contains("ui.kilometres: uses {\"numero\"} where English uses {\"number\"}"),
        "{errors:?}"
    );
}

#[test]
fn unknown_keys_and_bad_review_marks_are_reported() {
    let errors = errors_after(
        "data/interface/et.toml",
        "zoom_out = ",
        "zoom_outt = \"x\"\nzoom_out = ",
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("ui.zoom_outt: not a key"), "{errors:?}");
    let errors = errors_after(
        "data/ottawa/i18n/lv.toml",
        "\nreview = \"machine-assisted\"",
        "\nreview = \"checked\"",
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("meta.review: \"checked\": write \"machine-assisted\" or \"reviewed\""),
        "{errors:?}"
    );
}

#[test]
fn english_content_stays_in_the_data_files() {
    let errors = errors_after(
        "data/ottawa/i18n/en.toml",
        "[country]",
        "[event.lt-seimas-vote]\ntitle = \"x\"\n\n[country]",
    );
    assert!(
        errors
            .iter()
            .any(|e| e
                .contains("event.lt-seimas-vote.title: English content lives in the data files")),
        "{errors:?}"
    );
}

/// A story may say an interface word its own way ("Member" for "Party"), in every one of its
/// languages, with the interface's placeholders; a key the interface lacks is refused.
#[test]
fn a_story_overrides_interface_words_in_every_language() {
    let story_en = "data/ottawa/i18n/en.toml";
    let with_override = "[ui]\nstatus_party = \"Member\"\n";
    let errors = errors_after(story_en, "[ui]\n", with_override);
    assert_eq!(errors.len(), 5, "every other language lacks it: {errors:?}");
    assert!(
        errors[0].contains("ui.status_party: missing (English: \"Member\")"),
        "{errors:?}"
    );
    let errors = errors_after(story_en, "[ui]\n", "[ui]\nstatus_partyy = \"Member\"\n");
    assert!(
        errors[0].contains("ui.status_partyy: not a key of the interface"),
        "{errors:?}"
    );
    let errors = errors_after(story_en, "[ui]\n", "[ui]\nkilometres = \"{n} km\"\n");
    assert!(
        errors[0].contains("ui.kilometres: uses {\"n\"} where the interface"),
        "{errors:?}"
    );
}

/// The story's English file lists its languages, English first, each once.
#[test]
fn the_story_lists_its_languages() {
    use crate::datagen::i18n::story_languages;
    let file = |meta: &str| Input {
        name: "data/x/i18n/en.toml".into(),
        text: format!("[meta]\nname = \"English\"\n{meta}\n"),
    };
    let tags = story_languages(&file("languages = \"en fr\"")).unwrap();
    assert_eq!(tags, ["en", "fr"]);
    for bad in [
        "languages = \"fr en\"",
        "languages = \"en en\"",
        "languages = \"en FR\"",
        "",
    ] {
        let err = story_languages(&file(bad)).unwrap_err();
        assert_eq!(err.field, "meta.languages", "{bad}");
    }
}

mod files {
    use ottawa_explorer::i18n::{file_text, parse, tr, Lang, Msg};

    #[test]
    fn a_language_file_reads_back_as_written() {
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let table = parse(&file_text(lang)).expect("the file of this build reads");
            assert_eq!(table.ui[Msg::PageTitle.slot()], tr(lang, Msg::PageTitle));
            assert_eq!(table.ui[Msg::ZoomOut.slot()], tr(lang, Msg::ZoomOut));
        }
    }

    #[test]
    fn content_is_found_in_every_language() {
        use ottawa_explorer::data::{EVENTS, SCENARIOS};
        use ottawa_explorer::i18n::{event_title, scenario_texts};
        let vote = EVENTS.iter().find(|e| e.id == "lt-seimas-vote").unwrap();
        assert_eq!(
            event_title(Lang::Lt, vote),
            "Seimas balsuoja už Otavos konvencijos denonsavimą"
        );
        assert_eq!(
            event_title(Lang::En, vote),
            ottawa_explorer::data::english_title(vote)
        );
        let wider = SCENARIOS
            .iter()
            .position(|s| s.id == "wider-frontline")
            .unwrap();
        assert_eq!(
            scenario_texts(Lang::Fi, wider)[0],
            "Kaikki viisi tallettavat yhtä aikaa (toimittajan oletus)"
        );
    }

    /// Each record finds its own texts by index: every text the data has reads, in every
    /// language, as a translation of its own (not as another record's, not as a gap).
    #[test]
    fn every_record_reads_its_own_texts_in_every_language() {
        use ottawa_explorer::data::{CASUALTIES, CORRECTIONS, EVENTS, FORECASTS, SCENARIO_TEXTS};
        use ottawa_explorer::i18n::{
            casualty_note, correction_texts, disagreement_note, event_text, forecast_texts,
            scenario_texts,
        };
        for lang in Lang::ALL {
            let mut seen = std::collections::BTreeSet::new();
            let mut check = |english: &str, shown: &'static str| {
                assert_eq!(
                    english.is_empty(),
                    shown.is_empty(),
                    "{lang:?}: {english:?}"
                );
                if !english.is_empty() && english.len() > 40 {
                    assert!(seen.insert(shown), "{lang:?}: {shown:?} is shown twice");
                }
            };
            for event in EVENTS {
                check(event.text, event_text(lang, event));
                for d in event.disagreements {
                    check(d.note, disagreement_note(lang, d));
                }
            }
            for f in FORECASTS {
                let [statement, note, outcome] = forecast_texts(lang, f);
                check(f.statement, statement);
                check(f.note, note);
                check(f.outcome_note, outcome);
            }
            for (i, [_, description]) in SCENARIO_TEXTS.iter().enumerate() {
                check(description, scenario_texts(lang, i)[1]);
            }
            for c in CORRECTIONS {
                let [claim, finding] = correction_texts(lang, c);
                check(c.claim, claim);
                check(c.finding, finding);
            }
            for y in CASUALTIES {
                check(y.note, casualty_note(lang, y));
            }
        }
    }

    /// Every neighbour a border in the data names reads as "with …" in every language: the
    /// results say "1,338 km with Russia" from the data's codes, not from a list in the view.
    #[test]
    fn every_neighbour_in_the_data_has_its_with_phrase() {
        use ottawa_explorer::data::COUNTRIES;
        use ottawa_explorer::i18n::with_neighbour;
        for border in COUNTRIES.iter().flat_map(|c| c.borders) {
            for lang in Lang::ALL {
                let phrase = with_neighbour(lang, border.neighbour);
                assert!(
                    !phrase.is_empty(),
                    "{lang:?} has no [border_with] {} (data/ottawa/i18n/{}.toml)",
                    border.neighbour,
                    lang.tag()
                );
            }
        }
        assert_eq!(with_neighbour(Lang::En, "RU"), "with Russia");
        assert_eq!(with_neighbour(Lang::Pl, "BY"), "z Białorusią");
    }

    #[test]
    fn a_file_from_another_build_or_damaged_is_refused() {
        let text = file_text(Lang::Lt);
        let (header, body) = text.split_once('\n').unwrap();
        let other_build = header.replacen(header.split(' ').nth(1).unwrap(), "0000000000000000", 1);
        assert!(parse(&format!("{other_build}\n{body}")).is_none());
        // Cut halfway, at a character's edge (the file is UTF-8 text).
        let half = (0..=text.len() / 2)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap();
        let truncated = &text[..half];
        assert!(parse(truncated).is_none(), "a cut-off file");
        assert!(
            parse("<!doctype html><title>404</title>").is_none(),
            "an error page"
        );
    }
}

/// The pages the build writes use CLDR's rules (the browser tests compare them with the
/// browser's `Intl` for every day and many numbers): a few that tables get wrong easily.
#[test]
fn the_build_writes_dates_and_numbers_as_each_language_does() {
    use ottawa_explorer::i18n::written::{self, DateStyleName};
    use ottawa_explorer::i18n::Lang;
    use ottawa_explorer::model::Date;
    let may_8 = Date::new(2025, 5, 8).unwrap();
    let long = |lang| written::date(lang, may_8, DateStyleName::Long);
    assert_eq!(long(Lang::En), "May 8, 2025");
    assert_eq!(long(Lang::Lt), "2025 m. gegužės 8 d.");
    assert_eq!(long(Lang::Lv), "2025. gada 8. maijs");
    assert_eq!(long(Lang::Fi), "8. toukokuuta 2025");
    // Polish and Estonian group only from five digits on; Finnish from four.
    assert_eq!(written::whole(Lang::Pl, 1309), "1309");
    assert_eq!(written::whole(Lang::Pl, 12_309), "12\u{a0}309");
    assert_eq!(written::whole(Lang::Fi, 6279), "6\u{a0}279");
    assert_eq!(written::whole(Lang::En, -1_234_567), "-1,234,567");
    assert_eq!(written::share(Lang::Fi, 0.8), "80\u{a0}%");
    assert_eq!(written::share(Lang::Pl, 0.8), "80%");
    assert_eq!(written::thousandths(Lang::Et, 132), "0,132");
    assert_eq!(
        written::list(Lang::Lt, &["Estija", "Latvija", "Lietuva"]),
        "Estija, Latvija ir Lietuva"
    );
}

/// The language file the browser fetches carries what the islands draw, and not the texts
/// only the build writes (the forecasts, the corrections): those are in the page already.
#[test]
fn a_language_file_leaves_out_what_only_the_build_draws() {
    use ottawa_explorer::i18n::{file_text, parse, Lang};
    let text = file_text(Lang::Lt);
    assert!(text.contains("Seimas balsuoja už Otavos konvencijos denonsavimą"));
    assert!(!text.contains("Tikėtina, kad Estija ir Latvija užbaigs"));
    // Nor the interface of those parts (`PageMsg`): the scorecard's explanation is on the page.
    use ottawa_explorer::i18n::{page_tr, tr, Msg, PageMsg};
    assert!(text.contains(tr(Lang::Lt, Msg::ZoomIn)));
    let explained = page_tr(Lang::Lt, PageMsg::CalibrationExplained);
    assert_ne!(explained, page_tr(Lang::En, PageMsg::CalibrationExplained));
    assert!(!text.contains(explained));
    // Still a whole file: every key has its field.
    assert!(parse(&text).is_some());
}

/// The browser's app carries no event's own text, in any language, and no source's title,
/// publisher or address: each language's file of them (`i18n-LANG-texts.txt`, English's too)
/// holds every event's text in its slot and nothing else, then every source's three fields.
#[test]
fn every_language_has_a_file_of_its_events_own_texts_and_the_sources() {
    use ottawa_explorer::data::{EVENTS, SOURCES};
    use ottawa_explorer::i18n::{event_text, event_title, parse_texts, texts_file_text, Lang};
    let vote = EVENTS.iter().find(|e| e.id == "lt-seimas-vote").unwrap();
    assert!(!vote.text.is_empty());
    for lang in Lang::ALL {
        let file = texts_file_text(lang);
        let texts = parse_texts(&file).expect("the file of this build reads");
        assert_eq!(
            texts.content[vote.texts.at(1)],
            event_text(lang, vote),
            "{lang:?}"
        );
        assert!(
            !texts.content.contains(&event_title(lang, vote)),
            "{lang:?}: only texts"
        );
        assert_eq!(texts.sources.len(), 3 * SOURCES.len());
        for (source, fields) in SOURCES.iter().zip(texts.sources.chunks(3)) {
            assert_eq!(
                fields,
                [source.title, source.publisher, source.location],
                "{lang:?}"
            );
        }
    }
    assert!(texts_file_text(Lang::En).contains(vote.text));
}

#[test]
fn templates_fill_their_placeholders_and_keep_other_braces() {
    use ottawa_explorer::i18n::fill;
    let values = [("count", "3"), ("dates", "1997–2025")];
    assert_eq!(
        fill("{count} events, {dates}: zoom in", &values),
        "3 events, 1997–2025: zoom in"
    );
    // A placeholder no value names stays as written; so does a brace never closed.
    assert_eq!(fill("{count} of {total}", &values), "3 of {total}");
    assert_eq!(fill("Łódź {count} {open", &values), "Łódź 3 {open");
    assert_eq!(fill("no placeholders", &values), "no placeholders");
}
