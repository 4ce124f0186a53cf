"""Catalogue of models, fees, exclusion codes and the 01/2025 price list (RULES.md sections 1, 5).

The data here is what a migration seeds and what the coverage engine reads when it is
given no stored tariff. Prices are HT, three decimals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .enums import RepairCategory


@dataclass(frozen=True)
class CatalogueModel:
    code: str
    maker: str
    label: str
    repair_category: RepairCategory | None  # None: never repaired (PCSC_READER, SIM)
    has_sim: bool = False  # 3G/4G terminals carry a SIM (ICCID recorded on the asset)
    is_terminal: bool = True  # terminals hold patients' billing data (R-80)


MODELS: tuple[CatalogueModel, ...] = (
    CatalogueModel("MOVE5000_4G", "Ingenico", "Terminal MOVE/5000 3G/4G", RepairCategory.MOVE5000, has_sim=True),
    CatalogueModel("MOVE5000_WIFI", "Ingenico", "Terminal MOVE/5000 Wifi", RepairCategory.MOVE5000),
    CatalogueModel("TLT_TOUCH", "Orisha Healthcare", "TLT Touch", RepairCategory.OTHER_TPE),
    CatalogueModel("UBINECT_TOUCH", "Ubinect", "Ubinect Touch", RepairCategory.OTHER_TPE),
    CatalogueModel("SYLYCA", "Orisha Healthcare", "Sylyca", RepairCategory.OTHER_TPE),
    CatalogueModel("IWL250_3G_CLESS", "Ingenico", "Terminal IWL250 3G C'LESS", RepairCategory.OTHER_TPE, has_sim=True),
    CatalogueModel("IWL250", "Ingenico", "Terminal IWL250 (hors 3G)", RepairCategory.OTHER_TPE),
    CatalogueModel("VITALACT_3S", "Olaqin", "Terminal Vital'Act 3S", RepairCategory.OTHER_TPE),
    CatalogueModel("NEO", "Orisha Healthcare", "Terminal NEO", RepairCategory.OTHER_TPE),
    CatalogueModel("SET2", "Orisha Healthcare", "SET-2", RepairCategory.SOCLE, is_terminal=False),
    CatalogueModel("SOCLE_IWL250", "Ingenico", "Socle IWL250", RepairCategory.SOCLE, is_terminal=False),
    CatalogueModel("SOCLE_MOVE5000", "Ingenico", "Socle MOVE5000", RepairCategory.SOCLE, is_terminal=False),
    CatalogueModel("OTHER_HW", "Divers", "Autre matériel", RepairCategory.SOCLE, is_terminal=False),
    CatalogueModel("PCSC_READER", "Sensyl", "Lecteur PC/SC fixe bi-fente (Vitale + CPS)", None, is_terminal=False),
    CatalogueModel("SIM", "Opérateur", "Carte SIM 3G/4G (sans abonnement)", None, is_terminal=False),
)

MODELS_BY_CODE: dict[str, CatalogueModel] = {m.code: m for m in MODELS}


@dataclass(frozen=True)
class Fee:
    code: str
    label: str


FEES: tuple[Fee, ...] = (
    Fee("ANALYSIS", "Analyse et tests du matériel"),
    Fee("OTHER_SERVICE", "Frais autre prestation"),
    Fee("REPAIR_MOVE5000", "Forfait réparation terminaux MOVE/5000"),
    Fee("REPAIR_OTHER_TPE", "Forfait réparation autres terminaux"),
    Fee("REPAIR_SOCLE", "Forfait réparation socles"),
)

REPAIR_FEE_BY_CATEGORY: dict[RepairCategory, str] = {
    RepairCategory.MOVE5000: "REPAIR_MOVE5000",
    RepairCategory.OTHER_TPE: "REPAIR_OTHER_TPE",
    RepairCategory.SOCLE: "REPAIR_SOCLE",
}


@dataclass(frozen=True)
class Exclusion:
    code: str
    label: str  # French, shown in the inspection checklist
    is_damage: bool  # "damage" codes are the ones SERENITE may cover


EXCLUSIONS: tuple[Exclusion, ...] = (
    Exclusion("NON_APPROVED_ACCESSORY", "Accessoire non agréé ou non fourni par le revendeur", False),
    Exclusion("MISUSE", "Utilisation non conforme à la destination", False),
    Exclusion("SEAL_BROKEN", "Scellé de sécurité arraché ou endommagé", False),
    Exclusion("UNAUTHORISED_REPAIR", "Intervention d'un réparateur non agréé", False),
    Exclusion("LIQUID", "Oxydation, corrosion, liquide", True),
    Exclusion("ENVIRONMENT", "Conditions de température, d'humidité ou de tension", True),
    Exclusion("DETERIORATION", "Surtension, « Alert Irruption », connecteur cassé, touche arrachée, fissure", True),
    Exclusion("FOREIGN_BODY", "Corps étranger (ex. fente carte obstruée)", True),
    Exclusion("BREAKAGE", "Choc, chute, brûlure, écran ou connecteur cassé", True),
    Exclusion("EXTERNAL_PARTS", "Pièces plastiques amovibles cassées (trappes, axe imprimante)", True),
    Exclusion("CONSUMABLE_WEAR", "Usure ou panne des accessoires et consommables", False),
    Exclusion("SOFTWARE", "Nouvelles versions logicielles, logiciels tiers", False),
    Exclusion("NORMAL_WEAR", "Usure normale du matériel", False),
    Exclusion("COMMUNICATION", "Problème de communication lié à l'environnement (réseau, Internet, GSM)", False),
)

EXCLUSIONS_BY_CODE: dict[str, Exclusion] = {e.code: e for e in EXCLUSIONS}


@dataclass(frozen=True)
class Tariff:
    """One version of the price list. Immutable: a document keeps the version it was priced with."""

    name: str
    effective_on: date
    replacement_lt2: dict[str, Decimal] = field(default_factory=dict)  # model code -> HT
    replacement_ge2: dict[str, Decimal] = field(default_factory=dict)
    fees: dict[str, Decimal] = field(default_factory=dict)  # fee code -> HT

    def replacement_price(self, model_code: str, age_under_two_years: bool) -> Decimal:
        table = self.replacement_lt2 if age_under_two_years else self.replacement_ge2
        return table[model_code]

    def fee(self, code: str) -> Decimal:
        return self.fees[code]


def _d(text: str) -> Decimal:
    return Decimal(text)


_REPLACEMENT_2025: dict[str, tuple[str, str]] = {
    "MOVE5000_4G": ("876.333", "438.167"),
    "MOVE5000_WIFI": ("644.417", "352.917"),
    "TLT_TOUCH": ("594.917", "254.167"),
    "UBINECT_TOUCH": ("594.917", "254.167"),
    "SYLYCA": ("594.917", "254.167"),
    "IWL250_3G_CLESS": ("805.750", "320.833"),
    "IWL250": ("594.917", "279.583"),
    "VITALACT_3S": ("594.917", "279.583"),
    "NEO": ("274.083", "137.500"),
    "SET2": ("275.917", "137.500"),
    "SOCLE_IWL250": ("275.917", "137.500"),
    "SOCLE_MOVE5000": ("275.917", "137.500"),
    "OTHER_HW": ("275.917", "137.500"),
    "PCSC_READER": ("100.833", "50.417"),
    "SIM": ("30.250", "30.250"),
}

TARIFF_2025_01 = Tariff(
    name="01/2025",
    effective_on=date(2025, 1, 1),
    replacement_lt2={k: _d(v[0]) for k, v in _REPLACEMENT_2025.items()},
    replacement_ge2={k: _d(v[1]) for k, v in _REPLACEMENT_2025.items()},
    fees={
        "ANALYSIS": _d("87.083"),
        "OTHER_SERVICE": _d("87.083"),
        "REPAIR_MOVE5000": _d("352.917"),
        "REPAIR_OTHER_TPE": _d("279.583"),
        "REPAIR_SOCLE": _d("137.500"),
    },
)


def tariff_in_force(versions: list[Tariff] | tuple[Tariff, ...], on: date) -> Tariff:
    """The version in force on a day: the latest whose effective date is on or before it.

    A day before every version is priced with the oldest one (the 01/2025 list is the
    first the reseller published; older cases are still assessed with it).
    """
    if not versions:
        raise ValueError("no tariff version")
    ordered = sorted(versions, key=lambda t: t.effective_on)
    chosen = ordered[0]
    for version in ordered:
        if version.effective_on <= on:
            chosen = version
    return chosen
