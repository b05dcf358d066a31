//! A QR code encoder for exactly one case: the bytes as a single byte-mode
//! segment, error correction level Low, the smallest version (1 to 40) that
//! holds them, and the mask with the lowest penalty. It draws the same
//! modules as the `qrcodegen` crate does for that case, in much less code.
//!
//! The steps follow ISO/IEC 18004: choose the version, write the data
//! codewords, add Reed-Solomon error correction per block and interleave the
//! blocks, draw the function patterns, place the codewords in the zigzag, then
//! try the eight masks and keep the one with the lowest penalty.

/// A finished QR code: a square of light and dark modules, without the quiet
/// zone.
pub struct Matrix {
    size: usize,
    dark: Vec<bool>,
}

impl Matrix {
    /// The width and height, in modules.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module at column `x` and row `y` is dark; light outside the
    /// code.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }
}

/// The QR code of `bytes`, or `None` when they are longer than the 2953 bytes
/// that version 40 holds.
pub fn encode(bytes: &[u8]) -> Option<Matrix> {
    // The bytes need the character count, and one byte more for the 4-bit
    // mode and the 4-bit terminator.
    let version = (1..=40).find(|&v| {
        let needed = count_len(v) + bytes.len() + 1;
        needed <= data_len(v)
    })?;
    let codewords = add_ecc_and_interleave(&data_codewords(bytes, version), version);
    let mut grid = Grid::new(version);
    grid.place_codewords(&codewords);
    // The lowest penalty wins; on a tie, the lower mask number.
    let mut best = (usize::MAX, 0);
    for mask in 0..8 {
        grid.apply_mask(mask);
        grid.draw_format(mask);
        best = best.min((grid.penalty(), mask));
        grid.apply_mask(mask); // Masking is an XOR: this undoes it.
    }
    grid.apply_mask(best.1);
    grid.draw_format(best.1);
    Some(Matrix {
        size: grid.size,
        dark: grid.dark,
    })
}

/// Error correction codewords in each block, for level Low, versions 1 to 40.
const ECC_PER_BLOCK: [u8; 40] = [
    7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, //
    28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
];

/// Number of error correction blocks, for level Low, versions 1 to 40.
const BLOCKS: [u8; 40] = [
    1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, //
    8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
];

/// The bytes of the character count field in byte mode: 8 bits up to version
/// 9, 16 bits from version 10.
fn count_len(version: usize) -> usize {
    if version < 10 {
        1
    } else {
        2
    }
}

/// Codewords (bytes) a version holds in all: the modules left after the
/// function patterns and format and version information, divided by 8 (the
/// 0 to 7 modules over stay light, before masking).
fn raw_len(version: usize) -> usize {
    let v = version;
    let mut modules = (16 * v + 128) * v + 64;
    if v >= 2 {
        let aligns = v / 7 + 2;
        modules -= (25 * aligns - 10) * aligns - 55;
        if v >= 7 {
            modules -= 36;
        }
    }
    modules / 8
}

/// Data codewords a version holds at level Low: the rest is error correction.
fn data_len(version: usize) -> usize {
    raw_len(version) - usize::from(BLOCKS[version - 1]) * usize::from(ECC_PER_BLOCK[version - 1])
}

/// The data codewords: the byte-mode indicator (0100), the character count,
/// the bytes, the terminator (0000), then the pad bytes 0xEC and 0x11 in
/// turn. The 4-bit mode shifts everything after it by a nibble.
fn data_codewords(bytes: &[u8], version: usize) -> Vec<u8> {
    let count = (bytes.len() as u16).to_be_bytes();
    let count = &count[2 - count_len(version)..];
    let capacity = data_len(version);
    let mut data = Vec::with_capacity(capacity);
    // The mode is the first high nibble.
    let mut high = 0b0100;
    // The trailing 0 gives the last byte its low nibble: the terminator.
    for &byte in count.iter().chain(bytes).chain(&[0]) {
        data.push(high << 4 | byte >> 4);
        high = byte & 0xF;
    }
    let pads = [0xEC, 0x11].iter().cycle().take(capacity - data.len());
    data.extend(pads);
    data
}

