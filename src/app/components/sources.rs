//! A list of sources as links that open without telling the source where the
//! person came from.

use yew::prelude::*;

use crate::content::questionnaire::CONTENT;

/// The sources with these indices, as a compact list of links.
pub fn source_list(sources: &[usize]) -> Html {
    html! {
        <ul class="sources">
            { for sources.iter().map(|&index| {
                let source = &CONTENT.sources[index];
                html! {
                    <li>
                        if let Some(url) = source.url {
                            <a href={url} target="_blank" rel="noopener noreferrer">{ source.title }</a>
                        } else {
                            { source.title }
                        }
                    </li>
                }
            }) }
        </ul>
    }
}
