"""One thin table model for the pages that show small lists of rows read from a service
(customer page, ticket queue, contract lines and deposit ledger): it holds the row tuples and
their texts, made once when the rows are set; ``data()`` never queries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

RowRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    """A column: its id (a named constant of the page), its header (translated in ``context``),
    the text of a row, and whether it is right-aligned (amounts)."""

    id: str
    header: str
    text: Callable[[Any], str]
    right: bool = False


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], context: str, parent: Any = None,
                 emphasis: Callable[[Any], str | None] | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._context = context
        self._rows: tuple[Any, ...] = ()
        self._texts: list[tuple[str, ...]] = []
        self._emphasis = emphasis  # "urgent" / "muted" / None for a row
        self._marks: list[str | None] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._texts = [tuple(c.text(r) for c in self.columns) for r in self._rows]
        self._marks = [self._emphasis(r) if self._emphasis else None for r in self._rows]
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def column_of(self, column_id: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.id == column_id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        mark = self._marks[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and mark:
            return QBrush(QColor("#b00020" if mark == "urgent" else "#777777"))
        if role == Qt.ItemDataRole.FontRole and mark == "urgent":
            font = QFont()
            font.setBold(True)
            return font
        if role == RowRole:
            return self._rows[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return QCoreApplication.translate(self._context, self.columns[section].header)
        return None


__all__ = ["Column", "RowRole", "RowsModel"]
