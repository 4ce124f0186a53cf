"""Assets: registration, edits, status, the list search, scan lookup, detail and timeline."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from sqlalchemy import Select, and_, bindparam, column, desc, func, literal_column, select, table, union
from sqlalchemy.orm import selectinload

from ..domain.catalogue import MODELS_BY_CODE
from ..domain.enums import ASSET_STATUS_LABELS, AssetStatus, ContractKind
from ..domain.errors import NotFoundError, ValidationError
from ..domain.identifiers import asset_tag_for_id, parse_scan
from ..domain.records import AssetInput, search_key, validate_asset
from ..domain.validators import check_id, clean_text, is_clean_search
from ..domain.coverage import ContractFacts, warranty_end as sale_warranty_end
from ..store import search_index
from ..store.models import (
    Asset,
    AssetAccessory,
    AuditEntry,
    Contract,
    ContractLine,
    Customer,
    Practitioner,
)
from .accounts import authorize
from .contracts import contract_view
from .uow import UnitOfWork
from .permissions import use_case
from .views import PAGE_SIZE, AssetDetail, AssetRef, AssetRow, TimelineEntry
from . import compiled, lifecycle

REASON_MAX = 300  # the reason given with a status change


def _snapshot(a: Asset) -> dict[str, Any]:
    return {
        "model_code": a.model_code,
        "serial": a.serial,
        "status": a.status,
        "in_service_on": a.in_service_on,
        "firmware_version": a.firmware_version,
        "iccid": a.iccid,
        "notes": a.notes,
    }


def _check_unique(uow: UnitOfWork, data: AssetInput, own_id: int | None) -> None:
    other = uow.session.execute(
        select(Asset.id, Asset.asset_tag).where(Asset.model_code == data.model_code, Asset.serial == data.serial)
    ).first()
    if other is not None and other.id != own_id:
        raise ValidationError.single(
            "serial", f"ce numéro de série existe déjà pour ce modèle (étiquette {other.asset_tag})"
        )
    if data.iccid:
        holder = uow.session.scalar(select(Asset.id).where(Asset.iccid == data.iccid))
        if holder is not None and holder != own_id:
            raise ValidationError.single("iccid", "cet ICCID est déjà enregistré sur un autre terminal")


def _check_in_service(uow: UnitOfWork, clean: AssetInput) -> None:
    """R-90: a device commissioned after today would be assessed before its commissioning."""
    if clean.in_service_on is not None and clean.in_service_on > uow.today():
        raise ValidationError.single(
            "in_service_on", f"mise en service le {clean.in_service_on:%d/%m/%Y}, dans le futur", "R-90"
        )


@use_case("asset.register")
def register_asset(uow: UnitOfWork, data: AssetInput) -> AssetRef:
    clean = validate_asset(data, uow.today())
    _check_in_service(uow, clean)
    if clean.status is not AssetStatus.IN_STOCK:
        raise ValidationError.single(
            "status", "un matériel est enregistré en stock ; son statut suit ensuite son parcours", "CYCLE-1"
        )
    _check_unique(uow, clean, None)
    a = Asset(
        model_code=clean.model_code,
        serial=clean.serial,
        status=clean.status.value,
        in_service_on=clean.in_service_on,
        firmware_version=clean.firmware_version,
        iccid=clean.iccid,
        notes=clean.notes,
        created_at=uow.now(),
    )
    uow.session.add(a)
    uow.flush()
    a.asset_tag = asset_tag_for_id(a.id)
    uow.flush()
    model = MODELS_BY_CODE[clean.model_code]
    uow.audit(
        "asset", a.id, "create",
        f"Matériel enregistré : {model.label}, n° de série {a.serial}, étiquette {a.asset_tag}",
        after=asdict(clean), asset_id=a.id,
    )
    return AssetRef(a.id, a.asset_tag, a.serial)


def _load(uow: UnitOfWork, asset_id: int) -> Asset:
    a = uow.session.get(Asset, check_id(asset_id, "asset_id"))
    if a is None:
        raise NotFoundError("Matériel", str(asset_id))
    return a


@use_case("asset.update")
def update_asset(uow: UnitOfWork, asset_id: int, data: AssetInput, expected_version: int) -> None:
    """Edit the device's record (status changes go through set_status)."""
    a = _load(uow, asset_id)
    uow.expect_version("assets", a.version, expected_version,
                       what="Le matériel", key=a.asset_tag or str(asset_id), entity="asset", entity_id=a.id)
    clean = validate_asset(AssetInput(**{**asdict(data), "status": AssetStatus(a.status)}), uow.today())
    _check_in_service(uow, clean)
    _check_unique(uow, clean, asset_id)
    before = _snapshot(a)
    a.model_code = clean.model_code
    a.serial = clean.serial
    a.in_service_on = clean.in_service_on
    a.firmware_version = clean.firmware_version
    a.iccid = clean.iccid
    a.notes = clean.notes
    after = _snapshot(a)
    changed = [k for k in after if after[k] != before[k]]
    if not changed:
        return
    uow.flush()
    uow.audit(
        "asset", a.id, "update", "Fiche modifiée : " + ", ".join(FIELD_LABELS.get(k, k) for k in changed),
        before={k: before[k] for k in changed}, after={k: after[k] for k in changed}, asset_id=a.id,
    )


