"""Contracts (sale or rental), their lines and option subscriptions."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from sqlalchemy import select

from ..domain.calendar import format_date_fr
from ..domain.coverage import ContractFacts, OptionFacts, check_option
from ..domain.enums import CONTRACT_KIND_LABELS, OPTION_LABELS, AssetStatus, ContractKind, OptionName
from ..domain.errors import Collector, NotFoundError, ValidationError
from ..domain.records import ContractInput, deposit_state_for, validate_contract
from ..domain.validators import check_date, check_id
from ..store.models import Asset, Contract, ContractLine, Customer, OptionSubscription
from . import lifecycle
from ..store.models_contracts import DepositEntry
from ..domain.contracts import DepositEntryKind
from .uow import UnitOfWork
from .permissions import use_case
from .views import ContractView, OptionView


def contract_view(c: Contract, asset_id: int | None = None) -> ContractView:
    """The contract as the UI shows it; with asset_id, only that device's options (and contract-wide ones)."""
    options = [o for o in c.options if asset_id is None or o.asset_id in (None, asset_id)]
    return ContractView(
        id=c.id,
        number=c.number,
        kind=c.kind,
        customer_id=c.customer_id,
        customer_name=c.customer.practice_name,
        signed_on=c.signed_on,
        delivered_on=c.delivered_on,
        ended_on=c.ended_on,
        deposit=c.deposit,
        deposit_state=c.deposit_state,
        software_service=c.software_service,
        insurer=c.insurer,
        policy_number=c.policy_number,
        version=c.version,
        options=tuple(OptionView(o.id, o.name, o.subscribed_on, o.terminated_on) for o in options),
    )


def _model_codes(uow: UnitOfWork, asset_ids: tuple[int, ...]) -> tuple[str, ...]:
    codes = []
    for asset_id in asset_ids:
        a = uow.session.get(Asset, asset_id) if isinstance(asset_id, int) and asset_id > 0 else None
        if a is not None:
            codes.append(a.model_code)
    return tuple(codes)


@use_case("contract.create")
def create_contract(uow: UnitOfWork, data: ContractInput) -> int:
    """A sale or rental of devices in stock; they become sold or rented. A rental needs its
    deposit, insurer and policy number (R-50, R-54); a terminal its software service (R-55)."""
    clean = validate_contract(data, _model_codes(uow, tuple(data.asset_ids)), uow.today())
    col = Collector()
    customer = uow.session.get(Customer, clean.customer_id)
    if customer is None:
        col.add("customer_id", "client inconnu")
    assets: list[Asset] = []
    for i, asset_id in enumerate(clean.asset_ids):
        a = uow.session.get(Asset, asset_id)
        if a is None:
            col.add(f"asset_ids[{i}]", f"matériel inconnu : {asset_id}")
        elif a.status != AssetStatus.IN_STOCK.value:
            col.add(f"asset_ids[{i}]", f"le matériel {a.asset_tag} n'est pas en stock")
        else:
            assets.append(a)
    facts = ContractFacts(ContractKind(clean.kind), clean.signed_on, clean.delivered_on, clean.ended_on)
    for i, opt in enumerate(clean.options):
        if clean.kind is ContractKind.SALE and opt.asset_id not in clean.asset_ids:
            col.add(f"options[{i}].asset_id", "une option de vente porte sur un matériel du contrat")
        same_device = [OptionFacts(o.name, o.subscribed_on, o.terminated_on)
                       for j, o in enumerate(clean.options) if j != i and o.asset_id == opt.asset_id]
        for p in check_option(facts, OptionFacts(opt.name, opt.subscribed_on, opt.terminated_on), same_device, f"options[{i}]"):
            if p not in col.problems:
                col.problems.append(p)
    col.check()
    kind = ContractKind(clean.kind)
    c = Contract(
        number="",
        kind=kind.value,
        customer_id=clean.customer_id,
        signed_on=clean.signed_on,
        delivered_on=clean.delivered_on,
        ended_on=clean.ended_on,
        deposit=clean.deposit,
        deposit_state=deposit_state_for(kind, clean.deposit).value,
        software_service=clean.software_service,
        insurer=clean.insurer,
        policy_number=clean.policy_number,
        notes=clean.notes,
        created_at=uow.now(),
    )
    c.number = f"TMP-{id(c)}"
    uow.session.add(c)
    uow.flush()
    c.number = f"{'V' if kind is ContractKind.SALE else 'L'}{clean.signed_on.year}-{c.id:06d}"
    for a in assets:
        c.lines.append(ContractLine(asset_id=a.id, added_on=clean.delivered_on or clean.signed_on))
        lifecycle.move(uow, a, AssetStatus.SOLD if kind is ContractKind.SALE else AssetStatus.RENTED,
                       f"contrat {c.number}")
    if kind is ContractKind.RENTAL and clean.ended_on is not None:
        # A rental recorded after its end: its devices are already due back, as when
        # the end is recorded later (services.contract_life).
        uow.flush()
        lifecycle.follow_rental_end(uow, c, f"contrat {c.number} : fin de la location le {format_date_fr(clean.ended_on)}")
    for opt in clean.options:
        c.options.append(
            OptionSubscription(
                asset_id=opt.asset_id, name=opt.name.value,
                subscribed_on=opt.subscribed_on, terminated_on=opt.terminated_on,
            )
        )
    if kind is ContractKind.RENTAL and clean.deposit > 0:  # paid at signature
        uow.session.add(DepositEntry(
            contract_id=c.id, kind=DepositEntryKind.PAID.value, amount=clean.deposit, entry_on=clean.signed_on,
            note="versé à la signature (R-50)", recorded_at=uow.now(), recorded_by=uow.user_name,
        ))
    uow.flush()
    label = CONTRACT_KIND_LABELS[kind]
    uow.audit("contract", c.id, "create", f"{label} {c.number} créée pour {customer.practice_name}",  # type: ignore[union-attr]
              after=asdict(clean))
    for a in assets:
        opts = [OPTION_LABELS[o.name] for o in clean.options if o.asset_id in (None, a.id)]
        extra = f", options : {', '.join(opts)}" if opts else ""
        uow.audit(
            "asset", a.id, "contract",
            f"{label} {c.number} à {customer.practice_name}{extra}",  # type: ignore[union-attr]
            after={"contract": c.number, "status": a.status}, asset_id=a.id,
        )
    return c.id


