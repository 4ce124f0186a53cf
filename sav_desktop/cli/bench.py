"""``sav-desktop bench``: measured figures, printed (never asserted by timed tests).

    sav-desktop bench --assets 100000 --json

builds (or reuses) a demo database of that size and prints, each beside its floor measured in
the same run (this shared machine's absolute figures drift from run to run, ratios hold):

- ``startup_ms`` (the app's start to its painted device list) beside ``qt_floor_ms`` (a bare
  PySide6 window painting a 40-row table), whole processes alternated ``--rounds`` times,
  medians, and ``startup_ratio``; target <= 3.
- ``search_ms_p50/p95`` (keystroke to the end of the list's paint, keys a typist's pause
  apart) beside ``raw_search_ms_p50/p95`` (each look-up's statements through bare sqlite3,
  alternated with the keystrokes: after the same pause) and their ratios; targets: p50 <= 10
  x raw, p95 <= 30 ms on 100,000 devices and <= 60 ms on 1,000,000; ``raw_back_to_back_*``
  (the statements one look-up after the other, hot caches) and the p50 ratio over them.
  A keystroke whose page is the one the list shows already (the next letter matched the same
  devices) keeps the list, nothing painted again: it ends when the answer is in and the letter
  is painted in the search field. ``search_kept_share`` says how many did;
  ``search_changed_ms_p50`` and ``search_changed_ratio_p50`` are the others alone.
  Beside them ``list_paint_floor_ms`` (a bare QTableWidget of the list's size
  painting the same texts: what any keystroke-to-paint costs at least) and
  ``search_floor_ratio_p50`` (search p50 over raw + that floor); ``search_rows_ms_*``
  (keystroke to the rows in the model, before the paint) and ``service_search_ms_*`` (the
  desk call alone, no GUI).
- ``labels_1000_ms`` (1,000 labels to one PDF) beside ``labels_floor_ms`` (the same 1,000 QR
  codes painted with QPainter into one QPdfWriter), ``labels_ratio`` (target <= 2) and
  ``labels_1000_peak_mb`` (target < 250).
- ``open_asset_ms``, ``rss_mb`` (memory at rest after the searches; < 400 MB on 1,000,000).

With ``--json`` the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

READY = "SAV-BENCH-READY"
#: Between two measured keys, as between a quick typist's keys: the previous list is painted.
KEY_PAUSE_MS = 100
#: What the device list's first paint does not need (issue 15): the probe says which of them
#: were loaded when it painted ("-": none).
HEAVY_MODULES = ("sqlalchemy", "sqlalchemy.orm", "alembic", "keyring", "smartcard", "holidays", "qrcode",
                 "argon2", "sav_desktop.labels.render", "sav_desktop.ui.coverage_panel", "PySide6.QtPdf")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("bench", help="mesures de performance (démarrage, recherche, ouverture, mémoire)")
    p.add_argument("--assets", type=int, default=100_000, help="taille de la base de démonstration")
    p.add_argument("--json", action="store_true", help="un objet JSON sur la sortie standard")
    p.add_argument("--queries", type=int, default=200, help="nombre de recherches mesurées")
    p.add_argument("--rounds", type=int, default=7, help="démarrages alternés (application / fenêtre Qt nue)")
    p.add_argument("--no-labels", action="store_true", help="sans la mesure des étiquettes")
    p.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def _bench_url(args: argparse.Namespace) -> str:
    from ..store.db import default_data_dir

    if args.database:
        return str(args.database)
    path = default_data_dir() / f"bench-{args.assets}.sqlite3"
    return f"sqlite:///{path}"


BENCH_USER = "bench"


def _ensure_database(url: str, assets: int, actor: str = BENCH_USER) -> None:
    """The measured base (built when empty), read as ``actor``: the signed-in account on a
    base bench did not build, else its own trusted "bench" account (provisioned here)."""
    from ..services.desk import Desk
    from ..store.db import open_database
    from ..services.uow import UnitOfWork
    from ..services.assets import count_assets

    db = open_database(url)
    try:
        if actor == BENCH_USER:
            Desk.trusted(db, BENCH_USER)  # its own (or a new) base only: no account typed by a user
        with UnitOfWork(db, actor) as uow:
            have = count_assets(uow)
        if have == 0:
            print(f"Construction de la base de mesure ({assets} matériels)…", file=sys.stderr)
            # In a child process: what building takes (GB on 1,000,000) stays out of the
            # figures measured here (memory at rest, the label children's peak).
            db.dispose()
            subprocess.run([sys.executable, "-c", "import sys; from sav_desktop.cli.bench import build_child;"
                            " build_child(sys.argv[1], int(sys.argv[2]))", url, str(assets)], check=True)
        elif have != assets:
            print(f"Base existante : {have} matériels (demandé {assets}), réutilisée.", file=sys.stderr)
    finally:
        db.dispose()


def build_child(url: str, assets: int) -> None:
    """Child process of ``_ensure_database``: the demo data, then the mark of a bench base."""
    from ..services.demo import build_demo
    from ..store.db import open_database

    db = open_database(url)
    try:
        build_demo(db, assets=assets)
        _mark_bench_base(db)
    finally:
        db.dispose()


BENCH_MARK = "bench.built_by_bench"


def _mark_bench_base(db: Any) -> None:
    """A base bench built itself (demo data only): later runs need no account on it."""
    from sqlalchemy import insert

    from ..store.models import Setting

    with db.engine.begin() as conn:
        conn.execute(insert(Setting.__table__).values(key=BENCH_MARK, value="1"))


def _built_by_bench(url: str) -> bool:
    from sqlalchemy import select

    from ..store.db import open_database
    from ..store.models import Setting

    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return conn.execute(select(Setting.value).where(Setting.key == BENCH_MARK)).scalar() == "1"
    finally:
        db.dispose()


def _sign_in_unless_own_base(args: argparse.Namespace, url: str) -> str:
    """bench on an existing base (other than one it built) signs in: it reads the data.
    Returns the account it acts as: the signed-in one, else its own "bench" account."""
    from ..store.db import open_database
    from .auth import existing_base, sign_in

    if not existing_base(url) or _built_by_bench(url):
        return BENCH_USER
    db = open_database(url)
    try:
        return sign_in(args, db).user_name
    finally:
        db.dispose()


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _queries(url: str, n: int) -> list[str]:
    """Varied desk look-ups drawn from the data itself (deterministic)."""
    from ..store.db import sqlite_path

    rng = random.Random(7)
    path = sqlite_path(url)
    if path is None:
        raise SystemExit("bench : seule une base SQLite est mesurée")
    con = sqlite3.connect(str(path))
    try:
        serials = [r[0] for r in con.execute("SELECT serial FROM assets ORDER BY random() LIMIT 400")]
        tags = [r[0] for r in con.execute("SELECT asset_tag FROM assets ORDER BY random() LIMIT 200")]
        names = [r[0] for r in con.execute("SELECT practice_name FROM customers ORDER BY random() LIMIT 200")]
        rpps = [r[0] for r in con.execute("SELECT rpps FROM practitioners WHERE rpps IS NOT NULL ORDER BY random() LIMIT 100")]
        iccids = [r[0] for r in con.execute("SELECT iccid FROM assets WHERE iccid IS NOT NULL ORDER BY random() LIMIT 100")]
    finally:
        con.close()
    out: list[str] = []
    kinds = ["serial", "serial", "tag", "tag_part", "name", "name", "rpps", "iccid", "miss"]
    while len(out) < n:
        kind = kinds[len(out) % len(kinds)]
        if kind == "serial":
            s = rng.choice(serials)
            out.append(s[: rng.randint(3, len(s))])
        elif kind == "tag":
            out.append(rng.choice(tags))
        elif kind == "tag_part":
            out.append(rng.choice(tags)[: rng.randint(2, 5)].lower())
        elif kind == "name":
            word = rng.choice(names).split()[-1]
            out.append(word[: rng.randint(3, len(word))] if len(word) > 3 else word)
        elif kind == "rpps" and rpps:
            r = rng.choice(rpps)
            out.append(r[: rng.randint(6, 11)])
        elif kind == "iccid" and iccids:
            i = rng.choice(iccids)
            out.append(i[: rng.randint(12, len(i))])
        else:
            out.append("QZX" + str(rng.randint(1000, 9999)))
    return out


def _search_statements(url: str, queries: list[str], actor: str = BENCH_USER) -> list[list[tuple[str, Any]]]:
    """The statements each look-up issues (SQL text and parameters), as the search runs them."""
    from ..services.assets import STATEMENT_OBSERVERS, search_assets
    from ..services.uow import UnitOfWork
    from ..store.db import open_database

    db = open_database(url)
    captured: list[tuple[str, Any]] = []

    def capture(statement: str, params: Any) -> None:
        captured.append((statement, params))

    STATEMENT_OBSERVERS.append(capture)
    per_query: list[list[tuple[str, Any]]] = []
    try:
        for q in queries:
            captured.clear()
            with UnitOfWork(db, actor) as uow:
                search_assets(uow, q)
            per_query.append(list(captured))
    finally:
        STATEMENT_OBSERVERS.remove(capture)
        db.dispose()
    return per_query


def _run_bare(con: sqlite3.Connection, statements: list[tuple[str, Any]]) -> float:
    """One look-up's statements straight through bare sqlite3 (ms)."""
    t = time.perf_counter()
    for sql, params in statements:
        con.execute(sql, params).fetchall()
    return (time.perf_counter() - t) * 1000


