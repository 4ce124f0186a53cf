"""A real PC/SC stack for the tests: pcscd with the vpcd driver, and virtual cards.

``PcscDaemon`` runs ``pcscd -f`` (foreground, no auto-exit) with a private
``reader.conf.d`` holding one vpcd entry on a free TCP port pair (slot 0 on ``port``,
slot 1 on ``port + 1``; Debian's own file uses 35963/35964). When the kernel allows it
(root with CAP_SYS_ADMIN), the daemon runs in a private mount namespace where a temporary
directory is bound on ``/run/pcscd``: its socket is then private to the test session and
``PCSCLITE_CSOCK_NAME`` points the client library at it, so a system pcscd or another test
run on the same machine does not interfere. Without that, it falls back to the default
``/run/pcscd`` (and refuses to start if another pcscd is running there).

``VirtualCard`` speaks the vpcd protocol from a thread: every message is a 2-byte
big-endian length and a payload; a 1-byte message from the reader is a control byte
(0 power off, 1 power on, 2 reset, 4 get ATR); anything longer is a command APDU. The card
records every APDU it receives. ``insert()`` connects it to the reader, ``remove()``
closes the socket; it reconnects by itself after a pcscd restart while inserted.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support import need

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
DEFAULT_RUN_DIR = Path("/run/pcscd")

CTRL_OFF, CTRL_ON, CTRL_RESET, CTRL_ATR = 0, 1, 2, 4


def hexbytes(text: str) -> bytes:
    return bytes.fromhex(text.replace(" ", ""))


def free_port_pair() -> int:
    """A port p such that p and p + 1 are both free on 127.0.0.1 right now."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        if port >= 65535:
            continue
        try:
            with socket.socket() as a, socket.socket() as b:
                a.bind(("0.0.0.0", port))
                b.bind(("0.0.0.0", port + 1))
            return port
        except OSError:
            continue
    raise RuntimeError("no free TCP port pair for vpcd")


def _recv_exact(sock: socket.socket, n: int) -> bytes | None:
    buf = b""
    while len(buf) < n:
        _quick_ack(sock)
        chunk = sock.recv(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return buf


def _quick_ack(sock: socket.socket) -> None:
    """Ack at once: vpcd writes the length and the payload separately, and Nagle on its
    side plus delayed ACKs on ours would add ~40 ms to every exchange."""
    quickack = getattr(socket, "TCP_QUICKACK", None)
    if quickack is not None:
        try:
            sock.setsockopt(socket.IPPROTO_TCP, quickack, 1)
        except OSError:
            pass


# An answer: response bytes (data + SW1 SW2), or a callable apdu -> bytes | None
# (None: the card is pulled out while the reader waits for the answer).
Answer = bytes | Callable[[bytes], bytes | None]


@dataclass
class VirtualCard:
    """A card in one slot of the vpcd reader, served from a thread."""

    atr: bytes
    port: int = 35963
    # Answers chosen by APDU prefix (longest prefix wins); default: "6D 00" (INS unknown).
    answers: dict[bytes, Answer] = field(default_factory=dict)
    default_answer: bytes = b"\x6d\x00"
    received: list[bytes] = field(default_factory=list)
    controls: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.connected = threading.Event()

    # -- life cycle ----------------------------------------------------------------
    def insert(self, wait: float = 5.0) -> "VirtualCard":
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"vicc-{self.port}", daemon=True)
        self._thread.start()
        if not self.connected.wait(wait):
            raise RuntimeError(f"virtual card could not reach vpcd on port {self.port}")
        return self

    def remove(self) -> None:
        self._stop.set()
        self._close()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
        self.connected.clear()

    def pull_out(self) -> None:
        """Called from an answer: the card leaves without answering."""
        self._stop.set()
        self._close()

    def _close(self) -> None:
        with self._lock:
            sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    @property
    def verify_commands(self) -> list[bytes]:
        return [a for a in self.received if len(a) >= 2 and a[1] == 0x20]

    # -- protocol --------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                sock = socket.create_connection(("127.0.0.1", self.port), timeout=0.5)
            except OSError:
                self._stop.wait(0.05)  # daemon not (yet / again) listening
                continue
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                if self._stop.is_set():
                    sock.close()
                    return
                self._sock = sock
            self.connected.set()
            try:
                self._serve(sock)
            except OSError:
                pass
            self._close()
            self.connected.clear()

    def _serve(self, sock: socket.socket) -> None:
        while not self._stop.is_set():
            head = _recv_exact(sock, 2)
            if head is None:
                return
            size = int.from_bytes(head, "big")
            payload = _recv_exact(sock, size) if size else b""
            if payload is None:
                return
            if size == 1:
                self.controls.append(payload[0])
                if payload[0] == CTRL_ATR:
                    self._send(sock, self.atr)
                continue
            self.received.append(payload)
            answer = self._answer_for(payload)
            response = answer(payload) if callable(answer) else answer
            if response is None:
                # Pulled out mid-answer: half a frame, then nothing.
                sock.sendall(b"\x00\x02")
                self.pull_out()
                return
            self._send(sock, response)

    def _answer_for(self, apdu: bytes) -> Answer:
        best: Answer = self.default_answer
        best_len = -1
        for prefix, answer in self.answers.items():
            if apdu.startswith(prefix) and len(prefix) > best_len:
                best, best_len = answer, len(prefix)
        return best

    @staticmethod
    def _send(sock: socket.socket, data: bytes) -> None:
        sock.sendall(len(data).to_bytes(2, "big") + data)


