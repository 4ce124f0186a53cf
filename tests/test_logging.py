"""Issue 10.6: support can see what happened. A rotating, owner-only log in the user's log
folder; unexpected exceptions (main thread and worker threads) logged with their traceback and,
in the GUI, a French dialog with the log's path; Qt's own messages in the log; no raw database
text shown to a user; no password in the log."""

from __future__ import annotations

import logging
import logging.handlers
import stat
import sys
import threading
from pathlib import Path

import pytest

from sav_desktop.cli import main
from sav_desktop.domain.errors import ValidationError
from sav_desktop.services import support_log
from sav_desktop.services.desk import Desk
from sav_desktop.services.uow import UnitOfWork
from sav_desktop.store.db import open_database
from sav_desktop.store.models import User

SECRET = "Vitale-2026!"


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(support_log.LOG_DIR_ENV, str(tmp_path / "journal"))
    hooks = sys.excepthook, threading.excepthook
    path = support_log.setup_logging()
    assert path is not None
    support_log.install_hooks(force=True)  # pytest-qt may hold sys.excepthook during a test
    yield path
    sys.excepthook, threading.excepthook = hooks


def text_of(path: Path) -> str:
    for h in support_log.log.handlers:
        h.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_is_a_rotating_owner_only_file_in_the_log_folder(log_file: Path) -> None:
    assert log_file.name == "sav-desktop.log" and log_file.parent.name == "journal"
    handlers = [h for h in support_log.log.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(handlers) == 1 and handlers[0].maxBytes > 0 and handlers[0].backupCount > 0
    if sys.platform != "win32":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
    support_log.log.info("démarrage de test")
    assert "démarrage de test" in text_of(log_file)


def test_default_folder_is_platformdirs_user_log_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_log_dir

    monkeypatch.delenv(support_log.LOG_DIR_ENV, raising=False)
    assert support_log.log_dir() == Path(user_log_dir("sav-desktop", appauthor=False))


def test_an_unexpected_exception_is_logged_with_its_traceback(log_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def deep() -> None:
        raise RuntimeError("panne imprévue n° 42")

    try:
        deep()
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    text = text_of(log_file)
    assert "Erreur inattendue" in text and "Traceback" in text and "in deep" in text and "panne imprévue n° 42" in text
    assert str(log_file) in capsys.readouterr().err  # no dialog: said on the console, in French


def test_an_exception_in_a_worker_thread_is_logged(log_file: Path) -> None:
    def work() -> None:
        raise ValueError("fil en panne")

    t = threading.Thread(target=work, name="sauvegarde")
    t.start()
    t.join()
    text = text_of(log_file)
    assert "fil sauvegarde" in text and "ValueError: fil en panne" in text


def test_the_gui_shows_a_french_dialog_with_the_log_path(log_file: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from sav_desktop.ui import crash

    shown: list[str] = []
    monkeypatch.setattr(crash.CrashDialog, "ask", classmethod(lambda cls, path, parent=None: shown.append(path)))
    crash.install_crash_handlers()
    try:
        try:
            raise KeyError("clé introuvable")
        except KeyError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: shown == [str(log_file)])
        # From a worker thread too: the dialog is shown by the GUI thread.
        t = threading.Thread(target=lambda: 1 / 0, name="calcul")
        t.start()
        t.join()
        qtbot.waitUntil(lambda: len(shown) == 2)
        assert "ZeroDivisionError" in text_of(log_file)
    finally:
        crash.uninstall_crash_handlers()


def test_qt_messages_go_into_the_log(log_file: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import qInfo

    from sav_desktop.ui import crash

    crash.install_crash_handlers()
    try:
        qInfo("message de Qt pour le journal")
    finally:
        crash.uninstall_crash_handlers()
    text = text_of(log_file)
    assert "sav_desktop.qt" in text and "message de Qt pour le journal" in text


def test_no_raw_database_text_for_the_user_but_in_the_log(log_file: Path, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from sav_desktop.services.uow import utc_now

    with UnitOfWork(sqlite_db, "Test") as uow:
        for _ in range(2):
            uow.session.add(User(name="Doublon", role="admin", active=True, created_at=utc_now(), failed_logins=0))
        with pytest.raises(ValidationError) as err:
            uow.commit()
    message = str(err.value)
    # A French message naming the field (no longer a generic "refusé par la base")...
    assert "utilisateur" in message and "existe déjà" in message
    for raw in ("UNIQUE", "sqlite3", "IntegrityError", "users.name"):
        assert raw not in message  # ...never the database's own text...
    assert "UNIQUE constraint failed" in text_of(log_file)  # ...which is in the log
    from sqlalchemy import text

    with sqlite_db.engine.connect() as conn:  # and nothing was saved
        assert conn.execute(text("SELECT count(*) FROM users WHERE name = 'Doublon'")).scalar() == 0


def test_passwords_never_reach_the_log(log_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    db = open_database(url)
    Desk.create_first_admin(db, "Alice Martin", SECRET)
    db.dispose()
    monkeypatch.setenv("SAV_PASSWORD", SECRET + "x")  # wrong
    assert main(["--database", url, "--user", "Alice Martin", "users", "list"]) == 2
    monkeypatch.setenv("SAV_PASSWORD", SECRET)
    assert main(["--database", url, "--user", "Alice Martin", "users", "list"]) == 0
    support_log.log.warning("essai password=%s et $argon2id$v=19$m=65536$abc", SECRET)
    text = text_of(log_file)
    assert "commande users" in text
    assert SECRET not in text and "$argon2id$v=19" not in text


def test_an_unexpected_error_in_a_command_is_french_with_the_log_path(
        log_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import sav_desktop.cli.labels as labels_cli

    def broken(args):  # type: ignore[no-untyped-def]
        raise OSError("disque plein (détail technique)")

    monkeypatch.setattr(labels_cli, "_run", broken)
    assert main(["labels", "--list-templates"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("erreur inattendue") and str(log_file) in err and "Traceback" not in err
    assert "disque plein (détail technique)" in text_of(log_file)


@pytest.mark.qt_log_ignore("avertissement de test pour le journal")
def test_qt_warnings_reach_both_the_log_and_pytest_qt(log_file: Path, qtlog) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import qWarning

    from sav_desktop.ui import crash

    crash.install_crash_handlers()
    try:
        qWarning("avertissement de test pour le journal")
    finally:
        crash.uninstall_crash_handlers()
    assert "WARNING sav_desktop.qt" in text_of(log_file) and "avertissement de test pour le journal" in text_of(log_file)
    # pytest-qt's handler still sees it (qt_log_level_fail keeps working).
    assert any("avertissement de test pour le journal" in r.message for r in qtlog.records)
