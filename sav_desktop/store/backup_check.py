"""A backup validated like the application would have made it, before a restore touches anything.

* its schema (tables, columns, indexes, foreign keys, triggers, views) equals what the
  application's migrations make at the backup's revision: a reference is built by migrating
  a temporary empty SQLite file to that revision (plus the derived name index the
  application adds at open, store.search_index) and both are read from sqlite_master/pragmas;
* its audit chain verifies with this station's audit key (store.audit_chain.verify_chain);
* its head equals the one its manifest (written next to it by ``sav-desktop backup``,
  signed with the key) recorded, so a backup whose last entries were cut is refused.

The integrity check itself is store.backup.check_backup.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import sqlite3
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine

from ..domain.audit_chain import key_id
from .audit_key import Head, _write_private

MANIFEST_FORMAT = "sav-desktop-backup-manifest"
MANIFEST_SUFFIX = ".manifest.json"
DERIVED_PREFIX = "customers_name_fts"  # store.search_index: made at open, may be absent
IGNORED = re.compile(r"^sqlite_(stat\d|sequence)$")

Schema = dict[str, Any]


def _ro(path: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def _norm_sql(sql: str | None) -> str:
    return " ".join((sql or "").replace("\"", "").split()).upper()


def read_schema(conn: sqlite3.Connection) -> Schema:
    """Every schema object, described so that two files made by the same migrations compare equal."""
    objects: Schema = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    for kind, name, tbl, sql in rows:
        if IGNORED.match(name):
            continue
        if kind == "table":
            cols = [tuple(r[1:]) for r in conn.execute(f"PRAGMA table_xinfo('{name}')")]
            fks = sorted(tuple(str(x) for x in r[2:5]) for r in conn.execute(f"PRAGMA foreign_key_list('{name}')"))
            virtual = _norm_sql(sql) if (sql or "").upper().startswith("CREATE VIRTUAL") else ""
            objects[f"table {name}"] = {"columns": cols, "foreign_keys": fks, "virtual": virtual}
        elif kind == "index":
            info = [tuple(r) for r in conn.execute(f"PRAGMA index_xinfo('{name}')")]
            unique = [r[2] for r in conn.execute(f"PRAGMA index_list('{tbl}')") if r[1] == name]
            where = _norm_sql(sql).split(" WHERE ", 1)[1] if sql and " WHERE " in _norm_sql(sql) else ""
            key = name
            if name.startswith("sqlite_autoindex_"):
                # SQLite numbers the indexes of UNIQUE constraints in the order of the CREATE
                # TABLE text, which a batch migration's table copy may reorder: name them by
                # what they index instead.
                key = f"{tbl}({','.join(str(r[2]) for r in info if r[1] >= 0)}) unique"
                info = [(r[0], r[2], *r[3:]) for r in info]
            objects[f"index {key}"] = {"table": tbl, "columns": info, "unique": unique, "where": where}
        else:  # trigger, view
            objects[f"{kind} {name}"] = {"table": tbl, "sql": _norm_sql(sql)}
    return objects


_REFERENCES: dict[str, Schema] = {}


def reference_schema(revision: str) -> Schema:
    """What the application's migrations make at ``revision`` (built once per process)."""
    if revision in _REFERENCES:
        return _REFERENCES[revision]
    from alembic import command

    from . import search_index
    from .db import alembic_config

    with tempfile.TemporaryDirectory(prefix="sav-reference-") as tmp:
        path = Path(tmp) / "reference.sqlite3"
        url = f"sqlite:///{path}"
        engine = create_engine(url)
        try:
            cfg = alembic_config(url)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                conn.commit()
            with engine.begin() as conn:
                search_index.install(conn)
        finally:
            engine.dispose()
        conn2 = sqlite3.connect(str(path))
        try:
            schema = read_schema(conn2)
        finally:
            conn2.close()
    _REFERENCES[revision] = schema
    return schema


_KINDS = {"table": ("table", "e"), "trigger": ("déclencheur", ""), "index": ("index", ""), "view": ("vue", "e")}
_ORDER = {"table": 0, "trigger": 1, "index": 2, "view": 3}


def _label(key: str, adjective: str) -> str:
    kind, name = key.split(" ", 1)
    word, ending = _KINDS.get(kind, (kind, ""))
    return f"{word} {name} {adjective}{ending}"


def _sorted(keys: set[str]) -> list[str]:
    return sorted(keys, key=lambda k: (_ORDER.get(k.split(" ", 1)[0], 9), k))