@use_case("contract.read")
def get_contract(uow: UnitOfWork, contract_id: int) -> ContractView:
    c = uow.session.get(Contract, contract_id)
    if c is None:
        raise NotFoundError("Contrat", str(contract_id))
    return contract_view(c)


@use_case("contract.read")
def contracts_of_customer(uow: UnitOfWork, customer_id: int) -> list[ContractView]:
    rows = uow.session.scalars(
        select(Contract).where(Contract.customer_id == customer_id).order_by(Contract.signed_on.desc())
    ).all()
    return [contract_view(c) for c in rows]


def _facts(c: Contract) -> ContractFacts:
    return ContractFacts(ContractKind(c.kind), c.signed_on, c.delivered_on, c.ended_on)


def _option_facts(o: OptionSubscription) -> OptionFacts:
    return OptionFacts(OptionName(o.name), o.subscribed_on, o.terminated_on)


def _device_options(c: Contract, asset_id: int | None) -> list[OptionSubscription]:
    """The options that bear on one device: a sale's options are per device, a rental's per contract."""
    if c.kind == ContractKind.SALE.value:
        return [o for o in c.options if o.asset_id == asset_id]
    return list(c.options)


@use_case("option.subscribe")
def subscribe_option(
    uow: UnitOfWork, contract_id: int, asset_id: int | None, name: OptionName, subscribed_on: date
) -> int:
    """Subscribe an option after the signature: windows R-40/R-41, termination is final R-43."""
    subscribed_on = check_date(subscribed_on, "option.subscribed_on", uow.today()) or uow.today()
    try:
        name = OptionName(name)
    except ValueError:
        raise ValidationError.single("option.name", f"option inconnue : {str(name)[:40]!r}") from None
    c = uow.session.get(Contract, check_id(contract_id, "contract_id"))
    if c is None:
        raise NotFoundError("Contrat", str(contract_id))
    col = Collector()
    if c.kind == ContractKind.SALE.value and asset_id not in {line.asset_id for line in c.lines}:
        col.add("option.asset_id", "une option de vente porte sur un matériel du contrat")
    col.check()
    others = _device_options(c, asset_id)
    new = OptionFacts(OptionName(name), subscribed_on)
    col.problems.extend(check_option(_facts(c), new, [_option_facts(o) for o in others], "option"))
    col.check()
    option = OptionSubscription(asset_id=asset_id if c.kind == ContractKind.SALE.value else None,
                                name=new.name.value, subscribed_on=subscribed_on)
    c.options.append(option)
    uow.flush()
    for a in ([asset_id] if asset_id else [line.asset_id for line in c.lines if line.removed_on is None]):
        uow.audit("option", option.id, "option",
                  f"{OPTION_LABELS[new.name]} souscrite le {format_date_fr(subscribed_on)} ({c.number})",
                  after={"name": new.name, "subscribed_on": subscribed_on}, asset_id=a)
    return option.id


@use_case("option.terminate")
def terminate_option(uow: UnitOfWork, option_id: int, terminated_on: date) -> None:
    """Terminate an option. Final (R-43): it can never be subscribed again for that device."""
    terminated_on = check_date(terminated_on, "option.terminated_on", uow.today()) or uow.today()
    o = uow.session.get(OptionSubscription, check_id(option_id, "option_id"))
    if o is None:
        raise NotFoundError("Option", str(option_id))
    if o.terminated_on is not None:
        raise ValidationError.single("option.terminated_on", "option déjà résiliée", "R-43")
    if terminated_on < o.subscribed_on:
        raise ValidationError.single("option.terminated_on", "résiliation antérieure à la souscription")
    o.terminated_on = terminated_on
    uow.flush()
    c = o.contract
    name = OPTION_LABELS[OptionName(o.name)]
    for a in ([o.asset_id] if o.asset_id else [line.asset_id for line in c.lines if line.removed_on is None]):
        uow.audit("option", o.id, "option_end",
                  f"{name} résiliée le {format_date_fr(terminated_on)} ({c.number}) — définitif (R-43)",
                  before={"terminated_on": None}, after={"terminated_on": terminated_on}, asset_id=a)
