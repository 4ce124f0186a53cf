"""``assess``: decide the coverage of a case, price it and say why (COVERAGE_CLI.md).

Readings of the rules where RULES.md / COVERAGE_CLI.md leave room (each one is also said
in the ``why`` text of the decisions it drives):

* R-10: covered on days D <= delivered_on + 12 months - 1 day (delivered_on defaults to
  signed_on).
* R-13: an accessory of sold hardware is covered for a *manufacturing defect* with no
  exclusion code, on days D <= received + 3 months - 1 day. Otherwise nothing is billed
  here: accessories have no built-in price ("tarif en vigueur" of the catalogue).
* R-42: an option subscribed on the contract's signature date is in force at once;
  otherwise from subscribed_on + 3 months (that day included).
* R-43: an option is not in force from its termination date on.
* R-41: rented hardware has the standard exchange benefit for the whole rental, up to and
  including ``ended_on``; SERENITE on a rental ends with it too.
* R-44: a damage is covered when the previous covered damage P satisfies
  P + 12 months <= today.
* R-45: a free battery when the previous one B satisfies B + 2 years <= today.
* R-46: J is the call day when the call (desk time, Europe/Paris) is strictly before 11:00
  on a business day, else the next business day; the deadline shown is J + 2 business days.
* R-48 comes before R-44 (Decision): a fault or damage that started before the option is
  billed at the repair flat fee without quote when the device is repairable; a device
  that cannot be repaired follows R-60 (sale: ANALYSIS) or R-63 (rental: replacement).
* R-51: the last day to return is ended_on + 1 month (included, R-02), moved to the next
  business day by R-03.
* R-61: ages are measured on ``today``; "< 2 years" means today < in_service_on + 2 years.
* Loss, theft or destruction of *sold* hardware: NOT_COVERED (R-11, R-44; replacement
  prices are billed for rented hardware only, R-61, R-62).
* A ``battery_request`` without the free-battery benefit, an accessory fault not covered,
  and any accessory of rented hardware (R-52): NOT_COVERED, sold at the catalogue's price.
* A model without a repair category (PCSC_READER, SIM) is never repaired.
* Rented damage not covered (R-63) is billed ANALYSIS + repair whatever the quote answer.

Every rule is decided by its one definition in :mod:`.windows` (looked up on the module at
call time, so there is exactly one place to read or change it).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from ..calendar import add_years, exchange_deadline, exchange_start_day
from ..catalogue import EXCLUSIONS_BY_CODE, REPAIR_FEE_BY_CATEGORY, TARIFF_2025_01, Tariff, tariff_in_force
from ..enums import OPTION_LABELS, ContractKind
from ..errors import ValidationError
from ..money import money, ttc
from . import texts, windows
from .checks import check_case
from .facts import (
    DEFAULT_UNJUSTIFIED_FEE,
    OPTION_BENEFITS,
    BenefitEvent,
    Charge,
    CoverageCase,
    CoverageResult,
    Decision,
    IncidentKind,
    OptionFacts,
)

_d = texts.d


class _Assessment:
    def __init__(
        self,
        case: CoverageCase,
        tariff: Tariff,
        alsace_moselle: bool,
        unjustified_fee: str,
    ) -> None:
        self.case = case
        self.today = case.today
        self.contract = case.contract
        self.incident = case.incident
        self.model = case.asset.catalogue_model
        self.tariff = tariff
        self.alsace_moselle = alsace_moselle
        self.unjustified_fee = unjustified_fee
        self.rules: list[str] = []
        self.why: list[str] = []
        #: options whose benefits include damage cover and free batteries (SERENITE).
        self.damage_options = [o for o in case.options if OPTION_BENEFITS[o.name].damage_cover]
        self.battery_options = [o for o in case.options if OPTION_BENEFITS[o.name].free_battery]

    # -- building blocks

    @property
    def is_sale(self) -> bool:
        return self.contract.kind is ContractKind.SALE

    def rule(self, *ids: str) -> None:
        for rule_id in ids:
            if rule_id not in self.rules:
                self.rules.append(rule_id)

    def say(self, text: str) -> None:
        if text not in self.why:
            self.why.append(text)

    def result(
        self,
        decision: Decision,
        charges: Sequence[tuple[str, Decimal]] = (),
        deadline: date | None = None,
    ) -> CoverageResult:
        lines = tuple(Charge(code, money(amount)) for code, amount in charges)
        total = money(sum((line.amount_ht for line in lines), Decimal(0)))
        return CoverageResult(
            decision=decision,
            charges=lines,
            total_ht=total,
            total_ttc=ttc(total),
            deadline=deadline,
            rules=tuple(self.rules),
            why=texts.join_why(self.why),
            tariff_name=self.tariff.name,
        )

    def fee(self, code: str) -> tuple[str, Decimal]:
        return code, self.tariff.fee(code)

    def repair_fee(self) -> tuple[str, Decimal]:
        category = self.model.repair_category
        assert category is not None
        return self.fee(REPAIR_FEE_BY_CATEGORY[category])

    def replacement(self) -> tuple[str, Decimal]:
        """R-61: the rented device's replacement price by its age on ``today``."""
        in_service_on = self.case.asset.in_service_on
        assert in_service_on is not None  # checked for rentals
        young = windows.under_two_years(in_service_on, self.today)
        self.say(texts.replacement_text(in_service_on, self.today, add_years(in_service_on, 2), young))
        self.rule("R-61")
        return self.model.code, self.tariff.replacement_price(self.model.code, young)

    def repairable(self) -> bool:
        """:func:`windows.is_repairable`, with the reason said when it is not."""
        if windows.is_repairable(self.model, self.incident):
            return True
        if self.model.repair_category is None:
            self.say(f"Le modèle {self.model.label} n'est jamais réparé : il compte comme non réparable.")
        else:
            self.say("L'appareil n'est pas réparable.")
        return False

    # -- facts about the contract and options, each with its sentence

    def warranty_sentence(self) -> bool:
        """R-10 on a sale: :func:`windows.under_warranty`, with the warranty dates said."""
        running = windows.under_warranty(self.contract, self.today)
        self.say(
            texts.warranty_text(
                self.contract.warranty_start,
                windows.warranty_end(self.contract),
                self.contract.delivered_on is not None,
                running,
            )
        )
        return running

    def option_sentence(self, option: OptionFacts) -> bool:
        """:func:`windows.option_in_force` for one option today (and, on a rental, the
        rental still running), with its state said (R-42, R-43)."""
        in_force = windows.option_in_force(option, self.contract, self.today)
        label = OPTION_LABELS[option.name]
        start = windows.option_in_force_from(option, self.contract)
        head = f"Option {label} souscrite le {_d(option.subscribed_on)}"
        if in_force:
            self.rule("R-42")
            if option.subscribed_on == self.contract.signed_on:
                self.say(f"{head}, jour de la signature : en vigueur dès la souscription (R-42).")
            else:
                self.say(f"{head} : carence terminée le {_d(start - timedelta(days=1))}, en vigueur depuis le "
                         f"{_d(start)} (R-42).")
            if not self.is_sale and not windows.rental_active(self.contract, self.today):
                assert self.contract.ended_on is not None
                self.say(f"La location a pris fin le {_d(self.contract.ended_on)} : l'option a pris fin avec elle.")
                return False
            return True
        if option.subscribed_on > self.today:
            self.say(
                f"Option {label} : souscription datée du {_d(option.subscribed_on)}, après le jour de l'examen "
                f"({_d(self.today)}) : pas encore en vigueur."
            )
        elif option.terminated_on is not None and self.today >= option.terminated_on:
            self.rule("R-43")
            self.say(f"{head}, résiliée le {_d(option.terminated_on)} : plus en vigueur (R-43).")
        elif self.today < start:
            self.rule("R-42")
            self.say(
                f"{head}, après la signature du {_d(self.contract.signed_on)} : carence jusqu'au "
                f"{_d(start - timedelta(days=1))} inclus, en vigueur à partir du {_d(start)} (R-42)."
            )
        else:
            self.say(f"{head} : pas en vigueur le {_d(self.today)}.")
        return False

    def exchange_benefit(self) -> bool:
        """Standard-exchange benefit in force today (rental R-41; sale option R-42/R-43)."""
        if not self.is_sale:
            self.rule("R-41")
            if windows.rental_active(self.contract, self.today):
                self.say(
                    f"Matériel loué (contrat signé le {_d(self.contract.signed_on)}) : échange standard inclus "
                    "pendant toute la location (R-41)."
                )
                return True
            assert self.contract.ended_on is not None
            self.say(
                f"Location terminée le {_d(self.contract.ended_on)} : l'échange standard inclus dans la location "
                "ne s'applique plus (R-41)."
            )
            return False
        in_force = False
        for option in self.case.options:
            if OPTION_BENEFITS[option.name].exchange and self.option_sentence(option):
                in_force = True
        if not self.case.options:
            self.say("Aucune option de maintenance souscrite.")
        return in_force

    def damage_cover_in_force(self, *, describe_all: bool = False) -> bool:
        """An option covering damage (SERENITE) in force today (R-42, R-43); ``describe_all``
        also says the state of the other options."""
        in_force = False
        for option in self.case.options:
            if OPTION_BENEFITS[option.name].damage_cover:
                in_force = self.option_sentence(option) or in_force
            elif describe_all:
                self.option_sentence(option)
        if not self.case.options:
            self.say("Aucune option de maintenance souscrite.")
        return in_force

    def free_battery_in_force(self) -> bool:
        in_force = False
        for option in self.battery_options:
            in_force = self.option_sentence(option) or in_force
        return in_force

    def last_use(self, event: BenefitEvent) -> date | None:
        days = [use.on for use in self.case.history if use.event is event and use.on <= self.today]
        return max(days) if days else None

    # -- decisions

    def run(self) -> CoverageResult:
        kind = self.incident.kind
        if kind in (IncidentKind.LOSS, IncidentKind.THEFT, IncidentKind.DESTRUCTION):
            return self.loss_theft_destruction()
        if kind is IncidentKind.NON_RETURN:
            return self.non_return()
        if kind is IncidentKind.BATTERY_REQUEST:
            return self.battery()
        if kind is IncidentKind.ACCESSORY_FAULT:
            return self.accessory()
        return self.fault_or_damage()

    def fault_or_damage(self) -> CoverageResult:
        incident = self.incident
        # Order of assessment, COVERAGE_CLI.md step 1.
        if not incident.fault_confirmed:
            self.rule("R-47")
            self.say(
                "Aucune panne réelle constatée (ou questionnaire de diagnostic refusé ou inexact) : "
                "échange injustifié, le forfait « Frais autre prestation » est facturé (R-47)."
            )
            return self.result(Decision.BILLED_UNJUSTIFIED, [self.fee(self.unjustified_fee)])
        if incident.exclusions:
            return self.damage()
        # Step 2: no exclusion code.
        exchange = self.exchange_benefit()
        if exchange and not incident.predates_option:
            return self.exchange()
        if exchange:
            self.say("La panne a commencé avant la souscription de l'option : pas d'échange standard (R-48).")
        if self.is_sale and self.warranty_sentence():
            if incident.manufacturing_defect:
                self.rule("R-10")
                self.say("Défaut de fabrication sous garantie : réparation ou remplacement sans frais (R-10).")
                return self.result(Decision.COVERED_WARRANTY)
            self.rule("R-11")
            self.say("La garantie ne couvre que les défauts de fabrication (R-11).")
        if incident.predates_option:
            return self.predates_option("La panne")
        return self.quote_path()

    def predates_option(self, what: str, not_covered: str = "") -> CoverageResult:
        """R-48: repair billed at tariff without quote, so without ANALYSIS; a device that
        cannot be repaired follows R-60 (sale) or R-63 (rental)."""
        self.rule("R-48")
        if self.repairable():
            self.say(
                f"{what} a commencé avant la souscription de l'option{not_covered} : la réparation est facturée "
                "au tarif, sans devis, donc sans analyse (R-48)."
            )
            return self.result(Decision.BILLED_REPAIR_NO_QUOTE, [self.repair_fee()])
        self.say(f"{what} a commencé avant la souscription de l'option (R-48), mais il n'y a rien à réparer.")
        return self.not_repairable()

    def exchange(self) -> CoverageResult:
        """R-46: an identical device is sent; the deadline shown is J+2 business days."""
        self.rule("R-46")
        reported_at = windows.to_desk_time(self.case.reported_at)
        start = exchange_start_day(reported_at, alsace_moselle=self.alsace_moselle)
        deadline = exchange_deadline(reported_at, alsace_moselle=self.alsace_moselle)
        text = texts.exchange_text(reported_at, start, deadline, self.model.label, alsace_moselle=self.alsace_moselle)
        if texts.holidays_skipped(reported_at.date() - timedelta(days=1), deadline, alsace_moselle=self.alsace_moselle):
            self.rule("R-01")  # a public holiday moved the deadline
        self.say(text)
        return self.result(Decision.COVERED_EXCHANGE, deadline=deadline)

    def quote_path(self) -> CoverageResult:
        """R-60: ANALYSIS always; + repair flat fee when the quote is accepted."""
        self.rule("R-60")
        if not self.repairable():
            return self.not_repairable()
        if self.incident.quote_accepted:
            self.say(
                "Devis accepté (bon pour accord) : analyse et forfait de réparation facturés ; l'appareil "
                "part chez le constructeur (15 jours ouvrés à 3 mois) (R-60)."
            )
            return self.result(Decision.BILLED_REPAIR, [self.fee("ANALYSIS"), self.repair_fee()])
        self.say("Devis refusé : seule l'analyse est facturée, l'appareil revient non réparé (R-60).")
        return self.result(Decision.BILLED_ANALYSIS, [self.fee("ANALYSIS")])

    def not_repairable(self) -> CoverageResult:
        if self.is_sale:
            self.rule("R-60")
            self.say("Matériel vendu non réparable : seule l'analyse est facturée (R-60).")
            return self.result(Decision.BILLED_ANALYSIS, [self.fee("ANALYSIS")])
        self.rule("R-63")
        self.say("Matériel loué non réparable : son prix de remplacement est facturé, sans analyse (R-63).")
        return self.result(Decision.BILLED_REPLACEMENT, [self.replacement()])

    def damage(self) -> CoverageResult:
        """Step 3: R-48 first, then SERENITE (R-44), else quote (sale) or R-63 (rental)."""
        codes = self.incident.exclusions
        labels = "; ".join(f"{EXCLUSIONS_BY_CODE[c].label} ({c})" for c in codes)
        non_damage = [c for c in codes if not EXCLUSIONS_BY_CODE[c].is_damage]
        if self.is_sale:
            self.warranty_sentence()
        cover = self.damage_cover_in_force(describe_all=True)
        self.rule("R-30")
        self.say(
            f"Exclusions constatées : {labels}. Ni la garantie ni l'échange standard ne les couvrent (R-11, R-30)."
        )
        if self.incident.predates_option and windows.is_repairable(self.model, self.incident):
            # R-48 comes before R-44 (Decision): the option does not cover what predates it.
            clause = ", SERENITE ne le couvre donc pas (R-48 avant R-44)" if self.damage_options else ""
            return self.predates_option("Le dommage", clause)
        if self.incident.predates_option:
            self.rule("R-48")
            self.say("Le dommage a commencé avant la souscription de l'option (R-48), mais il n'y a rien à réparer.")
            cover = False
        covered = cover
        if non_damage:
            covered = False
            never = "même par SERENITE" if self.damage_options else "par aucune garantie ni option"
            self.say(f"Exclusion(s) jamais couverte(s), {never} : {', '.join(non_damage)} (R-30).")
        if cover and not non_damage:
            self.rule("R-44")
            previous = self.last_use(BenefitEvent.SERENITE_DAMAGE_COVERED)
            if previous is not None:
                again = windows.next_serenite_damage_on(previous)
                if self.today < again:
                    covered = False
                    self.say(
                        f"SERENITE a déjà couvert un dommage le {_d(previous)} : un nouveau dommage n'est pris en "
                        f"charge qu'à partir du {_d(again)} (une fois par 12 mois, R-44)."
                    )
                else:
                    self.say(f"Dernier dommage couvert le {_d(previous)}, plus de 12 mois avant (R-44).")
        if covered and not self.repairable():
            covered = False
            self.rule("R-44")
            self.say("SERENITE ne couvre jamais un appareil détruit ou non réparable (R-44).")
        if covered:
            self.say("Dommage pris en charge en totalité par SERENITE (R-44).")
            return self.result(Decision.COVERED_SERENITE)
        if self.is_sale:
            return self.quote_path()
        # rented damage not covered.
        self.rule("R-63")
        if not self.repairable():
            return self.not_repairable()
        self.say("Dommage sur matériel loué non couvert, réparable : analyse et forfait de réparation facturés (R-63).")
        return self.result(Decision.BILLED_REPAIR, [self.fee("ANALYSIS"), self.repair_fee()])

    def loss_theft_destruction(self) -> CoverageResult:
        what = {
            IncidentKind.LOSS: "Perte",
            IncidentKind.THEFT: "Vol",
            IncidentKind.DESTRUCTION: "Destruction",
        }[self.incident.kind]
        destroyed = self.incident.kind is IncidentKind.DESTRUCTION
        if self.is_sale:
            # Reading: nothing covers loss, theft or destruction of sold hardware (R-11: the
            # warranty covers manufacturing defects only; R-44: SERENITE never covers a
            # destroyed device) and replacement prices are for rented hardware.
            self.rule("R-11")
            options = "ni les options"
            if destroyed and self.damage_options:
                self.rule("R-44")
                options = "ni les options (SERENITE ne couvre jamais un appareil détruit, R-44)"
            self.say(
                f"{what} d'un matériel vendu : ni la garantie constructeur (défauts de fabrication seulement, "
                f"R-11) {options} ne s'appliquent. "
                "Rien n'est facturé ici par le revendeur : le client remplace son matériel à sa charge."
            )
            return self.result(Decision.NOT_COVERED)
        self.rule("R-62")
        if destroyed and self.damage_options:
            self.rule("R-44")
            self.say("SERENITE ne couvre jamais un appareil détruit (R-44).")
        self.say(
            f"{what} d'un matériel loué : à déclarer aussitôt et à confirmer par lettre recommandée avec le "
            "dépôt de plainte ; le client doit remplacer l'équipement, son prix de remplacement est facturé (R-62)."
        )
        return self.result(Decision.BILLED_REPLACEMENT, [self.replacement()])

    def non_return(self) -> CoverageResult:
        ended_on = self.contract.ended_on
        assert ended_on is not None  # checked
        self.rule("R-51")
        due = windows.return_due(ended_on)
        deadline = windows.return_deadline(ended_on, alsace_moselle=self.alsace_moselle)
        moved = ""
        if deadline != due:
            self.rule("R-03")
            moved = " " + texts.deadline_moved_text(due, deadline, alsace_moselle=self.alsace_moselle)
        self.say(
            f"Location terminée le {_d(ended_on)} : le matériel doit être rendu complet et en état de marche, "
            f"aux frais du client, dans le mois, soit au plus tard le {_d(deadline)} (R-51).{moved}"
        )
        if self.today <= deadline:
            self.say("Retour attendu : rien n'est facturé tant que le délai court.")
            return self.result(Decision.AWAITING_RETURN, deadline=deadline)
        self.say(f"Délai dépassé au {_d(self.today)} : le matériel non rendu est facturé à son prix de remplacement.")
        return self.result(Decision.BILLED_REPLACEMENT, [self.replacement()], deadline=deadline)

    def battery(self) -> CoverageResult:
        if self.battery_options:
            self.rule("R-45")
        if self.free_battery_in_force():
            previous = self.last_use(BenefitEvent.SERENITE_BATTERY_SENT)
            if previous is None:
                self.say("Aucune batterie offerte jusqu'ici : une batterie est offerte (une tous les 2 ans, R-45).")
                return self.result(Decision.FREE_BATTERY)
            again = windows.next_free_battery_on(previous)
            if self.today >= again:
                self.say(
                    f"Dernière batterie offerte le {_d(previous)}, il y a 2 ans ou plus : une batterie est offerte "
                    "(R-45)."
                )
                return self.result(Decision.FREE_BATTERY)
            self.say(
                f"Dernière batterie offerte le {_d(previous)} : la suivante ne peut l'être qu'à partir du "
                f"{_d(again)} (une tous les 2 ans, R-45)."
            )
        if self.is_sale:
            self.say("La batterie est un consommable vendu au tarif en vigueur du catalogue.")
        else:
            self.rule("R-52")
            self.say(
                "Les accessoires et consommables du matériel loué ne sont couverts par rien : la batterie est "
                "facturée au tarif du catalogue (R-52)."
            )
        return self.result(Decision.NOT_COVERED)

    def accessory(self) -> CoverageResult:
        incident = self.incident
        if not self.is_sale:
            self.rule("R-52")
            self.say(
                "Les accessoires et consommables du matériel loué ne sont couverts par rien : l'accessoire est "
                "facturé au tarif du catalogue (R-52)."
            )
            return self.result(Decision.NOT_COVERED)
        self.rule("R-13")
        received = incident.accessory_received_on
        assert received is not None  # checked
        end = windows.accessory_warranty_end(received)
        in_window = self.today <= end
        if in_window:
            self.say(
                f"Accessoire reçu le {_d(received)} : couvert contre les défauts de fabrication jusqu'au "
                f"{_d(end)} inclus (R-13)."
            )
        else:
            self.say(f"Accessoire reçu le {_d(received)} : couverture de 3 mois terminée le {_d(end)} (R-13).")
        covered = in_window
        if incident.exclusions:
            self.rule("R-30")
            covered = False
            self.say(f"Exclusion(s) constatée(s) : {', '.join(incident.exclusions)} (R-30).")
        if not incident.fault_confirmed:
            covered = False
            self.say("Aucune panne réelle constatée.")
        if in_window and not incident.manufacturing_defect:
            covered = False
            self.say("Pas de défaut de fabrication constaté : la couverture ne s'applique pas (R-13).")
        if covered:
            self.say("Accessoire remplacé sans frais.")
            return self.result(Decision.COVERED_WARRANTY)
        self.say("L'accessoire est vendu au tarif en vigueur du catalogue.")
        return self.result(Decision.NOT_COVERED)


