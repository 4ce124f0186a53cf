"""The audit key and the anchors: what the database must not hold, kept on this station.

* The **key** signs the audit chain (HMAC-SHA256, domain.audit_chain). It is kept in the OS
  keyring (``keyring``) when a backend is available, else in ``audit.key`` in the user's
  config folder, created owner-only (0600, folder 0700). Several PostgreSQL stations share
  one key: the administrator copies it once from the first station
  (``sav-desktop audit key --show``) to the others (``sav-desktop audit key --set``).
* An **anchor** per database (``anchors/<digest>.json`` next to the key) keeps the chain's
  head as this station last wrote it (last id, count, hash): a base whose tail was cut is
  behind its anchor.

``$SAV_CONFIG_DIR`` replaces the config folder (tests, portable installs).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from ..domain.audit_chain import KEY_BYTES
from ..domain.errors import SavError

log = logging.getLogger(__name__)

ENV_CONFIG_DIR = "SAV_CONFIG_DIR"
KEYRING_SERVICE = "sav-desktop"
KEYRING_USER = "audit-key"
KEY_FILE = "audit.key"


class AuditKeyError(SavError):
    """A key that cannot be read, written or is malformed (French message)."""


def config_dir() -> Path:
    env = os.environ.get(ENV_CONFIG_DIR)
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("sav-desktop", appauthor=False))


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def _write_private(path: Path, text: str, *, sync: bool = True) -> None:
    """Write ``text`` owner-only (0600), under a temporary name renamed into place."""
    _private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            if sync:
                os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


# --- the key -------------------------------------------------------------------------------


def _keyring() -> Any | None:
    """The keyring module when a real backend is available (None otherwise)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            return None
        return keyring
    except Exception:  # noqa: BLE001 - no module, a broken backend: the file is used
        return None


def parse_key(text: str) -> bytes:
    """A key typed by the administrator: 64 hexadecimal digits (spaces ignored)."""
    cleaned = "".join(text.split()).lower()
    try:
        key = bytes.fromhex(cleaned)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise AuditKeyError(
            f"clé d'audit invalide : {KEY_BYTES * 2} chiffres hexadécimaux attendus "
            "(celle qu'affiche « sav-desktop audit key --show » sur le premier poste)"
        )
    return key


def key_file() -> Path:
    return config_dir() / KEY_FILE


def load_key() -> bytes | None:
    """This station's audit key: the keyring first, then the key file (None when neither has one)."""
    kr = _keyring()
    if kr is not None:
        try:
            text = kr.get_password(KEYRING_SERVICE, KEYRING_USER)
            if text:
                return parse_key(text)
        except AuditKeyError:
            raise
        except Exception as exc:  # noqa: BLE001 - locked or unreachable keyring
            log.warning("trousseau du système illisible (%s) : fichier de clé utilisé", exc)
    path = key_file()
    if path.is_file():
        return parse_key(path.read_text(encoding="utf-8"))
    return None


def save_key(key: bytes) -> str:
    """Keep the key on this station; returns where (French, for the message)."""
    if len(key) != KEY_BYTES:
        raise AuditKeyError("clé d'audit invalide")
    kr = _keyring()
    if kr is not None:
        try:
            kr.set_password(KEYRING_SERVICE, KEYRING_USER, key.hex())
            key_file().unlink(missing_ok=True)
            return "trousseau du système"
        except Exception as exc:  # noqa: BLE001
            log.warning("trousseau du système inutilisable (%s) : fichier de clé utilisé", exc)
    _write_private(key_file(), key.hex() + "\n")
    return str(key_file())


def key_location() -> str:
    """Where this station keeps its key (French)."""
    kr = _keyring()
    if kr is not None:
        try:
            if kr.get_password(KEYRING_SERVICE, KEYRING_USER):
                return "trousseau du système"
        except Exception:  # noqa: BLE001
            pass
    return str(key_file())


def load_or_create_key() -> bytes:
    key = load_key()
    if key is None:
        key = secrets.token_bytes(KEY_BYTES)
        where = save_key(key)
        log.info("clé d'audit créée (%s)", where)
    return key


# --- anchors -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Head:
    """The chain's head: the last entry's id and hash, and how many entries there are."""

    last_id: int
    count: int
    hash: str
    marker: str | None = None  # hash of the keyed segment's marker: which base this is

    def as_dict(self) -> dict[str, Any]:
        return {"last_id": self.last_id, "count": self.count, "hash": self.hash, "marker": self.marker}

    @classmethod
    def from_dict(cls, data: Any) -> "Head | None":
        try:
            marker = data.get("marker")
            return cls(int(data["last_id"]), int(data["count"]), str(data["hash"]),
                       str(marker) if marker else None)
        except (AttributeError, KeyError, TypeError, ValueError):
            return None


def database_identity(url: str) -> str:
    """Which database an anchor is about: the SQLite file's path, or PostgreSQL host/port/name."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return "sqlite:" + str(Path(u.database or "").resolve())
    options = u.query.get("options")  # a search_path chooses another schema: another base
    extra = f"?{options}" if isinstance(options, str) else ""
    return f"{u.get_backend_name()}://{u.host or ''}:{u.port or ''}/{u.database or ''}{extra}"


def anchor_path(url: str) -> Path:
    digest = hashlib.sha256(database_identity(url).encode("utf-8")).hexdigest()[:32]
    return config_dir() / "anchors" / f"{digest}.json"


def read_anchor(url: str) -> Head | None:
    path = anchor_path(url)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return Head.from_dict(data)


def write_anchor(url: str, head: Head) -> None:
    data = {"database": database_identity(url), **head.as_dict()}
    try:
        # No fsync: written after every save; a crash loses at most the last move (behind is fine).
        _write_private(anchor_path(url), json.dumps(data, indent=1) + "\n", sync=False)
    except OSError as exc:  # never fail a save for the anchor: the next one writes it again
        log.warning("ancre du journal d'audit non écrite (%s) : %s", anchor_path(url), exc)
