# Shared by ./scripts/serve, ./scripts/test and ./scripts/size: installs what the
# build and the tests need, each step skipped when it is already in place.
# Source it from the repository root.

set -euo pipefail

TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '==> %s\n' "$*"; }

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION"
    cargo install trunk --version "$TRUNK_VERSION" --locked --force
  fi
}

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
# (--force: cargo's record of installed tools can disagree with what is on PATH.)
ensure_wasm_bindgen() {
  local version
  version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ]; then
    say "installing wasm-bindgen-cli $version"
    # --locked fails on this registry (a locked dependency is missing); the
    # version itself is pinned by the `=` requirement below.
    cargo install wasm-bindgen-cli --version "=$version" --force
  fi
}

# The npm tools (wasm-opt from binaryen, playwright-core) at the lock file's versions.
ensure_npm_tools() {
  local stamp=node_modules/.installed-from-lock
  local want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing npm tools from package-lock.json"
    npm ci --no-audit --no-fund
    echo "$want" >"$stamp"
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Debian's chromium and chromium-driver"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
  fi
}

# Everything a release build needs.
ensure_build_tools() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_npm_tools
}

release_build() {
  say "building the release into dist/"
  trunk build --release
}