/// Splits the data codewords into blocks (the later ones one codeword
/// longer when they do not divide evenly), adds each block's error
/// correction, and interleaves them: the data codewords of all blocks in
/// turn, then their error correction codewords in turn.
fn add_ecc_and_interleave(data: &[u8], version: usize) -> Vec<u8> {
    let blocks = usize::from(BLOCKS[version - 1]);
    let ecc_len = usize::from(ECC_PER_BLOCK[version - 1]);
    let raw = raw_len(version);
    let short_blocks = blocks - raw % blocks;
    let short_data_len = raw / blocks - ecc_len;
    let divisor = rs_divisor(ecc_len);
    let mut split = Vec::with_capacity(blocks);
    let mut rest = data;
    for block in 0..blocks {
        let (block_data, after) =
            rest.split_at(short_data_len + usize::from(block >= short_blocks));
        split.push((block_data, rs_remainder(block_data, &divisor)));
        rest = after;
    }
    let mut result = Vec::with_capacity(raw);
    for i in 0..=short_data_len {
        result.extend(split.iter().filter_map(|(block_data, _)| block_data.get(i)));
    }
    for i in 0..ecc_len {
        result.extend(split.iter().map(|(_, ecc)| ecc[i]));
    }
    result
}

/// The product of two elements of GF(256), modulo the QR polynomial
/// x^8 + x^4 + x^3 + x^2 + 1.
fn gf_mul(x: u8, y: u8) -> u8 {
    let mut product = 0u8;
    for i in (0..8).rev() {
        product = (product << 1) ^ ((product >> 7) * 0x1D);
        product ^= ((y >> i) & 1) * x;
    }
    product
}

/// The Reed-Solomon generator polynomial of the given degree, the product of
/// (x - 2^i) for i below the degree: its coefficients from the highest power
/// down, without the leading 1.
fn rs_divisor(degree: usize) -> Vec<u8> {
    let mut divisor = vec![0u8; degree];
    divisor[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        // Multiply by (x - root).
        for j in 0..degree {
            divisor[j] = gf_mul(divisor[j], root);
            if j + 1 < degree {
                divisor[j] ^= divisor[j + 1];
            }
        }
        root = gf_mul(root, 2);
    }
    divisor
}

/// The error correction codewords of a block: the remainder of its data
/// (times x^degree) divided by the generator polynomial.
fn rs_remainder(data: &[u8], divisor: &[u8]) -> Vec<u8> {
    let mut remainder = vec![0u8; divisor.len()];
    for &byte in data {
        // Multiply by x and add the byte; the coefficient that moves past
        // the top, `factor`, is removed by subtracting `factor` divisors.
        let factor = byte ^ remainder[0];
        for (i, &d) in divisor.iter().enumerate() {
            let next = remainder.get(i + 1).copied().unwrap_or(0);
            remainder[i] = next ^ gf_mul(d, factor);
        }
    }
    remainder
}

/// `data` followed by the remainder of its division by the BCH `generator`
/// of the given degree: the error correction of the format and version
/// information.
fn with_bch(data: u32, degree: u32, generator: u32) -> u32 {
    let mut remainder = data;
    for _ in 0..degree {
        remainder = (remainder << 1) ^ ((remainder >> (degree - 1)) * generator);
    }
    data << degree | remainder
}

/// Whether mask `mask` inverts the module at column `x` and row `y`.
fn mask_inverts(mask: u8, x: usize, y: usize) -> bool {
    match mask {
        0 => (x + y).is_multiple_of(2),
        1 => y.is_multiple_of(2),
        2 => x.is_multiple_of(3),
        3 => (x + y).is_multiple_of(3),
        4 => (x / 3 + y / 2).is_multiple_of(2),
        5 => x * y % 2 + x * y % 3 == 0,
        6 => (x * y % 2 + x * y % 3).is_multiple_of(2),
        _ => ((x + y) % 2 + x * y % 3).is_multiple_of(2),
    }
}

