"""Desk workflow tables: tickets (dossiers SAV) and their charges, data wipes (R-80),
rental check-ins and their charges. Created by migration ``0003``."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .models import Base, Contract
from .types import Money


class Ticket(Base):
    """One after-sales case on one device (domain.tickets.TicketState)."""

    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"), index=True)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"), index=True)
    state: Mapped[str] = mapped_column(String(30), index=True)
    problem: Mapped[str] = mapped_column(Text, default="")
    reported_at: Mapped[datetime] = mapped_column(DateTime)  # local desk time of the call
    # remote diagnosis
    hardware_fault: Mapped[bool | None] = mapped_column(Boolean)
    exchange_covered: Mapped[bool] = mapped_column(Boolean, default=False)
    diagnosis_notes: Mapped[str] = mapped_column(Text, default="")
    # what the remote diagnosis found (migration 0009, domain.tickets.RemoteDiagnosis)
    diagnosis_kind: Mapped[str | None] = mapped_column(String(10))  # DiagnosisKind
    predates_option: Mapped[bool] = mapped_column(Boolean, default=False)
    questionnaire_refused: Mapped[bool] = mapped_column(Boolean, default=False)
    # standard exchange
    exchange_deadline: Mapped[date | None] = mapped_column(Date)
    replacement_asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id"))
    shipped_on: Mapped[date | None] = mapped_column(Date)
    # workshop
    rma_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    received_on: Mapped[date | None] = mapped_column(Date)  # faulty unit / device back at the desk
    exclusions: Mapped[str] = mapped_column(String(400), default="")  # R-30 codes, comma-separated
    seal_intact: Mapped[bool | None] = mapped_column(Boolean)
    manufacturing_defect: Mapped[bool] = mapped_column(Boolean, default=False)
    repairable: Mapped[bool] = mapped_column(Boolean, default=True)
    inspection_notes: Mapped[str] = mapped_column(Text, default="")
    # decision of the coverage engine (the document keeps its tariff version)
    decision: Mapped[str | None] = mapped_column(String(30))
    decision_why: Mapped[str] = mapped_column(Text, default="")
    decision_rules: Mapped[str] = mapped_column(String(200), default="")
    tariff_name: Mapped[str] = mapped_column(String(40), default="")
    total_ht: Mapped[Decimal | None] = mapped_column(Money)
    sent_to_maker_on: Mapped[date | None] = mapped_column(Date)
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)
    assigned_to: Mapped[str | None] = mapped_column(String(80), index=True)  # technician (migration 0010)

    charges: Mapped[list[TicketCharge]] = relationship(
        back_populates="ticket", cascade="all, delete-orphan", order_by="TicketCharge.id"
    )

    __mapper_args__ = {"version_id_col": version}


class TicketCharge(Base):
    """A line the coverage engine bills on a ticket (fee code or model code for a replacement)."""

    __tablename__ = "ticket_charges"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    amount_ht: Mapped[Decimal] = mapped_column(Money)

    ticket: Mapped[Ticket] = relationship(back_populates="charges")


class DataWipe(Base):
    """R-80: a returned terminal's data wiped (method, operator, date)."""

    __tablename__ = "data_wipes"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"), index=True)
    method: Mapped[str] = mapped_column(String(200))
    operator: Mapped[str] = mapped_column(String(80))
    wiped_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    recorded_by: Mapped[str] = mapped_column(String(80))


