//! The app's SVG drawings are written as markup but built as elements (so the
//! app never sets innerHTML, which Trusted Types refuse): rendered, each is
//! exactly the markup it was written as.

use spasm_triage::app::components::{drawing, level_icon};
use spasm_triage::engine::{Drawing, Level};
use yew::prelude::*;

/// `markup` as a renderer writes it: each `<name .../>` as `<name ...></name>`.
fn expanded(markup: &str) -> String {
    let mut out = String::new();
    let mut rest = markup;
    while let Some(end) = rest.find("/>") {
        let open = rest[..end].rfind('<').expect("an element");
        let name = rest[open + 1..].split([' ', '/']).next().expect("a name");
        out.push_str(&rest[..end]);
        out.push_str(&format!("></{name}>"));
        rest = &rest[end + 2..];
    }
    out + rest
}

#[derive(Properties, PartialEq)]
struct Shown {
    html: Html,
}

#[function_component]
fn Show(props: &Shown) -> Html {
    props.html.clone()
}

fn rendered(html: Html) -> String {
    let renderer = yew::LocalServerRenderer::<Show>::with_props(Shown { html }).hydratable(false);
    futures::executor::block_on(renderer.render())
}

#[test]
fn each_drawing_is_built_as_written() {
    for shown in Drawing::ALL {
        assert_eq!(
            rendered(drawing::drawing(shown)),
            expanded(drawing::markup(shown))
        );
    }
}

#[test]
fn each_level_icon_is_built_as_written() {
    for level in Level::ALL {
        let expected = format!(
            r#"<svg class="level-icon" viewBox="0 0 32 32" width="40" height="40" aria-hidden="true" focusable="false">{}</svg>"#,
            expanded(level_icon::SHAPES[level as usize])
        );
        assert_eq!(rendered(level_icon::level_icon(level)), expected);
    }
}
