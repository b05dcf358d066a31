//! Filling placeholders such as `{number}` in catalog messages.

use yew::prelude::*;

/// A piece of a filled message: its own words, or an inserted value.
enum Part<'a> {
    Words(&'a str),
    Value(&'a str),
}

/// The pieces of `template` with each `{name}` replaced by its value; unknown
/// names stay as written.
fn parts<'a>(template: &'a str, values: &[(&str, &'a str)]) -> Vec<Part<'a>> {
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        let placeholder = after.split_once('}').and_then(|(name, tail)| {
            let (_, value) = values.iter().find(|(known, _)| *known == name)?;
            Some((*value, tail))
        });
        parts.push(Part::Words(before));
        match placeholder {
            Some((value, tail)) => {
                parts.push(Part::Value(value));
                rest = tail;
            }
            None => {
                parts.push(Part::Words("{"));
                rest = after;
            }
        }
    }
    parts.push(Part::Words(rest));
    parts
}

/// Replaces each `{name}` in `template` with its value, as plain text (for
/// attributes and saved text).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    parts(template, values)
        .into_iter()
        .map(|part| match part {
            Part::Words(words) | Part::Value(words) => words,
        })
        .collect()
}

/// The same, as page content: each value in its own `<bdi>`, left to right
/// for a number, so that "1800 022 222" keeps its order on a right-to-left
/// page, and in its own direction for words, such as a clinic's name in Arabic
/// on an English page.
pub fn fill_html(template: &str, values: &[(&str, &str)]) -> Html {
    parts(template, values)
        .into_iter()
        .map(|part| match part {
            Part::Words(words) => Html::from(words),
            Part::Value(value) if is_number(value) => html! { <bdi dir="ltr">{ value }</bdi> },
            Part::Value(value) => html! { <bdi>{ value }</bdi> },
        })
        .collect()
}

/// Whether `value` is a number as people write one: digits, spaces, `+`, `-`
/// and brackets only.
pub fn is_number(value: &str) -> bool {
    value
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()".contains(c))
}
