"""Qt's own dialogs speak French: qtbase_fr plus our complement for the texts it lacks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from sav_desktop.package_data import translations_dir
from sav_desktop.ui.app import make_application

pytestmark = pytest.mark.gui


def test_complement_catalogue_is_compiled_from_its_source(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    source = translations_dir() / "qt_complement_fr.ts"
    out = tmp_path / "qt_complement_fr.qm"
    subprocess.run([lrelease, str(source), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (translations_dir() / "qt_complement_fr.qm").read_bytes(), (
        "qt_complement_fr.qm is stale: run pyside6-lrelease on qt_complement_fr.ts"
    )


def test_save_file_dialog_is_french(qapp: QApplication, tmp_path: Path) -> None:
    app = make_application()
    (tmp_path / "un-dossier").mkdir()
    dialog = QFileDialog(None, "Enregistrer les étiquettes en PDF", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Voir dans :"
    assert labels["fileTypeLabel"] == "Fichiers de &type :"
    assert labels["fileNameLabel"].startswith("&Nom de fichier")
    assert app.translate("QAbstractFileIconProvider", "Folder") == "Dossier"
    assert app.translate("QPlatformTheme", "Cancel") == "Annuler"
    dialog.close()
