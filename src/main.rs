//! Mounts the app into the page's body.

fn main() {
    yew::Renderer::<spasm_triage::app::App>::new().render();
}
