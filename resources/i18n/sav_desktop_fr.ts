<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="495"/>
        <source>non disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="497"/>
        <source>Emplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="498"/>
        <source>Fabricant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="499"/>
        <source>Micrologiciel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="500"/>
        <source>N° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="504"/>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="508"/>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="504"/>
        <source>Aucune carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="506"/>
        <source>valide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="506"/>
        <source>invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="509"/>
        <source>ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="510"/>
        <source>Protocoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="512"/>
        <source>Aller-retour APDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="516"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetChooser</name>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="537"/>
        <source>Enregistrer sur un matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="538"/>
        <source>Scannez l&apos;étiquette du matériel, ou saisissez son code ou son numéro de série :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="557"/>
        <source>Aucun matériel ne correspond à « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="563"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="564"/>
        <source>avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="565"/>
        <source>défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="568"/>
        <source>Diagnostic enregistré sur le matériel %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetDetailView</name>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="62"/>
        <source>Scannez une étiquette ou choisissez un matériel dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="73"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="73"/>
        <source>N° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="73"/>
        <source>Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="74"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="74"/>
        <source>Mise en service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="75"/>
        <source>Version logicielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="75"/>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="76"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="76"/>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="76"/>
        <source>Signé / livré / fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="77"/>
        <source>Dépôt de garantie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="77"/>
        <source>Fin de garantie constructeur (R-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="78"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="78"/>
        <source>Accessoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="78"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="86"/>
        <source>Fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="89"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="89"/>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="89"/>
        <source>Événement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="93"/>
        <source>Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="95"/>
        <source>Prise en charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="108"/>
        <source>sans SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="128"/>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="129"/>
        <source>sans objet (location ou non vendu)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="291"/>
        <source>Modifier le matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="291"/>
        <source>Nouveau matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="299"/>
        <source>Modèle *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="300"/>
        <source>N° de série constructeur *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="301"/>
        <source>Mise en service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="302"/>
        <source>Version logicielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="303"/>
        <source>ICCID de la carte SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="304"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetListModel</name>
    <message>
        <location filename="../../sav_desktop/ui/asset_model.py" line="26"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/asset_model.py" line="27"/>
        <source>N° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/asset_model.py" line="28"/>
        <source>Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/asset_model.py" line="29"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/asset_model.py" line="30"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/asset_model.py" line="31"/>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/asset_model.py" line="116"/>
        <source>Double-clic ou Entrée : ouvrir la fiche</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="336"/>
        <source>Nouveau contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="338"/>
        <source>Vente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="339"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="340"/>
        <source>Type *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="342"/>
        <source>Nom du cabinet ou SIRET, puis ↓ et Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="350"/>
        <source>Client *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="353"/>
        <source>Matériels * (étiquette ou n° de série, un par ligne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="355"/>
        <source>Signé le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="356"/>
        <source>Livré le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="357"/>
        <source>Dépôt de garantie (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="358"/>
        <source>Service logiciel associé (R-55)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="359"/>
        <source>Assureur (location, R-54)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="360"/>
        <source>N° de police (location, R-54)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="366"/>
        <source>Aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="373"/>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="374"/>
        <source>Option souscrite le</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="60"/>
        <source>Panne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="61"/>
        <source>Dommage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="62"/>
        <source>Perte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="63"/>
        <source>Vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="64"/>
        <source>Destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="65"/>
        <source>Non-restitution (fin de location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="66"/>
        <source>Batterie (demande de remplacement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="67"/>
        <source>Accessoire en panne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="71"/>
        <source>Pris en charge : garantie constructeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="72"/>
        <source>Pris en charge : échange standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="73"/>
        <source>Pris en charge : dommage couvert par SERENITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="74"/>
        <source>Batterie offerte (SERENITE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="75"/>
        <source>Facturé : échange injustifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="76"/>
        <source>Facturé : analyse et réparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="77"/>
        <source>Facturé : analyse seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="78"/>
        <source>Facturé : réparation sans devis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="79"/>
        <source>Facturé : prix de remplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="80"/>
        <source>Retour du matériel attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="81"/>
        <source>Non pris en charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="85"/>
        <source>Analyse et tests du matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="86"/>
        <source>Frais autre prestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="87"/>
        <source>Forfait réparation terminaux MOVE/5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="88"/>
        <source>Forfait réparation autres terminaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="89"/>
        <source>Forfait réparation socles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="128"/>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="219"/>
        <source>Prise en charge</source>
        <extracomment>Emitted with the new :class:`CoverageResult` (or None when the facts are incomplete or refused) each time the decision shown changes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="148"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="159"/>
        <source>&amp;Incident :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="167"/>
        <source>&amp;Appel reçu le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="176"/>
        <source>%1 (dommage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="182"/>
        <source>&amp;Exclusions constatées (Espace pour cocher) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="187"/>
        <source>Panne &amp;confirmée ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="190"/>
        <source>Décochée : questionnaire refusé, réponses inexactes ou aucune panne réelle (R-47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="192"/>
        <source>Défaut de &amp;fabrication ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="194"/>
        <source>&amp;Réparable ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="196"/>
        <source>&amp;Devis accepté (bon pour accord) ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="198"/>
        <source>Panne antérieure à l&apos;&amp;option ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="200"/>
        <source>Réparation facturée au tarif sans devis (R-48)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="214"/>
        <source>Accessoire re&amp;çu le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="428"/>
        <source>Aucun matériel choisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="434"/>
        <source>%1 — %2 signé(e) le %3 — examen du %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="444"/>
        <source>Données refusées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="444"/>
        <source>Choisissez un matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="463"/>
        <source>Remplacement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="467"/>
        <source>Aucun frais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="468"/>
        <source>Total HT : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="469"/>
        <source>Total TTC : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="472"/>
        <source>Échéance de retour : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="474"/>
        <source>Livraison de l&apos;appareil d&apos;échange au plus tard le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="478"/>
        <source>Pas d&apos;échéance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="210"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="210"/>
        <source>Nouveau client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="213"/>
        <source>Cabinet / raison sociale *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="214"/>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="215"/>
        <source>FINESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="216"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="217"/>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="218"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="219"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="220"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="226"/>
        <source>Praticien(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="227"/>
        <source>Ajouter un praticien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="234"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="259"/>
        <source>Praticien {n}, {what} : {msg}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="130"/>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="146"/>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="582"/>
        <source>Diagnostic lecteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="149"/>
        <source>Recherche du service PC/SC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="157"/>
        <source>Aucun lecteur détecté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="161"/>
        <source>Lancer le diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="162"/>
        <source>Enregistrer sur un matériel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="163"/>
        <source>Exporter en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="178"/>
        <source>Lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="179"/>
        <source>Emplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="180"/>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="181"/>
        <source>ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="182"/>
        <source>Protocoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="183"/>
        <source>Aller-retour (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="184"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="185"/>
        <source>Remarques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="262"/>
        <source>Diagnostic indisponible sur ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="265"/>
        <source>Service PC/SC arrêté ou injoignable : les lecteurs ne sont plus visibles. Le panneau se reconnectera tout seul dès son retour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="271"/>
        <source>Service arrêté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="281"/>
        <source>Service PC/SC disponible, aucun lecteur branché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="283"/>
        <source>Service PC/SC disponible, 1 lecteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="285"/>
        <source>Service PC/SC disponible, %n lecteurs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="315"/>
        <source>Vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="325"/>
        <source>Carte présente, ATR invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="327"/>
        <source>Carte non reconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="338"/>
        <source>Diagnostic en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="366"/>
        <source>Diagnostic impossible :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="377"/>
        <source>Aucune carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="396"/>
        <source>Diagnostic du %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="403"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="405"/>
        <source>Avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="406"/>
        <source>Défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="414"/>
        <source>Vitale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="416"/>
        <source>CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="417"/>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="435"/>
        <source>Enregistrement impossible :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="443"/>
        <source>Exporter le diagnostic en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="443"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="456"/>
        <source>Rapport PDF enregistré :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="482"/>
        <source>Ce diagnostic lit uniquement ce qui identifie le matériel et le type de carte (nom du lecteur, micrologiciel, ATR). Aucune donnée personnelle n&apos;est lue ni conservée, aucun code PIN n&apos;est présenté.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelBatch</name>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="76"/>
        <source>Préparation des étiquettes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="76"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="78"/>
        <source>Étiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="95"/>
        <source>Étiquette %1 sur %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="139"/>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="328"/>
        <source>Étiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="139"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="164"/>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="165"/>
        <source>Enregistrer en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="166"/>
        <source>Enregistrer en ZPL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="177"/>
        <source>Modèle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="179"/>
        <source>Page :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="207"/>
        <source>Le ZPL ne sert qu&apos;aux imprimantes Zebra (étiquettes à l&apos;unité).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="210"/>
        <source>%1 étiquette(s), %2 page(s) — QR : SAV1:&lt;étiquette&gt;:&lt;n° de série&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="274"/>
        <source>imprimante %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="281"/>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="290"/>
        <source>fichier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="288"/>
        <source>Impossible d&apos;écrire le fichier ZPL : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="295"/>
        <source>Imprimer les étiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="302"/>
        <source>Enregistrer les étiquettes en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="302"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="308"/>
        <source>Enregistrer les étiquettes en ZPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/label_dialog.py" line="308"/>
        <source>ZPL (*.zpl)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="161"/>
        <source>SAV Desktop — {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="173"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="180"/>
        <source>Rechercher : n° de série, étiquette, client, RPPS, ICCID…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="188"/>
        <source>Nouveau matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="189"/>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="190"/>
        <source>Nouveau client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="191"/>
        <source>Fiche client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="192"/>
        <source>Nouveau contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="193"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="194"/>
        <source>Étiquettes à imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="228"/>
        <source>Parc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="261"/>
        <source>{n}{more} matériel(s) affiché(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="286"/>
        <source>Aucun matériel ne correspond à « {t} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="304"/>
        <source>Matériel inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="305"/>
        <source>Aucun matériel ne porte le n° de série « {s} ».
L&apos;enregistrer maintenant ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="352"/>
        <source>Matériel enregistré : étiquette {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="364"/>
        <source>Aucun matériel à étiqueter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="383"/>
        <source>Toutes les étiquettes sont imprimées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="392"/>
        <source>Ouvrez d&apos;abord un matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="400"/>
        <source>Client enregistré (n° {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="405"/>
        <source>Ouvrez d&apos;abord un matériel sous contrat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="415"/>
        <source>Contrat enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotWidget</name>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="85"/>
        <source>Vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="89"/>
        <source>Emplacement Vitale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="91"/>
        <source>Emplacement CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="92"/>
        <source>Emplacement unique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../sav_desktop/ui/app.py" line="57"/>
        <source>Diagnostic lecteurs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
