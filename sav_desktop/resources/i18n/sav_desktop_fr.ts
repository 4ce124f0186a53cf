<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="496"/>
        <source>non disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="498"/>
        <source>Emplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="499"/>
        <source>Fabricant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="500"/>
        <source>Micrologiciel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="501"/>
        <source>N° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="505"/>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="509"/>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="505"/>
        <source>Aucune carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="507"/>
        <source>valide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="507"/>
        <source>invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="510"/>
        <source>ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="511"/>
        <source>Protocoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="513"/>
        <source>Aller-retour APDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="517"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="245"/>
        <source>Compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="245"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="245"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="245"/>
        <source>Dernière connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="248"/>
        <source>&amp;Ajouter un compte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="249"/>
        <source>Changer le &amp;rôle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="250"/>
        <location filename="../../sav_desktop/ui/admin_page.py" line="285"/>
        <source>&amp;Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="251"/>
        <source>Réinitialiser le &amp;mot de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="262"/>
        <source>Désactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="264"/>
        <source>Verrouillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="266"/>
        <source>Sans mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="268"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="284"/>
        <source>&amp;Réactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="295"/>
        <source>Compte {name} créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="303"/>
        <source>Rôle de {name} modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="311"/>
        <source>Compte {name} réactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="313"/>
        <source>Désactiver le compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="314"/>
        <source>Désactiver le compte {name} ? Il ne pourra plus se connecter (son historique est gardé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="318"/>
        <source>Compte {name} désactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="324"/>
        <source>Mot de passe de {name} réinitialisé (compte déverrouillé).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="180"/>
        <source>Il manque : {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="181"/>
        <source>Mot de passe conforme à la règle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="690"/>
        <source>Comptes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="693"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="696"/>
        <source>Tarifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="699"/>
        <source>Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="730"/>
        <location filename="../../sav_desktop/ui/admin_page.py" line="732"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="734"/>
        <source>Administration (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetChooser</name>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="538"/>
        <source>Enregistrer sur un matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="539"/>
        <source>Scannez l&apos;étiquette du matériel, ou saisissez son code ou son numéro de série :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="558"/>
        <source>Aucun matériel ne correspond à « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="564"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="565"/>
        <source>avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="566"/>
        <source>défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="569"/>
        <source>Diagnostic enregistré sur le matériel %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetDetailView</name>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="68"/>
        <source>Scannez une étiquette ou choisissez un matériel dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="79"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="79"/>
        <source>N° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="79"/>
        <source>Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="80"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="80"/>
        <source>Mise en service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="81"/>
        <source>Version logicielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="81"/>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="82"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="82"/>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="82"/>
        <source>Signé / livré / fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="83"/>
        <source>Dépôt de garantie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="83"/>
        <source>Fin de garantie constructeur (R-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="84"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="84"/>
        <source>Accessoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="84"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="92"/>
        <source>Fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="95"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="95"/>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="95"/>
        <source>Événement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="99"/>
        <source>Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="101"/>
        <source>Prise en charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="114"/>
        <source>sans SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="134"/>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="135"/>
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
    <name>CatalogueTab</name>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="363"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="363"/>
        <source>Libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="363"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="363"/>
        <source>Prix HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="364"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="366"/>
        <source>Accessoires et consommables vendus ou facturés (R-52), au tarif en vigueur. Un article déjà livré ou sur un contrat n&apos;est jamais supprimé : désactivez-le.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="372"/>
        <source>&amp;Ajouter un article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="373"/>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="374"/>
        <location filename="../../sav_desktop/ui/admin_page.py" line="400"/>
        <source>&amp;Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="385"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="385"/>
        <source>Désactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="399"/>
        <source>&amp;Réactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="410"/>
        <source>Article {code} ajouté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="416"/>
        <source>Article {code} modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="422"/>
        <source>Article {code} réactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="422"/>
        <source>Article {code} désactivé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargesPage</name>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="319"/>
        <source>Frais du retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="320"/>
        <source>Calculés par les règles : accessoires manquants (R-52), dommages (R-63), retard (R-51). Vérifiez puis validez le retour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="323"/>
        <source>&amp;Valider le retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="352"/>
        <source>Total des frais : {ht} HT — {ttc} TTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="363"/>
        <source>Valider le retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="364"/>
        <source>Valider le retour de {t} ?
La ligne de location {n} sera close, les frais enregistrés et le dépôt de garantie soldé ; le matériel part à l&apos;atelier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInWizard</name>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="67"/>
        <source>Réinitialisation usine (menu maintenance du constructeur)</source>
        <extracomment>Wipe methods offered (free text allowed): what the desk does with the makers&apos; tools.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="68"/>
        <source>Effacement des données de facturation (logiciel de maintenance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="69"/>
        <source>Remplacement de la mémoire / carte SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="301"/>
        <source>Frais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="301"/>
        <source>Qté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="302"/>
        <source>Prix unitaire HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="303"/>
        <source>Montant HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="303"/>
        <source>Règle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="591"/>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="649"/>
        <source>Retour de location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="604"/>
        <source>&amp;Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="605"/>
        <source>&lt; &amp;Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="606"/>
        <source>&amp;Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="607"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="616"/>
        <source>Reçu de retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="617"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="178"/>
        <source>Contrôle du matériel rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="179"/>
        <source>Cochez ce qui est rendu ; Espace coche, Tab passe au suivant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="186"/>
        <source>Rendu le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="188"/>
        <source>Accessoires de la ligne de location (R-52)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="192"/>
        <source>&amp;Scellé de sécurité intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="195"/>
        <source>Dommages visibles (codes d&apos;exclusion R-30) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="203"/>
        <source>{x} (dommage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="212"/>
        <source>&amp;Réparable ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="218"/>
        <source>Notes (état, remarques du client…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="221"/>
        <source>Lancer le &amp;diagnostic lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="241"/>
        <source>présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="247"/>
        <source> / {n} rendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="252"/>
        <source>Aucun accessoire sur cette ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="294"/>
        <source>Diagnostic lancé : voir la page « Diagnostic lecteurs ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="255"/>
        <source>Dépôt de plainte — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="257"/>
        <source>Référence de la plainte *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="259"/>
        <source>Déposée le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="261"/>
        <source>Commissariat / gendarmerie</source>
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
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="61"/>
        <source>Panne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="62"/>
        <source>Dommage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="63"/>
        <source>Perte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="64"/>
        <source>Vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="65"/>
        <source>Destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="66"/>
        <source>Non-restitution (fin de location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="67"/>
        <source>Batterie (demande de remplacement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="68"/>
        <source>Accessoire en panne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="72"/>
        <source>Pris en charge : garantie constructeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="73"/>
        <source>Pris en charge : échange standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="74"/>
        <source>Pris en charge : dommage couvert par SERENITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="75"/>
        <source>Batterie offerte (SERENITE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="76"/>
        <source>Facturé : échange injustifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="77"/>
        <source>Facturé : analyse et réparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="78"/>
        <source>Facturé : analyse seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="79"/>
        <source>Facturé : réparation sans devis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="80"/>
        <source>Facturé : prix de remplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="81"/>
        <source>Retour du matériel attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="82"/>
        <source>Non pris en charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="86"/>
        <source>Analyse et tests du matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="87"/>
        <source>Frais autre prestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="88"/>
        <source>Forfait réparation terminaux MOVE/5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="89"/>
        <source>Forfait réparation autres terminaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="90"/>
        <source>Forfait réparation socles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="121"/>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="212"/>
        <source>Prise en charge</source>
        <extracomment>Emitted with the new :class:`CoverageResult` (or None when the facts are incomplete or refused) each time the decision shown changes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="141"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="152"/>
        <source>&amp;Incident :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="160"/>
        <source>&amp;Appel reçu le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="169"/>
        <source>%1 (dommage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="175"/>
        <source>&amp;Exclusions constatées (Espace pour cocher) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="180"/>
        <source>Panne &amp;confirmée ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="183"/>
        <source>Décochée : questionnaire refusé, réponses inexactes ou aucune panne réelle (R-47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="185"/>
        <source>Défaut de &amp;fabrication ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="187"/>
        <source>&amp;Réparable ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="189"/>
        <source>&amp;Devis accepté (bon pour accord) ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="191"/>
        <source>Panne antérieure à l&apos;&amp;option ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="193"/>
        <source>Réparation facturée au tarif sans devis (R-48)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="207"/>
        <source>Accessoire re&amp;çu le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="427"/>
        <source>Aucun matériel choisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="433"/>
        <source>%1 — %2 signé(e) le %3 — examen du %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="443"/>
        <source>Données refusées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="443"/>
        <source>Choisissez un matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="462"/>
        <source>Remplacement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="466"/>
        <source>Aucun frais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="467"/>
        <source>Total HT : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="468"/>
        <source>Total TTC : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="471"/>
        <source>Échéance de retour : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="473"/>
        <source>Livraison de l&apos;appareil d&apos;échange au plus tard le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/coverage_panel.py" line="477"/>
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
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="131"/>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="147"/>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="579"/>
        <source>Diagnostic lecteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="150"/>
        <source>Recherche du service PC/SC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="158"/>
        <source>Aucun lecteur détecté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="162"/>
        <source>Lancer le diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="163"/>
        <source>Enregistrer sur un matériel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="164"/>
        <source>Exporter en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="179"/>
        <source>Lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="180"/>
        <source>Emplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="181"/>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="182"/>
        <source>ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="183"/>
        <source>Protocoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="184"/>
        <source>Aller-retour (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="185"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="186"/>
        <source>Remarques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="263"/>
        <source>Diagnostic indisponible sur ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="266"/>
        <source>Service PC/SC arrêté ou injoignable : les lecteurs ne sont plus visibles. Le panneau se reconnectera tout seul dès son retour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="272"/>
        <source>Service arrêté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="282"/>
        <source>Service PC/SC disponible, aucun lecteur branché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="284"/>
        <source>Service PC/SC disponible, 1 lecteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="286"/>
        <source>Service PC/SC disponible, %n lecteurs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="316"/>
        <source>Vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="326"/>
        <source>Carte présente, ATR invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="328"/>
        <source>Carte non reconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="339"/>
        <source>Diagnostic en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="367"/>
        <source>Diagnostic impossible :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="378"/>
        <source>Aucune carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="397"/>
        <source>Diagnostic du %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="404"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="406"/>
        <source>Avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="407"/>
        <source>Défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="415"/>
        <source>Vitale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="417"/>
        <source>CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="418"/>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="436"/>
        <source>Enregistrement impossible :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="444"/>
        <source>Exporter le diagnostic en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="444"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="457"/>
        <source>Rapport PDF enregistré :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="483"/>
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
    <name>ItemDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="334"/>
        <source>Modifier l&apos;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="334"/>
        <source>Nouvel article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="336"/>
        <source>Code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="336"/>
        <source>ex. BATT_MOVE5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="338"/>
        <source>Libellé *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="345"/>
        <source>Nature *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="346"/>
        <source>Prix HT (€) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="347"/>
        <source>ex. 12,500 (trois décimales au plus)</source>
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
    <name>LetterDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="232"/>
        <source>Lettre recommandée — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="235"/>
        <source>Envoyée le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="237"/>
        <source>N° de la lettre recommandée *</source>
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
    <name>LossDeclarationDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="98"/>
        <source>Déclarer une perte, un vol ou une destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="101"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="115"/>
        <source>&amp;Perte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="115"/>
        <source>&amp;Vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="115"/>
        <source>&amp;Destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="123"/>
        <source>Nature *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="125"/>
        <source>Date de l&apos;événement *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="127"/>
        <source>Signalé le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="129"/>
        <source>Circonstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="132"/>
        <source>Prix de remplacement selon l&apos;âge (R-61)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="141"/>
        <source>Décl&amp;arer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="177"/>
        <source>Choisissez la nature pour voir le prix de remplacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="183"/>
        <source>Déclaration impossible en l&apos;état :
{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="213"/>
        <source>Déclarer : {kind} du {d} pour {m} n° {s} ?

Le matériel passera au statut « {status} ».
Prix de remplacement (R-61) : {ht} HT ({ttc} TTC).
La lettre recommandée et la plainte seront à enregistrer dès réception (R-62).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossesPanel</name>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="299"/>
        <source>Déclarer une perte / un vol / une destruction… ({k})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="309"/>
        <source>Déclaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="309"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="309"/>
        <source>Événement du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="310"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="338"/>
        <source>Prix de remplacement (R-61)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="358"/>
        <source>Pièces et clôture (R-62)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="361"/>
        <source>Lettre &amp;recommandée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="361"/>
        <source>&amp;Plainte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="362"/>
        <source>C&amp;lore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="362"/>
        <source>Déclaration P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="409"/>
        <source>Matériel sur aucun contrat : rien à déclarer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="454"/>
        <source>Aucune perte, aucun vol, aucune destruction déclarés pour ce matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="455"/>
        <source>Ouvrez un matériel pour voir ses sinistres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="461"/>
        <source>{n} — {k} — {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="471"/>
        <source>Déclaration close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="476"/>
        <source>Clôture possible une fois la plainte enregistrée (R-62).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="483"/>
        <source>Événement du {d} ; signalé le {r} à {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="486"/>
        <source>Circonstances : {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="489"/>
        <source>Lettre recommandée : n° {r}, envoyée le {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="491"/>
        <source>Lettre recommandée : non reçue à ce jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="494"/>
        <source>Plainte : n° {r} du {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="499"/>
        <source>Plainte : non reçue à ce jour — obligatoire pour clore (R-62)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="512"/>
        <source>Ouvrez d&apos;abord un matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="521"/>
        <source>Déclaration {n} enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="534"/>
        <source>Refusé : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="548"/>
        <source>Clore la déclaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="549"/>
        <source>Clore la déclaration {n} ?
Plus rien ne pourra y être modifié. La référence de la plainte est obligatoire pour clore (R-62).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="558"/>
        <source>Déclaration enregistrée : {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="564"/>
        <source>Enregistrer la déclaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/losses_view.py" line="565"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="171"/>
        <source>SAV Desktop — {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="183"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="190"/>
        <source>Rechercher : n° de série, étiquette, client, RPPS, ICCID…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="205"/>
        <source>Nouveau matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="206"/>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="209"/>
        <source>Nouveau client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="210"/>
        <source>Fiche client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="211"/>
        <source>Nouveau contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="207"/>
        <source>Option…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="199"/>
        <source>&amp;Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="200"/>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="201"/>
        <source>&amp;SAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="202"/>
        <source>É&amp;tiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="208"/>
        <location filename="../../sav_desktop/ui/main_window.py" line="462"/>
        <location filename="../../sav_desktop/ui/main_window.py" line="469"/>
        <source>Résilier l&apos;option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="212"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="213"/>
        <source>Étiquettes à imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="214"/>
        <source>Étiquettes du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="251"/>
        <source>Parc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="297"/>
        <source>{n}{more} matériel(s) affiché(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="322"/>
        <source>Aucun matériel ne correspond à « {t} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="340"/>
        <source>Matériel inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="341"/>
        <source>Aucun matériel ne porte le n° de série « {s} ».
L&apos;enregistrer maintenant ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="388"/>
        <source>Matériel enregistré : étiquette {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="400"/>
        <source>Aucun matériel à étiqueter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="415"/>
        <source>Toutes les étiquettes sont imprimées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="419"/>
        <source>Aucun matériel enregistré aujourd&apos;hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="434"/>
        <source>Ouvrez d&apos;abord un matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="458"/>
        <source>Aucune option en cours sur ce matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="463"/>
        <source>Résilier {o} à compter d&apos;aujourd&apos;hui ?
C&apos;est définitif : aucune option ne pourra plus être souscrite pour ce matériel (R-43).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="476"/>
        <source>Client enregistré (n° {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="442"/>
        <location filename="../../sav_desktop/ui/main_window.py" line="481"/>
        <source>Ouvrez d&apos;abord un matériel sous contrat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/main_window.py" line="491"/>
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
    <name>PasswordDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="214"/>
        <source>Nouveau mot de passe pour {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RentalPage</name>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="131"/>
        <source>La location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="150"/>
        <source>Matériel : {m} — n° {s} [{t}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="151"/>
        <source>Client : {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="152"/>
        <source>Location {n}, signée le {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="153"/>
        <source>Fin effective : {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="156"/>
        <source>Retour au plus tard le {d} (R-51)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="157"/>
        <source>Dépôt de garantie : {a} HT (R-50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="159"/>
        <source>Accessoires confiés :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="160"/>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="163"/>
        <source>Cette location n&apos;a pas de date de fin : enregistrez-la d&apos;abord (R-51).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="165"/>
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
    <name>RoleDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="227"/>
        <source>Rôle de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="233"/>
        <source>Rôle *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="95"/>
        <source>Retour de location : scannez l&apos;étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="96"/>
        <source>Scannez l&apos;étiquette (ou tapez le n° de série) du matériel rendu, puis Entrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="100"/>
        <source>Étiquette ou n° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="112"/>
        <source>Scannez l&apos;étiquette du matériel rendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="117"/>
        <source>Aucun matériel ne correspond à « {t} ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="576"/>
        <source>ex. 01 23 45 67 89 (imprimé sur les étiquettes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="577"/>
        <source>Téléphone du SAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="578"/>
        <source>Compter les jours fériés d&apos;Alsace-Moselle (R-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="579"/>
        <source>Calendrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="582"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="583"/>
        <source>jamais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="584"/>
        <source>Verrouillage après inactivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="586"/>
        <source>Dossier des sauvegardes automatiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="589"/>
        <source>Sauvegardes gardées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="591"/>
        <source>&amp;Enregistrer les réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="628"/>
        <source>par défaut : {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="658"/>
        <source>Réglages non enregistrés : corrigez les champs en rouge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="668"/>
        <source>Réglages enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementPage</name>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="395"/>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="403"/>
        <source>Dépôt de garantie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="403"/>
        <source>Frais du retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="404"/>
        <source>Retenu sur le dépôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="404"/>
        <source>À rembourser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="405"/>
        <source>Solde à facturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="416"/>
        <source>Reçu &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="433"/>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="437"/>
        <source>{ht} HT ({ttc} TTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="445"/>
        <source>Enregistrer le reçu de retour en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="446"/>
        <source>Le reçu PDF n&apos;est pas encore disponible (module documents à venir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="463"/>
        <source>Reçu enregistré : {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotWidget</name>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="86"/>
        <source>Vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="90"/>
        <source>Emplacement Vitale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="92"/>
        <source>Emplacement CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/diagnostics_panel.py" line="93"/>
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
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="472"/>
        <source>Statut du matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="479"/>
        <source>Un terminal rendu peut contenir des données de facturation des patients : il ne revient en stock qu&apos;après l&apos;enregistrement de l&apos;effacement de ses données (méthode, opérateur, date) (R-80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="484"/>
        <source>Effacement des données (R-80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="491"/>
        <source>&amp;Méthode :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="494"/>
        <source>&amp;Opérateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="499"/>
        <source>&amp;Date :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="500"/>
        <source>&amp;Enregistrer l&apos;effacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="505"/>
        <source>Remettre en &amp;stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="533"/>
        <source>{t} : {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="551"/>
        <source>Effacement enregistré (R-80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="558"/>
        <source>retour de location contrôlé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="560"/>
        <source>Refusé : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/checkin_wizard.py" line="562"/>
        <source>Matériel remis en stock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TariffVersionDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="436"/>
        <source>Nouvelle version du tarif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="438"/>
        <source>Les prix de la version {name} sont recopiés : modifiez ceux qui changent (HT, trois décimales). Les versions existantes restent inchangées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="443"/>
        <source>Nom de la version *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="443"/>
        <source>ex. 01/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="444"/>
        <source>En vigueur le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="447"/>
        <source>Désignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="447"/>
        <location filename="../../sav_desktop/ui/admin_page.py" line="463"/>
        <source>Prix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="447"/>
        <source>Actuel HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="448"/>
        <source>Nouveau HT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TariffsTab</name>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="502"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="502"/>
        <source>En vigueur le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="502"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="504"/>
        <source>Désignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="504"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="504"/>
        <source>Prix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="504"/>
        <source>Montant HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="514"/>
        <source>&amp;Nouvelle version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="553"/>
        <source>Version {name} ajoutée.</source>
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
        <location filename="../../sav_desktop/ui/tickets_view.py" line="670"/>
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
        <location filename="../../sav_desktop/ui/tickets_view.py" line="676"/>
        <source>Nouveau dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="44"/>
        <source>Priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="45"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="46"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="47"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="48"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="49"/>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="50"/>
        <source>À faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="51"/>
        <source>Règle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="56"/>
        <source>lundi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="56"/>
        <source>mardi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="57"/>
        <source>mercredi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="57"/>
        <source>jeudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="58"/>
        <source>vendredi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="58"/>
        <source>samedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="59"/>
        <source>dimanche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="138"/>
        <source>Actualiser (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="164"/>
        <source>Rien à traiter aujourd&apos;hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="187"/>
        <source>Aujourd&apos;hui — chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="208"/>
        <source>Aujourd&apos;hui — {w} {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/today_page.py" line="253"/>
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
    <name>UserDialog</name>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="194"/>
        <source>Nouveau compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="195"/>
        <source>Nom du compte *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="195"/>
        <source>ex. Marie Lefort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="199"/>
        <source>Rôle *</source>
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
    <name>form</name>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="165"/>
        <source>Mot de passe *</source>
        <extracomment>What makes the page appear (any of them), and which tab each one shows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sav_desktop/ui/admin_page.py" line="167"/>
        <source>Confirmation *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../sav_desktop/ui/app.py" line="113"/>
        <source>Diagnostic lecteurs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
