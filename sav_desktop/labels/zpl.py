"""ZPL II for Zebra printers, and sending it raw to a printer (no Qt here).

A label is ``^XA ... ^XZ``: the QR code as a ``^BQN`` field whose data is
``MA,<label text>`` (error correction M, automatic input mode), then the text fields of the
template in the printer's scalable font ``^A0``, UTF-8 (``^CI28``).
"""

from __future__ import annotations

import re
import socket
import subprocess
from collections.abc import Sequence

from ..domain.errors import SavError
from .content import LabelData
from .qr import qr_matrix
from .templates import DEFAULT_ZPL_DPI, Template

_JUSTIFY = {"left": "L", "center": "C", "right": "R"}
RAW_PORT = 9100


class ZplError(SavError):
    pass


def _dots(mm: float, dpi: int) -> int:
    return round(mm * dpi / 25.4)


def _field_data(text: str) -> str:
    """Text safe inside ``^FH\\^FD...^FS``: ^, ~ and \\ as hex escapes."""
    return text.replace("\\", "\\5C").replace("^", "\\5E").replace("~", "\\7E")


def label_zpl(template: Template, label: LabelData, dpi: int | None = None) -> str:
    if template.sheet is not None:
        raise ZplError(f"le modèle {template.name} est une planche A4 : le ZPL ne sert qu'aux étiquettes à l'unité")
    dpi = dpi or template.zpl_dpi or DEFAULT_ZPL_DPI
    text = label.qr_text
    modules = len(qr_matrix(text))
    magnification = max(1, min(10, _dots(template.qr.width, dpi) // modules))
    out = [
        "^XA",
        "^CI28",
        f"^PW{_dots(template.width, dpi)}",
        f"^LL{_dots(template.height, dpi)}",
        "^LH0,0",
        f"^FO{_dots(template.qr.x, dpi)},{_dots(template.qr.y, dpi)}^BQN,2,{magnification}^FDMA,{text}^FS",
    ]
    for field in template.fields:
        value = label.field_text(field)
        if not value:
            continue
        b = field.box
        height = max(10, round(field.font_pt / 72 * dpi))
        lines = max(1, int(_dots(b.height, dpi) // height)) if field.wrap else 1
        out.append(
            f"^FO{_dots(b.x, dpi)},{_dots(b.y, dpi)}^A0N,{height},{height}"
            f"^FB{_dots(b.width, dpi)},{lines},0,{_JUSTIFY[field.align]},0^FH\\^FD{_field_data(value)}^FS"
        )
    out.append("^XZ")
    return "\n".join(out) + "\n"


def to_zpl(template: Template, labels: Sequence[LabelData], dpi: int | None = None) -> str:
    return "".join(label_zpl(template, label, dpi) for label in labels)


_TCP = re.compile(r"^(?:tcp://)?(?P<host>\[[^\]]+\]|[^:/\s]+):(?P<port>\d{1,5})$|^tcp://(?P<host2>[^:/\s]+)$")


def send_raw(data: bytes | str, destination: str, timeout: float = 10.0) -> None:
    """Send bytes unchanged to a printer.

    ``destination``: ``tcp://HOST[:PORT]`` or ``HOST:PORT`` (a network printer's raw port,
    usually 9100), otherwise the name of a CUPS queue (``lp -d QUEUE -o raw``).
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    m = _TCP.match(destination.strip())
    if m:
        host = (m["host"] or m["host2"]).strip("[]")
        port = int(m["port"] or RAW_PORT)
        try:
            with socket.create_connection((host, port), timeout=timeout) as conn:
                conn.sendall(payload)
        except OSError as exc:
            raise ZplError(f"imprimante {host}:{port} injoignable : {exc.strerror or exc}") from exc
        return
    queue = destination.strip()
    if not queue or queue.startswith("-"):
        raise ZplError(f"file d'impression invalide : {destination!r}")
    try:
        done = subprocess.run(
            ["lp", "-d", queue, "-o", "raw"], input=payload, capture_output=True, timeout=timeout, check=False
        )
    except FileNotFoundError as exc:
        raise ZplError("la commande lp (CUPS) est introuvable : installez cups-client") from exc
    except subprocess.TimeoutExpired as exc:
        raise ZplError(f"la file d'impression {queue} ne répond pas") from exc
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip()
        raise ZplError(f"envoi à la file d'impression {queue} refusé : {detail}")
