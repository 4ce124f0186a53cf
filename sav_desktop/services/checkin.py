"""Rental check-in: the checklist, the charges (coverage engine, R-52 accessories, R-51 late
return), the deposit settlement (R-50), the device back to the workshop.

Decisions:

* The rental must have an effective end date (``ended_on``, R-51): the return window counts
  from it.
* Late return (after the R-51 deadline, R-03 applied): the engine's NON_RETURN assessment on
  the return day bills the replacement price (R-61); the device's damage is then not billed
  on top (the replacement price already pays for the device). Missing accessories are billed
  in every case (R-52).
* Otherwise damage (exclusion codes, a torn seal = SEAL_BROKEN) is assessed by the engine as a
  DAMAGE incident on the return day (R-63 / R-44 / R-30).
* The contract line is closed (``removed_on`` = return day). A device returned with damage
  (exclusion codes, torn seal) goes to IN_REPAIR (the workshop: repaired or scrapped before
  anything else, CYCLE-2); an intact one goes to TO_WIPE: it becomes available again only once
  its wipe is recorded (R-80, services.lifecycle).
* Should the engine grant a SERENITE benefit at a check-in (R-44), it is recorded
  (services.benefits) like a ticket's, for the 12-month limit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from ..domain.calendar import format_date_fr
from ..domain.catalogue import EXCLUSIONS_BY_CODE, FEES, MODELS_BY_CODE
from ..domain.checkin import (
    SETTLEMENT_LABELS,
    AccessoryCheck,
    ChargeLine,
    DepositSettlement,
    Settlement,
    missing_accessory_charges,
    pending_settlement,
    returned_exclusions,
    settle_deposit,
    total_ht,
)
from ..domain.coverage import CoverageResult, Incident, IncidentKind, return_deadline
from ..domain.enums import AssetStatus, ContractKind, DepositState
from ..domain.errors import Collector, NotFoundError, ValidationError
from ..domain.money import ttc
from ..domain.records import MAX_NOTES
from ..domain.validators import check_day, check_id, clean_text
from ..store.models import Asset, CatalogueItem, Contract, ContractLine, ContractLineAccessory
from ..store.models_workflow import CheckIn, CheckInCharge
from . import assets
from .benefits import record_benefit
from .coverage_facts import facts_for
from .tickets import active_line
from .uow import UnitOfWork
from .permissions import use_case

_FEE_LABELS = {f.code: f.label for f in FEES}


@dataclass(frozen=True)
class CheckInView:
    id: int
    asset_id: int
    contract_number: str
    returned_on: date
    return_deadline: date
    late: bool
    exclusions: tuple[str, ...]
    charges: tuple[ChargeLine, ...]
    total_ht: Decimal
    total_ttc: Decimal
    settlement: DepositSettlement
    settlement_label: str
    why: str
    tariff_name: str


def _label(code: str) -> str:
    if code in _FEE_LABELS:
        return _FEE_LABELS[code]
    model = MODELS_BY_CODE.get(code)
    return f"Prix de remplacement : {model.label}" if model else code


@use_case("checkin.record")
def check_in_rental(
    uow: UnitOfWork,
    asset_id: int,
    *,
    returned_on: date | None = None,
    accessories_returned: Mapping[int, int] | None = None,
    seal_intact: bool = True,
    damage: Sequence[str] = (),
    repairable: bool = True,
    notes: str = "",
) -> CheckInView:
    """Check in a rented device. ``accessories_returned`` maps catalogue item ids of the
    contract line to the quantity given back (an item not listed came back complete)."""
    return _check_in(uow, asset_id, True, returned_on, accessories_returned, seal_intact, damage, repairable, notes)


@use_case("checkin.preview")
def preview_check_in(
    uow: UnitOfWork,
    asset_id: int,
    *,
    returned_on: date | None = None,
    accessories_returned: Mapping[int, int] | None = None,
    seal_intact: bool = True,
    damage: Sequence[str] = (),
    repairable: bool = True,
    notes: str = "",
) -> CheckInView:
    """The charges and settlement ``check_in_rental`` would give (the same checks), computed
    without writing anything nor taking the audit lock (id 0): never blocks another station."""
    return _check_in(uow, asset_id, False, returned_on, accessories_returned, seal_intact, damage, repairable, notes)


def _check_in(
    uow: UnitOfWork,
    asset_id: int,
    write: bool,
    returned_on: date | None,
    accessories_returned: Mapping[int, int] | None,
    seal_intact: bool,
    damage: Sequence[str],
    repairable: bool,
    notes: str,
) -> CheckInView:
    notes = clean_text(notes, "notes", max_length=MAX_NOTES, multiline=True)
    asset = uow.session.get(Asset, check_id(asset_id, "asset_id"))
    if asset is None:
        raise NotFoundError("Matériel", str(asset_id))
    day = check_day(returned_on, "returned_on", uow.today())
    col = Collector()
    line = active_line(uow, asset_id)
    contract = uow.session.get(Contract, line.contract_id) if line is not None else None
    if line is None or contract is None or contract.kind != ContractKind.RENTAL.value:
        raise ValidationError.single("asset_id", f"le matériel {asset.asset_tag} n'est sur aucune location en cours")
    if contract.ended_on is None:
        col.add("contract.ended_on", f"la location {contract.number} n'a pas de date de fin : enregistrez-la d'abord",
                "R-51")
    if day > uow.today():
        col.add("returned_on", f"date de retour dans le futur ({format_date_fr(day)})")
    if day < contract.signed_on:
        col.add("returned_on", f"retour le {format_date_fr(day)}, avant la signature de la location le "
                f"{format_date_fr(contract.signed_on)}", "R-90")
    elif day < line.added_on:
        col.add("returned_on", "date de retour antérieure à la mise en location")
    for i, code in enumerate(damage):
        if code not in EXCLUSIONS_BY_CODE:
            col.add(f"damage[{i}]", f"code d'exclusion inconnu « {code} »", "R-30")
    lent = uow.session.execute(
        select(ContractLineAccessory.item_id, func.sum(ContractLineAccessory.quantity))
        .where(ContractLineAccessory.line_id == line.id).group_by(ContractLineAccessory.item_id)
    ).all()
    expected = {int(item_id): int(qty) for item_id, qty in lent}
    given = dict(accessories_returned or {})
    for item_id, qty in given.items():
        if item_id not in expected:
            col.add(f"accessories[{item_id}]", "cet accessoire ne figure pas sur la ligne de location")
        elif qty < 0 or qty > expected[item_id]:
            col.add(f"accessories[{item_id}]", f"quantité rendue entre 0 et {expected[item_id]}")
    col.check()
    assert contract.ended_on is not None

    checks = []
    for item_id, qty in expected.items():
        item = uow.session.get(CatalogueItem, item_id)
        assert item is not None
        checks.append(AccessoryCheck(item.code, item.label, qty, given.get(item_id, qty), item.price_ht))
    charges: list[ChargeLine] = missing_accessory_charges(checks)

    facts = facts_for(uow, asset, contract, day)  # the one fact-builder (R-01 setting included)
    deadline = return_deadline(contract.ended_on, alsace_moselle=facts.alsace_moselle)
    late = day > deadline
    codes = returned_exclusions(seal_intact, damage)
    why: list[str] = []
    tariff_name = ""
    incident: Incident | None = None
    if late:
        incident = Incident(IncidentKind.NON_RETURN)
    elif codes:
        incident = Incident(IncidentKind.DAMAGE, exclusions=codes, repairable=repairable)
    assessed: CoverageResult | None = None
    if incident is not None:
        result = facts.assess(incident)
        assessed = result
        tariff_name = result.tariff_name
        why.append(result.why)
        rule = "R-51" if late else (result.rules[-1] if result.rules else "")
        charges.extend(ChargeLine(c.code, _label(c.code), 1, c.amount_ht, rule) for c in result.charges)
        if late and codes:
            why.append("Retour hors délai : le prix de remplacement est facturé, les dommages ne s'y ajoutent pas.")
    else:
        why.append(
            f"Retour le {format_date_fr(day)}, au plus tard le {format_date_fr(deadline)} (R-51) : dans les délais."
        )
    if charges and any(c.rule == "R-52" for c in charges):
        why.append("Accessoires manquants facturés au tarif du catalogue (R-52).")
    total = total_ht(charges)

    # settle when the contract's last device comes back.
    others_open = uow.session.scalar(
        select(func.count(ContractLine.id)).where(
            ContractLine.contract_id == contract.id, ContractLine.removed_on.is_(None), ContractLine.id != line.id
        )
    )
    earlier = uow.session.scalars(select(CheckIn.total_ht).where(CheckIn.contract_id == contract.id)).all()
    contract_charges = total + sum(earlier, Decimal(0))
    settlement = (
        pending_settlement(contract.deposit, contract_charges)
        if others_open
        else settle_deposit(contract.deposit, contract_charges)
    )
    why.append(settlement.why)
    view = CheckInView(
        id=0, asset_id=asset.id, contract_number=contract.number, returned_on=day, return_deadline=deadline,
        late=late, exclusions=codes, charges=tuple(charges), total_ht=total, total_ttc=ttc(total),
        settlement=settlement, settlement_label=SETTLEMENT_LABELS[settlement.settlement], why="\n".join(why),
        tariff_name=tariff_name,
    )
    if not write:
        return view  # the preview: nothing added to the session, no audit, no lock

    record = CheckIn(
        contract_id=contract.id, line_id=line.id, asset_id=asset.id, returned_on=day, return_deadline=deadline,
        seal_intact=seal_intact, exclusions=",".join(codes), notes=notes, tariff_name=tariff_name,
        why="\n".join(why), total_ht=total, deposit=settlement.deposit, kept=settlement.kept,
        refund=settlement.refund, balance_ttc=settlement.balance_ttc, settlement=settlement.settlement.value,
        created_at=uow.now(),
    )
    for c in charges:
        record.charges.append(CheckInCharge(code=c.code, label=c.label, quantity=c.quantity, amount_ht=c.amount_ht,
                                            rule=c.rule))
    uow.session.add(record)
    line.removed_on = day
    if settlement.settlement is not Settlement.PENDING and contract.deposit > 0:
        contract.deposit_state = (
            DepositState.REFUNDED if settlement.settlement is Settlement.REFUND else DepositState.PARTLY_KEPT
        ).value
    if settlement.settlement is not Settlement.PENDING:  # the deposit ledger (issue 11)
        from .contract_life import record_settlement

        record_settlement(uow, contract.id, settlement.kept, settlement.refund, day)
    uow.flush()
    if assessed is not None:
        record_benefit(uow, asset.id, contract.id, assessed, day)  # R-44 history
    # CYCLE-2: a damaged device goes to the workshop; an intact one straight to the wipe.
    target = AssetStatus.IN_REPAIR if codes else AssetStatus.TO_WIPE
    assets.set_status(uow, asset.id, target, f"retour de location {contract.number}")
    uow.audit(
        "asset", asset.id, "check_in",
        f"Retour de location {contract.number} le {format_date_fr(day)} : frais {total} € HT ; "
        f"{SETTLEMENT_LABELS[settlement.settlement]}",
        after={"charges": [(c.code, c.quantity, c.amount_ht) for c in charges], "total_ht": total,
               "settlement": settlement.settlement, "charges_ttc": settlement.charges_ttc,
               "kept": settlement.kept, "refund": settlement.refund, "balance_ttc": settlement.balance_ttc},
        asset_id=asset.id,
    )
    return replace(view, id=record.id)
