//! Prints the start screen as HTML. The post-build hook puts it into
//! `index.html`, so people see the start screen before the wasm has loaded.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let props = spasm_triage::app::components::app::AppProps {
        prerendered: true,
        ..Default::default()
    };
    let renderer =
        yew::LocalServerRenderer::<spasm_triage::app::App>::with_props(props).hydratable(false);
    print!("{}", futures::executor::block_on(renderer.render()));
}

/// Only the host prints; the browser build has nothing to do.
#[cfg(target_arch = "wasm32")]
fn main() {}
