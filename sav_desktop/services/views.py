"""What services hand to the UI and the CLI: plain frozen values, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple


#: One page of the device list (rows read per search or page fetch).
PAGE_SIZE = 200


class AssetRow(NamedTuple):
    """One line of the asset list (a named tuple: a search makes up to a page of them per
    keystroke, and a frozen dataclass costs four times as much to make)."""

    id: int
    asset_tag: str
    serial: str
    model_code: str
    status: str
    customer_name: str | None
    contract_kind: str | None
    contract_number: str | None


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    user_name: str
    action: str
    summary: str


@dataclass(frozen=True)
class OptionView:
    id: int
    name: str
    subscribed_on: date
    terminated_on: date | None


@dataclass(frozen=True)
class PractitionerView:
    id: int
    full_name: str
    profession: str
    rpps: str | None
    adeli: str | None


@dataclass(frozen=True)
class CustomerView:
    id: int
    practice_name: str
    siret: str | None
    finess: str | None
    address: str
    postal_code: str
    city: str
    phone: str | None
    email: str | None
    notes: str
    version: int
    practitioners: tuple[PractitionerView, ...]


@dataclass(frozen=True)
class ContractView:
    id: int
    number: str
    kind: str
    customer_id: int
    customer_name: str
    signed_on: date
    delivered_on: date | None
    ended_on: date | None
    deposit: Decimal  # euros, no VAT
    deposit_state: str
    software_service: str
    insurer: str
    policy_number: str
    version: int
    options: tuple[OptionView, ...]


@dataclass(frozen=True)
class AssetDetail:
    id: int
    asset_tag: str
    serial: str
    model_code: str
    model_label: str
    maker: str
    status: str
    in_service_on: date | None
    firmware_version: str
    iccid: str | None
    has_sim: bool
    notes: str
    version: int
    label_printed_at: datetime | None
    contract: ContractView | None
    warranty_end: date | None  # sold hardware only
    accessories: tuple[tuple[str, int], ...]  # (label, quantity)
    timeline: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class AssetRef:
    id: int
    asset_tag: str
    serial: str