class CheckIn(Base):
    """A rental return checked in at the desk, with its deposit settlement (R-50)."""

    __tablename__ = "check_ins"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), index=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("contract_lines.id"), unique=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"), index=True)
    returned_on: Mapped[date] = mapped_column(Date)
    return_deadline: Mapped[date] = mapped_column(Date)
    seal_intact: Mapped[bool] = mapped_column(Boolean)
    exclusions: Mapped[str] = mapped_column(String(400), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    tariff_name: Mapped[str] = mapped_column(String(40), default="")
    why: Mapped[str] = mapped_column(Text, default="")
    total_ht: Mapped[Decimal] = mapped_column(Money)
    # R-50 Decision: the deposit and its settlement are euros (no VAT), set against the
    # charges TTC: kept + refund = deposit; kept + balance_ttc = ttc(total_ht of the contract).
    deposit: Mapped[Decimal] = mapped_column(Money)
    kept: Mapped[Decimal] = mapped_column(Money)
    refund: Mapped[Decimal] = mapped_column(Money)
    balance_ttc: Mapped[Decimal] = mapped_column(Money)
    settlement: Mapped[str] = mapped_column(String(20))  # domain.checkin.Settlement
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    charges: Mapped[list[CheckInCharge]] = relationship(
        back_populates="check_in", cascade="all, delete-orphan", order_by="CheckInCharge.id"
    )


class CheckInCharge(Base):
    __tablename__ = "check_in_charges"

    id: Mapped[int] = mapped_column(primary_key=True)
    check_in_id: Mapped[int] = mapped_column(ForeignKey("check_ins.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    amount_ht: Mapped[Decimal] = mapped_column(Money)  # quantity x unit price
    rule: Mapped[str] = mapped_column(String(10), default="")

    check_in: Mapped[CheckIn] = relationship(back_populates="charges")


# --------------------------------------------------------------------------- migration 0005


class LossDeclaration(Base):
    """R-62: a loss, theft or destruction declared on a device on a contract; the police
    complaint reference is required to close it; its replacement price comes from R-61."""

    __tablename__ = "loss_declarations"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"), index=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # domain.coverage.IncidentKind: loss / theft / destruction
    event_on: Mapped[date] = mapped_column(Date)  # day of the event: R-61 ages count on it
    reported_at: Mapped[datetime] = mapped_column(DateTime)  # local desk time the customer reported it
    circumstances: Mapped[str] = mapped_column(Text, default="")
    letter_sent_on: Mapped[date | None] = mapped_column(Date)  # registered letter (lettre recommandée)
    letter_reference: Mapped[str] = mapped_column(String(60), default="")
    complaint_reference: Mapped[str] = mapped_column(String(60), default="")  # police complaint (plainte)
    complaint_on: Mapped[date | None] = mapped_column(Date)
    police_office: Mapped[str] = mapped_column(String(200), default="")
    previous_status: Mapped[str] = mapped_column(String(30))  # the device's status before the declaration
    decision: Mapped[str] = mapped_column(String(30))
    rules: Mapped[str] = mapped_column(String(200), default="")
    why: Mapped[str] = mapped_column(Text, default="")
    tariff_name: Mapped[str] = mapped_column(String(40), default="")
    total_ht: Mapped[Decimal] = mapped_column(Money)
    state: Mapped[str] = mapped_column(String(10), index=True)  # OPEN / CLOSED
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)

    charges: Mapped[list[LossCharge]] = relationship(
        back_populates="loss", cascade="all, delete-orphan", order_by="LossCharge.id"
    )

    __mapper_args__ = {"version_id_col": version}


class LossCharge(Base):
    __tablename__ = "loss_charges"

    id: Mapped[int] = mapped_column(primary_key=True)
    loss_id: Mapped[int] = mapped_column(ForeignKey("loss_declarations.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    amount_ht: Mapped[Decimal] = mapped_column(Money)
    rule: Mapped[str] = mapped_column(String(10), default="")

    loss: Mapped[LossDeclaration] = relationship(back_populates="charges")


class BenefitRecord(Base):
    """A SERENITE benefit given (R-44 covered damage, R-45 free battery): the coverage
    engine's history for the repeat limits."""

    __tablename__ = "benefit_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"), index=True)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    event: Mapped[str] = mapped_column(String(40))  # domain.coverage.BenefitEvent
    used_on: Mapped[date] = mapped_column(Date)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


# Today's desk (services.today): ended rentals and sale deliveries are looked up by date.
Index("ix_contracts_kind_ended_on", Contract.kind, Contract.ended_on)
Index("ix_contracts_kind_delivered_on", Contract.kind, Contract.delivered_on)
