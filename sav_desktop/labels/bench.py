"""Bench figure ``labels_1000_ms``: 1,000 labels to one PDF, time and peak memory."""

from __future__ import annotations

import tempfile
import sys
import time
from pathlib import Path

from ..domain.catalogue import MODELS
from ..domain.identifiers import asset_tag_for_id
from .content import LabelData
from .render import write_pdf
from .templates import get_template

BENCH_TEMPLATE = "brother-ql-62x29"


def bench_labels(count: int) -> list[LabelData]:
    return [
        LabelData(
            tag=asset_tag_for_id(i + 1),
            serial=f"{18274000 + i:08d}CT{i % 97:02d}",
            model=MODELS[i % len(MODELS)].label,
            maker=MODELS[i % len(MODELS)].maker,
            phone="01 23 45 67 89",
        )
        for i in range(count)
    ]


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (MB), Qt's buffers included."""
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        class _Counters(ctypes.Structure):
            _fields_ = [
                ("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                ("QuotaPeakPagedPoolUsage", ctypes.c_size_t), ("QuotaPagedPoolUsage", ctypes.c_size_t),
                ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t), ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                ("PagefileUsage", ctypes.c_size_t), ("PeakPagefileUsage", ctypes.c_size_t),
            ]

        counters = _Counters()
        counters.cb = ctypes.sizeof(counters)
        ctypes.windll.psapi.GetProcessMemoryInfo(  # type: ignore[attr-defined]
            ctypes.windll.kernel32.GetCurrentProcess(), ctypes.byref(counters), counters.cb  # type: ignore[attr-defined]
        )
        return counters.PeakWorkingSetSize / 1e6
    try:
        # Linux: this process's own high-water mark. (ru_maxrss carries the parent's resident
        # size over a fork and exec: a child of a large bench would report the parent.)
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6


def labels_1000_ms(count: int = 1000, template_name: str = BENCH_TEMPLATE) -> tuple[float, float]:
    """(milliseconds, peak MB) to render ``count`` labels to one PDF in a temp dir.

    QR codes are computed fresh (their cache is cleared first) and the PDF is written to
    disk. Peak MB is the process's peak resident memory (RSS), Qt's buffers included; it
    is a process-wide high-water mark, so run the bench in a fresh process for a clean figure.
    """
    from .qr import _qr_matrix_cached
    from .qt_app import ensure_app

    ensure_app()
    template = get_template(template_name)
    labels = bench_labels(count)
    _qr_matrix_cached.cache_clear()
    with tempfile.TemporaryDirectory(prefix="sav-labels-bench-") as tmp:
        start = time.perf_counter()
        write_pdf(Path(tmp) / "labels.pdf", template, labels)
        elapsed = time.perf_counter() - start
    return elapsed * 1000.0, peak_rss_mb()


def qr_floor_ms(count: int = 1000, template_name: str = BENCH_TEMPLATE) -> tuple[float, float]:
    """The floor for ``labels_1000_ms``: the same ``count`` QR codes (same texts, fresh), each
    painted with a bare QPainter as one path on its own page of one QPdfWriter, no text, no
    template logic: what no label renderer built on Qt can beat. (milliseconds, peak MB)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPainter, QPainterPath

    from .qr import _qr_matrix_cached, dark_runs, qr_matrix
    from .qt_app import ensure_app
    from .render import new_pdf_writer

    ensure_app()
    template = get_template(template_name)
    texts = [label.qr_text for label in bench_labels(count)]
    _qr_matrix_cached.cache_clear()
    black = QColor(0, 0, 0)
    with tempfile.TemporaryDirectory(prefix="sav-labels-floor-") as tmp:
        start = time.perf_counter()
        writer = new_pdf_writer(Path(tmp) / "floor.pdf", template)
        module = writer.logicalDpiX() / 25.4 * template.qr.width
        painter = QPainter(writer)
        for i, text in enumerate(texts):
            if i:
                writer.newPage()
            matrix = qr_matrix(text)
            m = module / len(matrix)
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for mx, my, run in dark_runs(matrix):
                path.addRect(mx * m, my * m, run * m, m)
            painter.fillPath(path, black)
        painter.end()
        del painter, writer
        elapsed = time.perf_counter() - start
    return elapsed * 1000.0, peak_rss_mb()