FIELD_LABELS = {
    "model_code": "modèle",
    "serial": "n° de série",
    "status": "statut",
    "in_service_on": "mise en service",
    "firmware_version": "version logicielle",
    "iccid": "ICCID",
    "notes": "notes",
}


@use_case("asset.set_status")
def set_status(uow: UnitOfWork, asset_id: int, status: AssetStatus, reason: str = "") -> None:
    """Change the status along the device machine (services.lifecycle: rule, permission, R-80)."""
    try:
        new = AssetStatus(status)
    except ValueError:
        raise ValidationError.single("status", f"statut inconnu : {str(status)[:40]!r}") from None
    if new is AssetStatus.SCRAPPED:
        authorize(uow, "asset.scrap")  # scrapping: its own permission, even inside another use case
    reason = clean_text(reason, "reason", max_length=REASON_MAX)
    lifecycle.move(uow, _load(uow, asset_id), new, reason)


# --- Search --------------------------------------------------------------------------------


# The search's statements are built once per *shape* (which ways of matching apply, dense or
# sparse, first page or not, page size, database) with bound parameters, and kept
# (services.compiled): building a SQLAlchemy statement costs far more than SQLite takes to
# run it (see README, performance).

#: Called with (SQL text, parameters) before each search statement runs (the bench replays
#: them through bare sqlite3: its floor).
STATEMENT_OBSERVERS: list[Callable[[str, Any], None]] = []


def _fetch(conn: Any, key: tuple[Any, ...], build: Any, params: dict[str, Any]) -> list[Any]:
    """A search statement straight on the DBAPI cursor of the unit of work's connection (its
    transaction); its columns are plain integers and texts: no result processing is needed."""
    return compiled.fetch(conn, ("search", *key), build, params, STATEMENT_OBSERVERS)


def _prefix(column: Any, name: str, dialect: str, walk: bool = False) -> Any:
    """Prefix match on an upper-case column (a range on SQLite, so that its index serves);
    parameters ``<name>_lo``/``<name>_hi`` (SQLite) or ``<name>_like``.

    ``walk`` bypasses the index on SQLite: for a prefix shared by many rows, walking the
    newest rows first finds a page sooner than sorting every match.
    """
    if dialect == "sqlite":
        target = column.concat("") if walk else column
        return and_(target >= bindparam(f"{name}_lo"), target < bindparam(f"{name}_hi"))
    return column.like(bindparam(f"{name}_like"), escape="\\")


def _prefix_params(name: str, text: str, dialect: str) -> dict[str, str]:
    if dialect == "sqlite":
        return {f"{name}_lo": text, f"{name}_hi": text[:-1] + chr(ord(text[-1]) + 1)}
    return {f"{name}_like": text.replace("%", r"\%").replace("_", r"\_") + "%"}


#: Devices matching a prefix up to which the index serves it on any base (see ``_dense_rows``).
DENSE_ROWS = 2000


def _column(name: str) -> Any:
    return {"serial": Asset.serial, "tag": Asset.asset_tag, "iccid": Asset.iccid}[name]


