"""State checks: every audited record compared with the last after-image the audit holds.

The services write an after-image (the values they set) with each change. Merging them in
id order gives, per record, what the application last wrote; a current value that differs
was written outside the application (SQL, a script, another tool). Only the actions whose
after-image describes the record are merged (create, update, status...), never events such
as a failed login; only the keys that are columns of the record's table are compared, plus
``password_fingerprint`` (domain.audit_chain.password_fingerprint of ``users.password_hash``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..domain.audit_chain import password_fingerprint
from .models import Asset, AuditEntry, Contract, Customer, Setting, User

# entity -> (model, key column, key type)
AUDITED: dict[str, tuple[Any, str, type]] = {
    "asset": (Asset, "id", int),
    "contract": (Contract, "id", int),
    "customer": (Customer, "id", int),
    "user": (User, "name", str),
    "setting": (Setting, "key", str),
}
# The actions whose after-image holds values the service wrote on the record.
IMAGE_ACTIONS = frozenset({
    "create", "update", "customer_update", "status", "contract", "role", "disable", "enable",
    "create_admin", "set", "reset_password", "change_password", "password_rehash",
})
DELETE_ACTIONS = frozenset({"delete"})
FINGERPRINT = "password_fingerprint"
TABLE_NAMES = {"asset": "assets", "contract": "contracts", "customer": "customers", "user": "users",
               "setting": "settings"}


@dataclass(frozen=True)
class StateDifference:
    table: str
    record: str  # the record's id (or name, key)
    field: str
    audit_value: Any
    current_value: Any
    entry_id: int  # the audit entry that wrote the value

    def describe(self) -> str:
        return (f"{self.table} {self.record} : {self.field} = {_shown(self.current_value)} dans la base, "
                f"{_shown(self.audit_value)} d'après le journal (entrée n° {self.entry_id})")


def _shown(value: Any) -> str:
    if value is None:
        return "(vide)"
    text = str(value)
    return f"« {text[:60]}{'…' if len(text) > 60 else ''} »"


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def same(audit_value: Any, current: Any) -> bool:
    current = _plain(current)
    if audit_value is None or current is None:
        return audit_value is None and current is None
    if isinstance(current, bool) or isinstance(audit_value, bool):
        return bool(audit_value) == bool(current)
    if isinstance(current, (Decimal, int, float)) and not isinstance(current, bool):
        try:
            return Decimal(str(audit_value)) == Decimal(str(current))
        except InvalidOperation:
            return False
    if isinstance(current, str) and isinstance(audit_value, str) and "T" in audit_value and "T" in current:
        try:
            a = datetime.fromisoformat(audit_value)
            b = datetime.fromisoformat(current)
            a = a if a.tzinfo else a.replace(tzinfo=timezone.utc)
            b = b if b.tzinfo else b.replace(tzinfo=timezone.utc)
            return a == b
        except ValueError:
            pass
    return str(audit_value) == str(current)


def _images(conn: Connection) -> dict[tuple[str, str], dict[str, tuple[Any, int]] | None]:
    """Per (entity, id): field -> (value, entry id) as last written; None for a deleted record."""
    images: dict[tuple[str, str], dict[str, tuple[Any, int]] | None] = {}
    table = AuditEntry.__table__
    stmt = (select(table.c.id, table.c.entity, table.c.entity_id, table.c.action, table.c.after_json)
            .where(table.c.entity.in_(list(AUDITED)),
                   table.c.action.in_(list(IMAGE_ACTIONS | DELETE_ACTIONS)))
            .order_by(table.c.id))
    for entry_id, entity, entity_id, action, after_json in conn.execute(stmt):
        key = (str(entity), str(entity_id))
        if action in DELETE_ACTIONS:
            images[key] = None
            continue
        try:
            after = json.loads(after_json) if after_json else None
        except ValueError:
            after = None
        image = images.get(key) or {}
        if isinstance(after, dict):
            for name, value in after.items():
                image[str(name)] = (value, int(entry_id))
        images[key] = image
    return images


def state_differences(conn: Connection, limit: int = 1000) -> list[StateDifference]:
    """Every audited field whose current value is not the one the audit last recorded."""
    found: list[StateDifference] = []
    images = _images(conn)
    for entity, (model, key_name, key_type) in AUDITED.items():
        table = model.__table__
        columns = {c.name for c in table.columns}
        wanted = {k[1]: v for k, v in images.items() if k[0] == entity}
        if not wanted:
            continue
        rows: dict[str, dict[str, Any]] = {}
        for row in conn.execute(select(table)).mappings():
            rows[str(row[key_name])] = dict(row)
        for record, image in wanted.items():
            current = rows.get(record)
            if image is None:
                if current is not None:
                    found.append(StateDifference(TABLE_NAMES[entity], record, "(enregistrement)",
                                                 "supprimé", "présent", 0))
                continue
            fields = {n: v for n, v in image.items() if n in columns or n == FINGERPRINT}
            if not fields:
                continue
            if current is None:
                last = max(e for _v, e in fields.values())
                found.append(StateDifference(TABLE_NAMES[entity], record, "(enregistrement)",
                                             "présent", "absent (supprimé hors de l'application)", last))
                continue
            for name, (value, entry_id) in sorted(fields.items()):
                now = password_fingerprint(current.get("password_hash")) if name == FINGERPRINT else current.get(name)
                if not same(value, now):
                    found.append(StateDifference(TABLE_NAMES[entity], record, name, value, now, entry_id))
                    if len(found) >= limit:
                        return found
    return found
