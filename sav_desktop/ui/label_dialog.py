"""Label print preview: template choice, print (system dialog), save as PDF or ZPL.

Wiring from the main window (the dialog never touches the database itself)::

    from ..labels.content import labels_from_assets
    from ..services import labels as label_service

    with desk.unit_of_work() as uow:
        assets = label_service.assets_by_ids(uow, ids)   # or assets_without_label(uow)
        phone = label_service.desk_phone(uow)

    def record(ids, template, output):
        with desk.unit_of_work() as uow:
            label_service.record_label_print(uow, ids, template, output)
            uow.commit()

    LabelDialog.ask(self, labels_from_assets(assets, phone), record_print=record)

Many labels (a batch) are rendered in chunks driven by a timer, with a progress dialog
that can cancel: the window stays responsive and nothing is recorded for a cancelled run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QPagedPaintDevice, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..labels.content import LabelData
from ..labels.render import LabelJob, new_pdf_writer, render_page_image
from ..labels.templates import Template, TemplateError, load_templates
from ..labels.zpl import ZplError, to_zpl

RecordPrint = Callable[[list[int], str, str], None]  # (asset ids, template name, where: French)
CHUNK = 25  # labels painted per timer tick
PREVIEW_DPI = 120.0


class LabelBatch(QWidget):
    """Paints labels on a paged device in timer-driven chunks; emits ``finished(bool completed)``.

    Not shown itself: it owns the QProgressDialog (shown when the batch is long).
    """

    finished = Signal(bool)
    progressed = Signal(int, int)

    def __init__(self, device: QPagedPaintDevice, template: Template, labels: Sequence[LabelData], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVisible(False)
        self.device = device
        self.job = LabelJob(device, template, labels)
        self.completed = False
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.on_timer_timeout)
        self.progress = QProgressDialog(
            self.tr("Préparation des étiquettes…"), self.tr("Annuler"), 0, self.job.total, parent
        )
        self.progress.setWindowTitle(self.tr("Étiquettes"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)

    def start(self) -> None:
        self.job.start()
        self._timer.start()

    def on_timer_timeout(self) -> None:
        if self.progress.wasCanceled():
            self.cancel()
            return
        done = self.job.step(CHUNK)
        self.progress.setValue(done)
        self.progress.setLabelText(self.tr("Étiquette %1 sur %2…").replace("%1", str(done)).replace("%2", str(self.job.total)))
        self.progressed.emit(done, self.job.total)
        if self.job.done:
            self._timer.stop()
            self.job.finish()
            self.completed = True
            self.progress.close()
            self.finished.emit(True)

    def cancel(self) -> None:
        if not self._timer.isActive():
            return
        self._timer.stop()
        self.job.abort()
        self.progress.close()
        self.finished.emit(False)


class LabelDialog(QDialog):
    """Preview of the labels with the chosen template; print, save PDF, save ZPL."""

    printed = Signal(str, str)  # template name, where (French)

    def __init__(
        self,
        labels: Sequence[LabelData],
        parent: QWidget | None = None,
        *,
        record_print: RecordPrint | None = None,
        templates: dict[str, Template] | None = None,
        template_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        if not labels:
            raise ValueError("no label to show")
        self.labels = list(labels)
        self.record_print = record_print
        self.templates = templates if templates is not None else load_templates()
        self.batch: LabelBatch | None = None
        self._writer: object | None = None
        self._printer: QPrinter | None = None
        self._spent_batches: list[LabelBatch] = []
        self._pending_output: tuple[Path | None, str] | None = None
        self.last_output: str | None = None
        self.setWindowTitle(self.tr("Étiquettes") if len(self.labels) > 1 else self.tr("Étiquette"))
        self.resize(720, 520)

        self.template_combo = QComboBox()
        for t in self.templates.values():
            self.template_combo.addItem(f"{t.description} — {t.size_text()}", t.name)
        settings = QSettings()
        wanted = template_name or str(settings.value("labels/template", "") or "")
        index = self.template_combo.findData(wanted)
        self.template_combo.setCurrentIndex(max(0, index))
        self.template_combo.currentIndexChanged.connect(self.on_template_combo_changed)

        self.page_spin = QSpinBox()
        self.page_spin.setMinimum(1)
        self.page_spin.valueChanged.connect(self.on_page_spin_changed)
        self.count_label = QLabel()

        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setObjectName("labelPreview")
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #808080; }")

        self.print_button = QPushButton(self.tr("Imprimer…"))
        self.pdf_button = QPushButton(self.tr("Enregistrer en PDF…"))
        self.zpl_button = QPushButton(self.tr("Enregistrer en ZPL…"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.pdf_button.clicked.connect(self.on_pdf_button_clicked)
        self.zpl_button.clicked.connect(self.on_zpl_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for b in (self.print_button, self.pdf_button, self.zpl_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Modèle :")))
        top.addWidget(self.template_combo, 1)
        top.addWidget(QLabel(self.tr("Page :")))
        top.addWidget(self.page_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.on_template_combo_changed()

    # --- state ---------------------------------------------------------------------------

    @property
    def template(self) -> Template:
        return self.templates[self.template_combo.currentData()]

    def page_count(self) -> int:
        per = self.template.labels_per_page
        return (len(self.labels) + per - 1) // per

    def on_template_combo_changed(self, _index: int = 0) -> None:
        t = self.template
        QSettings().setValue("labels/template", t.name)
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(self.page_count())
        self.page_spin.setValue(1)
        self.page_spin.blockSignals(False)
        self.zpl_button.setEnabled(t.sheet is None)
        self.zpl_button.setToolTip(
            "" if t.sheet is None else self.tr("Le ZPL ne sert qu'aux imprimantes Zebra (étiquettes à l'unité).")
        )
        self.count_label.setText(
            self.tr("%1 étiquette(s), %2 page(s) — QR : SAV1:<étiquette>:<n° de série>")
            .replace("%1", str(len(self.labels)))
            .replace("%2", str(self.page_count()))
        )
        self.refresh_preview()

    def on_page_spin_changed(self, _value: int) -> None:
        self.refresh_preview()

    def refresh_preview(self) -> None:
        image = render_page_image(self.template, self.labels, PREVIEW_DPI, self.page_spin.value() - 1)
        self.preview.setPixmap(QPixmap.fromImage(image))

    # --- outputs -------------------------------------------------------------------------

    def _asset_ids(self) -> list[int]:
        return [label.asset_id for label in self.labels if label.asset_id is not None]

    def _record(self, where: str) -> None:
        self.last_output = where
        if self.record_print is not None and self._asset_ids():
            self.record_print(self._asset_ids(), self.template.name, where)
        self.printed.emit(self.template.name, where)

    def _run_batch(self, device: QPagedPaintDevice, where: str) -> None:
        self.batch = LabelBatch(device, self.template, self.labels, self)
        self.batch.finished.connect(lambda ok: self.on_batch_finished(ok, where))
        self._set_busy(True)
        try:
            self.batch.start()
        except OSError as exc:
            self._set_busy(False)
            self.batch = None
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    def _set_busy(self, busy: bool) -> None:
        for w in (self.print_button, self.pdf_button, self.zpl_button, self.template_combo):
            w.setEnabled(not busy)
        if not busy:
            self.zpl_button.setEnabled(self.template.sheet is None)

    def on_batch_finished(self, completed: bool, where: str) -> None:
        batch, self.batch = self.batch, None
        if batch is not None:
            # Kept (a child of the dialog, reused never) rather than deleteLater(): deleting it
            # right after its own signal crashed PySide 6.11 under pytest-qt. Drop what it holds.
            batch.job.device = None  # type: ignore[assignment]
            batch.job._labels = None
            batch.job.pages = []
            batch.device = None  # type: ignore[assignment]
            self._spent_batches.append(batch)
        self._writer = None  # closes the PDF file
        self._printer = None
        self._set_busy(False)
        pending, self._pending_output = self._pending_output, None
        if completed:
            self._record(where)
        elif pending and pending[0] is not None:
            pending[0].unlink(missing_ok=True)  # a cancelled PDF is incomplete

    def print_to(self, printer: QPrinter) -> None:
        """Print every label on a configured printer (used after the system dialog)."""
        printer.setFullPage(True)
        self._pending_output = (None, printer.printerName())
        self._run_batch(printer, self.tr("imprimante %1").replace("%1", printer.printerName() or "?"))

    def save_pdf(self, path: Path | str) -> None:
        path = Path(path)
        self._pending_output = (path, str(path))
        writer = new_pdf_writer(path, self.template)
        self._writer = writer
        self._run_batch(writer, self.tr("fichier %1").replace("%1", path.name))

    def save_zpl(self, path: Path | str) -> None:
        path = Path(path)
        try:
            path.write_text(to_zpl(self.template, self.labels), encoding="utf-8", newline="\n")
        except (OSError, ZplError) as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Impossible d'écrire le fichier ZPL : %1").replace("%1", str(exc)))
            return
        self._record(self.tr("fichier %1").replace("%1", path.name))

    def on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Imprimer les étiquettes"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._printer = printer  # kept alive until the batch ends
            self.print_to(printer)

    def pdf_dialog_args(self) -> tuple[str, str, str]:
        """Title, starting file (in Documents) and filter of the "Enregistrer en PDF" dialog."""
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"etiquettes-{self.template.name}.pdf"
        start = str(Path(documents) / name) if documents else name
        return self.tr("Enregistrer les étiquettes en PDF"), start, self.tr("PDF (*.pdf)")

    def pdf_file_dialog(self) -> QFileDialog:
        """The same dialog as an object (screenshots): Qt's own texts in French (qtbase_fr)."""
        dialog = QFileDialog(self, *self.pdf_dialog_args())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        return dialog

    def on_pdf_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, *self.pdf_dialog_args())
        if path:
            self.save_pdf(path if path.lower().endswith(".pdf") else path + ".pdf")

    def on_zpl_button_clicked(self) -> None:
        name = f"etiquettes-{self.template.name}.zpl"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer les étiquettes en ZPL"), name, self.tr("ZPL (*.zpl)"))
        if path:
            self.save_zpl(path if path.lower().endswith(".zpl") else path + ".zpl")

    # --- for callers ---------------------------------------------------------------------

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        labels: Sequence[LabelData],
        *,
        record_print: RecordPrint | None = None,
        template_name: str | None = None,
    ) -> str | None:
        """Show the dialog (modal); returns where the labels last went (French), or None."""
        try:
            dialog = cls(labels, parent, record_print=record_print, template_name=template_name)
        except TemplateError as exc:
            QMessageBox.warning(
                parent, QCoreApplication.translate("LabelDialog", "Étiquettes"), str(exc)
            )
            return None
        dialog.exec()
        return dialog.last_output
