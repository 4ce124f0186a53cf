"""The desk's start before SQLAlchemy is loaded (README, performance): what the bare reads of
store.first_page mean. The device list's first page is painted from :func:`read_first_page`
(services.desk.Desk.starting opens the database right after the paint and checks the session
again); :func:`sign_in_ready` lets the GUI show its sign-in dialog while the base opens.

Either answers "no" (None / False) whenever anything is not plainly as expected (an account
unknown, disabled, ever locked or without the search's permission; no administrator with a
password yet): the start then takes the full road, which decides and says why in French.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.accounts import allows
from ..domain.enums import Role
from ..domain.permissions import permission_for
from ..store.first_page import admins_with_password, start_rows
from .views import PAGE_SIZE, AssetRow


@dataclass(frozen=True)
class FirstPage:
    url: str
    user_name: str
    role: str
    limit: int
    rows: tuple[AssetRow, ...]


def read_first_page(url: str | None, user_name: str, limit: int = PAGE_SIZE) -> FirstPage | None:
    """What the device list's first paint shows, or None (then open the database as usual)."""
    if not user_name:
        return None
    read = start_rows(url, user_name, limit)
    if read is None:
        return None
    resolved, account, rows = read
    if account is None:
        return None
    role_text, active, ever_locked = account
    if not active or ever_locked or role_text not in {r.value for r in Role}:
        return None  # disabled or (ever) locked: the full road decides and says why
    role = Role(role_text)
    if not allows(role, permission_for("asset.search")):
        return None
    return FirstPage(url=resolved, user_name=user_name, role=role.value, limit=int(limit),
                     rows=tuple(map(AssetRow._make, rows)))


def sign_in_ready(url: str | None) -> bool:
    """Whether the sign-in dialog can open before the database does (the GUI's start): a
    current local SQLite base that has its administrator (no first start to make,
    services.accounts.needs_first_admin). The database then opens in a worker (cli.gui)."""
    return bool(admins_with_password(url, Role.ADMIN.value))


__all__ = ["FirstPage", "read_first_page", "sign_in_ready"]