def schema_problems(reference: Schema, found: Schema) -> list[str]:
    """What differs (French), empty when the backup's schema is the application's."""
    if not any(k.split(" ", 1)[1].startswith(DERIVED_PREFIX) for k in found):
        reference = {k: v for k, v in reference.items() if not k.split(" ", 1)[1].startswith(DERIVED_PREFIX)}
    problems = []
    for key in _sorted(found.keys() - reference.keys()):
        problems.append(_label(key, "inconnu") + " de l'application")
    for key in _sorted(reference.keys() - found.keys()):
        problems.append(_label(key, "absent"))
    for key in _sorted(reference.keys() & found.keys()):
        if reference[key] != found[key]:
            problems.append(_label(key, "différent") + " de ce que fait l'application")
    return problems


# --- the manifest --------------------------------------------------------------------------


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def _mac(key: bytes, body: dict[str, Any]) -> str:
    data = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def write_manifest(backup: Path, revision: str, head: Head | None, key: bytes | None) -> Path:
    body: dict[str, Any] = {
        "format": MANIFEST_FORMAT, "version": 1, "file": backup.name, "revision": revision,
        "audit": head.as_dict() if head is not None else None,
        "key_id": key_id(key) if key is not None else None,
    }
    if key is not None:
        body["mac"] = _mac(key, body)
    path = manifest_path(backup)
    _write_private(path, json.dumps(body, indent=1, ensure_ascii=False) + "\n")
    return path


def read_manifest(backup: Path, key: bytes | None) -> tuple[Head | None, list[str]] | None:
    """(head recorded, problems) from the backup's manifest, None when it has none."""
    path = manifest_path(backup)
    if not path.is_file():
        return None
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, [f"manifeste illisible : {path.name}"]
    if not isinstance(body, dict) or body.get("format") != MANIFEST_FORMAT:
        return None, [f"manifeste non reconnu : {path.name}"]
    problems = []
    mac = body.pop("mac", None)
    if key is not None and body.get("key_id") == key_id(key):
        if not isinstance(mac, str) or not hmac.compare_digest(mac, _mac(key, body)):
            problems.append("manifeste modifié (signature incorrecte)")
    head = Head.from_dict(body.get("audit")) if body.get("audit") else None
    return head, problems


# --- the whole validation ------------------------------------------------------------------


def backup_problems(path: Path, revision: str, key: bytes | None) -> list[str]:
    """Why this (integrity-checked) backup must not be restored, in French; empty when it may."""
    from .audit_chain import verify_chain

    conn = _ro(path)
    try:
        found = read_schema(conn)
    finally:
        conn.close()
    problems = schema_problems(reference_schema(revision), found)
    if problems:
        return ["schéma différent de celui de l'application : " + " ; ".join(problems[:12])
                + (f" ; et {len(problems) - 12} autre(s)" if len(problems) > 12 else "")]
    columns = {c[0] for c in found.get("table audit_log", {}).get("columns", [])}
    if "hash" not in columns:
        return []  # before the audit chain (revision < 0004): nothing to verify
    engine = create_engine("sqlite://", creator=lambda: _ro(path))
    try:
        with engine.connect() as c:
            report = verify_chain(c, key)
    finally:
        engine.dispose()
    if report.key_problem:
        problems.append(f"journal d'audit : {report.key_problem}")
    elif report.broken is not None:
        problems.append(f"journal d'audit altéré (premier lien rompu à l'entrée n° {report.broken.entry_id} : "
                        f"{report.broken.reason})")
    elif report.forged:
        problems.append(f"journal d'audit altéré (entrée n° {report.forged[0].entry_id} : {report.forged[0].reason})")
    manifest = read_manifest(path, key)
    if manifest is not None:
        recorded, issues = manifest
        problems.extend(issues)
        head = report.head
        if recorded is not None and (head is None or (head.last_id, head.count, head.hash)
                                     != (recorded.last_id, recorded.count, recorded.hash)):
            got = f"{head.count} entrées jusqu'à la n° {head.last_id}" if head else "aucune entrée"
            problems.append(f"journal d'audit tronqué ou réécrit : le manifeste de la sauvegarde indique "
                            f"{recorded.count} entrées jusqu'à la n° {recorded.last_id}, la sauvegarde a {got}")
    return problems


def backup_head(path: Path) -> Head | None:
    from .audit_chain import chain_head_full

    engine = create_engine("sqlite://", creator=lambda: _ro(path))
    try:
        with engine.connect() as c:
            return chain_head_full(c)
    finally:
        engine.dispose()
