"""Today's desk: what needs action now, each item with its device, a French sentence, a
severity and the rule behind it. Counted on the injected clock (``uow.today()``).

Readings (each one also said in the item's sentence):

* Exchange past J+2 (R-46): an open standard exchange whose deadline is before today and
  whose replacement is not shipped yet (urgent), or shipped but the faulty unit not yet back
  (to chase).
* At the maker for more than 3 months (R-60): a ticket still "Envoyé chez le constructeur"
  when today is after sent_to_maker_on + 3 months (R-02).
* Rental ended, device not back (R-51): the return deadline (ended_on + 1 month, R-03) is
  within 7 days (today included) or already passed; devices declared lost, stolen or
  destroyed are not listed (R-62 handles them).
* Carence ends this week (R-42): an option subscribed after the signature whose in-force day
  falls in the current calendar week (Monday to Sunday), not terminated before it.
* Stuck at the workshop (services.workshop): a device waiting for its diagnosis, repair or
  restock for more than 14 days (the maker's return has its own line, R-60).
* Wipes to do (R-80): every device « À effacer » without its wipe recorded (to treat after 14
  days, for information before).
* Warranty ends within 30 days (R-10) for a sold device still at its customer with no option
  (none subscribed, or only terminated ones): says whether the R-40 window (3 months after
  the purchase) is still open, and R-43 when an option was terminated.

Each kind is one query on indexed columns or a narrow date range (prefiltered in SQL with a
few days of slack, decided exactly in Python with the domain's month arithmetic).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select

from ..domain.calendar import add_months, format_date_fr
from ..domain.coverage import (
    ContractFacts,
    OptionFacts,
    option_in_force_from,
    return_deadline,
    subscription_deadline,
    warranty_end,
)
from ..domain.enums import OPTION_LABELS, AssetStatus, ContractKind, OptionName
from ..domain.tickets import TicketState
from ..store.models import Asset, Contract, ContractLine, Customer, OptionSubscription
from ..store.models_workflow import Ticket
from .calendar_settings import alsace_moselle
from .uow import UnitOfWork
from .workshop import STUCK_DAYS, Waiting, queue_rows
from .permissions import use_case
from .today_items import SEVERITY_LABELS, TODAY_KIND_LABELS, Severity, TodayItem, TodayKind, TodayView

RETURN_WARNING_DAYS = 7  # R-51 windows closing within a week
WARRANTY_WARNING_DAYS = 30  # R-10 warranties ending within 30 days
SLACK = timedelta(days=4)  # month arithmetic vs plain days (prefilter only)

_GONE = (AssetStatus.LOST.value, AssetStatus.STOLEN.value, AssetStatus.DESTROYED.value, AssetStatus.SCRAPPED.value)

_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


_ORDER = {Severity.URGENT: 0, Severity.WARNING: 1, Severity.INFO: 2}


def _d(day: date) -> str:
    return format_date_fr(day)


def _in_days(today: date, day: date) -> str:
    n = (day - today).days
    if n == 0:
        return "aujourd'hui"
    if n == 1:
        return "demain"
    if n > 1:
        return f"dans {n} jours"
    return f"depuis {-n} jour{'s' if n < -1 else ''}"


# --------------------------------------------------------------------------- each kind


@use_case("today.read")
def late_exchanges(uow: UnitOfWork, today: date) -> list[TodayItem]:
    """R-46: standard exchanges past their J+2 deadline."""
    rows = uow.session.execute(
        select(Ticket.id, Ticket.number, Ticket.state, Ticket.exchange_deadline, Ticket.shipped_on,
               Ticket.asset_id, Asset.asset_tag, Contract.number, Customer.practice_name)
        .join(Asset, Asset.id == Ticket.asset_id)
        .outerjoin(Contract, Contract.id == Ticket.contract_id)
        .outerjoin(Customer, Customer.id == Contract.customer_id)
        .where(
            Ticket.state.in_((TicketState.REMOTE_DIAGNOSIS.value, TicketState.REPLACEMENT_SHIPPED.value)),
            Ticket.exchange_covered.is_(True),
            Ticket.exchange_deadline < today,
        )
    ).all()
    items = []
    for tid, number, state, deadline, shipped_on, asset_id, tag, contract, customer in rows:
        assert deadline is not None  # filtered in SQL
        if state == TicketState.REMOTE_DIAGNOSIS.value:
            severity = Severity.URGENT
            text = (f"Dossier {number} : échange standard en retard, livraison due au plus tard le {_d(deadline)} "
                    f"(J+2, R-46) et appareil de remplacement pas encore expédié.")
        else:
            severity = Severity.WARNING
            text = (f"Dossier {number} : remplacement expédié le {_d(shipped_on) if shipped_on else '?'}, "
                    f"appareil en panne toujours pas revenu (échéance J+2 du {_d(deadline)}, R-46) : à relancer.")
        items.append(TodayItem(TodayKind.EXCHANGE_LATE, severity, asset_id, tag or "", contract or "",
                               customer or "", deadline, text, "R-46", tid))
    return items


@use_case("today.read")
def long_at_maker(uow: UnitOfWork, today: date) -> list[TodayItem]:
    """R-60: devices at the maker for more than 3 months."""
    rows = uow.session.execute(
        select(Ticket.id, Ticket.number, Ticket.sent_to_maker_on, Ticket.asset_id, Asset.asset_tag,
               Contract.number, Customer.practice_name)
        .join(Asset, Asset.id == Ticket.asset_id)
        .outerjoin(Contract, Contract.id == Ticket.contract_id)
        .outerjoin(Customer, Customer.id == Contract.customer_id)
        .where(Ticket.state == TicketState.SENT_TO_MAKER.value, Ticket.sent_to_maker_on < today)
    ).all()
    items = []
    for tid, number, sent, asset_id, tag, contract, customer in rows:
        assert sent is not None  # filtered in SQL
        limit = add_months(sent, 3)
        if today <= limit:
            continue
        months = (today.year - sent.year) * 12 + today.month - sent.month - (today.day < sent.day)
        text = (f"Dossier {number} : chez le constructeur depuis le {_d(sent)} ({months} mois ; 3 mois au plus "
                f"prévus, dépassés depuis le {_d(limit)}, R-60) : relancer le constructeur.")
        items.append(TodayItem(TodayKind.AT_MAKER_TOO_LONG, Severity.WARNING, asset_id, tag or "", contract or "",
                               customer or "", limit, text, "R-60", tid))
    return items


@use_case("today.read")
def returns_due(uow: UnitOfWork, today: date) -> list[TodayItem]:
    """R-51: ended rentals whose device is not back, window closing within 7 days or closed."""
    horizon = today + timedelta(days=RETURN_WARNING_DAYS)
    # deadline >= ended_on + 28 days, so deadline <= horizon implies ended_on <= horizon - 28 days
    cutoff = min(horizon - timedelta(days=28), today)
    rows = uow.session.execute(
        select(ContractLine.asset_id, Asset.asset_tag, Contract.number, Contract.ended_on, Customer.practice_name)
        .join(Contract, Contract.id == ContractLine.contract_id)
        .join(Asset, Asset.id == ContractLine.asset_id)
        .join(Customer, Customer.id == Contract.customer_id)
        .where(
            Contract.kind == ContractKind.RENTAL.value,
            Contract.ended_on.is_not(None),
            Contract.ended_on <= cutoff,
            ContractLine.removed_on.is_(None),
            Asset.status.not_in(_GONE),
        )
    ).all()
    items = []
    deadlines: dict[date, date] = {}  # many rentals end on the same days
    alsace_moselle_on = alsace_moselle(uow)  # R-01 setting
    for asset_id, tag, number, ended_on, customer in rows:
        assert ended_on is not None  # filtered in SQL
        deadline = deadlines.get(ended_on)
        if deadline is None:
            deadline = deadlines[ended_on] = return_deadline(ended_on, alsace_moselle=alsace_moselle_on)
        if deadline > horizon:
            continue
        if deadline < today:
            severity = Severity.URGENT
            text = (f"Location {number} terminée le {_d(ended_on)} : matériel non rendu, délai de restitution "
                    f"dépassé depuis le {_d(deadline)} (R-51) : facturer le prix de remplacement (R-61).")
        else:
            severity = Severity.WARNING
            text = (f"Location {number} terminée le {_d(ended_on)} : matériel à rendre au plus tard le "
                    f"{_d(deadline)} ({_in_days(today, deadline)}, R-51).")
        items.append(TodayItem(TodayKind.RETURN_DUE, severity, asset_id, tag or "", number, customer, deadline,
                               text, "R-51"))
    return items


@use_case("today.read")
def carence_ends(uow: UnitOfWork, today: date) -> list[TodayItem]:
    """R-42: options subscribed after the signature that come into force this week."""
    monday = today - timedelta(days=today.weekday())
    sunday = monday + timedelta(days=6)
    rows = uow.session.execute(
        select(OptionSubscription.id, OptionSubscription.name, OptionSubscription.subscribed_on,
               OptionSubscription.terminated_on, OptionSubscription.asset_id, Contract.id, Contract.number,
               Contract.kind, Contract.signed_on, Contract.delivered_on, Contract.ended_on, Customer.practice_name)
        .join(Contract, Contract.id == OptionSubscription.contract_id)
        .join(Customer, Customer.id == Contract.customer_id)
        .where(
            OptionSubscription.subscribed_on >= add_months(monday, -3) - SLACK,
            OptionSubscription.subscribed_on <= add_months(sunday, -3) + SLACK,
            OptionSubscription.subscribed_on != Contract.signed_on,
        )
    ).all()
    found: list[tuple[int | None, int, TodayItem]] = []
    for (_oid, name, subscribed, terminated, asset_id, contract_id, number, kind, signed, delivered, ended,
         customer) in rows:
        facts = ContractFacts(ContractKind(kind), signed, delivered, ended)
        start = option_in_force_from(OptionFacts(OptionName(name), subscribed, terminated), facts)
        if not monday <= start <= sunday:
            continue
        if terminated is not None and terminated <= start:
            continue
        if ended is not None and ended < start:
            continue
        label = OPTION_LABELS[OptionName(name)]
        text = (f"{label} souscrite le {_d(subscribed)} : fin de carence, en vigueur à partir du "
                f"{_WEEKDAYS[start.weekday()]} {_d(start)} (R-42).")
        item = TodayItem(TodayKind.CARENCE_ENDS, Severity.INFO, asset_id or 0, "", number, customer, start,
                         text, "R-42")
        found.append((asset_id, contract_id, item))
    return _with_assets(uow, found)


def _with_assets(uow: UnitOfWork, found: list[tuple[int | None, int, TodayItem]]) -> list[TodayItem]:
    """Fill in the device of each item: the option's device, or the contract's first device
    in place for a contract-wide option (rental SERENITE)."""
    if not found:
        return []
    contract_ids = {cid for aid, cid, _ in found if aid is None}
    first: dict[int, int] = {}
    if contract_ids:
        for cid, aid in uow.session.execute(
            select(ContractLine.contract_id, func.min(ContractLine.asset_id))
            .where(ContractLine.contract_id.in_(contract_ids), ContractLine.removed_on.is_(None))
            .group_by(ContractLine.contract_id)
        ).all():
            first[cid] = aid
    asset_ids = {aid if aid is not None else first.get(cid, 0) for aid, cid, _ in found}
    tags = dict(uow.session.execute(select(Asset.id, Asset.asset_tag).where(Asset.id.in_(asset_ids))).all())
    out = []
    for option_asset, cid, item in found:
        real = option_asset if option_asset is not None else first.get(cid)
        if real is None:
            continue  # a contract with no device in place: nothing to show
        out.append(TodayItem(item.kind, item.severity, real, tags.get(real) or "", item.contract_number,
                             item.customer_name, item.due, item.sentence, item.rule))
    return out


@use_case("today.read")
def warranties_ending(uow: UnitOfWork, today: date) -> list[TodayItem]:
    """R-10 / R-40 / R-43: sold devices whose warranty ends within 30 days without an option."""
    horizon = today + timedelta(days=WARRANTY_WARNING_DAYS)
    # warranty_end = start + 12 months - 1 day, in [today, horizon]
    low = add_months(today, -12) - SLACK
    high = add_months(horizon, -12) + SLACK
    rows = uow.session.execute(
        select(ContractLine.asset_id, Asset.asset_tag, Contract.id, Contract.number, Contract.signed_on,
               Contract.delivered_on, Customer.practice_name)
        .join(Contract, Contract.id == ContractLine.contract_id)
        .join(Asset, Asset.id == ContractLine.asset_id)
        .join(Customer, Customer.id == Contract.customer_id)
        .where(
            Contract.kind == ContractKind.SALE.value,
            or_(and_(Contract.delivered_on.is_not(None), Contract.delivered_on.between(low, high)),
                and_(Contract.delivered_on.is_(None), Contract.signed_on.between(low, high))),
            ContractLine.removed_on.is_(None),
            Asset.status.not_in(_GONE),
        )
    ).all()
    candidates = []
    for asset_id, tag, contract_id, number, signed, delivered, customer in rows:
        facts = ContractFacts(ContractKind.SALE, signed, delivered)
        end = warranty_end(facts)
        if today <= end <= horizon:
            candidates.append((asset_id, tag, contract_id, number, facts, end, customer))
    if not candidates:
        return []
    options: dict[tuple[int, int], list[tuple[date | None]]] = {}
    for contract_id, asset_id, terminated in _options_of(uow, {c[2] for c in candidates}):
        options.setdefault((contract_id, asset_id), []).append((terminated,))
    items = []
    for asset_id, tag, contract_id, number, facts, end, customer in candidates:
        mine = options.get((contract_id, asset_id), []) + options.get((contract_id, 0), [])
        if any(t is None or t > today for (t,) in mine):
            continue  # an option in place (in force or in carence)
        window = subscription_deadline(facts)
        head = f"Garantie constructeur jusqu'au {_d(end)} ({_in_days(today, end)}, R-10), sans option"
        if mine:
            severity = Severity.INFO
            text = f"{head} : option résiliée, aucune ne peut plus être souscrite pour ce matériel (R-43)."
            rule = "R-43"
        elif today <= window:
            severity = Severity.WARNING
            text = f"{head} : une option peut encore être souscrite jusqu'au {_d(window)} inclus (R-40)."
            rule = "R-40"
        else:
            severity = Severity.INFO
            text = (f"{head} : fenêtre de souscription d'une option fermée depuis le {_d(window + timedelta(days=1))} "
                    "(3 mois après l'achat, R-40) ; hors garantie, réparations sur devis (R-60).")
            rule = "R-40"
        items.append(TodayItem(TodayKind.WARRANTY_ENDS, severity, asset_id, tag or "", number, customer, end,
                               text, rule))
    return items


def _options_of(uow: UnitOfWork, contract_ids: Iterable[int]) -> list[tuple[int, int, date | None]]:
    ids = sorted(contract_ids)
    out: list[tuple[int, int, date | None]] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for cid, aid, terminated in uow.session.execute(
            select(OptionSubscription.contract_id, OptionSubscription.asset_id, OptionSubscription.terminated_on)
            .where(OptionSubscription.contract_id.in_(chunk))
        ).all():
            out.append((cid, aid or 0, terminated))
    return out


def workshop_items(uow: UnitOfWork, today: date) -> list[TodayItem]:
    """The workshop queue's devices waiting too long (CYCLE-2) and the wipes to do (R-80)."""
    items = []
    for row in queue_rows(uow):
        days = row.waited_days(today)
        if row.waiting is Waiting.WIPE:
            items.append(TodayItem(
                TodayKind.WIPE_PENDING, Severity.WARNING if days > STUCK_DAYS else Severity.INFO, row.asset_id,
                row.asset_tag, "", "", row.since.date(),
                f"{row.model_label} n° {row.serial} « {row.status_label} » depuis le {_d(row.since.date())} : "
                "enregistrer l'effacement des données avant toute remise en stock (R-80).", "R-80"))
        elif days > STUCK_DAYS and row.waiting is not Waiting.MAKER_RETURN:  # the maker has its own
            items.append(TodayItem(
                TodayKind.WORKSHOP_STUCK, Severity.WARNING, row.asset_id, row.asset_tag, "", "", row.since.date(),
                f"{row.model_label} n° {row.serial} « {row.status_label} » depuis le {_d(row.since.date())} "
                f"({days} jours) : {row.waiting_label.lower()} en attente — {row.next_step}.",
                row.rule or "CYCLE-2", row.ticket_id))
    return items


# --------------------------------------------------------------------------- the screen


@use_case("today.read")
def today_view(uow: UnitOfWork) -> TodayView:
    """Everything that needs action today, most urgent first, then by due day."""
    today = uow.today()
    items = [
        *late_exchanges(uow, today),
        *long_at_maker(uow, today),
        *returns_due(uow, today),
        *carence_ends(uow, today),
        *warranties_ending(uow, today),
        *workshop_items(uow, today),
    ]
    items.sort(key=lambda i: (_ORDER[i.severity], i.due, i.asset_tag))
    return TodayView(today, tuple(items))


__all__ = [
    "SEVERITY_LABELS",
    "Severity",
    "TODAY_KIND_LABELS",
    "TodayItem",
    "TodayKind",
    "TodayView",
    "today_view",
]