def _raw_search_ms(url: str, statements: list[list[tuple[str, Any]]]) -> list[float]:
    """The same look-ups as bare SQL, back to back: the statements the search issues, run
    straight through sqlite3 with the same parameters, one look-up after the other (hot
    caches: the least they ever take)."""
    from ..store.db import sqlite_path

    con = sqlite3.connect(str(sqlite_path(url)))
    try:
        return [_run_bare(con, each) for each in statements]
    finally:
        con.close()


def _service_search_ms(url: str, queries: list[str], actor: str = BENCH_USER) -> list[float]:
    """The same look-ups through the app's own stack without the GUI: one desk call each (a
    unit of work, the account's permission read again, the search's statements)."""
    from ..services.desk import Desk
    from ..store.db import open_database

    db = open_database(url)
    try:
        desk = Desk(db, actor)
        desk.warm_up()
        times = []
        for q in queries:
            t = time.perf_counter()
            desk.search_assets(q)
            times.append((time.perf_counter() - t) * 1000)
        return times
    finally:
        db.dispose()


NAIVE_SQL = """
WITH m(id) AS (
  SELECT id FROM assets WHERE serial >= :q AND serial < :hi
  UNION SELECT id FROM assets WHERE asset_tag >= :q AND asset_tag < :hi
  UNION SELECT id FROM assets WHERE iccid >= :q AND iccid < :hi
  UNION SELECT l.asset_id FROM contract_lines l JOIN contracts k ON k.id = l.contract_id
        JOIN customers c ON c.id = k.customer_id
        WHERE l.removed_on IS NULL AND c.search_name LIKE :like
  UNION SELECT l.asset_id FROM contract_lines l JOIN contracts k ON k.id = l.contract_id
        JOIN practitioners p ON p.customer_id = k.customer_id
        WHERE l.removed_on IS NULL AND p.rpps >= :q AND p.rpps < :hi
)
SELECT a.id, a.asset_tag, a.serial, a.model_code, a.status, c.practice_name, k.kind, k.number
FROM m JOIN assets a ON a.id = m.id
LEFT JOIN contract_lines l ON l.asset_id = a.id AND l.removed_on IS NULL
LEFT JOIN contracts k ON k.id = l.contract_id
LEFT JOIN customers c ON c.id = k.customer_id
ORDER BY a.id DESC LIMIT 200
"""


