"""Role-aware actions: what each action of the main window needs (one table), and the guard
that disables, with a French tooltip saying why, what the signed-in user's role cannot use.

The table is the only place where the GUI maps an action to a permission (domain.accounts):
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
from ..domain.enums import ROLE_LABELS
from ..services.desk import Desk

_CONTEXT = "RoleGuard"

P = Permission

#: What each action needs. A key absent from the table needs nothing (tests check that every
#: action of the main window is listed).
ACTION_PERMISSIONS: dict[str, Permission] = {
    # Matériel
    "new_asset": P.CHECK_IN,
    "edit_asset": P.EDIT_RECORDS,
    "option": P.EDIT_RECORDS,
    "end_option": P.EDIT_RECORDS,
    # Clients
    "new_customer": P.EDIT_RECORDS,
    "edit_customer": P.EDIT_RECORDS,
    "new_contract": P.EDIT_RECORDS,
    "contract": P.EDIT_RECORDS,  # the contract edit screen: edit, end, renew, deposit (issue 11)
    # Étiquettes
    "label": P.PRINT_LABELS,
    "labels_pending": P.PRINT_LABELS,
    "labels_today": P.PRINT_LABELS,
    # SAV
    "new_ticket": P.CHECK_IN,
    "check_in": P.CHECK_IN,
    "declare_loss": P.CHECK_IN,
    "ticket_queue": P.CHECK_IN,  # Dossiers en cours (issue 11)
    "ticket_queue.assign": P.REPAIR,
    # Dossiers SAV tab: one button per step (ui.tickets_view)
    "ticket.START_DIAGNOSIS": P.REPAIR,
    "ticket.RECORD_DIAGNOSIS": P.REPAIR,
    "ticket.SHIP_REPLACEMENT": P.CHECK_IN,
    "ticket.RECEIVE_FAULTY": P.CHECK_IN,
    "ticket.ISSUE_RMA": P.CHECK_IN,
    "ticket.RECEIVE_DEVICE": P.REPAIR,
    "ticket.INSPECT": P.REPAIR,
    "ticket.DECIDE": P.REPAIR,
    "ticket.DRAW_QUOTE": P.REPAIR,
    "ticket.ACCEPT_QUOTE": P.CHECK_IN,
    "ticket.REFUSE_QUOTE": P.CHECK_IN,
    "ticket.SEND_TO_MAKER": P.REPAIR,
    "ticket.RECEIVE_FROM_MAKER": P.REPAIR,
    "ticket.RETURN_TO_CUSTOMER": P.CHECK_IN,
    "ticket.CLOSE": P.CHECK_IN,
    "ticket.QUOTE_PDF": P.CHECK_IN,
    # Sinistres tab (ui.losses_view)
    "loss.declare": P.CHECK_IN,
    "loss.letter": P.CHECK_IN,
    "loss.complaint": P.CHECK_IN,
    "loss.close": P.CHECK_IN,
    "loss.pdf": P.CHECK_IN,
}


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


__all__ = ["ACTION_PERMISSIONS", "RoleGuard", "refusal_tooltip"]
