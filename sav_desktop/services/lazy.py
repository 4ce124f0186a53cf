"""A module loaded on its first use: what start-up does not need waits until it is needed.

``tickets = lazy_module("sav_desktop.services.tickets")`` then ``tickets.open_ticket(...)``
imports the module at that first attribute access (thread-safe: Python's import lock).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule(ModuleType):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.__dict__["_lazy_target"] = None

    def _load(self) -> ModuleType:
        target = self.__dict__["_lazy_target"]
        if target is None:
            target = importlib.import_module(self.__name__)
            self.__dict__["_lazy_target"] = target
        return target  # type: ignore[no-any-return]

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._load(), attr)

    def __setattr__(self, attr: str, value: Any) -> None:  # monkeypatching reaches the real module
        setattr(self._load(), attr, value)

    def __delattr__(self, attr: str) -> None:
        delattr(self._load(), attr)


def lazy_module(name: str) -> Any:
    return LazyModule(name)


__all__ = ["LazyModule", "lazy_module"]
