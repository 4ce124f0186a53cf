"""Customers (practices) and their practitioners."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy import select

from ..domain.errors import NotFoundError, ValidationError
from ..domain.records import CustomerInput, search_key, validate_customer
from ..domain.validators import check_id, is_clean_search
from ..store.models import Contract, ContractLine, Customer, Practitioner
from .uow import UnitOfWork
from .permissions import use_case
from .views import CustomerView, PractitionerView


def _snapshot(c: Customer) -> dict[str, Any]:
    return {
        "practice_name": c.practice_name,
        "siret": c.siret,
        "finess": c.finess,
        "address": c.address,
        "postal_code": c.postal_code,
        "city": c.city,
        "phone": c.phone,
        "email": c.email,
        "notes": c.notes,
        "practitioners": [
            {"full_name": p.full_name, "profession": p.profession, "rpps": p.rpps, "adeli": p.adeli}
            for p in c.practitioners
        ],
    }


def _check_unique_siret(uow: UnitOfWork, siret: str | None, own_id: int | None) -> None:
    if not siret:
        return
    other = uow.session.scalar(select(Customer.id).where(Customer.siret == siret))
    if other is not None and other != own_id:
        raise ValidationError.single("siret", f"ce SIRET est déjà celui du client n° {other}")


def _apply(c: Customer, data: CustomerInput) -> None:
    c.practice_name = data.practice_name
    c.search_name = search_key(data.practice_name)
    c.siret = data.siret
    c.finess = data.finess
    c.address = data.address
    c.postal_code = data.postal_code
    c.city = data.city
    c.phone = data.phone
    c.email = data.email
    c.notes = data.notes
    c.practitioners = [
        Practitioner(full_name=p.full_name, profession=p.profession, rpps=p.rpps, adeli=p.adeli)
        for p in data.practitioners
    ]


@use_case("customer.create")
def create_customer(uow: UnitOfWork, data: CustomerInput) -> int:
    clean = validate_customer(data)
    _check_unique_siret(uow, clean.siret, None)
    c = Customer(created_at=uow.now())
    _apply(c, clean)
    uow.session.add(c)
    uow.flush()
    uow.audit("customer", c.id, "create", f"Client créé : {c.practice_name}", after=asdict(clean))
    return c.id


@use_case("customer.update")
def update_customer(uow: UnitOfWork, customer_id: int, data: CustomerInput, expected_version: int) -> None:
    clean = validate_customer(data)
    c = uow.session.get(Customer, check_id(customer_id, "customer_id"))
    if c is None:
        raise NotFoundError("Client", str(customer_id))
    uow.expect_version("customers", c.version, expected_version,
                       what="Le client", key=c.practice_name, entity="customer", entity_id=c.id)
    _check_unique_siret(uow, clean.siret, customer_id)
    before = _snapshot(c)
    _apply(c, clean)
    uow.flush()
    after = _snapshot(c)
    changed = [k for k in after if after[k] != before[k]]
    if not changed:
        return
    summary = f"Client modifié : {c.practice_name} ({', '.join(FIELD_LABELS.get(k, k) for k in changed)})"
    diff_before = {k: before[k] for k in changed}
    diff_after = {k: after[k] for k in changed}
    uow.audit("customer", c.id, "update", summary, before=diff_before, after=diff_after)
    # The customer's devices show it on their timelines too.
    for asset_id in _current_assets(uow, c.id):
        uow.audit("customer", c.id, "customer_update", summary, before=diff_before, after=diff_after, asset_id=asset_id)


FIELD_LABELS = {
    "practice_name": "nom", "siret": "SIRET", "finess": "FINESS", "address": "adresse",
    "postal_code": "code postal", "city": "ville", "phone": "téléphone", "email": "e-mail",
    "notes": "notes", "practitioners": "praticiens",
}


def _current_assets(uow: UnitOfWork, customer_id: int) -> list[int]:
    rows = uow.session.scalars(
        select(ContractLine.asset_id)
        .join(Contract, Contract.id == ContractLine.contract_id)
        .where(Contract.customer_id == customer_id, ContractLine.removed_on.is_(None))
    ).all()
    return [int(r) for r in rows]


def customer_view(c: Customer) -> CustomerView:
    return CustomerView(
        id=c.id,
        practice_name=c.practice_name,
        siret=c.siret,
        finess=c.finess,
        address=c.address,
        postal_code=c.postal_code,
        city=c.city,
        phone=c.phone,
        email=c.email,
        notes=c.notes,
        version=c.version,
        practitioners=tuple(
            PractitionerView(p.id, p.full_name, p.profession, p.rpps, p.adeli) for p in c.practitioners
        ),
    )


@use_case("customer.read")
def get_customer(uow: UnitOfWork, customer_id: int) -> CustomerView:
    c = uow.session.get(Customer, customer_id)
    if c is None:
        raise NotFoundError("Client", str(customer_id))
    return customer_view(c)


@use_case("customer.read")
def find_customers(uow: UnitOfWork, text: str, limit: int = 50) -> list[tuple[int, str, str]]:
    """(id, practice name, city) of customers whose name contains the text, or SIRET starts with it.
    A text with NUL, a lone surrogate or a control character finds nothing."""
    if not is_clean_search(text):
        return []
    key = search_key(text)
    stmt = select(Customer.id, Customer.practice_name, Customer.city)
    if key:
        if key.isdigit():
            stmt = stmt.where(Customer.siret.like(f"{key}%"))
        else:
            stmt = stmt.where(Customer.search_name.like(f"%{key}%"))
    rows = uow.session.execute(stmt.order_by(Customer.practice_name).limit(limit)).all()
    return [(r[0], r[1], r[2]) for r in rows]
