"""GSM 03.38 text rules shared by the SMS mocks: alphabet and message parts.

A text that fits the GSM 7-bit default alphabet takes 160 septets in a single
SMS and 153 per part when split (the rest is the concatenation header);
characters of the extension table (``^{}\\[~]|€`` and form feed) take two
septets. Any other text is sent as UCS-2/UTF-16: 70 characters in one SMS,
67 per part.
"""

import math

BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
EXTENSION = "\f^{}\\[~]|€"
_BASIC_SET = frozenset(BASIC) - {"\x1b"}
_EXTENSION_SET = frozenset(EXTENSION)


def is_gsm7(text: str) -> bool:
    """Whether every character of ``text`` is in the GSM 7-bit alphabet or its extension."""
    return all(c in _BASIC_SET or c in _EXTENSION_SET for c in text)


def gsm7_septets(text: str) -> int:
    """Septets needed for ``text`` in GSM 7-bit (extension characters count twice)."""
    return sum(2 if c in _EXTENSION_SET else 1 for c in text)


def utf16_units(text: str) -> int:
    """UTF-16 code units of ``text`` (a character outside the BMP counts twice)."""
    return len(text.encode("utf-16-le")) // 2


def count_parts(text: str, *, force_unicode: bool = False) -> int:
    """How many SMS parts ``text`` is sent in (at least 1)."""
    if not force_unicode and is_gsm7(text):
        size, single, multi = gsm7_septets(text), 160, 153
    else:
        size, single, multi = utf16_units(text), 70, 67
    if size <= single:
        return 1
    return math.ceil(size / multi)
