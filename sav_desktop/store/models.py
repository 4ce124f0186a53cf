"""The tables (SQLAlchemy 2, typed ``Mapped[]``). Migrations in ``db/`` create them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .types import Money

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # domain.enums.Role
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Accounts (migration 0006): argon2 hash (None: no password yet), lock after failures.
    password_hash: Mapped[str | None] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_name: Mapped[str] = mapped_column(String(200))
    # Upper case, accents removed: what the as-you-type search compares against.
    search_name: Mapped[str] = mapped_column(String(200), index=True)
    siret: Mapped[str | None] = mapped_column(String(14), index=True, unique=True)  # unique: 0007
    finess: Mapped[str | None] = mapped_column(String(9))
    address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)

    practitioners: Mapped[list[Practitioner]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Practitioner.id"
    )
    contracts: Mapped[list[Contract]] = relationship(back_populates="customer")

    __mapper_args__ = {"version_id_col": version}


class Practitioner(Base):
    __tablename__ = "practitioners"
    __table_args__ = (
        CheckConstraint("rpps IS NOT NULL OR adeli IS NOT NULL", name="has_identifier"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    profession: Mapped[str] = mapped_column(String(100), default="")
    rpps: Mapped[str | None] = mapped_column(String(11), index=True)
    adeli: Mapped[str | None] = mapped_column(String(9), index=True)

    customer: Mapped[Customer] = relationship(back_populates="practitioners")


class CatalogueModel(Base):
    """Device models of RULES.md section 1."""

    __tablename__ = "catalogue_models"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    maker: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(String(200))
    repair_category: Mapped[str | None] = mapped_column(String(20))
    has_sim: Mapped[bool] = mapped_column(Boolean, default=False)
    is_terminal: Mapped[bool] = mapped_column(Boolean, default=True)


class CatalogueItem(Base):
    """Accessories and consumables, defined by an administrator with their price."""

    __tablename__ = "catalogue_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # domain.enums.ItemKind
    price_ht: Mapped[Decimal] = mapped_column(Money)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Optimistic version (migration 0007): two administrators editing the same price.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class TariffVersion(Base):
    __tablename__ = "tariff_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    effective_on: Mapped[date] = mapped_column(Date, unique=True)

    prices: Mapped[list[TariffPrice]] = relationship(
        back_populates="tariff", cascade="all, delete-orphan"
    )


class TariffPrice(Base):
    __tablename__ = "tariff_prices"
    __table_args__ = (UniqueConstraint("tariff_id", "item_code", "price_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tariff_id: Mapped[int] = mapped_column(ForeignKey("tariff_versions.id", ondelete="CASCADE"))
    item_code: Mapped[str] = mapped_column(String(40))
    # FEE, REPLACEMENT_LT2 (< 2 years), REPLACEMENT_GE2 (>= 2 years)
    price_kind: Mapped[str] = mapped_column(String(20))
    amount_ht: Mapped[Decimal] = mapped_column(Money)

    tariff: Mapped[TariffVersion] = relationship(back_populates="prices")


class Asset(Base):
    __tablename__ = "assets"
    __table_args__ = (UniqueConstraint("model_code", "serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Generated from the id right after insert (domain.identifiers.asset_tag_for_id).
    asset_tag: Mapped[str | None] = mapped_column(String(7), unique=True)
    model_code: Mapped[str] = mapped_column(ForeignKey("catalogue_models.code"))
    serial: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(30), index=True)  # domain.enums.AssetStatus
    in_service_on: Mapped[date | None] = mapped_column(Date)
    firmware_version: Mapped[str] = mapped_column(String(60), default="")
    iccid: Mapped[str | None] = mapped_column(String(20), index=True, unique=True)  # unique: 0007
    notes: Mapped[str] = mapped_column(Text, default="")
    label_printed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    model: Mapped[CatalogueModel] = relationship()
    accessories: Mapped[list[AssetAccessory]] = relationship(
        back_populates="asset", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class AssetAccessory(Base):
    """Accessories delivered with a device (received_on starts R-13's 3 months)."""

    __tablename__ = "asset_accessories"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("catalogue_items.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    received_on: Mapped[date | None] = mapped_column(Date)

    asset: Mapped[Asset] = relationship(back_populates="accessories")
    item: Mapped[CatalogueItem] = relationship()


class Contract(Base):
    __tablename__ = "contracts"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # domain.enums.ContractKind
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    signed_on: Mapped[date] = mapped_column(Date)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    deposit: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))  # euros, no VAT
    deposit_state: Mapped[str] = mapped_column(String(20))  # domain.enums.DepositState
    software_service: Mapped[str] = mapped_column(String(200), default="")
    insurer: Mapped[str] = mapped_column(String(200), default="")
    policy_number: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The end of a rental (migration 0010): domain.enums.ContractEndKind / EndRequester, why.
    end_kind: Mapped[str] = mapped_column(String(20), default="")
    end_requested_by: Mapped[str] = mapped_column(String(20), default="")
    end_reason: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship(back_populates="contracts")
    lines: Mapped[list[ContractLine]] = relationship(
        back_populates="contract", cascade="all, delete-orphan", order_by="ContractLine.id"
    )
    options: Mapped[list[OptionSubscription]] = relationship(
        back_populates="contract", cascade="all, delete-orphan", order_by="OptionSubscription.id"
    )

    __mapper_args__ = {"version_id_col": version}


class ContractLine(Base):
    """A device on a contract. An exchange closes the line's asset and puts the replacement on it."""

    __tablename__ = "contract_lines"
    __table_args__ = (
        Index("ix_contract_lines_asset_active", "asset_id", "removed_on"),
        # A contract's lines and their devices read from the index alone (the search finds
        # the devices of the customers a name matches through it: no line row to read).
        Index("ix_contract_lines_contract_active", "contract_id", "removed_on", "asset_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"))
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"))
    added_on: Mapped[date] = mapped_column(Date)
    removed_on: Mapped[date | None] = mapped_column(Date)

    contract: Mapped[Contract] = relationship(back_populates="lines")
    asset: Mapped[Asset] = relationship()
    accessories: Mapped[list[ContractLineAccessory]] = relationship(
        back_populates="line", cascade="all, delete-orphan"
    )


class ContractLineAccessory(Base):
    __tablename__ = "contract_line_accessories"

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("contract_lines.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("catalogue_items.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)

    line: Mapped[ContractLine] = relationship(back_populates="accessories")
    item: Mapped[CatalogueItem] = relationship()


class OptionSubscription(Base):
    """ECHANGE_STANDARD / CONFORT / SERENITE on a contract (per device on a sale)."""

    __tablename__ = "option_subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id"), index=True)
    name: Mapped[str] = mapped_column(String(20))  # domain.enums.OptionName
    subscribed_on: Mapped[date] = mapped_column(Date)
    terminated_on: Mapped[date | None] = mapped_column(Date)

    contract: Mapped[Contract] = relationship(back_populates="options")


class AuditEntry(Base):
    """Every change made through a service: who, when, what, before/after (JSON text).

    Append-only (database triggers refuse UPDATE and DELETE) and hash-chained.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_asset_at", "asset_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    user_name: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text, default="")  # French, shown on timelines
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)
    # The device whose timeline shows this entry (None when it concerns no device).
    asset_id: Mapped[int | None] = mapped_column(Integer)
    # Hash chain (domain.audit_chain): the previous entry's hash and this entry's hash.
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class Setting(Base):
    """Business settings shared by every desk station (desk phone, Alsace-Moselle...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
