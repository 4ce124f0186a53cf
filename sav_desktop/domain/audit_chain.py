"""Tamper-evident audit trail: each entry's hash covers the previous entry's hash.

``hash = sha256(prev_hash + "\\n" + canonical content)``. Changing, removing or reordering
an entry breaks the chain at that entry (or at the next one); ``audit verify`` finds it.
Pure functions: the store reads and writes the rows, this module only hashes them.
"""

from __future__ import annotations

import hashlib
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


def entry_hash(prev_hash: str, fields: dict[str, object]) -> str:
    data = prev_hash + "\n" + canonical_content(fields)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class BrokenLink:
    """The first entry where the chain does not hold, and why (French)."""

    entry_id: int
    reason: str


def check_entry(expected_prev: str, prev_hash: str | None, stored_hash: str | None,
                fields: dict[str, object]) -> str | None:
    """Why this entry breaks the chain (French), or None when it holds."""
    if not stored_hash or not prev_hash:
        return "entrée sans empreinte (ajoutée hors de l'application)"
    if prev_hash != expected_prev:
        return ("le lien avec l'entrée précédente est rompu (entrée précédente supprimée, "
                "insérée ou modifiée)")
    if entry_hash(prev_hash, fields) != stored_hash:
        return "le contenu de l'entrée a été modifié après son enregistrement"
    return None
