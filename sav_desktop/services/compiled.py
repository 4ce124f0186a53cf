"""Hot read statements run as SQL text on the unit of work's DBAPI cursor.

Building a SQLAlchemy statement and running it through the execution layers costs several
times what SQLite takes to run it (see README, performance). The desk's hot reads (the
search's statements, the permission check every call makes) are compiled once per *shape*
(key) for the connection's dialect, with bound parameters, and run straight on the cursor of
the unit of work's own connection: the same transaction, no result processing (the callers
read plain integers and texts, or convert a column themselves).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.exc import DBAPIError

_SHAPES: dict[tuple[Any, ...], tuple[str, tuple[str, ...] | None, dict[str, Any]]] = {}

Observer = Callable[[str, Any], None]


def shaped(key: tuple[Any, ...], build: Callable[[], Any], conn: Any) -> tuple[str, tuple[str, ...] | None, dict[str, Any]]:
    """The statement of this shape, compiled once for the connection's dialect: its SQL text,
    the order of its positional parameters (None: named ones) and the values of the
    parameters the statement holds itself (a literal turned into a parameter)."""
    key = (conn.dialect.name, *key)
    got = _SHAPES.get(key)
    if got is None:
        if len(_SHAPES) > 512:
            _SHAPES.clear()
        compiled = build().compile(dialect=conn.dialect)
        order = tuple(compiled.positiontup or ()) if compiled.positional else None
        own = {name: value for name, value in compiled.params.items() if value is not None}
        got = _SHAPES[key] = (str(compiled), order, own)
    return got


def fetch(conn: Any, key: tuple[Any, ...], build: Callable[[], Any], params: dict[str, Any],
          observers: Sequence[Observer] = ()) -> list[Any]:
    """Run the statement of shape ``key`` (built by ``build`` the first time) with ``params``
    on the DBAPI cursor of ``conn`` (a SQLAlchemy Connection: its transaction); the rows as
    the driver gives them. ``observers`` see (SQL text, parameters) first."""
    sql, order, own = shaped(key, build, conn)
    values = {**own, **params} if own else params
    args: Any = tuple(values[name] for name in order) if order is not None else values
    for observe in observers:
        observe(sql, args)
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(sql, args)
        return list(cursor.fetchall())
    except conn.dialect.loaded_dbapi.Error as exc:
        # As SQLAlchemy's own would be: the unit of work then says it in French (a base held
        # by another station past the wait: BusyError).
        raise DBAPIError.instance(sql, args, exc, conn.dialect.loaded_dbapi.Error) from exc
    finally:
        cursor.close()


__all__ = ["fetch", "shaped"]
