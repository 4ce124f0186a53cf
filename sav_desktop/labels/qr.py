"""QR module matrices from ``qrcode``, with a faster choice of the mask pattern (no Qt here).

``qrcode`` chooses the mask the standard's way (ISO/IEC 18004 §7.8.3: build the symbol with
each of the 8 masks, keep the one with the lowest penalty), but does it by rebuilding and
scanning the whole matrix 8 times in pure Python: about 4 ms a code, most of the time of a
1,000-label batch. Here the symbol is built once; the 7 other candidates differ from it
only on the data modules, by a XOR pattern that depends on the version alone (cached), and
the penalty is scored on rows held as bit strings with regular expressions. The score is
the one ``qrcode.util.lost_point`` computes, so the mask chosen is the same (tested).
"""

from __future__ import annotations

import re
from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M

Matrix = tuple[tuple[bool, ...], ...]

_RUN = re.compile(r"0{5,}|1{5,}")


class _FastMaskQRCode(qrcode.QRCode):  # type: ignore[misc]
    def best_mask_pattern(self) -> int:
        self.makeImpl(True, 0)
        base = _rows_as_ints(self.modules)
        size = len(base)
        best, best_score = 0, -1
        for mask, xor_rows in enumerate(_mask_xors(self.version)):
            rows = [r ^ x for r, x in zip(base, xor_rows)] if mask else base
            score = _penalty(rows, size)
            if best_score < 0 or score < best_score:
                best, best_score = mask, score
        return best


def _rows_as_ints(modules: list[list[bool | None]]) -> list[int]:
    return [int("".join("1" if m else "0" for m in row), 2) for row in modules]


@lru_cache(maxsize=None)
def _mask_xors(version: int) -> tuple[tuple[int, ...], ...]:
    """Per mask, what to XOR onto the mask-0 symbol's rows to get that mask's symbol.

    In qrcode's test build the format bits are blank whatever the mask, so two builds
    differ exactly where the two masks differ on data modules: a property of the version.
    """
    ref = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0)
    ref.add_data("0")
    ref.make(fit=False)
    ref.makeImpl(True, 0)
    base = _rows_as_ints(ref.modules)
    out = []
    for mask in range(8):
        ref.makeImpl(True, mask)
        out.append(tuple(a ^ b for a, b in zip(_rows_as_ints(ref.modules), base)))
    return tuple(out)


def _penalty(rows: list[int], size: int) -> int:
    """ISO 18004 penalty as qrcode.util.lost_point scores it (N1 runs, N2 blocks, N3 finder-like, N4 balance)."""
    lines = [format(r, f"0{size}b") for r in rows]
    cols = ["".join(c) for c in zip(*lines)]
    text = "\n".join(lines) + "\n" + "\n".join(cols)
    runs = _RUN.findall(text)
    score = sum(map(len, runs)) - 2 * len(runs)  # N1: 3 + (length - 5) a run
    full = (1 << size) - 1
    inner = full >> 1  # size - 1 positions for 2x2 blocks
    for a, b in zip(rows, rows[1:]):
        same_v = ~(a ^ b) & full
        block = same_v & (same_v >> 1) & ~(a ^ (a >> 1)) & inner
        score += 3 * block.bit_count()  # N2
    # N3; neither pattern overlaps itself, so non-overlapping counts are exact.
    score += 40 * (text.count("10111010000") + text.count("00001011101"))
    dark = sum(r.bit_count() for r in rows)
    score += 10 * int(abs(dark * 100 / (size * size) - 50) / 5)  # N4
    return score


def qr_matrix(text: str) -> Matrix:
    """Dark modules (True) of the smallest QR code (error correction M) holding ``text``, no quiet zone."""
    return _qr_matrix_cached(text)


@lru_cache(maxsize=4096)
def _qr_matrix_cached(text: str) -> Matrix:
    code = _FastMaskQRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def dark_runs(matrix: Matrix) -> list[tuple[int, int, int]]:
    """Horizontal runs of dark modules as (x, y, length): one rectangle each when drawn."""
    runs = []
    for y, row in enumerate(matrix):
        line = "".join("1" if m else "0" for m in row)
        for m in re.finditer("1+", line):
            runs.append((m.start(), y, m.end() - m.start()))
    return runs
