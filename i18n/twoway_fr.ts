<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../desktop/twoway/ui/main/agenda.py" line="+53"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>Ajouter à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/accounts.py" line="+69"/>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>https://… or a calendar’s .ics address</source>
        <translation>https://… ou l&apos;adresse .ics d&apos;un agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server or calendar address:</source>
        <translation>Adresse du serveur ou de l&apos;agenda&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or app password:</source>
        <translation>Mot de passe ou mot de passe d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find calendars</source>
        <translation>&amp;Trouver les agendas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendars to read</source>
        <translation>Agendas à lire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read events from:</source>
        <translation>Lire les événements de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write meetings and deadlines to:</source>
        <translation>Écrire rencontres et échéances dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep contacts in step with:</source>
        <translation>Synchroniser les contacts avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+40"/>
        <source>Enter the server’s address first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No user name: this calendar will be read only.</source>
        <translation>Pas de nom d&apos;utilisateur&#xa0;: cet agenda sera seulement lu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for calendars and address books…</source>
        <translation>Recherche des agendas et des carnets d&apos;adresses…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose what to use, then Add.</source>
        <translation>Choisissez ce qu&apos;il faut utiliser, puis Ajouter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a user name, or a calendar’s .ics address.</source>
        <translation>Indiquez un nom d&apos;utilisateur ou l&apos;adresse .ics d&apos;un agenda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find the calendars first.</source>
        <translation>Trouvez d&apos;abord les agendas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Your calendar and address book (CalDAV and CardDAV), kept in step every 15 minutes. Passwords go to the system keyring.</source>
        <translation>Votre agenda et votre carnet d&apos;adresses (CalDAV et CardDAV), synchronisés toutes les 15 minutes. Les mots de passe vont dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/agenda.py" line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change password…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use this password</source>
        <translation>Utiliser ce mot de passe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (read only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New password for %1:</source>
        <translation>Nouveau mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the account in the list first (a read-only calendar has no password).</source>
        <translation>Choisissez d&apos;abord le compte dans la liste (un agenda en lecture seule n&apos;a pas de mot de passe).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account yet.</source>
        <translation>Aucun compte pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/agenda.py" line="+1"/>
        <source>Remove from %1</source>
        <translation>Retirer de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Agenda</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Know what you need before you meet people: it tells you which meetings are worth it. Tick a need off once it is met.</source>
        <translation>Sachez ce dont vous avez besoin avant de rencontrer des gens&#xa0;: c&apos;est ce qui vous dit quels rendez-vous en valent la peine. Cochez un besoin une fois qu&apos;il est satisfait.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Your goal right now</source>
        <translation>Votre objectif du moment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: a product role in a climate start-up by summer</source>
        <translation>Par exemple&#xa0;: un poste produit dans une start-up du climat d&apos;ici l&apos;été</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you need</source>
        <translation>Vos besoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions, advice, leads, people to hire, partners.</source>
        <translation>Mises en relation, conseils, pistes, recrues, partenaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a need, then press Enter</source>
        <translation>Ajoutez un besoin, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you can offer</source>
        <translation>Ce que vous pouvez offrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills, contacts, feedback, an audience: what others may want from you.</source>
        <translation>Compétences, contacts, retours, une audience&#xa0;: ce que d&apos;autres pourraient attendre de vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an offer, then press Enter</source>
        <translation>Ajoutez une offre, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/bands.py" line="+43"/>
        <source>Preview of the phases</source>
        <translation>Aperçu des phases</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, %2, %3 min</source>
        <translation>%1, %2, %3 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 min spare</source>
        <translation>%1 min de marge</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1′ spare</source>
        <translation>%1′ de marge</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/common.py" line="+56"/>
        <source>Them</source>
        <translation>L&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No time set</source>
        <translation>Aucune heure fixée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/contacts.py" line="+58"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+73"/>
        <source>What they offer</source>
        <translation>Ce que la personne offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>What they need</source>
        <translation>Ce dont la personne a besoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A two-way fit: you can help each other. Worth a meeting.</source>
        <translation>Un intérêt mutuel&#xa0;: vous pouvez vous aider l&apos;un l&apos;autre. Un rendez-vous en vaut la peine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fit one way. A short, structured call keeps it fair to both of you.</source>
        <translation>Un intérêt dans un seul sens. Un appel court et structuré reste équitable pour vous deux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No match with your agenda found. Meeting anyway is fine; so is a kind no.</source>
        <translation>Aucun lien trouvé avec vos objectifs. Se rencontrer quand même, c&apos;est bien&#xa0;; un non aimable aussi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+78"/>
        <location filename="../desktop/twoway/ui/main/today_start.py" line="+94"/>
        <source>&amp;Plan a meeting…</source>
        <translation>&amp;Planifier un rendez-vous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/formats.py" line="+60"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this contact</source>
        <translation>Supprimer ce contact</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>separate several with commas</source>
        <translation>séparez-en plusieurs par des virgules</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fit with your agenda</source>
        <translation>Lien avec vos objectifs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meetings with this contact</source>
        <translation>Rendez-vous avec ce contact</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-ups with this contact</source>
        <translation>Suivis avec ce contact</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meetings and debriefs</source>
        <translation>Rendez-vous et débriefs</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/twoway/ui/main/followups.py" line="+25"/>
        <location line="+30"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No contact chosen</source>
        <translation>Aucun contact choisi</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Write down what you need and can offer in Agenda to see the fit here.</source>
        <translation>Notez vos besoins et ce que vous pouvez offrir dans Objectifs pour voir le lien ici.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>No contacts yet. Choose New contact, or bring in your address book with File ▸ Import contacts (%1).</source>
        <translation>Aucun contact pour l&apos;instant. Choisissez «&#xa0;Nouveau contact&#xa0;», ou importez votre carnet d&apos;adresses avec Fichier ▸ Importer des contacts (%1).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name of the new contact:</source>
        <translation>Nom du nouveau contact :</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this contact</source>
        <translation>ce contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their meetings (%1) and follow-ups (%2) are deleted with them. Edit ▸ Undo brings it all back.</source>
        <translation>Ses rendez-vous (%1) et ses suivis (%2) sont supprimés en même temps. Édition ▸ Annuler rétablit le tout.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/twoway/ui/main/followups.py" line="+18"/>
        <location filename="../desktop/twoway/ui/main/formats.py" line="+114"/>
        <location filename="../desktop/twoway/ui/main/meeting/plan.py" line="+297"/>
        <location filename="../desktop/twoway/ui/main/meeting/prep.py" line="+228"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>Contact supprimé&#xa0;: %1. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the contact</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>They may help with</source>
        <translation>Peut vous aider pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may help with</source>
        <translation>Vous pouvez aider pour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>matched: %1</source>
        <translation>correspondance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Search every field…</source>
        <translation>Rechercher dans tous les champs…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names, companies, roles, tags, emails, notes: every word counts.</source>
        <translation>Noms, entreprises, postes, étiquettes, e-mails, notes&#xa0;: chaque mot compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/twoway/ui/main/menus.py" line="-7"/>
        <source>&amp;New contact</source>
        <translation>&amp;Nouveau contact</translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n contacts match</source>
        <extracomment>The form follows %n, the number of all contacts; %1 of them match the search.</extracomment>
        <translation>
            <numerusform>Correspondances&#xa0;: %1 sur %n contact</numerusform>
            <numerusform>Correspondances&#xa0;: %1 sur %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/followups.py" line="-42"/>
        <source>What you promised after your meetings. Ticking one off counts as being in touch with the contact today.</source>
        <translation>Ce que vous avez promis après vos rendez-vous. En cocher un compte comme un échange avec le contact aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which follow-ups to show</source>
        <translation>Suivis à afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due and overdue</source>
        <translation>À échéance ou en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/models/followups.py" line="+28"/>
        <location line="+14"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing here. Follow-ups appear when you save a debrief.</source>
        <translation>Rien ici. Les suivis apparaissent quand vous enregistrez un débrief.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+59"/>
        <location filename="../desktop/twoway/ui/main/today.py" line="+117"/>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Snooze a &amp;day</source>
        <translation>Reporter d&apos;un &amp;jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze a &amp;week</source>
        <translation>Reporter d&apos;une &amp;semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;meeting</source>
        <translation>Ouvrir le &amp;rendez-vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the follow-up</source>
        <translation>Supprimer le suivi</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Mark &amp;not done</source>
        <translation>Marquer comme &amp;non fait</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Follow-up deleted. Undo with Ctrl+Z.</source>
        <translation>Suivi supprimé. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/format_editor.py" line="+64"/>
        <source>Give the format a name.</source>
        <translation>Donnez un nom au format.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one phase.</source>
        <translation>Ajoutez au moins une phase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phase %1 needs a title.</source>
        <translation>La phase %1 doit avoir un titre.</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>A format can have at most %n phases.</source>
        <translation>
            <numerusform>Un format compte au plus %n phase.</numerusform>
            <numerusform>Un format compte au plus %n phases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Phase %1 needs more than 0 and at most %n minutes.</source>
        <translation>
            <numerusform>La phase %1 doit durer plus de 0 et au plus %n minute.</numerusform>
            <numerusform>La phase %1 doit durer plus de 0 et au plus %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phase %1: a color is written like #0072B2, or left empty.</source>
        <translation>Phase %1&#xa0;: une couleur s&apos;écrit comme #0072B2, ou reste vide.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The phases take %1 minutes, more than the %2-minute slot. Shorten a phase or lengthen the slot.</source>
        <extracomment>%1 minutes may have a fraction, as in 12.5; the form follows it.</extracomment>
        <translation>
            <numerusform>Les phases durent %1 minute, plus que le créneau de %2 minutes. Raccourcissez une phase ou allongez le créneau.</numerusform>
            <numerusform>Les phases durent %1 minutes, plus que le créneau de %2 minutes. Raccourcissez une phase ou allongez le créneau.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Format name</source>
        <translation>Nom du format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot promised, in minutes</source>
        <translation>Créneau promis, en minutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning before a phase ends, in seconds</source>
        <translation>Avertissement avant la fin d&apos;une phase, en secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Either side may go first</source>
        <translation>Chacun peut commencer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/twoway/ui/main/meeting/prep.py" line="-145"/>
        <source>Closing line</source>
        <translation>Phrase de conclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown near the end of the slot</source>
        <translation>Affichée vers la fin du créneau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot:</source>
        <translation>Créneau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn before a phase ends:</source>
        <translation>Avertir avant la fin d&apos;une phase&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing line:</source>
        <translation>Phrase de conclusion&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove phase</source>
        <translation>Retirer la phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem with this format</source>
        <translation>Problème dans ce format</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Choose a format on the left.</source>
        <translation>Choisissez un format à gauche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built-in formats stay as they are. Duplicate one to make a version of your own.</source>
        <translation>Les formats intégrés ne se modifient pas. Dupliquez-en un pour créer votre propre version.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your format, saved in the file %1 as you edit.</source>
        <translation>Votre format, enregistré dans le fichier %1 au fil de vos modifications.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The file %1 was changed outside Twoway while you were editing this format, so Twoway left it as it is. Your edits are kept as a new format, saved in the file %2.</source>
        <translation>Le fichier %1 a été modifié en dehors de Twoway pendant que vous modifiiez ce format, Twoway l&apos;a donc laissé tel quel. Vos modifications sont conservées comme nouveau format, enregistré dans le fichier %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../desktop/twoway/ui/main/meeting/debrief.py" line="+206"/>
        <location line="+92"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New phase</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/formats.py" line="-134"/>
        <location line="+12"/>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>New format</source>
        <translation>Nouveau format</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate format</source>
        <translation>Dupliquer le format</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>Delete format</source>
        <translation>Supprimer le format</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Some format files could not be read:</source>
        <translation>Certains fichiers de format n&apos;ont pas pu être lus&#xa0;:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Their turn</source>
        <translation>Tour de l&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your turn</source>
        <translation>Votre tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete the format “%1”?</source>
        <translation>Supprimer le format «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its file is removed. Meetings held with it keep their times.</source>
        <translation>Son fichier est supprimé. Les rendez-vous déjà tenus avec ce format gardent leurs temps.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The format could not be deleted: %1</source>
        <translation>Le format n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/insights.py" line="+49"/>
        <source>Chart of the last meetings</source>
        <translation>Graphique des derniers rendez-vous</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+57"/>
        <source>No meetings run with the timer yet.</source>
        <translation>Aucun rendez-vous mené avec le minuteur pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>%1: them %2 min, you %3 min, both %4 min, slot %5 min</source>
        <translation>%1&#xa0;: l&apos;autre %2 min, vous %3 min, les deux %4 min, créneau %5 min</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>slot promised</source>
        <translation>créneau promis</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which meetings to sum up</source>
        <translation>Rendez-vous à résumer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>meetings held</source>
        <translation>rendez-vous tenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours in meetings</source>
        <translation>heures en rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average overrun past the slot</source>
        <translation>dépassement moyen du créneau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings that ran past the slot</source>
        <translation>rendez-vous qui ont dépassé le créneau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of the talking time went to them</source>
        <translation>du temps de parole est allé à l&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-ups done on time</source>
        <translation>suivis faits à temps</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last meetings, in minutes</source>
        <translation>Les derniers rendez-vous, en minutes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Compare by:</source>
        <translation>&amp;Comparer par&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/twoway/ui/main/meeting/plan.py" line="-235"/>
        <location filename="../desktop/twoway/ui/main/models/formats.py" line="+183"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="+30"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/models/followups.py" line="-14"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare by format or by contact</source>
        <translation>Comparer par format ou par contact</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insights by format or contact</source>
        <translation>Statistiques par format ou par contact</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../desktop/twoway/ui/main/meetings_list.py" line="+27"/>
        <source>All meetings</source>
        <translation>Tous les rendez-vous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format: %1</source>
        <translation>Format&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact: %1</source>
        <translation>Contact&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="+21"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(%1 of %2)</source>
        <translation>(%1 sur %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="-7"/>
        <location filename="../desktop/twoway/ui/main/today.py" line="+97"/>
        <location filename="../desktop/twoway/ui/main/today_start.py" line="+62"/>
        <source>No contact</source>
        <translation>Sans contact</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/plan.py" line="-6"/>
        <source>Choose a contact</source>
        <translation>Choisissez un contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/today_start.py" line="-70"/>
        <source>Who the meeting is with</source>
        <translation>Avec qui a lieu le rendez-vous</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At a set time:</source>
        <translation>À heure fixe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time of the meeting</source>
        <translation>Date et heure du rendez-vous</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="-14"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;With:</source>
        <translation>&amp;Avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is this meeting worth it?</source>
        <translation>Ce rendez-vous en vaut-il la peine&#xa0;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not the right call?</source>
        <translation>Pas le bon appel&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saying no is fine, and so is offering a shorter call. Write it kindly, then mark the meeting declined.</source>
        <translation>Dire non, c&apos;est permis, tout comme proposer un appel plus court. Écrivez-le avec tact, puis marquez le rendez-vous comme décliné.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a polite &amp;no</source>
        <translation>Répondre &amp;non poliment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer a &amp;shorter call</source>
        <translation>Proposer un appel plus &amp;court</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message declining the meeting</source>
        <translation>Message de refus du rendez-vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message declining the meeting</source>
        <translation>Copier le message de refus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in mail</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the message declining in your mail program</source>
        <translation>Ouvrir le message de refus dans votre messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;declined</source>
        <translation>Marquer comme &amp;décliné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this meeting…</source>
        <translation>Supprimer ce rendez-vous…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This meeting&apos;s format is no longer there.</source>
        <translation>Le format de ce rendez-vous n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 minutes planned in a %2-minute slot.</source>
        <extracomment>%1 minutes may have a fraction, as in 12.5; the form follows it.</extracomment>
        <translation>
            <numerusform>%1 minute prévue dans un créneau de %2 minutes.</numerusform>
            <numerusform>%1 minutes prévues dans un créneau de %2 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a contact to see how they fit your agenda.</source>
        <translation>Choisissez un contact pour voir son lien avec vos objectifs.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>None of your formats is shorter than this one, so there is no shorter call to offer.</source>
        <translation>Aucun de vos formats n&apos;est plus court que celui-ci, il n&apos;y a donc pas d&apos;appel plus court à proposer.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Delete meeting</source>
        <translation>Supprimer le rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this meeting with its request, prep and debrief?</source>
        <translation>Supprimer ce rendez-vous avec sa demande, sa préparation et son débrief&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its follow-ups go too. Edit ▸ Undo brings it all back.</source>
        <translation>Ses suivis sont supprimés aussi. Édition ▸ Annuler rétablit le tout.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting deleted. Undo with Ctrl+Z.</source>
        <translation>Rendez-vous supprimé. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/request.py" line="+39"/>
        <source>Say why you ask, what is in it for them, what you want to talk about and for how long, and give them an easy way to say no.</source>
        <translation>Dites pourquoi vous demandez, ce que l&apos;autre y gagne, de quoi vous voulez parler et combien de temps, et laissez-lui une façon simple de dire non.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why you ask</source>
        <translation>Pourquoi vous demandez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learn how your team hires researchers</source>
        <translation>comprendre comment votre équipe recrute ses chercheurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is in it for them</source>
        <translation>Ce que l&apos;autre y gagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I can share what I learned running pricing studies for three retailers</source>
        <translation>Je peux partager ce que j&apos;ai appris en menant des études de prix pour trois enseignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics, one a line</source>
        <translation>Sujets, un par ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how the team is organised
what you look for in a first hire</source>
        <translation>l&apos;organisation de l&apos;équipe
ce que vous cherchez dans un premier recrutement</translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source> minutes</source>
        <extracomment>The unit after the number in the field; the form follows the number.</extracomment>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Time needed, in minutes</source>
        <translation>Durée nécessaire, en minutes</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/meeting/step.py" line="+34"/>
        <source>It will take {minutes} minutes, and I will keep an eye on the clock.</source>
        <extracomment>A sentence of the request message; keep {minutes}, the number of minutes.</extracomment>
        <translation>
            <numerusform>Cela prendra {minutes} minute, et je veillerai à respecter ce temps.</numerusform>
            <numerusform>Cela prendra {minutes} minutes, et je veillerai à respecter ce temps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A {minutes}-minute call?</source>
        <extracomment>The subject line of the request message; keep {minutes}, the number of minutes.</extracomment>
        <translation>
            <numerusform>Un appel de {minutes} minute&#xa0;?</numerusform>
            <numerusform>Un appel de {minutes} minutes&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>I cannot make room for a long call, but I could do a focused {minutes} minutes: half the time on your questions, half on mine. Would that work for you?</source>
        <extracomment>Declining a long call but offering a short one; keep {minutes}, the number.</extracomment>
        <translation>
            <numerusform>Je ne peux pas libérer de temps pour un long appel, mais je peux vous proposer {minutes} minute bien ciblée&#xa0;: la moitié du temps pour vos questions, l&apos;autre moitié pour les miennes. Cela vous conviendrait-il&#xa0;?</numerusform>
            <numerusform>Je ne peux pas libérer de temps pour un long appel, mais je peux vous proposer {minutes} minutes bien ciblées&#xa0;: la moitié du temps pour vos questions, l&apos;autre moitié pour les miennes. Cela vous conviendrait-il&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/request.py" line="+3"/>
        <source>A way to say no</source>
        <translation>Une porte de sortie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Why you ask: I would like to…</source>
        <translation>&amp;Pourquoi vous demandez&#xa0;: j&apos;aimerais…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is in it for &amp;them:</source>
        <translation>Ce que l&apos;autre y &amp;gagne&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opics, one a line:</source>
        <translation>S&amp;ujets, un par ligne&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime needed (from the format):</source>
        <translation>&amp;Durée nécessaire (selon le format)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;way to say no (leave empty for ours):</source>
        <translation>Une porte de &amp;sortie (laissez vide pour la nôtre)&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your message, editable</source>
        <translation>Votre message, modifiable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You edited the message by hand; changes to the fields no longer update it.</source>
        <translation>Vous avez modifié le message à la main&#xa0;; les champs ne le mettent plus à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rebuild from the fields</source>
        <translation>&amp;Régénérer à partir des champs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in &amp;mail</source>
        <translation>Ouvrir dans la &amp;messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the message in your mail program</source>
        <translation>Ouvrir le message dans votre messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sent</source>
        <translation>&amp;Envoyé</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Message copied.</source>
        <translation>Message copié.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No mail program answered. Copy the message instead.</source>
        <translation>Aucune messagerie n&apos;a répondu. Copiez plutôt le message.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/prep.py" line="-46"/>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="+93"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prep checklist</source>
        <translation>Liste de préparation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add your own item, then press Enter</source>
        <translation>Ajoutez votre propre élément, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New checklist item</source>
        <translation>Nouvel élément de la liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove item</source>
        <translation>Retirer l&apos;élément</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your introduction</source>
        <translation>Votre présentation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where you are now, in two or three sentences that lead to why you asked for this call.</source>
        <translation>Où vous en êtes, en deux ou trois phrases qui mènent à la raison de cet appel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions to ask, one a line</source>
        <translation>Questions à poser, une par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas to help them, one a line</source>
        <translation>Idées pour l&apos;aider, une par ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;introduction (not a résumé):</source>
        <translation>Votre &amp;présentation (pas un CV)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questions to ask, one a line:</source>
        <translation>&amp;Questions à poser, une par ligne&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas to &amp;help them, one a line:</source>
        <translation>Idées pour l&apos;&amp;aider, une par ligne&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;losing line, shown near the end:</source>
        <translation>Phrase de c&amp;onclusion, affichée vers la fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cues in the overlay, phase by phase</source>
        <translation>Repères sur le minuteur, phase par phase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cues in the overlay</source>
        <translation>Repères sur le minuteur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grey cues are the format&apos;s own. Double-click a cue to write yours.</source>
        <translation>Les repères en gris viennent du format. Double-cliquez sur un repère pour écrire le vôtre.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;Fill cues from your prep</source>
        <translation>&amp;Remplir les repères depuis la préparation</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 faits</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ticks and your own items are cleared.</source>
        <translation>Les coches et vos propres éléments sont effacés.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Start over from</source>
        <translation>Recommencer à partir de</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this checklist to start other meetings from</source>
        <translation>Garder cette liste comme point de départ d&apos;autres rendez-vous</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete a template</source>
        <translation>Supprimer un modèle</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Replace this checklist with one from a template</source>
        <translation>Remplacer cette liste par celle d&apos;un modèle</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Use my introduction</source>
        <translation>&amp;Utiliser ma présentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the introduction from Settings, About you</source>
        <translation>Utiliser la présentation de Paramètres, À propos de vous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Introduction in your first turn, questions in theirs, ideas in their takeaway.</source>
        <translation>La présentation dans votre premier tour, les questions dans le leur, les idées dans leur conclusion.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Replace this checklist with a fresh one from “%1”?</source>
        <translation>Remplacer cette liste par une nouvelle, tirée de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the checklist template “%1”?</source>
        <translation>Supprimer le modèle de liste «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings that started from it keep their checklists.</source>
        <translation>Les rendez-vous créés à partir de ce modèle gardent leurs listes.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved the checklist as the template “%1”.</source>
        <translation>Liste enregistrée comme modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write an introduction, questions or ideas first.</source>
        <translation>Écrivez d&apos;abord une présentation, des questions ou des idées.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/run.py" line="+31"/>
        <source>&amp;Start the meeting</source>
        <translation>&amp;Démarrer le rendez-vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+76"/>
        <source>&amp;End the meeting</source>
        <translation>&amp;Terminer le rendez-vous</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The overlay floats over your call with the time, whose turn it is and your cue. When you end the meeting, the debrief opens here.</source>
        <translation>Le minuteur flotte au-dessus de votre appel avec le temps, le tour de parole et votre repère. À la fin du rendez-vous, le débrief s&apos;ouvre ici.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no contact</source>
        <translation>sans contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/twoway/ui/main/window.py" line="+223"/>
        <source>This meeting&apos;s format is no longer there; choose another in Plan.</source>
        <translation>Le format de ce rendez-vous n&apos;existe plus&#xa0;; choisissez-en un autre dans Planifier.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 with %2: %3 minutes planned in a %4-minute slot.</source>
        <extracomment>%1 is a format, %2 a person; %3 minutes may have a fraction, as in 12.5, and the form follows it.</extracomment>
        <translation>
            <numerusform>%1 avec %2&#xa0;: %3 minute prévue dans un créneau de %4 minutes.</numerusform>
            <numerusform>%1 avec %2&#xa0;: %3 minutes prévues dans un créneau de %4 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This meeting is running. The overlay shows the time.</source>
        <translation>Ce rendez-vous est en cours. Le minuteur affiche le temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another meeting is running. End it before starting this one.</source>
        <translation>Un autre rendez-vous est en cours. Terminez-le avant de démarrer celui-ci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting was run. Starting it again replaces its times.</source>
        <translation>Ce rendez-vous a déjà eu lieu. Le redémarrer remplace ses temps.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/debrief.py" line="-250"/>
        <source>Balance of time between the two sides</source>
        <translation>Répartition du temps entre les deux parties</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Phase times</source>
        <translation>Temps par phase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who had the time</source>
        <translation>Qui a eu la parole</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What was of value to you</source>
        <translation>Ce qui vous a été utile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was of value to them</source>
        <translation>Ce qui a été utile à l&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas and names exchanged</source>
        <translation>Idées et noms échangés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No fit beyond a good talk</source>
        <translation>Rien au-delà d&apos;un bon échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A purchase: one may buy from the other</source>
        <translation>Un achat&#xa0;: l&apos;un pourrait acheter à l&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <translation>Des recommandations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A collaboration</source>
        <translation>Une collaboration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: send the article you mentioned</source>
        <translation>Par exemple&#xa0;: envoyer l&apos;article évoqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <translation>d&apos;ici le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Relancer le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thank-you sent</source>
        <translation>&amp;Remerciements envoyés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value for &amp;you:</source>
        <translation>Utile pour &amp;vous&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value for t&amp;hem:</source>
        <translation>Utile pour l&apos;a&amp;utre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ideas and names exchanged:</source>
        <translation>&amp;Idées et noms échangés&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fit:</source>
        <translation>&amp;Opportunité&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next step:</source>
        <translation>&amp;Prochaine étape&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save debrief and create follow-ups</source>
        <translation>Enregistrer le débrief et créer les suivis</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This meeting was not run with the timer. Met all the same? Write how it went here and save. Did it not happen? Give it a new time on the Plan tab.</source>
        <translation>Ce rendez-vous n&apos;a pas été mené avec le minuteur. Il a quand même eu lieu&#xa0;? Notez ici comment il s&apos;est passé et enregistrez. Il n&apos;a pas eu lieu&#xa0;? Donnez-lui une nouvelle date dans Planifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meeting was not run with the timer, so there are no times to show.</source>
        <translation>Ce rendez-vous n&apos;a pas été mené avec le minuteur&#xa0;: il n&apos;y a pas de temps à afficher.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It took %1 of a %2 slot: %3 over.</source>
        <translation>Il a duré %1 sur un créneau de %2&#xa0;: %3 de dépassement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It took %1 of a %2 slot, on time.</source>
        <translation>Il a duré %1 sur un créneau de %2, dans les temps.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A fair split. Shared phases aside, %1 % of the time was theirs.</source>
        <translation>Un partage équitable. Hors phases communes, %1&#xa0;% du temps est allé à l&apos;autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They had most of it. Shared phases aside, %1 % of the time was theirs.</source>
        <translation>L&apos;autre en a eu la plus grande part. Hors phases communes, %1&#xa0;% du temps est allé à l&apos;autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You had most of it. Shared phases aside, %1 % of the time was theirs.</source>
        <translation>Vous en avez eu la plus grande part. Hors phases communes, %1&#xa0;% du temps est allé à l&apos;autre.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved. Follow-ups added or updated: %1.</source>
        <translation>Enregistré. Suivis ajoutés ou mis à jour&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/page.py" line="+29"/>
        <location line="+89"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>‹ &amp;All meetings</source>
        <translation>‹ &amp;Tous les rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of meetings</source>
        <translation>Retour à la liste des rendez-vous</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meetings_list.py" line="-2"/>
        <source>Which meetings</source>
        <translation>Quels rendez-vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined or cancelled</source>
        <translation>Refusés ou annulés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by name, topic or debrief</source>
        <translation>Chercher par nom, sujet ou débrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search meetings</source>
        <translation>Chercher des rendez-vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Plus récents d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Plus anciens d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan a meeting</source>
        <translation>&amp;Planifier un rendez-vous</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No meetings match. Plan one, or start one from Today.</source>
        <translation>Aucun rendez-vous ne correspond. Planifiez-en un ou démarrez-en un depuis Aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/page.py" line="+14"/>
        <source>1 · Plan</source>
        <translation>1 · Planifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Request</source>
        <translation>2 · Demander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Prep</source>
        <translation>3 · Préparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · Run</source>
        <translation>4 · Mener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · Debrief</source>
        <translation>5 · Débriefer</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Meeting with %1</source>
        <translation>Rendez-vous avec %1</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="+142"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="-13"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meetings_list.py" line="-20"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="+1"/>
        <source>Held</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Décliné</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/contacts.py" line="-417"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+58"/>
        <location filename="../desktop/twoway/ui/main/models/insights.py" line="+32"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="-10"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+0"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+0"/>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>How you met</source>
        <translation>Comment vous vous êtes rencontrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+0"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+4"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+0"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="+10"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prep</source>
        <translation>Prépa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debrief</source>
        <translation>Débrief</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Written</source>
        <translation>Rédigé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To write</source>
        <translation>À rédiger</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/followups.py" line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not done</source>
        <translation>Non fait</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/formats.py" line="-133"/>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="-70"/>
        <location line="+70"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="+0"/>
        <source>Whose turn</source>
        <translation>À qui le tour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Color</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cue</source>
        <translation>Repère</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>as owner</source>
        <translation>selon le tour</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="-181"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cue shown in the overlay</source>
        <translation>Repère affiché sur le minuteur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <comment>who speaks in a phase: the phase&apos;s title</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/page.py" line="-4"/>
        <location filename="../desktop/twoway/ui/main/meetings_list.py" line="+19"/>
        <location filename="../desktop/twoway/ui/main/models/insights.py" line="+1"/>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/insights.py" line="+1"/>
        <source>Average overrun</source>
        <translation>Dépassement moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their share</source>
        <translation>Part de l&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups on time</source>
        <translation>Suivis à temps</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>on time</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/formats.py" line="+122"/>
        <source>%1 (built-in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="+51"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings.py" line="+60"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_general.py" line="+37"/>
        <location line="+5"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chime</source>
        <translation>Carillon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Chime once when a phase runs over</source>
        <translation>Jouer le &amp;carillon une fois quand une phase déborde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chime volume</source>
        <translation>Volume du carillon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the chime now</source>
        <translation>Jouer le carillon maintenant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume&#xa0;:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Overlay</source>
        <translation>Minuteur flottant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overlay size</source>
        <translation>Taille du minuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small</source>
        <translation>Petite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overlay opacity</source>
        <translation>Opacité du minuteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let clicks &amp;pass through the overlay</source>
        <translation>Laisser &amp;passer les clics à travers le minuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the closing line near the e&amp;nd</source>
        <translation>Afficher la p&amp;hrase de conclusion vers la fin</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Start Twoway when I log &amp;in (in the tray, no window)</source>
        <translation>Lancer Twoway à l&apos;ouverture de &amp;session (dans la zone de notification, sans fenêtre)</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_data.py" line="+83"/>
        <source>Tr&amp;y again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set this copy &amp;aside</source>
        <translation>&amp;Mettre cette copie de côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Got it</source>
        <translation>&amp;D’accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this notice off the list.</source>
        <translation>Retirer cet avis de la liste.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Back up no&amp;w</source>
        <translation>Sauvegarder mai&amp;ntenant</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_general.py" line="-47"/>
        <source>&amp;Size:</source>
        <translation>Ta&amp;ille&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opacity:</source>
        <translation>&amp;Opacité&#xa0;:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_data.py" line="-92"/>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Everything is kept as readable files in this folder. A sync tool can carry it between computers; Twoway notices changes and conflicts.</source>
        <translation>Tout est conservé sous forme de fichiers lisibles dans ce dossier. Un outil de synchronisation peut le transporter d&apos;un ordinateur à l&apos;autre&#xa0;; Twoway repère les modifications et les conflits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;folder</source>
        <translation>O&amp;uvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read the files again</source>
        <translation>R&amp;elire les fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a sync tool or another program changed them.</source>
        <translation>Après une modification par un outil de synchronisation ou un autre programme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files that need a look</source>
        <translation>Fichiers à vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files that need a look:</source>
        <translation>Fichiers à vérifier&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the file again after you fixed it by hand.</source>
        <translation>Relire le fichier après l&apos;avoir corrigé à la main.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the file from a &amp;backup</source>
        <translation>Restaurer le fichier depuis une sauve&amp;garde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this copy</source>
        <translation>Utilise&amp;r cette copie</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The copy takes the file&apos;s place; the file goes to the trash.</source>
        <translation>La copie prend la place du fichier&#xa0;; le fichier va à la corbeille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy replaces the record; the record goes to the trash.</source>
        <translation>La copie remplace la fiche&#xa0;; la fiche va à la corbeille.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the file as it is; the copy goes to the trash.</source>
        <translation>Garder le fichier tel quel&#xa0;; la copie va à la corbeille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the record as it is; the copy goes to the trash.</source>
        <translation>Garder la fiche telle quelle&#xa0;; la copie va à la corbeille.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Backups (a daily copy of the whole folder):</source>
        <translation>Sauvegardes (une copie quotidienne de tout le dossier)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up every &amp;day</source>
        <translation>Sauvegarder chaque &amp;jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups to &amp;keep:</source>
        <translation>Nom&amp;bre de sauvegardes conservées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="-60"/>
        <source>&amp;Back up now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_data.py" line="+9"/>
        <source>R&amp;estore the chosen backup…</source>
        <translation>Rest&amp;aurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_general.py" line="-67"/>
        <source>No sound device answered. The overlay still shows every overrun.</source>
        <translation>Aucun périphérique audio n&apos;a répondu. Le minuteur affiche quand même chaque dépassement.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Start at login</source>
        <translation>Lancement à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twoway could not change this (%1).</source>
        <translation>Twoway n&apos;a pas pu modifier ce réglage (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_data.py" line="+26"/>
        <source>Read the data folder again.</source>
        <translation>Dossier de données relu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Done: the file is in order.</source>
        <translation>C&apos;est fait&#xa0;: le fichier est en ordre.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup could not be written (%1).</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Make your data what it was at %1?</source>
        <translation>Remettre vos données dans leur état du %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twoway first backs up what you have now, so you can come back to it.</source>
        <translation>Twoway sauvegarde d&apos;abord vos données actuelles, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restored. Your data before the restore is in the newest backup.</source>
        <translation>Restauré. Vos données d&apos;avant la restauration sont dans la sauvegarde la plus récente.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/today.py" line="-173"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next meeting</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start now</source>
        <translation>&amp;Démarrer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the next meeting now</source>
        <translation>Démarrer le prochain rendez-vous maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the next meeting</source>
        <translation>Ouvrir le prochain rendez-vous</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Meetings coming up</source>
        <translation>Rendez-vous à venir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing planned yet.</source>
        <translation>Rien de prévu pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Debriefs to write</source>
        <translation>Débriefs à rédiger</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Follow-ups due</source>
        <translation>Suivis à échéance</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No follow-ups due. Well done.</source>
        <translation>Aucun suivi à échéance. Bravo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark the selected follow-up done</source>
        <translation>Marquer le suivi sélectionné comme fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All follow-ups</source>
        <translation>Tous les suivis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due to reconnect</source>
        <translation>À recontacter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts due to reconnect</source>
        <translation>Contacts à recontacter</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No meeting planned</source>
        <translation>Aucun rendez-vous prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start one now or plan one below.</source>
        <translation>Démarrez-en une maintenant ou planifiez-en une ci-dessous.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prep %1 of %2 done</source>
        <translation>préparation&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no prep yet</source>
        <translation>pas encore de préparation</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="-114"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="-19"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Ouvrir le dossier de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit Twoway</source>
        <translation>&amp;Quitter Twoway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="+212"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+13"/>
        <source>&amp;Find contact</source>
        <translation>Rechercher un &amp;contact</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quick start</source>
        <translation>Démarrage &amp;rapide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the &amp;next meeting</source>
        <translation>Démarrer le &amp;prochain rendez-vous</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start this meeting</source>
        <translation>&amp;Démarrer ce rendez-vous</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Debrief the last meeting</source>
        <translation>Dé&amp;briefer le dernier rendez-vous</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sa&amp;ve the debrief</source>
        <translation>&amp;Enregistrer le débrief</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy the request</source>
        <translation>&amp;Copier la demande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Twoway</source>
        <translation>À &amp;propos de Twoway</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="-105"/>
        <location line="+13"/>
        <source>A meeting is already running. End it first.</source>
        <translation>Un rendez-vous est déjà en cours. Terminez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The meeting has started. The overlay shows the time.</source>
        <translation>Le rendez-vous a commencé. Le minuteur affiche le temps.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+41"/>
        <source>No meeting is planned. Plan one from a contact.</source>
        <translation>Aucun rendez-vous n&apos;est prévu. Planifiez-en un depuis un contact.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="+52"/>
        <location filename="../desktop/twoway/ui/remote_control.py" line="+195"/>
        <source>No meeting has been run yet.</source>
        <translation>Aucun rendez-vous n&apos;a encore été mené.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+15"/>
        <source>About Twoway</source>
        <translation>À propos de Twoway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twoway %1

Short, structured one-to-one calls: decide, ask, prepare, keep the time fair to both sides, and follow up.</source>
        <translation>Twoway %1

Des appels courts et structurés en tête-à-tête&#xa0;: décider, demander, préparer, partager le temps équitablement, et assurer le suivi.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="+40"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Files in your data folder that need a look: %1. See Settings.</source>
        <translation>Fichiers à vérifier dans votre dossier de données&#xa0;: %1. Voir Paramètres.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+101"/>
        <location filename="../desktop/twoway/ui/main/transfer.py" line="+150"/>
        <location line="+63"/>
        <location line="+8"/>
        <location line="+19"/>
        <location line="+15"/>
        <location line="+35"/>
        <location filename="../desktop/twoway/ui/main/transfer_dialogs.py" line="+24"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer_dialogs.py" line="+2"/>
        <source>Contact files (*.vcf *.vcard *.csv *.txt);;All files (*)</source>
        <translation>Fichiers de contacts (*.vcf *.vcard *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer.py" line="+47"/>
        <location filename="../desktop/twoway/ui/main/transfer_dialogs.py" line="+9"/>
        <source>Interrupted import</source>
        <translation>Importation interrompue</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer_dialogs.py" line="+3"/>
        <source>The import of “%1” on %2 was stopped before it finished.</source>
        <translation>L’importation de « %1 » du %2 s’est arrêtée avant la fin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo takes back the contacts it had already written, so your contacts are as they were before. Keep leaves them; importing the file again adds the rest.</source>
        <translation>Annuler retire les contacts déjà écrits : vos contacts redeviennent tels qu’avant. Conserver les garde ; importer à nouveau le fichier ajoute le reste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Les conserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="-115"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>vCard (.vcf)</source>
        <translation>vCard (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn connections (Connections.csv)</source>
        <translation>Relations LinkedIn (Connections.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, with the columns you choose</source>
        <translation>CSV, avec les colonnes de votre choix</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the same contact, exported from Twoway</source>
        <translation>même contact, exporté de Twoway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same email address</source>
        <translation>même adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same LinkedIn profile</source>
        <translation>même profil LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same name and company</source>
        <translation>même nom et même entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed earlier in the file (%1); the two entries are combined.</source>
        <translation>Figure déjà plus haut dans le fichier (%1)&#xa0;; les deux entrées sont réunies.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in your contacts (%1), with nothing new.</source>
        <translation>Déjà dans vos contacts (%1), sans rien de nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in your contacts (%1); left as it is.</source>
        <translation>Déjà dans vos contacts (%1)&#xa0;; la fiche reste inchangée.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Kind of file</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Read it as:</source>
        <translation>&amp;Lire comme&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which column holds what</source>
        <translation>Ce que contient chaque colonne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column for %1</source>
        <translation>Colonne pour %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>People who are already in your contacts</source>
        <translation>Personnes déjà présentes dans vos contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge: add what is new to them</source>
        <translation>&amp;Fusionner&#xa0;: compléter leur fiche avec les nouveautés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip them</source>
        <translation>Les i&amp;gnorer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the import will do</source>
        <translation>Ce que fera l&apos;importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is written until you press Import. File ▸ Undo last import takes the whole import back.</source>
        <translation>Rien n&apos;est écrit tant que vous n&apos;avez pas cliqué sur Importer. Fichier ▸ Annuler la dernière importation revient sur toute l&apos;importation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(not used)</source>
        <translation>(non utilisé)</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n to add</source>
        <translation>
            <numerusform>%n à ajouter</numerusform>
            <numerusform>%n à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to merge</source>
        <translation>
            <numerusform>%n à fusionner</numerusform>
            <numerusform>%n à fusionner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to skip</source>
        <translation>
            <numerusform>%n à ignorer</numerusform>
            <numerusform>%n à ignorer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing new to import: everyone is already in your contacts.</source>
        <translation>Rien de nouveau à importer&#xa0;: tout le monde est déjà dans vos contacts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing can be imported this way yet.</source>
        <translation>Rien ne peut encore être importé de cette façon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the columns above. </source>
        <translation>Choisissez les colonnes ci-dessus. </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>New contacts (%n)</source>
        <translation>
            <numerusform>Nouveau contact (%n)</numerusform>
            <numerusform>Nouveaux contacts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recognized by %1</source>
        <translation>Correspondance&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>New details for contacts you have (%n)</source>
        <translation>
            <numerusform>Nouvelles informations pour un contact existant (%n)</numerusform>
            <numerusform>Nouvelles informations pour des contacts existants (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Skipped (%n)</source>
        <translation>
            <numerusform>Ignoré (%n)</numerusform>
            <numerusform>Ignorés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Notes on the file (%n)</source>
        <translation>
            <numerusform>Remarque sur le fichier (%n)</numerusform>
            <numerusform>Remarques sur le fichier (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/batch_run.py" line="+66"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Something unexpected went wrong.</source>
        <translation>Un problème inattendu est survenu.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer.py" line="-245"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo last import</source>
        <translation>&amp;Annuler la dernière importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts as &amp;vCard…</source>
        <translation>Contacts au format &amp;vCard…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts as &amp;CSV…</source>
        <translation>Contacts au format &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings and debriefs as CSV…</source>
        <translation>&amp;Rendez-vous et débriefs au format CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;alendar (planned meetings and follow-ups)…</source>
        <translation>C&amp;alendrier (rendez-vous prévus et suivis)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup of all data…</source>
        <translation>&amp;Sauvegarde de toutes les données…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>It may be running in another Twoway window or from the command line.</source>
        <translation>Elle est peut-être en cours dans une autre fenêtre de Twoway ou depuis la ligne de commande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <location line="+27"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Twoway cannot save your data right now, so it does not add to it. Settings shows what needs a look.</source>
        <translation>Twoway ne peut pas enregistrer vos données pour le moment, il n&apos;y ajoute donc rien. Les Paramètres indiquent ce qui est à vérifier.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Importing %n contacts…</source>
        <translation>
            <numerusform>Importation de %n contact…</numerusform>
            <numerusform>Importation de %n contacts…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importation annulée ; rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import could not be finished, so nothing was imported.</source>
        <translation>L&apos;importation n&apos;a pas pu aboutir, rien n&apos;a donc été importé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import done: %1, %2, %3. File ▸ Undo last import takes it back.</source>
        <translation>Importation terminée&#xa0;: %1, %2, %3. Fichier ▸ Annuler la dernière importation permet de revenir en arrière.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contacts added</source>
        <translation>
            <numerusform>%n contact ajouté</numerusform>
            <numerusform>%n contacts ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n merged</source>
        <translation>
            <numerusform>%n fusionné</numerusform>
            <numerusform>%n fusionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+18"/>
        <source>There is no import to undo.</source>
        <translation>Aucune importation à annuler.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <location line="+2"/>
        <location line="+23"/>
        <location line="+24"/>
        <location line="+7"/>
        <source>Undo last import</source>
        <translation>Annuler la dernière importation</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Take back the import of %1?</source>
        <translation>Annuler l&apos;importation du %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contacts it added are removed, and those it added details to are put back as they were. Anyone you have changed since, or planned a meeting or follow-up with, is kept as they are.</source>
        <translation>Les contacts qu&apos;elle a ajoutés sont retirés, et ceux qu&apos;elle a complétés retrouvent leur état d&apos;avant. Les contacts que vous avez modifiés depuis, ou avec qui vous avez prévu un rendez-vous ou un suivi, restent tels quels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Taking back the import…</source>
        <translation>Annulation de l&apos;importation…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n contacts removed</source>
        <translation>
            <numerusform>%n contact retiré</numerusform>
            <numerusform>%n contacts retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n put back as they were</source>
        <translation>
            <numerusform>%n remis dans son état d&apos;avant</numerusform>
            <numerusform>%n remis dans leur état d&apos;avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n conservé</numerusform>
            <numerusform>%n conservés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import undone: %1.</source>
        <translation>Importation annulée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import is undone, but not everything could be saved yet.</source>
        <translation>L&apos;importation est annulée, mais tout n&apos;a pas encore pu être enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These contacts were kept as they are, because you changed them or planned something with them after the import:</source>
        <translation>Ces contacts ont été conservés tels quels, car vous les avez modifiés ou avez prévu quelque chose avec eux après l&apos;importation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/export.py" line="+28"/>
        <source>Export contacts as vCard</source>
        <translation>Exporter les contacts au format vCard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export contacts as CSV</source>
        <translation>Exporter les contacts au format CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export meetings and debriefs as CSV</source>
        <translation>Exporter les rendez-vous et débriefs au format CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to your calendar</source>
        <translation>Exporter vers votre calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a backup of all data</source>
        <translation>Exporter une sauvegarde de toutes les données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip archives (*.zip)</source>
        <translation>Archives Zip (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no contacts to export yet.</source>
        <translation>Il n&apos;y a encore aucun contact à exporter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no meetings to export yet.</source>
        <translation>Il n&apos;y a encore aucun rendez-vous à exporter.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer.py" line="+31"/>
        <location line="+9"/>
        <source>Nothing was exported.</source>
        <translation>Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be written (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être écrit (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/export.py" line="+13"/>
        <location line="+3"/>
        <source>Saved %n contacts to %1.</source>
        <translation>
            <numerusform>%n contact enregistré dans %1.</numerusform>
            <numerusform>%n contacts enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n meetings to %1.</source>
        <translation>
            <numerusform>%n rendez-vous enregistré dans %1.</numerusform>
            <numerusform>%n rendez-vous enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the calendar to %1 (%2, %3).</source>
        <translation>Calendrier enregistré dans %1 (%2, %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved a backup of all your data to %1.</source>
        <translation>Sauvegarde de toutes vos données enregistrée dans %1.</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n suivi</numerusform>
            <numerusform>%n suivis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup could not be made (%1).</source>
        <translation>La sauvegarde n&apos;a pas pu être créée (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/templates.py" line="+25"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (for new meetings)</source>
        <translation>%1 (pour les nouveaux rendez-vous)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template to save into</source>
        <translation>Modèle où enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new template</source>
        <translation>Un nouveau modèle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the new template</source>
        <translation>Nom du nouveau modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Sales call, Mentoring</source>
        <translation>Par exemple&#xa0;: Appel commercial, Mentorat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New meetings start with this checklist</source>
        <translation>Les &amp;nouveaux rendez-vous commencent avec cette liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save &amp;into:</source>
        <translation>Enregistrer &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ame:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A template has this name already. To replace it, choose it above.</source>
        <translation>Un modèle porte déjà ce nom. Pour le remplacer, choisissez-le ci-dessus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its checklist is replaced with this one.</source>
        <translation>Sa liste est remplacée par celle-ci.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_calls.py" line="+34"/>
        <source>During calls</source>
        <translation>Pendant les appels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When a call starts</source>
        <translation>Quand un appel commence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer to start the meeting</source>
        <translation>Proposer de démarrer la rencontre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the meeting by itself</source>
        <translation>Démarrer la rencontre automatiquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing</source>
        <translation>Ne rien faire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a call starts:</source>
        <translation>Quand un appel commence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also when no meeting is planned within 15 minutes</source>
        <translation>Aussi quand aucune rencontre n’est prévue dans les 15 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the debrief when the call is over</source>
        <translation>Ouvrir le débrief quand l’appel est terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the overlay at a corner of the call&apos;s window</source>
        <translation>Garder le minuteur dans un coin de la fenêtre de l’appel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>While the screen is shared</source>
        <translation>Pendant le partage d’écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the overlay</source>
        <translation>Masquer le minuteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shrink it to a thin bar</source>
        <translation>Le réduire à une fine barre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it as it is</source>
        <translation>Le laisser tel quel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>While the screen is shared:</source>
        <translation>Pendant le partage d’écran :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn this key off</source>
        <translation>Désactiver cette touche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These keys work anywhere, even while your call has the keyboard, but only while a meeting runs or is offered.</source>
        <translation>Ces touches fonctionnent partout, même quand l’appel a le clavier, mais seulement pendant qu’une rencontre est en cours ou proposée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add them to GNOME&apos;s keyboard shortcuts…</source>
        <translation>Les ajouter aux raccourcis clavier de GNOME…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Under Wayland they reach Twoway only while an X11 window, such as Zoom&apos;s, has the keyboard. For other windows, add desktop shortcuts that run “twoway toggle”, “twoway next”, “twoway extend” and “twoway end”.</source>
        <translation>Sous Wayland, elles n’atteignent Twoway que lorsqu’une fenêtre X11, comme celle de Zoom, a le clavier. Pour les autres fenêtres, ajoutez des raccourcis du bureau qui lancent « twoway toggle », « twoway next », « twoway extend » et « twoway end ».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GNOME keyboard shortcuts</source>
        <translation>Raccourcis clavier de GNOME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add these keys to GNOME&apos;s Custom Shortcuts, each running a Twoway command? They work with any window, all day (they do nothing when no meeting runs), and you can change or remove them in GNOME&apos;s Settings → Keyboard.</source>
        <translation>Ajouter ces touches aux raccourcis personnalisés de GNOME, chacune lançant une commande Twoway ? Elles fonctionnent avec toutes les fenêtres, toute la journée (elles ne font rien sans rencontre en cours), et vous pouvez les modifier ou les supprimer dans Paramètres → Clavier de GNOME.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>GNOME&apos;s shortcuts could not be changed: %1</source>
        <translation>Les raccourcis de GNOME n’ont pas pu être modifiés : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shortcuts added to GNOME.</source>
        <translation>
            <numerusform>%n raccourci ajouté à GNOME.</numerusform>
            <numerusform>%n raccourcis ajoutés à GNOME.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” cannot be used as a hotkey; choose a letter, digit or F-key with Ctrl, Alt or Shift.</source>
        <translation>« %1 » ne peut pas servir de raccourci ; choisissez une lettre, un chiffre ou une touche F avec Ctrl, Alt ou Maj.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/keep_in_touch.py" line="+27"/>
        <source>No reminder</source>
        <translation>Pas de rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 weeks</source>
        <translation>Toutes les 2 semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 months</source>
        <translation>Tous les 2 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 3 months</source>
        <translation>Tous les 3 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 6 months</source>
        <translation>Tous les 6 mois</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n days</source>
        <translation>
            <numerusform>Intervalle de %n jour</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/twoway/ui/main/settings_keep_in_touch.py" line="+53"/>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How often to reconnect</source>
        <translation>À quelle fréquence reprendre contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect:</source>
        <translation>Recontacter :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talks logged</source>
        <translation>Échanges notés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talks:</source>
        <translation>Échanges :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day of the talk</source>
        <translation>Jour de l’échange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of talk</source>
        <translation>Type d’échange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you talked about</source>
        <translation>De quoi vous avez parlé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on the talk</source>
        <translation>Note sur l’échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log a talk</source>
        <translation>&amp;Noter un échange</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, from tag “%2”</source>
        <translation>%1, par l’étiquette «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A choice here comes before the one of their tags (Settings ▸ Keep in touch).</source>
        <translation>Ce que vous choisissez ici passe avant le choix de ses étiquettes (Réglages ▸ Garder le contact).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/profile.py" line="+22"/>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As you sign your messages</source>
        <translation>Comme vous signez vos messages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Introduction:</source>
        <translation>Présentation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line: who you are and what you are working on</source>
        <translation>Une ligne : qui vous êtes et sur quoi vous travaillez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-off:</source>
        <translation>Formule de fin :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thank you,</source>
        <translation>Merci,</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used to sign the request message and offered for your introduction.</source>
        <translation>Signe le message de demande et vous est proposé pour votre présentation.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/today_start.py" line="-52"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meeting running now</source>
        <translation>Rendez-vous en cours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go to the meeting</source>
        <translation>&amp;Aller au rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the running meeting</source>
        <translation>Aller au rendez-vous en cours</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Start or plan</source>
        <translation>Démarrer ou planifier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format of the meeting to start</source>
        <translation>Format du rendez-vous à démarrer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a meeting &amp;now</source>
        <translation>Démarrer un rendez-vous &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="-51"/>
        <location filename="../desktop/twoway/ui/main/today_start.py" line="+59"/>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/calendar_suggestions.py" line="+27"/>
        <source>From your calendar</source>
        <translation>De votre agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Events from your calendar</source>
        <translation>Événements de votre agenda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Join the call and start the timer</source>
        <translation>&amp;Rejoindre l&apos;appel et lancer le minuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan as a meeting</source>
        <translation>&amp;Planifier comme rencontre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · %2 · %3 min</source>
        <translation>%1 · %2 · %3 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call link</source>
        <translation>lien de l&apos;appel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A sync is running; try again in a moment.</source>
        <translation>Une synchronisation est en cours&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_keep_in_touch.py" line="+9"/>
        <source>How often to reconnect with everyone who has a tag. A contact&apos;s own choice on their page comes first; of several tags, the most often counts.</source>
        <translation>À quel rythme recontacter toutes les personnes qui ont une étiquette. Le choix fait sur la page d’un contact passe en premier&#xa0;; avec plusieurs étiquettes, c’est le rythme le plus fréquent qui compte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reconnect by tag</source>
        <translation>Recontacter par étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnect</source>
        <translation>Recontacter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give your contacts tags on their page to choose a cadence for each tag here.</source>
        <translation>Donnez des étiquettes à vos contacts sur leur page pour choisir ici un rythme par étiquette.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>“%1”: %n contacts</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: %n contact</numerusform>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reconnect with “%1”</source>
        <translation>Recontacter «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../desktop/twoway/ui/notices.py" line="+123"/>
        <source>Twoway runs natively on Wayland here, where the desktop alone decides which windows stay on top, so the timer may slip behind your call. To pin it: on GNOME, hold the Super key, right-click the timer and choose “Always on Top”; on KDE Plasma, add a window rule for the window class “%1” that forces “Keep above other windows”; on sway, add “for_window [app_id=&quot;%1&quot;] floating enable, sticky enable” to your configuration. Or turn off the setting overlay.native_wayland to run Twoway through XWayland, which keeps the timer on top by itself.</source>
        <translation>Ici, Twoway fonctionne directement sous Wayland, où le bureau seul décide quelles fenêtres restent au premier plan : le minuteur peut donc passer derrière votre appel. Pour l’épingler : sous GNOME, maintenez la touche Super, faites un clic droit sur le minuteur et choisissez « Toujours au premier plan » ; sous KDE Plasma, ajoutez une règle de fenêtre pour la classe de fenêtre « %1 » qui force « Garder au-dessus des autres fenêtres » ; sous sway, ajoutez « for_window [app_id=&quot;%1&quot;] floating enable, sticky enable » à votre configuration. Ou désactivez le réglage overlay.native_wayland pour faire passer Twoway par XWayland, qui garde le minuteur au premier plan tout seul.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your desktop has no system tray, so Twoway cannot put an icon there. Its window is its home instead, and closing the main window quits Twoway. To bring a hidden Twoway back, open it again from your applications or run `twoway show`.</source>
        <translation>Votre bureau n&apos;a pas de zone de notification&#xa0;: Twoway ne peut donc pas y placer d&apos;icône. Sa fenêtre lui sert de point d&apos;ancrage, et fermer la fenêtre principale quitte Twoway. Pour faire réapparaître Twoway, rouvrez-le depuis vos applications ou lancez `twoway show`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When Twoway last quit, it could not save some changes in your data folder. They are kept in %1, each file where it belongs in the data folder: copy them back once the folder can be written again.</source>
        <translation>Lors de sa dernière fermeture, Twoway n&apos;a pas pu enregistrer certaines modifications dans votre dossier de données. Elles sont conservées dans %1, chaque fichier à sa place dans le dossier de données&#xa0;: recopiez-les dès que le dossier sera de nouveau accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/meeting_service.py" line="+49"/>
        <source>There is no format called “%1”. Known: %2.</source>
        <translation>Aucun format ne s&apos;appelle «&#xa0;%1&#xa0;». Formats connus&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A meeting is already running. End it first.</source>
        <translation>Un rendez-vous est déjà en cours. Terminez-le d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>CallOfferCard</name>
    <message>
        <location filename="../desktop/twoway/ui/call_offer.py" line="+43"/>
        <source>Twoway call offer</source>
        <translation>Proposition d’appel de Twoway</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A call has started. Start %1 with %2?</source>
        <translation>Un appel a commencé. Démarrer %1 avec %2 ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A call has started. Start %1?</source>
        <translation>Un appel a commencé. Démarrer %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The call seems to be over. End the meeting?</source>
        <translation>L’appel semble terminé. Terminer la rencontre ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the meeting</source>
        <translation>Terminer la rencontre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>ControlStrip</name>
    <message>
        <location filename="../desktop/twoway/ui/overlay_controls.py" line="+89"/>
        <location line="+34"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more minute</source>
        <translation>Une minute de plus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the meeting</source>
        <translation>Terminer le rendez-vous</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>DataHub</name>
    <message>
        <location filename="../desktop/twoway/ui/main/hub.py" line="+106"/>
        <source>Some changes could not be saved: %1</source>
        <translation>Certaines modifications n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Delete %1</source>
        <translation>la suppression du contact %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete meeting</source>
        <translation>la suppression du rendez-vous</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete follow-up</source>
        <translation>la suppression du suivi</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desktop/twoway/demo_people.py" line="+10"/>
        <source>Move from retail analytics into a lead role in consumer research by the autumn.</source>
        <translation>Passer de l&apos;analyse de données dans la distribution à un poste de responsable en recherche consommateurs d&apos;ici l&apos;automne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An introduction to the research team at Fernhill Foods</source>
        <translation>Une mise en relation avec l&apos;équipe recherche de Fernhill Foods</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An informational interview with a head of consumer research</source>
        <translation>Un entretien d&apos;information avec quelqu&apos;un qui dirige la recherche consommateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback on my pricing case study from a hiring manager</source>
        <translation>Un retour sur mon étude de cas pricing de la part d&apos;un manager qui recrute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads on food and drink brands hiring researchers</source>
        <translation>Des pistes de recrutement en recherche chez des marques alimentaires et de boissons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mentor who moved from analytics into research</source>
        <translation>Un mentor passé de l&apos;analyse de données à la recherche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pricing analysis and A/B test design</source>
        <translation>Analyse de prix et conception de tests A/B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions to retail buyers in Lisbon</source>
        <translation>Des mises en relation avec des acheteurs de la grande distribution à Lisbonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews of survey questionnaires</source>
        <translation>Relecture de questionnaires d&apos;enquête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A guest spot in my analytics newsletter (2,000 readers)</source>
        <translation>Une tribune dans ma newsletter analytics (2&#xa0;000 lecteurs)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Founder and design lead</source>
        <translation>Fondatrice et directrice de création</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>design</source>
        <translation>design</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+139"/>
        <source>lisbon</source>
        <translation>lisbonne</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+80"/>
        <source>Pricing meetup in March</source>
        <translation>Meetup pricing en mars</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Packaging design; knows many retail buyers in Portugal</source>
        <translation>Design packaging&#xa0;; connaît de nombreux acheteurs de la grande distribution au Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing research for the studio&apos;s new product line; a survey partner</source>
        <translation>Une étude de prix pour la nouvelle gamme du studio&#xa0;; un partenaire pour une enquête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Launching a Lisbon studio this spring. Prefers calls before 10:00.</source>
        <translation>Ouvre un studio à Lisbonne ce printemps. Préfère les appels avant 10&#xa0;h.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of consumer research</source>
        <translation>Responsable de la recherche consommateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <location line="+22"/>
        <source>research</source>
        <translation>recherche</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+17"/>
        <location line="+59"/>
        <source>hiring</source>
        <translation>recrutement</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>food</source>
        <translation>alimentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Introduced by Lena Fischer</source>
        <translation>Présentée par Lena Fischer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions to researchers in food brands; advice on hiring into research</source>
        <translation>Des mises en relation avec des chercheurs de marques alimentaires&#xa0;; des conseils pour se faire recruter en recherche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help with A/B test design for the packaging team</source>
        <translation>De l&apos;aide pour concevoir un test A/B pour l&apos;équipe packaging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a monthly note on shopper panels. Ask about the autumn hiring round.</source>
        <translation>Rédige une note mensuelle sur les panels consommateurs. Lui demander où en est la campagne de recrutement d&apos;automne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Analytics manager</source>
        <translation>Responsable analytics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>analytics</source>
        <translation>analytics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former colleague</source>
        <translation>Ancien collègue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honest feedback on analytics portfolios</source>
        <translation>Des retours francs sur des portfolios d&apos;analystes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking to hire two data analysts this spring</source>
        <translation>Cherche à recruter deux profils data ce printemps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Freelance UX researcher</source>
        <translation>Chercheuse UX en freelance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>freelance</source>
        <translation>freelance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research Ops community call</source>
        <translation>Appel de la communauté Research Ops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey design and usability studies</source>
        <translation>Conception d&apos;enquêtes et études d&apos;utilisabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads on retail clients; an audience for her newsletter</source>
        <translation>Des pistes de clients dans la distribution&#xa0;; un public pour sa newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to co-writing a piece on pricing surveys.</source>
        <translation>Partante pour coécrire un article sur les enquêtes de prix.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category buyer, fresh food</source>
        <translation>Acheteur alimentaire, rayon frais</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <location line="+23"/>
        <source>retail</source>
        <translation>distribution</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>buyer</source>
        <translation>acheteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade fair in Porto</source>
        <translation>Salon professionnel à Porto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A view from the buying side; introductions to suppliers</source>
        <translation>Le point de vue des achats&#xa0;; des mises en relation avec des fournisseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better promotion analysis</source>
        <translation>Une meilleure analyse des promotions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VP Insights</source>
        <translation>VP Insights</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leadership</source>
        <translation>leadership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke at the Insights Summit</source>
        <translation>Intervenante à l&apos;Insights Summit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Career advice for researchers; a large network in consumer goods</source>
        <translation>Des conseils de carrière pour les chercheurs&#xa0;; un vaste réseau dans la grande consommation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senior analysts who can explain pricing to executives</source>
        <translation>Des analystes seniors capables d&apos;expliquer une politique de prix à la direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked to keep it to 20 minutes. Send questions in advance.</source>
        <translation>A demandé qu&apos;on s&apos;en tienne à 20 minutes. Envoyer les questions à l&apos;avance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meetup organiser</source>
        <translation>Organisatrice de meetups</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>community</source>
        <translation>communauté</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>pricing</source>
        <translation>pricing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking slots at the meetup; introductions across the pricing community</source>
        <translation>Des créneaux d&apos;intervention au meetup&#xa0;; des mises en relation dans toute la communauté pricing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers for the autumn season</source>
        <translation>Des intervenants pour la saison d&apos;automne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recruiter, research and insights</source>
        <translation>Recruteur, recherche et insights</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recruiter</source>
        <translation>recruteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached out on LinkedIn</source>
        <translation>A pris contact sur LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads on research roles at food and drink brands</source>
        <translation>Des pistes de postes en recherche chez des marques alimentaires et de boissons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates with both analytics and research experience</source>
        <translation>Des candidats avec une double expérience analytics et recherche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product manager</source>
        <translation>Cheffe de produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wine</source>
        <translation>vin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend of Maya</source>
        <translation>Amie de Maya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A product view on subscription pricing</source>
        <translation>Un regard produit sur le pricing des abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone to check her survey before it goes out</source>
        <translation>Quelqu&apos;un pour relire son questionnaire avant l&apos;envoi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Founder</source>
        <translation>Fondateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>startup</source>
        <translation>startup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo day</source>
        <translation>Demo day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelf data from 300 stores</source>
        <translation>Des données de linéaire de 300 magasins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot customers among retail buyers</source>
        <translation>Des clients pilotes parmi les acheteurs de la grande distribution</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data journalist</source>
        <translation>Journaliste data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>media</source>
        <translation>médias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>writing</source>
        <translation>écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commented on my newsletter</source>
        <translation>A commenté ma newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice on writing for a wide audience</source>
        <translation>Des conseils d&apos;écriture pour un large public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stories about what shoppers pay</source>
        <translation>Des sujets sur ce que paient les consommateurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Programme lead</source>
        <translation>Responsable de programme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maya&apos;s launch party</source>
        <translation>La soirée de lancement de Maya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A room of 40 retail owners every month</source>
        <translation>Une salle de 40 commerçants chaque mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers on pricing for small shops</source>
        <translation>Des intervenants sur la fixation des prix dans les petits commerces</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo_data.py" line="+175"/>
        <source>Two names of research leads who moved over from analytics.</source>
        <translation>Deux noms de responsables recherche venus de l&apos;analyse de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Three speaker ideas for the autumn season.</source>
        <translation>Trois idées d&apos;intervenants pour la saison d&apos;automne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inês Duarte at Fernhill; the shopper-panel newsletter.</source>
        <translation>Inês Duarte chez Fernhill&#xa0;; la newsletter sur les panels consommateurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+218"/>
        <source>Ask Inês for a short call, mentioning Lena</source>
        <translation>Demander un court appel à Inês, de la part de Lena</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Straight feedback on the case study: lead with the decision, not the model.</source>
        <translation>Un retour franc sur l&apos;étude de cas&#xa0;: commencer par la décision, pas par le modèle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to find analysts who can talk to buyers.</source>
        <translation>Où trouver des analystes capables de parler aux acheteurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two candidate names for his team.</source>
        <translation>Deux noms de candidats pour son équipe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+201"/>
        <source>Send Tom the two candidates&apos; profiles</source>
        <translation>Envoyer à Tom les profils des deux candidats</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>How Fernhill hires into research, and that the autumn round opens in June.</source>
        <translation>Comment Fernhill recrute en recherche&#xa0;; la campagne d&apos;automne ouvre en juin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An outline for testing two pack sizes.</source>
        <translation>Une trame pour tester deux formats de conditionnement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priya Raman at Kestrel; the A/B test outline.</source>
        <translation>Priya Raman chez Kestrel&#xa0;; la trame du test A/B.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+184"/>
        <source>Send Inês the A/B test outline</source>
        <translation>Envoyer à Inês la trame du test A/B</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>A better way to word price questions in surveys.</source>
        <translation>Une meilleure façon de formuler les questions de prix dans les enquêtes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two retail leads.</source>
        <translation>Deux pistes dans la distribution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jonas Keller at Oakmoor; Chloé Martin.</source>
        <translation>Jonas Keller chez Oakmoor&#xa0;; Chloé Martin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+166"/>
        <source>Introduce Ana to Jonas</source>
        <translation>Mettre Ana en relation avec Jonas</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Research leads are hired for judgement: show one hard call I made.</source>
        <translation>Les responsables recherche sont recrutés pour leur jugement&#xa0;: montrer une décision difficile que j&apos;ai prise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short note on explaining price elasticity to executives.</source>
        <translation>Une note courte sur la façon d&apos;expliquer l&apos;élasticité-prix aux dirigeants.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samuel Osei at Talent Bridge.</source>
        <translation>Samuel Osei chez Talent Bridge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+146"/>
        <source>Send Priya the note on price elasticity</source>
        <translation>Envoyer à Priya la note sur l&apos;élasticité-prix</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>How buyers judge a promotion in the first week.</source>
        <translation>Comment les acheteurs jugent une promotion dès la première semaine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A simple uplift check for his promotions.</source>
        <translation>Une mesure simple de l&apos;uplift de ses promotions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ana Lima for shopper interviews.</source>
        <translation>Ana Lima pour des entretiens consommateurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+135"/>
        <source>Send Jonas a one-page proposal for the uplift check</source>
        <translation>Envoyer à Jonas une proposition d&apos;une page pour la mesure de l&apos;uplift</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>swap notes on pricing a new product line</source>
        <translation>échanger nos expériences sur le pricing d&apos;une nouvelle gamme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have run pricing studies for three retail brands and can share what worked</source>
        <translation>J&apos;ai mené des études de prix pour trois enseignes et je peux vous dire ce qui a marché</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>how you plan to price the new line
who buys packaging research in Lisbon</source>
        <translation>comment vous comptez fixer le prix de la nouvelle gamme
qui achète des études packaging à Lisbonne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ten years in retail analytics, now moving into consumer research; pricing is where the two meet.</source>
        <translation>Dix ans d&apos;analyse de données dans la distribution, en reconversion vers la recherche consommateurs&#xa0;; le pricing fait le lien entre les deux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is the hardest pricing call for the new line?</source>
        <translation>Quelle est la décision de prix la plus difficile pour la nouvelle gamme&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who in Lisbon buys packaging research?</source>
        <translation>Qui achète des études packaging à Lisbonne&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Introduce Maya to Rui Costa&apos;s retail owners&apos; evening</source>
        <translation>Inviter Maya à la soirée des commerçants de Rui Costa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>hear how Harbor &amp; Vine priced its subscription</source>
        <translation>savoir comment Harbor &amp; Vine a fixé le prix de son abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can check your survey before it goes out</source>
        <translation>Je peux relire votre questionnaire avant son envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscription pricing
the survey draft</source>
        <translation>le pricing de l&apos;abonnement
le projet de questionnaire</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Follow up with Lena Fischer</source>
        <translation>Relancer Lena Fischer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow up with Tom Berg</source>
        <translation>Relancer Tom Berg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up with Inês Duarte</source>
        <translation>Relancer Inês Duarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up with Ana Lima</source>
        <translation>Relancer Ana Lima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a thank-you note to Priya Raman</source>
        <translation>Envoyer un mot de remerciement à Priya Raman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up with Priya Raman</source>
        <translation>Relancer Priya Raman</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow up with Jonas Keller</source>
        <translation>Relancer Jonas Keller</translation>
    </message>
</context>
<context>
    <name>EndCardButtons</name>
    <message>
        <location filename="../desktop/twoway/ui/overlay_controls.py" line="+18"/>
        <source>Write the debrief</source>
        <translation>Rédiger le débrief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../desktop/twoway/core/workflow/followups.py" line="+20"/>
        <source>Follow up with {name}</source>
        <translation>Relancer {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a thank-you note to {name}</source>
        <translation>Envoyer un mot de remerciement à {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your contact</source>
        <translation>votre contact</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+22"/>
        <source>Demo: a Minimastermind in fast motion</source>
        <translation>Démo&#xa0;: un Minimastermind en accéléré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank you, Maya. I will send the introduction by Friday.</source>
        <translation>Merci, Maya. Je vous envoie la mise en relation d&apos;ici vendredi.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/formats.py" line="+115"/>
        <source>Minimastermind</source>
        <translation>Minimastermind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twelve minutes planned in a fifteen-minute slot: five on them, five on you, then a minute each on what was of value.</source>
        <translation>Douze minutes prévues dans un créneau de quinze&#xa0;: cinq pour l&apos;autre, cinq pour vous, puis une minute chacun sur ce qui a été utile.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../desktop/twoway/demo.py" line="+5"/>
        <source>Their offer and challenge</source>
        <translation>Son offre et son défi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask about their offer and the business challenge they face now.</source>
        <translation>Demandez-lui son offre et son défi professionnel du moment.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say what you offer and the one challenge you want ideas on.</source>
        <translation>Présentez votre offre et le défi sur lequel vous voulez des idées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What was of value to them? Any fit to buy, sell or refer?</source>
        <translation>Qu&apos;est-ce qui lui a été utile&#xa0;? Une piste d&apos;achat, de vente ou de recommandation&#xa0;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name what was of value to you, and thank them.</source>
        <translation>Dites ce qui vous a été utile, et remerciez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This was worth it — thank you. Shall we note one next step each?</source>
        <translation>Merci, c&apos;était très utile. Fixons-nous chacun une prochaine étape&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>20-minute networking meeting</source>
        <translation>Rendez-vous réseau de 20 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An informational meeting you asked for: introduction, your prepared questions, and how you can help them.</source>
        <translation>Un rendez-vous d&apos;information que vous avez demandé&#xa0;: présentation, vos questions préparées, et comment vous pouvez l&apos;aider.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Introduction</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank them, then a short overview that leads to why you asked.</source>
        <translation>Remerciez, puis une brève présentation qui mène à la raison de votre demande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work through your prepared questions and topics.</source>
        <translation>Passez en revue vos questions et sujets préparés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ending</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer how you can help them, agree on a follow-up, say thanks.</source>
        <translation>Proposez votre aide, convenez d&apos;un suivi, remerciez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I promised you twenty minutes. How can I help you in return?</source>
        <translation>Je vous avais promis vingt minutes. Comment puis-je vous aider en retour&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>30-minute coffee chat</source>
        <translation>Café-échange de 30 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A relaxed conversation with equal time for each side.</source>
        <translation>Une conversation détendue, avec autant de temps pour chacun.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warm-up</source>
        <translation>Prise de contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How you met, and what each of you hopes to get from the chat.</source>
        <translation>Comment vous vous êtes connus, et ce que chacun attend de l&apos;échange.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their story</source>
        <translation>Son parcours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What are they working on, and what would help them most?</source>
        <translation>Ses projets du moment, et ce qui l&apos;aiderait le plus&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your story</source>
        <translation>Votre parcours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where you are headed, and your most specific need.</source>
        <translation>Où vous allez, et votre besoin le plus précis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agree on one next step each, with a date.</source>
        <translation>Convenez chacun d&apos;une prochaine étape, avec une date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before we go: what is the one thing I can do for you this week?</source>
        <translation>Avant de nous quitter&#xa0;: que puis-je faire pour vous cette semaine&#xa0;?</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Ask Maya how the Lisbon studio launch is going.</source>
        <translation>Demandez à Maya où en est le lancement du studio de Lisbonne.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/formats.py" line="-110"/>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Your offer and challenge</source>
        <translation>Votre offre et votre défi</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Mention the pricing workshop; ask who buys research in retail.</source>
        <translation>Parlez de l&apos;atelier sur les prix&#xa0;; demandez qui achète des études dans la distribution.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/formats.py" line="+8"/>
        <location filename="../desktop/twoway/demo.py" line="+5"/>
        <source>Their takeaway</source>
        <translation>Ce que l&apos;autre retient</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>What was of value to Maya?</source>
        <translation>Qu&apos;est-ce qui a été utile à Maya&#xa0;?</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/formats.py" line="+8"/>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Your takeaway</source>
        <translation>Ce que vous retenez</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Name one thing you take away, and thank her.</source>
        <translation>Citez une chose que vous retenez, et remerciez-la.</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <location filename="../desktop/twoway/ui/hotkeys.py" line="+300"/>
        <source>The key %1 (%2) is already taken by another program, so Twoway cannot use it. Choose another in Settings.</source>
        <translation>La touche %1 (%2) est déjà prise par un autre programme ; Twoway ne peut donc pas l’utiliser. Choisissez-en une autre dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system did not let Twoway use the key %1 (%2). Choose another in Settings.</source>
        <translation>Le système ne permet pas à Twoway d’utiliser la touche %1 (%2). Choisissez-en une autre dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key %1 (%2) cannot be typed on this keyboard layout.</source>
        <translation>La touche %1 (%2) n’existe pas sur cette disposition de clavier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>start the offered meeting</source>
        <translation>démarrer la rencontre proposée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pause or resume</source>
        <translation>mettre en pause ou reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next phase</source>
        <translation>phase suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one more minute</source>
        <translation>une minute de plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end the meeting</source>
        <translation>terminer la rencontre</translation>
    </message>
</context>
<context>
    <name>LoadNote</name>
    <message>
        <location filename="../desktop/twoway/ui/load_progress.py" line="+31"/>
        <source>Twoway</source>
        <translation>Twoway</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading your records… %1 of %2</source>
        <translation>Chargement de vos fiches… %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop/twoway/core/format_files.py" line="+89"/>
        <location line="+75"/>
        <location filename="../desktop/twoway/core/store/fields.py" line="+224"/>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <location line="-71"/>
        <location filename="../desktop/twoway/core/store/values.py" line="+65"/>
        <location line="+234"/>
        <source>%1 must be text in quotes</source>
        <translation>%1 doit être du texte entre guillemets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 dépasse %2 caractères</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../desktop/twoway/core/store/values.py" line="-201"/>
        <source>%1 must be a number</source>
        <translation>%1 doit être un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be more than %2 and at most %3</source>
        <translation>%1 doit valoir plus de %2 et au plus %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>phase %1: %2</source>
        <translation>le réglage %2 de la phase %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>phase %1 must be a [[phases]] table</source>
        <translation>la phase %1 doit être une table [[phases]]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>phase %1 has an unknown setting &apos;%2&apos; (known: %3)</source>
        <translation>le réglage &apos;%2&apos; de la phase %1 est inconnu (réglages connus&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>phase %1: owner must be &quot;them&quot;, &quot;me&quot; or &quot;both&quot;, not %2</source>
        <translation>le réglage owner de la phase %1 doit valoir &quot;them&quot;, &quot;me&quot; ou &quot;both&quot;, et non %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>phase %1: color must look like &quot;#0072B2&quot;, not %2</source>
        <translation>le réglage color de la phase %1 doit s&apos;écrire comme &quot;#0072B2&quot;, et non %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not valid TOML (%1)</source>
        <translation>TOML non valide (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>réglage &apos;%1&apos; inconnu (réglages connus&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>schema must be a whole number</source>
        <translation>schema doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this file was written by a newer Twoway (format schema %1); update Twoway to use it</source>
        <translation>ce fichier a été écrit par une version plus récente de Twoway (schéma de format %1)&#xa0;; mettez Twoway à jour pour l&apos;utiliser</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a format needs at least one [[phases]] table</source>
        <translation>un format doit contenir au moins une table [[phases]]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a format can have at most %1 phases</source>
        <translation>un format peut compter au plus %1 phases</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>slot_minutes (%1) is shorter than its phases together (%2)</source>
        <translation>slot_minutes (%1) est inférieur à la durée totale des phases (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>warning_lead_s must be a whole number of seconds from 0 to 600</source>
        <translation>warning_lead_s doit être un nombre entier de secondes, de 0 à 600</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>swappable must be true or false</source>
        <translation>swappable doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>file name must use letters, digits, - or _ only</source>
        <translation>le nom du fichier ne doit contenir que des lettres, des chiffres, - ou _</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not UTF-8 text</source>
        <translation>n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/apply.py" line="+135"/>
        <source>The disk is full, so the import could not be saved; nothing was imported.</source>
        <translation>Le disque est plein, l&apos;importation n&apos;a donc pas pu être enregistrée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Twoway cannot write to its data folder, so nothing was imported.</source>
        <translation>Twoway ne peut pas écrire dans son dossier de données, rien n&apos;a donc été importé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import could not be saved, so nothing was imported.</source>
        <translation>L&apos;importation n&apos;a pas pu être enregistrée, rien n&apos;a donc été importé.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/backup.py" line="+33"/>
        <source>The backup could not be made (%1); nothing was written.</source>
        <translation>La sauvegarde n&apos;a pas pu être créée (%1)&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” could not be written (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/reading.py" line="+77"/>
        <location filename="../desktop/twoway/core/store/restore_checks.py" line="+266"/>
        <source>There is no file called “%1”.</source>
        <translation>Aucun fichier ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/csv_import.py" line="+231"/>
        <source>Line %1 of the file could not be read as CSV (%2).</source>
        <translation>La ligne %1 du fichier n&apos;a pas pu être lue au format CSV (%2).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This does not look like LinkedIn&apos;s Connections.csv: no row has the columns “%1” and “%2”.</source>
        <translation>Ce fichier ne ressemble pas au Connections.csv de LinkedIn&#xa0;: aucune ligne ne contient les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Line %1 has no name and was left out.</source>
        <translation>La ligne %1 n&apos;a pas de nom et a été ignorée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file has the LinkedIn columns but no connections in it.</source>
        <translation>Le fichier a les colonnes de LinkedIn, mais ne contient aucune relation.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The file has no column %1. Its columns are %2.</source>
        <translation>Le fichier n&apos;a pas de colonne %1. Ses colonnes sont %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file has no column %1. Its columns are not named.</source>
        <translation>Le fichier n&apos;a pas de colonne %1. Ses colonnes n&apos;ont pas de nom.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file has no column for names (such as “Name”, or “First Name” and “Last Name”). Its columns are %1.</source>
        <translation>Le fichier n&apos;a pas de colonne pour les noms (comme «&#xa0;Nom complet&#xa0;», ou «&#xa0;Prénom&#xa0;» et «&#xa0;Nom&#xa0;»). Ses colonnes sont %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file has no column for names (such as “Name”, or “First Name” and “Last Name”). Its columns are not named.</source>
        <translation>Le fichier n&apos;a pas de colonne pour les noms (comme «&#xa0;Nom complet&#xa0;», ou «&#xa0;Prénom&#xa0;» et «&#xa0;Nom&#xa0;»). Ses colonnes n&apos;ont pas de nom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file has no header row naming its columns.</source>
        <translation>Le fichier n&apos;a pas de ligne d&apos;en-tête qui nomme ses colonnes.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1 has no name, company or email and was left out.</source>
        <translation>La ligne %1 n&apos;a ni nom, ni entreprise, ni e-mail et a été ignorée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file has a header row but no contacts under it.</source>
        <translation>Le fichier a une ligne d&apos;en-tête, mais aucun contact en dessous.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/importing.py" line="+38"/>
        <source>Twoway cannot tell what kind of file this is. It imports vCard (.vcf) files, LinkedIn&apos;s Connections.csv and CSV files with a header row.</source>
        <translation>Twoway ne reconnaît pas le type de ce fichier. Il importe les fichiers vCard (.vcf), le Connections.csv de LinkedIn et les fichiers CSV avec une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This is not a vCard file: it has no BEGIN:VCARD line.</source>
        <translation>Ce n&apos;est pas un fichier vCard&#xa0;: il n&apos;a pas de ligne BEGIN:VCARD.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No contact in this file could be read.</source>
        <translation>Aucun contact de ce fichier n&apos;a pu être lu.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/reading.py" line="-53"/>
        <source>This is not a text file: it looks like an image.</source>
        <translation>Ce n&apos;est pas un fichier texte&#xa0;: on dirait une image.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a text file: it looks like a zip archive or an Excel workbook; save the sheet as CSV first.</source>
        <translation>Ce n&apos;est pas un fichier texte&#xa0;: on dirait une archive zip ou un classeur Excel&#xa0;; enregistrez d&apos;abord la feuille au format CSV.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a text file: it looks like an old Excel or Word file; save the sheet as CSV first.</source>
        <translation>Ce n&apos;est pas un fichier texte&#xa0;: on dirait un ancien fichier Excel ou Word&#xa0;; enregistrez d&apos;abord la feuille au format CSV.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a text file: it looks like a PDF document.</source>
        <translation>Ce n&apos;est pas un fichier texte&#xa0;: on dirait un document PDF.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is a folder, not a file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Twoway is not allowed to read “%1”.</source>
        <translation>Twoway n&apos;a pas l&apos;autorisation de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could not be read (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../desktop/twoway/core/store/tomltext.py" line="+85"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is too large to be a contact list (%1 MB; Twoway imports files of up to %2 MB).</source>
        <translation>Le fichier est trop volumineux pour être une liste de contacts (%1&#xa0;Mo&#xa0;; Twoway importe des fichiers jusqu&apos;à %2&#xa0;Mo).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is not a text file. Twoway imports vCard (.vcf) and CSV files.</source>
        <translation>Ce n&apos;est pas un fichier texte. Twoway importe les fichiers vCard (.vcf) et CSV.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The file says it is %1 text but parts of it are not; it may be damaged.</source>
        <translation>Le fichier indique être du texte %1, mais certaines parties ne le sont pas&#xa0;; il est peut-être endommagé.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file is not UTF-8 text, which this format requires. Save it again as UTF-8 and import that copy.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8, comme l&apos;exige ce format. Enregistrez-le de nouveau en UTF-8 et importez cette copie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file&apos;s characters are in an encoding Twoway cannot read. Save it again as UTF-8 and import that copy.</source>
        <translation>Les caractères du fichier sont dans un encodage que Twoway ne sait pas lire. Enregistrez-le de nouveau en UTF-8 et importez cette copie.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>The file is not UTF-8; it was read as Western European (Windows-1252) text. Check accented letters in the preview.</source>
        <translation>Le fichier n&apos;est pas en UTF-8&#xa0;; il a été lu comme du texte d&apos;Europe occidentale (Windows-1252). Vérifiez les lettres accentuées dans l&apos;aperçu.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/vcard_import.py" line="+78"/>
        <source>The file ends inside card %1; what that card holds was read.</source>
        <translation>Le fichier s&apos;arrête au milieu de la carte %1&#xa0;; ce qu&apos;elle contient a été lu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Card %1 (line %2): lines that are not vCard data were left out: %3.</source>
        <translation>Carte %1 (ligne %2)&#xa0;: lignes sans données vCard ignorées&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Card %1 (line %2) could not be read and was left out.</source>
        <translation>La carte %1 (ligne %2) n&apos;a pas pu être lue et a été ignorée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Card %1 (line %2) has no name, organization, email or phone and was left out.</source>
        <translation>La carte %1 (ligne %2) n&apos;a ni nom, ni organisation, ni e-mail, ni téléphone et a été ignorée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Card %1 (line %2): the character set “%3” is not one Twoway knows; read as UTF-8.</source>
        <translation>Carte %1 (ligne %2)&#xa0;: Twoway ne connaît pas le jeu de caractères «&#xa0;%3&#xa0;»&#xa0;; elle a été lue en UTF-8.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Card %1 (line %2): the character set “%3” is not one Twoway knows; read as Western European (Windows-1252).</source>
        <translation>Carte %1 (ligne %2)&#xa0;: Twoway ne connaît pas le jeu de caractères «&#xa0;%3&#xa0;»&#xa0;; elle a été lue comme du texte d&apos;Europe occidentale (Windows-1252).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/settings_schema.py" line="+129"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>must be a number from %1 to %2</source>
        <translation>doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <source>must be text in quotes</source>
        <translation>doit être du texte entre guillemets</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>must look like &quot;%1&quot;</source>
        <translation>doit s&apos;écrire comme &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be one of %1</source>
        <translation>doit prendre l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be one line of at most %1 characters</source>
        <translation>doit tenir sur une ligne d’au plus %1 caractères</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a number of days: one of %1</source>
        <translation>doit être un nombre de jours, l’une des valeurs %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must name a tag of one line, at most %1 characters</source>
        <translation>doit nommer une étiquette d’une ligne, de %1 caractères au plus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a table of tags and days, such as %1</source>
        <translation>doit être une table d’étiquettes et de jours, comme %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>There is no settings section &quot;%1&quot;; it is ignored.</source>
        <translation>Il n&apos;y a pas de section de paramètres &quot;%1&quot;&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a [%1] section; defaults are used.</source>
        <translation>&quot;%1&quot; doit être une section [%1]&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no setting &quot;%1&quot;; it is ignored.</source>
        <translation>Il n&apos;y a pas de paramètre &quot;%1&quot;&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; %2, so the default (%3) is used.</source>
        <translation>&quot;%1&quot; %2&#xa0;; la valeur par défaut (%3) est donc utilisée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; for the tag &quot;%2&quot; %3, so the tag is ignored.</source>
        <translation>&quot;%1&quot; pour l’étiquette &quot;%2&quot; %3&#xa0;; cette étiquette est donc ignorée.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/settings.py" line="+99"/>
        <source>Your settings could not be read (%1); defaults are used.</source>
        <translation>Vos paramètres n&apos;ont pas pu être lus (%1)&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>These settings were written by a newer version of Twoway. They are used where this version understands them, but changes made here are not saved.</source>
        <translation>Ces paramètres ont été écrits par une version plus récente de Twoway. Ils s&apos;appliquent là où cette version les comprend, mais les modifications faites ici ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your settings file could not be read: %1 Defaults are used; the file is kept as it is until you change a setting.</source>
        <translation>Votre fichier de paramètres n&apos;a pas pu être lu&#xa0;: %1 Les valeurs par défaut sont utilisées&#xa0;; le fichier reste tel quel jusqu&apos;à ce que vous modifiiez un paramètre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your settings file could not be read: its lists are nested too deeply. Defaults are used; the file is kept as it is until you change a setting.</source>
        <translation>Votre fichier de réglages n’a pas pu être lu : ses listes sont imbriquées trop profondément. Les valeurs par défaut sont utilisées ; le fichier est conservé tel quel jusqu’à ce que vous modifiiez un réglage.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your settings file could not be read: %1</source>
        <translation>Votre fichier de paramètres n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This setting applies until Twoway closes, but it is not saved: the settings file belongs to a newer version of Twoway or cannot be read.</source>
        <translation>Ce paramètre s&apos;applique jusqu&apos;à la fermeture de Twoway, mais il n&apos;est pas enregistré&#xa0;: le fichier de paramètres appartient à une version plus récente de Twoway ou ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The setting applies now but could not be saved (%1).</source>
        <translation>Le paramètre s&apos;applique dès maintenant, mais n&apos;a pas pu être enregistré (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/ui_state.py" line="+60"/>
        <source>Window positions could not be read; windows open in their default places. The unreadable file is kept as %1.</source>
        <translation>Les positions des fenêtres n’ont pas pu être lues ; les fenêtres s’ouvrent à leur place par défaut. Le fichier illisible est conservé sous le nom %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Window positions could not be read; windows open in their default places.</source>
        <translation>Les positions des fenêtres n&apos;ont pas pu être lues&#xa0;; les fenêtres s&apos;ouvrent à leur emplacement par défaut.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/values.py" line="-47"/>
        <source>&quot;%1&quot; in item %2 of %3</source>
        <translation>&quot;%1&quot; dans l&apos;élément %2 de %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item %1 of %2</source>
        <translation>l&apos;élément %1 de %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 must be a whole number</source>
        <translation>%1 doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 must be true or false</source>
        <translation>%1 doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 must be a list such as [&quot;one&quot;, &quot;two&quot;]</source>
        <translation>%1 doit être une liste, comme [&quot;un&quot;, &quot;deux&quot;]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entry %1 of %2 must be text in quotes</source>
        <translation>l&apos;entrée %1 de %2 doit être du texte entre guillemets</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 must be a date and time such as 2026-01-05T09:30:00Z</source>
        <translation>%1 doit être une date et une heure, comme 2026-01-05T09:30:00Z</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 must be a date such as 2026-01-05</source>
        <translation>%1 doit être une date, comme 2026-01-05</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 must be one of %2</source>
        <translation>%1 doit prendre l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 has two cues for the same phase (&quot;%2&quot; and &quot;%3&quot;); keep only one of them</source>
        <translation>%1 contient deux repères pour la même phase (&quot;%2&quot; et &quot;%3&quot;)&#xa0;; n&apos;en gardez qu&apos;un seul</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/fields.py" line="-160"/>
        <location line="+35"/>
        <location filename="../desktop/twoway/core/store/values.py" line="-18"/>
        <location line="+83"/>
        <source>%1 must be a table</source>
        <translation>%1 doit être une table</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 must be a list of tables</source>
        <translation>%1 doit être une liste de tables</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/values.py" line="-74"/>
        <source>%1 keys must be phase numbers such as &quot;0&quot;</source>
        <translation>les clés de %1 doivent être des numéros de phase, comme &quot;0&quot;</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/fields.py" line="+112"/>
        <source>there is no field &quot;%1&quot; in %2 (is it a typo?)</source>
        <translation>il n&apos;y a pas de champ &quot;%1&quot; dans %2 (faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no field &quot;%1&quot; (is it a typo?)</source>
        <translation>il n&apos;y a pas de champ &quot;%1&quot; (faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/migrations.py" line="+26"/>
        <source>&quot;%1&quot; must be text in quotes.</source>
        <translation>&quot;%1&quot; doit être du texte entre guillemets.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The schema line is missing: every Twoway file starts with one, such as &quot;schema = 1&quot;.</source>
        <translation>Il manque la ligne schema&#xa0;: tout fichier Twoway commence par cette ligne, par exemple &quot;schema = 1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;schema&quot; must be a whole number such as 1.</source>
        <translation>&quot;schema&quot; doit être un nombre entier, comme 1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Files of schema %1 cannot be upgraded by this version.</source>
        <translation>Cette version ne peut pas mettre à jour les fichiers de schéma %1.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/reading.py" line="+111"/>
        <source>This should be the folder holding your contacts, but it is a file. Move the file away, then choose “Try again” in Settings.</source>
        <translation>Ce devrait être le dossier de vos contacts, mais c&apos;est un fichier. Déplacez ce fichier ailleurs, puis choisissez «&#xa0;Réessayer&#xa0;» dans Paramètres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This should be the folder holding your meetings, but it is a file. Move the file away, then choose “Try again” in Settings.</source>
        <translation>Ce devrait être le dossier de vos rendez-vous, mais c&apos;est un fichier. Déplacez ce fichier ailleurs, puis choisissez «&#xa0;Réessayer&#xa0;» dans Paramètres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This should be the folder holding your follow-ups, but it is a file. Move the file away, then choose “Try again” in Settings.</source>
        <translation>Ce devrait être le dossier de vos suivis, mais c&apos;est un fichier. Déplacez ce fichier ailleurs, puis choisissez «&#xa0;Réessayer&#xa0;» dans Paramètres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This should be the folder holding your checklist templates, but it is a file. Move the file away, then choose “Try again” in Settings.</source>
        <translation>Ce devrait être le dossier de vos modèles de liste, mais c&apos;est un fichier. Déplacez ce fichier ailleurs, puis choisissez «&#xa0;Réessayer&#xa0;» dans Paramètres.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/problems.py" line="+100"/>
        <source>Twoway cannot write to its data folder (it is read-only or not yours). Your changes are kept while Twoway stays open and are saved as soon as the folder can be written again.</source>
        <translation>Twoway ne peut pas écrire dans son dossier de données (il est en lecture seule ou ne vous appartient pas). Vos modifications sont conservées tant que Twoway reste ouvert, et seront enregistrées dès que le dossier sera de nouveau accessible en écriture.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk is full, so your changes could not be saved. They are kept while Twoway stays open and are saved as soon as there is space again.</source>
        <translation>Le disque est plein, vos modifications n&apos;ont donc pas pu être enregistrées. Elles sont conservées tant que Twoway reste ouvert, et seront enregistrées dès qu&apos;il y aura de nouveau de la place.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your changes could not be saved (%1). They are kept while Twoway stays open and are saved as soon as this is fixed.</source>
        <translation>Vos modifications n&apos;ont pas pu être enregistrées (%1). Elles sont conservées tant que Twoway reste ouvert, et seront enregistrées dès que le problème sera réglé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This record holds text that cannot be stored in a file (a broken character), so it was not saved. Edit the text and try again.</source>
        <translation>Cette fiche contient du texte qui ne peut pas être stocké dans un fichier (un caractère endommagé), elle n&apos;a donc pas été enregistrée. Modifiez le texte et réessayez.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/reading.py" line="+104"/>
        <source>This folder could not be read (%1).</source>
        <translation>Ce dossier n&apos;a pas pu être lu (%1).</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>It could not be read (%1).</source>
        <translation>Le fichier n&apos;a pas pu être lu (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Twoway could not make sense of a value in this file (%1), so the file was not loaded and is left as it is. Correct the value by hand, then choose “Try again” in Settings.</source>
        <translation>Twoway n&apos;a pas pu interpréter une valeur de ce fichier (%1), le fichier n&apos;a donc pas été chargé et reste tel quel. Corrigez la valeur à la main, puis choisissez «&#xa0;Réessayer&#xa0;» dans Paramètres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is a folder where a file should be. Move it away.</source>
        <translation>Il y a ici un dossier à la place d&apos;un fichier. Déplacez-le ailleurs.</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>This file was written by a newer version of Twoway (schema %1; this version knows %2). It is shown, but this version will not change it. Update Twoway to edit it.</source>
        <translation>Ce fichier a été écrit par une version plus récente de Twoway (schéma %1&#xa0;; cette version connaît le schéma %2). Il est affiché, mais cette version ne le modifiera pas. Mettez Twoway à jour pour le modifier.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/conflicts.py" line="+54"/>
        <source>%1 kept two versions of this file: this copy and %2. Compare them and keep the one you want.</source>
        <translation>%1 a conservé deux versions de ce fichier&#xa0;: cette copie et %2. Comparez-les et gardez celle que vous voulez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A sync tool kept two versions of this file: this copy and %1. Compare them and keep the one you want.</source>
        <translation>Un outil de synchronisation a conservé deux versions de ce fichier&#xa0;: cette copie et %1. Comparez-les et gardez celle que vous voulez.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This file name is not a Twoway record name, so the file was not loaded. Use only letters, digits, &apos;-&apos; and &apos;_&apos; before .toml.</source>
        <translation>Ce nom de fichier n&apos;est pas un nom de fiche Twoway, le fichier n&apos;a donc pas été chargé. N&apos;utilisez que des lettres, des chiffres, &apos;-&apos; et &apos;_&apos; avant .toml.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/writing.py" line="+287"/>
        <source>%1: this is too large to save (%2 MB; a record may hold at most %3 MB). Shorten its notes or other long text, and it is saved. Until then it is kept while Twoway stays open.</source>
        <translation>%1 : trop volumineux pour être enregistré (%2 Mo ; un enregistrement peut faire au plus %3 Mo). Raccourcissez ses notes ou tout autre long texte, et il sera enregistré. D’ici là, il est conservé tant que Twoway reste ouvert.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/state.py" line="+75"/>
        <source>Contact “%1”</source>
        <translation>Contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting with “%1”</source>
        <translation>Rendez-vous avec «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A meeting</source>
        <translation>Un rendez-vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up “%1”</source>
        <translation>Suivi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist template “%1”</source>
        <translation>Modèle de liste «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your agenda</source>
        <translation>Vos objectifs</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/conflicts.py" line="+34"/>
        <source>the file on disk was written by a newer version of Twoway</source>
        <translation>le fichier sur le disque a été écrit par une version plus récente de Twoway</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file on disk could not be read</source>
        <translation>le fichier sur le disque n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file was changed outside Twoway while you were editing it here</source>
        <translation>le fichier a été modifié en dehors de Twoway pendant que vous le modifiiez ici</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: your version was not saved over the file because %2. The file on disk is kept as it is, and your version is saved beside it as %3. Compare the two and keep the one you want.</source>
        <translation>%1&#xa0;: votre version n&apos;a pas remplacé le fichier, car %2. Le fichier sur le disque est conservé tel quel, et votre version est enregistrée à côté sous le nom %3. Comparez les deux et gardez celle que vous voulez.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/changes.py" line="+109"/>
        <source>%1: you deleted this here, but it was changed on another device meanwhile, so the sync tool brought it back. Delete it again if you no longer want it.</source>
        <translation>%1 : vous l’avez supprimé ici, mais il a été modifié entre-temps sur un autre appareil, et l’outil de synchronisation l’a donc rétabli. Supprimez-le à nouveau si vous n’en voulez plus.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>A record</source>
        <translation>Une fiche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: this was removed outside Twoway while you were editing it here. Your version is kept and will be saved again.</source>
        <translation>%1&#xa0;: cette fiche a été supprimée en dehors de Twoway pendant que vous la modifiiez ici. Votre version est conservée et sera de nouveau enregistrée.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/layout.py" line="+136"/>
        <source>This file is not one of Twoway&apos;s record files.</source>
        <translation>Ce fichier n&apos;est pas une fiche Twoway.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a conflict copy.</source>
        <translation>Ce fichier n&apos;est pas une copie de conflit.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/conflicts.py" line="+29"/>
        <source>The copy could not be read (%1).</source>
        <translation>La copie n&apos;a pas pu être lue (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/trash.py" line="+73"/>
        <source>This file cannot be put back automatically.</source>
        <translation>Ce fichier ne peut pas être remis en place automatiquement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A record with the same name exists already; move this file back by hand.</source>
        <translation>Une fiche du même nom existe déjà&#xa0;; remettez ce fichier en place à la main.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/backing_up.py" line="+41"/>
        <source>It was left out of the backup (%1).</source>
        <translation>Il a été laissé hors de la sauvegarde (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/restore_checks.py" line="-221"/>
        <source>“%1” cannot be restored, so nothing was changed. Its entry “%2”: %3.</source>
        <translation>« %1 » ne peut pas être restauré, rien n’a donc été modifié. Son entrée « %2 » : %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its name could lead out of the data folder (an absolute path, a drive letter or a network path)</source>
        <translation>son nom pourrait mener hors du dossier de données (un chemin absolu, une lettre de lecteur ou un chemin réseau)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its name could lead out of the data folder (“..” or an empty part)</source>
        <translation>son nom pourrait mener hors du dossier de données (« .. » ou une partie vide)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its name cannot be stored on every system (a character such as \ : * ? &quot; &lt; &gt; |, a hidden or a reserved name)</source>
        <translation>son nom ne peut pas être enregistré sur tous les systèmes (un caractère comme \ : * ? &quot; &lt; &gt; |, un nom caché ou réservé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it lies too many folders deep</source>
        <translation>elle se trouve trop de dossiers en profondeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a link, which a backup never holds</source>
        <translation>c’est un lien, ce qu’une sauvegarde ne contient jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not an ordinary file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is encrypted</source>
        <translation>elle est chiffrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it expands to more than %1 MB</source>
        <translation>une fois décompressée, elle dépasse %1 Mo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” cannot be restored: it holds more than %2 entries. Nothing was changed.</source>
        <translation>« %1 » ne peut pas être restauré : il contient plus de %2 entrées. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>it belongs to the backups or the trash, which a backup never holds</source>
        <translation>elle appartient aux sauvegardes ou à la corbeille, qu’une sauvegarde ne contient jamais</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a Twoway backup: it holds files Twoway does not write. Nothing was changed.</source>
        <translation>« %1 » n’est pas une sauvegarde Twoway : il contient des fichiers que Twoway n’écrit pas. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it appears twice (names that differ only in upper and lower case count as the same)</source>
        <translation>elle apparaît deux fois (des noms qui ne diffèrent que par les majuscules et minuscules comptent comme identiques)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the backup holds both a file and a folder of this name</source>
        <translation>la sauvegarde contient à la fois un fichier et un dossier de ce nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” holds none of Twoway&apos;s files; nothing was changed.</source>
        <translation>« %1 » ne contient aucun fichier de Twoway ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” cannot be restored: it expands to more than %2 MB in all. Nothing was changed.</source>
        <translation>« %1 » ne peut pas être restauré : une fois décompressé, il dépasse %2 Mo au total. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it would go into “%1”, which in the data folder is a link or a file, not a folder</source>
        <translation>elle irait dans « %1 », qui dans le dossier de données est un lien ou un fichier, pas un dossier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the data folder holds a folder where this file would go</source>
        <translation>le dossier de données contient un dossier là où irait ce fichier</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>“%1” is not a Twoway backup (not a zip file); nothing was changed.</source>
        <translation>« %1 » n’est pas une sauvegarde Twoway (pas un fichier zip) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This backup could not be read (%1); nothing was changed.</source>
        <translation>Cette sauvegarde n&apos;a pas pu être lue (%1)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/backing_up.py" line="+97"/>
        <source>None of the backups holds a readable copy of this file.</source>
        <translation>Aucune sauvegarde ne contient de copie lisible de ce fichier.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/tomltext.py" line="-65"/>
        <source>the same key appears twice</source>
        <translation>la même clé apparaît deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same table appears twice</source>
        <translation>la même table apparaît deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text value is not closed (the file may have been cut short)</source>
        <translation>un texte n&apos;est pas refermé (le fichier a peut-être été tronqué)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a key has no value (an = sign is missing)</source>
        <translation>une clé n&apos;a pas de valeur (il manque un signe =)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value is not valid (text needs quotes)</source>
        <translation>une valeur n&apos;est pas valide (le texte doit être entre guillemets)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>It holds lists or tables nested inside one another more than %1 levels deep, so it was not read. It may have been damaged.</source>
        <translation>Il contient des listes ou des tables imbriquées les unes dans les autres sur plus de %1 niveaux ; il n’a donc pas été lu. Il est peut-être endommagé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is larger than %1 MB.</source>
        <translation>Le fichier dépasse %1&#xa0;Mo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is not UTF-8 text (it has a byte that is not valid here). Save it as UTF-8 and try again.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 (il contient un octet non valide à cet endroit). Enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file contains NUL bytes; it may have been damaged.</source>
        <translation>Le fichier contient des octets NUL&#xa0;; il est peut-être endommagé.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This is not valid TOML: %1.</source>
        <translation>Ce n&apos;est pas du TOML valide&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/i18n.py" line="+239"/>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/otherfiles.py" line="+85"/>
        <source>%1 kept two versions of your settings: this copy and settings.toml. Use this copy to make it your settings, or set it aside.</source>
        <translation>%1 a conservé deux versions de vos réglages : cette copie et settings.toml. Utilisez cette copie pour en faire vos réglages, ou mettez-la de côté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 kept two versions of this file: this copy and %2. Use this copy to put it in place of %2, or set it aside.</source>
        <translation>%1 a conservé deux versions de ce fichier : cette copie et %2. Utilisez cette copie pour la mettre à la place de %2, ou mettez-la de côté.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/limits.py" line="+24"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn profile</source>
        <translation>profil LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how you met</source>
        <translation>comment vous vous êtes rencontrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offers</source>
        <translation>offres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs</source>
        <translation>besoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emails</source>
        <translation>adresses e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phones</source>
        <translation>numéros de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1”: the %2 were %3 characters long; only the first %4 were imported.</source>
        <translation>« %1 » : le champ « %2 » comptait %3 caractères ; seuls les %4 premiers ont été importés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1”: the %2 was %3 characters long; only the first %4 were imported.</source>
        <translation>« %1 » : le champ « %2 » comptait %3 caractères ; seuls les %4 premiers ont été importés.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1”: %2 %3 were listed; only the first %4 were imported.</source>
        <translation>« %1 » : %2 entrées dans « %3 » ; seules les %4 premières ont été importées.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” holds more text than one contact can keep (over %2 MB) and was left out.</source>
        <translation>« %1 » contient plus de texte qu’un contact ne peut en garder (plus de %2 Mo) et a été laissé de côté.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/transaction.py" line="+68"/>
        <source>Another import is running for this data folder. Try again when it has finished; nothing was imported.</source>
        <translation>Une autre importation est en cours pour ce dossier de données. Réessayez quand elle sera terminée ; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/backups.py" line="+87"/>
        <source>it is a link to somewhere else; backups hold only the data folder&apos;s own files</source>
        <translation>c’est un lien vers un autre endroit ; les sauvegardes ne contiennent que les fichiers propres au dossier de données</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/files.py" line="+32"/>
        <source>it is not an ordinary file but a pipe, socket or device</source>
        <translation>ce n’est pas un fichier ordinaire mais un tube, un socket ou un périphérique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is larger than %1 MB, the most Twoway reads</source>
        <translation>il dépasse %1 Mo, le maximum que Twoway lit</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/restore.py" line="+105"/>
        <source>The backup could not be unpacked into the data folder (%1); nothing was changed.</source>
        <translation>La sauvegarde n’a pas pu être décompressée dans le dossier de données (%1) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>What you have now could not be backed up first (%1), so nothing was restored.</source>
        <translation>Ce que vous avez maintenant n’a pas pu être sauvegardé d’abord (%1), rien n’a donc été restauré.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was restored: some of the files you have now could not be backed up first, and the restore would replace or remove them. So that nothing is lost, move them out of the data folder (or fix what keeps them from being read), then try again: %1.</source>
        <translation>Rien n&apos;a été restauré&#xa0;: certains de vos fichiers actuels n&apos;ont pas pu être sauvegardés d&apos;abord, et la restauration les remplacerait ou les supprimerait. Pour ne rien perdre, déplacez-les hors du dossier de données (ou corrigez ce qui empêche de les lire), puis réessayez&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The restore could not be finished (%1); every file was put back as it was.</source>
        <translation>La restauration n’a pas pu aboutir (%1) ; chaque fichier a été remis tel qu’il était.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The restore could not be finished (%1) and some files could not be put back. Nothing is lost: they are in the folder “%2” inside your data folder, and everything was backed up before the restore.</source>
        <translation>La restauration n’a pas pu aboutir (%1) et certains fichiers n’ont pas pu être remis en place. Rien n’est perdu : ils se trouvent dans le dossier « %2 » de votre dossier de données, et tout a été sauvegardé avant la restauration.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/call_apps.py" line="+78"/>
        <source>%1 could not be read (%2); the built-in list is used.</source>
        <translation>%1 n’a pas pu être lu (%2) ; la liste intégrée est utilisée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2: %3 The built-in list is used.</source>
        <translation>%1, ligne %2 : %3 La liste intégrée est utilisée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the apps must be [[app]] tables.</source>
        <translation>%1 : les applications doivent être des tables [[app]].</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an app must be a table with a name.</source>
        <translation>une application doit être une table avec un nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an app needs a name.</source>
        <translation>une application a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; of %2 must be a list of texts in quotes.</source>
        <translation>« %1 » de %2 doit être une liste de textes entre guillemets.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the title pattern “%1” of %2 is not valid: %3.</source>
        <translation>le motif de titre « %1 » de %2 n’est pas valide : %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the toolbar of %1 must be &quot;top&quot; or &quot;bottom&quot;.</source>
        <translation>la barre d’outils de %1 doit être &quot;top&quot; ou &quot;bottom&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs titles or recorders to be recognised by.</source>
        <translation>%1 a besoin de titres ou d’enregistreurs pour être reconnu.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/accounts.py" line="+72"/>
        <source>The account list “%1” could not be read (%2); it was left as it is.</source>
        <translation>La liste des comptes «&#xa0;%1&#xa0;» n&apos;a pas pu être lue (%2)&#xa0;; elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This computer has no keyring, so Twoway cannot keep the password; it asks for it each time instead of writing it down.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau, Twoway ne peut donc pas conserver le mot de passe&#xa0;; il le demande à chaque fois au lieu de l&apos;écrire quelque part.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The keyring refused to keep the password (%1).</source>
        <translation>Le trousseau a refusé de conserver le mot de passe (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/calendar_in.py" line="+368"/>
        <source>The meeting with %1 was cancelled in your calendar, so Twoway cancelled it too.</source>
        <translation>La rencontre avec %1 a été annulée dans votre agenda, Twoway l&apos;a donc annulée aussi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The meeting with %1 moved to %2, as in your calendar.</source>
        <translation>La rencontre avec %1 a été déplacée au %2, comme dans votre agenda.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/contacts_sync.py" line="+59"/>
        <source>%1 was changed both in Twoway and in the address book; both versions are kept as two contacts.</source>
        <translation>%1 a été modifié à la fois dans Twoway et dans le carnet d&apos;adresses&#xa0;; les deux versions sont conservées comme deux contacts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The contact “%1” could not be added to the address book (the server said %2); Twoway tries again at the next sync.</source>
        <translation>Le contact «&#xa0;%1&#xa0;» n&apos;a pas pu être ajouté au carnet d&apos;adresses (le serveur a répondu %2)&#xa0;; Twoway réessaiera à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/dav.py" line="+103"/>
        <source>%1 did not accept the user name or password (an app password may be needed); nothing was changed.</source>
        <translation>%1 n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe (un mot de passe d&apos;application est peut-être nécessaire)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 did not allow this (the server said %2).</source>
        <translation>%1 ne l&apos;a pas autorisé (le serveur a répondu %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item changed on %1 meanwhile.</source>
        <translation>L&apos;élément a été modifié entre-temps sur %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refused a change (the server said %2 %3).</source>
        <translation>%1 a refusé une modification (le serveur a répondu %2 %3).</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>%1 sent an item Twoway cannot read (%2 is not UTF-8 text); Twoway tries again later.</source>
        <translation>%1 a envoyé un élément que Twoway ne peut pas lire (%2 n&apos;est pas du texte UTF-8)&#xa0;; Twoway réessaiera plus tard.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The secure connection to %1 failed (its certificate was not accepted); nothing was changed.</source>
        <translation>La connexion sécurisée à %1 a échoué (son certificat n&apos;a pas été accepté)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be reached; Twoway tries again later and nothing is lost.</source>
        <translation>%1 est injoignable&#xa0;; Twoway réessaiera plus tard et rien n&apos;est perdu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered with an error (%2).</source>
        <translation>%1 a répondu par une erreur (%2).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/engine.py" line="+56"/>
        <source>Synced: %1 added, %2 updated, %3 removed, %4 conflicts.</source>
        <translation>Synchronisé&#xa0;: %1 ajoutés, %2 mis à jour, %3 supprimés, %4 conflits.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the download broke off</source>
        <translation>le téléchargement s&apos;est interrompu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s answer was not understood</source>
        <translation>la réponse du serveur n&apos;a pas été comprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar “%1” could not be read (%2); Twoway tries again later.</source>
        <translation>L&apos;agenda «&#xa0;%1&#xa0;» n&apos;a pas pu être lu (%2)&#xa0;; Twoway réessaiera plus tard.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No password for %1 could be read from this computer&apos;s keyring; type it in Settings ▸ Accounts and Twoway keeps it in the keyring.</source>
        <translation>Aucun mot de passe pour %1 n&apos;a pu être lu dans le trousseau de cet ordinateur&#xa0;; saisissez-le dans Paramètres ▸ Comptes et Twoway le conservera dans le trousseau.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Twoway could not save what the sync brought (%1); it tries again later.</source>
        <translation>Twoway n&apos;a pas pu enregistrer ce que la synchronisation a apporté (%1)&#xa0;; il réessaiera plus tard.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>No password is known for %1. %2</source>
        <translation>Aucun mot de passe n&apos;est connu pour %1. %2</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/sync_service.py" line="+86"/>
        <source>The sync stopped (%1).</source>
        <translation>La synchronisation s&apos;est arrêtée (%1).</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../desktop/twoway/ui/i18n.py" line="-18"/>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>OverlayMenu</name>
    <message>
        <location filename="../desktop/twoway/ui/overlay_menu.py" line="+24"/>
        <location line="+55"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous phase</source>
        <translation>Phase précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more minute</source>
        <translation>Une minute de plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap who goes first</source>
        <translation>Inverser qui commence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End meeting</source>
        <translation>Terminer le rendez-vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Small</source>
        <translation>Petite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let clicks pass through</source>
        <translation>Laisser passer les clics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock position</source>
        <translation>Verrouiller la position</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide overlay</source>
        <translation>Masquer le minuteur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>OverlayWindow</name>
    <message>
        <location filename="../desktop/twoway/ui/overlay.py" line="+66"/>
        <location line="+8"/>
        <location line="+276"/>
        <location line="+1"/>
        <source>Twoway meeting timer</source>
        <translation>Minuteur de rendez-vous Twoway</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Their turn</source>
        <translation>Au tour de l&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your turn</source>
        <translation>À votre tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>En commun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>over time</source>
        <translation>temps dépassé</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min left</source>
        <translation>
            <numerusform>%n min restante</numerusform>
            <numerusform>%n min restantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/overlay_layout.py" line="+212"/>
        <source>left in slot</source>
        <translation>reste du créneau</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>past the slot</source>
        <translation>créneau dépassé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/overlay_view.py" line="+127"/>
        <source>THEM</source>
        <comment>turn badge: the other person</comment>
        <translation>AUTRE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YOU</source>
        <comment>turn badge: the user reading the card</comment>
        <translation>MOI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BOTH</source>
        <comment>turn badge: both people</comment>
        <translation>DEUX</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T</source>
        <comment>band letter: the other person</comment>
        <translation>A</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Y</source>
        <comment>band letter: the user reading the card</comment>
        <translation>M</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>B</source>
        <comment>band letter: both people</comment>
        <translation>D</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No meeting running</source>
        <translation>Aucun rendez-vous en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start one from the tray or the main window.</source>
        <translation>Lancez-en un depuis la zone de notification ou la fenêtre principale.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meeting with %1 ended</source>
        <translation>Rendez-vous avec %1 terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting ended</source>
        <translation>Rendez-vous terminé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the debrief while it is fresh.</source>
        <translation>Rédigez le débrief tant que c’est frais.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Paused while the computer slept. Resume when you are back.</source>
        <translation>Mis en pause pendant la veille. Reprenez à votre retour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Past the time you promised. Thank them and close.</source>
        <translation>Temps promis dépassé. Remerciez et concluez.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Over time — %1 left of the time you promised. Start to close.</source>
        <translation>Temps dépassé : il reste %1 du temps promis. Commencez à conclure.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move on now: even shortened, you will end %1 late.</source>
        <translation>Enchaînez&#xa0;: même en écourtant, %1 de retard à la fin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move on now: %1 for their turn keeps your promised end.</source>
        <translation>Passez à la suite : %1 pour son tour, et vous tenez la fin promise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move on now: %1 for your turn keeps your promised end.</source>
        <translation>Passez à la suite : %1 pour votre tour, et vous tenez la fin promise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move on now: %1 for the next part keeps your promised end.</source>
        <translation>Passez à la suite : %1 pour la partie suivante, et vous tenez la fin promise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over time — move on now and you still end on time.</source>
        <translation>Temps dépassé : passez à la suite et vous finirez à l’heure.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>their turn</source>
        <translation>leur tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your turn</source>
        <translation>votre tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>together</source>
        <translation>ensemble</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 over</source>
        <translation>%1 de dépassement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>past the promised time</source>
        <translation>au-delà du temps promis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3</source>
        <comment>phase (whose turn): time</comment>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Prep</name>
    <message>
        <location filename="../desktop/twoway/core/workflow/prep.py" line="+22"/>
        <source>Homework on the person</source>
        <translation>Se renseigner sur la personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your introduction</source>
        <translation>Votre présentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas to help them</source>
        <translation>Idées pour l&apos;aider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own</source>
        <translation>Vos propres éléments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Background: their role, earlier roles, what they publish</source>
        <translation>Parcours&#xa0;: son poste actuel, ses postes précédents, ses publications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests, at work and beyond</source>
        <translation>Centres d&apos;intérêt, au travail et au-delà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they may need, or are working on now</source>
        <translation>Ses besoins possibles, ou ses projets du moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expertise they have that you lack, and the reverse</source>
        <translation>Ses compétences qui vous manquent, et inversement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audiences you share, or want to reach through each other</source>
        <translation>Les publics que vous partagez, ou que vous voulez toucher l&apos;un par l&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things to trade: services, guest posts, tools, time</source>
        <translation>Échanges possibles&#xa0;: services, articles invités, outils, temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you could introduce them to</source>
        <translation>Des personnes que vous pourriez lui présenter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short introduction that leads to why you want this call</source>
        <translation>Une courte présentation qui mène à la raison de cet appel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The questions you want to ask</source>
        <translation>Les questions que vous voulez poser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The one question that matters most</source>
        <translation>La question qui compte le plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two or three ideas that could help them</source>
        <translation>Deux ou trois idées qui pourraient l&apos;aider</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networking call</source>
        <translation>Appel réseau</translation>
    </message>
</context>
<context>
    <name>RemoteControl</name>
    <message>
        <location filename="../desktop/twoway/ui/remote_control.py" line="-74"/>
        <source>The meeting is already paused.</source>
        <translation>Le rendez-vous est déjà en pause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting is not paused.</source>
        <translation>Le rendez-vous n&apos;est pas en pause.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the last phase. `twoway end` ends the meeting.</source>
        <translation>C&apos;est la dernière phase. `twoway end` termine le rendez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the first phase.</source>
        <translation>C&apos;est la première phase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who goes first can no longer be swapped in this meeting.</source>
        <translation>L&apos;ordre de passage ne peut plus être inversé dans ce rendez-vous.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Twoway does not know the command “%1”.</source>
        <translation>Twoway ne connaît pas la commande «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No meeting is running.</source>
        <translation>Aucun rendez-vous n&apos;est en cours.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>That cannot be done at this point of the meeting.</source>
        <translation>Impossible à ce stade du rendez-vous.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say “on” or “off”.</source>
        <translation>Indiquez «&#xa0;on&#xa0;» ou «&#xa0;off&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Request</name>
    <message>
        <location filename="../desktop/twoway/core/workflow/request.py" line="+30"/>
        <source>Hello {name},</source>
        <translation>Bonjour {name},</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am writing to ask for a short call, to {text}.</source>
        <translation>Je vous écris pour vous proposer un court appel&#xa0;: j&apos;aimerais {text}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am writing to ask for a short call. {text}</source>
        <translation>Je vous écris pour vous proposer un court appel. {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is in it for you: {text}</source>
        <translation>Ce que cela peut vous apporter&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I would like to talk about: {text}</source>
        <translation>Ce dont j&apos;aimerais parler&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I would like to talk about:</source>
        <translation>Ce dont j&apos;aimerais parler&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the timing is wrong or it is not for you, a short no is perfectly fine, and so is no reply at all.</source>
        <translation>Si le moment est mal choisi ou si cela ne vous intéresse pas, un simple non me convient tout à fait, et une absence de réponse aussi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you,</source>
        <translation>Merci,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would {text} suit you? If not, name a time that does.</source>
        <translation>Est-ce que {text} vous conviendrait ? Sinon, proposez-moi un moment qui vous arrange.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A short call?</source>
        <translation>Un court appel&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you for thinking of me, and for asking so clearly.</source>
        <translation>Merci d&apos;avoir pensé à moi, et pour votre demande si claire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am keeping my calendar tight at the moment, so I will say no to a call for now.</source>
        <translation>Je limite mes rendez-vous en ce moment, je vais donc décliner cet appel pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I wish you all the best with it.</source>
        <translation>Je vous souhaite plein succès dans votre projet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind regards,</source>
        <translation>Bien cordialement,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re: your request for a call</source>
        <translation>Re&#xa0;: votre demande d&apos;appel</translation>
    </message>
</context>
<context>
    <name>ThinBar</name>
    <message>
        <location filename="../desktop/twoway/ui/screencast.py" line="+41"/>
        <source>Twoway meeting timer (screen shared)</source>
        <translation>Minuteur de Twoway (écran partagé)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../desktop/twoway/ui/tray.py" line="+125"/>
        <source>Quit Twoway?</source>
        <translation>Quitter Twoway&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your meeting with %1 is still running.</source>
        <translation>Votre rendez-vous avec %1 est toujours en cours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A meeting is still running.</source>
        <translation>Un rendez-vous est toujours en cours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quitting ends it; its times are kept so you can write the debrief later.</source>
        <translation>Quitter le termine&#xa0;; ses temps sont conservés pour que vous puissiez rédiger le débrief plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End meeting and quit</source>
        <translation>Terminer le rendez-vous et quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep meeting running</source>
        <translation>Poursuivre le rendez-vous</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Twoway: no meeting running</source>
        <translation>Twoway&#xa0;: aucun rendez-vous en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twoway: the meeting has ended</source>
        <translation>Twoway&#xa0;: le rendez-vous est terminé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twoway, paused: %1</source>
        <translation>Twoway, en pause&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twoway: %1</source>
        <translation>Twoway&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The overlay is out of the shared screen.</source>
        <translation>Le minuteur est retiré de l’écran partagé.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open Twoway</source>
        <translation>Ouvrir Twoway</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start meeting with %1</source>
        <translation>Démarrer le rendez-vous avec %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick start</source>
        <translation>Démarrage rapide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One more minute</source>
        <translation>Une minute de plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End meeting</source>
        <translation>Terminer le rendez-vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the debrief</source>
        <translation>Rédiger le débrief</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide overlay</source>
        <translation>Masquer le minuteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show overlay</source>
        <translation>Afficher le minuteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let clicks pass through the overlay</source>
        <translation>Laisser passer les clics à travers le minuteur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow-ups due: %1</source>
        <translation>Suivis à échéance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due to reconnect: %1</source>
        <translation>À recontacter : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Twoway at login</source>
        <translation>Lancer Twoway à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit Twoway</source>
        <translation>Quitter Twoway</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start at login</source>
        <translation>Lancement à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twoway could not change this: %1</source>
        <translation>Twoway n&apos;a pas pu modifier ce réglage&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Your meeting with %1 starts in %n min.</source>
        <translation>
            <numerusform>Votre rendez-vous avec %1 commence dans %n min.</numerusform>
            <numerusform>Votre rendez-vous avec %1 commence dans %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Your next meeting starts in %n min.</source>
        <translation>
            <numerusform>Votre prochain rendez-vous commence dans %n min.</numerusform>
            <numerusform>Votre prochain rendez-vous commence dans %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n follow-ups are due</source>
        <translation>
            <numerusform>%n suivi arrive à échéance</numerusform>
            <numerusform>%n suivis arrivent à échéance</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Meeting soon</source>
        <translation>Rendez-vous imminent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A follow-up is due</source>
        <translation>Un suivi arrive à échéance</translation>
    </message>
</context>
</TS>
