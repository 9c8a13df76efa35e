; lcdesk's Windows installer (NSIS 3, 64-bit, per user: no administrator rights needed).
;
; Built by installers/windows/build.sh:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DAPP_NAME=lcdesk "-DAPP_DISPLAY_NAME=Learning City Desk"
;            -DDIST_DIR=.../dist/lcdesk -DOUT_FILE=.../lcdesk-0.1.0-setup.exe -DICON_FILE=.../lcdesk.ico lcdesk.nsi
; VERSION and the names come from lcdesk/__init__.py (the one source); DIST_DIR is PyInstaller's folder.
;
; Installs into %LOCALAPPDATA%\Programs\lcdesk, adds a Start-menu shortcut, an uninstall entry
; (HKCU) and the file types .lcb (report bundle) and .lcp (provisioning file), which open with
; lcdesk.exe "<file>". The officer's data lives elsewhere (%LOCALAPPDATA%\lcdesk) and is never
; touched: neither by an upgrade (installing a newer version over this one) nor by uninstalling.
; Silent: setup.exe /S [/D=dir] ; uninstall.exe /S

Unicode true
Target amd64-unicode  ; a 32-bit installer under 64-bit Wine "succeeds" and installs nothing
SetCompressor /SOLID lzma
SetCompressorDictSize 64
ManifestDPIAware true
RequestExecutionLevel user

!ifndef VERSION
  !error "pass -DVERSION=x.y.z (from lcdesk/__init__.py)"
!endif
!ifndef DIST_DIR
  !error "pass -DDIST_DIR=<PyInstaller's dist/lcdesk folder>"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "lcdesk-${VERSION}-setup.exe"
!endif
!ifndef ICON_FILE
  !define ICON_FILE "..\..\resources\icons\lcdesk.ico"
!endif

!ifndef APP_NAME  ; build.sh passes these from lcdesk/__init__.py too
  !define APP_NAME "lcdesk"
!endif
!ifndef APP_DISPLAY_NAME
  !define APP_DISPLAY_NAME "Learning City Desk"
!endif
!define APP_EXE "${APP_NAME}.exe"
!define PUBLISHER "lcdesk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"
!define CLASSES "Software\Classes"
!define DATA_DIR "$LOCALAPPDATA\lcdesk"  ; platformdirs' user_data_dir: lcdesk.paths.data_home

Name "${APP_DISPLAY_NAME}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP_DISPLAY_NAME} ${VERSION}"

; Version resource of setup.exe (VIProductVersion needs four numbers).
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_DISPLAY_NAME}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_DISPLAY_NAME} Setup"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT License"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!define MUI_ICON "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
; Remember the language chosen at install time for the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_TEXT "$(FinishText)"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UninstallKeepsData)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(UninstallDoneText)"
!insertmacro MUI_UNPAGE_FINISH

