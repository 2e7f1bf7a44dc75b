; TĐKT Desk — Windows installer (NSIS 3, Unicode).
;
; Packs the PyInstaller bundle folder (build.spec → dist/tdkt) into one setup exe:
;   makensis /DVERSION=0.1.0 /DBUNDLE=dist\tdkt /DOUTFILE=dist\TDKT-Desk-0.1.0-Setup.exe installer\tdkt.nsi
; (tests/test_bundle.py and .github/workflows/windows.yml pass these from pyproject.toml.)
;
; - per-user install, no administrator rights: %LOCALAPPDATA%\Programs\TDKT Desk;
; - Start-menu and desktop shortcuts "TĐKT Desk";
; - upgrade in place: a newer setup over an installed version replaces the program files
;   (the old _internal folder is removed first, so no stale file survives) and keeps the
;   user's data, which never lives in the program folder (%LOCALAPPDATA%\TDKT Desk);
; - the uninstaller keeps the user's data unless the box "Xóa cả dữ liệu" is ticked;
; - installer texts in Vietnamese (NSIS's Vietnamese language file).

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\dist\tdkt"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\TDKT-Desk-${VERSION}-Setup.exe"
!endif
!ifndef GUI_EXE
  !define GUI_EXE "tdkt.exe"
!endif
; VIProductVersion needs four numbers: "0.1.0" -> "0.1.0.0" (pass VERSION4 for other forms).
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif

!define APP_NAME "TĐKT Desk"
!define APP_DIR "TDKT Desk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\TDKTDesk"
!define APP_KEY "Software\TDKT Desk"
; QSettings(ORGANISATION="TDKT", APPLICATION="TDKT Desk") on Windows (ui/settings.py).
!define SETTINGS_KEY "Software\TDKT\TDKT Desk"

Name "${APP_NAME}"
Caption "Cài đặt ${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_DIR}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${APP_NAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APP_NAME}"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "..\resources\icons\tdkt.ico"
!define MUI_UNICON "..\resources\icons\tdkt.ico"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING

!define MUI_WELCOMEPAGE_TITLE "Cài đặt ${APP_NAME} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "Chương trình quản lý công tác thi đua, khen thưởng cho Thường trực Hội đồng Thi đua – Khen thưởng.$\r$\n$\r$\nChương trình được cài cho riêng tài khoản Windows này và không cần quyền quản trị. Nếu máy đã có phiên bản cũ, phiên bản mới sẽ thay thế nó; dữ liệu của bạn (cơ sở dữ liệu, bản sao lưu, cài đặt) được giữ nguyên.$\r$\n$\r$\nBấm Tiếp để tiếp tục."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${APP_NAME} ngay"
!insertmacro MUI_PAGE_FINISH

!define MUI_COMPONENTSPAGE_TEXT_TOP "Chương trình sẽ được gỡ khỏi máy. Dữ liệu của bạn được GIỮ LẠI, trừ khi bạn đánh dấu «Xóa cả dữ liệu» (không thể khôi phục)."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"

Section "${APP_NAME}" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; Upgrade in place: the previous version's runtime goes first (files that a new version
  ; no longer ships must not linger); the user's data is elsewhere and is not touched.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\Gỡ cài đặt.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Gỡ cài đặt.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "un.Chương trình ${APP_NAME}" UnSecProgram
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\tdkt-cli.exe"
  Delete "$INSTDIR\Gỡ cài đặt.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
SectionEnd

; Not ticked by default: the data stay unless the user asks.
Section /o "un.Xóa cả dữ liệu (cơ sở dữ liệu, bản sao lưu, nhật ký, cài đặt)" UnSecData
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\${APP_DIR}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecProgram} "Gỡ chương trình, lối tắt trên màn hình và trong menu Start."
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "Xóa vĩnh viễn thư mục dữ liệu $LOCALAPPDATA\${APP_DIR} và các cài đặt. Chỉ đánh dấu khi không còn cần dữ liệu."
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