def assess(
    case: CoverageCase,
    tariffs: Sequence[Tariff] = (TARIFF_2025_01,),
    *,
    alsace_moselle: bool = False,
    unjustified_fee: str = DEFAULT_UNJUSTIFIED_FEE,
) -> CoverageResult:
    """Decide the coverage of ``case`` (COVERAGE_CLI.md, "Order of assessment").

    Charges are priced from the tariff version in force on ``case.today``. Raises
    :class:`ValidationError` when :func:`check_case` finds problems.
    """
    problems = check_case(case)
    if problems:
        raise ValidationError(problems)
    tariff = tariff_in_force(tuple(tariffs), case.today)
    return _Assessment(case, tariff, alsace_moselle, unjustified_fee).run()


def result_as_dict(result: CoverageResult) -> dict[str, object]:
    """The JSON output of COVERAGE_CLI.md, keys in the documented order."""
    return {
        "decision": result.decision.value,
        "charges": [{"code": c.code, "amount_ht": f"{c.amount_ht:f}"} for c in result.charges],
        "total_ht": f"{result.total_ht:f}",
        "total_ttc": f"{result.total_ttc:f}",
        "deadline": result.deadline.isoformat() if result.deadline is not None else None,
        "rules": list(result.rules),
        "why": result.why,
    }
