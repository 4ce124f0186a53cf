"""Desk users (the audit trail names them)."""

from __future__ import annotations

from sqlalchemy import func, select

from ..domain.enums import Role
from ..domain.errors import ValidationError
from ..store.models import User
from .uow import UnitOfWork


def ensure_user(uow: UnitOfWork, name: str, role: Role | None = None) -> Role:
    """The user's role, creating the account if needed (the very first one is admin).

    The explicit trusted path only (``Desk.trusted``: tests, demo and benchmark tools): a
    session never creates its account (``Desk(db, name)`` refuses an unknown name)."""
    name = (name or "").strip()
    if not name or len(name) > 80:
        raise ValidationError.single("user", "nom d'utilisateur manquant ou trop long")
    user = uow.session.scalar(select(User).where(User.name == name))
    if user is not None:
        return Role(user.role)
    first = not uow.session.scalar(select(func.count(User.id)))
    chosen = Role.ADMIN if first else (role or Role.TECHNICIEN)
    uow.session.add(User(name=name, role=chosen.value, active=True, created_at=uow.now()))
    uow.flush()
    uow.audit("user", name, "create", f"Compte créé : {name} ({chosen.value})",
              after={"role": chosen.value, "active": True})
    return chosen
