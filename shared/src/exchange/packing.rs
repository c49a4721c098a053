//! How a document lies inside the seal. Version 1 files hold the JSON document itself. From
//! version 2 on, the sealed content is one header line, `<format> <version> deflate <bytes>\n`,
//! followed by the document compressed with raw deflate (RFC 1951). The header says what the
//! document is and how large it will be before anything is inflated, so a newer version is
//! recognised without inflating it, and a file that would inflate past `MAX_DOC_BYTES` is
//! refused before it is inflated (and one that inflates past what it declared is damaged).

use std::io::{Read, Write};

use flate2::Compression;
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;

use crate::error::{Error, Result};

/// The largest document (inflated JSON) Attune reads or writes. Ten years of daily use with
/// long reflections is about 10 MB; this leaves room while refusing anything absurd.
pub const MAX_DOC_BYTES: usize = 48 * 1024 * 1024;

/// The only compression there is so far. A different one would be a new format version.
const DEFLATE: &str = "deflate";
/// The header line is short; anything longer is not one of ours.
const MAX_HEADER_BYTES: usize = 96;

/// What the header line of packed content says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PackedHeader {
    pub format: String,
    pub version: u32,
    pub compression: String,
    pub inflated_bytes: usize,
}

/// Compresses a document and puts the header line in front of it.
pub(crate) fn pack(format: &str, version: u32, json: &[u8]) -> Result<Vec<u8>> {
    pack_with(format, version, json, |_| String::new())
}

/// Like `pack`, with a second line after the header line, made from the header line (a
/// signature line, `signing`).
pub(crate) fn pack_with(
    format: &str,
    version: u32,
    json: &[u8],
    second_line: impl FnOnce(&[u8]) -> String,
) -> Result<Vec<u8>> {
    let header = format!("{format} {version} {DEFLATE} {}\n", json.len());
    let second = second_line(header.as_bytes());
    let mut out = Vec::with_capacity(header.len() + second.len() + json.len() / 4);
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(second.as_bytes());
    let mut encoder = DeflateEncoder::new(out, Compression::default());
    encoder.write_all(json)?;
    Ok(encoder.finish()?)
}

/// Whether sealed content is a bare JSON document (version 1) rather than packed.
pub(crate) fn is_bare_json(content: &[u8]) -> bool {
    content.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// Reads the header line and where the compressed bytes start. Damaged if it is not a
/// header line of the shape above.
pub(crate) fn read_header(content: &[u8]) -> Result<(PackedHeader, usize)> {
    let end = content.iter().take(MAX_HEADER_BYTES).position(|b| *b == b'\n').ok_or(Error::Damaged)?;
    let line = std::str::from_utf8(&content[..end]).map_err(|_| Error::Damaged)?;
    let mut parts = line.split(' ');
    let (Some(format), Some(version), Some(compression), Some(size), None) =
        (parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Error::Damaged);
    };
    let number = |s: &str| s.bytes().all(|b| b.is_ascii_digit()) && !s.is_empty() && s.len() <= 12;
    if format.is_empty() || !number(version) || !number(size) {
        return Err(Error::Damaged);
    }
    let header = PackedHeader {
        format: format.to_owned(),
        version: version.parse().map_err(|_| Error::Damaged)?,
        compression: compression.to_owned(),
        inflated_bytes: size.parse().map_err(|_| Error::Damaged)?,
    };
    Ok((header, end + 1))
}

/// The longest second line (a signature line is 201 bytes).
const MAX_SECOND_LINE_BYTES: usize = 256;

/// A line after the header line, and where what follows it starts.
pub(crate) fn read_line(content: &[u8]) -> Result<(&[u8], usize)> {
    let end = content.iter().take(MAX_SECOND_LINE_BYTES).position(|b| *b == b'\n').ok_or(Error::Damaged)?;
    Ok((&content[..end], end + 1))
}

/// Inflates packed content whose header has been read and accepted. Refuses before
/// inflating anything when the declared size is over the limit; stops reading as soon as the
/// stream gives more than it declared.
pub(crate) fn inflate(header: &PackedHeader, compressed: &[u8]) -> Result<Vec<u8>> {
    if header.compression != DEFLATE {
        return Err(Error::Damaged);
    }
    if header.inflated_bytes > MAX_DOC_BYTES {
        return Err(Error::TooLarge);
    }
    let mut json = Vec::with_capacity(header.inflated_bytes);
    DeflateDecoder::new(compressed)
        .take(header.inflated_bytes as u64 + 1)
        .read_to_end(&mut json)
        .map_err(|_| Error::Damaged)?;
    if json.len() != header.inflated_bytes {
        return Err(Error::Damaged);
    }
    Ok(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unpack(content: &[u8]) -> Result<Vec<u8>> {
        let (header, start) = read_header(content)?;
        inflate(&header, &content[start..])
    }

    #[test]
    fn a_packed_document_reads_back_and_is_smaller() {
        let json = br#"{"format":"attune-exchange","version":2,"entries":[]}"#.repeat(50);
        let packed = pack("attune-exchange", 2, &json).expect("packed");
        assert!(packed.len() < json.len() / 5);
        assert!(packed.starts_with(format!("attune-exchange 2 deflate {}\n", json.len()).as_bytes()));
        assert_eq!(unpack(&packed).expect("unpacked"), json);
        assert!(!is_bare_json(&packed));
        assert!(is_bare_json(b" {}"));
    }

    #[test]
    fn a_bomb_is_refused_by_its_header_or_by_its_stream() {
        let zeros = vec![0u8; 4 * 1024 * 1024];
        let mut packed = pack("attune-exchange", 2, &zeros).expect("packed");
        // Honest header, over the limit: refused before a byte is inflated.
        let (mut header, start) = read_header(&packed).expect("header");
        header.inflated_bytes = MAX_DOC_BYTES + 1;
        assert_eq!(inflate(&header, &packed[start..]), Err(Error::TooLarge));
        // Lying header: the stream is cut where it passes the declared size.
        let lie = b"attune-exchange 2 deflate 100\n";
        packed.splice(..start, lie.iter().copied());
        assert_eq!(unpack(&packed), Err(Error::Damaged));
    }

    #[test]
    fn headers_that_are_not_ours_are_damaged() {
        for bad in [
            &b"attune-exchange 2 deflate\n"[..],
            b"attune-exchange two deflate 5\n",
            b"attune-exchange 2 deflate 5 extra\n",
            b"attune-exchange 2 deflate -5\n",
            b"no newline at all",
            b"attune-exchange 2 deflate 99999999999999999999\n",
        ] {
            assert_eq!(unpack(bad), Err(Error::Damaged), "{}", String::from_utf8_lossy(bad));
        }
        let (header, start) = read_header(b"attune-exchange 2 zstd 5\nxxxxx").expect("header");
        assert_eq!(inflate(&header, &b"attune-exchange 2 zstd 5\nxxxxx"[start..]), Err(Error::Damaged));
    }
}
