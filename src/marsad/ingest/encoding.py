"""Decode article bytes: UTF-8, UTF-16 (with or without BOM) or Windows-1256, else a clear error.

charset-normalizer is deliberately not used. Measured on ANT titles encoded as Windows-1256 it
recovered 206 of 211 titles and only 9 of 200 single words (it guessed big5, cp1006, mac_cyrillic
...), while the rules below, which know the input is Arabic or Latin news text, recover all of them.
"""

from __future__ import annotations

import codecs
import re

from marsad.errors import EncodingError
from marsad.lang.arabic import strip_invisible

# Heuristics look at the first 64 KiB only (an even number, so UTF-16 code units stay aligned).
_SAMPLE = 64 * 1024
_BOMS = (
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)
# High byte of a UTF-16 code unit for ASCII (0x00) and for the Arabic block U+0600-U+06FF (0x06):
# Arabic or Latin text without a BOM has one of them at nearly every other byte.
_UTF16_HIGH = frozenset(b"\x00\x06")
_UTF16_HIGH_MIN = 0.7  # share of high bytes at one parity...
_UTF16_LOW_MAX = 0.1  # ...while the other parity almost never has them
# Share of control characters (NUL and other C0 but tab, line breaks and form feed) above which
# the input is binary; a few stray ones in scraped text are tolerated and removed.
_CONTROL_MAX = 0.05
_ARABIC_HIGH_MIN = 0.7  # share of non-ASCII characters that must be Arabic to accept Windows-1256
_ARABIC_BLOCK = re.compile("[\u0600-\u06ff\u00ab\u00bb]")  # Arabic block and « », its quotes
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NOT_CONTROL_BYTES = bytes(sorted(set(range(256)) - {*range(9), 11, *range(14, 32), 127}))
# C0 controls and DEL, plus lone surrogates (JSON "\ud800" escapes) that cannot be encoded again.
_REMOVE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8, UTF-16 or Windows-1256 and tidy the text; EncodingError otherwise."""
    text = _decode_raw(data)
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > _CONTROL_MAX * len(sample):
        raise EncodingError("binary file: control characters that are not text")
    return tidy(text)


def tidy(text: str) -> str:
    """Normalize line endings to LF, drop a leading BOM, NUL and control characters but \\n \\t."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _REMOVE.sub("", text).removeprefix("\ufeff")


def clean_title(title: str) -> str:
    """A title on one line: tidy, without zero-width or bidi controls, line breaks as spaces."""
    return strip_invisible(tidy(title)).replace("\n", " ").replace("\t", " ").strip()


def looks_utf16(head: bytes) -> bool:
    """Whether the first bytes of a file are UTF-16: a UTF-16 BOM or the high-byte pattern."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    sample = head[: min(len(head), _SAMPLE) // 2 * 2]
    return _utf16_without_bom(sample) is not None


def _decode_raw(data: bytes) -> str:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                raise EncodingError(
                    f"invalid {name} after its byte-order mark (byte {error.start + len(bom)})"
                ) from error
    sample = data[:_SAMPLE]
    utf16 = _utf16_without_bom(sample)
    if utf16 is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError as error:
            raise EncodingError(
                f"looks like {utf16.upper()} without a byte-order mark but does not decode "
                f"(byte {error.start})"
            ) from error
    # Before trying 8-bit encodings (Windows-1256 accepts any byte), tell binary data apart.
    if len(sample.translate(None, _NOT_CONTROL_BYTES)) > _CONTROL_MAX * len(sample):
        raise EncodingError("binary file: control or NUL bytes that are not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad_byte = error.start
    # Every byte has a meaning in Windows-1256, so decoding cannot fail: accept it only when the
    # non-ASCII characters it yields are Arabic, as they are in Arabic archives.
    text = data.decode("cp1256")
    if _mostly_arabic(text[:_SAMPLE]):
        return text
    raise EncodingError(
        f"unknown encoding: invalid UTF-8 at byte {bad_byte}, and not UTF-16 "
        "or Windows-1256 Arabic text"
    )


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes follow the UTF-16 high-byte pattern."""
    if len(sample) < 2 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_high = sum(even.count(byte) for byte in _UTF16_HIGH) / len(even)
    odd_high = sum(odd.count(byte) for byte in _UTF16_HIGH) / len(odd)
    if odd_high >= _UTF16_HIGH_MIN and even_high <= _UTF16_LOW_MAX:
        return "utf-16-le"
    if even_high >= _UTF16_HIGH_MIN and odd_high <= _UTF16_LOW_MAX:
        return "utf-16-be"
    return None


def _mostly_arabic(text: str) -> bool:
    non_ascii = [char for char in text if ord(char) > 0x7F]
    if not non_ascii:
        return False
    arabic = sum(1 for char in non_ascii if _ARABIC_BLOCK.match(char))
    return arabic >= _ARABIC_HIGH_MIN * len(non_ascii)
