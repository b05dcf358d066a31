//! A QR code of a text, drawn as SVG path data, so a clinician can scan the
//! summary from the person's phone.

use super::qr_encode::encode;

/// A QR code: its size in modules and one SVG path covering the dark ones.
pub struct QrPath {
    /// The width and height, in modules (the quiet zone is not included).
    pub size: i32,
    /// SVG path data, one unit a module.
    pub path: String,
}

/// The QR code of `text` (UTF-8 in one byte-mode segment, low error
/// correction for the most room), or `None` when the text is too long for any
/// QR code.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = encode(text.as_bytes())?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.is_dark(x, y) {
                path.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
    }
    Some(QrPath {
        size: i32::try_from(size).ok()?,
        path,
    })
}