/// The code while it is drawn: the modules, and which of them belong to the
/// function patterns (which hold no data and are never masked).
struct Grid {
    size: usize,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Grid {
    /// A code of the given version with its function patterns drawn: timing,
    /// finders, alignment, the format area (with a placeholder mask) and,
    /// from version 7, the version information.
    fn new(version: usize) -> Self {
        let size = version * 4 + 17;
        let mut grid = Grid {
            size,
            dark: vec![false; size * size],
            function: vec![false; size * size],
        };
        for i in 0..size {
            grid.set_function(6, i, i % 2 == 0);
            grid.set_function(i, 6, i % 2 == 0);
        }
        // Finders with their light separators: dark at distances 0, 1 and 3.
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            grid.draw_square(x, y, 4, 0b01011);
        }
        grid.draw_alignment_patterns(version);
        grid.draw_format(0);
        if version >= 7 {
            grid.draw_version(version);
        }
        grid
    }

    /// Sets a module and marks it as part of a function pattern.
    fn set_function(&mut self, x: usize, y: usize, dark: bool) {
        let i = y * self.size + x;
        self.dark[i] = dark;
        self.function[i] = true;
    }

    /// Draws concentric squares around (`x`, `y`) up to `radius`; bit d of
    /// `dark_rings` says whether the ring at distance d is dark. Modules
    /// outside the code are left out.
    fn draw_square(&mut self, x: usize, y: usize, radius: usize, dark_rings: u8) {
        for dy in 0..=2 * radius {
            for dx in 0..=2 * radius {
                // Left of or above the code, this wraps to a huge value.
                let (xx, yy) = ((x + dx).wrapping_sub(radius), (y + dy).wrapping_sub(radius));
                if xx < self.size && yy < self.size {
                    let ring = dx.abs_diff(radius).max(dy.abs_diff(radius));
                    self.set_function(xx, yy, dark_rings >> ring & 1 != 0);
                }
            }
        }
    }