; The first language is the default (officers' Windows may be English-language).
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

LangString WelcomeText ${LANG_VIETNAMESE} "Chương trình sẽ cài đặt ${APP_DISPLAY_NAME} ${VERSION} cho tài khoản Windows của bạn (không cần quyền quản trị).$\r$\n$\r$\nDữ liệu của bạn nằm trong ${DATA_DIR} và được giữ nguyên khi cài phiên bản mới.$\r$\n$\r$\nNhấn Tiến để tiếp tục."
LangString WelcomeText ${LANG_ENGLISH} "This will install ${APP_DISPLAY_NAME} ${VERSION} for your Windows account (no administrator rights needed).$\r$\n$\r$\nYour data lives in ${DATA_DIR} and is kept when you install a newer version.$\r$\n$\r$\nClick Next to continue."
LangString FinishText ${LANG_VIETNAMESE} "${APP_DISPLAY_NAME} đã được cài đặt. Mở chương trình từ menu Start, hoặc nhấp đúp vào tệp .lcb / .lcp."
LangString FinishText ${LANG_ENGLISH} "${APP_DISPLAY_NAME} is installed. Start it from the Start menu, or double-click a .lcb / .lcp file."
LangString UninstallKeepsData ${LANG_VIETNAMESE} "Gỡ cài đặt chỉ xoá chương trình. Dữ liệu của bạn (cơ sở dữ liệu, khoá, bản sao lưu) trong ${DATA_DIR} được GIỮ LẠI; muốn xoá hẳn thì tự xoá thư mục đó sau khi đã sao lưu."
LangString UninstallKeepsData ${LANG_ENGLISH} "Uninstalling removes the program only. Your data (database, keys, backups) in ${DATA_DIR} is KEPT; to remove it too, delete that folder yourself after backing it up."
LangString UninstallDoneText ${LANG_VIETNAMESE} "Đã gỡ ${APP_DISPLAY_NAME}. Dữ liệu của bạn vẫn còn trong ${DATA_DIR}."
LangString UninstallDoneText ${LANG_ENGLISH} "${APP_DISPLAY_NAME} has been removed. Your data is still in ${DATA_DIR}."
LangString BundleType ${LANG_VIETNAMESE} "Gói báo cáo Learning City Desk"
LangString BundleType ${LANG_ENGLISH} "Learning City Desk report bundle"
LangString ProvisioningType ${LANG_VIETNAMESE} "Tệp cấu hình Learning City Desk"
LangString ProvisioningType ${LANG_ENGLISH} "Learning City Desk provisioning file"
LangString Need64Bit ${LANG_VIETNAMESE} "${APP_DISPLAY_NAME} cần Windows 64-bit."
LangString Need64Bit ${LANG_ENGLISH} "${APP_DISPLAY_NAME} needs 64-bit Windows."
LangString AppRunning ${LANG_VIETNAMESE} "${APP_DISPLAY_NAME} đang chạy. Hãy đóng chương trình rồi nhấn Thử lại."
LangString AppRunning ${LANG_ENGLISH} "${APP_DISPLAY_NAME} is running. Close it, then click Retry."

; ---- file types ---------------------------------------------------------------------------
!macro RegisterFileType EXT PROGID DESCRIPTION
  WriteRegStr HKCU "${CLASSES}\${EXT}" "" "${PROGID}"
  WriteRegStr HKCU "${CLASSES}\${EXT}\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "${CLASSES}\${PROGID}" "" "${DESCRIPTION}"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
!macroend

!macro UnregisterFileType EXT PROGID
  ; Only our own association goes; another program's claim on the extension stays.
  ReadRegStr $0 HKCU "${CLASSES}\${EXT}" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKCU "${CLASSES}\${EXT}" ""
  ${EndIf}
  DeleteRegValue HKCU "${CLASSES}\${EXT}\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "${CLASSES}\${EXT}\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "${CLASSES}\${EXT}"
  DeleteRegKey HKCU "${CLASSES}\${PROGID}"
!macroend

!define SHCNE_ASSOCCHANGED 0x08000000
!macro NotifyShell
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'
!macroend

; ---- install ------------------------------------------------------------------------------
Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(Need64Bit)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ; Vietnamese is preselected whatever the language of Windows (English-language Windows is
  ; common on officers' laptops); the dialog lets them pick English.
  StrCpy $LANGUAGE ${LANG_VIETNAMESE}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function CloseRunningApp
  ; lcdesk.exe is locked while it runs; ask the officer to close it instead of failing midway.
  retry:
  ClearErrors
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    FileOpen $0 "$INSTDIR\${APP_EXE}" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
      Abort
    ${EndIf}
    FileClose $0
  ${EndIf}
FunctionEnd

Section "lcdesk" SecMain
  SectionIn RO
  SetShellVarContext current
  Call CloseRunningApp
  ; Upgrade: the previous version's program files go (stale DLLs must not linger). Data and
  ; settings are not in $INSTDIR, so they stay.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"

  SetOutPath "$INSTDIR"
  File /r "${DIST_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_DISPLAY_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  !insertmacro RegisterFileType ".lcb" "lcdesk.bundle" "$(BundleType)"
  !insertmacro RegisterFileType ".lcp" "lcdesk.provisioning" "$(ProvisioningType)"
  WriteRegStr HKCU "${CLASSES}\Applications\${APP_EXE}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  WriteRegStr HKCU "${CLASSES}\Applications\${APP_EXE}\SupportedTypes" ".lcb" ""
  WriteRegStr HKCU "${CLASSES}\Applications\${APP_EXE}\SupportedTypes" ".lcp" ""
  !insertmacro NotifyShell

  ; MUI saves the language only when the installer's window closes: not in a silent install.
  WriteRegStr HKCU "${UNINST_KEY}" "InstallerLanguage" "$LANGUAGE"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_DISPLAY_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

; ---- uninstall ----------------------------------------------------------------------------
Function un.onInit
  SetRegView 64
  StrCpy $LANGUAGE ${LANG_VIETNAMESE}
  !insertmacro MUI_UNGETLANGUAGE  ; the language chosen at install time (saved below)
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  DetailPrint "$(UninstallKeepsData)"
  Delete "$SMPROGRAMS\${APP_DISPLAY_NAME}.lnk"
  !insertmacro UnregisterFileType ".lcb" "lcdesk.bundle"
  !insertmacro UnregisterFileType ".lcp" "lcdesk.provisioning"
  DeleteRegKey HKCU "${CLASSES}\Applications\${APP_EXE}"
  !insertmacro NotifyShell
  ; The program folder only: what the installer put there. ${DATA_DIR} is not touched.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
