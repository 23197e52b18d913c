//! A zip archive of stored (uncompressed) entries, the container of a `.pptx`.
//!
//! Written here rather than with the `zip` crate: built for the browser with the app's
//! size settings, the crate's writer alone (no compression codecs) measured 89 KB of
//! wasm, 37 KB brotli, mostly code for features a deck never uses (zip64, encryption,
//! reading, extra fields); this is about a hundred lines. Stored entries are valid in
//! Office Open XML (ECMA-376 part 2 allows them), and the tests read every archive back
//! with the `zip` crate, a reader we did not write.

use super::KitError;

/// CRC-32 (IEEE, reflected, as zip uses it), table computed at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut bit = 0;
        while bit < 8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            bit += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |crc, &byte| {
        // `crc as u8` is the low byte, on purpose.
        CRC_TABLE[usize::from((crc as u8) ^ byte)] ^ (crc >> 8)
    })
}

/// 1980-01-01 00:00 in MS-DOS form, zip's first day: the crate reads no clock, and the
/// same community makes the same bytes.
const DOS_DATE: u16 = (1 << 5) | 1;
const DOS_TIME: u16 = 0;
/// Version 1.0 of the format is enough for stored entries without zip64.
const VERSION: u16 = 10;

/// A zip archive being written.
#[derive(Debug, Default)]
pub(crate) struct Archive {
    bytes: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
}

impl Archive {
    /// Adds a file stored as is. Refused past what a zip without zip64 holds (65,535
    /// entries, 4 GiB), which no deck comes near.
    pub(crate) fn add(&mut self, name: &str, data: &[u8]) -> Result<(), KitError> {
        let too_large = || KitError::TooLarge;
        let offset = u32::try_from(self.bytes.len()).map_err(|_| too_large())?;
        let size = u32::try_from(data.len()).map_err(|_| too_large())?;
        let name_length = u16::try_from(name.len()).map_err(|_| too_large())?;
        self.entries = self.entries.checked_add(1).ok_or_else(too_large)?;
        let crc = crc32(data);
        // Local file header, then the data.
        put32(&mut self.bytes, 0x0403_4b50);
        put16(&mut self.bytes, VERSION);
        put16(&mut self.bytes, 0); // flags
        put16(&mut self.bytes, 0); // stored
        put16(&mut self.bytes, DOS_TIME);
        put16(&mut self.bytes, DOS_DATE);
        put32(&mut self.bytes, crc);
        put32(&mut self.bytes, size); // compressed
        put32(&mut self.bytes, size);
        put16(&mut self.bytes, name_length);
        put16(&mut self.bytes, 0); // extra field
        self.bytes.extend_from_slice(name.as_bytes());
        self.bytes.extend_from_slice(data);
        // Its central directory record.
        put32(&mut self.central, 0x0201_4b50);
        put16(&mut self.central, VERSION); // made by: MS-DOS attributes, version 1.0
        put16(&mut self.central, VERSION);
        put16(&mut self.central, 0);
        put16(&mut self.central, 0);
        put16(&mut self.central, DOS_TIME);
        put16(&mut self.central, DOS_DATE);
        put32(&mut self.central, crc);
        put32(&mut self.central, size);
        put32(&mut self.central, size);
        put16(&mut self.central, name_length);
        put16(&mut self.central, 0); // extra field
        put16(&mut self.central, 0); // comment
        put16(&mut self.central, 0); // disk
        put16(&mut self.central, 0); // internal attributes
        put32(&mut self.central, 0); // external attributes
        put32(&mut self.central, offset);
        self.central.extend_from_slice(name.as_bytes());
        Ok(())
    }

    /// The archive's bytes: the entries, the central directory and its end record.
    pub(crate) fn finish(mut self) -> Result<Vec<u8>, KitError> {
        let offset = u32::try_from(self.bytes.len()).map_err(|_| KitError::TooLarge)?;
        let size = u32::try_from(self.central.len()).map_err(|_| KitError::TooLarge)?;
        offset.checked_add(size).ok_or(KitError::TooLarge)?;
        self.bytes.append(&mut self.central);
        put32(&mut self.bytes, 0x0605_4b50);
        put16(&mut self.bytes, 0); // this disk
        put16(&mut self.bytes, 0); // the directory's disk
        put16(&mut self.bytes, self.entries);
        put16(&mut self.bytes, self.entries);
        put32(&mut self.bytes, size);
        put32(&mut self.bytes, offset);
        put16(&mut self.bytes, 0); // comment
        Ok(self.bytes)
    }
}

fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Read as _};

    use super::*;

    #[test]
    fn the_checksum_is_zips_crc32() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn the_zip_crate_reads_back_every_entry() {
        let mut archive = Archive::default();
        archive.add("[Content_Types].xml", b"<Types/>").unwrap();
        archive
            .add("ppt/slides/slide1.xml", "é😀".repeat(1000).as_bytes())
            .unwrap();
        archive.add("empty", b"").unwrap();
        let bytes = archive.finish().unwrap();
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        assert_eq!(zip.len(), 3);
        let mut read = |name: &str| {
            let mut file = zip.by_name(name).unwrap();
            assert_eq!(file.compression(), zip::CompressionMethod::Stored);
            let mut text = String::new();
            // Reading to the end checks the CRC.
            file.read_to_string(&mut text).unwrap();
            text
        };
        assert_eq!(read("[Content_Types].xml"), "<Types/>");
        assert_eq!(read("ppt/slides/slide1.xml"), "é😀".repeat(1000));
        assert_eq!(read("empty"), "");
    }
}
