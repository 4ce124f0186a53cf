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
        <location filename="../../sav_desktop/ui/asset_model.py" line="128"/>
        <source>Double-clic ou Entrée : ouvrir la fiche</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargesPage</name>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="326"/>
        <source>Frais du retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="327"/>
        <source>Calculés par les règles : accessoires manquants (R-52), dommages (R-63), retard (R-51). Vérifiez puis validez le retour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="330"/>
        <source>&amp;Valider le retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="359"/>
        <source>Total des frais : {ht} HT — {ttc} TTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="370"/>
        <source>Valider le retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="371"/>
        <source>Valider le retour de {t} ?
La ligne de location {n} sera close, les frais enregistrés et le dépôt de garantie soldé ; le matériel part à l&apos;atelier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInWizard</name>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="66"/>
        <source>Réinitialisation usine (menu maintenance du constructeur)</source>
        <extracomment>Wipe methods offered (free text allowed): what the desk does with the makers&apos; tools.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="67"/>
        <source>Effacement des données de facturation (logiciel de maintenance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="68"/>
        <source>Remplacement de la mémoire / carte SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="308"/>
        <source>Frais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="308"/>
        <source>Qté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="309"/>
        <source>Prix unitaire HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="310"/>
        <source>Montant HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="310"/>
        <source>Règle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="598"/>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="655"/>
        <source>Retour de location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="611"/>
        <source>&amp;Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="612"/>
        <source>&lt; &amp;Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="613"/>
        <source>&amp;Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="614"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="623"/>
        <source>Reçu de retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="624"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="185"/>
        <source>Contrôle du matériel rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="186"/>
        <source>Cochez ce qui est rendu ; Espace coche, Tab passe au suivant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="193"/>
        <source>Rendu le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="195"/>
        <source>Accessoires de la ligne de location (R-52)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="199"/>
        <source>&amp;Scellé de sécurité intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="202"/>
        <source>Dommages visibles (codes d&apos;exclusion R-30) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="210"/>
        <source>{x} (dommage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="219"/>
        <source>&amp;Réparable ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="225"/>
        <source>Notes (état, remarques du client…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="228"/>
        <source>Lancer le &amp;diagnostic lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="248"/>
        <source>présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="254"/>
        <source> / {n} rendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="259"/>
        <source>Aucun accessoire sur cette ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="301"/>
        <source>Diagnostic lancé : voir la page « Diagnostic lecteurs ».</source>
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
    <name>DiagnosisDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="156"/>
        <source>Diagnostic à distance — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="162"/>
        <source>&amp;Oui : panne matérielle confirmée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="163"/>
        <source>&amp;Non : pas de panne matérielle (ou questionnaire refusé, R-47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="169"/>
        <source>Panne matérielle ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="170"/>
        <source>Notes du diagnostic</source>
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
    <name>Documents</name>
    <message>
        <location filename="../../sav_desktop/documents/__init__.py" line="19"/>
        <source>Reçu de restitution {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/__init__.py" line="25"/>
        <source>Devis {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/__init__.py" line="31"/>
        <source>Déclaration {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="63"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="64"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="65"/>
        <source>N° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="66"/>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="128"/>
        <location filename="../../sav_desktop/documents/layout.py" line="239"/>
        <source>Date :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="149"/>
        <source>Reçu de restitution de matériel loué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="150"/>
        <source>établi le {when} par {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="153"/>
        <source>Signé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="154"/>
        <source>Fin de location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="155"/>
        <source>Restitution au plus tard le (R-51)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="156"/>
        <source>Restitué le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="172"/>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="172"/>
        <source>arraché ou endommagé (SEAL_BROKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="184"/>
        <source>Dépôt de garantie versé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="185"/>
        <source>Retenue sur le dépôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="186"/>
        <source>Remboursement au client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="187"/>
        <source>Solde facturé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="197"/>
        <source>Pour le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="197"/>
        <location filename="../../sav_desktop/documents/layout.py" line="286"/>
        <source>Pour le revendeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="205"/>
        <source>Devis de réparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="206"/>
        <source>établi le {day}, valable jusqu&apos;au {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="210"/>
        <location filename="../../sav_desktop/documents/layout.py" line="255"/>
        <source>Nature du contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="211"/>
        <source>Dossier SAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="212"/>
        <source>Accord de retour (RMA, R-72)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="213"/>
        <location filename="../../sav_desktop/documents/layout.py" line="257"/>
        <source>État du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="218"/>
        <source>réparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="218"/>
        <source>non réparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="224"/>
        <source>Montants HT à trois décimales ; TVA 20 % et TTC calculés sur le total HT du devis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="229"/>
        <source>Sans réponse au {until}, le devis est caduc. En cas de refus, seule l’analyse est facturée et l’appareil est rendu non réparé (R-60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="237"/>
        <source>Je soussigné(e) accepte le présent devis et la réparation de l’appareil aux conditions ci-dessus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="240"/>
        <source>Signature, précédée de la mention « Bon pour accord » :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="241"/>
        <source>Cachet du cabinet :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="251"/>
        <source>Déclaration de {kind} de matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="252"/>
        <source>établie le {when} par {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="256"/>
        <source>Mise en service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="261"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="262"/>
        <source>Date de l&apos;événement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="263"/>
        <source>Déclaré au revendeur le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="264"/>
        <source>Lettre recommandée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="266"/>
        <source>non reçue à ce jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="267"/>
        <source>Dépôt de plainte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="269"/>
        <source>référence à fournir (obligatoire pour clore, R-62)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="281"/>
        <source>La perte, le vol ou la destruction doit être déclaré aussitôt et confirmé par lettre recommandée accompagnée du dépôt de plainte. Le loyer n’est pas suspendu (R-53).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/documents/layout.py" line="286"/>
        <source>Le client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/session.py" line="123"/>
        <source>Premier démarrage — SAV Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/session.py" line="124"/>
        <source>Aucun compte administrateur : créez le vôtre. Il gérera ensuite les comptes des autres personnes (un compte par personne). Mot de passe : 10 caractères au moins, avec minuscule, majuscule, chiffre et caractère spécial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/session.py" line="135"/>
        <source>Les deux mots de passe diffèrent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="244"/>
        <source>Examen de l&apos;appareil — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="251"/>
        <source>{x} (dommage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="259"/>
        <source>Exclusions constatées (Espace pour cocher, R-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="260"/>
        <source>&amp;Scellé de sécurité intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="263"/>
        <source>&amp;Réparable ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="266"/>
        <source>Défaut de &amp;fabrication ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="268"/>
        <source>Notes d&apos;examen</source>
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
    <name>LoginDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/session.py" line="96"/>
        <source>Connexion — SAV Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/session.py" line="97"/>
        <source>Identifiez-vous pour ouvrir le poste SAV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="162"/>
        <source>SAV Desktop — {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="174"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="181"/>
        <source>Rechercher : n° de série, étiquette, client, RPPS, ICCID…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="196"/>
        <source>Nouveau matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="197"/>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="200"/>
        <source>Nouveau client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="201"/>
        <source>Fiche client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="202"/>
        <source>Nouveau contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="198"/>
        <source>Option…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="190"/>
        <source>&amp;Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="191"/>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="192"/>
        <source>&amp;SAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="193"/>
        <source>É&amp;tiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="199"/>
        <location filename="../../sav_desktop/ui/main_window.py" line="451"/>
        <location filename="../../sav_desktop/ui/main_window.py" line="458"/>
        <source>Résilier l&apos;option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="203"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="204"/>
        <source>Étiquettes à imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="205"/>
        <source>Étiquettes du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="242"/>
        <source>Parc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="286"/>
        <source>{n}{more} matériel(s) affiché(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="311"/>
        <source>Aucun matériel ne correspond à « {t} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="329"/>
        <source>Matériel inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="330"/>
        <source>Aucun matériel ne porte le n° de série « {s} ».
L&apos;enregistrer maintenant ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="377"/>
        <source>Matériel enregistré : étiquette {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="389"/>
        <source>Aucun matériel à étiqueter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="404"/>
        <source>Toutes les étiquettes sont imprimées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="408"/>
        <source>Aucun matériel enregistré aujourd&apos;hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="423"/>
        <source>Ouvrez d&apos;abord un matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="447"/>
        <source>Aucune option en cours sur ce matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="452"/>
        <source>Résilier {o} à compter d&apos;aujourd&apos;hui ?
C&apos;est définitif : aucune option ne pourra plus être souscrite pour ce matériel (R-43).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="465"/>
        <source>Client enregistré (n° {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="431"/>
        <location filename="../../sav_desktop/ui/main_window.py" line="470"/>
        <source>Ouvrez d&apos;abord un matériel sous contrat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="480"/>
        <source>Contrat enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="136"/>
        <source>Nouveau dossier SAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="138"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="139"/>
        <source>Problème signalé *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="141"/>
        <source>Appel reçu le *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="458"/>
        <source>Souscrire une option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="463"/>
        <source>Contrat {n}, signé le {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="469"/>
        <source>Option *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/forms.py" line="471"/>
        <source>Souscrite le *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RentalPage</name>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="138"/>
        <source>La location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="157"/>
        <source>Matériel : {m} — n° {s} [{t}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="158"/>
        <source>Client : {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="159"/>
        <source>Location {n}, signée le {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="160"/>
        <source>Fin effective : {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="163"/>
        <source>Retour au plus tard le {d} (R-51)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="164"/>
        <source>Dépôt de garantie : {a} HT (R-50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="166"/>
        <source>Accessoires confiés :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="167"/>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="170"/>
        <source>Cette location n&apos;a pas de date de fin : enregistrez-la d&apos;abord (R-51).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="172"/>
        <source>Retour hors délai : le prix de remplacement sera facturé (R-51, R-61).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="184"/>
        <source>Échange standard — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="187"/>
        <source>Scannez l&apos;étiquette ou le n° de série de l&apos;appareil de remplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="189"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="198"/>
        <source>Appareil identique en stock *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="200"/>
        <source>Aucun appareil de ce modèle en stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="203"/>
        <source>Expédié le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="205"/>
        <source>Livraison au plus tard le {d} (J+2, R-46)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="207"/>
        <source>&amp;Expédier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="102"/>
        <source>Retour de location : scannez l&apos;étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="103"/>
        <source>Scannez l&apos;étiquette (ou tapez le n° de série) du matériel rendu, puis Entrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="107"/>
        <source>Étiquette ou n° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="119"/>
        <source>Scannez l&apos;étiquette du matériel rendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="124"/>
        <source>Aucun matériel ne correspond à « {t} ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementPage</name>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="402"/>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="410"/>
        <source>Dépôt de garantie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="410"/>
        <source>Frais du retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="411"/>
        <source>Retenu sur le dépôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="411"/>
        <source>À rembourser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="412"/>
        <source>Solde à facturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="423"/>
        <source>Reçu &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="440"/>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="444"/>
        <source>{ht} HT ({ttc} TTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="452"/>
        <source>Enregistrer le reçu de retour en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="453"/>
        <source>Le reçu PDF n&apos;est pas encore disponible (module documents à venir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="470"/>
        <source>Reçu enregistré : {p}</source>
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
    <name>StartupError</name>
    <message>
        <location filename="../../sav_desktop/ui/session.py" line="193"/>
        <source>SAV Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="479"/>
        <source>Statut du matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="486"/>
        <source>Un terminal rendu peut contenir des données de facturation des patients : il ne revient en stock qu&apos;après l&apos;enregistrement de l&apos;effacement de ses données (méthode, opérateur, date) (R-80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="491"/>
        <source>Effacement des données (R-80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="498"/>
        <source>&amp;Méthode :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="501"/>
        <source>&amp;Opérateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="506"/>
        <source>&amp;Date :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="507"/>
        <source>&amp;Enregistrer l&apos;effacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="512"/>
        <source>Remettre en &amp;stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="540"/>
        <source>{t} : {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="558"/>
        <source>Effacement enregistré (R-80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="565"/>
        <source>retour de location contrôlé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="567"/>
        <source>Refusé : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="569"/>
        <source>Matériel remis en stock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsPanel</name>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="62"/>
        <source>Commencer le diagnostic à distance</source>
        <extracomment>Button text of each step (lupdate reads them through QT_TRANSLATE_NOOP).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="63"/>
        <source>Expédier un appareil de remplacement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="64"/>
        <source>Appareil en panne reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="65"/>
        <source>Retour atelier : délivrer un n° RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="66"/>
        <source>Appareil reçu à l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="67"/>
        <source>Examen (exclusions R-30)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="68"/>
        <source>Décider de la prise en charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="69"/>
        <source>Établir le devis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="70"/>
        <source>Devis accepté (bon pour accord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="71"/>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="614"/>
        <source>Devis refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="72"/>
        <source>Envoyé chez le constructeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="73"/>
        <source>Revenu du constructeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="74"/>
        <source>Rendu au client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="75"/>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="621"/>
        <source>Clore le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="96"/>
        <source>Remplacement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="316"/>
        <source>&amp;Nouveau dossier (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="325"/>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="325"/>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="381"/>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="325"/>
        <source>Appel du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="351"/>
        <source>Décision et frais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="371"/>
        <source>Étapes possibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="381"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="381"/>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="444"/>
        <source>Aucun dossier SAV pour ce matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="445"/>
        <source>Ouvrez un matériel pour voir ses dossiers SAV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="453"/>
        <source>Dossier {n} — {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="470"/>
        <source>Échéance J+2 : livraison de l&apos;appareil d&apos;échange au plus tard le {d} (R-46)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="474"/>
        <source> — DÉPASSÉE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="480"/>
        <source>Appel du {d} à {h} : {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="483"/>
        <source>Diagnostic à distance : panne matérielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="484"/>
        <source>Diagnostic à distance : pas de panne matérielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="488"/>
        <source>Appareil de remplacement : {t} (n° {s})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="492"/>
        <source>Accord de retour (R-72) : {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="495"/>
        <source>Exclusions constatées (R-30) : {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="508"/>
        <source>Aucun frais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="510"/>
        <source>Total : {ht} HT — {ttc} TTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="513"/>
        <source>Règles : {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="515"/>
        <source>Tarif : {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="524"/>
        <source>Résultat du diagnostic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="528"/>
        <source>Devis PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="537"/>
        <source>Dossier clos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="544"/>
        <source>Pas possible maintenant — {a} : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="566"/>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="666"/>
        <source>Ouvrez d&apos;abord un matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="582"/>
        <source>Refusé : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="605"/>
        <source>Devis enregistré : {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="615"/>
        <source>Enregistrer le refus du devis {n} ?
L&apos;appareil reviendra non réparé ; l&apos;analyse reste facturée (R-60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="622"/>
        <source>Clore le dossier {n} ?
Aucune étape ne pourra plus y être enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="633"/>
        <source>Enregistrer le devis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="634"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="649"/>
        <source>Dossiers SAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/tickets_view.py" line="672"/>
        <source>Nouveau dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="41"/>
        <source>Priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="42"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="43"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="44"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="45"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="46"/>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="47"/>
        <source>À faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="48"/>
        <source>Règle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="53"/>
        <source>lundi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="53"/>
        <source>mardi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="54"/>
        <source>mercredi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="54"/>
        <source>jeudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="55"/>
        <source>vendredi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="55"/>
        <source>samedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="56"/>
        <source>dimanche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="132"/>
        <source>Actualiser (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="158"/>
        <source>Rien à traiter aujourd&apos;hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="182"/>
        <source>Aujourd&apos;hui — {w} {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="202"/>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/session.py" line="157"/>
        <source>Session verrouillée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/session.py" line="158"/>
        <source>Session verrouillée après inactivité. Saisissez votre mot de passe pour continuer (Annuler ferme l&apos;application).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CredentialsDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/session.py" line="54"/>
        <source>&amp;Nom du compte :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/session.py" line="55"/>
        <source>&amp;Mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/session.py" line="61"/>
        <source>&amp;Confirmation :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Reporter</name>
    <message>
        <location filename="../../sav_desktop/ui/auto_backup.py" line="47"/>
        <source>Erreur : </source>
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
