"""The permission check of every service function (issue 10): ``@use_case("asset.register")``.

The decorated function's first argument is the unit of work; before the function does
anything, the signed-in account (``uow.user_name``) is read again from the database and must
hold the permission that domain.permissions.USE_CASES gives the use case
(services.accounts.authorize): a disabled or locked account, an unknown name or a role
without that permission is refused in French, nothing written.

A use case run by another one in the same unit of work (a ticket step changing the device's
status, a label print noting it on the timeline) is covered by the outer one's check: the
use case the user asked for is the one checked. ``REGISTRY`` lists every decorated function
by use case, for the tests that walk them all.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from ..domain.permissions import permission_for
if TYPE_CHECKING:  # the list's first paint imports this module, not the database code
    from .uow import UnitOfWork

P = ParamSpec("P")
R = TypeVar("R")

#: use case -> the service functions that run it (filled by the decorator).
REGISTRY: dict[str, list[Callable[..., object]]] = {}

_CURRENT = "_sav_use_case"  # attribute set on the unit of work while a use case runs


def current_use_case(uow: UnitOfWork) -> str | None:
    value = getattr(uow, _CURRENT, None)
    return value if isinstance(value, str) else None


def use_case(name: str) -> Callable[[Callable[Concatenate[UnitOfWork, P], R]], Callable[Concatenate[UnitOfWork, P], R]]:
    """Check ``name``'s permission (domain table) against the signed-in account first."""
    permission_for(name)  # a name missing from the table fails at import time

    def decorate(fn: Callable[Concatenate[UnitOfWork, P], R]) -> Callable[Concatenate[UnitOfWork, P], R]:
        @functools.wraps(fn)
        def checked(uow: UnitOfWork, /, *args: P.args, **kwargs: P.kwargs) -> R:
            if current_use_case(uow) is not None:  # inside a use case already checked
                return fn(uow, *args, **kwargs)
            from .accounts import authorize  # accounts' own use cases are decorated too

            authorize(uow, name)
            setattr(uow, _CURRENT, name)
            try:
                return fn(uow, *args, **kwargs)
            finally:
                setattr(uow, _CURRENT, None)

        setattr(checked, "use_case", name)
        REGISTRY.setdefault(name, []).append(checked)
        return checked

    return decorate


def inside_use_case(fn: Callable[Concatenate[UnitOfWork, P], R]) -> Callable[Concatenate[UnitOfWork, P], R]:
    """A step that only a checked use case may run (recording a SERENITE benefit is part of a
    ticket's decision, a check-in or a battery request): refused when called on its own."""

    @functools.wraps(fn)
    def checked(uow: UnitOfWork, /, *args: P.args, **kwargs: P.kwargs) -> R:
        if current_use_case(uow) is None:
            from ..domain.accounts import Permission, PermissionDeniedError

            raise PermissionDeniedError(Permission.REPAIR, None, uow.user_name)
        return fn(uow, *args, **kwargs)

    return checked


def use_case_of(fn: object) -> str | None:
    """The use case a decorated service function runs (None: not a checked use case)."""
    value = getattr(fn, "use_case", None)
    return value if isinstance(value, str) else None


__all__ = ["REGISTRY", "current_use_case", "inside_use_case", "use_case", "use_case_of"]
