"""The asset list: a paged Qt model over the search service (never a query per cell, no Python per painted cell)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

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
#: Rows whose cells are made with the page (where it was read): a screenful (the window sets
#: ``first_cells`` from its list's height). The rest of the page's cells follow on the GUI
#: thread once the list is painted (a moment later: a zero timer would run before the paint
#: the new rows asked for).
FIRST_CELLS = 48
FILL_AFTER_MS = 30

AnyIndex = QModelIndex | QPersistentModelIndex


def _texts(row: AssetRow) -> tuple[str, ...]:
    """The list's six texts of a row (in the columns' order)."""
    model = MODELS_BY_CODE.get(row.model_code)
    try:
        status = ASSET_STATUS_LABELS[AssetStatus(row.status)]
    except ValueError:
        status = row.status
    if row.contract_number:
        kind = CONTRACT_KIND_LABELS.get(ContractKind(row.contract_kind)) if row.contract_kind else ""
        contract = f"{kind} {row.contract_number}"
    else:
        contract = ""
    return (row.asset_tag, row.serial, model.label if model else row.model_code, status,
            row.customer_name or "", contract)


def _row_items(rows: list[AssetRow]) -> list[list[QStandardItem]]:
    """The cells of these rows (made where the rows were read: a pool thread may make them,
    they are plain C++ items, no QObject). Their views do not edit (NoEditTriggers): the
    cells keep Qt's default flags, no call per cell to change them."""
    tip = QCoreApplication.translate("AssetListModel", "Double-clic ou Entrée : ouvrir la fiche")
    out = []
    for row in rows:
        cells = [QStandardItem(text) for text in _texts(row)]
        first = cells[0]
        first.setData(row.id, AssetIdRole)
        first.setToolTip(tip)
        out.append(cells)
    return out


class AssetListModel(QStandardItemModel):
    """Rows come a page at a time (``canFetchMore``/``fetchMore``), newest device first.

    The cells are Qt's own items: painting a screenful of the list runs no Python (a model
    answering ``data`` in Python doubles the cost of every paint, each keystroke's included).

    With ``ops`` (ui.background), every search and page fetch runs off the GUI thread and a
    newer query supersedes an older one (its answer is dropped); ``rows_replaced`` says when a
    query's first page is in, ``fetch_failed`` carries the French message of a refused one.
    Without ``ops`` (tests, tools), fetching is synchronous.
    """

    rows_replaced = Signal()
    fetch_failed = Signal(str)

    def __init__(self, fetch: Fetch, page_size: int = 200, parent: Any = None, ops: Any = None,
                 fetch_rows: FetchRows | None = None) -> None:
        super().__init__(0, COLUMN_COUNT, parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("AssetListModel", h) for h in _HEADERS])
        self._fetch = fetch
        self._fetch_rows = fetch_rows
        self._ops = ops
        self._page = page_size
        self._rows: list[AssetRow] = []
        self._query = ""
        self._more = True
        self._fetching = False
        self._generation = 0  # pages shown so far (a late fill of an older page is dropped)
        self.unchanged = False  # the last query's page was the one shown already (kept as it was)
        self.first_cells = FIRST_CELLS

    # --- queries
    @property
    def query(self) -> str:
        return self._query

    def _read(self, query: str, after: int | None, every_cell: bool = False,
              ) -> tuple[list[AssetRow], list[list[QStandardItem]]]:
        rows = self._fetch(query, after, self._page)
        first = self.first_cells
        return rows, _row_items(rows if every_cell else rows[:first])

    def set_query(self, query: str, *, wait: bool = False) -> None:
        """Replace the rows by the first page matching ``query`` (in the background with ops,
        unless ``wait``: the window's very first page, needed by its first paint)."""
        if self._ops is None or wait:
            if self._ops is not None:
                self._ops.cancel("assets")
            self._replace(query, self._read(query, None, every_cell=True))
            return
        self._fetching = False  # a page fetch of the previous query is superseded too
        self._ops.run("assets", lambda: self._read(query, None), lambda got: self._replace(query, got),
                      self._failed)

    def _replace(self, query: str, got: tuple[list[AssetRow], list[list[QStandardItem]]]) -> None:
        rows, cells = got
        self.unchanged = rows == self._rows and bool(rows)
        if self.unchanged:
            # The next letter often matches the same devices ('Gaillar' -> 'Gaillard'): the
            # list shows them already, with their place, selection and current row; nothing
            # to reset, lay out or paint again.
            self._query = query
            self._fetching = False
            self.rows_replaced.emit()
            return
        self.beginResetModel()
        self.blockSignals(True)  # one reset for the views, not a signal per row
        try:
            self.setRowCount(0)
            for row_cells in cells:
                self.appendRow(row_cells)
            self.setRowCount(len(rows))  # the rows past the first screens: their cells come next
        finally:
            self.blockSignals(False)
        self._query = query
        self._rows = list(rows)
        self._generation += 1
        self._more = len(rows) >= self._page
        self._fetching = False
        self.endResetModel()
        if len(cells) < len(rows):
            generation = self._generation
            QTimer.singleShot(FILL_AFTER_MS, self, lambda: self._fill(generation, len(cells), len(rows)))
        self.rows_replaced.emit()

    def _fill(self, generation: int, start: int, end: int) -> None:
        """The cells of the page's rows past the first screens, once the list is painted."""
        if generation != self._generation:
            return  # another page replaced this one
        self._set_cells(start, _row_items(self._rows[start:end]))

    def _set_cells(self, first: int, cells: list[list[QStandardItem]]) -> None:
        if not cells:
            return
        self.blockSignals(True)  # one change for the views, not a signal per cell
        try:
            for offset, row_cells in enumerate(cells):
                for column, cell in enumerate(row_cells):
                    self.setItem(first + offset, column, cell)
        finally:
            self.blockSignals(False)
        self.dataChanged.emit(self.index(first, 0), self.index(first + len(cells) - 1, COLUMN_COUNT - 1))

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
                    for column, text in enumerate(_texts(fresh)):
                        cell = self.item(i, column)
                        if cell is not None and cell.text() != text:
                            cell.setText(text)  # its views repaint that cell

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

    # --- paging (Qt's model API)
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and bool(self._rows)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802
        # Views may ask again from inside the insertion signals: one fetch at a time.
        if parent.isValid() or not self._rows or not self._more or self._fetching:
            return
        self._fetching = True
        query, after = self._query, self._rows[-1].id
        if self._ops is None:
            try:
                self._append(query, after, self._read(query, after, every_cell=True))
            finally:
                self._fetching = False
            return
        self._ops.run("assets", lambda: self._read(query, after),
                      lambda got: self._append(query, after, got), self._failed)

    def _append(self, query: str, after: int, got: tuple[list[AssetRow], list[list[QStandardItem]]]) -> None:
        rows, cells = got
        try:
            if query != self._query or not self._rows or self._rows[-1].id != after:
                return  # the list changed meanwhile
            self._more = len(rows) >= self._page
            if rows:
                first = len(self._rows)
                # still "fetching" while inserting: a view asking for more from inside the
                # insertion signals would ask after the wrong row
                self._rows.extend(rows)
                self.insertRows(first, len(rows))  # one insertion for the views
                self._set_cells(first, cells + _row_items(rows[len(cells):]))
        finally:
            self._fetching = False
