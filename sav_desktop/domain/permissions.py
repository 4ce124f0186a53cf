"""Every use case of the desk and the permission it needs: the one table (issue 10).

The services check it against the signed-in account before doing anything
(``services.permissions.use_case`` / ``services.accounts.authorize``), re-reading the account
each time; the GUI greys its actions from the same table (``ui.permissions``). A use case
that is not in this table cannot be run: ``permission_for`` refuses an unknown name.

Decisions (which role holds what, domain.accounts.ROLE_PERMISSIONS):

* **accueil** (reception): READ (see every record), CHECK_IN (register devices, open
  tickets, the customer-facing ticket steps, rental check-ins, loss declarations, battery
  requests), PRINT_LABELS, EDIT_RECORDS (customers, contracts, options, device records,
  ordinary status changes).
* **technicien**: the reception's, plus REPAIR (remote diagnosis, workshop steps, reader
  diagnostics filed on a device) and WIPE (recording a data wipe, R-80).
* **administrateur**: everything, and alone SCRAP (status SCRAPPED), EXPORT (every
  customer's data, or one customer's right-of-access export), DELETE, the catalogue, the
  tariffs, the business settings, the accounts and restores.

Reads (``*.read``, searches, documents, previews) need READ: a disabled, locked or unknown
account reads nothing. Previews (check-in charges, loss price) are reads: they write nothing.
Changing one's own password needs only an active account (READ). A backup copy (the
automatic one made at a station included) needs READ: point 2 of issue 10 asks a real
sign-in for it, not an administrator.
"""

from __future__ import annotations

from .accounts import Permission as P
from .errors import SavError

#: use case -> the permission it needs. Names are ``<subject>.<verb>``.
USE_CASES: dict[str, P] = {
    # devices (services.assets)
    "asset.search": P.READ,
    "asset.read": P.READ,
    "asset.register": P.CHECK_IN,
    "asset.update": P.EDIT_RECORDS,
    "asset.set_status": P.EDIT_RECORDS,
    "asset.scrap": P.SCRAP,
    "asset.timeline_note": P.EDIT_RECORDS,
    # the device's life (services.lifecycle, domain.lifecycle): the desk's step needs CHECK_IN,
    # and each transition then checks its own permission (REPAIR, SCRAP...)
    "asset.step": P.CHECK_IN,
    "asset.exits": P.READ,
    # the workshop queue (services.workshop)
    "workshop.queue": P.CHECK_IN,
    # customers, contracts, options (services.customers, services.contracts)
    "customer.read": P.READ,
    "customer.create": P.EDIT_RECORDS,
    "customer.update": P.EDIT_RECORDS,
    "contract.read": P.READ,
    "contract.create": P.EDIT_RECORDS,
    "contract.update": P.EDIT_RECORDS,
    "contract.end": P.EDIT_RECORDS,
    "contract.renew": P.EDIT_RECORDS,
    "contract.settle_ends": P.EDIT_RECORDS,
    "deposit.record": P.EDIT_RECORDS,
    "customer.page": P.READ,
    "option.subscribe": P.EDIT_RECORDS,
    "option.terminate": P.EDIT_RECORDS,
    # labels (services.labels)
    "label.read": P.PRINT_LABELS,
    "label.record_print": P.PRINT_LABELS,
    # tickets (services.tickets): reception's steps CHECK_IN, workshop's REPAIR
    "ticket.read": P.READ,
    "ticket.queue": P.READ,
    "ticket.assign": P.REPAIR,
    "account.technicians": P.READ,
    "ticket.open": P.CHECK_IN,
    "ticket.start_diagnosis": P.REPAIR,
    "ticket.record_diagnosis": P.REPAIR,
    "ticket.ship_replacement": P.CHECK_IN,
    "ticket.receive_faulty": P.CHECK_IN,
    "ticket.issue_rma": P.CHECK_IN,
    "ticket.receive_device": P.REPAIR,
    "ticket.inspect": P.REPAIR,
    "ticket.decide": P.REPAIR,
    "ticket.draw_quote": P.REPAIR,
    "ticket.accept_quote": P.CHECK_IN,
    "ticket.refuse_quote": P.CHECK_IN,
    "ticket.send_to_maker": P.REPAIR,
    "ticket.receive_from_maker": P.REPAIR,
    "ticket.return_to_customer": P.CHECK_IN,
    "ticket.close": P.CHECK_IN,
    # workflow screens, documents, today's desk
    "workflow.read": P.READ,
    "document.read": P.READ,
    "today.read": P.READ,
    # data wipes, rental check-in
    "wipe.record": P.WIPE,
    "checkin.record": P.CHECK_IN,
    "checkin.preview": P.READ,
    # losses, thefts, destructions (services.losses)
    "loss.read": P.READ,
    "loss.preview": P.READ,
    "loss.declare": P.CHECK_IN,
    "loss.letter": P.CHECK_IN,
    "loss.complaint": P.CHECK_IN,
    "loss.close": P.CHECK_IN,
    # coverage (services.coverage_facts, services.benefits)
    "coverage.read": P.READ,
    "battery.request": P.CHECK_IN,
    # PC/SC reader diagnostics filed on a device (services.diagnostics)
    "diagnostic.read": P.READ,
    "diagnostic.file": P.REPAIR,
    # administration: catalogue, tariffs, business settings
    "catalogue.read": P.READ,
    "catalogue.update": P.MANAGE_CATALOGUE,
    "catalogue.delete": P.DELETE,
    "tariff.read": P.READ,
    "tariff.add": P.MANAGE_TARIFFS,
    "settings.read": P.READ,
    "settings.update": P.MANAGE_SETTINGS,
    # the audit key (services.trust): shown to administrators only, each showing audited
    "settings.audit_key": P.MANAGE_SETTINGS,
    # accounts (services.accounts)
    "account.list": P.MANAGE_USERS,
    "account.add": P.MANAGE_USERS,
    "account.set_role": P.MANAGE_USERS,
    "account.disable": P.MANAGE_USERS,
    "account.enable": P.MANAGE_USERS,
    "account.reset_password": P.MANAGE_USERS,
    "account.change_own_password": P.READ,
    # the whole base (services.trust)
    "backup.create": P.READ,
    "restore.run": P.RESTORE,
    "export.all": P.EXPORT,
    "export.customer": P.EXPORT,
}


class UnknownUseCaseError(SavError):
    """A use case missing from the table: refused (a programming error, said in French)."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"action inconnue « {name} » : refusée (aucune permission ne la couvre)")


def permission_for(use_case: str) -> P:
    """The permission ``use_case`` needs; UnknownUseCaseError when the table lacks it."""
    try:
        return USE_CASES[use_case]
    except KeyError:
        raise UnknownUseCaseError(use_case) from None


__all__ = ["USE_CASES", "UnknownUseCaseError", "permission_for"]
