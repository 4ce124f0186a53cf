"""Files the application writes for safety or for people (database, backups, exports, copies
kept aside, the support log): owner-only, and complete or absent.

- Owner-only: folders 0700 and files 0600 on Linux and macOS. On Windows ``chmod`` cannot say
  that; the files live in the user's profile (``%LOCALAPPDATA%``), whose ACL already grants
  access to that user (and SYSTEM, administrators) only — README, "Data protection".
- Complete or absent: written under a temporary name in the same folder (``partial_name``),
  then renamed with ``os.replace`` once complete, so a kill midway never leaves an incomplete
  file under the final name.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

PARTIAL_SUFFIX = ".partiel"
FILE_MODE = 0o600
DIR_MODE = 0o700
POSIX = sys.platform != "win32"


def partial_name(final: Path) -> Path:
    """The temporary name a file (or folder) is written under before being renamed to ``final``."""
    return final.with_name(final.name + PARTIAL_SUFFIX)


def owner_only(path: Path) -> None:
    """Take away group and other rights from a file or folder this user owns (POSIX)."""
    if not POSIX:
        return
    try:
        st = path.stat()
    except FileNotFoundError:
        return
    if st.st_uid != os.getuid():
        return
    mode = stat.S_IMODE(st.st_mode)
    if mode & 0o077:
        os.chmod(path, mode & 0o700)


def private_dir(path: Path) -> Path:
    """Create the folder (and missing parents it creates) owner-only; an existing one is left as
    it is unless the application made it (then tightened)."""
    missing = []
    p = path
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    path.mkdir(parents=True, exist_ok=True)
    for made in missing:
        if POSIX:
            os.chmod(made, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create an empty owner-only file (SQLite then keeps its mode for the file, its -wal and
    -shm); an existing one is tightened."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, FILE_MODE)
        os.close(fd)
    owner_only(path)
    return path


def write_private_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write a text file owner-only (created with 0600, never readable by others meanwhile)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "w", encoding=encoding) as f:
        f.write(text)
    owner_only(path)
