"""Screenshots of the label dialog and of its "Enregistrer en PDF" file dialog (French)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ..services.desk import Desk
from .label_dialog import LabelDialog

Save = Callable[[QApplication, QWidget, Path], Path]


def render_label_screens(app: QApplication, desk: Desk, asset_id: int, out: Path, save: Save) -> list[Path]:
    labels = desk.labels_for([asset_id])
    if not labels:
        return []
    dialog = LabelDialog(labels)
    written = [save(app, dialog, out / "60-etiquette.png")]
    files = dialog.pdf_file_dialog()
    # Qt's own dialog (the one Linux desks get; Windows shows its native, French one).
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    files.resize(900, 560)
    written.append(save(app, files, out / "61-etiquette-enregistrer-pdf.png"))
    files.close()
    dialog.close()
    return written
