"""Role-aware actions: what each action of the main window needs (one table), and the guard
that disables, with a French tooltip saying why, what the signed-in user's role cannot use.

The table is the only place where the GUI maps an action to a use case; the permission comes
from the domain's table of use cases (domain.permissions.USE_CASES), the one the services check:
menu and toolbar actions by their ``MainWindow.register_action`` key, the buttons of the
device sheet's tabs by ``<tab>.<button>`` (``ticket.INSPECT``, ``loss.close``). The services
keep enforcing the permissions they enforce: this only spares the desk a refused click.

Decisions: registering a device, opening a ticket, a rental return and what the desk records
for a loss/theft (the customer's call, the letter, the complaint) are the reception's work
(CHECK_IN); the remote diagnosis and the workshop steps (reception at the workshop,
inspection, decision, quote, maker) are REPAIR; the customer's answer to a quote, the
standard-exchange logistics, the return to the customer and closing are CHECK_IN.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from ..domain.accounts import PERMISSION_LABELS, Permission
from ..domain.permissions import permission_for
from ..domain.enums import ROLE_LABELS
from ..services.desk import Desk

_CONTEXT = "RoleGuard"


#: The use case (domain.permissions.USE_CASES) each action runs. A key absent from the table
#: needs nothing (tests check that every action of the main window is listed).
ACTION_USE_CASES: dict[str, str] = {
    # Matériel
    "new_asset": "asset.register",
    "edit_asset": "asset.update",
    "option": "option.subscribe",
    "end_option": "option.terminate",
    # Clients
    "new_customer": "customer.create",
    "edit_customer": "customer.update",
    "new_contract": "contract.create",
    "contract": "contract.update",  # the contract edit screen: edit, end, renew, deposit (issue 11)
    # Étiquettes
    "label": "label.record_print",
    "labels_pending": "label.record_print",
    "labels_today": "label.record_print",
    # SAV
    "new_ticket": "ticket.open",
    "check_in": "checkin.record",
    "declare_loss": "loss.declare",
    # Retour de location wizard (ui.checkin_wizard): the data wipe
    "checkin.wipe": "wipe.record",
    # Atelier (ui.workshop_page): reading the queue; each step checks its own transition's
    # permission in the services (domain.lifecycle: REPAIR, SCRAP for scrapping...)
    "workshop": "workshop.queue",
    "device_step": "asset.step",
    "ticket_queue": "ticket.queue",  # Dossiers en cours (issue 11)
    "ticket_queue.assign": "ticket.assign",
    # Dossiers SAV tab: one button per step (ui.tickets_view)
    "ticket.START_DIAGNOSIS": "ticket.start_diagnosis",
    "ticket.RECORD_DIAGNOSIS": "ticket.record_diagnosis",
    "ticket.SHIP_REPLACEMENT": "ticket.ship_replacement",
    "ticket.RECEIVE_FAULTY": "ticket.receive_faulty",
    "ticket.ISSUE_RMA": "ticket.issue_rma",
    "ticket.RECEIVE_DEVICE": "ticket.receive_device",
    "ticket.INSPECT": "ticket.inspect",
    "ticket.DECIDE": "ticket.decide",
    "ticket.DRAW_QUOTE": "ticket.draw_quote",
    "ticket.ACCEPT_QUOTE": "ticket.accept_quote",
    "ticket.REFUSE_QUOTE": "ticket.refuse_quote",
    "ticket.SEND_TO_MAKER": "ticket.send_to_maker",
    "ticket.RECEIVE_FROM_MAKER": "ticket.receive_from_maker",
    "ticket.RETURN_TO_CUSTOMER": "ticket.return_to_customer",
    "ticket.CLOSE": "ticket.close",
    "ticket.QUOTE_PDF": "document.read",
    # Sinistres tab (ui.losses_view)
    "loss.declare": "loss.declare",
    "loss.letter": "loss.letter",
    "loss.complaint": "loss.complaint",
    "loss.close": "loss.close",
    "loss.pdf": "loss.read",
}

#: What each action needs: derived from the domain's table, never written here.
ACTION_PERMISSIONS: dict[str, Permission] = {key: permission_for(uc) for key, uc in ACTION_USE_CASES.items()}


def refusal_tooltip(role_label: str, permission: Permission) -> str:
    return QCoreApplication.translate(_CONTEXT, "Réservé : le rôle « {role} » ne permet pas de {what} "
                                                "(demandez à un administrateur).").format(
        role=role_label, what=QCoreApplication.translate("Permission", PERMISSION_LABELS[permission]))


class RoleGuard:
    """The signed-in user's permissions (asked once each through ``Desk.can``), applied to
    actions and buttons by the table above."""

    def __init__(self, desk: Desk, table: Mapping[str, Permission] = ACTION_PERMISSIONS) -> None:
        self.desk = desk
        self.table = table
        self._allowed: dict[Permission, bool] = {}

    def allows(self, permission: Permission) -> bool:
        if permission not in self._allowed:
            can = getattr(self.desk, "can", None)
            self._allowed[permission] = True if can is None else bool(can(permission))
        return self._allowed[permission]

    def forget(self) -> None:
        """Ask again next time (the role was changed by an administrator)."""
        self._allowed.clear()

    def why_not(self, key: str) -> str | None:
        """The French reason why ``key`` is refused to this user, None when allowed."""
        permission = self.table.get(key)
        if permission is None or self.allows(permission):
            return None
        role = getattr(self.desk, "role", None)
        label = ROLE_LABELS.get(role, str(role)) if role is not None else "?"
        return refusal_tooltip(QCoreApplication.translate("Role", label), permission)

    def guard_action(self, key: str, action: QAction) -> bool:
        """Disable ``action`` with the reason as its tooltip when refused; True when allowed."""
        why = self.why_not(key)
        if why is None:
            return True
        action.setEnabled(False)
        action.setToolTip(f"{action.text()} — {why}")
        action.setStatusTip(why)
        return False

    def guard_button(self, key: str, button: QAbstractButton) -> bool:
        why = self.why_not(key)
        if why is None:
            return True
        button.setEnabled(False)
        button.setToolTip(why)
        return False

    def guard_buttons(self, prefix: str, buttons: Mapping[str, QAbstractButton]) -> None:
        for key, button in buttons.items():
            self.guard_button(f"{prefix}.{key}", button)


__all__ = ["ACTION_PERMISSIONS", "ACTION_USE_CASES", "RoleGuard", "refusal_tooltip"]
