//! Starts the app in the page.

fn main() {
    spasm_triage::app::start();
}
