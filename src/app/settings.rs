//! Options a host page sets in the URL: `lang` (en, es, ar, fr), `region` (an
//! id of `content::regions::REGIONS`, such as gb, us or mx), `accent` (a theme colour as hex) and `compact`
//! (hide the app's header). Anything invalid is ignored and the
//! default used; values are only ever set as CSS custom property values after
//! strict checks, never inserted as HTML or CSS text.

use crate::content::lang::Lang;
use crate::content::regions::{region, Region};

/// The options the page was opened with.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Settings {
    /// The language asked for.
    pub lang: Option<Lang>,
    /// The region asked for.
    pub region: Option<&'static Region>,
    /// A theme colour, `#rrggbb`, dark enough for text on white.
    pub accent: Option<String>,
    /// Whether to hide the app's header.
    pub compact: bool,
}

impl Settings {
    /// Reads the options from a URL query such as `?accent=%23005a9c&compact=1`.
    pub fn from_query(query: &str) -> Settings {
        let mut settings = Settings::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            match name {
                "lang" => settings.lang = Lang::from_code(value),
                "region" => settings.region = region(value),
                "accent" => settings.accent = accent(value),
                "compact" => settings.compact = matches!(value, "" | "1" | "true" | "yes"),
                _ => {}
            }
        }
        settings
    }
}

/// `search` (a URL query such as `?a=1`) with `name` set to `value`, or removed
/// when `value` is `None`; other parameters stay as they were.
pub fn with_param(search: &str, name: &str, value: Option<&str>) -> String {
    let mut pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(name))
        .map(str::to_owned)
        .collect();
    if let Some(value) = value {
        pairs.push(format!("{name}={value}"));
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// A `#rrggbb` colour (the `#` may be written `%23` or left out) with a
/// contrast of at least 4.5:1 against white, since text and links use it.
fn accent(value: &str) -> Option<String> {
    let hex = value
        .strip_prefix("%23")
        .or_else(|| value.strip_prefix('#'))
        .unwrap_or(value);
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |at: usize| {
        let value = f64::from(u8::from_str_radix(&hex[at..at + 2], 16).ok()?) / 255.0;
        Some(if value <= 0.04045 {
            value / 12.92
        } else {
            power_2_4((value + 0.055) / 1.055)
        })
    };
    let luminance = 0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?;
    let contrast_with_white = 1.05 / (luminance + 0.05);
    (contrast_with_white >= 4.5).then(|| format!("#{}", hex.to_ascii_lowercase()))
}

/// `base` (between 0 and 1) to the power 2.4, as the contrast formula needs:
/// `base²` times the fifth root of `base²`, the root found by Newton's method
/// from `base^0.25`, which is close to it on this range. Eight steps reach full
/// precision; `powf` would bring 1 KB of maths library into the download.
fn power_2_4(base: f64) -> f64 {
    let square = base * base;
    let mut root = base.sqrt().sqrt();
    for _ in 0..8 {
        let fourth = root * root * root * root;
        root = (4.0 * root + square / fourth) / 5.0;
    }
    square * root
}
