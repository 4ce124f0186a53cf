"""Identifiers of the trade: RPPS, ADELI, SIRET, FINESS, ICCID, asset tags, serials.

Each ``validate_*`` returns the normalised value or raises ValidationError naming the field.
"""

from __future__ import annotations

import re

from .errors import ValidationError

_DIGITS = re.compile(r"\d+")


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) over a string of digits, check digit last."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = ord(ch) - 48
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_check_digit(payload: str) -> str:
    """The digit that makes ``payload + digit`` pass the Luhn check."""
    for d in "0123456789":
        if luhn_ok(payload + d):
            return d
    raise AssertionError("unreachable")


def _digits(v: str) -> bool:
    """ASCII digits only (str.isdigit accepts '²' or Arabic-Indic digits)."""
    return v.isascii() and v.isdigit()


def _compact(value: str) -> str:
    if not isinstance(value, str):
        return ""
    return re.sub(r"[\s.\-]", "", value)


def validate_rpps(value: str, field: str = "rpps") -> str:
    """RPPS: 11 digits with a Luhn key."""
    v = _compact(value)
    if not (len(v) == 11 and _digits(v)):
        raise ValidationError.single(field, "le numéro RPPS doit compter 11 chiffres")
    if not luhn_ok(v):
        raise ValidationError.single(field, "numéro RPPS invalide (clé de contrôle fausse)")
    return v


def validate_adeli(value: str, field: str = "adeli") -> str:
    """ADELI: 9 digits (no public check key)."""
    v = _compact(value)
    if not (len(v) == 9 and _digits(v)):
        raise ValidationError.single(field, "le numéro ADELI doit compter 9 chiffres")
    return v


LA_POSTE_SIREN = "356000000"
#: La Poste's head office: the one establishment of SIREN 356000000 with a Luhn key.
LA_POSTE_HEAD_OFFICE = LA_POSTE_SIREN + "00048"


def siret_key_ok(v: str) -> bool:
    """The check keys of a 14-digit SIRET: its SIREN (9 first digits) passes ``stdnum.fr.siren``
    and the whole number passes ``stdnum.luhn``; La Poste's establishments (SIREN 356000000,
    except the head office) have no Luhn key: the sum of their digits is a multiple of 5."""
    from stdnum import luhn
    from stdnum.fr import siren

    if not siren.is_valid(v[:9]):
        return False
    if v.startswith(LA_POSTE_SIREN) and v != LA_POSTE_HEAD_OFFICE:
        return sum(int(c) for c in v) % 5 == 0
    return bool(luhn.is_valid(v))


def validate_siret(value: str, field: str = "siret") -> str:
    """SIRET: 14 digits; SIREN key and SIRET key (stdnum), La Poste's exception kept."""
    v = _compact(value)
    if not (len(v) == 14 and _digits(v)):
        raise ValidationError.single(field, "le SIRET doit compter 14 chiffres")
    if not siret_key_ok(v):
        from stdnum.fr import siren

        if not siren.is_valid(v[:9]):
            raise ValidationError.single(field, f"SIRET invalide : le SIREN {v[:9]} a une clé de contrôle fausse")
        raise ValidationError.single(field, "SIRET invalide (clé de contrôle fausse)")
    return v


def validate_finess(value: str, field: str = "finess") -> str:
    """FINESS: 9 characters, department first (2A/2B for Corsica)."""
    v = _compact(value).upper()
    if not re.fullmatch(r"(\d{2}|2A|2B)\d{7}", v):
        raise ValidationError.single(field, "le numéro FINESS doit compter 9 caractères (ex. 750000001)")
    return v


def validate_iccid(value: str, field: str = "iccid") -> str:
    """SIM ICCID: 19 or 20 digits starting with 89, Luhn key last."""
    v = _compact(value)
    if not (_digits(v) and len(v) in (19, 20) and v.startswith("89")):
        raise ValidationError.single(field, "l'ICCID doit compter 19 ou 20 chiffres et commencer par 89")
    if not luhn_ok(v):
        raise ValidationError.single(field, "ICCID invalide (clé de contrôle fausse)")
    return v


def validate_phone(value: str, field: str = "phone") -> str:
    """French phone number: 10 digits starting with 0, or +33 and 9 digits."""
    v = _compact(value).replace("(0)", "")
    if v.startswith("+33"):
        v = "0" + v[3:]
    elif v.startswith("0033"):
        v = "0" + v[4:]
    if not re.fullmatch(r"0[1-9]\d{8}", v):
        raise ValidationError.single(field, "numéro de téléphone invalide (10 chiffres, ex. 01 23 45 67 89)")
    return " ".join(v[i : i + 2] for i in range(0, 10, 2))


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def validate_email(value: str, field: str = "email") -> str:
    v = (value or "").strip()
    if len(v) > 254 or not _EMAIL.match(v):
        raise ValidationError.single(field, "adresse e-mail invalide")
    return v.lower()


