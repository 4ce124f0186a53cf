"""Enumerations of the trade, each with its French label."""

from __future__ import annotations

from enum import StrEnum


class AssetStatus(StrEnum):
    IN_STOCK = "IN_STOCK"
    SOLD = "SOLD"
    RENTED = "RENTED"
    AT_CUSTOMER_EXCHANGE = "AT_CUSTOMER_EXCHANGE"
    IN_REPAIR = "IN_REPAIR"
    TO_WIPE = "TO_WIPE"  # back from a customer or the workshop: the data wipe comes first
    AT_MANUFACTURER = "AT_MANUFACTURER"
    AWAITING_RETURN = "AWAITING_RETURN"
    LOST = "LOST"
    STOLEN = "STOLEN"
    DESTROYED = "DESTROYED"
    SCRAPPED = "SCRAPPED"


ASSET_STATUS_LABELS: dict[AssetStatus, str] = {
    AssetStatus.IN_STOCK: "En stock",
    AssetStatus.SOLD: "Vendu",
    AssetStatus.RENTED: "Loué",
    AssetStatus.AT_CUSTOMER_EXCHANGE: "Chez le client (échange)",
    AssetStatus.IN_REPAIR: "En réparation",
    AssetStatus.TO_WIPE: "À effacer",
    AssetStatus.AT_MANUFACTURER: "Chez le constructeur",
    AssetStatus.AWAITING_RETURN: "Retour attendu",
    AssetStatus.LOST: "Perdu",
    AssetStatus.STOLEN: "Volé",
    AssetStatus.DESTROYED: "Détruit",
    AssetStatus.SCRAPPED: "Mis au rebut",
}


class ContractKind(StrEnum):
    SALE = "sale"
    RENTAL = "rental"


CONTRACT_KIND_LABELS: dict[ContractKind, str] = {
    ContractKind.SALE: "Vente",
    ContractKind.RENTAL: "Location",
}


class DepositState(StrEnum):
    NONE = "NONE"
    HELD = "HELD"
    REFUNDED = "REFUNDED"
    PARTLY_KEPT = "PARTLY_KEPT"


DEPOSIT_STATE_LABELS: dict[DepositState, str] = {
    DepositState.NONE: "Aucun",
    DepositState.HELD: "Encaissé",
    DepositState.REFUNDED: "Remboursé",
    DepositState.PARTLY_KEPT: "Partiellement retenu",
}


class OptionName(StrEnum):
    ECHANGE_STANDARD = "ECHANGE_STANDARD"
    CONFORT = "CONFORT"
    SERENITE = "SERENITE"


OPTION_LABELS: dict[OptionName, str] = {
    OptionName.ECHANGE_STANDARD: "Service Échange Standard",
    OptionName.CONFORT: "Maintenance CONFORT",
    OptionName.SERENITE: "Maintenance SERENITE",
}


class Role(StrEnum):
    TECHNICIEN = "technicien"
    ACCUEIL = "accueil"
    ADMIN = "admin"


ROLE_LABELS: dict[Role, str] = {
    Role.TECHNICIEN: "Technicien",
    Role.ACCUEIL: "Accueil",
    Role.ADMIN: "Administrateur",
}


class RepairCategory(StrEnum):
    MOVE5000 = "MOVE5000"
    OTHER_TPE = "OTHER_TPE"
    SOCLE = "SOCLE"


class ItemKind(StrEnum):
    """Administrator-defined catalogue items (no built-in price, RULES.md section 1)."""

    ACCESSORY = "ACCESSORY"
    CONSUMABLE = "CONSUMABLE"


ITEM_KIND_LABELS: dict[ItemKind, str] = {
    ItemKind.ACCESSORY: "Accessoire",
    ItemKind.CONSUMABLE: "Consommable",
}
