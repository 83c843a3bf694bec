<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../desktop/twoway/ui/main/agenda.py" line="+53"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/accounts.py" line="+69"/>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>https://… or a calendar’s .ics address</source>
        <translation>https://… o la dirección .ics de un calendario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server or calendar address:</source>
        <translation>Dirección del servidor o del calendario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or app password:</source>
        <translation>Contraseña o contraseña de aplicación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find calendars</source>
        <translation>&amp;Buscar calendarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendars to read</source>
        <translation>Calendarios que leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read events from:</source>
        <translation>Leer eventos de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write meetings and deadlines to:</source>
        <translation>Escribir reuniones y plazos en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep contacts in step with:</source>
        <translation>Sincronizar los contactos con:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+40"/>
        <source>Enter the server’s address first.</source>
        <translation>Escribe primero la dirección del servidor.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No user name: this calendar will be read only.</source>
        <translation>Sin nombre de usuario: este calendario solo se leerá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for calendars and address books…</source>
        <translation>Buscando calendarios y libretas de direcciones…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose what to use, then Add.</source>
        <translation>Elige qué usar y luego pulsa Añadir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a user name, or a calendar’s .ics address.</source>
        <translation>Indica un nombre de usuario o la dirección .ics de un calendario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find the calendars first.</source>
        <translation>Busca primero los calendarios.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+13"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Your calendar and address book (CalDAV and CardDAV), kept in step every 15 minutes. Passwords go to the system keyring.</source>
        <translation>Tu calendario y tu libreta de direcciones (CalDAV y CardDAV), sincronizados cada 15 minutos. Las contraseñas van al llavero del sistema.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/agenda.py" line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change password…</source>
        <translation>Cambiar contraseña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use this password</source>
        <translation>Usar esta contraseña</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (read only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New password for %1:</source>
        <translation>Nueva contraseña de %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the account in the list first (a read-only calendar has no password).</source>
        <translation>Elige primero la cuenta en la lista (un calendario de solo lectura no tiene contraseña).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account yet.</source>
        <translation>Todavía no hay ninguna cuenta.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/agenda.py" line="+1"/>
        <source>Remove from %1</source>
        <translation>Quitar de %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Agenda</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Know what you need before you meet people: it tells you which meetings are worth it. Tick a need off once it is met.</source>
        <translation>Ten claro qué necesitas antes de reunirte con nadie: así sabrás qué reuniones valen la pena. Marca una necesidad cuando esté cubierta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Your goal right now</source>
        <translation>Tu objetivo ahora mismo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: a product role in a climate start-up by summer</source>
        <translation>Por ejemplo: un puesto de producto en una start-up climática antes del verano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you need</source>
        <translation>Lo que necesitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions, advice, leads, people to hire, partners.</source>
        <translation>Presentaciones, consejos, oportunidades, personas que contratar, socios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a need, then press Enter</source>
        <translation>Añade una necesidad y pulsa Intro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you can offer</source>
        <translation>Lo que puedes ofrecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills, contacts, feedback, an audience: what others may want from you.</source>
        <translation>Habilidades, contactos, opiniones, público: lo que pueden pedirte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an offer, then press Enter</source>
        <translation>Añade una oferta y pulsa Intro</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/bands.py" line="+43"/>
        <source>Preview of the phases</source>
        <translation>Vista previa de las fases</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, %2, %3 min</source>
        <translation>%1, %2, %3 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 min spare</source>
        <translation>%1 min de margen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1′ spare</source>
        <translation>%1′ extra</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/common.py" line="+56"/>
        <source>Them</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No time set</source>
        <translation>Sin hora fijada</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/contacts.py" line="+58"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+73"/>
        <source>What they offer</source>
        <translation>Lo que ofrece</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>What they need</source>
        <translation>Lo que necesita</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A two-way fit: you can help each other. Worth a meeting.</source>
        <translation>Encaje mutuo: cada uno puede ayudar al otro. Vale la pena reunirse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fit one way. A short, structured call keeps it fair to both of you.</source>
        <translation>Encaje en un solo sentido. Una llamada breve y estructurada la mantiene justa para ambas partes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No match with your agenda found. Meeting anyway is fine; so is a kind no.</source>
        <translation>No hay coincidencias con tus objetivos. Reunirte igualmente está bien, y un «no» amable también.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+78"/>
        <location filename="../desktop/twoway/ui/main/today_start.py" line="+94"/>
        <source>&amp;Plan a meeting…</source>
        <translation>&amp;Planificar una reunión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/formats.py" line="+60"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this contact</source>
        <translation>Eliminar este contacto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>separate several with commas</source>
        <translation>separa varios con comas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fit with your agenda</source>
        <translation>Encaje con tus objetivos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meetings with this contact</source>
        <translation>Reuniones con este contacto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-ups with this contact</source>
        <translation>Seguimientos con este contacto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meetings and debriefs</source>
        <translation>Reuniones y repasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/twoway/ui/main/followups.py" line="+25"/>
        <location line="+30"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No contact chosen</source>
        <translation>Ningún contacto elegido</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Write down what you need and can offer in Agenda to see the fit here.</source>
        <translation>Anota en Objetivos lo que necesitas y lo que puedes ofrecer para ver aquí el encaje.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>No contacts yet. Choose New contact, or bring in your address book with File ▸ Import contacts (%1).</source>
        <translation>Aún no hay contactos. Elige «Nuevo contacto» o trae tu libreta de direcciones con Archivo ▸ Importar contactos (%1).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name of the new contact:</source>
        <translation>Nombre del nuevo contacto:</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1?</source>
        <translation>¿Eliminar a %1?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this contact</source>
        <translation>este contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their meetings (%1) and follow-ups (%2) are deleted with them. Edit ▸ Undo brings it all back.</source>
        <translation>También se eliminan sus reuniones (%1) y seguimientos (%2). Editar ▸ Deshacer lo recupera todo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/twoway/ui/main/followups.py" line="+18"/>
        <location filename="../desktop/twoway/ui/main/formats.py" line="+114"/>
        <location filename="../desktop/twoway/ui/main/meeting/plan.py" line="+297"/>
        <location filename="../desktop/twoway/ui/main/meeting/prep.py" line="+228"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>Eliminado: %1. Deshaz con Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the contact</source>
        <translation>el contacto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>They may help with</source>
        <translation>Te puede ayudar con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may help with</source>
        <translation>Tú puedes ayudar con</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>matched: %1</source>
        <translation>coincide: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Search every field…</source>
        <translation>Buscar en todos los campos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names, companies, roles, tags, emails, notes: every word counts.</source>
        <translation>Nombres, empresas, puestos, etiquetas, correos, notas: cuenta cada palabra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/twoway/ui/main/menus.py" line="-7"/>
        <source>&amp;New contact</source>
        <translation>&amp;Nuevo contacto</translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n contacts match</source>
        <extracomment>The form follows %n, the number of all contacts; %1 of them match the search.</extracomment>
        <translation>
            <numerusform>Coincidencias: %1 de %n contacto</numerusform>
            <numerusform>Coincidencias: %1 de %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/followups.py" line="-42"/>
        <source>What you promised after your meetings. Ticking one off counts as being in touch with the contact today.</source>
        <translation>Lo que prometiste tras tus reuniones. Marcar uno como hecho cuenta como haber estado hoy en contacto con esa persona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which follow-ups to show</source>
        <translation>Qué seguimientos mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Sin hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due and overdue</source>
        <translation>Para hoy y atrasados</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/models/followups.py" line="+28"/>
        <location line="+14"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing here. Follow-ups appear when you save a debrief.</source>
        <translation>Aquí no hay nada. Los seguimientos aparecen al guardar un repaso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+59"/>
        <location filename="../desktop/twoway/ui/main/today.py" line="+117"/>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Snooze a &amp;day</source>
        <translation>Posponer un &amp;día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze a &amp;week</source>
        <translation>Posponer una &amp;semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;meeting</source>
        <translation>Abrir la &amp;reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the follow-up</source>
        <translation>Eliminar el seguimiento</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Mark &amp;not done</source>
        <translation>Marcar como &amp;pendiente</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Follow-up deleted. Undo with Ctrl+Z.</source>
        <translation>Seguimiento eliminado. Deshaz con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/format_editor.py" line="+64"/>
        <source>Give the format a name.</source>
        <translation>Ponle un nombre al formato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one phase.</source>
        <translation>Añade al menos una fase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phase %1 needs a title.</source>
        <translation>La fase %1 necesita un título.</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>A format can have at most %n phases.</source>
        <translation>
            <numerusform>Un formato puede tener como máximo %n fase.</numerusform>
            <numerusform>Un formato puede tener como máximo %n fases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Phase %1 needs more than 0 and at most %n minutes.</source>
        <translation>
            <numerusform>La fase %1 necesita más de 0 y como máximo %n minuto.</numerusform>
            <numerusform>La fase %1 necesita más de 0 y como máximo %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phase %1: a color is written like #0072B2, or left empty.</source>
        <translation>Fase %1: un color se escribe como #0072B2, o se deja vacío.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The phases take %1 minutes, more than the %2-minute slot. Shorten a phase or lengthen the slot.</source>
        <extracomment>%1 minutes may have a fraction, as in 12.5; the form follows it.</extracomment>
        <translation>
            <numerusform>Las fases suman %1 minuto, más que la franja de %2 minutos. Acorta una fase o alarga la franja.</numerusform>
            <numerusform>Las fases suman %1 minutos, más que la franja de %2 minutos. Acorta una fase o alarga la franja.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Format name</source>
        <translation>Nombre del formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot promised, in minutes</source>
        <translation>Franja prometida, en minutos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning before a phase ends, in seconds</source>
        <translation>Aviso antes de que termine una fase, en segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Either side may go first</source>
        <translation>Cualquiera de los dos puede empezar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/twoway/ui/main/meeting/prep.py" line="-145"/>
        <source>Closing line</source>
        <translation>Frase de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown near the end of the slot</source>
        <translation>Se muestra cerca del final de la franja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot:</source>
        <translation>Franja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn before a phase ends:</source>
        <translation>Avisar antes del final de una fase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing line:</source>
        <translation>Frase de cierre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add phase</source>
        <translation>Añadir fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove phase</source>
        <translation>Quitar fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem with this format</source>
        <translation>Problema con este formato</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Choose a format on the left.</source>
        <translation>Elige un formato a la izquierda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built-in formats stay as they are. Duplicate one to make a version of your own.</source>
        <translation>Los formatos incluidos no se pueden cambiar. Duplica uno para crear tu propia versión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your format, saved in the file %1 as you edit.</source>
        <translation>Tu formato, que se guarda en el archivo %1 mientras lo editas.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The file %1 was changed outside Twoway while you were editing this format, so Twoway left it as it is. Your edits are kept as a new format, saved in the file %2.</source>
        <translation>El archivo %1 se cambió fuera de Twoway mientras editabas este formato, así que Twoway lo dejó tal cual. Tus cambios se conservan como un formato nuevo, guardado en el archivo %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../desktop/twoway/ui/main/meeting/debrief.py" line="+206"/>
        <location line="+92"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New phase</source>
        <translation>Nueva fase</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/formats.py" line="-134"/>
        <location line="+12"/>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>New format</source>
        <translation>Nuevo formato</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate format</source>
        <translation>Duplicar formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>Delete format</source>
        <translation>Eliminar formato</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Some format files could not be read:</source>
        <translation>No se pudieron leer algunos archivos de formato:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Their turn</source>
        <translation>Su turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your turn</source>
        <translation>Tu turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete the format “%1”?</source>
        <translation>¿Eliminar el formato «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its file is removed. Meetings held with it keep their times.</source>
        <translation>Se borra su archivo. Las reuniones celebradas con él conservan sus tiempos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The format could not be deleted: %1</source>
        <translation>No se pudo eliminar el formato: %1</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/insights.py" line="+49"/>
        <source>Chart of the last meetings</source>
        <translation>Gráfico de las últimas reuniones</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+57"/>
        <source>No meetings run with the timer yet.</source>
        <translation>Aún no hay reuniones hechas con el temporizador.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>%1: them %2 min, you %3 min, both %4 min, slot %5 min</source>
        <translation>%1: contacto %2 min, tú %3 min, ambos %4 min, franja %5 min</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>slot promised</source>
        <translation>franja prometida</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which meetings to sum up</source>
        <translation>Qué reuniones resumir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>meetings held</source>
        <translation>reuniones celebradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours in meetings</source>
        <translation>horas en reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average overrun past the slot</source>
        <translation>exceso medio sobre la franja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings that ran past the slot</source>
        <translation>reuniones que se pasaron de la franja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of the talking time went to them</source>
        <translation>del tiempo habló la otra persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-ups done on time</source>
        <translation>seguimientos hechos a tiempo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last meetings, in minutes</source>
        <translation>Las últimas reuniones, en minutos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Compare by:</source>
        <translation>&amp;Comparar por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/twoway/ui/main/meeting/plan.py" line="-235"/>
        <location filename="../desktop/twoway/ui/main/models/formats.py" line="+183"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="+30"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/models/followups.py" line="-14"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare by format or by contact</source>
        <translation>Comparar por formato o por contacto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insights by format or contact</source>
        <translation>Estadísticas por formato o contacto</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../desktop/twoway/ui/main/meetings_list.py" line="+27"/>
        <source>All meetings</source>
        <translation>Todas las reuniones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="+21"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(%1 of %2)</source>
        <translation>(%1 de %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="-7"/>
        <location filename="../desktop/twoway/ui/main/today.py" line="+97"/>
        <location filename="../desktop/twoway/ui/main/today_start.py" line="+62"/>
        <source>No contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/plan.py" line="-6"/>
        <source>Choose a contact</source>
        <translation>Elige un contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/today_start.py" line="-70"/>
        <source>Who the meeting is with</source>
        <translation>Con quién es la reunión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At a set time:</source>
        <translation>A una hora fija:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time of the meeting</source>
        <translation>Fecha y hora de la reunión</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="-14"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;With:</source>
        <translation>&amp;Con:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is this meeting worth it?</source>
        <translation>¿Vale la pena esta reunión?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not the right call?</source>
        <translation>¿No es la llamada adecuada?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saying no is fine, and so is offering a shorter call. Write it kindly, then mark the meeting declined.</source>
        <translation>Decir que no está bien, y proponer una llamada más corta también. Escríbelo con amabilidad y luego marca la reunión como rechazada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a polite &amp;no</source>
        <translation>Escribir un &amp;no amable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer a &amp;shorter call</source>
        <translation>Proponer una llamada más co&amp;rta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message declining the meeting</source>
        <translation>Mensaje para rechazar la reunión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message declining the meeting</source>
        <translation>Copiar el mensaje para rechazar la reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in mail</source>
        <translation>Abrir en el correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the message declining in your mail program</source>
        <translation>Abrir el mensaje de rechazo en tu programa de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;declined</source>
        <translation>Marcar como rec&amp;hazada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this meeting…</source>
        <translation>Eliminar esta reunión…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This meeting&apos;s format is no longer there.</source>
        <translation>El formato de esta reunión ya no existe.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 minutes planned in a %2-minute slot.</source>
        <extracomment>%1 minutes may have a fraction, as in 12.5; the form follows it.</extracomment>
        <translation>
            <numerusform>%1 minuto previsto en una franja de %2 minutos.</numerusform>
            <numerusform>%1 minutos previstos en una franja de %2 minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a contact to see how they fit your agenda.</source>
        <translation>Elige un contacto para ver cómo encaja con tus objetivos.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>None of your formats is shorter than this one, so there is no shorter call to offer.</source>
        <translation>Ninguno de tus formatos es más corto que este, así que no hay una llamada más corta que proponer.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this meeting with its request, prep and debrief?</source>
        <translation>¿Eliminar esta reunión con su solicitud, su preparación y su repaso?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its follow-ups go too. Edit ▸ Undo brings it all back.</source>
        <translation>También se eliminan sus seguimientos. Editar ▸ Deshacer lo recupera todo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting deleted. Undo with Ctrl+Z.</source>
        <translation>Reunión eliminada. Deshaz con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/request.py" line="+39"/>
        <source>Say why you ask, what is in it for them, what you want to talk about and for how long, and give them an easy way to say no.</source>
        <translation>Di por qué lo pides, qué gana la otra persona, de qué quieres hablar y durante cuánto tiempo, y ofrécele una forma fácil de decir que no.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why you ask</source>
        <translation>Por qué lo pides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learn how your team hires researchers</source>
        <translation>conocer cómo contrata investigadores tu equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is in it for them</source>
        <translation>Qué gana la otra persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I can share what I learned running pricing studies for three retailers</source>
        <translation>Puedo contarte lo que aprendí con estudios de precios para tres cadenas minoristas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics, one a line</source>
        <translation>Temas, uno por línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how the team is organised
what you look for in a first hire</source>
        <translation>cómo se organiza el equipo
qué buscas en una primera contratación</translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source> minutes</source>
        <extracomment>The unit after the number in the field; the form follows the number.</extracomment>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Time needed, in minutes</source>
        <translation>Tiempo necesario, en minutos</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/meeting/step.py" line="+34"/>
        <source>It will take {minutes} minutes, and I will keep an eye on the clock.</source>
        <extracomment>A sentence of the request message; keep {minutes}, the number of minutes.</extracomment>
        <translation>
            <numerusform>Será {minutes} minuto, y estaré pendiente del reloj.</numerusform>
            <numerusform>Serán {minutes} minutos, y estaré pendiente del reloj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A {minutes}-minute call?</source>
        <extracomment>The subject line of the request message; keep {minutes}, the number of minutes.</extracomment>
        <translation>
            <numerusform>¿Una llamada de {minutes} minuto?</numerusform>
            <numerusform>¿Una llamada de {minutes} minutos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>I cannot make room for a long call, but I could do a focused {minutes} minutes: half the time on your questions, half on mine. Would that work for you?</source>
        <extracomment>Declining a long call but offering a short one; keep {minutes}, the number.</extracomment>
        <translation>
            <numerusform>No puedo dedicar tiempo a una llamada larga, pero sí a {minutes} minuto bien aprovechado: la mitad del tiempo para tus preguntas y la otra mitad para las mías. ¿Te iría bien?</numerusform>
            <numerusform>No puedo dedicar tiempo a una llamada larga, pero sí a {minutes} minutos bien aprovechados: la mitad del tiempo para tus preguntas y la otra mitad para las mías. ¿Te iría bien?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/request.py" line="+3"/>
        <source>A way to say no</source>
        <translation>Una forma de decir que no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Why you ask: I would like to…</source>
        <translation>&amp;Por qué lo pides: me gustaría…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is in it for &amp;them:</source>
        <translation>Qué &amp;gana la otra persona:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opics, one a line:</source>
        <translation>&amp;Temas, uno por línea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime needed (from the format):</source>
        <translation>T&amp;iempo necesario (según el formato):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;way to say no (leave empty for ours):</source>
        <translation>Una forma de decir que &amp;no (déjalo vacío para usar la nuestra):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your message, editable</source>
        <translation>Tu mensaje, editable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You edited the message by hand; changes to the fields no longer update it.</source>
        <translation>Has editado el mensaje a mano; los cambios en los campos ya no lo actualizan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rebuild from the fields</source>
        <translation>&amp;Rehacer a partir de los campos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message</source>
        <translation>Copiar el mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in &amp;mail</source>
        <translation>Abrir en el c&amp;orreo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the message in your mail program</source>
        <translation>Abrir el mensaje en tu programa de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sent</source>
        <translation>&amp;Enviada</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Message copied.</source>
        <translation>Mensaje copiado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No mail program answered. Copy the message instead.</source>
        <translation>Ningún programa de correo respondió. Copia el mensaje en su lugar.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/prep.py" line="-46"/>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="+93"/>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prep checklist</source>
        <translation>Lista de preparación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add your own item, then press Enter</source>
        <translation>Añade tu propio punto y pulsa Intro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New checklist item</source>
        <translation>Nuevo punto de la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove item</source>
        <translation>Quitar punto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your introduction</source>
        <translation>Tu presentación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where you are now, in two or three sentences that lead to why you asked for this call.</source>
        <translation>Dónde estás ahora, en dos o tres frases que lleven al motivo por el que pediste esta llamada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions to ask, one a line</source>
        <translation>Preguntas que hacer, una por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas to help them, one a line</source>
        <translation>Ideas para serle útil, una por línea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;introduction (not a résumé):</source>
        <translation>Tu &amp;presentación (no un currículum):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questions to ask, one a line:</source>
        <translation>Pre&amp;guntas que hacer, una por línea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas to &amp;help them, one a line:</source>
        <translation>&amp;Ideas para serle útil, una por línea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;losing line, shown near the end:</source>
        <translation>&amp;Frase de cierre, se muestra cerca del final:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cues in the overlay, phase by phase</source>
        <translation>Apuntes en el panel flotante, fase a fase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cues in the overlay</source>
        <translation>Apuntes en el panel flotante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grey cues are the format&apos;s own. Double-click a cue to write yours.</source>
        <translation>Los apuntes en gris son los del formato. Haz doble clic en uno para escribir el tuyo.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;Fill cues from your prep</source>
        <translation>&amp;Rellenar los apuntes con tu preparación</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechos</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+5"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ticks and your own items are cleared.</source>
        <translation>Se borran las marcas y tus propios puntos.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Start over from</source>
        <translation>Empezar de nuevo desde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as template…</source>
        <translation>Guardar como plantilla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this checklist to start other meetings from</source>
        <translation>Guardar esta lista de comprobación para empezar otras reuniones a partir de ella</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete a template</source>
        <translation>Eliminar una plantilla</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Replace this checklist with one from a template</source>
        <translation>Sustituir esta lista de comprobación por una de una plantilla</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Use my introduction</source>
        <translation>&amp;Usar mi presentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the introduction from Settings, About you</source>
        <translation>Usar la presentación de Ajustes, Sobre ti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Introduction in your first turn, questions in theirs, ideas in their takeaway.</source>
        <translation>La presentación en tu primer turno, las preguntas en el suyo, las ideas en su conclusión.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Replace this checklist with a fresh one from “%1”?</source>
        <translation>¿Sustituir esta lista de comprobación por una nueva a partir de «%1»?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the checklist template “%1”?</source>
        <translation>¿Eliminar la plantilla de lista «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings that started from it keep their checklists.</source>
        <translation>Las reuniones que empezaron con ella conservan sus listas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved the checklist as the template “%1”.</source>
        <translation>Lista guardada como la plantilla «%1».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write an introduction, questions or ideas first.</source>
        <translation>Escribe primero una presentación, preguntas o ideas.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/run.py" line="+31"/>
        <source>&amp;Start the meeting</source>
        <translation>&amp;Empezar la reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+76"/>
        <source>&amp;End the meeting</source>
        <translation>&amp;Terminar la reunión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The overlay floats over your call with the time, whose turn it is and your cue. When you end the meeting, the debrief opens here.</source>
        <translation>El panel flotante queda sobre tu llamada con el tiempo, de quién es el turno y tu apunte. Cuando termines la reunión, aquí se abrirá el repaso.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no contact</source>
        <translation>sin contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/twoway/ui/main/window.py" line="+223"/>
        <source>This meeting&apos;s format is no longer there; choose another in Plan.</source>
        <translation>El formato de esta reunión ya no existe; elige otro en Plan.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 with %2: %3 minutes planned in a %4-minute slot.</source>
        <extracomment>%1 is a format, %2 a person; %3 minutes may have a fraction, as in 12.5, and the form follows it.</extracomment>
        <translation>
            <numerusform>%1 con %2: %3 minuto previsto en una franja de %4 minutos.</numerusform>
            <numerusform>%1 con %2: %3 minutos previstos en una franja de %4 minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This meeting is running. The overlay shows the time.</source>
        <translation>Esta reunión está en curso. El panel flotante muestra el tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another meeting is running. End it before starting this one.</source>
        <translation>Hay otra reunión en curso. Termínala antes de empezar esta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting was run. Starting it again replaces its times.</source>
        <translation>Esta reunión ya se hizo. Si la empiezas de nuevo, se sustituyen sus tiempos.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/debrief.py" line="-250"/>
        <source>Balance of time between the two sides</source>
        <translation>Reparto del tiempo entre las dos partes</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Phase times</source>
        <translation>Tiempos por fase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who had the time</source>
        <translation>Quién tuvo la palabra</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What was of value to you</source>
        <translation>Lo que te aportó a ti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was of value to them</source>
        <translation>Lo que le aportó a la otra persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas and names exchanged</source>
        <translation>Ideas y nombres intercambiados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No fit beyond a good talk</source>
        <translation>Sin encaje más allá de una buena charla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A purchase: one may buy from the other</source>
        <translation>Una compra: uno puede comprarle al otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A collaboration</source>
        <translation>Una colaboración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: send the article you mentioned</source>
        <translation>Por ejemplo: enviar el artículo que mencionaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <translation>para el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thank-you sent</source>
        <translation>&amp;Agradecimiento enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value for &amp;you:</source>
        <translation>Valor para &amp;ti:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value for t&amp;hem:</source>
        <translation>Valor para la &amp;otra persona:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ideas and names exchanged:</source>
        <translation>&amp;Ideas y nombres intercambiados:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fit:</source>
        <translation>&amp;Encaje:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next step:</source>
        <translation>&amp;Próximo paso:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save debrief and create follow-ups</source>
        <translation>Guardar el repaso y crear seguimientos</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This meeting was not run with the timer. Met all the same? Write how it went here and save. Did it not happen? Give it a new time on the Plan tab.</source>
        <translation>Esta reunión no se hizo con el temporizador. ¿Se celebró de todos modos? Escribe aquí cómo fue y guarda. ¿No llegó a celebrarse? Dale una nueva hora en Plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meeting was not run with the timer, so there are no times to show.</source>
        <translation>Esta reunión no se hizo con el temporizador, así que no hay tiempos que mostrar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It took %1 of a %2 slot: %3 over.</source>
        <translation>Duró %1 de una franja de %2: %3 de más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It took %1 of a %2 slot, on time.</source>
        <translation>Duró %1 de una franja de %2: a tiempo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A fair split. Shared phases aside, %1 % of the time was theirs.</source>
        <translation>Un reparto justo. Sin contar las fases compartidas, el %1 % del tiempo fue de la otra persona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They had most of it. Shared phases aside, %1 % of the time was theirs.</source>
        <translation>La otra persona tuvo la mayor parte. Sin contar las fases compartidas, el %1 % del tiempo fue suyo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You had most of it. Shared phases aside, %1 % of the time was theirs.</source>
        <translation>Tú tuviste la mayor parte. Sin contar las fases compartidas, el %1 % del tiempo fue de la otra persona.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved. Follow-ups added or updated: %1.</source>
        <translation>Guardado. Seguimientos añadidos o actualizados: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/page.py" line="+29"/>
        <location line="+89"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>‹ &amp;All meetings</source>
        <translation>‹ &amp;Todas las reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of meetings</source>
        <translation>Volver a la lista de reuniones</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meetings_list.py" line="-2"/>
        <source>Which meetings</source>
        <translation>Qué reuniones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined or cancelled</source>
        <translation>Rechazadas o canceladas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by name, topic or debrief</source>
        <translation>Buscar por nombre, tema o repaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search meetings</source>
        <translation>Buscar reuniones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan a meeting</source>
        <translation>&amp;Planificar una reunión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No meetings match. Plan one, or start one from Today.</source>
        <translation>Ninguna reunión coincide. Planifica una o empieza una desde Hoy.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meeting/page.py" line="+14"/>
        <source>1 · Plan</source>
        <translation>1 · Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Request</source>
        <translation>2 · Solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Prep</source>
        <translation>3 · Preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · Run</source>
        <translation>4 · Llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · Debrief</source>
        <translation>5 · Repaso</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Meeting with %1</source>
        <translation>Reunión con %1</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="+142"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="-13"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/meetings_list.py" line="-20"/>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="+1"/>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/contacts.py" line="-417"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+58"/>
        <location filename="../desktop/twoway/ui/main/models/insights.py" line="+32"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="-10"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+0"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+0"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <source>How you met</source>
        <translation>Cómo surgió el contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+1"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+0"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+4"/>
        <location filename="../desktop/twoway/ui/main/models/contacts.py" line="+0"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meetings.py" line="+10"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prep</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debrief</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To write</source>
        <translation>Por escribir</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/followups.py" line="+0"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not done</source>
        <translation>Sin hacer</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/formats.py" line="-133"/>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="-70"/>
        <location line="+70"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="+0"/>
        <source>Whose turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cue</source>
        <translation>Apunte</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>as owner</source>
        <translation>del turno</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="-181"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cue shown in the overlay</source>
        <translation>Apunte que se muestra en el panel flotante</translation>
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
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/insights.py" line="+1"/>
        <source>Average overrun</source>
        <translation>Exceso medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their share</source>
        <translation>Su parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups on time</source>
        <translation>Seguimientos a tiempo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/formats.py" line="+122"/>
        <source>%1 (built-in)</source>
        <translation>%1 (incluido)</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/models/meeting_steps.py" line="+51"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over</source>
        <translation>Exceso</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings.py" line="+60"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_general.py" line="+37"/>
        <location line="+5"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chime</source>
        <translation>Aviso sonoro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Chime once when a phase runs over</source>
        <translation>Sonar una ve&amp;z cuando una fase se pase de tiempo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chime volume</source>
        <translation>Volumen del aviso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the chime now</source>
        <translation>Reproducir el aviso ahora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Overlay</source>
        <translation>Panel flotante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overlay size</source>
        <translation>Tamaño del panel flotante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>Mediano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overlay opacity</source>
        <translation>Opacidad del panel flotante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let clicks &amp;pass through the overlay</source>
        <translation>Dejar que los clics &amp;atraviesen el panel flotante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the closing line near the e&amp;nd</source>
        <translation>Mostrar la &amp;frase de cierre cerca del final</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Start Twoway when I log &amp;in (in the tray, no window)</source>
        <translation>Abrir T&amp;woway al iniciar sesión (en la bandeja, sin ventana)</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_data.py" line="+83"/>
        <source>Tr&amp;y again</source>
        <translation>Int&amp;entar de nuevo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set this copy &amp;aside</source>
        <translation>Apartar e&amp;sta copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Got it</source>
        <translation>&amp;Marcar como visto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this notice off the list.</source>
        <translation>Quitar este aviso de la lista.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Back up no&amp;w</source>
        <translation>Hacer una copia de seguridad a&amp;hora</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_general.py" line="-47"/>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opacity:</source>
        <translation>&amp;Opacidad:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_data.py" line="-92"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Everything is kept as readable files in this folder. A sync tool can carry it between computers; Twoway notices changes and conflicts.</source>
        <translation>Todo se guarda como archivos legibles en esta carpeta. Una herramienta de sincronización puede llevarlos de un equipo a otro; Twoway detecta los cambios y los conflictos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;folder</source>
        <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read the files again</source>
        <translation>&amp;Releer los archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a sync tool or another program changed them.</source>
        <translation>Después de que una herramienta de sincronización u otro programa los haya cambiado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files that need a look</source>
        <translation>Archivos que revisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files that need a look:</source>
        <translation>Archivos que revisar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the file again after you fixed it by hand.</source>
        <translation>Vuelve a leer el archivo después de corregirlo a mano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the file from a &amp;backup</source>
        <translation>Restaurar el archivo desde una copia de se&amp;guridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this copy</source>
        <translation>&amp;Usar esta copia</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The copy takes the file&apos;s place; the file goes to the trash.</source>
        <translation>La copia ocupa el lugar del archivo; el archivo va a la papelera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy replaces the record; the record goes to the trash.</source>
        <translation>La copia sustituye al registro; el registro va a la papelera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the file as it is; the copy goes to the trash.</source>
        <translation>Conserva el archivo tal cual; la copia va a la papelera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the record as it is; the copy goes to the trash.</source>
        <translation>Conserva el registro tal cual; la copia va a la papelera.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Backups (a daily copy of the whole folder):</source>
        <translation>Copias de seguridad (una copia diaria de toda la carpeta):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up every &amp;day</source>
        <translation>Hacer una copia de seguridad cada &amp;día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups to &amp;keep:</source>
        <translation>&amp;Número de copias que conservar:</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="-60"/>
        <source>&amp;Back up now</source>
        <translation>Hacer una copia de seguridad a&amp;hora</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_data.py" line="+9"/>
        <source>R&amp;estore the chosen backup…</source>
        <translation>Restaurar la copia e&amp;legida…</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_general.py" line="-67"/>
        <source>No sound device answered. The overlay still shows every overrun.</source>
        <translation>Ningún dispositivo de sonido respondió. El panel flotante sigue mostrando cada exceso de tiempo.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Start at login</source>
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twoway could not change this (%1).</source>
        <translation>Twoway no pudo cambiar esto (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_data.py" line="+26"/>
        <source>Read the data folder again.</source>
        <translation>Carpeta de datos leída de nuevo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Done: the file is in order.</source>
        <translation>Hecho: el archivo está en orden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup could not be written (%1).</source>
        <translation>No se pudo escribir la copia de seguridad (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Make your data what it was at %1?</source>
        <translation>¿Dejar tus datos como estaban el %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twoway first backs up what you have now, so you can come back to it.</source>
        <translation>Antes, Twoway hace una copia de seguridad de lo que tienes ahora, para que puedas volver a ello.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restored. Your data before the restore is in the newest backup.</source>
        <translation>Restaurado. Tus datos de antes de restaurar están en la copia más reciente.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/today.py" line="-173"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start now</source>
        <translation>&amp;Empezar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the next meeting now</source>
        <translation>Empezar ahora la próxima reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the next meeting</source>
        <translation>Abrir la próxima reunión</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Meetings coming up</source>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing planned yet.</source>
        <translation>Aún no hay nada planificado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Debriefs to write</source>
        <translation>Repasos por escribir</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No follow-ups due. Well done.</source>
        <translation>No hay seguimientos pendientes. Bien hecho.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark the selected follow-up done</source>
        <translation>Marcar como hecho el seguimiento elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All follow-ups</source>
        <translation>Todos los seguimientos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due to reconnect</source>
        <translation>Toca retomar el contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts due to reconnect</source>
        <translation>Contactos con los que toca retomar el contacto</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No meeting planned</source>
        <translation>Ninguna reunión prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start one now or plan one below.</source>
        <translation>Empieza una ahora o planifica una abajo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prep %1 of %2 done</source>
        <translation>preparación: %1 de %2 hechos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no prep yet</source>
        <translation>sin preparación aún</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="-114"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="-19"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close window</source>
        <translation>&amp;Cerrar la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit Twoway</source>
        <translation>&amp;Salir de Twoway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="+212"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+13"/>
        <source>&amp;Find contact</source>
        <translation>&amp;Buscar contacto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quick start</source>
        <translation>&amp;Inicio rápido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the &amp;next meeting</source>
        <translation>Empezar la &amp;siguiente reunión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start this meeting</source>
        <translation>&amp;Empezar esta reunión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Debrief the last meeting</source>
        <translation>&amp;Repasar la última reunión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sa&amp;ve the debrief</source>
        <translation>&amp;Guardar el repaso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy the request</source>
        <translation>&amp;Copiar la solicitud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Twoway</source>
        <translation>&amp;Acerca de Twoway</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="-105"/>
        <location line="+13"/>
        <source>A meeting is already running. End it first.</source>
        <translation>Ya hay una reunión en curso. Termínala primero.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The meeting has started. The overlay shows the time.</source>
        <translation>La reunión ha empezado. El panel flotante muestra el tiempo.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+41"/>
        <source>No meeting is planned. Plan one from a contact.</source>
        <translation>No hay ninguna reunión prevista. Planifica una desde un contacto.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="+52"/>
        <location filename="../desktop/twoway/ui/remote_control.py" line="+195"/>
        <source>No meeting has been run yet.</source>
        <translation>Aún no se ha hecho ninguna reunión.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/menus.py" line="+15"/>
        <source>About Twoway</source>
        <translation>Acerca de Twoway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twoway %1

Short, structured one-to-one calls: decide, ask, prepare, keep the time fair to both sides, and follow up.</source>
        <translation>Twoway %1

Llamadas breves y estructuradas entre dos personas: decide, pide, prepárate, reparte el tiempo con justicia y haz seguimiento.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/window.py" line="+40"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Files in your data folder that need a look: %1. See Settings.</source>
        <translation>Archivos de tu carpeta de datos que revisar: %1. Consulta Ajustes.</translation>
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
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer_dialogs.py" line="+2"/>
        <source>Contact files (*.vcf *.vcard *.csv *.txt);;All files (*)</source>
        <translation>Archivos de contactos (*.vcf *.vcard *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer.py" line="+47"/>
        <location filename="../desktop/twoway/ui/main/transfer_dialogs.py" line="+9"/>
        <source>Interrupted import</source>
        <translation>Importación interrumpida</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer_dialogs.py" line="+3"/>
        <source>The import of “%1” on %2 was stopped before it finished.</source>
        <translation>La importación de «%1» del %2 se detuvo antes de terminar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo takes back the contacts it had already written, so your contacts are as they were before. Keep leaves them; importing the file again adds the rest.</source>
        <translation>Deshacer retira los contactos que ya había escrito, y tus contactos quedan como estaban. Conservar los deja; si importas el archivo de nuevo, se añade el resto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo import</source>
        <translation>&amp;Deshacer la importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Conservarlos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="-115"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>vCard (.vcf)</source>
        <translation>vCard (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn connections (Connections.csv)</source>
        <translation>Contactos de LinkedIn (Connections.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, with the columns you choose</source>
        <translation>CSV, con las columnas que elijas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the same contact, exported from Twoway</source>
        <translation>el mismo contacto, exportado desde Twoway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same email address</source>
        <translation>la misma dirección de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same LinkedIn profile</source>
        <translation>el mismo perfil de LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same name and company</source>
        <translation>el mismo nombre y la misma empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same name</source>
        <translation>el mismo nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed earlier in the file (%1); the two entries are combined.</source>
        <translation>Aparece antes en el archivo (%1); las dos entradas se combinan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in your contacts (%1), with nothing new.</source>
        <translation>Ya está en tus contactos (%1), sin nada nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in your contacts (%1); left as it is.</source>
        <translation>Ya está en tus contactos (%1); se deja tal cual.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Kind of file</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Read it as:</source>
        <translation>&amp;Leerlo como:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which column holds what</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column for %1</source>
        <translation>Columna para %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>People who are already in your contacts</source>
        <translation>Personas que ya están en tus contactos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge: add what is new to them</source>
        <translation>&amp;Combinar: añadirles lo nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip them</source>
        <translation>&amp;Omitirlas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is written until you press Import. File ▸ Undo last import takes the whole import back.</source>
        <translation>No se escribe nada hasta que pulses Importar. Archivo ▸ Deshacer la última importación la revierte entera.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(not used)</source>
        <translation>(sin usar)</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n to add</source>
        <translation>
            <numerusform>%n por añadir</numerusform>
            <numerusform>%n por añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to merge</source>
        <translation>
            <numerusform>%n por combinar</numerusform>
            <numerusform>%n por combinar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to skip</source>
        <translation>
            <numerusform>%n por omitir</numerusform>
            <numerusform>%n por omitir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing new to import: everyone is already in your contacts.</source>
        <translation>Nada nuevo que importar: todos están ya en tus contactos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing can be imported this way yet.</source>
        <translation>Así todavía no se puede importar nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the columns above. </source>
        <translation>Elige las columnas de arriba. </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>New contacts (%n)</source>
        <translation>
            <numerusform>Contactos nuevos (%n)</numerusform>
            <numerusform>Contactos nuevos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recognized by %1</source>
        <translation>Reconocido por %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>New details for contacts you have (%n)</source>
        <translation>
            <numerusform>Datos nuevos para contactos que ya tienes (%n)</numerusform>
            <numerusform>Datos nuevos para contactos que ya tienes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Skipped (%n)</source>
        <translation>
            <numerusform>Omitidos (%n)</numerusform>
            <numerusform>Omitidos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Notes on the file (%n)</source>
        <translation>
            <numerusform>Notas sobre el archivo (%n)</numerusform>
            <numerusform>Notas sobre el archivo (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/batch_run.py" line="+66"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Something unexpected went wrong.</source>
        <translation>Ocurrió un error inesperado.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer.py" line="-245"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo last import</source>
        <translation>&amp;Deshacer la última importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts as &amp;vCard…</source>
        <translation>Contactos como &amp;vCard…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts as &amp;CSV…</source>
        <translation>Contactos como &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings and debriefs as CSV…</source>
        <translation>&amp;Reuniones y repasos como CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;alendar (planned meetings and follow-ups)…</source>
        <translation>C&amp;alendario (reuniones planificadas y seguimientos)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backup of all data…</source>
        <translation>Copia de seguridad de &amp;todos los datos…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This file cannot be imported.</source>
        <translation>Este archivo no se puede importar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>It may be running in another Twoway window or from the command line.</source>
        <translation>Puede que se esté ejecutando en otra ventana de Twoway o desde la línea de órdenes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <location line="+27"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Twoway cannot save your data right now, so it does not add to it. Settings shows what needs a look.</source>
        <translation>Twoway no puede guardar tus datos ahora mismo, así que no les añade nada. En Ajustes verás qué hay que revisar.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Importing %n contacts…</source>
        <translation>
            <numerusform>Importando %n contacto…</numerusform>
            <numerusform>Importando %n contactos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importación cancelada; no se ha importado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import could not be finished, so nothing was imported.</source>
        <translation>No se pudo terminar la importación, así que no se importó nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import done: %1, %2, %3. File ▸ Undo last import takes it back.</source>
        <translation>Importación hecha: %1, %2, %3. Archivo ▸ Deshacer la última importación la revierte.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contacts added</source>
        <translation>
            <numerusform>%n contacto añadido</numerusform>
            <numerusform>%n contactos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n merged</source>
        <translation>
            <numerusform>%n combinado</numerusform>
            <numerusform>%n combinados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+18"/>
        <source>There is no import to undo.</source>
        <translation>No hay ninguna importación que deshacer.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <location line="+2"/>
        <location line="+23"/>
        <location line="+24"/>
        <location line="+7"/>
        <source>Undo last import</source>
        <translation>Deshacer la última importación</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Take back the import of %1?</source>
        <translation>¿Deshacer la importación del %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contacts it added are removed, and those it added details to are put back as they were. Anyone you have changed since, or planned a meeting or follow-up with, is kept as they are.</source>
        <translation>Se eliminan los contactos que añadió, y los que recibieron datos nuevos vuelven a quedar como estaban. Se conserva tal cual a cualquiera que hayas cambiado desde entonces o con quien hayas planificado una reunión o un seguimiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Taking back the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n contacts removed</source>
        <translation>
            <numerusform>%n contacto eliminado</numerusform>
            <numerusform>%n contactos eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n put back as they were</source>
        <translation>
            <numerusform>%n restaurado como estaba</numerusform>
            <numerusform>%n restaurados como estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n conservado</numerusform>
            <numerusform>%n conservados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import undone: %1.</source>
        <translation>Importación deshecha: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import is undone, but not everything could be saved yet.</source>
        <translation>La importación se deshizo, pero todavía no se pudo guardar todo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These contacts were kept as they are, because you changed them or planned something with them after the import:</source>
        <translation>Estos contactos se conservaron tal cual porque los cambiaste o planificaste algo con ellos después de la importación:</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/export.py" line="+28"/>
        <source>Export contacts as vCard</source>
        <translation>Exportar contactos como vCard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export contacts as CSV</source>
        <translation>Exportar contactos como CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export meetings and debriefs as CSV</source>
        <translation>Exportar reuniones y repasos como CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to your calendar</source>
        <translation>Exportar a tu calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a backup of all data</source>
        <translation>Exportar una copia de seguridad de todos los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no contacts to export yet.</source>
        <translation>Todavía no hay contactos que exportar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no meetings to export yet.</source>
        <translation>Todavía no hay reuniones que exportar.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/transfer.py" line="+31"/>
        <location line="+9"/>
        <source>Nothing was exported.</source>
        <translation>No se exportó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be written (%2).</source>
        <translation>No se pudo escribir «%1» (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/export.py" line="+13"/>
        <location line="+3"/>
        <source>Saved %n contacts to %1.</source>
        <translation>
            <numerusform>%n contacto guardado en %1.</numerusform>
            <numerusform>%n contactos guardados en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n meetings to %1.</source>
        <translation>
            <numerusform>%n reunión guardada en %1.</numerusform>
            <numerusform>%n reuniones guardadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the calendar to %1 (%2, %3).</source>
        <translation>Calendario guardado en %1 (%2, %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved a backup of all your data to %1.</source>
        <translation>Copia de seguridad de todos tus datos guardada en %1.</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n seguimiento</numerusform>
            <numerusform>%n seguimientos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup could not be made (%1).</source>
        <translation>No se pudo hacer la copia de seguridad (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/templates.py" line="+25"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (for new meetings)</source>
        <translation>%1 (para reuniones nuevas)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template to save into</source>
        <translation>Plantilla en la que guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new template</source>
        <translation>Una plantilla nueva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the new template</source>
        <translation>Nombre de la plantilla nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Sales call, Mentoring</source>
        <translation>Por ejemplo: Llamada de ventas, Mentoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New meetings start with this checklist</source>
        <translation>Las reuniones &amp;nuevas empiezan con esta lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save &amp;into:</source>
        <translation>Guardar &amp;en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A template has this name already. To replace it, choose it above.</source>
        <translation>Ya hay una plantilla con este nombre. Para sustituirla, elígela arriba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its checklist is replaced with this one.</source>
        <translation>Su lista de comprobación se sustituye por esta.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_calls.py" line="+34"/>
        <source>During calls</source>
        <translation>Durante las llamadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When a call starts</source>
        <translation>Cuando empieza una llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer to start the meeting</source>
        <translation>Ofrecer empezar la reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the meeting by itself</source>
        <translation>Empezar la reunión automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing</source>
        <translation>No hacer nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a call starts:</source>
        <translation>Cuando empieza una llamada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also when no meeting is planned within 15 minutes</source>
        <translation>También si no hay ninguna reunión prevista en 15 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the debrief when the call is over</source>
        <translation>Abrir el repaso cuando termine la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the overlay at a corner of the call&apos;s window</source>
        <translation>Mantener el panel flotante en una esquina de la ventana de la llamada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>While the screen is shared</source>
        <translation>Mientras se comparte la pantalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the overlay</source>
        <translation>Ocultar el panel flotante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shrink it to a thin bar</source>
        <translation>Reducirlo a una barra fina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it as it is</source>
        <translation>Dejarlo como está</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>While the screen is shared:</source>
        <translation>Mientras se comparte la pantalla:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn this key off</source>
        <translation>Desactivar esta tecla</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These keys work anywhere, even while your call has the keyboard, but only while a meeting runs or is offered.</source>
        <translation>Estas teclas funcionan en cualquier parte, incluso con el teclado en la llamada, pero solo mientras una reunión está en curso u ofrecida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add them to GNOME&apos;s keyboard shortcuts…</source>
        <translation>Añadirlas a los atajos de teclado de GNOME…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Under Wayland they reach Twoway only while an X11 window, such as Zoom&apos;s, has the keyboard. For other windows, add desktop shortcuts that run “twoway toggle”, “twoway next”, “twoway extend” and “twoway end”.</source>
        <translation>En Wayland solo llegan a Twoway mientras una ventana X11, como la de Zoom, tiene el teclado. Para otras ventanas, crea atajos del escritorio que ejecuten «twoway toggle», «twoway next», «twoway extend» y «twoway end».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GNOME keyboard shortcuts</source>
        <translation>Atajos de teclado de GNOME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add these keys to GNOME&apos;s Custom Shortcuts, each running a Twoway command? They work with any window, all day (they do nothing when no meeting runs), and you can change or remove them in GNOME&apos;s Settings → Keyboard.</source>
        <translation>¿Añadir estas teclas a los atajos personalizados de GNOME, cada una con una orden de Twoway? Funcionan con cualquier ventana, todo el día (no hacen nada si no hay reunión en curso), y puedes cambiarlas o quitarlas en Configuración → Teclado de GNOME.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>GNOME&apos;s shortcuts could not be changed: %1</source>
        <translation>No se pudieron cambiar los atajos de GNOME: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n shortcuts added to GNOME.</source>
        <translation>
            <numerusform>%n atajo añadido a GNOME.</numerusform>
            <numerusform>%n atajos añadidos a GNOME.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” cannot be used as a hotkey; choose a letter, digit or F-key with Ctrl, Alt or Shift.</source>
        <translation>«%1» no puede ser un atajo; elige una letra, un dígito o una tecla F con Ctrl, Alt o Mayús.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/keep_in_touch.py" line="+27"/>
        <source>No reminder</source>
        <translation>Sin recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 weeks</source>
        <translation>Cada 2 semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 months</source>
        <translation>Cada 2 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 3 months</source>
        <translation>Cada 3 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 6 months</source>
        <translation>Cada 6 meses</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n days</source>
        <translation>
            <numerusform>Cada %n día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../desktop/twoway/ui/main/settings_keep_in_touch.py" line="+53"/>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How often to reconnect</source>
        <translation>Cada cuánto retomar el contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect:</source>
        <translation>Retomar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talks logged</source>
        <translation>Conversaciones anotadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talks:</source>
        <translation>Conversaciones:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day of the talk</source>
        <translation>Día de la conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of talk</source>
        <translation>Tipo de conversación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you talked about</source>
        <translation>De qué hablasteis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on the talk</source>
        <translation>Nota sobre la conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log a talk</source>
        <translation>&amp;Anotar una conversación</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, from tag “%2”</source>
        <translation>%1, por la etiqueta «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A choice here comes before the one of their tags (Settings ▸ Keep in touch).</source>
        <translation>Lo que elijas aquí prevalece sobre lo de sus etiquetas (Ajustes ▸ Mantener el contacto).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/profile.py" line="+22"/>
        <source>About you</source>
        <translation>Sobre ti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name:</source>
        <translation>Tu nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As you sign your messages</source>
        <translation>Como firmas tus mensajes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Introduction:</source>
        <translation>Presentación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line: who you are and what you are working on</source>
        <translation>Una línea: quién eres y en qué trabajas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-off:</source>
        <translation>Despedida:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thank you,</source>
        <translation>Gracias,</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used to sign the request message and offered for your introduction.</source>
        <translation>Firma el mensaje de solicitud y se te ofrece para tu presentación.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/today_start.py" line="-52"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meeting running now</source>
        <translation>Reunión en curso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go to the meeting</source>
        <translation>&amp;Ir a la reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the running meeting</source>
        <translation>Ir a la reunión en curso</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Start or plan</source>
        <translation>Empezar o planificar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format of the meeting to start</source>
        <translation>Formato de la reunión que se va a empezar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a meeting &amp;now</source>
        <translation>Empezar una reunión &amp;ahora</translation>
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
        <translation>De tu calendario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Events from your calendar</source>
        <translation>Eventos de tu calendario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Join the call and start the timer</source>
        <translation>&amp;Unirse a la llamada e iniciar el temporizador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan as a meeting</source>
        <translation>&amp;Planificar como reunión</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · %2 · %3 min</source>
        <translation>%1 · %2 · %3 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call link</source>
        <translation>enlace de la llamada</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A sync is running; try again in a moment.</source>
        <translation>Hay una sincronización en curso; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/main/settings_keep_in_touch.py" line="+9"/>
        <source>How often to reconnect with everyone who has a tag. A contact&apos;s own choice on their page comes first; of several tags, the most often counts.</source>
        <translation>Cada cuánto retomar el contacto con todas las personas que tienen una etiqueta. Lo elegido en la página de un contacto va primero; con varias etiquetas, cuenta la más frecuente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reconnect by tag</source>
        <translation>Retomar por etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnect</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give your contacts tags on their page to choose a cadence for each tag here.</source>
        <translation>Pon etiquetas a tus contactos en su página para elegir aquí un ritmo por etiqueta.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>“%1”: %n contacts</source>
        <translation>
            <numerusform>«%1»: %n contacto</numerusform>
            <numerusform>«%1»: %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reconnect with “%1”</source>
        <translation>Retomar con «%1»</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../desktop/twoway/ui/notices.py" line="+123"/>
        <source>Twoway runs natively on Wayland here, where the desktop alone decides which windows stay on top, so the timer may slip behind your call. To pin it: on GNOME, hold the Super key, right-click the timer and choose “Always on Top”; on KDE Plasma, add a window rule for the window class “%1” that forces “Keep above other windows”; on sway, add “for_window [app_id=&quot;%1&quot;] floating enable, sticky enable” to your configuration. Or turn off the setting overlay.native_wayland to run Twoway through XWayland, which keeps the timer on top by itself.</source>
        <translation>Aquí Twoway funciona directamente en Wayland, donde solo el escritorio decide qué ventanas quedan encima, así que el temporizador puede quedar detrás de tu videollamada. Para fijarlo: en GNOME, mantén pulsada la tecla Super, haz clic derecho en el temporizador y elige «Siempre encima»; en KDE Plasma, añade una regla de ventana para la clase de ventana «%1» que fuerce «Mantener por encima de las demás»; en sway, añade «for_window [app_id=&quot;%1&quot;] floating enable, sticky enable» a tu configuración. O desactiva el ajuste overlay.native_wayland para que Twoway funcione a través de XWayland, que mantiene el temporizador encima por sí solo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your desktop has no system tray, so Twoway cannot put an icon there. Its window is its home instead, and closing the main window quits Twoway. To bring a hidden Twoway back, open it again from your applications or run `twoway show`.</source>
        <translation>Tu escritorio no tiene bandeja del sistema, así que Twoway no puede poner ahí su icono. Su ventana pasa a ser su casa, y cerrar la ventana principal cierra Twoway. Para recuperar un Twoway oculto, ábrelo de nuevo desde tus aplicaciones o ejecuta `twoway show`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When Twoway last quit, it could not save some changes in your data folder. They are kept in %1, each file where it belongs in the data folder: copy them back once the folder can be written again.</source>
        <translation>La última vez que se cerró Twoway, no pudo guardar algunos cambios en tu carpeta de datos. Se conservan en %1, cada archivo en el lugar que le corresponde dentro de la carpeta de datos: cópialos de vuelta en cuanto se pueda volver a escribir en la carpeta.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/meeting_service.py" line="+49"/>
        <source>There is no format called “%1”. Known: %2.</source>
        <translation>No hay ningún formato llamado «%1». Disponibles: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A meeting is already running. End it first.</source>
        <translation>Ya hay una reunión en curso. Termínala primero.</translation>
    </message>
</context>
<context>
    <name>CallOfferCard</name>
    <message>
        <location filename="../desktop/twoway/ui/call_offer.py" line="+43"/>
        <source>Twoway call offer</source>
        <translation>Oferta de llamada de Twoway</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A call has started. Start %1 with %2?</source>
        <translation>Ha empezado una llamada. ¿Empezar %1 con %2?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A call has started. Start %1?</source>
        <translation>Ha empezado una llamada. ¿Empezar %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The call seems to be over. End the meeting?</source>
        <translation>Parece que la llamada ha terminado. ¿Terminar la reunión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the meeting</source>
        <translation>Terminar la reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>ControlStrip</name>
    <message>
        <location filename="../desktop/twoway/ui/overlay_controls.py" line="+89"/>
        <location line="+34"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Next phase</source>
        <translation>Fase siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more minute</source>
        <translation>Un minuto más</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the meeting</source>
        <translation>Terminar la reunión</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>DataHub</name>
    <message>
        <location filename="../desktop/twoway/ui/main/hub.py" line="+106"/>
        <source>Some changes could not be saved: %1</source>
        <translation>Algunos cambios no se pudieron guardar: %1</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Delete %1</source>
        <translation>Eliminar a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation>un contacto</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete follow-up</source>
        <translation>Eliminar seguimiento</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desktop/twoway/demo_people.py" line="+10"/>
        <source>Move from retail analytics into a lead role in consumer research by the autumn.</source>
        <translation>Dar el salto de la analítica de retail a un puesto de responsable en investigación de consumo antes del otoño.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An introduction to the research team at Fernhill Foods</source>
        <translation>Una presentación al equipo de investigación de Fernhill Foods</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An informational interview with a head of consumer research</source>
        <translation>Una entrevista informativa con un responsable de investigación de consumo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback on my pricing case study from a hiring manager</source>
        <translation>Opinión de un responsable de contratación sobre mi caso de estudio de precios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads on food and drink brands hiring researchers</source>
        <translation>Pistas sobre contratación de investigadores en marcas de alimentación y bebidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mentor who moved from analytics into research</source>
        <translation>Un mentor que haya pasado de la analítica a la investigación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pricing analysis and A/B test design</source>
        <translation>Análisis de precios y diseño de tests A/B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions to retail buyers in Lisbon</source>
        <translation>Presentaciones a compradores de retail en Lisboa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews of survey questionnaires</source>
        <translation>Revisión de cuestionarios de encuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A guest spot in my analytics newsletter (2,000 readers)</source>
        <translation>Un espacio como autor invitado en mi boletín de analítica (2000 lectores)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Founder and design lead</source>
        <translation>Fundadora y directora de diseño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>design</source>
        <translation>diseño</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+139"/>
        <source>lisbon</source>
        <translation>lisboa</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+80"/>
        <source>Pricing meetup in March</source>
        <translation>Meetup sobre precios en marzo</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Packaging design; knows many retail buyers in Portugal</source>
        <translation>Diseño de packaging; conoce a muchos compradores de retail en Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing research for the studio&apos;s new product line; a survey partner</source>
        <translation>Investigación de precios para la nueva línea de productos del estudio; un socio para encuestas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Launching a Lisbon studio this spring. Prefers calls before 10:00.</source>
        <translation>Abre un estudio en Lisboa esta primavera. Mejor llamarla antes de las 10:00.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of consumer research</source>
        <translation>Directora de investigación de consumo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <location line="+22"/>
        <source>research</source>
        <translation>investigación</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+17"/>
        <location line="+59"/>
        <source>hiring</source>
        <translation>contratación</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>food</source>
        <translation>alimentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Introduced by Lena Fischer</source>
        <translation>Nos presentó Lena Fischer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions to researchers in food brands; advice on hiring into research</source>
        <translation>Presentaciones a investigadores de marcas de alimentación; consejos sobre cómo se accede a puestos de investigación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help with A/B test design for the packaging team</source>
        <translation>Ayuda con el diseño de tests A/B para el equipo de packaging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a monthly note on shopper panels. Ask about the autumn hiring round.</source>
        <translation>Escribe una nota mensual sobre paneles de compradores. Preguntarle por la ronda de contratación de otoño.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Analytics manager</source>
        <translation>Jefe de analítica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>analytics</source>
        <translation>analítica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former colleague</source>
        <translation>Excompañero de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honest feedback on analytics portfolios</source>
        <translation>Opinión sincera sobre portfolios de analítica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking to hire two data analysts this spring</source>
        <translation>Quiere contratar a dos analistas de datos esta primavera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Freelance UX researcher</source>
        <translation>Investigadora UX freelance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>freelance</source>
        <translation>freelance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research Ops community call</source>
        <translation>Llamada de la comunidad Research Ops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey design and usability studies</source>
        <translation>Diseño de encuestas y estudios de usabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads on retail clients; an audience for her newsletter</source>
        <translation>Posibles clientes en retail; público para su boletín</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to co-writing a piece on pricing surveys.</source>
        <translation>Dispuesta a escribir a cuatro manos un artículo sobre encuestas de precios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category buyer, fresh food</source>
        <translation>Comprador de categoría, alimentación fresca</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <location line="+23"/>
        <source>retail</source>
        <translation>retail</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>buyer</source>
        <translation>comprador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade fair in Porto</source>
        <translation>Feria del sector en Oporto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A view from the buying side; introductions to suppliers</source>
        <translation>La visión desde el lado de las compras; presentaciones a proveedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better promotion analysis</source>
        <translation>Mejor análisis de promociones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VP Insights</source>
        <translation>VP de Insights</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leadership</source>
        <translation>liderazgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke at the Insights Summit</source>
        <translation>Dio una charla en el Insights Summit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Career advice for researchers; a large network in consumer goods</source>
        <translation>Consejos de carrera para investigadores; una amplia red de contactos en gran consumo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senior analysts who can explain pricing to executives</source>
        <translation>Analistas sénior capaces de explicar la estrategia de precios a la alta dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked to keep it to 20 minutes. Send questions in advance.</source>
        <translation>Pidió no pasar de 20 minutos. Enviarle las preguntas con antelación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meetup organiser</source>
        <translation>Organizadora de meetups</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>community</source>
        <translation>comunidad</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>pricing</source>
        <translation>precios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking slots at the meetup; introductions across the pricing community</source>
        <translation>Huecos para ponentes en el meetup; presentaciones a profesionales de precios de toda la comunidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers for the autumn season</source>
        <translation>Ponentes para la temporada de otoño</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recruiter, research and insights</source>
        <translation>Reclutador de perfiles de investigación e insights</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recruiter</source>
        <translation>reclutador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached out on LinkedIn</source>
        <translation>Me escribió por LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads on research roles at food and drink brands</source>
        <translation>Pistas sobre puestos de investigación en marcas de alimentación y bebidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates with both analytics and research experience</source>
        <translation>Candidatos con experiencia tanto en analítica como en investigación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product manager</source>
        <translation>Jefa de producto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wine</source>
        <translation>vino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend of Maya</source>
        <translation>Amiga de Maya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A product view on subscription pricing</source>
        <translation>La visión de producto sobre los precios por suscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone to check her survey before it goes out</source>
        <translation>Alguien que le revise la encuesta antes de enviarla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Founder</source>
        <translation>Fundador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>startup</source>
        <translation>startup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo day</source>
        <translation>En un demo day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelf data from 300 stores</source>
        <translation>Datos de lineal de 300 tiendas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot customers among retail buyers</source>
        <translation>Clientes piloto entre compradores de retail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data journalist</source>
        <translation>Periodista de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>media</source>
        <translation>medios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>writing</source>
        <translation>escritura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commented on my newsletter</source>
        <translation>Comentó en mi boletín</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice on writing for a wide audience</source>
        <translation>Consejos sobre cómo escribir para un público amplio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stories about what shoppers pay</source>
        <translation>Historias sobre lo que pagan los consumidores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Programme lead</source>
        <translation>Coordinador de programas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maya&apos;s launch party</source>
        <translation>La fiesta de inauguración del estudio de Maya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A room of 40 retail owners every month</source>
        <translation>Reúne a 40 comerciantes cada mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers on pricing for small shops</source>
        <translation>Ponentes que hablen de precios para pequeños comercios</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo_data.py" line="+175"/>
        <source>Two names of research leads who moved over from analytics.</source>
        <translation>Dos nombres de responsables de investigación que venían de la analítica.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Three speaker ideas for the autumn season.</source>
        <translation>Tres ideas de ponentes para la temporada de otoño.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inês Duarte at Fernhill; the shopper-panel newsletter.</source>
        <translation>Inês Duarte, de Fernhill; el boletín sobre paneles de compradores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+218"/>
        <source>Ask Inês for a short call, mentioning Lena</source>
        <translation>Pedir a Inês una llamada breve, de parte de Lena</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Straight feedback on the case study: lead with the decision, not the model.</source>
        <translation>Opinión franca sobre el caso de estudio: empezar por la decisión, no por el modelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to find analysts who can talk to buyers.</source>
        <translation>Dónde encontrar analistas que sepan hablar con compradores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two candidate names for his team.</source>
        <translation>Dos nombres de candidatos para su equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+201"/>
        <source>Send Tom the two candidates&apos; profiles</source>
        <translation>Enviar a Tom los perfiles de los dos candidatos</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>How Fernhill hires into research, and that the autumn round opens in June.</source>
        <translation>Cómo contrata Fernhill para investigación, y que la ronda de otoño se abre en junio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An outline for testing two pack sizes.</source>
        <translation>Un esquema para probar dos tamaños de envase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priya Raman at Kestrel; the A/B test outline.</source>
        <translation>Priya Raman, de Kestrel; el esquema del test A/B.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+184"/>
        <source>Send Inês the A/B test outline</source>
        <translation>Enviar a Inês el esquema del test A/B</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>A better way to word price questions in surveys.</source>
        <translation>Una forma mejor de formular las preguntas sobre precios en las encuestas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two retail leads.</source>
        <translation>Dos posibles clientes de retail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jonas Keller at Oakmoor; Chloé Martin.</source>
        <translation>Jonas Keller, de Oakmoor; Chloé Martin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+166"/>
        <source>Introduce Ana to Jonas</source>
        <translation>Poner en contacto a Ana con Jonas</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Research leads are hired for judgement: show one hard call I made.</source>
        <translation>A los responsables de investigación se los contrata por su criterio: mostrar una decisión difícil que tomé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short note on explaining price elasticity to executives.</source>
        <translation>Una nota breve sobre cómo explicar la elasticidad del precio a la dirección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samuel Osei at Talent Bridge.</source>
        <translation>Samuel Osei, de Talent Bridge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+146"/>
        <source>Send Priya the note on price elasticity</source>
        <translation>Enviar a Priya la nota sobre la elasticidad del precio</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>How buyers judge a promotion in the first week.</source>
        <translation>Cómo evalúan los compradores una promoción en la primera semana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A simple uplift check for his promotions.</source>
        <translation>Una forma sencilla de medir el incremento de ventas de sus promociones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ana Lima for shopper interviews.</source>
        <translation>Ana Lima para entrevistas a compradores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+135"/>
        <source>Send Jonas a one-page proposal for the uplift check</source>
        <translation>Enviar a Jonas una propuesta de una página para medir el incremento de ventas</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>swap notes on pricing a new product line</source>
        <translation>intercambiar ideas sobre cómo poner precio a una nueva línea de productos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have run pricing studies for three retail brands and can share what worked</source>
        <translation>He hecho estudios de precios para tres marcas de retail y puedo contarte qué funcionó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>how you plan to price the new line
who buys packaging research in Lisbon</source>
        <translation>cómo piensas fijar el precio de la nueva línea
quién compra estudios de packaging en Lisboa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ten years in retail analytics, now moving into consumer research; pricing is where the two meet.</source>
        <translation>Diez años en analítica de retail, ahora dando el salto a la investigación de consumo; los precios son justo donde las dos se cruzan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is the hardest pricing call for the new line?</source>
        <translation>¿Cuál es la decisión de precios más difícil para la nueva línea?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who in Lisbon buys packaging research?</source>
        <translation>¿Quién compra estudios de packaging en Lisboa?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Introduce Maya to Rui Costa&apos;s retail owners&apos; evening</source>
        <translation>Presentar a Maya en la velada de comerciantes de Rui Costa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>hear how Harbor &amp; Vine priced its subscription</source>
        <translation>saber cómo fijó Harbor &amp; Vine el precio de su suscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can check your survey before it goes out</source>
        <translation>Puedo revisarte la encuesta antes de que la envíes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscription pricing
the survey draft</source>
        <translation>precios por suscripción
el borrador de la encuesta</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Follow up with Lena Fischer</source>
        <translation>Hacer seguimiento con Lena Fischer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow up with Tom Berg</source>
        <translation>Hacer seguimiento con Tom Berg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up with Inês Duarte</source>
        <translation>Hacer seguimiento con Inês Duarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up with Ana Lima</source>
        <translation>Hacer seguimiento con Ana Lima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a thank-you note to Priya Raman</source>
        <translation>Enviar una nota de agradecimiento a Priya Raman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up with Priya Raman</source>
        <translation>Hacer seguimiento con Priya Raman</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow up with Jonas Keller</source>
        <translation>Hacer seguimiento con Jonas Keller</translation>
    </message>
</context>
<context>
    <name>EndCardButtons</name>
    <message>
        <location filename="../desktop/twoway/ui/overlay_controls.py" line="+18"/>
        <source>Write the debrief</source>
        <translation>Escribir el repaso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../desktop/twoway/core/workflow/followups.py" line="+20"/>
        <source>Follow up with {name}</source>
        <translation>Hacer seguimiento con {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a thank-you note to {name}</source>
        <translation>Enviar una nota de agradecimiento a {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your contact</source>
        <translation>tu contacto</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+22"/>
        <source>Demo: a Minimastermind in fast motion</source>
        <translation>Demo: un Minimastermind a cámara rápida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank you, Maya. I will send the introduction by Friday.</source>
        <translation>Gracias, Maya. Antes del viernes te hago la presentación por correo.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/formats.py" line="+115"/>
        <source>Minimastermind</source>
        <translation>Minimastermind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twelve minutes planned in a fifteen-minute slot: five on them, five on you, then a minute each on what was of value.</source>
        <translation>Doce minutos previstos en una franja de quince: cinco para la otra persona, cinco para ti y luego un minuto cada uno sobre lo que resultó valioso.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../desktop/twoway/demo.py" line="+5"/>
        <source>Their offer and challenge</source>
        <translation>Su oferta y su reto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask about their offer and the business challenge they face now.</source>
        <translation>Pregunta por su oferta y por el reto de negocio que tiene ahora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say what you offer and the one challenge you want ideas on.</source>
        <translation>Cuenta qué ofreces y el reto concreto sobre el que quieres ideas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What was of value to them? Any fit to buy, sell or refer?</source>
        <translation>¿Qué le ha aportado? ¿Hay ocasión de comprar, vender o recomendar?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name what was of value to you, and thank them.</source>
        <translation>Di qué te ha aportado y dale las gracias.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This was worth it — thank you. Shall we note one next step each?</source>
        <translation>Ha valido la pena, gracias. ¿Apuntamos un próximo paso cada uno?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>20-minute networking meeting</source>
        <translation>Reunión de networking de 20 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An informational meeting you asked for: introduction, your prepared questions, and how you can help them.</source>
        <translation>Una reunión informativa que tú pediste: presentación, tus preguntas preparadas y en qué puedes serle útil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Introduction</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank them, then a short overview that leads to why you asked.</source>
        <translation>Da las gracias y haz un breve resumen que lleve al motivo de tu petición.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discussion</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work through your prepared questions and topics.</source>
        <translation>Repasa tus preguntas y temas preparados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ending</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer how you can help them, agree on a follow-up, say thanks.</source>
        <translation>Ofrece tu ayuda, acuerda un seguimiento y da las gracias.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I promised you twenty minutes. How can I help you in return?</source>
        <translation>Te prometí veinte minutos. ¿Cómo puedo ayudarte yo a cambio?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>30-minute coffee chat</source>
        <translation>Charla de café de 30 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A relaxed conversation with equal time for each side.</source>
        <translation>Una conversación tranquila con el mismo tiempo para cada parte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warm-up</source>
        <translation>Rompehielos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How you met, and what each of you hopes to get from the chat.</source>
        <translation>Cómo surgió el contacto y qué espera cada uno de la charla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their story</source>
        <translation>Su historia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What are they working on, and what would help them most?</source>
        <translation>¿En qué trabaja ahora y qué le sería de más ayuda?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your story</source>
        <translation>Tu historia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where you are headed, and your most specific need.</source>
        <translation>Hacia dónde vas y tu necesidad más concreta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agree on one next step each, with a date.</source>
        <translation>Un próximo paso para cada uno, con fecha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before we go: what is the one thing I can do for you this week?</source>
        <translation>Antes de terminar: ¿hay algo concreto que pueda hacer por ti esta semana?</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Ask Maya how the Lisbon studio launch is going.</source>
        <translation>Pregunta a Maya qué tal va la apertura del estudio de Lisboa.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/formats.py" line="-110"/>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Your offer and challenge</source>
        <translation>Tu oferta y tu reto</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Mention the pricing workshop; ask who buys research in retail.</source>
        <translation>Menciona el taller de precios; pregunta quién compra estudios en el comercio minorista.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/formats.py" line="+8"/>
        <location filename="../desktop/twoway/demo.py" line="+5"/>
        <source>Their takeaway</source>
        <translation>Lo que se lleva</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>What was of value to Maya?</source>
        <translation>¿Qué le ha aportado a Maya?</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/formats.py" line="+8"/>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Your takeaway</source>
        <translation>Lo que te llevas</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/demo.py" line="+3"/>
        <source>Name one thing you take away, and thank her.</source>
        <translation>Di una cosa que te llevas y dale las gracias.</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <location filename="../desktop/twoway/ui/hotkeys.py" line="+300"/>
        <source>The key %1 (%2) is already taken by another program, so Twoway cannot use it. Choose another in Settings.</source>
        <translation>Otro programa ya usa la tecla %1 (%2), así que Twoway no puede usarla. Elige otra en Ajustes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system did not let Twoway use the key %1 (%2). Choose another in Settings.</source>
        <translation>El sistema no permite que Twoway use la tecla %1 (%2). Elige otra en Ajustes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key %1 (%2) cannot be typed on this keyboard layout.</source>
        <translation>La tecla %1 (%2) no existe en esta distribución de teclado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>start the offered meeting</source>
        <translation>empezar la reunión ofrecida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pause or resume</source>
        <translation>pausar o reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next phase</source>
        <translation>fase siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one more minute</source>
        <translation>un minuto más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end the meeting</source>
        <translation>terminar la reunión</translation>
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
        <translation>Cargando tus registros… %1 de %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop/twoway/core/format_files.py" line="+89"/>
        <location line="+75"/>
        <location filename="../desktop/twoway/core/store/fields.py" line="+224"/>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <location line="-71"/>
        <location filename="../desktop/twoway/core/store/values.py" line="+65"/>
        <location line="+234"/>
        <source>%1 must be text in quotes</source>
        <translation>%1 debe ser texto entre comillas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 tiene más de %2 caracteres</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../desktop/twoway/core/store/values.py" line="-201"/>
        <source>%1 must be a number</source>
        <translation>%1 debe ser un número</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be more than %2 and at most %3</source>
        <translation>%1 debe ser mayor que %2 y no superar %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>phase %1: %2</source>
        <translation>%2 (fase %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>phase %1 must be a [[phases]] table</source>
        <translation>la fase %1 debe ser una tabla [[phases]]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>phase %1 has an unknown setting &apos;%2&apos; (known: %3)</source>
        <translation>la fase %1 tiene un ajuste desconocido, &apos;%2&apos; (ajustes válidos: %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>phase %1: owner must be &quot;them&quot;, &quot;me&quot; or &quot;both&quot;, not %2</source>
        <translation>en la fase %1, owner debe ser &quot;them&quot;, &quot;me&quot; o &quot;both&quot;, no %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>phase %1: color must look like &quot;#0072B2&quot;, not %2</source>
        <translation>en la fase %1, color debe escribirse como &quot;#0072B2&quot;, no %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not valid TOML (%1)</source>
        <translation>no es TOML válido (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>ajuste desconocido, &apos;%1&apos; (ajustes válidos: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>schema must be a whole number</source>
        <translation>schema debe ser un número entero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this file was written by a newer Twoway (format schema %1); update Twoway to use it</source>
        <translation>este archivo es de una versión más reciente de Twoway (schema de formato %1); actualiza Twoway para usarlo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a format needs at least one [[phases]] table</source>
        <translation>un formato necesita al menos una tabla [[phases]]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a format can have at most %1 phases</source>
        <translation>un formato puede tener como máximo %1 fases</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>slot_minutes (%1) is shorter than its phases together (%2)</source>
        <translation>slot_minutes (%1) es menor que la suma de sus fases (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>warning_lead_s must be a whole number of seconds from 0 to 600</source>
        <translation>warning_lead_s debe ser un número entero de segundos de 0 a 600</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>swappable must be true or false</source>
        <translation>swappable debe ser true o false</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>file name must use letters, digits, - or _ only</source>
        <translation>el nombre del archivo solo puede contener letras, números, - o _</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/apply.py" line="+135"/>
        <source>The disk is full, so the import could not be saved; nothing was imported.</source>
        <translation>El disco está lleno, así que no se pudo guardar la importación; no se importó nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Twoway cannot write to its data folder, so nothing was imported.</source>
        <translation>Twoway no puede escribir en su carpeta de datos, así que no se importó nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import could not be saved, so nothing was imported.</source>
        <translation>No se pudo guardar la importación, así que no se importó nada.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/backup.py" line="+33"/>
        <source>The backup could not be made (%1); nothing was written.</source>
        <translation>No se pudo hacer la copia de seguridad (%1); no se escribió nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” could not be written (%2).</source>
        <translation>No se pudo escribir «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/reading.py" line="+77"/>
        <location filename="../desktop/twoway/core/store/restore_checks.py" line="+266"/>
        <source>There is no file called “%1”.</source>
        <translation>No hay ningún archivo llamado «%1».</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/csv_import.py" line="+231"/>
        <source>Line %1 of the file could not be read as CSV (%2).</source>
        <translation>No se pudo leer la línea %1 del archivo como CSV (%2).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This does not look like LinkedIn&apos;s Connections.csv: no row has the columns “%1” and “%2”.</source>
        <translation>Esto no parece el Connections.csv de LinkedIn: ninguna fila tiene las columnas «%1» y «%2».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Line %1 has no name and was left out.</source>
        <translation>La línea %1 no tiene nombre y se omitió.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file has the LinkedIn columns but no connections in it.</source>
        <translation>El archivo tiene las columnas de LinkedIn, pero ningún contacto.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The file has no column %1. Its columns are %2.</source>
        <translation>Columnas que faltan en el archivo: %1. Las columnas que tiene son: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file has no column %1. Its columns are not named.</source>
        <translation>Columnas que faltan en el archivo: %1. Las columnas que tiene no llevan nombre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file has no column for names (such as “Name”, or “First Name” and “Last Name”). Its columns are %1.</source>
        <translation>El archivo no tiene ninguna columna de nombres (como «Name», o «First Name» y «Last Name»). Las columnas que tiene son: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file has no column for names (such as “Name”, or “First Name” and “Last Name”). Its columns are not named.</source>
        <translation>El archivo no tiene ninguna columna de nombres (como «Name», o «First Name» y «Last Name»). Las columnas que tiene no llevan nombre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file has no header row naming its columns.</source>
        <translation>El archivo no tiene una fila de encabezado con los nombres de sus columnas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1 has no name, company or email and was left out.</source>
        <translation>La línea %1 no tiene nombre, empresa ni correo electrónico y se omitió.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file has a header row but no contacts under it.</source>
        <translation>El archivo tiene una fila de encabezado, pero ningún contacto debajo.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/importing.py" line="+38"/>
        <source>Twoway cannot tell what kind of file this is. It imports vCard (.vcf) files, LinkedIn&apos;s Connections.csv and CSV files with a header row.</source>
        <translation>Twoway no sabe qué tipo de archivo es este. Importa archivos vCard (.vcf), el Connections.csv de LinkedIn y archivos CSV con una fila de encabezado.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This is not a vCard file: it has no BEGIN:VCARD line.</source>
        <translation>Esto no es un archivo vCard: no tiene ninguna línea BEGIN:VCARD.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No contact in this file could be read.</source>
        <translation>No se pudo leer ningún contacto de este archivo.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/reading.py" line="-53"/>
        <source>This is not a text file: it looks like an image.</source>
        <translation>Esto no es un archivo de texto: parece una imagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a text file: it looks like a zip archive or an Excel workbook; save the sheet as CSV first.</source>
        <translation>Esto no es un archivo de texto: parece un archivo zip o un libro de Excel; guarda primero la hoja como CSV.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a text file: it looks like an old Excel or Word file; save the sheet as CSV first.</source>
        <translation>Esto no es un archivo de texto: parece un archivo antiguo de Excel o Word; guarda primero la hoja como CSV.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a text file: it looks like a PDF document.</source>
        <translation>Esto no es un archivo de texto: parece un documento PDF.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is a folder, not a file.</source>
        <translation>«%1» es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Twoway is not allowed to read “%1”.</source>
        <translation>Twoway no tiene permiso para leer «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could not be read (%2).</source>
        <translation>No se pudo leer «%1» (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../desktop/twoway/core/store/tomltext.py" line="+85"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is too large to be a contact list (%1 MB; Twoway imports files of up to %2 MB).</source>
        <translation>El archivo es demasiado grande para ser una lista de contactos (%1 MB; Twoway importa archivos de hasta %2 MB).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is not a text file. Twoway imports vCard (.vcf) and CSV files.</source>
        <translation>Esto no es un archivo de texto. Twoway importa archivos vCard (.vcf) y CSV.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The file says it is %1 text but parts of it are not; it may be damaged.</source>
        <translation>El archivo indica que es texto %1, pero hay partes que no lo son; puede que esté dañado.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file is not UTF-8 text, which this format requires. Save it again as UTF-8 and import that copy.</source>
        <translation>El archivo no es texto UTF-8, y este formato lo exige. Vuelve a guardarlo como UTF-8 e importa esa copia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file&apos;s characters are in an encoding Twoway cannot read. Save it again as UTF-8 and import that copy.</source>
        <translation>Los caracteres del archivo están en una codificación que Twoway no sabe leer. Vuelve a guardarlo como UTF-8 e importa esa copia.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>The file is not UTF-8; it was read as Western European (Windows-1252) text. Check accented letters in the preview.</source>
        <translation>El archivo no es UTF-8; se leyó como texto de Europa occidental (Windows-1252). Revisa las letras acentuadas en la vista previa.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/vcard_import.py" line="+78"/>
        <source>The file ends inside card %1; what that card holds was read.</source>
        <translation>El archivo termina en mitad de la tarjeta %1; se leyó lo que contiene esa tarjeta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Card %1 (line %2): lines that are not vCard data were left out: %3.</source>
        <translation>Tarjeta %1 (línea %2): se omitieron líneas que no son datos vCard: %3.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Card %1 (line %2) could not be read and was left out.</source>
        <translation>La tarjeta %1 (línea %2) no se pudo leer y se omitió.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Card %1 (line %2) has no name, organization, email or phone and was left out.</source>
        <translation>La tarjeta %1 (línea %2) no tiene nombre, organización, correo electrónico ni teléfono y se omitió.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Card %1 (line %2): the character set “%3” is not one Twoway knows; read as UTF-8.</source>
        <translation>Tarjeta %1 (línea %2): Twoway no conoce el juego de caracteres «%3»; se leyó como UTF-8.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Card %1 (line %2): the character set “%3” is not one Twoway knows; read as Western European (Windows-1252).</source>
        <translation>Tarjeta %1 (línea %2): Twoway no conoce el juego de caracteres «%3»; se leyó como texto de Europa occidental (Windows-1252).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/settings_schema.py" line="+129"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>must be a number from %1 to %2</source>
        <translation>debe ser un número de %1 a %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+25"/>
        <source>must be text in quotes</source>
        <translation>debe ser texto entre comillas</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>must look like &quot;%1&quot;</source>
        <translation>debe ser del estilo de &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be one of %1</source>
        <translation>debe ser uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be one line of at most %1 characters</source>
        <translation>debe ser una línea de %1 caracteres como máximo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a number of days: one of %1</source>
        <translation>debe ser un número de días, uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must name a tag of one line, at most %1 characters</source>
        <translation>debe nombrar una etiqueta de una línea, de %1 caracteres como máximo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a table of tags and days, such as %1</source>
        <translation>debe ser una tabla de etiquetas y días, como %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>There is no settings section &quot;%1&quot;; it is ignored.</source>
        <translation>No existe la sección de ajustes &quot;%1&quot;; se ignora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a [%1] section; defaults are used.</source>
        <translation>&quot;%1&quot; debe ser una sección [%1]; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no setting &quot;%1&quot;; it is ignored.</source>
        <translation>No existe el ajuste &quot;%1&quot;; se ignora.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; %2, so the default (%3) is used.</source>
        <translation>&quot;%1&quot; %2; por eso se usa el valor predeterminado (%3).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; for the tag &quot;%2&quot; %3, so the tag is ignored.</source>
        <translation>&quot;%1&quot; para la etiqueta &quot;%2&quot; %3; por eso se pasa por alto esa etiqueta.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/settings.py" line="+99"/>
        <source>Your settings could not be read (%1); defaults are used.</source>
        <translation>No se pudieron leer tus ajustes (%1); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>These settings were written by a newer version of Twoway. They are used where this version understands them, but changes made here are not saved.</source>
        <translation>Estos ajustes los escribió una versión más reciente de Twoway. Se aplican en todo lo que esta versión entiende, pero los cambios que hagas aquí no se guardan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your settings file could not be read: %1 Defaults are used; the file is kept as it is until you change a setting.</source>
        <translation>No se pudo leer tu archivo de ajustes: %1 Se usan los valores predeterminados; el archivo se conserva tal cual hasta que cambies algún ajuste.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your settings file could not be read: its lists are nested too deeply. Defaults are used; the file is kept as it is until you change a setting.</source>
        <translation>No se pudo leer tu archivo de ajustes: sus listas están anidadas a demasiada profundidad. Se usan los valores predeterminados; el archivo se conserva tal cual hasta que cambies un ajuste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your settings file could not be read: %1</source>
        <translation>No se pudo leer tu archivo de ajustes: %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This setting applies until Twoway closes, but it is not saved: the settings file belongs to a newer version of Twoway or cannot be read.</source>
        <translation>Este ajuste se aplica hasta que se cierre Twoway, pero no se guarda: el archivo de ajustes es de una versión más reciente de Twoway o no se puede leer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The setting applies now but could not be saved (%1).</source>
        <translation>El ajuste ya se aplica, pero no se pudo guardar (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/ui_state.py" line="+60"/>
        <source>Window positions could not be read; windows open in their default places. The unreadable file is kept as %1.</source>
        <translation>No se pudieron leer las posiciones de las ventanas; las ventanas se abren en su lugar habitual. El archivo ilegible se guarda como %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Window positions could not be read; windows open in their default places.</source>
        <translation>No se pudieron leer las posiciones de las ventanas; se abren en su lugar predeterminado.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/values.py" line="-47"/>
        <source>&quot;%1&quot; in item %2 of %3</source>
        <translation>&quot;%1&quot; en el elemento %2 de %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item %1 of %2</source>
        <translation>el elemento %1 de %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 must be a whole number</source>
        <translation>%1 debe ser un número entero</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 must be true or false</source>
        <translation>%1 debe ser true o false</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 must be a list such as [&quot;one&quot;, &quot;two&quot;]</source>
        <translation>%1 debe ser una lista como [&quot;uno&quot;, &quot;dos&quot;]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>entry %1 of %2 must be text in quotes</source>
        <translation>la entrada %1 de %2 debe ser texto entre comillas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 must be a date and time such as 2026-01-05T09:30:00Z</source>
        <translation>%1 debe ser una fecha y hora como 2026-01-05T09:30:00Z</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 must be a date such as 2026-01-05</source>
        <translation>%1 debe ser una fecha como 2026-01-05</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 must be one of %2</source>
        <translation>%1 debe ser uno de estos valores: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 has two cues for the same phase (&quot;%2&quot; and &quot;%3&quot;); keep only one of them</source>
        <translation>%1 tiene dos apuntes para la misma fase (&quot;%2&quot; y &quot;%3&quot;); deja solo uno de ellos</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/fields.py" line="-160"/>
        <location line="+35"/>
        <location filename="../desktop/twoway/core/store/values.py" line="-18"/>
        <location line="+83"/>
        <source>%1 must be a table</source>
        <translation>%1 debe ser una tabla</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 must be a list of tables</source>
        <translation>%1 debe ser una lista de tablas</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/values.py" line="-74"/>
        <source>%1 keys must be phase numbers such as &quot;0&quot;</source>
        <translation>las claves de %1 deben ser números de fase, como &quot;0&quot;</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/fields.py" line="+112"/>
        <source>there is no field &quot;%1&quot; in %2 (is it a typo?)</source>
        <translation>no hay ningún campo &quot;%1&quot; en %2 (¿es una errata?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no field &quot;%1&quot; (is it a typo?)</source>
        <translation>no hay ningún campo &quot;%1&quot; (¿es una errata?)</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/migrations.py" line="+26"/>
        <source>&quot;%1&quot; must be text in quotes.</source>
        <translation>&quot;%1&quot; debe ser texto entre comillas.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The schema line is missing: every Twoway file starts with one, such as &quot;schema = 1&quot;.</source>
        <translation>Falta la línea de schema: todos los archivos de Twoway empiezan con una, como &quot;schema = 1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;schema&quot; must be a whole number such as 1.</source>
        <translation>&quot;schema&quot; debe ser un número entero, como 1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Files of schema %1 cannot be upgraded by this version.</source>
        <translation>Esta versión no puede actualizar archivos de schema %1.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/reading.py" line="+111"/>
        <source>This should be the folder holding your contacts, but it is a file. Move the file away, then choose “Try again” in Settings.</source>
        <translation>Aquí debería estar la carpeta con tus contactos, pero hay un archivo. Mueve el archivo a otro sitio y luego elige «Intentar de nuevo» en Ajustes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This should be the folder holding your meetings, but it is a file. Move the file away, then choose “Try again” in Settings.</source>
        <translation>Aquí debería estar la carpeta con tus reuniones, pero hay un archivo. Mueve el archivo a otro sitio y luego elige «Intentar de nuevo» en Ajustes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This should be the folder holding your follow-ups, but it is a file. Move the file away, then choose “Try again” in Settings.</source>
        <translation>Aquí debería estar la carpeta con tus seguimientos, pero hay un archivo. Mueve el archivo a otro sitio y luego elige «Intentar de nuevo» en Ajustes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This should be the folder holding your checklist templates, but it is a file. Move the file away, then choose “Try again” in Settings.</source>
        <translation>Aquí debería estar la carpeta con tus plantillas de lista, pero hay un archivo. Mueve el archivo a otro sitio y luego elige «Intentar de nuevo» en Ajustes.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/problems.py" line="+100"/>
        <source>Twoway cannot write to its data folder (it is read-only or not yours). Your changes are kept while Twoway stays open and are saved as soon as the folder can be written again.</source>
        <translation>Twoway no puede escribir en su carpeta de datos (es de solo lectura o no es tuya). Tus cambios se conservan mientras Twoway siga abierto y se guardarán en cuanto se pueda volver a escribir en la carpeta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk is full, so your changes could not be saved. They are kept while Twoway stays open and are saved as soon as there is space again.</source>
        <translation>El disco está lleno, así que no se pudieron guardar tus cambios. Se conservan mientras Twoway siga abierto y se guardarán en cuanto vuelva a haber espacio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your changes could not be saved (%1). They are kept while Twoway stays open and are saved as soon as this is fixed.</source>
        <translation>No se pudieron guardar tus cambios (%1). Se conservan mientras Twoway siga abierto y se guardarán en cuanto se resuelva el problema.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This record holds text that cannot be stored in a file (a broken character), so it was not saved. Edit the text and try again.</source>
        <translation>Este registro contiene texto que no se puede guardar en un archivo (un carácter dañado), así que no se guardó. Edita el texto e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/reading.py" line="+104"/>
        <source>This folder could not be read (%1).</source>
        <translation>No se pudo leer esta carpeta (%1).</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>It could not be read (%1).</source>
        <translation>No se pudo leer (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Twoway could not make sense of a value in this file (%1), so the file was not loaded and is left as it is. Correct the value by hand, then choose “Try again” in Settings.</source>
        <translation>Twoway no pudo interpretar un valor de este archivo (%1), así que el archivo no se cargó y se ha dejado tal cual. Corrige el valor a mano y luego elige «Intentar de nuevo» en Ajustes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is a folder where a file should be. Move it away.</source>
        <translation>Aquí hay una carpeta donde debería haber un archivo. Muévela a otro sitio.</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>This file was written by a newer version of Twoway (schema %1; this version knows %2). It is shown, but this version will not change it. Update Twoway to edit it.</source>
        <translation>Este archivo lo escribió una versión más reciente de Twoway (schema %1; esta versión admite el %2). Se muestra, pero esta versión no lo modificará. Actualiza Twoway para editarlo.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/conflicts.py" line="+54"/>
        <source>%1 kept two versions of this file: this copy and %2. Compare them and keep the one you want.</source>
        <translation>%1 guardó dos versiones de este archivo: esta copia y %2. Compáralas y quédate con la que quieras.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A sync tool kept two versions of this file: this copy and %1. Compare them and keep the one you want.</source>
        <translation>Una herramienta de sincronización guardó dos versiones de este archivo: esta copia y %1. Compáralas y quédate con la que quieras.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This file name is not a Twoway record name, so the file was not loaded. Use only letters, digits, &apos;-&apos; and &apos;_&apos; before .toml.</source>
        <translation>Este nombre de archivo no es un nombre de registro de Twoway, así que el archivo no se cargó. Usa solo letras, números, &apos;-&apos; y &apos;_&apos; antes de .toml.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/writing.py" line="+287"/>
        <source>%1: this is too large to save (%2 MB; a record may hold at most %3 MB). Shorten its notes or other long text, and it is saved. Until then it is kept while Twoway stays open.</source>
        <translation>%1: es demasiado grande para guardarlo (%2 MB; un registro puede ocupar como máximo %3 MB). Acorta sus notas u otro texto largo y se guardará. Hasta entonces se conserva mientras Twoway siga abierto.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/state.py" line="+75"/>
        <source>Contact “%1”</source>
        <translation>Contacto «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting with “%1”</source>
        <translation>Reunión con «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A meeting</source>
        <translation>Una reunión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up “%1”</source>
        <translation>Seguimiento «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist template “%1”</source>
        <translation>Plantilla de lista «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your agenda</source>
        <translation>Tus objetivos</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/conflicts.py" line="+34"/>
        <source>the file on disk was written by a newer version of Twoway</source>
        <translation>el archivo del disco lo escribió una versión más reciente de Twoway</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file on disk could not be read</source>
        <translation>no se pudo leer el archivo del disco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file was changed outside Twoway while you were editing it here</source>
        <translation>el archivo se cambió fuera de Twoway mientras lo editabas aquí</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: your version was not saved over the file because %2. The file on disk is kept as it is, and your version is saved beside it as %3. Compare the two and keep the one you want.</source>
        <translation>%1: tu versión no se guardó sobre el archivo porque %2. El archivo del disco se conserva tal cual, y tu versión se guarda a su lado como %3. Compáralos y quédate con el que quieras.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/changes.py" line="+109"/>
        <source>%1: you deleted this here, but it was changed on another device meanwhile, so the sync tool brought it back. Delete it again if you no longer want it.</source>
        <translation>%1: lo eliminaste aquí, pero mientras tanto se modificó en otro dispositivo, así que la herramienta de sincronización lo ha recuperado. Vuelve a eliminarlo si ya no lo quieres.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>A record</source>
        <translation>Un registro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: this was removed outside Twoway while you were editing it here. Your version is kept and will be saved again.</source>
        <translation>%1: esto se eliminó fuera de Twoway mientras hacías cambios aquí. Tu versión se conserva y se volverá a guardar.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/layout.py" line="+136"/>
        <source>This file is not one of Twoway&apos;s record files.</source>
        <translation>Este archivo no es uno de los archivos de registro de Twoway.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a conflict copy.</source>
        <translation>Este archivo no es una copia en conflicto.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/conflicts.py" line="+29"/>
        <source>The copy could not be read (%1).</source>
        <translation>No se pudo leer la copia (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/trash.py" line="+73"/>
        <source>This file cannot be put back automatically.</source>
        <translation>Este archivo no se puede recuperar automáticamente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A record with the same name exists already; move this file back by hand.</source>
        <translation>Ya existe un registro con el mismo nombre; vuelve a poner este archivo en su sitio a mano.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/backing_up.py" line="+41"/>
        <source>It was left out of the backup (%1).</source>
        <translation>Se dejó fuera de la copia de seguridad (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/restore_checks.py" line="-221"/>
        <source>“%1” cannot be restored, so nothing was changed. Its entry “%2”: %3.</source>
        <translation>«%1» no se puede restaurar, así que no se cambió nada. Su entrada «%2»: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its name could lead out of the data folder (an absolute path, a drive letter or a network path)</source>
        <translation>su nombre podría salir de la carpeta de datos (una ruta absoluta, una letra de unidad o una ruta de red)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its name could lead out of the data folder (“..” or an empty part)</source>
        <translation>su nombre podría salir de la carpeta de datos («..» o una parte vacía)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its name cannot be stored on every system (a character such as \ : * ? &quot; &lt; &gt; |, a hidden or a reserved name)</source>
        <translation>su nombre no se puede guardar en todos los sistemas (un carácter como \ : * ? &quot; &lt; &gt; |, un nombre oculto o reservado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it lies too many folders deep</source>
        <translation>está a demasiados niveles de carpetas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a link, which a backup never holds</source>
        <translation>es un enlace, algo que una copia de seguridad nunca contiene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not an ordinary file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is encrypted</source>
        <translation>está cifrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it expands to more than %1 MB</source>
        <translation>al descomprimirse ocupa más de %1 MB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” cannot be restored: it holds more than %2 entries. Nothing was changed.</source>
        <translation>«%1» no se puede restaurar: contiene más de %2 entradas. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>it belongs to the backups or the trash, which a backup never holds</source>
        <translation>pertenece a las copias de seguridad o a la papelera, que una copia nunca contiene</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a Twoway backup: it holds files Twoway does not write. Nothing was changed.</source>
        <translation>«%1» no es una copia de seguridad de Twoway: contiene archivos que Twoway no escribe. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it appears twice (names that differ only in upper and lower case count as the same)</source>
        <translation>aparece dos veces (los nombres que solo se diferencian en mayúsculas y minúsculas cuentan como iguales)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the backup holds both a file and a folder of this name</source>
        <translation>la copia contiene a la vez un archivo y una carpeta con este nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” holds none of Twoway&apos;s files; nothing was changed.</source>
        <translation>«%1» no contiene ningún archivo de Twoway; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” cannot be restored: it expands to more than %2 MB in all. Nothing was changed.</source>
        <translation>«%1» no se puede restaurar: al descomprimirse ocuparía más de %2 MB en total. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it would go into “%1”, which in the data folder is a link or a file, not a folder</source>
        <translation>iría dentro de «%1», que en la carpeta de datos es un enlace o un archivo, no una carpeta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the data folder holds a folder where this file would go</source>
        <translation>la carpeta de datos tiene una carpeta donde iría este archivo</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>“%1” is not a Twoway backup (not a zip file); nothing was changed.</source>
        <translation>«%1» no es una copia de seguridad de Twoway (no es un archivo zip); no se cambió nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This backup could not be read (%1); nothing was changed.</source>
        <translation>No se pudo leer esta copia de seguridad (%1); no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/backing_up.py" line="+97"/>
        <source>None of the backups holds a readable copy of this file.</source>
        <translation>Ninguna de las copias de seguridad contiene una copia legible de este archivo.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/tomltext.py" line="-65"/>
        <source>the same key appears twice</source>
        <translation>la misma clave aparece dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same table appears twice</source>
        <translation>la misma tabla aparece dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text value is not closed (the file may have been cut short)</source>
        <translation>un valor de texto no está cerrado (puede que el archivo se haya cortado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a key has no value (an = sign is missing)</source>
        <translation>una clave no tiene valor (falta un signo =)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value is not valid (text needs quotes)</source>
        <translation>un valor no es válido (el texto va entre comillas)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>It holds lists or tables nested inside one another more than %1 levels deep, so it was not read. It may have been damaged.</source>
        <translation>Contiene listas o tablas anidadas unas dentro de otras a más de %1 niveles, así que no se leyó. Puede que esté dañado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is larger than %1 MB.</source>
        <translation>El archivo ocupa más de %1 MB.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is not UTF-8 text (it has a byte that is not valid here). Save it as UTF-8 and try again.</source>
        <translation>El archivo no es texto UTF-8 (tiene un byte que aquí no es válido). Guárdalo como UTF-8 e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file contains NUL bytes; it may have been damaged.</source>
        <translation>El archivo contiene bytes NUL; puede que esté dañado.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This is not valid TOML: %1.</source>
        <translation>No es TOML válido: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/i18n.py" line="+239"/>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/otherfiles.py" line="+85"/>
        <source>%1 kept two versions of your settings: this copy and settings.toml. Use this copy to make it your settings, or set it aside.</source>
        <translation>%1 conservó dos versiones de tus ajustes: esta copia y settings.toml. Usa esta copia para que sean tus ajustes, o apártala.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 kept two versions of this file: this copy and %2. Use this copy to put it in place of %2, or set it aside.</source>
        <translation>%1 conservó dos versiones de este archivo: esta copia y %2. Usa esta copia para ponerla en lugar de %2, o apártala.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/limits.py" line="+24"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn profile</source>
        <translation>perfil de LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how you met</source>
        <translation>cómo os conocisteis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offers</source>
        <translation>ofertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs</source>
        <translation>necesidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emails</source>
        <translation>correos electrónicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phones</source>
        <translation>teléfonos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1”: the %2 were %3 characters long; only the first %4 were imported.</source>
        <translation>«%1»: el campo «%2» tenía %3 caracteres; solo se importaron los primeros %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1”: the %2 was %3 characters long; only the first %4 were imported.</source>
        <translation>«%1»: el campo «%2» tenía %3 caracteres; solo se importaron los primeros %4.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1”: %2 %3 were listed; only the first %4 were imported.</source>
        <translation>«%1»: había %2 entradas en «%3»; solo se importaron las primeras %4.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” holds more text than one contact can keep (over %2 MB) and was left out.</source>
        <translation>«%1» tiene más texto del que cabe en un contacto (más de %2 MB) y se ha omitido.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/interop/transaction.py" line="+68"/>
        <source>Another import is running for this data folder. Try again when it has finished; nothing was imported.</source>
        <translation>Ya hay otra importación en curso para esta carpeta de datos. Vuelve a intentarlo cuando termine; no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/backups.py" line="+87"/>
        <source>it is a link to somewhere else; backups hold only the data folder&apos;s own files</source>
        <translation>es un enlace a otro lugar; las copias de seguridad solo contienen los archivos propios de la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/files.py" line="+32"/>
        <source>it is not an ordinary file but a pipe, socket or device</source>
        <translation>no es un archivo normal sino una tubería, un socket o un dispositivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is larger than %1 MB, the most Twoway reads</source>
        <translation>ocupa más de %1 MB, lo máximo que lee Twoway</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/store/restore.py" line="+105"/>
        <source>The backup could not be unpacked into the data folder (%1); nothing was changed.</source>
        <translation>No se pudo descomprimir la copia de seguridad en la carpeta de datos (%1); no se cambió nada.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>What you have now could not be backed up first (%1), so nothing was restored.</source>
        <translation>No se pudo hacer antes una copia de lo que tienes ahora (%1), así que no se restauró nada.</translation>
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
        <translation>y %1 más</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was restored: some of the files you have now could not be backed up first, and the restore would replace or remove them. So that nothing is lost, move them out of the data folder (or fix what keeps them from being read), then try again: %1.</source>
        <translation>No se restauró nada: no se pudo hacer antes una copia de seguridad de algunos de tus archivos actuales, y la restauración los sustituiría o eliminaría. Para que no se pierda nada, sácalos de la carpeta de datos (o corrige lo que impide leerlos) y vuelve a intentarlo: %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The restore could not be finished (%1); every file was put back as it was.</source>
        <translation>No se pudo terminar la restauración (%1); todos los archivos se dejaron como estaban.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The restore could not be finished (%1) and some files could not be put back. Nothing is lost: they are in the folder “%2” inside your data folder, and everything was backed up before the restore.</source>
        <translation>No se pudo terminar la restauración (%1) y algunos archivos no se pudieron devolver a su sitio. No se ha perdido nada: están en la carpeta «%2» dentro de tu carpeta de datos, y todo se copió antes de restaurar.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/call_apps.py" line="+78"/>
        <source>%1 could not be read (%2); the built-in list is used.</source>
        <translation>No se pudo leer %1 (%2); se usa la lista integrada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2: %3 The built-in list is used.</source>
        <translation>%1, línea %2: %3 Se usa la lista integrada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the apps must be [[app]] tables.</source>
        <translation>%1: las aplicaciones deben ser tablas [[app]].</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an app must be a table with a name.</source>
        <translation>una aplicación debe ser una tabla con un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an app needs a name.</source>
        <translation>una aplicación necesita un nombre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; of %2 must be a list of texts in quotes.</source>
        <translation>«%1» de %2 debe ser una lista de textos entre comillas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the title pattern “%1” of %2 is not valid: %3.</source>
        <translation>el patrón de título «%1» de %2 no es válido: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the toolbar of %1 must be &quot;top&quot; or &quot;bottom&quot;.</source>
        <translation>la barra de herramientas de %1 debe ser &quot;top&quot; o &quot;bottom&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs titles or recorders to be recognised by.</source>
        <translation>%1 necesita títulos o grabadores por los que reconocerla.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/accounts.py" line="+72"/>
        <source>The account list “%1” could not be read (%2); it was left as it is.</source>
        <translation>No se pudo leer la lista de cuentas «%1» (%2); se ha dejado tal cual.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This computer has no keyring, so Twoway cannot keep the password; it asks for it each time instead of writing it down.</source>
        <translation>Este ordenador no tiene llavero, así que Twoway no puede guardar la contraseña; la pide cada vez en lugar de anotarla.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The keyring refused to keep the password (%1).</source>
        <translation>El llavero no aceptó guardar la contraseña (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/calendar_in.py" line="+368"/>
        <source>The meeting with %1 was cancelled in your calendar, so Twoway cancelled it too.</source>
        <translation>La reunión con %1 se canceló en tu calendario, así que Twoway también la canceló.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The meeting with %1 moved to %2, as in your calendar.</source>
        <translation>La reunión con %1 pasó a %2, como en tu calendario.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/contacts_sync.py" line="+59"/>
        <source>%1 was changed both in Twoway and in the address book; both versions are kept as two contacts.</source>
        <translation>%1 se modificó tanto en Twoway como en la libreta de direcciones; se conservan las dos versiones como dos contactos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The contact “%1” could not be added to the address book (the server said %2); Twoway tries again at the next sync.</source>
        <translation>No se pudo añadir el contacto «%1» a la libreta de direcciones (el servidor respondió %2); Twoway lo vuelve a intentar en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/dav.py" line="+103"/>
        <source>%1 did not accept the user name or password (an app password may be needed); nothing was changed.</source>
        <translation>%1 no aceptó el nombre de usuario o la contraseña (puede que haga falta una contraseña de aplicación); no se cambió nada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 did not allow this (the server said %2).</source>
        <translation>%1 no lo permitió (el servidor respondió %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item changed on %1 meanwhile.</source>
        <translation>El elemento cambió mientras tanto en %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 refused a change (the server said %2 %3).</source>
        <translation>%1 rechazó un cambio (el servidor respondió %2 %3).</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>%1 sent an item Twoway cannot read (%2 is not UTF-8 text); Twoway tries again later.</source>
        <translation>%1 envió un elemento que Twoway no puede leer (%2 no es texto UTF-8); Twoway lo vuelve a intentar más tarde.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The secure connection to %1 failed (its certificate was not accepted); nothing was changed.</source>
        <translation>Falló la conexión segura con %1 (no se aceptó su certificado); no se cambió nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be reached; Twoway tries again later and nothing is lost.</source>
        <translation>No se pudo conectar con %1; Twoway lo vuelve a intentar más tarde y no se pierde nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered with an error (%2).</source>
        <translation>%1 respondió con un error (%2).</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/core/sync/engine.py" line="+56"/>
        <source>Synced: %1 added, %2 updated, %3 removed, %4 conflicts.</source>
        <translation>Sincronizado: %1 añadidos, %2 actualizados, %3 eliminados, %4 conflictos.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the download broke off</source>
        <translation>la descarga se interrumpió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s answer was not understood</source>
        <translation>no se entendió la respuesta del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar “%1” could not be read (%2); Twoway tries again later.</source>
        <translation>No se pudo leer el calendario «%1» (%2); Twoway lo vuelve a intentar más tarde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No password for %1 could be read from this computer&apos;s keyring; type it in Settings ▸ Accounts and Twoway keeps it in the keyring.</source>
        <translation>No se pudo leer ninguna contraseña para %1 del llavero de este ordenador; escríbela en Ajustes ▸ Cuentas y Twoway la guardará en el llavero.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Twoway could not save what the sync brought (%1); it tries again later.</source>
        <translation>Twoway no pudo guardar lo que trajo la sincronización (%1); lo vuelve a intentar más tarde.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>No password is known for %1. %2</source>
        <translation>No se conoce ninguna contraseña para %1. %2</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/sync_service.py" line="+86"/>
        <source>The sync stopped (%1).</source>
        <translation>La sincronización se detuvo (%1).</translation>
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
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Next phase</source>
        <translation>Fase siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous phase</source>
        <translation>Fase anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more minute</source>
        <translation>Un minuto más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap who goes first</source>
        <translation>Cambiar quién empieza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End meeting</source>
        <translation>Terminar la reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Mediano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let clicks pass through</source>
        <translation>Dejar pasar los clics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock position</source>
        <translation>Fijar la posición</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide overlay</source>
        <translation>Ocultar el panel flotante</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
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
        <translation>Temporizador de reuniones de Twoway</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Their turn</source>
        <translation>Su turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your turn</source>
        <translation>Tu turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>over time</source>
        <translation>fuera de tiempo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min left</source>
        <translation>
            <numerusform>queda %n min</numerusform>
            <numerusform>quedan %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/overlay_layout.py" line="+212"/>
        <source>left in slot</source>
        <translation>quedan en la franja</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>past the slot</source>
        <translation>fuera de la franja</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <location filename="../desktop/twoway/ui/overlay_view.py" line="+127"/>
        <source>THEM</source>
        <comment>turn badge: the other person</comment>
        <translation>CONTACTO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YOU</source>
        <comment>turn badge: the user reading the card</comment>
        <translation>YO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BOTH</source>
        <comment>turn badge: both people</comment>
        <translation>AMBOS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T</source>
        <comment>band letter: the other person</comment>
        <translation>C</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Y</source>
        <comment>band letter: the user reading the card</comment>
        <translation>Y</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>B</source>
        <comment>band letter: both people</comment>
        <translation>A</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No meeting running</source>
        <translation>Ninguna reunión en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start one from the tray or the main window.</source>
        <translation>Empieza una desde la bandeja o la ventana principal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meeting with %1 ended</source>
        <translation>Terminó la reunión con %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting ended</source>
        <translation>Reunión terminada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the debrief while it is fresh.</source>
        <translation>Escribe el repaso mientras lo tienes fresco.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Paused while the computer slept. Resume when you are back.</source>
        <translation>En pausa mientras el equipo dormía. Reanuda cuando vuelvas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Past the time you promised. Thank them and close.</source>
        <translation>Tiempo prometido superado. Agradece y cierra.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Over time — %1 left of the time you promised. Start to close.</source>
        <translation>Tiempo superado: quedan %1 del tiempo prometido. Empieza a cerrar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move on now: even shortened, you will end %1 late.</source>
        <translation>Avanza ya: aun acortando, terminarás %1 tarde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move on now: %1 for their turn keeps your promised end.</source>
        <translation>Avanza ya: con %1 para su turno mantienes el final prometido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move on now: %1 for your turn keeps your promised end.</source>
        <translation>Avanza ya: con %1 para tu turno mantienes el final prometido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move on now: %1 for the next part keeps your promised end.</source>
        <translation>Avanza ya: con %1 para la parte siguiente mantienes el final prometido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over time — move on now and you still end on time.</source>
        <translation>Tiempo superado: si avanzas ya, terminas a la hora.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>their turn</source>
        <translation>su turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your turn</source>
        <translation>tu turno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>together</source>
        <translation>juntos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 over</source>
        <translation>%1 de más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>past the promised time</source>
        <translation>pasado el tiempo prometido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left</source>
        <translation>quedan %1</translation>
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
        <translation>Investigación previa sobre la persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your introduction</source>
        <translation>Tu presentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas to help them</source>
        <translation>Ideas para serle útil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own</source>
        <translation>Tus propios puntos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Background: their role, earlier roles, what they publish</source>
        <translation>Trayectoria: su puesto, puestos anteriores, lo que publica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests, at work and beyond</source>
        <translation>Intereses, en el trabajo y fuera de él</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they may need, or are working on now</source>
        <translation>Qué puede necesitar, o en qué trabaja ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expertise they have that you lack, and the reverse</source>
        <translation>Conocimientos que tiene y a ti te faltan, y al revés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audiences you share, or want to reach through each other</source>
        <translation>Públicos en común, o a los que cada uno quiere llegar a través del otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things to trade: services, guest posts, tools, time</source>
        <translation>Cosas que intercambiar: servicios, artículos como invitado, herramientas, tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People you could introduce them to</source>
        <translation>Personas a las que podrías presentarle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short introduction that leads to why you want this call</source>
        <translation>Una presentación breve que lleve al motivo de esta llamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The questions you want to ask</source>
        <translation>Las preguntas que quieres hacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The one question that matters most</source>
        <translation>La pregunta que más importa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two or three ideas that could help them</source>
        <translation>Dos o tres ideas que podrían serle útiles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networking call</source>
        <translation>Llamada de networking</translation>
    </message>
</context>
<context>
    <name>RemoteControl</name>
    <message>
        <location filename="../desktop/twoway/ui/remote_control.py" line="-74"/>
        <source>The meeting is already paused.</source>
        <translation>La reunión ya está en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting is not paused.</source>
        <translation>La reunión no está en pausa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the last phase. `twoway end` ends the meeting.</source>
        <translation>Es la última fase. `twoway end` termina la reunión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the first phase.</source>
        <translation>Es la primera fase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who goes first can no longer be swapped in this meeting.</source>
        <translation>En esta reunión ya no se puede cambiar quién empieza.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Twoway does not know the command “%1”.</source>
        <translation>Twoway no conoce la orden «%1».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No meeting is running.</source>
        <translation>No hay ninguna reunión en curso.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>That cannot be done at this point of the meeting.</source>
        <translation>Eso no se puede hacer en este momento de la reunión.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say “on” or “off”.</source>
        <translation>Indica «on» u «off».</translation>
    </message>
</context>
<context>
    <name>Request</name>
    <message>
        <location filename="../desktop/twoway/core/workflow/request.py" line="+30"/>
        <source>Hello {name},</source>
        <translation>Hola, {name}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am writing to ask for a short call, to {text}.</source>
        <translation>Te escribo para pedirte una llamada breve; me gustaría {text}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am writing to ask for a short call. {text}</source>
        <translation>Te escribo para pedirte una llamada breve. {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is in it for you: {text}</source>
        <translation>Lo que te puede aportar: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I would like to talk about: {text}</source>
        <translation>Me gustaría hablar de: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I would like to talk about:</source>
        <translation>Me gustaría hablar de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the timing is wrong or it is not for you, a short no is perfectly fine, and so is no reply at all.</source>
        <translation>Si no es buen momento o no es para ti, un «no» breve está perfectamente bien, y no responder también.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you,</source>
        <translation>Gracias,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would {text} suit you? If not, name a time that does.</source>
        <translation>¿Te vendría bien el {text}? Si no, dime una hora que te venga bien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A short call?</source>
        <translation>¿Una llamada breve?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you for thinking of me, and for asking so clearly.</source>
        <translation>Gracias por pensar en mí y por pedirlo con tanta claridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am keeping my calendar tight at the moment, so I will say no to a call for now.</source>
        <translation>Ahora mismo tengo la agenda muy ajustada, así que por ahora prefiero no hacer la llamada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I wish you all the best with it.</source>
        <translation>Te deseo mucha suerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind regards,</source>
        <translation>Un saludo,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re: your request for a call</source>
        <translation>Re: tu petición de una llamada</translation>
    </message>
</context>
<context>
    <name>ThinBar</name>
    <message>
        <location filename="../desktop/twoway/ui/screencast.py" line="+41"/>
        <source>Twoway meeting timer (screen shared)</source>
        <translation>Temporizador de Twoway (pantalla compartida)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../desktop/twoway/ui/tray.py" line="+125"/>
        <source>Quit Twoway?</source>
        <translation>¿Salir de Twoway?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your meeting with %1 is still running.</source>
        <translation>Tu reunión con %1 sigue en curso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A meeting is still running.</source>
        <translation>Hay una reunión en curso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quitting ends it; its times are kept so you can write the debrief later.</source>
        <translation>Al salir, la reunión termina; sus tiempos se guardan para que puedas escribir el repaso más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End meeting and quit</source>
        <translation>Terminar la reunión y salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep meeting running</source>
        <translation>Seguir con la reunión</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Twoway: no meeting running</source>
        <translation>Twoway: ninguna reunión en curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twoway: the meeting has ended</source>
        <translation>Twoway: la reunión ha terminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twoway, paused: %1</source>
        <translation>Twoway, en pausa: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twoway: %1</source>
        <translation>Twoway: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The overlay is out of the shared screen.</source>
        <translation>El panel flotante está fuera de la pantalla compartida.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open Twoway</source>
        <translation>Abrir Twoway</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start meeting with %1</source>
        <translation>Empezar la reunión con %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick start</source>
        <translation>Inicio rápido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next phase</source>
        <translation>Fase siguiente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One more minute</source>
        <translation>Un minuto más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End meeting</source>
        <translation>Terminar la reunión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the debrief</source>
        <translation>Escribir el repaso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide overlay</source>
        <translation>Ocultar el panel flotante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show overlay</source>
        <translation>Mostrar el panel flotante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let clicks pass through the overlay</source>
        <translation>Dejar que los clics atraviesen el panel flotante</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow-ups due: %1</source>
        <translation>Seguimientos pendientes: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due to reconnect: %1</source>
        <translation>Toca retomar el contacto: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Twoway at login</source>
        <translation>Abrir Twoway al iniciar sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit Twoway</source>
        <translation>Salir de Twoway</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start at login</source>
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twoway could not change this: %1</source>
        <translation>Twoway no pudo cambiar esto: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Your meeting with %1 starts in %n min.</source>
        <translation>
            <numerusform>Tu reunión con %1 empieza dentro de %n min.</numerusform>
            <numerusform>Tu reunión con %1 empieza dentro de %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Your next meeting starts in %n min.</source>
        <translation>
            <numerusform>Tu próxima reunión empieza dentro de %n min.</numerusform>
            <numerusform>Tu próxima reunión empieza dentro de %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n follow-ups are due</source>
        <translation>
            <numerusform>Tienes %n seguimiento pendiente</numerusform>
            <numerusform>Tienes %n seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Meeting soon</source>
        <translation>Reunión en breve</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A follow-up is due</source>
        <translation>Tienes un seguimiento pendiente</translation>
    </message>
</context>
</TS>