def _naive_sql_ms(url: str, queries: list[str]) -> list[float]:
    """The same look-ups as one straightforward hand-written statement (LIKE and UNION, no
    planning help), straight through sqlite3: what the search's query planning saves."""
    from ..domain.records import search_key
    from ..store.db import sqlite_path

    con = sqlite3.connect(str(sqlite_path(url)))
    times = []
    try:
        for q in queries:
            key = search_key(q).replace(" ", "")
            hi = key[:-1] + chr(ord(key[-1]) + 1)
            params = {"q": key, "hi": hi, "like": f"%{search_key(q)}%"}
            t = time.perf_counter()
            con.execute(NAIVE_SQL, params).fetchall()
            times.append((time.perf_counter() - t) * 1000)
    finally:
        con.close()
    return times


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1)))))
    return ordered[k]


QT_FLOOR = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 860)
table = QTableWidget(40, 6)
for r in range(40):
    for c in range(6):
        table.setItem(r, c, QTableWidgetItem(f"Ligne {r} colonne {c}"))
window.setCentralWidget(table)
class PaintWatch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False
def done():
    print("%s", flush=True)
    app.quit()
watch = PaintWatch()
table.viewport().installEventFilter(watch)
window.show()
app.exec()
""" % READY


def _time_to_ready(cmd: list[str]) -> tuple[float, str]:
    """Milliseconds from spawning ``cmd`` to its READY line (its first paint with rows), and
    what the line says after its own figure (the probe: the heavy modules loaded by then)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(READY):
                elapsed = (time.perf_counter() - t) * 1000
                said = " ".join(line.split()[2:])
                break
        else:
            raise SystemExit(f"bench : la fenêtre ne s'est pas ouverte\n{proc.stderr.read()[-2000:] if proc.stderr else ''}")
        proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return elapsed, said


