"""The one builder of the facts a coverage decision needs (issue 10, point 5).

The device's facts, its contract, the options bound to it or to the whole contract, its
SERENITE history on that contract (services.benefits: the 12-month R-44 and 2-year R-45
windows), every stored tariff version (the engine prices with the one in force on the day)
and the Alsace-Moselle setting (R-01): built here, once, for the "Prise en charge" tab
(``Desk.coverage_facts``), the tickets, the rental check-in, the loss declarations and the
battery requests. So the tab and a ticket decide on the same facts for the same device and
day. Reading only: nothing is written, no lock is taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..domain.catalogue import Tariff
from ..domain.coverage import (
    AssetFacts,
    BenefitUse,
    ContractFacts,
    CoverageCase,
    CoverageResult,
    Incident,
    OptionFacts,
    assess,
)
from ..domain.enums import ContractKind, OptionName
from ..store.models import Asset, Contract, ContractLine
from .benefits import history_of
from .calendar_settings import alsace_moselle
from .permissions import use_case
from .tariffs import stored_tariffs
from .uow import UnitOfWork


@dataclass(frozen=True)
class CoverageFacts:
    """Everything the engine needs of a device on its contract, but the incident."""

    asset_id: int
    contract_id: int
    contract_number: str
    today: date
    asset: AssetFacts
    contract: ContractFacts
    options: tuple[OptionFacts, ...]
    history: tuple[BenefitUse, ...]
    tariffs: tuple[Tariff, ...]
    alsace_moselle: bool

    def case(self, incident: Incident, day: date | None = None) -> CoverageCase:
        """The engine's case for ``incident`` on ``day`` (default: the facts' day)."""
        return CoverageCase(
            today=day or self.today, asset=self.asset, contract=self.contract, options=self.options,
            history=self.history, incident=incident,
        )

    def assess(self, incident: Incident, day: date | None = None) -> CoverageResult:
        return assess(self.case(incident, day), self.tariffs, alsace_moselle=self.alsace_moselle)


def facts_for(uow: UnitOfWork, asset: Asset, contract: Contract, day: date | None = None) -> CoverageFacts:
    """The facts of ``asset`` on ``contract`` (records already loaded by the caller's use case)."""
    options = tuple(
        OptionFacts(OptionName(o.name), o.subscribed_on, o.terminated_on)
        for o in contract.options
        if o.asset_id in (None, asset.id)
    )
    return CoverageFacts(
        asset_id=asset.id,
        contract_id=contract.id,
        contract_number=contract.number,
        today=day or uow.today(),
        asset=AssetFacts(asset.model_code, asset.in_service_on),
        contract=ContractFacts(ContractKind(contract.kind), contract.signed_on, contract.delivered_on,
                               contract.ended_on),
        options=options,
        history=history_of(uow, asset.id, contract.id),
        tariffs=stored_tariffs(uow),
        alsace_moselle=alsace_moselle(uow),
    )


@use_case("coverage.read")
def coverage_facts(uow: UnitOfWork, asset_id: int, day: date | None = None) -> CoverageFacts | None:
    """The facts of a device on its contract in progress (None: unknown device, or on no
    contract: nothing to decide)."""
    asset = uow.session.get(Asset, asset_id)
    if asset is None:
        return None
    contract_id = uow.session.scalar(
        select(ContractLine.contract_id)
        .where(ContractLine.asset_id == asset_id, ContractLine.removed_on.is_(None)).limit(1)
    )
    contract = uow.session.get(Contract, contract_id) if contract_id is not None else None
    if contract is None:
        return None
    return facts_for(uow, asset, contract, day)


__all__ = ["CoverageFacts", "coverage_facts", "facts_for"]
