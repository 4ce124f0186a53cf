"""The "Diagnostic lecteurs" panel: live readers as a dual-slot picture, one-click
diagnostic (run on a worker), results table, filing on an asset, PDF for the customer.

Nothing here blocks the GUI thread: monitoring runs in ``ReaderMonitor``'s worker, a
diagnostic pass in a worker thread whose result comes back through a queued signal.
Nothing personal is read or shown (RULES.md R-81).
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QInputDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..documents.render import write_pdf
from ..domain.atr import CardKind, identify_card, parse_hex, parse_atr
from ..pcsc.backend import pyscard_available
from ..pcsc.engine import PcscEngine
from ..pcsc.errors import PcscError
from ..pcsc.model import (
    DiagnosticReport,
    ReaderReport,
    SlotRole,
    Verdict,
    group_slots,
    physical_readers,
    virtual_readers,
)
from .reader_monitor import ReaderMonitor

if TYPE_CHECKING:
    from ..services.desk import Desk

# Result table columns.
COL_READER, COL_SLOT, COL_CARD, COL_ATR, COL_PROTOCOLS, COL_ROUNDTRIP, COL_VERDICT, COL_NOTES = range(8)

# Slot states (also the "state" property the style sheet keys on).
SLOT_EMPTY, SLOT_CARD, SLOT_WARNING, SLOT_FAULT, SLOT_OFFLINE = "empty", "card", "warning", "fault", "offline"

_SLOT_STYLE = """
SlotWidget { border: 2px solid #9e9e9e; border-radius: 8px; background: #fafafa; }
SlotWidget[state="card"] { border-color: #2e7d32; background: #e8f5e9; }
SlotWidget[state="warning"] { border-color: #ef6c00; background: #fff3e0; }
SlotWidget[state="fault"] { border-color: #c62828; background: #ffebee; }
SlotWidget[state="offline"] { border-color: #bdbdbd; background: #eeeeee; }
"""

FileHandler = Callable[[DiagnosticReport], "str | None"]


def _fr_number(value: float) -> str:
    return QLocale(QLocale.Language.French, QLocale.Country.France).toString(value, "f", 2)


class SlotWidget(QFrame):
    """One slot of a reader: its role (Vitale / CPS) and what is in it."""

    def __init__(self, reader: str, role: SlotRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.role = role
        self.setObjectName("slot")
        self.setMinimumSize(170, 90)
        layout = QVBoxLayout(self)
        self.title = QLabel(self._role_text(role), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.name = QLabel(reader, self)
        self.name.setStyleSheet("color: #616161; font-size: 9pt;")
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.name)
        layout.addWidget(self.state_label)
        self.state = ""
        self.set_state(SLOT_EMPTY, self.tr("Vide"))

    def _role_text(self, role: SlotRole) -> str:
        if role is SlotRole.VITALE:
            return self.tr("Emplacement Vitale")
        if role is SlotRole.CPS:
            return self.tr("Emplacement CPS")
        if role is SlotRole.CONTACTLESS:
            return self.tr("Sans contact")
        return self.tr("Emplacement unique")

    def set_state(self, state: str, text: str) -> None:
        self.state = state
        self.state_label.setText(text)
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)


class _DiagnosticJob(QObject):
    """Carries a diagnostic pass's outcome from its worker thread to the GUI thread."""

    finished = Signal(object)
    failed = Signal(str)


class DiagnosticsPanel(QWidget):
    """"Diagnostic lecteurs". ``file_handler(report)`` (injected by the main window) files
    the report on an asset and returns a French confirmation; ``file_requested`` is
    emitted in any case."""

    diagnostic_finished = Signal(object)  # DiagnosticReport
    diagnostic_failed = Signal(str)
    file_requested = Signal(object)  # DiagnosticReport
    pdf_exported = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        engine: PcscEngine | None = None,
        monitor: ReaderMonitor | None = None,
        file_handler: FileHandler | None = None,
        start_monitor: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsPanel")
        self.setWindowTitle(self.tr("Diagnostic lecteurs"))
        self.setStyleSheet(_SLOT_STYLE)
        self.engine = engine or PcscEngine()
        self.monitor = monitor or ReaderMonitor(self)
        self.file_handler = file_handler
        self.report: DiagnosticReport | None = None
        self.service_ok: bool | None = None
        self._readers: list[str] = []
        self._atrs: dict[str, str] = {}
        self._slots: dict[str, SlotWidget] = {}
        self._job: _DiagnosticJob | None = None
        self._job_thread: threading.Thread | None = None
        # Tests patch this to avoid the modal dialog.
        self.ask_pdf_path: Callable[[], str | None] = self._ask_pdf_path

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Diagnostic lecteurs"), self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(title)
        self.service_label = QLabel(self.tr("Recherche du service PC/SC…"), self)
        self.service_label.setWordWrap(True)
        layout.addWidget(self.service_label)

        self.readers_box = QWidget(self)
        self.readers_layout = QHBoxLayout(self.readers_box)
        self.readers_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.readers_box)
        self.no_reader_label = QLabel(self.tr("Aucun lecteur détecté."), self)
        layout.addWidget(self.no_reader_label)
        # TPM virtual smart cards and Windows Hello: listed apart, never diagnosed.
        self.virtual_label = QLabel("", self)
        self.virtual_label.setWordWrap(True)
        self.virtual_label.setStyleSheet("color: #555;")
        self.virtual_label.setVisible(False)
        layout.addWidget(self.virtual_label)

        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Lancer le diagnostic"), self)
        self.file_button = QPushButton(self.tr("Enregistrer sur un matériel…"), self)
        self.pdf_button = QPushButton(self.tr("Exporter en PDF…"), self)
        self.file_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        for button in (self.run_button, self.file_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        self.table = QTableWidget(0, 8, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Lecteur"),
                self.tr("Emplacement"),
                self.tr("Carte"),
                self.tr("ATR"),
                self.tr("Protocoles"),
                self.tr("Aller-retour (ms)"),
                self.tr("Verdict"),
                self.tr("Remarques"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(COL_NOTES, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)

        self.run_button.clicked.connect(self.on_run_button_clicked)
        self.file_button.clicked.connect(self.on_file_button_clicked)
        self.pdf_button.clicked.connect(self.on_pdf_button_clicked)
        self.monitor.reader_added.connect(self.on_monitor_reader_added)
        self.monitor.reader_removed.connect(self.on_monitor_reader_removed)
        self.monitor.card_inserted.connect(self.on_monitor_card_inserted)
        self.monitor.card_removed.connect(self.on_monitor_card_removed)
        self.monitor.service_lost.connect(self.on_monitor_service_lost)
        self.monitor.service_restored.connect(self.on_monitor_service_restored)
        self._rebuild_slots()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        if start_monitor:
            self.monitor.start()

    # -- life cycle -----------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop the monitoring worker and wait for a running pass (call before deleting)."""
        self.monitor.stop()
        thread = self._job_thread
        if thread is not None:
            thread.join(10)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        self.shutdown()
        super().closeEvent(event)

    # -- what tests and the main window read ------------------------------------------------
    def slot_text(self, reader: str) -> str:
        slot = self._slots.get(reader)
        return slot.state_label.text() if slot else ""

    def slot_state(self, reader: str) -> str:
        slot = self._slots.get(reader)
        return slot.state if slot else ""

    @property
    def readers(self) -> list[str]:
        return list(self._readers)

    # -- live monitoring ------------------------------------------------------------------
    def on_monitor_reader_added(self, reader: str) -> None:
        if reader not in self._readers:
            self._readers.append(reader)
            self._rebuild_slots()
        self._show_service_ok()

    def on_monitor_reader_removed(self, reader: str) -> None:
        if reader in self._readers:
            self._readers.remove(reader)
            self._atrs.pop(reader, None)
            self._rebuild_slots()
        if self.service_ok:
            self._show_service_ok()

    def on_monitor_card_inserted(self, reader: str, atr: str) -> None:
        self._atrs[reader] = atr
        self._refresh_slot(reader)

    def on_monitor_card_removed(self, reader: str) -> None:
        self._atrs.pop(reader, None)
        self._refresh_slot(reader)

    def on_monitor_service_lost(self, message: str) -> None:
        self.service_ok = False
        detail = message[:1].upper() + message[1:] if message else ""
        if not pyscard_available():
            headline = self.tr("Diagnostic indisponible sur ce poste.")
        else:
            headline = self.tr(
                "Service PC/SC arrêté ou injoignable : les lecteurs ne sont plus visibles. "
                "Le panneau se reconnectera tout seul dès son retour."
            )
        self.service_label.setText(headline + ("\n" + detail + "." if detail else ""))
        self.service_label.setStyleSheet("color: #c62828; font-weight: bold;")
        for slot in self._slots.values():
            slot.set_state(SLOT_OFFLINE, self.tr("Service arrêté"))

    def on_monitor_service_restored(self) -> None:
        self._show_service_ok()

    def _show_service_ok(self) -> None:
        self.service_ok = True
        self.service_label.setStyleSheet("color: #2e7d32;")
        count = len(physical_readers(self._readers))
        if count == 0:
            text = self.tr("Service PC/SC disponible, aucun lecteur branché.")
        elif count == 1:
            text = self.tr("Service PC/SC disponible, 1 lecteur.")
        else:
            text = self.tr("Service PC/SC disponible, %n lecteurs.", "", count)
        self.service_label.setText(text)

    def _rebuild_slots(self) -> None:
        while self.readers_layout.count():
            item = self.readers_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self._slots.clear()
        for device in group_slots(self._readers):
            box = QGroupBox(device.name, self.readers_box)
            row = QHBoxLayout(box)
            for slot in device.slots:
                widget = SlotWidget(slot.reader, slot.role, box)
                self._slots[slot.reader] = widget
                row.addWidget(widget)
            self.readers_layout.addWidget(box)
        self.readers_layout.addStretch(1)
        physical = physical_readers(self._readers)
        self.no_reader_label.setVisible(not physical)
        virtual = virtual_readers(self._readers)
        self.virtual_label.setVisible(bool(virtual))
        self.virtual_label.setText(
            self.tr("Lecteurs virtuels ignorés (TPM, Windows Hello : pas des lecteurs de cartes) : {names}").format(
                names=", ".join(virtual)
            )
        )
        for reader in self._readers:
            self._refresh_slot(reader)

    def _refresh_slot(self, reader: str) -> None:
        slot = self._slots.get(reader)
        if slot is None:
            return
        atr = self._atrs.get(reader)
        if atr is None:
            slot.set_state(SLOT_EMPTY, self.tr("Vide"))
            return
        try:
            raw = parse_hex(atr)
        except ValueError:
            raw = b""
        identity = identify_card(raw)
        if identity.kind is not CardKind.OTHER:
            slot.set_state(SLOT_CARD, identity.label)
        elif not parse_atr(raw).valid:
            slot.set_state(SLOT_WARNING, self.tr("Carte présente, ATR invalide"))
        else:
            slot.set_state(SLOT_WARNING, self.tr("Carte non reconnue"))

    # -- diagnostic pass --------------------------------------------------------------------
    def on_run_button_clicked(self) -> None:
        self.run_diagnostic()

    def run_diagnostic(self) -> None:
        """Start one pass on a worker thread; ``diagnostic_finished`` or ``_failed`` follows."""
        if self._job_thread is not None and self._job_thread.is_alive():
            return
        self.run_button.setEnabled(False)
        self.status_label.setText(self.tr("Diagnostic en cours…"))
        job = _DiagnosticJob(self)
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)
        self._job = job
        engine = self.engine

        def work() -> None:
            try:
                report = engine.diagnose()
            except PcscError as exc:
                job.failed.emit(str(exc))
            except Exception as exc:  # noqa: BLE001 - shown to the user, not lost
                job.failed.emit(f"{type(exc).__name__} : {exc}")
            else:
                job.finished.emit(report)

        self._job_thread = threading.Thread(target=work, name="pcsc-diagnostic", daemon=True)
        self._job_thread.start()

    def _on_job_finished(self, report: DiagnosticReport) -> None:
        self.run_button.setEnabled(True)
        self.show_report(report)
        self.diagnostic_finished.emit(report)

    def _on_job_failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        detail = message[:1].upper() + message[1:]
        self.status_label.setText(self.tr("Diagnostic impossible :") + " " + detail)
        self.diagnostic_failed.emit(message)

    def show_report(self, report: DiagnosticReport) -> None:
        self.report = report
        self.table.setRowCount(len(report.readers))
        for row, reader in enumerate(report.readers):
            card = reader.card
            values = [
                reader.name,
                self._role_text(reader.name, report),
                card.label if card else self.tr("Aucune carte"),
                card.atr if card else "",
                ", ".join(card.protocols) if card else "",
                _fr_number(card.roundtrip_ms) if card and card.roundtrip_ms is not None else "",
                self._verdict_text(reader.verdict),
                " ; ".join(reader.notes),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == COL_NOTES:
                    item.setToolTip("\n".join(reader.notes))
                self.table.setItem(row, col, item)
            slot = self._slots.get(reader.name)
            if slot is not None and reader.verdict is not Verdict.OK:
                state = SLOT_FAULT if reader.verdict is Verdict.FAULT else SLOT_WARNING
                slot.set_state(state, f"{slot.state_label.text()} — {self._verdict_text(reader.verdict)}")
        self.table.resizeColumnsToContents()
        when = report.checked_at.strftime("%d/%m/%Y %H:%M:%S")
        self.status_label.setText(
            self.tr("Diagnostic du %1 : %2").replace("%1", when).replace("%2", self._verdict_text(report.verdict))
        )
        self.file_button.setEnabled(True)
        self.pdf_button.setEnabled(True)

    def _verdict_text(self, verdict: Verdict) -> str:
        if verdict is Verdict.OK:
            return self.tr("OK")
        if verdict is Verdict.WARNING:
            return self.tr("Avertissement")
        return self.tr("Défaut")

    def _role_text(self, reader: str, report: DiagnosticReport) -> str:
        names = self._readers or [r.name for r in report.readers]
        for device in group_slots(names):
            for slot in device.slots:
                if slot.reader == reader:
                    if slot.role is SlotRole.VITALE:
                        return self.tr("Vitale")
                    if slot.role is SlotRole.CPS:
                        return self.tr("CPS")
                    if slot.role is SlotRole.CONTACTLESS:
                        return self.tr("Sans contact")
                    return self.tr("Unique")
        return ""

    # -- filing on an asset --------------------------------------------------------------------
    def on_file_button_clicked(self) -> None:
        self.file_report()

    def file_report(self) -> str | None:
        if self.report is None:
            return None
        self.file_requested.emit(self.report)
        if self.file_handler is None:
            return None
        try:
            message = self.file_handler(self.report)
        except PcscError as exc:  # pragma: no cover - handler errors are SavErrors
            message = str(exc)
        except Exception as exc:  # noqa: BLE001 - shown next to the button
            message = self.tr("Enregistrement impossible :") + f" {exc}"
        if message:
            self.status_label.setText(message)
        return message

    # -- PDF ---------------------------------------------------------------------------------
    def _ask_pdf_path(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter le diagnostic en PDF"), "diagnostic-lecteurs.pdf", self.tr("PDF (*.pdf)")
        )
        return path or None

    def on_pdf_button_clicked(self) -> None:
        path = self.ask_pdf_path()
        if path:
            self.export_pdf(path)

    def export_pdf(self, path: str, *, asset_label: str | None = None, operator: str | None = None) -> None:
        if self.report is None:
            return
        render_pdf(self.render_html(self.report, asset_label=asset_label, operator=operator), path)
        self.status_label.setText(self.tr("Rapport PDF enregistré :") + f" {path}")
        self.pdf_exported.emit(path)

    def render_html(
        self, report: DiagnosticReport, *, asset_label: str | None = None, operator: str | None = None
    ) -> str:
        e = html.escape
        when = report.checked_at.strftime("%d/%m/%Y %H:%M:%S")
        parts = [
            "<html><body style='font-family: sans-serif; font-size: 10pt;'>",
            f"<h1>{e(self.tr('Rapport de diagnostic des lecteurs de cartes'))}</h1>",
            f"<p>{e(self.tr('Date du diagnostic'))} : {e(when)}<br/>",
        ]
        if asset_label:
            parts.append(f"{e(self.tr('Matériel'))} : {e(asset_label)}<br/>")
        if operator:
            parts.append(f"{e(self.tr('Technicien'))} : {e(operator)}<br/>")
        parts.append(
            f"{e(self.tr('Verdict global'))} : <b>{e(self._verdict_text(report.verdict))}</b></p>"
        )
        for reader in report.readers:
            parts.append(reader_html(self, reader, self._role_text(reader.name, report)))
        parts.append(
            "<p style='color:#616161; font-size: 8pt;'>"
            + e(
                self.tr(
                    "Ce diagnostic lit uniquement ce qui identifie le matériel et le type de "
                    "carte (nom du lecteur, micrologiciel, ATR). Aucune donnée personnelle "
                    "n'est lue ni conservée, aucun code PIN n'est présenté."
                )
            )
            + "</p></body></html>"
        )
        return "".join(parts)


def reader_html(panel: DiagnosticsPanel, reader: ReaderReport, role: str) -> str:
    e = html.escape
    tr = panel.tr
    na = tr("non disponible")
    rows: list[tuple[str, str]] = [
        (tr("Emplacement"), role or "—"),
        (tr("Fabricant"), reader.vendor or na),
        (tr("Micrologiciel"), reader.firmware or na),
        (tr("N° de série"), reader.serial or na),
    ]
    card = reader.card
    if card is None:
        rows.append((tr("Carte"), tr("Aucune carte")))
    else:
        atr_state = tr("valide") if card.atr_valid else tr("invalide")
        rows += [
            (tr("Carte"), card.label),
            (tr("ATR"), f"{card.atr} ({atr_state})"),
            (tr("Protocoles"), ", ".join(card.protocols) or "—"),
            (
                tr("Aller-retour APDU"),
                f"{_fr_number(card.roundtrip_ms)} ms" if card.roundtrip_ms is not None else na,
            ),
        ]
    rows.append((tr("Verdict"), panel._verdict_text(reader.verdict)))
    body = "".join(
        f"<tr><td style='padding-right: 12px;'><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows
    )
    notes = ""
    if reader.notes:
        notes = (
            f"<p><b>{e(tr('Remarques'))}</b></p><ul>"
            + "".join(f"<li>{e(n)}</li>" for n in reader.notes)
            + "</ul>"
        )
    return f"<h2>{e(tr('Lecteur'))} : {e(reader.name)}</h2><table>{body}</table>{notes}"


class AssetChooser:
    """Which asset to file the diagnostic on: its label scanned, its tag or its serial typed."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("AssetChooser", "Enregistrer sur un matériel"),
            QCoreApplication.translate(
                "AssetChooser", "Scannez l'étiquette du matériel, ou saisissez son code ou son numéro de série :"
            ),
        )
        return text.strip() if ok and text.strip() else None


def desk_file_handler(desk: "Desk", parent: QWidget | None = None) -> FileHandler:
    """A ``file_handler`` for the panel: ask the asset, file the pass on it through the desk
    (services.diagnostics), return the French confirmation shown in the panel."""

    def handler(report: DiagnosticReport) -> str | None:
        from ..services.diagnostics import file_at_desk

        text = AssetChooser.ask(parent)
        if text is None:
            return None
        asset_id = desk.find_by_scan(text)
        if asset_id is None:
            return QCoreApplication.translate("AssetChooser", "Aucun matériel ne correspond à « %1 ».").replace(
                "%1", text
            )
        filed = file_at_desk(desk, asset_id, report)
        detail = desk.asset_detail(asset_id)
        verdicts = {
            "ok": QCoreApplication.translate("AssetChooser", "OK"),
            "warning": QCoreApplication.translate("AssetChooser", "avertissement"),
            "fault": QCoreApplication.translate("AssetChooser", "défaut"),
        }
        return (
            QCoreApplication.translate("AssetChooser", "Diagnostic enregistré sur le matériel %1 (%2).")
            .replace("%1", f"{detail.asset_tag} {detail.model_label} n° {detail.serial}")
            .replace("%2", verdicts.get(filed.verdict, filed.verdict))
        )

    return handler


def render_pdf(html_text: str, path: str) -> None:
    """A4 PDF from HTML (text stays text: it reads back), as every document of the desk."""
    write_pdf(html_text, path, QCoreApplication.translate("DiagnosticsPanel", "Diagnostic lecteurs"))


__all__ = [
    "AssetChooser",
    "desk_file_handler",
    "COL_ATR",
    "COL_CARD",
    "COL_NOTES",
    "COL_PROTOCOLS",
    "COL_READER",
    "COL_ROUNDTRIP",
    "COL_SLOT",
    "COL_VERDICT",
    "DiagnosticsPanel",
    "SlotWidget",
    "render_pdf",
]
