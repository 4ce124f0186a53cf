"""Loss, theft and destruction declarations (R-62), priced by the device's age (R-61).

Decisions (also said in the declaration's ``why`` and on the statement):

* A declaration is made for a device on a contract in progress (its open contract line,
  rentals ended but not returned included). Its replacement price comes from the coverage
  engine assessed on the day of the event (R-61: the age counts on that day, and the tariff
  in force that day prices it). Sold hardware: nothing is billed (the engine's NOT_COVERED).
* The device's status becomes LOST / STOLEN / DESTROYED at once. The contract line stays
  as it is: rent is never suspended (R-53), and the replacement the customer provides is
  put on the contract by the usual contract screens.
* The registered letter and the police complaint are recorded when they arrive; closing
  is refused without the complaint reference (R-62). The letter is recorded, not required.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from uuid import uuid4

from sqlalchemy import select

from ..domain.calendar import format_date_fr
from ..domain.coverage import INCIDENT_KIND_LABELS, CoverageResult, Incident, IncidentKind, assess, to_desk_time
from ..domain.documents import (
    DocumentLine,
    LossStatement,
    charge_label,
    charge_rule,
    totals_of,
)
from ..domain.enums import CONTRACT_KIND_LABELS, AssetStatus, ContractKind
from ..domain.errors import Collector, NotFoundError, TransitionError, ValidationError
from ..domain.money import ttc
from ..domain.records import FIELD_MAX_LENGTHS, MAX_NOTES
from ..domain.validators import check_date_into, check_id, clean_text_into
from ..store.models import Asset, Contract
from ..store.models_workflow import LossCharge, LossDeclaration
from . import assets
from .document_views import device_of, local_time, party_of
from .coverage_facts import facts_for
from .tickets import active_line
from .uow import UnitOfWork
from .permissions import use_case

LOSS_KINDS: dict[IncidentKind, AssetStatus] = {
    IncidentKind.LOSS: AssetStatus.LOST,
    IncidentKind.THEFT: AssetStatus.STOLEN,
    IncidentKind.DESTRUCTION: AssetStatus.DESTROYED,
}


class LossState(StrEnum):
    OPEN = "OPEN"
    CLOSED = "CLOSED"


LOSS_STATE_LABELS: dict[LossState, str] = {
    LossState.OPEN: "En cours (pièces attendues)",
    LossState.CLOSED: "Clos",
}


@dataclass(frozen=True)
class LossChargeView:
    code: str
    label: str
    amount_ht: Decimal
    rule: str


@dataclass(frozen=True)
class LossView:
    id: int
    number: str
    asset_id: int
    contract_id: int
    kind: str
    kind_label: str
    event_on: date
    reported_at: datetime
    circumstances: str
    letter_sent_on: date | None
    letter_reference: str
    complaint_reference: str
    complaint_on: date | None
    police_office: str
    decision: str
    rules: tuple[str, ...]
    why: str
    tariff_name: str
    charges: tuple[LossChargeView, ...]
    total_ht: Decimal
    total_ttc: Decimal
    state: str
    state_label: str
    can_close: bool


def _load(uow: UnitOfWork, loss_id: int) -> LossDeclaration:
    loss = uow.session.get(LossDeclaration, check_id(loss_id, "loss_id"))
    if loss is None:
        raise NotFoundError("Déclaration de perte, vol ou destruction", str(loss_id))
    return loss


def _open(loss: LossDeclaration, action: str) -> None:
    if loss.state != LossState.OPEN.value:
        raise TransitionError(loss.state, action, f"la déclaration {loss.number} est close : plus rien n'y est modifié")


#: The longest texts of a declaration (the forms' maxLength).
REFERENCE_MAX = FIELD_MAX_LENGTHS["letter_reference"]
POLICE_OFFICE_MAX = FIELD_MAX_LENGTHS["police_office"]


def _clean(col: Collector, text: object, field: str, max_length: int, *, multiline: bool = False) -> str:
    return clean_text_into(col, text, field, max_length=max_length, multiline=multiline)


@dataclass(frozen=True)
class _Assessed:
    """A declaration checked and priced, not written (``declare_loss`` and ``preview_loss``)."""

    asset: Asset
    contract: Contract
    kind: IncidentKind
    reported: datetime
    result: CoverageResult
    why: str
    rental: bool
    circumstances: str = ""


def _assess(uow: UnitOfWork, asset_id: int, kind: IncidentKind | str, event_on: date,
            reported_at: datetime | None, circumstances: str = "") -> _Assessed:
    """Check a declaration and price it (R-61, R-62): reads only, writes nothing."""
    asset = uow.session.get(Asset, check_id(asset_id, "asset_id"))
    if asset is None:
        raise NotFoundError("Matériel", str(asset_id))
    col = Collector()
    circumstances = _clean(col, circumstances, "circumstances", MAX_NOTES, multiline=True)
    checked = check_date_into(col, event_on, "event_on", uow.today())
    if reported_at is not None and not isinstance(reported_at, datetime):
        col.add("reported_at", "date et heure attendues")
    elif reported_at is not None and check_date_into(col, reported_at.date(), "reported_at", uow.today()) is None:
        reported_at = None
    if checked is None or (reported_at is not None and not isinstance(reported_at, datetime)):
        col.check()  # the comparisons below need real dates
    assert checked is not None
    event_on = checked
    try:
        incident_kind: IncidentKind | None = IncidentKind(kind)
    except ValueError:
        incident_kind = None
    if incident_kind not in LOSS_KINDS:
        col.add("kind", "nature attendue : perte, vol ou destruction", "R-62")
    now = uow.now()
    reported = reported_at or now
    reported = to_desk_time(reported)  # R-46 Decision: desk time, Europe/Paris, as tickets keep it
    today = uow.today()
    if event_on > today:
        col.add("event_on", f"date de l'événement dans le futur ({format_date_fr(event_on)})")
    if reported.date() < event_on:
        col.add("reported_at", "déclaration antérieure à l'événement")
    if reported.date() > today:
        col.add("reported_at", "date de déclaration dans le futur")
    line = active_line(uow, asset_id)
    contract = uow.session.get(Contract, line.contract_id) if line is not None else None
    if line is None or contract is None:
        col.add("asset_id", f"le matériel {asset.asset_tag} n'est sur aucun contrat en cours : rien à déclarer", "R-62")
    elif event_on < line.added_on:
        col.add("event_on", f"événement antérieur à la mise sur le contrat ({format_date_fr(line.added_on)})")
    already = uow.session.scalar(
        select(LossDeclaration.number).where(LossDeclaration.asset_id == asset_id,
                                             LossDeclaration.state == LossState.OPEN.value)
    )
    if already is not None:
        col.add("asset_id", f"la déclaration {already} est déjà en cours pour ce matériel")
    elif asset.status in {s.value for s in LOSS_KINDS.values()}:
        col.add("asset_id", f"le matériel {asset.asset_tag} est déjà déclaré perdu, volé ou détruit")
    col.check()
    assert incident_kind is not None and contract is not None

    # the age and the tariff on the day of the event.
    result = facts_for(uow, asset, contract, event_on).assess(Incident(incident_kind))
    rental = contract.kind == ContractKind.RENTAL.value
    why = result.why
    if rental:
        why += " Le loyer n'est pas suspendu (R-53)."
    return _Assessed(asset, contract, incident_kind, reported, result, why, rental, circumstances)


@use_case("loss.declare")
def declare_loss(
    uow: UnitOfWork,
    asset_id: int,
    kind: IncidentKind | str,
    event_on: date,
    reported_at: datetime | None = None,
    circumstances: str = "",
) -> int:
    """Declare a loss, theft or destruction (R-62); the replacement price is computed (R-61)."""
    checked = _assess(uow, asset_id, kind, event_on, reported_at, circumstances)
    asset, contract, incident_kind, reported = checked.asset, checked.contract, checked.kind, checked.reported
    circumstances = checked.circumstances
    result, why, rental, now = checked.result, checked.why, checked.rental, uow.now()
    loss = LossDeclaration(
        number=f"TMP-{uuid4().hex[:16]}", asset_id=asset.id, contract_id=contract.id, kind=incident_kind.value,
        event_on=event_on, reported_at=reported, circumstances=circumstances,
        previous_status=asset.status, decision=result.decision.value, rules=",".join(result.rules), why=why,
        tariff_name=result.tariff_name, total_ht=result.total_ht, state=LossState.OPEN.value, created_at=now,
    )
    for c in result.charges:
        loss.charges.append(LossCharge(code=c.code, amount_ht=c.amount_ht,
                                       rule=charge_rule(c.code, result.decision, result.rules, rental)))
    uow.session.add(loss)
    uow.flush()
    loss.number = f"PVD{event_on.year}-{loss.id:06d}"
    uow.flush()
    label = INCIDENT_KIND_LABELS[incident_kind]
    assets.set_status(uow, asset.id, LOSS_KINDS[incident_kind], f"{label.lower()} déclaré(e), {loss.number}")
    uow.audit(
        "loss", loss.id, "loss_declare",
        f"{label} déclaré(e) le {format_date_fr(reported.date())} ({loss.number}) : événement du "
        f"{format_date_fr(event_on)} ; prix de remplacement {result.total_ht} € HT (R-61, R-62)",
        after={"kind": incident_kind, "event_on": event_on, "total_ht": result.total_ht,
               "charges": [(c.code, c.amount_ht) for c in result.charges], "tariff": result.tariff_name},
        asset_id=asset.id,
    )
    return loss.id


@use_case("loss.letter")
def record_letter(uow: UnitOfWork, loss_id: int, sent_on: date, reference: str) -> None:
    """The registered letter confirming the declaration (R-62)."""
    loss = _load(uow, loss_id)
    _open(loss, "RECORD_LETTER")
    col = Collector()
    reference = _clean(col, reference, "letter_reference", REFERENCE_MAX)
    if not reference and not col.problems:
        col.add("letter_reference", "numéro de la lettre recommandée requis", "R-62")
    sent = check_date_into(col, sent_on, "letter_sent_on", uow.today())
    if sent is not None and sent > uow.today():
        col.add("letter_sent_on", "date d'envoi dans le futur")
    if sent is not None and sent < loss.event_on:
        col.add("letter_sent_on", "lettre antérieure à l'événement")
    col.check()
    assert sent is not None
    sent_on = sent
    loss.letter_sent_on, loss.letter_reference = sent_on, reference
    uow.flush()
    uow.audit("loss", loss.id, "loss_letter",
              f"{loss.number} : lettre recommandée n° {reference} du {format_date_fr(sent_on)} (R-62)",
              after={"letter_reference": reference, "letter_sent_on": sent_on}, asset_id=loss.asset_id)


@use_case("loss.complaint")
def record_complaint(uow: UnitOfWork, loss_id: int, reference: str, filed_on: date, police_office: str = "") -> None:
    """The police complaint (plainte) attached to the letter (R-62)."""
    loss = _load(uow, loss_id)
    _open(loss, "RECORD_COMPLAINT")
    col = Collector()
    reference = _clean(col, reference, "complaint_reference", REFERENCE_MAX)
    if not reference and not col.problems:
        col.add("complaint_reference", "référence du dépôt de plainte requise", "R-62")
    office = _clean(col, police_office, "police_office", POLICE_OFFICE_MAX)
    filed = check_date_into(col, filed_on, "complaint_on", uow.today())
    if filed is not None and filed > uow.today():
        col.add("complaint_on", "date de plainte dans le futur")
    if filed is not None and filed < loss.event_on:
        col.add("complaint_on", "plainte antérieure à l'événement")
    col.check()
    assert filed is not None
    filed_on = filed
    loss.complaint_reference, loss.complaint_on, loss.police_office = reference, filed_on, office
    uow.flush()
    uow.audit("loss", loss.id, "loss_complaint",
              f"{loss.number} : plainte n° {reference} du {format_date_fr(filed_on)} (R-62)",
              after={"complaint_reference": reference, "complaint_on": filed_on}, asset_id=loss.asset_id)


@use_case("loss.close")
def close_loss(uow: UnitOfWork, loss_id: int) -> None:
    """Close the case: refused without the police complaint reference (R-62)."""
    loss = _load(uow, loss_id)
    _open(loss, "CLOSE")
    if not loss.complaint_reference:
        raise ValidationError.single(
            "complaint_reference",
            f"la déclaration {loss.number} ne peut être close sans la référence du dépôt de plainte",
            "R-62",
        )
    loss.state = LossState.CLOSED.value
    loss.closed_at = uow.now()
    uow.flush()
    uow.audit("loss", loss.id, "loss_close", f"{loss.number} clos (plainte n° {loss.complaint_reference})",
              before={"state": LossState.OPEN}, after={"state": LossState.CLOSED}, asset_id=loss.asset_id)


@use_case("loss.preview")
def preview_loss(
    uow: UnitOfWork,
    asset_id: int,
    kind: IncidentKind | str,
    event_on: date,
    reported_at: datetime | None = None,
    circumstances: str = "",
) -> LossView:
    """What a declaration would give (the same checks and price as ``declare_loss``), without
    writing anything nor taking the audit lock: a preview never blocks another station."""
    checked = _assess(uow, asset_id, kind, event_on, reported_at, circumstances)
    result = checked.result
    return LossView(
        id=0, number="", asset_id=checked.asset.id, contract_id=checked.contract.id, kind=checked.kind.value,
        kind_label=INCIDENT_KIND_LABELS[checked.kind], event_on=event_on, reported_at=checked.reported,
        circumstances=checked.circumstances, letter_sent_on=None, letter_reference="", complaint_reference="",
        complaint_on=None, police_office="", decision=result.decision.value, rules=tuple(result.rules),
        why=checked.why, tariff_name=result.tariff_name,
        charges=tuple(
            LossChargeView(c.code, charge_label(c.code), c.amount_ht,
                           charge_rule(c.code, result.decision, result.rules, checked.rental))
            for c in result.charges
        ),
        total_ht=result.total_ht, total_ttc=ttc(result.total_ht), state=LossState.OPEN.value,
        state_label=LOSS_STATE_LABELS[LossState.OPEN], can_close=False,
    )


@use_case("loss.read")
def loss_view(uow: UnitOfWork, loss_id: int) -> LossView:
    loss = _load(uow, loss_id)
    state = LossState(loss.state)
    kind = IncidentKind(loss.kind)
    return LossView(
        id=loss.id, number=loss.number, asset_id=loss.asset_id, contract_id=loss.contract_id, kind=loss.kind,
        kind_label=INCIDENT_KIND_LABELS[kind], event_on=loss.event_on, reported_at=loss.reported_at,
        circumstances=loss.circumstances, letter_sent_on=loss.letter_sent_on,
        letter_reference=loss.letter_reference, complaint_reference=loss.complaint_reference,
        complaint_on=loss.complaint_on, police_office=loss.police_office, decision=loss.decision,
        rules=tuple(r for r in loss.rules.split(",") if r), why=loss.why, tariff_name=loss.tariff_name,
        charges=tuple(LossChargeView(c.code, charge_label(c.code), c.amount_ht, c.rule) for c in loss.charges),
        total_ht=loss.total_ht, total_ttc=ttc(loss.total_ht), state=loss.state, state_label=LOSS_STATE_LABELS[state],
        can_close=state is LossState.OPEN and bool(loss.complaint_reference),
    )


@use_case("loss.read")
def losses_of_asset(uow: UnitOfWork, asset_id: int) -> list[LossView]:
    ids = uow.session.scalars(
        select(LossDeclaration.id).where(LossDeclaration.asset_id == asset_id).order_by(LossDeclaration.id.desc())
    ).all()
    return [loss_view(uow, i) for i in ids]


@use_case("loss.read")
def loss_statement(uow: UnitOfWork, loss_id: int) -> LossStatement:
    """The statement (PDF) of a declaration: what was declared, the papers, the price (R-61)."""
    loss = _load(uow, loss_id)
    contract = uow.session.get(Contract, loss.contract_id)
    asset = uow.session.get(Asset, loss.asset_id)
    assert contract is not None and asset is not None  # foreign keys
    kind = IncidentKind(loss.kind)
    lines = tuple(DocumentLine(c.code, charge_label(c.code), 1, c.amount_ht, c.amount_ht, c.rule)
                  for c in loss.charges)
    return LossStatement(
        number=loss.number, kind=loss.kind, kind_label=INCIDENT_KIND_LABELS[kind], issued_at=local_time(uow.now()),
        operator=uow.user_name, customer=party_of(contract.customer), device=device_of(asset),
        contract_number=contract.number, contract_kind_label=CONTRACT_KIND_LABELS[ContractKind(contract.kind)],
        in_service_on=asset.in_service_on, event_on=loss.event_on, reported_at=loss.reported_at,
        letter_sent_on=loss.letter_sent_on, letter_reference=loss.letter_reference,
        complaint_reference=loss.complaint_reference, complaint_on=loss.complaint_on,
        police_office=loss.police_office, circumstances=loss.circumstances, lines=lines, totals=totals_of(lines),
        tariff_name=loss.tariff_name, why=loss.why, state_label=LOSS_STATE_LABELS[LossState(loss.state)],
    )


__all__ = [
    "LOSS_KINDS",
    "LOSS_STATE_LABELS",
    "LossState",
    "LossView",
    "close_loss",
    "declare_loss",
    "loss_statement",
    "loss_view",
    "losses_of_asset",
    "record_complaint",
    "record_letter",
]
