//! The purpose-built QR encoder against `qrcodegen`, module by module: the same
//! version, mask, format and version information, and codewords for any bytes.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
use spasm_triage::export::qr_encode::encode;

/// The most bytes each version holds in byte mode at level Low (versions 1 to
/// 40), from ISO/IEC 18004 table 7.
const CAPACITY: [usize; 40] = [
    17, 32, 53, 78, 106, 134, 154, 192, 230, 271, 321, 367, 425, 458, 520, 586, 644, 718, 792, 858,
    929, 1003, 1091, 1171, 1273, 1367, 1465, 1528, 1628, 1732, 1840, 1952, 2068, 2188, 2303, 2431,
    2563, 2699, 2809, 2953,
];

/// What the app did before: one byte segment, level Low, any version, the
/// best mask, no boost of the level.
fn reference(bytes: &[u8]) -> Option<QrCode> {
    let segment = QrSegment::make_bytes(bytes);
    QrCode::encode_segments_advanced(
        &[segment],
        QrCodeEcc::Low,
        Version::MIN,
        Version::MAX,
        None,
        false,
    )
    .ok()
}

/// Checks that both encoders agree on `bytes`: both refuse them, or both
/// draw the same modules. Returns the reference's version and mask.
fn check(bytes: &[u8]) -> Option<(u8, u8)> {
    match (reference(bytes), encode(bytes)) {
        (None, None) => None,
        (Some(expected), Some(actual)) => {
            let len = bytes.len();
            assert_eq!(
                actual.size() as i32,
                expected.size(),
                "size for {len} bytes"
            );
            for y in 0..actual.size() {
                for x in 0..actual.size() {
                    assert_eq!(
                        actual.is_dark(x, y),
                        expected.get_module(x as i32, y as i32),
                        "module ({x}, {y}) for {len} bytes: {bytes:?}"
                    );
                }
            }
            Some((expected.version().value(), expected.mask().value()))
        }
        (expected, actual) => panic!(
            "for {} bytes qrcodegen gave {} and encode gave {}",
            bytes.len(),
            if expected.is_some() { "a code" } else { "none" },
            if actual.is_some() { "a code" } else { "none" },
        ),
    }
}

/// A small deterministic generator (xorshift64), so the inputs are the same
/// on every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Text like a summary's, in several scripts: at least `len` bytes of
    /// UTF-8, cut to exactly `len` (a cut may split a character, which the
    /// encoder, working on bytes, does not mind).
    fn text(&mut self, len: usize) -> Vec<u8> {
        const WORDS: [&str; 12] = [
            "Cramp ",
            "calf ",
            "night ",
            "3 times/week\n",
            "Calambre ",
            "pantorrilla ",
            "noche ",
            "¿Cuándo? ",
            "España ",
            "تشنج ",
            "العضلة ",
            "ليلاً\n",
        ];
        let mut text = Vec::with_capacity(len + 16);
        while text.len() < len {
            text.extend_from_slice(WORDS[self.below(WORDS.len())].as_bytes());
        }
        text.truncate(len);
        text
    }

    /// `len` bytes of any values.
    fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next() as u8).collect()
    }
}

#[test]
fn empty_and_short_texts() {
    let texts = [
        "",
        "a",
        "0",
        "HELLO WORLD",
        "Hello, world!",
        "0123456789012345",
        "https://example.org/",
        "Muscle cramps: calf, at night, 3 times a week.\nSeen: 2024-05-01",
        "\u{0}\u{1}\u{7f}",
    ];
    for text in texts {
        check(text.as_bytes());
    }
    check(&[0xFF; 17]);
    check(&[0x00; 18]);
}

#[test]
fn spanish_and_arabic_texts() {
    let texts = [
        "Calambres musculares",
        "¿Con qué frecuencia? Más de tres veces por semana; señal de alarma: no.",
        "Resumen\nDolor en la pantorrilla por la noche. Músculo: gemelo. Año: 2024.",
        "تشنجات عضلية",
        "ملخص: تشنج في عضلة الساق ليلاً، ثلاث مرات في الأسبوع.\nلا توجد علامات خطر.",
        "Mixed: cramp / calambre / تشنج — ñ, ü, ١٢٣",
    ];
    for text in texts {
        check(text.as_bytes());
        check(text.repeat(20).as_bytes());
    }
}

#[test]
fn every_version_boundary() {
    let mut random = Random(0x5EED_0001);
    let mut compared = 0;
    for (index, &capacity) in CAPACITY.iter().enumerate() {
        let version = index as u8 + 1;
        let next = if version < 40 {
            Some((version + 1, 0))
        } else {
            None
        };
        for bytes in [random.text(capacity), random.bytes(capacity)] {
            assert_eq!(check(&bytes[..capacity - 1]).unwrap().0, version);
            assert_eq!(
                check(&bytes).unwrap().0,
                version,
                "the most version {version} holds"
            );
            let mut over = bytes.clone();
            over.push(b'x');
            assert_eq!(
                check(&over).map(|(v, _)| (v, 0)),
                next,
                "one byte over version {version}"
            );
            compared += 3;
        }
    }
    eprintln!("every_version_boundary: {compared} inputs");
}

#[test]
fn stepped_lengths_reach_every_version_and_mask() {
    let mut random = Random(0x5EED_0002);
    let (mut versions, mut masks) = ([false; 40], [false; 8]);
    let mut compared = 0;
    for len in (0..=2953).step_by(7).chain([2953]) {
        let bytes = if len % 2 == 0 {
            random.text(len)
        } else {
            random.bytes(len)
        };
        let (version, mask) = check(&bytes).unwrap();
        versions[usize::from(version) - 1] = true;
        masks[usize::from(mask)] = true;
        compared += 1;
    }
    assert_eq!(versions, [true; 40], "versions reached");
    assert_eq!(masks, [true; 8], "masks chosen");
    eprintln!("stepped_lengths: {compared} inputs");
}

#[test]
fn random_texts_of_random_lengths() {
    let mut random = Random(0x5EED_0003);
    let mut compared = 0;
    for round in 0..400 {
        // Mostly summary-sized, sometimes up to the largest code.
        let limit = if round % 4 == 0 { 2954 } else { 700 };
        let len = random.below(limit);
        let bytes = if round % 2 == 0 {
            random.text(len)
        } else {
            random.bytes(len)
        };
        check(&bytes);
        compared += 1;
    }
    eprintln!("random_texts: {compared} inputs");
}

#[test]
fn too_long_for_any_version() {
    let mut random = Random(0x5EED_0004);
    for len in [2954, 2955, 3000, 5000] {
        let bytes = random.text(len);
        assert!(reference(&bytes).is_none());
        assert!(encode(&bytes).is_none(), "{len} bytes");
    }
    assert!(encode(&[b'a'; 2953]).is_some());
    assert!(encode(&[b'a'; 2954]).is_none());
}

#[test]
fn outside_the_code_is_light() {
    let code = encode(b"outside").unwrap();
    let size = code.size();
    assert_eq!(size, 21);
    assert!(code.is_dark(0, 0));
    assert!(!code.is_dark(size, 0));
    assert!(!code.is_dark(0, size));
}

proptest! {
    #[test]
    fn any_text_agrees(text in "\\PC{0,300}") {
        check(text.as_bytes());
    }

    #[test]
    fn any_bytes_agree(bytes in proptest::collection::vec(any::<u8>(), 0..1200)) {
        check(&bytes);
    }
}
