"""Screenshots of Perte, vol, destruction (called by ui.screens.render_screens): the
declaration dialog with its replacement price (R-61) and the Sinistres tab, on a rented
device of the database. Nothing is written: both show the service's rolled-back preview
(``Desk.preview_loss``); the dialog is never saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from ..domain.calendar import format_date_fr
from ..domain.enums import AssetStatus, ContractKind
from ..domain.errors import SavError
from ..services.desk import Desk
from ..services.losses import LossView
from .losses_view import LossDeclarationDialog, LossesPanel

Save = Callable[[QApplication, QWidget, Path], Path]

CIRCUMSTANCES = "Terminal volé dans le véhicule du praticien pendant une visite à domicile."


def _preview(desk: Desk, rows: list[Any]) -> tuple[int, LossView] | None:
    """The first rented device a theft two days ago could be declared for, and that preview."""
    event_on = desk.clock().astimezone().date() - timedelta(days=2)
    for row in rows:
        if row.contract_kind != ContractKind.RENTAL.value or row.status != AssetStatus.RENTED.value:
            continue
        try:
            return row.id, desk.preview_loss(row.id, "theft", event_on, None, CIRCUMSTANCES)
        except SavError:
            continue
    return None


def render_loss_screens(app: QApplication, desk: Desk, window: Any, out: Path, save: Save) -> list[Path]:
    panel = getattr(window, "losses_panel", None)
    if not isinstance(panel, LossesPanel):
        return []
    try:
        found = _preview(desk, desk.search_assets("", None, 200))
    except SavError:
        return []
    if found is None:
        return []
    asset_id, preview = found
    written: list[Path] = []
    window.search.clear()
    window.apply_search("")
    window.open_asset(asset_id)
    detail = desk.asset_detail(asset_id)
    dialog = LossDeclarationDialog(desk, detail, window)
    dialog.set_kind("theft")
    dialog.event_on.setText(format_date_fr(preview.event_on))
    dialog.circumstances.setPlainText(CIRCUMSTANCES)
    dialog.update_preview()
    written.append(save(app, dialog, out / "50-sinistre-declaration.png"))
    dialog.close()
    window.detail_view.tabs.setCurrentWidget(panel)
    app.processEvents()
    panel.display(detail, [preview])  # the preview as if declared: the tab as the desk will see it
    written.append(save(app, window, out / "51-sinistres.png"))
    window.detail_view.tabs.setCurrentIndex(0)
    return written


__all__ = ["render_loss_screens"]
