@echo off
rem Construit le site à partir de content\ dans output\.
rem Toute autre commande du générateur passe aussi par ce script (dans PowerShell, écrivez .\build.cmd) :
rem   .\build.cmd check      .\build.cmd serve      .\build.cmd new      .\build.cmd --help
rem
rem Like build.sh: the generator is compiled (Release) only when its sources changed since the last compilation made
rem here; otherwise the compiled program starts at once (no `dotnet run`, which checks the whole build at each call).
rem Works from any folder (%~dp0 is this script's folder) and in folders whose names hold spaces (every path quoted).
setlocal EnableExtensions DisableDelayedExpansion
rem The messages below are UTF-8, as is this file; the generator itself also writes UTF-8.
chcp 65001 >nul
set "HERE=%~dp0"
set "BIN=%HERE%generator\Osez.Cli\bin\Release\net10.0"
set "STAMP=%BIN%\.compile-stamp"
set "SOURCES=%TEMP%\osez-sources-%RANDOM%%RANDOM%.txt"

rem The command: « build » when none is given or when the first word is an option of build.
set "VERB="
set "FIRST=%~1"
if "%FIRST%"=="" set "VERB=build"
if "%FIRST%"=="" goto verb_known
if "%FIRST%"=="--help" goto verb_known
if "%FIRST%"=="-h" goto verb_known
if "%FIRST%"=="-?" goto verb_known
if "%FIRST%"=="/?" goto verb_known
if "%FIRST%"=="--version" goto verb_known
if "%FIRST:~0,1%"=="-" set "VERB=build"
:verb_known

where dotnet >nul 2>nul
if errorlevel 1 (
  echo Le SDK .NET est introuvable ^(commande « dotnet »^) : installez le SDK .NET 10 ^(https://dotnet.microsoft.com/download^), puis relancez .\build.cmd. 1>&2
  exit /b 2
)

rem What the sources are now: each file's date, size and path (bin and obj set aside). The compiled program is used as
rem is when this list equals the one saved at its compilation (.compile-stamp), as build.sh compares dates to its stamp.
> "%SOURCES%" (
  for /f "usebackq delims=" %%F in (`dir /s /b /a:-d "%HERE%generator" ^| findstr /v /i "\\bin\\ \\obj\\"`) do echo %%~tF %%~zF %%F
  for %%F in ("%HERE%Directory.Build.props" "%HERE%global.json") do echo %%~tF %%~zF %%~fF
)
if not exist "%BIN%\osez.dll" goto compile
if not exist "%STAMP%" goto compile
fc /b "%SOURCES%" "%STAMP%" >nul 2>nul
if errorlevel 1 goto compile
del "%SOURCES%" >nul 2>nul
goto run

:compile
if exist "%BIN%\osez.dll" (
  echo Le générateur a changé : nouvelle compilation ^(jusqu'à une minute^)... 1>&2
) else (
  echo Première utilisation : compilation du générateur ^(une à deux minutes, une seule fois^)... 1>&2
)
rem The compiler's output is shown only when it fails: its closing summary is in English and says nothing more.
set "LOG=%TEMP%\osez-compilation-%RANDOM%%RANDOM%.log"
dotnet build "%HERE%generator\Osez.Cli" -c Release -nologo -v quiet > "%LOG%" 2>&1
if errorlevel 1 (
  type "%LOG%" 1>&2
  del "%LOG%" >nul 2>nul
  del "%SOURCES%" >nul 2>nul
  echo La compilation du générateur a échoué ^(messages ci-dessus^) : rien n'a été fait. 1>&2
  exit /b 2
)
del "%LOG%" >nul 2>nul
rem The list was taken before compiling: a source saved during the compilation counts as changed next time.
move /y "%SOURCES%" "%STAMP%" >nul

:run
rem The generator runs as the last command, outside this script: « goto » without a label ends the script at once,
rem and the rest of this line, already read, runs on. So Ctrl+C (to stop serve) stops the generator and nothing
rem else: cmd has no script left to ask « Terminer le programme de commandes (O/N) ? » about. The generator's exit
rem code is the command's. The two variables tell the generator how it is typed and where the project is (the
rem folders not named are the project's; folders named are taken from where the person is); they stay set in the
rem window, with the same values at each call.
goto 2>nul & set "OSEZ_SCRIPT=.\build.cmd" & set "OSEZ_PROJET=%HERE%" & "dotnet" "%BIN%\osez.dll" %VERB% %*
