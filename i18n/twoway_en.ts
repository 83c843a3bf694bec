<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/common.py" line="+172"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/contacts.py" line="+439"/>
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
            <numerusform>%1 of %n contact matches</numerusform>
            <numerusform>%1 of %n contacts match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/format_editor.py" line="+68"/>
        <source>A format can have at most %n phases.</source>
        <translation>
            <numerusform>A format can have at most %n phase.</numerusform>
            <numerusform>A format can have at most %n phases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Phase %1 needs more than 0 and at most %n minutes.</source>
        <translation>
            <numerusform>Phase %1 needs more than 0 and at most %n minute.</numerusform>
            <numerusform>Phase %1 needs more than 0 and at most %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The phases take %1 minutes, more than the %2-minute slot. Shorten a phase or lengthen the slot.</source>
        <extracomment>%1 minutes may have a fraction, as in 12.5; the form follows it.</extracomment>
        <translation>
            <numerusform>The phases take %1 minute, more than the %2-minute slot. Shorten a phase or lengthen the slot.</numerusform>
            <numerusform>The phases take %1 minutes, more than the %2-minute slot. Shorten a phase or lengthen the slot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/meeting/step.py" line="+34"/>
        <source>It will take {minutes} minutes, and I will keep an eye on the clock.</source>
        <extracomment>A sentence of the request message; keep {minutes}, the number of minutes.</extracomment>
        <translation>
            <numerusform>It will take {minutes} minute, and I will keep an eye on the clock.</numerusform>
            <numerusform>It will take {minutes} minutes, and I will keep an eye on the clock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A {minutes}-minute call?</source>
        <extracomment>The subject line of the request message; keep {minutes}, the number of minutes.</extracomment>
        <translation>
            <numerusform>A {minutes}-minute call?</numerusform>
            <numerusform>A {minutes}-minute call?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>I cannot make room for a long call, but I could do a focused {minutes} minutes: half the time on your questions, half on mine. Would that work for you?</source>
        <extracomment>Declining a long call but offering a short one; keep {minutes}, the number.</extracomment>
        <translation>
            <numerusform>I cannot make room for a long call, but I could do a focused {minutes} minute: half the time on your questions, half on mine. Would that work for you?</numerusform>
            <numerusform>I cannot make room for a long call, but I could do a focused {minutes} minutes: half the time on your questions, half on mine. Would that work for you?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/meeting/plan.py" line="+174"/>
        <source>%1 minutes planned in a %2-minute slot.</source>
        <extracomment>%1 minutes may have a fraction, as in 12.5; the form follows it.</extracomment>
        <translation>
            <numerusform>%1 minute planned in a %2-minute slot.</numerusform>
            <numerusform>%1 minutes planned in a %2-minute slot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/meeting/request.py" line="+161"/>
        <source> minutes</source>
        <extracomment>The unit after the number in the field; the form follows the number.</extracomment>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/meeting/run.py" line="+69"/>
        <source>%1 with %2: %3 minutes planned in a %4-minute slot.</source>
        <extracomment>%1 is a format, %2 a person; %3 minutes may have a fraction, as in 12.5, and the form follows it.</extracomment>
        <translation>
            <numerusform>%1 with %2: %3 minute planned in a %4-minute slot.</numerusform>
            <numerusform>%1 with %2: %3 minutes planned in a %4-minute slot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/import_dialog.py" line="+141"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+218"/>
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to merge</source>
        <translation>
            <numerusform>%n to merge</numerusform>
            <numerusform>%n to merge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to skip</source>
        <translation>
            <numerusform>%n to skip</numerusform>
            <numerusform>%n to skip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>New contacts (%n)</source>
        <translation>
            <numerusform>New contact (%n)</numerusform>
            <numerusform>New contacts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>New details for contacts you have (%n)</source>
        <translation>
            <numerusform>New details for a contact you have (%n)</numerusform>
            <numerusform>New details for contacts you have (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Skipped (%n)</source>
        <translation>
            <numerusform>Skipped (%n)</numerusform>
            <numerusform>Skipped (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Notes on the file (%n)</source>
        <translation>
            <numerusform>Note on the file (%n)</numerusform>
            <numerusform>Notes on the file (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/transfer.py" line="+256"/>
        <source>Importing %n contacts…</source>
        <translation>
            <numerusform>Importing %n contact…</numerusform>
            <numerusform>Importing %n contacts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n contacts added</source>
        <translation>
            <numerusform>%n contact added</numerusform>
            <numerusform>%n contacts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>%n contacts removed</source>
        <translation>
            <numerusform>%n contact removed</numerusform>
            <numerusform>%n contacts removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n put back as they were</source>
        <translation>
            <numerusform>%n put back as it was</numerusform>
            <numerusform>%n put back as they were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n kept</source>
        <translation>
            <numerusform>%n kept</numerusform>
            <numerusform>%n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/export.py" line="+74"/>
        <location line="+3"/>
        <source>Saved %n contacts to %1.</source>
        <translation>
            <numerusform>Saved %n contact to %1.</numerusform>
            <numerusform>Saved %n contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n meetings to %1.</source>
        <translation>
            <numerusform>Saved %n meeting to %1.</numerusform>
            <numerusform>Saved %n meetings to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/settings_calls.py" line="+145"/>
        <source>%n shortcuts added to GNOME.</source>
        <translation>
            <numerusform>%n shortcut added to GNOME.</numerusform>
            <numerusform>%n shortcuts added to GNOME.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/settings_keep_in_touch.py" line="+116"/>
        <source>“%1”: %n contacts</source>
        <translation>
            <numerusform>“%1”: %n contact</numerusform>
            <numerusform>“%1”: %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/main/keep_in_touch.py" line="+33"/>
        <source>Every %n days</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverlayWindow</name>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/overlay.py" line="+312"/>
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../desktop/twoway/ui/tray.py" line="+368"/>
        <source>Your meeting with %1 starts in %n min.</source>
        <translation>
            <numerusform>Your meeting with %1 starts in %n min.</numerusform>
            <numerusform>Your meeting with %1 starts in %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Your next meeting starts in %n min.</source>
        <translation>
            <numerusform>Your next meeting starts in %n min.</numerusform>
            <numerusform>Your next meeting starts in %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n follow-ups are due</source>
        <translation>
            <numerusform>%n follow-up is due</numerusform>
            <numerusform>%n follow-ups are due</numerusform>
        </translation>
    </message>
</context>
</TS>
