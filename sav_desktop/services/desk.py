"""The desk's use cases for one signed-in user: what the GUI calls (it never sees the ORM)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from ..domain.accounts import AuthenticationError, Permission, allows
from ..domain.errors import ValidationError
from ..domain.catalogue import Tariff
from ..domain.coverage import CoverageResult
from ..domain.documents import LossStatement as DocLossStatement
from ..domain.documents import QuoteDocument as DocQuote, ReturnReceipt as DocReturnReceipt
from ..domain.enums import AssetStatus, ItemKind, OptionName, Role
from ..domain.price_list import PriceKey
from ..domain.records import AssetInput, ContractInput, CustomerInput
from ..store.db import Database
from ..labels.content import LabelData
from . import assets, contracts, customers, labels, users
from . import accounts
from . import checkin, tickets, wipes, workflow_views
from . import benefits, document_views, losses, today
from . import contract_life, desk_queries
from . import business_settings, calendar_settings, catalogue, tariffs
from .business_settings import BusinessSettings
from .uow import Clock, UnitOfWork, utc_now
from .views import AssetDetail, AssetRef, AssetRow, ContractView, CustomerView

T = TypeVar("T")


class Desk:
    """One user's session at a desk station. Each call is one transaction."""

    def __init__(self, db: Database, user_name: str, clock: Clock = utc_now) -> None:
        self.db = db
        self.user_name = user_name
        self.clock = clock
        self.role: Role = self._run(lambda u: users.ensure_user(u, user_name))

    def _run(self, fn: Callable[[UnitOfWork], T]) -> T:
        with UnitOfWork(self.db, self.user_name, self.clock) as uow:
            result = fn(uow)
            uow.commit()
            return result

    def _read(self, fn: Callable[[UnitOfWork], T]) -> T:
        with UnitOfWork(self.db, self.user_name, self.clock) as uow:
            return fn(uow)

    def unit_of_work(self) -> UnitOfWork:
        """For use cases built elsewhere (tickets, diagnostics...): ``with desk.unit_of_work() as uow``."""
        return UnitOfWork(self.db, self.user_name, self.clock)

    # assets
    def search_assets(self, query: str, after_id: int | None = None, limit: int = assets.PAGE_SIZE) -> list[AssetRow]:
        return self._read(lambda u: assets.search_assets(u, query, after_id, limit))

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
        self._run(lambda u: assets.set_status(u, asset_id, status, reason))

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
        transaction; a refused step raises TransitionError/ValidationError and writes nothing."""
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
        """The charges and settlement a check-in would give, computed and rolled back."""
        return self._read(lambda u: checkin.check_in_rental(u, asset_id, **checklist))

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
        """What a declaration would give (replacement price by age, R-61), computed and rolled back."""
        return self._read(lambda u: losses.loss_view(
            u, losses.declare_loss(u, asset_id, kind, event_on, reported_at, circumstances)))

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
        with UnitOfWork(db, name, clock) as uow:
            accounts.login_or_raise(uow, name, password)
        return cls(db, name, clock)

    @staticmethod
    def needs_first_admin(db: Database) -> bool:
        with UnitOfWork(db, "", utc_now) as uow:
            return accounts.needs_first_admin(uow)

    @staticmethod
    def create_first_admin(db: Database, user_name: str, password: str, clock: Clock = utc_now) -> None:
        name = accounts.clean_name(user_name)
        with UnitOfWork(db, name, clock) as uow:
            accounts.create_first_admin(uow, name, password)
            uow.commit()

    def unlock(self, password: str) -> None:
        """The idle lock: the signed-in user types their password again."""
        with UnitOfWork(self.db, self.user_name, self.clock) as uow:
            accounts.login_or_raise(uow, self.user_name, password)

    def can(self, permission: Permission) -> bool:
        role = self._read(lambda u: accounts.role_of(u, self.user_name))
        return role is not None and allows(role, permission)

    def require(self, permission: Permission) -> None:
        """PermissionDeniedError (French) unless this user's stored role allows it."""
        self._read(lambda u: accounts.require(u, permission))

    def list_users(self) -> list[accounts.UserView]:
        return self._read(accounts.list_users)

    def add_user(self, name: str, role: Role, password: str) -> None:
        self._run(lambda u: accounts.add_user(u, name, role, password))

    def set_user_role(self, name: str, role: Role) -> None:
        self._run(lambda u: accounts.set_role(u, name, role))

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

    def add_catalogue_item(self, code: str, label: str, kind: ItemKind | str, price_ht: object) -> int:
        return self._run(lambda u: catalogue.add_item(u, code, label, kind, price_ht))

    def update_catalogue_item(self, item_id: int, label: str, price_ht: object) -> None:
        self._run(lambda u: catalogue.update_item(u, item_id, label, price_ht))

    def set_catalogue_item_active(self, item_id: int, active: bool) -> None:
        self._run(lambda u: catalogue.set_item_active(u, item_id, active))

    def delete_catalogue_item(self, item_id: int) -> None:
        self._run(lambda u: catalogue.delete_item(u, item_id))

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

    # issue 11: contracts after their signature (services.contract_life), the customer page and
    # the ticket queue (services.desk_queries)
    def contract_detail(self, contract_id: int) -> "contract_life.ContractDetail":
        return self._read(lambda u: contract_life.contract_detail(u, contract_id))

    def update_contract(self, contract_id: int, changes: "contract_life.ContractChanges", expected_version: int) -> None:
        self._run(lambda u: contract_life.update_contract(u, contract_id, changes, expected_version))

    def end_contract(self, contract_id: int, end: Any, expected_version: int) -> None:
        self._run(lambda u: contract_life.end_contract(u, contract_id, end, expected_version))

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
    phone = labels.desk_phone(uow)
    return [LabelData(a.tag, a.serial, a.model_label, a.maker, phone, a.id) for a in found]
