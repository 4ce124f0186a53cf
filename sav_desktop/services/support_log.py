"""The support log: what happened, for whoever helps the desk (issue 10.6).

One rotating file, ``sav-desktop.log``, in the user's log folder
(``platformdirs.user_log_dir("sav-desktop", appauthor=False)``; ``$SAV_LOG_DIR`` overrides it),
owner-only. Set up at GUI and command-line start (``setup_logging``); ``sys.excepthook`` and
``threading.excepthook`` log every unexpected exception with its traceback, then tell the
listeners (the GUI shows a French dialog with the log's path).

Never in the log: passwords (they are never passed to a logger; argon2 hashes and
``password=`` values are masked anyway) and card data (the PC/SC layer logs no card answer;
SQL parameters are hidden from database error texts, see ``store.db.make_engine``).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from ..store.files import owner_only, private_dir, private_file

LOG_DIR_ENV = "SAV_LOG_DIR"
LOG_FILE = "sav-desktop.log"
MAX_BYTES = 2_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d %(threadName)s] %(message)s"

log = logging.getLogger("sav_desktop")

_MASKS = (
    (re.compile(r"\$argon2[a-z]*\$[^\s'\",;)]*"), "$argon2…(masqué)"),
    (re.compile(r"(?i)(password|mot_de_passe|mot de passe|passwd|pwd)(\s*[=:]\s*)([^\s,;'\"]+)"), r"\1\2(masqué)"),
)


def mask(text: str) -> str:
    for pattern, replacement in _MASKS:
        text = pattern.sub(replacement, text)
    return text


class _Masking(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return mask(super().format(record))


def log_dir() -> Path:
    env = os.environ.get(LOG_DIR_ENV)
    if env:
        return Path(env)
    from platformdirs import user_log_dir

    return Path(user_log_dir("sav-desktop", appauthor=False))


_state: dict[str, Any] = {"path": None, "handler": None}
_listeners: list[Callable[[str], None]] = []


def log_path() -> Path | None:
    """The log file in use (None before ``setup_logging``)."""
    path = _state["path"]
    return path if isinstance(path, Path) else None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Open the rotating log (idempotent) and install the exception hooks; the log's path, or
    None when the folder cannot be written (the application then runs without a log)."""
    directory = log_dir()
    path = directory / LOG_FILE
    if _state["path"] == path and _state["handler"] is not None:
        return path
    try:
        private_dir(directory)
        private_file(path)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=False)
    except OSError:
        return None
    handler.setFormatter(_Masking(FORMAT))
    handler.rotator = _private_rotator
    if _state["handler"] is not None:
        log.removeHandler(_state["handler"])
        _state["handler"].close()
    log.addHandler(handler)
    log.setLevel(level)
    _state["path"], _state["handler"] = path, handler
    install_hooks()
    return path


def install_hooks(*, force: bool = False) -> None:
    """``sys.excepthook`` and ``threading.excepthook`` log unexpected exceptions. A hook that
    someone else installed (a test harness, a debugger) is kept unless ``force``."""
    if force or sys.excepthook in (sys.__excepthook__, _excepthook):
        sys.excepthook = _excepthook
    if force or threading.excepthook in (threading.__excepthook__, _thread_excepthook):
        threading.excepthook = _thread_excepthook


def _private_rotator(source: str, dest: str) -> None:
    os.replace(source, dest)
    owner_only(Path(dest))


def add_crash_listener(listener: Callable[[str], None]) -> None:
    """Called with the log's path after an unexpected exception was logged (the GUI's dialog)."""
    if listener not in _listeners:
        _listeners.append(listener)


def remove_crash_listener(listener: Callable[[str], None]) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def log_unexpected(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                   where: str = "") -> None:
    """Log an unexpected exception with its traceback, then tell the listeners."""
    log.critical("Erreur inattendue%s", f" ({where})" if where else "", exc_info=(exc_type, exc, tb))
    path = log_path()
    for listener in list(_listeners):
        try:
            listener(str(path) if path is not None else "")
        except Exception:  # a failing dialog must not hide the first error
            log.exception("Affichage de l'erreur impossible")


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log_unexpected(exc_type, exc, tb)
    if not _listeners:  # no dialog: say it on the console, in French, with the log's path
        path = log_path()
        print(f"erreur inattendue : le détail est enregistré dans le journal {path}" if path
              else f"erreur inattendue : {exc_type.__name__}", file=sys.stderr)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    log_unexpected(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback, f"fil {name}")