def _limit(n: int) -> Any:
    """A page size written into the SQL: with a bound LIMIT, SQLite plans a full scan."""
    return literal_column(str(int(n)))


def _top(sel: Select[Any], col: Any, after: bool, limit: int) -> Select[Any]:
    """The ``limit`` highest asset ids of one way of matching, below the ``after_id`` parameter."""
    if after:
        sel = sel.where(col < bindparam("after_id"))
    sub = sel.order_by(desc(col)).limit(_limit(limit)).subquery()
    return select(sub.c[0].label("id"))


#: Matching customers up to which the customers -> contracts -> lines way is taken on any
#: base (see ``_sparse_cap``); the sizes are read again after ``SIZES_TTL_S`` seconds.
SPARSE_CUSTOMERS = 1000
SIZES_TTL_S = 300.0


def _sizes(conn: Any, estimates: dict[str, Any]) -> tuple[int, int, int]:
    """About how many customers, contract lines and devices the base holds (their highest
    ids: read from the primary keys in a moment), kept a few minutes."""
    now = time.monotonic()
    got = estimates.get("sizes")
    if got is None or now - got[0] > SIZES_TTL_S:
        rows = _fetch(conn, ("sizes",), lambda: select(
            select(func.max(Customer.id)).scalar_subquery(),
            select(func.max(ContractLine.id)).scalar_subquery(),
            select(func.max(Asset.id)).scalar_subquery()), {})
        got = estimates["sizes"] = (now, *(int(v or 0) for v in rows[0]))
    return got[1], got[2], got[3]


def _dense_rows(conn: Any, estimates: dict[str, Any]) -> int:
    """Devices matching a prefix beyond which walking the devices from the newest down finds a
    page sooner than reading the prefix's range of the index and sorting it.

    With A devices and n matching, the range reads n index entries (about 0.1 us each) and
    the walk about limit x A/n rows (0.25 us each): the walk wins past n = sqrt(500 x A)
    (about 7,000 on 100,000 devices, 22,000 on 1,000,000, where a prefix matching 2,700
    serials took 21 ms walked and 1 ms through the index)."""
    devices = _sizes(conn, estimates)[2]
    return max(DENSE_ROWS, int(math.sqrt(500 * devices)))


def _sparse_cap(conn: Any, estimates: dict[str, Any], limit: int) -> int:
    """Up to how many matching customers their devices are best found customers -> contracts ->
    lines, beyond which walking the lines from the newest down is quicker.

    With C customers, L lines and n of the customers matching, the first way reads about
    n x L/C lines and the walk about limit x C/n: the first wins while n < C x sqrt(limit/L)
    (about 1,200 customers on 100,000 devices, 3,900 on 1,000,000: a surname shared by
    2,000 practices took 30 ms walked and 13 ms the first way there)."""
    customers, lines, _devices = _sizes(conn, estimates)
    if not customers or not lines:
        return SPARSE_CUSTOMERS
    return max(SPARSE_CUSTOMERS, int(customers * math.sqrt(limit / lines)))


def _count_at_most(conn: Any, key: tuple[Any, ...], build: Any, cap: int, params: dict[str, Any]) -> int:
    rows = _fetch(conn, ("count", cap) + key,
                  lambda: select(func.count()).select_from(build().limit(_limit(cap + 1)).subquery()), params)
    return int(rows[0][0] or 0) if rows else 0


def _name_matches(mode: str, dialect: str) -> Any:
    """The condition on a customer's stored upper-case name: it starts with the text ("short":
    a prefix range, which its index serves on SQLite where a LIKE read every customer) or
    contains it (a LIKE on the parameter ``name_contains``, see ``_contains``)."""
    if mode == "short":
        return _prefix(Customer.search_name, "name", dialect)
    return Customer.search_name.like(bindparam("name_contains"), escape="\\")


def _customers_named(mode: str, dialect: str) -> Select[Any]:
    """Customers whose name contains the text (three characters and more: through the trigram
    index, "fts", or a LIKE), or starts with it ("short")."""
    if mode == "fts":
        fts = table(search_index.TABLE, column("rowid"), column(search_index.TABLE))
        return select(fts.c.rowid).where(fts.c[search_index.TABLE].op("MATCH")(bindparam("name")))
    return select(Customer.id).where(_name_matches(mode, dialect))


