<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="522"/>
        <source>non disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="524"/>
        <source>Emplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="525"/>
        <source>Fabricant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="526"/>
        <source>Micrologiciel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="527"/>
        <source>N° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="531"/>
        <location filename="../../ui/diagnostics_panel.py" line="535"/>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="531"/>
        <source>Aucune carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="533"/>
        <source>valide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="533"/>
        <source>invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="536"/>
        <source>ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="537"/>
        <source>Protocoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="539"/>
        <source>Aller-retour APDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="543"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../ui/admin_page.py" line="249"/>
        <source>Compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="249"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="249"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="249"/>
        <source>Dernière connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="252"/>
        <source>&amp;Ajouter un compte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="253"/>
        <source>Changer le &amp;rôle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="254"/>
        <location filename="../../ui/admin_page.py" line="289"/>
        <source>&amp;Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="255"/>
        <source>Réinitialiser le &amp;mot de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="266"/>
        <source>Désactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="268"/>
        <source>Verrouillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="270"/>
        <source>Sans mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="272"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="288"/>
        <source>&amp;Réactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="299"/>
        <source>Compte {name} créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="307"/>
        <source>Rôle de {name} modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="315"/>
        <source>Compte {name} réactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="317"/>
        <source>Désactiver le compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="318"/>
        <source>Désactiver le compte {name} ? Il ne pourra plus se connecter (son historique est gardé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="322"/>
        <source>Compte {name} désactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="328"/>
        <source>Mot de passe de {name} réinitialisé (compte déverrouillé).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/admin_page.py" line="183"/>
        <source>Il manque : {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="184"/>
        <source>Mot de passe conforme à la règle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="752"/>
        <source>Comptes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="755"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="758"/>
        <source>Tarifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="761"/>
        <source>Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="792"/>
        <location filename="../../ui/admin_page.py" line="794"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="796"/>
        <source>Administration (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetChooser</name>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="564"/>
        <source>Enregistrer sur un matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="565"/>
        <source>Scannez l&apos;étiquette du matériel, ou saisissez son code ou son numéro de série :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="584"/>
        <source>Aucun matériel ne correspond à « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="590"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="591"/>
        <source>avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="592"/>
        <source>défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="595"/>
        <source>Diagnostic enregistré sur le matériel %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetDetailView</name>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Scannez une étiquette ou choisissez un matériel dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>N° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Mise en service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Version logicielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Signé / livré / fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Dépôt de garantie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Fin de garantie constructeur (R-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Accessoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Événement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Prise en charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Aucun matériel sélectionné : scannez une étiquette ou choisissez-en un dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>sans SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>sans objet (location ou non vendu)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="383"/>
        <source>Modifier le matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="383"/>
        <source>Nouveau matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="393"/>
        <source>Modèle *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="394"/>
        <source>N° de série constructeur *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="395"/>
        <source>Mise en service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="396"/>
        <source>Version logicielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="397"/>
        <source>ICCID de la carte SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="398"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetListModel</name>
    <message>
        <location filename="../../ui/asset_model.py" line="35"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/asset_model.py" line="36"/>
        <source>N° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/asset_model.py" line="37"/>
        <source>Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/asset_model.py" line="38"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/asset_model.py" line="39"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/asset_model.py" line="40"/>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/asset_model.py" line="191"/>
        <source>Double-clic ou Entrée : ouvrir la fiche</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/ticket_queue.py" line="73"/>
        <source>Attribuer le dossier {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="75"/>
        <source>{n} — {t} {s} ({c})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="80"/>
        <source>(personne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="85"/>
        <source>&amp;Technicien :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditKeyDialog</name>
    <message>
        <location filename="../../ui/audit_key_dialog.py" line="16"/>
        <source>Clé d&apos;audit de la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_key_dialog.py" line="21"/>
        <source>Sur un poste qui a la clé : Administration &gt; Réglages &gt; « Afficher la clé », ou « sav-desktop audit key --show ». Saisissez-la ici une fois (64 chiffres hexadécimaux) :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditKeyShown</name>
    <message>
        <location filename="../../ui/audit_key_dialog.py" line="50"/>
        <source>Clé d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_key_dialog.py" line="51"/>
        <source>Clé d&apos;audit de cette installation, à saisir une fois sur chaque autre poste (ne la communiquez à personne d&apos;autre) :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Carence</name>
    <message>
        <location filename="../../ui/carence.py" line="27"/>
        <source>en vigueur dès la souscription, jour de la signature (R-42)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/carence.py" line="28"/>
        <source>carence jusqu&apos;au {end} inclus : en vigueur à partir du {start} (R-42)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="623"/>
        <source>Option souscrite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../ui/admin_page.py" line="374"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="374"/>
        <source>Libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="374"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="374"/>
        <source>Prix HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="375"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="377"/>
        <source>Accessoires et consommables vendus ou facturés (R-52), au tarif en vigueur. Un article déjà livré ou sur un contrat n&apos;est jamais supprimé : désactivez-le.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="383"/>
        <source>&amp;Ajouter un article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="384"/>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="385"/>
        <location filename="../../ui/admin_page.py" line="411"/>
        <source>&amp;Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="396"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="396"/>
        <source>Désactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="410"/>
        <source>&amp;Réactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="421"/>
        <source>Article {code} ajouté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="430"/>
        <source>Article {code} modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="436"/>
        <source>Article {code} réactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="436"/>
        <source>Article {code} désactivé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargesPage</name>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="332"/>
        <source>Frais du retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="333"/>
        <source>Calculés par les règles : accessoires manquants (R-52), dommages (R-63), retard (R-51). Vérifiez puis validez le retour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="336"/>
        <source>&amp;Valider le retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="365"/>
        <source>Total des frais : {ht} HT — {ttc} TTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="376"/>
        <source>Valider le retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="377"/>
        <source>Valider le retour de {t} ?
La ligne de location {n} sera close, les frais enregistrés et le dépôt de garantie soldé ; le matériel part à l&apos;atelier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInWizard</name>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="67"/>
        <source>Réinitialisation usine (menu maintenance du constructeur)</source>
        <extracomment>Wipe methods offered (free text allowed): what the desk does with the makers&apos; tools.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="68"/>
        <source>Effacement des données de facturation (logiciel de maintenance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="69"/>
        <source>Remplacement de la mémoire / carte SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="314"/>
        <source>Frais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="314"/>
        <source>Qté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="315"/>
        <source>Prix unitaire HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="316"/>
        <source>Montant HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="316"/>
        <source>Règle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="615"/>
        <location filename="../../ui/checkin_wizard.py" line="688"/>
        <source>Retour de location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="628"/>
        <source>&amp;Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="629"/>
        <source>&lt; &amp;Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="630"/>
        <source>&amp;Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="631"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="649"/>
        <source>Le retour de location n&apos;est pas validé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="655"/>
        <source>Reçu de retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="656"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="178"/>
        <source>Contrôle du matériel rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="179"/>
        <source>Cochez ce qui est rendu ; Espace coche, Tab passe au suivant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="186"/>
        <source>Rendu le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="190"/>
        <source>Accessoires de la ligne de location (R-52)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="194"/>
        <source>&amp;Scellé de sécurité intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="197"/>
        <source>Dommages visibles (codes d&apos;exclusion R-30) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="205"/>
        <source>{x} (dommage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="214"/>
        <source>&amp;Réparable ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="220"/>
        <source>Notes (état, remarques du client…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="223"/>
        <source>Lancer le &amp;diagnostic lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="243"/>
        <source>présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="249"/>
        <source> / {n} rendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="254"/>
        <source>Aucun accessoire sur cette ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="307"/>
        <source>Diagnostic lancé : voir la page « Diagnostic lecteurs ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/losses_view.py" line="253"/>
        <source>Dépôt de plainte — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="255"/>
        <source>Référence de la plainte *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="257"/>
        <source>Déposée le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="259"/>
        <source>Commissariat / gendarmerie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="441"/>
        <source>Nouveau contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="443"/>
        <source>Vente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="444"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="445"/>
        <source>Type *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="447"/>
        <source>Nom du cabinet ou SIRET, puis ↓ et Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="455"/>
        <source>Client *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="460"/>
        <source>Matériels * (étiquette ou n° de série, un par ligne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="462"/>
        <source>Signé le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="463"/>
        <source>Livré le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="464"/>
        <source>Dépôt de garantie (€, sans TVA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="500"/>
        <source>Dépôt de garantie (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="465"/>
        <source>Service logiciel associé (R-55)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="466"/>
        <location filename="../../ui/forms.py" line="501"/>
        <source>Assureur (location, R-54)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="467"/>
        <location filename="../../ui/forms.py" line="502"/>
        <source>N° de police (location, R-54)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="473"/>
        <source>Aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="480"/>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="481"/>
        <source>Option souscrite le</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractEditDialog</name>
    <message>
        <location filename="../../ui/contract_screens.py" line="106"/>
        <source>Contrat {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="115"/>
        <source>Matériels :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="116"/>
        <source>Signé le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="117"/>
        <source>Livré le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="119"/>
        <source>Dépôt de garantie (€) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="120"/>
        <source>Dépôt de garantie (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="121"/>
        <source>Service logiciel associé (R-55)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="122"/>
        <source>Assureur (R-54) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="122"/>
        <source>Assureur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="123"/>
        <source>N° de police (R-54) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="123"/>
        <source>N° de police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="124"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="128"/>
        <source>Fin de la location (R-51)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="134"/>
        <source>Enregistrer la &amp;fin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="138"/>
        <source>&amp;Renouveler…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="144"/>
        <source>Dépôt de garantie : registre (euros, sans TVA, R-50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="154"/>
        <source>&amp;Mouvement du dépôt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="171"/>
        <source>{k} {n} — {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="181"/>
        <source>Sans date de fin : enregistrez la fin (échéance ou résiliation) pour que le matériel puisse être rendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="184"/>
        <source>retour du matériel dans le mois qui suit (R-51)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="188"/>
        <source>Résiliée ou matériel déjà rendu : une nouvelle location est un nouveau contrat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="232"/>
        <source>Enregistrez ou annulez d&apos;abord les modifications du contrat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractEndDialog</name>
    <message>
        <location filename="../../ui/contract_screens.py" line="269"/>
        <source>Fin de la location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="275"/>
        <source>Fin par *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="277"/>
        <source>Date de fin effective *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="285"/>
        <source>Demandée par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="286"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="287"/>
        <source>Le matériel doit être rendu dans le mois qui suit la fin effective (R-51).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractScreens</name>
    <message>
        <location filename="../../ui/contract_screens.py" line="61"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="62"/>
        <source>N° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="63"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="64"/>
        <source>Depuis le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="65"/>
        <source>Rendu / retiré le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="71"/>
        <source>Mouvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="73"/>
        <source>Montant (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="74"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="75"/>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="81"/>
        <source>Versé {p} · retenu {k} · remboursé {r} · détenu {b}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../ui/coverage_panel.py" line="62"/>
        <source>Panne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="63"/>
        <source>Dommage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="64"/>
        <source>Perte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="65"/>
        <source>Vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="66"/>
        <source>Destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="67"/>
        <source>Non-restitution (fin de location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="68"/>
        <source>Batterie (demande de remplacement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="69"/>
        <source>Accessoire en panne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="73"/>
        <source>Pris en charge : garantie constructeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="74"/>
        <source>Pris en charge : échange standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="75"/>
        <source>Pris en charge : dommage couvert par SERENITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="76"/>
        <source>Batterie offerte (SERENITE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="77"/>
        <source>Facturé : échange injustifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="78"/>
        <source>Facturé : analyse et réparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="79"/>
        <source>Facturé : analyse seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="80"/>
        <source>Facturé : réparation sans devis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="81"/>
        <source>Facturé : prix de remplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="82"/>
        <source>Retour du matériel attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="83"/>
        <source>Non pris en charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="87"/>
        <source>Analyse et tests du matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="88"/>
        <source>Frais autre prestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="89"/>
        <source>Forfait réparation terminaux MOVE/5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="90"/>
        <source>Forfait réparation autres terminaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="91"/>
        <source>Forfait réparation socles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="122"/>
        <location filename="../../ui/coverage_panel.py" line="213"/>
        <source>Prise en charge</source>
        <extracomment>Emitted with the new :class:`CoverageResult` (or None when the facts are incomplete or refused) each time the decision shown changes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="142"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="153"/>
        <source>&amp;Incident :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="161"/>
        <source>&amp;Appel reçu le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="170"/>
        <source>%1 (dommage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="176"/>
        <source>&amp;Exclusions constatées (Espace pour cocher) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="181"/>
        <source>Panne &amp;confirmée ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="184"/>
        <source>Décochée : questionnaire refusé, réponses inexactes ou aucune panne réelle (R-47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="186"/>
        <source>Défaut de &amp;fabrication ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="188"/>
        <source>&amp;Réparable ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="190"/>
        <source>&amp;Devis accepté (bon pour accord) ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="192"/>
        <source>Panne antérieure à l&apos;&amp;option ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="194"/>
        <source>Réparation facturée au tarif sans devis (R-48)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="208"/>
        <source>Accessoire re&amp;çu le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="437"/>
        <source>Aucun matériel choisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="443"/>
        <source>%1 — %2 signé(e) le %3 — examen du %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="453"/>
        <source>Données refusées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="453"/>
        <source>Choisissez un matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="472"/>
        <source>Remplacement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="476"/>
        <source>Aucun frais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="477"/>
        <source>Total HT : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="478"/>
        <source>Total TTC : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="481"/>
        <source>Échéance de retour : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="483"/>
        <source>Livraison de l&apos;appareil d&apos;échange au plus tard le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coverage_panel.py" line="487"/>
        <source>Pas d&apos;échéance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="30"/>
        <source>SAV Desktop : erreur inattendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="32"/>
        <source>Une erreur inattendue s&apos;est produite. Ce qui était enregistré l&apos;est toujours ; l&apos;action en cours n&apos;a peut-être pas abouti.

Le détail est dans le journal :
{path}

Transmettez ce fichier au support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="38"/>
        <source>Une erreur inattendue s&apos;est produite. Ce qui était enregistré l&apos;est toujours ; l&apos;action en cours n&apos;a peut-être pas abouti.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="286"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="286"/>
        <source>Nouveau client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="289"/>
        <source>Cabinet / raison sociale *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="290"/>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="291"/>
        <source>FINESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="292"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="293"/>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="294"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="295"/>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="296"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="302"/>
        <source>Praticien(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="303"/>
        <source>Ajouter un praticien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="310"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="351"/>
        <source>Praticien {n}, {what} : {msg}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../ui/customer_page.py" line="66"/>
        <source>Praticien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="67"/>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="68"/>
        <source>RPPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="69"/>
        <source>ADELI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="72"/>
        <location filename="../../ui/customer_page.py" line="87"/>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="73"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="75"/>
        <source>Signé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="76"/>
        <source>Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="77"/>
        <source>Dépôt détenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="79"/>
        <source>Matériels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="83"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="84"/>
        <source>N° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="85"/>
        <source>Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="86"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="91"/>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="92"/>
        <location filename="../../ui/customer_page.py" line="100"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="93"/>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="94"/>
        <source>Appel du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="95"/>
        <source>Technicien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="96"/>
        <source>Problème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="99"/>
        <source>Déclaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="101"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="102"/>
        <source>Survenu le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="103"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="106"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="107"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPageDialog</name>
    <message>
        <location filename="../../ui/customer_page.py" line="146"/>
        <source>&amp;Modifier le client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="175"/>
        <location filename="../../ui/customer_page.py" line="254"/>
        <source>Praticiens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="189"/>
        <source>&amp;Ouvrir le contrat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="196"/>
        <location filename="../../ui/customer_page.py" line="254"/>
        <source>Contrats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="201"/>
        <location filename="../../ui/customer_page.py" line="255"/>
        <source>Matériels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="205"/>
        <location filename="../../ui/customer_page.py" line="256"/>
        <source>Dossiers SAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="207"/>
        <location filename="../../ui/customer_page.py" line="257"/>
        <source>Sinistres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="213"/>
        <source>&amp;Enregistrer le PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="218"/>
        <location filename="../../ui/customer_page.py" line="257"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="223"/>
        <source>Page client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="238"/>
        <source>Page client — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="241"/>
        <source>Adresse : {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="242"/>
        <source>Téléphone : {p} · E-mail : {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="243"/>
        <source>SIRET : {s} · FINESS : {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="267"/>
        <source>Aucun contrat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="274"/>
        <source>signé le {s}, livré le {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="275"/>
        <source>Service logiciel : {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="279"/>
        <source>Assureur : {i} · police {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="281"/>
        <source>Dépôt : versé {p} · retenu {k} · remboursé {r} · détenu {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="284"/>
        <source>Fin : {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="284"/>
        <source>sans date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="285"/>
        <source>Matériels :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="330"/>
        <source>Enregistrer le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="331"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="349"/>
        <source>Document enregistré : {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/customer_page.py" line="369"/>
        <source>Page client : choisir le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_page.py" line="373"/>
        <source>Nom du cabinet ou SIRET</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepositEntryDialog</name>
    <message>
        <location filename="../../ui/contract_screens.py" line="320"/>
        <source>Mouvement du dépôt de garantie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="321"/>
        <source>Détenu :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="325"/>
        <source>Mouvement *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="326"/>
        <source>Montant (€) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="328"/>
        <source>Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="329"/>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <location filename="../../ui/tickets_view.py" line="161"/>
        <source>Diagnostic à distance — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="169"/>
        <source>&amp;Panne : défaut de l&apos;appareil (aucun code d&apos;exclusion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="170"/>
        <source>&amp;Dommage : choc, chute, écran cassé, liquide… (codes R-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="171"/>
        <source>&amp;Aucune panne réelle constatée (R-47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="180"/>
        <source>Ce que le diagnostic a constaté *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="185"/>
        <source>{x} (dommage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="193"/>
        <source>Codes d&apos;exclusion du dommage (Espace pour cocher, R-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="195"/>
        <source>&amp;Réparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="198"/>
        <source>La panne a commencé &amp;avant la souscription de l&apos;option (R-48)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="201"/>
        <source>Questionnaire de diagnostic &amp;refusé ou inexact (R-47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="227"/>
        <source>choisissez ce que le diagnostic a constaté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="204"/>
        <source>Notes du diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="141"/>
        <location filename="../../ui/diagnostics_panel.py" line="157"/>
        <location filename="../../ui/diagnostics_panel.py" line="605"/>
        <source>Diagnostic lecteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="160"/>
        <source>Recherche du service PC/SC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="168"/>
        <source>Aucun lecteur détecté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="178"/>
        <source>Lancer le diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="179"/>
        <source>Enregistrer sur un matériel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="180"/>
        <source>Exporter en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="195"/>
        <source>Lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="196"/>
        <source>Emplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="197"/>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="198"/>
        <source>ATR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="199"/>
        <source>Protocoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="200"/>
        <source>Aller-retour (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="201"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="202"/>
        <source>Remarques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="279"/>
        <source>Diagnostic indisponible sur ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="282"/>
        <source>Service PC/SC arrêté ou injoignable : les lecteurs ne sont plus visibles. Le panneau se reconnectera tout seul dès son retour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="288"/>
        <source>Service arrêté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="298"/>
        <source>Service PC/SC disponible, aucun lecteur branché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="300"/>
        <source>Service PC/SC disponible, 1 lecteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/diagnostics_panel.py" line="302"/>
        <source>Service PC/SC disponible, %n lecteurs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="327"/>
        <source>Lecteurs virtuels ignorés (TPM, Windows Hello : pas des lecteurs de cartes) : {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="340"/>
        <source>Vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="350"/>
        <source>Carte présente, ATR invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="352"/>
        <source>Carte non reconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="363"/>
        <source>Diagnostic en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="391"/>
        <source>Diagnostic impossible :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="402"/>
        <source>Aucune carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="421"/>
        <source>Diagnostic du %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="428"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="430"/>
        <source>Avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="431"/>
        <source>Défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="439"/>
        <source>Vitale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="441"/>
        <source>CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="443"/>
        <source>Sans contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="444"/>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="462"/>
        <source>Enregistrement impossible :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="470"/>
        <source>Exporter le diagnostic en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="470"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="483"/>
        <source>Rapport PDF enregistré :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="509"/>
        <source>Ce diagnostic lit uniquement ce qui identifie le matériel et le type de carte (nom du lecteur, micrologiciel, ATR). Aucune donnée personnelle n&apos;est lue ni conservée, aucun code PIN n&apos;est présenté.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscardChanges</name>
    <message>
        <location filename="../../ui/forms.py" line="686"/>
        <source>Abandonner la saisie ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="687"/>
        <source>Les informations saisies ne sont pas enregistrées. Les abandonner ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../documents/__init__.py" line="19"/>
        <source>Reçu de restitution {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/__init__.py" line="25"/>
        <source>Devis {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/__init__.py" line="31"/>
        <source>Déclaration {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="63"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="64"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="65"/>
        <source>N° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="66"/>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="128"/>
        <location filename="../../documents/layout.py" line="240"/>
        <source>Date :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="149"/>
        <source>Reçu de restitution de matériel loué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="150"/>
        <source>établi le {when} par {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="153"/>
        <source>Signé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="154"/>
        <source>Fin de location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="155"/>
        <source>Restitution au plus tard le (R-51)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="156"/>
        <source>Restitué le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="172"/>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="172"/>
        <source>arraché ou endommagé (SEAL_BROKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="185"/>
        <source>Dépôt de garantie versé (sans TVA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="186"/>
        <source>Frais TTC imputés sur le dépôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="187"/>
        <source>Retenue sur le dépôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="188"/>
        <source>Remboursement au client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="189"/>
        <source>Solde facturé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="198"/>
        <source>Pour le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="198"/>
        <location filename="../../documents/layout.py" line="287"/>
        <source>Pour le revendeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="206"/>
        <source>Devis de réparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="207"/>
        <source>établi le {day}, valable jusqu&apos;au {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="211"/>
        <location filename="../../documents/layout.py" line="256"/>
        <source>Nature du contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="212"/>
        <source>Dossier SAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="213"/>
        <source>Accord de retour (RMA, R-72)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="214"/>
        <location filename="../../documents/layout.py" line="258"/>
        <source>État du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="219"/>
        <source>réparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="219"/>
        <source>non réparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="225"/>
        <source>Montants HT à trois décimales ; TVA 20 % et TTC calculés sur le total HT du devis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="230"/>
        <source>Sans réponse au {until}, le devis est caduc. En cas de refus, seule l’analyse est facturée et l’appareil est rendu non réparé (R-60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="238"/>
        <source>Je soussigné(e) accepte le présent devis et la réparation de l’appareil aux conditions ci-dessus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="241"/>
        <source>Signature, précédée de la mention « Bon pour accord » :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="242"/>
        <source>Cachet du cabinet :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="252"/>
        <source>Déclaration de {kind} de matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="253"/>
        <source>établie le {when} par {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="257"/>
        <source>Mise en service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="262"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="263"/>
        <source>Date de l&apos;événement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="264"/>
        <source>Déclaré au revendeur le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="265"/>
        <source>Lettre recommandée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="267"/>
        <source>non reçue à ce jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="268"/>
        <source>Dépôt de plainte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="270"/>
        <source>référence à fournir (obligatoire pour clore, R-62)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="282"/>
        <source>La perte, le vol ou la destruction doit être déclaré aussitôt et confirmé par lettre recommandée accompagnée du dépôt de plainte. Le loyer n’est pas suspendu (R-53).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../documents/layout.py" line="287"/>
        <source>Le client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/session.py" line="124"/>
        <source>Premier démarrage — SAV Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="125"/>
        <source>Aucun compte administrateur : créez le vôtre. Il gérera ensuite les comptes des autres personnes (un compte par personne). Mot de passe : 10 caractères au moins, avec minuscule, majuscule, chiffre et caractère spécial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="136"/>
        <source>Les deux mots de passe diffèrent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="234"/>
        <source>champ obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../ui/tickets_view.py" line="307"/>
        <source>Examen de l&apos;appareil — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="315"/>
        <source>{x} (dommage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="323"/>
        <source>Exclusions constatées (Espace pour cocher, R-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="324"/>
        <source>&amp;Scellé de sécurité intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="327"/>
        <source>&amp;Réparable ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="330"/>
        <source>Défaut de &amp;fabrication ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="332"/>
        <source>Notes d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/admin_page.py" line="338"/>
        <source>Modifier l&apos;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="338"/>
        <source>Nouvel article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="340"/>
        <source>Code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="340"/>
        <source>ex. BATT_MOVE5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="342"/>
        <source>Libellé *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="349"/>
        <source>Nature *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="350"/>
        <source>Prix HT (€) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="351"/>
        <source>ex. 12,500 (trois décimales au plus)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelBatch</name>
    <message>
        <location filename="../../ui/label_dialog.py" line="76"/>
        <source>Préparation des étiquettes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="76"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="78"/>
        <source>Étiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="95"/>
        <source>Étiquette %1 sur %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../ui/label_dialog.py" line="139"/>
        <location filename="../../ui/label_dialog.py" line="340"/>
        <source>Étiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="139"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="164"/>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="165"/>
        <source>Enregistrer en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="166"/>
        <source>Enregistrer en ZPL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="177"/>
        <source>Modèle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="179"/>
        <source>Page :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="207"/>
        <source>Le ZPL ne sert qu&apos;aux imprimantes Zebra (étiquettes à l&apos;unité).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="210"/>
        <source>%1 étiquette(s), %2 page(s) — QR : SAV1:&lt;étiquette&gt;:&lt;n° de série&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="274"/>
        <source>imprimante %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="281"/>
        <location filename="../../ui/label_dialog.py" line="290"/>
        <source>fichier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="288"/>
        <source>Impossible d&apos;écrire le fichier ZPL : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="295"/>
        <source>Imprimer les étiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="305"/>
        <source>Enregistrer les étiquettes en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="305"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="320"/>
        <source>Enregistrer les étiquettes en ZPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/label_dialog.py" line="320"/>
        <source>ZPL (*.zpl)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/losses_view.py" line="230"/>
        <source>Lettre recommandée — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="233"/>
        <source>Envoyée le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="235"/>
        <source>N° de la lettre recommandée *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/session.py" line="97"/>
        <source>Connexion — SAV Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="98"/>
        <source>Identifiez-vous pour ouvrir le poste SAV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossDeclarationDialog</name>
    <message>
        <location filename="../../ui/losses_view.py" line="99"/>
        <source>Déclarer une perte, un vol ou une destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="103"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="117"/>
        <source>&amp;Perte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="117"/>
        <source>&amp;Vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="117"/>
        <source>&amp;Destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="125"/>
        <source>Nature *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="127"/>
        <source>Date de l&apos;événement *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="129"/>
        <source>Signalé le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="131"/>
        <source>Circonstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="134"/>
        <source>Prix de remplacement selon l&apos;âge (R-61)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="139"/>
        <source>Décl&amp;arer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="175"/>
        <source>Choisissez la nature pour voir le prix de remplacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="181"/>
        <source>Déclaration impossible en l&apos;état :
{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="211"/>
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
        <location filename="../../ui/losses_view.py" line="297"/>
        <source>Déclarer une perte / un vol / une destruction… ({k})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="307"/>
        <source>Déclaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="307"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="307"/>
        <source>Événement du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="308"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="326"/>
        <source>Prix de remplacement (R-61)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="335"/>
        <source>Pièces et clôture (R-62)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="338"/>
        <source>Lettre &amp;recommandée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="338"/>
        <source>&amp;Plainte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="339"/>
        <source>C&amp;lore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="339"/>
        <source>Déclaration P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="386"/>
        <source>Matériel sur aucun contrat : rien à déclarer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="431"/>
        <source>Aucune perte, aucun vol, aucune destruction déclarés pour ce matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="432"/>
        <source>Ouvrez un matériel pour voir ses sinistres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="438"/>
        <source>{n} — {k} — {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="448"/>
        <source>Déclaration close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="453"/>
        <source>Clôture possible une fois la plainte enregistrée (R-62).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="460"/>
        <source>Événement du {d} ; signalé le {r} à {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="463"/>
        <source>Circonstances : {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="466"/>
        <source>Lettre recommandée : n° {r}, envoyée le {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="468"/>
        <source>Lettre recommandée : non reçue à ce jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="471"/>
        <source>Plainte : n° {r} du {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="476"/>
        <source>Plainte : non reçue à ce jour — obligatoire pour clore (R-62)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="489"/>
        <source>Ouvrez d&apos;abord un matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="498"/>
        <source>Déclaration {n} enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="511"/>
        <source>Refusé : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="525"/>
        <source>Clore la déclaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="526"/>
        <source>Clore la déclaration {n} ?
Plus rien ne pourra y être modifié. La référence de la plainte est obligatoire pour clore (R-62).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="535"/>
        <source>Déclaration enregistrée : {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="541"/>
        <source>Enregistrer la déclaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/losses_view.py" line="542"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>SAV Desktop — {user}</source>
        <extracomment>Actions that act on the device shown on the sheet: disabled while no device is shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Rechercher : n° de série, étiquette, client, RPPS, ICCID…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Nouveau matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Nouveau client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Fiche client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Nouveau contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Option…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>&amp;Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>&amp;SAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>É&amp;tiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <location filename="../../ui/main_window.py" line="633"/>
        <location filename="../../ui/main_window.py" line="640"/>
        <source>Résilier l&apos;option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>Étiquettes à imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Étiquettes du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>Parc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>ouvrez d&apos;abord un matériel : scannez son étiquette ou choisissez-le dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>{n}{more} matériel(s) affiché(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>Aucun matériel ne correspond à « {t} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490"/>
        <source>Matériel inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="491"/>
        <source>Aucun matériel ne porte le n° de série « {s} ».
L&apos;enregistrer maintenant ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="553"/>
        <source>Matériel enregistré : étiquette {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>Aucun matériel à étiqueter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="580"/>
        <source>Toutes les étiquettes sont imprimées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="584"/>
        <source>Aucun matériel enregistré aujourd&apos;hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="601"/>
        <source>Ouvrez d&apos;abord un matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="629"/>
        <source>Aucune option en cours sur ce matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="634"/>
        <source>Résilier {o} à compter d&apos;aujourd&apos;hui ?
C&apos;est définitif : aucune option ne pourra plus être souscrite pour ce matériel (R-43).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="649"/>
        <source>Client enregistré (n° {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="609"/>
        <location filename="../../ui/main_window.py" line="660"/>
        <source>Ouvrez d&apos;abord un matériel sous contrat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="672"/>
        <source>Contrat enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../ui/tickets_view.py" line="137"/>
        <source>Nouveau dossier SAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="140"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="141"/>
        <source>Problème signalé *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="143"/>
        <source>Appel reçu le *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="631"/>
        <source>Souscrire une option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="637"/>
        <source>Contrat {n}, signé le {d} — {t} {s} [{g}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="646"/>
        <source>Option *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="648"/>
        <source>Souscrite le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="653"/>
        <source>Carence (R-42) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="674"/>
        <source>{o} souscrite le {d} : {c}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/admin_page.py" line="217"/>
        <source>Nouveau mot de passe pour {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../ui/contract_screens.py" line="303"/>
        <source>Renouveler la location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="304"/>
        <source>Fin actuelle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="305"/>
        <source>Nouvelle date de fin *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contract_screens.py" line="306"/>
        <source>Le même contrat continue : matériels, options et dépôt restent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RentalPage</name>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="131"/>
        <source>La location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="150"/>
        <source>Matériel : {m} — n° {s} [{t}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="151"/>
        <source>Client : {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="152"/>
        <source>Location {n}, signée le {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="153"/>
        <source>Fin effective : {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="156"/>
        <source>Retour au plus tard le {d} (R-51)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="157"/>
        <source>Dépôt de garantie : {a}, sans TVA (R-50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="159"/>
        <source>Accessoires confiés :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="160"/>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="163"/>
        <source>Cette location n&apos;a pas de date de fin : enregistrez-la d&apos;abord (R-51).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="165"/>
        <source>Retour hors délai : le prix de remplacement sera facturé (R-51, R-61).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <location filename="../../ui/tickets_view.py" line="246"/>
        <source>Échange standard — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="250"/>
        <source>Scannez l&apos;étiquette ou le n° de série de l&apos;appareil de remplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="252"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="261"/>
        <source>Appareil identique en stock *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="263"/>
        <source>Aucun appareil de ce modèle en stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="266"/>
        <source>Expédié le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="268"/>
        <source>Livraison au plus tard le {d} (J+2, R-46)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="270"/>
        <source>&amp;Expédier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/admin_page.py" line="230"/>
        <source>Rôle de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="237"/>
        <source>Rôle *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="95"/>
        <source>Retour de location : scannez l&apos;étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="96"/>
        <source>Scannez l&apos;étiquette (ou tapez le n° de série) du matériel rendu, puis Entrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="100"/>
        <source>Étiquette ou n° de série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="112"/>
        <source>Scannez l&apos;étiquette du matériel rendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="117"/>
        <source>Aucun matériel ne correspond à « {t} ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="277"/>
        <source>S&amp;ession</source>
        <extracomment>What the window asks of the sign-in loop when it closes (``window.session_request``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="284"/>
        <source>Se &amp;déconnecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="285"/>
        <source>&amp;Changer d&apos;utilisateur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="286"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../ui/admin_page.py" line="592"/>
        <source>ex. 01 23 45 67 89 (imprimé sur les étiquettes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="593"/>
        <source>Téléphone du SAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="594"/>
        <source>Compter les jours fériés d&apos;Alsace-Moselle (R-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="595"/>
        <source>Calendrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="598"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="599"/>
        <source>jamais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="600"/>
        <source>Verrouillage après inactivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="603"/>
        <location filename="../../ui/admin_page.py" line="686"/>
        <source>Dossier des sauvegardes automatiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="604"/>
        <source>&amp;Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="608"/>
        <source>De préférence un autre disque, une clé USB ou un dossier réseau : une sauvegarde sur le disque du poste ne protège pas d&apos;une panne de ce disque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="617"/>
        <source>Sauvegardes gardées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="623"/>
        <source>Afficher la &amp;clé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="629"/>
        <source>Clé d&apos;audit de ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="631"/>
        <source>&amp;Enregistrer les réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="657"/>
        <source>par défaut : {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="662"/>
        <source>identifiant {id}, gardée dans : {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="714"/>
        <source>Réglages non enregistrés : corrigez les champs en rouge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="730"/>
        <source>Réglages enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementPage</name>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="408"/>
        <location filename="../../ui/checkin_wizard.py" line="416"/>
        <source>Dépôt de garantie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="416"/>
        <source>Frais à régler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="417"/>
        <source>Retenu sur le dépôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="417"/>
        <source>À rembourser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="418"/>
        <source>Solde à facturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="429"/>
        <source>Reçu &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="447"/>
        <source>{ht} HT, soit {ttc} TTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="451"/>
        <source>{ttc} TTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="458"/>
        <source>Enregistrer le reçu de retour en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="459"/>
        <source>Le reçu PDF n&apos;est pas encore disponible (module documents à venir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="476"/>
        <source>Reçu enregistré : {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotWidget</name>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="94"/>
        <source>Vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="98"/>
        <source>Emplacement Vitale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="100"/>
        <source>Emplacement CPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="102"/>
        <source>Sans contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics_panel.py" line="103"/>
        <source>Emplacement unique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../../ui/session.py" line="194"/>
        <source>SAV Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="485"/>
        <source>Statut du matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="492"/>
        <source>Un terminal rendu peut contenir des données de facturation des patients : il ne revient en stock qu&apos;après l&apos;enregistrement de l&apos;effacement de ses données (méthode, opérateur, date) (R-80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="497"/>
        <source>Effacement des données (R-80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="504"/>
        <source>&amp;Méthode :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="507"/>
        <source>&amp;Opérateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="512"/>
        <source>&amp;Date :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="513"/>
        <source>&amp;Enregistrer l&apos;effacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="520"/>
        <source>Dommage constaté : le matériel part à l&apos;atelier. Il ne reviendra en stock qu&apos;une fois réparé (ou mis au rebut) puis effacé : la suite se fait dans la file de l&apos;atelier (Ctrl+Shift+W) (CYCLE-2, R-80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="527"/>
        <source>Remettre en &amp;stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="555"/>
        <source>{t} : {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="575"/>
        <source>Effacement enregistré (R-80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="582"/>
        <source>retour de location contrôlé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="584"/>
        <source>Refusé : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checkin_wizard.py" line="586"/>
        <source>Matériel remis en stock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/workshop_page.py" line="112"/>
        <source>Étape du matériel {t} (n° {s})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="115"/>
        <source>{t} — n° {s} — {m} : « {st} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="130"/>
        <source> — par {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="132"/>
        <source> — réservé : votre rôle ne permet pas de {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="141"/>
        <source>&amp;Étape :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="142"/>
        <source>&amp;Motif :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="142"/>
        <source>ce qui a été fait ou constaté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="156"/>
        <source>choisissez une étape que l&apos;atelier peut faire ici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="158"/>
        <source>Mise au rebut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="159"/>
        <source>Mettre au rebut le matériel ? Il sort du parc disponible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="160"/>
        <source>mise au rebut non confirmée : rien n&apos;a changé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TariffVersionDialog</name>
    <message>
        <location filename="../../ui/admin_page.py" line="450"/>
        <source>Nouvelle version du tarif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="452"/>
        <source>Les prix de la version {name} sont recopiés : modifiez ceux qui changent (HT, trois décimales). Les versions existantes restent inchangées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="457"/>
        <source>Nom de la version *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="457"/>
        <source>ex. 01/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="458"/>
        <source>En vigueur le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="461"/>
        <source>Désignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="461"/>
        <location filename="../../ui/admin_page.py" line="477"/>
        <source>Prix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="461"/>
        <source>Actuel HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="462"/>
        <source>Nouveau HT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TariffsTab</name>
    <message>
        <location filename="../../ui/admin_page.py" line="516"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="516"/>
        <source>En vigueur le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="516"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="518"/>
        <source>Désignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="518"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="518"/>
        <source>Prix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="518"/>
        <source>Montant HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="528"/>
        <source>&amp;Nouvelle version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="567"/>
        <source>Version {name} ajoutée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketQueue</name>
    <message>
        <location filename="../../ui/ticket_queue.py" line="54"/>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="55"/>
        <source>Appel du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="56"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="57"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="58"/>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="59"/>
        <source>Livraison au plus tard (R-46)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="60"/>
        <source>Technicien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="61"/>
        <source>Problème</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketQueuePage</name>
    <message>
        <location filename="../../ui/ticket_queue.py" line="114"/>
        <source>Toutes les étapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="118"/>
        <source>Étape :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="120"/>
        <source>Délai d&apos;échange &amp;dépassé (R-46)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="125"/>
        <source>Technicien :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="128"/>
        <source>&amp;Attribuer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="132"/>
        <source>Actualiser (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="171"/>
        <source>Réservé aux techniciens : attribuer un dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="182"/>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="183"/>
        <source>Non attribués</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="208"/>
        <source>{n} dossier(s) ouvert(s), dont {l} en retard d&apos;échange (R-46)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket_queue.py" line="221"/>
        <source>Choisissez d&apos;abord un dossier dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsPanel</name>
    <message>
        <location filename="../../ui/tickets_view.py" line="63"/>
        <source>Commencer le diagnostic à distance</source>
        <extracomment>Button text of each step (lupdate reads them through QT_TRANSLATE_NOOP).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="64"/>
        <source>Expédier un appareil de remplacement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="65"/>
        <source>Appareil en panne reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="66"/>
        <source>Retour atelier : délivrer un n° RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="67"/>
        <source>Appareil reçu à l&apos;atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="68"/>
        <source>Examen (exclusions R-30)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="69"/>
        <source>Décider de la prise en charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="70"/>
        <source>Établir le devis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="71"/>
        <source>Devis accepté (bon pour accord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="72"/>
        <location filename="../../ui/tickets_view.py" line="667"/>
        <source>Devis refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="73"/>
        <source>Envoyé chez le constructeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="74"/>
        <source>Revenu du constructeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="75"/>
        <source>Rendu au client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="76"/>
        <location filename="../../ui/tickets_view.py" line="674"/>
        <source>Clore le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="97"/>
        <source>Remplacement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="380"/>
        <source>&amp;Nouveau dossier (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="389"/>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="389"/>
        <location filename="../../ui/tickets_view.py" line="426"/>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="389"/>
        <source>Appel du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="407"/>
        <source>Décision et frais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="416"/>
        <source>Étapes possibles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="426"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="426"/>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="489"/>
        <source>Aucun dossier SAV pour ce matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="490"/>
        <source>Ouvrez un matériel pour voir ses dossiers SAV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="498"/>
        <source>Dossier {n} — {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="515"/>
        <source>Échéance J+2 : livraison de l&apos;appareil d&apos;échange au plus tard le {d} (R-46)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="519"/>
        <source> — DÉPASSÉE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="525"/>
        <source>Appel du {d} à {h} : {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="528"/>
        <source>Diagnostic à distance : questionnaire refusé ou inexact (R-47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="530"/>
        <source>Diagnostic à distance : {k}{r}{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="533"/>
        <source>, non réparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="534"/>
        <source>, panne antérieure à l&apos;option (R-48)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="536"/>
        <source>Diagnostic à distance : panne matérielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="537"/>
        <source>Diagnostic à distance : pas de panne matérielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="541"/>
        <source>Appareil de remplacement : {t} (n° {s})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="545"/>
        <source>Accord de retour (R-72) : {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="548"/>
        <source>Exclusions constatées (R-30) : {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="561"/>
        <source>Aucun frais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="563"/>
        <source>Total : {ht} HT — {ttc} TTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="566"/>
        <source>Règles : {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="568"/>
        <source>Tarif : {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="577"/>
        <source>Résultat du diagnostic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="581"/>
        <source>Devis PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="590"/>
        <source>Dossier clos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="597"/>
        <source>Pas possible maintenant — {a} : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="619"/>
        <location filename="../../ui/tickets_view.py" line="723"/>
        <source>Ouvrez d&apos;abord un matériel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="635"/>
        <source>Refusé : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="658"/>
        <source>Devis enregistré : {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="668"/>
        <source>Enregistrer le refus du devis {n} ?
L&apos;appareil reviendra non réparé ; l&apos;analyse reste facturée (R-60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="675"/>
        <source>Clore le dossier {n} ?
Aucune étape ne pourra plus y être enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="686"/>
        <source>Enregistrer le devis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="687"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="702"/>
        <source>Dossiers SAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tickets_view.py" line="729"/>
        <source>Nouveau dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today_page.py" line="44"/>
        <source>Priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="45"/>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="46"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="47"/>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="48"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="49"/>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="50"/>
        <source>À faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="51"/>
        <source>Règle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="56"/>
        <source>lundi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="56"/>
        <source>mardi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="57"/>
        <source>mercredi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="57"/>
        <source>jeudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="58"/>
        <source>vendredi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="58"/>
        <source>samedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="59"/>
        <source>dimanche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="183"/>
        <source>Actualiser (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="215"/>
        <source>Rien à traiter aujourd&apos;hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="238"/>
        <source>Aujourd&apos;hui — chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="259"/>
        <source>Aujourd&apos;hui — {w} {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="308"/>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/session.py" line="158"/>
        <source>Session verrouillée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="159"/>
        <source>Session verrouillée après inactivité. Saisissez votre mot de passe pour continuer (Annuler ferme l&apos;application).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/admin_page.py" line="197"/>
        <source>Nouveau compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="198"/>
        <source>Nom du compte *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="198"/>
        <source>ex. Marie Lefort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="202"/>
        <source>Rôle *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../ui/workshop_page.py" line="192"/>
        <source>Effacement des données de {t} (n° {s})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="196"/>
        <source>Un terminal rendu peut contenir des données de facturation des patients : il ne revient en stock qu&apos;après l&apos;enregistrement de l&apos;effacement (R-80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="204"/>
        <source>&amp;Méthode :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="205"/>
        <source>&amp;Opérateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="211"/>
        <source>&amp;Date :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <location filename="../../ui/workshop_page.py" line="237"/>
        <source>&amp;Ouvrir l&apos;étape (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="241"/>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="279"/>
        <source>{n} matériel(s) en attente, le plus ancien en premier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="283"/>
        <source> — ⚠ {n} chez le constructeur depuis plus de 3 mois (R-60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="314"/>
        <source>Effacement enregistré pour {t} (R-80) : il peut être remis en stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="319"/>
        <source>{t} : « {s} ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ContractStepDialog</name>
    <message>
        <location filename="../../ui/contract_screens.py" line="256"/>
        <source>{n} — {c}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CredentialsDialog</name>
    <message>
        <location filename="../../ui/session.py" line="55"/>
        <source>&amp;Nom du compte :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="56"/>
        <source>&amp;Mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="62"/>
        <source>&amp;Confirmation :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Reporter</name>
    <message>
        <location filename="../../ui/auto_backup.py" line="47"/>
        <source>Erreur : </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../ui/admin_page.py" line="168"/>
        <source>Mot de passe *</source>
        <extracomment>What makes the page appear (any of them), and which tab each one shows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="170"/>
        <source>Confirmation *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="128"/>
        <source>Diagnostic lecteurs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
