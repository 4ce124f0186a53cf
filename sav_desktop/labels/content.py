"""What one label shows (no Qt here)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..domain.identifiers import label_text
from .templates import TextField


@dataclass(frozen=True)
class LabelData:
    """One device's label. ``qr_text`` is the documented label content ``SAV1:<tag>:<serial>``."""

    tag: str
    serial: str
    model: str = ""  # the catalogue label, e.g. "Terminal MOVE/5000 3G/4G"
    maker: str = ""
    phone: str = ""  # the desk's phone number (a business setting)
    asset_id: int | None = None

    @property
    def qr_text(self) -> str:
        return label_text(self.tag, self.serial)

    def values(self) -> dict[str, str]:
        return {"tag": self.tag, "serial": self.serial, "model": self.model, "maker": self.maker, "phone": self.phone}

    def field_text(self, field: TextField) -> str:
        """The field's text for this label; "" when every placeholder it uses is empty."""
        values = self.values()
        used = [name for name in values if "{" + name + "}" in field.text]
        if used and not any(values[name] for name in used):
            return ""
        return field.text.format(**values).strip()


def demo_label(phone: str = "01 23 45 67 89") -> LabelData:
    """A made-up device for previews and tests (tag of asset id 1)."""
    from ..domain.identifiers import asset_tag_for_id

    return LabelData(
        tag=asset_tag_for_id(1), serial="18274CT41028735", model="Terminal MOVE/5000 3G/4G",
        maker="Ingenico", phone=phone,
    )


def labels_from_assets(assets: Iterable[Any], phone: str = "") -> list[LabelData]:
    """Labels for devices as services describe them (``id``, ``tag``, ``serial``, ``model_label``, ``maker``)."""
    return [
        LabelData(
            tag=a.tag, serial=a.serial, model=getattr(a, "model_label", ""), maker=getattr(a, "maker", ""),
            phone=phone, asset_id=a.id,
        )
        for a in assets
    ]