def _customer_ids(kind: str, dialect: str) -> Select[Any]:
    if kind == "rpps":
        return select(Practitioner.customer_id).where(_prefix(Practitioner.rpps, "rpps", dialect))
    return _customers_named(kind, dialect)


def _customers_part(kind: str, dialect: str, way: str, after: bool, limit: int) -> Select[Any]:
    """Devices currently on a contract of the customers ``kind`` finds, one of three ways
    (``way``, chosen by ``_plan`` with the count of matching customers in hand: SQLite's planner
    cannot guess a name's selectivity):

    - "sparse", few customers: customers -> contracts -> lines (from the lines' covering index);
    - "list", more of them: the lines walked from the newest device down, each looked up in the
      list of matching customers, until a page is found;
    - "inplace", a name most customers share ("CABINET"): the lines walked, each line's customer
      checked in place (building a list of nearly every customer costs more than the walk).
      A two-letter prefix (kind "short") is always checked in place when not sparse.
    """
    if way == "sparse":
        lines = (
            select(ContractLine.asset_id)
            .join(Contract, Contract.id == ContractLine.contract_id)
            .where(ContractLine.removed_on.is_(None), Contract.customer_id.in_(_customer_ids(kind, dialect)))
        )
        return _top(lines, ContractLine.asset_id, after, limit)
    of_line = select(Contract.id).where(Contract.id == ContractLine.contract_id)
    if kind == "short" or way == "inplace":
        of_line = of_line.join(Customer, Customer.id == Contract.customer_id).where(_name_matches(kind, dialect))
    else:
        of_line = of_line.where(Contract.customer_id.in_(_customer_ids(kind, dialect)))
    lines = select(ContractLine.asset_id).where(ContractLine.removed_on.is_(None), of_line.exists())
    return _top(lines, ContractLine.asset_id, after, limit)


def _contains(text: str) -> str:
    """A LIKE pattern (escape character \\) for names containing ``text`` as typed: a % or _
    typed is a character, not a wildcard."""
    return "%" + text.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_") + "%"


def _list_cap(conn: Any, estimates: dict[str, Any], sparse: int) -> int:
    """Matching customers beyond which a walk checks each line's customer in place rather than
    in a list of them: the list costs about 0.4 us a customer to build, the walk about 3 us
    a line more, over limit x C/n lines; the list wins while n < sqrt(1500 x C) (about 6,000
    customers of 25,000, 19,000 of 250,000: "CABINET", 218,000 of them, took 90 ms through the
    list and 0.6 ms in place on 1,000,000 devices)."""
    customers = _sizes(conn, estimates)[0]
    return max(sparse, int(math.sqrt(1500 * customers)))


def _plan(conn: Any, query: str, dialect: str, name_index: bool, estimates: dict[str, Any], limit: int,
          ) -> tuple[tuple[Any, ...], dict[str, Any]] | None:
    """Which ways of matching apply to the text, dense or sparse (the counts decide), and the
    statements' parameters; None for no text (every device)."""
    key = search_key(query).replace(" ", "")
    if not key:
        return None
    tag, serial = parse_scan(query)
    if tag and serial:  # a whole label text: exactly that device
        return (("label",),), {"label_tag": tag}
    params: dict[str, Any] = {}
    parts: list[tuple[Any, ...]] = []

    def prefix_part(name: str) -> None:
        params.update(_prefix_params(name, key, dialect))
        walk = False
        if dialect == "sqlite":
            dense = _dense_rows(conn, estimates)
            walk = _count_at_most(conn, ("prefix", name, dialect),
                                  lambda: select(Asset.id).where(_prefix(_column(name), name, dialect)),
                                  dense, params) > dense
        parts.append(("prefix", name, walk))

    def customers_part(kind: str) -> None:
        sparse = _sparse_cap(conn, estimates, limit)
        in_place = kind in ("fts", "like")  # a name's text, which each customer can be checked against
        cap = _list_cap(conn, estimates, sparse) if in_place else sparse
        found = _count_at_most(conn, ("customers", kind, dialect), lambda: _customer_ids(kind, dialect), cap, params)
        way = "sparse" if found <= sparse else "list" if found <= cap or not in_place else "inplace"
        if way == "inplace":
            params["name_contains"] = _contains(name_key)
        parts.append(("customers", kind, way))

    prefix_part("serial")
    if key.isalnum() and len(key) <= 7:
        prefix_part("tag")
    if key.isdigit() and len(key) >= 4:
        prefix_part("iccid")
        params.update(_prefix_params("rpps", key, dialect))
        customers_part("rpps")
    name_key = search_key(query)
    # Practice names hold no digits: a text with digits is a serial, tag, RPPS or ICCID.
    if any(c.isalpha() for c in name_key) and not any(c.isdigit() for c in name_key):
        if len(name_key) < 3:
            mode = "short"
            params.update(_prefix_params("name", name_key, dialect))
        elif name_index:
            mode, params["name"] = "fts", search_index.match_expression(name_key)
        else:
            mode, params["name_contains"] = "like", _contains(name_key)
        customers_part(mode)
    return tuple(parts), params


