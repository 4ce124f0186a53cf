"""Tamper-evident audit trail: each entry's hash covers the previous entry's hash.

Two segments, in id order:

* the *legacy* segment (entries written before the base met a key):
  ``hash = sha256(prev_hash + "\\n" + canonical content)`` -- a public algorithm, so anyone
  holding the file can recompute it after a change;
* the *keyed* segment, opened by a marker entry (entity ``audit``, action ``chain_keyed``)
  that names the key (its id, never the key): from the marker on, every entry's hash is
  ``HMAC-SHA256(key, prev_hash + "\\n" + canonical content)``. The key lives outside the
  database (store.audit_key), so an entry forged, changed or appended with the public
  algorithm is detected.

Changing, removing or reordering an entry breaks the chain at that entry (or at the next
one); removing the last entries is detected by the head kept outside the base (the anchor).
Pure functions: the store reads and writes the rows, this module only hashes them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime, timezone

GENESIS = "0" * 64  # prev_hash of the very first entry

# The hashed fields, in this order (id excluded: the chain order is the id order).
CHAINED_FIELDS = (
    "at", "user_name", "entity", "entity_id", "action", "summary", "before_json", "after_json", "asset_id",
)


def canonical_at(value: datetime) -> str:
    """UTC, microseconds, no offset: the same text whether the database kept the zone or not."""
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds")


def normalize_at(value: datetime) -> datetime:
    """What the unit of work stores: an aware UTC datetime (a naive one is taken as UTC)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def canonical_content(fields: dict[str, object]) -> str:
    values: list[object] = []
    for name in CHAINED_FIELDS:
        v = fields.get(name)
        if name == "at":
            if not isinstance(v, datetime):
                raise TypeError("audit entry without a datetime 'at'")
            v = canonical_at(v)
        values.append(v)
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def entry_hash(prev_hash: str, fields: dict[str, object], key: bytes | None = None) -> str:
    """The entry's hash: HMAC-SHA256 with the key (keyed segment), plain SHA-256 without."""
    data = (prev_hash + "\n" + canonical_content(fields)).encode("utf-8")
    if key is not None:
        return hmac.new(key, data, hashlib.sha256).hexdigest()
    return hashlib.sha256(data).hexdigest()


# The marker entry that opens the keyed segment.
MARKER_ENTITY = "audit"
MARKER_ACTION = "chain_keyed"
KEY_BYTES = 32


def key_id(key: bytes) -> str:
    """A public name of the key (16 hex digits): tells which key a base is signed with."""
    return hmac.new(key, b"sav-desktop audit key id", hashlib.sha256).hexdigest()[:16]


def is_marker(fields: dict[str, object]) -> bool:
    return fields.get("entity") == MARKER_ENTITY and fields.get("action") == MARKER_ACTION


def marker_key_id(fields: dict[str, object]) -> str | None:
    """The key id a marker entry names (None when its after-image does not hold one)."""
    try:
        after = json.loads(str(fields.get("after_json") or "null"))
    except ValueError:
        return None
    value = after.get("key_id") if isinstance(after, dict) else None
    return value if isinstance(value, str) else None


def password_fingerprint(password_hash: str | None) -> str | None:
    """What the audit keeps of a password hash: a short digest of it, never the hash itself."""
    if not password_hash:
        return None
    return "sha256:" + hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class BrokenLink:
    """The first entry where the chain does not hold, and why (French)."""

    entry_id: int
    reason: str


def seal_problem(prev_hash: str | None, stored_hash: str | None, fields: dict[str, object],
                 key: bytes | None) -> str | None:
    """Why this entry's own hash is wrong (French), or None: its link is not checked."""
    if not stored_hash or not prev_hash:
        return "entrée sans empreinte (ajoutée hors de l'application)"
    if entry_hash(prev_hash, fields, key) == stored_hash:
        return None
    if key is not None:
        if entry_hash(prev_hash, fields) == stored_hash:
            return ("entrée forgée : son empreinte a été calculée avec l'algorithme public, "
                    "sans la clé d'audit (signature HMAC incorrecte)")
        return "signature HMAC incorrecte : entrée modifiée ou forgée hors de l'application"
    return "le contenu de l'entrée a été modifié après son enregistrement"


def check_entry(expected_prev: str, prev_hash: str | None, stored_hash: str | None,
                fields: dict[str, object], key: bytes | None = None) -> str | None:
    """Why this entry breaks the chain (French), or None when it holds."""
    if not stored_hash or not prev_hash:
        return "entrée sans empreinte (ajoutée hors de l'application)"
    if prev_hash != expected_prev:
        return ("le lien avec l'entrée précédente est rompu (entrée précédente supprimée, "
                "insérée ou modifiée)")
    return seal_problem(prev_hash, stored_hash, fields, key)
