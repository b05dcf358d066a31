//! Static SVG written as text, built as elements: the app carries short strings
//! rather than the code that would build the same elements one by one, and
//! never hands markup to the browser's HTML parser (`innerHTML`), which a page
//! under Trusted Types (`require-trusted-types-for 'script'`) refuses.

use yew::virtual_dom::{VNode, VTag};

/// The elements of `markup`: elements and `name="value"` attributes only (no
/// text, comments or entities), each either `<name ... />` or `<name ...>`
/// children `</name>`. Whatever does not follow that form ends the list.
pub fn elements(markup: &'static str) -> Vec<VNode> {
    let mut rest = markup;
    let mut nodes = Vec::new();
    while let Some(tag) = element(&mut rest) {
        nodes.push(tag.into());
    }
    nodes
}

/// The element at the start of `rest`, if one is there, and `rest` moved past it.
fn element(rest: &mut &'static str) -> Option<VTag> {
    let text = rest.trim_start().strip_prefix('<')?;
    if text.starts_with('/') {
        return None;
    }
    let end = text.find([' ', '>', '/'])?;
    let mut tag = VTag::new(&text[..end]);
    let mut text = &text[end..];
    loop {
        text = text.trim_start();
        if let Some(after) = text.strip_prefix("/>") {
            *rest = after;
            return Some(tag);
        }
        if let Some(after) = text.strip_prefix('>') {
            *rest = after;
            break;
        }
        let (name, after) = text.split_once("=\"")?;
        let (value, after) = after.split_once('"')?;
        tag.add_attribute(name, value);
        text = after;
    }
    while let Some(child) = element(rest) {
        tag.add_child(child.into());
    }
    *rest = rest.trim_start().strip_prefix("</")?.split_once('>')?.1;
    Some(tag)
}
