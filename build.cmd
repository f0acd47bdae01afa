@echo off
rem Construit le site a partir de content\ dans output\.
rem Toute autre commande du generateur passe aussi par ce script :
rem   build.cmd check      build.cmd serve      build.cmd new      build.cmd --help
setlocal
set "HERE=%~dp0"
set "FIRST=%~1"
set "OSEZ_SCRIPT=build.cmd"
where dotnet >nul 2>nul
if errorlevel 1 (
  echo Le SDK .NET est introuvable ^(commande dotnet^) : installez le SDK .NET 10 ^(https://dotnet.microsoft.com/download^), puis relancez build.cmd. 1>&2
  exit /b 2
)
if "%FIRST%"=="" goto build
if "%FIRST%"=="--help" goto run
if "%FIRST%"=="-h" goto run
if "%FIRST%"=="/?" goto run
if "%FIRST%"=="--version" goto run
if "%FIRST:~0,1%"=="-" goto build
:run
dotnet run --project "%HERE%generator\Osez.Cli" -c Release -- %*
exit /b %ERRORLEVEL%
:build
dotnet run --project "%HERE%generator\Osez.Cli" -c Release -- build %*
exit /b %ERRORLEVEL%
