"""Aujourd'hui: the start page, what needs action now (services.today), most urgent first.

Double-click or Enter on a line opens its device (and its ticket on the device sheet when the
line is about one); F5 reloads. The page reloads each time it is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import format_date_fr
from ..services.desk import Desk
from ..services.today_items import SEVERITY_LABELS, TODAY_KIND_LABELS, Severity, TodayItem, TodayKind, TodayView
from .background import shared_ops

_CONTEXT = "TodayPage"

COL_SEVERITY, COL_KIND, COL_DUE, COL_ASSET, COL_CUSTOMER, COL_CONTRACT, COL_TODO, COL_RULE = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("TodayPage", "Priorité"),
    QT_TRANSLATE_NOOP("TodayPage", "Catégorie"),
    QT_TRANSLATE_NOOP("TodayPage", "Échéance"),
    QT_TRANSLATE_NOOP("TodayPage", "Matériel"),
    QT_TRANSLATE_NOOP("TodayPage", "Client"),
    QT_TRANSLATE_NOOP("TodayPage", "Contrat"),
    QT_TRANSLATE_NOOP("TodayPage", "À faire"),
    QT_TRANSLATE_NOOP("TodayPage", "Règle"),
)
ItemRole = Qt.ItemDataRole.UserRole + 1

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("TodayPage", "lundi"), QT_TRANSLATE_NOOP("TodayPage", "mardi"),
    QT_TRANSLATE_NOOP("TodayPage", "mercredi"), QT_TRANSLATE_NOOP("TodayPage", "jeudi"),
    QT_TRANSLATE_NOOP("TodayPage", "vendredi"), QT_TRANSLATE_NOOP("TodayPage", "samedi"),
    QT_TRANSLATE_NOOP("TodayPage", "dimanche"),
)
_COLOURS = {Severity.URGENT: QColor("#b00020"), Severity.WARNING: QColor("#a15c00"), Severity.INFO: QColor("#333333")}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class TodayModel(QAbstractTableModel):
    """A thin adapter over the TodayView's items (a small tuple, texts made once), grouped by
    category: each group starts with a heading row "category (count)", the groups in the
    order of their most urgent line (the services' order), lines in that order within."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: tuple[TodayItem, ...] = ()
        self._rows: list[TodayItem | tuple[TodayKind, int]] = []  # an item, or a group heading
        self._texts: list[tuple[str, ...]] = []

    def set_items(self, items: tuple[TodayItem, ...]) -> None:
        self.beginResetModel()
        self._items = items
        groups: dict[TodayKind, list[TodayItem]] = {}
        for i in items:  # first appearance orders the groups: the most urgent group first
            groups.setdefault(i.kind, []).append(i)
        self._rows = []
        self._texts = []
        for kind, members in groups.items():
            self._rows.append((kind, len(members)))
            heading = f"{_tr(TODAY_KIND_LABELS[kind])} ({len(members)})"
            self._texts.append((heading,) + ("",) * (len(HEADERS) - 1))
            for i in members:
                self._rows.append(i)
                self._texts.append(self._row_texts(i))
        self.endResetModel()

    @staticmethod
    def _row_texts(i: TodayItem) -> tuple[str, ...]:
        return (
            _tr(SEVERITY_LABELS[i.severity]), _tr(TODAY_KIND_LABELS[i.kind]), format_date_fr(i.due), i.asset_tag,
            i.customer_name, i.contract_number, i.sentence, i.rule,
        )

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], tuple)

    def heading_rows(self) -> list[int]:
        return [r for r in range(len(self._rows)) if self.is_heading(r)]

    def item_at(self, row: int) -> TodayItem | None:
        if 0 <= row < len(self._rows):
            value = self._rows[row]
            return value if isinstance(value, TodayItem) else None
        return None

    def item_count(self) -> int:
        return len(self._items)

    def first_item_row(self) -> int | None:
        return next((r for r in range(len(self._rows)) if not self.is_heading(r)), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_heading(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(HEADERS):
            return None
        value = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if isinstance(value, tuple):  # a group heading
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#e8eef5"))
            return None
        item = value
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (COL_TODO, COL_CUSTOMER):
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_COLOURS[item.severity])
        if role == ItemRole:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return _tr(HEADERS[section])
        return None


class TodayPage(QWidget):
    """The start page. ``item_activated(asset_id, ticket_id or 0)`` when a line is opened."""

    item_activated = Signal(int, int)
    loaded = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.desk = desk
        self.view_data: TodayView | None = None
        self._ops = shared_ops()
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("todayTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        top.addWidget(self.title, 1)
        self.reload_button = QPushButton(self.tr("Actualiser (F5)"))
        self.reload_button.clicked.connect(self.reload)
        top.addWidget(self.reload_button)
        lay.addLayout(top)
        self.counts = QLabel()
        self.counts.setObjectName("todayCounts")
        self.counts.setWordWrap(True)
        lay.addWidget(self.counts)
        self.model = TodayModel(self)
        self.table = QTableView()
        self.table.setObjectName("todayTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        # The category is each group's heading row: its column would only repeat it.
        self.table.setColumnHidden(COL_KIND, True)
        for col, width in ((COL_SEVERITY, 120), (COL_DUE, 100), (COL_ASSET, 90),
                           (COL_CUSTOMER, 260), (COL_CONTRACT, 130), (COL_RULE, 70)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(COL_TODO, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.on_table_activated)
        self.table.activated.connect(self.on_table_activated)  # Enter
        lay.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Rien à traiter aujourd'hui."))
        self.empty.setObjectName("todayEmpty")
        self.empty.hide()
        lay.addWidget(self.empty)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        lay.addWidget(self.error)
        reload_action = QAction(self)
        reload_action.setShortcut(QKeySequence("F5"))
        reload_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reload_action.triggered.connect(self.reload)
        self.addAction(reload_action)

    def reload(self) -> None:
        """Ask for today's list in a worker (ui.background, as every read of the desk): the
        window stays responsive (and starts at once) while the queries run; ``loaded`` is
        emitted once the list is shown. A newer request drops an older one's answer."""
        self.show_loading()
        self._ops.run("today", self.desk.today_desk, self._on_job_done, self._on_job_failed)

    def show_loading(self) -> None:
        """Say the list is on its way, until the first one is shown."""
        if self.view_data is None:
            self.title.setText(self.tr("Aujourd'hui — chargement…"))

    def _on_job_failed(self, exc: BaseException) -> None:
        self.error.setText(str(exc))
        self.error.show()
        self.loaded.emit()

    def _on_job_done(self, data: TodayView) -> None:
        self.error.hide()
        self.view_data = data
        day = data.today
        self.title.setText(self.tr("Aujourd'hui — {w} {d}").format(w=_tr(_WEEKDAYS[day.weekday()]),
                                                                  d=format_date_fr(day)))
        parts = [f"{_tr(TODAY_KIND_LABELS[k])} : {data.count(k)}" for k in TodayKind if data.count(k)]
        self.counts.setText(" · ".join(parts))
        self.model.set_items(data.items)
        self.table.clearSpans()
        for row in self.model.heading_rows():  # a group heading spans the whole width
            self.table.setSpan(row, 0, 1, len(HEADERS))
        self.empty.setVisible(not data.items)
        first = self.model.first_item_row()
        if first is not None:
            self.table.selectRow(first)
        self.loaded.emit()

    def on_table_activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item is not None:
            self.item_activated.emit(item.asset_id, item.ticket_id or 0)


def install_today(window: Any, *, load: bool = True) -> TodayPage:
    """Add Aujourd'hui as the page shown at start; opening a line opens its device.
    ``load=False``: the caller asks for its list later (``page.reload()``, after the first paint)."""
    page = TodayPage(window.desk)
    # Second tab: the device list stays first (open_asset shows tab 0).
    window.tabs.insertTab(1, page, QCoreApplication.translate("TodayPage", "Aujourd'hui"))
    window.today_page = page

    def open_item(asset_id: int, ticket_id: int) -> None:
        # Focus leaves the hidden page for the search field, not for the device list (whose
        # focus-in would make its first row current and open that device first).
        window.search.setFocus()
        window.open_asset(asset_id)
        panel = getattr(window, "tickets_panel", None)
        if ticket_id and panel is not None:
            window.detail_view.tabs.setCurrentWidget(panel)
            panel.load(asset_id, keep=ticket_id)

    page.item_activated.connect(open_item)

    def on_tab_changed(index: int) -> None:
        if window.tabs.widget(index) is page:
            page.reload()

    window.tabs.setCurrentWidget(page)
    if load:
        page.reload()
    else:
        page.show_loading()
    window.tabs.currentChanged.connect(on_tab_changed)
    page.table.setFocus()
    return page


__all__ = ["TodayModel", "TodayPage", "install_today"]