def _matching_ids(plan: tuple[Any, ...], dialect: str, after: bool, limit: int) -> Any:
    """Ids of the next page of assets matching, each way capped at one page."""
    selects = []
    for part in plan:
        if part[0] == "label":
            return select(Asset.id.label("id")).where(Asset.asset_tag == bindparam("label_tag"))
        if part[0] == "prefix":
            _, name, walk = part
            selects.append(_top(select(Asset.id).where(_prefix(_column(name), name, dialect, walk)), Asset.id,
                                after, limit))
        else:
            _, kind, way = part
            selects.append(_customers_part(kind, dialect, way, after, limit))
    return selects[0] if len(selects) == 1 else union(*selects)


@use_case("asset.search")
def search_assets(
    uow: UnitOfWork, query: str = "", after_id: int | None = None, limit: int = PAGE_SIZE
) -> list[AssetRow]:
    """One page of the asset list, newest first; ``after_id`` continues after the last row shown."""
    if not is_clean_search(query):  # NUL, lone surrogate, control character: nothing matches
        return []
    conn = uow.connection()
    dialect = conn.dialect.name
    planned = _plan(conn, query, dialect, uow.db.has_name_index, uow.db.estimates, limit)
    plan, params = planned if planned is not None else (None, {})
    after = after_id is not None
    if after_id is not None:
        params["after_id"] = int(after_id)

    def build() -> Any:
        stmt = _row_select()
        if plan is None:
            if after:
                stmt = stmt.where(Asset.id < bindparam("after_id"))
        else:
            page = _matching_ids(plan, dialect, after, limit).subquery()
            stmt = stmt.join(page, page.c.id == Asset.id)
        return stmt.order_by(desc(Asset.id)).limit(_limit(limit))

    return list(map(AssetRow._make, _fetch(conn, ("page", dialect, plan, after, int(limit)), build, params)))


def _row_select() -> Any:  # a Select of the list's eight columns, as AssetRow holds them
    line = ContractLine
    return (
        select(
            # (a device's tag comes right after its insert: '' until then, in the statement,
            # so that a row is made in one call per row)
            Asset.id, func.coalesce(Asset.asset_tag, literal_column("''")).label("asset_tag"), Asset.serial,
            Asset.model_code, Asset.status, Customer.practice_name, Contract.kind, Contract.number,
        )
        .outerjoin(line, and_(line.asset_id == Asset.id, line.removed_on.is_(None)))
        .outerjoin(Contract, Contract.id == line.contract_id)
        .outerjoin(Customer, Customer.id == Contract.customer_id)
    )


def _rows(uow: UnitOfWork, stmt: Select[Any]) -> list[AssetRow]:
    return list(map(AssetRow._make, uow.connection().execute(stmt).all()))  # Core: no ORM on a hot path


@use_case("asset.search")
def asset_rows(uow: UnitOfWork, asset_ids: list[int]) -> list[AssetRow]:
    """The list's lines of these devices as they are now (the list refreshes edited rows in place)."""
    if not asset_ids:
        return []
    return _rows(uow, _row_select().where(Asset.id.in_([int(i) for i in asset_ids])))