    /// Draws the alignment patterns: one at each pair of positions from the
    /// version's list, except the three that would overlap a finder.
    fn draw_alignment_patterns(&mut self, version: usize) {
        if version == 1 {
            return;
        }
        let count = version / 7 + 2;
        let step = if version == 32 {
            26
        } else {
            (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        };
        let last = self.size - 7;
        let positions: Vec<usize> = (0..count - 1).map(|i| last - i * step).chain([6]).collect();
        for &x in &positions {
            for &y in &positions {
                let at_finder = x == 6 && (y == 6 || y == last) || x == last && y == 6;
                if !at_finder {
                    // Dark at distances 0 and 2.
                    self.draw_square(x, y, 2, 0b101);
                }
            }
        }
    }

    /// Draws the 15 format bits (level Low and the mask, with their BCH code)
    /// in their two copies, and the dark module beside the second copy.
    fn draw_format(&mut self, mask: u8) {
        // Level Low is 01; the XOR keeps the bits from being all light.
        let bits = with_bch(0b01 << 3 | u32::from(mask), 10, 0x537) ^ 0x5412;
        let size = self.size;
        // The positions 0 to 8 other than 6, the timing pattern.
        let skip_timing = |i: usize| i + usize::from(i >= 6);
        for i in 0..15 {
            let dark = bits >> i & 1 != 0;
            // Around the top-left finder: down column 8, then along row 8.
            let (x, y) = if i < 8 {
                (8, skip_timing(i))
            } else {
                (skip_timing(14 - i), 8)
            };
            self.set_function(x, y, dark);
            // Under the top-right finder, then beside the bottom-left one.
            let (x, y) = if i < 8 {
                (size - 1 - i, 8)
            } else {
                (8, size - 15 + i)
            };
            self.set_function(x, y, dark);
        }
        self.set_function(8, size - 8, true);
    }

    /// Draws the 18 version bits (the version and its BCH code) in their two
    /// 6 by 3 copies, beside the top-right and bottom-left finders.
    fn draw_version(&mut self, version: usize) {
        let bits = with_bch(version as u32, 12, 0x1F25);
        for i in 0..18 {
            let dark = bits >> i & 1 != 0;
            let (a, b) = (self.size - 11 + i % 3, i / 3);
            self.set_function(a, b, dark);
            self.set_function(b, a, dark);
        }
    }

    /// Places the codewords' bits, most significant first, in the zigzag:
    /// pairs of columns from the right, alternately upwards and downwards,
    /// skipping the vertical timing pattern and the function modules.
    fn place_codewords(&mut self, codewords: &[u8]) {
        let size = self.size;
        let mut bit = 0;
        for pair in 0..(size - 1) / 2 {
            let mut right = size - 1 - 2 * pair;
            if right <= 6 {
                right -= 1;
            }
            for vertical in 0..size {
                let y = if pair % 2 == 0 {
                    size - 1 - vertical
                } else {
                    vertical
                };
                for x in [right, right - 1] {
                    let i = y * size + x;
                    if !self.function[i] {
                        if let Some(codeword) = codewords.get(bit / 8) {
                            self.dark[i] = codeword >> (7 - bit % 8) & 1 != 0;
                        }
                        bit += 1;
                    }
                }
            }
        }
    }

    /// Inverts the data modules where `mask` says to; a second call undoes it.
    fn apply_mask(&mut self, mask: u8) {
        for y in 0..self.size {
            for x in 0..self.size {
                let i = y * self.size + x;
                self.dark[i] ^= !self.function[i] && mask_inverts(mask, x, y);
            }
        }
    }

    /// The penalty the standard gives the masked code: runs and finder-like
    /// patterns in each row and column, 2 by 2 blocks of one colour (3 each),
    /// and the distance of the dark share from half (10 for each full 5 %).
    fn penalty(&self) -> usize {
        let size = self.size;
        let mut score = 0;
        for i in 0..size {
            // Row i, then column i.
            for (start, step) in [(i * size, 1), (i, size)] {
                score += line_penalty(self.dark[start..].iter().step_by(step).take(size), size);
            }
        }
        for y in 1..size {
            for x in 1..size {
                let i = y * size + x;
                let color = self.dark[i];
                let same = |j: usize| self.dark[j] == color;
                if same(i - 1) && same(i - size) && same(i - size - 1) {
                    score += 3;
                }
            }
        }
        let dark = self.dark.iter().filter(|&&dark| dark).count();
        let total = size * size;
        // Odd size, so never exactly half: this is at least 1.
        let fifths = (dark * 20).abs_diff(total * 10).div_ceil(total);
        score + (fifths - 1) * 10
    }
}

/// The penalty of one row or column: 3 for a run of five modules of one
/// colour and 1 for each module more, and 40 for each side of a dark 1:1:3:1:1
/// pattern with at least four light modules there and one on the other side.
/// The light quiet zone, counted as `size` modules, extends the end runs.
fn line_penalty<'a>(line: impl Iterator<Item = &'a bool>, size: usize) -> usize {
    // Alternating light and dark run lengths, from a light run to a light run.
    let mut runs = Vec::new();
    let (mut run, mut color) = (0, false);
    for &dark in line {
        if dark != color {
            runs.push(run);
            (run, color) = (0, dark);
        }
        run += 1;
    }
    runs.push(run);
    if color {
        runs.push(0);
    }
    let mut score = runs
        .iter()
        .filter(|&&run| run >= 5)
        .map(|run| run - 2)
        .sum();
    let last = runs.len() - 1;
    runs[0] += size;
    runs[last] += size;
    // Windows of light, dark, light, dark, light, dark, light runs.
    for w in runs.windows(7).step_by(2) {
        let n = w[1];
        if w[2] == n && w[3] == 3 * n && w[4] == n && w[5] == n {
            score += 40 * usize::from(w[0] >= 4 * n && w[6] >= n);
            score += 40 * usize::from(w[6] >= 4 * n && w[0] >= n);
        }
    }
    score
}
