@echo off
rem Lance tous les tests du projet et termine par une ligne « N passed, N failed », comme test.sh.
rem Au premier lancement, installe ce qui manque quand winget est là (Node.js, Google Chrome), puis les outils
rem JavaScript des tests (tests\node), et les réinstalle quand tests\node\package-lock.json a changé.
rem Chromium : variable OSEZ_CHROMIUM, sinon les emplacements habituels de Chrome ou Chromium.
rem Works from any folder (%~dp0) and in folders whose names hold spaces (every path quoted).
setlocal EnableExtensions DisableDelayedExpansion
chcp 65001 >nul
cd /d "%~dp0"

where dotnet >nul 2>nul
if errorlevel 1 (
  echo Le SDK .NET est introuvable ^(commande « dotnet »^) : installez le SDK .NET 10 ^(https://dotnet.microsoft.com/download^), puis relancez .\test.cmd.
  echo 0 passed, 1 failed
  exit /b 2
)

rem What the tests need and is missing, installed with winget when it is there (as test.sh does with apt-get).
call :find_chromium
set "INSTALLED="
where node >nul 2>nul
if errorlevel 1 call :install OpenJS.NodeJS.LTS "Node.js, pour la parité avec lunr.js et la lecture des exports" || goto failed_setup
where npm >nul 2>nul
if errorlevel 1 if not defined INSTALLED call :install OpenJS.NodeJS.LTS "npm, pour les outils JavaScript des tests" || goto failed_setup
if not defined OSEZ_CHROMIUM call :install Google.Chrome "Google Chrome, le navigateur des tests de pages" || goto failed_setup
if defined INSTALLED (
  echo Installé : ouvrez une nouvelle fenêtre ^(pour qu'elle trouve les nouveaux programmes^), puis relancez .\test.cmd.
  echo 0 passed, 1 failed
  exit /b 2
)
where pdftotext >nul 2>nul
if errorlevel 1 echo pdftotext introuvable : les tests des documents imprimés échoueront. Installez Poppler pour Windows et ajoutez son dossier bin au PATH.

rem The JavaScript tools of the tests: installed when missing, and again when the lock file changed since.
set "REINSTALL="
if not exist "tests\node\node_modules\.package-lock.json" set "REINSTALL=1"
fc /b "tests\node\package-lock.json" "tests\node\node_modules\.osez-lock" >nul 2>nul
if errorlevel 1 set "REINSTALL=1"
if defined REINSTALL (
  call npm ci --prefix tests\node --no-audit --no-fund --loglevel=error
  if errorlevel 1 (
    echo L'installation des outils JavaScript des tests a échoué ^(npm ci, messages ci-dessus^).
    echo 0 passed, 1 failed
    exit /b 2
  )
  copy /y "tests\node\package-lock.json" "tests\node\node_modules\.osez-lock" >nul
)

rem Zotero's translation server (ZoteroTests) is not in the repository: say which one serves, or that it is missing.
set "ZOTERO=%OSEZ_ZOTERO%"
if not defined ZOTERO if exist "..\shared\zotero\run.sh" set "ZOTERO=..\shared\zotero"
if not defined ZOTERO if exist "..\..\shared\zotero\run.sh" set "ZOTERO=..\..\shared\zotero"
if defined ZOTERO (
  echo Serveur de traduction de Zotero : "%ZOTERO%"
) else (
  echo Serveur de traduction de Zotero introuvable ^(variable OSEZ_ZOTERO, ..\shared\zotero, ..\..\shared\zotero^) : les tests ZoteroTests seront ignorés.
)

rem The tests' output is shown as it comes and kept in a log (cmd has no tee), then read for the closing line. The log
rem is written as UTF-8 by Set-Content: Tee-Object -FilePath of Windows PowerShell 5.1 writes UTF-16, which findstr cannot read.
set "LOG=%TEMP%\osez-tests-%RANDOM%%RANDOM%.log"
dotnet test --solution Osez.slnx %* 2>&1 | powershell -NoProfile -Command "$input | Tee-Object -Variable lines; $lines | Set-Content -LiteralPath $env:LOG -Encoding UTF8"
set "PASSED="
set "FAILED="
for /f "tokens=2 delims=: " %%N in ('findstr /r /c:"^ *succeeded: *[0-9]" "%LOG%"') do set "PASSED=%%N"
for /f "tokens=2 delims=: " %%N in ('findstr /r /c:"^ *failed: *[0-9]" "%LOG%"') do set "FAILED=%%N"
rem The run's own verdict: a summary that says « Passed! » (a run where no test ran, or that stopped, says otherwise).
set "STATUS=1"
findstr /c:"Test run summary: Passed!" "%LOG%" >nul 2>nul && set "STATUS=0"
del "%LOG%" >nul 2>nul
if not defined PASSED if not defined FAILED (
  echo 0 passed, 1 failed
  exit /b 1
)
if not defined PASSED set "PASSED=0"
if not defined FAILED set "FAILED=0"
echo %PASSED% passed, %FAILED% failed
exit /b %STATUS%

:failed_setup
echo 0 passed, 1 failed
exit /b 2

rem Chromium: OSEZ_CHROMIUM when it names a file, else the usual places of Chrome and Chromium.
:find_chromium
if defined OSEZ_CHROMIUM if exist "%OSEZ_CHROMIUM%" exit /b 0
set "OSEZ_CHROMIUM="
for %%C in ("%ProgramFiles%\Google\Chrome\Application\chrome.exe" "%ProgramFiles(x86)%\Google\Chrome\Application\chrome.exe" "%LocalAppData%\Google\Chrome\Application\chrome.exe" "%ProgramFiles%\Chromium\Application\chrome.exe" "%LocalAppData%\Chromium\Application\chrome.exe") do (
  if not defined OSEZ_CHROMIUM if exist "%%~C" set "OSEZ_CHROMIUM=%%~C"
)
exit /b 0

rem :install ID WHAT: says what it installs; without winget, says what to install and fails.
:install
echo Installation de %~2 : winget install %~1
where winget >nul 2>nul
if errorlevel 1 (
  echo winget introuvable : installez à la main %~2.
  exit /b 1
)
winget install --id %~1 --exact --silent --accept-source-agreements --accept-package-agreements
if errorlevel 1 (
  echo L'installation de %~2 a échoué ^(messages de winget ci-dessus^).
  exit /b 1
)
set "INSTALLED=1"
exit /b 0
