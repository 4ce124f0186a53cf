; Inno Setup 6 script: the per-user installer of SAV Desktop for the desk PCs (Windows 10/11).
; Build (after scripts\bundle steps, see packaging/README.md):
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\sav-desktop.iss
; Output: dist\installer\sav-desktop-<version>-installation.exe
;
; Per-user: no administrator rights, installed under %LOCALAPPDATA%\Programs\SAV Desktop.
; Uninstalling keeps the data folder (%LOCALAPPDATA%\sav-desktop: base, key, logs) unless the
; user asks; the automatic backups in Documents\SAV Desktop are never removed.

#define AppName "SAV Desktop"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\sav-desktop"
#endif

[Setup]
; Never change AppId: it links upgrades and the uninstaller to earlier installations.
AppId={{8B6C1E2A-5D3F-4C8B-9E7A-2F1D0C4B6A93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\dist\installer
OutputBaseFilename=sav-desktop-{#AppVersion}-installation
SetupIconFile=..\sav_desktop\resources\icons\sav-desktop.ico
UninstallDisplayIcon={app}\SAV Desktop.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes
ShowLanguageDialog=no

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\SAV Desktop.exe"; WorkingDir: "{userdocs}"
Name: "{group}\{#AppName} (ligne de commande)"; Filename: "{cmd}"; Parameters: "/k ""{app}\sav-desktop.exe"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\SAV Desktop.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\SAV Desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The data folder is platformdirs' user data folder of "sav-desktop" (appauthor=False). }
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\sav-desktop');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) and (not UninstallSilent()) then
  begin
    if MsgBox('Supprimer aussi les données de SAV Desktop ?' + #13#10#13#10 +
              DataDir() + #13#10 +
              '(base de données, clé du journal d''audit, journaux).' + #13#10#13#10 +
              'Répondez Non pour les garder (recommandé) : une réinstallation les retrouvera. ' +
              'Les sauvegardes automatiques (Documents\SAV Desktop) ne sont jamais supprimées.',
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataDir(), True, True, True);
  end;
end;
