"""The desk's main window: the device list with as-you-type search, the device's sheet and
timeline, and the forms. A label or serial scanned anywhere in the window opens the device."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import format_date_fr
from ..domain.catalogue import Tariff
from ..domain.enums import (
    ASSET_STATUS_LABELS,
    CONTRACT_KIND_LABELS,
    DEPOSIT_STATE_LABELS,
    OPTION_LABELS,
    AssetStatus,
    ContractKind,
    DepositState,
    OptionName,
)
from ..domain.errors import SavError
from ..domain.money import format_eur
from ..services.desk import Desk
from ..services.views import AssetDetail
from .asset_model import AssetListModel
from .background import shared_ops
from .carence import carence_text
# Loaded when first used, not before the first paint: the forms, the coverage panel and the
# coverage rules behind it (see README, performance).
if TYPE_CHECKING:
    from ..services.coverage_facts import CoverageFacts
    from .coverage_panel import CoveragePanel
from .permissions import RoleGuard
from .scanner import ScanCatcher


Pricing = Callable[[], tuple[tuple[Tariff, ...], bool]]
FactsOf = Callable[[int], "CoverageFacts | None"]


def _d(value: Any) -> str:
    return format_date_fr(value) if value else "—"


class AssetDetailView(QWidget):
    """The device's sheet: identity, contract, options, warranty end; and its timeline."""

    def __init__(self, parent: QWidget | None = None, pricing: Pricing | None = None,
                 facts: FactsOf | None = None, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.detail: AssetDetail | None = None
        self._pricing = pricing  # the desk's stored tariffs and holiday setting, asked per device
        self._facts = facts  # the desk's coverage facts of a device (services.coverage_facts)
        self._clock = clock
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Scannez une étiquette ou choisissez un matériel dans la liste."))
        self.title.setObjectName("asset_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        sheet = QWidget()
        self.form = QFormLayout(sheet)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("asset_tag", self.tr("Étiquette")), ("serial", self.tr("N° de série")), ("model", self.tr("Modèle")),
            ("status", self.tr("Statut")), ("in_service_on", self.tr("Mise en service")),
            ("firmware", self.tr("Version logicielle")), ("iccid", self.tr("ICCID")),
            ("customer", self.tr("Client")), ("contract", self.tr("Contrat")), ("dates", self.tr("Signé / livré / fin")),
            ("deposit", self.tr("Dépôt de garantie")), ("warranty_end", self.tr("Fin de garantie constructeur (R-10)")),
            ("options", self.tr("Options")), ("accessories", self.tr("Accessoires")), ("notes", self.tr("Notes")),
        ):
            value = QLabel("—")
            value.setObjectName(f"value_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.form.addRow(label + " :", value)
            self.values[key] = value
        self.tabs.addTab(sheet, self.tr("Fiche"))
        self.timeline = QTableWidget(0, 3)
        self.timeline.setObjectName("timeline")
        self.timeline.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Utilisateur"), self.tr("Événement")])
        self.timeline.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.timeline, self.tr("Historique"))
        self._coverage: CoveragePanel | None = None  # made on first use
        self._coverage_box = QWidget()
        QVBoxLayout(self._coverage_box).setContentsMargins(0, 0, 0, 0)
        # Scrolled when the sheet is narrow: the coverage's two columns never widen the sheet
        # past the device list's Client and Contrat columns.
        scroller = QScrollArea()
        scroller.setObjectName("coverage_scroll")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(self._coverage_box)
        self.coverage_tab = self.tabs.addTab(scroller, self.tr("Prise en charge"))
        self.tabs.setTabEnabled(self.coverage_tab, False)
        self.tabs.setEnabled(False)  # no device yet

    @property
    def coverage(self) -> CoveragePanel:
        if self._coverage is None:
            from .coverage_panel import CoveragePanel

            self._coverage = CoveragePanel(clock=self._clock) if self._clock is not None else CoveragePanel()
            layout = self._coverage_box.layout()
            assert layout is not None
            layout.addWidget(self._coverage)
        return self._coverage

    def clear(self) -> None:
        """No device: the sheet says so, its tabs are off (nothing can act on a stale device)."""
        self.detail = None
        self.title.setText(self.tr("Aucun matériel sélectionné : scannez une étiquette ou choisissez-en un dans la liste."))
        for value in self.values.values():
            value.setText("—")
        self.timeline.setRowCount(0)
        self.tabs.setCurrentIndex(0)
        self.tabs.setEnabled(False)

    def show_detail(self, d: AssetDetail) -> None:
        self.detail = d
        self.tabs.setEnabled(True)
        self.title.setText(f"{d.model_label} — {d.serial}  [{d.asset_tag}]")
        v = self.values
        v["asset_tag"].setText(d.asset_tag)
        v["serial"].setText(d.serial)
        v["model"].setText(f"{d.model_label} ({d.maker})")
        v["status"].setText(ASSET_STATUS_LABELS.get(AssetStatus(d.status), d.status))
        v["in_service_on"].setText(_d(d.in_service_on))
        v["firmware"].setText(d.firmware_version or "—")
        v["iccid"].setText(d.iccid or ("—" if d.has_sim else self.tr("sans SIM")))
        c = d.contract
        if c is None:
            for key in ("customer", "contract", "dates", "deposit", "options"):
                v[key].setText("—")
        else:
            v["customer"].setText(c.customer_name)
            v["contract"].setText(f"{CONTRACT_KIND_LABELS[ContractKind(c.kind)]} {c.number}")
            v["dates"].setText(f"{_d(c.signed_on)} / {_d(c.delivered_on)} / {_d(c.ended_on)}")
            if c.kind == ContractKind.RENTAL.value:
                state = DEPOSIT_STATE_LABELS.get(DepositState(c.deposit_state), c.deposit_state)
                v["deposit"].setText(f"{format_eur(c.deposit, 2)} — {state}")
            else:
                v["deposit"].setText("—")
            opts = []
            for o in c.options:
                text = f"{OPTION_LABELS[OptionName(o.name)]} : {self.tr('souscrite le')} {_d(o.subscribed_on)}"
                if o.terminated_on:
                    text += f", {self.tr('résiliée le')} {_d(o.terminated_on)}"
                else:
                    text += f" — {carence_text(c, o.name, o.subscribed_on)}"
                opts.append(text)
            v["options"].setText("\n".join(opts) or self.tr("aucune"))
        v["warranty_end"].setText(_d(d.warranty_end) if d.warranty_end else self.tr("sans objet (location ou non vendu)"))
        v["accessories"].setText(", ".join(f"{label} x{q}" for label, q in d.accessories) or "—")
        v["notes"].setText(d.notes or "—")
        self._show_coverage_facts(d)
        self.timeline.setRowCount(len(d.timeline))
        for row, e in enumerate(d.timeline):
            for col, text in enumerate((e.at.astimezone().strftime("%d/%m/%Y %H:%M"), e.user_name, e.summary)):
                self.timeline.setItem(row, col, QTableWidgetItem(text))
        self.timeline.resizeColumnToContents(0)
        self.timeline.resizeColumnToContents(1)


    def _show_coverage_facts(self, d: AssetDetail) -> None:
        """The coverage panel decides on this device's facts (no contract: nothing to decide)."""
        c = d.contract
        if self._facts is not None:  # the services' fact-builder: the tickets decide on the same
            facts = self._facts(d.id)
            self.tabs.setTabEnabled(self.coverage_tab, facts is not None)
            if facts is not None:
                self.coverage.set_pricing(facts.tariffs, facts.alsace_moselle)
                self.coverage.set_facts(facts.asset, facts.contract, facts.options, facts.history)
            return
        self.tabs.setTabEnabled(self.coverage_tab, c is not None)
        if c is None:
            return
        from ..domain.coverage import AssetFacts, ContractFacts, OptionFacts

        if self._pricing is not None:
            self.coverage.set_pricing(*self._pricing())
        self.coverage.set_facts(
            AssetFacts(d.model_code, d.in_service_on),
            ContractFacts(ContractKind(c.kind), c.signed_on, c.delivered_on, c.ended_on),
            [OptionFacts(OptionName(o.name), o.subscribed_on, o.terminated_on) for o in c.options],
        )


#: Actions that act on the device shown on the sheet: disabled while no device is shown.
DEVICE_ACTIONS = frozenset({"edit_asset", "option", "end_option", "edit_customer", "label", "new_ticket",
                            "declare_loss"})


class MainWindow(QMainWindow):
    asset_opened = Signal(int)
    asset_cleared = Signal()
    list_updated = Signal()
    #: The screens added after the first paint are in (progressive start, ui.app).
    screens_ready = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.diagnostics: QWidget | None = None  # the Diagnostic lecteurs page, once added
        self.role_guard = RoleGuard(desk)  # actions the user's role cannot use: disabled, saying why
        self.setWindowTitle(self.tr("SAV Desktop — {user}").format(user=desk.user_name))
        self.resize(1400, 860)
        # Every search and page fetch of the list runs off the GUI thread (ui.background).
        self.ops = shared_ops()
        self.model = AssetListModel(desk.search_assets, parent=self, ops=self.ops, fetch_rows=desk.asset_rows)
        self.model.rows_replaced.connect(self.on_model_rows_replaced)
        self.model.fetch_failed.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.model.rowsInserted.connect(lambda *_a: self._update_count())
        self._requested = 0  # searches asked for so far
        self._opened_after = 0  # how many had been asked when the sheet's device was opened
        self._open_first_when_listed = False
        self._build()
        self.scanner = ScanCatcher(self)
        self.scanner.scanned.connect(self.on_scanner_scanned)
        self._pending_query: str | None = None
        self.model.set_query("", wait=True)  # the first page, before the first paint that shows it
        self._update_count()

    # --- building
    def _build(self) -> None:
        bar = QToolBar(self.tr("Actions"))
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Rechercher : n° de série, étiquette, client, RPPS, ICCID…  (Ctrl+F)"))
        self.search.setMinimumWidth(480)
        self.search.textChanged.connect(self.on_search_text_changed)
        self.search.returnPressed.connect(self.on_search_return_pressed)
        bar.addWidget(self.search)
        bar.addSeparator()
        self.actions: dict[str, QAction] = {}
        self.toolbar = bar
        self.menus = {
            "asset": self.menuBar().addMenu(self.tr("&Matériel")),
            "customer": self.menuBar().addMenu(self.tr("&Clients")),
            "desk": self.menuBar().addMenu(self.tr("&SAV")),
            "labels": self.menuBar().addMenu(self.tr("É&tiquettes")),
        }
        for key, text, shortcut, slot, menu, on_bar in (
            ("new_asset", self.tr("Nouveau matériel"), "Ctrl+N", self.on_new_asset_triggered, "asset", True),
            ("edit_asset", self.tr("Modifier"), "F2", self.on_edit_asset_triggered, "asset", False),
            ("option", self.tr("Option…"), "Ctrl+O", self.on_option_triggered, "asset", False),
            ("end_option", self.tr("Résilier l'option"), "Ctrl+Shift+O", self.on_end_option_triggered, "asset", False),
            ("new_customer", self.tr("Nouveau client"), "Ctrl+Shift+N", self.on_new_customer_triggered, "customer", False),
            ("edit_customer", self.tr("Fiche client"), "Ctrl+K", self.on_edit_customer_triggered, "customer", False),
            ("new_contract", self.tr("Nouveau contrat"), "Ctrl+Shift+K", self.on_new_contract_triggered, "customer", True),
            ("label", self.tr("Étiquette"), "Ctrl+E", self.on_label_triggered, "labels", True),
            ("labels_pending", self.tr("Étiquettes à imprimer"), "Ctrl+Shift+E", self.on_labels_pending_triggered, "labels", False),
            ("labels_today", self.tr("Étiquettes du jour"), "Ctrl+Alt+E", self.on_labels_today_triggered, "labels", False),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.register_action(key, action, menu, toolbar=on_bar)
        focus_search = QAction(self)
        focus_search.setShortcut(QKeySequence("Ctrl+F"))
        focus_search.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(focus_search)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("main_tabs")
        self.setCentralWidget(self.tabs)
        split = QSplitter()
        self.table = QTableView()
        self.table.setObjectName("asset_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # a list, not a sheet
        self.table.verticalHeader().hide()
        # Fixed row heights and no word wrap: no text layout per row on every search.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)  # eliding measures text again and again
        # A list narrowed to a few rows keeps its width: no scroll bar coming and going, no
        # columns moving (nor the whole list laid out and painted again) as the user types.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((78, 118, 172, 102, 192)):  # the Contrat column shows too
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        self.table.activated.connect(self.on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_changed)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        split.addWidget(self.table)
        self.detail_view = AssetDetailView(pricing=self.desk.coverage_pricing, facts=self.desk.coverage_facts,
                                           clock=lambda: self.desk.clock().astimezone().replace(tzinfo=None))
        split.addWidget(self.detail_view)
        split.setSizes([860, 540])
        self.tabs.addTab(split, self.tr("Parc"))
        self.count_label = QLabel()
        # A fixed size: its text changes at every search, and a label that may grow makes
        # the status bar lay itself out again each time.
        widest = self.tr("{n}{more} matériel(s) affiché(s)").format(n="999999", more="+")
        self.count_label.setFixedSize(self.count_label.fontMetrics().horizontalAdvance(widest) + 12,
                                      self.count_label.sizeHint().height())
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statusBar().addPermanentWidget(self.count_label)

    def register_action(self, key: str, action: QAction, menu: str, *, toolbar: bool = False) -> None:
        """An action in its menu (every action is reachable there, with its shortcut shown),
        and on the toolbar for the few used all day."""
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if shortcut:
            action.setToolTip(f"{action.text()} ({shortcut})")
        self.menus[menu].addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions[key] = action
        if not self.role_guard.guard_action(key, action):
            self.menus[menu].setToolTipsVisible(True)  # the reason shows on the greyed entry too
        elif key in DEVICE_ACTIONS:
            self._enable_device_action(action, self.current_asset_id() is not None)
            self.menus[menu].setToolTipsVisible(True)

    def _sync_device_actions(self) -> None:
        """The actions on "the device" are on only while the sheet shows one (and the role allows)."""
        shown = self.current_asset_id() is not None
        for key in DEVICE_ACTIONS & self.actions.keys():
            if self.role_guard.why_not(key) is None:
                self._enable_device_action(self.actions[key], shown)

    def _enable_device_action(self, action: QAction, shown: bool) -> None:
        action.setEnabled(shown)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{action.text()} ({shortcut})" if shortcut else action.text()
        why = self.tr("ouvrez d'abord un matériel : scannez son étiquette ou choisissez-le dans la liste")
        action.setToolTip(tip if shown else f"{tip} — {why}")
        action.setStatusTip("" if shown else why)

    def clear_device(self) -> None:
        """The selection is gone: the sheet clears, the actions needing a device are off."""
        if self.detail_view.detail is None:
            return
        self.detail_view.clear()
        self._sync_device_actions()
        self.asset_cleared.emit()

    def _follow_list(self) -> None:
        """After the list changed (a search, a refresh): the sheet keeps its device when the list
        still shows it (selected again), shows the only device of a list filtered down to one,
        and clears otherwise: the sheet always shows what the next action acts on."""
        shown = self.current_asset_id()
        row = self.model.row_of_asset(shown) if shown is not None else None
        if row is not None:
            self._select_row(row)
        elif self.model.rowCount() == 1:
            only = self.model.row_at(0)
            assert only is not None
            self._open_listed_only(only.id)
        elif shown is not None and self._opened_after < self._requested:
            self.clear_device()  # (a device scanned after the search was asked for stays)

    def _open_listed_only(self, asset_id: int) -> None:
        """The list came down to one device: the sheet shows it. Its detail is read in the
        background (typing on is never held up); meanwhile the sheet is clear and the device
        actions are off, so nothing can act on the previous device."""
        self.clear_device()
        desk = self.desk

        def arrived(detail: AssetDetail) -> None:
            only = self.model.row_at(0) if self.model.rowCount() == 1 else None
            if only is not None and only.id == asset_id and self.current_asset_id() is None:
                self._show_asset(detail)

        self.ops.run("detail", lambda: desk.asset_detail(asset_id), arrived,
                     lambda exc: self.statusBar().showMessage(str(exc), 5000))

    def _select_row(self, row: int) -> None:
        sm = self.table.selectionModel()
        index = self.model.index(row, 0)
        if sm.currentIndex().row() == row and sm.isRowSelected(row):
            return
        sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def on_table_selection_changed(self, *_args: Any) -> None:
        """Every row deselected while the sheet shows a listed device: nothing is chosen any more."""
        if self.table.selectionModel().hasSelection():
            return
        shown = self.current_asset_id()
        if shown is not None and self.model.row_of_asset(shown) is not None:
            self.clear_device()

    def add_page(self, widget: QWidget, title: str) -> None:
        """Screens built elsewhere (diagnostics, today's desk...) join the main tabs."""
        self.tabs.addTab(widget, title)

    # --- search
    def on_search_text_changed(self, _text: str) -> None:
        if self._pending_query is None and not self.ops.pending("assets"):
            self.apply_search(self.search.text())  # the list is idle: ask at once
            return
        # Keys coming faster than the list (a scanner's burst): one query for all of them
        # when the event loop turns (it supersedes the one under way).
        if self._pending_query is None:
            QTimer.singleShot(0, self._run_pending_search)
        self._pending_query = self.search.text()

    def _run_pending_search(self) -> None:
        query, self._pending_query = self._pending_query, None
        if query is None:
            return
        self.apply_search(query)

    def apply_search(self, query: str) -> None:
        """Ask for the list of ``query``: it arrives from the background (on_model_rows_replaced)."""
        self._requested += 1
        # The rows the list shows at once get their cells with the page (the rest right after).
        self.model.first_cells = self.table.viewport().height() // self.table.verticalHeader().defaultSectionSize() + 2
        try:
            self.model.set_query(query)
        except SavError as exc:
            self.statusBar().showMessage(str(exc), 5000)

    def on_model_rows_replaced(self) -> None:
        self._update_count()
        if self._open_first_when_listed:
            self._open_first_when_listed = False
            first = self.model.row_at(0)
            if first is not None:
                self.open_asset(first.id)
        self._follow_list()
        self.list_updated.emit()

    def wait_for_list(self, timeout_ms: int = 10_000) -> None:
        """Let the pending searches arrive (screenshots, tools; the GUI itself never waits)."""
        if self._pending_query is not None:
            QCoreApplication.processEvents()  # the coalesced keys' search is asked for
        self.ops.wait(timeout_ms)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(self.tr("{n}{more} matériel(s) affiché(s)").format(n=n, more=more))

    def on_search_return_pressed(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        if self.open_scan(text, quiet=True):
            return
        if self.ops.pending("assets") or self._pending_query is not None:
            self._open_first_when_listed = True  # Enter before the list arrived: its first row
            return
        if self.model.rowCount():
            row = self.model.row_at(0)
            assert row is not None
            self.open_asset(row.id)

    # --- opening a device
    def on_scanner_scanned(self, text: str) -> None:
        self.open_scan(text)

    def open_scan(self, text: str, quiet: bool = False) -> bool:
        try:
            asset_id = self.desk.find_by_scan(text)
        except SavError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return False
        if asset_id is None:
            if not quiet:
                self.statusBar().showMessage(self.tr("Aucun matériel ne correspond à « {t} »").format(t=text[:60]), 8000)
                self.offer_registration(text)
            return False
        self.open_asset(asset_id)
        return True

    def offer_registration(self, text: str) -> None:
        from ..domain.identifiers import parse_scan

        tag, serial = parse_scan(text)
        if not serial or len(serial) > 40:
            return
        if self.ask_register(serial):
            self.on_new_asset_triggered(serial=serial)

    def ask_register(self, serial: str) -> bool:
        """Tests patch this: ``Aucun matériel… L'enregistrer ?``"""
        answer = QMessageBox.question(
            self, self.tr("Matériel inconnu"),
            self.tr("Aucun matériel ne porte le n° de série « {s} ».\nL'enregistrer maintenant ?").format(s=serial),
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_asset(self, asset_id: int) -> None:
        try:
            detail = self.desk.asset_detail(asset_id)
        except SavError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        self._show_asset(detail)

    def _show_asset(self, detail: AssetDetail) -> None:
        asset_id = detail.id
        self.ops.cancel("detail")  # a device chosen now wins over one still being read
        self.detail_view.show_detail(detail)
        self._opened_after = self._requested
        self.tabs.setCurrentIndex(0)
        row = self.model.row_of_asset(asset_id)
        if row is not None:
            self._select_row(row)
        else:  # a scanned device the list does not show: no row stays selected for another one
            self.table.selectionModel().clearSelection()
        self._sync_device_actions()
        self.asset_opened.emit(asset_id)

    def current_asset_id(self) -> int | None:
        """The device the sheet shows: the one every action on "the device" acts on."""
        view = getattr(self, "detail_view", None)
        return view.detail.id if view is not None and view.detail else None

    def selected_asset_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [row.id for row in map(self.model.row_at, rows) if row is not None]

    def _listed_id(self, index: QModelIndex) -> int | None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    def on_table_double_clicked(self, index: QModelIndex) -> None:
        asset_id = self._listed_id(index)
        if asset_id is not None:
            self.open_asset(asset_id)

    def on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        asset_id = self._listed_id(current)
        if asset_id is not None and asset_id != self.current_asset_id():
            self.open_asset(asset_id)

    # --- forms
    def _after_change(self, asset_id: int | None) -> None:
        """The changed row is refreshed in place (the list keeps its place and selection); a
        device the list does not hold yet (just registered) brings the list's first page."""
        if asset_id is not None and self.model.row_of_asset(asset_id) is not None:
            self.model.refresh([asset_id])
        else:
            self.model.reload()
        self._update_count()
        if asset_id is not None:
            self.open_asset(asset_id)

    def on_new_asset_triggered(self, _checked: bool = False, serial: str = "") -> None:
        from .forms import AssetDialog

        ref = AssetDialog.ask(self.desk, None, serial, self)
        if ref is not None:
            self.statusBar().showMessage(self.tr("Matériel enregistré : étiquette {t}").format(t=ref.asset_tag), 8000)
            self._after_change(ref.id)
            self.asset_registered(ref.id)

    def asset_registered(self, asset_id: int) -> None:
        """A new device: its label is offered at once."""
        self.print_labels([asset_id])

    def print_labels(self, asset_ids: list[int]) -> None:
        from .label_dialog import LabelDialog

        if not asset_ids:
            self.statusBar().showMessage(self.tr("Aucun matériel à étiqueter."), 5000)
            return
        data = self.desk.labels_for(asset_ids)
        where = LabelDialog.ask(self, data, record_print=self.desk.record_label_print)
        if where:
            self.statusBar().showMessage(where, 8000)
            if self.current_asset_id() is not None:
                self.open_asset(self.current_asset_id())  # type: ignore[arg-type]

    def on_label_triggered(self) -> None:
        ids = self.selected_asset_ids() or ([self.current_asset_id()] if self.current_asset_id() else [])
        self.print_labels([i for i in ids if i is not None])

    def on_labels_pending_triggered(self) -> None:
        """Every device whose label was never printed."""
        self._print_batch(self.desk.labels_without_print(), self.tr("Toutes les étiquettes sont imprimées."))

    def on_labels_today_triggered(self) -> None:
        """Every device registered today."""
        self._print_batch(self.desk.labels_received_today(), self.tr("Aucun matériel enregistré aujourd'hui."))

    def _print_batch(self, data: list[Any], nothing: str) -> None:
        from .label_dialog import LabelDialog

        if not data:
            self.statusBar().showMessage(nothing, 5000)
            return
        where = LabelDialog.ask(self, data, record_print=self.desk.record_label_print)
        if where:
            self.statusBar().showMessage(where, 8000)

    def on_edit_asset_triggered(self) -> None:
        from .forms import AssetDialog

        d = self.detail_view.detail
        if d is None:
            self.statusBar().showMessage(self.tr("Ouvrez d'abord un matériel."), 5000)
            return
        if AssetDialog.ask(self.desk, d, "", self) is not None:
            self._after_change(d.id)

    def _contract_asset(self) -> AssetDetail | None:
        d = self.detail_view.detail
        if d is None or d.contract is None:
            self.statusBar().showMessage(self.tr("Ouvrez d'abord un matériel sous contrat."), 5000)
            return None
        return d

    def on_option_triggered(self) -> None:
        from .forms import OptionDialog

        d = self._contract_asset()
        if d is not None and OptionDialog.ask(self.desk, d, self) is not None:
            self._after_change(d.id)

    def on_end_option_triggered(self) -> None:
        """Terminate the device's option in force, after a confirmation: it is final (R-43)."""
        from .forms import confirm

        d = self._contract_asset()
        if d is None or d.contract is None:
            return
        active = [o for o in d.contract.options if o.terminated_on is None]
        if not active:
            self.statusBar().showMessage(self.tr("Aucune option en cours sur ce matériel."), 5000)
            return
        option = active[-1]
        label = OPTION_LABELS[OptionName(option.name)]
        if not confirm(self, self.tr("Résilier l'option"), self.tr(
                "Résilier {o} à compter d'aujourd'hui ?\nC'est définitif : aucune option ne pourra plus "
                "être souscrite pour ce matériel (R-43).").format(o=label)):
            return
        try:
            self.desk.terminate_option(option.id, self.desk.clock().astimezone().date())
        except SavError as exc:
            QMessageBox.warning(self, self.tr("Résilier l'option"), str(exc))
            return
        self._after_change(d.id)

    def on_new_customer_triggered(self) -> None:
        from .forms import CustomerDialog

        cid = CustomerDialog.ask(self.desk, None, self)
        if cid is not None:
            self.statusBar().showMessage(self.tr("Client enregistré (n° {n})").format(n=cid), 8000)

    def on_edit_customer_triggered(self) -> None:
        opener = getattr(self, "open_customer_page", None)  # the customer page (ui.customer_page), Ctrl+K
        if opener is not None:
            opener()
            return
        from .forms import CustomerDialog

        d = self.detail_view.detail
        if d is None or d.contract is None:
            self.statusBar().showMessage(self.tr("Ouvrez d'abord un matériel sous contrat."), 5000)
            return
        customer = self.desk.get_customer(d.contract.customer_id)
        if CustomerDialog.ask(self.desk, customer, self) is not None:
            self._after_change(d.id)

    def on_new_contract_triggered(self) -> None:
        from .forms import ContractDialog

        ids = tuple(self.selected_asset_ids())
        contract_id = ContractDialog.ask(self.desk, None, ids, self)
        if contract_id is not None:
            self.statusBar().showMessage(self.tr("Contrat enregistré."), 8000)
            self._after_change(ids[0] if ids else self.current_asset_id())


PageFactory = Callable[[MainWindow], tuple[QWidget, str]]
