"""Label dialog: preview, save PDF/ZPL, batch in chunks with progress and cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from sav_desktop.domain.identifiers import asset_tag_for_id
from sav_desktop.labels.content import LabelData
from sav_desktop.ui.label_dialog import LabelDialog
from tests.test_labels_render import decode_qr, pypdf, rasterise

pytestmark = pytest.mark.gui


def _labels(n: int) -> list[LabelData]:
    return [
        LabelData(asset_tag_for_id(i + 1), f"SN{i:06d}", "Terminal NEO", "Orisha Healthcare", "01 23 45 67 89", asset_id=i + 1)
        for i in range(n)
    ]


@pytest.fixture()
def recorded() -> list[tuple[list[int], str, str]]:
    return []


def _dialog(qtbot, labels, recorded, template="brother-ql-62x29"):  # type: ignore[no-untyped-def]
    dialog = LabelDialog(labels, record_print=lambda ids, t, where: recorded.append((ids, t, where)), template_name=template)
    qtbot.addWidget(dialog)
    return dialog


def test_preview_and_template_choice(qtbot, recorded) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, _labels(30), recorded)
    assert dialog.template.name == "brother-ql-62x29"
    assert dialog.page_spin.maximum() == 30
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull() and pixmap.width() > pixmap.height()
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("a4-3x7-63.5x38.1"))
    assert dialog.page_spin.maximum() == 2
    assert not dialog.zpl_button.isEnabled()
    dialog.page_spin.setValue(2)
    assert dialog.preview.pixmap().height() > dialog.preview.pixmap().width()
    assert recorded == []


def test_save_pdf_in_chunks_records_the_print(qtbot, recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    labels = _labels(120)
    dialog = _dialog(qtbot, labels, recorded, "zebra-2x1")
    out = tmp_path / "batch.pdf"
    steps: list[int] = []
    with qtbot.waitSignal(dialog.printed, timeout=30_000):
        dialog.save_pdf(out)
        assert dialog.batch is not None
        dialog.batch.progressed.connect(lambda done, total: steps.append(done))
        assert not dialog.print_button.isEnabled()  # busy while rendering
    assert len(steps) > 2 and steps[-1] == 120  # several timer ticks: the window kept running
    assert dialog.print_button.isEnabled()
    assert recorded == [([label.asset_id for label in labels], "zebra-2x1", "fichier batch.pdf")]
    assert len(pypdf.PdfReader(str(out)).pages) == 120
    assert decode_qr(rasterise(out, page=120)) == [labels[119].qr_text]


def test_cancel_leaves_no_file_and_records_nothing(qtbot, recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, _labels(400), recorded)
    out = tmp_path / "cancelled.pdf"
    dialog.save_pdf(out)
    batch = dialog.batch
    assert batch is not None
    with qtbot.waitSignal(batch.finished, timeout=30_000) as blocker:
        qtbot.waitUntil(lambda: batch.job.rendered >= 50, timeout=30_000)
        batch.progress.cancel()
    assert blocker.args == [False]
    assert batch.job.rendered < 400
    assert recorded == [] and dialog.last_output is None
    assert not out.exists()
    assert dialog.pdf_button.isEnabled()


def test_save_zpl(qtbot, recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    labels = _labels(3)
    dialog = _dialog(qtbot, labels, recorded, "zebra-2x1")
    out = tmp_path / "labels.zpl"
    dialog.save_zpl(out)
    text = out.read_text(encoding="utf-8")
    assert text.count("^BQN") == 3 and f"^FDMA,{labels[2].qr_text}^FS" in text
    assert recorded == [([1, 2, 3], "zebra-2x1", "fichier labels.zpl")]


def test_pdf_button_goes_through_the_file_dialog(qtbot, recorded, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    dialog = _dialog(qtbot, _labels(2), recorded, "dymo-57x32")
    target = tmp_path / "choisi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    with qtbot.waitSignal(dialog.printed, timeout=30_000):
        qtbot.mouseClick(dialog.pdf_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    assert (tmp_path / "choisi.pdf").exists()
    assert recorded[0][2] == "fichier choisi.pdf"


def test_ask_is_patchable(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(LabelDialog, "ask", classmethod(lambda cls, parent, labels, **kw: "imprimante test"))
    assert LabelDialog.ask(None, _labels(1)) == "imprimante test"
