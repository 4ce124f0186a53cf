"""Render the main screens to PNG, on whatever data the database holds (README, review)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ..services.desk import Desk
from .app import build_main_window
from .forms import AssetDialog, ContractDialog, CustomerDialog


def _save(app: QApplication, widget: QWidget, path: Path) -> Path:
    widget.show()
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(path))
    return path


def render_screens(app: QApplication, desk: Desk, out: Path) -> list[Path]:
    """Each screen shown then closed; nothing is typed by anyone, so closing a filled form
    or the wizard does not ask (ui.forms.DiscardChanges) while the screenshots are taken."""
    from . import forms

    ask = forms.DiscardChanges.__dict__["ask"]
    forms.DiscardChanges.ask = classmethod(lambda cls, parent, what="": True)  # type: ignore[assignment]
    try:
        return _render_screens(app, desk, out)
    finally:
        forms.DiscardChanges.ask = ask  # type: ignore[assignment]


def _render_screens(app: QApplication, desk: Desk, out: Path) -> list[Path]:
    written: list[Path] = []
    window = build_main_window(desk)
    today = getattr(window, "today_page", None)
    if today is not None and today.view_data is None:  # its list loads in a worker
        loop = QEventLoop()
        today.loaded.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
    window.resize(1500, 900)
    rows = desk.search_assets("", None, 50)
    if not rows:
        return written
    # A rented device with a contract makes the richest sheet.
    chosen = next((r for r in rows if r.contract_kind == "rental"), rows[0])
    window.open_asset(chosen.id)
    written.append(_save(app, window, out / "01-parc-fiche.png"))
    window.detail_view.tabs.setCurrentIndex(1)
    written.append(_save(app, window, out / "02-parc-historique.png"))
    window.detail_view.tabs.setCurrentIndex(0)
    name = chosen.customer_name or ""
    window.search.setText(name.split()[-1] if name else chosen.serial[:4])
    app.processEvents()
    window.wait_for_list()  # the search runs in the background
    written.append(_save(app, window, out / "03-recherche.png"))
    for i in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        window.ops.wait()  # a page shown reads its list in the background (workshop, today)
        title = window.tabs.tabText(i).lower().replace(" ", "-").replace("'", "")
        written.append(_save(app, window, out / f"{10 + i:02d}-{title}.png"))
    admin = getattr(window, "admin_page", None)
    if admin is not None:  # its tabs (Comptes is the page's own screenshot above)
        window.tabs.setCurrentWidget(admin)
        for j in range(1, admin.tabs.count()):
            admin.tabs.setCurrentIndex(j)
            tab = admin.tabs.tabText(j).lower().replace("é", "e")
            number = 10 + window.tabs.indexOf(admin)
            written.append(_save(app, window, out / f"{number:02d}-administration-{j + 1}-{tab}.png"))
        admin.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(0)
    detail = desk.asset_detail(chosen.id)
    if detail.contract is not None:
        customer = CustomerDialog(desk, desk.get_customer(detail.contract.customer_id), window)
        written.append(_save(app, customer, out / "20-client.png"))
        customer.close()
    asset = AssetDialog(desk, detail, "", window)
    written.append(_save(app, asset, out / "21-materiel.png"))
    asset.close()
    contract = ContractDialog(desk, None, (), window)
    contract.customer_search.setText(name[:12])
    window.ops.wait()  # the customer look-up runs in the background
    written.append(_save(app, contract, out / "22-contrat.png"))
    contract.close()
    if detail.contract is not None:  # issue 11: the customer page and the contract edit screen
        from .contract_screens import ContractEditDialog
        from .customer_page import CustomerPageDialog

        page = CustomerPageDialog(desk, detail.contract.customer_id, window)
        page.tabs.setCurrentIndex(1)
        written.append(_save(app, page, out / "23-page-client.png"))
        page.close()
        edit = ContractEditDialog(desk, detail.contract.id, window)
        written.append(_save(app, edit, out / "24-contrat-modifier.png"))
        edit.close()
    from .workflow_screens import render_workflow_screens

    written += render_workflow_screens(app, desk, window, out, _save)
    from .loss_screens import render_loss_screens

    written += render_loss_screens(app, desk, window, out, _save)  # a rolled-back preview: nothing written
    from .label_screens import render_label_screens

    written += render_label_screens(app, desk, chosen.id, out, _save)
    window.close()
    return written
