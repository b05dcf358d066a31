//! Options a host page sets in the URL: `lang` (en, es, ar, fr), `region` (an
//! id of `content::regions::REGIONS`, such as gb, us or mx), `accent` (a theme
//! colour as hex), `compact` (hide the app's header), and the embedding clinic's
//! `clinic` (its name), `clinic_phone` and `clinic_url`. Anything invalid is
//! ignored and the default used; values are shown as text, set as CSS custom
//! property values or used as link addresses only after strict checks, never
//! inserted as HTML or CSS text.

use crate::app::text::is_number;
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
    /// The embedding clinic's details, shown with the results that send the
    /// person to a doctor.
    pub clinic: Clinic,
}

/// How to reach the clinic whose website embeds the checker.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Clinic {
    /// Its name, plain text of at most [`CLINIC_NAME_CHARS`] characters.
    pub name: Option<String>,
    /// Its phone number as written, digits with spaces, `+`, `-` and brackets.
    pub phone: Option<String>,
    /// Its website, an `https:` address.
    pub url: Option<String>,
}

/// The most characters of a clinic's name that are shown.
pub const CLINIC_NAME_CHARS: usize = 60;

impl Clinic {
    /// Whether there is a way to reach the clinic (a name alone is none).
    pub fn reachable(&self) -> bool {
        self.phone.is_some() || self.url.is_some()
    }

    /// The phone as a `tel:` address: `+` and digits only.
    pub fn dial(&self) -> Option<String> {
        let phone = self.phone.as_deref()?;
        Some(
            "tel:".to_owned()
                + &phone
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '+')
                    .collect::<String>(),
        )
    }
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
                "accent" => settings.accent = decode(value).and_then(|text| accent(&text)),
                "compact" => settings.compact = matches!(value, "" | "1" | "true" | "yes"),
                "clinic" => {
                    settings.clinic.name = decode(value).and_then(|text| clinic_name(&text))
                }
                "clinic_phone" => {
                    settings.clinic.phone = decode(value).and_then(|text| clinic_phone(&text))
                }
                "clinic_url" => {
                    settings.clinic.url = decode(value).and_then(|text| clinic_url(&text))
                }
                _ => {}
            }
        }
        settings
    }
}

/// The language and region chosen in a tab, remembered on the device (never in
/// the URL) so that a reload keeps them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Place {
    /// The language.
    pub lang: Lang,
    /// The region, or none chosen.
    pub region: Option<&'static Region>,
}

impl Place {
    /// As text, such as `lang=fr&region=gb` (`region=` for none).
    pub fn to_text(self) -> String {
        format!(
            "lang={}&region={}",
            self.lang.code(),
            self.region.map_or("", |region| region.id)
        )
    }

    /// Back from [`Place::to_text`]; `None` unless it names a known language
    /// (an unknown region reads as none).
    pub fn from_text(text: &str) -> Option<Place> {
        let mut lang = None;
        let mut region_id = None;
        for pair in text.split('&') {
            match pair.split_once('=') {
                Some(("lang", code)) => lang = Lang::from_code(code),
                Some(("region", id)) => region_id = Some(id),
                _ => {}
            }
        }
        Some(Place {
            lang: lang?,
            region: region_id.and_then(region),
        })
    }
}

/// A URL query value as text: `%xx` escapes decoded and `+` read as a space;
/// `None` for a broken escape or bytes that are not UTF-8.
fn decode(value: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(value.len());
    let mut rest = value.bytes();
    while let Some(byte) = rest.next() {
        bytes.push(match byte {
            b'+' => b' ',
            b'%' => {
                let high = char::from(rest.next()?).to_digit(16)?;
                let low = char::from(rest.next()?).to_digit(16)?;
                u8::try_from(high * 16 + low).ok()?
            }
            other => other,
        });
    }
    String::from_utf8(bytes).ok()
}

/// A clinic's name: its words with single spaces, control characters dropped,
/// cut to [`CLINIC_NAME_CHARS`] characters; `None` when nothing is left.
fn clinic_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|word| !word.is_empty())
        .collect();
    let name: String = words.join(" ").chars().take(CLINIC_NAME_CHARS).collect();
    let name = name.trim_end().to_owned();
    (!name.is_empty()).then_some(name)
}

/// A clinic's phone number: only digits, spaces, `+`, `-` and brackets, with 3
/// to 20 digits; anything else (a letter, say) and it is not used at all, since
/// a number with a part left out would dial someone else.
fn clinic_phone(text: &str) -> Option<String> {
    let text = text.trim();
    let allowed = is_number(text);
    let digits = text.chars().filter(char::is_ascii_digit).count();
    (allowed && (3..=20).contains(&digits)).then(|| text.to_owned())
}

/// A clinic's website: an `https:` address with a host, without spaces, quotes
/// or angle brackets, of at most 2,000 characters.
fn clinic_url(text: &str) -> Option<String> {
    let rest = text.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:".contains(c));
    let clean = !text
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "\"'<>`\\".contains(c));
    (host_ok && clean && text.len() <= 2000).then(|| text.to_owned())
}

/// A `#rrggbb` colour (decoded from the query, so `%23` is a `#`; it may be left out) with a
/// contrast of at least 4.5:1 against white, since text and links use it.
fn accent(value: &str) -> Option<String> {
    let hex = value.strip_prefix('#').unwrap_or(value);
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
