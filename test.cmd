@echo off
rem Lance tous les tests du projet. Au premier lancement, installe les outils JavaScript des tests.
rem Chromium : variable OSEZ_CHROMIUM, sinon les emplacements habituels de Chrome ou Chromium.
setlocal
cd /d "%~dp0"
where node >nul 2>nul || (echo Node.js introuvable : installez-le depuis https://nodejs.org & exit /b 2)
if not exist tests\node\node_modules\.package-lock.json call npm ci --prefix tests\node --no-audit --no-fund --loglevel=error
dotnet test --solution Osez.slnx %*
exit /b %ERRORLEVEL%
