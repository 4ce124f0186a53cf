"""PC/SC return codes (winscard), with the French explanation shown to the user."""

from __future__ import annotations

SCARD_S_SUCCESS = 0x00000000
SCARD_E_CANCELLED = 0x80100002
SCARD_E_INVALID_HANDLE = 0x80100003
SCARD_E_UNKNOWN_READER = 0x80100009
SCARD_E_TIMEOUT = 0x8010000A
SCARD_E_SHARING_VIOLATION = 0x8010000B
SCARD_E_NO_SMARTCARD = 0x8010000C
SCARD_E_PROTO_MISMATCH = 0x8010000F
SCARD_E_INVALID_VALUE = 0x80100011
SCARD_F_COMM_ERROR = 0x80100013
SCARD_E_NOT_TRANSACTED = 0x80100016
SCARD_E_READER_UNAVAILABLE = 0x80100017
SCARD_E_NO_SERVICE = 0x8010001D
SCARD_E_SERVICE_STOPPED = 0x8010001E
SCARD_E_UNSUPPORTED_FEATURE = 0x8010001F
SCARD_E_NO_READERS_AVAILABLE = 0x8010002E
SCARD_W_UNRESPONSIVE_CARD = 0x80100066
SCARD_W_UNPOWERED_CARD = 0x80100067
SCARD_W_RESET_CARD = 0x80100068
SCARD_W_REMOVED_CARD = 0x80100069
SCARD_E_INSUFFICIENT_BUFFER = 0x80100008

# Codes meaning "the service itself is gone" (pcscd stopped or restarting).
SERVICE_DOWN_CODES = frozenset(
    {SCARD_E_NO_SERVICE, SCARD_E_SERVICE_STOPPED, SCARD_F_COMM_ERROR, SCARD_E_INVALID_HANDLE}
)

_NAMES_AND_TEXTS: dict[int, tuple[str, str]] = {
    SCARD_E_CANCELLED: ("SCARD_E_CANCELLED", "opération annulée"),
    SCARD_E_INVALID_HANDLE: ("SCARD_E_INVALID_HANDLE", "connexion au service perdue"),
    SCARD_E_UNKNOWN_READER: ("SCARD_E_UNKNOWN_READER", "lecteur inconnu (débranché ?)"),
    SCARD_E_TIMEOUT: ("SCARD_E_TIMEOUT", "délai dépassé"),
    SCARD_E_SHARING_VIOLATION: (
        "SCARD_E_SHARING_VIOLATION",
        "lecteur occupé en exclusivité par un autre programme (souvent le logiciel de "
        "facturation) : fermez-le puis relancez le diagnostic",
    ),
    SCARD_E_NO_SMARTCARD: ("SCARD_E_NO_SMARTCARD", "aucune carte dans le lecteur"),
    SCARD_E_PROTO_MISMATCH: (
        "SCARD_E_PROTO_MISMATCH",
        "protocole incompatible : l'ATR de la carte n'annonce aucun protocole utilisable "
        "(T=0 ou T=1), carte invalide ou mal insérée",
    ),
    SCARD_E_INVALID_VALUE: ("SCARD_E_INVALID_VALUE", "valeur refusée par le pilote"),
    SCARD_F_COMM_ERROR: ("SCARD_F_COMM_ERROR", "communication interrompue avec le service PC/SC"),
    SCARD_E_NOT_TRANSACTED: (
        "SCARD_E_NOT_TRANSACTED",
        "échange interrompu : carte retirée ou lecteur débranché pendant l'échange",
    ),
    SCARD_E_READER_UNAVAILABLE: ("SCARD_E_READER_UNAVAILABLE", "lecteur indisponible"),
    SCARD_E_NO_SERVICE: ("SCARD_E_NO_SERVICE", "service PC/SC arrêté"),
    SCARD_E_SERVICE_STOPPED: ("SCARD_E_SERVICE_STOPPED", "service PC/SC arrêté"),
    SCARD_E_UNSUPPORTED_FEATURE: ("SCARD_E_UNSUPPORTED_FEATURE", "non fourni par le pilote"),
    SCARD_E_NO_READERS_AVAILABLE: ("SCARD_E_NO_READERS_AVAILABLE", "aucun lecteur branché"),
    SCARD_W_UNRESPONSIVE_CARD: (
        "SCARD_W_UNRESPONSIVE_CARD",
        "carte muette : elle ne répond pas à la mise sous tension (puce abîmée, carte "
        "à l'envers ou contacts sales)",
    ),
    SCARD_W_UNPOWERED_CARD: ("SCARD_W_UNPOWERED_CARD", "carte non alimentée par le lecteur"),
    SCARD_W_RESET_CARD: ("SCARD_W_RESET_CARD", "carte réinitialisée par un autre programme"),
    SCARD_W_REMOVED_CARD: ("SCARD_W_REMOVED_CARD", "carte retirée"),
    SCARD_E_INSUFFICIENT_BUFFER: ("SCARD_E_INSUFFICIENT_BUFFER", "réponse trop longue"),
}


def normalize(code: int) -> int:
    """pyscard gives the HRESULT as a (possibly negative) Python int."""
    return code & 0xFFFFFFFF


def format_code(code: int) -> str:
    """``0x8010000F``: the form the notes and messages carry."""
    return f"0x{normalize(code):08X}"


def code_name(code: int) -> str | None:
    entry = _NAMES_AND_TEXTS.get(normalize(code))
    return entry[0] if entry else None


def describe(code: int) -> str:
    """French explanation with the constant and the code: ``protocole … (SCARD_E_…, 0x8010000F)``."""
    code = normalize(code)
    entry = _NAMES_AND_TEXTS.get(code)
    if entry is None:
        return f"erreur PC/SC {format_code(code)}"
    name, text = entry
    return f"{text} ({name}, {format_code(code)})"