def _startup_and_floor_ms(url: str, rounds: int, actor: str = BENCH_USER) -> tuple[float, float, float, list[str]]:
    """The app's start to its painted device list, and a bare PySide6 window painting a 40-row
    table (the floor), whole processes measured the same way, alternated ``rounds`` times in
    this run: medians. The machine's mood moves both alike; their ratio is the figure. Also
    the GUI's sign-in dialog painted (``probe_sign_in``), and which heavy modules the list's
    first paint had loaded."""
    # The probe starts as the GUI does (``sav-desktop`` without a command imports no other
    # command's module), then waits for the device list's first paint.
    app_cmd = [sys.executable, "-c", "import sys; from sav_desktop.cli.bench import probe; sys.exit(probe(sys.argv[1], sys.argv[2]))", url, actor]
    floor_cmd = [sys.executable, "-c", QT_FLOOR]
    signin_cmd = [sys.executable, "-c", "import sys; from sav_desktop.cli.bench import probe_sign_in; sys.exit(probe_sign_in(sys.argv[1]))", url]
    apps, floors, signins, heavy = [], [], [], set()
    for _ in range(rounds):
        ms, said = _time_to_ready(app_cmd)
        apps.append(ms)
        heavy.update(m for m in said.split(",") if m and m != "-")
        floors.append(_time_to_ready(floor_cmd)[0])
        signins.append(_time_to_ready(signin_cmd)[0])
    return statistics.median(apps), statistics.median(floors), statistics.median(signins), sorted(heavy)


LABELS_CHILD = (
    "import json, sys; from sav_desktop.labels import bench; "
    "print(json.dumps(getattr(bench, sys.argv[1])()))"
)