def normalize_serial(value: str, field: str = "serial") -> str:
    """Maker serial as printed: upper case, no spaces. 3 to 40 letters, digits, '-' or '/'."""
    v = re.sub(r"\s+", "", value or "").upper()
    if not re.fullmatch(r"[A-Z0-9][A-Z0-9\-/]{2,39}", v):
        raise ValidationError.single(
            field, "numéro de série invalide (3 à 40 caractères : lettres, chiffres, - ou /)"
        )
    return v


# --- Asset tags -------------------------------------------------------------------------
#
# Six Crockford base-32 characters (30 bits) then one check character (Luhn mod 32), e.g.
# ``K4M7Q2X``. The 30-bit value is the asset's id scrambled by an odd multiplier, so tags are
# unique without a lookup, short, and not sequential-looking. The check character catches
# every single mistyped character and every swap of two neighbours but one: "0Z" <-> "Z0"
# (the first and last characters of the alphabet, Luhn mod N's one blind spot, like 09/90 in
# decimal Luhn). Printed labels carry these tags: the scheme stays; the scan reads the QR.

TAG_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TAG_INDEX = {c: i for i, c in enumerate(TAG_ALPHABET)}
_TAG_BITS = 30
_TAG_MOD = 1 << _TAG_BITS
_TAG_MULT = 0x2F5A_1C9B & (_TAG_MOD - 1) | 1  # odd, so a bijection modulo 2**30
_TAG_ADD = 0x0B3D_27A1 & (_TAG_MOD - 1)
TAG_LENGTH = 7


def _luhn32_check(payload: str) -> str:
    n = len(TAG_ALPHABET)
    factor = 2
    total = 0
    for ch in reversed(payload):
        addend = factor * _TAG_INDEX[ch]
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return TAG_ALPHABET[(n - total % n) % n]


def asset_tag_for_id(asset_id: int) -> str:
    if not 0 < asset_id < _TAG_MOD:
        raise ValueError("asset id out of the tag range")
    x = (asset_id * _TAG_MULT + _TAG_ADD) % _TAG_MOD
    chars = []
    for _ in range(6):
        chars.append(TAG_ALPHABET[x & 31])
        x >>= 5
    payload = "".join(reversed(chars))
    return payload + _luhn32_check(payload)


def normalize_tag_text(value: str) -> str:
    """Upper case, separators dropped, Crockford look-alikes mapped (O->0, I/L->1)."""
    v = re.sub(r"[\s\-_.]", "", value or "").upper()
    table: dict[str, str | int | None] = {"O": "0", "I": "1", "L": "1", "U": "V"}
    return v.translate(str.maketrans(table))


def is_valid_tag(value: str) -> bool:
    v = normalize_tag_text(value)
    if len(v) != TAG_LENGTH or any(c not in _TAG_INDEX for c in v):
        return False
    return _luhn32_check(v[:-1]) == v[-1]


def validate_tag(value: str, field: str = "asset_tag") -> str:
    v = normalize_tag_text(value)
    if len(v) != TAG_LENGTH or any(c not in _TAG_INDEX for c in v):
        raise ValidationError.single(field, "étiquette invalide : 7 caractères attendus (ex. K4M7Q2X)")
    if _luhn32_check(v[:-1]) != v[-1]:
        raise ValidationError.single(field, "étiquette mal saisie : le caractère de contrôle ne correspond pas")
    return v


# --- Label text ---------------------------------------------------------------------------
#
# What a printed QR label carries: ``SAV1:<tag>:<serial>`` (see labels). A scanner typing
# into the main window sends either that text or a maker's serial barcode.

LABEL_PREFIX = "SAV1:"


def label_text(tag: str, serial: str) -> str:
    return f"{LABEL_PREFIX}{tag}:{serial}"


def parse_scan(text: str) -> tuple[str | None, str | None]:
    """Split scanned text into (tag, serial); either may be None.

    ``SAV1:TAG:SERIAL`` gives both; a valid tag alone gives the tag; anything else is taken
    as a maker's serial. French AZERTY keyboard wedges often send ``SAV1/`` or ``SAV1.`` for
    the colon: accepted too.
    """
    raw = (text or "").strip()
    if not raw or len(raw) > 200:
        return None, None
    if any(not (c.isprintable() or c.isspace()) for c in raw):
        return None, None  # control bytes (NUL...): noise, not a label (PostgreSQL refuses NUL)
    m = re.fullmatch(r"SAV1[:;./](?P<tag>[0-9A-Za-z]{7})[:;./](?P<serial>.+)", raw, re.IGNORECASE)
    if m:
        return normalize_tag_text(m["tag"]), m["serial"].strip().upper()
    if is_valid_tag(raw):
        return normalize_tag_text(raw), None
    serial = re.sub(r"\s+", "", raw).upper()
    return None, serial or None