class PcscDaemon:
    """pcscd with the vpcd driver, that a test can stop and start again."""

    def __init__(self) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="sav-pcscd-"))
        self.conf_dir = self.base / "reader.conf.d"
        self.conf_dir.mkdir()
        # tests/conftest.py fixed the client's socket path before any PC/SC call in-process.
        fixed = os.environ.get("SAV_TEST_PCSC_RUN")
        self.private_run = Path(fixed) if fixed else self.base / "run"
        self.private_run.mkdir(exist_ok=True)
        self.log_path = self.base / "pcscd.log"
        self.port = free_port_pair()
        (self.conf_dir / "vpcd").write_text(
            'FRIENDLYNAME "Virtual PCD"\n'
            f"DEVICENAME   /dev/null:0x{self.port:04X}\n"
            f"LIBPATH      {VPCD_DRIVER}\n"
            f"CHANNELID    0x{self.port:04X}\n"
        )
        self.isolated = self._can_unshare()
        self.run_dir = self.private_run if self.isolated else DEFAULT_RUN_DIR
        if not self.isolated and fixed:
            # The client looks in the fixed folder: point it at the system socket.
            link = self.private_run / "pcscd.comm"
            link.unlink(missing_ok=True)
            link.symlink_to(DEFAULT_RUN_DIR / "pcscd.comm")
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def ports(self) -> tuple[int, int]:
        return self.port, self.port + 1

    @property
    def socket_path(self) -> Path:
        return self.run_dir / "pcscd.comm"

    def client_env(self) -> dict[str, str]:
        """Environment variables a client process needs to reach this daemon."""
        return {"PCSCLITE_CSOCK_NAME": str(self.socket_path)} if self.isolated else {}

    @staticmethod
    def _can_unshare() -> bool:
        if shutil.which("unshare") is None:
            return False
        probe = subprocess.run(
            ["unshare", "--mount", "--propagation", "private", "true"],
            capture_output=True,
            timeout=10,
        )
        return probe.returncode == 0

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, timeout: float = 10.0) -> None:
        if self.running():
            return
        if not self.isolated:
            DEFAULT_RUN_DIR.mkdir(parents=True, exist_ok=True)
            pid_file = DEFAULT_RUN_DIR / "pcscd.pid"
            if pid_file.exists():
                try:
                    os.kill(int(pid_file.read_text().strip()), 0)
                    raise RuntimeError("another pcscd is running on /run/pcscd")
                except (ValueError, ProcessLookupError):
                    pass
        for stale in ("pcscd.comm", "pcscd.pid"):
            (self.run_dir / stale).unlink(missing_ok=True)
        pcscd = ["pcscd", "--foreground", "--config", str(self.conf_dir), "--info"]
        if self.isolated:
            DEFAULT_RUN_DIR.mkdir(parents=True, exist_ok=True)  # the bind target
            script = f'mount --bind "{self.private_run}" /run/pcscd && exec "$@"'
            argv = ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", *pcscd]
        else:
            argv = pcscd
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"pcscd exited ({self.proc.returncode}):\n{self.log_tail()}")
            if self.socket_path.exists() and self._listening():
                return
            time.sleep(0.02)
        raise RuntimeError(f"pcscd did not become ready:\n{self.log_tail()}")

    def _listening(self) -> bool:
        """Ready when the daemon accepts clients (vpcd listens before that)."""
        try:
            with socket.socket(socket.AF_UNIX) as s:
                s.connect(str(self.socket_path))
        except OSError:
            return False
        return True

    def stop(self, timeout: float = 10.0) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.base, ignore_errors=True)

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def cards_in(daemon: PcscDaemon, *atrs: bytes | None) -> list[VirtualCard | None]:
    """Helper: one VirtualCard per slot (None leaves the slot empty), all inserted."""
    result: list[VirtualCard | None] = []
    for slot, atr in enumerate(atrs):
        if atr is None:
            result.append(None)
            continue
        result.append(VirtualCard(atr=atr, port=daemon.ports[slot]).insert())
    return result


def remove_all(cards: Iterable[VirtualCard | None]) -> None:
    for card in cards:
        if card is not None:
            card.remove()


