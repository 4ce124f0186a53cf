"""Screenshots of the issue-6 screens (called by ui.screens.render_screens): the Dossiers SAV
tab and its step dialogs, the Retour de location wizard page by page, on the database's
data. Nothing is written: the wizard stops before its commit page is validated (the charges
are the service's rolled-back preview) and the settlement and status pages are shown from
that preview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from ..domain.errors import SavError
from ..services.desk import Desk
from .checkin_wizard import CheckInWizard
from .tickets_view import InspectionDialog, ReplacementDialog

Save = Callable[[QApplication, QWidget, Path], Path]


def _today_items(desk: Desk) -> list[Any]:
    reader = getattr(desk, "today_desk", None)
    if reader is None:
        return []
    try:
        return list(reader().items)
    except SavError:
        return []


def render_workflow_screens(app: QApplication, desk: Desk, window: Any, out: Path, save: Save) -> list[Path]:
    written: list[Path] = []
    items = _today_items(desk)
    written += _tickets(app, desk, window, out, save, items)
    written += _check_in(app, desk, window, out, save, items)
    return written


def _tickets(app: QApplication, desk: Desk, window: Any, out: Path, save: Save, items: list[Any]) -> list[Path]:
    panel = getattr(window, "tickets_panel", None)
    if panel is None:
        return []
    with_ticket = [i for i in items if getattr(i, "ticket_id", None)]
    if not with_ticket:
        return []
    written: list[Path] = []
    item = with_ticket[0]
    window.search.clear()
    window.apply_search("")
    window.open_asset(item.asset_id)
    window.detail_view.tabs.setCurrentWidget(panel)
    panel.load(item.asset_id, keep=item.ticket_id)
    written.append(save(app, window, out / "30-dossier-sav.png"))
    ticket = panel.ticket
    if ticket is not None:
        exchange = ReplacementDialog(desk, ticket, window)
        written.append(save(app, exchange, out / "31-echange-standard.png"))
        exchange.close()
        inspection = InspectionDialog(desk, ticket, window)
        inspection.set_checked({"BREAKAGE"})
        written.append(save(app, inspection, out / "32-examen-atelier.png"))
        inspection.close()
    window.detail_view.tabs.setCurrentIndex(0)
    return written


def _settles(desk: Desk, asset_id: int) -> bool:
    """The device is its rental's last one out: its check-in settles the deposit (R-50)."""
    try:
        return str(desk.preview_check_in(asset_id).settlement.settlement) != "PENDING"
    except SavError:
        return False


def _check_in(app: QApplication, desk: Desk, window: Any, out: Path, save: Save, items: list[Any]) -> list[Path]:
    due = [i for i in items if str(getattr(i, "kind", "")) == "RETURN_DUE"]
    if not due:
        return []
    on_time = [i for i in due if i.due >= desk.clock().astimezone().date()]
    late = [i for i in due if i not in on_time]
    item = next((i for i in (on_time + late)[:20] if _settles(desk, i.asset_id)), (on_time or due)[0])
    try:
        tag = desk.asset_detail(item.asset_id).asset_tag
    except SavError:
        return []
    written: list[Path] = []
    wizard = CheckInWizard(desk, window, scan_text=tag)
    written.append(save(app, wizard, out / "40-retour-scan.png"))
    wizard.next()
    if wizard.currentPage() is not wizard.rental_page:
        wizard.close()
        return written
    written.append(save(app, wizard, out / "41-retour-location.png"))
    wizard.next()
    page = wizard.checklist_page
    if page.accessory_widgets:  # the first accessory missing, a broken screen: what the desk sees most
        page.set_present(next(iter(page.accessory_widgets)), 0)
    page.set_damage({"BREAKAGE"})
    written.append(save(app, wizard, out / "42-retour-controle.png"))
    wizard.next()  # the charges page: the service's preview, rolled back
    written.append(save(app, wizard, out / "43-retour-frais.png"))
    preview, rental = wizard.charges_page.preview, wizard.rental
    wizard.close()
    if preview is None or rental is None:
        return written
    for start, name in ((4, "44-retour-depot.png"), (5, "45-retour-statut.png")):
        shown = CheckInWizard(desk, window, receipt_writer=None)
        shown.rental, shown.result_view = rental, preview
        shown.setStartId(shown.pageIds()[start])
        shown.restart()
        written.append(save(app, shown, out / name))
        shown.close()
    return written


__all__ = ["render_workflow_screens"]