def _labels_and_floor(rounds: int) -> tuple[float, float, float, float]:
    """1,000 labels to one PDF, and the QPainter floor (the same 1,000 QR codes painted into one
    QPdfWriter), each in a fresh process (a clean peak memory), alternated: medians."""
    ms, peaks, floor_ms, floor_peaks = [], [], [], []
    for _ in range(rounds):
        for name, times, mem in (("labels_1000_ms", ms, peaks), ("qr_floor_ms", floor_ms, floor_peaks)):
            out = subprocess.run([sys.executable, "-c", LABELS_CHILD, name], capture_output=True, text=True,
                                 timeout=600, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
            if out.returncode:
                raise SystemExit(f"bench : étiquettes\n{out.stderr[-2000:]}")
            t, peak = json.loads(out.stdout.strip().splitlines()[-1])
            times.append(t)
            mem.append(peak)
    return statistics.median(ms), max(peaks), statistics.median(floor_ms), max(floor_peaks)


def _probe(args: argparse.Namespace, actor: str = BENCH_USER) -> int:
    if actor == BENCH_USER:  # its own base: make sure its trusted account is there
        from ..services.desk import Desk
        from ..store.db import open_database

        db = open_database(str(args.database or _bench_url(args)))
        try:
            Desk.trusted(db, BENCH_USER)
        finally:
            db.dispose()
    return probe(args.database or _bench_url(args), actor)


def _ready_at_first_paint(app: Any, widget: Any, started: float, when: Any = None, said: Any = None) -> None:
    """At ``widget``'s first paint (once ``when()`` holds), print the READY line: milliseconds
    since the process started, then what ``said()`` says at that paint (not later: the work
    started after the paint must not count); and leave the event loop."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    def done(what: str) -> None:
        elapsed = (time.time() - started) * 1000
        print(f"{READY} {elapsed:.1f}" + (f" {what}" if what else ""), flush=True)
        app.quit()

    class PaintWatch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and (when is None or when()):
                what = said() if said is not None else ""
                QTimer.singleShot(0, lambda: done(what))
            return False

    widget.installEventFilter(PaintWatch(widget))


def probe(database: str, user: str = BENCH_USER) -> int:
    """Child process: time from interpreter start to the main window painted with rows."""
    started = _process_start()
    from ..services.desk import Desk
    from ..services.first_page import read_first_page
    from ..ui.app import build_main_window, make_application

    app = make_application()
    # The account bench acts as exists already (signed in, or its own "bench" one). A local
    # SQLite base: the first page read with bare sqlite3, the database code after the paint.
    first = read_first_page(database, user)
    if first is not None:
        desk = Desk.starting(first)
    else:
        from ..store.db import open_database

        desk = Desk(open_database(database), user)
    window = build_main_window(desk, progressive=True)  # as the GUI starts
    window.tabs.setCurrentIndex(0)  # measured on the device list (the start page is Aujourd'hui)

    def heavy() -> str:
        return ",".join(sorted(name for name in HEAVY_MODULES if name in sys.modules)) or "-"

    _ready_at_first_paint(app, window.table.viewport(), started, when=lambda: window.model.rowCount() > 0,
                          said=heavy)
    window.show()
    window.search.setFocus()  # the list's page opens on its search field (Ctrl+F)
    app.exec()
    window.ops.wait(30_000)  # the opening started after the paint, before leaving
    if desk.is_open:
        desk.db.dispose()
    return 0


def probe_sign_in(database: str) -> int:
    """Child process: time from interpreter start to the GUI's sign-in dialog painted, as
    ``cli.gui.early_sign_in`` opens it (the base opening in a worker meanwhile). The bench's
    own base has no administrator password, so the dialog is shown whatever
    ``sign_in_ready`` says (its check is made and timed all the same)."""
    started = _process_start()
    from ..services.first_page import sign_in_ready
    from ..ui.app import make_application
    from ..ui.session import LoginDialog
    from .gui import BackgroundOpen

    app = make_application()
    sign_in_ready(database)
    opening = BackgroundOpen(database)
    dialog = LoginDialog(lambda _n, _p: None, "bench", None, opening.opened)  # type: ignore[arg-type,return-value]
    _ready_at_first_paint(app, dialog, started)
    dialog.show()
    app.exec()
    if opening.opened():
        opening.db.dispose()
    return 0


def _process_start() -> float:
    """Wall-clock time this process started (Linux /proc), else now."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/self/stat", encoding="ascii") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return time.time() - uptime + start_ticks / ticks
    except (OSError, ValueError, IndexError):
        return time.time()