# -- pytest fixtures (import them into a test module to use them) ------------------------

SELECT_MF = bytes.fromhex("00A4000C023F00")


def _pyscard_importable() -> bool:
    try:
        import smartcard.scard  # noqa: F401
    except ImportError:
        return False
    return True


def require_pcsc_stack() -> None:
    """Skip (fail in CI) with the reason when the real PC/SC stack cannot run here."""
    need(sys.platform.startswith("linux"), "pcscd + vpcd: Linux seulement")
    need(hasattr(os, "geteuid") and os.geteuid() == 0, "pcscd doit être lancé en root (les tests PC/SC tournent en root en CI)")
    need(shutil.which("pcscd") is not None, "pcscd absent : apt-get install pcscd")
    need(VPCD_DRIVER.exists(), f"pilote vpcd absent ({VPCD_DRIVER}) : apt-get install vsmartcard-vpcd")
    need(_pyscard_importable(), "pyscard absent : pip install -e '.[pcsc]' (swig et libpcsclite-dev requis)")


# One daemon for the whole process: the client library reads PCSCLITE_CSOCK_NAME once,
# and each test module that imports the fixture gets its own session-scoped definition.
_shared_daemon: PcscDaemon | None = None


@pytest.fixture(scope="session")
def pcscd_daemon(request: pytest.FixtureRequest) -> PcscDaemon:
    global _shared_daemon
    require_pcsc_stack()
    if _shared_daemon is None:
        daemon = PcscDaemon()
        try:
            daemon.start()
        except RuntimeError as exc:
            daemon.close()
            need(False, f"pcscd ne démarre pas : {exc}")
        # Set before the first PC/SC call in-process.
        os.environ.update(daemon.client_env())
        _shared_daemon = daemon

        def close() -> None:
            global _shared_daemon
            daemon.close()
            for key in daemon.client_env():
                os.environ.pop(key, None)
            _shared_daemon = None

        request.addfinalizer(close)
    return _shared_daemon


class Slots:
    """Per-test access to the two slots of the virtual reader."""

    def __init__(self, daemon: PcscDaemon) -> None:
        self.daemon = daemon
        self.cards: list[VirtualCard] = []
        from smartcard import scard

        self.scard = scard

    @property
    def readers(self) -> list[str]:
        return ["Virtual PCD 00 00", "Virtual PCD 00 01"]

    def insert(self, slot: int, atr: str | bytes, answers: dict[bytes, Answer] | None = None, *, wait: bool = True) -> VirtualCard:
        raw = hexbytes(atr) if isinstance(atr, str) else atr
        card = VirtualCard(atr=raw, port=self.daemon.ports[slot], answers=dict(answers or {}))
        card.insert()
        self.cards.append(card)
        if wait:
            self.wait_present(slot, True)
        return card

    def remove(self, card: VirtualCard, slot: int | None = None) -> None:
        card.remove()
        if slot is not None:
            self.wait_present(slot, False)

    def wait_present(self, slot: int, present: bool, timeout: float = 5.0) -> None:
        """Block until pcscd reports the slot full (or empty)."""
        s = self.scard
        hr, ctx = s.SCardEstablishContext(s.SCARD_SCOPE_USER)
        assert hr == 0, f"SCardEstablishContext: {hr:#x}"
        try:
            reader = self.readers[slot]
            state = s.SCARD_STATE_UNAWARE
            deadline = time.monotonic() + timeout
            while True:
                left = int((deadline - time.monotonic()) * 1000)
                if left <= 0:
                    raise AssertionError(f"{reader}: card {'present' if present else 'absent'} not seen")
                hr, states = s.SCardGetStatusChange(ctx, min(left, 1000), [(reader, state)])
                if hr & 0xFFFFFFFF not in (0, 0x8010000A):
                    raise AssertionError(f"SCardGetStatusChange: {hr & 0xFFFFFFFF:#x}")
                if hr == 0:
                    state = states[0][1] & ~s.SCARD_STATE_CHANGED
                    if bool(state & s.SCARD_STATE_PRESENT) == present:
                        return
        finally:
            s.SCardReleaseContext(ctx)

    def cleanup(self) -> None:
        for card in self.cards:
            card.remove()
        if self.daemon.running():
            for slot in (0, 1):
                self.wait_present(slot, False)


@pytest.fixture
def slots(pcscd_daemon: PcscDaemon):  # type: ignore[no-untyped-def]
    """The two slots, empty at start and end; the daemon running; no VERIFY ever."""
    pcscd_daemon.start()  # a test may have left it stopped
    helper = Slots(pcscd_daemon)
    yield helper
    helper.cleanup()
    if not pcscd_daemon.running():
        pcscd_daemon.start()
    for card in helper.cards:
        assert card.verify_commands == [], "VERIFY reached a card"
        assert all(apdu == SELECT_MF for apdu in card.received), card.received
