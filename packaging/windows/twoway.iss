; Inno Setup script: Twoway's Windows installer, made from the PyInstaller bundle.
;
;   python -m PyInstaller --noconfirm packaging\pyinstaller\twoway.spec
;   python packaging\linux\make_icons.py --ico build\twoway.ico
;   iscc /DAppVersion=0.1.0 packaging\windows\twoway.iss
;
; The installer goes to dist\. It adds a Start menu entry and, if asked, starts Twoway at
; sign-in. Uninstalling keeps the user's data unless they say to delete it.
; Saved as UTF-8 with a byte-order mark, which Inno Setup needs to read the accents.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z packaging\windows\twoway.iss
#endif
#define AppName "Twoway"
#define AppId "org.twoway.Twoway"
#define Bundle "..\..\dist\twoway"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Twoway developers
AppCopyright=The Twoway developers, MIT License
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without asking for administrator rights; an
; administrator can still choose to install for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Twoway-{#AppVersion}-setup
SetupIconFile=..\..\build\twoway.ico
UninstallDisplayIcon={app}\twoway.exe
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running Twoway before files are replaced.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.StartAtSignIn=Start Twoway when I sign in to Windows
de.StartAtSignIn=Twoway bei der Anmeldung an Windows starten
es.StartAtSignIn=Iniciar Twoway al iniciar sesión en Windows
fr.StartAtSignIn=Démarrer Twoway à l'ouverture de session Windows
en.DeleteData=Also delete your Twoway data (contacts, meetings, notes and settings)?%n%nChoose No to keep it for a later installation.
de.DeleteData=Auch Ihre Twoway-Daten löschen (Kontakte, Gespräche, Notizen und Einstellungen)?%n%nWählen Sie „Nein“, um sie für eine spätere Installation zu behalten.
es.DeleteData=¿Borrar también sus datos de Twoway (contactos, reuniones, notas y ajustes)?%n%nElija «No» para conservarlos para una instalación posterior.
fr.DeleteData=Supprimer aussi vos données Twoway (contacts, rendez-vous, notes et réglages) ?%n%nChoisissez « Non » pour les garder pour une installation ultérieure.

[Tasks]
Name: "startatsignin"; Description: "{cm:StartAtSignIn}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\twoway.exe"; AppUserModelID: "{#AppId}"
Name: "{userstartup}\{#AppName}"; Filename: "{app}\twoway.exe"; Parameters: "--minimized"; Tasks: startatsignin

[Run]
Filename: "{app}\twoway.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Ask a running Twoway to quit; it saves a running meeting for its debrief first.
Filename: "{app}\twoway-cli.exe"; Parameters: "quit"; Flags: runhidden; RunOnceId: "QuitTwoway"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  { The same folder twoway.paths.default_data_dir() chooses on Windows. }
  DataDir := ExpandConstant('{userappdata}\Twoway');
  if UninstallSilent or not DirExists(DataDir) then
    Exit;
  if MsgBox(CustomMessage('DeleteData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    DelTree(DataDir, True, True, True);
end;
