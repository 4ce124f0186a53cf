"""Answer To Reset: parsing (ISO/IEC 7816-3) and the card kind it shows (R-81).

Pure: bytes in, values out. The diagnostics read the ATR, which identifies the card
type, and nothing personal held on the card (RULES.md R-81).

Layout: TS, T0 (Y1 in the high nibble says which of TA1..TD1 follow, K in the low nibble
is the number of historical bytes), then interface bytes TAi/TBi/TCi/TDi (each TDi gives
Yi+1 and a protocol T), the K historical bytes, and TCK when any TDi names a protocol
other than T=0 (XOR of T0..TCK must be 0).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field

MAX_ATR_LENGTH = 33
TS_DIRECT = 0x3B
TS_INVERSE = 0x3F


class Convention(enum.Enum):
    DIRECT = "direct"
    INVERSE = "inverse"


@dataclass(frozen=True)
class InterfaceBytes:
    """One group i of interface bytes; None when the byte is absent."""

    index: int
    ta: int | None = None
    tb: int | None = None
    tc: int | None = None
    td: int | None = None


@dataclass(frozen=True)
class ParsedAtr:
    raw: bytes
    convention: Convention | None
    t0: int | None
    interface: tuple[InterfaceBytes, ...]
    protocols: tuple[int, ...]
    historical: bytes
    tck: int | None
    tck_required: bool
    problems: tuple[str, ...] = field(default=())  # French, shown to the user

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def truncated(self) -> bool:
        return any(p.startswith("ATR tronqué") for p in self.problems)

    @property
    def hex(self) -> str:
        return format_atr(self.raw)

    @property
    def protocol_names(self) -> list[str]:
        return [f"T={t}" for t in self.protocols]


def format_atr(atr: bytes | bytearray | list[int]) -> str:
    """Upper-case hex bytes separated by single spaces: ``3B 75 13 00``."""
    return " ".join(f"{b:02X}" for b in bytes(atr))


def parse_hex(text: str) -> bytes:
    """``"3b 75:13-00"`` -> bytes; separators (space, colon, dash) are ignored."""
    cleaned = re.sub(r"[\s:\-]", "", text)
    if len(cleaned) % 2 or not re.fullmatch(r"[0-9A-Fa-f]*", cleaned):
        raise ValueError(f"hexadécimal invalide : {text!r}")
    return bytes.fromhex(cleaned)


def parse_atr(atr: bytes | bytearray | list[int]) -> ParsedAtr:
    """Parse as far as the bytes allow; every defect is named in ``problems``."""
    raw = bytes(atr)
    problems: list[str] = []
    if not raw:
        return ParsedAtr(raw, None, None, (), (), b"", None, False, ("ATR vide",))

    ts = raw[0]
    convention: Convention | None
    if ts == TS_DIRECT:
        convention = Convention.DIRECT
    elif ts == TS_INVERSE:
        convention = Convention.INVERSE
    else:
        convention = None
        problems.append(
            f"TS invalide ({ts:02X}) : ni convention directe (3B) ni inverse (3F)"
        )

    if len(raw) < 2:
        problems.append("ATR tronqué : T0 absent (1 octet reçu)")
        return ParsedAtr(raw, convention, None, (), (), b"", None, False, tuple(problems))

    t0 = raw[1]
    historical_count = t0 & 0x0F
    y = t0 >> 4
    pos = 2
    groups: list[InterfaceBytes] = []
    td_protocols: list[int] = []
    index = 1
    while True:
        values: dict[str, int | None] = {"ta": None, "tb": None, "tc": None, "td": None}
        for bit, name in ((0x1, "ta"), (0x2, "tb"), (0x4, "tc"), (0x8, "td")):
            if y & bit:
                if pos < len(raw):
                    values[name] = raw[pos]
                pos += 1
        groups.append(InterfaceBytes(index, values["ta"], values["tb"], values["tc"], values["td"]))
        td = values["td"]
        if td is None:
            break  # no TDi (absent or cut off): no further groups
        td_protocols.append(td & 0x0F)
        y = td >> 4
        index += 1

    hist_start = min(pos, len(raw))
    historical = raw[hist_start : hist_start + historical_count]
    pos += historical_count

    # T=0 is implied when TD1 is absent; T=15 is "global", not a transmission protocol.
    protocols = sorted({t for t in td_protocols if t != 15}) if td_protocols else [0]
    if td_protocols and not protocols:
        problems.append("aucun protocole de transmission annoncé (seulement T=15)")
    tck_required = any(t != 0 for t in td_protocols)

    tck: int | None = None
    expected = pos + (1 if tck_required else 0)
    if len(raw) < expected:
        problems.append(
            f"ATR tronqué : {expected} octets attendus d'après T0/TDi, {len(raw)} reçus"
        )
    else:
        if tck_required:
            tck = raw[pos]
            check = 0
            for b in raw[1 : pos + 1]:
                check ^= b
            if check != 0:
                problems.append(
                    f"TCK incorrect ({tck:02X}) : le OU exclusif de T0 à TCK vaut {check:02X} au lieu de 00"
                )
        if len(raw) > expected:
            problems.append(f"octets en trop après l'ATR : {len(raw) - expected}")
    if len(raw) > MAX_ATR_LENGTH:
        problems.append(f"ATR trop long : {len(raw)} octets (33 au plus)")

    return ParsedAtr(
        raw=raw,
        convention=convention,
        t0=t0,
        interface=tuple(groups),
        protocols=tuple(protocols),
        historical=bytes(historical),
        tck=tck,
        tck_required=tck_required,
        problems=tuple(problems),
    )


class CardKind(enum.Enum):
    VITALE = "VITALE"
    CPS = "CPS"
    OTHER = "OTHER"


@dataclass(frozen=True)
class CardIdentity:
    kind: CardKind
    label: str  # French


# ATR patterns of French health cards (facts from the public pcsc-tools list, see
# ../shared/pcsc/NOTES.md; the list file itself is not shipped). Regexes over the
# upper-case spaced hex form.
_CARD_PATTERNS: tuple[tuple[str, CardKind, str], ...] = (
    (r"3F 65 25 00 2[2C] 09 [F6]9 90 00", CardKind.VITALE, "Carte Vitale 1"),
    (r"3F 65 25 00 52 09 6A 90 00", CardKind.VITALE, "Carte Vitale 1"),
    (r"3F 65 25 00 A[34] 09 6A 90 00", CardKind.VITALE, "Carte Vitale 1"),
    (r"3B 75 13 00 00 4[3-9BC] 09 EA 90 00", CardKind.VITALE, "Carte Vitale 2"),
    (r"3B 75 13 00 00 45 09 FA 90 00", CardKind.VITALE, "Carte Vitale 2"),
    (r"3B AC 00 40 2A 00 12 25 00 64 80 00 03 10 00 90 00", CardKind.CPS, "Carte CPS"),
    (r"3B AC 00 40 2A 00 12 25 00 64 80 82 02 12 00 90 00", CardKind.CPS, "Carte CPS"),
    (r"3B DC 18 FF 00 00 12 25 00 64 80 00 04 01 00 90 00", CardKind.CPS, "Carte CPS v4"),
    (
        r"3B 8F 80 01 00 31 B8 64 04 B0 EC C1 73 94 01 80 82 90 00 0E",
        CardKind.CPS,
        "Carte CPS v3 (sans contact)",
    ),
)
_COMPILED = tuple((re.compile(p), kind, label) for p, kind, label in _CARD_PATTERNS)

# Historical-byte stem common to CPS cards.
CPS_HISTORICAL_STEM = bytes.fromhex("1225006480")

UNKNOWN_CARD_LABEL = "Carte non reconnue"


def identify_card(atr: bytes | bytearray | list[int]) -> CardIdentity:
    """The card kind by its ATR alone; an ATR that matches nothing is OTHER (no guess)."""
    text = format_atr(atr)
    for pattern, kind, label in _COMPILED:
        if pattern.fullmatch(text):
            return CardIdentity(kind, label)
    parsed = parse_atr(atr)
    if parsed.valid and CPS_HISTORICAL_STEM in parsed.historical:
        return CardIdentity(CardKind.CPS, "Carte CPS (génération non reconnue)")
    return CardIdentity(CardKind.OTHER, UNKNOWN_CARD_LABEL)