def _gui_figures(url: str, queries: list[str], statements: list[list[tuple[str, Any]]],
                 actor: str = BENCH_USER) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
    from PySide6.QtTest import QTest

    from ..domain.identifiers import label_text
    from ..services.desk import Desk
    from ..store.db import open_database, sqlite_path
    from ..ui.app import build_main_window, make_application
    from ..ui.session import install_idle_lock
    from ..ui.window_input import send_key

    app = make_application()
    bare = sqlite3.connect(str(sqlite_path(url)))
    db = open_database(url)
    desk = Desk(db, actor)
    window = build_main_window(desk, progressive=True)  # as the GUI starts
    lock = install_idle_lock(window, desk)  # (its filter sees the window's events, as in the GUI)
    window.tabs.setCurrentIndex(0)  # the device list (the start page is Aujourd'hui)
    window.show()
    deadline = time.perf_counter() + 30
    while "new_ticket" not in window.actions and time.perf_counter() < deadline:
        app.processEvents()  # the screens added after the first paint, and the warm-up
    QThreadPool.globalInstance().waitForDone(30_000)
    app.processEvents()
    # "Keystroke to list painted": from the key press to the end of the list's first paint
    # after the model took the new rows ("rows": to the rows in the model, before the paint).
    marks: dict[str, float] = {}
    table = window.table
    paint = _paint_timer(table)

    def updated() -> None:
        if "updated" not in marks:
            marks["updated"] = time.perf_counter()
            paint.arm()  # the paint that follows is the one timed

    window.list_updated.connect(updated)
    window.search.setFocus()
    typed = _paint_timer(window.search, plain=True)  # the typed letter's own paint
    times, rows_in, shown, paced, kept = [], [], [], [], []
    visible = table.viewport().height() // table.verticalHeader().defaultSectionSize() + 1
    for q, its_statements in zip(queries, statements):
        window.search.setText(q[:-1])
        app.processEvents()
        window.wait_for_list()  # the list of the text typed so far is in: one keystroke measured
        # The floor in the keystroke's own conditions: after the same pause, the look-up's
        # statements bare (this machine's caches lose a process's working set within 10 ms:
        # whatever runs after a pause runs two to three times slower than back to back).
        QTest.qWait(KEY_PAUSE_MS)
        paced.append(_run_bare(bare, its_statements))
        QTest.qWait(KEY_PAUSE_MS)  # a typist's pause: that list and the sheet are painted
        marks.clear()
        paint.disarm()
        typed.arm()
        # Wait in an event loop, as the app does (a loop spinning processEvents would hold the
        # GIL against the search's worker thread and measure itself).
        loop = QEventLoop()
        window.list_updated.connect(loop.quit)
        QTimer.singleShot(5000, loop.quit)
        t = time.perf_counter()
        send_key(window.windowHandle(), q[-1])  # as the platform delivers a key
        if "updated" not in marks:
            loop.exec()
        window.list_updated.disconnect(loop.quit)
        if window.model.unchanged:
            # The page is the one the list shows (the next letter matched the same devices):
            # kept as it is, nothing to paint. Done once the answer is in and the letter typed
            # is painted in the search field, whichever comes last.
            painted = max(marks.get("updated", t), typed.wait(max(0.0, t + 5 - time.perf_counter())) or t)
        else:
            painted = paint.wait(max(0.0, t + 5 - time.perf_counter()))  # posted: one or two passes
        typed.disarm()
        kept.append(bool(window.model.unchanged))
        times.append(((painted or time.perf_counter()) - t) * 1000)
        rows_in.append((marks.get("updated", t) - t) * 1000)
        shown.append(min(window.model.rowCount(), visible))  # the rows that paint painted
        if window.search.text() != q or window.model.query != q:
            raise RuntimeError(f"frappe perdue : {window.search.text()!r} au lieu de {q!r}")
    rss = _rss_mb()
    window.search.clear()
    app.processEvents()
    window.wait_for_list()
    rows = window.desk.search_assets("", None, 50)
    opens = []
    for r in rows[:30]:
        t = time.perf_counter()
        window.open_scan(label_text(r.asset_tag, r.serial))
        window.detail_view.repaint()
        opens.append((time.perf_counter() - t) * 1000)
    model = window.model
    texts = [[model.data(model.index(r, c)) or "" for c in range(model.columnCount())] for r in range(visible)]
    floors = {n: _list_paint_floor_ms(texts[:n], model.columnCount(), table.width(), table.height())
              for n in sorted(set(shown))}
    reset_floor = _list_reset_floor_ms(texts[:int(statistics.median(shown))], model.columnCount(),
                                       table.width(), table.height())
    paint.remove()
    typed.remove()
    lock.detach()
    window.close()
    db.dispose()
    bare.close()
    return {"search": times, "rows": rows_in, "open": opens, "rss_mb": rss, "raw": paced, "kept": kept,
            "paint_floor": [floors[n] for n in shown], "full_paint_floor": floors[max(floors)],
            "reset_floor": reset_floor}


