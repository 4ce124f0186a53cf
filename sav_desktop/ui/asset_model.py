"""The asset list: a paged Qt model over the search service (never a query per cell)."""

from __future__ import annotations

from collections.abc import Callable
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

from ..domain.catalogue import MODELS_BY_CODE
from ..domain.enums import ASSET_STATUS_LABELS, CONTRACT_KIND_LABELS, AssetStatus, ContractKind
from ..services.views import AssetRow

Fetch = Callable[[str, "int | None", int], list[AssetRow]]
FetchRows = Callable[[list[int]], list[AssetRow]]

COL_TAG = 0
COL_SERIAL = 1
COL_MODEL = 2
COL_STATUS = 3
COL_CUSTOMER = 4
COL_CONTRACT = 5
COLUMN_COUNT = 6

# Translated when shown (QT_TRANSLATE_NOOP marks them for lupdate).
_HEADERS = (
    QT_TRANSLATE_NOOP("AssetListModel", "Étiquette"),
    QT_TRANSLATE_NOOP("AssetListModel", "N° de série"),
    QT_TRANSLATE_NOOP("AssetListModel", "Modèle"),
    QT_TRANSLATE_NOOP("AssetListModel", "Statut"),
    QT_TRANSLATE_NOOP("AssetListModel", "Client"),
    QT_TRANSLATE_NOOP("AssetListModel", "Contrat"),
)

AssetIdRole = Qt.ItemDataRole.UserRole + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ASSET_ID = int(AssetIdRole)

AnyIndex = QModelIndex | QPersistentModelIndex


def _display(row: AssetRow, column: int) -> str:
    if column == COL_TAG:
        return row.asset_tag
    if column == COL_SERIAL:
        return row.serial
    if column == COL_MODEL:
        model = MODELS_BY_CODE.get(row.model_code)
        return model.label if model else row.model_code
    if column == COL_STATUS:
        try:
            return ASSET_STATUS_LABELS[AssetStatus(row.status)]
        except ValueError:
            return row.status
    if column == COL_CUSTOMER:
        return row.customer_name or ""
    if column == COL_CONTRACT:
        if not row.contract_number:
            return ""
        kind = CONTRACT_KIND_LABELS.get(ContractKind(row.contract_kind)) if row.contract_kind else ""
        return f"{kind} {row.contract_number}"
    return ""


def _texts(row: AssetRow) -> tuple[str, ...]:
    return tuple(_display(row, c) for c in range(COLUMN_COUNT))


class AssetListModel(QAbstractTableModel):
    """Rows come a page at a time (``canFetchMore``/``fetchMore``), newest device first.

    With ``ops`` (ui.background), every search and page fetch runs off the GUI thread and a
    newer query supersedes an older one (its answer is dropped); ``rows_replaced`` says when a
    query's first page is in, ``fetch_failed`` carries the French message of a refused one.
    Without ``ops`` (tests, tools), fetching is synchronous.
    """

    rows_replaced = Signal()
    fetch_failed = Signal(str)

    def __init__(self, fetch: Fetch, page_size: int = 200, parent: Any = None, ops: Any = None,
                 fetch_rows: FetchRows | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._fetch_rows = fetch_rows
        self._ops = ops
        self._page = page_size
        self._rows: list[AssetRow] = []
        self._texts: list[tuple[str, ...] | None] = []  # what each row shows, column by column, once shown
        self._query = ""
        self._more = True
        self._fetching = False

    # --- queries
    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str, *, wait: bool = False) -> None:
        """Replace the rows by the first page matching ``query`` (in the background with ops,
        unless ``wait``: the window's very first page, needed by its first paint)."""
        if self._ops is None or wait:
            if self._ops is not None:
                self._ops.cancel("assets")
            self._replace(query, self._fetch(query, None, self._page))
            return
        page, fetch = self._page, self._fetch
        self._fetching = False  # a page fetch of the previous query is superseded too

        self._ops.run("assets", lambda: fetch(query, None, page), lambda rows: self._replace(query, rows),
                      self._failed)

    def _replace(self, query: str, rows: list[AssetRow]) -> None:
        self.beginResetModel()
        self._query = query
        self._rows = rows
        self._texts = [None] * len(rows)  # made when a row is first shown (a page is 200 rows, a screen 40)
        self._more = len(rows) >= self._page
        self._fetching = False
        self.endResetModel()
        self.rows_replaced.emit()

    def _failed(self, exc: BaseException) -> None:
        self._fetching = False
        self.fetch_failed.emit(str(exc))

    def refresh(self, asset_ids: list[int] | None = None) -> None:
        """Show the current values of these rows (default: every row loaded), in place: the
        list keeps its place, its selection and its current row. Without a row fetcher, the
        query is run again."""
        if self._fetch_rows is None:
            self.set_query(self._query, wait=True)
            return
        wanted = [r.id for r in self._rows] if asset_ids is None else list(asset_ids)
        where = {r.id: i for i, r in enumerate(self._rows)}
        todo = [i for i in wanted if i in where]
        for start in range(0, len(todo), 500):
            for fresh in self._fetch_rows(todo[start:start + 500]):
                i = where.get(fresh.id)
                if i is None or i >= len(self._rows) or self._rows[i].id != fresh.id:
                    continue
                if self._rows[i] != fresh:
                    self._rows[i] = fresh
                    self._texts[i] = _texts(fresh)
                    self.dataChanged.emit(self.index(i, 0), self.index(i, COLUMN_COUNT - 1))

    def reload(self) -> None:
        """Run the query again from its first page (a device was added)."""
        self.set_query(self._query)

    def row_at(self, row: int) -> AssetRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_asset(self, asset_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == asset_id:
                return i
        return None

    # --- Qt model API
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each paint: roles we don't serve
        # return at once, and the texts were made when the page arrived.
        if role == _DISPLAY:
            r = index.row()
            if 0 <= r < len(self._texts):
                texts = self._texts[r]
                if texts is None:
                    texts = self._texts[r] = _texts(self._rows[r])
                return texts[index.column()]
            return None
        if role == _ASSET_ID:
            r = index.row()
            return self._rows[r].id if 0 <= r < len(self._rows) else None
        if role == _TOOLTIP and index.column() == COL_TAG:
            return QCoreApplication.translate("AssetListModel", "Double-clic ou Entrée : ouvrir la fiche")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            return QCoreApplication.translate("AssetListModel", _HEADERS[section])
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and bool(self._rows)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        # Views may ask again from inside the insertion signals: one fetch at a time.
        if parent.isValid() or not self._rows or not self._more or self._fetching:
            return
        self._fetching = True
        query, after, page = self._query, self._rows[-1].id, self._page
        if self._ops is None:
            try:
                self._append(query, after, self._fetch(query, after, page))
            finally:
                self._fetching = False
            return
        self._ops.run("assets", lambda: self._fetch(query, after, page),
                      lambda rows: self._append(query, after, rows), self._failed)

    def _append(self, query: str, after: int, rows: list[AssetRow]) -> None:
        try:
            if query != self._query or not self._rows or self._rows[-1].id != after:
                return  # the list changed meanwhile
            self._more = len(rows) >= self._page
            if rows:
                first = len(self._rows)
                # still "fetching" while inserting: a view asking for more from inside the
                # insertion signals would ask after the wrong row
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self._texts.extend([None] * len(rows))
                self.endInsertRows()
        finally:
            self._fetching = False
