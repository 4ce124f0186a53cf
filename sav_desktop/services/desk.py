"""The desk's use cases for one signed-in user: what the GUI calls (it never sees the ORM)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain.accounts import AuthenticationError, Permission
from ..domain.errors import SavError, ValidationError
from ..domain.enums import AssetStatus, ItemKind, OptionName, Role
from ..domain.records import AssetInput, ContractInput, CustomerInput
from .clock import Clock, utc_now
from .permissions import use_case_of

if TYPE_CHECKING:
    from ..store.db import Database
    from .first_page import FirstPage
    from . import accounts, assets, users
    from . import uow as _uow
    from .uow import UnitOfWork
    from ..domain.catalogue import Tariff
    from ..domain.coverage import CoverageResult
    from ..domain.documents import LossStatement as DocLossStatement
    from ..domain.documents import QuoteDocument as DocQuote, ReturnReceipt as DocReturnReceipt
    from ..domain.price_list import PriceKey
    from ..labels.content import LabelData
    from . import contracts, customers, labels
    from . import checkin, tickets, wipes, workflow_views
    from . import benefits, document_views, losses, today
    from . import business_settings, calendar_settings, catalogue, tariffs
    from .business_settings import BusinessSettings
    from . import contract_life, coverage_facts, desk_queries, lifecycle, trust, workshop
    from .coverage_facts import CoverageFacts
else:
    # Loaded on first use (services.lazy): the device list's first paint needs only the
    # asset search, the user and the permissions (README, performance).
    from .lazy import lazy_module

    # The database code itself (SQLAlchemy) too: a session started from a first page read
    # with bare sqlite3 (Desk.starting) paints the list before it is loaded.
    accounts, assets, users, _uow = (lazy_module(f"{__package__}.{name}") for name in ("accounts", "assets", "users", "uow"))
    contracts, customers, labels, checkin, tickets, wipes, workflow_views, benefits, document_views, losses, \
        today, business_settings, calendar_settings, catalogue, tariffs, coverage_facts, lifecycle, trust, \
        workshop, contract_life, desk_queries = (
            lazy_module(f"{__package__}.{name}") for name in (
                "contracts", "customers", "labels", "checkin", "tickets", "wipes", "workflow_views", "benefits",
                "document_views", "losses", "today", "business_settings", "calendar_settings", "catalogue",
                "tariffs", "coverage_facts", "lifecycle", "trust", "workshop", "contract_life", "desk_queries"))
from .views import PAGE_SIZE, AssetDetail, AssetRef, AssetRow, ContractView, CustomerView

T = TypeVar("T")


class Desk:
    """One user's session at a desk station. Each call is one transaction."""

    def __init__(self, db: Database, user_name: str, clock: Clock = utc_now) -> None:
        """The session of an existing, active, unlocked account (AuthenticationError, French,
        otherwise): a name alone never creates an account (``Desk.trusted`` does, explicitly).
        Every call re-reads the account and checks its use case's permission (issue 10)."""
        self._db: Database | None = db
        self._url = db.url
        self._opening = threading.Lock()
        self._first_page: FirstPage | None = None
        self.user_name = user_name
        self.clock = clock
        self.role: Role = self._read(accounts.session_role)

    @classmethod
    def starting(cls, first: "FirstPage", clock: Clock = utc_now) -> "Desk":
        """The session of a start whose device list was read with bare sqlite3
        (services.first_page: the account active and unlocked, its role, the list's first page):
        the window paints that page at once, and the database (SQLAlchemy, the migration
        check, the audit guard) opens on first use, :meth:`open_now` right after the first
        paint. Opening checks the session again as ``Desk()`` does; every use case checks
        its permission as always."""
        desk = cls.__new__(cls)
        desk._db = None
        desk._url = first.url
        desk._opening = threading.Lock()
        desk._first_page = first
        desk.user_name = first.user_name
        desk.clock = clock
        desk.role = Role(first.role)
        return desk

    @property
    def db(self) -> Database:
        db = self._db
        if db is None:
            with self._opening:  # one opening, whichever thread asks first
                db = self._db
                if db is None:
                    from ..store.db import open_database

                    db = open_database(self._url)
                    with _uow.UnitOfWork(db, self.user_name, self.clock, write=False) as uow:
                        self.role = accounts.session_role(uow)
                    self._db = db
        return db

    @property
    def is_open(self) -> bool:
        """False while a started session has not opened its database yet."""
        return self._db is not None

    def open_now(self) -> None:
        """Open the database now (a worker thread, after the first paint): AuthenticationError
        or a database error, in French, if the account or the base changed since the start."""
        _ = self.db

    @classmethod
    def trusted(cls, db: Database, user_name: str, clock: Clock = utc_now, role: Role | None = None) -> "Desk":
        """The explicit trusted local path: tests, demo and benchmark tools, screenshots of a
        base the tool made itself. Provisions the account without a password when it does not
        exist (the very first one is administrator, then ``role`` or technicien) and opens its
        session, which checks every use case like any other. Never for a name a user typed:
        the GUI and the CLI sign in (``Desk.login``)."""
        with _uow.UnitOfWork(db, user_name, clock) as uow:
            users.ensure_user(uow, user_name, role)
            uow.commit()
        return cls(db, user_name, clock)

    def _run(self, fn: Callable[[UnitOfWork], T]) -> T:
        with _uow.UnitOfWork(self.db, self.user_name, self.clock) as uow:
            result = fn(uow)
            uow.commit()
            return result

    def _read(self, fn: Callable[[UnitOfWork], T]) -> T:
        # A deferred transaction: a read never waits for another station's write.
        with _uow.UnitOfWork(self.db, self.user_name, self.clock, write=False) as uow:
            return fn(uow)

    def unit_of_work(self, write: bool = True) -> UnitOfWork:
        """For use cases built elsewhere (tickets, diagnostics...): ``with desk.unit_of_work() as uow``
        (``write=False`` for a pure read: a deferred transaction that never waits)."""
        return _uow.UnitOfWork(self.db, self.user_name, self.clock, write=write)

    # assets
    def search_assets(self, query: str, after_id: int | None = None, limit: int = PAGE_SIZE) -> list[AssetRow]:
        first = self._first_page
        if first is not None:
            self._first_page = None  # the start's page serves the window's first request only
            if not query and after_id is None and limit == first.limit:
                return list(first.rows)
        return self._read(lambda u: assets.search_assets(u, query, after_id, limit))

    def asset_rows(self, asset_ids: list[int]) -> list[AssetRow]:
        """The list's lines of these devices, as they are now."""
        return self._read(lambda u: assets.asset_rows(u, asset_ids))

    def warm_up(self) -> None:
        """Run each shape of search once (see services.assets.WARM_UP_QUERIES)."""
        self._read(assets.warm_up)

    def count_assets(self) -> int:
        return self._read(assets.count_assets)

    def find_by_scan(self, text: str) -> int | None:
        return self._read(lambda u: assets.find_by_scan(u, text))

    def asset_detail(self, asset_id: int) -> AssetDetail:
        return self._read(lambda u: assets.asset_detail(u, asset_id))

    def register_asset(self, data: AssetInput) -> AssetRef:
        return self._run(lambda u: assets.register_asset(u, data))

    def update_asset(self, asset_id: int, data: AssetInput, expected_version: int) -> None:
        self._run(lambda u: assets.update_asset(u, asset_id, data, expected_version))

    def set_asset_status(self, asset_id: int, status: AssetStatus, reason: str = "") -> None:
        self._run(lambda u: lifecycle.step(u, asset_id, status, reason))

    # lifecycle and workshop (services.lifecycle, services.workshop)
    def asset_exits(self, asset_id: int) -> tuple[lifecycle.ExitView, ...]:
        return self._read(lambda u: lifecycle.exits_of(u, asset_id))

    def workshop_queue(self) -> list[workshop.WorkshopRow]:
        return self._read(lambda u: workshop.workshop_queue(u))

    def add_timeline_event(self, asset_id: int, action: str, summary: str, details: dict[str, Any] | None = None) -> None:
        self._run(lambda u: assets.add_timeline_event(u, asset_id, action, summary, details))

    # customers
    def create_customer(self, data: CustomerInput) -> int:
        return self._run(lambda u: customers.create_customer(u, data))

    def update_customer(self, customer_id: int, data: CustomerInput, expected_version: int) -> None:
        self._run(lambda u: customers.update_customer(u, customer_id, data, expected_version))

    def get_customer(self, customer_id: int) -> CustomerView:
        return self._read(lambda u: customers.get_customer(u, customer_id))

    def find_customers(self, text: str, limit: int = 50) -> list[tuple[int, str, str]]:
        return self._read(lambda u: customers.find_customers(u, text, limit))

    # contracts
    def create_contract(self, data: ContractInput) -> int:
        return self._run(lambda u: contracts.create_contract(u, data))

    def get_contract(self, contract_id: int) -> ContractView:
        return self._read(lambda u: contracts.get_contract(u, contract_id))

    def subscribe_option(self, contract_id: int, asset_id: int | None, name: OptionName, on: date) -> int:
        return self._run(lambda u: contracts.subscribe_option(u, contract_id, asset_id, name, on))

    def terminate_option(self, option_id: int, on: date) -> None:
        self._run(lambda u: contracts.terminate_option(u, option_id, on))

    def contracts_of_customer(self, customer_id: int) -> list[ContractView]:
        return self._read(lambda u: contracts.contracts_of_customer(u, customer_id))

    # labels
    def labels_for(self, asset_ids: list[int]) -> list[LabelData]:
        """What to print on these devices' labels (the desk phone included)."""
        return self._read(lambda u: _label_data(u, labels.assets_by_ids(u, asset_ids)))

    def labels_without_print(self) -> list[LabelData]:
        return self._read(lambda u: _label_data(u, labels.assets_without_label(u)))

    def labels_received_today(self) -> list[LabelData]:
        return self._read(lambda u: _label_data(u, labels.assets_registered_on(u, u.today())))

    def record_label_print(self, asset_ids: list[int], template_name: str, output: str) -> None:
        self._run(lambda u: labels.record_label_print(u, asset_ids, template_name, output))

    # tickets (dossiers SAV), wipes, rental check-in: issue 6
    def open_ticket(self, asset_id: int, problem: str, reported_at: datetime | None = None) -> int:
        return self._run(lambda u: tickets.open_ticket(u, asset_id, problem, reported_at))

    def ticket(self, ticket_id: int) -> tickets.TicketView:
        return self._read(lambda u: tickets.ticket_view(u, ticket_id))

    def tickets_of_asset(self, asset_id: int) -> list[tickets.TicketView]:
        return self._read(lambda u: tickets.tickets_of_asset(u, asset_id))

    def ticket_step(self, ticket_id: int, step: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one step of services.tickets (``desk.ticket_step(t, tickets.issue_rma)``) in its own
        transaction; a refused step raises TransitionError/ValidationError and writes nothing.
        Only a checked ticket use case (domain.permissions) may be passed as ``step``."""
        name = use_case_of(step)
        if name is None or not name.startswith("ticket."):
            raise ValidationError.single("step", "étape de dossier SAV inconnue : refusée")
        return self._run(lambda u: step(u, ticket_id, *args, **kwargs))

    def record_wipe(self, asset_id: int, method: str, operator: str, wiped_on: date | None = None) -> int:
        return self._run(lambda u: wipes.record_wipe(u, asset_id, method, operator, wiped_on))

    def check_in_rental(self, asset_id: int, **checklist: Any) -> checkin.CheckInView:
        return self._run(lambda u: checkin.check_in_rental(u, asset_id, **checklist))

    # issue 6 GUI: what the workflow screens read (services.workflow_views)
    def rental_return(self, asset_id: int) -> workflow_views.RentalReturnView:
        return self._read(lambda u: workflow_views.rental_return(u, asset_id))

    def replacement_candidates(self, asset_id: int) -> list[workflow_views.StockCandidate]:
        return self._read(lambda u: workflow_views.replacement_candidates(u, asset_id))

    def ticket_blocked_steps(self, ticket_id: int) -> list[tuple[str, str, str]]:
        return self._read(lambda u: workflow_views.blocked_steps(u, ticket_id))

    def preview_check_in(self, asset_id: int, **checklist: Any) -> checkin.CheckInView:
        """The charges and settlement a check-in would give: computed, nothing written, no lock."""
        return self._read(lambda u: checkin.preview_check_in(u, asset_id, **checklist))

    # issue 6 documents (PDF, French): services.document_views builds them, sav_desktop.documents
    # writes them (imported here, inside the methods, so that the core never needs Qt)
    def return_receipt(self, check_in_id: int) -> DocReturnReceipt:
        return self._read(lambda u: document_views.return_receipt(u, check_in_id))

    def write_return_receipt(self, check_in_id: int, path: str | Path) -> Path:
        from ..documents import render_return_receipt

        return render_return_receipt(self.return_receipt(check_in_id), path)

    def quote_document(self, ticket_id: int) -> DocQuote:
        return self._read(lambda u: document_views.quote_document(u, ticket_id))

    def write_quote(self, ticket_id: int, path: str | Path) -> Path:
        from ..documents import render_quote

        return render_quote(self.quote_document(ticket_id), path)

    # issue 6 today's desk (services.today): what needs action, most urgent first
    def today_desk(self) -> today.TodayView:
        return self._read(today.today_view)

    # issue 6 loss, theft, destruction (services.losses, R-62, R-61)
    def declare_loss(self, asset_id: int, kind: str, event_on: date, reported_at: datetime | None = None,
                     circumstances: str = "") -> int:
        return self._run(lambda u: losses.declare_loss(u, asset_id, kind, event_on, reported_at, circumstances))

    def record_loss_letter(self, loss_id: int, sent_on: date, reference: str) -> None:
        self._run(lambda u: losses.record_letter(u, loss_id, sent_on, reference))

    def record_loss_complaint(self, loss_id: int, reference: str, filed_on: date, police_office: str = "") -> None:
        self._run(lambda u: losses.record_complaint(u, loss_id, reference, filed_on, police_office))

    def close_loss(self, loss_id: int) -> None:
        self._run(lambda u: losses.close_loss(u, loss_id))

    def preview_loss(self, asset_id: int, kind: str, event_on: date, reported_at: datetime | None = None,
                     circumstances: str = "") -> losses.LossView:
        """What a declaration would give (replacement price by age, R-61): computed, nothing
        written, no lock taken."""
        return self._read(lambda u: losses.preview_loss(u, asset_id, kind, event_on, reported_at, circumstances))

    def loss(self, loss_id: int) -> losses.LossView:
        return self._read(lambda u: losses.loss_view(u, loss_id))

    def losses_of_asset(self, asset_id: int) -> list[losses.LossView]:
        return self._read(lambda u: losses.losses_of_asset(u, asset_id))

    def loss_statement(self, loss_id: int) -> DocLossStatement:
        return self._read(lambda u: losses.loss_statement(u, loss_id))

    def write_loss_statement(self, loss_id: int, path: str | Path) -> Path:
        from ..documents import render_loss_statement

        return render_loss_statement(self.loss_statement(loss_id), path)

    # issue 6 SERENITE free battery: services.benefits records it for the 2-year limit
    def request_battery(self, asset_id: int) -> CoverageResult:
        return self._run(lambda u: benefits.request_battery(u, asset_id))

    # accounts and permissions: issue 7 (``Desk(db, name)`` stays the trusted local path:
    # tests, demo, and the GUI once ``Desk.login`` has checked the password)
    @classmethod
    def for_user(cls, db: Database, user_name: str, clock: Clock = utc_now) -> "Desk":
        """The session of a user already authenticated (or a trusted local tool)."""
        return cls(db, user_name, clock)

    @classmethod
    def login(cls, db: Database, user_name: str, password: str, clock: Clock = utc_now) -> "Desk":
        """Check the password (failures counted and audited, lock after 5); AuthenticationError
        (French) when refused."""
        try:
            name = accounts.clean_name(user_name)
        except ValidationError as exc:
            raise AuthenticationError("nom de compte ou mot de passe incorrect") from exc
        with _uow.UnitOfWork(db, name, clock) as uow:
            accounts.login_or_raise(uow, name, password)
        return cls(db, name, clock)

    @staticmethod
    def needs_first_admin(db: Database) -> bool:
        with _uow.UnitOfWork(db, "", utc_now, write=False) as uow:
            return accounts.needs_first_admin(uow)

    @staticmethod
    def create_first_admin(db: Database, user_name: str, password: str, clock: Clock = utc_now) -> None:
        name = accounts.clean_name(user_name)
        with _uow.UnitOfWork(db, name, clock) as uow:
            accounts.create_first_admin(uow, name, password)
            uow.commit()

    def unlock(self, password: str) -> None:
        """The idle lock: the signed-in user types their password again."""
        with _uow.UnitOfWork(self.db, self.user_name, self.clock) as uow:
            accounts.login_or_raise(uow, self.user_name, password)

    def can(self, permission: Permission) -> bool:
        """Whether this account, as stored now (active, not locked), holds ``permission``
        (before a started session opens its database: as read at the start, see ``starting``)."""
        if self._db is None:
            from ..domain.accounts import allows

            return allows(self.role, permission)
        try:
            self._read(lambda u: accounts.require(u, permission))
        except SavError:
            return False
        return True

    def require(self, permission: Permission) -> None:
        """PermissionDeniedError (French) unless this user's stored role allows it."""
        self._read(lambda u: accounts.require(u, permission))

    def list_users(self) -> list[accounts.UserView]:
        return self._read(accounts.list_users)

    def add_user(self, name: str, role: Role, password: str) -> None:
        self._run(lambda u: accounts.add_user(u, name, role, password))

    def set_user_role(self, name: str, role: Role, expected: Role | None = None) -> None:
        self._run(lambda u: accounts.set_role(u, name, role, expected))

    def disable_user(self, name: str) -> None:
        self._run(lambda u: accounts.disable_user(u, name))

    def enable_user(self, name: str) -> None:
        self._run(lambda u: accounts.enable_user(u, name))

    def reset_password(self, name: str, password: str) -> None:
        self._run(lambda u: accounts.reset_password(u, name, password))

    def change_password(self, old_password: str, new_password: str) -> None:
        self._run(lambda u: accounts.change_own_password(u, old_password, new_password))

    def idle_lock_minutes(self) -> int:
        return self._read(accounts.idle_lock_minutes)

    def set_idle_lock_minutes(self, minutes: int) -> None:
        self._run(lambda u: accounts.set_idle_lock_minutes(u, minutes))


    # administration page: catalogue items, tariff versions, business settings
    # (services.catalogue, services.tariffs, services.business_settings; each checks the
    # permission itself and audits every change)
    def catalogue_items(self, include_inactive: bool = True) -> list[catalogue.CatalogueItemView]:
        return self._read(lambda u: catalogue.list_items(u, include_inactive))

    def catalogue_item(self, item_id: int) -> catalogue.CatalogueItemView:
        return self._read(lambda u: catalogue.get_item(u, item_id))

    def add_catalogue_item(self, code: str, label: str, kind: ItemKind | str, price_ht: object) -> int:
        return self._run(lambda u: catalogue.add_item(u, code, label, kind, price_ht))

    def update_catalogue_item(self, item_id: int, label: str, price_ht: object, expected_version: int) -> None:
        self._run(lambda u: catalogue.update_item(u, item_id, label, price_ht, expected_version))

    def set_catalogue_item_active(self, item_id: int, active: bool) -> None:
        self._run(lambda u: catalogue.set_item_active(u, item_id, active))

    def delete_catalogue_item(self, item_id: int) -> None:
        self._run(lambda u: catalogue.delete_item(u, item_id))

    def coverage_facts(self, asset_id: int) -> CoverageFacts | None:
        """What the coverage engine needs of this device today (services.coverage_facts: the
        same facts the tickets, check-ins, losses and battery requests decide on); None when
        the device is on no contract in progress."""
        return self._read(lambda u: coverage_facts.coverage_facts(u, asset_id))

    def coverage_pricing(self) -> tuple[tuple[Tariff, ...], bool]:
        """What the coverage engine prices with at this desk: the stored tariff versions and
        the Alsace-Moselle holidays setting (R-01)."""
        return self._read(lambda u: (tariffs.stored_tariffs(u), calendar_settings.alsace_moselle(u)))

    def tariff_versions(self) -> list[tariffs.TariffVersionView]:
        return self._read(tariffs.list_versions)

    def tariff_detail(self, version_id: int) -> tariffs.TariffDetail:
        return self._read(lambda u: tariffs.tariff_detail(u, version_id))

    def add_tariff_version(self, name: str, effective_on: date | None, changes: Mapping[PriceKey, object]) -> int:
        return self._run(lambda u: tariffs.add_version(u, name, effective_on, changes))

    def business_settings(self) -> BusinessSettings:
        return self._read(business_settings.read_settings)

    def save_business_settings(self, **values: Any) -> BusinessSettings:
        """Keyword arguments of services.business_settings.save_settings."""
        return self._run(lambda u: business_settings.save_settings(u, **values))

    def audit_key_summary(self) -> trust.AuditKeySummary:
        return self._read(trust.audit_key_summary)

    def reveal_audit_key(self) -> str:
        return self._run(trust.reveal_audit_key)

    # issue 11: contracts after their signature (services.contract_life), the customer page and
    # the ticket queue (services.desk_queries)
    def contract_detail(self, contract_id: int) -> "contract_life.ContractDetail":
        return self._read(lambda u: contract_life.contract_detail(u, contract_id))

    def update_contract(self, contract_id: int, changes: "contract_life.ContractChanges", expected_version: int) -> None:
        self._run(lambda u: contract_life.update_contract(u, contract_id, changes, expected_version))

    def end_contract(self, contract_id: int, end: Any, expected_version: int) -> None:
        self._run(lambda u: contract_life.end_contract(u, contract_id, end, expected_version))

    def settle_reached_ends(self) -> int:
        """Devices of rentals whose end has been reached: « Retour attendu » (R-51); how many.
        A read first: the write (and its lock on the base) only when something is due."""
        if not self._read(contract_life.reached_ends_pending):
            return 0
        return self._run(contract_life.settle_reached_ends)

    def renew_contract(self, contract_id: int, renewed_until: date | None, expected_version: int) -> None:
        self._run(lambda u: contract_life.renew_contract(u, contract_id, renewed_until, expected_version))

    def record_deposit_entry(self, contract_id: int, kind: str, amount: object, entry_on: date | None, note: str,
                             expected_version: int) -> int:
        return self._run(lambda u: contract_life.record_deposit_entry(
            u, contract_id, kind, amount, entry_on, note, expected_version))

    def customer_page(self, customer_id: int) -> "desk_queries.CustomerPage":
        return self._read(lambda u: desk_queries.customer_page(u, customer_id))

    def customer_of_asset(self, asset_id: int) -> int | None:
        return self._read(lambda u: desk_queries.customer_of_asset(u, asset_id))

    def ticket_queue(self, state: str | None = None, overdue_only: bool = False,
                     technician: str | None = None) -> list["desk_queries.TicketRow"]:
        return self._read(lambda u: desk_queries.ticket_queue(u, state, overdue_only, technician))

    def technicians(self) -> list[str]:
        return self._read(desk_queries.technicians)

    def assign_ticket(self, ticket_id: int, technician: str | None, expected_version: int) -> None:
        self._run(lambda u: desk_queries.assign_ticket(u, ticket_id, technician, expected_version))

def _label_data(uow: UnitOfWork, found: list[labels.LabelAsset]) -> list[LabelData]:
    from ..labels.content import LabelData

    phone = labels.desk_phone(uow)
    return [LabelData(a.tag, a.serial, a.model_label, a.maker, phone, a.id) for a in found]


#: The use case(s) each public Desk method runs (domain.permissions.USE_CASES), checked by the
#: service functions it calls. tests/test_permissions_matrix.py proves that every public method
#: is listed here or in SESSION_METHODS, and that each one refuses an account without the
#: permission: a method cannot be added without its permission.
DESK_USE_CASES: dict[str, tuple[str, ...]] = {
    "search_assets": ("asset.search",), "warm_up": ("asset.search",), "count_assets": ("asset.search",),
    "find_by_scan": ("asset.search",), "asset_rows": ("asset.search",), "asset_detail": ("asset.read",), "register_asset": ("asset.register",),
    "update_asset": ("asset.update",), "set_asset_status": ("asset.step", "asset.scrap"),
    "add_timeline_event": ("asset.timeline_note",),
    "asset_exits": ("asset.exits",), "workshop_queue": ("workshop.queue",),
    "catalogue_item": ("catalogue.read",),
    "audit_key_summary": ("settings.audit_key",), "reveal_audit_key": ("settings.audit_key",),
    "create_customer": ("customer.create",), "update_customer": ("customer.update",),
    "get_customer": ("customer.read",), "find_customers": ("customer.read",),
    "create_contract": ("contract.create",), "get_contract": ("contract.read",),
    "contracts_of_customer": ("contract.read",), "subscribe_option": ("option.subscribe",),
    "terminate_option": ("option.terminate",),
    "labels_for": ("label.read",), "labels_without_print": ("label.read",), "labels_received_today": ("label.read",),
    "record_label_print": ("label.record_print",),
    "open_ticket": ("ticket.open",), "ticket": ("ticket.read",), "tickets_of_asset": ("ticket.read",),
    "ticket_step": tuple(n for n in ("ticket.start_diagnosis", "ticket.record_diagnosis", "ticket.ship_replacement",
                                     "ticket.receive_faulty", "ticket.issue_rma", "ticket.receive_device",
                                     "ticket.inspect", "ticket.decide", "ticket.draw_quote", "ticket.accept_quote",
                                     "ticket.refuse_quote", "ticket.send_to_maker", "ticket.receive_from_maker",
                                     "ticket.return_to_customer", "ticket.close")),
    "record_wipe": ("wipe.record",), "check_in_rental": ("checkin.record",), "preview_check_in": ("checkin.preview",),
    "rental_return": ("workflow.read",), "replacement_candidates": ("workflow.read",),
    "ticket_blocked_steps": ("workflow.read",),
    "return_receipt": ("document.read",), "write_return_receipt": ("document.read",),
    "quote_document": ("document.read",), "write_quote": ("document.read",),
    "today_desk": ("today.read",),
    "declare_loss": ("loss.declare",), "record_loss_letter": ("loss.letter",),
    "record_loss_complaint": ("loss.complaint",), "close_loss": ("loss.close",), "preview_loss": ("loss.preview",),
    "loss": ("loss.read",), "losses_of_asset": ("loss.read",), "loss_statement": ("loss.read",),
    "write_loss_statement": ("loss.read",),
    "request_battery": ("battery.request",), "coverage_facts": ("coverage.read",),
    "coverage_pricing": ("tariff.read", "settings.read"),
    "list_users": ("account.list",), "add_user": ("account.add",), "set_user_role": ("account.set_role",),
    "disable_user": ("account.disable",), "enable_user": ("account.enable",),
    "reset_password": ("account.reset_password",), "change_password": ("account.change_own_password",),
    "idle_lock_minutes": ("settings.read",), "set_idle_lock_minutes": ("settings.update",),
    "catalogue_items": ("catalogue.read",), "add_catalogue_item": ("catalogue.update",),
    "update_catalogue_item": ("catalogue.update",), "set_catalogue_item_active": ("catalogue.update",),
    "delete_catalogue_item": ("catalogue.delete",),
    "tariff_versions": ("tariff.read",), "tariff_detail": ("tariff.read",), "add_tariff_version": ("tariff.add",),
    "business_settings": ("settings.read",), "save_business_settings": ("settings.update",),
    "contract_detail": ("contract.read",), "update_contract": ("contract.update",), "end_contract": ("contract.end",),
    "settle_reached_ends": ("contract.read", "contract.settle_ends"),
    "renew_contract": ("contract.renew",), "record_deposit_entry": ("deposit.record",),
    "customer_page": ("customer.page",), "customer_of_asset": ("customer.read",), "ticket_queue": ("ticket.queue",),
    "technicians": ("account.technicians",), "assign_ticket": ("ticket.assign",),
}

#: Public Desk methods that open, check or describe the session itself (no business data).
SESSION_METHODS = frozenset({
    "trusted", "for_user", "login", "needs_first_admin", "create_first_admin", "unlock", "can", "require",
    "unit_of_work", "starting", "db", "is_open", "open_now",
})