def _paint_timer(view: Any, plain: bool = False) -> Any:
    """A watch on an item view's viewport (``plain``: on a plain widget itself) that times one
    paint to its end: ``arm()``, then the next paint runs inside the watch (``start``,
    ``end``); ``wait(seconds)`` runs the event loop until that paint is over and gives its
    end (None: no paint in time)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    class PaintTimer(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.armed = False
            self.start: float | None = None
            self.end: float | None = None
            (view if plain else view.viewport()).installEventFilter(self)

        def arm(self) -> None:
            self.armed, self.start, self.end = True, None, None

        def disarm(self) -> None:
            self.armed, self.start, self.end = False, None, None

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
            if not self.armed or event.type() != QEvent.Type.Paint:
                return False
            self.armed = False
            self.start = time.perf_counter()
            if plain:
                view.event(event)  # the widget paints here: timed to the end
            else:
                view.viewportEvent(event)  # the view paints its viewport here: timed to the end
            self.end = time.perf_counter()
            return True

        def wait(self, seconds: float = 2.0) -> float | None:
            deadline = time.perf_counter() + seconds
            while self.end is None and time.perf_counter() < deadline:
                QCoreApplication.processEvents()
            return self.end

        def remove(self) -> None:
            (view if plain else view.viewport()).removeEventFilter(self)

    return PaintTimer()


def _list_reset_floor_ms(texts: list[list[str]], columns: int, width: int, height: int, rounds: int = 30) -> float:
    """What Qt alone spends on a list given new rows: a bare QTableView over a
    QStandardItemModel of the list's size, its model reset with these rows after the same
    pause as a keystroke, timed from the reset to the end of the paint that follows; the median."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel(0, columns)
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.resize(width, height)
    view.show()
    QTest.qWaitForWindowExposed(view)
    paint = _paint_timer(view)
    times = []
    for i in range(rounds):
        QTest.qWait(KEY_PAUSE_MS)
        cells = [[QStandardItem(f"{text}{i % 2}") for text in row] for row in texts]
        paint.arm()
        t = time.perf_counter()
        model.beginResetModel()
        model.setRowCount(0)
        for row_cells in cells:
            model.appendRow(row_cells)
        model.endResetModel()
        times.append(((paint.wait() or time.perf_counter()) - t) * 1000)
    paint.remove()
    view.close()
    return statistics.median(times)