# One text per shape of search statement (which ways of matching apply, dense or sparse):
# running them once prepares SQLAlchemy's statement cache and SQLite's pages, so that the
# desk's first search of each kind is as quick as the next ones.
WARM_UP_QUERIES = ("A", "AB", "ZZZQ", "MAR", "ZQXW", "1", "12345", "893320", "10000000000", "X9EH1W6", "M5G2")


@use_case("asset.search")
def warm_up(uow: UnitOfWork) -> None:
    for text in WARM_UP_QUERIES:
        search_assets(uow, text)


@use_case("asset.search")
def count_assets(uow: UnitOfWork) -> int:
    return int(uow.session.scalar(select(func.count(Asset.id))) or 0)


@use_case("asset.search")
def find_by_scan(uow: UnitOfWork, text: str) -> int | None:
    """The asset a scanned or typed text designates: label text, asset tag, or maker serial."""
    if not is_clean_search(text):
        return None
    tag, serial = parse_scan(text)
    if tag:
        found = uow.session.scalar(select(Asset.id).where(Asset.asset_tag == tag))
        if found is not None:
            return int(found)
    if serial:
        rows = uow.session.scalars(select(Asset.id).where(Asset.serial == serial).limit(2)).all()
        if len(rows) == 1:
            return int(rows[0])
    if tag and not serial:
        # A 7-character maker serial can look like a tag: try it as a serial too.
        rows = uow.session.scalars(select(Asset.id).where(Asset.serial == tag).limit(2)).all()
        if len(rows) == 1:
            return int(rows[0])
    return None


# --- Detail --------------------------------------------------------------------------------


@use_case("asset.read")
def timeline(uow: UnitOfWork, asset_id: int, limit: int = 500) -> tuple[TimelineEntry, ...]:
    rows = uow.session.execute(
        select(AuditEntry.at, AuditEntry.user_name, AuditEntry.action, AuditEntry.summary)
        .where(AuditEntry.asset_id == asset_id)
        .order_by(desc(AuditEntry.id))
        .limit(limit)
    ).all()
    return tuple(TimelineEntry(*r) for r in rows)


@use_case("asset.timeline_note")
def add_timeline_event(uow: UnitOfWork, asset_id: int, action: str, summary: str, details: dict[str, Any] | None = None) -> None:
    """Record something that happened to a device (diagnostic, label print...) on its timeline."""
    _load(uow, asset_id)
    uow.audit("asset", asset_id, action, summary, after=details, asset_id=asset_id)


@use_case("asset.read")
def asset_detail(uow: UnitOfWork, asset_id: int) -> AssetDetail:
    a = uow.session.get(
        Asset, asset_id, options=[selectinload(Asset.accessories).selectinload(AssetAccessory.item)]
    )
    if a is None:
        raise NotFoundError("Matériel", str(asset_id))
    contract = uow.session.scalar(
        select(Contract)
        .join(ContractLine, ContractLine.contract_id == Contract.id)
        .where(ContractLine.asset_id == asset_id, ContractLine.removed_on.is_(None))
        .options(selectinload(Contract.options), selectinload(Contract.customer))
        .limit(1)
    )
    cview = contract_view(contract, asset_id) if contract is not None else None
    warranty_end = None
    if contract is not None and contract.kind == ContractKind.SALE.value:
        warranty_end = sale_warranty_end(ContractFacts(ContractKind.SALE, contract.signed_on, contract.delivered_on))
    model = MODELS_BY_CODE.get(a.model_code)
    return AssetDetail(
        id=a.id,
        asset_tag=a.asset_tag or "",
        serial=a.serial,
        model_code=a.model_code,
        model_label=model.label if model else a.model_code,
        maker=model.maker if model else "",
        status=a.status,
        in_service_on=a.in_service_on,
        firmware_version=a.firmware_version,
        iccid=a.iccid,
        has_sim=bool(model and model.has_sim),
        notes=a.notes,
        version=a.version,
        label_printed_at=a.label_printed_at,
        contract=cview,
        warranty_end=warranty_end,
        accessories=tuple((acc.item.label, acc.quantity) for acc in a.accessories),
        timeline=timeline(uow, asset_id),
    )
