//! Prints the start screen as HTML. The post-build hook puts it into
//! `index.html`, so people see the start screen before the wasm has loaded.

fn main() {
    print!("{}", spasm_tools::start_screen());
}