def _list_paint_floor_ms(texts: list[list[str]], columns: int, width: int, height: int, rounds: int = 20) -> float:
    """The least a changed list costs to paint: a bare QTableWidget of the same size showing the
    same rows (C++ items, default delegate), its viewport's paint event timed as the search's
    is (from its start to its end, inside an event filter); the median of back-to-back rounds."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    table = QTableWidget(len(texts), columns)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resize(width, height)
    table.show()
    QTest.qWaitForWindowExposed(table)
    paint = _paint_timer(table)
    times: list[float] = []
    for _ in range(rounds + 3):
        paint.arm()
        table.viewport().update()
        if paint.wait() is not None and paint.start is not None:
            times.append((paint.end - paint.start) * 1000)
    paint.remove()
    table.close()
    return statistics.median(times[3:] or times)


def run(args: argparse.Namespace) -> int:
    if args.startup_probe:
        return _probe(args, _sign_in_unless_own_base(args, str(args.database or _bench_url(args))))
    url = _bench_url(args)
    actor = _sign_in_unless_own_base(args, url)
    _ensure_database(url, args.assets, actor)
    queries = _queries(url, args.queries)
    statements = _search_statements(url, queries, actor)
    hot = _raw_search_ms(url, statements)
    service = _service_search_ms(url, queries, actor)
    naive = _naive_sql_ms(url, queries[:40])  # seconds a statement on 1,000,000: a sample
    startup, floor, signin, heavy = _startup_and_floor_ms(url, args.rounds, actor)
    gui = _gui_figures(url, queries, statements, actor)
    p50, p95 = _pct(gui["search"], 50), _pct(gui["search"], 95)
    raw = gui["raw"]  # each look-up's statements bare, after the same pause as its keystroke
    raw50, raw95 = _pct(raw, 50), _pct(raw, 95)
    hot50 = _pct(hot, 50)
    changed = [ms for ms, kept in zip(gui["search"], gui["kept"]) if not kept]
    changed_raw = [ms for ms, kept in zip(raw, gui["kept"]) if not kept]
    result: dict[str, Any] = {
        "assets": args.assets,
        "startup_ms": round(startup, 1),
        "qt_floor_ms": round(floor, 1),
        "startup_ratio": round(startup / floor, 2),
        "first_paint_imports": heavy,  # of HEAVY_MODULES, loaded before the list's first paint
        # The GUI's start: its sign-in dialog painted, the base opening in a worker meanwhile.
        "signin_ms": round(signin, 1),
        "signin_ratio": round(signin / floor, 2),
        "search_ms_p50": round(p50, 2),
        "search_ms_p95": round(p95, 2),
        # The floor: each look-up's statements through bare sqlite3, alternated with the
        # keystrokes (each after the same pause as its keystroke: the same cold caches).
        "raw_search_ms_p50": round(raw50, 2),
        "raw_search_ms_p95": round(raw95, 2),
        # The same statements back to back (hot caches), and the keystrokes over that.
        "raw_back_to_back_ms_p50": round(hot50, 2),
        "raw_back_to_back_ms_p95": round(_pct(hot, 95), 2),
        "search_ratio_p50_back_to_back": round(p50 / hot50, 2) if hot50 > 0 else None,
        "search_ratio_p50": round(p50 / raw50, 2) if raw50 > 0 else None,
        "search_ratio_p95": round(p95 / raw95, 2) if raw95 > 0 else None,
        # What no keystroke-to-paint can beat: the bare statements, then a bare QTableWidget of
        # the list's size painting the same texts (measured here, in this process).
        "list_paint_floor_ms": round(gui["full_paint_floor"], 2),  # a screenful of rows
        # Qt alone on new rows: a bare view's reset to the end of its paint, after the same
        # pause, with the median keystroke's number of rows.
        "list_reset_floor_ms": round(gui["reset_floor"], 2),
        # Each keystroke over its own floor (its statements bare + painting as many rows bare).
        "search_floor_ratio_p50": round(_pct([s / (r + f) for s, r, f in zip(gui["search"], raw, gui["paint_floor"])], 50), 2),
        # The keystrokes whose page was the one shown already (kept, nothing painted again),
        # and the p50 of the others alone, over their own statements.
        "search_kept_share": round(sum(gui["kept"]) / len(gui["kept"]), 2),
        "search_changed_ms_p50": round(_pct(changed, 50), 2) if changed else None,
        "search_changed_ratio_p50": round(_pct(changed, 50) / _pct(changed_raw, 50), 2) if changed else None,
        # Keystroke to the new rows in the list's model (the search, before its paint).
        "search_rows_ms_p50": round(_pct(gui["rows"], 50), 2),
        "search_rows_ms_p95": round(_pct(gui["rows"], 95), 2),
        # The search's own stack (desk call, no GUI), beside the same bare statements.
        "service_search_ms_p50": round(_pct(service, 50), 2),
        "service_search_ms_p95": round(_pct(service, 95), 2),
        # (the desk called back to back: over the statements back to back)
        "service_ratio_p50": round(_pct(service, 50) / hot50, 2) if hot50 > 0 else None,
        "naive_sql_ms_p50": round(_pct(naive, 50), 2),
        "open_asset_ms": round(statistics.median(gui["open"]), 2),
        "rss_mb": round(gui["rss_mb"], 1),
    }
    if not args.no_labels:
        ms, peak, floor_ms, _floor_peak = _labels_and_floor(max(1, args.rounds // 2))
        result["labels_1000_ms"] = round(ms, 1)
        result["labels_floor_ms"] = round(floor_ms, 1)
        result["labels_ratio"] = round(ms / floor_ms, 2)
        result["labels_1000_peak_mb"] = round(peak, 1)
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:22} {v}")
    return 0


__all__ = ["run", "register", "Path"]
