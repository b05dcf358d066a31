//! A QR code of a text, drawn as SVG path data, so a clinician can scan the
//! summary from the person's phone.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// A QR code: its size in modules and one SVG path covering the dark ones.
pub struct QrPath {
    /// The width and height, in modules (the quiet zone is not included).
    pub size: i32,
    /// SVG path data, one unit a module.
    pub path: String,
}

/// The QR code of `text` (UTF-8, low error correction for the most room), or
/// `None` when the text is too long for any QR code.
pub fn qr_path(text: &str) -> Option<QrPath> {
    // One byte-mode segment, which holds any UTF-8 text. The other modes only
    // shorten runs of digits or capitals, which a summary hardly has, and
    // leaving out the search for them keeps 0.8 KB out of the download.
    let segment = QrSegment::make_bytes(text.as_bytes());
    let code = QrCode::encode_segments_advanced(
        &[segment],
        QrCodeEcc::Low,
        Version::MIN,
        Version::MAX,
        None,
        false,
    )
    .ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
    }
    Some(QrPath { size, path })
}
