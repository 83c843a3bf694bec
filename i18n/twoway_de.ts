<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../desktop/twoway/ui/main/agenda.py" line="+53"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>Zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/accounts.py" line="+69"/>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>https://… or a calendar’s .ics address</source>
        <translation>https://… oder die .ics-Adresse eines Kalenders</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server or calendar address:</source>
        <translation>Server- oder Kalenderadresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or app password:</source>
        <translation>Passwort oder App-Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find calendars</source>
        <translation>Kalender &amp;finden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendars to read</source>
        <translation>Zu lesende Kalender</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read events from:</source>
        <translation>Termine lesen aus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write meetings and deadlines to:</source>
        <translation>Treffen und Fristen schreiben in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep contacts in step with:</source>
        <translation>Kontakte abgleichen mit:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+40"/>
        <source>Enter the server’s address first.</source>
        <translation>Gib zuerst die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No user name: this calendar will be read only.</source>
        <translation>Kein Benutzername: Dieser Kalender wird nur gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for calendars and address books…</source>
        <translation>Suche nach Kalendern und Adressbüchern…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose what to use, then Add.</source>
        <translation>Wähle aus, was verwendet werden soll, dann Hinzufügen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a user name, or a calendar’s .ics address.</source>
        <translation>Gib einen Benutzernamen an oder die .ics-Adresse eines Kalenders.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find the calendars first.</source>
        <translation>Suche zuerst die Kalender.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Your calendar and address book (CalDAV and CardDAV), kept in step every 15 minutes. Passwords go to the system keyring.</source>
        <translation>Dein Kalender und Adressbuch (CalDAV und CardDAV), alle 15 Minuten abgeglichen. Passwörter kommen in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/agenda.py" line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use this password</source>
        <translation>Dieses Passwort verwenden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (read only)</source>
        <translation>%1 (nur lesen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New password for %1:</source>
        <translation>Neues Passwort für %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the account in the list first (a read-only calendar has no password).</source>
        <translation>Wähle zuerst das Konto in der Liste aus (ein Kalender, der nur gelesen wird, hat kein Passwort).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Syncing…</source>
        <translation>Wird abgeglichen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account yet.</source>
        <translation>Noch kein Konto.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/agenda.py" line="+1"/>
        <source>Remove from %1</source>
        <translation>Aus „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Know what you need before you meet people: it tells you which meetings are worth it. Tick a need off once it is met.</source>
        <translation>Kläre, was du brauchst, bevor du Leute triffst: So erkennst du, welche Gespräche sich lohnen. Hak einen Punkt ab, sobald er erfüllt ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Your goal right now</source>
        <translation>Dein aktuelles Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: a product role in a climate start-up by summer</source>
        <translation>Zum Beispiel: bis zum Sommer eine Produktrolle in einem Klima-Start-up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you need</source>
        <translation>Was du brauchst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions, advice, leads, people to hire, partners.</source>
        <translation>Vermittlungen, Rat, Leads, neue Mitarbeitende, Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a need, then press Enter</source>
        <translation>Bedarf eingeben, dann Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you can offer</source>
        <translation>Was du bieten kannst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills, contacts, feedback, an audience: what others may want from you.</source>
        <translation>Fähigkeiten, Kontakte, Feedback, Reichweite: was andere von dir brauchen könnten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an offer, then press Enter</source>
        <translation>Angebot eingeben, dann Eingabetaste drücken</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/bands.py" line="+43"/>
        <source>Preview of the phases</source>
        <translation>Vorschau der Phasen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, %2, %3 min</source>
        <translation>%1, %2, %3 Min.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 min spare</source>
        <translation>%1 Min. Puffer</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1′ spare</source>
        <translation>%1′ Puffer</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/common.py" line="+56"/>
        <source>Them</source>
        <translation>Gegenüber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No time set</source>
        <translation>Keine Zeit festgelegt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/contacts.py" line="+58"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+73"/>
        <source>What they offer</source>
        <translation>Was sie bieten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>What they need</source>
        <translation>Was sie brauchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A two-way fit: you can help each other. Worth a meeting.</source>
        <translation>Passt in beide Richtungen: Ihr könnt euch gegenseitig helfen. Ein Gespräch lohnt sich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fit one way. A short, structured call keeps it fair to both of you.</source>
        <translation>Passt in eine Richtung. Ein kurzes, strukturiertes Gespräch bleibt fair für euch beide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No match with your agenda found. Meeting anyway is fine; so is a kind no.</source>
        <translation>Keine Übereinstimmung mit deiner Agenda. Ein Gespräch ist trotzdem in Ordnung, ein freundliches Nein auch.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+78"/>
        <location filename="../desktop/twoway/ui/main/today_start.py" line="+94"/>
        <source>&amp;Plan a meeting…</source>
        <translation>Gespräch &amp;planen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/formats.py" line="+60"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this contact</source>
        <translation>Diesen Kontakt löschen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>separate several with commas</source>
        <translation>mehrere durch Kommas trennen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fit with your agenda</source>
        <translation>Bezug zu deiner Agenda</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meetings with this contact</source>
        <translation>Gespräche mit diesem Kontakt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-ups with this contact</source>
        <translation>Follow-ups mit diesem Kontakt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meetings and debriefs</source>
        <translation>Gespräche und Nachbereitungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/twoway/ui/main/followups.py" line="+25"/>
        <location line="+30"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No contact chosen</source>
        <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Write down what you need and can offer in Agenda to see the fit here.</source>
        <translation>Trag unter „Agenda“ ein, was du brauchst und bieten kannst, dann siehst du hier den Bezug.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>No contacts yet. Choose New contact, or bring in your address book with File ▸ Import contacts (%1).</source>
        <translation>Noch keine Kontakte. Wähle „Neuer Kontakt“ oder hole dein Adressbuch über Datei ▸ Kontakte importieren (%1).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name of the new contact:</source>
        <translation>Name des neuen Kontakts:</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this contact</source>
        <translation>Diesen Kontakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their meetings (%1) and follow-ups (%2) are deleted with them. Edit ▸ Undo brings it all back.</source>
        <translation>Die zugehörigen Gespräche (%1) und Follow-ups (%2) werden mitgelöscht. Bearbeiten ▸ Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/twoway/ui/main/followups.py" line="+18"/>
        <location filename="../desktop/twoway/ui/main/formats.py" line="+114"/>
        <location filename="../desktop/twoway/ui/main/meeting/plan.py" line="+297"/>
        <location filename="../desktop/twoway/ui/main/meeting/prep.py" line="+228"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>%1 gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>They may help with</source>
        <translation>Dein Gegenüber kann helfen bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may help with</source>
        <translation>Du kannst helfen bei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>matched: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Search every field…</source>
        <translation>Alle Felder durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names, companies, roles, tags, emails, notes: every word counts.</source>
        <translation>Namen, Firmen, Rollen, Tags, E-Mails, Notizen: Jedes Wort zählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/twoway/ui/main/menus.py" line="-7"/>
        <source>&amp;New contact</source>
        <translation>&amp;Neuer Kontakt</translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n contacts match</source>
        <extracomment>The form follows %n, the number of all contacts; %1 of them match the search.</extracomment>
        <translation>
            <numerusform>Treffer: %1 von %n Kontakt</numerusform>
            <numerusform>Treffer: %1 von %n Kontakten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/followups.py" line="-42"/>
        <source>What you promised after your meetings. Ticking one off counts as being in touch with the contact today.</source>
        <translation>Was du nach deinen Gesprächen zugesagt hast. Wenn du eins abhakst, gilt das als heutiger Kontakt mit der Person.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which follow-ups to show</source>
        <translation>Welche Follow-ups angezeigt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due and overdue</source>
        <translation>Fällig und überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/models/followups.py" line="+28"/>
        <location line="+14"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing here. Follow-ups appear when you save a debrief.</source>
        <translation>Hier ist nichts. Follow-ups erscheinen, sobald du eine Nachbereitung speicherst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+59"/>
        <location filename="../desktop/twoway/ui/main/today.py" line="+117"/>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Snooze a &amp;day</source>
        <translation>Um einen &amp;Tag verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze a &amp;week</source>
        <translation>Um eine &amp;Woche verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;meeting</source>
        <translation>&amp;Gespräch öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the follow-up</source>
        <translation>Follow-up löschen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Mark &amp;not done</source>
        <translation>Als &amp;nicht erledigt markieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Follow-up deleted. Undo with Ctrl+Z.</source>
        <translation>Follow-up gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/format_editor.py" line="+64"/>
        <source>Give the format a name.</source>
        <translation>Gib dem Format einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one phase.</source>
        <translation>Füge mindestens eine Phase hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phase %1 needs a title.</source>
        <translation>Phase %1 braucht einen Titel.</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>A format can have at most %n phases.</source>
        <translation>
            <numerusform>Ein Format kann höchstens %n Phase haben.</numerusform>
            <numerusform>Ein Format kann höchstens %n Phasen haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Phase %1 needs more than 0 and at most %n minutes.</source>
        <translation>
            <numerusform>Phase %1 braucht mehr als 0 und höchstens %n Minute.</numerusform>
            <numerusform>Phase %1 braucht mehr als 0 und höchstens %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phase %1: a color is written like #0072B2, or left empty.</source>
        <translation>Phase %1: Eine Farbe wird wie #0072B2 geschrieben oder leer gelassen.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The phases take %1 minutes, more than the %2-minute slot. Shorten a phase or lengthen the slot.</source>
        <extracomment>%1 minutes may have a fraction, as in 12.5; the form follows it.</extracomment>
        <translation>
            <numerusform>Die Phasen dauern %1 Minute und damit länger als das %2-Minuten-Zeitfenster. Kürze eine Phase oder verlängere das Zeitfenster.</numerusform>
            <numerusform>Die Phasen dauern %1 Minuten und damit länger als das %2-Minuten-Zeitfenster. Kürze eine Phase oder verlängere das Zeitfenster.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Format name</source>
        <translation>Name des Formats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot promised, in minutes</source>
        <translation>Zugesagtes Zeitfenster in Minuten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning before a phase ends, in seconds</source>
        <translation>Hinweis vor Ende einer Phase, in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Either side may go first</source>
        <translation>Jede Seite darf beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/twoway/ui/main/meeting/prep.py" line="-145"/>
        <source>Closing line</source>
        <translation>Schlusssatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown near the end of the slot</source>
        <translation>Erscheint kurz vor Ende des Zeitfensters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn before a phase ends:</source>
        <translation>Hinweis vor Phasenende:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing line:</source>
        <translation>Schlusssatz:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove phase</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem with this format</source>
        <translation>Problem mit diesem Format</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Choose a format on the left.</source>
        <translation>Wähle links ein Format.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built-in formats stay as they are. Duplicate one to make a version of your own.</source>
        <translation>Mitgelieferte Formate bleiben, wie sie sind. Dupliziere eines, um deine eigene Version zu erstellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your format, saved in the file %1 as you edit.</source>
        <translation>Dein Format, beim Bearbeiten laufend gespeichert in der Datei %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The file %1 was changed outside Twoway while you were editing this format, so Twoway left it as it is. Your edits are kept as a new format, saved in the file %2.</source>
        <translation>Die Datei %1 wurde außerhalb von Twoway geändert, während du dieses Format bearbeitet hast, daher hat Twoway sie unverändert gelassen. Deine Änderungen bleiben als neues Format erhalten, gespeichert in der Datei %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../desktop/twoway/ui/main/meeting/debrief.py" line="+206"/>
        <location line="+92"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/formats.py" line="-134"/>
        <location line="+12"/>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>New format</source>
        <translation>Neues Format</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate format</source>
        <translation>Format duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>Delete format</source>
        <translation>Format löschen</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Some format files could not be read:</source>
        <translation>Einige Formatdateien konnten nicht gelesen werden:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Their turn</source>
        <translation>Dein Gegenüber ist dran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your turn</source>
        <translation>Du bist dran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete the format “%1”?</source>
        <translation>Das Format „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its file is removed. Meetings held with it keep their times.</source>
        <translation>Seine Datei wird entfernt. Gespräche, die damit geführt wurden, behalten ihre Zeiten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The format could not be deleted: %1</source>
        <translation>Das Format konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/insights.py" line="+49"/>
        <source>Chart of the last meetings</source>
        <translation>Diagramm der letzten Gespräche</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+57"/>
        <source>No meetings run with the timer yet.</source>
        <translation>Noch keine Gespräche mit dem Timer geführt.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>%1: them %2 min, you %3 min, both %4 min, slot %5 min</source>
        <translation>%1: Gegenüber %2 Min., ich %3 Min., beide %4 Min., Zeitfenster %5 Min.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>slot promised</source>
        <translation>zugesagtes Zeitfenster</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which meetings to sum up</source>
        <translation>Welche Gespräche ausgewertet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>meetings held</source>
        <translation>geführte Gespräche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours in meetings</source>
        <translation>Stunden in Gesprächen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average overrun past the slot</source>
        <translation>durchschnittliche Überziehung des Zeitfensters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings that ran past the slot</source>
        <translation>Gespräche, die das Zeitfenster überzogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of the talking time went to them</source>
        <translation>der Redezeit hatte dein Gegenüber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-ups done on time</source>
        <translation>Follow-ups pünktlich erledigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last meetings, in minutes</source>
        <translation>Die letzten Gespräche, in Minuten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Compare by:</source>
        <translation>&amp;Vergleichen nach:</translation>
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
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare by format or by contact</source>
        <translation>Nach Format oder nach Kontakt vergleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insights by format or contact</source>
        <translation>Auswertung nach Format oder Kontakt</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../desktop/twoway/ui/main/meetings_list.py" line="+27"/>
        <source>All meetings</source>
        <translation>Alle Gespräche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="+21"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(%1 of %2)</source>
        <translation>(%1 von %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="-7"/>
        <location filename="../desktop/twoway/ui/main/today.py" line="+97"/>
        <location filename="../desktop/twoway/ui/main/today_start.py" line="+62"/>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/plan.py" line="-6"/>
        <source>Choose a contact</source>
        <translation>Kontakt wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/today_start.py" line="-70"/>
        <source>Who the meeting is with</source>
        <translation>Mit wem das Gespräch ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At a set time:</source>
        <translation>Zu fester Zeit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time of the meeting</source>
        <translation>Datum und Uhrzeit des Gesprächs</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="-14"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is this meeting worth it?</source>
        <translation>Lohnt sich dieses Gespräch?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not the right call?</source>
        <translation>Nicht das richtige Gespräch?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saying no is fine, and so is offering a shorter call. Write it kindly, then mark the meeting declined.</source>
        <translation>Nein zu sagen ist in Ordnung, ein kürzeres Gespräch anzubieten auch. Formuliere es freundlich und markiere das Gespräch dann als abgelehnt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a polite &amp;no</source>
        <translation>Höfliche &amp;Absage schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer a &amp;shorter call</source>
        <translation>&amp;Kürzeres Gespräch anbieten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message declining the meeting</source>
        <translation>Nachricht mit der Absage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message declining the meeting</source>
        <translation>Nachricht mit der Absage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in mail</source>
        <translation>Im Mailprogramm öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the message declining in your mail program</source>
        <translation>Nachricht mit der Absage in deinem Mailprogramm öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;declined</source>
        <translation>Als a&amp;bgelehnt markieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this meeting…</source>
        <translation>Dieses Gespräch löschen…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This meeting&apos;s format is no longer there.</source>
        <translation>Das Format dieses Gesprächs gibt es nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 minutes planned in a %2-minute slot.</source>
        <extracomment>%1 minutes may have a fraction, as in 12.5; the form follows it.</extracomment>
        <translation>
            <numerusform>%1 Minute geplant in einem %2-Minuten-Zeitfenster.</numerusform>
            <numerusform>%1 Minuten geplant in einem %2-Minuten-Zeitfenster.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a contact to see how they fit your agenda.</source>
        <translation>Wähle einen Kontakt, um zu sehen, wie er zu deiner Agenda passt.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>None of your formats is shorter than this one, so there is no shorter call to offer.</source>
        <translation>Keines deiner Formate ist kürzer als dieses, daher gibt es kein kürzeres Gespräch, das du anbieten könntest.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Delete meeting</source>
        <translation>Gespräch löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this meeting with its request, prep and debrief?</source>
        <translation>Dieses Gespräch mit Anfrage, Vorbereitung und Nachbereitung löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its follow-ups go too. Edit ▸ Undo brings it all back.</source>
        <translation>Seine Follow-ups werden mitgelöscht. Bearbeiten ▸ Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting deleted. Undo with Ctrl+Z.</source>
        <translation>Gespräch gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/request.py" line="+39"/>
        <source>Say why you ask, what is in it for them, what you want to talk about and for how long, and give them an easy way to say no.</source>
        <translation>Sag, warum du fragst, was dein Gegenüber davon hat, worüber du sprechen möchtest und wie lange – und lass ihm eine einfache Möglichkeit, Nein zu sagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why you ask</source>
        <translation>Warum du fragst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learn how your team hires researchers</source>
        <translation>erfahren, wie Ihr Team Marktforschende einstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is in it for them</source>
        <translation>Was dein Gegenüber davon hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I can share what I learned running pricing studies for three retailers</source>
        <translation>Ich erzähle gern, was ich aus Preisstudien für drei Händler gelernt habe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics, one a line</source>
        <translation>Themen, eines pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how the team is organised
what you look for in a first hire</source>
        <translation>wie das Team aufgestellt ist
worauf Sie bei der ersten Einstellung achten</translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source> minutes</source>
        <extracomment>The unit after the number in the field; the form follows the number.</extracomment>
        <translation>
            <numerusform> Minute</numerusform>
            <numerusform> Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Time needed, in minutes</source>
        <translation>Zeitbedarf in Minuten</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/meeting/step.py" line="+34"/>
        <source>It will take {minutes} minutes, and I will keep an eye on the clock.</source>
        <extracomment>A sentence of the request message; keep {minutes}, the number of minutes.</extracomment>
        <translation>
            <numerusform>Es dauert {minutes} Minute, und ich behalte die Uhr im Blick.</numerusform>
            <numerusform>Es dauert {minutes} Minuten, und ich behalte die Uhr im Blick.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A {minutes}-minute call?</source>
        <extracomment>The subject line of the request message; keep {minutes}, the number of minutes.</extracomment>
        <translation>
            <numerusform>Ein Gespräch von {minutes} Minute?</numerusform>
            <numerusform>Ein Gespräch von {minutes} Minuten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>I cannot make room for a long call, but I could do a focused {minutes} minutes: half the time on your questions, half on mine. Would that work for you?</source>
        <extracomment>Declining a long call but offering a short one; keep {minutes}, the number.</extracomment>
        <translation>
            <numerusform>Für ein langes Gespräch fehlt mir die Zeit, aber {minutes} konzentrierte Minute ist möglich: die Hälfte für Ihre Fragen, die Hälfte für meine. Würde das für Sie passen?</numerusform>
            <numerusform>Für ein langes Gespräch fehlt mir die Zeit, aber {minutes} konzentrierte Minuten sind möglich: die Hälfte für Ihre Fragen, die Hälfte für meine. Würde das für Sie passen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/request.py" line="+3"/>
        <source>A way to say no</source>
        <translation>Eine Möglichkeit, Nein zu sagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Why you ask: I would like to…</source>
        <translation>&amp;Warum du fragst: Ich würde gern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is in it for &amp;them:</source>
        <translation>Was dein Gegenüber &amp;davon hat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opics, one a line:</source>
        <translation>&amp;Themen, eines pro Zeile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime needed (from the format):</source>
        <translation>&amp;Zeitbedarf (aus dem Format):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;way to say no (leave empty for ours):</source>
        <translation>&amp;Möglichkeit, Nein zu sagen (leer lassen für unsere):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your message</source>
        <translation>Deine Nachricht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your message, editable</source>
        <translation>Deine Nachricht, bearbeitbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You edited the message by hand; changes to the fields no longer update it.</source>
        <translation>Du hast die Nachricht von Hand bearbeitet; Änderungen an den Feldern übernimmt sie nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rebuild from the fields</source>
        <translation>Aus den Feldern neu &amp;erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in &amp;mail</source>
        <translation>Im Mail&amp;programm öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the message in your mail program</source>
        <translation>Nachricht in deinem Mailprogramm öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sent</source>
        <translation>&amp;Gesendet</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Message copied.</source>
        <translation>Nachricht kopiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No mail program answered. Copy the message instead.</source>
        <translation>Kein Mailprogramm hat reagiert. Kopiere die Nachricht stattdessen.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/prep.py" line="-46"/>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="+93"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prep checklist</source>
        <translation>Checkliste zur Vorbereitung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add your own item, then press Enter</source>
        <translation>Eigenen Punkt eingeben, dann Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New checklist item</source>
        <translation>Neuer Punkt für die Checkliste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove item</source>
        <translation>Punkt entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your introduction</source>
        <translation>Deine Vorstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where you are now, in two or three sentences that lead to why you asked for this call.</source>
        <translation>Wo du gerade stehst, in zwei oder drei Sätzen, die dazu führen, warum du um dieses Gespräch gebeten hast.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions to ask, one a line</source>
        <translation>Fragen, die du stellen willst, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas to help them, one a line</source>
        <translation>Ideen, wie du helfen kannst, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;introduction (not a résumé):</source>
        <translation>Deine &amp;Vorstellung (kein Lebenslauf):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questions to ask, one a line:</source>
        <translation>&amp;Fragen, die du stellen willst, eine pro Zeile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas to &amp;help them, one a line:</source>
        <translation>Ideen, wie du &amp;helfen kannst, eine pro Zeile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;losing line, shown near the end:</source>
        <translation>&amp;Schlusssatz, kurz vor Ende angezeigt:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cues in the overlay, phase by phase</source>
        <translation>Stichworte im Overlay, Phase für Phase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cues in the overlay</source>
        <translation>Stichworte im Overlay</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grey cues are the format&apos;s own. Double-click a cue to write yours.</source>
        <translation>Graue Stichworte stammen aus dem Format. Doppelklicke auf ein Stichwort, um dein eigenes zu schreiben.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;Fill cues from your prep</source>
        <translation>Stichworte aus der Vorbereitung ü&amp;bernehmen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ticks and your own items are cleared.</source>
        <translation>Häkchen und eigene Punkte werden entfernt.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Start over from</source>
        <translation>Neu beginnen mit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as template…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this checklist to start other meetings from</source>
        <translation>Diese Checkliste als Ausgangspunkt für andere Gespräche speichern</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete a template</source>
        <translation>Eine Vorlage löschen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Replace this checklist with one from a template</source>
        <translation>Diese Checkliste durch eine aus einer Vorlage ersetzen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Use my introduction</source>
        <translation>Meine &amp;Vorstellung nehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the introduction from Settings, About you</source>
        <translation>Die Vorstellung aus Einstellungen, Über dich, verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Introduction in your first turn, questions in theirs, ideas in their takeaway.</source>
        <translation>Vorstellung in deinen ersten Teil, Fragen in ihren, Ideen in ihr Fazit.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Replace this checklist with a fresh one from “%1”?</source>
        <translation>Diese Checkliste durch eine frische aus „%1“ ersetzen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the checklist template “%1”?</source>
        <translation>Die Checklisten-Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings that started from it keep their checklists.</source>
        <translation>Gespräche, die mit ihr begonnen haben, behalten ihre Checklisten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved the checklist as the template “%1”.</source>
        <translation>Die Checkliste wurde als Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write an introduction, questions or ideas first.</source>
        <translation>Schreib zuerst eine Vorstellung, Fragen oder Ideen.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/run.py" line="+31"/>
        <source>&amp;Start the meeting</source>
        <translation>Gespräch &amp;starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+76"/>
        <source>&amp;End the meeting</source>
        <translation>Gespräch b&amp;eenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The overlay floats over your call with the time, whose turn it is and your cue. When you end the meeting, the debrief opens here.</source>
        <translation>Das Overlay schwebt über deinem Videocall und zeigt die Zeit, wer dran ist, und dein Stichwort. Wenn du das Gespräch beendest, öffnet sich hier die Nachbereitung.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no contact</source>
        <translation>(kein Kontakt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/twoway/ui/main/window.py" line="+223"/>
        <source>This meeting&apos;s format is no longer there; choose another in Plan.</source>
        <translation>Das Format dieses Gesprächs gibt es nicht mehr; wähle unter „Planung“ ein anderes.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 with %2: %3 minutes planned in a %4-minute slot.</source>
        <extracomment>%1 is a format, %2 a person; %3 minutes may have a fraction, as in 12.5, and the form follows it.</extracomment>
        <translation>
            <numerusform>%1 mit %2: %3 Minute geplant in einem %4-Minuten-Zeitfenster.</numerusform>
            <numerusform>%1 mit %2: %3 Minuten geplant in einem %4-Minuten-Zeitfenster.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This meeting is running. The overlay shows the time.</source>
        <translation>Dieses Gespräch läuft. Das Overlay zeigt die Zeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another meeting is running. End it before starting this one.</source>
        <translation>Ein anderes Gespräch läuft. Beende es, bevor du dieses startest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting was run. Starting it again replaces its times.</source>
        <translation>Dieses Gespräch wurde schon geführt. Ein neuer Start ersetzt seine Zeiten.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/debrief.py" line="-250"/>
        <source>Balance of time between the two sides</source>
        <translation>Zeitverteilung zwischen beiden Seiten</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Phase times</source>
        <translation>Zeiten der Phasen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who had the time</source>
        <translation>Wer die Zeit hatte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What was of value to you</source>
        <translation>Was dir wertvoll war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was of value to them</source>
        <translation>Was deinem Gegenüber wertvoll war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas and names exchanged</source>
        <translation>Ausgetauschte Ideen und Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No fit beyond a good talk</source>
        <translation>Kein Potenzial über ein gutes Gespräch hinaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A purchase: one may buy from the other</source>
        <translation>Ein Kauf: Einer könnte beim anderen kaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A collaboration</source>
        <translation>Eine Zusammenarbeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: send the article you mentioned</source>
        <translation>Zum Beispiel: den erwähnten Artikel schicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thank-you sent</source>
        <translation>Danke&amp;schön gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value for &amp;you:</source>
        <translation>Wert für &amp;dich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value for t&amp;hem:</source>
        <translation>Wert für dein &amp;Gegenüber:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ideas and names exchanged:</source>
        <translation>Ausgetauschte &amp;Ideen und Namen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fit:</source>
        <translation>&amp;Potenzial:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next step:</source>
        <translation>&amp;Nächster Schritt:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save debrief and create follow-ups</source>
        <translation>Nachbereitung speichern und Follow-ups anlegen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This meeting was not run with the timer. Met all the same? Write how it went here and save. Did it not happen? Give it a new time on the Plan tab.</source>
        <translation>Dieses Gespräch lief nicht mit dem Timer. Hat es trotzdem stattgefunden? Schreib hier auf, wie es lief, und speichere. Hat es nicht stattgefunden? Gib ihm unter „Planung“ einen neuen Termin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meeting was not run with the timer, so there are no times to show.</source>
        <translation>Dieses Gespräch lief nicht mit dem Timer, daher gibt es keine Zeiten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It took %1 of a %2 slot: %3 over.</source>
        <translation>Es dauerte %1 bei einem Zeitfenster von %2: %3 überzogen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It took %1 of a %2 slot, on time.</source>
        <translation>Es dauerte %1 bei einem Zeitfenster von %2, also pünktlich.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A fair split. Shared phases aside, %1 % of the time was theirs.</source>
        <translation>Eine faire Aufteilung. Ohne die gemeinsamen Phasen entfielen %1 % der Zeit auf dein Gegenüber.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They had most of it. Shared phases aside, %1 % of the time was theirs.</source>
        <translation>Dein Gegenüber hatte den Großteil. Ohne die gemeinsamen Phasen waren es %1 % der Zeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You had most of it. Shared phases aside, %1 % of the time was theirs.</source>
        <translation>Du hattest den Großteil. Ohne die gemeinsamen Phasen entfielen %1 % der Zeit auf dein Gegenüber.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved. Follow-ups added or updated: %1.</source>
        <translation>Gespeichert. Neue oder geänderte Follow-ups: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/page.py" line="+29"/>
        <location line="+89"/>
        <source>Meeting</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>‹ &amp;All meetings</source>
        <translation>‹ &amp;Alle Gespräche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of meetings</source>
        <translation>Zurück zur Liste der Gespräche</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meetings_list.py" line="-2"/>
        <source>Which meetings</source>
        <translation>Welche Gespräche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined or cancelled</source>
        <translation>Abgelehnt oder abgesagt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by name, topic or debrief</source>
        <translation>Nach Name, Thema oder Nachbereitung suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search meetings</source>
        <translation>Gespräche durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan a meeting</source>
        <translation>Gespräch &amp;planen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No meetings match. Plan one, or start one from Today.</source>
        <translation>Keine passenden Gespräche. Plane eins oder starte eins unter Heute.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/page.py" line="+14"/>
        <source>1 · Plan</source>
        <translation>1 · Planung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Request</source>
        <translation>2 · Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Prep</source>
        <translation>3 · Vorbereitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · Run</source>
        <translation>4 · Durchführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · Debrief</source>
        <translation>5 · Nachbereitung</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Meeting with %1</source>
        <translation>Gespräch mit %1</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="+142"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="-13"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meetings_list.py" line="-20"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="+1"/>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="+1"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/contacts.py" line="-417"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+58"/>
        <location filename="../desktop/twoway/ui/main/models/insights.py" line="+32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="-10"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+0"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>How you met</source>
        <translation>Wie ihr euch kennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+0"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+4"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+0"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="+10"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prep</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debrief</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To write</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/followups.py" line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
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
        <translation>Wer ist dran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cue</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>as owner</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="-181"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cue shown in the overlay</source>
        <translation>Stichwort im Overlay</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <comment>who speaks in a phase: the phase&apos;s title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/page.py" line="-4"/>
        <location filename="../desktop/twoway/ui/main/meetings_list.py" line="+19"/>
        <location filename="../desktop/twoway/ui/main/models/insights.py" line="+1"/>
        <source>Meetings</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/insights.py" line="+1"/>
        <source>Average overrun</source>
        <translation>Mittlere Überziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their share</source>
        <translation>Anteil Gegenüber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups on time</source>
        <translation>Follow-ups pünktlich</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/formats.py" line="+122"/>
        <source>%1 (built-in)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="+51"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over</source>
        <translation>Überzogen</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings.py" line="+60"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_general.py" line="+37"/>
        <location line="+5"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the system</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chime</source>
        <translation>Gong</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Chime once when a phase runs over</source>
        <translation>Einmal einen Gong spielen, wenn eine Phase &amp;überzieht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chime volume</source>
        <translation>Lautstärke des Gongs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test</source>
        <translation>T&amp;esten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the chime now</source>
        <translation>Gong jetzt abspielen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overlay size</source>
        <translation>Größe des Overlays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overlay opacity</source>
        <translation>Deckkraft des Overlays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let clicks &amp;pass through the overlay</source>
        <translation>Klicks durch das Overlay &amp;durchlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the closing line near the e&amp;nd</source>
        <translation>Schlusssatz kurz vor Ende &amp;zeigen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Start Twoway when I log &amp;in (in the tray, no window)</source>
        <translation>Twoway beim &amp;Anmelden starten (in der Systemleiste, ohne Fenster)</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_data.py" line="+83"/>
        <source>Tr&amp;y again</source>
        <translation>Nochmal &amp;prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set this copy &amp;aside</source>
        <translation>Diese Kopie &amp;beiseitelegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Got it</source>
        <translation>Zu&amp;r Kenntnis genommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this notice off the list.</source>
        <translation>Diesen Hinweis von der Liste nehmen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Back up no&amp;w</source>
        <translation>Jetzt s&amp;ichern</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_general.py" line="-47"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opacity:</source>
        <translation>Deck&amp;kraft:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Start</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_data.py" line="-92"/>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Everything is kept as readable files in this folder. A sync tool can carry it between computers; Twoway notices changes and conflicts.</source>
        <translation>Alles liegt als lesbare Dateien in diesem Ordner. Ein Sync-Programm kann ihn zwischen Computern abgleichen; Twoway bemerkt Änderungen und Konflikte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read the files again</source>
        <translation>Dateien &amp;neu einlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a sync tool or another program changed them.</source>
        <translation>Nachdem ein Sync-Programm oder eine andere Anwendung sie geändert hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files that need a look</source>
        <translation>Dateien, die du prüfen solltest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files that need a look:</source>
        <translation>Dateien, die du prüfen solltest:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the file again after you fixed it by hand.</source>
        <translation>Die Datei erneut einlesen, nachdem du sie von Hand korrigiert hast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the file from a &amp;backup</source>
        <translation>Datei aus einer Si&amp;cherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this copy</source>
        <translation>Diese Kopie &amp;verwenden</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The copy takes the file&apos;s place; the file goes to the trash.</source>
        <translation>Die Kopie tritt an die Stelle der Datei; die Datei kommt in den Papierkorb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy replaces the record; the record goes to the trash.</source>
        <translation>Die Kopie ersetzt den Datensatz; der Datensatz kommt in den Papierkorb.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the file as it is; the copy goes to the trash.</source>
        <translation>Die Datei so lassen, wie sie ist; die Kopie kommt in den Papierkorb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the record as it is; the copy goes to the trash.</source>
        <translation>Den Datensatz so lassen, wie er ist; die Kopie kommt in den Papierkorb.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Backups (a daily copy of the whole folder):</source>
        <translation>Sicherungen (eine tägliche Kopie des ganzen Ordners):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up every &amp;day</source>
        <translation>&amp;Täglich sichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups to &amp;keep:</source>
        <translation>Sicherungen be&amp;halten:</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="-60"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt s&amp;ichern</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_data.py" line="+9"/>
        <source>R&amp;estore the chosen backup…</source>
        <translation>Gewählte Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_general.py" line="-67"/>
        <source>No sound device answered. The overlay still shows every overrun.</source>
        <translation>Kein Audiogerät hat reagiert. Das Overlay zeigt trotzdem jede Überziehung an.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twoway could not change this (%1).</source>
        <translation>Twoway konnte das nicht ändern (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_data.py" line="+26"/>
        <source>Read the data folder again.</source>
        <translation>Datenordner neu eingelesen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Done: the file is in order.</source>
        <translation>Erledigt: Die Datei ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup could not be written (%1).</source>
        <translation>Die Sicherung konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up to %1.</source>
        <translation>Gesichert in %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Make your data what it was at %1?</source>
        <translation>Deine Daten auf den Stand vom %1 zurücksetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twoway first backs up what you have now, so you can come back to it.</source>
        <translation>Twoway sichert vorher den jetzigen Stand, damit du zu ihm zurückkehren kannst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restored. Your data before the restore is in the newest backup.</source>
        <translation>Wiederhergestellt. Der Stand von vorher liegt in der neuesten Sicherung.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/today.py" line="-173"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next meeting</source>
        <translation>Nächstes Gespräch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start now</source>
        <translation>Jetzt &amp;starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the next meeting now</source>
        <translation>Nächstes Gespräch jetzt starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the next meeting</source>
        <translation>Nächstes Gespräch öffnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Meetings coming up</source>
        <translation>Anstehende Gespräche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing planned yet.</source>
        <translation>Noch nichts geplant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Debriefs to write</source>
        <translation>Offene Nachbereitungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Follow-ups due</source>
        <translation>Fällige Follow-ups</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No follow-ups due. Well done.</source>
        <translation>Keine Follow-ups fällig. Gut gemacht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark the selected follow-up done</source>
        <translation>Gewähltes Follow-up als erledigt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All follow-ups</source>
        <translation>Alle Follow-ups</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due to reconnect</source>
        <translation>Mal wieder melden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts due to reconnect</source>
        <translation>Kontakte, bei denen du dich mal wieder melden solltest</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No meeting planned</source>
        <translation>Kein Gespräch geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start one now or plan one below.</source>
        <translation>Starte jetzt eins oder plane eins unten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prep %1 of %2 done</source>
        <translation>Vorbereitung: %1 von %2 erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no prep yet</source>
        <translation>noch keine Vorbereitung</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="-114"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="-19"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Open data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit Twoway</source>
        <translation>Twoway &amp;beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="+212"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+13"/>
        <source>&amp;Find contact</source>
        <translation>Kontakt &amp;suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Meeting</source>
        <translation>Ge&amp;spräch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quick start</source>
        <translation>Sc&amp;hnellstart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the &amp;next meeting</source>
        <translation>&amp;Nächstes Gespräch starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start this meeting</source>
        <translation>Dieses Gespräch s&amp;tarten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Debrief the last meeting</source>
        <translation>&amp;Letztes Gespräch nachbereiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sa&amp;ve the debrief</source>
        <translation>Nachbereitung &amp;speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy the request</source>
        <translation>Anfrage &amp;kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Twoway</source>
        <translation>&amp;Über Twoway</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="-105"/>
        <location line="+13"/>
        <source>A meeting is already running. End it first.</source>
        <translation>Es läuft bereits ein Gespräch. Beende es zuerst.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The meeting has started. The overlay shows the time.</source>
        <translation>Das Gespräch hat begonnen. Das Overlay zeigt die Zeit.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+41"/>
        <source>No meeting is planned. Plan one from a contact.</source>
        <translation>Kein Gespräch geplant. Plane eines über einen Kontakt.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="+52"/>
        <location filename="../desktop/twoway/ui/remote_control.py" line="+195"/>
        <source>No meeting has been run yet.</source>
        <translation>Es wurde noch kein Gespräch geführt.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+15"/>
        <source>About Twoway</source>
        <translation>Über Twoway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twoway %1

Short, structured one-to-one calls: decide, ask, prepare, keep the time fair to both sides, and follow up.</source>
        <translation>Twoway %1

Kurze, strukturierte Gespräche zu zweit: entscheiden, anfragen, vorbereiten, die Zeit fair zwischen beiden Seiten aufteilen und nachfassen.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="+40"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Files in your data folder that need a look: %1. See Settings.</source>
        <translation>Dateien in deinem Datenordner, die du prüfen solltest: %1. Siehe Einstellungen.</translation>
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
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer_dialogs.py" line="+2"/>
        <source>Contact files (*.vcf *.vcard *.csv *.txt);;All files (*)</source>
        <translation>Kontaktdateien (*.vcf *.vcard *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer.py" line="+47"/>
        <location filename="../desktop/twoway/ui/main/transfer_dialogs.py" line="+9"/>
        <source>Interrupted import</source>
        <translation>Unterbrochener Import</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer_dialogs.py" line="+3"/>
        <source>The import of “%1” on %2 was stopped before it finished.</source>
        <translation>Der Import von „%1“ am %2 wurde abgebrochen, bevor er fertig war.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo takes back the contacts it had already written, so your contacts are as they were before. Keep leaves them; importing the file again adds the rest.</source>
        <translation>„Rückgängig“ nimmt die schon geschriebenen Kontakte zurück, sodass deine Kontakte wieder wie vorher sind. „Behalten“ lässt sie stehen; importierst du die Datei erneut, kommt der Rest dazu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="-115"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>vCard (.vcf)</source>
        <translation>vCard (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn connections (Connections.csv)</source>
        <translation>LinkedIn-Kontakte (Connections.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, with the columns you choose</source>
        <translation>CSV, mit selbst gewählten Spalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the same contact, exported from Twoway</source>
        <translation>derselbe Kontakt, aus Twoway exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same email address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same LinkedIn profile</source>
        <translation>gleiches LinkedIn-Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same name and company</source>
        <translation>gleicher Name und gleiche Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed earlier in the file (%1); the two entries are combined.</source>
        <translation>Steht weiter oben schon in der Datei (%1); die beiden Einträge werden zusammengeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in your contacts (%1), with nothing new.</source>
        <translation>Schon in deinen Kontakten (%1), nichts Neues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in your contacts (%1); left as it is.</source>
        <translation>Schon in deinen Kontakten (%1); bleibt unverändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere Person</numerusform>
            <numerusform>und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Kind of file</source>
        <translation>Dateiart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Read it as:</source>
        <translation>&amp;Einlesen als:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which column holds what</source>
        <translation>Welche Spalte was enthält</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column for %1</source>
        <translation>Spalte für %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>People who are already in your contacts</source>
        <translation>Personen, die schon in deinen Kontakten sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge: add what is new to them</source>
        <translation>&amp;Zusammenführen: Neues ergänzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip them</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the import will do</source>
        <translation>Was der Import bewirkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is written until you press Import. File ▸ Undo last import takes the whole import back.</source>
        <translation>Gespeichert wird erst, wenn du auf „Importieren“ klickst. Datei ▸ Letzten Import rückgängig machen nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n to add</source>
        <translation>
            <numerusform>%n zum Hinzufügen</numerusform>
            <numerusform>%n zum Hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to merge</source>
        <translation>
            <numerusform>%n zum Zusammenführen</numerusform>
            <numerusform>%n zum Zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to skip</source>
        <translation>
            <numerusform>%n zum Überspringen</numerusform>
            <numerusform>%n zum Überspringen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing new to import: everyone is already in your contacts.</source>
        <translation>Nichts Neues zu importieren: Alle sind schon in deinen Kontakten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing can be imported this way yet.</source>
        <translation>So lässt sich noch nichts importieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the columns above. </source>
        <translation>Wähle oben die Spalten. </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>New contacts (%n)</source>
        <translation>
            <numerusform>Neue Kontakte (%n)</numerusform>
            <numerusform>Neue Kontakte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recognized by %1</source>
        <translation>Erkannt (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>New details for contacts you have (%n)</source>
        <translation>
            <numerusform>Neue Angaben zu vorhandenen Kontakten (%n)</numerusform>
            <numerusform>Neue Angaben zu vorhandenen Kontakten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Skipped (%n)</source>
        <translation>
            <numerusform>Übersprungen (%n)</numerusform>
            <numerusform>Übersprungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Notes on the file (%n)</source>
        <translation>
            <numerusform>Hinweise zur Datei (%n)</numerusform>
            <numerusform>Hinweise zur Datei (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/batch_run.py" line="+66"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Something unexpected went wrong.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer.py" line="-245"/>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte i&amp;mportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo last import</source>
        <translation>Letzten Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts as &amp;vCard…</source>
        <translation>Kontakte als &amp;vCard…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts as &amp;CSV…</source>
        <translation>Kontakte als &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings and debriefs as CSV…</source>
        <translation>&amp;Gespräche und Nachbereitungen als CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;alendar (planned meetings and follow-ups)…</source>
        <translation>K&amp;alender (geplante Gespräche und Follow-ups)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup of all data…</source>
        <translation>&amp;Sicherung aller Daten…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This file cannot be imported.</source>
        <translation>Diese Datei lässt sich nicht importieren.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>It may be running in another Twoway window or from the command line.</source>
        <translation>Er läuft vielleicht in einem anderen Twoway-Fenster oder über die Kommandozeile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <location line="+27"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Twoway cannot save your data right now, so it does not add to it. Settings shows what needs a look.</source>
        <translation>Twoway kann deine Daten gerade nicht speichern und fügt deshalb nichts hinzu. In den Einstellungen siehst du, was du prüfen solltest.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Importing %n contacts…</source>
        <translation>
            <numerusform>%n Kontakt wird importiert…</numerusform>
            <numerusform>%n Kontakte werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import could not be finished, so nothing was imported.</source>
        <translation>Der Import konnte nicht abgeschlossen werden, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import done: %1, %2, %3. File ▸ Undo last import takes it back.</source>
        <translation>Import abgeschlossen: %1, %2, %3. Datei ▸ Letzten Import rückgängig machen nimmt ihn zurück.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contacts added</source>
        <translation>
            <numerusform>%n Kontakt hinzugefügt</numerusform>
            <numerusform>%n Kontakte hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n merged</source>
        <translation>
            <numerusform>%n zusammengeführt</numerusform>
            <numerusform>%n zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+18"/>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import, der sich rückgängig machen ließe.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <location line="+2"/>
        <location line="+23"/>
        <location line="+24"/>
        <location line="+7"/>
        <source>Undo last import</source>
        <translation>Letzten Import rückgängig machen</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Take back the import of %1?</source>
        <translation>Den Import vom %1 zurücknehmen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contacts it added are removed, and those it added details to are put back as they were. Anyone you have changed since, or planned a meeting or follow-up with, is kept as they are.</source>
        <translation>Die hinzugefügten Kontakte werden entfernt, und Kontakte mit ergänzten Angaben bekommen ihren vorherigen Stand zurück. Wen du seitdem geändert hast oder mit wem du seitdem ein Gespräch oder Follow-up geplant hast, bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Taking back the import…</source>
        <translation>Import wird zurückgenommen…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n contacts removed</source>
        <translation>
            <numerusform>%n Kontakt entfernt</numerusform>
            <numerusform>%n Kontakte entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n put back as they were</source>
        <translation>
            <numerusform>%n auf den vorherigen Stand gebracht</numerusform>
            <numerusform>%n auf den vorherigen Stand gebracht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n behalten</numerusform>
            <numerusform>%n behalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import undone: %1.</source>
        <translation>Import rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import is undone, but not everything could be saved yet.</source>
        <translation>Der Import ist rückgängig gemacht, aber noch konnte nicht alles gespeichert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These contacts were kept as they are, because you changed them or planned something with them after the import:</source>
        <translation>Diese Kontakte bleiben unverändert, weil du sie nach dem Import geändert oder etwas mit ihnen geplant hast:</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/export.py" line="+28"/>
        <source>Export contacts as vCard</source>
        <translation>Kontakte als vCard exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export contacts as CSV</source>
        <translation>Kontakte als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export meetings and debriefs as CSV</source>
        <translation>Gespräche und Nachbereitungen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to your calendar</source>
        <translation>In deinen Kalender exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a backup of all data</source>
        <translation>Sicherung aller Daten exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no contacts to export yet.</source>
        <translation>Es gibt noch keine Kontakte zum Exportieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no meetings to export yet.</source>
        <translation>Es gibt noch keine Gespräche zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer.py" line="+31"/>
        <location line="+9"/>
        <source>Nothing was exported.</source>
        <translation>Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be written (%2).</source>
        <translation>„%1“ konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/export.py" line="+13"/>
        <location line="+3"/>
        <source>Saved %n contacts to %1.</source>
        <translation>
            <numerusform>%n Kontakt unter %1 gespeichert.</numerusform>
            <numerusform>%n Kontakte unter %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n meetings to %1.</source>
        <translation>
            <numerusform>%n Gespräch unter %1 gespeichert.</numerusform>
            <numerusform>%n Gespräche unter %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the calendar to %1 (%2, %3).</source>
        <translation>Kalender unter %1 gespeichert (%2, %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved a backup of all your data to %1.</source>
        <translation>Sicherung aller deiner Daten unter %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n Follow-up</numerusform>
            <numerusform>%n Follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup could not be made (%1).</source>
        <translation>Die Sicherung konnte nicht erstellt werden (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/templates.py" line="+25"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (for new meetings)</source>
        <translation>%1 (für neue Gespräche)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template to save into</source>
        <translation>Vorlage, in die gespeichert wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new template</source>
        <translation>Eine neue Vorlage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the new template</source>
        <translation>Name der neuen Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Sales call, Mentoring</source>
        <translation>Zum Beispiel: Verkaufsgespräch, Mentoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New meetings start with this checklist</source>
        <translation>&amp;Neue Gespräche beginnen mit dieser Checkliste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save &amp;into:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A template has this name already. To replace it, choose it above.</source>
        <translation>Es gibt schon eine Vorlage mit diesem Namen. Um sie zu ersetzen, wähle sie oben aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its checklist is replaced with this one.</source>
        <translation>Ihre Checkliste wird durch diese ersetzt.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_calls.py" line="+34"/>
        <source>During calls</source>
        <translation>Während eines Anrufs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When a call starts</source>
        <translation>Wenn ein Anruf beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer to start the meeting</source>
        <translation>Anbieten, das Gespräch zu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the meeting by itself</source>
        <translation>Das Gespräch von selbst starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a call starts:</source>
        <translation>Wenn ein Anruf beginnt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also when no meeting is planned within 15 minutes</source>
        <translation>Auch wenn in den nächsten 15 Minuten kein Gespräch geplant ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the debrief when the call is over</source>
        <translation>Die Nachbereitung öffnen, wenn der Anruf vorbei ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the overlay at a corner of the call&apos;s window</source>
        <translation>Das Overlay an einer Ecke des Anruffensters halten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>While the screen is shared</source>
        <translation>Während der Bildschirm geteilt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the overlay</source>
        <translation>Overlay ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shrink it to a thin bar</source>
        <translation>Zu einem schmalen Balken verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it as it is</source>
        <translation>So lassen, wie es ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>While the screen is shared:</source>
        <translation>Während der Bildschirm geteilt wird:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn this key off</source>
        <translation>Diese Taste abschalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These keys work anywhere, even while your call has the keyboard, but only while a meeting runs or is offered.</source>
        <translation>Diese Tasten wirken überall, auch wenn dein Anruf die Tastatur hat – aber nur, solange ein Gespräch läuft oder angeboten wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add them to GNOME&apos;s keyboard shortcuts…</source>
        <translation>Zu den Tastenkürzeln von GNOME hinzufügen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Under Wayland they reach Twoway only while an X11 window, such as Zoom&apos;s, has the keyboard. For other windows, add desktop shortcuts that run “twoway toggle”, “twoway next”, “twoway extend” and “twoway end”.</source>
        <translation>Unter Wayland erreichen sie Twoway nur, solange ein X11-Fenster wie das von Zoom die Tastatur hat. Für andere Fenster lege Tastenkürzel des Desktops an, die „twoway toggle“, „twoway next“, „twoway extend“ und „twoway end“ ausführen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GNOME keyboard shortcuts</source>
        <translation>GNOME-Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add these keys to GNOME&apos;s Custom Shortcuts, each running a Twoway command? They work with any window, all day (they do nothing when no meeting runs), and you can change or remove them in GNOME&apos;s Settings → Keyboard.</source>
        <translation>Diese Tasten zu den eigenen Tastenkürzeln von GNOME hinzufügen, jede mit einem Twoway-Befehl? Sie wirken in jedem Fenster, den ganzen Tag (ohne laufendes Gespräch tun sie nichts), und du kannst sie in den GNOME-Einstellungen unter Tastatur ändern oder entfernen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>GNOME&apos;s shortcuts could not be changed: %1</source>
        <translation>Die Tastenkürzel von GNOME konnten nicht geändert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shortcuts added to GNOME.</source>
        <translation>
            <numerusform>%n Tastenkürzel zu GNOME hinzugefügt.</numerusform>
            <numerusform>%n Tastenkürzel zu GNOME hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” cannot be used as a hotkey; choose a letter, digit or F-key with Ctrl, Alt or Shift.</source>
        <translation>„%1“ kann nicht als Tastenkürzel dienen; wähle einen Buchstaben, eine Ziffer oder eine F-Taste mit Strg, Alt oder Umschalt.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/keep_in_touch.py" line="+27"/>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 weeks</source>
        <translation>Alle 2 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 months</source>
        <translation>Alle 2 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 3 months</source>
        <translation>Alle 3 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 6 months</source>
        <translation>Alle 6 Monate</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n days</source>
        <translation>
            <numerusform>Im Abstand von %n Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/twoway/ui/main/settings_keep_in_touch.py" line="+53"/>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How often to reconnect</source>
        <translation>Wie oft du dich melden willst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect:</source>
        <translation>Melden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talks logged</source>
        <translation>Notierte Gespräche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talks:</source>
        <translation>Gespräche:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day of the talk</source>
        <translation>Tag des Gesprächs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of talk</source>
        <translation>Art des Gesprächs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you talked about</source>
        <translation>Worüber ihr gesprochen habt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on the talk</source>
        <translation>Notiz zum Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log a talk</source>
        <translation>Gespräch &amp;notieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, from tag “%2”</source>
        <translation>%1, durch das Tag „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A choice here comes before the one of their tags (Settings ▸ Keep in touch).</source>
        <translation>Was du hier wählst, gilt vor dem Wert ihrer Tags (Einstellungen ▸ In Kontakt bleiben).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/profile.py" line="+22"/>
        <source>About you</source>
        <translation>Über dich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name:</source>
        <translation>Dein Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As you sign your messages</source>
        <translation>Wie du deine Nachrichten unterschreibst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Introduction:</source>
        <translation>Vorstellung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line: who you are and what you are working on</source>
        <translation>Eine Zeile: wer du bist und woran du arbeitest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-off:</source>
        <translation>Grußformel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thank you,</source>
        <translation>Vielen Dank und viele Grüße</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used to sign the request message and offered for your introduction.</source>
        <translation>Unterschreibt die Anfrage und wird dir für deine Vorstellung angeboten.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/today_start.py" line="-52"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meeting running now</source>
        <translation>Laufendes Gespräch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go to the meeting</source>
        <translation>&amp;Zum Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the running meeting</source>
        <translation>Zum laufenden Gespräch</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Start or plan</source>
        <translation>Starten oder planen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format of the meeting to start</source>
        <translation>Format des Gesprächs, das starten soll</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a meeting &amp;now</source>
        <translation>Gespräch &amp;jetzt starten</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="-51"/>
        <location filename="../desktop/twoway/ui/main/today_start.py" line="+59"/>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/calendar_suggestions.py" line="+27"/>
        <source>From your calendar</source>
        <translation>Aus deinem Kalender</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Events from your calendar</source>
        <translation>Termine aus deinem Kalender</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Join the call and start the timer</source>
        <translation>Dem Call &amp;beitreten und Timer starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan as a meeting</source>
        <translation>Als Treffen &amp;planen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · %2 · %3 min</source>
        <translation>%1 · %2 · %3 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call link</source>
        <translation>Call-Link</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A sync is running; try again in a moment.</source>
        <translation>Gerade läuft ein Abgleich; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_keep_in_touch.py" line="+9"/>
        <source>How often to reconnect with everyone who has a tag. A contact&apos;s own choice on their page comes first; of several tags, the most often counts.</source>
        <translation>Wie oft du dich bei allen mit einem bestimmten Tag melden möchtest. Was auf der Seite eines Kontakts gewählt ist, geht vor; bei mehreren Tags zählt der häufigste Rhythmus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reconnect by tag</source>
        <translation>Melden nach Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnect</source>
        <translation>Melden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give your contacts tags on their page to choose a cadence for each tag here.</source>
        <translation>Gib deinen Kontakten auf ihrer Seite Tags, um hier für jedes Tag einen Rhythmus zu wählen.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>“%1”: %n contacts</source>
        <translation>
            <numerusform>„%1“: %n Kontakt</numerusform>
            <numerusform>„%1“: %n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reconnect with “%1”</source>
        <translation>Melden bei „%1“</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../desktop/twoway/ui/notices.py" line="+123"/>
        <source>Twoway runs natively on Wayland here, where the desktop alone decides which windows stay on top, so the timer may slip behind your call. To pin it: on GNOME, hold the Super key, right-click the timer and choose “Always on Top”; on KDE Plasma, add a window rule for the window class “%1” that forces “Keep above other windows”; on sway, add “for_window [app_id=&quot;%1&quot;] floating enable, sticky enable” to your configuration. Or turn off the setting overlay.native_wayland to run Twoway through XWayland, which keeps the timer on top by itself.</source>
        <translation>Twoway läuft hier direkt unter Wayland, wo allein der Desktop entscheidet, welche Fenster im Vordergrund bleiben – der Timer kann also hinter deinen Videocall rutschen. So hältst du ihn oben: unter GNOME die Super-Taste gedrückt halten, mit der rechten Maustaste auf den Timer klicken und „Immer im Vordergrund“ wählen; unter KDE Plasma eine Fensterregel für die Fensterklasse „%1“ anlegen, die „Im Vordergrund halten“ erzwingt; unter sway „for_window [app_id=&quot;%1&quot;] floating enable, sticky enable“ in die Konfiguration schreiben. Oder schalte die Einstellung overlay.native_wayland aus, dann läuft Twoway über XWayland und der Timer bleibt von selbst oben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your desktop has no system tray, so Twoway cannot put an icon there. Its window is its home instead, and closing the main window quits Twoway. To bring a hidden Twoway back, open it again from your applications or run `twoway show`.</source>
        <translation>Dein Desktop hat keine Systemleiste, daher kann Twoway dort kein Symbol ablegen. Stattdessen lebt Twoway in seinem Fenster: Wenn du das Hauptfenster schließt, wird Twoway beendet. Um ein verborgenes Twoway zurückzuholen, öffne es erneut über deine Anwendungen oder führe `twoway show` aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When Twoway last quit, it could not save some changes in your data folder. They are kept in %1, each file where it belongs in the data folder: copy them back once the folder can be written again.</source>
        <translation>Als Twoway zuletzt beendet wurde, konnten einige Änderungen nicht in deinem Datenordner gespeichert werden. Sie liegen in %1, jede Datei an der Stelle, an die sie im Datenordner gehört: Kopiere sie zurück, sobald der Ordner wieder beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/meeting_service.py" line="+49"/>
        <source>There is no format called “%1”. Known: %2.</source>
        <translation>Es gibt kein Format namens „%1“. Bekannt sind: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A meeting is already running. End it first.</source>
        <translation>Es läuft bereits ein Gespräch. Beende es zuerst.</translation>
    </message>
</context>
<context>
    <name>CallOfferCard</name>
    <message>
        <location filename="../desktop/twoway/ui/call_offer.py" line="+43"/>
        <source>Twoway call offer</source>
        <translation>Twoway-Anrufangebot</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A call has started. Start %1 with %2?</source>
        <translation>Ein Anruf hat begonnen. %1 mit %2 starten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A call has started. Start %1?</source>
        <translation>Ein Anruf hat begonnen. %1 starten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The call seems to be over. End the meeting?</source>
        <translation>Der Anruf scheint vorbei zu sein. Gespräch beenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the meeting</source>
        <translation>Gespräch beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>ControlStrip</name>
    <message>
        <location filename="../desktop/twoway/ui/overlay_controls.py" line="+89"/>
        <location line="+34"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more minute</source>
        <translation>Eine Minute mehr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the meeting</source>
        <translation>Gespräch beenden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>DataHub</name>
    <message>
        <location filename="../desktop/twoway/ui/main/hub.py" line="+106"/>
        <source>Some changes could not be saved: %1</source>
        <translation>Einige Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete meeting</source>
        <translation>Gespräch löschen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete follow-up</source>
        <translation>Follow-up löschen</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desktop/twoway/demo_people.py" line="+10"/>
        <source>Move from retail analytics into a lead role in consumer research by the autumn.</source>
        <translation>Bis zum Herbst aus der Datenanalyse im Handel in eine leitende Rolle in der Marktforschung wechseln.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An introduction to the research team at Fernhill Foods</source>
        <translation>Ein Kontakt zum Marktforschungsteam von Fernhill Foods</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An informational interview with a head of consumer research</source>
        <translation>Ein Informationsgespräch mit der Leitung einer Marktforschungsabteilung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback on my pricing case study from a hiring manager</source>
        <translation>Feedback zu meinen Studien zur Preisgestaltung von jemandem, der Jobs vergibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads on food and drink brands hiring researchers</source>
        <translation>Hinweise auf Jobs in der Marktforschung bei Lebensmittel- und Getränkemarken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mentor who moved from analytics into research</source>
        <translation>Ein Mentor, der selbst aus der Datenanalyse in die Marktforschung gewechselt ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pricing analysis and A/B test design</source>
        <translation>Analysen zur Preisgestaltung und Design von A/B-Tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions to retail buyers in Lisbon</source>
        <translation>Kontakte zu Einkäufern im Handel in Lissabon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews of survey questionnaires</source>
        <translation>Gegenlesen von Umfragen und Fragebögen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A guest spot in my analytics newsletter (2,000 readers)</source>
        <translation>Ein Gastbeitrag in meinem Analytics-Newsletter (2.000 Leser)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Founder and design lead</source>
        <translation>Gründerin und Designleiterin</translation>
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
        <translation>lissabon</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+80"/>
        <source>Pricing meetup in March</source>
        <translation>Pricing-Meetup im März</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Packaging design; knows many retail buyers in Portugal</source>
        <translation>Verpackungsdesign; kennt viele Einkäufer im Handel in Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing research for the studio&apos;s new product line; a survey partner</source>
        <translation>Marktforschung zur Preisgestaltung der neuen Produktlinie des Studios; ein Partner für Umfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Launching a Lisbon studio this spring. Prefers calls before 10:00.</source>
        <translation>Eröffnet dieses Frühjahr ein Studio in Lissabon. Gespräche am liebsten vor 10 Uhr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of consumer research</source>
        <translation>Leiterin Marktforschung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <location line="+22"/>
        <source>research</source>
        <translation>marktforschung</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+17"/>
        <location line="+59"/>
        <source>hiring</source>
        <translation>jobs</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>food</source>
        <translation>lebensmittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Introduced by Lena Fischer</source>
        <translation>Über Lena Fischer vermittelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions to researchers in food brands; advice on hiring into research</source>
        <translation>Kontakte zu Marktforschern bei Lebensmittelmarken; Tipps für den Einstieg in die Marktforschung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help with A/B test design for the packaging team</source>
        <translation>Hilfe beim Design von A/B-Tests für das Verpackungsteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a monthly note on shopper panels. Ask about the autumn hiring round.</source>
        <translation>Schreibt monatlich einen Newsletter über Käuferpanels. Nach der Einstellungsrunde im Herbst fragen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Analytics manager</source>
        <translation>Analytics-Manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>analytics</source>
        <translation>datenanalyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former colleague</source>
        <translation>Ehemaliger Kollege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honest feedback on analytics portfolios</source>
        <translation>Ehrliches Feedback zu Analytics-Portfolios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking to hire two data analysts this spring</source>
        <translation>Will dieses Frühjahr zwei Datenanalysten einstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Freelance UX researcher</source>
        <translation>Freiberufliche UX-Researcherin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>freelance</source>
        <translation>freiberuflich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research Ops community call</source>
        <translation>Community-Call von Research Ops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey design and usability studies</source>
        <translation>Umfragedesign und Usability-Studien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads on retail clients; an audience for her newsletter</source>
        <translation>Neue Kunden im Handel; Leser für ihren Newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to co-writing a piece on pricing surveys.</source>
        <translation>Offen für einen gemeinsamen Artikel über Preisumfragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category buyer, fresh food</source>
        <translation>Einkäufer, frische Lebensmittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <location line="+23"/>
        <source>retail</source>
        <translation>handel</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>buyer</source>
        <translation>einkäufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade fair in Porto</source>
        <translation>Messe in Porto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A view from the buying side; introductions to suppliers</source>
        <translation>Die Sicht des Einkaufs; Kontakte zu Lieferanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better promotion analysis</source>
        <translation>Bessere Analysen von Aktionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VP Insights</source>
        <translation>VP Insights</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leadership</source>
        <translation>führung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke at the Insights Summit</source>
        <translation>Hat beim Insights Summit gesprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Career advice for researchers; a large network in consumer goods</source>
        <translation>Karriererat für Marktforscher; ein großes Netzwerk in der Konsumgüterbranche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senior analysts who can explain pricing to executives</source>
        <translation>Erfahrene Analysten, die der Geschäftsführung Preisgestaltung erklären können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked to keep it to 20 minutes. Send questions in advance.</source>
        <translation>Bittet um höchstens 20 Minuten. Fragen vorab schicken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meetup organiser</source>
        <translation>Meetup-Organisatorin</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>community</source>
        <translation>netzwerk</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>pricing</source>
        <translation>preisgestaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking slots at the meetup; introductions across the pricing community</source>
        <translation>Vortragsslots beim Meetup; Kontakte in die ganze Pricing-Community</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers for the autumn season</source>
        <translation>Referenten für die Herbstsaison</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recruiter, research and insights</source>
        <translation>Recruiter, Marktforschung und Insights</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recruiter</source>
        <translation>personalberater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached out on LinkedIn</source>
        <translation>Hat sich über LinkedIn gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads on research roles at food and drink brands</source>
        <translation>Hinweise auf offene Stellen in der Marktforschung bei Lebensmittel- und Getränkemarken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates with both analytics and research experience</source>
        <translation>Kandidaten mit Erfahrung sowohl in Analytics als auch in der Marktforschung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product manager</source>
        <translation>Produktmanagerin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product</source>
        <translation>produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wine</source>
        <translation>wein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend of Maya</source>
        <translation>Freundin von Maya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A product view on subscription pricing</source>
        <translation>Die Produktsicht zur Preisgestaltung von Abos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone to check her survey before it goes out</source>
        <translation>Jemanden, der ihre Umfrage prüft, bevor sie rausgeht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Founder</source>
        <translation>Gründer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>startup</source>
        <translation>startup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo day</source>
        <translation>Demo Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelf data from 300 stores</source>
        <translation>Regaldaten aus 300 Filialen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot customers among retail buyers</source>
        <translation>Pilotkunden unter Einkäufern im Handel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data journalist</source>
        <translation>Datenjournalistin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>media</source>
        <translation>medien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>writing</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commented on my newsletter</source>
        <translation>Hat meinen Newsletter kommentiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice on writing for a wide audience</source>
        <translation>Tipps zum Schreiben für ein breites Publikum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stories about what shoppers pay</source>
        <translation>Geschichten darüber, was Kunden an der Kasse zahlen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Programme lead</source>
        <translation>Programmleiter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maya&apos;s launch party</source>
        <translation>Mayas Eröffnungsfeier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A room of 40 retail owners every month</source>
        <translation>Jeden Monat 40 Ladeninhaber in einem Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers on pricing for small shops</source>
        <translation>Referenten zur Preisgestaltung für kleine Läden</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo_data.py" line="+175"/>
        <source>Two names of research leads who moved over from analytics.</source>
        <translation>Zwei Namen von Marktforschungsleitern, die aus der Datenanalyse umgestiegen sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Three speaker ideas for the autumn season.</source>
        <translation>Drei Vorschläge für Referenten in der Herbstsaison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inês Duarte at Fernhill; the shopper-panel newsletter.</source>
        <translation>Inês Duarte bei Fernhill; der Newsletter über Käuferpanels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+218"/>
        <source>Ask Inês for a short call, mentioning Lena</source>
        <translation>Inês um ein kurzes Gespräch bitten, Lena erwähnen</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Straight feedback on the case study: lead with the decision, not the model.</source>
        <translation>Klares Feedback zur Fallstudie: mit der Entscheidung einsteigen, nicht mit dem Modell.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to find analysts who can talk to buyers.</source>
        <translation>Wo er Analysten findet, die mit Einkäufern reden können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two candidate names for his team.</source>
        <translation>Namen von zwei Kandidaten für sein Team.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+201"/>
        <source>Send Tom the two candidates&apos; profiles</source>
        <translation>Tom die Profile der beiden Kandidaten schicken</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>How Fernhill hires into research, and that the autumn round opens in June.</source>
        <translation>Wie Fernhill in der Marktforschung einstellt – und dass die Herbstrunde im Juni startet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An outline for testing two pack sizes.</source>
        <translation>Eine Skizze, wie sich zwei Packungsgrößen testen lassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priya Raman at Kestrel; the A/B test outline.</source>
        <translation>Priya Raman bei Kestrel; die Skizze für den A/B-Test.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+184"/>
        <source>Send Inês the A/B test outline</source>
        <translation>Inês die Skizze für den A/B-Test schicken</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>A better way to word price questions in surveys.</source>
        <translation>Wie man Preisfragen in Umfragen besser formuliert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two retail leads.</source>
        <translation>Zwei mögliche Kunden im Handel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jonas Keller at Oakmoor; Chloé Martin.</source>
        <translation>Jonas Keller bei Oakmoor; Chloé Martin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+166"/>
        <source>Introduce Ana to Jonas</source>
        <translation>Ana mit Jonas bekannt machen</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Research leads are hired for judgement: show one hard call I made.</source>
        <translation>Leitungen in der Marktforschung werden nach Urteilsvermögen eingestellt: eine schwierige Entscheidung zeigen, die ich getroffen habe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short note on explaining price elasticity to executives.</source>
        <translation>Eine kurze Notiz dazu, wie man der Geschäftsführung Preiselastizität erklärt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samuel Osei at Talent Bridge.</source>
        <translation>Samuel Osei bei Talent Bridge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+146"/>
        <source>Send Priya the note on price elasticity</source>
        <translation>Priya die Notiz zur Preiselastizität schicken</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>How buyers judge a promotion in the first week.</source>
        <translation>Wie Einkäufer eine Aktion in der ersten Woche beurteilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A simple uplift check for his promotions.</source>
        <translation>Ein einfacher Uplift-Check für seine Aktionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ana Lima for shopper interviews.</source>
        <translation>Ana Lima für Interviews mit Käufern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+135"/>
        <source>Send Jonas a one-page proposal for the uplift check</source>
        <translation>Jonas ein einseitiges Angebot für den Uplift-Check schicken</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>swap notes on pricing a new product line</source>
        <translation>mit Ihnen Erfahrungen zur Preisgestaltung einer neuen Produktlinie austauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have run pricing studies for three retail brands and can share what worked</source>
        <translation>Ich habe Preisstudien für drei Handelsunternehmen durchgeführt und kann erzählen, was funktioniert hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>how you plan to price the new line
who buys packaging research in Lisbon</source>
        <translation>wie Sie die Preise für die neue Linie festlegen wollen
wer in Lissabon Marktforschung zu Verpackungen einkauft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ten years in retail analytics, now moving into consumer research; pricing is where the two meet.</source>
        <translation>Zehn Jahre Datenanalyse im Handel, jetzt auf dem Weg in die Marktforschung; bei der Preisgestaltung treffen sich beide Welten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is the hardest pricing call for the new line?</source>
        <translation>Was ist die schwierigste Preisentscheidung für die neue Linie?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who in Lisbon buys packaging research?</source>
        <translation>Wer in Lissabon kauft Marktforschung zu Verpackungen ein?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Introduce Maya to Rui Costa&apos;s retail owners&apos; evening</source>
        <translation>Maya beim Händlerabend von Rui Costa vorstellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>hear how Harbor &amp; Vine priced its subscription</source>
        <translation>erfahren, wie Harbor &amp; Vine den Preis für sein Abo festgelegt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can check your survey before it goes out</source>
        <translation>Ich kann Ihre Umfrage prüfen, bevor sie verschickt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscription pricing
the survey draft</source>
        <translation>Preisgestaltung bei Abos
Ihr Entwurf für die Umfrage</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Follow up with Lena Fischer</source>
        <translation>Bei Lena Fischer nachfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow up with Tom Berg</source>
        <translation>Bei Tom Berg nachfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up with Inês Duarte</source>
        <translation>Bei Inês Duarte nachfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up with Ana Lima</source>
        <translation>Bei Ana Lima nachfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a thank-you note to Priya Raman</source>
        <translation>Bei Priya Raman mit einer kurzen Nachricht bedanken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up with Priya Raman</source>
        <translation>Bei Priya Raman nachfassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow up with Jonas Keller</source>
        <translation>Bei Jonas Keller nachfassen</translation>
    </message>
</context>
<context>
    <name>EndCardButtons</name>
    <message>
        <location filename="../desktop/twoway/ui/overlay_controls.py" line="+18"/>
        <source>Write the debrief</source>
        <translation>Nachbereitung schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../desktop/twoway/core/workflow/followups.py" line="+20"/>
        <source>Follow up with {name}</source>
        <translation>Bei {name} nachfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a thank-you note to {name}</source>
        <translation>Bei {name} mit einer kurzen Nachricht bedanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your contact</source>
        <translation>deinem Kontakt</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+22"/>
        <source>Demo: a Minimastermind in fast motion</source>
        <translation>Demo: ein Minimastermind im Zeitraffer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank you, Maya. I will send the introduction by Friday.</source>
        <translation>Danke, Maya. Den Kontakt stelle ich bis Freitag her.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/formats.py" line="+115"/>
        <source>Minimastermind</source>
        <translation>Minimastermind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twelve minutes planned in a fifteen-minute slot: five on them, five on you, then a minute each on what was of value.</source>
        <translation>Zwölf Minuten geplant in einem Zeitfenster von fünfzehn: fünf für dein Gegenüber, fünf für dich, dann je eine Minute dazu, was wertvoll war.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../desktop/twoway/demo.py" line="+5"/>
        <source>Their offer and challenge</source>
        <translation>Ihr Angebot, ihr Anliegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask about their offer and the business challenge they face now.</source>
        <translation>Frag nach ihrem Angebot und der geschäftlichen Herausforderung, vor der sie gerade stehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say what you offer and the one challenge you want ideas on.</source>
        <translation>Sag, was du anbietest und zu welcher Herausforderung du Ideen suchst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What was of value to them? Any fit to buy, sell or refer?</source>
        <translation>Was war für sie wertvoll? Gibt es Anlass für Kauf, Verkauf oder Empfehlung?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name what was of value to you, and thank them.</source>
        <translation>Sag, was dir wertvoll war, und bedank dich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This was worth it — thank you. Shall we note one next step each?</source>
        <translation>Das hat sich gelohnt – danke! Halten wir je einen nächsten Schritt fest?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>20-minute networking meeting</source>
        <translation>20-Minuten-Netzwerkgespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An informational meeting you asked for: introduction, your prepared questions, and how you can help them.</source>
        <translation>Ein Informationsgespräch, um das du gebeten hast: Einstieg, deine vorbereiteten Fragen und wie du helfen kannst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Introduction</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank them, then a short overview that leads to why you asked.</source>
        <translation>Bedank dich, dann ein kurzer Überblick, der zu deinem Anliegen führt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discussion</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work through your prepared questions and topics.</source>
        <translation>Geh deine vorbereiteten Fragen und Themen durch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ending</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer how you can help them, agree on a follow-up, say thanks.</source>
        <translation>Biete deine Hilfe an, vereinbart ein Follow-up, sag danke.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I promised you twenty minutes. How can I help you in return?</source>
        <translation>Ich hatte Ihnen zwanzig Minuten versprochen. Wie kann ich Ihnen im Gegenzug helfen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>30-minute coffee chat</source>
        <translation>30-Minuten-Kaffeeplausch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A relaxed conversation with equal time for each side.</source>
        <translation>Ein entspanntes Gespräch mit gleich viel Zeit für beide Seiten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warm-up</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How you met, and what each of you hopes to get from the chat.</source>
        <translation>Wie ihr euch kennengelernt habt und was ihr euch beide vom Gespräch erhofft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their story</source>
        <translation>Ihre Geschichte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What are they working on, and what would help them most?</source>
        <translation>Woran arbeiten sie, und was würde ihnen am meisten helfen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your story</source>
        <translation>Deine Geschichte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where you are headed, and your most specific need.</source>
        <translation>Wohin du willst und was du ganz konkret brauchst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agree on one next step each, with a date.</source>
        <translation>Vereinbart je einen nächsten Schritt, mit Datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before we go: what is the one thing I can do for you this week?</source>
        <translation>Bevor wir auseinandergehen: Was ist das eine, das ich diese Woche für Sie tun kann?</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Ask Maya how the Lisbon studio launch is going.</source>
        <translation>Frag Maya, wie der Start des Studios in Lissabon läuft.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/formats.py" line="-110"/>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Your offer and challenge</source>
        <translation>Dein Angebot, dein Anliegen</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Mention the pricing workshop; ask who buys research in retail.</source>
        <translation>Erwähne den Pricing-Workshop; frag, wer im Handel Marktforschung einkauft.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/formats.py" line="+8"/>
        <location filename="../desktop/twoway/demo.py" line="+5"/>
        <source>Their takeaway</source>
        <translation>Ihr Fazit</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>What was of value to Maya?</source>
        <translation>Was war für Maya wertvoll?</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/formats.py" line="+8"/>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Your takeaway</source>
        <translation>Dein Fazit</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Name one thing you take away, and thank her.</source>
        <translation>Nenne eine Sache, die du mitnimmst, und bedank dich bei ihr.</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <location filename="../desktop/twoway/ui/hotkeys.py" line="+300"/>
        <source>The key %1 (%2) is already taken by another program, so Twoway cannot use it. Choose another in Settings.</source>
        <translation>Die Taste %1 (%2) ist schon von einem anderen Programm belegt, daher kann Twoway sie nicht nutzen. Wähle in den Einstellungen eine andere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system did not let Twoway use the key %1 (%2). Choose another in Settings.</source>
        <translation>Das System lässt Twoway die Taste %1 (%2) nicht verwenden. Wähle in den Einstellungen eine andere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key %1 (%2) cannot be typed on this keyboard layout.</source>
        <translation>Die Taste %1 (%2) gibt es auf dieser Tastaturbelegung nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>start the offered meeting</source>
        <translation>das angebotene Gespräch starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pause or resume</source>
        <translation>pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next phase</source>
        <translation>nächste Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one more minute</source>
        <translation>eine Minute mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end the meeting</source>
        <translation>das Gespräch beenden</translation>
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
        <translation>Deine Daten werden geladen … %1 von %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop/twoway/core/format_files.py" line="+89"/>
        <location line="+75"/>
        <location filename="../desktop/twoway/core/store/fields.py" line="+224"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location line="-71"/>
        <location filename="../desktop/twoway/core/store/values.py" line="+65"/>
        <location line="+234"/>
        <source>%1 must be text in quotes</source>
        <translation>%1 muss Text in Anführungszeichen sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../desktop/twoway/core/store/values.py" line="-201"/>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be more than %2 and at most %3</source>
        <translation>%1 muss größer als %2 und höchstens %3 sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>phase %1: %2</source>
        <translation>%2 in Phase %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>phase %1 must be a [[phases]] table</source>
        <translation>Phase %1 muss eine [[phases]]-Tabelle sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>phase %1 has an unknown setting &apos;%2&apos; (known: %3)</source>
        <translation>Phase %1 hat eine unbekannte Einstellung &apos;%2&apos; (bekannt: %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>phase %1: owner must be &quot;them&quot;, &quot;me&quot; or &quot;both&quot;, not %2</source>
        <translation>owner in Phase %1 muss &quot;them&quot;, &quot;me&quot; oder &quot;both&quot; sein, nicht %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>phase %1: color must look like &quot;#0072B2&quot;, not %2</source>
        <translation>color in Phase %1 muss wie &quot;#0072B2&quot; aussehen, nicht %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not valid TOML (%1)</source>
        <translation>kein gültiges TOML (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Einstellung &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>schema must be a whole number</source>
        <translation>schema muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this file was written by a newer Twoway (format schema %1); update Twoway to use it</source>
        <translation>Diese Datei stammt von einer neueren Twoway-Version (Formatschema %1); aktualisiere Twoway, um sie zu verwenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a format needs at least one [[phases]] table</source>
        <translation>Ein Format braucht mindestens eine [[phases]]-Tabelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a format can have at most %1 phases</source>
        <translation>Ein Format kann höchstens %1 Phasen haben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>slot_minutes (%1) is shorter than its phases together (%2)</source>
        <translation>slot_minutes (%1) ist kürzer als alle Phasen zusammen (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>warning_lead_s must be a whole number of seconds from 0 to 600</source>
        <translation>warning_lead_s muss eine ganze Zahl von Sekunden zwischen 0 und 600 sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>swappable must be true or false</source>
        <translation>swappable muss true oder false sein</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>file name must use letters, digits, - or _ only</source>
        <translation>Der Dateiname darf nur Buchstaben, Ziffern, - oder _ enthalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/apply.py" line="+135"/>
        <source>The disk is full, so the import could not be saved; nothing was imported.</source>
        <translation>Der Datenträger ist voll, daher konnte der Import nicht gespeichert werden; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Twoway cannot write to its data folder, so nothing was imported.</source>
        <translation>Twoway kann nicht in seinen Datenordner schreiben, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import could not be saved, so nothing was imported.</source>
        <translation>Der Import konnte nicht gespeichert werden, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/backup.py" line="+33"/>
        <source>The backup could not be made (%1); nothing was written.</source>
        <translation>Die Sicherung konnte nicht erstellt werden (%1); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” could not be written (%2).</source>
        <translation>„%1“ konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/reading.py" line="+77"/>
        <location filename="../desktop/twoway/core/store/restore_checks.py" line="+266"/>
        <source>There is no file called “%1”.</source>
        <translation>Es gibt keine Datei namens „%1“.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/csv_import.py" line="+231"/>
        <source>Line %1 of the file could not be read as CSV (%2).</source>
        <translation>Zeile %1 der Datei konnte nicht als CSV gelesen werden (%2).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This does not look like LinkedIn&apos;s Connections.csv: no row has the columns “%1” and “%2”.</source>
        <translation>Das sieht nicht nach der Connections.csv von LinkedIn aus: Keine Zeile enthält die Spalten „%1“ und „%2“.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Line %1 has no name and was left out.</source>
        <translation>Zeile %1 enthält keinen Namen und wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file has the LinkedIn columns but no connections in it.</source>
        <translation>Die Datei hat die Spalten von LinkedIn, enthält aber keine Kontakte.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The file has no column %1. Its columns are %2.</source>
        <translation>Die Datei hat keine Spalte %1. Ihre Spalten heißen %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file has no column %1. Its columns are not named.</source>
        <translation>Die Datei hat keine Spalte %1. Ihre Spalten haben keine Namen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file has no column for names (such as “Name”, or “First Name” and “Last Name”). Its columns are %1.</source>
        <translation>Die Datei hat keine Spalte für Namen (etwa „Name“ oder „First Name“ und „Last Name“). Ihre Spalten heißen %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file has no column for names (such as “Name”, or “First Name” and “Last Name”). Its columns are not named.</source>
        <translation>Die Datei hat keine Spalte für Namen (etwa „Name“ oder „First Name“ und „Last Name“). Ihre Spalten haben keine Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file has no header row naming its columns.</source>
        <translation>Die Datei hat keine Kopfzeile mit den Namen ihrer Spalten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1 has no name, company or email and was left out.</source>
        <translation>Zeile %1 enthält weder Namen noch Firma noch E-Mail und wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file has a header row but no contacts under it.</source>
        <translation>Die Datei hat eine Kopfzeile, aber darunter keine Kontakte.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/importing.py" line="+38"/>
        <source>Twoway cannot tell what kind of file this is. It imports vCard (.vcf) files, LinkedIn&apos;s Connections.csv and CSV files with a header row.</source>
        <translation>Twoway kann nicht erkennen, was für eine Datei das ist. Importieren lassen sich vCard-Dateien (.vcf), die Connections.csv von LinkedIn und CSV-Dateien mit Kopfzeile.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This is not a vCard file: it has no BEGIN:VCARD line.</source>
        <translation>Das ist keine vCard-Datei: Die Zeile BEGIN:VCARD fehlt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No contact in this file could be read.</source>
        <translation>Aus dieser Datei ließ sich kein Kontakt lesen.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/reading.py" line="-53"/>
        <source>This is not a text file: it looks like an image.</source>
        <translation>Das ist keine Textdatei, sondern offenbar ein Bild.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a text file: it looks like a zip archive or an Excel workbook; save the sheet as CSV first.</source>
        <translation>Das ist keine Textdatei, sondern offenbar ein ZIP-Archiv oder eine Excel-Arbeitsmappe. Speichere die Tabelle zuerst als CSV.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a text file: it looks like an old Excel or Word file; save the sheet as CSV first.</source>
        <translation>Das ist keine Textdatei, sondern offenbar eine ältere Excel- oder Word-Datei. Speichere die Tabelle zuerst als CSV.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a text file: it looks like a PDF document.</source>
        <translation>Das ist keine Textdatei, sondern offenbar ein PDF-Dokument.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is a folder, not a file.</source>
        <translation>„%1“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Twoway is not allowed to read “%1”.</source>
        <translation>Twoway hat keine Berechtigung, „%1“ zu lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could not be read (%2).</source>
        <translation>„%1“ konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../desktop/twoway/core/store/tomltext.py" line="+85"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is too large to be a contact list (%1 MB; Twoway imports files of up to %2 MB).</source>
        <translation>Die Datei ist zu groß für eine Kontaktliste (%1 MB; Twoway importiert Dateien bis %2 MB).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is not a text file. Twoway imports vCard (.vcf) and CSV files.</source>
        <translation>Das ist keine Textdatei. Twoway importiert vCard-Dateien (.vcf) und CSV-Dateien.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The file says it is %1 text but parts of it are not; it may be damaged.</source>
        <translation>Die Datei ist als %1-Text gekennzeichnet, aber Teile davon sind es nicht; sie ist womöglich beschädigt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file is not UTF-8 text, which this format requires. Save it again as UTF-8 and import that copy.</source>
        <translation>Dieses Format verlangt UTF-8-Text, die Datei ist aber anders kodiert. Speichere sie erneut als UTF-8 und importiere diese Kopie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file&apos;s characters are in an encoding Twoway cannot read. Save it again as UTF-8 and import that copy.</source>
        <translation>Die Datei verwendet eine Zeichenkodierung, die Twoway nicht lesen kann. Speichere sie erneut als UTF-8 und importiere diese Kopie.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>The file is not UTF-8; it was read as Western European (Windows-1252) text. Check accented letters in the preview.</source>
        <translation>Die Datei ist nicht in UTF-8 kodiert; sie wurde als westeuropäischer Text (Windows-1252) gelesen. Prüfe Umlaute und Akzente in der Vorschau.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/vcard_import.py" line="+78"/>
        <source>The file ends inside card %1; what that card holds was read.</source>
        <translation>Die Datei endet mitten in Karte %1; was diese Karte bis dahin enthält, wurde eingelesen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Card %1 (line %2): lines that are not vCard data were left out: %3.</source>
        <translation>Karte %1 (Zeile %2): Zeilen ohne vCard-Daten wurden ausgelassen: %3.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Card %1 (line %2) could not be read and was left out.</source>
        <translation>Karte %1 (Zeile %2) konnte nicht gelesen werden und wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Card %1 (line %2) has no name, organization, email or phone and was left out.</source>
        <translation>Karte %1 (Zeile %2) enthält weder Namen noch Organisation, E-Mail oder Telefonnummer und wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Card %1 (line %2): the character set “%3” is not one Twoway knows; read as UTF-8.</source>
        <translation>Karte %1 (Zeile %2): Den Zeichensatz „%3“ kennt Twoway nicht; als UTF-8 gelesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Card %1 (line %2): the character set “%3” is not one Twoway knows; read as Western European (Windows-1252).</source>
        <translation>Karte %1 (Zeile %2): Den Zeichensatz „%3“ kennt Twoway nicht; als westeuropäischer Text (Windows-1252) gelesen.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/settings_schema.py" line="+129"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <source>must be text in quotes</source>
        <translation>muss Text in Anführungszeichen sein</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>must look like &quot;%1&quot;</source>
        <translation>muss wie &quot;%1&quot; aussehen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be one of %1</source>
        <translation>muss einer der Werte %1 sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be one line of at most %1 characters</source>
        <translation>muss eine Zeile mit höchstens %1 Zeichen sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a number of days: one of %1</source>
        <translation>muss eine Zahl von Tagen sein, einer der Werte %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must name a tag of one line, at most %1 characters</source>
        <translation>muss ein Tag in einer Zeile mit höchstens %1 Zeichen nennen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a table of tags and days, such as %1</source>
        <translation>muss eine Tabelle aus Tags und Tagen sein, etwa %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>There is no settings section &quot;%1&quot;; it is ignored.</source>
        <translation>Einen Einstellungsabschnitt &quot;%1&quot; gibt es nicht; er wird ignoriert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a [%1] section; defaults are used.</source>
        <translation>&quot;%1&quot; muss ein Abschnitt [%1] sein; es werden die Standardwerte verwendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no setting &quot;%1&quot;; it is ignored.</source>
        <translation>Eine Einstellung &quot;%1&quot; gibt es nicht; sie wird ignoriert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; %2, so the default (%3) is used.</source>
        <translation>&quot;%1&quot; %2, daher wird der Standardwert (%3) verwendet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; for the tag &quot;%2&quot; %3, so the tag is ignored.</source>
        <translation>&quot;%1&quot; für das Tag &quot;%2&quot; %3, daher wird das Tag übergangen.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/settings.py" line="+99"/>
        <source>Your settings could not be read (%1); defaults are used.</source>
        <translation>Deine Einstellungen konnten nicht gelesen werden (%1); es werden die Standardwerte verwendet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>These settings were written by a newer version of Twoway. They are used where this version understands them, but changes made here are not saved.</source>
        <translation>Diese Einstellungen stammen von einer neueren Twoway-Version. Sie werden verwendet, soweit diese Version sie versteht, aber Änderungen hier werden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your settings file could not be read: %1 Defaults are used; the file is kept as it is until you change a setting.</source>
        <translation>Deine Einstellungsdatei konnte nicht gelesen werden: %1 Es werden die Standardwerte verwendet; die Datei bleibt unverändert, bis du eine Einstellung änderst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your settings file could not be read: its lists are nested too deeply. Defaults are used; the file is kept as it is until you change a setting.</source>
        <translation>Deine Einstellungsdatei konnte nicht gelesen werden: Die Listen darin sind zu tief verschachtelt. Es werden die Standardwerte verwendet; die Datei bleibt unverändert, bis du eine Einstellung änderst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your settings file could not be read: %1</source>
        <translation>Deine Einstellungsdatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This setting applies until Twoway closes, but it is not saved: the settings file belongs to a newer version of Twoway or cannot be read.</source>
        <translation>Diese Einstellung gilt, bis Twoway beendet wird, wird aber nicht gespeichert: Die Einstellungsdatei gehört zu einer neueren Twoway-Version oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The setting applies now but could not be saved (%1).</source>
        <translation>Die Einstellung gilt ab sofort, konnte aber nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/ui_state.py" line="+60"/>
        <source>Window positions could not be read; windows open in their default places. The unreadable file is kept as %1.</source>
        <translation>Die Fensterpositionen konnten nicht gelesen werden; die Fenster öffnen sich an ihren üblichen Stellen. Die unlesbare Datei wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Window positions could not be read; windows open in their default places.</source>
        <translation>Die Fensterpositionen konnten nicht gelesen werden; die Fenster öffnen sich an ihren Standardpositionen.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/values.py" line="-47"/>
        <source>&quot;%1&quot; in item %2 of %3</source>
        <translation>&quot;%1&quot; in Eintrag %2 von %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item %1 of %2</source>
        <translation>Eintrag %1 von %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 must be a whole number</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 must be a list such as [&quot;one&quot;, &quot;two&quot;]</source>
        <translation>%1 muss eine Liste wie [&quot;eins&quot;, &quot;zwei&quot;] sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entry %1 of %2 must be text in quotes</source>
        <translation>Eintrag %1 von %2 muss Text in Anführungszeichen sein</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 must be a date and time such as 2026-01-05T09:30:00Z</source>
        <translation>%1 muss ein Datum mit Uhrzeit wie 2026-01-05T09:30:00Z sein</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 must be a date such as 2026-01-05</source>
        <translation>%1 muss ein Datum wie 2026-01-05 sein</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 must be one of %2</source>
        <translation>%1 muss einer der Werte %2 sein</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 has two cues for the same phase (&quot;%2&quot; and &quot;%3&quot;); keep only one of them</source>
        <translation>%1 enthält zwei Stichworte für dieselbe Phase (&quot;%2&quot; und &quot;%3&quot;); behalte nur eines davon</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/fields.py" line="-160"/>
        <location line="+35"/>
        <location filename="../desktop/twoway/core/store/values.py" line="-18"/>
        <location line="+83"/>
        <source>%1 must be a table</source>
        <translation>%1 muss eine Tabelle sein</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 must be a list of tables</source>
        <translation>%1 muss eine Liste von Tabellen sein</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/values.py" line="-74"/>
        <source>%1 keys must be phase numbers such as &quot;0&quot;</source>
        <translation>Die Schlüssel in %1 müssen Phasennummern wie &quot;0&quot; sein</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/fields.py" line="+112"/>
        <source>there is no field &quot;%1&quot; in %2 (is it a typo?)</source>
        <translation>Es gibt kein Feld &quot;%1&quot; in %2 (ein Tippfehler?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no field &quot;%1&quot; (is it a typo?)</source>
        <translation>Es gibt kein Feld &quot;%1&quot; (ein Tippfehler?)</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/migrations.py" line="+26"/>
        <source>&quot;%1&quot; must be text in quotes.</source>
        <translation>&quot;%1&quot; muss Text in Anführungszeichen sein.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The schema line is missing: every Twoway file starts with one, such as &quot;schema = 1&quot;.</source>
        <translation>Die schema-Zeile fehlt: Jede Twoway-Datei beginnt mit einer solchen Zeile, etwa &quot;schema = 1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;schema&quot; must be a whole number such as 1.</source>
        <translation>&quot;schema&quot; muss eine ganze Zahl wie 1 sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Files of schema %1 cannot be upgraded by this version.</source>
        <translation>Dateien mit Schema %1 kann diese Version nicht aktualisieren.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/reading.py" line="+111"/>
        <source>This should be the folder holding your contacts, but it is a file. Move the file away, then choose “Try again” in Settings.</source>
        <translation>Hier sollte der Ordner mit deinen Kontakten liegen, aber es ist eine Datei. Verschiebe die Datei an einen anderen Ort und wähle dann in den Einstellungen „Nochmal prüfen“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This should be the folder holding your meetings, but it is a file. Move the file away, then choose “Try again” in Settings.</source>
        <translation>Hier sollte der Ordner mit deinen Gesprächen liegen, aber es ist eine Datei. Verschiebe die Datei an einen anderen Ort und wähle dann in den Einstellungen „Nochmal prüfen“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This should be the folder holding your follow-ups, but it is a file. Move the file away, then choose “Try again” in Settings.</source>
        <translation>Hier sollte der Ordner mit deinen Follow-ups liegen, aber es ist eine Datei. Verschiebe die Datei an einen anderen Ort und wähle dann in den Einstellungen „Nochmal prüfen“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This should be the folder holding your checklist templates, but it is a file. Move the file away, then choose “Try again” in Settings.</source>
        <translation>Hier sollte der Ordner mit deinen Checklisten-Vorlagen liegen, aber es ist eine Datei. Verschiebe die Datei an einen anderen Ort und wähle dann in den Einstellungen „Nochmal prüfen“.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/problems.py" line="+100"/>
        <source>Twoway cannot write to its data folder (it is read-only or not yours). Your changes are kept while Twoway stays open and are saved as soon as the folder can be written again.</source>
        <translation>Twoway kann nicht in seinen Datenordner schreiben (er ist schreibgeschützt oder gehört nicht dir). Deine Änderungen bleiben erhalten, solange Twoway geöffnet ist, und werden gespeichert, sobald der Ordner wieder beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk is full, so your changes could not be saved. They are kept while Twoway stays open and are saved as soon as there is space again.</source>
        <translation>Der Datenträger ist voll, daher konnten deine Änderungen nicht gespeichert werden. Sie bleiben erhalten, solange Twoway geöffnet ist, und werden gespeichert, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your changes could not be saved (%1). They are kept while Twoway stays open and are saved as soon as this is fixed.</source>
        <translation>Deine Änderungen konnten nicht gespeichert werden (%1). Sie bleiben erhalten, solange Twoway geöffnet ist, und werden gespeichert, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This record holds text that cannot be stored in a file (a broken character), so it was not saved. Edit the text and try again.</source>
        <translation>Dieser Datensatz enthält Text, der sich nicht in einer Datei speichern lässt (ein beschädigtes Zeichen), daher wurde er nicht gespeichert. Bearbeite den Text und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/reading.py" line="+104"/>
        <source>This folder could not be read (%1).</source>
        <translation>Dieser Ordner konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>It could not be read (%1).</source>
        <translation>Die Datei konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Twoway could not make sense of a value in this file (%1), so the file was not loaded and is left as it is. Correct the value by hand, then choose “Try again” in Settings.</source>
        <translation>Twoway konnte einen Wert in dieser Datei nicht verstehen (%1), daher wurde die Datei nicht geladen und bleibt unverändert. Korrigiere den Wert von Hand und wähle dann in den Einstellungen „Nochmal prüfen“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is a folder where a file should be. Move it away.</source>
        <translation>Hier liegt ein Ordner, wo eine Datei sein sollte. Verschiebe ihn an einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>This file was written by a newer version of Twoway (schema %1; this version knows %2). It is shown, but this version will not change it. Update Twoway to edit it.</source>
        <translation>Diese Datei stammt von einer neueren Twoway-Version (Schema %1; diese Version kennt %2). Sie wird angezeigt, aber diese Version ändert sie nicht. Aktualisiere Twoway, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/conflicts.py" line="+54"/>
        <source>%1 kept two versions of this file: this copy and %2. Compare them and keep the one you want.</source>
        <translation>%1 hat zwei Versionen dieser Datei behalten: diese Kopie und %2. Vergleiche beide und behalte die, die du möchtest.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A sync tool kept two versions of this file: this copy and %1. Compare them and keep the one you want.</source>
        <translation>Ein Synchronisierungsprogramm hat zwei Versionen dieser Datei behalten: diese Kopie und %1. Vergleiche beide und behalte die, die du möchtest.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This file name is not a Twoway record name, so the file was not loaded. Use only letters, digits, &apos;-&apos; and &apos;_&apos; before .toml.</source>
        <translation>Dieser Dateiname ist kein gültiger Name für einen Twoway-Datensatz, daher wurde die Datei nicht geladen. Verwende vor .toml nur Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/writing.py" line="+287"/>
        <source>%1: this is too large to save (%2 MB; a record may hold at most %3 MB). Shorten its notes or other long text, and it is saved. Until then it is kept while Twoway stays open.</source>
        <translation>%1: Dies ist zu groß zum Speichern (%2 MB; ein Eintrag darf höchstens %3 MB umfassen). Kürze die Notizen oder anderen langen Text, dann wird gespeichert. Bis dahin bleibt es erhalten, solange Twoway geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/state.py" line="+75"/>
        <source>Contact “%1”</source>
        <translation>Kontakt „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting with “%1”</source>
        <translation>Gespräch mit „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A meeting</source>
        <translation>Ein Gespräch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up “%1”</source>
        <translation>Follow-up „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist template “%1”</source>
        <translation>Checklisten-Vorlage „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your agenda</source>
        <translation>Deine Agenda</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/conflicts.py" line="+34"/>
        <source>the file on disk was written by a newer version of Twoway</source>
        <translation>die gespeicherte Datei von einer neueren Twoway-Version stammt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file on disk could not be read</source>
        <translation>die gespeicherte Datei nicht gelesen werden konnte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file was changed outside Twoway while you were editing it here</source>
        <translation>die Datei außerhalb von Twoway geändert wurde, während du sie hier bearbeitet hast</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: your version was not saved over the file because %2. The file on disk is kept as it is, and your version is saved beside it as %3. Compare the two and keep the one you want.</source>
        <translation>%1: Deine Version hat die Datei nicht überschrieben, weil %2. Die Datei selbst bleibt unverändert, und deine Version liegt daneben als %3. Vergleiche beide und behalte die, die du möchtest.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/changes.py" line="+109"/>
        <source>%1: you deleted this here, but it was changed on another device meanwhile, so the sync tool brought it back. Delete it again if you no longer want it.</source>
        <translation>%1: Du hast dies hier gelöscht, aber es wurde inzwischen auf einem anderen Gerät geändert, deshalb hat das Synchronisierungsprogramm es zurückgebracht. Lösche es erneut, wenn du es nicht mehr brauchst.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>A record</source>
        <translation>Ein Datensatz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: this was removed outside Twoway while you were editing it here. Your version is kept and will be saved again.</source>
        <translation>%1: Die Datei wurde außerhalb von Twoway entfernt, während du sie hier bearbeitet hast. Deine Version bleibt erhalten und wird erneut gespeichert.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/layout.py" line="+136"/>
        <source>This file is not one of Twoway&apos;s record files.</source>
        <translation>Diese Datei gehört nicht zu den Datensatzdateien von Twoway.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a conflict copy.</source>
        <translation>Diese Datei ist keine Konfliktkopie.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/conflicts.py" line="+29"/>
        <source>The copy could not be read (%1).</source>
        <translation>Die Kopie konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/trash.py" line="+73"/>
        <source>This file cannot be put back automatically.</source>
        <translation>Diese Datei lässt sich nicht automatisch wiederherstellen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A record with the same name exists already; move this file back by hand.</source>
        <translation>Es gibt bereits einen Datensatz mit demselben Namen; verschiebe diese Datei von Hand zurück.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/backing_up.py" line="+41"/>
        <source>It was left out of the backup (%1).</source>
        <translation>Die Datei wurde nicht in die Sicherung aufgenommen (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/restore_checks.py" line="-221"/>
        <source>“%1” cannot be restored, so nothing was changed. Its entry “%2”: %3.</source>
        <translation>„%1“ kann nicht wiederhergestellt werden, daher wurde nichts geändert. Der Eintrag „%2“: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its name could lead out of the data folder (an absolute path, a drive letter or a network path)</source>
        <translation>sein Name könnte aus dem Datenordner hinausführen (ein absoluter Pfad, ein Laufwerksbuchstabe oder ein Netzwerkpfad)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its name could lead out of the data folder (“..” or an empty part)</source>
        <translation>sein Name könnte aus dem Datenordner hinausführen („..“ oder ein leerer Teil)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its name cannot be stored on every system (a character such as \ : * ? &quot; &lt; &gt; |, a hidden or a reserved name)</source>
        <translation>sein Name lässt sich nicht auf jedem System speichern (ein Zeichen wie \ : * ? &quot; &lt; &gt; |, ein versteckter oder reservierter Name)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it lies too many folders deep</source>
        <translation>er liegt zu viele Ordner tief</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a link, which a backup never holds</source>
        <translation>er ist eine Verknüpfung, die eine Sicherung nie enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not an ordinary file</source>
        <translation>er ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is encrypted</source>
        <translation>er ist verschlüsselt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it expands to more than %1 MB</source>
        <translation>er wird entpackt größer als %1 MB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” cannot be restored: it holds more than %2 entries. Nothing was changed.</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: Die Datei enthält mehr als %2 Einträge. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>it belongs to the backups or the trash, which a backup never holds</source>
        <translation>er gehört zu den Sicherungen oder zum Papierkorb, die eine Sicherung nie enthält</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a Twoway backup: it holds files Twoway does not write. Nothing was changed.</source>
        <translation>„%1“ ist keine Twoway-Sicherung: Sie enthält Dateien, die Twoway nicht schreibt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it appears twice (names that differ only in upper and lower case count as the same)</source>
        <translation>er kommt zweimal vor (Namen, die sich nur in Groß- und Kleinschreibung unterscheiden, gelten als gleich)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the backup holds both a file and a folder of this name</source>
        <translation>die Sicherung enthält eine Datei und einen Ordner mit diesem Namen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” holds none of Twoway&apos;s files; nothing was changed.</source>
        <translation>„%1“ enthält keine Dateien von Twoway; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” cannot be restored: it expands to more than %2 MB in all. Nothing was changed.</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: Entpackt wäre sie insgesamt größer als %2 MB. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it would go into “%1”, which in the data folder is a link or a file, not a folder</source>
        <translation>er käme in „%1“, das im Datenordner eine Verknüpfung oder eine Datei ist, kein Ordner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the data folder holds a folder where this file would go</source>
        <translation>im Datenordner liegt ein Ordner, wo diese Datei hin müsste</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>“%1” is not a Twoway backup (not a zip file); nothing was changed.</source>
        <translation>„%1“ ist keine Twoway-Sicherung (keine ZIP-Datei); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This backup could not be read (%1); nothing was changed.</source>
        <translation>Diese Sicherung konnte nicht gelesen werden (%1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/backing_up.py" line="+97"/>
        <source>None of the backups holds a readable copy of this file.</source>
        <translation>Keine der Sicherungen enthält eine lesbare Kopie dieser Datei.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/tomltext.py" line="-65"/>
        <source>the same key appears twice</source>
        <translation>Derselbe Schlüssel kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same table appears twice</source>
        <translation>Dieselbe Tabelle kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text value is not closed (the file may have been cut short)</source>
        <translation>Ein Textwert ist nicht abgeschlossen (die Datei wurde womöglich abgeschnitten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a key has no value (an = sign is missing)</source>
        <translation>Einem Schlüssel fehlt der Wert (ein =-Zeichen fehlt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value is not valid (text needs quotes)</source>
        <translation>Ein Wert ist ungültig (Text braucht Anführungszeichen)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>It holds lists or tables nested inside one another more than %1 levels deep, so it was not read. It may have been damaged.</source>
        <translation>Sie enthält Listen oder Tabellen, die mehr als %1 Ebenen tief ineinander verschachtelt sind, und wurde daher nicht gelesen. Sie ist womöglich beschädigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is larger than %1 MB.</source>
        <translation>Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is not UTF-8 text (it has a byte that is not valid here). Save it as UTF-8 and try again.</source>
        <translation>Die Datei ist kein UTF-8-Text (sie enthält ein Byte, das hier ungültig ist). Speichere sie als UTF-8 und versuche es erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file contains NUL bytes; it may have been damaged.</source>
        <translation>Die Datei enthält NUL-Bytes; sie ist womöglich beschädigt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This is not valid TOML: %1.</source>
        <translation>Das ist kein gültiges TOML: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/i18n.py" line="+239"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/otherfiles.py" line="+85"/>
        <source>%1 kept two versions of your settings: this copy and settings.toml. Use this copy to make it your settings, or set it aside.</source>
        <translation>%1 hat zwei Fassungen deiner Einstellungen behalten: diese Kopie und settings.toml. Verwende diese Kopie, um sie zu deinen Einstellungen zu machen, oder lege sie beiseite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 kept two versions of this file: this copy and %2. Use this copy to put it in place of %2, or set it aside.</source>
        <translation>%1 hat zwei Fassungen dieser Datei behalten: diese Kopie und %2. Verwende diese Kopie, um sie an die Stelle von %2 zu setzen, oder lege sie beiseite.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/limits.py" line="+24"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn profile</source>
        <translation>LinkedIn-Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how you met</source>
        <translation>Wie ihr euch kennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1”: the %2 were %3 characters long; only the first %4 were imported.</source>
        <translation>„%1“: Das Feld „%2“ hatte %3 Zeichen; nur die ersten %4 wurden importiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1”: the %2 was %3 characters long; only the first %4 were imported.</source>
        <translation>„%1“: Das Feld „%2“ hatte %3 Zeichen; nur die ersten %4 wurden importiert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1”: %2 %3 were listed; only the first %4 were imported.</source>
        <translation>„%1“: %2 Einträge unter „%3“; nur die ersten %4 wurden importiert.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” holds more text than one contact can keep (over %2 MB) and was left out.</source>
        <translation>„%1“ enthält mehr Text, als ein Kontakt fassen kann (über %2 MB), und wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/transaction.py" line="+68"/>
        <source>Another import is running for this data folder. Try again when it has finished; nothing was imported.</source>
        <translation>Für diesen Datenordner läuft bereits ein anderer Import. Versuche es erneut, wenn er fertig ist; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/backups.py" line="+87"/>
        <source>it is a link to somewhere else; backups hold only the data folder&apos;s own files</source>
        <translation>sie ist eine Verknüpfung zu einem anderen Ort; Sicherungen enthalten nur die eigenen Dateien des Datenordners</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/files.py" line="+32"/>
        <source>it is not an ordinary file but a pipe, socket or device</source>
        <translation>sie ist keine gewöhnliche Datei, sondern eine Pipe, ein Socket oder ein Gerät</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is larger than %1 MB, the most Twoway reads</source>
        <translation>sie ist größer als %1 MB, mehr liest Twoway nicht</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/restore.py" line="+105"/>
        <source>The backup could not be unpacked into the data folder (%1); nothing was changed.</source>
        <translation>Die Sicherung konnte nicht in den Datenordner entpackt werden (%1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>What you have now could not be backed up first (%1), so nothing was restored.</source>
        <translation>Dein jetziger Stand konnte nicht zuerst gesichert werden (%1), daher wurde nichts wiederhergestellt.</translation>
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
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was restored: some of the files you have now could not be backed up first, and the restore would replace or remove them. So that nothing is lost, move them out of the data folder (or fix what keeps them from being read), then try again: %1.</source>
        <translation>Es wurde nichts wiederhergestellt: Einige deiner jetzigen Dateien konnten nicht zuerst gesichert werden, und die Wiederherstellung würde sie ersetzen oder entfernen. Damit nichts verloren geht, verschiebe sie aus dem Datenordner (oder behebe, was verhindert, dass sie gelesen werden) und versuche es dann erneut: %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The restore could not be finished (%1); every file was put back as it was.</source>
        <translation>Die Wiederherstellung konnte nicht abgeschlossen werden (%1); jede Datei wurde wieder so hergestellt, wie sie war.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The restore could not be finished (%1) and some files could not be put back. Nothing is lost: they are in the folder “%2” inside your data folder, and everything was backed up before the restore.</source>
        <translation>Die Wiederherstellung konnte nicht abgeschlossen werden (%1), und einige Dateien konnten nicht zurückgelegt werden. Nichts ist verloren: Sie liegen im Ordner „%2“ in deinem Datenordner, und vor der Wiederherstellung wurde alles gesichert.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/call_apps.py" line="+78"/>
        <source>%1 could not be read (%2); the built-in list is used.</source>
        <translation>%1 konnte nicht gelesen werden (%2); die eingebaute Liste wird verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2: %3 The built-in list is used.</source>
        <translation>%1, Zeile %2: %3 Die eingebaute Liste wird verwendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the apps must be [[app]] tables.</source>
        <translation>%1: Die Apps müssen [[app]]-Tabellen sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an app must be a table with a name.</source>
        <translation>Eine App muss eine Tabelle mit einem Namen sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an app needs a name.</source>
        <translation>Eine App braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; of %2 must be a list of texts in quotes.</source>
        <translation>„%1“ von %2 muss eine Liste von Texten in Anführungszeichen sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the title pattern “%1” of %2 is not valid: %3.</source>
        <translation>Das Titelmuster „%1“ von %2 ist ungültig: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the toolbar of %1 must be &quot;top&quot; or &quot;bottom&quot;.</source>
        <translation>Die Werkzeugleiste von %1 muss &quot;top&quot; oder &quot;bottom&quot; sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs titles or recorders to be recognised by.</source>
        <translation>%1 braucht Titel oder Aufnahmenamen, an denen es erkannt wird.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/accounts.py" line="+72"/>
        <source>The account list “%1” could not be read (%2); it was left as it is.</source>
        <translation>Die Kontenliste „%1“ konnte nicht gelesen werden (%2); sie bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This computer has no keyring, so Twoway cannot keep the password; it asks for it each time instead of writing it down.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher kann Twoway das Passwort nicht aufbewahren; es fragt jedes Mal danach, statt es aufzuschreiben.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The keyring refused to keep the password (%1).</source>
        <translation>Der Schlüsselbund hat das Passwort nicht angenommen (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/calendar_in.py" line="+368"/>
        <source>The meeting with %1 was cancelled in your calendar, so Twoway cancelled it too.</source>
        <translation>Das Treffen mit %1 wurde in deinem Kalender abgesagt, daher hat Twoway es ebenfalls abgesagt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The meeting with %1 moved to %2, as in your calendar.</source>
        <translation>Das Treffen mit %1 wurde auf %2 verschoben, wie in deinem Kalender.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/contacts_sync.py" line="+59"/>
        <source>%1 was changed both in Twoway and in the address book; both versions are kept as two contacts.</source>
        <translation>%1 wurde sowohl in Twoway als auch im Adressbuch geändert; beide Fassungen bleiben als zwei Kontakte erhalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The contact “%1” could not be added to the address book (the server said %2); Twoway tries again at the next sync.</source>
        <translation>Der Kontakt „%1“ konnte nicht zum Adressbuch hinzugefügt werden (der Server meldete %2); Twoway versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/dav.py" line="+103"/>
        <source>%1 did not accept the user name or password (an app password may be needed); nothing was changed.</source>
        <translation>%1 hat den Benutzernamen oder das Passwort nicht angenommen (vielleicht ist ein App-Passwort nötig); nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 did not allow this (the server said %2).</source>
        <translation>%1 hat das nicht erlaubt (der Server meldete %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item changed on %1 meanwhile.</source>
        <translation>Der Eintrag wurde inzwischen auf %1 geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refused a change (the server said %2 %3).</source>
        <translation>%1 hat eine Änderung abgelehnt (der Server meldete %2 %3).</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>%1 sent an item Twoway cannot read (%2 is not UTF-8 text); Twoway tries again later.</source>
        <translation>%1 hat einen Eintrag gesendet, den Twoway nicht lesen kann (%2 ist kein UTF-8-Text); Twoway versucht es später erneut.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The secure connection to %1 failed (its certificate was not accepted); nothing was changed.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (sein Zertifikat wurde nicht akzeptiert); nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be reached; Twoway tries again later and nothing is lost.</source>
        <translation>%1 war nicht erreichbar; Twoway versucht es später erneut, und nichts geht verloren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered with an error (%2).</source>
        <translation>%1 hat mit einem Fehler geantwortet (%2).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/engine.py" line="+56"/>
        <source>Synced: %1 added, %2 updated, %3 removed, %4 conflicts.</source>
        <translation>Abgeglichen: %1 hinzugefügt, %2 aktualisiert, %3 entfernt, %4 Konflikte.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the download broke off</source>
        <translation>der Download wurde unterbrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s answer was not understood</source>
        <translation>die Antwort des Servers wurde nicht verstanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar “%1” could not be read (%2); Twoway tries again later.</source>
        <translation>Der Kalender „%1“ konnte nicht gelesen werden (%2); Twoway versucht es später erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No password for %1 could be read from this computer&apos;s keyring; type it in Settings ▸ Accounts and Twoway keeps it in the keyring.</source>
        <translation>Aus dem Schlüsselbund dieses Computers konnte kein Passwort für %1 gelesen werden; gib es unter Einstellungen ▸ Konten ein, dann bewahrt Twoway es im Schlüsselbund auf.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Twoway could not save what the sync brought (%1); it tries again later.</source>
        <translation>Twoway konnte nicht speichern, was der Abgleich gebracht hat (%1); es versucht es später erneut.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>No password is known for %1. %2</source>
        <translation>Für %1 ist kein Passwort bekannt. %2</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/sync_service.py" line="+86"/>
        <source>The sync stopped (%1).</source>
        <translation>Der Abgleich wurde abgebrochen (%1).</translation>
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
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous phase</source>
        <translation>Vorherige Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more minute</source>
        <translation>Eine Minute mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap who goes first</source>
        <translation>Tauschen, wer beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End meeting</source>
        <translation>Gespräch beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let clicks pass through</source>
        <translation>Klicks durchlassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock position</source>
        <translation>Position fixieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide overlay</source>
        <translation>Overlay ausblenden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
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
        <translation>Twoway-Gesprächstimer</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Their turn</source>
        <translation>Dein Gegenüber ist dran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your turn</source>
        <translation>Du bist dran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>over time</source>
        <translation>überzogen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n Minute</numerusform>
            <numerusform>noch %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/overlay_layout.py" line="+212"/>
        <source>left in slot</source>
        <translation>Rest im Zeitfenster</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>past the slot</source>
        <translation>Zeitfenster überzogen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/overlay_view.py" line="+127"/>
        <source>THEM</source>
        <comment>turn badge: the other person</comment>
        <translation>GEGENÜBER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YOU</source>
        <comment>turn badge: the user reading the card</comment>
        <translation>ICH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BOTH</source>
        <comment>turn badge: both people</comment>
        <translation>BEIDE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T</source>
        <comment>band letter: the other person</comment>
        <translation>G</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Y</source>
        <comment>band letter: the user reading the card</comment>
        <translation>I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>B</source>
        <comment>band letter: both people</comment>
        <translation>B</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No meeting running</source>
        <translation>Kein Gespräch aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start one from the tray or the main window.</source>
        <translation>Starte eines über die Systemleiste oder das Hauptfenster.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meeting with %1 ended</source>
        <translation>Gespräch mit %1 beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting ended</source>
        <translation>Gespräch beendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the debrief while it is fresh.</source>
        <translation>Schreib die Nachbereitung, solange alles frisch ist.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Paused while the computer slept. Resume when you are back.</source>
        <translation>Im Ruhezustand pausiert. Fortsetzen, wenn du zurück bist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Past the time you promised. Thank them and close.</source>
        <translation>Zugesagte Zeit ist um. Bedank dich und schließ ab.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Over time — %1 left of the time you promised. Start to close.</source>
        <translation>Zeit überschritten – noch %1 der zugesagten Zeit. Beginne den Abschluss.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move on now: even shortened, you will end %1 late.</source>
        <translation>Jetzt weiter: Auch gekürzt endet ihr %1 zu spät.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move on now: %1 for their turn keeps your promised end.</source>
        <translation>Jetzt weiter: Mit %1 für dein Gegenüber hältst du das zugesagte Ende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move on now: %1 for your turn keeps your promised end.</source>
        <translation>Jetzt weiter: Mit %1 für dich hältst du das zugesagte Ende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move on now: %1 for the next part keeps your promised end.</source>
        <translation>Jetzt weiter: Mit %1 für den nächsten Teil hältst du das zugesagte Ende.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over time — move on now and you still end on time.</source>
        <translation>Zeit überschritten – geh jetzt weiter, dann endest du trotzdem pünktlich.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>their turn</source>
        <translation>dein Gegenüber ist dran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your turn</source>
        <translation>du bist dran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>together</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 over</source>
        <translation>%1 drüber</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>past the promised time</source>
        <translation>über der zugesagten Zeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3</source>
        <comment>phase (whose turn): time</comment>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Prep</name>
    <message>
        <location filename="../desktop/twoway/core/workflow/prep.py" line="+22"/>
        <source>Homework on the person</source>
        <translation>Recherche zur Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your introduction</source>
        <translation>Deine Vorstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas to help them</source>
        <translation>Ideen, wie du helfen kannst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own</source>
        <translation>Eigene Punkte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Background: their role, earlier roles, what they publish</source>
        <translation>Hintergrund: aktuelle und frühere Rollen, Veröffentlichungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests, at work and beyond</source>
        <translation>Interessen, beruflich und darüber hinaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they may need, or are working on now</source>
        <translation>Was sie brauchen könnten oder woran sie gerade arbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expertise they have that you lack, and the reverse</source>
        <translation>Wissen, das sie haben und dir fehlt – und umgekehrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audiences you share, or want to reach through each other</source>
        <translation>Zielgruppen, die ihr teilt oder übereinander erreichen wollt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things to trade: services, guest posts, tools, time</source>
        <translation>Was ihr tauschen könnt: Leistungen, Gastbeiträge, Tools, Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you could introduce them to</source>
        <translation>Menschen, mit denen du sie bekannt machen könntest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short introduction that leads to why you want this call</source>
        <translation>Eine kurze Vorstellung, die dazu führt, warum du dieses Gespräch möchtest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The questions you want to ask</source>
        <translation>Die Fragen, die du stellen willst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The one question that matters most</source>
        <translation>Die eine Frage, auf die es am meisten ankommt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two or three ideas that could help them</source>
        <translation>Zwei oder drei Ideen, die ihnen helfen könnten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networking call</source>
        <translation>Networking-Gespräch</translation>
    </message>
</context>
<context>
    <name>RemoteControl</name>
    <message>
        <location filename="../desktop/twoway/ui/remote_control.py" line="-74"/>
        <source>The meeting is already paused.</source>
        <translation>Das Gespräch ist bereits pausiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting is not paused.</source>
        <translation>Das Gespräch ist nicht pausiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the last phase. `twoway end` ends the meeting.</source>
        <translation>Das ist die letzte Phase. `twoway end` beendet das Gespräch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the first phase.</source>
        <translation>Das ist die erste Phase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who goes first can no longer be swapped in this meeting.</source>
        <translation>Wer beginnt, lässt sich in diesem Gespräch nicht mehr tauschen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Twoway does not know the command “%1”.</source>
        <translation>Twoway kennt den Befehl „%1“ nicht.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No meeting is running.</source>
        <translation>Es läuft kein Gespräch.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>That cannot be done at this point of the meeting.</source>
        <translation>Das geht an dieser Stelle des Gesprächs nicht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say “on” or “off”.</source>
        <translation>Gib „on“ oder „off“ an.</translation>
    </message>
</context>
<context>
    <name>Request</name>
    <message>
        <location filename="../desktop/twoway/core/workflow/request.py" line="+30"/>
        <source>Hello {name},</source>
        <translation>Hallo {name},</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am writing to ask for a short call, to {text}.</source>
        <translation>Ich möchte Sie um ein kurzes Gespräch bitten, denn ich würde gern {text}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am writing to ask for a short call. {text}</source>
        <translation>Ich möchte Sie um ein kurzes Gespräch bitten. {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is in it for you: {text}</source>
        <translation>Was Sie davon haben: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I would like to talk about: {text}</source>
        <translation>Worüber ich gern sprechen würde: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I would like to talk about:</source>
        <translation>Worüber ich gern sprechen würde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the timing is wrong or it is not for you, a short no is perfectly fine, and so is no reply at all.</source>
        <translation>Wenn es gerade nicht passt oder nichts für Sie ist, ist ein kurzes Nein völlig in Ordnung – und keine Antwort ebenso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you,</source>
        <translation>Vielen Dank und viele Grüße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would {text} suit you? If not, name a time that does.</source>
        <translation>Würde Ihnen {text} passen? Wenn nicht, nennen Sie gern eine Zeit, die passt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A short call?</source>
        <translation>Ein kurzes Gespräch?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you for thinking of me, and for asking so clearly.</source>
        <translation>Danke, dass Sie an mich gedacht haben, und für Ihre klare Anfrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am keeping my calendar tight at the moment, so I will say no to a call for now.</source>
        <translation>Ich halte meinen Kalender im Moment bewusst frei, deshalb sage ich ein Gespräch vorerst ab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I wish you all the best with it.</source>
        <translation>Ich wünsche Ihnen dabei alles Gute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind regards,</source>
        <translation>Viele Grüße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re: your request for a call</source>
        <translation>Re: Ihre Gesprächsanfrage</translation>
    </message>
</context>
<context>
    <name>ThinBar</name>
    <message>
        <location filename="../desktop/twoway/ui/screencast.py" line="+41"/>
        <source>Twoway meeting timer (screen shared)</source>
        <translation>Twoway-Gesprächstimer (Bildschirm geteilt)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../desktop/twoway/ui/tray.py" line="+125"/>
        <source>Quit Twoway?</source>
        <translation>Twoway beenden?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your meeting with %1 is still running.</source>
        <translation>Dein Gespräch mit %1 läuft noch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A meeting is still running.</source>
        <translation>Ein Gespräch läuft noch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quitting ends it; its times are kept so you can write the debrief later.</source>
        <translation>Beim Beenden endet es; die Zeiten bleiben erhalten, sodass du die Nachbereitung später schreiben kannst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End meeting and quit</source>
        <translation>Gespräch und Twoway beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep meeting running</source>
        <translation>Gespräch weiterlaufen lassen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Twoway: no meeting running</source>
        <translation>Twoway: kein Gespräch aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twoway: the meeting has ended</source>
        <translation>Twoway: Das Gespräch ist beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twoway, paused: %1</source>
        <translation>Twoway, pausiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twoway: %1</source>
        <translation>Twoway: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The overlay is out of the shared screen.</source>
        <translation>Das Overlay ist aus dem geteilten Bildschirm genommen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open Twoway</source>
        <translation>Twoway öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start meeting with %1</source>
        <translation>Gespräch mit %1 starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick start</source>
        <translation>Schnellstart</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One more minute</source>
        <translation>Eine Minute mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End meeting</source>
        <translation>Gespräch beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the debrief</source>
        <translation>Nachbereitung schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide overlay</source>
        <translation>Overlay ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show overlay</source>
        <translation>Overlay einblenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let clicks pass through the overlay</source>
        <translation>Klicks durch das Overlay durchlassen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow-ups due: %1</source>
        <translation>Fällige Follow-ups: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due to reconnect: %1</source>
        <translation>Mal wieder melden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Twoway at login</source>
        <translation>Twoway beim Anmelden starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit Twoway</source>
        <translation>Twoway beenden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twoway could not change this: %1</source>
        <translation>Twoway konnte das nicht ändern: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Your meeting with %1 starts in %n min.</source>
        <translation>
            <numerusform>Dein Gespräch mit %1 beginnt in %n Min.</numerusform>
            <numerusform>Dein Gespräch mit %1 beginnt in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Your next meeting starts in %n min.</source>
        <translation>
            <numerusform>Dein nächstes Gespräch beginnt in %n Min.</numerusform>
            <numerusform>Dein nächstes Gespräch beginnt in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n follow-ups are due</source>
        <translation>
            <numerusform>%n Follow-up ist fällig</numerusform>
            <numerusform>%n Follow-ups sind fällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Meeting soon</source>
        <translation>Gespräch in Kürze</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A follow-up is due</source>
        <translation>Ein Follow-up ist fällig</translation>
    </message>
</context>
</TS>
